#pragma once

#include "AssignOperation.h"
#include "ConfirmOperation.h"
#include "Handover.h"
#include "Records.h"
#include "StoreCommand.h"

#include <QVector>

namespace steward {

class Store;

/**
 * Assigns one contact, with a role and priority, to several items in one step: one
 * transaction, one batch in the history, one undo step (assignContact()). Items that
 * already have the contact in that role are left alone; the first run is refused when
 * every item has it. Undo removes exactly what redo added.
 */
class AssignCommand final : public StoreCommand
{
public:
    AssignCommand(Store &store, AssignRequest request, const QString &contactName, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    AssignRequest m_request;
    OwnershipChange m_change;
    bool m_appliedOnce = false;
};

/**
 * Removes one contact's assignments (of one role, or all roles) from several items
 * in one step (unassignContact()); the first run is refused when none of the items has
 * it. Undo puts back the same assignments: role, priority, note and place.
 */
class UnassignCommand final : public StoreCommand
{
public:
    UnassignCommand(Store &store, QVector<qint64> itemIds, qint64 contactId, QString role, const QString &contactName,
                    CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    QVector<qint64> m_itemIds;
    qint64 m_contactId;
    QString m_role;
    OwnershipChange m_change;
    bool m_appliedOnce = false;
};

/**
 * Confirms assignments ("still true") in one step (confirmAssignments()): one stamp, one
 * transaction, one batch in the history. Undo puts back exactly the confirmation each had
 * (when and by whom, or never); redo puts back the same stamp, not a new one.
 */
class ConfirmCommand final : public StoreCommand
{
public:
    ConfirmCommand(Store &store, QVector<qint64> assignmentIds, const QString &text, CommandErrorHandler onError);

    /// How many assignments the step confirms (after its first run).
    int count() const { return static_cast<int>(m_change.after.size()); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    QVector<qint64> m_ids;
    ConfirmChange m_change;
    QVector<Assignment> m_current; ///< as stored after the last apply or revert (their versions)
    bool m_appliedOnce = false;
};

/**
 * Hands one contact's assignments over to another in one step (applyHandover()): the
 * moves, the merges and the teams left, one transaction and one history batch each time.
 * The first run is refused when anything of the plan changed since it was made. Undo
 * puts back exactly what was (revertHandover()); redo does exactly the same again.
 */
class HandoverCommand final : public StoreCommand
{
public:
    HandoverCommand(Store &store, Handover plan, CommandErrorHandler onError);

    const Handover &handover() const { return m_handover; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    Handover m_handover;
};

} // namespace steward
