#pragma once

#include "MapGraph.h"

#include <QHash>
#include <QMutex>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QVector>

namespace steward {

/// One link as drawn: an orthogonal path from the border of its source to the border of its target.
struct MapRoute
{
    int edge = -1;           ///< its index in MapGraph::edges()
    QVector<QPointF> points; ///< scene units, from the source's border to the target's
    bool routed = true;      ///< false: no free way was found and it is drawn straight
};

/// Where everything is on the map, in scene units (points), y growing downwards.
struct MapLayoutResult
{
    QHash<qint64, QRectF> boxes;  ///< every item shown: regions and services
    QHash<qint64, QRectF> labels; ///< the strip at the top of each region where its name is drawn
    QVector<MapRoute> routes;     ///< every link whose two ends are shown
    QRectF bounds;
    QString error;
    double milliseconds = 0;
    int regionsLaidOut = 0; ///< regions whose inside was laid out afresh (not from the cache)
};

/**
 * Lays out a MapGraph for a window of a given shape, and routes its links.
 *
 * The nesting does most of the work: every container (a host, a provider, the top of the
 * map) holds its contents in rows that wrap, with a gap between rows and between the
 * boxes of a row. The rows of the top of the map wrap at the width that lets the whole
 * map be drawn largest in a window of the shape asked for; inside a region, at a width
 * that keeps the region about that shape too.
 *
 * The gaps are the links' channels: nothing is ever drawn in them, so a link that keeps
 * to them crosses no box and no name. Each link is the shortest way (with a cost for
 * every bend) from a side of its source, along the channels of its own containers and
 * the top of the map, to a side of its target; it enters a region only through one that
 * holds one of its ends, below the region's name. Links sharing a channel are drawn side
 * by side in lanes, except those of one type into one target, which share a lane and so
 * join into one trunk before it.
 *
 * A region whose contents did not change keeps its inside from the cache, so a small
 * edit does not rearrange the map. run() may be called from a worker thread; the cache
 * may be shared between runs.
 */
class MapLayout final
{
public:
    struct Cache
    {
        struct Entry
        {
            QString signature;
            QHash<qint64, QRectF> boxes; ///< the region's contents, relative to its top-left corner
            QSizeF size;
        };
        QMutex mutex;
        QHash<qint64, Entry> regions;
    };

    /// The shape the map is laid out for when no window says (an export, the command line).
    static constexpr double DefaultAspect = 1.6;

    /// Lays out the items in @p only (all items when empty), for a window @p aspect times as wide as high.
    static MapLayoutResult run(const MapGraph &graph, const QSet<qint64> &only = {}, Cache *cache = nullptr,
                               double aspect = DefaultAspect);

    /// The size of a service's box for its name.
    static QSizeF serviceSize(const QString &name);
    /// Room above a region's contents for its name.
    static constexpr double RegionLabelHeight = 22;
    static constexpr double HostLabelHeight = 18;
    /// The margin inside a region around its contents: a channel for links all round.
    static constexpr double RegionPadding = 12;
    /// The gaps between boxes: links run in them.
    static constexpr double ServiceGap = 14;
    static constexpr double RegionGap = 18;
    static constexpr double TopGap = 26;
};

} // namespace steward
