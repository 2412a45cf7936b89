#include "Database.h"

#include "Dialect.h"
#include "Migrations.h"
#include "ServerAccess.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <utility>

namespace steward {
namespace {

std::atomic<int> s_connectionCounter{0};
std::atomic<quint64> s_damageReports{0};

/// SQLite's error log: every error of every connection, with its code, as it happens.
void sqliteLog(void *, int code, const char *)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        s_damageReports.fetch_add(1, std::memory_order_relaxed);
}

// Set before main(): SQLite takes its configuration only before it initializes.
[[maybe_unused]] const bool s_logInstalled = sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr) == SQLITE_OK;

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("steward-%1").arg(s_connectionCounter.fetch_add(1)))
{}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    m_damaged = false;
    m_damageDetail.clear();
    m_handle = nullptr;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().number;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (isServer()) {
        // to_regclass, not a failing SELECT: an error would abort the transaction.
        if (!query.exec(QStringLiteral("SELECT to_regclass('steward_meta') IS NOT NULL")) || !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT value FROM steward_meta WHERE key = 'schema_version'")))
            return -1;
        return query.next() ? query.value(0).toInt() : 0;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::openConnection(const QString &path, bool create, bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // A URI with an explicit mode: "rw" never creates a missing file, "rwc" may.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=%1").arg(readOnly ? QStringLiteral("ro")
                                               : create ? QStringLiteral("rwc")
                                                        : QStringLiteral("rw")));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    if (!db.open())
        return fail(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
    m_path = path;
    m_backend = Backend::SQLite;
    {
        // SQLite then checks the size of each cell of a page as it reads the page: more
        // damage is noticed (and refused) where it is read, at a small cost.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    }
    m_handle = SqliteStatement::handle(db);
    if (!m_handle)
        return fail(tr("Cannot open %1: Qt's SQLite driver gives no handle.").arg(QDir::toNativeSeparators(path)));
    // Not PRAGMA busy_timeout: Steward's own handler says when it waits (onBusy()).
    sqlite3_busy_handler(m_handle, &Database::onBusy, this);
    return true;
}

void Database::setLockWaits(int readMs, int writeMs)
{
    m_readWaitMs = qMax(0, readMs);
    m_writeWaitMs = qMax(0, writeMs);
}

void Database::setWaitForLocks(bool wait)
{
    if (m_handle)
        sqlite3_busy_handler(m_handle, wait ? &Database::onBusy : nullptr, wait ? this : nullptr);
}

int Database::onBusy(void *data, int count)
{
    // SQLite calls this while another connection holds the lock it needs; 0 gives up
    // (the statement fails with SQLITE_BUSY). Short random pauses, not SQLite's growing
    // ones: its handler is not fair, and a writer that commits again at once could keep
    // another waiting past any timeout.
    auto *self = static_cast<Database *>(data);
    if (count == 0 && !self->m_waitHeld) {
        self->m_waitingSince.start();
        self->m_noticeGiven = false;
    }
    // Inside a write transaction (its commit, too), or beginning one: the write's wait.
    const bool writing = self->m_waitHeld || !sqlite3_get_autocommit(self->m_handle);
    const qint64 limit = writing ? self->m_writeWaitMs : self->m_readWaitMs;
    const qint64 waited = self->m_waitingSince.elapsed();
    self->m_waitedMs = waited;
    if (waited >= limit)
        return 0;
    if (waited >= NoticeAfterMs)
        self->noticeWaiting();
    QThread::msleep(
        static_cast<unsigned long>(qMin<qint64>(limit - waited, 1 + QRandomGenerator::global()->bounded(20))));
    return 1;
}

void Database::noticeWaiting()
{
    if (std::exchange(m_noticeGiven, true) || !m_waitNotice)
        return;
    m_waitNotice(tr("waiting for another program's write to %1…").arg(QDir::toNativeSeparators(m_path)));
}

QString Database::busyMessage() const
{
    return tr("%1 is busy: another program has been writing to it for %2 s; try again.")
        .arg(QDir::toNativeSeparators(m_path))
        .arg(qRound(m_waitedMs / 1000.0));
}

QString Database::firstReadError(const QString &native, const QString &sqlError) const
{
    const int code = m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_ERROR;
    // A write was killed half-way: SQLite must roll its journal back before anyone can
    // read, and this connection may not (open() made it read-only: the file or its folder
    // is). Nothing is damaged.
    if (code == SQLITE_READONLY_ROLLBACK)
        return tr("An interrupted write left %1-journal, which must be rolled back before %1 can be read, and "
                  "the file or its folder is read-only here. Someone who may write the folder must open the "
                  "inventory once (any Steward command does it); nothing was changed.")
            .arg(native);
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        return busyMessage();
    return tr("%1 is not a Steward inventory or is damaged: %2").arg(native, sqlError);
}

bool Database::openServerConnection(const QString &location, bool createDatabase)
{
    close();
    const QString shown = dialect::displayLocation(location);
    const dialect::ServerLocation where = dialect::parseServerLocation(location);
    if (!where.isValid())
        return fail(where.error);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not "
                       "installed.")
                        .arg(shown));
    QStringList options = where.options;
    const auto has = [&](const QString &key) {
        for (const QString &option : std::as_const(options)) {
            if (option.startsWith(key + QLatin1Char('=')))
                return true;
        }
        return false;
    };
    if (!has(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    if (!has(QStringLiteral("application_name")))
        options << QStringLiteral("application_name=steward");
    const auto connectTo = [&](const QString &database) {
        QString message;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(where.user);
            const QString password = where.password.isEmpty() ? dialect::rememberedPassword(location) : where.password;
            if (!password.isEmpty())
                db.setPassword(password);
            db.setDatabaseName(database);
            db.setConnectOptions(options.join(QLatin1Char(';')));
            if (db.open())
                return QString();
            message = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        }
        close();
        return message.trimmed();
    };
    QString message = connectTo(where.database);
    if (!message.isEmpty() && createDatabase && message.contains(QLatin1String("does not exist"))) {
        // The server knows no such database: make it, through the maintenance database.
        const QString maintenance = connectTo(QStringLiteral("postgres"));
        if (!maintenance.isEmpty())
            return fail(tr("Cannot create %1: %2").arg(shown, maintenance));
        {
            QSqlQuery query(connection());
            QString name = where.database;
            name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
                return fail(tr("Cannot create %1: %2").arg(shown, sqlError(query)));
        }
        close();
        message = connectTo(where.database);
    }
    if (!message.isEmpty())
        return fail(tr("Cannot connect to %1: %2").arg(shown, message));
    QSqlQuery query(connection());
    // Notices (such as "relation already exists, skipping") are not for the user.
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")))
        return fail(tr("Cannot configure %1: %2").arg(shown, sqlError(query)));
    // A server on another machine reached without TLS: it works, but the user should know.
    if (!dialect::isThisMachine(where.host, dialect::thisMachineAddresses())) {
        if (!query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")))
            return fail(tr("Cannot read %1: %2").arg(shown, sqlError(query)));
        if (!query.next() || !query.value(0).toBool())
            m_connectionWarnings << tr("The server %1 is on another machine and the connection to it is not "
                                       "encrypted (no TLS): the inventory, and any password sent, cross the network "
                                       "where others may read them. Add ?sslmode=verify-full to the address to "
                                       "insist on TLS (the server needs a certificate).")
                                        .arg(where.host);
        query.finish();
    }
    m_path = location;
    m_backend = Backend::PostgreSQL;
    return true;
}

bool Database::isAlive(QString *error)
{
    if (!isServer())
        return true;
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT 1")))
        return true;
    if (error)
        *error = sqlError(query).trimmed();
    return false;
}

bool Database::reconnect(QString *error)
{
    if (!isServer())
        return true;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        if (error)
            *error = (db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText())
                         .trimmed();
        return false;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("SET client_min_messages = warning"));
    return true;
}

bool Database::configure()
{
    if (isServer())
        return true;
    QSqlQuery query(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // Rollback journal, not WAL: see the class comment.
        QStringLiteral("PRAGMA journal_mode = DELETE"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // 64 MB of page cache (SQLite's default is 2 MB): a 100k-row import or export
        // then stays in memory instead of spilling pages to the file mid-transaction.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(tr("Cannot configure %1: %2").arg(QDir::toNativeSeparators(m_path), sqlError(query)));
    }
    return true;
}

bool Database::open(const QString &path, OpenMode mode)
{
    m_error.clear();
    m_readOnly = mode != OpenMode::ReadWrite;
    m_upgradeFirst = mode == OpenMode::ReadOnlyAfterUpgrade;
    m_asItIs = mode == OpenMode::ReadOnlyAsItIs && !dialect::isServerLocation(path);
    m_readOnlyReason.clear();
    m_connectionWarnings.clear();
    m_mayWrite = true;
    if (dialect::isServerLocation(path))
        return openServer(path, mode);
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1 does not exist.").arg(native));
    if (!info.isFile())
        return fail(tr("%1 is not a file.").arg(native));
    if (!info.isReadable())
        return fail(tr("%1 cannot be read: permission denied.").arg(native));
    // Checked on the permission bits too: root may write anything, but a file someone
    // made read-only is meant to stay unchanged. SQLite writes its journal beside the
    // file, so a folder that cannot be written makes the inventory read-only as well.
    const bool fileWritable = info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
    const QFileInfo folder(info.absolutePath());
    const bool folderWritable = folder.isWritable() && (folder.permissions() & QFileDevice::WriteOwner);
    if (!m_readOnly && !fileWritable) {
        m_readOnly = true;
        m_readOnlyReason = tr("%1 is read-only: you can look things up, but changes cannot be saved.").arg(native);
    } else if (!m_readOnly && !folderWritable) {
        m_readOnly = true;
        m_readOnlyReason = tr("%1 is read-only (its folder cannot be written, and SQLite keeps its journal there): "
                              "you can look things up, but changes cannot be saved.")
                               .arg(native);
    }
    if (info.size() == 0)
        return fail(tr("%1 is empty: it is not a Steward inventory.").arg(native));

    // Read-only, but the file may be written: a read-write connection that writes
    // nothing (query_only), so that SQLite can roll back what a write killed half-way
    // left (a hot journal) instead of failing every read ("attempt to write a readonly
    // database"). A file that may not be written gets a truly read-only connection.
    m_mayWrite = fileWritable && folderWritable;
    if (!openConnection(path, false, !m_mayWrite))
        return false;
    if (m_readOnly && m_mayWrite) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA query_only = ON")))
            return fail(tr("Cannot open %1: %2").arg(native, sqlError(query)));
    }
    m_waitedMs = 0;
    return checkMark(native, m_readOnly);
}

bool Database::openServer(const QString &location, OpenMode mode)
{
    if (!openServerConnection(location, false))
        return false;
    // What the role may do, asked before anything is read: a role that may not read
    // the tables would otherwise be told the database is damaged, and one that may
    // only read them would be offered edits the server then refuses.
    QString error;
    const auto access = ServerAccess::privileges(connection(), &error);
    if (!access)
        return fail(tr("Cannot read %1: %2").arg(displayName(), error));
    if (access->inventory) {
        if (!access->read)
            return fail(tr("Your database role \"%1\" may not read this inventory: %2. Ask its owner for "
                           "`steward access grant %1 viewer` (or editor).")
                            .arg(access->role, access->readProblem));
        if (!access->write && mode == OpenMode::ReadWrite) {
            m_readOnly = true;
            m_readOnlyReason = tr("Your database role \"%1\" may read this inventory but not change it (ask its "
                                  "owner for `steward access grant %1 editor`).")
                                   .arg(access->role);
        }
        // Only the owner may run schema steps: anyone else is told whom to ask, and a
        // role that may only read is never asked to upgrade.
        if (!access->owner) {
            const int version = schemaVersion();
            if (version > 0 && version < latestSchemaVersion())
                return fail(tr("%1 uses an older schema (%2) that only the owner of its tables can upgrade: ask "
                               "them to open it once with this version of Steward. Your database role \"%3\" is "
                               "not the owner.")
                                .arg(displayName())
                                .arg(version)
                                .arg(access->role));
        }
    }
    const bool readOnly = m_readOnly;
    if (readOnly) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return fail(sqlError(query));
    }
    return checkMark(displayName(), readOnly);
}

