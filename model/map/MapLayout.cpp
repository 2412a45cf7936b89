#include "MapLayout.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>

namespace steward {
namespace {

constexpr double PointsPerInch = 72.0;
constexpr double MinRegionWidth = 120;

/// Graphviz keeps global state: one layout at a time in the whole process.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

/// agsafeset and friends take char *; these keep the strings alive for the call.
void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / PointsPerInch, 'f', 4);
}

QByteArray nodeName(qint64 id)
{
    return QByteArrayLiteral("n") + QByteArray::number(id);
}

Agnode_t *addBox(Agraph_t *graph, qint64 id, QSizeF size)
{
    Agnode_t *node = agnode(graph, const_cast<char *>(nodeName(id).constData()), 1);
    set(node, "width", inches(size.width()));
    set(node, "height", inches(size.height()));
    return node;
}

QRectF boxOf(Agnode_t *node)
{
    const double w = ND_width(node) * PointsPerInch, h = ND_height(node) * PointsPerInch;
    return QRectF(ND_coord(node).x - w / 2, ND_coord(node).y - h / 2, w, h);
}

void setDefaults(Agraph_t *graph)
{
    agattr(graph, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(graph, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(graph, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    agattr(graph, AGNODE, const_cast<char *>("width"), const_cast<char *>("1"));
    agattr(graph, AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));
    agattr(graph, AGNODE, const_cast<char *>("margin"), const_cast<char *>("0"));
}

/// Graphviz's y grows upwards: flip into scene coordinates below @p top.
QRectF flipped(const QRectF &r, double top, double left)
{
    return QRectF(r.left() - left, top - r.bottom(), r.width(), r.height());
}

/// Packs fixed-size boxes with osage; returns their rectangles relative to the
/// top-left corner of what they fill, and that size.
QSizeF pack(GVC_t *gvc, const QVector<QPair<qint64, QSizeF>> &boxes, QHash<qint64, QRectF> *out)
{
    if (boxes.isEmpty())
        return QSizeF(0, 0);
    Agraph_t *g = agopen(const_cast<char *>("pack"), Agundirected, nullptr);
    setDefaults(g);
    agattr(g, AGRAPH, const_cast<char *>("pack"), const_cast<char *>("8"));
    QVector<QPair<qint64, Agnode_t *>> nodes;
    for (const auto &[id, size] : boxes)
        nodes.append({id, addBox(g, id, size)});
    if (gvLayout(gvc, g, "osage") != 0) {
        agclose(g);
        return QSizeF(0, 0);
    }
    const boxf bb = GD_bb(g);
    for (const auto &[id, node] : std::as_const(nodes))
        out->insert(id, flipped(boxOf(node), bb.UR.y, bb.LL.x));
    gvFreeLayout(gvc, g);
    agclose(g);
    return QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
}

/**
 * The inside of one top-level region, nested as the map draws it: each named host's
 * services packed by osage, then the hosts (as boxes of that size with room for their
 * names) and the region's own services packed the same way. Boxes are relative to the
 * inside's top-left corner.
 */
MapLayout::Cache::Entry layoutRegion(GVC_t *gvc, const MapGraph &graph, qint64 region, const QSet<qint64> &only)
{
    MapLayout::Cache::Entry entry;
    const auto shown = [&only](qint64 id) { return only.isEmpty() || only.contains(id); };
    QVector<QPair<qint64, QSizeF>> level;
    QHash<qint64, QHash<qint64, QRectF>> hostInsides;
    QHash<qint64, QSizeF> insideSizes;
    for (qint64 child : graph.children(region)) {
        if (!shown(child))
            continue;
        const MapNode *node = graph.node(child);
        if (node->kind != ItemKind::Host) {
            level.append({child, MapLayout::serviceSize(node->name)});
            continue;
        }
        QVector<QPair<qint64, QSizeF>> services;
        for (qint64 s : graph.children(child)) {
            if (shown(s))
                services.append({s, MapLayout::serviceSize(graph.node(s)->name)});
        }
        QHash<qint64, QRectF> inside;
        const QSizeF size = pack(gvc, services, &inside);
        hostInsides.insert(child, inside);
        insideSizes.insert(child, size);
        const double pad = MapLayout::RegionPadding;
        level.append({child, QSizeF(std::max(size.width(), MapLayout::serviceSize(node->name).width()) + 2 * pad,
                                    size.height() + MapLayout::HostLabelHeight + 2 * pad)});
    }
    QHash<qint64, QRectF> placed;
    entry.size = pack(gvc, level, &placed);
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        entry.boxes.insert(it.key(), it.value());
        const auto inside = hostInsides.constFind(it.key());
        if (inside == hostInsides.constEnd())
            continue;
        const QSizeF size = insideSizes.value(it.key());
        const QPointF origin(it.value().left() + (it.value().width() - size.width()) / 2,
                             it.value().top() + MapLayout::HostLabelHeight + MapLayout::RegionPadding);
        for (auto s = inside->cbegin(); s != inside->cend(); ++s)
            entry.boxes.insert(s.key(), s.value().translated(origin));
    }
    return entry;
}

QString signatureOf(const MapGraph &graph, qint64 region, const QSet<qint64> &only)
{
    // What decides the inside's layout: which items are in it, where, and their names.
    QString text;
    const auto shown = [&only](qint64 id) { return only.isEmpty() || only.contains(id); };
    for (qint64 child : graph.children(region)) {
        if (!shown(child))
            continue;
        text += QString::number(child) + QLatin1Char(':') + graph.node(child)->name + QLatin1Char('[');
        for (qint64 s : graph.children(child)) {
            if (shown(s))
                text += QString::number(s) + QLatin1Char(':') + graph.node(s)->name + QLatin1Char(',');
        }
        text += QLatin1Char(']');
    }
    return text;
}

} // namespace

