#include "AssignmentCommands.h"

#include "Store.h"

#include <QCoreApplication>

namespace steward {

AssignCommand::AssignCommand(Store &store, AssignRequest request, const QString &contactName,
                             CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_request(std::move(request))
{
    m_request.role = m_request.role.trimmed();
    setText(
        m_request.itemIds.size() == 1
            ? QCoreApplication::translate("steward::AssignCommand", "Assign %1 as %2").arg(contactName, m_request.role)
            : QCoreApplication::translate("steward::AssignCommand", "Assign %1 as %2 to %3 items")
                  .arg(contactName, m_request.role)
                  .arg(m_request.itemIds.size()));
}

bool AssignCommand::apply(QString *error)
{
    // A redo accepts that someone else made the same assignments meanwhile.
    auto change =
        assignContact(m_store, m_request, text(), error, m_appliedOnce ? IfUnchanged::Accept : IfUnchanged::Refuse);
    if (!change)
        return false;
    m_change = *change;
    m_appliedOnce = true;
    return true;
}

bool AssignCommand::revert(QString *error)
{
    return reverseOwnershipChange(m_store, &m_change,
                                  QCoreApplication::translate("steward::AssignCommand", "Undo: %1").arg(text()), error);
}

UnassignCommand::UnassignCommand(Store &store, QVector<qint64> itemIds, qint64 contactId, QString role,
                                 const QString &contactName, CommandErrorHandler onError)
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
    auto change = unassignContact(m_store, m_itemIds, m_contactId, m_role, text(), error,
                                  m_appliedOnce ? IfUnchanged::Accept : IfUnchanged::Refuse);
    if (!change)
        return false;
    m_change = *change;
    m_appliedOnce = true;
    return true;
}

bool UnassignCommand::revert(QString *error)
{
    return reverseOwnershipChange(
        m_store, &m_change, QCoreApplication::translate("steward::UnassignCommand", "Undo: %1").arg(text()), error);
}

ConfirmCommand::ConfirmCommand(Store &store, QVector<qint64> assignmentIds, const QString &text,
                               CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_ids(std::move(assignmentIds))
{
    setText(text);
}

bool ConfirmCommand::apply(QString *error)
{
    if (m_appliedOnce)
        return putBackConfirmations(m_store, &m_current, m_change.after, text(), error);
    auto change = confirmAssignments(m_store, m_ids, text(), error);
    if (!change)
        return false;
    m_change = *change;
    m_current = m_change.after;
    m_appliedOnce = true;
    return true;
}

bool ConfirmCommand::revert(QString *error)
{
    return putBackConfirmations(m_store, &m_current, m_change.before,
                                QCoreApplication::translate("steward::ConfirmCommand", "Undo: %1").arg(text()), error);
}

HandoverCommand::HandoverCommand(Store &store, Handover plan, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_handover(std::move(plan))
{
    const int count = static_cast<int>(m_handover.moves.size() + m_handover.merges.size());
    setText(m_handover.everything
                ? QCoreApplication::translate("steward::HandoverCommand", "Hand over %1 to %2")
                      .arg(m_handover.from.name, m_handover.to.name)
                : QCoreApplication::translate("steward::HandoverCommand", "Hand over %n of %1's assignments to %2",
                                              nullptr, count)
                      .arg(m_handover.from.name, m_handover.to.name));
}

bool HandoverCommand::apply(QString *error)
{
    return applyHandover(m_store, &m_handover, text(), error);
}

bool HandoverCommand::revert(QString *error)
{
    return revertHandover(m_store, &m_handover,
                          QCoreApplication::translate("steward::HandoverCommand", "Undo: %1").arg(text()), error);
}

} // namespace steward
