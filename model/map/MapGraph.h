#pragma once

#include "Impact.h"
#include "Records.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace steward {

class Store;

/// One box on the map: a provider or host (a region holding others) or a service.
struct MapNode
{
    qint64 id = 0;
    qint64 container = 0; ///< the region it is drawn in: its provider or named host; 0 at the top
    ItemKind kind = ItemKind::Service;
    QString name;
    QString status;
    bool nobodyToContact = false; ///< a service with nobody to contact but the escalation contacts
};

/// A line between two boxes: a link of any type, or a further host a service runs on.
struct MapEdge
{
    qint64 from = 0;
    qint64 to = 0;
    LinkKind kind = LinkKind::FrontedBy; ///< for a built-in type; meaningless otherwise
    QString type;                        ///< the link type's key, or MapGraph::placementType()
    bool isPlacement() const;
};

/// How much a focus view read from the database takes of what hangs off one item.
struct MapFocusLimits
{
    int children = 200; ///< items directly in one region
    int linked = 100;   ///< links to, and links from, one item (and services on one further host)
    int items = 1500;   ///< items drawn in all: past it, nothing more is added or opened up
};

/**
 * The inventory as the map shows it: providers holding their named hosts, hosts
 * holding their services, a service on an unnamed host directly inside its provider,
 * and the typed links between items. What sits directly under the organisation is at
 * the top of the map, and so is the organisation itself, as a box of its own that
 * carries its links (its DNS and its domain registrar). A service on several hosts is drawn
 * once, in its first host, with an edge to each further host. Plain data, cheap to copy to a worker
 * thread for layout.
 */
class MapGraph final
{
public:
    /// Reads the whole inventory: every item, link and further host.
    bool load(Store &store, QString *error);
    /// How many times load() has run in this process (the map never runs it for a focus
    /// view of a large inventory; tests check so).
    static int wholeReads();

    using FocusLimits = MapFocusLimits;
    /**
     * Reads only the neighbourhood of @p id as neighbourhood(@p id, @p steps) of the
     * whole graph gives it, and what the map needs to draw it (names, kinds, statuses,
     * who has someone to contact, the links among it), by indexed lookups
     * (MapQueries): milliseconds at a million services. What @p limits leave out is
     * drawn as one box per region or item ("… and 99,900 more") and counted in
     * leftOut(). With @p withImpact, impactOf(@p id) answers too (Impact::loadAround()).
     * An item that does not exist or is not drawn (an unnamed host) gives an empty graph.
     */
    bool loadFocus(Store &store, qint64 id, int steps, QString *error, const FocusLimits &limits = FocusLimits(),
                   bool withImpact = false);
    /// True after loadFocus(): only a neighbourhood was read.
    bool isPartial() const { return m_partial; }
    /// After loadFocus(): the items and links that @p limits left out (not drawn).
    qint64 leftOut() const { return m_leftOut; }
    /// After loadFocus(): false if the item budget stopped it from opening up everything it reached.
    bool isComplete() const { return m_complete; }
    /// After loadFocus() with withImpact: impact(@p id) and impactOf(@p id) answer for the focus item.
    bool hasImpact() const { return m_impact.isLoaded(); }
    /// A box that stands for what was left out ("… and 120 more"), not an item.
    static bool isLeftOutBox(qint64 id) { return id < 0; }

    const QVector<MapNode> &nodes() const { return m_nodes; }
    const QVector<MapEdge> &edges() const { return m_edges; }
    /// The type of the edges from a service to the further hosts it runs on (no link type has it).
    static QString placementType() { return QStringLiteral("@runs-on"); }
    /// The types of the edges drawn, in the legend's order: the built-in link types, the
    /// user's own that some link has, then the further hosts if any service has one.
    const QVector<LinkType> &edgeTypes() const { return m_types; }
    /// What the user sees for an edge's type ("served through", "also runs on").
    QString typeLabel(const QString &type) const;
    const MapNode *node(qint64 id) const;
    bool contains(qint64 id) const { return m_index.contains(id); }
    /// The nodes drawn directly inside @p container (0: the top of the map), in name order.
    QVector<qint64> children(qint64 container) const { return m_children.value(container); }
    /// The top-level region or node an item is drawn in (itself at the top).
    qint64 topLevelOf(qint64 id) const;

    /**
     * The neighbourhood of @p id: its provider and host, its services, everything
     * linked to any of them (with their containers), grown @p steps times.
     */
    QSet<qint64> neighbourhood(qint64 id, int steps) const;
    /**
     * What depends on @p id, as Impact answers it: what runs on it (every host a service
     * runs on, a host's provider), what depends on it, is served through it, has its DNS
     * or domains at it (any link that carries failure), transitively; whatever the
     * organisation depends on (its DNS, its registrar) has the whole inventory depending
     * on it. The drawn items among them, and @p id itself.
     */
    QSet<qint64> impact(qint64 id) const;
    /// What depends on @p id, each with the shortest path to it (no contacts: the map asks its resolver).
    ImpactResult impactOf(qint64 id) const { return m_impact.of({id}); }
    /// The services among impact(@p id), in name order.
    QVector<qint64> affectedServices(qint64 id) const;

private:
    void addWithContents(qint64 id, QSet<qint64> *set) const;
    /// Indexes m_nodes and fills m_children (each in kind, then name order).
    void indexNodes();
    /// Adds an edge between two drawn nodes; false if it is not drawn.
    bool addEdge(qint64 from, qint64 to, const QString &type);
    /// The edge types drawn, from the link types and those @p used.
    void setTypes(const QVector<LinkType> &types, const QSet<QString> &used, bool placed);

    bool m_partial = false;
    bool m_complete = true;
    qint64 m_leftOut = 0;

    Impact m_impact;
    QVector<MapNode> m_nodes;
    QVector<MapEdge> m_edges;
    QHash<qint64, int> m_index;
    QHash<qint64, QVector<qint64>> m_children;
    QHash<qint64, QVector<int>> m_edgesOf; ///< edge indexes touching an item
    QVector<LinkType> m_types;
};

} // namespace steward
