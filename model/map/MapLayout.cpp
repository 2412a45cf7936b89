#include "MapLayout.h"

#include <QElapsedTimer>
#include <QLineF>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace steward {
namespace {

constexpr double MinRegionWidth = 120;
/// What a bend costs a link, in points of length: fewer bends read more easily.
constexpr double BendCost = 40;
/// Links side by side in one channel, this far apart at most.
constexpr double LaneSpacing = 4;
/// A lane keeps this far from the boxes on either side of its channel.
constexpr double LaneMargin = 2.5;

bool isRegion(const MapNode *node)
{
    return node && (node->kind == ItemKind::Host || node->kind == ItemKind::Provider);
}

double labelHeightOf(const MapNode *node)
{
    return node->kind == ItemKind::Provider ? MapLayout::RegionLabelHeight : MapLayout::HostLabelHeight;
}

/// The gap between the boxes inside @p node (nullptr: the top of the map).
double gapInside(const MapNode *node)
{
    if (!node)
        return MapLayout::TopGap;
    return node->kind == ItemKind::Provider ? MapLayout::RegionGap : MapLayout::ServiceGap;
}

/// The margin round the contents of @p node (nullptr: the top of the map).
double marginInside(const MapNode *node)
{
    return node ? MapLayout::RegionPadding : MapLayout::TopGap;
}

QSizeF leafSize(const MapNode *node)
{
    return MapLayout::serviceSize(node->name) + QSizeF(node->kind == ItemKind::Organisation ? 20 : 0, 0);
}

using Sized = QVector<QPair<qint64, QSizeF>>;

/// Boxes in rows that wrap at @p maxWidth, each row as high as its highest box, boxes at
/// the top of their row. Positions relative to the top-left corner of what they fill.
QSizeF flow(const Sized &items, double maxWidth, double gap, QHash<qint64, QPointF> *at)
{
    double x = 0, y = 0, rowHeight = 0, width = 0;
    bool rowEmpty = true;
    for (const auto &[id, size] : items) {
        if (!rowEmpty && x + gap + size.width() > maxWidth) {
            y += rowHeight + gap;
            x = 0;
            rowHeight = 0;
            rowEmpty = true;
        }
        const double left = rowEmpty ? 0 : x + gap;
        if (at)
            at->insert(id, QPointF(left, y));
        x = left + size.width();
        rowHeight = std::max(rowHeight, size.height());
        width = std::max(width, x);
        rowEmpty = false;
    }
    return QSizeF(width, items.isEmpty() ? 0 : y + rowHeight);
}

/// Highest first, so that rows waste little; otherwise in the map's order (kind, then name).
void sortForRows(Sized *items)
{
    std::stable_sort(items->begin(), items->end(),
                     [](const auto &a, const auto &b) { return a.second.height() > b.second.height(); });
}

/// The width at which rows of @p items, with @p margin all round, are drawn largest in a
/// window @p aspect times as wide as high.
double bestWidthFor(const Sized &items, double gap, double margin, double aspect)
{
    double widest = 0, total = 0;
    for (const auto &[id, size] : items) {
        widest = std::max(widest, size.width());
        total += size.width() + gap;
    }
    double best = widest, bestScale = 0;
    constexpr int Steps = 60;
    for (int i = 0; i <= Steps; ++i) {
        const double width = widest * std::pow(std::max(1.0, total / widest), static_cast<double>(i) / Steps);
        const QSizeF size = flow(items, width, gap, nullptr);
        const double scale = std::min(aspect / (size.width() + 2 * margin), 1.0 / (size.height() + 2 * margin));
        if (scale > bestScale * 1.0001) {
            bestScale = scale;
            best = width;
        }
    }
    return best;
}

/// Puts @p items where @p at says, from @p origin, into @p boxes, with the contents of
/// those that are regions (their @p insides, relative to their own top-left corners).
void place(const Sized &items, const QHash<qint64, QPointF> &at, const QPointF &origin,
           const QHash<qint64, MapLayout::Cache::Entry> &insides, QHash<qint64, QRectF> *boxes)
{
    for (const auto &[id, size] : items) {
        const QRectF box(origin + at.value(id), size);
        boxes->insert(id, box);
        const auto inside = insides.constFind(id);
        if (inside == insides.constEnd())
            continue;
        for (auto it = inside->boxes.cbegin(); it != inside->boxes.cend(); ++it)
            boxes->insert(it.key(), it.value().translated(box.topLeft()));
    }
}

QString signatureOf(const MapGraph &graph, qint64 region, const QSet<qint64> &only)
{
    // What decides the inside's layout: which items are in it, where, and their names.
    QString text;
    for (qint64 child : graph.children(region)) {
        if (!only.isEmpty() && !only.contains(child))
            continue;
        text += QString::number(child) + QLatin1Char(':') + graph.node(child)->name + QLatin1Char('[') +
                signatureOf(graph, child, only) + QLatin1Char(']');
    }
    return text;
}

struct Layouter
{
    const MapGraph &graph;
    const QSet<qint64> &only;
    double aspect;

