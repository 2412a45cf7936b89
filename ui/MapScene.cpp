#include "MapScene.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace steward {
namespace {

/// The point where the line from the centre of @p rect towards @p towards leaves it.
QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = std::abs(d.x()) > 1e-9 ? (rect.width() / 2) / std::abs(d.x()) : 1e18;
    const double sy = std::abs(d.y()) > 1e-9 ? (rect.height() / 2) / std::abs(d.y()) : 1e18;
    return c + d * std::min({sx, sy, 1.0});
}

} // namespace

// ---------------------------------------------------------------- item

MapItem::MapItem(const MapNode &node, const QSizeF &size, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_node(node)
    , m_size(size)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    // Services above the regions they are in (children draw above parents anyway).
    setZValue(node.kind == ItemKind::Service ? 2 : 0);
}

QRectF MapItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

void MapItem::setHighlight(int highlight)
{
    if (highlight != m_highlight) {
        m_highlight = highlight;
        update();
    }
}

StatusStyle MapItem::styleFor(const QString &status, StatusCategory category)
{
    return StatusStyle::of(status, category);
}

void MapItem::paintIcon(QPainter *painter, const QRectF &r, StatusStyle::Icon icon, const QColor &colour)
{
    StatusStyle::paintIcon(painter, r, icon, colour);
}

void MapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Very far out, services drop out altogether: their hosts and providers show where they are.
    if (m_node.kind == ItemKind::Service && lod < 0.12 && m_highlight <= 0 && !isSelected())
        return;
    const QRectF r(QPointF(0, 0), m_size);
    const auto *map = qobject_cast<const MapScene *>(scene());
    const StatusStyle style =
        styleFor(m_node.status, map ? map->statusCategory(m_node.status) : keys::builtinStatusCategory(m_node.status));
    const bool selected = isSelected();
    QColor fill = style.fill, border = style.border;
    if (m_node.kind == ItemKind::Organisation) {
        fill = QColor(0xec, 0xef, 0xf1);
        border = QColor(0x45, 0x5a, 0x64);
    } else if (m_node.kind != ItemKind::Service) {
        // Regions: pale, so that what they hold stands out.
        fill = m_node.kind == ItemKind::Provider ? QColor(0xf7, 0xf9, 0xfc) : QColor(0xff, 0xff, 0xff);
        border = style.icon == StatusStyle::Icon::None ? QColor(0x90, 0xa4, 0xae) : style.border;
    }
    if (m_highlight < 0) {
        fill = fill.lighter(115);
        border = QColor(0xcf, 0xd8, 0xdc);
    } else if (m_highlight > 0) {
        border = QColor(0xd8, 0x1b, 0x60);
    }
    QPen pen(border, selected || m_highlight > 0 ? 2.5 : 1.0);
    if (m_node.nobodyToContact) {
        pen.setColor(m_highlight < 0 ? border : QColor(0xc6, 0x28, 0x28));
        pen.setStyle(Qt::DashLine);
    }
    if (selected)
        pen.setColor(QColor(0x19, 0x76, 0xd2));
    painter->setPen(pen);
    painter->setBrush(fill);
    if (lod < 0.3 || (m_node.kind == ItemKind::Service && lod < 0.4)) {
        // Far out: shapes only (a service's name would be too small to read anyway);
        // regions keep their names a little longer.
        painter->drawRect(r);
        if (m_node.kind == ItemKind::Service || lod < 0.2)
            return;
    } else {
        const double radius = m_node.kind == ItemKind::Service || m_node.kind == ItemKind::Organisation ? 5 : 3;
        painter->drawRoundedRect(r, radius, radius);
    }

    if (m_font.pointSizeF() <= 0) {
        // Worked out once per item: fonts and elided names cost more than the drawing.
        m_font = painter->font();
        m_font.setPointSizeF(m_node.kind == ItemKind::Provider ? 10 : m_node.kind == ItemKind::Organisation ? 9 : 8.5);
        m_font.setBold(m_node.kind != ItemKind::Service);
        m_font.setStrikeOut(style.struckOut);
    }
    painter->setFont(m_font);
    painter->setPen(m_highlight < 0 ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x21, 0x21, 0x21));
    double left = 6;
    const double lineHeight = m_node.kind == ItemKind::Provider ? MapLayout::RegionLabelHeight
                              : m_node.kind == ItemKind::Host   ? MapLayout::HostLabelHeight
                                                                : r.height();
    if (style.icon != StatusStyle::Icon::None) {
        paintIcon(painter, QRectF(4, (lineHeight - 12) / 2, 12, 12), style.icon, style.border);
        left = 20;
    }
    QRectF text(left, 0, r.width() - left - 4, lineHeight);
    if (m_node.nobodyToContact) {
        // A warning sign: nobody to contact but escalation.
        painter->save();
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.4));
        QPolygonF sign;
        const double x = r.right() - 14, y = (lineHeight - 11) / 2;
        sign << QPointF(x + 5.5, y) << QPointF(x + 11, y + 10) << QPointF(x, y + 10) << QPointF(x + 5.5, y);
        painter->drawPolyline(sign);
        painter->drawLine(QPointF(x + 5.5, y + 3.5), QPointF(x + 5.5, y + 6.5));
        painter->drawPoint(QPointF(x + 5.5, y + 8.5));
        painter->restore();
        text.setRight(text.right() - 12);
    }
    if (m_elided.isNull())
        m_elided = QFontMetrics(m_font).elidedText(m_node.name, Qt::ElideRight, static_cast<int>(text.width()));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, m_elided);
}

void MapItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    // Asked for only when the pointer rests here: the owners of 10,000 items are not
    // worked out up front.
    if (!m_toolTipSet) {
        if (auto *map = qobject_cast<MapScene *>(scene()))
            setToolTip(map->toolTipFor(m_node.id));
        m_toolTipSet = true;
    }
    QGraphicsItem::hoverEnterEvent(event);
}

void MapItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *map = qobject_cast<MapScene *>(scene()))
        Q_EMIT map->itemActivated(m_node.id);
    event->accept();
}

// ---------------------------------------------------------------- scene

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_selecting)
            Q_EMIT selectionChangedByUser(selectedId());
    });
}

QPen MapScene::penFor(LinkKind kind)
{
    switch (kind) {
    case LinkKind::FrontedBy: return QPen(QColor(0xd8, 0x43, 0x15), 1.6, Qt::SolidLine, Qt::RoundCap);
    case LinkKind::DnsBy: return QPen(QColor(0x1e, 0x88, 0xe5), 1.4, Qt::DashLine, Qt::RoundCap);
    case LinkKind::RegisteredAt: return QPen(QColor(0x6a, 0x1b, 0x9a), 1.4, Qt::DotLine, Qt::RoundCap);
    case LinkKind::ConfiguredBy: return QPen(QColor(0x2e, 0x7d, 0x32), 1.4, Qt::DashDotLine, Qt::RoundCap);
    case LinkKind::DependsOn: return QPen(QColor(0x37, 0x47, 0x4f), 1.6, Qt::SolidLine, Qt::RoundCap);
    case LinkKind::BackedUpTo: return QPen(QColor(0x8d, 0x6e, 0x63), 1.2, Qt::DotLine, Qt::RoundCap);
    }
    return QPen(Qt::black);
}

void MapScene::build(const MapGraph &graph, const MapLayoutResult &layout)
{
    m_selecting = true;
    clear();
    m_items.clear();
    m_edges.clear();
    m_paths.clear();
    // Containers before what they hold: walk down from the top.
    QVector<qint64> pending = graph.children(0);
    std::reverse(pending.begin(), pending.end());
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        const auto box = layout.boxes.constFind(id);
        if (box == layout.boxes.constEnd())
            continue;
        const MapNode *node = graph.node(id);
        MapItem *parent = m_items.value(node->container);
        auto *item = new MapItem(*node, box->size(), parent);
        item->setPos(parent ? box->topLeft() - layout.boxes.value(node->container).topLeft() : box->topLeft());
        if (!parent)
            addItem(item);
        m_items.insert(id, item);
        const QVector<qint64> children = graph.children(id);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            pending.append(*it);
    }
    // The links, batched per kind, above the regions.
    // One path per kind and region the links start from: a few dozen items that the
    // scene's index can still cull when zoomed in, rather than thousands of lines.
    QHash<QPair<int, qint64>, QPainterPath> paths;
    for (const MapEdge &edge : graph.edges()) {
        if (!layout.boxes.contains(edge.from) || !layout.boxes.contains(edge.to))
            continue;
        const QRectF from = layout.boxes.value(edge.from), to = layout.boxes.value(edge.to);
        QPainterPath &path = paths[{static_cast<int>(edge.kind), graph.topLevelOf(edge.from)}];
        const QPointF start = borderPoint(from, to.center()), end = borderPoint(to, from.center());
        path.moveTo(start);
        path.lineTo(end);
        // An arrow head at the end it points to.
        const QLineF line(end, start);
        if (line.length() > 12) {
            QLineF head = line;
            head.setLength(8);
            head.setAngle(line.angle() + 25);
            path.moveTo(end);
            path.lineTo(head.p2());
            head.setAngle(line.angle() - 25);
            path.moveTo(end);
            path.lineTo(head.p2());
        }
        m_edges.append(edge);
    }
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        auto *item = addPath(it.value(), penFor(static_cast<LinkKind>(it.key().first)));
        item->setZValue(5);
        item->setAcceptedMouseButtons(Qt::NoButton);
        m_paths.insert(it.key().first, item);
    }
    setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
    m_selecting = false;
}

qint64 MapScene::drawnContainer(qint64 id) const
{
    const MapItem *item = m_items.value(id);
    const auto *parent = item ? qgraphicsitem_cast<const MapItem *>(item->parentItem()) : nullptr;
    return parent ? parent->id() : 0;
}

qint64 MapScene::selectedId() const
{
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *mapItem = qgraphicsitem_cast<MapItem *>(item))
            return mapItem->id();
    }
    return 0;
}

void MapScene::selectId(qint64 id)
{
    m_selecting = true;
    clearSelection();
    if (MapItem *item = m_items.value(id))
        item->setSelected(true);
    m_selecting = false;
}

void MapScene::setHighlighted(const QSet<qint64> &ids)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setHighlight(ids.isEmpty() ? 0 : ids.contains(it.key()) ? 1 : -1);
}

} // namespace steward
