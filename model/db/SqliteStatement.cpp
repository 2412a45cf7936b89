#include "SqliteStatement.h"

#include "StatementLog.h"
#include "Utf8.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <utility>

namespace steward {
namespace {

// The steward_rows virtual table: an eponymous table (no CREATE VIRTUAL TABLE) over
// the rows of the runWithRows() call running on this thread.
struct Rows
{
    qsizetype count = 0;
    const std::function<void(qsizetype, int, SqliteStatement::Cell &)> *cell = nullptr;
};
thread_local const Rows *t_rows = nullptr;

struct RowsCursor
{
    sqlite3_vtab_cursor base;
    qsizetype row = 0;
};

int rowsConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11)");
    if (rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    memset(*table, 0, sizeof(sqlite3_vtab));
    return SQLITE_OK;
}

int rowsDisconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int rowsBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1e6;
    info->estimatedRows = 1000000;
    return SQLITE_OK;
}

int rowsOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *c = static_cast<RowsCursor *>(sqlite3_malloc(sizeof(RowsCursor)));
    if (!c)
        return SQLITE_NOMEM;
    memset(&c->base, 0, sizeof(c->base));
    c->row = 0;
    *cursor = &c->base;
    return SQLITE_OK;
}

int rowsClose(sqlite3_vtab_cursor *cursor)
{
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int rowsFilter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    reinterpret_cast<RowsCursor *>(cursor)->row = 0;
    return SQLITE_OK;
}

int rowsNext(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<RowsCursor *>(cursor)->row;
    return SQLITE_OK;
}

int rowsEof(sqlite3_vtab_cursor *cursor)
{
    return !t_rows || reinterpret_cast<RowsCursor *>(cursor)->row >= t_rows->count;
}

int rowsColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    SqliteStatement::Cell cell(context);
    (*t_rows->cell)(reinterpret_cast<RowsCursor *>(cursor)->row, column, cell);
    return SQLITE_OK;
}

int rowsRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<RowsCursor *>(cursor)->row + 1;
    return SQLITE_OK;
}

sqlite3_module rowsModule()
{
    sqlite3_module m;
    memset(&m, 0, sizeof(m));
    m.iVersion = 1;
    m.xCreate = nullptr; // eponymous only
    m.xConnect = rowsConnect;
    m.xBestIndex = rowsBestIndex;
    m.xDisconnect = rowsDisconnect;
    m.xDestroy = rowsDisconnect;
    m.xOpen = rowsOpen;
    m.xClose = rowsClose;
    m.xFilter = rowsFilter;
    m.xNext = rowsNext;
    m.xEof = rowsEof;
    m.xColumn = rowsColumn;
    m.xRowid = rowsRowid;
    return m;
}

} // namespace

void SqliteStatement::Cell::setInteger(qint64 value)
{
    sqlite3_result_int64(static_cast<sqlite3_context *>(m_context), value);
}

