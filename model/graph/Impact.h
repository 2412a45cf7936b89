#pragma once

#include "ContactResolver.h"
#include "Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/// One step of an impact path: how the item before it relates to @p itemId ("runs on", "served through").
struct ImpactStep
{
    QString relation;
    qint64 itemId = 0;
};

/// One item that fails when the failing item does, with the shortest way it depends on it.
struct ImpactedItem
{
    qint64 id = 0;
    ItemKind kind = ItemKind::Service;
    QString name;
    int distance = 0; ///< the number of steps to the failing item
    /// From this item to the failing one: path.last().itemId is the failing item.
    QVector<ImpactStep> path;
    /// "docs.python.org → served through lb-1 → runs on droplet nyc1", read from this item.
    QString pathText;
    /// Whom to call: the first contacts Who to Contact lists for it (those of the nearest
    /// level that has any), filled by Impact::addContacts().
    QVector<ResolvedContact> contacts;
};

/// A dependency cycle: the items in reading order, the first repeated at the end.
struct ImpactCycle
{
    QVector<qint64> items;
    QString text; ///< "a → depends on b → depends on a"
};

/// What depends on some items, and the dependency cycles among it.
struct ImpactResult
{
    QVector<qint64> sources;
    QVector<ImpactedItem> affected; ///< by name (case-folded), then id; the sources are not among them
    QVector<ImpactCycle> cycles;
};

/**
 * What breaks when an item fails: everything that depends on it, transitively, through
 * placement and through every link whose type carries failure.
 *
 * If X runs on Y (a service on its host, on every host of also_runs_on, or directly on
 * its provider; a host hosted by its provider) or X depends on / is served through /
 * has its DNS at / has its domains registered at Y (or a link type of the user's own
 * that carries failure), then Y failing affects X. Configured by and backed up to do
 * not carry failure. The organisation is not a failure source for what is in it, but
 * when it is affected through a link of its own (its DNS, its registrar), everything in
 * it is ("in Python Software Foundation").
 *
 * load() reads the whole graph in four queries; of() is then a breadth-first search in
 * memory, so each affected item's path is a shortest one. Cycles terminate the search
 * and are reported, never refused.
 */
class Impact final
{
    Q_DECLARE_TR_FUNCTIONS(Impact)
public:
    /// Reads every item, further host, link and link type of @p store. Plain data
    /// afterwards (cheap to copy: implicitly shared).
    [[nodiscard]] bool load(Store &store, QString *error);
    /// Reads only what failure of @p items can reach (and, for whom to call, what is
    /// above it): of(@p items) and addContacts() then answer as after load(), quickly
    /// when little depends on them. rows(), placements(), dependencies(), cycles() and
    /// quietLinks() cover that part only. When much does, it is load().
    [[nodiscard]] bool loadAround(Store &store, const QVector<qint64> &items, QString *error);
    bool isLoaded() const { return m_loaded; }

    /// Everything that depends on any of @p items, with a shortest path to one of them,
    /// and the cycles among what is reached. Unknown ids are ignored.
    ImpactResult of(const QVector<qint64> &items) const;
    /// Fills each affected item's contacts (see ImpactedItem::contacts).
    /// Whom to call is judged on @p day (an assignment's cover); invalid: the store's today().
    [[nodiscard]] bool addContacts(Store &store, ImpactResult *result, QString *error,
                                   const QDate &day = QDate()) const;

    /// One failure-carrying dependency: @p dependent fails when @p on does.
    struct Dependency
    {
        qint64 dependent = 0;
        qint64 on = 0;
        QString relation;       ///< "runs on", "depends on", ...
        bool placement = false; ///< runs on / hosted by, not a link
    };
    /// Every failure-carrying dependency of the inventory (what is in the organisation
    /// left out), placements first, then links by id.
    QVector<Dependency> dependencies() const;
    /// Every dependency cycle of the inventory, in a stable order.
    QVector<ImpactCycle> cycles() const;
    /// The links whose type carries no failure (configured by, backed up to, the user's own).
    const QVector<Link> &quietLinks() const { return m_quietLinks; }

    /// The loaded item, or nullptr.
    const TreeRow *row(qint64 id) const;
    const QVector<TreeRow> &rows() const { return m_rows; }
    const QVector<Placement> &placements() const { return m_placements; }
    /// The label of a link type ("served through"; a user's own label; the key when unknown).
    QString linkTypeLabel(const QString &type) const;

    /// The path as text, read from @p from: "from → relation item → ...".
    QString pathText(qint64 from, const QVector<ImpactStep> &path) const;

private:
    struct Edge
    {
        int on = 0;        ///< dense index of the item whose failure spreads
        int dependent = 0; ///< dense index of the item it reaches
        int relation = 0;  ///< index into m_relations
    };
    enum FixedRelation
    {
        RunsOn,
        HostedBy,
        In,
        FirstLinkRelation
    };
    /// The dense indexes of every nontrivial strongly connected component among @p within
    /// (all items when empty), without the organisation's "in" edges.
    QVector<QVector<int>> components(const QVector<bool> *within) const;
    /// A shortest cycle through the first (by name) of @p component, in reading order.
    ImpactCycle cycleOf(const QVector<int> &component) const;
    bool nameBefore(int a, int b) const;
    /// Takes the items, links and placements read as the graph.
    void build(QVector<TreeRow> rows, const QVector<Link> &links, QVector<Placement> placements,
               const QVector<LinkType> &types);

    bool m_loaded = false;
    QVector<TreeRow> m_rows;
    QHash<qint64, int> m_index;
    QVector<Placement> m_placements;
    QVector<TreeRow> m_context; ///< after loadAround(): the items above what was read
    int m_organisation = -1;
    QStringList m_relations;
    QHash<QString, QString> m_typeLabels; ///< link type key -> label
    QVector<Edge> m_edges;                ///< sorted by on
    QVector<int> m_edgesFrom;             ///< m_edges of item i: [m_edgesFrom[i], m_edgesFrom[i + 1])
    QVector<Link> m_quietLinks;           ///< links that carry no failure
};

} // namespace steward
