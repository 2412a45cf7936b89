#pragma once

#include <QStyledItemDelegate>

namespace steward {

/**
 * An item delegate for views whose cells may hold long free text (the history's before
 * and after, report cells, search results): a cell draws at most the first
 * longtext::ShownCharacters characters and its tooltip at most
 * longtext::ToolTipCharacters, each with "…", so that a megabyte-long description does
 * not freeze the view or the screen. The whole text stays in the model.
 */
class LongTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongTextDelegate)
public:
    explicit LongTextDelegate(QObject *parent = nullptr);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace steward
