#include "BatchRevert.h"

#include "ChangeFields.h"
#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRevert)
};

using Outcome = BatchRevertEntry::Outcome;

const QString kItem = QStringLiteral("item");
const QString kContact = QStringLiteral("contact");
const QString kAssignment = QStringLiteral("assignment");
const QString kLink = QStringLiteral("link");
const QString kMember = QStringLiteral("team_member");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// What the batch did to a record, taken back: it goes, comes back, or gets fields back.
enum class Net
{
    Nothing, ///< made and removed by the batch (or changed and changed back)
    Delete,  ///< the batch made it
    Recreate,
    Update
};

/// One record the batch changed, with all its changes in the batch.
struct Record
{
    QString entity;
    qint64 id = 0;   ///< the entity's id (a membership's: the member's)
    qint64 team = 0; ///< a membership's team
    QVector<int> entries;
    Net net = Net::Nothing;
    /// Recreate: the record as it was; Update: the fields to put back.
    QJsonObject fields;
    Outcome outcome = Outcome::Revert;
    QString reason;
    QVector<HistoryEntry> since;
};

QString keyOf(const QString &entity, qint64 id, qint64 team = 0)
{
    return entity + QLatin1Char(':') + QString::number(id) + QLatin1Char(':') + QString::number(team);
}

qint64 teamOf(const QJsonObject &before, const QJsonObject &after)
{
    const qint64 team = before.value(QStringLiteral("team_id")).toInteger();
    return team ? team : after.value(QStringLiteral("team_id")).toInteger();
}

/// A batch's records, in the order of their first change, with what undoing each means.
struct Records
{
    QVector<Record> list;
    QHash<QString, int> byKey;

    Record *find(const QString &entity, qint64 id, qint64 team = 0)
    {
        const auto it = byKey.constFind(keyOf(entity, id, team));
        return it == byKey.constEnd() ? nullptr : &list[*it];
    }
    const Record *find(const QString &entity, qint64 id, qint64 team = 0) const
    {
        const auto it = byKey.constFind(keyOf(entity, id, team));
        return it == byKey.constEnd() ? nullptr : &list.at(*it);
    }
};

/**
 * Groups @p entries (a batch's, in order) by record and works out, from the last change
 * back to the first, what each record was before the batch. A membership's state before
 * comes from @p memberships (every change of the members concerned): the history's
 * team_member entries record a role only when one is made, and every save makes one.
 */
Records groupRecords(const QVector<HistoryEntry> &entries, const QVector<HistoryEntry> &memberships)
{
    Records records;
    QVector<QJsonObject> befores(entries.size()), afters(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        befores[i] = parse(e.before);
        afters[i] = parse(e.after);
        const qint64 team = e.entity == kMember ? teamOf(befores.at(i), afters.at(i)) : 0;
        const QString key = keyOf(e.entity, e.entityId, team);
        auto it = records.byKey.find(key);
        if (it == records.byKey.end()) {
            Record r;
            r.entity = e.entity;
            r.id = e.entityId;
            r.team = team;
            it = records.byKey.insert(key, static_cast<int>(records.list.size()));
            records.list.append(r);
        }
        records.list[*it].entries.append(i);
    }
    for (Record &r : records.list) {
        const HistoryEntry &first = entries.at(r.entries.first());
        const bool existsAfter = entries.at(r.entries.last()).action != QLatin1String("delete");
        bool existedBefore = true;
        QJsonObject fields;
        if (r.entity == kMember) {
            // The membership before the batch: its last change before the batch's first.
            const HistoryEntry *prior = nullptr;
            for (const HistoryEntry &m : memberships) {
                if (m.id >= first.id)
                    break;
                if (m.entityId == r.id && teamOf(parse(m.before), parse(m.after)) == r.team)
                    prior = &m;
            }
            if (prior && prior->action == QLatin1String("create")) {
                const QJsonObject was = parse(prior->after);
                fields = {{QStringLiteral("team_id"), r.team},
                          {QStringLiteral("member_id"), r.id},
                          {QStringLiteral("role"), was.value(QStringLiteral("role"))},
                          {QStringLiteral("note"), was.value(QStringLiteral("note"))}};
            } else if (!prior && first.action == QLatin1String("delete")) {
                r.outcome = Outcome::Cannot;
                r.reason = Tr::tr("The history does not record this membership's role: make it again by hand.");
            } else {
                existedBefore = false;
            }
        } else {
            // From the state after the batch back to the state before it.
            for (qsizetype k = r.entries.size() - 1; k >= 0; --k) {
                const int i = r.entries.at(k);
                const QString &action = entries.at(i).action;
                if (action == QLatin1String("create")) {
                    existedBefore = false;
                    fields = {};
                } else if (action == QLatin1String("delete")) {
                    existedBefore = true;
                    fields = befores.at(i);
                } else {
                    existedBefore = true;
                    const QJsonObject &before = befores.at(i);
                    for (auto f = before.constBegin(); f != before.constEnd(); ++f)
                        fields.insert(f.key(), f.value());
                }
            }
        }
        if (!existedBefore && !existsAfter)
            r.net = Net::Nothing;
        else if (!existedBefore)
            r.net = Net::Delete;
        else if (!existsAfter)
            r.net = Net::Recreate;
        else
            r.net = fields.isEmpty() ? Net::Nothing : Net::Update;
        r.fields = fields;
    }
    return records;
}

QVector<qint64> idsFrom(const QJsonArray &array)
{
    QVector<qint64> ids;
    for (const QJsonValue &v : array)
        ids.append(v.toInteger());
    return ids;
}

Assignment assignmentFromFields(qint64 id, const QJsonObject &f)
{
    Assignment a;
    a.id = id;
    a.itemId = f.value(QStringLiteral("item_id")).toInteger();
    a.contactId = f.value(QStringLiteral("contact_id")).toInteger();
    a.role = f.value(QStringLiteral("role")).toString();
    a.priority = keys::priorityFromKey(f.value(QStringLiteral("priority")).toString());
    a.note = f.value(QStringLiteral("note")).toString();
    a.position = -1; // not recorded: it goes last
    return a;
}

/// Sets the assignment fields named in @p f (a recorded "before") on @p a.
void applyAssignmentFields(Assignment *a, const QJsonObject &f)
{
    const auto has = [&f](const char *key) { return f.contains(QLatin1String(key)); };
    const auto text = [&f](const char *key) { return f.value(QLatin1String(key)).toString(); };
    if (has("contact_id"))
        a->contactId = f.value(QStringLiteral("contact_id")).toInteger();
    if (has("role"))
        a->role = text("role");
    if (has("priority"))
        a->priority = keys::priorityFromKey(text("priority"));
    if (has("note"))
        a->note = text("note");
    // NULL (no limit, never confirmed) is recorded as null: an empty text, an invalid value.
    if (has("valid_from"))
        a->validFrom = QDate::fromString(text("valid_from"), Qt::ISODate);
    if (has("valid_until"))
        a->validUntil = QDate::fromString(text("valid_until"), Qt::ISODate);
    if (has("confirmed_at")) {
        const QString at = text("confirmed_at");
        a->confirmedAt = at.isEmpty() ? QDateTime() : QDateTime::fromString(at, Qt::ISODateWithMs);
        if (a->confirmedAt.isValid())
            a->confirmedAt.setTimeSpec(Qt::UTC);
    }
    if (has("confirmed_by"))
        a->confirmedBy = text("confirmed_by");
}

