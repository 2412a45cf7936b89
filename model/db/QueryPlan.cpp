#include "QueryPlan.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace steward {

namespace {

bool isCatalog(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("pg_"));
}

bool isSmall(const QString &table)
{
    return isCatalog(table) || QueryPlan::smallTables().contains(table);
}

QString queryError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = queryError(q);
    return false;
}

// --- SQLite ---------------------------------------------------------------------

/// What the names in SQLite's plan ("SCAN i") stand for in @p sql.
struct SqliteNames
{
    QHash<QString, QString> tableOf; ///< a table's alias (or its own name) -> the table
    QSet<QString> derived;           ///< common table expressions and subqueries' aliases
};

SqliteNames sqliteNames(const QString &sql, const QSet<QString> &tables)
{
    static const QSet<QString> keywords = {
        QStringLiteral("where"),   QStringLiteral("on"),       QStringLiteral("join"),      QStringLiteral("left"),
        QStringLiteral("inner"),   QStringLiteral("cross"),    QStringLiteral("natural"),   QStringLiteral("using"),
        QStringLiteral("group"),   QStringLiteral("order"),    QStringLiteral("limit"),     QStringLiteral("union"),
        QStringLiteral("window"),  QStringLiteral("having"),   QStringLiteral("set"),       QStringLiteral("values"),
        QStringLiteral("indexed"), QStringLiteral("not"),      QStringLiteral("outer"),     QStringLiteral("full"),
        QStringLiteral("right"),   QStringLiteral("except"),   QStringLiteral("intersect"), QStringLiteral("select"),
        QStringLiteral("default"), QStringLiteral("returning")};
    static const QRegularExpression tableRef(
        QStringLiteral("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(\\w+)(?:\\s+AS)?(?:\\s+(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression commonTable(
        QStringLiteral(
            "(?:\\bWITH(?:\\s+RECURSIVE)?|,)\\s*(\\w+)\\s*(?:\\([^)]*\\))?\\s+AS\\s*(?:NOT\\s+)?(?:MATERIALIZED\\s*)?\\("),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subqueryAlias(QStringLiteral("\\)\\s*(?:AS\\s+)?(\\w+)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    SqliteNames names;
    for (auto it = tableRef.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        const QString table = m.captured(1).toLower();
        if (!tables.contains(table))
            continue;
        names.tableOf.insert(table, table);
        const QString alias = m.captured(2).toLower();
        if (!alias.isEmpty() && !keywords.contains(alias))
            names.tableOf.insert(alias, table);
    }
    for (auto it = commonTable.globalMatch(sql); it.hasNext();)
        names.derived.insert(it.next().captured(1).toLower());
    for (auto it = subqueryAlias.globalMatch(sql); it.hasNext();) {
        const QString alias = it.next().captured(1).toLower();
        if (!keywords.contains(alias))
            names.derived.insert(alias);
    }
    return names;
}

std::optional<StatementPlan> explainSqlite(Database &db, const LoggedStatement &statement, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QSet<QString> tables;
    if (!run(q, QStringLiteral("SELECT lower(name) FROM sqlite_schema WHERE type = 'table'"), error))
        return std::nullopt;
    while (q.next())
        tables.insert(q.value(0).toString());
    const QString sql = statement.values.isEmpty() ? statement.sql : statement.values;
    if (!run(q, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, error))
        return std::nullopt;
    struct Row
    {
        int id;
        int parent;
        QString detail;
    };
    QVector<Row> rows;
    while (q.next())
        rows.append({q.value(0).toInt(), q.value(1).toInt(), q.value(3).toString()});
    q.finish();

    StatementPlan result;
    result.statement = statement;
    QHash<int, int> depth;
    bool sorts = false;
    for (const Row &row : std::as_const(rows)) {
        const int d = depth.value(row.parent, -1) + 1;
        depth.insert(row.id, d);
        result.plan << QString(2 * d, QLatin1Char(' ')) + row.detail;
        sorts = sorts || row.detail.startsWith(QLatin1String("USE TEMP B-TREE"));
    }
    static const QRegularExpression limit(QStringLiteral("\\bLIMIT\\b"), QRegularExpression::CaseInsensitiveOption);
    const bool limited = limit.match(statement.sql).hasMatch() && !sorts;
    const SqliteNames names = sqliteNames(statement.sql, tables);
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\S+)(.*)$"));
    static const QRegularExpression virtualTable(QStringLiteral("^ VIRTUAL TABLE INDEX \\d+:(.*)$"));
    for (int i = 0; i < rows.size(); ++i) {
        const auto m = scan.match(rows.at(i).detail);
        if (!m.hasMatch())
            continue;
        QString name = m.captured(1).toLower();
        // A schema's name before the table's (FTS5's own statements say "main.search_fts_config").
        if (name.startsWith(QLatin1String("main.")) || name.startsWith(QLatin1String("temp.")))
            name = name.mid(name.indexOf(QLatin1Char('.')) + 1);
        const QString how = m.captured(2);
        if (name.startsWith(QLatin1Char('(')) || name == QLatin1String("constant"))
            continue; // a subquery's rows, or one row of constants
        QString table = names.tableOf.value(name);
        if (table.isEmpty() && tables.contains(name))
            table = name;
        if (table.isEmpty()) {
            // A common table expression, a subquery's alias or a table-valued function
            // of a bound value (json_each): its rows are what another part of the plan
            // read, and that part is checked.
            if (names.derived.contains(name) || name.startsWith(QLatin1String("json_")) ||
                name == QLatin1String("carray") || name.startsWith(QLatin1String("pragma_")))
                continue;
            result.fullReads
                << result.plan.at(i) +
                       QStringLiteral(" (a scan of %1, which is no table or alias of the statement)").arg(name);
            continue;
        }
        if (isSmall(table))
            continue;
        if (const auto v = virtualTable.match(how); v.hasMatch()) {
            if (v.captured(1).isEmpty())
                result.fullReads << result.plan.at(i);
            continue;
        }
        if (how.startsWith(QLatin1String(" USING")) && limited)
            continue; // the index's order with a LIMIT: it stops after the rows it needs
        result.fullReads << result.plan.at(i);
    }
    return result;
}

// --- PostgreSQL -----------------------------------------------------------------

/// Nodes through which rows stream one at a time, so that a Limit above stops a scan below.
bool streams(const QJsonObject &node)
{
    static const QSet<QString> types = {QStringLiteral("Limit"),         QStringLiteral("Result"),
                                        QStringLiteral("Subquery Scan"), QStringLiteral("Append"),
                                        QStringLiteral("Merge Append"),  QStringLiteral("Unique"),
                                        QStringLiteral("Nested Loop"),   QStringLiteral("ProjectSet")};
    const QString type = node.value(QLatin1String("Node Type")).toString();
    if (type == QLatin1String("Aggregate"))
        return node.value(QLatin1String("Strategy")).toString() == QLatin1String("Sorted");
    return types.contains(type);
}

void walkPostgres(const QJsonObject &node, int depth, bool limited, StatementPlan *result)
{
    const QString type = node.value(QLatin1String("Node Type")).toString();
    const QString table = node.value(QLatin1String("Relation Name")).toString();
    const QString index = node.value(QLatin1String("Index Name")).toString();
    const QString alias = node.value(QLatin1String("Alias")).toString();
    QString line = QString(2 * depth, QLatin1Char(' ')) + type;
    if (!index.isEmpty())
        line += QStringLiteral(" using ") + index;
    if (!table.isEmpty())
        line +=
            QStringLiteral(" on ") + table + (alias.isEmpty() || alias == table ? QString() : QLatin1Char(' ') + alias);
    for (const char *key : {"Index Cond", "Recheck Cond", "Filter", "Join Filter", "Hash Cond"}) {
        const QString condition = node.value(QLatin1String(key)).toString();
        if (!condition.isEmpty())
            line += QStringLiteral(" [%1: %2]").arg(QLatin1String(key), condition);
    }
    result->plan << line;
    if (!table.isEmpty() && !isSmall(table)) {
        const bool seq = type == QLatin1String("Seq Scan");
        const bool wholeIndex = (type == QLatin1String("Index Scan") || type == QLatin1String("Index Only Scan")) &&
                                !node.contains(QLatin1String("Index Cond"));
        // A Limit stops a whole-index scan early only if every row it reads counts: with a
        // filter, the rows it wants may be few and the scan read to its end.
        const bool filtered = node.contains(QLatin1String("Filter"));
        if (seq || (wholeIndex && (!limited || filtered)))
            result->fullReads << line;
    }
    const bool passes = limited && streams(node);
    for (const QJsonValue &child : node.value(QLatin1String("Plans")).toArray()) {
        const QJsonObject c = child.toObject();
        // The inner side of a nested loop runs once per outer row: a Limit stops the
        // outer side, not a whole read on the inner one.
        const bool inner = type == QLatin1String("Nested Loop") &&
                           c.value(QLatin1String("Parent Relationship")).toString() == QLatin1String("Inner");
        walkPostgres(c, depth + 1, type == QLatin1String("Limit") || (passes && !inner), result);
    }
}

std::optional<StatementPlan> explainPostgres(Database &db, const LoggedStatement &statement, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // With sequential scans off the planner takes one only where no index serves.
    if (!run(q, QStringLiteral("SET enable_seqscan = off"), error))
        return std::nullopt;
    bool ok = true;
    QString json;
    if (statement.values.isEmpty()) {
        ok = run(q, QStringLiteral("EXPLAIN (FORMAT JSON) ") + statement.sql, error) && q.next();
        if (ok)
            json = q.value(0).toString();
    } else {
        // Prepared again and explained with the values the driver sent: the plan the
        // server made for those values.
        ok = run(q, QStringLiteral("PREPARE steward_explain AS ") + statement.sql, error);
        if (ok) {
            ok = run(q, QStringLiteral("EXPLAIN (FORMAT JSON) EXECUTE steward_explain (%1)").arg(statement.values),
                     error) &&
                 q.next();
            if (ok)
                json = q.value(0).toString();
            q.finish();
            QString ignored;
            run(q, QStringLiteral("DEALLOCATE steward_explain"), &ignored);
        }
    }
    q.finish();
    QString ignored;
    run(q, QStringLiteral("RESET enable_seqscan"), &ignored);
    if (!ok)
        return std::nullopt;
    StatementPlan result;
    result.statement = statement;
    const QJsonArray plans = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &plan : plans)
        walkPostgres(plan.toObject().value(QLatin1String("Plan")).toObject(), 0, false, &result);
    if (result.plan.isEmpty()) {
        if (error)
            *error = QueryPlan::tr("The server's plan could not be read: %1").arg(json);
        return std::nullopt;
    }
    return result;
}

} // namespace

const QHash<QString, QString> &QueryPlan::smallTables()
{
    static const QHash<QString, QString> tables = {
        {QStringLiteral("status_def"), tr("the inventory's own statuses: a handful")},
        {QStringLiteral("role_def"), tr("the roles and their review intervals: a handful")},
        {QStringLiteral("link_type"), tr("the inventory's own link types: a handful")},
        {QStringLiteral("steward_meta"), tr("the schema's marks on a server: a few rows")},
        {QStringLiteral("search_bulk"), tr("one row while a bulk write holds the search index's triggers")},
        {QStringLiteral("search_fts_config"),
         tr("FTS5's settings of the search index, which it reads itself: a few rows")},
    };
    return tables;
}

bool QueryPlan::hasPlan(const QString &sql)
{
    static const QRegularExpression planned(QStringLiteral("^\\s*(SELECT|WITH|INSERT|UPDATE|DELETE|REPLACE)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return planned.match(sql).hasMatch();
}

std::optional<StatementPlan> QueryPlan::explain(Database &db, const LoggedStatement &statement, QString *error)
{
    if (db.backend() == Backend::PostgreSQL)
        return explainPostgres(db, statement, error);
    return explainSqlite(db, statement, error);
}

} // namespace steward
