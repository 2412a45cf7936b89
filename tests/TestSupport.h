#pragma once

// Small helpers shared by the test executables. Header-only so that every test stays
// one executable that links the static libraries and nothing else.

#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"

#include <QAbstractItemModel>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace steward::test {

/// The error of the last Store read made with readError(), for a test's message.
inline QString &lastReadError()
{
    static thread_local QString error;
    return error;
}

/// The error argument of a Store read in a test: cleared, then filled if the read fails.
inline QString *readError()
{
    lastReadError().clear();
    return &lastReadError();
}

/**
 * The value of a Store read the test relies on (made with readError()). A read that
 * fails is never taken for an empty result: the test stops, with the read's error.
 */
template <typename T> T must(std::optional<T> result, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    if (!result)
        qFatal("%s:%d: a read failed: %s", file, line, qPrintable(lastReadError()));
    return std::move(*result);
}

/// The backend the tests run against: SQLite, or PostgreSQL when CTest runs a test as
/// NAME_pg (STEWARD_TEST_BACKEND=postgresql, with the throwaway cluster of tests/pg).
/// Any other value is a mistake that would run the test on SQLite: the test stops.
inline Backend backend()
{
    const QString name = qEnvironmentVariable("STEWARD_TEST_BACKEND");
    if (name == QLatin1String("postgresql"))
        return Backend::PostgreSQL;
    if (!name.isEmpty() && name != QLatin1String("sqlite"))
        qFatal("STEWARD_TEST_BACKEND=%s: expected postgresql, sqlite or nothing", qPrintable(name));
    return Backend::SQLite;
}

/// Whether @p model shows a row called @p name anywhere in its tree.
/// Whether a row of @p model (at any depth) shows @p name, opening every branch on the
/// way as a view would (a tree that reads branches as they open holds only those).
inline bool modelHas(QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    if (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name || modelHas(model, name, index))
            return true;
    }
    return false;
}

/// The test cluster's address, without a database: postgresql://USER@HOST:PORT. The
/// test stops when there is none (STEWARD_TEST_PG_STATE unset, or no cluster started
/// there): run outside CTest's fixture, a test must never fall back to a file.
inline QString serverBase()
{
    const QString state = qEnvironmentVariable("STEWARD_TEST_PG_STATE");
    QFile file(state + QStringLiteral("/url"));
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qFatal("No PostgreSQL test server: %s. Run the test through ctest (NAME_pg needs the"
               " pg_cluster_start fixture), or start one with tests/pg/cluster start STATE and set"
               " STEWARD_TEST_PG_STATE=STATE and PGPASSFILE=STATE/pgpass.",
               state.isEmpty() ? "STEWARD_TEST_PG_STATE is not set"
                               : qPrintable(file.fileName() + QStringLiteral(" cannot be read")));
    }
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    if (!dialect::isServerLocation(url))
        qFatal("%s does not hold a server address: %s", qPrintable(file.fileName()), qPrintable(url));
    return url.left(url.lastIndexOf(QLatin1Char('/')));
}

/// The database user the tests connect to the test cluster as ("steward").
inline QString serverUser()
{
    return dialect::parseServerLocation(serverBase() + QStringLiteral("/postgres")).user;
}

/**
 * Stops the test unless it runs on the backend it was started for, checked once per
 * process against a real connection: for a NAME_pg run, a connection opened to the test
 * server must use the PostgreSQL driver and answer as PostgreSQL. Every test reaches it
 * through scratchInventory(), before it writes anything.
 */
