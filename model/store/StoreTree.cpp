// The Store's part for the tree as it is opened: one branch at a time, by indexed
// look-ups only (item_parent, also_runs_on_host, primary keys), so that opening a
// branch costs the same at a thousand services as at a million.

#include "Store.h"

#include "SqliteStatement.h"
#include "StoreSql.h"

#include <QSqlError>

namespace steward {

using namespace storesql;

namespace {

// The columns of a branch's row: id, parent, kind as a number, name, status, whether
// it has children, whether it is a further place. %1 is the item's alias.
QString branchColumns(const QString &i)
{
    return QStringLiteral(
               "%1.id, %1.parent_id, CASE %1.kind WHEN 'service' THEN 3 WHEN 'host' THEN 2 WHEN 'provider' THEN 1"
               " ELSE 0 END, %1.name, %1.status,"
               " CASE WHEN %1.kind = 'service' THEN 0"
               " WHEN EXISTS (SELECT 1 FROM item c WHERE c.parent_id = %1.id) THEN 1"
               " WHEN EXISTS (SELECT 1 FROM also_runs_on r WHERE r.host_id = %1.id) THEN 1 ELSE 0 END")
        .arg(i);
}

} // namespace

std::optional<QVector<TreeBranchRow>> Store::treeChildren(qint64 parentId, QString *error)
{
    static_assert(static_cast<int>(ItemKind::Service) == 3 && static_cast<int>(ItemKind::Host) == 2 &&
                  static_cast<int>(ItemKind::Provider) == 1 && static_cast<int>(ItemKind::Organisation) == 0);
    // Its children but its unnamed hosts; those hosts' services; the services running on
    // it, or on its unnamed hosts, as a further host.
    static const QString top =
        QStringLiteral("SELECT %1, 0 FROM item i WHERE i.parent_id IS NULL").arg(branchColumns(QStringLiteral("i")));
    static const QString branch =
        QStringLiteral("SELECT %1, 0 FROM item i LEFT JOIN host h ON h.item_id = i.id"
                       " WHERE i.parent_id = ? AND (h.hostname IS NULL OR h.hostname <> '')"
                       " UNION ALL SELECT %2, 0 FROM item u JOIN host h ON h.item_id = u.id AND h.hostname = ''"
                       " JOIN item s ON s.parent_id = u.id WHERE u.parent_id = ?"
                       " UNION ALL SELECT %2, 1 FROM also_runs_on a JOIN item s ON s.id = a.service_id"
                       " WHERE a.host_id = ?"
                       " UNION ALL SELECT %2, 1 FROM item u JOIN host h ON h.item_id = u.id AND h.hostname = ''"
                       " JOIN also_runs_on a ON a.host_id = u.id JOIN item s ON s.id = a.service_id"
                       " WHERE u.parent_id = ?")
            .arg(branchColumns(QStringLiteral("i")), branchColumns(QStringLiteral("s")));
    QSqlQuery &q = parentId == 0 ? prepared(top) : bound(branch, {parentId, parentId, parentId, parentId});
    if (!exec(q, error))
        return std::nullopt;
    QVector<TreeBranchRow> rows;
    QHash<QString, QString> statuses; // one QString per distinct status
    while (q.next()) {
        TreeBranchRow row;
        row.id = q.value(0).toLongLong();
        row.parentId = q.value(1).toLongLong();
        row.kind = static_cast<ItemKind>(q.value(2).toInt());
        row.name = q.value(3).toString();
        const QString status = q.value(4).toString();
        auto it = statuses.find(status);
        if (it == statuses.end())
            it = statuses.insert(status, status);
        row.status = *it;
        row.hasChildren = q.value(5).toInt() != 0;
        row.further = q.value(6).toInt() != 0;
        rows.append(std::move(row));
    }
    const bool ok = !q.lastError().isValid();
    if (!ok)
        setError(error, q.lastError().databaseText());
    q.finish();
    if (!ok)
        return std::nullopt;
    return rows;
}

std::optional<QHash<qint64, qint64>> Store::unnamedHostsAmong(const QVector<qint64> &ids, QString *error)
{
    QHash<qint64, qint64> hosts;
    if (!scanIds(m_db.connection(),
                 "SELECT i.id, i.parent_id FROM host h JOIN item i ON i.id = h.item_id"
                 " WHERE h.item_id IN (%1) AND h.hostname = ''",
                 ids, error, [&](const SqliteStatement &q) { hosts.insert(q.integer(0), q.integer(1)); }))
        return std::nullopt;
    return hosts;
}

std::optional<QSet<qint64>> Store::itemsWithChildren(const QVector<qint64> &ids, QString *error)
{
    QSet<qint64> parents;
    const auto add = [&](const SqliteStatement &q) { parents.insert(q.integer(0)); };
    if (!scanIds(
            m_db.connection(),
            "SELECT i.id FROM item i WHERE i.id IN (%1) AND (EXISTS (SELECT 1 FROM item c WHERE c.parent_id = i.id)"
            " OR EXISTS (SELECT 1 FROM also_runs_on r WHERE r.host_id = i.id))",
            ids, error, add))
        return std::nullopt;
    return parents;
}

std::optional<Store::ItemCounts> Store::itemCounts(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT (SELECT count(*) FROM provider), (SELECT count(*) FROM host),"
                                           " (SELECT count(*) FROM service)"));
    if (!exec(q, error))
        return std::nullopt;
    ItemCounts counts;
    if (q.next()) {
        counts.providers = q.value(0).toLongLong();
        counts.hosts = q.value(1).toLongLong();
        counts.services = q.value(2).toLongLong();
    }
    const bool ok = !q.lastError().isValid();
    if (!ok)
        setError(error, q.lastError().databaseText());
    q.finish();
    if (!ok)
        return std::nullopt;
    return counts;
}

} // namespace steward
