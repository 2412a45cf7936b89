#include "StatusStyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace steward {
namespace {

const QColor kTreeRed(0xb7, 0x1c, 0x1c);
const QColor kTreeAmber(0xa1, 0x5c, 0x00);
const QColor kTreeBlue(0x1e, 0x5a, 0x9e);

StatusStyle style(QColor fill, QColor border, StatusStyle::Icon icon, QColor text, bool struckOut = false)
{
    StatusStyle s;
    s.fill = fill;
    s.border = border;
    s.icon = icon;
    s.text = text;
    s.struckOut = struckOut;
    return s;
}

} // namespace

StatusStyle StatusStyle::ofCategory(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Operational: break;
    case StatusCategory::Degraded:
        return style(QColor(0xff, 0xed, 0xcc), QColor(0xe6, 0x7e, 0x00), Icon::Warning, kTreeAmber);
    case StatusCategory::Down:
        return style(QColor(0xfd, 0xe0, 0xe0), QColor(0xb7, 0x1c, 0x1c), Icon::Cross, kTreeRed, true);
    case StatusCategory::Retired:
        return style(QColor(0xee, 0xee, 0xee), QColor(0x75, 0x75, 0x75), Icon::Cross, kTreeRed);
    case StatusCategory::Planned:
        return style(QColor(0xf3, 0xf3, 0xf3), QColor(0x9e, 0x9e, 0x9e), Icon::Dot, kTreeBlue);
    }
    return style(QColor(0xe8, 0xf5, 0xe9), QColor(0x43, 0x8a, 0x48), Icon::None, QColor());
}

StatusStyle StatusStyle::of(const QString &status, StatusCategory category)
{
    // The built-in statuses keep the looks they had before statuses had categories.
    if (status == QLatin1String("active"))
        return ofCategory(StatusCategory::Operational);
    if (status == QLatin1String("unreachable"))
        return ofCategory(StatusCategory::Down);
    if (status == QLatin1String("retired"))
        return ofCategory(StatusCategory::Retired);
    if (status == QLatin1String("planned"))
        return ofCategory(StatusCategory::Planned);
    if (status == QLatin1String("legacy"))
        return style(QColor(0xf3, 0xe9, 0xd8), QColor(0x8d, 0x6e, 0x63), Icon::Hourglass, kTreeAmber);
    if (status == QLatin1String("needs-move"))
        return style(QColor(0xff, 0xed, 0xcc), QColor(0xe6, 0x7e, 0x00), Icon::Arrow, kTreeAmber);
    if (status == QLatin1String("staging"))
        return style(QColor(0xde, 0xeb, 0xfa), QColor(0x1e, 0x5a, 0x9e), Icon::Flask, kTreeBlue);
    return ofCategory(category);
}

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double StatusStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusStyle::readableOn(const QColor &text, const QColor &background)
{
    constexpr double Wanted = 4.5;
    if (!text.isValid() || contrast(text, background) >= Wanted)
        return text;
    // Towards white on a dark background, towards black on a light one, keeping the hue.
    const bool darkBackground = luminance(background) < 0.18;
    const QColor hsl = text.toHsl();
    for (int step = 1; step <= 20; ++step) {
        const double lightness = darkBackground ? hsl.lightnessF() + (1.0 - hsl.lightnessF()) * step / 20.0
                                                : hsl.lightnessF() * (20 - step) / 20.0;
        const QColor candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness);
        if (contrast(candidate, background) >= Wanted)
            return candidate.toRgb();
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

void StatusStyle::paintIcon(QPainter *painter, const QRectF &r, Icon icon, const QColor &colour)
{
    painter->save();
    painter->setPen(QPen(colour, 1.6));
    painter->setBrush(Qt::NoBrush);
    switch (icon) {
    case Icon::None: break;
    case Icon::Cross:
        painter->drawEllipse(r);
        painter->drawLine(r.topLeft() + QPointF(3, 3), r.bottomRight() - QPointF(3, 3));
        painter->drawLine(r.topRight() + QPointF(-3, 3), r.bottomLeft() + QPointF(3, -3));
        break;
    case Icon::Hourglass: {
        QPolygonF glass;
        glass << r.topLeft() + QPointF(2, 1) << r.topRight() + QPointF(-2, 1) << r.bottomLeft() + QPointF(2, -1)
              << r.bottomRight() + QPointF(-2, -1);
        glass << glass.first();
        painter->drawPolyline(glass);
        break;
    }
    case Icon::Arrow: {
        const double y = r.center().y();
        painter->drawLine(QPointF(r.left() + 1, y), QPointF(r.right() - 1, y));
        painter->drawLine(QPointF(r.right() - 1, y), QPointF(r.right() - 5, y - 4));
        painter->drawLine(QPointF(r.right() - 1, y), QPointF(r.right() - 5, y + 4));
        break;
    }
    case Icon::Flask: {
        QPolygonF flask;
        flask << QPointF(r.center().x() - 2, r.top() + 1) << QPointF(r.center().x() - 2, r.center().y())
              << QPointF(r.left() + 1, r.bottom() - 1) << QPointF(r.right() - 1, r.bottom() - 1)
              << QPointF(r.center().x() + 2, r.center().y()) << QPointF(r.center().x() + 2, r.top() + 1);
        painter->drawPolyline(flask);
        break;
    }
    case Icon::Dot:
        painter->setBrush(colour);
        painter->drawEllipse(r.adjusted(3, 3, -3, -3));
        break;
    case Icon::Warning: {
        // A triangle with an exclamation mark.
        QPolygonF sign;
        sign << QPointF(r.center().x(), r.top() + 1) << QPointF(r.right() - 0.5, r.bottom() - 1)
             << QPointF(r.left() + 0.5, r.bottom() - 1);
        sign << sign.first();
        painter->drawPolyline(sign);
        painter->drawLine(QPointF(r.center().x(), r.top() + 4.5), QPointF(r.center().x(), r.bottom() - 4.5));
        painter->drawPoint(QPointF(r.center().x(), r.bottom() - 2.5));
        break;
    }
    }
    painter->restore();
}

QIcon StatusStyle::treeIcon(const StatusStyle &style)
{
    if (style.icon == Icon::None)
        return {};
    static QHash<QString, QIcon> cache;
    const QString key = QStringLiteral("%1/%2").arg(static_cast<int>(style.icon)).arg(style.border.rgba());
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            paintIcon(&painter, QRectF(2, 2, 12, 12), style.icon, style.border);
            painter.end();
            icon.addPixmap(pixmap);
        }
        it = cache.insert(key, icon);
    }
    return *it;
}

} // namespace steward
