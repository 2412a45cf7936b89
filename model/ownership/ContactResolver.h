#pragma once

#include <QCoreApplication>

#include "ContactOrder.h"
#include "Records.h"

#include <QHash>
#include <QSet>
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
    /// The assignment's confirmation (Assignment::confirmedAt, confirmedBy): filled by
    /// resolve() on a resolver that was not preloaded (the preloaded scans do not read it).
    QDateTime confirmedAt;
    QString confirmedBy;
    qint64 sourceItemId = 0;
    QString sourceItemName;
    ItemKind sourceKind = ItemKind::Service;
    int depth = 0; ///< 0: the item itself, 1: its hosts (or parent), 2: their providers, ...
    /// "owner of docs.python.org", "inherited from Rackspace (owner)", ...; a contact of
    /// several items of one level has the reason of each, "; "-separated.
    QString reason;
    /// The other items of the same level that list this contact too (the second host of a pair).
    QVector<qint64> alsoFromItemIds;
    /// The assignment's cover: listed only from and until these days (both included);
    /// invalid: no limit ("covering until 15 Jan 2027").
    QDate validFrom;
    QDate validUntil;
};

/**
 * Answers "whom do I contact about this item?". It walks up the tree by levels: the
 * item's own active assignments first; then those of the level above it: its parent,
 * and for a service on several hosts every host it runs on (the parent first, then its
 * further hosts in order); then the level above those (each host's provider, each
 * once); and so on; the organisation's (the escalation contacts) always last.
 * Within one item, contacts are in ContactOrder: by priority, then role (owner,
 * maintainer, contact, escalation, sponsor, then the user's own roles by name), then
 * the contact's name; within a level of several items, item by item. A contact
 * reachable at several levels is listed once, at the nearest; one listed by several
 * items of that level is listed once with the reason of each. Inactive assignments are
 * never listed, nor those whose cover (valid from/until) does not include today().
 * Every path below (resolve(), the preloads, orderedAssignments(), the visits,
 * firstToCall()) answers for the same day.
 */
class ContactResolver final
{
    Q_DECLARE_TR_FUNCTIONS(ContactResolver)
public:
    explicit ContactResolver(Store &store);

    /// The day whose contacts are listed: an assignment valid from a later day or until
    /// an earlier one is not. Unless set, the store's today() when constructed, taken
    /// again at each preload and at each resolve() not answered from a preload.
    QDate today() const { return m_today; }
    /// Answers for @p day from now on (tests; the gaps report's "after it ends"), also
    /// from what is preloaded; an invalid day goes back to the store's today().
    void setToday(const QDate &day);

    /// "What if": the answer as it would be after an edit that is not saved yet.
    struct Overrides
    {
        qint64 itemId = 0;                  ///< the item whose assignments are replaced, or 0
        QVector<Assignment> assignments;    ///< that item's assignments as they would be
        QHash<qint64, Contact> newContacts; ///< contacts not saved yet (ids below 0)
        qint64 withoutContact = 0;          ///< as if this contact were deleted
    };

    /// The item's contacts (an empty list: nobody); nullopt with @p error on a
    /// database error or an unknown item. After preload() or preloadFor(), answered from
    /// memory when @p overrides only leaves out a contact (Overrides::withoutContact):
    /// "what if X left", for many items at once.
    [[nodiscard]] std::optional<QVector<ResolvedContact>> resolve(qint64 itemId, QString *error,
                                                                  const Overrides *overrides = nullptr);

