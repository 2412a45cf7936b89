#include "Handover.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Handover)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// An item and a role, as a key: whether a contact has that item in that role.
QString itemRole(qint64 itemId, const QString &role)
{
    return QString::number(itemId) + QLatin1Char('\n') + role;
}

/// Whether @p handover covers assignment @p a of its leaver.
bool inScope(const Handover &handover, const Assignment &a)
{
    return (handover.roles.isEmpty() || handover.roles.contains(a.role)) &&
           (handover.itemIds.isEmpty() || handover.itemIds.contains(a.itemId));
}

/// The items and roles @p contactId has, as itemRole() keys, with the priority of each.
std::optional<QHash<QString, Priority>> itemRolesOf(Store &store, qint64 contactId, QString *error)
{
    const auto assignments = store.assignmentLines(Store::By::Contact, {contactId}, error);
    if (!assignments)
        return std::nullopt;
    QHash<QString, Priority> keys;
    keys.reserve(assignments->size());
    for (const Assignment &a : *assignments)
        keys.insert(itemRole(a.itemId, a.role), a.priority);
    return keys;
}

QString staleMessage(const Handover &h)
{
    return Tr::tr("%1's assignments or teams changed since the hand-over to %2 was planned; nothing was changed. "
                  "Look at it again.")
        .arg(h.from.name, h.to.name);
}

} // namespace

std::optional<Handover> planHandover(Store &store, qint64 fromId, qint64 toId, const QStringList &roles,
                                     const QVector<qint64> &itemIds, QString *error)
{
    const auto from = store.contact(fromId, error);
    if (!from)
        return std::nullopt;
    const auto to = store.contact(toId, error);
    if (!to)
        return std::nullopt;
    if (fromId == toId) {
        fail(error, Tr::tr("%1 cannot hand over to itself: choose someone else.").arg(from->name));
        return std::nullopt;
    }
    Handover plan;
    plan.from = *from;
    plan.to = *to;
    for (const QString &role : roles) {
        const QString trimmed = role.trimmed();
        if (!trimmed.isEmpty() && !plan.roles.contains(trimmed))
            plan.roles << trimmed;
    }
    for (qint64 id : itemIds) {
        if (!plan.itemIds.contains(id))
            plan.itemIds << id;
    }
    plan.everything = plan.roles.isEmpty() && plan.itemIds.isEmpty();

    const auto fromAssignments = store.assignmentsOfContact(fromId, error);
    if (!fromAssignments)
        return std::nullopt;
    const auto toHas = itemRolesOf(store, toId, error);
    if (!toHas)
        return std::nullopt;
    QStringList fromRoles;
    QVector<qint64> named;
    for (const Assignment &a : *fromAssignments) {
        if (!fromRoles.contains(a.role))
            fromRoles << a.role;
        if (!inScope(plan, a))
            continue;
        named.append(a.itemId);
        const auto has = toHas->constFind(itemRole(a.itemId, a.role));
        if (has == toHas->constEnd()) {
            plan.moves.append(a);
            continue;
        }
        plan.merges.append(a);
        // The item keeps the other's assignment as it is: an inactive one covers nothing.
        if (*has == Priority::Inactive && a.priority != Priority::Inactive)
            ++plan.mergedIntoInactive;
    }
    const auto memberships = store.memberships(fromId, error);
    if (!memberships)
        return std::nullopt;
    for (const TeamMember &m : *memberships) {
        if (m.memberId != fromId)
            continue;
        if (plan.everything)
            plan.teams.append(m);
        else
            ++plan.teamsKept;
    }
    if (!plan.teams.isEmpty()) {
        QVector<qint64> teamIds;
        for (const TeamMember &m : std::as_const(plan.teams))
            teamIds << m.teamId;
        const auto teams = store.contactsById(teamIds, error);
        if (!teams)
            return std::nullopt;
        for (qint64 id : std::as_const(teamIds))
            plan.teamNames.insert(id, teams->value(id).name);
    }
    if (plan.isEmpty()) {
        QString why;
        if (fromAssignments->isEmpty() && plan.everything)
            why = Tr::tr("%1 has nothing to hand over: no assignments and no teams.").arg(from->name);
        else if (fromAssignments->isEmpty())
            why = Tr::tr("%1 has nothing to hand over: no assignments.").arg(from->name);
        else if (plan.itemIds.isEmpty())
            why = Tr::tr("%1 has no assignment as %2 (only as %3).")
                      .arg(from->name, plan.roles.join(Tr::tr(" or ")), fromRoles.join(QStringLiteral(", ")));
        else if (plan.roles.isEmpty())
            why = Tr::tr("%1 is not assigned to the %n item(s) given.", nullptr, static_cast<int>(plan.itemIds.size()))
                      .arg(from->name);
        else
            why = Tr::tr("%1 has no assignment as %2 on the %n item(s) given.", nullptr,
                         static_cast<int>(plan.itemIds.size()))
                      .arg(from->name, plan.roles.join(Tr::tr(" or ")));
        fail(error, why);
        return std::nullopt;
    }
    if (!named.isEmpty()) {
        QVector<TreeRow> rows;
        QVector<Placement> placements;
        if (!store.treeAround(named, &rows, &placements, error))
            return std::nullopt;
        for (const TreeRow &row : std::as_const(rows))
            plan.itemNames.insert(row.id, row.name);
    }
    return plan;
}

