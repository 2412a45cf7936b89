#include "ConfirmOperation.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmOperation)
};

} // namespace

std::optional<ConfirmChange> confirmAssignments(Store &store, const QVector<qint64> &ids, const QString &label,
                                                QString *error)
{
    QVector<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    if (unique.isEmpty()) {
        if (error)
            *error = Tr::tr("There is nothing to confirm.");
        return std::nullopt;
    }
    ConfirmChange change;
    // One moment and one actor for all of them: the batch is one confirmation.
    const QDateTime at = store.now();
    const QString by = store.actor();
    const bool ok = store.write(
        [&](QString *err) {
            for (qint64 id : std::as_const(unique)) {
                const auto found = store.assignmentById(id, err);
                if (!found)
                    return false;
                Assignment a = *found;
                change.before.append(a);
                a.confirmedAt = at;
                a.confirmedBy = by;
                if (!store.updateAssignment(a, err, Store::Confirmation::AsGiven))
                    return false;
                change.after.append(a);
            }
            return true;
        },
        error, label);
    if (!ok)
        return std::nullopt;
    return change;
}

bool putBackConfirmations(Store &store, QVector<Assignment> *current, const QVector<Assignment> &confirmations,
                          const QString &label, QString *error)
{
    Q_ASSERT(current->size() == confirmations.size());
    QVector<Assignment> saved = *current;
    const bool ok = store.write(
        [&](QString *err) {
            for (qsizetype i = 0; i < saved.size(); ++i) {
                Assignment &a = saved[i];
                a.confirmedAt = confirmations.at(i).confirmedAt;
                a.confirmedBy = confirmations.at(i).confirmedBy;
                if (!store.updateAssignment(a, err, Store::Confirmation::AsGiven))
                    return false;
            }
            return true;
        },
        error, label);
    if (ok)
        *current = saved;
    return ok;
}

std::optional<QVector<qint64>> assignmentsOfItemsToConfirm(Store &store, const QVector<qint64> &itemIds,
                                                           qint64 contactId, const QString &role, QString *error)
{
    QVector<qint64> items;
    QSet<qint64> seen;
    for (qint64 id : itemIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            items.append(id);
        }
    }
    const auto all = store.assignmentsFor(items, error);
    if (!all)
        return std::nullopt;
    // assignmentsFor() orders by item id: give them in the order the items were given.
    QHash<qint64, QVector<qint64>> byItem;
    const QString wanted = role.trimmed();
    for (const Assignment &a : *all) {
        if ((contactId == 0 || a.contactId == contactId) && (wanted.isEmpty() || a.role == wanted))
            byItem[a.itemId].append(a.id);
    }
    QVector<qint64> ids;
    for (qint64 item : std::as_const(items))
        ids += byItem.value(item);
    return ids;
}

std::optional<QVector<qint64>> assignmentsOfContactToConfirm(Store &store, qint64 contactId, const QString &role,
                                                             QString *error)
{
    const auto all = store.assignmentsOfContact(contactId, error);
    if (!all)
        return std::nullopt;
    const QString wanted = role.trimmed();
    QVector<qint64> ids;
    for (const Assignment &a : *all) {
        if (wanted.isEmpty() || a.role == wanted)
            ids.append(a.id);
    }
    return ids;
}

} // namespace steward