bool Database::checkMark(const QString &native, bool readOnly)
{
    QSqlQuery query(connection());
    int objects = 0;
    int applicationId = 0;
    const QString what = isServer() ? tr("PostgreSQL database") : tr("SQLite database");
    if (isServer()) {
        if (!query.exec(
                QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")) ||
            !query.next())
            return fail(tr("Cannot read %1: %2").arg(native, sqlError(query)));
        objects = query.value(0).toInt();
        if (!query.exec(QStringLiteral("SELECT to_regclass('steward_meta') IS NOT NULL")) || !query.next())
            return fail(tr("Cannot read %1: %2").arg(native, sqlError(query)));
        if (query.value(0).toBool()) {
            if (!query.exec(QStringLiteral("SELECT value FROM steward_meta WHERE key = 'application_id'")))
                return fail(tr("%1 is not a Steward inventory or is damaged: %2").arg(native, sqlError(query)));
            if (query.next())
                applicationId = query.value(0).toInt();
        }
    } else {
        // Reading the schema is the first real read of the file; a file that is not
        // SQLite or whose header is damaged fails here, and so does one that another
        // program holds locked or a killed write left a journal for (firstReadError()).
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return fail(firstReadError(native, sqlError(query)));
        objects = query.value(0).toInt();
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return fail(firstReadError(native, sqlError(query)));
        applicationId = query.value(0).toInt();
    }
    if (applicationId != ApplicationId) {
        if (objects == 0)
            return fail(tr("%1 is an empty %2, not a Steward inventory. "
                           "Use \"steward init\" or File > New to make one.")
                            .arg(native, what));
        return fail(tr("%1 is a %2 of another application, not a Steward inventory. "
                       "It was not changed.")
                        .arg(native, what));
    }
    const int version = schemaVersion();
    if (version < 0)
        return fail(tr("%1 is damaged: its schema version cannot be read.").arg(native));
    if (version > latestSchemaVersion())
        return fail(tr("%1 was written by a newer version of Steward (schema %2; this version "
                       "reads up to %3). It was not changed; please upgrade Steward.")
                        .arg(native)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (readOnly) {
        if (!isServer() && !query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return fail(sqlError(query));
        // An upgrade is a write: a read-only inventory cannot have one.
        // Copied whole (a backup): as it is, whatever its schema.
        if (version < latestSchemaVersion() && m_asItIs)
            return true;
        if (version < latestSchemaVersion() && (!m_mayWrite || !m_readOnlyReason.isEmpty()))
            return fail(tr("%1 uses an older schema (%2) and must be upgraded before it can be read, but it is "
                           "read-only: someone who may write it must open it once with this version of Steward.")
                            .arg(native)
                            .arg(version));
        if (version < latestSchemaVersion() && m_upgradeFirst && m_mayWrite && !isServer()) {
            // Upgraded as a read-write opening would, then read-only again.
            query.finish();
            if (!query.exec(QStringLiteral("PRAGMA query_only = OFF")))
                return fail(tr("Cannot upgrade %1: %2").arg(native, sqlError(query)));
            m_readOnly = false;
            const bool upgraded = configure() && migrate();
            if (!upgraded)
                return false;
            m_readOnly = true;
            if (!query.exec(QStringLiteral("PRAGMA query_only = ON")))
                return fail(tr("Cannot open %1: %2").arg(native, sqlError(query)));
            return true;
        }
        if (version < latestSchemaVersion())
            return fail(tr("%1 uses an older schema (%2) and must be upgraded first: open it once in the window, "
                           "or run a command that looks things up (such as \"steward contact\") or changes it; "
                           "this one does not upgrade a file.")
                            .arg(native)
                            .arg(version));
        return true;
    }
    query.finish(); // see open()
    if (!configure() || !migrate())
        return false;
    // What plain-SQL writers left for the search index; not worth failing the open for:
    // when it cannot be done now, the next write does it (Store::write() brings the
    // index up to date before it commits, and fails with the reason if it cannot).
    QString notNow;
    if (searchIndexBehind(&notNow).value_or(false) && beginWrite(&notNow)) {
        if (!updateSearchIndex(&notNow) || !commit(&notNow))
            rollback();
    }
    return true;
}

bool Database::createServer(const QString &location)
{
    if (!openServerConnection(location, true))
        return false;
    int tables = -1;
    QString message;
    {
        QSqlQuery query(connection());
        if (query.exec(
                QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")) &&
            query.next())
            tables = query.value(0).toInt();
        else
            message = sqlError(query);
    }
    if (tables < 0)
        return fail(tr("Cannot read %1: %2").arg(displayName(), message));
    if (tables > 0)
        return fail(tablesExistMessage());
    return migrate();
}

QString Database::tablesExistMessage() const
{
    return tr("%1 already has tables; it was not changed. Use an empty database.").arg(displayName());
}

bool Database::create(const QString &path)
{
    m_error.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_connectionWarnings.clear();
    if (dialect::isServerLocation(path))
        return createServer(path);
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists())
        return fail(tr("%1 already exists; it was not changed.").arg(native));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    // On the permission bits too, as open() checks them: root may write anything.
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || !(folder.permissions() & QFileDevice::WriteOwner))
        return fail(tr("Cannot create %1: its folder is read-only.").arg(native));
    if (!openConnection(path, true, false) || !configure() || !migrate()) {
        const QString error = m_error;
        close();
        QFile::remove(path);
        m_error = error;
        return false;
    }
    return true;
}

bool Database::migrate()
{
    const QVector<Migration> &steps = migrations();
    // What a pending step needs the inventory to hold is checked before any step runs:
    // one that cannot be upgraded is left exactly as it was, not upgraded half-way.
    const int from = schemaVersion();
    if (from > 0) {
        QStringList problems;
        for (const Migration &step : steps) {
            if (step.number <= from || !step.problems)
                continue;
            QString error;
            problems += step.problems(connection(), &error);
            if (!error.isEmpty())
                return fail(tr("Cannot upgrade %1: %2").arg(displayName(), error));
        }
        if (!problems.isEmpty())
            return fail(tr("%1 cannot be upgraded: %2 It was not changed.")
                            .arg(displayName(), problems.join(QLatin1Char(' '))));
    }
    for (const Migration &step : steps) {
        if (schemaVersion() >= step.number)
            continue;
        QString error;
        if (!beginWrite(&error))
            return fail(tr("Cannot upgrade %1: %2").arg(QDir::toNativeSeparators(m_path), error));
        // Another process may have run this step while we waited for the lock.
        if (schemaVersion() >= step.number) {
            rollback();
            continue;
        }
        QSqlQuery query(connection());
        QStringList statements;
        if (isServer()) {
            if (step.number == 1)
                statements << QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS steward_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            statements << migrationStatements(step, m_backend);
        } else {
            statements = step.statements;
        }
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QString message = sqlError(query);
                rollback();
                return fail(tr("Cannot upgrade %1 to schema %2: %3")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(step.number)
                                .arg(message));
            }
        }
        // PRAGMA takes no bound values; the numbers are ours, not user text.
        QStringList pragmas;
        if (isServer()) {
            const QString mark = QStringLiteral("INSERT INTO steward_meta (key, value) VALUES ('%1', '%2')"
                                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            pragmas << mark.arg(QStringLiteral("schema_version")).arg(step.number);
            if (step.number == 1)
                pragmas << mark.arg(QStringLiteral("application_id")).arg(ApplicationId);
        } else {
            pragmas << QStringLiteral("PRAGMA user_version = %1").arg(step.number);
            if (step.number == 1)
                pragmas << QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId);
        }
        for (const QString &pragma : pragmas) {
            if (!query.exec(pragma)) {
                const QString message = sqlError(query);
                rollback();
                return fail(message);
            }
        }
        if (!commit(&error))
            return fail(tr("Cannot upgrade %1: %2").arg(QDir::toNativeSeparators(m_path), error));
    }
    return true;
}