inline void requireBackendUnderTest()
{
    static const bool checked = [] {
        if (backend() == Backend::SQLite)
            return true;
        const QString base = serverBase();
        const QString name = QStringLiteral("backend-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const dialect::ServerLocation where = dialect::parseServerLocation(base + QStringLiteral("/postgres"));
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(where.user);
            db.setDatabaseName(where.database);
            if (!db.open())
                qFatal("Cannot connect to the PostgreSQL test server %s: %s", qPrintable(base),
                       qPrintable(db.lastError().text()));
            QSqlQuery version(db);
            const bool answered = version.exec(QStringLiteral("SELECT version()")) && version.next();
            const QString said = answered ? version.value(0).toString() : version.lastError().text();
            if (db.driverName() != QLatin1String("QPSQL") || !said.startsWith(QLatin1String("PostgreSQL")))
                qFatal("The test server %s is not PostgreSQL (driver %s: %s)", qPrintable(base),
                       qPrintable(db.driverName()), qPrintable(said));
            version.clear();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return true;
    }();
    Q_UNUSED(checked)
}

/// Where a new inventory called @p name goes: a file in @p dir on SQLite, a database of
/// its own (created by Database::create()) on the test server. Never a file when the
/// test runs on PostgreSQL: the test stops first (requireBackendUnderTest()).
inline QString scratchInventory(const QTemporaryDir &dir, const QString &name)
{
    requireBackendUnderTest();
    if (backend() == Backend::SQLite)
        return dir.filePath(name + QStringLiteral(".sqlite"));
    static std::atomic<int> counter{0};
    const QString location =
        serverBase() + QStringLiteral("/t_%1_%2_%3")
                           .arg(QCoreApplication::applicationPid())
                           .arg(counter.fetch_add(1))
                           .arg(name.toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]"))));
    if (dialect::backendOf(location) != Backend::PostgreSQL)
        qFatal("%s is not a server address", qPrintable(location));
    return location;
}

/// What a file looks like on disk: used to prove that a refused file was not touched.
struct FileSnapshot
{
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;
    QFileDevice::Permissions permissions;

    static FileSnapshot of(const QString &path)
    {
        FileSnapshot s;
        const QFileInfo info(path);
        s.exists = info.exists();
        if (!s.exists)
            return s;
        s.modified = info.lastModified();
        s.permissions = info.permissions();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            s.bytes = file.readAll();
        return s;
    }

    bool operator==(const FileSnapshot &other) const
    {
        return exists == other.exists && bytes == other.bytes && modified == other.modified &&
               permissions == other.permissions;
    }
    bool operator!=(const FileSnapshot &other) const { return !(*this == other); }
};

/// The names in a folder, sorted; a refused open must not leave a journal behind.
inline QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// A raw SQLite connection that bypasses Steward, to build files Steward must refuse
/// or damage a Steward file. Closed and removed when it goes out of scope.
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)
public:
    /// ReadOnly: a SQLite file is opened read-only, and never created.
    enum Mode
    {
        ReadWrite,
        ReadOnly
    };

    explicit RawConnection(const QString &path, Mode mode = ReadWrite)
        : m_name(QStringLiteral("raw-%1").arg(counter().fetch_add(1)))
    {
        if (dialect::isServerLocation(path)) {
            const dialect::ServerLocation where = dialect::parseServerLocation(path);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(where.user);
            db.setDatabaseName(where.database);
            m_ok = db.open();
            if (!m_ok)
                m_error = db.lastError().text();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (mode == ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_ok; }
    /// Why the connection did not open.
    QString errorString() const { return m_error; }
    QString connectionName() const { return m_name; }

    /// Runs @p sql; returns false and fills @p error on failure.
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }

    /// The first column of the first row of @p sql; when the connection is not open,
    /// the query fails or it has no row, the calling test fails (QTest::qFail, with the
    /// reason) and the value is invalid.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!m_ok || !query.exec(sql) || !query.next()) {
            const QString why = !m_ok                         ? QStringLiteral("not connected: ") + m_error
                                : query.lastError().isValid() ? query.lastError().text()
                                                              : QStringLiteral("no row");
            QTest::qFail(qPrintable(QStringLiteral("RawConnection::value(%1): %2").arg(sql, why)), __FILE__, __LINE__);
            return {};
        }
        return query.value(0);
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> c{0};
        return c;
    }

    QString m_name;
    QString m_error;
    bool m_ok = false;
};

namespace detail {

/// One value as text: NULL, a blob in hex, anything else as Qt writes it.
inline QString valueText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.metaType().id() == QMetaType::QByteArray)
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    return value.toString();
}

/// The first column of each row of @p sql on @p db; false with @p error if it did not run.
inline bool firstColumn(const QSqlDatabase &db, const QString &sql, QStringList *out, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        return false;
    }
    while (query.next())
        *out << detail::valueText(query.value(0));
    if (query.lastError().isValid()) {
        *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        return false;
    }
    return true;
}

