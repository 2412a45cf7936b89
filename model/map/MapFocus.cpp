// MapGraph::loadFocus(): the neighbourhood of one item read from the database, for a
// focus view of an inventory too large to read whole.

#include "MapGraph.h"

#include "MapQueries.h"
#include "Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace steward {

namespace {

QVector<qint64> sortedIds(const QSet<qint64> &ids)
{
    QVector<qint64> list(ids.begin(), ids.end());
    std::sort(list.begin(), list.end());
    return list;
}

/// What the neighbourhood reads: the items met so far (with every item above them), and
/// the rules of the whole graph (MapGraph::load()) for what is drawn where.
class Around final
{
public:
    explicit Around(Database &db)
        : m_queries(db)
    {}

    MapQueries &queries() { return m_queries; }
    qint64 organisation() const { return m_organisation; }
    const MapQueries::Row *row(qint64 id) const
    {
        const auto it = m_rows.constFind(id);
        return it == m_rows.constEnd() ? nullptr : &*it;
    }
    void remember(const MapQueries::Row &row)
    {
        if (row.kind == ItemKind::Organisation)
            m_organisation = row.id;
        m_rows.insert(row.id, row);
    }

    /// Reads the items of @p ids not read yet, and every item above them.
    bool need(const QVector<qint64> &ids, QString *error)
    {
        QVector<qint64> missing;
        QSet<qint64> asked;
        for (qint64 id : ids) {
            if (id > 0 && !m_rows.contains(id) && !asked.contains(id)) {
                asked.insert(id);
                missing.append(id);
            }
        }
        while (!missing.isEmpty()) {
            const auto read = m_queries.rows(missing, error);
            if (!read)
                return false;
            missing.clear();
            for (const MapQueries::Row &row : *read)
                remember(row);
            for (const MapQueries::Row &row : *read) {
                if (row.parentId > 0 && !m_rows.contains(row.parentId) && !asked.contains(row.parentId)) {
                    asked.insert(row.parentId);
                    missing.append(row.parentId);
                }
            }
        }
        return true;
    }

    bool isDrawn(qint64 id) const
    {
        const MapQueries::Row *r = row(id);
        return r && !r->unnamedHost;
    }
    /// What an item's links are drawn from: itself, or what holds an unnamed host.
    qint64 drawnOf(qint64 id) const
    {
        while (id && id != m_organisation) {
            const MapQueries::Row *r = row(id);
            if (!r)
                return 0;
            if (!r->unnamedHost)
                return id;
            id = r->parentId;
        }
        return id;
    }
    /// The region a drawn item is drawn in (0: the top), as MapGraph::load() places it.
    qint64 container(qint64 id) const
    {
        const MapQueries::Row *r = row(id);
        if (!r || r->kind == ItemKind::Organisation)
            return 0;
        qint64 up = r->parentId;
        while (up) {
            const MapQueries::Row *above = row(up);
            if (!above || !above->unnamedHost)
                break;
            up = above->parentId;
        }
        return up == m_organisation ? 0 : up;
    }
    /// True if @p host is a region @p service is drawn in (a further host that says nothing more).
    bool drawnIn(qint64 service, qint64 host) const
    {
        for (qint64 at = container(service); at; at = container(at)) {
            if (at == host)
                return true;
        }
        return false;
    }

private:
    MapQueries m_queries;
    QHash<qint64, MapQueries::Row> m_rows;
    qint64 m_organisation = 0;
};

} // namespace