Link linkFromFields(qint64 id, const QJsonObject &f)
{
    Link link;
    link.id = id;
    link.fromItem = f.value(QStringLiteral("from_item")).toInteger();
    link.toItem = f.value(QStringLiteral("to_item")).toInteger();
    link.type = f.value(QStringLiteral("kind")).toString();
    link.note = f.value(QStringLiteral("note")).toString();
    return link;
}

TeamMember memberFromFields(const QJsonObject &f)
{
    TeamMember m;
    m.teamId = f.value(QStringLiteral("team_id")).toInteger();
    m.memberId = f.value(QStringLiteral("member_id")).toInteger();
    m.role = f.value(QStringLiteral("role")).toString();
    m.note = f.value(QStringLiteral("note")).toString();
    m.position = -1;
    return m;
}

Item itemFromFields(qint64 id, const QJsonObject &f)
{
    Item item;
    item.id = id;
    keys::itemKindFromKey(f.value(QStringLiteral("kind")).toString(), &item.kind);
    applyItemFields(&item, f);
    item.graphLoaded = true;
    return item;
}

Contact contactFromFields(qint64 id, const QJsonObject &f)
{
    Contact c;
    c.id = id;
    applyContactFields(&c, f);
    return c;
}

/// "name, status" from the keys of a recorded "before".
QString fieldList(const QJsonObject &fields)
{
    return fields.keys().join(QStringLiteral(", "));
}

// --- The records as they are now ---------------------------------------------------

/// What the inventory holds now of the records a batch names, read in bulk.
struct Current
{
    QHash<qint64, Item> items;
    QHash<qint64, Contact> contacts;
    QHash<qint64, Assignment> assignments;
    QHash<qint64, Link> links;
    QHash<qint64, QVector<TeamMember>> teams; ///< the members of each team concerned

    const TeamMember *member(qint64 team, qint64 member) const
    {
        const auto it = teams.constFind(team);
        if (it == teams.constEnd())
            return nullptr;
        for (const TeamMember &m : *it) {
            if (m.memberId == member)
                return &m;
        }
        return nullptr;
    }
};

bool readContacts(Store &store, const QVector<qint64> &ids, QHash<qint64, Contact> *into, QString *error)
{
    if (ids.isEmpty())
        return true;
    // With their addresses and tags.
    auto found = store.contactsById(ids, error);
    if (!found)
        return false;
    into->insert(*found);
    return true;
}