QSizeF MapLayout::serviceSize(const QString &name)
{
    // Sized for the map's label font (about 7 points per character at 8.5 pt and 96 dpi), with
    // room for the status icon.
    return QSizeF(std::clamp(40.0 + 7.0 * name.size(), 70.0, 300.0), 24.0);
}

MapLayoutResult MapLayout::run(const MapGraph &graph, const QSet<qint64> &only, Cache *cache)
{
    MapLayoutResult result;
    QElapsedTimer timer;
    timer.start();
    const auto shown = [&only](qint64 id) { return only.isEmpty() || only.contains(id); };

    QMutexLocker lock(&graphvizMutex());
    GVC_t *gvc = gvContext();

    // The inside of each top-level region, from the cache when it did not change.
    QHash<qint64, Cache::Entry> insides;
    QVector<qint64> top;
    for (qint64 id : graph.children(0)) {
        if (!shown(id))
            continue;
        top.append(id);
        if (graph.node(id)->kind == ItemKind::Service || graph.node(id)->kind == ItemKind::Organisation)
            continue;
        const QString signature = signatureOf(graph, id, only);
        bool cached = false;
        if (cache) {
            QMutexLocker cacheLock(&cache->mutex);
            const auto it = cache->regions.constFind(id);
            if (it != cache->regions.constEnd() && it->signature == signature) {
                insides.insert(id, *it);
                cached = true;
            }
        }
        if (!cached) {
            Cache::Entry entry = layoutRegion(gvc, graph, id, only);
            entry.signature = signature;
            ++result.regionsLaidOut;
            if (cache) {
                QMutexLocker cacheLock(&cache->mutex);
                cache->regions.insert(id, entry);
            }
            insides.insert(id, entry);
        }
    }

    // The top level: regions sized by their insides, top-level services, and the links
    // between them (one edge per pair and kind).
    Agraph_t *g = agopen(const_cast<char *>("map"), Agdirected, nullptr);
    setDefaults(g);
    agattr(g, AGRAPH, const_cast<char *>("pack"), const_cast<char *>("24"));
    // Groups of linked regions, ranked left to right (what fronts them to their
    // right), packed in a grid of about as many columns as rows.
    agattr(g, AGRAPH, const_cast<char *>("rankdir"), const_cast<char *>("LR"));
    const QByteArray packmode =
        QByteArrayLiteral("array_u") +
        QByteArray::number(std::max(1, static_cast<int>(std::ceil(std::sqrt(top.size() / 2.0)))));
    agattr(g, AGRAPH, const_cast<char *>("packmode"), const_cast<char *>(packmode.constData()));
    agattr(g, AGRAPH, const_cast<char *>("nodesep"), const_cast<char *>("0.5"));
    agattr(g, AGRAPH, const_cast<char *>("ranksep"), const_cast<char *>("0.8"));
    QHash<qint64, Agnode_t *> nodes;
    QHash<qint64, QSizeF> regionSizes;
    for (qint64 id : std::as_const(top)) {
        const MapNode *node = graph.node(id);
        QSizeF size;
        if (node->kind == ItemKind::Service || node->kind == ItemKind::Organisation) {
            size = serviceSize(node->name) + QSizeF(node->kind == ItemKind::Organisation ? 20 : 0, 0);
        } else {
            const QSizeF inside = insides.value(id).size;
            size = QSizeF(
                std::max({inside.width() + 2 * RegionPadding, MinRegionWidth, serviceSize(node->name).width() + 20}),
                inside.height() + RegionLabelHeight + 2 * RegionPadding);
            regionSizes.insert(id, size);
        }
        nodes.insert(id, addBox(g, id, size));
    }
    QSet<QPair<qint64, qint64>> joined;
    for (const MapEdge &edge : graph.edges()) {
        if (!shown(edge.from) || !shown(edge.to))
            continue;
        const qint64 from = graph.topLevelOf(edge.from), to = graph.topLevelOf(edge.to);
        if (from == to || !nodes.contains(from) || !nodes.contains(to) || joined.contains({from, to}))
            continue;
        joined.insert({from, to});
        agedge(g, nodes.value(from), nodes.value(to), nullptr, 1);
    }
    if (!top.isEmpty() && gvLayout(gvc, g, "dot") != 0) {
        result.error = QStringLiteral("Graphviz could not lay out the map.");
        agclose(g);
        gvFreeContext(gvc);
        return result;
    }
    if (!top.isEmpty()) {
        const boxf bb = GD_bb(g);
        const double topY = bb.UR.y, left = bb.LL.x;
        for (qint64 id : std::as_const(top)) {
            const QRectF box = flipped(boxOf(nodes.value(id)), topY, left);
            result.boxes.insert(id, box);
            const auto inside = insides.constFind(id);
            if (inside == insides.constEnd())
                continue;
            // The inside sits below the region's name, centred.
            const QPointF origin(box.left() + (box.width() - inside->size.width()) / 2,
                                 box.top() + RegionLabelHeight + RegionPadding);
            for (auto it = inside->boxes.cbegin(); it != inside->boxes.cend(); ++it)
                result.boxes.insert(it.key(), it.value().translated(origin));
        }
        result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    result.milliseconds = timer.nsecsElapsed() / 1e6;
    return result;
}

} // namespace steward
