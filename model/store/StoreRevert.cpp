// The Store's reads for reverting a whole history batch (model/history/BatchRevert): the
// batch's changes, what came after them, and the records they name, in bulk.

#include "Store.h"

#include "StoreSql.h"

#include <QSqlError>

#include <algorithm>
#include <limits>

namespace steward {

using namespace storesql;

namespace {

TreeRow readTreeRow(const QSqlQuery &q)
{
    TreeRow row;
    row.id = q.value(0).toLongLong();
    row.parentId = q.value(1).toLongLong();
    keys::itemKindFromKey(q.value(2).toString(), &row.kind);
    row.name = q.value(3).toString();
    row.status = q.value(4).toString();
    return row;
}

} // namespace

std::optional<QVector<HistoryEntry>> Store::batchChanges(qint64 batchId, QString *error)
{
    return selectAll(kChangeSelect + QStringLiteral("WHERE l.batch_id = ? ORDER BY l.id"), {batchId}, readChange,
                     error);
}

std::optional<QVector<HistoryEntry>> Store::changesAfter(qint64 changeId, QString *error)
{
    // The primary key's range: only the later rows are read, however long the history;
    // the values before and after only where they say which record it is (a membership's team).
    return selectAll(
        QStringLiteral("SELECT l.id, l.batch_id, b.at, b.actor, b.label, l.entity, l.entity_id, l.item_id, l.action,"
                       " l.summary, CASE WHEN l.entity = 'team_member' THEN l.before ELSE '{}' END,"
                       " CASE WHEN l.entity = 'team_member' THEN l.after ELSE '{}' END"
                       " FROM change_log l JOIN change_batch b ON b.id = l.batch_id WHERE l.id > ? ORDER BY l.id"),
        {changeId}, readChange, error);
}

std::optional<QVector<HistoryEntry>> Store::membershipChanges(const QVector<qint64> &memberIds, QString *error)
{
    QVector<HistoryEntry> result;
    if (!selectIn(
            kChangeSelect + QStringLiteral("WHERE l.entity = 'team_member' AND l.entity_id IN (%1)"), memberIds,
            [&result](const QSqlQuery &q) { result.append(readChange(q)); }, error))
        return std::nullopt;
    std::sort(result.begin(), result.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.id < b.id; });
    return result;
}

std::optional<qint64> Store::lastChangeId(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

std::optional<Store::HistoryMark> Store::historyMark(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT coalesce(max(id), 0), count(*) FROM change_log"));
    if (!exec(q, error))
        return std::nullopt;
    HistoryMark mark;
    if (q.next())
        mark = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return mark;
}

std::optional<QVector<Store::Batch>> Store::recentBatches(int limit, QString *error)
{
    // The newest batches by their key, each counted through the history's batch index.
    return selectAll<Batch>(
        QStringLiteral(
            "SELECT b.id, b.at, b.actor, b.label, (SELECT count(*) FROM change_log l WHERE l.batch_id = b.id)"
            " FROM change_batch b ORDER BY b.id DESC LIMIT ?"),
        {limit > 0 ? limit : std::numeric_limits<int>::max()},
        [](const QSqlQuery &q) {
            return Batch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toInt()};
        },
        error);
}

std::optional<QVector<Item>> Store::itemsById(const QVector<qint64> &ids, QString *error)
{
    QHash<qint64, Item> found;
    if (!selectIn(
            kItemSelect + QStringLiteral("WHERE i.id IN (%1)"), ids,
            [&found](const QSqlQuery &q) {
                Item item = readItem(q);
                item.graphLoaded = true;
                found.insert(item.id, std::move(item));
            },
            error))
        return std::nullopt;
    QVector<qint64> present = found.keys();
    std::sort(present.begin(), present.end());
    // Further hosts, aliases and tags in their order: sorted by position after reading.
    struct Entry
    {
        qint64 id;
        int position;
        QString text;
        qint64 host;
    };
    QVector<Entry> hosts, aliases, tags;
    const auto read = [&](const QString &sql, QVector<Entry> *into, bool host) {
        return selectIn(
            sql, present,
            [into, host](const QSqlQuery &q) {
                into->append({q.value(0).toLongLong(), q.value(1).toInt(), host ? QString() : q.value(2).toString(),
                              host ? q.value(2).toLongLong() : 0});
            },
            error);
    };
    if (!read(QStringLiteral("SELECT service_id, position, host_id FROM also_runs_on WHERE service_id IN (%1)"), &hosts,
              true) ||
        !read(QStringLiteral("SELECT item_id, position, alias FROM item_alias WHERE item_id IN (%1)"), &aliases,
              false) ||
        !read(QStringLiteral("SELECT item_id, position, tag FROM item_tag WHERE item_id IN (%1)"), &tags, false))
        return std::nullopt;
    for (QVector<Entry> *list : {&hosts, &aliases, &tags}) {
        std::sort(list->begin(), list->end(), [](const Entry &a, const Entry &b) {
            return a.id != b.id ? a.id < b.id : a.position != b.position ? a.position < b.position : a.text < b.text;
        });
    }
    for (const Entry &e : std::as_const(hosts))
        found[e.id].alsoOn.append(e.host);
    for (const Entry &e : std::as_const(aliases))
        found[e.id].aliases.append(e.text);
    for (const Entry &e : std::as_const(tags))
        found[e.id].tags.append(e.text);
    QVector<Item> result;
    result.reserve(present.size());
    for (qint64 id : std::as_const(present))
        result.append(found.value(id));
    return result;
}

std::optional<QVector<TreeRow>> Store::childrenOf(const QVector<qint64> &itemIds, QString *error)
{
    QVector<TreeRow> result;
    if (!selectIn(
            QStringLiteral("SELECT id, parent_id, kind, name, status FROM item WHERE parent_id IN (%1)"), itemIds,
            [&result](const QSqlQuery &q) { result.append(readTreeRow(q)); }, error))
        return std::nullopt;
    return result;
}

std::optional<QVector<Assignment>> Store::assignmentsById(const QVector<qint64> &ids, QString *error)
{
    QVector<Assignment> result;
    if (!selectIn(
            kAssignmentSelect + QStringLiteral("WHERE id IN (%1)"), ids,
            [&result](const QSqlQuery &q) { result.append(readAssignment(q)); }, error))
        return std::nullopt;
    return result;
}

std::optional<QVector<Placement>> Store::placementsOn(const QVector<qint64> &hostIds, QString *error)
{
    QVector<Placement> result;
    if (!selectIn(
            QStringLiteral("SELECT service_id, host_id, position FROM also_runs_on WHERE host_id IN (%1)"), hostIds,
            [&result](const QSqlQuery &q) {
                result.append(Placement{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
            },
            error))
        return std::nullopt;
    return result;
}

} // namespace steward
