#include "PlacesSelection.h"

#include "InventoryTreeModel.h"
#include "TreeFilterModel.h"

#include <QSet>
#include <QTreeView>

namespace steward {

PlacesSelection::PlacesSelection(QTreeView *view, TreeFilterModel *filter)
    : QObject(view)
    , m_view(view)
    , m_filter(filter)
{
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlacesSelection::onSelectionChanged);
}

void PlacesSelection::onSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    const auto *tree = qobject_cast<const InventoryTreeModel *>(m_filter->sourceModel());
    if (m_busy || !tree || !tree->hasFurtherPlaces())
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    const int lastColumn = m_filter->columnCount() - 1;
    // Every place of @p id shown whose selection is not @p selecting yet goes into @p into.
    const auto places = [&](qint64 id, bool selecting, QItemSelection *into) {
        for (const QModelIndex &place : tree->indexesForId(id)) {
            const QModelIndex shown = m_filter->mapFromSource(place);
            if (shown.isValid() && selection->isSelected(shown) != selecting)
                into->select(shown, shown.siblingAtColumn(lastColumn));
        }
    };
    // A click on one place of a selected item clears the rest of the selection, its
    // other places included: the item stays selected, everywhere, while the place
    // that is current is.
    const QModelIndex current = selection->currentIndex();
    const qint64 kept =
        current.isValid() && selection->isSelected(current) ? tree->idAt(m_filter->mapToSource(current)) : 0;
    QItemSelection on, off;
    QSet<qint64> seen;
    const auto each = [&](const QItemSelection &rows, bool selecting) {
        for (const QItemSelectionRange &range : rows) {
            for (int row = range.top(); row <= range.bottom(); ++row) {
                const qint64 id = tree->idAt(m_filter->mapToSource(m_filter->index(row, 0, range.parent())));
                if (!id || seen.contains(id))
                    continue;
                seen.insert(id);
                if (selecting || id == kept)
                    places(id, true, &on);
                else
                    places(id, false, &off);
            }
        }
    };
    each(selected, true);
    each(deselected, false);
    if (on.isEmpty() && off.isEmpty())
        return;
    m_busy = true;
    if (!off.isEmpty())
        selection->select(off, QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    if (!on.isEmpty())
        selection->select(on, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_busy = false;
}

} // namespace steward
