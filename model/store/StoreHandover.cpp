// The Store's part for leavers: the reads "what if X leaves" needs for thousands of
// items at once, and the hand-over's bulk writes (a statement per few hundred
// assignments, each still with its history row).

#include "Store.h"

#include "SqliteStatement.h"
#include "StoreSql.h"

#include <QSqlError>

#include <algorithm>

namespace steward {

using namespace storesql;

namespace {

/// @p ids sorted, each once: look-ups in index order touch each page once.
QVector<qint64> sortedIds(QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

bool Store::treeAround(const QVector<qint64> &itemIds, QVector<TreeRow> *rows, QVector<Placement> *placements,
                       QString *error)
{
    rows->clear();
    placements->clear();
    const QSqlDatabase db = m_db.connection();
    QHash<QByteArray, QString> statuses;
    QSet<qint64> known;
    QVector<qint64> wanted;
    const auto want = [&](qint64 id) {
        if (id > 0 && !known.contains(id)) {
            known.insert(id);
            wanted.append(id);
        }
    };
    for (qint64 id : itemIds)
        want(id);
    QVector<qint64> services;
    // Level by level: the items, then their parents (and the services' further hosts), ...
    for (bool first = true; !wanted.isEmpty(); first = false) {
        const QVector<qint64> level = sortedIds(std::exchange(wanted, {}));
        QVector<qint64> parents;
        const bool read = scanIds(db,
                                  "SELECT id, parent_id, CASE kind WHEN 'service' THEN 3 WHEN 'host' THEN 2"
                                  " WHEN 'provider' THEN 1 ELSE 0 END, name, status FROM item WHERE id IN (%1)",
                                  level, error, [&](const SqliteStatement &q) {
                                      TreeRow row;
                                      row.id = q.integer(0);
                                      row.parentId = q.isNull(1) ? 0 : q.integer(1);
                                      row.kind = static_cast<ItemKind>(q.integer(2));
                                      row.name = q.text(3);
                                      const QByteArrayView status = q.bytes(4);
                                      const QByteArray key = QByteArray::fromRawData(status.data(), status.size());
                                      auto it = statuses.constFind(key);
                                      if (it == statuses.constEnd())
                                          it = statuses.insert(status.toByteArray(), q.text(4));
                                      row.status = *it;
                                      if (first && row.kind == ItemKind::Service)
                                          services.append(row.id);
                                      parents.append(row.parentId);
                                      rows->append(std::move(row));
                                  });
        if (!read)
            return false;
        if (first) {
            const bool placed =
                scanIds(db, "SELECT service_id, host_id, position FROM also_runs_on WHERE service_id IN (%1)", services,
                        error, [&](const SqliteStatement &q) {
                            placements->append({q.integer(0), q.integer(1), static_cast<int>(q.integer(2))});
                        });
            if (!placed)
                return false;
            for (const Placement &p : std::as_const(*placements))
                want(p.hostId);
        }
        for (qint64 parent : std::as_const(parents))
            want(parent);
    }
    std::sort(rows->begin(), rows->end(), [](const TreeRow &a, const TreeRow &b) { return a.id < b.id; });
    std::sort(placements->begin(), placements->end(), [](const Placement &a, const Placement &b) {
        if (a.serviceId != b.serviceId)
            return a.serviceId < b.serviceId;
        return a.position != b.position ? a.position < b.position : a.hostId < b.hostId;
    });
    return true;
}

std::optional<QVector<Assignment>> Store::assignmentLines(By by, const QVector<qint64> &wanted, QString *error)
{
    const QVector<qint64> ids = sortedIds(wanted);
    QVector<Assignment> result;
    result.reserve(ids.size() * 2);
    // Roles and priorities repeat: one QString each, shared by every row.
    AssignmentLineReader reader;
    const QSqlDatabase db = m_db.connection();
    const QByteArray sql =
        QByteArray(kAssignmentLineSelect) + "WHERE " + (by == By::Item ? "item_id" : "contact_id") + " IN (%1)";
    if (!scanIds(db, sql, ids, error, [&](const SqliteStatement &q) { result.append(reader.read(q)); }))
        return std::nullopt;
    sortByItemAndPlace(&result);
    return result;
}

std::optional<QHash<qint64, Contact>> Store::contactRecords(const QVector<qint64> &wanted, QString *error)
{
    QHash<qint64, Contact> result;
    const QVector<qint64> ids = sortedIds(wanted);
    result.reserve(ids.size());
    const QSqlDatabase db = m_db.connection();
    constexpr qsizetype PerStatement = 1000;
    for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
        SqliteStatement q(db, QByteArrayLiteral("SELECT id, kind, name, team_id, notes, version FROM contact"
                                                " WHERE id IN (") +
                                  idList(ids, start, std::min(ids.size(), start + PerStatement)) + ')');
        while (q.next()) {
            Contact c;
            c.id = q.integer(0);
            c.kind = keys::contactKindFromKey(q.text(1));
            c.name = q.text(2);
            c.teamId = q.isNull(3) ? 0 : q.integer(3);
            c.notes = q.text(4);
            c.version = static_cast<int>(q.integer(5));
            result.insert(c.id, c);
        }
        if (q.hasError() || !q.isValid()) {
            setError(error, q.errorString());
            return std::nullopt;
        }
    }
    return result;
}

std::optional<QHash<qint64, QVector<qint64>>> Store::teamMemberIds(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT team_id, member_id FROM team_member ORDER BY team_id, position"));
    if (!exec(q, error))
        return std::nullopt;
    QHash<qint64, QVector<qint64>> teams;
    while (q.next())
        teams[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    q.finish();
    return teams;
}

bool Store::reassignAssignments(const QVector<Reassignment> &changes, const QString &stale, QString *error)
{
    Q_ASSERT(m_depth > 0);
    // One statement per chunk: each row's new contact and confirmation from a list of
    // values, the row found by its id, its contact and version as the caller saw them.
    constexpr int chunk = 400;
    const QString row = QStringLiteral("(CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT), CAST(? AS BIGINT),"
                                       " CAST(? AS TEXT), CAST(? AS TEXT))");
    // Confirmations repeat (a hand-over stamps one time on all): each made text once.
    QHash<QDateTime, QJsonValue> times;
    const auto timeText = [&times](const QDateTime &at) {
        auto known = times.constFind(at);
        if (known == times.constEnd())
            known = times.insert(at, QJsonValue::fromVariant(confirmationText(at)));
        return *known;
    };
    for (qsizetype start = 0; start < changes.size(); start += chunk) {
        const int n = static_cast<int>(std::min<qsizetype>(chunk, changes.size() - start));
        QString values;
        for (int i = 0; i < n; ++i)
            values += (i ? QStringLiteral(",") : QString()) + row;
        QSqlQuery &q =
            prepared(QStringLiteral("UPDATE assignment SET contact_id = v.column4, confirmed_at = v.column5,"
                                    " confirmed_by = v.column6, version = assignment.version + 1 FROM (VALUES %1) AS v"
                                    " WHERE assignment.id = v.column1 AND assignment.version = v.column2"
                                    " AND assignment.contact_id = v.column3")
                         .arg(values));
        for (int i = 0; i < n; ++i) {
            const Reassignment &c = changes.at(start + i);
            q.addBindValue(c.before.id);
            q.addBindValue(c.before.version);
            q.addBindValue(c.before.contactId);
            q.addBindValue(c.contactId);
            q.addBindValue(confirmationText(c.confirmedAt));
            // Bound as given ('' for nobody): exec() sends a null string as ''.
            q.addBindValue(c.confirmedBy);
        }
        if (!exec(q, error))
            return false;
        const int changed = q.numRowsAffected();
        q.finish();
        if (changed != n) {
            setError(error, stale);
            return false;
        }
        if (!ensureBatch(tr("Changed the contact of %n assignment(s)", nullptr, n), error))
            return false;
        const bool logged = insertRows(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                           " after) VALUES "),
            QStringLiteral("(?,'assignment',?,?,'update',?,?,?)"), 6, n,
            [&](QSqlQuery &insert, qsizetype i, int at) {
                const Reassignment &c = changes.at(start + i);
                // Only what changes, as keepChanged() leaves assignmentFields(): the
                // contact and the confirmation (its time as text once per distinct time).
                QJsonObject before, now;
                if (c.before.contactId != c.contactId) {
                    before.insert(QStringLiteral("contact_id"), c.before.contactId);
                    now.insert(QStringLiteral("contact_id"), c.contactId);
                }
                const QJsonValue atBefore = timeText(c.before.confirmedAt), atNow = timeText(c.confirmedAt);
                if (atBefore != atNow) {
                    before.insert(QStringLiteral("confirmed_at"), atBefore);
                    now.insert(QStringLiteral("confirmed_at"), atNow);
                }
                if (c.before.confirmedBy != c.confirmedBy) {
                    before.insert(QStringLiteral("confirmed_by"), c.before.confirmedBy);
                    now.insert(QStringLiteral("confirmed_by"), c.confirmedBy);
                }
                insert.bindValue(at, m_batchId);
                insert.bindValue(at + 1, c.before.id);
                insert.bindValue(at + 2, c.before.itemId);
                insert.bindValue(at + 3, c.summary);
                insert.bindValue(at + 4, compactJson(before));
                insert.bindValue(at + 5, compactJson(now));
            },
            error);
        if (!logged)
            return false;
    }
    if (!changes.isEmpty())
        notifyOwnershipChanged();
    return true;
}

bool Store::restoreAssignments(const QVector<Assignment> &assignments, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (assignments.isEmpty())
        return true;
    QSet<qint64> itemIds, contactIds;
    for (const Assignment &a : assignments) {
        itemIds.insert(a.itemId);
        contactIds.insert(a.contactId);
    }
    QHash<qint64, QString> itemNames, contactNames;
    const auto namesOf = [this, error](const QString &table, const QSet<qint64> &ids, QHash<qint64, QString> *names) {
        return selectIn(
            QStringLiteral("SELECT id, name FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
            QVector<qint64>(ids.cbegin(), ids.cend()),
            [names](const QSqlQuery &q) { names->insert(q.value(0).toLongLong(), q.value(1).toString()); }, error);
    };
    if (!namesOf(QStringLiteral("item"), itemIds, &itemNames) ||
        !namesOf(QStringLiteral("contact"), contactIds, &contactNames))
        return false;
    const bool inserted = insertRows(
        QStringLiteral("INSERT INTO assignment (id, item_id, contact_id, role, priority, note, position, version,"
                       " confirmed_at, confirmed_by, valid_from, valid_until) VALUES "),
        QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?)"), 12, assignments.size(),
        [&](QSqlQuery &q, qsizetype i, int at) {
            const Assignment &a = assignments.at(i);
            q.bindValue(at, a.id);
            q.bindValue(at + 1, a.itemId);
            q.bindValue(at + 2, a.contactId);
            q.bindValue(at + 3, a.role);
            q.bindValue(at + 4, keys::priority(a.priority));
            // insertRows() binds as given: no null strings, which would be NULL.
            q.bindValue(at + 5, a.note.isNull() ? QStringLiteral("") : a.note);
            q.bindValue(at + 6, a.position);
            q.bindValue(at + 7, std::max(a.version, 1));
            q.bindValue(at + 8, confirmationText(a.confirmedAt));
            q.bindValue(at + 9, a.confirmedBy.isNull() ? QStringLiteral("") : a.confirmedBy);
            q.bindValue(at + 10, dateText(a.validFrom));
            q.bindValue(at + 11, dateText(a.validUntil));
        },
        error);
    if (!inserted)
        return false;
    if (!ensureBatch(tr("Put back %n assignment(s)", nullptr, static_cast<int>(assignments.size())), error))
        return false;
    const bool logged = insertRows(
        QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                       " after) VALUES "),
        QStringLiteral("(?,'assignment',?,?,'create',?,'{}',?)"), 5, assignments.size(),
        [&](QSqlQuery &q, qsizetype i, int at) {
            const Assignment &a = assignments.at(i);
            q.bindValue(at, m_batchId);
            q.bindValue(at + 1, a.id);
            q.bindValue(at + 2, a.itemId);
            q.bindValue(at + 3, tr("Assigned %1 to %2 as %3 (%4)")
                                    .arg(contactNames.value(a.contactId, QString::number(a.contactId)),
                                         itemNames.value(a.itemId, QString::number(a.itemId)), a.role,
                                         keys::priority(a.priority)));
            q.bindValue(at + 4, compactJson(assignmentFields(a)));
        },
        error);
    if (!logged)
        return false;
    notifyOwnershipChanged();
    return true;
}

} // namespace steward
