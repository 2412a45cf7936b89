// The Store's assignments: who is what of which item.

#include "Store.h"

#include "SqliteStatement.h"
#include "StoreSql.h"
#include "Validation.h"

#include <QSqlError>

namespace steward {

using namespace storesql;

std::optional<qint64> Store::addAssignment(Assignment &assignment, QString *error)
{
    Assignment draft = assignment;
    if (!checkFields(validation::assignmentProblem(draft), error))
        return std::nullopt;
    const bool ok = write(
        [&](QString *err) {
            if (draft.role.trimmed().isEmpty()) {
                setError(err, tr("The role is required."));
                return false;
            }
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO assignment (id, item_id, contact_id, role, priority, note, position, version,"
                " confirmed_at, confirmed_by, valid_from, valid_until)"
                " VALUES (?, ?, ?, ?, ?, ?,"
                " coalesce(?, (SELECT coalesce(max(position), -1) + 1 FROM assignment WHERE item_id = ?)), 1,"
                " ?, ?, ?, ?)"
                " RETURNING id, position"));
            // An id given (undo putting an assignment back) keeps its id and place.
            const bool restoring = draft.id > 0;
            // A new assignment is a confirmation; one put back keeps the one it had.
            if (!restoring && !draft.confirmedAt.isValid())
                stampConfirmation(&draft);
            q.addBindValue(nullableId(draft.id));
            q.addBindValue(draft.itemId);
            q.addBindValue(draft.contactId);
            q.addBindValue(draft.role.trimmed());
            q.addBindValue(keys::priority(draft.priority));
            q.addBindValue(draft.note);
            q.addBindValue(restoring ? QVariant(draft.position) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(draft.itemId);
            q.addBindValue(confirmationText(draft.confirmedAt));
            q.addBindValue(draft.confirmedBy);
            q.addBindValue(dateText(draft.validFrom));
            q.addBindValue(dateText(draft.validUntil));
            if (!exec(q, err))
                return false;
            if (!q.next()) {
                setError(err, q.lastError().isValid() ? q.lastError().text() : tr("No id was returned."));
                q.finish();
                return false;
            }
            // The place it took, for an import's redo to give it again.
            draft.id = q.value(0).toLongLong();
            draft.position = q.value(1).toInt();
            q.finish();
            draft.version = 1;
            draft.role = draft.role.trimmed();
            return logChange(QStringLiteral("assignment"), draft.id, draft.itemId, QStringLiteral("create"),
                             tr("Assigned %1 to %2 as %3 (%4)")
                                 .arg(contactName(draft.contactId), itemName(draft.itemId), draft.role,
                                      keys::priority(draft.priority)),
                             {}, assignmentFields(draft), err);
        },
        error);
    if (!ok)
        return std::nullopt;
    assignment = draft;
    notifyOwnershipChanged();
    return assignment.id;
}

void Store::stampConfirmation(Assignment *assignment) const
{
    assignment->confirmedAt = now();
    assignment->confirmedBy = m_actor;
}

bool Store::updateAssignment(Assignment &assignment, QString *error, Confirmation confirmation)
{
    Assignment saved = assignment;
    if (confirmation == Confirmation::Now)
        stampConfirmation(&saved);
    const bool ok = write(
        [&](QString *err) {
            // Gone (an empty list) is not the same as unreadable (an error, said as it is).
            const auto found =
                selectAll(kAssignmentSelect + QStringLiteral("WHERE id = ?"), {assignment.id}, readAssignment, err);
            if (!found)
                return false;
            if (found->isEmpty()) {
                setError(err, tr("The assignment was removed by someone else since it was loaded."));
                return false;
            }
            const Assignment *current = &found->first();
            if (!checkFields(validation::assignmentProblem(assignment, current), err))
                return false;
            if (assignment.role.trimmed().isEmpty()) {
                setError(err, tr("The role is required."));
                return false;
            }
            if (!changeOne(QStringLiteral("UPDATE assignment SET contact_id = ?, role = ?, priority = ?, note = ?,"
                                          " position = ?, confirmed_at = ?, confirmed_by = ?, valid_from = ?,"
                                          " valid_until = ?, version = version + 1 WHERE id = ? AND version = ?"),
                           {saved.contactId, saved.role.trimmed(), keys::priority(saved.priority), saved.note,
                            saved.position, confirmationText(saved.confirmedAt), saved.confirmedBy,
                            dateText(saved.validFrom), dateText(saved.validUntil), saved.id, saved.version},
                           tr("The assignment was changed or removed by someone else since it was loaded."), err))
                return false;
            Assignment now = saved;
            now.role = now.role.trimmed();
            QJsonObject before = assignmentFields(*current), after = assignmentFields(now);
            keepChanged(&before, &after);
            if (before.isEmpty() && after.isEmpty())
                return true;
            // The summary names what the user changed; a confirmation alone is said as one.
            QStringList changed = after.keys();
            changed.removeOne(QStringLiteral("confirmed_at"));
            changed.removeOne(QStringLiteral("confirmed_by"));
            const QString summary =
                changed.isEmpty()
                    ? tr("Confirmed %1 as %2 of %3").arg(contactName(now.contactId), now.role, itemName(now.itemId))
                    : tr("Changed %1 of %2's assignment to %3")
                          .arg(changed.join(QStringLiteral(", ")), contactName(now.contactId), itemName(now.itemId));
            return logChange(QStringLiteral("assignment"), now.id, now.itemId, QStringLiteral("update"), summary,
                             before, after, err);
        },
        error);
    if (!ok)
        return false;
    assignment = saved;
    assignment.role = assignment.role.trimmed();
    ++assignment.version;
    notifyOwnershipChanged();
    return true;
}

bool Store::removeAssignment(qint64 id, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            const auto found = selectAll(kAssignmentSelect + QStringLiteral("WHERE id = ?"), {id}, readAssignment, err);
            if (!found)
                return false;
            const Assignment *gone = found->isEmpty() ? nullptr : &found->first();
            if (gone &&
                !logChange(
                    QStringLiteral("assignment"), id, gone->itemId, QStringLiteral("delete"),
                    tr("Removed %1 as %2 of %3").arg(contactName(gone->contactId), gone->role, itemName(gone->itemId)),
                    assignmentFields(*gone), {}, err))
                return false;
            return changeOne(QStringLiteral("DELETE FROM assignment WHERE id = ?"), {id},
                             tr("Assignment %1 does not exist.").arg(id), err);
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

bool Store::removeAssignments(const QVector<qint64> &ids, QString *error)
{
    Q_ASSERT(m_depth > 0);
    // A statement or two per chunk, not six per assignment (5 ms each on a server).
    constexpr int chunk = 400;
    const auto namesOf = [this](const QString &table, const QSet<qint64> &wanted, QHash<qint64, QString> *names,
                                QString *err) {
        return selectIn(
            QStringLiteral("SELECT id, name FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
            QVector<qint64>(wanted.cbegin(), wanted.cend()),
            [names](const QSqlQuery &q) { names->insert(q.value(0).toLongLong(), q.value(1).toString()); }, err);
    };
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QVector<qint64> part = ids.mid(start, chunk);
        const int n = static_cast<int>(part.size());
        QHash<qint64, Assignment> found;
        QSet<qint64> items, contacts;
        const bool read = selectIn(
            kAssignmentSelect + QStringLiteral("WHERE id IN (%1)"), part,
            [&](const QSqlQuery &q) {
                const Assignment a = readAssignment(q);
                found.insert(a.id, a);
                items.insert(a.itemId);
                contacts.insert(a.contactId);
            },
            error);
        if (!read)
            return false;
        for (qint64 id : part) {
            if (!found.contains(id)) {
                setError(error, tr("Assignment %1 does not exist.").arg(id));
                return false;
            }
        }
        QHash<qint64, QString> itemNames, contactNames;
        if (!namesOf(QStringLiteral("item"), items, &itemNames, error) ||
            !namesOf(QStringLiteral("contact"), contacts, &contactNames, error))
            return false;
        if (!ensureBatch(tr("Removed %n assignment(s)", nullptr, n), error))
            return false;
        const bool logged = insertRows(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                           " after) VALUES "),
            QStringLiteral("(?,'assignment',?,?,'delete',?,?,'{}')"), 5, n,
            [&](QSqlQuery &q, qsizetype i, int at) {
                const Assignment &gone = found[part.at(i)];
                q.bindValue(at, m_batchId);
                q.bindValue(at + 1, gone.id);
                q.bindValue(at + 2, gone.itemId);
                q.bindValue(at + 3, tr("Removed %1 as %2 of %3")
                                        .arg(contactNames.value(gone.contactId, QString::number(gone.contactId)),
                                             gone.role, itemNames.value(gone.itemId, QString::number(gone.itemId))));
                q.bindValue(at + 4, compactJson(assignmentFields(gone)));
            },
            error);
        if (!logged)
            return false;
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM assignment WHERE id IN (%1)").arg(placeholders(n)));
        for (qint64 id : part)
            remove.addBindValue(id);
        if (!exec(remove, error))
            return false;
    }
    if (!ids.isEmpty())
        notifyOwnershipChanged();
    return true;
}

std::optional<Assignment> Store::assignmentById(qint64 id, QString *error)
{
    return readOne(kAssignmentSelect + QStringLiteral("WHERE id = ?"), id, readAssignment,
                   tr("Assignment %1 does not exist.").arg(id), error);
}

std::optional<QVector<Assignment>> Store::assignments(qint64 itemId, QString *error)
{
    return assignmentsFor({itemId}, error);
}

std::optional<QSet<qint64>> Store::itemsWithOwnContacts(const QDate &day, QString *error)
{
    // Cover is text (yyyy-MM-dd), which sorts as the dates do.
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT DISTINCT item_id FROM assignment WHERE priority <> 'inactive' AND role <> 'escalation'"
                       " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until >= ?)"));
    const QString dayText = day.toString(Qt::ISODate);
    q.addBindValue(dayText);
    q.addBindValue(dayText);
    if (!exec(q, error))
        return std::nullopt;
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    q.finish();
    return ids;
}