/// Appends every row of @p table as "table: column=value, ...", sorted (by their values,
/// not by SQLite's hidden rowids), leaving out the columns @p skip names; false with
/// @p error if the table could not be read.
inline bool tableRows(const QSqlDatabase &db, const QString &table,
                      const std::function<bool(const QString &table, const QString &column)> &skip, QStringList *out,
                      QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
        *error = QStringLiteral("reading %1: %2").arg(table, rows.lastError().text());
        return false;
    }
    QStringList lines;
    while (rows.next()) {
        QStringList fields;
        const QSqlRecord record = rows.record();
        for (int i = 0; i < record.count(); ++i) {
            if (skip && skip(table, record.fieldName(i)))
                continue;
            fields << record.fieldName(i) + QLatin1Char('=') + detail::valueText(rows.value(i));
        }
        lines << table + QLatin1String(": ") + fields.join(QLatin1String(", "));
    }
    if (rows.lastError().isValid()) {
        *error = QStringLiteral("reading %1: %2").arg(table, rows.lastError().text());
        return false;
    }
    lines.sort();
    *out << lines;
    return true;
}

} // namespace detail

/**
 * Every row of every inventory table at @p location (a file or a database on the
 * server), read through a connection of its own, as text: the whole inventory as the
 * user sees it, to compare before and after an undo. The history tables are left out
 * (undo adds to the history, by design), and so are the search index's tables
 * (derived from the rest, rebuilt as rows come and go), the version columns (versions
 * only go up, so that a form loaded before an undo is still refused) and the
 * addresses' ids.
 *
 * False with @p error when the inventory could not be read: a SQLite file that is not
 * there (it is never created), a connection that did not open, a query that failed.
 */
inline bool readInventory(const QString &location, QStringList *out, QString *error)
{
    out->clear();
    const bool server = dialect::isServerLocation(location);
    if (!server && !QFileInfo(location).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(location);
        return false;
    }
    RawConnection raw(location, RawConnection::ReadOnly);
    if (!raw.isOpen()) {
        *error = QStringLiteral("%1: cannot connect: %2").arg(location, raw.errorString());
        return false;
    }
    const QSqlDatabase db = QSqlDatabase::database(raw.connectionName(), false);
    QStringList tables;
    if (!detail::firstColumn(
            db,
            server ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                                    " AND tablename NOT IN ('change_log', 'change_batch', 'steward_meta')"
                                    " AND tablename NOT LIKE 'search\\_%' ESCAPE '\\' ORDER BY tablename")
                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                    " AND name NOT IN ('change_log', 'change_batch') AND name NOT LIKE 'search\\_%'"
                                    " ESCAPE '\\' ORDER BY name"),
            &tables, error))
        return false;
    const auto skip = [](const QString &table, const QString &column) {
        // An address's id is internal (no other row, history entry or undo step
        // names it); a contact that redo makes again gets new address rows on
        // PostgreSQL, whose sequences never hand out an id twice.
        return column == QLatin1String("version") ||
               (table == QLatin1String("contact_address") && column == QLatin1String("id"));
    };
    for (const QString &table : std::as_const(tables)) {
        if (!detail::tableRows(db, table, skip, out, error))
            return false;
    }
    return true;
}

/**
 * readInventory() for comparisons: the rows, or, when the inventory could not be read,
 * a failure of the calling test (QTest::qFail, with the reason) and a list that equals
 * no other, so that two failed reads never compare equal and a caller that only checks
 * for a difference still fails.
 */
inline QStringList dumpInventory(const QString &location)
{
    QStringList rows;
    QString error;
    if (readInventory(location, &rows, &error))
        return rows;
    static std::atomic<int> failures{0};
    const QString message = QStringLiteral("dumpInventory: ") + error;
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    return {message, QStringLiteral("(failed read #%1)").arg(failures.fetch_add(1))};
}

/**
 * Each row of @p sql on the inventory at @p location, its columns joined by '|', read
 * through a connection of its own. When the connection does not open or the query
 * fails, the calling test fails (QTest::qFail, with the reason) and the list equals no
 * other.
 */
inline QStringList rowsOf(const QString &location, const QString &sql)
{
    RawConnection raw(location, RawConnection::ReadOnly);
    QString error;
    if (raw.isOpen()) {
        QSqlQuery query(QSqlDatabase::database(raw.connectionName(), false));
        if (query.exec(sql)) {
            QStringList rows;
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << detail::valueText(query.value(i));
                rows << fields.join(QLatin1Char('|'));
            }
            if (!query.lastError().isValid())
                return rows;
        }
        error = query.lastError().text();
    } else {
        error = QStringLiteral("cannot connect: ") + raw.errorString();
    }
    static std::atomic<int> failures{0};
    const QString message = QStringLiteral("rowsOf(%1, %2): %3").arg(location, sql, error);
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    return {message, QStringLiteral("(failed read #%1)").arg(failures.fetch_add(1))};
}

