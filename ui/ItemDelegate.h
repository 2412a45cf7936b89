#pragma once

#include <QStyledItemDelegate>

namespace steward {

/// Paints the inventory tree: an icon per kind, and statuses other than "active" in colour.
class ItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDelegate)
public:
    explicit ItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace steward