bool applyHandover(Store &store, Handover *handover, const QString &label, QString *error)
{
    Handover &h = *handover;
    const qint64 fromId = h.from.id, toId = h.to.id;
    QDateTime stamp = h.confirmedAt;
    QString by = h.confirmedBy;
    if (!stamp.isValid()) {
        // A hand-over is someone saying who holds these now: it confirms them.
        Assignment now;
        store.stampConfirmation(&now);
        stamp = now.confirmedAt;
        by = now.confirmedBy;
    }
    const bool ok = store.write(
        [&](QString *err) {
            // Both still there (a contact deleted meanwhile: its assignments went with it).
            const auto both = store.contactRecords({fromId, toId}, err);
            if (!both)
                return false;
            if (both->size() != 2)
                return fail(err, staleMessage(h));
            // Everything as planned, or nothing: the leaver's assignments in the plan's
            // scope are exactly those planned, the other's items and roles still divide
            // them into moves and merges, the memberships are still there.
            // (Ids, versions, items and roles: the lines are enough, and quicker.)
            const auto current = store.assignmentLines(Store::By::Contact, {fromId}, err);
            if (!current)
                return false;
            QHash<qint64, int> planned;
            for (const Assignment &a : std::as_const(h.moves))
                planned.insert(a.id, a.version);
            for (const Assignment &a : std::as_const(h.merges))
                planned.insert(a.id, a.version);
            qsizetype seen = 0;
            for (const Assignment &a : *current) {
                if (!inScope(h, a))
                    continue;
                const auto at = planned.constFind(a.id);
                if (at == planned.constEnd() || *at != a.version)
                    return fail(err, staleMessage(h));
                ++seen;
            }
            if (seen != planned.size())
                return fail(err, staleMessage(h));
            const auto toHas = itemRolesOf(store, toId, err);
            if (!toHas)
                return false;
            for (const Assignment &a : std::as_const(h.moves)) {
                if (toHas->contains(itemRole(a.itemId, a.role)))
                    return fail(err, staleMessage(h));
            }
            for (const Assignment &a : std::as_const(h.merges)) {
                if (!toHas->contains(itemRole(a.itemId, a.role)))
                    return fail(err, staleMessage(h));
            }
            if (!h.teams.isEmpty()) {
                const auto memberships = store.memberships(fromId, err);
                if (!memberships)
                    return false;
                QSet<qint64> teams;
                for (const TeamMember &m : *memberships) {
                    if (m.memberId == fromId)
                        teams.insert(m.teamId);
                }
                for (const TeamMember &m : std::as_const(h.teams)) {
                    if (!teams.contains(m.teamId))
                        return fail(err, staleMessage(h));
                }
            }

            QVector<Store::Reassignment> changes;
            changes.reserve(h.moves.size());
            for (const Assignment &a : std::as_const(h.moves)) {
                changes.append(
                    {a, toId, stamp, by,
                     Tr::tr("Handed %1 as %2 of %3 over to %4")
                         .arg(h.from.name, a.role, h.itemNames.value(a.itemId, QString::number(a.itemId)), h.to.name)});
            }
            if (!store.reassignAssignments(changes, staleMessage(h), err))
                return false;
            QVector<qint64> merged;
            merged.reserve(h.merges.size());
            for (const Assignment &a : std::as_const(h.merges))
                merged.append(a.id);
            if (!store.removeAssignments(merged, err))
                return false;
            for (const TeamMember &m : std::as_const(h.teams)) {
                if (!store.removeTeamMember(m.teamId, fromId, err))
                    return false;
            }
            return true;
        },
        error, label);
    if (!ok)
        return false;
    h.confirmedAt = stamp;
    h.confirmedBy = by;
    h.applied = true;
    return true;
}

