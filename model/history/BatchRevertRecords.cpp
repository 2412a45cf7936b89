// A batch's changes grouped by record, what each record was before the batch, and the
// records as they are now (see BatchRevertRecords.h).

#include "BatchRevertRecords.h"

#include "ChangeFields.h"
#include "Store.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace steward::batchrevert {

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

qint64 teamOf(const QJsonObject &before, const QJsonObject &after)
{
    const qint64 team = before.value(QStringLiteral("team_id")).toInteger();
    return team ? team : after.value(QStringLiteral("team_id")).toInteger();
}

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

QString fieldList(const QJsonObject &fields)
{
    return fields.keys().join(QStringLiteral(", "));
}

// --- The records as they are now ---------------------------------------------------

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

} // namespace steward::batchrevert
