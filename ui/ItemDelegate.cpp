#include "ItemDelegate.h"

#include "Icons.h"
#include "InventoryTreeModel.h"

namespace steward {

ItemDelegate::ItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == InventoryTreeModel::NameColumn) {
        option->icon = icons::forItem(static_cast<ItemKind>(index.data(InventoryTreeModel::KindRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    const QString status = index.data(InventoryTreeModel::StatusRole).toString();
    if (status == QLatin1String("active"))
        return;
    QColor colour;
    if (status == QLatin1String("unreachable") || status == QLatin1String("retired"))
        colour = QColor(0xb7, 0x1c, 0x1c);
    else if (status == QLatin1String("needs-move") || status == QLatin1String("legacy"))
        colour = QColor(0xa1, 0x5c, 0x00);
    else
        colour = QColor(0x1e, 0x5a, 0x9e);
    option->palette.setColor(QPalette::Text, colour);
    if (index.column() == InventoryTreeModel::NameColumn && status == QLatin1String("unreachable"))
        option->font.setStrikeOut(true);
}

} // namespace steward
