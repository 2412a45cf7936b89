#include "TreeFilterModel.h"

#include "InventoryTreeModel.h"

namespace steward {

TreeFilterModel::TreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source model keeps its own order; sorting here would only cost time.
    setDynamicSortFilter(false);
}

void TreeFilterModel::setSourceTree(InventoryTreeModel *model)
{
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = model;
    m_visible.clear();
    setSourceModel(model);
    if (!m_tree)
        return;
    // Items renamed, added or moved while a filter is active: mark again.
    const auto refresh = [this] {
        if (!m_text.isEmpty()) {
            computeMatches();
            invalidate();
        }
    };
    connect(m_tree, &QAbstractItemModel::dataChanged, this, refresh, Qt::QueuedConnection);
    connect(m_tree, &QAbstractItemModel::rowsInserted, this, refresh, Qt::QueuedConnection);
    connect(m_tree, &QAbstractItemModel::rowsMoved, this, refresh, Qt::QueuedConnection);
    // A removed match may have been the only reason its ancestors were shown.
    connect(m_tree, &QAbstractItemModel::rowsRemoved, this, refresh, Qt::QueuedConnection);
    connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
        // The proxy has already re-mapped (views ask during its reset) with the old
        // marks, which are by serial and serials start again: map once more.
        if (!m_text.isEmpty()) {
            computeMatches();
            invalidate();
        }
    });
}

void TreeFilterModel::computeMatches()
{
    m_matches = 0;
    m_visible.assign(static_cast<std::size_t>(m_tree ? m_tree->serialCapacity() : 0), 0);
    if (m_tree && !m_text.isEmpty())
        m_matches = m_tree->markMatches(m_text.toCaseFolded(), &m_visible);
}

void TreeFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    computeMatches();
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
    const int serial = m_tree->serialAt(index);
    if (serial >= 0 && static_cast<std::size_t>(serial) < m_visible.size())
        return m_visible[static_cast<std::size_t>(serial)] != 0;
    // An item added since the last pass: judge it by its own name.
    return m_tree->nameAt(index).contains(m_text, Qt::CaseInsensitive);
}

} // namespace steward
