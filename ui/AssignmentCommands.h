#pragma once

#include "Records.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>

namespace steward {

class Store;

/// Reports a store error met while undoing or redoing (the window shows it).
using CommandErrorHandler = std::function<void(const QString &)>;

/**
 * Assigns one contact, with a role and priority, to several items in one step: one
 * transaction, one batch in the history, one undo step. Items that already have the
 * contact in that role are left alone. Undo removes exactly what redo added.
 */
class AssignCommand final : public QUndoCommand
{
public:
    AssignCommand(Store &store, QVector<qint64> itemIds, Assignment prototype, QString contactName,
                  CommandErrorHandler onError);

    /// Runs the first redo; false (with @p error) if nothing could be done.
    bool execute(QString *error);
    int added() const { return static_cast<int>(m_added.size()); }

    void redo() override;
    void undo() override;

private:
    bool apply(QString *error);
    bool revert(QString *error);

    Store &m_store;
    QVector<qint64> m_itemIds;
    Assignment m_prototype;
    QVector<Assignment> m_added;
    CommandErrorHandler m_onError;
    bool m_executed = false;
};

/**
 * Removes one contact's assignments (of one role, or all roles) from several items
 * in one step. Undo puts back the same assignments: role, priority, note and place.
 */
class UnassignCommand final : public QUndoCommand
{
public:
    UnassignCommand(Store &store, QVector<qint64> itemIds, qint64 contactId, QString role, QString contactName,
                    CommandErrorHandler onError);

    bool execute(QString *error);
    int removed() const { return static_cast<int>(m_removed.size()); }

    void redo() override;
    void undo() override;

private:
    bool apply(QString *error);
    bool revert(QString *error);

    Store &m_store;
    QVector<qint64> m_itemIds;
    qint64 m_contactId;
    QString m_role;
    QVector<Assignment> m_removed;
    CommandErrorHandler m_onError;
    bool m_executed = false;
};

} // namespace steward
