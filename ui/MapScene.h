#pragma once

#include "MapGraph.h"
#include "MapLayout.h"
#include "StatusStyle.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>

#include <functional>

class QGraphicsPathItem;

namespace steward {

/**
 * One box on the map: a provider or host region (holding its contents as child
 * items) or a service. Draws less when zoomed far out: labels and icons drop out.
 */
class MapItem final : public QGraphicsItem
{
public:
    MapItem(const MapNode &node, const QSizeF &size, QGraphicsItem *parent = nullptr);

    enum
    {
        Type = UserType + 1
    };
    int type() const override { return Type; }
    qint64 id() const { return m_node.id; }
    QSizeF size() const { return m_size; }
    const MapNode &node() const { return m_node; }
    void setHighlight(int highlight); ///< 0 none, 1 highlighted, -1 dimmed
    int highlight() const { return m_highlight; }
    /// The size of the name of a box of @p kind, in points (MapView::SmallestLabelPoints at the least).
    static double labelPointSize(ItemKind kind);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// How @p status looks: built-in ones as always, others as their @p category says.
    static StatusStyle styleFor(const QString &status, StatusCategory category);
    static StatusStyle styleFor(const QString &status) { return styleFor(status, keys::builtinStatusCategory(status)); }
    static void paintIcon(QPainter *painter, const QRectF &rect, StatusStyle::Icon icon, const QColor &colour);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    MapNode m_node;
    QSizeF m_size;
    int m_highlight = 0;
    bool m_toolTipSet = false;
    QFont m_font;
    QString m_elided;
};

class MapEdgeLayer;

/**
 * The map as a QGraphicsScene: regions holding their contents as child items, so a
 * service's parent item is its host or provider; the links drawn by one item above them
 * all that paints only the routes in view (not thousands of items in the scene's index).
 */
class MapScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapScene)
public:
    explicit MapScene(QObject *parent = nullptr);

    /// Replaces everything with @p graph laid out as @p layout (items missing from it are not drawn).
    void build(const MapGraph &graph, const MapLayoutResult &layout);
    MapItem *itemFor(qint64 id) const { return m_items.value(id); }
    QList<qint64> shownIds() const { return m_items.keys(); }
    /// The id of the region an item is drawn in (0 at the top).
    qint64 drawnContainer(qint64 id) const;
    /// The links drawn, with their types, in the order of drawnRoutes().
    const QVector<MapEdge> &drawnEdges() const { return m_edges; }
    /// How each of drawnEdges() is drawn, in scene coordinates.
    const QVector<QPolygonF> &drawnRoutes() const { return m_routes; }
    /// Where each region's name is drawn, in scene coordinates.
    const QHash<qint64, QRectF> &labelStrips() const { return m_labels; }
    /// The pen of the links of @p type (a link type's key, or MapGraph::placementType()).
    QPen edgePen(const QString &type) const { return m_pens.value(type, penFor(LinkKind::DependsOn)); }
    /// The indexes into drawnEdges() of the links passing within @p tolerance of @p at.
    QVector<int> edgesAt(const QPointF &at, double tolerance) const;
    /// What the pointer resting on links shows: each link's source, type and target.
    QString edgeToolTip(const QVector<int> &edges) const;

    /// The box next to @p id in the direction (@p dx, @p dy): among the boxes beside it
    /// in its region if any lies that way, otherwise the nearest that way anywhere; down
    /// from a region, its first box. 0 if there is none.
    qint64 neighbour(qint64 id, int dx, int dy) const;
    /// The box whose centre is nearest @p at (0 on an empty map).
    qint64 nearestTo(const QPointF &at) const;

    qint64 selectedId() const;
    /// Selects @p id (0: nothing) without telling anyone (selectionChangedByUser is not emitted).
    void selectId(qint64 id);
    /// Highlights @p ids and the links between them that carry failure, and dims the rest; an empty set clears it.
    void setHighlighted(const QSet<qint64> &ids);
    /// The indexes into drawnEdges() drawn highlighted.
    QVector<int> highlightedEdges() const;

    /// What each status of the inventory's own means, for its colour.
    void setStatusCategories(const QHash<QString, StatusCategory> &categories) { m_categories = categories; }
    StatusCategory statusCategory(const QString &status) const
    {
        return m_categories.value(status, keys::builtinStatusCategory(status));
    }
    /// Says what to show when the pointer rests on an item (its owners).
    void setToolTipProvider(std::function<QString(qint64)> provider) { m_toolTips = std::move(provider); }
    QString toolTipFor(qint64 id) const { return m_toolTips ? m_toolTips(id) : QString(); }

    static QPen penFor(LinkKind kind);
    /// The pen of a type in @p types (MapGraph::edgeTypes()): built-in ones as penFor(), the
    /// user's own each in a colour and dash of its own, further hosts grey.
    static QPen penForType(const QString &type, const QVector<LinkType> &types);

Q_SIGNALS:
    /// build() drew everything again (the items of before are gone).
    void built();
    void itemActivated(qint64 id);
    /// The selection changed by a click on the map (not by selectId()).
    void selectionChangedByUser(qint64 id);

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    friend class MapItem;
    friend class MapEdgeLayer;
    QHash<qint64, MapItem *> m_items;
    QHash<QString, StatusCategory> m_categories;
    QVector<MapEdge> m_edges;
    QVector<QPolygonF> m_routes;
    QVector<QRectF> m_routeBounds;
    QVector<bool> m_carriesFailure;
    QHash<qint64, QRectF> m_labels;
    QHash<QString, QPen> m_pens;
    QHash<QString, QString> m_typeLabels;
    QVector<int> m_highlightedEdges;
    MapEdgeLayer *m_edgeLayer = nullptr;
    std::function<QString(qint64)> m_toolTips;
    bool m_selecting = false;
};

} // namespace steward
