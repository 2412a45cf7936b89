#include "ItemCommands.h"

#include "ChangeFields.h"

#include <QCoreApplication>

namespace steward {

CreateItemCommand::CreateItemCommand(Store &store, Item item, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_item(std::move(item))
{
    m_item.id = 0;
    setText(QCoreApplication::translate("steward::CreateItemCommand", "Create %1 \"%2\"")
                .arg(keys::itemKindLabel(m_item.kind), m_item.name));
}

bool CreateItemCommand::apply(QString *error)
{
    Item copy = m_item;
    if (!m_store.createItem(copy, error))
        return false;
    m_item.id = copy.id;
    return true;
}

bool CreateItemCommand::revert(QString *error)
{
    return m_store.deleteItem(m_item.id, error);
}

StepsCommand::StepsCommand(Store &store, const QString &text, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
{
    setText(text);
}

bool StepsCommand::apply(QString *error)
{
    return m_store.write(
        [this](QString *err) {
            for (const auto &step : m_steps) {
                if (!step->apply(err))
                    return false;
            }
            return true;
        },
        error, text());
}

bool StepsCommand::revert(QString *error)
{
    return m_store.write(
        [this](QString *err) {
            for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
                if (!(*it)->revert(err))
                    return false;
            }
            return true;
        },
        error, QCoreApplication::translate("steward::StepsCommand", "Undo %1").arg(text()));
}

EditItemCommand::EditItemCommand(Store &store, Item before, Item after, CommandErrorHandler onError,
                                 QUndoCommand *parent)
    : StoreCommand(std::move(onError), parent)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before.name == m_after.name
                ? QCoreApplication::translate("steward::EditItemCommand", "Edit \"%1\"").arg(m_after.name)
                : QCoreApplication::translate("steward::EditItemCommand", "Rename \"%1\" to \"%2\"")
                      .arg(m_before.name, m_after.name));
}

bool EditItemCommand::apply(QString *error)
{
    if (m_first) {
        // The first save carries the version the form loaded: someone else's change
        // since then is refused, never overwritten.
        Item copy = m_after;
        if (!m_store.updateItem(copy, error))
            return false;
        left(copy);
        m_first = false;
        return true;
    }
    return save(m_after, error);
}

bool EditItemCommand::revert(QString *error)
{
    return save(m_before, error);
}

void EditItemCommand::left(const Item &saved)
{
    m_leftVersion = saved.version;
    m_leftFields = itemFields(saved);
}

bool EditItemCommand::save(const Item &values, QString *error)
{
    // Undo and redo apply to the record as this step left it. If someone else (another
    // Steward) has changed it since, putting these values back would silently overwrite
    // their change: refused. (A later step of this window that was undone leaves a newer
    // version but the same fields, which is fine.)
    auto current = m_store.item(values.id, error);
    if (!current)
        return false;
    if (current->version != m_leftVersion && itemFields(*current) != m_leftFields) {
        if (error)
            *error = QCoreApplication::translate("steward::EditItemCommand",
                                                 "\"%1\" was changed by someone else since; undoing or redoing this "
                                                 "step would overwrite their change. It was left as it is.")
                         .arg(current->name);
        return false;
    }
    Item copy = values;
    copy.version = current->version;
    if (!m_store.updateItem(copy, error))
        return false;
    left(copy);
    return true;
}

AddLinkCommand::AddLinkCommand(Store &store, Link link, CommandErrorHandler onError, std::function<qint64()> fromId)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_link(std::move(link))
    , m_fromId(std::move(fromId))
{
    m_link.id = 0;
    setText(QCoreApplication::translate("steward::AddLinkCommand", "Link \"%1\" to \"%2\"")
                .arg(m_link.fromName, m_link.toName));
}

bool AddLinkCommand::apply(QString *error)
{
    Link copy = m_link;
    if (m_fromId)
        copy.fromItem = m_fromId();
    if (!m_store.addLink(copy, error))
        return false;
    m_link.id = copy.id;
    m_link.fromItem = copy.fromItem;
    return true;
}

bool AddLinkCommand::revert(QString *error)
{
    return m_store.removeLink(m_link.id, error);
}

RemoveLinkCommand::RemoveLinkCommand(Store &store, Link link, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_link(std::move(link))
{
    setText(QCoreApplication::translate("steward::RemoveLinkCommand", "Unlink \"%1\" from \"%2\"")
                .arg(m_link.fromName, m_link.toName));
}

bool RemoveLinkCommand::apply(QString *error)
{
    return m_store.removeLink(m_link.id, error);
}

bool RemoveLinkCommand::revert(QString *error)
{
    // Put back with its id, type and note: a later undo or redo names the same record.
    Link copy = m_link;
    return m_store.addLink(copy, error).has_value();
}

DeleteItemCommand::DeleteItemCommand(Store &store, qint64 itemId, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_itemId(itemId)
{
    QString unread; // an item that cannot be read is named by its id
    const auto item = m_store.item(itemId, &unread);
    setText(QCoreApplication::translate("steward::DeleteItemCommand", "Delete \"%1\"")
                .arg(item ? item->name : QString::number(itemId)));
}

bool DeleteItemCommand::apply(QString *error)
{
    // What undo puts back is read each time, in the delete's own transaction: a redo
    // deletes what is there now (assignments re-made by a redo have new ids on
    // PostgreSQL, whose sequences never hand an id out twice; another client may have
    // added some).
    return m_store.write(
        [&](QString *err) {
            auto snapshot = m_store.snapshotSubtree(m_itemId, err);
            if (!snapshot)
                return false;
            m_snapshot = std::move(*snapshot);
            return m_store.deleteItem(m_itemId, err);
        },
        error, text());
}

bool DeleteItemCommand::revert(QString *error)
{
    return m_store.restoreSnapshot(m_snapshot, error,
                                   QCoreApplication::translate("steward::DeleteItemCommand", "Undo: %1").arg(text()));
}

} // namespace steward
