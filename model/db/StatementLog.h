#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <cstdio>

struct sqlite3;
struct pg_conn;

namespace steward {

class Database;

/// One statement that ran on a connection while a StatementLog recorded it.
struct LoggedStatement
{
    /// The SQL as it was prepared: with ? for its values on SQLite, $1, $2... on PostgreSQL.
    QString sql;
    /// SQLite: the SQL with its bound values as literals (what sqlite3_expanded_sql()
    /// gives); PostgreSQL: the values as the driver sent them with EXECUTE, SQL literals
    /// separated by commas (empty: none). Empty when the statement had no values.
    QString values;
    /// PostgreSQL: the name of a prepared statement whose SQL could not be found (sql is
    /// then empty); empty when the SQL is known.
    QString unknownName;
};

/**
 * Records every statement that runs on a Database's connection while it lives, with its
 * bound values, whichever part of the model runs it (QSqlQuery, SqliteStatement): what
 * the query-plan test explains (tests/tst_queryplan.cpp). It listens below Qt, so that a
 * statement added anywhere is recorded without being declared:
 *
 * - SQLite: sqlite3_trace_v2(SQLITE_TRACE_STMT) on the connection, and on every
 *   SqliteSnapshotReader opened from it meanwhile (a scan on another thread that reads
 *   what the connection's transaction sees). Statements that triggers run are left out
 *   (they run inside a recorded one).
 * - PostgreSQL: libpq's protocol trace (PQtrace) of the connection, from which the
 *   simple-protocol Query messages that Qt's driver sends are read: "PREPARE name AS
 *   sql" gives a prepared statement's SQL, "EXECUTE name (values)" a run of it; any
 *   other text is a statement of its own.
 *
 * One log at a time per connection (SQLite keeps one trace callback); for tests and
 * diagnostics, not for the window: tracing costs a callback per statement.
 */
class StatementLog final
{
    Q_DECLARE_TR_FUNCTIONS(StatementLog)
    Q_DISABLE_COPY_MOVE(StatementLog)
public:
    /// Starts recording what runs on @p db's connection; isRecording() says whether it could.
    explicit StatementLog(Database &db);
    ~StatementLog();

    bool isRecording() const { return m_recording; }
    QString errorString() const { return m_error; }
    /// What ran since the log started or since the last take(), in order; each run of a
    /// statement once (a statement run three times is there three times).
    QVector<LoggedStatement> take();

    /// SqliteSnapshotReader's: @p reader, a connection opened to read what @p holder's
    /// transaction sees, is recorded by the log of @p holder, if one records it.
    static void followSqlite(sqlite3 *holder, sqlite3 *reader);
    /// SqliteSnapshotReader's, before it closes @p reader: no log records it any more.
    static void forgetSqlite(sqlite3 *reader);

private:
    static unsigned onSqliteTrace(unsigned type, void *self, void *statement, void *text);
    /// PostgreSQL: the Query messages traced since the last call.
    QStringList tracedQueries();
    /// PostgreSQL: the SQL of prepared statement @p name from the server, into m_prepared.
    bool lookUpPrepared(const QString &name);

    Database &m_db;
    bool m_recording = false;
    QString m_error;
    QVector<LoggedStatement> m_statements;
    // SQLite
    sqlite3 *m_sqlite = nullptr;
    // PostgreSQL: the trace is written to a memory stream and read from m_traceRead on.
    pg_conn *m_pg = nullptr;
    FILE *m_trace = nullptr;
    char *m_traceBuffer = nullptr;
    size_t m_traceSize = 0;
    size_t m_traceRead = 0;
    /// Prepared statement name -> its SQL, as "PREPARE name AS sql" said it.
    QHash<QString, QString> m_prepared;
};

} // namespace steward
