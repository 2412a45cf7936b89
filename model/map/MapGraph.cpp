#include "MapGraph.h"

#include "Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>

namespace steward {

namespace {
std::atomic<int> g_wholeReads{0};
} // namespace

int MapGraph::wholeReads()
{
    return g_wholeReads.load();
}

bool MapGraph::load(Store &store, QString *error)
{
    ++g_wholeReads;
    *this = MapGraph();

    if (!m_impact.load(store, error))
        return false;
    const QVector<TreeRow> &rows = m_impact.rows();
    const auto unnamedHosts = store.unnamedHosts(error);
    if (!unnamedHosts)
        return false;
    const QSet<qint64> &unnamed = *unnamedHosts;
    QHash<qint64, const TreeRow *> byId;
    byId.reserve(rows.size());
    qint64 organisation = 0;
    for (const TreeRow &row : std::as_const(rows)) {
        byId.insert(row.id, &row);
        if (row.kind == ItemKind::Organisation)
            organisation = row.id;
    }

    // Which items have someone of their own to contact today (an active assignment
    // within its cover that is not only an escalation), to flag services that fall
    // through to escalation.
    const auto ownContacts = store.itemsWithOwnContacts(store.today(), error);
    if (!ownContacts)
        return false;
    const QSet<qint64> &covered = *ownContacts;

    m_nodes.reserve(rows.size());
    for (const TreeRow &row : std::as_const(rows)) {
        if (unnamed.contains(row.id))
            continue;
        MapNode node;
        node.id = row.id;
        node.kind = row.kind;
        node.name = row.name;
        node.status = row.status;
        // The nearest drawn ancestor: an unnamed host is skipped, the organisation is the top.
        qint64 up = row.parentId;
        while (up && unnamed.contains(up))
            up = byId.contains(up) ? byId.value(up)->parentId : 0;
        node.container = up == organisation || row.kind == ItemKind::Organisation ? 0 : up;
        if (row.kind == ItemKind::Service) {
            bool hasSomeone = false;
            for (qint64 at = row.id; at && at != organisation && !hasSomeone;
                 at = byId.contains(at) ? byId.value(at)->parentId : 0)
                hasSomeone = covered.contains(at);
            node.nobodyToContact = !hasSomeone;
        }
        m_nodes.append(node);
    }
    indexNodes();

    const auto types = store.linkTypes(error);
    if (!types)
        return false;
    const auto links = store.allLinks(error);
    if (!links)
        return false;
    const auto drawnOf = [&](qint64 id) {
        // A link to or from something not drawn (the organisation, an unnamed host) is
        // drawn from what holds it.
        while (id && !m_index.contains(id) && byId.contains(id) && id != organisation)
            id = byId.value(id)->parentId;
        return id;
    };
    QSet<QString> used;
    for (const Link &link : *links) {
        if (addEdge(drawnOf(link.fromItem), drawnOf(link.toItem), link.type))
            used.insert(link.type);
    }
    bool placed = false;
    for (const Placement &placement : m_impact.placements()) {
        // A further host drawn as the region the service is already in says nothing more.
        const qint64 host = drawnOf(placement.hostId);
        bool around = false;
        for (const MapNode *n = node(placement.serviceId); n && !around; n = node(n->container))
            around = n->container == host;
        if (!around)
            placed = addEdge(placement.serviceId, host, placementType()) || placed;
    }
    setTypes(*types, used, placed);
    return true;
}

void MapGraph::indexNodes()
{
    m_index.clear();
    m_children.clear();
    m_index.reserve(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes.at(i).id, i);
    for (const MapNode &node : std::as_const(m_nodes))
        m_children[node.container].append(node.id);
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](qint64 a, qint64 b) {
            const MapNode &na = m_nodes.at(m_index.value(a)), &nb = m_nodes.at(m_index.value(b));
            // What was left out comes last in its region.
            if (isLeftOutBox(a) != isLeftOutBox(b))
                return isLeftOutBox(b);
            if (na.kind != nb.kind)
                return na.kind < nb.kind;
            const int byName = na.name.compare(nb.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a < b;
        });
    }
}

