#pragma once

#include "Dialect.h"

#include <QCoreApplication>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;

namespace steward {

/**
 * One connection to a Steward inventory: a SQLite file, or a PostgreSQL database
 * named by a postgresql:// address (see dialect::parseServerLocation()).
 *
 * open() never creates or changes a file that is not a Steward database: it checks
 * that the file exists, that SQLite can read it, that it carries Steward's
 * application_id and a schema version this build knows, and only then brings the
 * schema up to date. A file that may not be written (its permission bits, or its
 * folder's: SQLite writes its journal beside it) opens read-only, with the reason in
 * readOnlyReason(). create() makes a new, empty inventory.
 *
 * A read-only connection to a file that may be written is a read-write one with
 * query_only=ON: SQLite can then roll back what a write killed half-way left (a hot
 * journal), and nothing else can be written.
 *
 * Every SQLite connection gets foreign_keys=ON, Steward's busy handler (it waits for
 * another connection's lock for readWaitMs() or writeWaitMs(), and says so through the
 * wait notice after NoticeAfterMs), synchronous=FULL and the rollback journal
 * (journal_mode=DELETE): Debian 12's SQLite 3.40.1 has the WAL-reset bug that can
 * corrupt a WAL database written by two processes, fixed only in 3.51.3.
 *
 * On PostgreSQL the schema version and Steward's mark live in the table steward_meta,
 * writers take a transaction-scoped advisory lock (one writer at a time, as SQLite
 * has it), and every commit sends NOTIFY steward_changed so that other connections
 * learn of it at once.
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    /// Steward's mark in the SQLite header ("STWD").
    static constexpr int ApplicationId = 0x53545744;
    /// How long a read waits for another program's lock by default (the window's reads:
    /// they should not freeze it for long); setLockWaits() changes it.
    static constexpr int BusyTimeoutMs = 5000;
    /// How long a write waits for another writer before reporting the file busy, by
    /// default; setLockWaits() changes it on SQLite. A server's lock_timeout.
    static constexpr int WriteWaitMs = 60000;
    /// The largest file checkBeforeWrite() runs PRAGMA quick_check on: it reads the whole
    /// file (about 0.1 s for 10 MB, 3 to 6 s for the 300 MB of 100,000 services).
    static constexpr qint64 QuickCheckBeforeWriteMaxBytes = 32 * 1024 * 1024;
    /// After how long a wait for a lock the wait notice is given.
    static constexpr int NoticeAfterMs = 1000;

    enum class OpenMode
    {
        ReadWrite,
        /// Reads only; an inventory of an older schema is refused (it needs a write).
        ReadOnly,
        /// Reads only, but a file of an older schema that may be written is upgraded
        /// first, as opening it read-write would: what a command that only looks things
        /// up uses, so that it keeps working the day Steward is upgraded.
        ReadOnlyAfterUpgrade,
        /// Reads only, an older schema as it is (never upgraded, never refused): for what
        /// copies the file whole without reading its tables by today's schema (a backup).
        ReadOnlyAsItIs
    };

    Database();
    ~Database();

    /// The channel of PostgreSQL's NOTIFY that every commit sends.
    static QString changeChannel() { return QStringLiteral("steward_changed"); }

    /// Opens an existing inventory, upgrading its schema when opened read-write.
    bool open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    /// Creates a new inventory at @p location; fails if the file already exists or the
    /// PostgreSQL database has tables. A PostgreSQL database that does not exist yet is
    /// created when the user may.
    bool create(const QString &location);
    void close();

    bool isOpen() const;
    /// The file's path or the server's address, as given to open() or create().
    QString path() const { return m_path; }
    /// path() as it may be shown: a server address without any password in it.
    QString displayName() const { return dialect::displayLocation(m_path); }
    Backend backend() const { return m_backend; }
    /// True when the inventory lives on a database server.
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    /// A server: whether it still answers (a round trip). A file: always true.
    [[nodiscard]] bool isAlive(QString *error);
    /// A server that went away: opens the connection again, same address and name.
    [[nodiscard]] bool reconnect(QString *error);
    QString errorString() const { return m_error; }
    /// What create() says when the database already has tables (in the user's language).
    QString tablesExistMessage() const;

    /// True when the inventory is open for reading only: asked for (OpenMode::ReadOnly),
    /// or the file, its folder or the server role does not allow writing. beginWrite()
    /// then fails with readOnlyReason(), and the window disables every editing action.
    bool isReadOnly() const { return m_readOnly; }
    /// Why the inventory is read-only, in words for the user (the window's bar shows it,
    /// a write command prints it); empty when it was asked for or is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// What the user should know about this connection though it works, e.g. a server
    /// on another machine reached without TLS; empty when nothing. Shown in the window's
    /// bar and printed on standard error by the command line.
    QStringList connectionWarnings() const { return m_connectionWarnings; }
    QSqlDatabase connection() const;

    /// True once a read or a write met a damaged page (SQLite's SQLITE_CORRUPT or
    /// SQLITE_NOTADB, "database disk image is malformed"): from then on beginWrite()
    /// refuses every write with damageMessage(), so a damaged file is never changed.
    bool isDamaged() const { return m_damaged; }
    /// "FILE is damaged: what SQLite said; it will not be changed. Restore a backup or
    /// run `steward check`."; empty while not damaged.
    QString damageMessage() const;
    /// What SQLite said of the damage; empty while not damaged.
    QString damageDetail() const { return m_damaged ? m_damageDetail : QString(); }
    /// damageMessage() of the inventory @p location (as shown) with @p detail.
    static QString damageMessage(const QString &location, const QString &detail);
    /// Marks the inventory damaged, @p detail being what SQLite said.
    void markDamaged(const QString &detail);
    /// If @p error is SQLite's word for a damaged file (isDamageError()), marks the
    /// inventory damaged and replaces *error with damageMessage(); true then. Every
    /// error path of the model that reports a database error passes through it.
    bool noteDamage(QString *error);
    /// True if @p text is (or holds) SQLite's message for a damaged file.
    static bool isDamageError(const QString &text);
    /// How many times, since the program started, SQLite reported a damaged page on any
    /// connection (its error log, SQLITE_CONFIG_LOG): a read that stops early on a
    /// damaged page reports it there even where the caller sees only fewer rows.
    static quint64 damageReports();
    /// PRAGMA quick_check of a SQLite file (a server checks its own pages): false with
    /// damageMessage() in @p error, and the inventory marked damaged, if it is damaged.
    [[nodiscard]] bool quickCheck(QString *error);
    /// What a command-line write runs before it writes: quickCheck() on a file of at most
    /// QuickCheckBeforeWriteMaxBytes; on a larger one, only what the write itself reads
    /// is checked (SQLite's own checks, with cell_size_check on), as quick_check would
    /// cost seconds. False with the reason when the inventory is damaged.
    [[nodiscard]] bool checkBeforeWrite(QString *error);
    /// How long reads (@p readMs) and writes (@p writeMs: beginning a write transaction
    /// and every statement in it, its commit included) wait for another connection's
    /// lock on a SQLite file before they fail with "FILE is busy…"; kept across open().
    void setLockWaits(int readMs, int writeMs);
    int readWaitMs() const { return m_readWaitMs; }
    int writeWaitMs() const { return m_writeWaitMs; }
    /// Called once per wait for a lock, after NoticeAfterMs, with words for the user
    /// ("waiting for another program's write to FILE…"), on the thread that waits: the
    /// command line prints it, the window may show it. Kept across open().
    void setWaitNotice(std::function<void(const QString &notice)> notice) { m_waitNotice = std::move(notice); }
    /// Whether a statement that finds the file locked waits (the default) or fails at
    /// once; for a poll that must not block, e.g. of PRAGMA data_version.
    void setWaitForLocks(bool wait);

    /// The schema version stored in the file (PRAGMA user_version).
    int schemaVersion() const;
    /// The newest schema version this build can create.
    static int latestSchemaVersion();

    /// Runs SQLite's integrity_check and foreign_key_check plus Steward's own rules;
    /// returns a list of problems, empty when the inventory is clean.
    QStringList check() const;
    /// What is sound but incomplete, e.g. no escalation contact: items without an
    /// owner then have nobody to contact.
    QStringList warnings() const;

    /// Brings the search index (search_fts) up to date with what the schema's triggers
    /// noted since (search_pending, search_stale): call inside a write transaction.
    /// Cheap when there is nothing to do.
    [[nodiscard]] bool updateSearchIndex(QString *error);
    /// Whether the schema's triggers noted changes search_fts does not have yet.
    [[nodiscard]] std::optional<bool> searchIndexBehind(QString *error) const;
    /// The statements updateSearchIndex() runs.
    static QStringList searchIndexUpdate();

    /// Begins a write transaction with BEGIN IMMEDIATE (not Qt's deferred BEGIN).
    [[nodiscard]] bool beginWrite(QString *error);
    /// Whether the last beginWrite() or commit() failed because another program held the
    /// file past the wait (its error is then busyMessage(), a whole sentence).
    bool lastWriteWasBusy() const { return m_lastBusy; }
    [[nodiscard]] bool commit(QString *error);
    void rollback();

private:
    bool openConnection(const QString &path, bool create, bool readOnly);
    static int onBusy(void *self, int count);
    /// Gives the wait notice, once per wait.
    void noticeWaiting();
    /// "FILE is busy: another program has been writing to it for N s; try again."
    QString busyMessage() const;
    /// Why the first read of a SQLite file failed, in words for the user.
    QString firstReadError(const QString &native, const QString &sqlError) const;
    bool openServerConnection(const QString &location, bool createDatabase);
    bool openServer(const QString &location, OpenMode mode);
    bool createServer(const QString &location);
    bool checkMark(const QString &native, bool readOnly);
    bool configure();
    bool migrate();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Backend m_backend = Backend::SQLite;
    bool m_readOnly = false;
    bool m_upgradeFirst = false; ///< OpenMode::ReadOnlyAfterUpgrade
    bool m_asItIs = false;       ///< OpenMode::ReadOnlyAsItIs
    bool m_lastBusy = false;     ///< lastWriteWasBusy()
    QString m_readOnlyReason;
    QStringList m_connectionWarnings;
    bool m_damaged = false;
    QString m_damageDetail;
    bool m_mayWrite = true; ///< a SQLite file: it and its folder may be written

    // Waiting for another connection's lock (SQLite): see onBusy().
    sqlite3 *m_handle = nullptr;
    int m_readWaitMs = BusyTimeoutMs;
    int m_writeWaitMs = WriteWaitMs;
    std::function<void(const QString &)> m_waitNotice;
    QElapsedTimer m_waitingSince;
    qint64 m_waitedMs = 0;
    bool m_waitHeld = false; ///< beginWrite() times one wait across its tries
    bool m_noticeGiven = false;
};

/// RAII write transaction: rolls back unless commit() succeeded.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)
public:
    explicit WriteTransaction(Database &db, QString *error);
    ~WriteTransaction();
    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit(QString *error);

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace steward
