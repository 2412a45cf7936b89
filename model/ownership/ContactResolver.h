#pragma once

#include <QCoreApplication>

#include "Records.h"

#include <QHash>
#include <QVector>

#include <functional>
#include <optional>

namespace steward {

class Store;

/// One line of "who to contact": a contact, how it is assigned and why it is listed.
struct ResolvedContact
{
    Contact contact;
    QString role; ///< the assignment's role key ("owner", "escalation", ...)
    Priority priority = Priority::Primary;
    QString note; ///< the assignment's note, e.g. "particularly"
    qint64 sourceItemId = 0;
    QString sourceItemName;
    ItemKind sourceKind = ItemKind::Service;
    int depth = 0;  ///< 0: the item itself, 1: its parent, ...
    QString reason; ///< "owner of docs.python.org", "inherited from Rackspace", ...
};

/**
 * Answers "whom do I contact about this item?". It walks up the tree: the item's own
 * active assignments first, then its parent's, up to the organisation's escalation
 * contacts. Within one level, contacts are ordered by priority, then role (owner,
 * maintainer, contact, escalation, sponsor), then the order they were assigned.
 * A contact reachable at several levels is listed once, at the nearest.
 * Inactive assignments are never listed.
 */
class ContactResolver final
{
    Q_DECLARE_TR_FUNCTIONS(ContactResolver)
public:
    explicit ContactResolver(Store &store);

    /// "What if": the answer as it would be after an edit that is not saved yet.
    struct Overrides
    {
        qint64 itemId = 0;                  ///< the item whose assignments are replaced, or 0
        QVector<Assignment> assignments;    ///< that item's assignments as they would be
        QHash<qint64, Contact> newContacts; ///< contacts not saved yet (ids below 0)
        qint64 withoutContact = 0;          ///< as if this contact were deleted
    };

    /// The item's contacts (an empty list: nobody); nullopt with @p error on a
    /// database error or an unknown item.
    [[nodiscard]] std::optional<QVector<ResolvedContact>> resolve(qint64 itemId, QString *error,
                                                                  const Overrides *overrides = nullptr);

    /// Reads every item, assignment and contact once, so that later calls answer from
    /// memory (reports over the whole inventory). The store must not change meanwhile.
    [[nodiscard]] bool preload(QString *error);
    /// Takes @p items and their @p assignments (by item, in position order) as what
    /// later calls answer from, without contacts: the services report, which reads
    /// the organisation, providers and hosts in its own scans, for visitOrdered().
    void preload(const QVector<TreeRow> &items, const QVector<Assignment> &assignments);
    bool isPreloaded() const { return m_loaded; }

    /// After preload(): the assignments that make @p itemId's contact list, in the
    /// order resolve() lists them (one per contact, nearest first, no reasons): the
    /// fast path for reports. An unknown item gives an empty list.
    QVector<Assignment> orderedAssignments(qint64 itemId);
    /// After preload(): the list of an item that was not preloaded, from its parent and
    /// its own active assignments (in position order).
    QVector<Assignment> orderedAssignments(qint64 parentId, const QVector<Assignment> &own);
    /// After preload(): the same list one assignment at a time to @p visit (false stops
    /// it), without making it: the services report's way at 100k services.
    void visitOrdered(qint64 parentId, const QVector<Assignment> &own,
                      const std::function<bool(const Assignment &)> &visit);
    /// After preload(): remembers the list of every preloaded item, so that
    /// visitRemembered() need not make any.
    void rememberAll();
    /// After rememberAll(): visitOrdered() reading only what is remembered (a parent
    /// that was not preloaded passes on nothing, as there): several threads may call
    /// it at once.
    void visitRemembered(qint64 parentId, const QVector<Assignment> &own,
                         const std::function<bool(const Assignment &)> &visit) const;
    /// After preload(): a contact by id, or nullptr.
    const Contact *preloadedContact(qint64 id) const;

private:
    struct Node
    {
        qint64 parentId = 0;
        ItemKind kind = ItemKind::Service;
        QString name;
    };
    /// Orders @p assignments (of the items in @p chain, nearest first) as resolve()
    /// lists them and keeps the first of each contact; inactive ones are dropped.
    static void order(const QVector<qint64> &chain, QVector<Assignment> *assignments);
    /// One level: @p own sorted, then @p inherited without the contacts @p own has.
    static QVector<Assignment> combine(const QVector<Assignment> &own, const QVector<Assignment> &inherited);
    /// combine(), one assignment at a time to @p visit (false stops it).
    template <typename Visit>
    static void eachCombined(const QVector<Assignment> &own, const QVector<Assignment> &inherited, Visit &&visit);
    std::optional<QVector<ResolvedContact>> describe(const QVector<qint64> &chain, const QHash<qint64, Node> &nodes,
                                                     const QVector<Assignment> &ordered,
                                                     const QHash<qint64, Contact> &contacts, QString *error);

    Store &m_store;
    bool m_loaded = false;
    QHash<qint64, Node> m_nodes;
    QHash<qint64, QVector<Assignment>> m_byItem; ///< active assignments, in position order
    QHash<qint64, Contact> m_contacts;
    QHash<qint64, QVector<Assignment>> m_memo; ///< orderedAssignments() of items with children
};

} // namespace steward
