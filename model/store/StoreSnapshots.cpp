// The Store's snapshots: what a delete takes away, for undo to put back as it was.

#include "Store.h"

#include "StoreSql.h"

namespace steward {

using namespace storesql;

std::optional<Store::ContactSnapshot> Store::snapshotContact(qint64 id, QString *error)
{
    auto found = contact(id, error);
    if (!found)
        return std::nullopt;
    ContactSnapshot snapshot;
    snapshot.contact = *found;
    auto assignments = assignmentsOfContact(id, error);
    if (!assignments)
        return std::nullopt;
    snapshot.assignments = std::move(*assignments);
    auto memberships = this->memberships(id, error);
    if (!memberships)
        return std::nullopt;
    snapshot.memberships = std::move(*memberships);
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM contact WHERE team_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!exec(q, error))
        return std::nullopt;
    while (q.next())
        snapshot.teamOf.append(q.value(0).toLongLong());
    q.finish();
    return snapshot;
}

bool Store::restoreContact(const ContactSnapshot &snapshot, QString *error, const QString &label)
{
    return write(
        [&](QString *err) {
            Contact contact = snapshot.contact;
            if (!createContact(contact, err))
                return false;
            for (TeamMember member : snapshot.memberships) {
                if (!setTeamMember(member, err))
                    return false;
            }
            for (Assignment a : snapshot.assignments) {
                if (!addAssignment(a, err))
                    return false;
            }
            // The lists and channels that belonged to the team belong to it again
            // (the delete cleared their team without changing them otherwise).
            QSqlQuery &q = prepared(QStringLiteral("UPDATE contact SET team_id = ? WHERE id = ?"));
            for (qint64 member : snapshot.teamOf) {
                q.addBindValue(snapshot.contact.id);
                q.addBindValue(member);
                if (!exec(q, err))
                    return false;
            }
            return true;
        },
        error, label);
}

std::optional<Store::Snapshot> Store::snapshotSubtree(qint64 id, QString *error)
{
    auto ids = subtreeIds(id, error);
    if (!ids)
        return std::nullopt;
    Snapshot snapshot;
    // Services that also run on a host outside the subtree stay (deleteItem moves them).
    const auto stay = servicesThatStay(*ids, error);
    if (!stay)
        return std::nullopt;
    snapshot.moved = *stay;
    QSet<qint64> staying;
    for (const Item &service : *stay)
        staying.insert(service.id);
    ids->removeIf([&staying](qint64 id) { return staying.contains(id); });
    for (qint64 itemId : *ids) {
        auto item = this->item(itemId, error);
        if (!item)
            return std::nullopt;
        snapshot.items.append(*item);
    }
    auto assignments = assignmentsFor(*ids, error);
    if (!assignments)
        return std::nullopt;
    snapshot.assignments = std::move(*assignments);
    // Services elsewhere that also run on hosts here lose those rows with the hosts.
    const QSet<qint64> inside(ids->cbegin(), ids->cend());
    const auto placements = this->placements(error);
    if (!placements)
        return std::nullopt;
    for (const Placement &p : *placements) {
        if (inside.contains(p.hostId) && !inside.contains(p.serviceId))
            snapshot.placements.append(p);
    }
    QSet<qint64> seen;
    for (qint64 itemId : *ids) {
        const auto links = this->links(itemId, error);
        if (!links)
            return std::nullopt;
        for (const Link &link : *links) {
            if (!seen.contains(link.id)) {
                seen.insert(link.id);
                snapshot.links.append(link);
            }
        }
    }
    return snapshot;
}

bool Store::restoreSnapshot(const Snapshot &snapshot, QString *error, const QString &label)
{
    return write(
        [&](QString *err) {
            // Further hosts go back once every item is back: a service may come before a host it also runs on.
            for (Item item : snapshot.items) {
                item.alsoOn.clear();
                if (!createItem(item, err))
                    return false;
            }
            for (const Item &item : snapshot.items) {
                if (item.alsoOn.isEmpty())
                    continue;
                auto now = this->item(item.id, err);
                if (!now)
                    return false;
                now->alsoOn = item.alsoOn;
                if (!updateItem(*now, err))
                    return false;
            }
            for (const Placement &p : snapshot.placements) {
                QSqlQuery &q = bound(QStringLiteral("INSERT INTO also_runs_on (service_id, host_id, position)"
                                                    " VALUES (?, ?, ?)"),
                                     {p.serviceId, p.hostId, p.position});
                if (!exec(q, err))
                    return false;
            }
            // The services the delete moved go back where they were.
            for (const Item &was : snapshot.moved) {
                auto now = this->item(was.id, err);
                if (!now)
                    return false;
                now->parentId = was.parentId;
                now->alsoOn = was.alsoOn;
                if (!updateItem(*now, err))
                    return false;
            }
            for (Assignment a : snapshot.assignments) {
                if (!addAssignment(a, err))
                    return false;
            }
            for (Link link : snapshot.links) {
                link.id = 0;
                if (!addLink(link, err))
                    return false;
            }
            return true;
        },
        error, label);
}

} // namespace steward