    bool shown(qint64 id) const { return only.isEmpty() || only.contains(id); }

    /// A region's contents, relative to its top-left corner, and its size.
    MapLayout::Cache::Entry inside(qint64 region) const
    {
        MapLayout::Cache::Entry entry;
        const MapNode *node = graph.node(region);
        Sized items;
        QHash<qint64, MapLayout::Cache::Entry> insides;
        for (qint64 child : graph.children(region)) {
            if (!shown(child))
                continue;
            const MapNode *c = graph.node(child);
            if (isRegion(c)) {
                MapLayout::Cache::Entry sub = inside(child);
                items.append({child, sub.size});
                insides.insert(child, std::move(sub));
            } else {
                items.append({child, leafSize(c)});
            }
        }
        sortForRows(&items);
        const double gap = gapInside(node), margin = marginInside(node), label = labelHeightOf(node);
        QHash<qint64, QPointF> at;
        const QSizeF content = flow(items, bestWidthFor(items, gap, margin, aspect), gap, &at);
        place(items, at, QPointF(margin, label + margin), insides, &entry.boxes);
        const double nameWidth = MapLayout::serviceSize(node->name).width() + 20;
        entry.size = QSizeF(std::max({content.width() + 2 * margin, nameWidth, MinRegionWidth}),
                            items.isEmpty() ? label + 8 : label + content.height() + 2 * margin);
        return entry;
    }
};

// ---------------------------------------------------------------- routing

/**
 * The channels of every container as a graph: nodes where channels meet and where a
 * box's side opens onto one; arcs along the channels. A node belongs to the container
 * whose channels it is on; a port (a point on a box's side) also says whose side it is.
 */
class ChannelGraph
{
public:
    struct Arc
    {
        int to;
        int channel;
        float length;
    };
    struct Node
    {
        QPointF at;
        qint64 owner = 0;
        qint64 portOf = -1; ///< the box this is a side of, or -1
    };
    struct Channel
    {
        bool horizontal = true;
        double halfWidth = 0; ///< how far a lane may be from the middle
        QVector<int> nodes;
    };

