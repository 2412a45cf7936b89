#include "MapQueries.h"

#include <QSqlError>
#include <QStringList>

namespace steward {

namespace {

/// The columns MapQueries::Row is read from, for "FROM item i LEFT JOIN host h ...".
const QString kRowColumns = QStringLiteral(
    "SELECT i.id, i.parent_id, CASE i.kind WHEN 'service' THEN 3 WHEN 'host' THEN 2 WHEN 'provider' THEN 1 ELSE 0 END,"
    " i.name, i.status, h.hostname FROM item i LEFT JOIN host h ON h.item_id = i.id ");

MapQueries::Row readRow(const QSqlQuery &q)
{
    MapQueries::Row row;
    row.id = q.value(0).toLongLong();
    row.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    row.kind = static_cast<ItemKind>(q.value(2).toInt());
    row.name = q.value(3).toString();
    row.status = q.value(4).toString();
    row.unnamedHost = row.kind == ItemKind::Host && !q.value(5).isNull() && q.value(5).toString().isEmpty();
    return row;
}

Link readLink(const QSqlQuery &q)
{
    Link link;
    link.id = q.value(0).toLongLong();
    link.fromItem = q.value(1).toLongLong();
    link.toItem = q.value(2).toLongLong();
    link.type = q.value(3).toString();
    return link;
}

/// "?, ?, ?" for @p n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// How many ids one statement takes (well below SQLite's and PostgreSQL's limits).
constexpr qsizetype PerStatement = 500;

} // namespace

MapQueries::MapQueries(Database &db)
    : m_db(db)
{}

MapQueries::~MapQueries() = default;

QSqlQuery &MapQueries::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            q->finish(); // exec() then fails and says why
        it = m_queries.insert(sql, q);
    }
    return **it;
}

bool MapQueries::run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = tr("The map's neighbourhood cannot be read: %1").arg(q.lastError().text());
    return false;
}

