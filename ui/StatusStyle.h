#pragma once

#include "Types.h"

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace steward {

/**
 * How a status looks, in the tree and on the map: its colours and the shape of its
 * icon. The built-in statuses look as they always have; any other status looks as
 * its category says (a "redirect" declared degraded is drawn as degraded).
 */
struct StatusStyle
{
    QColor fill;   ///< the map's box
    QColor border; ///< the map's outline, and the icon's colour
    enum class Icon
    {
        None,
        Cross,
        Hourglass,
        Arrow,
        Flask,
        Dot,
        Warning
    } icon = Icon::None;
    QColor text;            ///< the tree's text; invalid: the palette's own
    bool struckOut = false; ///< the tree's and the map's name struck out

    static StatusStyle of(const QString &status, StatusCategory category);
    /// The look of @p category for a status that is not built in.
    static StatusStyle ofCategory(StatusCategory category);
    static void paintIcon(QPainter *painter, const QRectF &rect, Icon icon, const QColor &colour);
    /// The contrast ratio of two colours as WCAG 2 defines it (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    /// @p text as it is when it reads on @p background (a contrast of 4.5:1 or more),
    /// otherwise the same hue made lighter (on a dark background) or darker until it does.
    static QColor readableOn(const QColor &text, const QColor &background);
    /// The icon as an item view decoration (null for None), made once per look.
    static QIcon treeIcon(const StatusStyle &style);
};

} // namespace steward
