#pragma once

#include "Database.h"
#include "Records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <initializer_list>
#include <optional>

namespace steward {

/**
 * All reads and writes of the inventory. Every statement is prepared with bound
 * values; writes run in BEGIN IMMEDIATE transactions. Change signals are held back
 * until the outermost transaction commits and dropped if it rolls back, so views
 * never see a change that did not reach the file.
 *
 * Updates carry the version the caller loaded; a record changed since is refused
 * (optimistic concurrency) with a message naming it.
 *
 * Errors have one shape. A call that can fail returns `bool` (an action: true when
 * it was done) or `std::optional<T>` (a value, lists included: nullopt on failure,
 * so an empty list always means "none") and takes a `QString *error` without a
 * default, filled when (and only when) it fails. Every such call is [[nodiscard]]:
 * a caller handles the failure (shows it, passes it on) and never drops it. The
 * operations on the Store (assignContact(), planRevert(), ContactResolver, ...) keep
 * the same shape.
 */
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)
public:
    explicit Store(Database &db, QObject *parent = nullptr);
    ~Store() override;

    Database &database() { return m_db; }
    /// Forgets the prepared statements: after the connection was opened again (a
    /// server that went away), they belong to a session that is gone.
    void resetStatements();
    /// True inside write(), while changes are not yet committed.
    bool inTransaction() const { return m_depth > 0; }
    /// SQLite's PRAGMA data_version on this connection: it changes when another
    /// connection commits. -1 on error.
    qint64 dataVersion();

    /// Runs @p work inside one write transaction (or inside the caller's, if nested).
    /// Everything it changes is one batch in the history, described by @p label.
    [[nodiscard]] bool write(const std::function<bool(QString *)> &work, QString *error,
                             const QString &label = QString());
    /// The history batch of the last outermost write() that committed a change (0 if it changed nothing).
    qint64 lastBatchId() const { return m_lastBatchId; }

    /// Who the history records as making changes (the operating-system user by default).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    /// The operating-system user name, the default actor.
    static QString systemUserName();
    /// What time it is for the history's batches and the confirmations of assignments:
    /// the system clock, or @p clock (tests; null: the system clock again). On a server the
    /// history's time is the server's (schema step 7), confirmations this clock's.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;
    /// The local date of now(): the day an assignment's cover (valid from/until) is
    /// judged on, unless a caller is given another.
    QDate today() const { return now().toLocalTime().date(); }

    /// The history, newest first: of one item (its own changes and those of its
    /// assignments and links) or, with @p itemId 0, of everything.
    [[nodiscard]] std::optional<QVector<HistoryEntry>> history(qint64 itemId, int limit, QString *error);

    // Items
    [[nodiscard]] std::optional<qint64> organisationId(QString *error);
    /// Creates @p item; with item.id > 0 it gets that id (to put back an item undo removed).
    [[nodiscard]] std::optional<qint64> createItem(Item &item, QString *error);
    /// The importer's way to create many items inside its own write(): no savepoint per
    /// item (the caller's transaction is all or nothing), no parent read back (the
    /// caller has validated every parent against the inventory and the import), and a
    /// compact history row (kind, name, parent) in the caller's batch. Otherwise as
    /// createItem(). Only inside write().
    [[nodiscard]] std::optional<qint64> createValidatedItem(Item &item, QString *error);
    /// createValidatedItem() for many items at once, in order (a parent before the items
    /// under it; a parent among @p items needs the id this call gives it, so the caller
    /// makes one call per kind). Ids given in one run after the largest. On SQLite every
    /// table (items, details, search_doc, search_fts, history) written by one INSERT ...
    /// SELECT from the items in memory while the schema's search_bulk hold (step 4)
    /// keeps the search triggers out; on PostgreSQL, multi-row inserts. One
    /// bulkChanged() instead of itemCreated() per item.
    /// Fills each item's id. Their further hosts (real ids), aliases and tags are written
    /// too, as the caller validated them, a statement per table. Only inside write().
    [[nodiscard]] bool createValidatedItems(QVector<Item> &items, QString *error);
    /// createValidatedItems() for items that keep the ids they carry (free ids, such as a
    /// revert's undo making again what the revert deleted): parents before the items
    /// under them, further hosts before their services. Only inside write().
    [[nodiscard]] bool restoreValidatedItems(QVector<Item> &items, QString *error);
    [[nodiscard]] bool updateItem(Item &item, QString *error);
    [[nodiscard]] bool deleteItem(qint64 id, QString *error);
    /// deleteItem() for each of @p ids, with one bulkChanged() instead of itemRemoved()
    /// per item (the undo of an import). Only inside write().
    [[nodiscard]] bool deleteItems(const QVector<qint64> &ids, QString *error);
    [[nodiscard]] std::optional<Item> item(qint64 id, QString *error);
    /// Every item as a row of the tree; without @p services, only the organisations,
    /// providers and hosts (by the index of kinds: a few thousand rows at a million services).
    [[nodiscard]] std::optional<QVector<TreeRow>> treeRows(QString *error, bool services = true);
    // The tree, loaded as it is opened (model/store/StoreTree.cpp)
    /// The rows shown under item @p parentId (0: the top, the organisations): its
    /// children, the services of its unnamed hosts (which are not rows of their own), and
    /// the services running on it (or on its unnamed hosts) as a further host, marked
    /// further; each with whether it has children of its own. In no particular order.
    [[nodiscard]] std::optional<QVector<TreeBranchRow>> treeChildren(qint64 parentId, QString *error);
    /// Of @p ids, the hosts without a host name, each with its provider.
    [[nodiscard]] std::optional<QHash<qint64, qint64>> unnamedHostsAmong(const QVector<qint64> &ids, QString *error);
    /// Of @p ids, the items that have something under them (children or services running
    /// on them as a further host).
    [[nodiscard]] std::optional<QSet<qint64>> itemsWithChildren(const QVector<qint64> &ids, QString *error);
    /// How many providers, hosts (named or not) and services the inventory holds.
    struct ItemCounts
    {
        qint64 providers = 0;
        qint64 hosts = 0;
        qint64 services = 0;
    };
    [[nodiscard]] std::optional<ItemCounts> itemCounts(QString *error);
    /// The ids of hosts without a host name ("a Rackspace VM").
    [[nodiscard]] std::optional<QSet<qint64>> unnamedHosts(QString *error);
    /// Every host's host name and every service's URL that is not empty, as (item id,
    /// text), in no particular order: what a list of things may name an item by besides
    /// its name and aliases (ContactsForList).
    [[nodiscard]] std::optional<QVector<std::pair<qint64, QString>>> hostnamesAndUrls(QString *error);
    /// Items whose name or an alias matches @p name case-insensitively (exactly, after
    /// case folding), those by name first; each whole (further hosts, aliases, tags).
    [[nodiscard]] std::optional<QVector<Item>> findItemsByName(const QString &name, QString *error);
    /// Items whose name contains @p text case-insensitively, at most @p limit (without
    /// further hosts, aliases and tags: Item::graphLoaded is false).
    [[nodiscard]] std::optional<QVector<Item>> searchItems(const QString &text, int limit, QString *error);
    /// @p id first, then its parent, up to the organisation.
    [[nodiscard]] std::optional<QVector<qint64>> ancestry(qint64 id, QString *error);
    [[nodiscard]] std::optional<QVector<Item>> services(QString *error);
    /// Every item of @p kind with its kind's columns, ordered by name (case-folded), then id.
    /// Without further hosts, aliases and tags (Item::graphLoaded is false): an update
    /// of one leaves them as they are.
    [[nodiscard]] std::optional<QVector<Item>> itemsOfKind(ItemKind kind, QString *error);
    [[nodiscard]] std::optional<int> countItems(ItemKind kind, QString *error);
    /// The items a service can be under (every item but the services: few) and their
    /// active assignments in position order, as forEachService() read them.
    using AncestorsSink = std::function<void(const QVector<TreeRow> &items, const QVector<Assignment> &assignments)>;
    /// Every service in name order (case-folded, then id), one row at a time, read in
    /// one transaction at constant memory (batches of ServiceScan::kBatchRows, the next
    /// read on another core on SQLite while this one is visited): the services report.
    /// @p ancestors, if given, has the items above them first. @p visit returning false
    /// stops (and returns false).
    [[nodiscard]] bool forEachService(const std::function<bool(const ServiceRow &)> &visit, QString *error,
                                      const AncestorsSink &ancestors = {});
    /// Every contact's name by id (no addresses): for reports that only name them.
    [[nodiscard]] std::optional<QHash<qint64, QString>> contactNames(QString *error);

    // Links
    [[nodiscard]] std::optional<qint64> addLink(Link &link, QString *error);
    [[nodiscard]] bool removeLink(qint64 id, QString *error);
    /// Links from or to @p itemId, with both names filled.
    [[nodiscard]] std::optional<QVector<Link>> links(qint64 itemId, QString *error);
    /// Every link of @p kind, with both names filled (for reports: one query, not one per item).
    [[nodiscard]] std::optional<QVector<Link>> linksOfKind(LinkKind kind, QString *error);
    /// Every link, with both names filled, by from item then type and target name.
    [[nodiscard]] std::optional<QVector<Link>> allLinks(QString *error);
    /// treeRows() and every link as the graph needs it (id, from, to and type only, by
    /// id) at once, in one read transaction, through SQLite's C API (a QVariant per
    /// value was most of impact's time at 100k items and 300k links).
    [[nodiscard]] bool graphScan(QVector<TreeRow> *rows, QVector<Link> *links, QString *error);
    /// What graphAround() reads: the part of the graph that failure can reach from some items.
    struct GraphAround
    {
        bool complete = false;         ///< false: more was reached than asked for; the rest is partial
        QVector<TreeRow> rows;         ///< the items and everything they reach, by id
        QVector<Link> links;           ///< every link to them, by id
        QVector<Placement> placements; ///< the further hosts of their services, as placements() orders them
        QVector<TreeRow> context;      ///< the items above them and those hosts that they do not reach
    };
    /// The items @p sources and, transitively, what is in or runs on them and what links
    /// to them with a type not in @p quietTypes, by indexed lookups level by level (impact
    /// of one item at 100k items: milliseconds, not a scan of everything). Not complete
    /// when more than @p limit items and links are reached.
    [[nodiscard]] bool graphAround(const QVector<qint64> &sources, const QSet<QString> &quietTypes, qsizetype limit,
                                   GraphAround *graph, QString *error);
    /// The built-in link types, then the user's own by key.
    [[nodiscard]] std::optional<QVector<LinkType>> linkTypes(QString *error);
    /// What the user sees for a link type ("served through", a label of their own).
    QString linkTypeLabel(const QString &type);
    /// Declares (or changes the label and meaning of) a link type of the user's own.
    [[nodiscard]] bool defineLinkType(const LinkType &type, QString *error);
    /// Removes a link type of the user's own; refused while a link has it.
    [[nodiscard]] bool removeLinkType(const QString &key, QString *error);
    /// The importer's way to add many links inside its own write(): the caller has
    /// validated them (items that exist, a known type, no link twice) and filled
    /// fromName and toName (for the history). Ids given in one run after the largest;
    /// one history row per link as addLink() writes it, many rows a statement. Fills
    /// each link's id. Only inside write().
    [[nodiscard]] bool createValidatedLinks(QVector<Link> &links, QString *error);
    /// createValidatedLinks() for links that keep the ids they carry (free ids). Only inside write().
    [[nodiscard]] bool restoreValidatedLinks(QVector<Link> &links, QString *error);
    /// removeLink() for each of @p ids, a few hundred a statement, inside a write: the
    /// same history rows, in one transaction with the caller's.
    [[nodiscard]] bool removeLinks(const QVector<qint64> &ids, QString *error);
    /// Changes the note of link @p id (recorded in the history as a change of the link).
    [[nodiscard]] bool setLinkNote(qint64 id, const QString &note, QString *error);

    // The graph beyond the tree: further hosts, aliases, tags, statuses
    /// Every further host of every service, by service then position.
    [[nodiscard]] std::optional<QVector<Placement>> placements(QString *error);
    /// Every item's aliases, in order, by item id (items without any are absent).
    [[nodiscard]] std::optional<QHash<qint64, QStringList>> aliasesByItem(QString *error);
    /// Every item's tags, in order, by item id.
    [[nodiscard]] std::optional<QHash<qint64, QStringList>> tagsByItem(QString *error);
    /// aliasesByItem() and tagsByItem() of the providers or the hosts only (@p kind):
    /// what their reports show, without the services' (read from the kind's own table).
    [[nodiscard]] std::optional<QHash<qint64, QStringList>> aliasesOfKind(ItemKind kind, QString *error);
    [[nodiscard]] std::optional<QHash<qint64, QStringList>> tagsOfKind(ItemKind kind, QString *error);
    /// How many hosts and services each item has directly under it (counted by SQL, one
    /// entry per parent: the organisation, providers and hosts), for the providers report.
    struct ChildCounts
    {
        int hosts = 0;
        int services = 0;
    };
    [[nodiscard]] std::optional<QHash<qint64, ChildCounts>> childCounts(QString *error);
    /// The services on host @p hostId: those under it and those that also run on it
    /// (id and name only), in no particular order: for the hosts report, one host at a time.
    [[nodiscard]] std::optional<QVector<QPair<qint64, QString>>> servicesOnHost(qint64 hostId, QString *error);
    /// Every contact's tags, in order, by contact id.
    [[nodiscard]] std::optional<QHash<qint64, QStringList>> tagsByContact(QString *error);
    /// The items with @p tag: "key=value" exactly, or "key" for the bare tag and every value of it.
    [[nodiscard]] std::optional<QVector<qint64>> itemsTagged(const QString &tag, QString *error);
    /// The built-in statuses, then the user's own by name.
    [[nodiscard]] std::optional<QVector<StatusDef>> statusDefs(QString *error);
    /// Declares (or changes the category of) a status of the user's own.
    [[nodiscard]] bool defineStatus(const StatusDef &status, QString *error);
    /// Removes a status of the user's own; refused while an item has it.
    [[nodiscard]] bool removeStatus(const QString &name, QString *error);

    // Contacts
    /// Creates @p contact; with contact.id > 0 it gets that id (undo of a delete).
    [[nodiscard]] std::optional<qint64> createContact(Contact &contact, QString *error);
    [[nodiscard]] bool updateContact(Contact &contact, QString *error);
    [[nodiscard]] bool deleteContact(qint64 id, QString *error);
    [[nodiscard]] std::optional<Contact> contact(qint64 id, QString *error);
    [[nodiscard]] std::optional<QVector<Contact>> contacts(QString *error);
    [[nodiscard]] std::optional<QVector<Contact>> findContactsByName(const QString &name, QString *error);
    /// Contacts by id with addresses, for the resolver; missing ids are skipped.
    [[nodiscard]] std::optional<QHash<qint64, Contact>> contactsById(const QVector<qint64> &ids, QString *error);

    // Teams
    [[nodiscard]] bool setTeamMember(const TeamMember &member, QString *error);
    [[nodiscard]] bool removeTeamMember(qint64 teamId, qint64 memberId, QString *error);
    [[nodiscard]] std::optional<QVector<TeamMember>> teamMembers(qint64 teamId, QString *error);
    /// Every membership a contact is part of, as the team or as a member.
    [[nodiscard]] std::optional<QVector<TeamMember>> memberships(qint64 contactId, QString *error);

    /// A contact with everything a delete takes away with it, so that undo can put
    /// it back as it was.
    struct ContactSnapshot
    {
        Contact contact;
        QVector<Assignment> assignments;
        QVector<TeamMember> memberships;
        QVector<qint64> teamOf; ///< the lists and channels that belong to it (a team)
    };
    [[nodiscard]] std::optional<ContactSnapshot> snapshotContact(qint64 id, QString *error);
    [[nodiscard]] bool restoreContact(const ContactSnapshot &snapshot, QString *error,
                                      const QString &label = QString());
    /// What a contact is assigned to, in item order.
    [[nodiscard]] std::optional<QVector<Assignment>> assignmentsOfContact(qint64 contactId, QString *error);
    /// The id of the newest recorded change of one record (0 if none): a change can
    /// be reverted only while it is the newest.
    [[nodiscard]] std::optional<qint64> latestChangeOf(const QString &entity, qint64 entityId, QString *error);

    // Reverting a whole batch (model/history/BatchRevert): its changes, what came after,
    // and the records they name, read in bulk (model/store/StoreRevert.cpp)
    /// The changes of history batch @p batchId, oldest first (empty: no such batch).
    [[nodiscard]] std::optional<QVector<HistoryEntry>> batchChanges(qint64 batchId, QString *error);
    /// Every change recorded after change @p changeId, oldest first; their values before
    /// and after only for team memberships (which name the team there), "{}" for the rest.
    [[nodiscard]] std::optional<QVector<HistoryEntry>> changesAfter(qint64 changeId, QString *error);
    /// The changes of the team memberships of @p memberIds (as team_member entries name
    /// them), oldest first.
    [[nodiscard]] std::optional<QVector<HistoryEntry>> membershipChanges(const QVector<qint64> &memberIds,
                                                                         QString *error);
    /// The id of the newest change in the history (0: none).
    [[nodiscard]] std::optional<qint64> lastChangeId(QString *error);
    /// How far the history has come: its newest change's id and its number of changes.
    /// Any commit that changes the inventory changes it (on a server too, where a
    /// transaction that took a lower id may commit after one with a higher).
    struct HistoryMark
    {
        qint64 lastChange = 0;
        qint64 changes = 0;
        bool operator==(const HistoryMark &other) const
        {
            return lastChange == other.lastChange && changes == other.changes;
        }
        bool operator!=(const HistoryMark &other) const { return !(*this == other); }
    };
    [[nodiscard]] std::optional<HistoryMark> historyMark(QString *error);
    /// One batch of the history: one user action.
    struct Batch
    {
        qint64 id = 0;
        QString at; ///< UTC, ISO 8601 with milliseconds
        QString actor;
        QString label;
        int changes = 0;
    };
    /// The newest @p limit batches of the history, newest first.
    [[nodiscard]] std::optional<QVector<Batch>> recentBatches(int limit, QString *error);
    /// Items by id, whole (further hosts, aliases, tags), in id order; missing ids are skipped.
    [[nodiscard]] std::optional<QVector<Item>> itemsById(const QVector<qint64> &ids, QString *error);
    /// The items directly under any of @p itemIds, as rows of the tree.
    [[nodiscard]] std::optional<QVector<TreeRow>> childrenOf(const QVector<qint64> &itemIds, QString *error);
    /// Assignments by id; missing ids are skipped.
    [[nodiscard]] std::optional<QVector<Assignment>> assignmentsById(const QVector<qint64> &ids, QString *error);
    /// Links by id, with both names filled; missing ids are skipped.
    [[nodiscard]] std::optional<QVector<Link>> linksById(const QVector<qint64> &ids, QString *error);
    /// Links from or to any of @p itemIds, with both names filled.
    [[nodiscard]] std::optional<QVector<Link>> linksOfItems(const QVector<qint64> &itemIds, QString *error);
    /// Further hosts of services (rows of also_runs_on) on any of the hosts @p hostIds.
    [[nodiscard]] std::optional<QVector<Placement>> placementsOn(const QVector<qint64> &hostIds, QString *error);

    // Assignments
    /// Adds @p assignment; with an id > 0 it keeps that id, its position and its
    /// confirmation (undo). A new one without a confirmation is confirmed now, by the actor.
    [[nodiscard]] std::optional<qint64> addAssignment(Assignment &assignment, QString *error);
    /// Whether saving an assignment confirms it (a user's edit: now, by the actor) or
    /// writes the confirmation it carries (undo and redo putting back what was).
    enum class Confirmation
    {
        Now,
        AsGiven
    };
    /// Saves @p assignment (its version must be the stored one). Confirmation::Now sets
    /// its confirmedAt and confirmedBy first, so that @p assignment holds what was saved.
    [[nodiscard]] bool updateAssignment(Assignment &assignment, QString *error,
                                        Confirmation confirmation = Confirmation::Now);
    /// Sets @p assignment's confirmation to now, by the actor.
    void stampConfirmation(Assignment *assignment) const;
    [[nodiscard]] bool removeAssignment(qint64 id, QString *error);
    /// removeAssignment() for each of @p ids, a few hundred a statement, inside a
    /// write: the same history rows, in one transaction with the caller's.
    [[nodiscard]] bool removeAssignments(const QVector<qint64> &ids, QString *error);
    [[nodiscard]] std::optional<QVector<Assignment>> assignments(qint64 itemId, QString *error);
    [[nodiscard]] std::optional<Assignment> assignmentById(qint64 id, QString *error);

    /// An item with everything under it, its assignments and links: what a delete
    /// takes away, so that undo can put it back with the same ids.
    struct Snapshot
    {
        QVector<Item> items; ///< parents before children
        QVector<Assignment> assignments;
        QVector<Link> links;
        /// Further hosts of services outside the subtree on hosts inside it (the rows
        /// a delete takes away with the hosts).
        QVector<Placement> placements;
        /// Services on a host of the subtree that also run on a host outside it: a
        /// delete moves them to the first of those instead of deleting them. As they
        /// were before, for undo.
        QVector<Item> moved;
    };
    [[nodiscard]] std::optional<Snapshot> snapshotSubtree(qint64 id, QString *error);
    [[nodiscard]] bool restoreSnapshot(const Snapshot &snapshot, QString *error, const QString &label = QString());
    /// Assignments of all @p itemIds at once (the resolver's one query per look-up).
    [[nodiscard]] std::optional<QVector<Assignment>> assignmentsFor(const QVector<qint64> &itemIds, QString *error);
    /// The items with someone of their own to contact on @p day: an active assignment
    /// within its cover whose role is not escalation (one query; for the map's "nobody
    /// to contact" flag).
    [[nodiscard]] std::optional<QSet<qint64>> itemsWithOwnContacts(const QDate &day, QString *error);
    /// Assignments of every item of @p kind, in one query (for reports).
    [[nodiscard]] std::optional<QVector<Assignment>> assignmentsOfKind(ItemKind kind, QString *error);
    /// Every assignment of the items of @p kind, streamed one at a time with its item's
    /// name: by the item's name key, then id, then position (the assignments report at
    /// constant memory). @p visit returning false stops (and returns false).
    [[nodiscard]] bool
    forEachAssignmentOfKind(ItemKind kind, const std::function<bool(const QString &item, const Assignment &)> &visit,
                            QString *error);
    /// Every assignment that is not inactive, by item then position and id, in one scan
    /// through SQLite's C API (impact of a provider of 100k services reads them all),
    /// with its cover (validFrom, validUntil), whatever the day: the caller judges it.
    [[nodiscard]] std::optional<QVector<Assignment>> activeAssignments(QString *error);

    // Roles and their review intervals (StoreRoles.cpp)
    /// Every built-in role (in keys::knownRoles() order), then every role declared in the
    /// inventory by name, each with its review interval. A built-in role without a row
    /// (taken out by hand) is not declared: it has the default interval of any role without
    /// one (ownership::kDefaultReviewDays), which ownership::ReviewIntervals applies.
    [[nodiscard]] std::optional<QVector<RoleDef>> roleDefs(QString *error);
    /// Declares @p role, or changes its interval: @p days from 1 to 3650, or none for
    /// "never reviewed". Built-in roles too (their interval is the inventory's to choose).
    [[nodiscard]] bool defineRole(const QString &role, std::optional<int> days, QString *error);
    /// Removes the declaration of a role of the user's own (its assignments, if any, then
    /// have the default interval); refused for a built-in role.
    [[nodiscard]] bool removeRoleDef(const QString &role, QString *error);
    /// The assignments that are not inactive, with their items' and contacts' names, for
    /// the reviews, one at a time to @p visit (it may move from the row). @p cutoffs gives
    /// each role's cut-off: an assignment confirmed before it (or never) is due; an invalid
    /// one means the role is never reviewed. Roles not in @p cutoffs have @p otherCutoff.
    /// With @p dueOnly, only the due ones, chosen in the query (one scan, cut-offs bound);
    /// else every one. In no particular order. An assignment whose cover ended before
    /// @p today is not listed any more, so it is not reviewed either.
    [[nodiscard]] bool forEachReviewRow(const QHash<QString, QDateTime> &cutoffs, const QDateTime &otherCutoff,
                                        bool dueOnly, const QDate &today, const std::function<void(ReviewRow &)> &visit,
                                        QString *error);
    // Leavers and hand-over (model/store/StoreHandover.cpp)
    /// The rows of @p itemIds, of the further hosts of the services among them, and of
    /// everything above them (each once, by id), and those services' further hosts
    /// (placements, by service then position): what answering "whom to contact" about
    /// those items walks (ContactResolver::preloadFor()), read by indexed look-ups.
    [[nodiscard]] bool treeAround(const QVector<qint64> &itemIds, QVector<TreeRow> *rows,
                                  QVector<Placement> *placements, QString *error);
    /// What assignmentLines() looks assignments up by.
    enum class By
    {
        Item,
        Contact
    };
    /// The assignments (inactive ones too) of the items or contacts @p ids, by item then
    /// position and id, as who-to-contact needs them: with cover dates but without
    /// confirmations (confirmedAt is invalid). Through SQLite's C API, a thousand ids a
    /// statement: for thousands of items or a contact of thousands of assignments.
    [[nodiscard]] std::optional<QVector<Assignment>> assignmentLines(By by, const QVector<qint64> &ids, QString *error);
    /// Contacts by id without addresses and tags (missing ids are skipped): for answers
    /// that only name them.
    [[nodiscard]] std::optional<QHash<qint64, Contact>> contactRecords(const QVector<qint64> &ids, QString *error);
    /// Every team's members' ids, by team, in the team's order.
    [[nodiscard]] std::optional<QHash<qint64, QVector<qint64>>> teamMemberIds(QString *error);
    /// One assignment of a bulk change of contact: as it is now, and the contact and
    /// confirmation it gets.
    struct Reassignment
    {
        Assignment before; ///< as stored: its contact and version are checked
        qint64 contactId = 0;
        QDateTime confirmedAt; ///< invalid: never confirmed (NULL)
        QString confirmedBy;
        QString summary; ///< the history's words for it
    };
    /// Gives each assignment of @p changes its new contact and confirmation (role,
    /// priority, note, cover and place stay), a few hundred a statement, with one history
    /// row ('update') each. Refused with @p stale as the error when one is no longer as
    /// its `before` says (contact or version): someone changed it. Only inside write().
    [[nodiscard]] bool reassignAssignments(const QVector<Reassignment> &changes, const QString &stale, QString *error);
    /// Puts back removed assignments as they were (ids, places, confirmations, cover),
    /// many rows a statement, with one history row ('create') each. Only inside write().
    [[nodiscard]] bool restoreAssignments(const QVector<Assignment> &assignments, QString *error);

