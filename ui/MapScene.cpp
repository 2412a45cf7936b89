#include "MapScene.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace steward {
namespace {

/// The distance from @p p to the segment @p a – @p b.
double distanceTo(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = d.x() * d.x() + d.y() * d.y();
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + d * t).length();
}

} // namespace

/**
 * Every link, drawn by one item above the boxes. The routes are cut into their segments,
 * and a segment that several links share (a trunk into one target) is kept once, so it
 * is drawn once, not once per link; a grid finds the segments and arrow heads in the part
 * being drawn without visiting the others. In impact mode the segments of the links on
 * the paths are strong and the rest faint.
 */
class MapEdgeLayer final : public QGraphicsItem
{
public:
    explicit MapEdgeLayer(MapScene *map)
        : m_map(map)
    {
        setZValue(5);
        setAcceptedMouseButtons(Qt::NoButton);
        setFlag(ItemUsesExtendedStyleOption);
    }

    /// Takes the routes (one per link, with the index of its type's pen).
    void setRoutes(const QVector<QPolygonF> &routes, const QVector<int> &types)
    {
        prepareGeometryChange();
        m_segments.clear();
        m_heads.clear();
        m_cells.clear();
        m_segmentsOf.clear();
        m_bounds = QRectF();
        QHash<QByteArray, int> known;
        const auto key = [](double v) { return qRound64(v * 8); };
        const auto pack = [](qint64 a, qint64 b, qint64 c, qint64 d, qint64 e) {
            const qint64 values[] = {a, b, c, d, e};
            return QByteArray(reinterpret_cast<const char *>(values), sizeof values);
        };
        for (int e = 0; e < routes.size(); ++e) {
            const QPolygonF &route = routes.at(e);
            QVector<int> mine;
            for (int i = 1; i < route.size(); ++i) {
                QPointF a = route.at(i - 1), b = route.at(i);
                if (b.x() < a.x() || (qFuzzyCompare(a.x(), b.x()) && b.y() < a.y()))
                    std::swap(a, b);
                const QByteArray k = pack(types.at(e), key(a.x()), key(a.y()), key(b.x()), key(b.y()));
                auto it = known.constFind(k);
                if (it == known.constEnd()) {
                    it = known.insert(k, static_cast<int>(m_segments.size()));
                    m_segments.append({QLineF(a, b), types.at(e), false});
                    index(QRectF(a, b).normalized(), static_cast<int>(it.value()), false);
                }
                mine.append(it.value());
            }
            if (route.size() >= 2) {
                // The head: where it ends, and which way it points.
                const QLineF last(route.at(route.size() - 2), route.last());
                const QByteArray k = pack(types.at(e) + 1000000, key(route.last().x()), key(route.last().y()),
                                          key(last.dx() > 0   ? 1
                                              : last.dx() < 0 ? -1
                                                              : 0),
                                          key(last.dy() > 0   ? 1
                                              : last.dy() < 0 ? -1
                                                              : 0));
                auto it = known.constFind(k);
                if (it == known.constEnd()) {
                    it = known.insert(k, static_cast<int>(m_heads.size()));
                    m_heads.append({last, types.at(e), false});
                    index(QRectF(route.last(), QSizeF()).adjusted(-8, -8, 8, 8), static_cast<int>(it.value()), true);
                }
                mine.append(-1 - it.value());
            }
            for (const QPointF &p : route)
                m_bounds |= QRectF(p, QSizeF()).adjusted(-8, -8, 8, 8);
            m_segmentsOf.append(mine);
        }
        m_seen.fill(0, m_segments.size() + m_heads.size());
    }
    void setPens(const QVector<QPen> &pens) { m_pens = pens; }
    /// Draws the links @p strong strong and, when @p dimmed, the others faint.
    void setStrong(const QVector<int> &strong, bool dimmed)
    {
        for (Segment &segment : m_segments)
            segment.strong = false;
        for (Segment &head : m_heads)
            head.strong = false;
        for (int e : strong) {
            for (int s : m_segmentsOf.value(e))
                (s >= 0 ? m_segments[s] : m_heads[-1 - s]).strong = true;
        }
        m_dimmed = dimmed;
        m_anyStrong = !strong.isEmpty();
        update();
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        // What is in view, by pen; each segment once.
        ++m_stamp;
        QHash<int, QVector<QLineF>> lines[2];
        QHash<int, QVector<QLineF>> heads[2];
        const int x0 = cell(exposed.left()), x1 = cell(exposed.right()), y0 = cell(exposed.top()),
                  y1 = cell(exposed.bottom());
        const bool everything = static_cast<qint64>(x1 - x0 + 1) * (y1 - y0 + 1) > m_cells.size();
        const auto take = [&](int entry) {
            const bool head = entry < 0;
            const int at = head ? -1 - entry : entry;
            const int seen = head ? static_cast<int>(m_segments.size()) + at : at;
            if (m_seen.at(seen) == m_stamp)
                return;
            m_seen[seen] = m_stamp;
            const Segment &segment = head ? m_heads.at(at) : m_segments.at(at);
            if (head) {
                if (exposed.contains(segment.line.p2()))
                    heads[segment.strong ? 1 : 0][segment.pen].append(segment.line);
                return;
            }
            const QLineF cut = clipped(segment.line, exposed);
            if (!cut.isNull())
                lines[segment.strong ? 1 : 0][segment.pen].append(cut);
        };
        // Very far out only the strong links are drawn: nothing to gather without any.
        if (lod < 0.12 && !m_anyStrong)
            return;
        if (everything) {
            for (int i = 0; i < m_segments.size(); ++i)
                take(i);
            for (int i = 0; i < m_heads.size(); ++i)
                take(-1 - i);
        } else {
            for (int x = x0; x <= x1; ++x) {
                for (int y = y0; y <= y1; ++y) {
                    const auto it = m_cells.constFind({x, y});
                    if (it == m_cells.constEnd())
                        continue;
                    for (int entry : *it)
                        take(entry);
                }
            }
        }
        // Far out over a large map, thousands of hairlines are a grey haze that costs more
        // than everything else in the frame: then only the strong links are drawn.
        int gathered = 0;
        for (const QVector<QLineF> &group : std::as_const(lines[0]))
            gathered += static_cast<int>(group.size());
        const bool haze = lod < 0.35 && gathered > 3000;
        for (int strong = 0; strong < 2; ++strong) {
            // Very far out, where services are not drawn, only the strong links are.
            if ((lod < 0.12 || haze) && !strong)
                continue;
            for (auto it = lines[strong].cbegin(); it != lines[strong].cend(); ++it) {
                QPen pen = penFor(it.key(), strong, lod);
                painter->setPen(pen);
                painter->setBrush(Qt::NoBrush);
                painter->drawLines(it.value());
            }
            if (lod < 0.25)
                continue;
            for (auto it = heads[strong].cbegin(); it != heads[strong].cend(); ++it) {
                const QColor colour = penFor(it.key(), strong, lod).color();
                painter->setPen(QPen(colour, 1));
                painter->setBrush(colour);
                for (const QLineF &last : it.value()) {
                    const double length = std::min(7.0, last.length());
                    if (length < 2)
                        continue;
                    QLineF side(last.p2(), last.p1());
                    side.setLength(length);
                    QLineF a = side, b = side;
                    a.setAngle(side.angle() + 24);
                    b.setAngle(side.angle() - 24);
                    painter->drawPolygon(QPolygonF({last.p2(), a.p2(), b.p2()}));
                }
            }
        }
    }

private:
    struct Segment
    {
        QLineF line;
        int pen = 0;
        bool strong = false;
    };
    static constexpr double CellSize = 256;
    static int cell(double v) { return static_cast<int>(std::floor(v / CellSize)); }
    void index(const QRectF &span, int entry, bool head)
    {
        const int value = head ? -1 - entry : entry;
        for (int x = cell(span.left()); x <= cell(span.right()); ++x) {
            for (int y = cell(span.top()); y <= cell(span.bottom()); ++y)
                m_cells[{x, y}].append(value);
        }
    }
    QPen penFor(int index, bool strong, double lod) const
    {
        QPen pen = m_pens.value(index, QPen(Qt::black));
        // Round caps on every dash are curves: flat ones cost nothing.
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::MiterJoin);
        QColor colour = pen.color();
        if (strong) {
            pen.setWidthF(pen.widthF() + 1.2);
        } else if (m_dimmed) {
            colour.setAlpha(60);
            pen.setColor(colour);
        }
        // Far out, dashes cost more than they show, and hairlines draw fastest.
        if (lod < 0.25) {
            pen.setStyle(Qt::SolidLine);
            pen.setWidthF(0);
        }
        return pen;
    }
    /// The part of an orthogonal (or any) segment inside @p r; a null line when none.
    static QLineF clipped(const QLineF &line, const QRectF &r)
    {
        QPointF a = line.p1(), b = line.p2();
        double t0 = 0, t1 = 1;
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
        for (int i = 0; i < 4; ++i) {
            if (qFuzzyIsNull(p[i])) {
                if (q[i] < 0)
                    return QLineF();
            } else if (p[i] < 0) {
                t0 = std::max(t0, q[i] / p[i]);
            } else {
                t1 = std::min(t1, q[i] / p[i]);
            }
        }
        if (t0 > t1)
            return QLineF();
        return QLineF(a + (b - a) * t0, a + (b - a) * t1);
    }

    MapScene *m_map;
    QRectF m_bounds;
    QVector<Segment> m_segments;
    QVector<Segment> m_heads;
    QVector<QVector<int>> m_segmentsOf; ///< per link: its segments, and its head as -1 - index
    QHash<QPair<int, int>, QVector<int>> m_cells;
    QVector<QPen> m_pens;
    QVector<int> m_seen;
    int m_stamp = 0;
    bool m_dimmed = false;
    bool m_anyStrong = false;
};

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