void SqliteStatement::Cell::setText(const QString &value)
{
    // ASCII, most text: narrowed into a buffer of this thread's in one pass, which SQLite
    // copies; no validity check and no allocation per cell (a bulk write's millions).
    thread_local std::string ascii;
    const qsizetype size = value.size();
    ascii.resize(static_cast<size_t>(size));
    const char16_t *from = reinterpret_cast<const char16_t *>(value.utf16());
    char16_t seen = 0;
    for (qsizetype i = 0; i < size; ++i) {
        seen |= from[i];
        ascii[static_cast<size_t>(i)] = static_cast<char>(from[i]);
    }
    if (seen < 0x80) {
        sqlite3_result_text64(static_cast<sqlite3_context *>(m_context), ascii.data(),
                              static_cast<sqlite3_uint64>(size), SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    }
    if (!QStringView(value).isValidUtf16()) {
        // As bind() hands such text over, so that both store the same bytes.
        sqlite3_result_text16(static_cast<sqlite3_context *>(m_context), value.utf16(),
                              static_cast<int>(value.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    setBytes(value.toUtf8());
}

void SqliteStatement::Cell::setBytes(QByteArrayView utf8)
{
    sqlite3_result_text(static_cast<sqlite3_context *>(m_context), utf8.data() ? utf8.data() : "",
                        static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::Cell::setNull()
{
    sqlite3_result_null(static_cast<sqlite3_context *>(m_context));
}

bool SqliteStatement::runWithRows(const QSqlDatabase &db, QByteArrayView sql, qsizetype rows,
                                  const std::function<void(qsizetype, int, Cell &)> &cell, QString *error)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle) {
        if (error)
            *error = tr("Rows from memory are read only by SQLite.");
        return false;
    }
    // Registered on every connection it runs on; registering again replaces it.
    static const sqlite3_module module = rowsModule();
    const int registered = sqlite3_create_module_v2(handle, "steward_rows", &module, nullptr, nullptr);
    if (registered != SQLITE_OK && registered != SQLITE_MISUSE) { // older SQLite: already there
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    const Rows source{rows, &cell};
    const Rows *outer = std::exchange(t_rows, &source);
    bool ok = true;
    {
        SqliteStatement statement(db, sql);
        ok = statement.exec();
        if (!ok && error)
            *error = statement.errorString();
    }
    t_rows = outer;
    return ok;
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

bool SqliteStatement::isAutocommit(sqlite3 *handle)
{
    return sqlite3_get_autocommit(handle) != 0;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, QByteArrayView sql)
    : m_db(handle(db))
{
    if (!m_db) {
        if (!db.isOpen()) {
            m_error = tr("The database is not open.");
            return;
        }
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(QString::fromUtf8(sql.data(), sql.size())))
            m_error = m_query->lastError().text();
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        fail();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::SqliteStatement(sqlite3 *db, QByteArrayView sql)
    : m_db(db)
{
    if (!m_db) {
        m_error = tr("The database is not open.");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        fail();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

std::unique_ptr<SqliteSnapshotReader> SqliteSnapshotReader::open(sqlite3 *holder, QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    if (!holder || sqlite3_get_autocommit(holder))
        return failed(tr("The first connection is not in a transaction."));
    // Its shared lock is what holds writers back: the transaction must have read.
    if (sqlite3_txn_state(holder, "main") != SQLITE_TXN_READ)
        return failed(tr("The first connection's transaction has not read yet, or writes."));
    const char *file = sqlite3_db_filename(holder, "main");
    if (!file || !*file)
        return failed(tr("The inventory is not a file."));
    std::unique_ptr<SqliteSnapshotReader> reader(new SqliteSnapshotReader);
    // No shared cache, no mutex (one thread uses it), no waiting: the busy timeout is 0.
    const int opened = sqlite3_open_v2(file, &reader->m_db,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE, nullptr);
    if (opened != SQLITE_OK)
        return failed(reader->m_db ? QString::fromUtf8(sqlite3_errmsg(reader->m_db)) : tr("Out of memory."));
    // BEGIN, then a read, takes the shared lock; the journal mode is read from the file.
    SqliteStatement begin(reader->m_db, "BEGIN");
    if (!begin.exec())
        return failed(begin.errorString());
    SqliteStatement mode(reader->m_db, "PRAGMA journal_mode");
    if (!mode.next())
        return failed(mode.hasError() ? mode.errorString() : tr("No journal mode."));
    if (mode.bytes(0) == "wal")
        return failed(tr("The inventory is in WAL mode."));
    SqliteStatement read(reader->m_db, "SELECT 1 FROM sqlite_schema LIMIT 1");
    read.next();
    if (read.hasError())
        return failed(read.errorString());
    if (sqlite3_txn_state(reader->m_db, "main") != SQLITE_TXN_READ)
        return failed(tr("The read did not begin a transaction."));
    // The name must still lead to the file the first connection has open (not one
    // copied or renamed into its place since), or the two would read two inventories.
    int moved = 0;
    if (sqlite3_file_control(holder, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK || moved)
        return failed(tr("The inventory file has moved since it was opened."));
    StatementLog::followSqlite(holder, reader->m_db); // the query-plan test sees its reads
    return reader;
}

SqliteSnapshotReader::~SqliteSnapshotReader()
{
    if (m_db) {
        StatementLog::forgetSqlite(m_db);
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

SqliteTriggersOff::SqliteTriggersOff(sqlite3 *handle)
    : m_db(handle)
{
    int now = 1;
    m_off = m_db && sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &now) == SQLITE_OK && now == 0;
}

SqliteTriggersOff::~SqliteTriggersOff()
{
    if (m_off)
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool SqliteStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return true;
    }
    return m_stmt && (sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK || fail());
}

bool SqliteStatement::bind(int index, const QString &value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return true;
    }
    // As Qt's driver binds text: UTF-16, copied by SQLite.
    return m_stmt && (sqlite3_bind_text16(m_stmt, index, value.utf16(), static_cast<int>(value.size() * 2),
                                          SQLITE_TRANSIENT) == SQLITE_OK ||
                      fail());
}

bool SqliteStatement::bind(int index, QByteArrayView utf8)
{
    if (m_query) {
        m_query->bindValue(index - 1, QString::fromUtf8(utf8));
        return true;
    }
    return m_stmt && (sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT) ==
                          SQLITE_OK ||
                      fail());
}

void SqliteStatement::reset()
{
    if (!isValid())
        return; // keeps why it could not be prepared
    m_error.clear();
    if (m_query) {
        m_query->finish();
        m_executed = false;
        return;
    }
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

bool SqliteStatement::exec()
{
    if (m_query) {
        if (!m_query->exec()) {
            m_error = m_query->lastError().text();
            return false;
        }
        m_query->finish();
        return true;
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW || fail();
}

bool SqliteStatement::next()
{
    if (m_query) {
        if (!m_error.isEmpty())
            return false;
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                m_error = m_query->lastError().text();
                return false;
            }
        }
        if (!m_query->next()) {
            m_query->finish();
            return false;
        }
        const int columns = m_query->record().count();
        m_row.resize(columns);
        m_null.resize(columns);
        m_integer.resize(columns);
        for (int c = 0; c < columns; ++c) {
            const QVariant value = m_query->value(c);
            m_null[c] = value.isNull();
            m_integer[c] = value.toLongLong();
            m_row[c] = value.toString().toUtf8();
        }
        return true;
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    // Done (or failed): let go of the read lock now, not when the object goes.
    sqlite3_reset(m_stmt);
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_query)
        return m_integer.value(column);
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_query)
        return m_null.value(column, true);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return !m_query && sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    if (m_query)
        return column < m_row.size() && !m_null.at(column) ? QByteArrayView(m_row.at(column)) : QByteArrayView();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView SqliteStatement::utf8(int column, QByteArray *scratch) const
{
    if (m_query)
        return bytes(column); // QString's own UTF-8: well-formed by construction
    const QByteArrayView raw = bytes(column);
    if (utf8::isSqliteStable(raw))
        return raw;
    scratch->clear();
    utf8::append(scratch, text(column));
    return *scratch;
}

QString SqliteStatement::text(int column) const
{
    if (m_query)
        return QString::fromUtf8(bytes(column));
    const void *text = sqlite3_column_text16(m_stmt, column);
    return text ? QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_stmt, column) / 2) : QString();
}

} // namespace steward