bool MapGraph::addEdge(qint64 from, qint64 to, const QString &type)
{
    if (!m_index.contains(from) || !m_index.contains(to) || from == to)
        return false;
    MapEdge edge{from, to, LinkKind::FrontedBy, type};
    keys::linkKindFromKey(type, &edge.kind);
    m_edgesOf[from].append(static_cast<int>(m_edges.size()));
    m_edgesOf[to].append(static_cast<int>(m_edges.size()));
    m_edges.append(edge);
    return true;
}

void MapGraph::setTypes(const QVector<LinkType> &types, const QSet<QString> &used, bool placed)
{
    m_types.clear();
    for (const LinkType &type : types) {
        if (type.builtin || used.contains(type.key))
            m_types.append(type);
    }
    if (placed) {
        m_types.append({placementType(), QCoreApplication::translate("steward::MapGraph", "also runs on"), true, true});
    }
}

bool MapEdge::isPlacement() const
{
    return type == MapGraph::placementType();
}

QString MapGraph::typeLabel(const QString &type) const
{
    for (const LinkType &t : m_types) {
        if (t.key == type)
            return t.label;
    }
    return m_impact.linkTypeLabel(type);
}

const MapNode *MapGraph::node(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes.at(*it);
}

qint64 MapGraph::topLevelOf(qint64 id) const
{
    const MapNode *n = node(id);
    while (n && n->container)
        n = node(n->container);
    return n ? n->id : 0;
}

void MapGraph::addWithContents(qint64 id, QSet<qint64> *set) const
{
    QVector<qint64> stack{id};
    while (!stack.isEmpty()) {
        const qint64 at = stack.takeLast();
        set->insert(at);
        for (qint64 child : m_children.value(at))
            stack.append(child);
    }
}

QSet<qint64> MapGraph::neighbourhood(qint64 id, int steps) const
{
    QSet<qint64> result;
    if (!contains(id))
        return result;
    const auto withContainers = [this, &result](qint64 at) {
        result.insert(at);
        for (const MapNode *n = node(at); n && n->container; n = node(n->container))
            result.insert(n->container);
    };
    QSet<qint64> frontier{id};
    for (int step = 0; step <= steps && !frontier.isEmpty(); ++step) {
        // The items, what holds them, and what they hold (a host's services, a provider's
        // hosts); then everything linked to any of those, in either direction. In two
        // passes, so that the answer does not depend on the order of a set.
        QSet<qint64> inside;
        for (qint64 at : std::as_const(frontier)) {
            addWithContents(at, &inside);
            withContainers(at);
        }
        result.unite(inside);
        QSet<qint64> next;
        for (qint64 member : std::as_const(inside)) {
            for (int e : m_edgesOf.value(member)) {
                const MapEdge &edge = m_edges.at(e);
                const qint64 other = edge.from == member ? edge.to : edge.from;
                if (!result.contains(other))
                    next.insert(other);
            }
        }
        // What is linked is shown, with what holds it; the next step opens it up.
        for (qint64 other : std::as_const(next))
            withContainers(other);
        frontier = next;
    }
    return result;
}

QSet<qint64> MapGraph::impact(qint64 id) const
{
    QSet<qint64> result;
    if (!contains(id))
        return result;
    result.insert(id);
    const ImpactResult affected = m_impact.of({id});
    for (const ImpactedItem &item : affected.affected) {
        if (contains(item.id))
            result.insert(item.id);
    }
    return result;
}

QVector<qint64> MapGraph::affectedServices(qint64 id) const
{
    QVector<qint64> services;
    for (qint64 at : impact(id)) {
        if (const MapNode *n = node(at); n && n->kind == ItemKind::Service)
            services.append(at);
    }
    std::sort(services.begin(), services.end(),
              [this](qint64 a, qint64 b) { return node(a)->name.compare(node(b)->name, Qt::CaseInsensitive) < 0; });
    return services;
}

} // namespace steward
