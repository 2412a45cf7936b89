// The plan of a batch revert: which records are changed since the batch, which depend
// on one that is (blocked), and which the history cannot put back.

#include "BatchRevertRecords.h"

#include "Store.h"

#include <QSet>

#include <algorithm>

namespace steward::batchrevert {
namespace {

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

} // namespace

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

} // namespace steward::batchrevert