bool MapGraph::loadFocus(Store &store, qint64 id, int steps, QString *error, const FocusLimits &limits, bool withImpact)
{
    *this = MapGraph();
    m_partial = true;
    Around around(store.database());
    MapQueries &queries = around.queries();
    if (!around.need({id}, error))
        return false;
    if (!around.isDrawn(id))
        return true;

    QSet<qint64> result;
    const auto withContainers = [&](qint64 at) {
        result.insert(at);
        for (qint64 up = around.container(at); up; up = around.container(up))
            result.insert(up);
    };
    // What was left out: items in a region (by region), links of an item (by item).
    QHash<qint64, qint64> moreIn, moreLinked;

    QSet<qint64> frontier{id};
    for (int step = 0; step <= steps && !frontier.isEmpty(); ++step) {
        // The items, what holds them, and what they hold; their links are followed
        // from them and from the unnamed hosts in them (drawn as what holds those).
        QVector<qint64> members;
        for (qint64 at : sortedIds(frontier)) {
            withContainers(at);
            members.append(at);
            if (result.size() >= limits.items) {
                m_complete = false;
                continue;
            }
            const MapQueries::Row *r = around.row(at);
            // The organisation holds nothing on the map (what is in it is at the top); a
            // service holds nothing at all.
            if (!r || r->kind == ItemKind::Organisation || r->kind == ItemKind::Service)
                continue;
            QVector<qint64> stack{at};
            while (!stack.isEmpty()) {
                const qint64 parent = stack.takeLast();
                const auto children = queries.children(parent, limits.children, error);
                if (!children)
                    return false;
                qint64 more = children->more;
                for (const MapQueries::Row &child : children->rows) {
                    if (result.size() >= limits.items) {
                        // The budget is spent: the rest of this region is counted, not drawn.
                        ++more;
                        m_complete = false;
                        continue;
                    }
                    around.remember(child);
                    members.append(child.id);
                    if (!child.unnamedHost)
                        result.insert(child.id);
                    if (child.kind != ItemKind::Service)
                        stack.append(child.id);
                }
                if (more > 0)
                    moreIn[around.drawnOf(parent)] += more;
            }
        }
        if (result.size() >= limits.items) {
            // Nothing more will be drawn: what else is linked is not looked for.
            m_complete = false;
            break;
        }

        // Everything linked to any of them, in either direction, and the further hosts.
        struct Reach
        {
            qint64 member = 0;
            qint64 other = 0;
            qint64 service = 0; ///< for a further host: the service (the other end is its host)
        };
        QVector<Reach> reached;
        QVector<qint64> others;
        for (qint64 member : std::as_const(members)) {
            const MapQueries::Row *r = around.row(member);
            const auto from = queries.linksFrom(member, limits.linked, error);
            const auto to = from ? queries.linksTo(member, limits.linked, error) : std::nullopt;
            if (!from || !to)
                return false;
            qint64 more = from->more + to->more;
            for (const Link &link : from->rows)
                reached.append({member, link.toItem, 0});
            for (const Link &link : to->rows)
                reached.append({member, link.fromItem, 0});
            if (r && r->kind == ItemKind::Service) {
                const auto hosts = queries.hostsOf(member, error);
                if (!hosts)
                    return false;
                for (const Placement &p : *hosts)
                    reached.append({member, p.hostId, member});
            } else if (r && r->kind == ItemKind::Host) {
                const auto services = queries.servicesOn(member, limits.linked, error);
                if (!services)
                    return false;
                more += services->more;
                for (const Placement &p : services->rows)
                    reached.append({member, p.serviceId, p.serviceId});
            }
            if (more > 0)
                moreLinked[around.drawnOf(member)] += more;
        }
        for (const Reach &reach : std::as_const(reached))
            others.append(reach.other);
        if (!around.need(others, error))
            return false;
        QSet<qint64> next;
        for (const Reach &reach : std::as_const(reached)) {
            const qint64 from = around.drawnOf(reach.member), other = around.drawnOf(reach.other);
            if (!around.isDrawn(from) || !around.isDrawn(other) || from == other)
                continue;
            if (reach.service) {
                // A further host drawn as the region the service is already in is no edge.
                const qint64 host = reach.service == reach.member ? other : from;
                if (around.drawnIn(reach.service, host))
                    continue;
            }
            if (!result.contains(other))
                next.insert(other);
        }
        // What is linked is drawn, with what holds it, while the budget lasts; the next
        // step opens it up.
        QSet<qint64> shown;
        for (qint64 other : sortedIds(next)) {
            if (result.size() >= limits.items) {
                ++m_leftOut;
                m_complete = false;
                continue;
            }
            withContainers(other);
            shown.insert(other);
        }
        frontier = shown;
    }

    // The nodes, with who has nobody to contact but the escalation contacts.
    QVector<qint64> chain;
    for (qint64 at : std::as_const(result)) {
        for (qint64 up = at; up && up != around.organisation(); up = around.row(up) ? around.row(up)->parentId : 0)
            chain.append(up);
    }
    std::sort(chain.begin(), chain.end());
    chain.erase(std::unique(chain.begin(), chain.end()), chain.end());
    const auto covered = queries.withOwnContacts(chain, store.today(), error);
    if (!covered)
        return false;
    for (qint64 at : sortedIds(result)) {
        const MapQueries::Row *r = around.row(at);
        if (!r)
            continue;
        MapNode node;
        node.id = at;
        node.kind = r->kind;
        node.name = r->name;
        node.status = r->status;
        node.container = around.container(at);
        if (r->kind == ItemKind::Service) {
            bool hasSomeone = false;
            for (qint64 up = at; up && up != around.organisation() && !hasSomeone;
                 up = around.row(up) ? around.row(up)->parentId : 0)
                hasSomeone = covered->contains(up);
            node.nobodyToContact = !hasSomeone;
        }
        m_nodes.append(node);
    }
    // What was left out, as a box in the region it was left out of, or beside the item
    // whose links were; counted in leftOut().
    qint64 box = 0;
    const auto addMore = [&](qint64 container, qint64 count, const QString &name) {
        MapNode node;
        node.id = --box;
        node.container = container;
        node.kind = ItemKind::Service;
        node.name = name;
        m_nodes.append(node);
        m_leftOut += count;
    };
    for (qint64 region : sortedIds(QSet<qint64>(moreIn.keyBegin(), moreIn.keyEnd()))) {
        if (result.contains(region))
            addMore(region, moreIn.value(region),
                    QCoreApplication::translate("steward::MapGraph", "… and %Ln more", nullptr,
                                                static_cast<int>(std::min<qint64>(moreIn.value(region), INT_MAX))));
    }
    for (qint64 item : sortedIds(QSet<qint64>(moreLinked.keyBegin(), moreLinked.keyEnd()))) {
        if (result.contains(item))
            addMore(around.container(item), moreLinked.value(item),
                    QCoreApplication::translate("steward::MapGraph", "… and %Ln more linked to %1", nullptr,
                                                static_cast<int>(std::min<qint64>(moreLinked.value(item), INT_MAX)))
                        .arg(around.row(item)->name));
    }
    indexNodes();

    // The links among what is shown: from each item drawn and each unnamed host in a
    // region drawn (the links of its own go from the region).
    const auto unnamed = queries.unnamedHosts(error);
    if (!unnamed)
        return false;
    QVector<qint64> sources;
    for (qint64 at : sortedIds(result)) {
        sources.append(at);
        const MapQueries::Row *r = around.row(at);
        if (r && (r->kind == ItemKind::Provider || r->kind == ItemKind::Host))
            sources.append(unnamed->values(at));
    }
    if (!around.need(sources, error))
        return false;
    const auto types = store.linkTypes(error);
    if (!types)
        return false;
    // Each item's own links from it: as many as it has (a hub's are links to it).
    constexpr int AllLinks = 100000;
    QVector<Link> links;
    QVector<Placement> placements;
    for (qint64 source : std::as_const(sources)) {
        const auto from = queries.linksFrom(source, AllLinks, error);
        if (!from)
            return false;
        links.append(from->rows);
        const MapQueries::Row *r = around.row(source);
        if (r && r->kind == ItemKind::Service) {
            const auto hosts = queries.hostsOf(source, error);
            if (!hosts)
                return false;
            placements.append(*hosts);
        }
    }
    QVector<qint64> ends;
    for (const Link &link : std::as_const(links))
        ends.append(link.toItem);
    for (const Placement &p : std::as_const(placements))
        ends.append(p.hostId);
    if (!around.need(ends, error))
        return false;
    // In the order the whole graph draws them (Store::allLinks()), near enough.
    std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
        if (a.fromItem != b.fromItem)
            return a.fromItem < b.fromItem;
        return a.type != b.type ? a.type < b.type : a.id < b.id;
    });
    QSet<QString> used;
    for (const Link &link : std::as_const(links)) {
        if (addEdge(around.drawnOf(link.fromItem), around.drawnOf(link.toItem), link.type))
            used.insert(link.type);
    }
    std::sort(placements.begin(), placements.end(), [](const Placement &a, const Placement &b) {
        if (a.serviceId != b.serviceId)
            return a.serviceId < b.serviceId;
        return a.position != b.position ? a.position < b.position : a.hostId < b.hostId;
    });
    bool placed = false;
    for (const Placement &p : std::as_const(placements)) {
        const qint64 host = around.drawnOf(p.hostId);
        if (!around.drawnIn(p.serviceId, host))
            placed = addEdge(p.serviceId, host, placementType()) || placed;
    }
    setTypes(*types, used, placed);
    if (withImpact && !m_impact.loadAround(store, {id}, error))
        return false;
    return true;
}

} // namespace steward
