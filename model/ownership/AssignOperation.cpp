#include "AssignOperation.h"

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AssignOperation)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The items' assignments, by item, in position order: one read for all of them.
bool assignmentsByItem(Store &store, const QVector<qint64> &itemIds, QHash<qint64, QVector<Assignment>> *byItem,
                       QString *error)
{
    const auto all = store.assignmentsFor(itemIds, error);
    if (!all)
        return false;
    for (const Assignment &a : *all)
        (*byItem)[a.itemId].append(a);
    return true;
}

/// The name of the one item of @p itemIds, for a message about it; empty for several.
QString singleItemName(Store &store, const QVector<qint64> &itemIds)
{
    if (QSet<qint64>(itemIds.begin(), itemIds.end()).size() != 1)
        return QString();
    QString unread; // an item that cannot be read is named by its id
    const auto item = store.item(itemIds.first(), &unread);
    return item ? item->name : QString::number(itemIds.first());
}

} // namespace

std::optional<OwnershipChange> assignContact(Store &store, const AssignRequest &request, const QString &label,
                                             QString *error, IfUnchanged ifUnchanged)
{
    const QString role = request.role.trimmed();
    if (role.isEmpty()) {
        fail(error, Tr::tr("An assignment needs a role."));
        return std::nullopt;
    }
    const auto contact = store.contact(request.contactId, error);
    if (!contact)
        return std::nullopt;
    OwnershipChange change;
    const bool ok = store.write(
        [&](QString *err) {
            QHash<qint64, QVector<Assignment>> existing;
            if (!assignmentsByItem(store, request.itemIds, &existing, err))
                return false;
            QSet<qint64> done;
            for (qint64 itemId : request.itemIds) {
                const QVector<Assignment> &own = existing[itemId];
                const bool already =
                    done.contains(itemId) || std::any_of(own.begin(), own.end(), [&](const Assignment &a) {
                        return a.contactId == request.contactId && a.role == role;
                    });
                done.insert(itemId);
                if (already) {
                    ++change.unchanged;
                    continue;
                }
                Assignment a;
                a.itemId = itemId;
                a.contactId = request.contactId;
                a.role = role;
                a.priority = request.priority;
                a.note = request.note;
                a.validFrom = request.validFrom;
                a.validUntil = request.validUntil;
                if (!store.addAssignment(a, err))
                    return false;
                change.added.append(a);
            }
            if (change.added.isEmpty() && ifUnchanged == IfUnchanged::Refuse) {
                const QString item = singleItemName(store, request.itemIds);
                return fail(
                    err,
                    item.isEmpty()
                        ? Tr::tr("%1 is already %2 of every selected item.").arg(contact->name, keys::roleLabel(role))
                        : Tr::tr("%1 is already %2 of %3.").arg(contact->name, keys::roleLabel(role), item));
            }
            return true;
        },
        error, label);
    if (!ok)
        return std::nullopt;
    return change;
}

std::optional<OwnershipChange> unassignContact(Store &store, const QVector<qint64> &itemIds, qint64 contactId,
                                               const QString &role, const QString &label, QString *error,
                                               IfUnchanged ifUnchanged)
{
    const QString wanted = role.trimmed();
    const auto contact = store.contact(contactId, error);
    if (!contact)
        return std::nullopt;
    OwnershipChange change;
    const bool ok = store.write(
        [&](QString *err) {
            QHash<qint64, QVector<Assignment>> existing;
            if (!assignmentsByItem(store, itemIds, &existing, err))
                return false;
            QSet<qint64> done;
            for (qint64 itemId : itemIds) {
                if (done.contains(itemId))
                    continue;
                done.insert(itemId);
                bool any = false;
                for (const Assignment &a : std::as_const(existing[itemId])) {
                    if (a.contactId != contactId || (!wanted.isEmpty() && a.role != wanted))
                        continue;
                    if (!store.removeAssignment(a.id, err))
                        return false;
                    change.removed.append(a);
                    any = true;
                }
                change.unchanged += any ? 0 : 1;
            }
            if (change.removed.isEmpty() && ifUnchanged == IfUnchanged::Refuse) {
                const QString item = singleItemName(store, itemIds);
                if (!item.isEmpty()) {
                    return fail(err,
                                wanted.isEmpty()
                                    ? Tr::tr("%1 is not assigned to %2.").arg(contact->name, item)
                                    : Tr::tr("%1 is not %2 of %3.").arg(contact->name, keys::roleLabel(wanted), item));
                }
                return fail(err,
                            Tr::tr("%1 is not assigned to the selected items%2.")
                                .arg(contact->name,
                                     wanted.isEmpty() ? QString() : Tr::tr(" as %1").arg(keys::roleLabel(wanted))));
            }
            return true;
        },
        error, label);
    if (!ok)
        return std::nullopt;
    return change;
}

bool reverseOwnershipChange(Store &store, OwnershipChange *change, const QString &label, QString *error)
{
    QVector<Assignment> restored = change->removed;
    const bool ok = store.write(
        [&](QString *err) {
            for (const Assignment &a : std::as_const(change->added)) {
                if (!store.removeAssignment(a.id, err))
                    return false;
            }
            for (Assignment &a : restored) {
                // addAssignment() keeps the id and the place it is given: back where it was.
                Assignment copy = a;
                if (!store.addAssignment(copy, err))
                    return false;
                a = copy;
            }
            return true;
        },
        error, label);
    if (ok)
        change->removed = restored;
    return ok;
}

} // namespace steward
