#include "Impact.h"

#include "Store.h"

#include <QSet>

#include <algorithm>

namespace steward {

bool Impact::load(Store &store, QString *error)
{
    m_loaded = false;
    QVector<TreeRow> rows;
    QVector<Link> links;
    if (!store.graphScan(&rows, &links, error))
        return false;
    auto placements = store.placements(error);
    if (!placements)
        return false;
    const auto types = store.linkTypes(error);
    if (!types)
        return false;
    m_context.clear();
    build(std::move(rows), links, std::move(*placements), *types);
    return true;
}

bool Impact::loadAround(Store &store, const QVector<qint64> &items, QString *error)
{
    m_loaded = false;
    const auto types = store.linkTypes(error);
    if (!types)
        return false;
    QSet<QString> quiet;
    for (const LinkType &type : *types) {
        if (!type.carriesFailure)
            quiet.insert(type.key);
    }
    // Beyond some thousands, one scan of everything is quicker than lookups level by level.
    constexpr qsizetype Limit = 20000;
    Store::GraphAround graph;
    if (!store.graphAround(items, quiet, Limit, &graph, error))
        return false;
    if (!graph.complete)
        return load(store, error);
    m_context = std::move(graph.context);
    build(std::move(graph.rows), graph.links, std::move(graph.placements), *types);
    return true;
}

void Impact::build(QVector<TreeRow> rows, const QVector<Link> &links, QVector<Placement> placements,
                   const QVector<LinkType> &types)
{
    m_rows = std::move(rows);
    m_placements = std::move(placements);
    m_index.clear();
    m_index.reserve(m_rows.size());
    m_organisation = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_index.insert(m_rows.at(i).id, i);
        if (m_rows.at(i).kind == ItemKind::Organisation)
            m_organisation = i;
    }
    m_relations = {tr("runs on"), tr("hosted by"), tr("in")};
    QHash<QString, int> relationOf;
    QHash<QString, bool> carries;
    m_typeLabels.clear();
    for (const LinkType &type : types) {
        m_typeLabels.insert(type.key, type.label);
        relationOf.insert(type.key, static_cast<int>(m_relations.size()));
        m_relations << type.label;
        carries.insert(type.key, type.carriesFailure);
    }

    QVector<Edge> edges;
    edges.reserve(m_rows.size() + m_placements.size() + links.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const TreeRow &row = m_rows.at(i);
        const auto parent = m_index.constFind(row.parentId);
        if (parent == m_index.constEnd() || row.kind == ItemKind::Organisation)
            continue;
        const ItemKind parentKind = m_rows.at(*parent).kind;
        int relation = RunsOn;
        if (parentKind == ItemKind::Organisation)
            relation = In;
        else if (row.kind != ItemKind::Service)
            relation = HostedBy;
        edges.append({*parent, i, relation});
    }
    for (const Placement &p : std::as_const(m_placements)) {
        const auto host = m_index.constFind(p.hostId), service = m_index.constFind(p.serviceId);
        if (host != m_index.constEnd() && service != m_index.constEnd())
            edges.append({*host, *service, RunsOn});
    }
    m_quietLinks.clear();
    for (const Link &link : std::as_const(links)) {
        const auto from = m_index.constFind(link.fromItem), to = m_index.constFind(link.toItem);
        if (from == m_index.constEnd() || to == m_index.constEnd())
            continue;
        // A type nobody declared (a newer Steward's) carries failure: better a call too many.
        if (!carries.value(link.type, true)) {
            m_quietLinks.append(link);
            continue;
        }
        auto relation = relationOf.constFind(link.type);
        if (relation == relationOf.constEnd()) {
            relation = relationOf.insert(link.type, static_cast<int>(m_relations.size()));
            m_relations << QString(link.type).replace(QLatin1Char('_'), QLatin1Char(' '));
        }
        edges.append({*to, *from, *relation});
    }

    // By the item whose failure spreads (a counting sort, stable): a node's edges are a range.
    const int n = static_cast<int>(m_rows.size());
    m_edgesFrom.fill(0, n + 1);
    for (const Edge &e : std::as_const(edges))
        ++m_edgesFrom[e.on + 1];
    for (int i = 0; i < n; ++i)
        m_edgesFrom[i + 1] += m_edgesFrom[i];
    m_edges.resize(edges.size());
    QVector<int> next(m_edgesFrom.begin(), m_edgesFrom.end() - 1);
    for (const Edge &e : std::as_const(edges))
        m_edges[next[e.on]++] = e;
    m_loaded = true;
}

