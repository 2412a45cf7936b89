#pragma once

#include "Records.h"

#include <QAbstractTableModel>

namespace steward {

class Store;

/**
 * The history as a table, newest first: of one item, or of the whole inventory.
 * It reads again (reset) when asked; the history only grows, so there is nothing
 * to update in place.
 */
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole, ///< qint64 change_log id
        BatchIdRole,                ///< qint64
        ItemIdRole,                 ///< qint64, 0 for contacts
        ActionRole,                 ///< create, update, delete
    };

    static constexpr int DefaultLimit = 2000;

    explicit HistoryModel(Store &store, QObject *parent = nullptr);

    /// Shows the history of @p itemId, or of everything with 0.
    bool setItem(qint64 itemId);
    qint64 item() const { return m_itemId; }
    bool reload();
    /// Shows nothing until setItem() is called again.
    void clear();
    QString errorString() const { return m_error; }
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether the change at @p row can be reverted: a revertible kind (isRevertible()
    /// in RevertPlan.h), and the newest change of its record (nothing later depends on it).
    bool canRevert(int row) const;

    /// "name: a -> b; status: active -> legacy" from the JSON before/after of an entry.
    static QString describeChange(const HistoryEntry &entry);

private:
    Store &m_store;
    qint64 m_itemId = 0;
    bool m_cleared = false;
    QVector<HistoryEntry> m_entries;
    QString m_error;
};

} // namespace steward