    int addChannel(bool horizontal, double halfWidth)
    {
        m_channels.append({horizontal, std::max(0.0, halfWidth), {}});
        return static_cast<int>(m_channels.size() - 1);
    }
    int addNode(const QPointF &at, qint64 owner, qint64 portOf = -1)
    {
        m_nodes.append({at, owner, portOf});
        return static_cast<int>(m_nodes.size() - 1);
    }
    void put(int channel, int node) { m_channels[channel].nodes.append(node); }
    /// Joins the nodes of every channel in order along it, into one array of arcs by node.
    void finish()
    {
        QVector<int> degree(m_nodes.size() + 1, 0);
        for (int c = 0; c < m_channels.size(); ++c) {
            Channel &channel = m_channels[c];
            const bool horizontal = channel.horizontal;
            std::sort(channel.nodes.begin(), channel.nodes.end(), [this, horizontal](int a, int b) {
                return horizontal ? m_nodes.at(a).at.x() < m_nodes.at(b).at.x()
                                  : m_nodes.at(a).at.y() < m_nodes.at(b).at.y();
            });
            channel.nodes.erase(std::unique(channel.nodes.begin(), channel.nodes.end()), channel.nodes.end());
            for (int i = 1; i < channel.nodes.size(); ++i) {
                ++degree[channel.nodes.at(i - 1) + 1];
                ++degree[channel.nodes.at(i) + 1];
            }
        }
        for (int n = 1; n < degree.size(); ++n)
            degree[n] += degree[n - 1];
        m_first = degree;
        m_arcs.resize(degree.last());
        for (int c = 0; c < m_channels.size(); ++c) {
            const Channel &channel = m_channels.at(c);
            for (int i = 1; i < channel.nodes.size(); ++i) {
                const int a = channel.nodes.at(i - 1), b = channel.nodes.at(i);
                const auto length = static_cast<float>(QLineF(m_nodes.at(a).at, m_nodes.at(b).at).length());
                m_arcs[degree[a]++] = {b, c, length};
                m_arcs[degree[b]++] = {a, c, length};
            }
        }
    }
    /// The arcs from @p node.
    std::pair<const Arc *, const Arc *> arcs(int node) const
    {
        return {m_arcs.constData() + m_first.at(node), m_arcs.constData() + m_first.at(node + 1)};
    }

    const QVector<Node> &nodes() const { return m_nodes; }
    const Channel &channel(int c) const { return m_channels.at(c); }
    int channelCount() const { return static_cast<int>(m_channels.size()); }

private:
    QVector<Node> m_nodes;
    QVector<Channel> m_channels;
    QVector<Arc> m_arcs;  ///< every node's arcs, one after another
    QVector<int> m_first; ///< where each node's arcs start in m_arcs (and, for the last, end)
};

struct Step
{
    int from;
    int to;
    int channel;
};

class Router
{
public:
    Router(const MapGraph &graph, const MapLayoutResult &layout)
        : m_graph(graph)
        , m_layout(layout)
    {
        build();
    }

    /// The steps of the cheapest way from a side of @p from to a side of @p to (to its
    /// port @p onlyPort when that is not -1); empty if there is none.
    QVector<Step> route(qint64 from, qint64 to, int onlyPort = -1);
    const ChannelGraph &channels() const { return m_channels; }

private:
    struct Container
    {
        QVector<int> rowChannels;      ///< the horizontal channels above each row, and below the last
        int left = -1, right = -1;     ///< the vertical channels in the margins
        QVector<QVector<qint64>> rows; ///< the boxes of each row, left to right
        QHash<qint64, int> rowOf;
        QHash<qint64, int> leftOf, rightOf; ///< the vertical channel each side of a box
    };
    void build();
    void buildContainer(qint64 id);
    void addPorts(qint64 id);

    const MapGraph &m_graph;
    const MapLayoutResult &m_layout;
    ChannelGraph m_channels;
    QHash<qint64, Container> m_containers;
    QHash<qint64, QVector<int>> m_ports;              ///< each box's ports
    QHash<qint64, int> m_topChannel, m_bottomChannel; ///< a region's first and last row channels
    QHash<qint64, QVector<qint64>> m_shownChildren;

