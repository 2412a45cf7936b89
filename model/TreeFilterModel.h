#pragma once

#include <QSortFilterProxyModel>

namespace steward {

class InventoryTreeModel;

/**
 * Narrows the inventory tree to items whose name contains the filter text
 * (case-insensitive), keeping the ancestors of every match so that each match is
 * shown in place.
 */
class TreeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilterModel)
public:
    explicit TreeFilterModel(QObject *parent = nullptr);

    void setSourceTree(InventoryTreeModel *model);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    InventoryTreeModel *m_tree = nullptr;
    QString m_text;
};

} // namespace steward
