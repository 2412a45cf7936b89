#include "AssignmentCommands.h"

#include "Store.h"

#include <QCoreApplication>

namespace steward {

StoreCommand::StoreCommand(CommandErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_onError(std::move(onError))
{
}

bool StoreCommand::execute(QString *error)
{
    if (!apply(error))
        return false;
    m_executed = true;
    return true;
}

void StoreCommand::redo()
{
    // QUndoStack::push() calls redo(); the first time, execute() has already run.
    if (m_executed) {
        m_executed = false;
        return;
    }
    QString error;
    if (apply(&error))
        return;
    // Not applied (refused, or the server gone): the stack drops this step rather than
    // claim a state the database does not have.
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

void StoreCommand::undo()
{
    QString error;
    if (revert(&error))
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

AssignCommand::AssignCommand(Store &store, QVector<qint64> itemIds, Assignment prototype, QString contactName,
                             CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_itemIds(std::move(itemIds))
    , m_prototype(std::move(prototype))
{
    setText(m_itemIds.size() == 1
                ? QCoreApplication::translate("steward::AssignCommand", "Assign %1 as %2").arg(contactName, m_prototype.role)
                : QCoreApplication::translate("steward::AssignCommand", "Assign %1 as %2 to %3 items")
                      .arg(contactName, m_prototype.role)
                      .arg(m_itemIds.size()));
}

bool AssignCommand::apply(QString *error)
{
    QVector<Assignment> added;
    const bool ok = m_store.write(
        [&](QString *err) {
            for (qint64 itemId : std::as_const(m_itemIds)) {
                bool already = false;
                for (const Assignment &a : m_store.assignments(itemId)) {
                    if (a.contactId == m_prototype.contactId && a.role == m_prototype.role)
                        already = true;
                }
                if (already)
                    continue;
                Assignment a = m_prototype;
                a.itemId = itemId;
                if (!m_store.addAssignment(a, err))
                    return false;
                added.append(a);
            }
            return true;
        },
        error, text());
    if (ok)
        m_added = added;
    return ok;
}

bool AssignCommand::revert(QString *error)
{
    return m_store.write(
        [&](QString *err) {
            for (const Assignment &a : std::as_const(m_added)) {
                if (!m_store.removeAssignment(a.id, err))
                    return false;
            }
            return true;
        },
        error, QCoreApplication::translate("steward::AssignCommand", "Undo: %1").arg(text()));
}

UnassignCommand::UnassignCommand(Store &store, QVector<qint64> itemIds, qint64 contactId, QString role,
                                 QString contactName, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_itemIds(std::move(itemIds))
    , m_contactId(contactId)
    , m_role(std::move(role))
{
    setText(m_itemIds.size() == 1
                ? QCoreApplication::translate("steward::UnassignCommand", "Remove %1").arg(contactName)
                : QCoreApplication::translate("steward::UnassignCommand", "Remove %1 from %2 items")
                      .arg(contactName)
                      .arg(m_itemIds.size()));
}

bool UnassignCommand::apply(QString *error)
{
    QVector<Assignment> removed;
    const bool ok = m_store.write(
        [&](QString *err) {
            for (qint64 itemId : std::as_const(m_itemIds)) {
                for (const Assignment &a : m_store.assignments(itemId)) {
                    if (a.contactId != m_contactId || (!m_role.isEmpty() && a.role != m_role))
                        continue;
                    if (!m_store.removeAssignment(a.id, err))
                        return false;
                    removed.append(a);
                }
            }
            return true;
        },
        error, text());
    if (ok)
        m_removed = removed;
    return ok;
}

bool UnassignCommand::revert(QString *error)
{
    return m_store.write(
        [&](QString *err) {
            for (Assignment &a : m_removed) {
                Assignment copy = a;
                if (!m_store.addAssignment(copy, err))
                    return false;
                // Back in its old place among the item's contacts.
                copy.position = a.position;
                if (!m_store.updateAssignment(copy, err))
                    return false;
                a = copy;
            }
            return true;
        },
        error, QCoreApplication::translate("steward::UnassignCommand", "Undo: %1").arg(text()));
}

} // namespace steward
