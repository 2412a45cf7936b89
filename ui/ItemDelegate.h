#pragma once

#include "LongTextDelegate.h"
#include "StatusStyle.h"

namespace steward {

/// Paints the inventory tree: an icon per kind, and each status in its colour with its
/// icon, as its category says (StatusStyle); a very long name shortened (LongTextDelegate).
class ItemDelegate final : public LongTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDelegate)
public:
    explicit ItemDelegate(QObject *parent = nullptr);
    /// How the row at @p index is drawn for its status.
    static StatusStyle styleAt(const QModelIndex &index);

    // Public for the tests, which look at what a row is drawn with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace steward
