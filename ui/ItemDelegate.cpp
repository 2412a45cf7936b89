#include "ItemDelegate.h"

#include "Icons.h"
#include "InventoryTreeModel.h"
#include "StatusStyle.h"

namespace steward {

ItemDelegate::ItemDelegate(QObject *parent)
    : LongTextDelegate(parent)
{}

StatusStyle ItemDelegate::styleAt(const QModelIndex &index)
{
    return StatusStyle::of(index.data(InventoryTreeModel::StatusRole).toString(),
                           static_cast<StatusCategory>(index.data(InventoryTreeModel::StatusCategoryRole).toInt()));
}

void ItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    LongTextDelegate::initStyleOption(option, index);
    if (index.column() == InventoryTreeModel::NameColumn) {
        option->icon = icons::forItem(static_cast<ItemKind>(index.data(InventoryTreeModel::KindRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    // Each status as its category says (a built-in one as it always was): the text's
    // colour, the name struck out when down, and an icon beside the status.
    const StatusStyle style = styleAt(index);
    if (index.column() == InventoryTreeModel::StatusColumn && style.icon != StatusStyle::Icon::None) {
        option->icon = StatusStyle::treeIcon(style);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (!style.text.isValid())
        return;
    // Readable on the view's own background (a dark palette makes the dark red too dim).
    option->palette.setColor(QPalette::Text,
                             StatusStyle::readableOn(style.text, option->palette.color(QPalette::Base)));
    if (index.column() == InventoryTreeModel::NameColumn && style.struckOut)
        option->font.setStrikeOut(true);
}

} // namespace steward