QStringList Database::searchIndexUpdate()
{
    // Stale entries first: a row written again since it was indexed has its id in both.
    return {QStringLiteral(
                "INSERT INTO search_fts (search_fts, rowid, folded) SELECT 'delete', id, folded FROM search_stale"),
            QStringLiteral("DELETE FROM search_stale"),
            QStringLiteral("INSERT INTO search_fts (rowid, folded) SELECT d.id, d.folded FROM search_pending p"
                           " JOIN search_doc d ON d.id = p.id"),
            QStringLiteral("DELETE FROM search_pending")};
}

std::optional<bool> Database::searchIndexBehind(QString *error) const
{
    // PostgreSQL's triggers write the index itself (a GIN index has no such cost).
    if (isServer())
        return false;
    QSqlQuery query(connection());
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending) OR EXISTS (SELECT 1 FROM search_stale)")) ||
        !query.next()) {
        if (error)
            *error = sqlError(query);
        return std::nullopt;
    }
    return query.value(0).toBool();
}

bool Database::updateSearchIndex(QString *error)
{
    const auto behind = searchIndexBehind(error);
    if (!behind)
        return false;
    if (!*behind)
        return true;
    QSqlQuery query(connection());
    for (const QString &statement : searchIndexUpdate()) {
        if (!query.exec(statement)) {
            if (error)
                *error = sqlError(query);
            return false;
        }
    }
    return true;
}

