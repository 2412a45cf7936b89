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
    const MapNode &node() const { return m_node; }
    void setHighlight(int highlight); ///< 0 none, 1 highlighted, -1 dimmed
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

/**
 * The map as a QGraphicsScene: regions holding their contents as child items, so a
 * service's parent item is its host or provider; the links drawn as one batched path
 * per kind (a few large items, not thousands, in the scene's index).
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
    /// The links drawn, with their kinds.
    const QVector<MapEdge> &drawnEdges() const { return m_edges; }
    /// One of the paths drawing links of @p kind (there is one per kind and starting region).
    QGraphicsPathItem *edgePath(LinkKind kind) const { return m_paths.value(static_cast<int>(kind)); }

    qint64 selectedId() const;
    /// Selects @p id (0: nothing) without telling anyone (selectionChangedByUser is not emitted).
    void selectId(qint64 id);
    /// Highlights @p ids and dims the rest; an empty set clears it.
    void setHighlighted(const QSet<qint64> &ids);

    /// Says what to show when the pointer rests on an item (its owners).
    /// What each status of the inventory's own means, for its colour.
    void setStatusCategories(const QHash<QString, StatusCategory> &categories) { m_categories = categories; }
    StatusCategory statusCategory(const QString &status) const
    {
        return m_categories.value(status, keys::builtinStatusCategory(status));
    }
    void setToolTipProvider(std::function<QString(qint64)> provider) { m_toolTips = std::move(provider); }
    QString toolTipFor(qint64 id) const { return m_toolTips ? m_toolTips(id) : QString(); }

    static QPen penFor(LinkKind kind);

Q_SIGNALS:
    void itemActivated(qint64 id);
    /// The selection changed by a click on the map (not by selectId()).
    void selectionChangedByUser(qint64 id);

private:
    friend class MapItem;
    QHash<qint64, MapItem *> m_items;
    QHash<QString, StatusCategory> m_categories;
    QVector<MapEdge> m_edges;
    QHash<int, QGraphicsPathItem *> m_paths;
    std::function<QString(qint64)> m_toolTips;
    bool m_selecting = false;
};

} // namespace steward
