#pragma once

#include <QItemSelection>
#include <QObject>

class QTreeView;

namespace steward {

class TreeFilterModel;

/**
 * Keeps an item selected in every place the inventory tree shows it: a service on
 * several hosts is one item, so selecting (or deselecting) it under one host does
 * the same under the others. The current row stays the one the user chose.
 */
class PlacesSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacesSelection)
public:
    /// Follows @p view's selection; @p filter is its model, over an InventoryTreeModel.
    PlacesSelection(QTreeView *view, TreeFilterModel *filter);

private:
    void onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);

    QTreeView *m_view;
    TreeFilterModel *m_filter;
    bool m_busy = false;
};

} // namespace steward
