#include "ItemCommands.h"

#include "Store.h"

#include <QCoreApplication>

namespace steward {

CreateItemCommand::CreateItemCommand(Store &store, Item item, CommandErrorHandler onError)
    : m_store(store)
    , m_item(std::move(item))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("steward::CreateItemCommand", "Create %1 \"%2\"")
                .arg(keys::itemKindLabel(m_item.kind), m_item.name));
}

bool CreateItemCommand::execute(QString *error)
{
    m_item.id = 0;
    if (!m_store.createItem(m_item, error))
        return false;
    m_executed = true;
    return true;
}

void CreateItemCommand::redo()
{
    if (m_executed) {
        m_executed = false;
        return;
    }
    QString error;
    Item copy = m_item; // keeps its id: later steps on the stack refer to it
    if (!m_store.createItem(copy, &error) && m_onError)
        m_onError(error);
}

void CreateItemCommand::undo()
{
    QString error;
    if (!m_store.deleteItem(m_item.id, &error) && m_onError)
        m_onError(error);
}

EditItemCommand::EditItemCommand(Store &store, Item before, Item after, CommandErrorHandler onError,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(m_before.name == m_after.name
                ? QCoreApplication::translate("steward::EditItemCommand", "Edit \"%1\"").arg(m_after.name)
                : QCoreApplication::translate("steward::EditItemCommand", "Rename \"%1\" to \"%2\"")
                      .arg(m_before.name, m_after.name));
}

bool EditItemCommand::execute(QString *error)
{
    // The first save carries the version the form loaded: someone else's change
    // since then is refused, never overwritten.
    if (!m_store.updateItem(m_after, error))
        return false;
    m_executed = true;
    return true;
}

bool EditItemCommand::save(const Item &values, QString *error)
{
    // Undo and redo apply to the record as it is now.
    auto current = m_store.item(values.id, error);
    if (!current)
        return false;
    Item copy = values;
    copy.version = current->version;
    return m_store.updateItem(copy, error);
}

void EditItemCommand::redo()
{
    if (m_executed) {
        m_executed = false;
        return;
    }
    QString error;
    if (!save(m_after, &error) && m_onError)
        m_onError(error);
}

void EditItemCommand::undo()
{
    QString error;
    if (!save(m_before, &error) && m_onError)
        m_onError(error);
}

struct DeleteItemCommand::Saved
{
    Store::Snapshot snapshot;
};

DeleteItemCommand::DeleteItemCommand(Store &store, qint64 itemId, CommandErrorHandler onError)
    : m_store(store)
    , m_itemId(itemId)
    , m_onError(std::move(onError))
    , m_saved(std::make_shared<Saved>())
{
    const auto item = m_store.item(itemId, nullptr);
    m_name = item ? item->name : QString::number(itemId);
    setText(QCoreApplication::translate("steward::DeleteItemCommand", "Delete \"%1\"").arg(m_name));
}

bool DeleteItemCommand::execute(QString *error)
{
    if (!m_store.snapshotSubtree(m_itemId, &m_saved->snapshot, error))
        return false;
    if (!m_store.write([&](QString *err) { return m_store.deleteItem(m_itemId, err); }, error, text()))
        return false;
    m_executed = true;
    return true;
}

void DeleteItemCommand::redo()
{
    if (m_executed) {
        m_executed = false;
        return;
    }
    QString error;
    if (!m_store.write([&](QString *err) { return m_store.deleteItem(m_itemId, err); }, &error, text()) && m_onError)
        m_onError(error);
}

void DeleteItemCommand::undo()
{
    QString error;
    if (!m_store.restoreSnapshot(m_saved->snapshot, &error,
                                 QCoreApplication::translate("steward::DeleteItemCommand", "Undo: %1").arg(text())) &&
        m_onError)
        m_onError(error);
}

} // namespace steward