/// Reads what @p records name now: the records themselves and those they refer to.
bool readCurrent(Store &store, const Records &records, Current *now, QString *error)
{
    QSet<qint64> items, contacts, assignments, links, teams;
    for (const Record &r : records.list) {
        const QJsonObject &f = r.fields;
        if (r.entity == kItem) {
            items.insert(r.id);
            if (f.contains(QStringLiteral("parent_id")))
                items.insert(f.value(QStringLiteral("parent_id")).toInteger());
            for (qint64 host : idsFrom(f.value(QStringLiteral("also_runs_on")).toArray()))
                items.insert(host);
        } else if (r.entity == kContact) {
            contacts.insert(r.id);
            if (f.contains(QStringLiteral("team_id")))
                contacts.insert(f.value(QStringLiteral("team_id")).toInteger());
        } else if (r.entity == kAssignment) {
            assignments.insert(r.id);
            items.insert(f.value(QStringLiteral("item_id")).toInteger());
            contacts.insert(f.value(QStringLiteral("contact_id")).toInteger());
        } else if (r.entity == kLink) {
            links.insert(r.id);
            items.insert(f.value(QStringLiteral("from_item")).toInteger());
            items.insert(f.value(QStringLiteral("to_item")).toInteger());
        } else if (r.entity == kMember) {
            teams.insert(r.team);
            contacts.insert(r.team);
            contacts.insert(r.id);
        }
    }
    items.remove(0);
    contacts.remove(0);
    const auto list = [](const QSet<qint64> &set) {
        QVector<qint64> ids(set.cbegin(), set.cend());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const auto foundItems = store.itemsById(list(items), error);
    if (!foundItems)
        return false;
    for (const Item &item : *foundItems)
        now->items.insert(item.id, item);
    const auto foundAssignments = store.assignmentsById(list(assignments), error);
    if (!foundAssignments)
        return false;
    for (const Assignment &a : *foundAssignments) {
        now->assignments.insert(a.id, a);
        contacts.insert(a.contactId);
    }
    if (!readContacts(store, list(contacts), &now->contacts, error))
        return false;
    const auto foundLinks = store.linksById(list(links), error);
    if (!foundLinks)
        return false;
    for (const Link &link : *foundLinks)
        now->links.insert(link.id, link);
    for (qint64 team : list(teams)) {
        auto members = store.teamMembers(team, error);
        if (!members)
            return false;
        now->teams.insert(team, *members);
    }
    return true;
}

bool existsNow(const Current &now, const Record &r)
{
    if (r.entity == kItem)
        return now.items.contains(r.id);
    if (r.entity == kContact)
        return now.contacts.contains(r.id);
    if (r.entity == kAssignment)
        return now.assignments.contains(r.id);
    if (r.entity == kLink)
        return now.links.contains(r.id);
    return now.member(r.team, r.id) != nullptr;
}

// --- Planning ------------------------------------------------------------------------

/// The plan under construction: the records, the inventory now, and the later history.
class Planner
{
public:
    Planner(Store &store, const QVector<HistoryEntry> &entries, Records &records, Current &now,
            const QVector<HistoryEntry> &later)
        : m_store(store)
        , m_entries(entries)
        , m_records(records)
        , m_now(now)
    {
        for (const HistoryEntry &e : later) {
            const qint64 team = e.entity == kMember ? teamOf(parse(e.before), parse(e.after)) : 0;
            m_later[keyOf(e.entity, e.entityId, team)].append(e);
        }
    }

    bool run(QString *error)
    {
        markChangedSince();
        if (!markTaken(error) || !findDependants(error))
            return false;
        markAddedSince();
        // Blocked spreads: what needs a record that stays needs to stay too.
        for (bool changed = true; changed;) {
            changed = false;
            for (Record &r : m_records.list) {
                if (r.outcome != Outcome::Revert || r.net == Net::Nothing)
                    continue;
                QString why;
                if (!dependenciesHold(r, &why)) {
                    r.outcome = Outcome::Blocked;
                    r.reason = why;
                    changed = true;
                }
            }
        }
        return true;
    }

private:
    void markChangedSince()
    {
        for (Record &r : m_records.list) {
            if (r.outcome != Outcome::Revert)
                continue;
            const QVector<HistoryEntry> since = m_later.value(keyOf(r.entity, r.id, r.team));
            if (!since.isEmpty()) {
                r.outcome = Outcome::Conflict;
                r.since = since;
                r.reason =
                    since.last().action == QLatin1String("delete")
                        ? Tr::tr("Deleted since the batch.")
                        : Tr::tr("Changed since the batch (%n change(s)).", nullptr, static_cast<int>(since.size()));
                continue;
            }
            const bool exists = existsNow(m_now, r);
            if ((r.net == Net::Delete || r.net == Net::Update) && !exists) {
                // Gone without a change of its own: with its item or contact, deleted since.
                r.outcome = Outcome::Conflict;
                r.reason = Tr::tr("No longer exists: it went with a record deleted since.");
                const QJsonObject after = parse(m_entries.at(r.entries.last()).after);
                const auto ref = [&](const char *key) {
                    const QString name = QLatin1String(key);
                    return after.contains(name) ? after.value(name).toInteger() : r.fields.value(name).toInteger();
                };
                if (r.entity == kAssignment) {
                    r.since += m_later.value(keyOf(kItem, ref("item_id")));
                    r.since += m_later.value(keyOf(kContact, ref("contact_id")));
                } else if (r.entity == kLink) {
                    r.since += m_later.value(keyOf(kItem, ref("from_item")));
                    r.since += m_later.value(keyOf(kItem, ref("to_item")));
                } else if (r.entity == kMember) {
                    r.since += m_later.value(keyOf(kContact, r.team));
                    r.since += m_later.value(keyOf(kContact, r.id));
                }
                std::sort(r.since.begin(), r.since.end(),
                          [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
            } else if (r.net == Net::Recreate && exists) {
                r.outcome = Outcome::Conflict;
                r.reason = Tr::tr("Exists again.");
            }
        }
    }

    /// Whether @p other, a record there now, is still there after the revert in a way
    /// that keeps its name (or its place: an assignment's item, contact and role).
    bool staysAsItIs(const QString &entity, qint64 other) const
    {
        const Record *r = m_records.find(entity, other);
        return !r || r->outcome != Outcome::Revert || r->net == Net::Nothing;
    }

    void conflict(Record &r, const QString &why, const QString &entity, qint64 other)
    {
        r.outcome = Outcome::Conflict;
        r.reason = why;
        r.since = m_later.value(keyOf(entity, other));
    }

    /// @p r would take back @p name, which @p holder has. One that stays is a change since;
    /// one this revert deletes or renames goes only after the names are put back (the
    /// revert makes records again and renames them before it deletes any).
    void nameTaken(Record &r, const QString &name, const QString &holder, const QString &entity, qint64 other)
    {
        if (staysAsItIs(entity, other)) {
            conflict(r, Tr::tr("The name \"%1\" is \"%2\"'s now.").arg(name, holder), entity, other);
            return;
        }
        r.outcome = Outcome::Cannot;
        r.reason = Tr::tr("The name \"%1\" is \"%2\"'s until this revert deletes or renames it: revert the batch "
                          "again afterwards.")
                       .arg(name, holder);
    }

    /// What the revert would make again or rename whose name (or, an assignment or a
    /// link, whose place) another record has taken since; and the organisation, which
    /// an inventory always keeps.
    bool markTaken(QString *error)
    {
        QVector<qint64> assignmentItems, linkItems;
        for (Record &r : m_records.list) {
            if (r.outcome != Outcome::Revert)
                continue;
            const QJsonObject &f = r.fields;
            if (r.entity == kItem && r.net == Net::Delete &&
                parse(m_entries.at(r.entries.first()).after).value(QStringLiteral("kind")).toString() ==
                    keys::itemKind(ItemKind::Organisation)) {
                r.outcome = Outcome::Cannot;
                r.reason = Tr::tr("The organisation stays: an inventory always has one.");
                continue;
            }
            const bool named = r.net == Net::Recreate || (r.net == Net::Update && f.contains(QStringLiteral("name")));
            if (named && r.entity == kItem) {
                ItemKind kind = ItemKind::Service;
                const QString kindKey = f.contains(QStringLiteral("kind"))
                                            ? f.value(QStringLiteral("kind")).toString()
                                            : keys::itemKind(m_now.items.value(r.id).kind);
                keys::itemKindFromKey(kindKey, &kind);
                QStringList names{f.value(QStringLiteral("name")).toString()};
                if (r.net == Net::Recreate)
                    names += itemFromFields(r.id, f).aliases;
                for (const QString &name : std::as_const(names)) {
                    const auto found = m_store.findItemsByName(name, error);
                    if (!found)
                        return false;
                    for (const Item &other : *found) {
                        if (other.id != r.id && other.kind == kind) {
                            nameTaken(r, name, other.name, kItem, other.id);
                            break;
                        }
                    }
                    if (r.outcome != Outcome::Revert)
                        break;
                }
            } else if (named && r.entity == kContact) {
                const QString name = f.value(QStringLiteral("name")).toString();
                const auto found = m_store.findContactsByName(name, error);
                if (!found)
                    return false;
                for (const Contact &other : *found) {
                    if (other.id != r.id) {
                        nameTaken(r, name, other.name, kContact, other.id);
                        break;
                    }
                }
            } else if (r.net == Net::Recreate && r.entity == kAssignment) {
                assignmentItems.append(f.value(QStringLiteral("item_id")).toInteger());
            } else if (r.net == Net::Recreate && r.entity == kLink) {
                linkItems.append(f.value(QStringLiteral("from_item")).toInteger());
            }
        }
        // An assignment or a link made again where an equal one was made since.
        if (!assignmentItems.isEmpty()) {
            const auto current = m_store.assignmentsFor(assignmentItems, error);
            if (!current)
                return false;
            for (Record &r : m_records.list) {
                if (r.outcome != Outcome::Revert || r.net != Net::Recreate || r.entity != kAssignment)
                    continue;
                const Assignment was = assignmentFromFields(r.id, r.fields);
                for (const Assignment &a : *current) {
                    if (a.id != r.id && a.itemId == was.itemId && a.contactId == was.contactId && a.role == was.role &&
                        staysAsItIs(kAssignment, a.id)) {
                        conflict(r, Tr::tr("Assigned again since, as %1.").arg(a.role), kAssignment, a.id);
                        break;
                    }
                }
            }
        }
        if (!linkItems.isEmpty()) {
            const auto current = m_store.linksOfItems(linkItems, error);
            if (!current)
                return false;
            for (Record &r : m_records.list) {
                if (r.outcome != Outcome::Revert || r.net != Net::Recreate || r.entity != kLink)
                    continue;
                const Link was = linkFromFields(r.id, r.fields);
                for (const Link &l : *current) {
                    if (l.id != r.id && l.fromItem == was.fromItem && l.toItem == was.toItem && l.type == was.type &&
                        staysAsItIs(kLink, l.id)) {
                        conflict(r, Tr::tr("Linked again since."), kLink, l.id);
                        break;
                    }
                }
            }
        }
        return true;
    }

    /// A record to delete with something made since hanging on it (under it, assigned
    /// to it, linked with it): a change of the record in all but name, listed as one.
    void markAddedSince()
    {
        for (Record &r : m_records.list) {
            if (r.outcome != Outcome::Revert || r.net != Net::Delete)
                continue;
            const QVector<Dependant> needs = m_needs.value(keyOf(r.entity, r.id));
            for (const Dependant &d : needs) {
                if (m_records.find(d.entity, d.id, d.team))
                    continue; // the batch's own: blocked or not, below
                r.outcome = Outcome::Conflict;
                r.reason = describe(d, r);
                r.since += m_later.value(keyOf(d.entity, d.id, d.team));
            }
            std::sort(r.since.begin(), r.since.end(),
                      [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
            r.since.erase(std::unique(r.since.begin(), r.since.end(),
                                      [](const HistoryEntry &a, const HistoryEntry &b) { return a.id == b.id; }),
                          r.since.end());
        }
    }

    /// What depends now on the records the revert would delete: other items under them,
    /// assignments, links, services placed on them; contacts' assignments and teams.
    bool findDependants(QString *error)
    {
        QVector<qint64> items, contacts;
        for (const Record &r : std::as_const(m_records.list)) {
            if (r.outcome != Outcome::Revert || r.net != Net::Delete)
                continue;
            if (r.entity == kItem)
                items.append(r.id);
            else if (r.entity == kContact)
                contacts.append(r.id);
        }
        if (!items.isEmpty()) {
            const auto children = m_store.childrenOf(items, error);
            const auto assignments = children ? m_store.assignmentsFor(items, error) : std::nullopt;
            const auto links = assignments ? m_store.linksOfItems(items, error) : std::nullopt;
            const auto placements = links ? m_store.placementsOn(items, error) : std::nullopt;
            if (!placements)
                return false;
            for (const TreeRow &child : *children)
                m_needs[keyOf(kItem, child.parentId)].append({kItem, child.id, 0, child.name, Dependant::Child});
            for (const Assignment &a : *assignments)
                m_needs[keyOf(kItem, a.itemId)].append({kAssignment, a.id, 0, QString(), Dependant::Assigned});
            for (const Link &l : *links) {
                m_needs[keyOf(kItem, l.fromItem)].append({kLink, l.id, 0, l.toName, Dependant::Linked});
                m_needs[keyOf(kItem, l.toItem)].append({kLink, l.id, 0, l.fromName, Dependant::Linked});
            }
            for (const Placement &p : *placements)
                m_needs[keyOf(kItem, p.hostId)].append({kItem, p.serviceId, 0, QString(), Dependant::Placed});
        }
        for (qint64 id : std::as_const(contacts)) {
            const auto snapshot = m_store.snapshotContact(id, error);
            if (!snapshot)
                return false;
            auto &needs = m_needs[keyOf(kContact, id)];
            for (const Assignment &a : snapshot->assignments)
                needs.append({kAssignment, a.id, 0, QString(), Dependant::Assigned});
            for (const TeamMember &m : snapshot->memberships)
                needs.append({kMember, m.memberId, m.teamId, m.memberName, Dependant::Member});
            for (qint64 list : snapshot->teamOf)
                needs.append({kContact, list, 0, QString(), Dependant::TeamOf});
        }
        return true;
    }

    struct Dependant
    {
        QString entity;
        qint64 id = 0;
        qint64 team = 0;
        QString name;
        enum Kind
        {
            Child,
            Assigned,
            Linked,
            Placed,
            Member,
            TeamOf
        } kind = Child;
    };

    /// Whether @p d stops depending on record @p owner when the revert is done.
    bool goesAway(const Dependant &d, qint64 owner) const
    {
        const Record *r = m_records.find(d.entity, d.id, d.team);
        if (!r || r->outcome != Outcome::Revert)
            return false;
        if (r->net == Net::Delete)
            return true;
        if (r->net != Net::Update)
            return false;
        const QJsonObject &f = r->fields;
        switch (d.kind) {
        case Dependant::Child:
            return f.contains(QStringLiteral("parent_id")) && f.value(QStringLiteral("parent_id")).toInteger() != owner;
        case Dependant::Placed:
            return f.contains(QStringLiteral("also_runs_on")) &&
                   !idsFrom(f.value(QStringLiteral("also_runs_on")).toArray()).contains(owner);
        case Dependant::Assigned:
            return f.contains(QStringLiteral("contact_id")) &&
                   f.value(QStringLiteral("contact_id")).toInteger() != owner;
        case Dependant::TeamOf:
            return f.contains(QStringLiteral("team_id")) && f.value(QStringLiteral("team_id")).toInteger() != owner;
        case Dependant::Linked:
        case Dependant::Member: break;
        }
        return false;
    }

    /// Whether item or contact @p id exists once the revert is done.
    bool willExist(const QString &entity, qint64 id) const
    {
        if (id <= 0)
            return false;
        const Record *r = m_records.find(entity, id);
        if (r && r->outcome == Outcome::Revert) {
            if (r->net == Net::Recreate)
                return true;
            if (r->net == Net::Delete)
                return false;
        }
        return entity == kItem ? m_now.items.contains(id) : m_now.contacts.contains(id);
    }

    QString itemName(qint64 id) const
    {
        if (m_now.items.contains(id))
            return m_now.items.value(id).name;
        if (const Record *r = m_records.find(kItem, id))
            return r->fields.value(QStringLiteral("name")).toString();
        return QString::number(id);
    }
    QString contactName(qint64 id) const
    {
        if (m_now.contacts.contains(id))
            return m_now.contacts.value(id).name;
        if (const Record *r = m_records.find(kContact, id))
            return r->fields.value(QStringLiteral("name")).toString();
        return QString::number(id);
    }

    bool needItem(qint64 id, QString *why) const
    {
        if (willExist(kItem, id))
            return true;
        *why = Tr::tr("Needs \"%1\", which no longer exists or stays deleted.").arg(itemName(id));
        return false;
    }
    bool needContact(qint64 id, QString *why) const
    {
        if (willExist(kContact, id))
            return true;
        *why = Tr::tr("Needs the contact \"%1\", which no longer exists or stays deleted.").arg(contactName(id));
        return false;
    }

    /// Why @p d keeps @p r from being deleted.
    QString describe(const Dependant &d, const Record &r) const
    {
        switch (d.kind) {
        case Dependant::Child: return Tr::tr("\"%1\" is under it and stays.").arg(d.name);
        case Dependant::Placed: return Tr::tr("\"%1\" runs on it and stays.").arg(itemName(d.id));
        case Dependant::Assigned:
            return r.entity == kItem ? Tr::tr("It has a contact assigned that stays.")
                                     : Tr::tr("It is assigned to an item, and that stays.");
        case Dependant::Linked: return Tr::tr("It is linked with \"%1\", and that stays.").arg(d.name);
        case Dependant::Member: return Tr::tr("A team membership of it (%1) stays.").arg(d.name);
        case Dependant::TeamOf: return Tr::tr("\"%1\" belongs to it and stays.").arg(contactName(d.id));
        }
        return QString();
    }

    bool dependenciesHold(Record &r, QString *why)
    {
        const QJsonObject &f = r.fields;
        if (r.net == Net::Delete) {
            const QVector<Dependant> needs = m_needs.value(keyOf(r.entity, r.id));
            for (const Dependant &d : needs) {
                if (!goesAway(d, r.id)) {
                    *why = describe(d, r);
                    return false;
                }
            }
            return true;
        }
        if (r.entity == kItem) {
            if (f.contains(QStringLiteral("parent_id")) && f.value(QStringLiteral("parent_id")).toInteger() > 0 &&
                !needItem(f.value(QStringLiteral("parent_id")).toInteger(), why))
                return false;
            for (qint64 host : idsFrom(f.value(QStringLiteral("also_runs_on")).toArray())) {
                if (!needItem(host, why))
                    return false;
            }
            return true;
        }
        if (r.entity == kContact) {
            const qint64 team = f.value(QStringLiteral("team_id")).toInteger();
            return team <= 0 || needContact(team, why);
        }
        if (r.entity == kAssignment) {
            if (r.net == Net::Update) {
                return !f.contains(QStringLiteral("contact_id")) ||
                       needContact(f.value(QStringLiteral("contact_id")).toInteger(), why);
            }
            const Assignment a = assignmentFromFields(r.id, f);
            return needItem(a.itemId, why) && needContact(a.contactId, why);
        }
        if (r.entity == kLink) {
            if (r.net == Net::Update)
                return true;
            const Link link = linkFromFields(r.id, f);
            return needItem(link.fromItem, why) && needItem(link.toItem, why);
        }
        if (r.entity == kMember)
            return needContact(r.team, why) && needContact(r.id, why);
        return true;
    }

    Store &m_store;
    const QVector<HistoryEntry> &m_entries;
    Records &m_records;
    Current &m_now;
    QHash<QString, QVector<HistoryEntry>> m_later;
    QHash<QString, QVector<Dependant>> m_needs;
};

QString describeAction(const Record &r, const Current &now)
{
    const bool item = r.entity == kItem, contact = r.entity == kContact;
    QString name;
    if (item)
        name =
            now.items.contains(r.id) ? now.items.value(r.id).name : r.fields.value(QStringLiteral("name")).toString();
    else if (contact)
        name = now.contacts.contains(r.id) ? now.contacts.value(r.id).name
                                           : r.fields.value(QStringLiteral("name")).toString();
    switch (r.net) {
    case Net::Nothing: return Tr::tr("Nothing: the batch made it and took it away again");
    case Net::Delete:
        if (item || contact)
            return Tr::tr("Delete \"%1\"").arg(name);
        return r.entity == kMember ? Tr::tr("Take out of the team") : Tr::tr("Remove");
    case Net::Recreate:
        if (item || contact)
            return Tr::tr("Make \"%1\" again").arg(name);
        return Tr::tr("Make again");
    case Net::Update:
        if (item || contact)
            return Tr::tr("Put back %1 of \"%2\"").arg(fieldList(r.fields), name);
        return Tr::tr("Put back %1").arg(fieldList(r.fields));
    }
    return QString();
}

/// What a record put back does not get back exactly.
QString inexactness(const Record &r)
{
    if (r.net != Net::Recreate)
        return QString();
    if (r.entity == kItem)
        return Tr::tr("Made again with its recorded fields; the contacts, links and services on it that went "
                      "with it are not in the history, unless the batch removed them itself.");
    if (r.entity == kContact)
        return Tr::tr("Made again with its recorded fields; teams it was in are not in the history unless the batch "
                      "changed them itself.");
    if (r.entity == kAssignment || r.entity == kMember)
        return Tr::tr("Its place in the list is not recorded: it goes last.");
    return QString();
}

} // namespace

/// The records a plan was made from and the inventory as it read them.
struct BatchRevertBasis
{
    Records records;
    Current now;
};

// --- Plan ------------------------------------------------------------------------------

int BatchRevertPlan::count(BatchRevertEntry::Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(entries.cbegin(), entries.cend(), [outcome](const auto &e) { return e.outcome == outcome; }));
}

int BatchRevertPlan::changedCount() const
{
    return count(Outcome::Conflict) + count(Outcome::Blocked);
}

QString outcomeName(BatchRevertEntry::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Revert: return Tr::tr("revert");
    case Outcome::Conflict: return Tr::tr("changed since");
    case Outcome::Blocked: return Tr::tr("blocked");
    case Outcome::Cannot: return Tr::tr("cannot be reverted");
    }
    return QString();
}

namespace {

/// The batch's records and their plan, read from the store as it is now.
bool planRecords(Store &store, const QVector<HistoryEntry> &entries, Records *records, Current *now, QString *error)
{
    QVector<qint64> members;
    for (const HistoryEntry &e : entries) {
        if (e.entity == kMember)
            members.append(e.entityId);
    }
    QVector<HistoryEntry> memberships;
    if (!members.isEmpty()) {
        auto found = store.membershipChanges(members, error);
        if (!found)
            return false;
        memberships = std::move(*found);
    }
    *records = groupRecords(entries, memberships);
    if (!readCurrent(store, *records, now, error))
        return false;
    // Interleaved on a server: a change of another batch between this batch's first and last.
    auto after = store.changesAfter(entries.first().id, error);
    if (!after)
        return false;
    const qint64 batch = entries.first().batchId;
    after->removeIf([batch](const HistoryEntry &e) { return e.batchId == batch; });
    Planner planner(store, entries, *records, *now, *after);
    return planner.run(error);
}

} // namespace

std::optional<BatchRevertPlan> planBatchRevert(Store &store, qint64 batchId, QString *error)
{
    const auto mark = store.historyMark(error);
    if (!mark)
        return std::nullopt;
    const auto entries = store.batchChanges(batchId, error);
    if (!entries)
        return std::nullopt;
    if (entries->isEmpty()) {
        fail(error, Tr::tr("There is no change %1 in the history.").arg(batchId));
        return std::nullopt;
    }
    auto basis = std::make_shared<BatchRevertBasis>();
    if (!planRecords(store, *entries, &basis->records, &basis->now, error))
        return std::nullopt;
    const Records &records = basis->records;
    const Current &now = basis->now;
    BatchRevertPlan plan;
    plan.basis = basis;
    plan.batchId = batchId;
    plan.batchLabel = entries->first().label;
    plan.batchAt = entries->first().at;
    plan.batchActor = entries->first().actor;
    plan.label = Tr::tr("Revert: %1").arg(plan.batchLabel);
    plan.lastChange = mark->lastChange;
    plan.changeCount = mark->changes;
    plan.entries.resize(entries->size());
    for (const Record &r : std::as_const(records.list)) {
        const QString action = describeAction(r, now);
        const QString reason = r.outcome == Outcome::Revert ? inexactness(r) : r.reason;
        for (int i : r.entries) {
            BatchRevertEntry &e = plan.entries[i];
            e.change = entries->at(i);
            e.outcome = r.outcome;
            e.action = action;
            e.reason = reason;
            e.since = r.since;
        }
    }
    return plan;
}

// --- Steps -------------------------------------------------------------------------------

namespace {

RevertStep step(RevertStep::Op op)
{
    RevertStep s;
    s.op = op;
    return s;
}

/// The writes that put the records of @p records whose outcome is Revert back, in an
/// order that works: what hangs on a record goes before it and comes back after it.
std::optional<RevertSteps> buildSteps(const Records &records, const Current &now, QString *error)
{
    using Op = RevertStep::Op;
    RevertStep removeAssignments = step(Op::RemoveAssignments), removeLinks = step(Op::RemoveLinks),
               removeMembers = step(Op::RemoveMembers), createContacts = step(Op::CreateContacts),
               createItems = step(Op::CreateItems), addAssignments = step(Op::AddAssignments),
               addLinks = step(Op::AddLinks), deleteContacts = step(Op::DeleteContacts),
               deleteItems = step(Op::DeleteItems);
    RevertStep addMembers = step(Op::AddMembers);
    RevertSteps updates;
    const auto missing = [error](const Record &r) {
        fail(error, Tr::tr("%1 %2 is not as the revert was planned; look at it again.").arg(r.entity).arg(r.id));
        return std::nullopt;
    };
    for (const Record &r : records.list) {
        if (r.outcome != Outcome::Revert || r.net == Net::Nothing)
            continue;
        const QJsonObject &f = r.fields;
        if (r.entity == kItem) {
            if (r.net == Net::Recreate) {
                createItems.items.append(itemFromFields(r.id, f));
                continue;
            }
            if (!now.items.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                deleteItems.items.append(now.items.value(r.id));
            } else {
                RevertStep s = step(Op::UpdateItem);
                Item target = now.items.value(r.id);
                applyItemFields(&target, f);
                s.items = {target};
                updates.append(s);
            }
        } else if (r.entity == kContact) {
            if (r.net == Net::Recreate) {
                createContacts.contacts.append(contactFromFields(r.id, f));
                continue;
            }
            if (!now.contacts.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                deleteContacts.contacts.append(now.contacts.value(r.id));
            } else {
                RevertStep s = step(Op::UpdateContact);
                Contact target = now.contacts.value(r.id);
                applyContactFields(&target, f);
                s.contacts = {target};
                updates.append(s);
            }
        } else if (r.entity == kAssignment) {
            if (r.net == Net::Recreate) {
                Assignment a = assignmentFromFields(r.id, f);
                applyAssignmentFields(&a, f);
                addAssignments.assignments.append(a);
                continue;
            }
            if (!now.assignments.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                removeAssignments.assignments.append(now.assignments.value(r.id));
            } else {
                RevertStep s = step(Op::UpdateAssignment);
                Assignment target = now.assignments.value(r.id);
                applyAssignmentFields(&target, f);
                s.assignments = {target};
                updates.append(s);
            }
        } else if (r.entity == kLink) {
            if (r.net == Net::Recreate) {
                addLinks.links.append(linkFromFields(r.id, f));
                continue;
            }
            if (!now.links.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                removeLinks.links.append(now.links.value(r.id));
            } else {
                RevertStep s = step(Op::SetLinkNote);
                Link target = now.links.value(r.id);
                target.note = f.value(QStringLiteral("note")).toString(target.note);
                s.links = {target, now.links.value(r.id)};
                updates.append(s);
            }
        } else if (r.entity == kMember) {
            const TeamMember *current = now.member(r.team, r.id);
            if (r.net == Net::Recreate) {
                addMembers.members.append(memberFromFields(f));
                continue;
            }
            if (!current)
                return missing(r);
            if (r.net == Net::Delete) {
                removeMembers.members.append(*current);
            } else {
                RevertStep s = step(Op::SetMember);
                TeamMember target = *current;
                target.role = f.value(QStringLiteral("role")).toString(target.role);
                target.note = f.value(QStringLiteral("note")).toString(target.note);
                s.members = {target, *current};
                updates.append(s);
            }
        }
    }
    RevertSteps steps;
    const auto add = [&steps](const RevertStep &s) {
        if (!s.items.isEmpty() || !s.contacts.isEmpty() || !s.assignments.isEmpty() || !s.links.isEmpty() ||
            !s.members.isEmpty())
            steps.append(s);
    };
    add(removeAssignments);
    add(removeLinks);
    add(removeMembers);
    add(createContacts);
    add(createItems);
    for (const RevertStep &s : std::as_const(updates))
        add(s);
    add(addAssignments);
    add(addLinks);
    add(addMembers);
    add(deleteContacts);
    add(deleteItems);
    return steps;
}

/// Runs the writes of steps, collecting the steps that take them back.
class StepRunner
{
public:
    explicit StepRunner(Store &store)
        : m_store(store)
    {}

    bool run(const RevertStep &s, RevertSteps *inverse, QString *error)
    {
        using Op = RevertStep::Op;
        RevertStep back;
        bool ok = false;
        switch (s.op) {
        case Op::RemoveAssignments: ok = removeAssignments(s, &back, error); break;
        case Op::AddAssignments: ok = addAssignments(s, &back, error); break;
        case Op::UpdateAssignment: ok = updateAssignment(s, &back, error); break;
        case Op::RemoveLinks: ok = removeLinks(s, &back, error); break;
        case Op::AddLinks: ok = addLinks(s, &back, error); break;
        case Op::SetLinkNote: ok = setLinkNote(s, &back, error); break;
        case Op::RemoveMembers: ok = removeMembers(s, &back, error); break;
        case Op::AddMembers: ok = addMembers(s, &back, error); break;
        case Op::SetMember: ok = setMember(s, &back, error); break;
        case Op::DeleteContacts: ok = deleteContacts(s, &back, error); break;
        case Op::CreateContacts: ok = createContacts(s, &back, error); break;
        case Op::UpdateContact: ok = updateContact(s, &back, error); break;
        case Op::DeleteItems: ok = deleteItems(s, &back, error); break;
        case Op::CreateItems: ok = createItems(s, &back, error); break;
        case Op::UpdateItem: ok = updateItem(s, &back, error); break;
        }
        if (ok)
            inverse->prepend(back);
        return ok;
    }

private:
    static bool changedSince(QString *error, const QString &what)
    {
        return fail(error, Tr::tr("%1 was changed since; nothing was reverted.").arg(what));
    }

    bool removeAssignments(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Assignment &a : s.assignments)
            ids.append(a.id);
        const auto current = m_store.assignmentsById(ids, error);
        if (!current)
            return false;
        QHash<qint64, int> versions;
        for (const Assignment &a : *current)
            versions.insert(a.id, a.version);
        for (const Assignment &a : s.assignments) {
            if (versions.value(a.id, -1) != a.version)
                return changedSince(error, Tr::tr("An assignment"));
        }
        *back = step(RevertStep::Op::AddAssignments);
        back->assignments = *current;
        return m_store.removeAssignments(ids, error);
    }

    bool addAssignments(const RevertStep &s, RevertStep *back, QString *error)
    {
        // One without a place recorded goes last in its item's list.
        QHash<qint64, int> next;
        QVector<qint64> items;
        for (const Assignment &a : s.assignments) {
            if (a.position < 0)
                items.append(a.itemId);
        }
        if (!items.isEmpty()) {
            const auto current = m_store.assignmentsFor(items, error);
            if (!current)
                return false;
            for (const Assignment &a : *current)
                next[a.itemId] = std::max(next.value(a.itemId), a.position + 1);
        }
        *back = step(RevertStep::Op::RemoveAssignments);
        for (Assignment a : s.assignments) {
            if (a.position < 0)
                a.position = next[a.itemId]++;
            if (!m_store.addAssignment(a, error))
                return false;
            back->assignments.append(a);
        }
        return true;
    }

    bool updateAssignment(const RevertStep &s, RevertStep *back, QString *error)
    {
        Assignment target = s.assignments.first();
        const auto current = m_store.assignmentById(target.id, error);
        if (!current)
            return false;
        if (current->version != target.version)
            return changedSince(error, Tr::tr("An assignment"));
        if (!m_store.updateAssignment(target, error, Store::Confirmation::AsGiven))
            return false;
        *back = step(RevertStep::Op::UpdateAssignment);
        Assignment was = *current;
        was.version = target.version;
        back->assignments = {was};
        return true;
    }

    static bool sameLink(const Link &a, const Link &b)
    {
        return a.fromItem == b.fromItem && a.toItem == b.toItem && a.type == b.type && a.note == b.note;
    }

    bool removeLinks(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Link &l : s.links)
            ids.append(l.id);
        const auto current = m_store.linksById(ids, error);
        if (!current)
            return false;
        QHash<qint64, Link> byId;
        for (const Link &l : *current)
            byId.insert(l.id, l);
        *back = step(RevertStep::Op::AddLinks);
        for (const Link &l : s.links) {
            if (!byId.contains(l.id) || !sameLink(byId.value(l.id), l))
                return changedSince(error, Tr::tr("A link"));
            back->links.append(byId.value(l.id));
        }
        return m_store.removeLinks(ids, error);
    }

    bool addLinks(const RevertStep &s, RevertStep *back, QString *error)
    {
        // The bulk path trusts its caller: the types still declared, the names for the history.
        const auto types = m_store.linkTypes(error);
        if (!types)
            return false;
        QSet<QString> declared;
        for (const LinkType &t : *types)
            declared.insert(t.key);
        QVector<qint64> ends;
        for (const Link &l : s.links)
            ends << l.fromItem << l.toItem;
        const auto items = m_store.itemsById(ends, error);
        if (!items)
            return false;
        QHash<qint64, QString> names;
        for (const Item &item : *items)
            names.insert(item.id, item.name);
        QVector<Link> links = s.links;
        for (Link &l : links) {
            if (!declared.contains(l.type))
                return fail(error, Tr::tr("The link type \"%1\" no longer exists.").arg(l.type));
            if (!names.contains(l.fromItem) || !names.contains(l.toItem))
                return fail(error, Tr::tr("An item of a link to make again no longer exists."));
            l.fromName = names.value(l.fromItem);
            l.toName = names.value(l.toItem);
        }
        if (!m_store.restoreValidatedLinks(links, error))
            return false;
        *back = step(RevertStep::Op::RemoveLinks);
        back->links = links;
        return true;
    }

    bool setLinkNote(const RevertStep &s, RevertStep *back, QString *error)
    {
        const Link &target = s.links.at(0), &expected = s.links.at(1);
        const auto current = m_store.linksById({target.id}, error);
        if (!current)
            return false;
        if (current->isEmpty() || !sameLink(current->first(), expected))
            return changedSince(error, Tr::tr("A link"));
        if (!m_store.setLinkNote(target.id, target.note, error))
            return false;
        *back = step(RevertStep::Op::SetLinkNote);
        back->links = {expected, target};
        return true;
    }

    std::optional<std::optional<TeamMember>> membership(qint64 team, qint64 member, QString *error)
    {
        const auto members = m_store.teamMembers(team, error);
        if (!members)
            return std::nullopt;
        for (const TeamMember &m : *members) {
            if (m.memberId == member)
                return std::optional<TeamMember>(m);
        }
        return std::optional<TeamMember>();
    }

    static bool sameMember(const TeamMember &a, const TeamMember &b) { return a.role == b.role && a.note == b.note; }

    bool removeMembers(const RevertStep &s, RevertStep *back, QString *error)
    {
        *back = step(RevertStep::Op::AddMembers);
        for (const TeamMember &m : s.members) {
            const auto current = membership(m.teamId, m.memberId, error);
            if (!current)
                return false;
            if (!*current || !sameMember(**current, m))
                return changedSince(error, Tr::tr("A team membership"));
            if (!m_store.removeTeamMember(m.teamId, m.memberId, error))
                return false;
            back->members.append(**current); // with its place, for undo
        }
        return true;
    }

    bool addMembers(const RevertStep &s, RevertStep *back, QString *error)
    {
        *back = step(RevertStep::Op::RemoveMembers);
        for (const TeamMember &m : s.members) {
            const auto current = membership(m.teamId, m.memberId, error);
            if (!current)
                return false;
            if (*current)
                return changedSince(error, Tr::tr("A team membership"));
            if (!m_store.setTeamMember(m, error))
                return false;
            back->members.append(m);
        }
        return true;
    }

    /// One membership's role and note back; members = {as it is to be left, as it is to be found}.
    bool setMember(const RevertStep &s, RevertStep *back, QString *error)
    {
        TeamMember target = s.members.at(0);
        const auto current = membership(target.teamId, target.memberId, error);
        if (!current)
            return false;
        if (!*current || !sameMember(**current, s.members.at(1)))
            return changedSince(error, Tr::tr("A team membership"));
        target.position = (*current)->position;
        if (!m_store.setTeamMember(target, error))
            return false;
        *back = step(RevertStep::Op::SetMember);
        back->members = {**current, target};
        return true;
    }

    bool deleteContacts(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Contact &c : s.contacts)
            ids.append(c.id);
        QHash<qint64, Contact> current;
        if (!readContacts(m_store, ids, &current, error))
            return false;
        // The lists of a team go before the team.
        QVector<Contact> order = s.contacts;
        const QSet<qint64> set(ids.cbegin(), ids.cend());
        std::stable_sort(order.begin(), order.end(), [&set](const Contact &a, const Contact &b) {
            return set.contains(a.teamId) && !set.contains(b.teamId);
        });
        *back = step(RevertStep::Op::CreateContacts);
        for (const Contact &c : std::as_const(order)) {
            if (!current.contains(c.id) || current.value(c.id).version != c.version)
                return changedSince(error, Tr::tr("The contact \"%1\"").arg(c.name));
            const auto snapshot = m_store.snapshotContact(c.id, error);
            if (!snapshot)
                return false;
            if (!snapshot->assignments.isEmpty() || !snapshot->memberships.isEmpty() || !snapshot->teamOf.isEmpty())
                return changedSince(error, Tr::tr("The contact \"%1\"").arg(c.name));
            if (!m_store.deleteContact(c.id, error))
                return false;
        }
        // Made again teams first, as they were.
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            back->contacts.append(current.value(it->id));
        return true;
    }

    bool createContacts(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<Contact> order = s.contacts;
        QSet<qint64> set;
        for (const Contact &c : s.contacts)
            set.insert(c.id);
        // A team before its lists.
        std::stable_sort(order.begin(), order.end(), [&set](const Contact &a, const Contact &b) {
            return !set.contains(a.teamId) && set.contains(b.teamId);
        });
        *back = step(RevertStep::Op::DeleteContacts);
        for (Contact c : std::as_const(order)) {
            if (!m_store.createContact(c, error))
                return false;
            back->contacts.append(c);
        }
        return true;
    }

    bool updateContact(const RevertStep &s, RevertStep *back, QString *error)
    {
        Contact target = s.contacts.first();
        QHash<qint64, Contact> current;
        if (!readContacts(m_store, {target.id}, &current, error))
            return false;
        if (!current.contains(target.id) || current.value(target.id).version != target.version)
            return changedSince(error, Tr::tr("The contact \"%1\"").arg(target.name));
        if (!m_store.updateContact(target, error))
            return false;
        *back = step(RevertStep::Op::UpdateContact);
        Contact was = current.value(target.id);
        was.version = target.version;
        back->contacts = {was};
        return true;
    }

    bool deleteItems(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Item &item : s.items)
            ids.append(item.id);
        const auto current = m_store.itemsById(ids, error);
        if (!current)
            return false;
        QHash<qint64, int> versions;
        for (const Item &item : *current)
            versions.insert(item.id, item.version);
        for (const Item &item : s.items) {
            if (versions.value(item.id, -1) != item.version)
                return changedSince(error, Tr::tr("\"%1\"").arg(item.name));
        }
        // Nothing may go with them that the revert does not take itself (a delete takes
        // what hangs on an item along unrecorded): refused if anything does.
        const QSet<qint64> set(ids.cbegin(), ids.cend());
        const auto children = m_store.childrenOf(ids, error);
        const auto assignments = children ? m_store.assignmentsFor(ids, error) : std::nullopt;
        const auto links = assignments ? m_store.linksOfItems(ids, error) : std::nullopt;
        const auto placements = links ? m_store.placementsOn(ids, error) : std::nullopt;
        if (!placements)
            return false;
        const bool childStays = std::any_of(children->cbegin(), children->cend(),
                                            [&set](const TreeRow &row) { return !set.contains(row.id); });
        const bool placedStays = std::any_of(placements->cbegin(), placements->cend(),
                                             [&set](const Placement &p) { return !set.contains(p.serviceId); });
        if (childStays || placedStays || !assignments->isEmpty() || !links->isEmpty())
            return changedSince(error, Tr::tr("What is under, assigned to or linked with the items to delete"));
        // Children first: each recorded as deleted itself, not "with its parent".
        QVector<Item> order = *current;
        std::stable_sort(order.begin(), order.end(),
                         [](const Item &a, const Item &b) { return a.kind != b.kind ? a.kind > b.kind : a.id > b.id; });
        QVector<qint64> ordered;
        for (const Item &item : std::as_const(order))
            ordered.append(item.id);
        if (!m_store.deleteItems(ordered, error))
            return false;
        *back = step(RevertStep::Op::CreateItems);
        back->items = *current;
        return true;
    }

    bool createItems(const RevertStep &s, RevertStep *back, QString *error)
    {
        // Parents before children (kinds go down the tree), further hosts before their services.
        QVector<Item> order = s.items;
        std::stable_sort(order.begin(), order.end(),
                         [](const Item &a, const Item &b) { return a.kind != b.kind ? a.kind < b.kind : a.id < b.id; });
        if (!m_store.restoreValidatedItems(order, error))
            return false;
        *back = step(RevertStep::Op::DeleteItems);
        back->items = order;
        return true;
    }

    bool updateItem(const RevertStep &s, RevertStep *back, QString *error)
    {
        Item target = s.items.first();
        const auto current = m_store.itemsById({target.id}, error);
        if (!current)
            return false;
        if (current->isEmpty() || current->first().version != target.version)
            return changedSince(error, Tr::tr("\"%1\"").arg(target.name));
        target.graphLoaded = true;
        if (!m_store.updateItem(target, error))
            return false;
        *back = step(RevertStep::Op::UpdateItem);
        Item was = current->first();
        was.version = target.version;
        back->items = {was};
        return true;
    }

    Store &m_store;
};

