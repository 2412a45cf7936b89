#pragma once

#include "BatchRevert.h"

#include <QAbstractTableModel>

namespace steward {

/**
 * The entries of a batch revert's plan as a table: each change of the batch, what
 * reverting it does, and for a record changed since, what changed, when and by whom.
 * A plan does not change: a new one is set whole.
 */
class BatchRevertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRevertModel)
public:
    enum Column
    {
        ChangeColumn, ///< the batch's change ("Created service "shop"")
        RevertColumn, ///< what reverting does ("Delete "shop"")
        StatusColumn, ///< "reverted", "changed since", "blocked", "cannot be reverted"
        ReasonColumn, ///< why (or, reverted, what it does not put back exactly)
        SinceColumn,  ///< what changed since
        WhenColumn,   ///< when it last changed
        WhoColumn,    ///< who changed it
        ColumnCount
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole, ///< int, BatchRevertEntry::Outcome
        /// "revert", or "changed" for Conflict, Blocked and Cannot (what a filter on this role keeps)
        GroupRole,
    };

    explicit BatchRevertModel(QObject *parent = nullptr);

    void setPlan(const BatchRevertPlan &plan);
    const BatchRevertPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BatchRevertPlan m_plan;
};

} // namespace steward
