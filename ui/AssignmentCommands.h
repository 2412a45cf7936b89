#pragma once

#include "AssignOperation.h"
#include "Records.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>

namespace steward {

class Store;

/// Reports a store error met while undoing or redoing (the window shows it).
using CommandErrorHandler = std::function<void(const QString &)>;

/**
 * A step that changes the store: execute() runs it the first time (and can fail,
 * so that nothing is pushed); redo() after an undo runs apply() again; undo() runs
 * revert(). Store errors met in undo or redo go to the error handler.
 */
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(CommandErrorHandler onError, QUndoCommand *parent = nullptr);

    bool execute(QString *error);
    void redo() final;
    void undo() final;

protected:
    virtual bool apply(QString *error) = 0;
    virtual bool revert(QString *error) = 0;
    /// For a step whose first run happened elsewhere (on a worker thread): push() then skips it.
    void markExecuted() { m_executed = true; }

private:
    friend class StepsCommand; // runs its steps' apply() and revert()
    CommandErrorHandler m_onError;
    bool m_executed = false;
};

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
    int added() const { return static_cast<int>(m_change.added.size()); }

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
    int removed() const { return static_cast<int>(m_change.removed.size()); }

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

} // namespace steward
