#include "StatementLog.h"

#include "Database.h"
#include "SqliteStatement.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

namespace steward {

namespace {

pg_conn *pgHandle(const QSqlDatabase &db)
{
    // Qt 6 names the handle's type as the compiler spells it (pg_conn*); Qt 5 said PGconn*.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

/// Which log records which SQLite connection (the Database's, and the snapshot readers
/// opened from it), and the statements recorded, under one lock: a reader's statements
/// come on its own thread, and a log may end while one is being recorded.
struct SqliteLogs
{
    QMutex mutex;
    QHash<sqlite3 *, StatementLog *> byConnection;
};

SqliteLogs &sqliteLogs()
{
    static SqliteLogs logs;
    return logs;
}

} // namespace

StatementLog::StatementLog(Database &db)
    : m_db(db)
{
    if (!db.isOpen()) {
        m_error = tr("The inventory is not open.");
        return;
    }
    if (db.backend() == Backend::SQLite) {
        m_sqlite = SqliteStatement::handle(db.connection());
        if (!m_sqlite) {
            m_error = tr("The connection has no SQLite handle.");
            return;
        }
        QMutexLocker lock(&sqliteLogs().mutex);
        if (sqliteLogs().byConnection.contains(m_sqlite)) {
            m_error = tr("Another log records this connection.");
            m_sqlite = nullptr;
            return;
        }
        sqliteLogs().byConnection.insert(m_sqlite, this);
        sqlite3_trace_v2(
            m_sqlite, SQLITE_TRACE_STMT,
            [](unsigned type, void *self, void *statement, void *text) -> int {
                return static_cast<int>(onSqliteTrace(type, self, statement, text));
            },
            nullptr);
        m_recording = true;
        return;
    }
    m_pg = pgHandle(db.connection());
    if (!m_pg) {
        m_error = tr("The connection has no libpq handle.");
        return;
    }
    m_trace = open_memstream(&m_traceBuffer, &m_traceSize);
    if (!m_trace) {
        m_error = tr("No memory for the statement log.");
        return;
    }
    PQtrace(m_pg, m_trace);
    // Without time stamps every traced message starts "F\tLENGTH\t" (to the server) or
    // "B\tLENGTH\t" (from it): what tracedQueries() reads.
    PQsetTraceFlags(m_pg, PQTRACE_SUPPRESS_TIMESTAMPS);
    m_recording = true;
}

StatementLog::~StatementLog()
{
    if (m_sqlite) {
        QMutexLocker lock(&sqliteLogs().mutex);
        for (auto it = sqliteLogs().byConnection.begin(); it != sqliteLogs().byConnection.end();) {
            if (it.value() == this) {
                sqlite3_trace_v2(it.key(), 0, nullptr, nullptr);
                it = sqliteLogs().byConnection.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (m_pg && m_trace)
        PQuntrace(m_pg);
    if (m_trace)
        std::fclose(m_trace);
    std::free(m_traceBuffer);
}

void StatementLog::followSqlite(sqlite3 *holder, sqlite3 *reader)
{
    QMutexLocker lock(&sqliteLogs().mutex);
    StatementLog *log = sqliteLogs().byConnection.value(holder);
    if (!log || !reader)
        return;
    sqliteLogs().byConnection.insert(reader, log);
    sqlite3_trace_v2(
        reader, SQLITE_TRACE_STMT,
        [](unsigned type, void *self, void *statement, void *text) -> int {
            return static_cast<int>(onSqliteTrace(type, self, statement, text));
        },
        nullptr);
}

void StatementLog::forgetSqlite(sqlite3 *reader)
{
    QMutexLocker lock(&sqliteLogs().mutex);
    if (sqliteLogs().byConnection.remove(reader))
        sqlite3_trace_v2(reader, 0, nullptr, nullptr);
}

unsigned StatementLog::onSqliteTrace(unsigned type, void *, void *statement, void *text)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    // A statement a trigger runs comes as "-- TRIGGER name": it runs inside one that is
    // recorded, and its plan is the trigger's, not the caller's.
    const char *unexpanded = static_cast<const char *>(text);
    if (unexpanded && std::strncmp(unexpanded, "--", 2) == 0)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(statement);
    LoggedStatement s;
    s.sql = QString::fromUtf8(sqlite3_sql(stmt));
    if (sqlite3_bind_parameter_count(stmt) > 0) {
        char *expanded = sqlite3_expanded_sql(stmt);
        s.values = QString::fromUtf8(expanded);
        sqlite3_free(expanded);
    }
    // The log is found by the connection, under the lock: one that ended meanwhile is gone.
    QMutexLocker lock(&sqliteLogs().mutex);
    if (StatementLog *log = sqliteLogs().byConnection.value(sqlite3_db_handle(stmt)))
        log->m_statements.append(std::move(s));
    return 0;
}

QStringList StatementLog::tracedQueries()
{
    QStringList queries;
    if (!m_trace)
        return queries;
    std::fflush(m_trace);
    // Each message: "F\tLENGTH\tQuery\t \"TEXT\"\n", where LENGTH counts the length
    // word (4 bytes), TEXT and its terminating zero: the text is read by its length, so
    // that a quote or a new line in it ends nothing. Other messages are skipped to the
    // next line that starts a message sent to the server.
    static const QByteArray marker = QByteArrayLiteral("\tQuery\t \"");
    const QByteArrayView trace(m_traceBuffer + m_traceRead, static_cast<qsizetype>(m_traceSize - m_traceRead));
    qsizetype at = 0;
    while (at < trace.size()) {
        const bool lineStart = at == 0 || trace.at(at - 1) == '\n';
        if (lineStart && trace.sliced(at).startsWith("F\t")) {
            qsizetype digits = at + 2;
            qsizetype length = 0;
            while (digits < trace.size() && trace.at(digits) >= '0' && trace.at(digits) <= '9')
                length = length * 10 + (trace.at(digits++) - '0');
            if (trace.sliced(digits).startsWith(marker) && length >= 5) {
                const qsizetype textStart = digits + marker.size();
                const qsizetype textLength = length - 5;
                if (textStart + textLength > trace.size())
                    break; // not all of it yet
                queries << QString::fromUtf8(trace.sliced(textStart, textLength));
                at = textStart + textLength;
                continue;
            }
        }
        const qsizetype next = trace.indexOf('\n', at);
        if (next < 0) {
            at = trace.size();
            break;
        }
        at = next + 1;
    }
    m_traceRead += static_cast<size_t>(at);
    return queries;
}

bool StatementLog::lookUpPrepared(const QString &name)
{
    // Prepared before the log began (the Store keeps its statements prepared): the
    // server still has it. Asked with the trace off, so that the question is not logged.
    PQuntrace(m_pg);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT statement FROM pg_prepared_statements WHERE name = ?"));
    q.addBindValue(name);
    static const QRegularExpression prepare(QStringLiteral("^\\s*PREPARE\\s+\\w+\\s+AS\\s+(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption |
                                                QRegularExpression::CaseInsensitiveOption);
    bool found = false;
    if (q.exec() && q.next()) {
        const auto m = prepare.match(q.value(0).toString());
        if (m.hasMatch()) {
            m_prepared.insert(name, m.captured(1));
            found = true;
        }
    }
    q.finish();
    PQtrace(m_pg, m_trace);
    PQsetTraceFlags(m_pg, PQTRACE_SUPPRESS_TIMESTAMPS);
    return found;
}

QVector<LoggedStatement> StatementLog::take()
{
    if (m_pg) {
        static const QRegularExpression prepare(QStringLiteral("^PREPARE (\\w+) AS (.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression execute(QStringLiteral("^EXECUTE (\\w+)(?: \\((.*)\\))?$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression deallocate(QStringLiteral("^DEALLOCATE "));
        for (const QString &query : tracedQueries()) {
            if (const auto m = prepare.match(query); m.hasMatch()) {
                m_prepared.insert(m.captured(1), m.captured(2));
            } else if (const auto e = execute.match(query); e.hasMatch()) {
                if (!m_prepared.contains(e.captured(1)) && !lookUpPrepared(e.captured(1))) {
                    // Not known: kept with its name, so that whoever reads the log sees it.
                    m_statements.append({QString(), e.captured(2), e.captured(1)});
                    continue;
                }
                m_statements.append({m_prepared.value(e.captured(1)), e.captured(2), QString()});
            } else if (!deallocate.match(query).hasMatch()) {
                m_statements.append({query, QString(), QString()});
            }
        }
    }
    QMutexLocker lock(&sqliteLogs().mutex);
    return std::exchange(m_statements, {});
}

} // namespace steward