const TreeRow *Impact::row(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_rows.at(*it);
}

QString Impact::linkTypeLabel(const QString &type) const
{
    return m_typeLabels.value(type, QString(type).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

bool Impact::nameBefore(int a, int b) const
{
    const int byName = m_rows.at(a).name.compare(m_rows.at(b).name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : m_rows.at(a).id < m_rows.at(b).id;
}

QString Impact::pathText(qint64 from, const QVector<ImpactStep> &path) const
{
    const TreeRow *start = row(from);
    QString text = start ? start->name : QString();
    for (const ImpactStep &step : path) {
        const TreeRow *at = row(step.itemId);
        text += QStringLiteral(" → %1 %2").arg(step.relation, at ? at->name : QString());
    }
    return text;
}

ImpactResult Impact::of(const QVector<qint64> &items) const
{
    ImpactResult result;
    const int n = static_cast<int>(m_rows.size());
    QVector<int> distance(n, -1);
    QVector<int> via(n, -1); // the edge that reached it first
    QVector<int> queue;
    bool organisationFails = false;
    for (qint64 id : items) {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd() || distance.at(*it) == 0)
            continue;
        result.sources.append(id);
        distance[*it] = 0;
        queue.append(*it);
        organisationFails = organisationFails || *it == m_organisation;
    }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int at = queue.at(head);
        for (int e = m_edgesFrom.at(at); e < m_edgesFrom.at(at + 1); ++e) {
            const Edge &edge = m_edges.at(e);
            // The organisation failing as such takes nothing with it; only its own links do.
            if (edge.relation == In && organisationFails)
                continue;
            if (distance.at(edge.dependent) >= 0)
                continue;
            distance[edge.dependent] = distance.at(at) + 1;
            via[edge.dependent] = e;
            queue.append(edge.dependent);
        }
    }

    QVector<int> reached = queue.mid(static_cast<qsizetype>(result.sources.size()));
    QVector<QString> folded(n);
    for (int i : std::as_const(reached))
        folded[i] = m_rows.at(i).name.toCaseFolded();
    std::sort(reached.begin(), reached.end(), [&](int a, int b) {
        const int byName = folded.at(a).compare(folded.at(b));
        return byName != 0 ? byName < 0 : m_rows.at(a).id < m_rows.at(b).id;
    });
    result.affected.reserve(reached.size());
    for (int i : std::as_const(reached)) {
        const TreeRow &r = m_rows.at(i);
        ImpactedItem item;
        item.id = r.id;
        item.kind = r.kind;
        item.name = r.name;
        item.distance = distance.at(i);
        for (int at = i; distance.at(at) > 0;) {
            const Edge &edge = m_edges.at(via.at(at));
            item.path.append({m_relations.at(edge.relation), m_rows.at(edge.on).id});
            at = edge.on;
        }
        item.pathText = pathText(item.id, item.path);
        result.affected.append(std::move(item));
    }

    QVector<bool> within(n, false);
    for (int i : std::as_const(queue))
        within[i] = true;
    for (const QVector<int> &component : components(&within))
        result.cycles.append(cycleOf(component));
    std::sort(result.cycles.begin(), result.cycles.end(),
              [](const ImpactCycle &a, const ImpactCycle &b) { return a.text < b.text; });
    return result;
}

QVector<QVector<int>> Impact::components(const QVector<bool> *within) const
{
    // Tarjan's strongly connected components, iteratively: a chain of 100k dependencies
    // must not overflow the stack.
    const int n = static_cast<int>(m_rows.size());
    const auto inside = [within](int i) { return !within || within->at(i); };
    QVector<int> index(n, -1), low(n, 0);
    QVector<bool> onStack(n, false);
    QVector<int> stack;
    struct Frame
    {
        int node;
        int edge;
    };
    QVector<Frame> frames;
    QVector<QVector<int>> result;
    int counter = 0;
    for (int root = 0; root < n; ++root) {
        if (index.at(root) >= 0 || !inside(root))
            continue;
        const auto open = [&](int v) {
            index[v] = low[v] = counter++;
            stack.append(v);
            onStack[v] = true;
            frames.append({v, m_edgesFrom.at(v)});
        };
        open(root);
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const int v = frame.node;
            if (frame.edge < m_edgesFrom.at(v + 1)) {
                const Edge &edge = m_edges.at(frame.edge++);
                const int w = edge.dependent;
                if (edge.relation == In || !inside(w))
                    continue;
                if (index.at(w) < 0)
                    open(w);
                else if (onStack.at(w))
                    low[v] = std::min(low.at(v), index.at(w));
                continue;
            }
            frames.removeLast();
            if (!frames.isEmpty()) {
                const int parent = frames.last().node;
                low[parent] = std::min(low.at(parent), low.at(v));
            }
            if (low.at(v) != index.at(v))
                continue;
            QVector<int> component;
            int w = -1;
            do {
                w = stack.takeLast();
                onStack[w] = false;
                component.append(w);
            } while (w != v);
            bool selfLoop = false;
            if (component.size() == 1) {
                for (int e = m_edgesFrom.at(v); e < m_edgesFrom.at(v + 1) && !selfLoop; ++e)
                    selfLoop = m_edges.at(e).dependent == v && m_edges.at(e).relation != In;
            }
            if (component.size() > 1 || selfLoop)
                result.append(component);
        }
    }
    return result;
}