double MapItem::labelPointSize(ItemKind kind)
{
    return kind == ItemKind::Provider ? 10 : kind == ItemKind::Organisation ? 9 : 8.5;
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
    // A service's name under about 6 pixels is a smudge that costs more to draw than
    // anything else on the map: below that, boxes only.
    if (lod < 0.3 || (m_node.kind == ItemKind::Service && lod < 0.55)) {
        // Far out: shapes only (a service's name would be too small to read anyway);
        // regions keep their names a little longer.
        painter->drawRect(r);
        if (m_node.kind == ItemKind::Service || lod < 0.2)
            return;
    } else {
        const double radius = m_node.kind == ItemKind::Service || m_node.kind == ItemKind::Organisation ? 5 : 3;
        // A large region's rounded corners are curves stroked whole on every frame that
        // shows any of it: square ones draw in a fraction of the time, and at that size
        // nobody sees the difference.
        if (std::max(r.width(), r.height()) * lod > 800)
            painter->drawRect(r);
        else
            painter->drawRoundedRect(r, radius, radius);
    }

    if (m_font.pointSizeF() <= 0) {
        // Worked out once per item: fonts and elided names cost more than the drawing.
        m_font = painter->font();
        m_font.setPointSizeF(labelPointSize(m_node.kind));
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

QPen MapScene::penForType(const QString &type, const QVector<LinkType> &types)
{
    LinkKind kind;
    if (keys::linkKindFromKey(type, &kind))
        return penFor(kind);
    if (type == MapGraph::placementType()) {
        QPen pen(QColor(0x54, 0x6e, 0x7a), 1.3, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({5, 2, 1, 2});
        return pen;
    }
    // The user's own: a colour and a dash of its own, by its place among them.
    static const QColor colours[] = {QColor(0x00, 0x89, 0x7b), QColor(0xc2, 0x18, 0x5b), QColor(0x5e, 0x35, 0xb1),
                                     QColor(0xf9, 0xa8, 0x25), QColor(0x6d, 0x4c, 0x41), QColor(0x03, 0x9b, 0xe5)};
    static const QVector<qreal> dashes[] = {{}, {8, 3}, {2, 2}, {8, 2, 2, 2}};
    int index = 0;
    for (const LinkType &t : types) {
        if (t.key == type)
            break;
        if (!t.builtin)
            ++index;
    }
    QPen pen(colours[index % 6], 1.5, Qt::SolidLine, Qt::FlatCap);
    const QVector<qreal> &dash = dashes[(index / 6 + index) % 4];
    if (!dash.isEmpty()) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern(dash);
    }
    return pen;
}

void MapScene::build(const MapGraph &graph, const MapLayoutResult &layout)
{
    m_selecting = true;
    clear();
    m_items.clear();
    m_edges.clear();
    m_edgeLayer = nullptr;
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
    // The links: one item draws them all, above the boxes.
    m_routes.clear();
    m_routeBounds.clear();
    m_carriesFailure.clear();
    m_highlightedEdges.clear();
    m_labels = layout.labels;
    m_pens.clear();
    m_typeLabels.clear();
    QHash<QString, bool> failing;
    for (const LinkType &type : graph.edgeTypes()) {
        m_pens.insert(type.key, penForType(type.key, graph.edgeTypes()));
        m_typeLabels.insert(type.key, type.label);
        failing.insert(type.key, type.carriesFailure);
    }
    for (const MapRoute &route : layout.routes) {
        const MapEdge &edge = graph.edges().at(route.edge);
        m_edges.append(edge);
        m_routes.append(QPolygonF(route.points));
        m_routeBounds.append(m_routes.last().boundingRect().adjusted(-8, -8, 8, 8));
        m_carriesFailure.append(failing.value(edge.type, true));
    }
    m_edgeLayer = new MapEdgeLayer(this);
    QVector<QPen> pens;
    QHash<QString, int> penIndex;
    QVector<int> types;
    for (const MapEdge &edge : std::as_const(m_edges)) {
        auto it = penIndex.constFind(edge.type);
        if (it == penIndex.constEnd()) {
            it = penIndex.insert(edge.type, static_cast<int>(pens.size()));
            pens.append(edgePen(edge.type));
        }
        types.append(it.value());
    }
    m_edgeLayer->setPens(pens);
    m_edgeLayer->setRoutes(m_routes, types);
    addItem(m_edgeLayer);
    // The layout's bounds have a margin of their own.
    setSceneRect(layout.bounds);
    m_selecting = false;
    Q_EMIT built();
}

qint64 MapScene::drawnContainer(qint64 id) const
{
    const MapItem *item = m_items.value(id);
    const auto *parent = item ? qgraphicsitem_cast<const MapItem *>(item->parentItem()) : nullptr;
    return parent ? parent->id() : 0;
}

qint64 MapScene::neighbour(qint64 id, int dx, int dy) const
{
    const MapItem *from = m_items.value(id);
    if (!from)
        return 0;
    const auto rectOf = [](const MapItem *item) { return item->mapRectToScene(QRectF(QPointF(0, 0), item->size())); };
    const QRectF a = rectOf(from);
    // Down from a region goes into it: to its first box (Backspace comes out again).
    if (dy > 0) {
        const MapItem *first = nullptr;
        for (QGraphicsItem *child : from->childItems()) {
            const auto *item = qgraphicsitem_cast<const MapItem *>(child);
            if (item && (!first || item->pos().y() < first->pos().y() ||
                         (qFuzzyCompare(item->pos().y(), first->pos().y()) && item->pos().x() < first->pos().x())))
                first = item;
        }
        if (first)
            return first->id();
    }
    QSet<const QGraphicsItem *> above;
    for (const QGraphicsItem *up = from->parentItem(); up; up = up->parentItem())
        above.insert(up);
    for (int pass = 0; pass < 2; ++pass) {
        qint64 best = 0;
        double bestScore = 0;
        for (const MapItem *item : m_items) {
            if (item == from || above.contains(item))
                continue;
            if (pass == 0 && item->parentItem() != from->parentItem())
                continue;
            const QRectF r = rectOf(item);
            // Ahead in that direction: its centre past the selection's side.
            const bool ahead = dx > 0   ? r.center().x() > a.right()
                               : dx < 0 ? r.center().x() < a.left()
                               : dy > 0 ? r.center().y() > a.bottom()
                                        : r.center().y() < a.top();
            if (!ahead)
                continue;
            // Nearest that way, boxes in line with it (spans overlapping across) first.
            const QPointF d = r.center() - a.center();
            const double along = dx ? d.x() * dx : d.y() * dy;
            const double apart = dx ? std::max({0.0, r.top() - a.bottom(), a.top() - r.bottom()})
                                    : std::max({0.0, r.left() - a.right(), a.left() - r.right()});
            const double off = dx ? std::abs(d.y()) : std::abs(d.x());
            const double score = std::abs(along) + 3 * apart + 0.1 * off;
            if (!best || score < bestScore) {
                best = item->id();
                bestScore = score;
            }
        }
        if (best)
            return best;
    }
    return 0;
}

qint64 MapScene::nearestTo(const QPointF &at) const
{
    qint64 best = 0;
    double bestDistance = 0;
    for (const MapItem *item : m_items) {
        const double distance = QLineF(item->mapRectToScene(QRectF(QPointF(0, 0), item->size())).center(), at).length();
        if (!best || distance < bestDistance) {
            best = item->id();
            bestDistance = distance;
        }
    }
    return best;
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
    // The paths: links between highlighted items along which failure spreads.
    m_highlightedEdges.clear();
    for (int e = 0; e < m_edges.size(); ++e) {
        if (m_carriesFailure.at(e) && ids.contains(m_edges.at(e).from) && ids.contains(m_edges.at(e).to))
            m_highlightedEdges.append(e);
    }
    if (m_edgeLayer)
        m_edgeLayer->setStrong(m_highlightedEdges, !ids.isEmpty());
}

QVector<int> MapScene::highlightedEdges() const
{
    return m_highlightedEdges;
}

QVector<int> MapScene::edgesAt(const QPointF &at, double tolerance) const
{
    QVector<int> found;
    for (int e = 0; e < m_routes.size(); ++e) {
        if (!m_routeBounds.at(e).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(at))
            continue;
        const QPolygonF &route = m_routes.at(e);
        for (int i = 1; i < route.size(); ++i) {
            if (distanceTo(at, route.at(i - 1), route.at(i)) <= tolerance) {
                found.append(e);
                break;
            }
        }
    }
    return found;
}

QString MapScene::edgeToolTip(const QVector<int> &edges) const
{
    QStringList lines;
    for (int e : edges) {
        if (lines.size() == 8) {
            lines << tr("… and %n more", nullptr, static_cast<int>(edges.size() - 8));
            break;
        }
        const MapEdge &edge = m_edges.at(e);
        const QString label = m_typeLabels.value(edge.type, edge.type);
        const QString line =
            tr("%1 — %2 → %3").arg(m_items.value(edge.from)->node().name, label, m_items.value(edge.to)->node().name);
        if (!lines.contains(line))
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void MapScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // A link under the pointer (within a few pixels at any zoom) is named; otherwise the item's owners.
    double scale = 1;
    if (auto *view = event->widget() ? qobject_cast<QGraphicsView *>(event->widget()->parentWidget()) : nullptr)
        scale = std::max(0.01, view->transform().m11());
    const QVector<int> edges = edgesAt(event->scenePos(), 4 / scale);
    if (!edges.isEmpty()) {
        QToolTip::showText(event->screenPos(), edgeToolTip(edges), event->widget());
        event->accept();
        return;
    }
    QGraphicsScene::helpEvent(event);
}

} // namespace steward
