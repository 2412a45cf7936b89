#pragma once

#include "MapGraph.h"

#include <QHash>
#include <QMutex>
#include <QRectF>
#include <QSet>

namespace steward {

/// Where everything is on the map, in scene units (points), y growing downwards.
struct MapLayoutResult
{
    QHash<qint64, QRectF> boxes; ///< every item shown: regions and services
    QRectF bounds;
    QString error;
    double milliseconds = 0;
    int regionsLaidOut = 0; ///< regions whose inside was laid out afresh (not from the cache)
};

/**
 * Lays out a MapGraph with Graphviz. The nesting does most of the work: the inside of
 * each top-level region (a provider with its hosts and services) is laid out on its
 * own, level by level, with osage, Graphviz's packing engine for nested boxes (a
 * host's services, then the hosts and the provider's own services); then dot places the regions
 * and the top-level services, with the links between them as edges, packing
 * unconnected groups in an array. A region whose contents did not change keeps its
 * inside from the cache, so a small edit does not rearrange the map.
 *
 * Graphviz keeps global state, so layouts are serialised; run() may be called from a
 * worker thread, and the cache may be shared between runs.
 */
class MapLayout final
{
public:
    struct Cache
    {
        struct Entry
        {
            QString signature;
            QHash<qint64, QRectF> boxes; ///< relative to the region's content origin
            QSizeF size;
        };
        QMutex mutex;
        QHash<qint64, Entry> regions;
    };

    /// Lays out the items in @p only (all items when empty).
    static MapLayoutResult run(const MapGraph &graph, const QSet<qint64> &only = {}, Cache *cache = nullptr);

    /// The size of a service's box for its name.
    static QSizeF serviceSize(const QString &name);
    /// Room above a region's contents for its name.
    static constexpr double RegionLabelHeight = 22;
    static constexpr double HostLabelHeight = 18;
    static constexpr double RegionPadding = 8;
};

} // namespace steward