bool revertHandover(Store &store, Handover *handover, const QString &label, QString *error)
{
    Handover &h = *handover;
    if (!h.applied)
        return fail(error, Tr::tr("The hand-over from %1 to %2 was not applied.").arg(h.from.name, h.to.name));
    const qint64 fromId = h.from.id, toId = h.to.id;
    const QString stale = Tr::tr("Assignments %1 was handed from %2 changed since; the hand-over cannot be taken "
                                 "back and nothing was changed.")
                              .arg(h.to.name, h.from.name);
    QVector<Assignment> restored = h.merges;
    const bool ok = store.write(
        [&](QString *err) {
            // Nothing put back may meet what is there now: the same assignment made again,
            // a membership given again.
            if (!restored.isEmpty()) {
                QSet<qint64> mergedIds;
                QVector<qint64> itemIds;
                for (const Assignment &a : std::as_const(restored)) {
                    mergedIds.insert(a.id);
                    itemIds.append(a.itemId);
                }
                QSet<QString> putBack;
                for (const Assignment &a : std::as_const(restored))
                    putBack.insert(itemRole(a.itemId, a.role));
                const auto there = store.assignmentsFor(itemIds, err);
                if (!there)
                    return false;
                for (const Assignment &a : *there) {
                    if (mergedIds.contains(a.id) ||
                        (a.contactId == fromId && putBack.contains(itemRole(a.itemId, a.role))))
                        return fail(err, stale);
                }
            }
            if (!h.teams.isEmpty()) {
                const auto memberships = store.memberships(fromId, err);
                if (!memberships)
                    return false;
                for (const TeamMember &m : *memberships) {
                    for (const TeamMember &gone : std::as_const(h.teams)) {
                        if (m.memberId == fromId && m.teamId == gone.teamId)
                            return fail(err, stale);
                    }
                }
            }
            QVector<Store::Reassignment> changes;
            changes.reserve(h.moves.size());
            for (const Assignment &a : std::as_const(h.moves)) {
                Assignment now = a; // as applyHandover() left it
                now.contactId = toId;
                now.confirmedAt = h.confirmedAt;
                now.confirmedBy = h.confirmedBy;
                ++now.version;
                changes.append(
                    {now, fromId, a.confirmedAt, a.confirmedBy,
                     Tr::tr("Handed %1 of %2 back from %3 to %4")
                         .arg(a.role, h.itemNames.value(a.itemId, QString::number(a.itemId)), h.to.name, h.from.name)});
            }
            if (!store.reassignAssignments(changes, stale, err))
                return false;
            // Back with a version above the one they had: a form loaded before is still refused.
            for (Assignment &a : restored)
                ++a.version;
            if (!store.restoreAssignments(restored, err))
                return false;
            for (const TeamMember &m : std::as_const(h.teams)) {
                TeamMember back = m;
                back.memberId = fromId;
                if (!store.setTeamMember(back, err))
                    return false;
            }
            return true;
        },
        error, label);
    if (!ok)
        return false;
    // As they are now, for the redo's checks.
    for (Assignment &a : h.moves)
        a.version += 2;
    h.merges = restored;
    h.applied = false;
    return true;
}

std::optional<Handover> handover(Store &store, qint64 fromId, qint64 toId, const QStringList &roles,
                                 const QVector<qint64> &itemIds, const QString &label, QString *error)
{
    auto plan = planHandover(store, fromId, toId, roles, itemIds, error);
    if (!plan || !applyHandover(store, &*plan, label, error))
        return std::nullopt;
    return plan;
}

} // namespace steward