bool Database::beginWrite(QString *error)
{
    m_lastBusy = false;
    if (m_damaged) {
        if (error)
            *error = damageMessage();
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error =
                m_readOnlyReason.isEmpty() ? tr("%1 is open for reading only.").arg(displayName()) : m_readOnlyReason;
        return false;
    }
    QSqlQuery query(connection());
    if (isServer()) {
        // One writer at a time, as on SQLite: the stores' read-check-write steps (the
        // version checks, the history batch) then see no interleaved writer.
        const QStringList begin = {QStringLiteral("BEGIN"),
                                   QStringLiteral("SET LOCAL lock_timeout = %1").arg(WriteWaitMs),
                                   QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId)};
        for (const QString &statement : begin) {
            if (!query.exec(statement)) {
                if (error)
                    *error = sqlError(query);
                rollback();
                return false;
            }
        }
        return true;
    }
    // One wait across every try, for up to writeWaitMs(), the notice given once (the
    // busy handler times it while m_waitHeld). SQLite may also say busy at once, without
    // calling the handler (two connections each wanting the other's lock): asked again
    // after a random pause.
    m_waitingSince.start();
    m_waitHeld = true;
    m_noticeGiven = false;
    const auto released = qScopeGuard([this] { m_waitHeld = false; });
    for (;;) {
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        const QSqlError e = query.lastError();
        const bool busy = e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6") ||
                          e.databaseText().contains(QLatin1String("locked"));
        m_waitedMs = m_waitingSince.elapsed();
        if (!busy || m_waitedMs >= m_writeWaitMs) {
            m_lastBusy = busy;
            if (error)
                *error = busy ? busyMessage() : sqlError(query);
            return false;
        }
        if (m_waitedMs >= NoticeAfterMs)
            noticeWaiting();
        QThread::msleep(1 + QRandomGenerator::global()->bounded(20u));
    }
}