/**
 * What an inventory holds, all of it, to prove that nothing at all was written: for a
 * SQLite file its bytes, time and permissions as well; on both backends the schema
 * and every row of every table, history (change_batch, change_log), search index and
 * versions included. A location with no inventory (a file or a database that does not
 * exist) is a snapshot of that absence; one that cannot be read has an error, and
 * differs from every other snapshot.
 */
struct InventorySnapshot
{
    QString location;
    bool exists = false;
    FileSnapshot file;    ///< SQLite only
    QStringList contents; ///< the schema, then every row of every table
    QString error;        ///< why the inventory could not be read

    static InventorySnapshot of(const QString &location)
    {
        InventorySnapshot s;
        s.location = location;
        const bool server = dialect::isServerLocation(location);
        if (!server) {
            s.file = FileSnapshot::of(location);
            s.exists = s.file.exists;
            // Only a SQLite database has tables to read; any other file is its bytes.
            if (!s.exists || !s.file.bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
                return s;
        } else {
            const dialect::ServerLocation where = dialect::parseServerLocation(location);
            QString maintenance = location.left(location.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/postgres");
            RawConnection raw(maintenance);
            QSqlQuery query(QSqlDatabase::database(raw.connectionName(), false));
            if (!raw.isOpen() || !query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"))) {
                s.error = QStringLiteral("%1: cannot connect: %2").arg(maintenance, raw.errorString());
                return s;
            }
            query.addBindValue(where.database);
            if (!query.exec() || !query.next()) {
                s.error = QStringLiteral("%1: %2").arg(maintenance, query.lastError().text());
                return s;
            }
            s.exists = query.value(0).toInt() == 1;
            if (!s.exists)
                return s;
        }
        RawConnection raw(location, RawConnection::ReadOnly);
        if (!raw.isOpen()) {
            s.error = QStringLiteral("%1: cannot connect: %2").arg(location, raw.errorString());
            return s;
        }
        const QSqlDatabase db = QSqlDatabase::database(raw.connectionName(), false);
        QStringList tables;
        const bool read =
            server ? detail::firstColumn(db,
                                         QStringLiteral("SELECT table_name || '.' || column_name || ' ' || data_type"
                                                        " || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
                                                        " FROM information_schema.columns"
                                                        " WHERE table_schema = current_schema()"
                                                        " ORDER BY table_name, ordinal_position"),
                                         &s.contents, &s.error) &&
                         detail::firstColumn(db,
                                             QStringLiteral("SELECT indexdef FROM pg_catalog.pg_indexes"
                                                            " WHERE schemaname = current_schema() ORDER BY indexname"),
                                             &s.contents, &s.error) &&
                         detail::firstColumn(db,
                                             QStringLiteral("SELECT event_object_table || ' ' || trigger_name || ' '"
                                                            " || event_manipulation || ' ' || action_statement"
                                                            " FROM information_schema.triggers"
                                                            " WHERE trigger_schema = current_schema() ORDER BY 1"),
                                             &s.contents, &s.error) &&
                         detail::firstColumn(db,
                                             QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables"
                                                            " WHERE schemaname = current_schema() ORDER BY tablename"),
                                             &tables, &s.error)
                   : detail::firstColumn(db, QStringLiteral("PRAGMA user_version"), &s.contents, &s.error) &&
                         detail::firstColumn(db,
                                             QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ' '"
                                                            " || coalesce(sql, '') FROM sqlite_master ORDER BY 1"),
                                             &s.contents, &s.error) &&
                         // Virtual tables (the FTS5 index) are read through their shadow tables.
                         detail::firstColumn(db,
                                             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                            " AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'"
                                                            " ORDER BY name"),
                                             &tables, &s.error);
        if (!read)
            return s;
        for (const QString &table : std::as_const(tables)) {
            if (!detail::tableRows(db, table, {}, &s.contents, &s.error))
                return s;
        }
        return s;
    }

    /// Empty when @p before and this snapshot show the same inventory; else what differs
    /// (or why either could not be read). For QCOMPARE(after.differenceFrom(before), QString()).
    QString differenceFrom(const InventorySnapshot &before) const
    {
        if (!before.error.isEmpty())
            return QStringLiteral("before: ") + before.error;
        if (!error.isEmpty())
            return QStringLiteral("after: ") + error;
        if (exists != before.exists)
            return QStringLiteral("%1 %2").arg(location,
                                               exists ? QStringLiteral("was created") : QStringLiteral("is gone"));
        if (file.bytes != before.file.bytes)
            return QStringLiteral("%1: the file's bytes changed (%2 bytes, were %3)")
                .arg(location)
                .arg(file.bytes.size())
                .arg(before.file.bytes.size());
        if (file.modified != before.file.modified)
            return QStringLiteral("%1: the file's time changed").arg(location);
        if (file.permissions != before.file.permissions)
            return QStringLiteral("%1: the file's permissions changed").arg(location);
        if (contents != before.contents) {
            const QSet<QString> was(before.contents.cbegin(), before.contents.cend());
            const QSet<QString> now(contents.cbegin(), contents.cend());
            QStringList gone, added;
            for (const QString &line : before.contents) {
                if (!now.contains(line))
                    gone << line;
            }
            for (const QString &line : contents) {
                if (!was.contains(line))
                    added << line;
            }
            return QStringLiteral("%1: the contents changed; gone: [%2]; new: [%3]")
                .arg(location, gone.mid(0, 5).join(QLatin1String("; ")), added.mid(0, 5).join(QLatin1String("; ")));
        }
        return {};
    }
};

