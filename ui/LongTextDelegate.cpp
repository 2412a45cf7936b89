#include "LongTextDelegate.h"

#include "LongText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace steward {

LongTextDelegate::LongTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void LongTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (longtext::isLong(option->text))
        option->text = longtext::elided(option->text);
}

bool LongTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (longtext::isLong(tip, longtext::ToolTipCharacters)) {
            // As rich text, which a tooltip wraps; the line breaks kept.
            const QString shown = longtext::breakable(longtext::elided(tip, longtext::ToolTipCharacters));
            QToolTip::showText(event->globalPos(),
                               QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shown.toHtmlEscaped()),
                               view, view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace steward