bool Database::commit(QString *error)
{
    QSqlQuery query(connection());
    // Sent at commit, and only if it commits: other Stewards reload (ChangeWatcher).
    if (isServer() && !query.exec(QStringLiteral("NOTIFY %1").arg(changeChannel()))) {
        if (error)
            *error = sqlError(query);
        rollback();
        return false;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // A commit waits for other programs' readers to finish (the busy handler times it
        // as a write); when they do not, it is "busy", not SQLite's "database is locked".
        const QSqlError e = query.lastError();
        m_lastBusy =
            !isServer() && (e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6") ||
                            e.databaseText().contains(QLatin1String("locked")));
        if (error)
            *error = m_lastBusy ? busyMessage() : sqlError(query);
        rollback();
        return false;
    }
    return true;
}

void Database::rollback()
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

QStringList Database::check() const
{
    QStringList problems;
    QSqlQuery query(connection());
    // PostgreSQL checks its pages and enforces every foreign key itself.
    if (!isServer()) {
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problems << tr("integrity check failed to run: %1").arg(sqlError(query));
            return problems;
        }
        while (query.next()) {
            const QString row = query.value(0).toString();
            if (row != QLatin1String("ok"))
                problems << tr("integrity: %1").arg(row);
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            problems << tr("foreign key check failed to run: %1").arg(sqlError(query));
            return problems;
        }
        while (query.next()) {
            problems << tr("foreign key: row %1 of table %2 refers to a missing row of %3")
                            .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
        }
    }
    // Steward's own rules about the shape of the tree and kind-specific rows.
    const QList<QPair<QString, QString>> rules = {
        {QStringLiteral("SELECT count(*) FROM item WHERE kind = 'organisation'"), QString()},
        {QStringLiteral("SELECT c.id, c.name FROM item c JOIN item p ON p.id = c.parent_id "
                        "WHERE c.kind = 'provider' AND p.kind <> 'organisation'"),
         tr("provider \"%2\" (id %1) is not directly under the organisation")},
        {QStringLiteral("SELECT c.id, c.name FROM item c JOIN item p ON p.id = c.parent_id "
                        "WHERE c.kind = 'host' AND p.kind NOT IN ('provider', 'organisation')"),
         tr("host \"%2\" (id %1) is not under a provider or the organisation")},
        {QStringLiteral("SELECT s.id, s.name FROM also_runs_on a JOIN item s ON s.id = a.service_id"
                        " JOIN item h ON h.id = a.host_id JOIN item p ON p.id = s.parent_id"
                        " WHERE s.kind <> 'service' OR h.kind <> 'host' OR p.kind <> 'host'"),
         tr("\"%2\" (id %1) runs on further hosts, but is not a service on a host, or one of them is not a host")},
        {QStringLiteral("SELECT c.id, c.name FROM item c JOIN item p ON p.id = c.parent_id "
                        "WHERE c.kind = 'service' AND p.kind = 'service'"),
         tr("service \"%2\" (id %1) is under another service")},
        {QStringLiteral("SELECT i.id, i.name FROM item i LEFT JOIN provider x ON x.item_id = i.id "
                        "WHERE i.kind = 'provider' AND x.item_id IS NULL"),
         tr("provider \"%2\" (id %1) has no provider details")},
        {QStringLiteral("SELECT i.id, i.name FROM item i LEFT JOIN host x ON x.item_id = i.id "
                        "WHERE i.kind = 'host' AND x.item_id IS NULL"),
         tr("host \"%2\" (id %1) has no host details")},
        {QStringLiteral("SELECT i.id, i.name FROM item i LEFT JOIN service x ON x.item_id = i.id "
                        "WHERE i.kind = 'service' AND x.item_id IS NULL"),
         tr("service \"%2\" (id %1) has no service details")},
        {QStringLiteral("SELECT m.member_id, t.name FROM team_member m JOIN contact t ON t.id = m.team_id "
                        "WHERE t.kind <> 'team'"),
         tr("contact %1 is a member of \"%2\", which is not a team")},
    };

    for (const auto &rule : rules) {
        if (!query.exec(rule.first)) {
            problems << tr("check failed to run: %1").arg(sqlError(query));
            continue;
        }
        if (rule.second.isEmpty()) {
            if (query.next() && query.value(0).toInt() != 1)
                problems
                    << tr("the inventory has %1 organisations; it must have exactly one").arg(query.value(0).toInt());
            continue;
        }
        while (query.next())
            problems << rule.second.arg(query.value(0).toString(), query.value(1).toString());
    }
    return problems;
}