/**
 * InventorySnapshot::of() as one list, for QCOMPARE of everything before and after:
 * the schema and every row (history and search included) and, for a file, its bytes.
 * When the inventory cannot be read, the calling test fails (QTest::qFail, with the
 * reason) and the list equals no other.
 */
inline QStringList wholeInventory(const QString &location)
{
    const InventorySnapshot s = InventorySnapshot::of(location);
    if (s.error.isEmpty()) {
        return QStringList(s.contents) << (s.exists ? QStringLiteral("exists") : QStringLiteral("does not exist"))
                                       << QString::fromLatin1(s.file.bytes.toBase64());
    }
    static std::atomic<int> failures{0};
    const QString message = QStringLiteral("wholeInventory: ") + s.error;
    QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    return {message, QStringLiteral("(failed read #%1)").arg(failures.fetch_add(1))};
}

/// Creates an inventory at @p path holding only an organisation called @p name; false
/// with @p error on failure.
inline bool createEmpty(const QString &path, const QString &name, QString *error)
{
    Database db;
    if (!db.create(path)) {
        *error = db.errorString();
        return false;
    }
    Store store(db);
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = name;
    return store.createItem(org, error).has_value();
}

/// Creates a Steward inventory at @p path filled with the example; false with @p error on failure.
inline bool createExample(const QString &path, QString *error)
{
    Database db;
    if (!db.create(path)) {
        *error = db.errorString();
        return false;
    }
    Store store(db);
    return ExampleInventory::populate(store, error);
}

/// Overwrites @p length bytes at @p offset of @p path with @p fill.
inline bool overwriteBytes(const QString &path, qint64 offset, qint64 length, char fill)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    if (!file.seek(offset))
        return false;
    const QByteArray junk(static_cast<int>(length), fill);
    return file.write(junk) == junk.size();
}

/**
 * A small, strict RFC 4180 reader, independent of CsvWriter, to read back what it
 * wrote: quoted fields may hold commas, quotes (doubled), CR and LF; records end with
 * CRLF or LF; a final record without a line break is accepted; a quote inside
 * an unquoted field is kept literally. Returns false on malformed input (text after
 * a closing quote, a bare CR, an unterminated quoted field).
 */
inline bool parseCsv(const QString &text, QVector<QStringList> *records)
{
    records->clear();
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStarted = false;
    const qsizetype n = text.size();
    const auto endField = [&] {
        record << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records->append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            ++i;
            endRecord();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c == QLatin1Char('"') && !fieldStarted && !wasQuoted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char('"') && wasQuoted) {
            return false;
        } else if (c == QLatin1Char('"')) {
            // A quote inside an unquoted field (37°36'37.8"N): taken literally, as
            // csv-spectrum expects, though RFC 4180 writers never produce it.
            field += c;
        } else {
            if (wasQuoted || c == QLatin1Char('\r'))
                return false;
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || wasQuoted || !record.isEmpty())
        endRecord();
    return true;
}

} // namespace steward::test