    // Scratch for route(), kept between calls.
    QVector<double> m_cost;
    QVector<int> m_back; ///< the state each state was reached from
    QVector<int> m_backChannel;
    QVector<int> m_touched;
};

void Router::build()
{
    for (auto it = m_layout.boxes.cbegin(); it != m_layout.boxes.cend(); ++it) {
        const MapNode *node = m_graph.node(it.key());
        if (node)
            m_shownChildren[node->container].append(it.key());
    }
    buildContainer(0);
    for (auto it = m_shownChildren.cbegin(); it != m_shownChildren.cend(); ++it) {
        if (it.key() != 0)
            buildContainer(it.key());
    }
    addPorts(0);
    for (auto it = m_shownChildren.cbegin(); it != m_shownChildren.cend(); ++it) {
        if (it.key() != 0)
            addPorts(it.key());
    }
    m_channels.finish();
}

void Router::buildContainer(qint64 id)
{
    QVector<qint64> children = m_shownChildren.value(id);
    if (children.isEmpty())
        return;
    const MapNode *node = id ? m_graph.node(id) : nullptr;
    if (id && !m_layout.boxes.contains(id))
        return;
    const double margin = marginInside(node), gap = gapInside(node);
    const QRectF outer = id ? m_layout.boxes.value(id) : m_layout.bounds;
    const double label = node ? labelHeightOf(node) : 0;
    const double left = outer.left() + margin / 2, right = outer.right() - margin / 2;

    // The rows: boxes sharing a top, left to right.
    std::sort(children.begin(), children.end(), [this](qint64 a, qint64 b) {
        const QRectF ra = m_layout.boxes.value(a), rb = m_layout.boxes.value(b);
        return qFuzzyCompare(ra.top(), rb.top()) ? ra.left() < rb.left() : ra.top() < rb.top();
    });
    Container c;
    QVector<QPair<double, double>> spans; // each row's top and bottom
    for (qint64 child : std::as_const(children)) {
        const QRectF box = m_layout.boxes.value(child);
        if (c.rows.isEmpty() || !qFuzzyCompare(spans.last().first, box.top())) {
            c.rows.append(QVector<qint64>());
            spans.append({box.top(), box.bottom()});
        }
        c.rows.last().append(child);
        c.rowOf.insert(child, static_cast<int>(c.rows.size() - 1));
        spans.last().second = std::max(spans.last().second, box.bottom());
    }
    // A channel above each row and below the last, the full width; one down each margin.
    QVector<double> ys;
    ys.append(outer.top() + label + margin / 2);
    for (int r = 1; r < spans.size(); ++r)
        ys.append((spans.at(r - 1).second + spans.at(r).first) / 2);
    ys.append(outer.bottom() - margin / 2);
    c.left = m_channels.addChannel(false, margin / 2 - LaneMargin);
    c.right = m_channels.addChannel(false, margin / 2 - LaneMargin);
    for (int k = 0; k < ys.size(); ++k) {
        const bool edge = k == 0 || k == ys.size() - 1;
        const int channel = m_channels.addChannel(true, (edge ? margin : gap) / 2 - LaneMargin);
        c.rowChannels.append(channel);
        const int a = m_channels.addNode(QPointF(left, ys.at(k)), id);
        const int b = m_channels.addNode(QPointF(right, ys.at(k)), id);
        m_channels.put(channel, a);
        m_channels.put(channel, b);
        m_channels.put(c.left, a);
        m_channels.put(c.right, b);
    }
    // A channel in each gap between two boxes of a row, from the channel above the row to the one below.
    for (int r = 0; r < c.rows.size(); ++r) {
        const QVector<qint64> &row = c.rows.at(r);
        for (int i = 0; i < row.size(); ++i) {
            if (i == 0)
                c.leftOf.insert(row.at(i), c.left);
            if (i == row.size() - 1) {
                c.rightOf.insert(row.at(i), c.right);
                break;
            }
            const QRectF a = m_layout.boxes.value(row.at(i)), b = m_layout.boxes.value(row.at(i + 1));
            const double x = (a.right() + b.left()) / 2;
            const int channel = m_channels.addChannel(false, (b.left() - a.right()) / 2 - LaneMargin);
            const int top = m_channels.addNode(QPointF(x, ys.at(r)), id);
            const int bottom = m_channels.addNode(QPointF(x, ys.at(r + 1)), id);
            m_channels.put(channel, top);
            m_channels.put(channel, bottom);
            m_channels.put(c.rowChannels.at(r), top);
            m_channels.put(c.rowChannels.at(r + 1), bottom);
            c.rightOf.insert(row.at(i), channel);
            c.leftOf.insert(row.at(i + 1), channel);
        }
    }
    if (id) {
        m_topChannel.insert(id, c.rowChannels.first());
        m_bottomChannel.insert(id, c.rowChannels.last());
    }
    m_containers.insert(id, std::move(c));
}

void Router::addPorts(qint64 id)
{
    const auto found = m_containers.constFind(id);
    if (found == m_containers.constEnd())
        return;
    const Container &c = *found;
    const QVector<int> &rowChannels = c.rowChannels;
    const auto &nodes = m_channels.nodes();
    const auto channelY = [&](int channel) {
        // Every row channel was made with a node on it: its y is theirs.
        return nodes.at(m_channels.channel(channel).nodes.first()).at.y();
    };
    const auto channelX = [&](int channel) { return nodes.at(m_channels.channel(channel).nodes.first()).at.x(); };
    for (auto it = c.rowOf.cbegin(); it != c.rowOf.cend(); ++it) {
        const qint64 box = it.key();
        const int row = it.value();
        const QRectF r = m_layout.boxes.value(box);
        const MapNode *node = m_graph.node(box);
        QVector<int> &ports = m_ports[box];
        const double stubHalf = std::min(8.0, r.width() / 2 - 3);
        // Below: down to the channel under the row (through the free space under a lower box).
        {
            const int stub = m_channels.addChannel(false, stubHalf);
            const int port = m_channels.addNode(QPointF(r.center().x(), r.bottom()), id, box);
            const int out = m_channels.addNode(QPointF(r.center().x(), channelY(rowChannels.at(row + 1))), id);
            m_channels.put(stub, port);
            m_channels.put(stub, out);
            m_channels.put(rowChannels.at(row + 1), out);
            ports.append(port);
            if (isRegion(node) && m_bottomChannel.contains(box)) {
                const int inner = m_bottomChannel.value(box);
                const int in = m_channels.addNode(QPointF(r.center().x(), channelY(inner)), box);
                m_channels.put(stub, in);
                m_channels.put(inner, in);
            }
        }
        const bool inside = isRegion(node) && m_topChannel.contains(box);
        // A region's sides open at its first channel, below its name; a box's at its middle.
        const double y = inside ? channelY(m_topChannel.value(box)) : r.center().y();
        for (const bool leftSide : {true, false}) {
            const int outside = leftSide ? c.leftOf.value(box) : c.rightOf.value(box);
            const int lane =
                inside ? m_topChannel.value(box) : m_channels.addChannel(true, std::min(8.0, r.height() / 2 - 3));
            const int port = m_channels.addNode(QPointF(leftSide ? r.left() : r.right(), y), id, box);
            const int out = m_channels.addNode(QPointF(channelX(outside), y), id);
            m_channels.put(lane, port);
            m_channels.put(lane, out);
            m_channels.put(outside, out);
            ports.append(port);
        }
        // Above: only a box without a name strip on top.
        if (!isRegion(node)) {
            const int stub = m_channels.addChannel(false, stubHalf);
            const int port = m_channels.addNode(QPointF(r.center().x(), r.top()), id, box);
            const int out = m_channels.addNode(QPointF(r.center().x(), channelY(rowChannels.at(row))), id);
            m_channels.put(stub, port);
            m_channels.put(stub, out);
            m_channels.put(rowChannels.at(row), out);
            ports.append(port);
        }
    }
}

QVector<Step> Router::route(qint64 from, qint64 to, int onlyPort)
{
    const auto &nodes = m_channels.nodes();
    const int states = static_cast<int>(nodes.size()) * 2;
    if (m_cost.size() != states) {
        m_cost.fill(std::numeric_limits<double>::infinity(), states);
        m_back.fill(-1, states);
        m_backChannel.fill(-1, states);
    }
    for (int s : std::as_const(m_touched)) {
        m_cost[s] = std::numeric_limits<double>::infinity();
        m_back[s] = -1;
        m_backChannel[s] = -1;
    }
    m_touched.clear();

    // Where the link may go: the top of the map and the insides of its ends' containers.
    QSet<qint64> allowed{0};
    for (qint64 end : {from, to}) {
        for (const MapNode *n = m_graph.node(end); n && n->container; n = m_graph.node(n->container))
            allowed.insert(n->container);
    }
    const auto usable = [&](int n) {
        const ChannelGraph::Node &node = nodes.at(n);
        if (node.portOf >= 0)
            return node.portOf == from || node.portOf == to || allowed.contains(node.portOf);
        return allowed.contains(node.owner);
    };

    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> queue;
    for (int port : m_ports.value(from)) {
        for (int o = 0; o < 2; ++o) {
            const int s = port * 2 + o;
            m_cost[s] = 0;
            m_touched.append(s);
            queue.push({0, s});
        }
    }
    int reached = -1;
    while (!queue.empty()) {
        const auto [cost, state] = queue.top();
        queue.pop();
        if (cost > m_cost.at(state))
            continue;
        const int n = state / 2, orientation = state % 2;
        if (nodes.at(n).portOf == to && m_back.at(state) >= 0 && (onlyPort < 0 || n == onlyPort)) {
            reached = state;
            break;
        }
        const auto [firstArc, lastArc] = m_channels.arcs(n);
        for (const ChannelGraph::Arc *at = firstArc; at != lastArc; ++at) {
            const ChannelGraph::Arc &arc = *at;
            if (!usable(arc.to))
                continue;
            // A port is a way in or out of its box, not through: only its own link's ends' boxes and containers.
            const bool horizontal = m_channels.channel(arc.channel).horizontal;
            const int o = arc.length < 0.5 ? orientation : (horizontal ? 0 : 1);
            const double next = cost + arc.length + (o != orientation ? BendCost : 0);
            const int s = arc.to * 2 + o;
            if (next < m_cost.at(s)) {
                if (std::isinf(m_cost.at(s)))
                    m_touched.append(s);
                m_cost[s] = next;
                m_back[s] = state;
                m_backChannel[s] = arc.channel;
                queue.push({next, s});
            }
        }
    }
    QVector<Step> steps;
    for (int s = reached; s >= 0 && m_back.at(s) >= 0; s = m_back.at(s))
        steps.append({m_back.at(s) / 2, s / 2, m_backChannel.at(s)});
    std::reverse(steps.begin(), steps.end());
    return steps;
}

/// The route of one link as points, each step moved into the lane its link has in that channel.
QVector<QPointF> pointsOf(const QVector<Step> &steps, const ChannelGraph &channels, const QHash<int, double> &offsets)
{
    const auto &nodes = channels.nodes();
    const auto shifted = [&](int node, int channel) {
        QPointF p = nodes.at(node).at;
        const double d = offsets.value(channel);
        if (channels.channel(channel).horizontal)
            p.ry() += d;
        else
            p.rx() += d;
        return p;
    };
    QVector<QPointF> points;
    points << shifted(steps.first().from, steps.first().channel);
    for (int i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const QPointF end = shifted(step.to, step.channel);
        if (i + 1 == steps.size()) {
            points << end;
            break;
        }
        const Step &next = steps.at(i + 1);
        const QPointF start = shifted(next.from, next.channel);
        const bool horizontal = channels.channel(step.channel).horizontal;
        if (horizontal != channels.channel(next.channel).horizontal) {
            points << (horizontal ? QPointF(start.x(), end.y()) : QPointF(end.x(), start.y()));
        } else {
            points << end;
            if (end != start)
                points << start;
        }
    }
    // Without repeated points and points in the middle of a straight run.
    QVector<QPointF> simple;
    for (const QPointF &p : std::as_const(points)) {
        if (!simple.isEmpty() && QLineF(simple.last(), p).length() < 0.01)
            continue;
        if (simple.size() >= 2) {
            const QPointF a = simple.at(simple.size() - 2), b = simple.last();
            const bool straight = (qFuzzyCompare(a.x(), b.x()) && qFuzzyCompare(b.x(), p.x())) ||
                                  (qFuzzyCompare(a.y(), b.y()) && qFuzzyCompare(b.y(), p.y()));
            if (straight)
                simple.removeLast();
        }
        simple << p;
    }
    return simple;
}

void routeLinks(const MapGraph &graph, MapLayoutResult *result)
{
    Router router(graph, *result);
    const ChannelGraph &channels = router.channels();
    struct Routed
    {
        int edge;
        QVector<Step> steps;
    };
    QVector<Routed> routed;
    const QVector<MapEdge> &edges = graph.edges();
    for (int e = 0; e < edges.size(); ++e) {
        const MapEdge &edge = edges.at(e);
        if (!result->boxes.contains(edge.from) || !result->boxes.contains(edge.to))
            continue;
        routed.append({e, router.route(edge.from, edge.to)});
    }
    // The links of one type into one target all arrive at one side of it, the side most
    // of them came to by themselves, so that they join into one trunk.
    QHash<QPair<qint64, QString>, QHash<int, int>> arrivals;
    for (const Routed &r : std::as_const(routed)) {
        if (!r.steps.isEmpty())
            ++arrivals[qMakePair(edges.at(r.edge).to, edges.at(r.edge).type)][r.steps.last().to];
    }
    for (Routed &r : routed) {
        const QHash<int, int> &ports = arrivals.value(qMakePair(edges.at(r.edge).to, edges.at(r.edge).type));
        if (r.steps.isEmpty() || ports.size() < 2)
            continue;
        int best = -1;
        for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
            if (best < 0 || it.value() > ports.value(best) || (it.value() == ports.value(best) && it.key() < best))
                best = it.key();
        }
        if (r.steps.last().to != best) {
            QVector<Step> again = router.route(edges.at(r.edge).from, edges.at(r.edge).to, best);
            if (!again.isEmpty())
                r.steps = std::move(again);
        }
    }
    // Lanes: in each channel, one per target and type, ordered across the channel as
    // their targets are, so that fewer cross.
    const auto laneKey = [&](int e) { return qMakePair(edges.at(e).to, edges.at(e).type); };
    QHash<int, QVector<QPair<qint64, QString>>> lanes;
    for (const Routed &r : std::as_const(routed)) {
        for (const Step &step : r.steps) {
            QVector<QPair<qint64, QString>> &keys = lanes[step.channel];
            if (!keys.contains(laneKey(r.edge)))
                keys.append(laneKey(r.edge));
        }
    }
    QHash<QPair<int, QPair<qint64, QString>>, double> offsetOf;
    for (auto it = lanes.begin(); it != lanes.end(); ++it) {
        const ChannelGraph::Channel &channel = channels.channel(it.key());
        QVector<QPair<qint64, QString>> &keys = it.value();
        std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
            const QPointF ca = result->boxes.value(a.first).center(), cb = result->boxes.value(b.first).center();
            const double pa = channel.horizontal ? ca.y() : ca.x(), pb = channel.horizontal ? cb.y() : cb.x();
            return pa != pb ? pa < pb : a < b;
        });
        const int n = static_cast<int>(keys.size());
        const double spacing = n > 1 ? std::min(LaneSpacing, 2 * channel.halfWidth / (n - 1)) : 0;
        for (int i = 0; i < n; ++i)
            offsetOf.insert({it.key(), keys.at(i)}, (i - (n - 1) / 2.0) * spacing);
    }
    for (const Routed &r : std::as_const(routed)) {
        MapRoute route;
        route.edge = r.edge;
        if (r.steps.isEmpty()) {
            // No free way (it should not happen): straight from centre to centre.
            route.points << result->boxes.value(edges.at(r.edge).from).center()
                         << result->boxes.value(edges.at(r.edge).to).center();
        } else {
            QHash<int, double> offsets;
            for (const Step &step : r.steps)
                offsets.insert(step.channel, offsetOf.value({step.channel, laneKey(r.edge)}));
            route.points = pointsOf(r.steps, channels, offsets);
        }
        result->routes.append(std::move(route));
    }
}

} // namespace

