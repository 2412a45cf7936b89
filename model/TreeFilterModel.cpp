#include "TreeFilterModel.h"

#include "InventoryTreeModel.h"

namespace steward {

TreeFilterModel::TreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // The source model keeps its own order; sorting here would only cost time.
    setDynamicSortFilter(false);
}

void TreeFilterModel::setSourceTree(InventoryTreeModel *model)
{
    m_tree = model;
    setSourceModel(model);
}

void TreeFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // invalidate() re-maps everything and tells views once (layoutChanged);
    // invalidateFilter() would report every inserted and removed row, which a
    // tree view handles one parent at a time: seconds at 100k items.
    invalidate();
}

bool TreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || !m_tree)
        return true;
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    return m_tree->nameAt(index).contains(m_text, Qt::CaseInsensitive);
}

} // namespace steward