QStringList Database::warnings() const
{
    QStringList found;
    QSqlQuery query(connection());
    // Without an escalation contact, an item nobody owns has nobody to contact (one whose
    // cover does not include today does not count).
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    query.prepare(QStringLiteral("SELECT count(*) FROM assignment a JOIN item i ON i.id = a.item_id "
                                 "WHERE i.kind = 'organisation' AND a.role = 'escalation' AND a.priority <> 'inactive'"
                                 " AND (a.valid_from IS NULL OR a.valid_from <= ?)"
                                 " AND (a.valid_until IS NULL OR a.valid_until >= ?)"));
    query.addBindValue(today);
    query.addBindValue(today);
    if (query.exec() && query.next() && query.value(0).toInt() == 0)
        found << tr("the organisation has no active escalation contact, so items without an owner have "
                    "nobody to contact");
    return found;
}

QString Database::damageMessage() const
{
    return m_damaged ? damageMessage(displayName(), m_damageDetail) : QString();
}

QString Database::damageMessage(const QString &location, const QString &detail)
{
    return tr("%1 is damaged: %2; it will not be changed. Restore a backup or run `steward check`.")
        .arg(QDir::toNativeSeparators(location), detail);
}

void Database::markDamaged(const QString &detail)
{
    if (m_damaged)
        return; // the first word stands: it names what was met first
    m_damaged = true;
    QString text = detail.simplified();
    // Qt adds its own words after SQLite's ("... malformed Unable to fetch row").
    for (const char *tail : {" Unable to fetch row", " Unable to execute statement", " Unable to execute query"}) {
        if (text.endsWith(QLatin1String(tail)))
            text.chop(static_cast<qsizetype>(qstrlen(tail)));
    }
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    // SQLite's own words, as the other details are: isDamageError() knows them in any locale.
    m_damageDetail = text.isEmpty() ? QStringLiteral("database disk image is malformed") : text;
}