ImpactCycle Impact::cycleOf(const QVector<int> &component) const
{
    const int start =
        *std::min_element(component.begin(), component.end(), [this](int a, int b) { return nameBefore(a, b); });
    const QSet<int> members(component.begin(), component.end());
    // Breadth first from the start, in the direction failure spreads, until an edge
    // leads back to it: the shortest cycle through it.
    QHash<int, int> reachedBy{{start, -1}};
    QVector<int> queue{start};
    int closing = -1;
    for (qsizetype head = 0; head < queue.size() && closing < 0; ++head) {
        const int at = queue.at(head);
        for (int e = m_edgesFrom.at(at); e < m_edgesFrom.at(at + 1); ++e) {
            const Edge &edge = m_edges.at(e);
            if (edge.relation == In || !members.contains(edge.dependent))
                continue;
            if (edge.dependent == start) {
                closing = e;
                break;
            }
            if (!reachedBy.contains(edge.dependent)) {
                reachedBy.insert(edge.dependent, e);
                queue.append(edge.dependent);
            }
        }
    }
    // In reading order: the start depends on the last item reached, which depends on ...
    QVector<int> edges;
    for (int e = closing; e >= 0; e = reachedBy.value(m_edges.at(e).on, -1))
        edges.append(e);
    ImpactCycle cycle;
    cycle.items.append(m_rows.at(start).id);
    cycle.text = m_rows.at(start).name;
    for (int e : std::as_const(edges)) {
        const Edge &edge = m_edges.at(e);
        cycle.items.append(m_rows.at(edge.on).id);
        cycle.text += QStringLiteral(" → %1 %2").arg(m_relations.at(edge.relation), m_rows.at(edge.on).name);
    }
    return cycle;
}

QVector<Impact::Dependency> Impact::dependencies() const
{
    QVector<Dependency> result;
    result.reserve(m_edges.size());
    for (const Edge &edge : m_edges) {
        if (edge.relation == In)
            continue;
        result.append({m_rows.at(edge.dependent).id, m_rows.at(edge.on).id, m_relations.at(edge.relation),
                       edge.relation < FirstLinkRelation});
    }
    return result;
}

QVector<ImpactCycle> Impact::cycles() const
{
    QVector<ImpactCycle> result;
    for (const QVector<int> &component : components(nullptr))
        result.append(cycleOf(component));
    std::sort(result.begin(), result.end(), [](const ImpactCycle &a, const ImpactCycle &b) { return a.text < b.text; });
    return result;
}

bool Impact::addContacts(Store &store, ImpactResult *result, QString *error, const QDate &day) const
{
    QVector<qint64> ids;
    ids.reserve(result->affected.size());
    for (const ImpactedItem &item : std::as_const(result->affected))
        ids.append(item.id);
    ContactResolver resolver(store);
    resolver.setToday(day);
    if (!resolver.preloadFor(m_context.isEmpty() ? m_rows : m_rows + m_context, m_placements, ids, error))
        return false;
    for (ImpactedItem &item : result->affected) {
        // Whom to call first: the nearest level that names anyone.
        auto answer = resolver.firstToCall(item.id, error);
        if (!answer)
            return false;
        item.contacts = std::move(*answer);
    }
    return true;
}

} // namespace steward