    /// Reads every item, assignment and contact once, so that later calls answer from
    /// memory (reports over the whole inventory). The store must not change meanwhile.
    [[nodiscard]] bool preload(QString *error);
    /// Takes @p items and their @p assignments (by item, in position order) as what
    /// later calls answer from, without contacts: the services report, which reads
    /// the organisation, providers and hosts in its own scans, for visitOrdered().
    void preload(const QVector<TreeRow> &items, const QVector<Assignment> &assignments);
    /// For preload(items, assignments), before anything is answered (it keeps them): the
    /// contacts' names, which order the contacts of one priority and role (ContactOrder).
    void setContactNames(const QHash<qint64, QString> &names);
    /// The order of the contacts preloaded (or named by setContactNames()).
    const ContactOrder &order() const { return m_order; }
    /// After preload(items, assignments): the further hosts of services (also_runs_on),
    /// so that orderedAssignments() of a service on several hosts walks all of them.
    void setPlacements(const QVector<Placement> &placements);
    /// Like preload(), from @p items and @p placements the caller has read already, with
    /// the assignments and contacts of only what answering @p itemIds needs (impact's
    /// way: a few queries, not all assignments, when few items are asked about).
    /// With Preload::Names, for answers about thousands of items that only name their
    /// contacts ("what if X leaves"): the assignments of every item of @p items by indexed
    /// look-ups however many they are (give only what the answers walk: Store::treeAround()),
    /// and the contacts without addresses and tags.
    enum class Preload
    {
        Full,
        Names
    };
    [[nodiscard]] bool preloadFor(const QVector<TreeRow> &items, const QVector<Placement> &placements,
                                  const QVector<qint64> &itemIds, QString *error, Preload preload = Preload::Full);
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
    /// visitRemembered() for a service that also runs on @p alsoOn: its own assignments,
    /// then its hosts' (the parent first), then theirs, as resolve() walks them.
    /// Several threads may call it at once.
    void visitOnHosts(qint64 serviceId, qint64 parentId, const QVector<qint64> &alsoOn, const QVector<Assignment> &own,
                      const std::function<bool(const Assignment &)> &visit) const;
    /// After preload() or preloadFor(): whom to call first about @p itemId, the lines of
    /// resolve() of the nearest level that lists anyone. Items with nobody of their own
    /// that share their parent and further hosts share the answer: it is made once.
    [[nodiscard]] std::optional<QVector<ResolvedContact>> firstToCall(qint64 itemId, QString *error);
    /// After preload(): the contacts firstToCall() lists about @p itemId, by id and in its
    /// order, without describing them (the gaps report asks it of every item); shared as
    /// there. An item that was not preloaded gives an empty list.
    QVector<qint64> firstToCallIds(qint64 itemId);
    /// After preload(): a contact by id, or nullptr.
    const Contact *preloadedContact(qint64 id) const;
    /// After preload(): every contact, by id.
    const QHash<qint64, Contact> &preloadedContacts() const { return m_contacts; }

private:
    struct Node
    {
        qint64 parentId = 0;
        ItemKind kind = ItemKind::Service;
        QString name;
    };
    /// The items whose contacts an item's answer walks, level by level: the item; its
    /// parent (and a service's further hosts); their parents, each once; ...; the
    /// organisation alone at the end.
    using Levels = QVector<QVector<qint64>>;
    /// @p parentId: the item's parent when the item is not among @p nodes (a service the
    /// services report streams); 0 to take it from @p nodes.
    static Levels levelsOf(qint64 itemId, const QHash<qint64, Node> &nodes, const QVector<qint64> &alsoOn,
                           qint64 parentId = 0);
    /// One line of an answer before it is described: the first assignment that lists the
    /// contact, and those of other items of its level that list it too.
    struct Listed
    {
        Assignment assignment;
        QVector<Assignment> alsoFrom;
        int depth = 0;
    };
    /// The answer's lines for @p levels, each item's assignments taken from @p byItem.
    /// Only assignments listed on @p day, in @p order, leaving out those of contact
    /// @p without (0: none).
    static QVector<Listed> walk(const Levels &levels, const QHash<qint64, QVector<Assignment>> &byItem,
                                const ContactOrder &order, const QDate &day, qint64 without = 0);
    /// One level: @p own listed on today() in m_order, then @p inherited without the
    /// contacts @p own has.
    QVector<Assignment> combine(const QVector<Assignment> &own, const QVector<Assignment> &inherited) const;
    /// combine(), one assignment at a time to @p visit (false stops it).
    template <typename Visit>
    void eachCombined(const QVector<Assignment> &own, const QVector<Assignment> &inherited, Visit &&visit) const;
    /// The day again from the store, unless it was set.
    void refreshToday();
    std::optional<QVector<ResolvedContact>> describe(const QHash<qint64, Node> &nodes, const QVector<Listed> &listed,
                                                     const QHash<qint64, Contact> &contacts, QString *error);

    Store &m_store;
    QDate m_today;
    bool m_todaySet = false; ///< by setToday()
    bool m_loaded = false;
    QHash<qint64, Node> m_nodes;
    /// Assignments that are not inactive, whatever their cover (judged when answering,
    /// so that setToday() needs no new preload), in position order.
    QHash<qint64, QVector<Assignment>> m_byItem;
    ContactOrder m_order;                    ///< of the preloaded contacts
    QHash<qint64, QVector<qint64>> m_alsoOn; ///< further hosts of services, in order
    QHash<qint64, Contact> m_contacts;
    QHash<qint64, QVector<Assignment>> m_memo; ///< orderedAssignments() of items with children
    /// firstToCall() of items with nobody of their own, by parent and further hosts: the
    /// answer and the items it walked.
    struct Inherited
    {
        QVector<ResolvedContact> contacts;
        QSet<qint64> walked;
    };
    QHash<QVector<qint64>, Inherited> m_firstInherited;
    /// firstToCallIds() of items with nobody of their own, the same way.
    struct InheritedIds
    {
        QVector<qint64> ids;
        QSet<qint64> walked;
    };
    QHash<QVector<qint64>, InheritedIds> m_firstInheritedIds;
    /// The contacts of the first level of @p listed that are known, in order.
    QVector<qint64> firstLevelIds(const QVector<Listed> &listed) const;
};

} // namespace steward