bool Database::isDamageError(const QString &text)
{
    // SQLite's words for SQLITE_CORRUPT (and its extended codes) and SQLITE_NOTADB.
    return text.contains(QLatin1String("database disk image is malformed"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("malformed database schema"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("file is not a database"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("database corruption"), Qt::CaseInsensitive);
}

bool Database::noteDamage(QString *error)
{
    if (m_damaged && error && *error == damageMessage())
        return true;
    if (!error || isServer() || !isDamageError(*error))
        return false;
    markDamaged(*error);
    *error = damageMessage();
    return true;
}

quint64 Database::damageReports()
{
    return s_damageReports.load(std::memory_order_relaxed);
}

bool Database::quickCheck(QString *error)
{
    if (m_damaged) {
        if (error)
            *error = damageMessage();
        return false;
    }
    if (isServer())
        return true;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next()) {
            const QString row = query.value(0).toString();
            if (row != QLatin1String("ok"))
                problems << row;
        }
    }
    if (query.lastError().isValid()) {
        QString message = sqlError(query);
        if (!isDamageError(message)) {
            if (error)
                *error = message;
            return false;
        }
        problems.append(message);
    }
    if (problems.isEmpty())
        return true;
    QString first = problems.first();
    first.remove(QStringLiteral("*** in database main ***"));
    markDamaged(tr("quick_check found %1 problem(s), the first: %2").arg(problems.size()).arg(first.simplified()));
    if (error)
        *error = damageMessage();
    return false;
}

bool Database::checkBeforeWrite(QString *error)
{
    if (m_damaged) {
        if (error)
            *error = damageMessage();
        return false;
    }
    if (isServer() || QFileInfo(m_path).size() > QuickCheckBeforeWriteMaxBytes)
        return true;
    QString notRun;
    if (quickCheck(&notRun))
        return true;
    if (!m_damaged)
        return true; // it could not run (another program's lock): the write waits as writes do
    if (error)
        *error = notRun;
    return false;
}

WriteTransaction::WriteTransaction(Database &db, QString *error)
    : m_db(db)
{
    m_active = m_db.beginWrite(error);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit(error);
}

} // namespace steward