std::optional<qint64> MapQueries::count(const QString &sql, qint64 id, QString *error)
{
    QSqlQuery &q = query(sql);
    q.addBindValue(id);
    if (!run(q, error))
        return std::nullopt;
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

std::optional<qint64> MapQueries::drawnItemCount(QString *error)
{
    // Two aggregates, no rows: the items (an index's count) less the unnamed hosts.
    QSqlQuery &q =
        query(QStringLiteral("SELECT (SELECT count(*) FROM item) - (SELECT count(*) FROM host WHERE hostname = '')"));
    if (!run(q, error))
        return std::nullopt;
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

std::optional<QVector<MapQueries::Row>> MapQueries::rows(const QVector<qint64> &ids, QString *error)
{
    QVector<Row> result;
    for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
        const qsizetype n = std::min(PerStatement, ids.size() - start);
        QSqlQuery &q = query(kRowColumns + QStringLiteral("WHERE i.id IN (%1)").arg(placeholders(n)));
        for (qsizetype i = start; i < start + n; ++i)
            q.addBindValue(ids.at(i));
        if (!run(q, error))
            return std::nullopt;
        while (q.next())
            result.append(readRow(q));
        q.finish();
    }
    return result;
}

std::optional<MapQueries::Capped<MapQueries::Row>> MapQueries::children(qint64 parent, int most, QString *error)
{
    Capped<Row> result;
    QSqlQuery &q = query(kRowColumns + QStringLiteral("WHERE i.parent_id = ? LIMIT ?"));
    q.addBindValue(parent);
    q.addBindValue(most + 1);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        result.rows.append(readRow(q));
    q.finish();
    if (result.rows.size() > most) {
        result.rows.resize(most);
        const auto all = count(QStringLiteral("SELECT count(*) FROM item WHERE parent_id = ?"), parent, error);
        if (!all)
            return std::nullopt;
        result.more = *all - most;
    }
    return result;
}

std::optional<QMultiHash<qint64, qint64>> MapQueries::unnamedHosts(QString *error)
{
    QSqlQuery &q = query(QStringLiteral("SELECT h.item_id, i.parent_id FROM host h JOIN item i ON i.id = h.item_id"
                                        " WHERE h.hostname = ''"));
    if (!run(q, error))
        return std::nullopt;
    QMultiHash<qint64, qint64> hosts;
    while (q.next())
        hosts.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
    q.finish();
    return hosts;
}

std::optional<MapQueries::Capped<Link>> MapQueries::linksFrom(qint64 item, int most, QString *error)
{
    Capped<Link> result;
    QSqlQuery &q =
        query(QStringLiteral("SELECT id, from_item, to_item, kind FROM item_link WHERE from_item = ? LIMIT ?"));
    q.addBindValue(item);
    q.addBindValue(most + 1);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        result.rows.append(readLink(q));
    q.finish();
    if (result.rows.size() > most) {
        result.rows.resize(most);
        const auto all = count(QStringLiteral("SELECT count(*) FROM item_link WHERE from_item = ?"), item, error);
        if (!all)
            return std::nullopt;
        result.more = *all - most;
    }
    return result;
}

std::optional<MapQueries::Capped<Link>> MapQueries::linksTo(qint64 item, int most, QString *error)
{
    Capped<Link> result;
    QSqlQuery &q =
        query(QStringLiteral("SELECT id, from_item, to_item, kind FROM item_link WHERE to_item = ? LIMIT ?"));
    q.addBindValue(item);
    q.addBindValue(most + 1);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        result.rows.append(readLink(q));
    q.finish();
    if (result.rows.size() > most) {
        result.rows.resize(most);
        const auto all = count(QStringLiteral("SELECT count(*) FROM item_link WHERE to_item = ?"), item, error);
        if (!all)
            return std::nullopt;
        result.more = *all - most;
    }
    return result;
}

std::optional<QVector<Placement>> MapQueries::hostsOf(qint64 service, QString *error)
{
    QSqlQuery &q = query(QStringLiteral("SELECT service_id, host_id, position FROM also_runs_on WHERE service_id = ?"));
    q.addBindValue(service);
    if (!run(q, error))
        return std::nullopt;
    QVector<Placement> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    q.finish();
    return result;
}

std::optional<MapQueries::Capped<Placement>> MapQueries::servicesOn(qint64 host, int most, QString *error)
{
    Capped<Placement> result;
    QSqlQuery &q =
        query(QStringLiteral("SELECT service_id, host_id, position FROM also_runs_on WHERE host_id = ? LIMIT ?"));
    q.addBindValue(host);
    q.addBindValue(most + 1);
    if (!run(q, error))
        return std::nullopt;
    while (q.next())
        result.rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    q.finish();
    if (result.rows.size() > most) {
        result.rows.resize(most);
        const auto all = count(QStringLiteral("SELECT count(*) FROM also_runs_on WHERE host_id = ?"), host, error);
        if (!all)
            return std::nullopt;
        result.more = *all - most;
    }
    return result;
}

std::optional<QSet<qint64>> MapQueries::withOwnContacts(const QVector<qint64> &ids, const QDate &day, QString *error)
{
    QSet<qint64> result;
    const QString dayText = day.toString(Qt::ISODate);
    for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
        const qsizetype n = std::min(PerStatement, ids.size() - start);
        // Cover is text (yyyy-MM-dd), which sorts as the dates do.
        QSqlQuery &q = query(
            QStringLiteral("SELECT DISTINCT item_id FROM assignment WHERE item_id IN (%1)"
                           " AND priority <> 'inactive' AND role <> 'escalation'"
                           " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until >= ?)")
                .arg(placeholders(n)));
        for (qsizetype i = start; i < start + n; ++i)
            q.addBindValue(ids.at(i));
        q.addBindValue(dayText);
        q.addBindValue(dayText);
        if (!run(q, error))
            return std::nullopt;
        while (q.next())
            result.insert(q.value(0).toLongLong());
        q.finish();
    }
    return result;
}

} // namespace steward