QSizeF MapLayout::serviceSize(const QString &name)
{
    // Sized for the map's label font (about 7 points per character at 8.5 pt and 96 dpi), with
    // room for the status icon.
    return QSizeF(std::clamp(40.0 + 7.0 * name.size(), 70.0, 300.0), 24.0);
}

MapLayoutResult MapLayout::run(const MapGraph &graph, const QSet<qint64> &only, Cache *cache, double aspect)
{
    MapLayoutResult result;
    QElapsedTimer timer;
    timer.start();
    if (!(aspect > 0.1 && aspect < 10))
        aspect = DefaultAspect;
    // The regions' insides are shaped for the whole: wider or narrower than the window,
    // whichever lets the whole map be drawn largest in it. Each shape tried takes the
    // regions that did not change from the cache; the chosen one's fresh ones go into it.
    struct Trial
    {
        Sized items;
        QHash<qint64, Cache::Entry> insides;
        QVector<qint64> fresh; ///< regions laid out afresh, not from the cache
    };
    const auto trial = [&](double inner) {
        const Layouter layouter{graph, only, inner};
        Trial t;
        for (qint64 id : graph.children(0)) {
            if (!layouter.shown(id))
                continue;
            const MapNode *node = graph.node(id);
            if (!isRegion(node)) {
                t.items.append({id, leafSize(node)});
                continue;
            }
            const QString signature = signatureOf(graph, id, only) + QLatin1Char('@') + QString::number(inner, 'f', 3);
            Cache::Entry entry;
            bool cached = false;
            if (cache) {
                QMutexLocker cacheLock(&cache->mutex);
                const auto it = cache->regions.constFind(id);
                if (it != cache->regions.constEnd() && it->signature == signature) {
                    entry = *it;
                    cached = true;
                }
            }
            if (!cached) {
                entry = layouter.inside(id);
                entry.signature = signature;
                t.fresh.append(id);
            }
            t.items.append({id, entry.size});
            t.insides.insert(id, std::move(entry));
        }
        sortForRows(&t.items);
        return t;
    };
    Trial best;
    double bestScale = 0;
    for (double factor : {0.4, 0.7, 1.0, 1.5, 2.4}) {
        Trial t = trial(aspect * factor);
        const QSizeF size = flow(t.items, bestWidthFor(t.items, TopGap, TopGap, aspect), TopGap, nullptr) +
                            QSizeF(2 * TopGap, 2 * TopGap);
        const double scale = std::min(aspect / size.width(), 1.0 / size.height());
        if (scale > bestScale * 1.02) {
            bestScale = scale;
            best = std::move(t);
        }
    }
    result.regionsLaidOut = static_cast<int>(best.fresh.size());
    if (cache) {
        QMutexLocker cacheLock(&cache->mutex);
        for (qint64 id : std::as_const(best.fresh))
            cache->regions.insert(id, best.insides.value(id));
    }
    const Sized &items = best.items;
    const double gap = TopGap, margin = TopGap;
    QHash<qint64, QPointF> at;
    const QSizeF content = flow(items, bestWidthFor(items, gap, margin, aspect), gap, &at);
    place(items, at, QPointF(margin, margin), best.insides, &result.boxes);
    result.bounds = QRectF(0, 0, content.width() + 2 * margin, content.height() + 2 * margin);
    for (auto it = result.boxes.cbegin(); it != result.boxes.cend(); ++it) {
        const MapNode *node = graph.node(it.key());
        if (isRegion(node))
            result.labels.insert(it.key(), QRectF(it->topLeft(), QSizeF(it->width(), labelHeightOf(node))));
    }
    routeLinks(graph, &result);
    result.milliseconds = timer.nsecsElapsed() / 1e6;
    return result;
}

} // namespace steward