bool runSteps(Store &store, const RevertSteps &steps, RevertSteps *inverse, QString *error)
{
    StepRunner runner(store);
    for (const RevertStep &s : steps) {
        if (!runner.run(s, inverse, error))
            return false;
    }
    return true;
}

} // namespace

std::optional<RevertSteps> applyBatchRevert(Store &store, const BatchRevertPlan &plan, OnConflict onConflict,
                                            QString *error)
{
    if (plan.changedCount() > 0 && onConflict == OnConflict::Refuse) {
        fail(error, Tr::tr("%n change(s) of the batch concern records changed since; skip them or cancel.", nullptr,
                           plan.changedCount()));
        return std::nullopt;
    }
    if (!plan.basis) {
        fail(error, Tr::tr("The revert was not prepared."));
        return std::nullopt;
    }
    if (!plan.hasWork()) {
        fail(error, Tr::tr("Nothing in \"%1\" can be reverted.").arg(plan.batchLabel));
        return std::nullopt;
    }
    RevertSteps inverse;
    const bool ok = store.write(
        [&](QString *err) {
            // The plan was read outside this transaction: anything since, and it is stale.
            const auto mark = store.historyMark(err);
            if (!mark)
                return false;
            if (*mark != Store::HistoryMark{plan.lastChange, plan.changeCount})
                return fail(err, Tr::tr("The inventory changed since the revert was prepared; nothing was reverted. "
                                        "Look at the revert again."));
            // Nothing was written since the plan was read: it holds as it was read.
            const auto steps = buildSteps(plan.basis->records, plan.basis->now, err);
            if (!steps)
                return false;
            if (steps->isEmpty())
                return fail(err, Tr::tr("Nothing in \"%1\" is left to revert.").arg(plan.batchLabel));
            return runSteps(store, *steps, &inverse, err);
        },
        error, plan.label);
    if (!ok)
        return std::nullopt;
    return inverse;
}

std::optional<RevertSteps> applyRevertSteps(Store &store, const RevertSteps &steps, const QString &label,
                                            QString *error)
{
    RevertSteps inverse;
    if (!store.write([&](QString *err) { return runSteps(store, steps, &inverse, err); }, error, label))
        return std::nullopt;
    return inverse;
}

} // namespace steward