Q_SIGNALS:
    void itemCreated(qint64 id);
    void itemUpdated(qint64 id);
    void itemRemoved(qint64 id);
    /// Contacts, teams, assignments or links changed.
    void ownershipChanged();
    /// A contact was created, changed or deleted, or a team's members changed
    /// (also followed by ownershipChanged).
    void contactsChanged();
    /// One contact was created, changed or deleted (its name, kind or addresses).
    void contactChanged(qint64 id);
    /// Many items changed at once (an import, its undo): read everything again. Sent
    /// once per transaction instead of a signal per item, and followed by ownershipChanged.
    void bulkChanged();
    /// A write failed because the inventory is damaged (Database::isDamaged()): from now
    /// on every write is refused. The window turns read-only on it.
    void damageFound();

private:
    /// Assignments of the items @p condition (on item, with @p kind bound) selects,
    /// by item, in position order.
    [[nodiscard]] std::optional<QVector<Assignment>> assignmentsOfItems(const QString &condition, const QString &kind,
                                                                        QString *error);
    QSqlQuery &prepared(const QString &sql);
    [[nodiscard]] bool exec(QSqlQuery &query, QString *error);
    /// prepared(@p sql) with @p values bound in order.
    QSqlQuery &bound(const QString &sql, std::initializer_list<QVariant> values);
    /// Runs @p sql with @p values, a write that must change exactly one row; else
    /// @p missing is the error (the record is not there, or not as expected).
    [[nodiscard]] bool changeOne(const QString &sql, std::initializer_list<QVariant> values, const QString &missing,
                                 QString *error);
    /// The ids in the first column of the rows @p sql (no values) gives, into @p ids.
    [[nodiscard]] std::optional<QSet<qint64>> selectIds(const QString &sql, QString *error);
    /// Every row @p sql gives with @p values, read by @p read.
    template <typename T>
    std::optional<QVector<T>> selectAll(const QString &sql, std::initializer_list<QVariant> values,
                                        T (*read)(const QSqlQuery &), QString *error)
    {
        QVector<T> result;
        QSqlQuery &q = bound(sql, values);
        if (!exec(q, error))
            return std::nullopt;
        while (q.next())
            result.append(read(q));
        q.finish();
        return result;
    }
    /// Runs @p sql, whose %1 stands for a list of ?, with @p ids a few hundred at a
    /// time (well under the server's and SQLite's limits on bound values), giving each
    /// row to @p row.
    [[nodiscard]] bool selectIn(const QString &sql, const QVector<qint64> &ids,
                                const std::function<void(const QSqlQuery &)> &row, QString *error);
    [[nodiscard]] bool insertedId(QSqlQuery &query, qint64 *id, QString *error);
    [[nodiscard]] bool writeItemDetails(const Item &item, bool insert, QString *error);
    [[nodiscard]] bool writeAddresses(const Contact &contact, QString *error);
    [[nodiscard]] bool checkParent(const Item &item, QString *error);
    /// The few columns of one item (kind, name, parent, status) a rule needs: one query,
    /// where item() reads its details, further hosts, aliases and tags as well.
    [[nodiscard]] std::optional<TreeRow> itemRow(qint64 id, QString *error);
    /// Trims an item's aliases and tags, drops empty and repeated ones, and refuses
    /// what cannot be stored (a separator in an alias or tag, further hosts of anything
    /// but a service on a host).
    [[nodiscard]] bool normaliseGraph(Item *item, QString *error);
    /// What normaliseGraph() cannot see: that further hosts are hosts, that aliases are
    /// free within the kind. Against the database, inside write().
    [[nodiscard]] bool checkGraph(const Item &item, QString *error);
    /// Replaces the item's further hosts, aliases and tags with @p item's.
    [[nodiscard]] bool writeItemGraph(const Item &item, bool insert, QString *error);
    [[nodiscard]] bool loadItemGraph(Item *item, QString *error);
    [[nodiscard]] bool writeContactTags(const Contact &contact, QString *error);
    /// Whether a link of @p type may be written: a built-in type or one declared.
    [[nodiscard]] bool checkLinkType(const QString &type, QString *error);
    /// Names are unique within a kind, as name keys compare them (trimmed, case
    /// folded): the rule the forms, the importer and the command line's look-ups rely
    /// on, here once (and schema step 5's unique index under it). Names the item that
    /// has the name already.
    [[nodiscard]] bool checkItemName(const Item &item, QString *error);
    /// Contact names are unique among all contacts, likewise.
    [[nodiscard]] bool checkContactName(const Contact &contact, QString *error);
    /// createValidatedItems(), or with @p keepIds restoreValidatedItems().
    [[nodiscard]] bool insertValidatedItems(QVector<Item> &items, bool keepIds, QString *error);
    /// createValidatedLinks(), or with @p keepIds restoreValidatedLinks().
    [[nodiscard]] bool insertValidatedLinks(QVector<Link> &links, bool keepIds, QString *error);
    /// After a bulk insert of @p items failed: whether a name taken already (by an item
    /// up to id @p before, or earlier in @p items) was the reason, said in @p error.
    bool bulkNameTaken(const QVector<Item> &items, const QVector<QString> &keys, qint64 before, QString *error);
    /// The services of @p subtree that also run on a host outside it, as they are.
    [[nodiscard]] std::optional<QVector<Item>> servicesThatStay(const QVector<qint64> &subtree, QString *error);
    /// deleteItem's statements and history rows, without its signal.
    [[nodiscard]] bool removeItemRows(qint64 id, QString *error);
    /// @p id and every item below it, parents before children.
    [[nodiscard]] std::optional<QVector<qint64>> subtreeIds(qint64 id, QString *error);
    [[nodiscard]] bool loadAddresses(QHash<qint64, Contact> *contacts, QString *error);
    void notify(std::function<void()> signal);
    /// @p contacts: a contact itself (name, addresses, members) changed, not only assignments.
    void notifyOwnershipChanged(bool contacts = false);
    QString contactName(qint64 id);
    QString nameFrom(const QString &sql, qint64 id);
    /// The one row @p sql (with one bound id) returns, read by @p read.
    template <typename T>
    [[nodiscard]] std::optional<T> readOne(const QString &sql, qint64 id, T (*read)(const QSqlQuery &),
                                           const QString &missing, QString *error)
    {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(id);
        if (!exec(q, error))
            return std::nullopt;
        std::optional<T> result;
        if (q.next())
            result = read(q);
        else if (error)
            *error = missing;
        q.finish();
        return result;
    }
    QString itemName(qint64 id);
    /// The history batch of this transaction, made with its first change.
    [[nodiscard]] bool ensureBatch(const QString &summary, QString *error);
    /// Runs @p sql, whose every `?` is bound to @p value.
    [[nodiscard]] bool execWithEach(const QString &sql, qint64 value, QString *error);
    /// INSERT @p head VALUES @p row, @p row, ... for @p count rows, many rows a statement;
    /// @p bind binds row @p index's values from @p offset on.
    [[nodiscard]] bool insertRows(const QString &head, const QString &row, int columns, qsizetype count,
                                  const std::function<void(QSqlQuery &, qsizetype index, int offset)> &bind,
                                  QString *error);
    void notifyBulk();
    [[nodiscard]] bool logChange(const QString &entity, qint64 entityId, qint64 itemId, const QString &action,
                                 const QString &summary, const QJsonObject &before, const QJsonObject &after,
                                 QString *error);

    Database &m_db;
    QHash<QString, QSqlQuery *> m_queries;
    QSet<QString> m_unprepared;
    int m_depth = 0;
    QVector<std::function<void()>> m_pending;
    bool m_ownershipPending = false;
    bool m_contactsPending = false;
    bool m_bulkPending = false;
    QString m_actor;
    std::function<QDateTime()> m_clock;
    QString m_label;
    qint64 m_batchId = 0;
    qint64 m_lastBatchId = 0;
};

} // namespace steward
