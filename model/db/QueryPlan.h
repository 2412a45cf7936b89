#pragma once

#include "StatementLog.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

class Database;

/// A statement's plan, and what in it reads a whole table of the inventory.
struct StatementPlan
{
    LoggedStatement statement;
    /// The plan as lines, indented by depth (SQLite's EXPLAIN QUERY PLAN, or the nodes of
    /// PostgreSQL's EXPLAIN with their conditions).
    QStringList plan;
    /// The lines of plan that read every row of a table (or of one of its indexes)
    /// whose size grows with the inventory; empty when every read is an index look-up.
    QStringList fullReads;
};

/**
 * Asks the database how it runs a statement that a StatementLog recorded, and names the
 * reads whose cost grows with the inventory: what tests/tst_queryplan.cpp fails on.
 *
 * - SQLite: EXPLAIN QUERY PLAN of the statement with its values as literals. A full
 *   read is a "SCAN t" of a table, a "SCAN t USING [COVERING] INDEX i" (the whole
 *   index) unless the statement has a LIMIT that the scan's order serves (no temporary
 *   B-tree sorts what it reads), or a scan of a virtual table (search_fts) with no
 *   constraint (an empty index string).
 * - PostgreSQL: EXPLAIN (FORMAT JSON) of the statement prepared again and run with the
 *   values the driver sent, with enable_seqscan off, so that a sequential scan is what
 *   the planner does only when no index serves. A full read is a Seq Scan, or an Index
 *   Scan or Index Only Scan without an index condition, unless a Limit above it stops it
 *   early and it has no filter (with one, the rows it wants may be few, and the whole
 *   index read). SQLite's plan does not show filters: there a LIMIT is taken at its word.
 *
 * Tables that stay small whatever the inventory's size (smallTables()) and the systems'
 * own catalogs are never full reads.
 */
class QueryPlan final
{
    Q_DECLARE_TR_FUNCTIONS(QueryPlan)
public:
    /// The tables whose whole read costs nothing at any inventory size, each with why.
    static const QHash<QString, QString> &smallTables();
    /// Whether @p sql is a statement with a plan (a SELECT, WITH, INSERT, UPDATE, DELETE).
    static bool hasPlan(const QString &sql);
    /// The plan of @p statement on @p db (on the connection that ran it, so that what it
    /// read, temporary tables included, is there); nullopt with @p error if the database
    /// could not explain it.
    [[nodiscard]] static std::optional<StatementPlan> explain(Database &db, const LoggedStatement &statement,
                                                              QString *error);
};

} // namespace steward
