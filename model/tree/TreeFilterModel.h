#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace steward {

class InventoryTreeModel;

/**
 * Narrows the inventory tree to items whose name contains the filter text
 * (case-insensitive), keeping the ancestors of every match so that each match is
 * shown in place.
 *
 * QSortFilterProxyModel's own recursive filtering visits a service once for every
 * ancestor level; here one pass over the source marks what is visible, so a
 * keystroke costs one look at each name.
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
    /// How many items matched the filter text by name (0 without a filter).
    int matchCount() const { return m_matches; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// One pass over the source tree: which items match or have a matching descendant.
    void computeMatches();

    InventoryTreeModel *m_tree = nullptr;
    QString m_text;
    std::vector<char> m_visible;
    int m_matches = 0; ///< by InventoryTreeModel::serialAt()
};

} // namespace steward
