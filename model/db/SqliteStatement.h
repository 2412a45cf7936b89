#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace steward {

/**
 * A read through SQLite's C API on the connection of a QSqlDatabase, for the scans
 * of a whole inventory (reports, the dashboard): per value, Qt's driver costs several
 * times what SQLite does (a QVariant, and UTF-16 for every text). Values are read
 * in place: text as the UTF-8 SQLite holds, valid until the next step.
 *
 * Reads, and the writes of Store's bulk paths inside its transactions (exec()). One
 * statement at a time per object; used on the thread that owns the connection.
 *
 * On another backend (PostgreSQL) the same interface reads through a forward-only
 * QSqlQuery, so that the callers' SQL and code serve both; the SQL must then be what
 * both accept, with ? for parameters.
 */
class SqliteStatement final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    /// Prepares @p sql (UTF-8) on @p db's connection; errorString() says why not.
    SqliteStatement(const QSqlDatabase &db, QByteArrayView sql);
    /// Prepares @p sql on @p db, a connection of one's own (see SqliteSnapshotReader).
    SqliteStatement(sqlite3 *db, QByteArrayView sql);
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr || (m_query && m_error.isEmpty()); }
    /// Binds parameter @p index (1-based).
    bool bind(int index, qint64 value);
    bool bind(int index, const QString &value);
    /// Binds UTF-8 text (copied), such as bytes() gave.
    bool bind(int index, QByteArrayView utf8);
    /// Makes a statement that returned rows ready to run again (with new values bound).
    void reset();
    /// Runs a statement that returns no rows (a write) and makes it ready to run again
    /// with new values; false on an error (errorString() says which).
    bool exec();
    /// The next row: false at the end or on an error (hasError() tells which).
    bool next();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    qint64 integer(int column) const;
    /// True if @p column of the current row is NULL (bytes() is empty for NULL and '' alike).
    bool isNull(int column) const;
    /// True if @p column of the current row is an integer as SQLite stores it, which
    /// integer() then gives exactly (always false on other backends: read the text).
    bool isInteger(int column) const;
    /// Text as SQLite holds it (UTF-8, valid until the next step); empty for NULL.
    QByteArrayView bytes(int column) const;
    /**
     * Text as UTF-8 that is byte for byte what QSqlQuery's QString would give once
     * encoded as UTF-8 (utf8::append): SQLite's bytes when they are well-formed (the
     * rule of utf8::isSqliteStable), else SQLite's UTF-16 conversion encoded into
     * @p scratch. Valid until the next step or the next use of @p scratch.
     */
    QByteArrayView utf8(int column, QByteArray *scratch) const;
    /// Text as QSqlQuery would give it (SQLite's UTF-16).
    QString text(int column) const;

    /**
     * Rows that C++ holds, for SQL to read as the table steward_rows (columns c0 to
     * c11) while @p sql runs once: INSERT ... SELECT ... FROM steward_rows writes many
     * rows with one statement and no values parsed or bound, as fast as SQLite copies
     * a table (a statement per row costs SQLite three times that, mostly in setting up
     * each execution). @p cell gives row @p row's column @p column. SQLite only.
     */
    class Cell;
    static bool runWithRows(const QSqlDatabase &db, QByteArrayView sql, qsizetype rows,
                            const std::function<void(qsizetype row, int column, Cell &cell)> &cell, QString *error);

    /// The sqlite3 handle of @p db's connection, or nullptr if it is not SQLite.
    static sqlite3 *handle(const QSqlDatabase &db);
    /// True if no transaction is open on @p handle.
    static bool isAutocommit(sqlite3 *handle);

private:
    bool fail();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    // Other backends: the query, and the current row's text as UTF-8.
    std::unique_ptr<QSqlQuery> m_query;
    QVector<QByteArray> m_row;
    QVector<bool> m_null;
    QVector<qint64> m_integer; // as QVariant converts it: a boolean is 0 or 1
    bool m_executed = false;
};

/**
 * A second, read-only connection to the file of a SQLite connection that is in a read
 * transaction, for a scan on another thread that sees what that transaction sees: in
 * the rollback-journal modes Steward uses, the first connection's shared lock keeps
 * every writer from committing until it ends, so both read the same inventory. It
 * never waits for a lock (a writer about to commit makes open() fail at once), and a
 * file in WAL mode, where readers do not hold writers back, is refused: the caller
 * then reads on the first connection instead.
 */
class SqliteSnapshotReader final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSnapshotReader)
    Q_DISABLE_COPY_MOVE(SqliteSnapshotReader)
public:
    /// Opens a connection to @p holder's main file and begins its read transaction;
    /// nullptr (and why in @p error) if that cannot be done without waiting, or if
    /// @p holder is not a file in a rollback-journal mode in a read transaction.
    static std::unique_ptr<SqliteSnapshotReader> open(sqlite3 *holder, QString *error);
    ~SqliteSnapshotReader();

    sqlite3 *handle() const { return m_db; }

private:
    SqliteSnapshotReader() = default;
    sqlite3 *m_db = nullptr;
};

/**
 * A connection's triggers off while this lives (SQLITE_DBCONFIG_ENABLE_TRIGGER):
 * statements prepared meanwhile carry no trigger program at all, where a trigger whose
 * WHEN says "not now" still costs a sub-program run per row. SQLite expires the
 * connection's prepared statements when the switch moves, so none keeps the other
 * setting. For bulk inserts whose triggers' work the writer does itself.
 */
class SqliteTriggersOff final
{
    Q_DISABLE_COPY_MOVE(SqliteTriggersOff)
public:
    explicit SqliteTriggersOff(sqlite3 *handle);
    ~SqliteTriggersOff();
    /// False if the switch could not be moved (the triggers still run).
    bool isOff() const { return m_off; }

private:
    sqlite3 *m_db;
    bool m_off = false;
};

/// One value of SqliteStatement::runWithRows()'s rows.
class SqliteStatement::Cell final
{
public:
    explicit Cell(void *context)
        : m_context(context)
    {}
    void setInteger(qint64 value);
    /// Text, as UTF-8 (text that is not well-formed UTF-16 as bind() hands it over).
    void setText(const QString &value);
    /// UTF-8 text, copied.
    void setBytes(QByteArrayView utf8);
    void setNull();

private:
    void *m_context;
};

} // namespace steward