std::optional<QVector<Assignment>> Store::assignmentsOfKind(ItemKind kind, QString *error)
{
    return assignmentsOfItems(QStringLiteral("kind = ?"), keys::itemKind(kind), error);
}

bool Store::forEachAssignmentOfKind(ItemKind kind,
                                    const std::function<bool(const QString &item, const Assignment &)> &visit,
                                    QString *error)
{
    // The name index gives the items in order; each item's few assignments are sorted
    // by SQL one item at a time, so that nothing grows with the inventory.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT a.id, a.item_id, a.contact_id, a.role, a.priority, a.note, a.position,"
                                  " a.version, a.confirmed_at, a.confirmed_by, a.valid_from, a.valid_until, i.name"
                                  " FROM item i CROSS JOIN assignment a WHERE i.kind = ? AND a.item_id = i.id"
                                  " ORDER BY i.name_key, i.id, a.position, a.id"))) {
        setError(error, q.lastError().text());
        return false;
    }
    q.addBindValue(keys::itemKind(kind));
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return false;
    }
    while (q.next()) {
        if (!visit(q.value(12).toString(), readAssignment(q)))
            return false;
    }
    if (q.lastError().isValid()) {
        setError(error, q.lastError().text());
        return false;
    }
    return true;
}

std::optional<QVector<Assignment>> Store::assignmentsOfItems(const QString &condition, const QString &kind,
                                                             QString *error)
{
    // Looked up by item, not found in a scan of every assignment joined to its item:
    // for the providers and hosts of 100k services, 5 ms instead of 40.
    return selectAll(kAssignmentSelect + QStringLiteral("WHERE item_id IN (SELECT id FROM item WHERE %1)"
                                                        " ORDER BY item_id, position, id")
                                             .arg(condition),
                     {kind}, readAssignment, error);
}

std::optional<QVector<Assignment>> Store::activeAssignments(QString *error)
{
    QVector<Assignment> result;
    // Roles and priorities repeat: one QString each, shared by every row.
    AssignmentLineReader reader;
    SqliteStatement q(m_db.connection(), QByteArray(kAssignmentLineSelect) + "WHERE priority <> 'inactive'");
    while (q.next())
        result.append(reader.read(q));
    if (q.hasError() || !q.isValid()) {
        setError(error, q.errorString());
        return std::nullopt;
    }
    sortByItemAndPlace(&result);
    return result;
}

std::optional<QVector<Assignment>> Store::assignmentsFor(const QVector<qint64> &itemIds, QString *error)
{
    QVector<Assignment> result;
    if (!selectIn(
            kAssignmentSelect + QStringLiteral("WHERE item_id IN (%1) ORDER BY item_id, position, id"), itemIds,
            [&result](const QSqlQuery &q) { result.append(readAssignment(q)); }, error))
        return std::nullopt;
    return result;
}

} // namespace steward
