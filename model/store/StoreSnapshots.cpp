// The Store's snapshots: what a delete takes away, for undo to put back as it was.

#include "Store.h"

#include "StoreSql.h"

namespace steward {

using namespace storesql;

bool Store::snapshotContact(qint64 id, ContactSnapshot *snapshot, QString *error)
{
    auto found = contact(id, error);
    if (!found)
        return false;
    snapshot->contact = *found;
    QString err;
    snapshot->assignments = assignmentsOfContact(id, &err);
    snapshot->memberships = memberships(id, &err);
    snapshot->teamOf.clear();
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM contact WHERE team_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (exec(q, &err)) {
        while (q.next())
            snapshot->teamOf.append(q.value(0).toLongLong());
        q.finish();
    }
    if (!err.isEmpty()) {
        setError(error, err);
        return false;
    }
    return true;
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

bool Store::snapshotSubtree(qint64 id, Snapshot *snapshot, QString *error)
{
    *snapshot = {};
    QVector<qint64> ids;
    if (!subtreeIds(id, &ids, error))
        return false;
    for (qint64 itemId : std::as_const(ids)) {
        auto item = this->item(itemId, error);
        if (!item)
            return false;
        snapshot->items.append(*item);
    }
    QString queryError;
    snapshot->assignments = assignmentsFor(ids, &queryError);
    QSet<qint64> seen;
    for (qint64 itemId : std::as_const(ids)) {
        for (const Link &link : links(itemId, &queryError)) {
            if (!seen.contains(link.id)) {
                seen.insert(link.id);
                snapshot->links.append(link);
            }
        }
    }
    if (!queryError.isEmpty()) {
        setError(error, queryError);
        return false;
    }
    return true;
}

bool Store::restoreSnapshot(const Snapshot &snapshot, QString *error, const QString &label)
{
    return write(
        [&](QString *err) {
            for (Item item : snapshot.items) {
                if (!createItem(item, err))
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
