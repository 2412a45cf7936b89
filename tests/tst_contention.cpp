// Two processes writing to one inventory file at once: every edit lands, none is
// lost, and "database is locked" never reaches the caller. The test runs itself
// twice more as the writers ("tst_contention hammer FILE TAG N"). And the second,
// read-only connection that the services report scans on (SqliteSnapshotReader):
// it sees what the first connection's transaction sees, and never waits for a lock.

#include "Database.h"
#include "ExampleInventory.h"
#include "SqliteStatement.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace steward;

namespace {

constexpr int EditsPerWriter = 1000;

/// One writer: N new services and N increments of a shared counter, each its own
/// transaction. Prints the first error, if any, and exits 1.
int hammer(const QString &path, const QString &tag, int edits)
{
    Database db;
    if (!db.open(path)) {
        QTextStream(stderr) << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    QString readError;
    const auto org = store.organisationId(&readError);
    const auto counters = org ? store.findItemsByName(QStringLiteral("counter"), &readError) : std::nullopt;
    if (!counters) {
        QTextStream(stderr) << "read: " << readError << Qt::endl;
        return 1;
    }
    if (counters->size() != 1)
        return 1;
    const qint64 counter = counters->first().id;
    for (int i = 0; i < edits; ++i) {
        QString error;
        Item service;
        service.kind = ItemKind::Service;
        service.parentId = *org;
        service.name = QStringLiteral("%1-%2").arg(tag).arg(i);
        if (!store.createItem(service, &error)) {
            QTextStream(stderr) << "create " << i << ": " << error << Qt::endl;
            return 1;
        }
        // Read, add one, write back: inside one write transaction nobody else can
        // interleave, so no increment is lost.
        const bool ok = store.write(
            [&](QString *err) {
                auto item = store.item(counter, err);
                if (!item)
                    return false;
                item->description = QString::number(item->description.toInt() + 1);
                return store.updateItem(*item, err);
            },
            &error);
        if (!ok) {
            QTextStream(stderr) << "increment " << i << ": " << error << Qt::endl;
            return 1;
        }
    }
    return 0;
}

/// A plain connection of the test's own, closed when it goes.
struct Connection
{
    sqlite3 *db = nullptr;
    explicit Connection(const QString &path, int busyMs = 0)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(db, busyMs);
    }
    ~Connection() { sqlite3_close_v2(db); }
    int exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    qint64 count(const char *table) const;
};

qint64 countOn(sqlite3 *db, const char *table)
{
    SqliteStatement q(db, QByteArray("SELECT count(*) FROM ") + table);
    return q.next() ? q.integer(0) : -1;
}

qint64 Connection::count(const char *table) const
{
    return countOn(db, table);
}

/// An example inventory at @p path.
bool makeExample(const QString &path, QString *error)
{
    Database db;
    if (!db.create(path)) {
        *error = db.errorString();
        return false;
    }
    Store store(db);
    return ExampleInventory::populate(store, error);
}

} // namespace

class TestContention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWritersLoseNothing();
    void snapshotReaderSeesTheHoldersInventory();
    void snapshotReaderNeverWaits();
    void snapshotReaderRefusesWal();
    void snapshotReaderRefusesAReplacedFile();
};

void TestContention::twoWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        Database db;
        QVERIFY2(db.create(path), qPrintable(db.errorString()));
        Store store(db);
        QString error;
        QVERIFY2(ExampleInventory::populate(store, &error), qPrintable(error));
        Item counter;
        counter.kind = ItemKind::Service;
        counter.name = QStringLiteral("counter");
        counter.description = QStringLiteral("0");
        const auto org = store.organisationId(&error);
        QVERIFY2(org, qPrintable(error));
        counter.parentId = *org;
        QVERIFY2(store.createItem(counter, &error), qPrintable(error));
    }
    QProcess a, b;
    QElapsedTimer timer;
    timer.start();
    for (auto [process, tag] : {std::pair{&a, "a"}, std::pair{&b, "b"}}) {
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("hammer"), path, QString::fromLatin1(tag), QString::number(EditsPerWriter)});
        QVERIFY(process->waitForStarted());
    }
    QVERIFY(a.waitForFinished(300000));
    QVERIFY(b.waitForFinished(300000));
    const QString errors = QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError());
    QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, qPrintable(errors));
    QVERIFY2(!errors.contains(QStringLiteral("locked")), qPrintable(errors));
    qInfo("2 x %d edits (each a create and an increment) in %lld ms", EditsPerWriter, timer.elapsed());

    Database db;
    QVERIFY(db.open(path));
    Store store(db);
    QString error;
    const auto services = store.countItems(ItemKind::Service, &error);
    QVERIFY2(services, qPrintable(error));
    QCOMPARE(*services, 15 + 1 + 2 * EditsPerWriter);
    for (const auto &[name, description] :
         {std::pair{"counter", 2 * EditsPerWriter}, std::pair{"a-999", -1}, std::pair{"b-999", -1}}) {
        const auto found = store.findItemsByName(QString::fromLatin1(name), &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->size(), 1);
        if (description >= 0)
            QCOMPARE(found->first().description, QString::number(description));
    }
    QVERIFY(db.check().isEmpty());
}

void TestContention::snapshotReaderSeesTheHoldersInventory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    QString error;
    QVERIFY2(makeExample(path, &error), qPrintable(error));
    Connection holder(path), writer(path);
    // Without a read transaction on the first connection there is nothing to share.
    QVERIFY(!SqliteSnapshotReader::open(holder.db, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(holder.exec("BEGIN"), SQLITE_OK);
    QVERIFY(!SqliteSnapshotReader::open(holder.db, &error)); // begun, not read yet
    const qint64 items = holder.count("item");
    QVERIFY(items > 20);

    std::unique_ptr<SqliteSnapshotReader> reader = SqliteSnapshotReader::open(holder.db, &error);
    QVERIFY2(reader, qPrintable(error));
    // Another connection writes and tries to commit: refused while the two read, so
    // both still see the inventory as the holder's transaction began with it.
    QCOMPARE(writer.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    QCOMPARE(writer.exec("UPDATE item SET description = 'changed' WHERE kind = 'service'"), SQLITE_OK);
    QCOMPARE(writer.exec("DELETE FROM assignment"), SQLITE_OK);
    QCOMPARE(writer.exec("COMMIT"), SQLITE_BUSY);
    // The reader reads on a thread of its own, as the report's second lane does; what
    // it saw is checked here, on the test's thread (QtTest's checks are not for others).
    qint64 readerItems = -1, readerAssignments = -1, readerChanged = -1;
    std::thread other([&] {
        readerItems = countOn(reader->handle(), "item");
        readerAssignments = countOn(reader->handle(), "assignment");
        SqliteStatement changed(reader->handle(), "SELECT count(*) FROM item WHERE description = 'changed'");
        if (changed.next())
            readerChanged = changed.integer(0);
    });
    other.join();
    QCOMPARE(readerItems, items);
    QVERIFY(readerAssignments > 0);
    QCOMPARE(readerChanged, 0);
    // It never waits for a lock: its busy timeout is 0 (snapshotReaderNeverWaits).
    {
        SqliteStatement timeout(reader->handle(), "PRAGMA busy_timeout");
        QVERIFY(timeout.next());
        QCOMPARE(timeout.integer(0), 0);
    }
    QCOMPARE(holder.exec("COMMIT"), SQLITE_OK);
    QCOMPARE(writer.exec("COMMIT"), SQLITE_BUSY); // the reader still reads
    // The reader's connection writes nothing, and lets go of its lock when it goes.
    QCOMPARE(sqlite3_db_readonly(reader->handle(), "main"), 1);
    QCOMPARE(sqlite3_exec(reader->handle(), "DELETE FROM item", nullptr, nullptr, nullptr), SQLITE_READONLY);
    reader.reset();
    QCOMPARE(writer.exec("COMMIT"), SQLITE_OK);
    QCOMPARE(holder.count("assignment"), 0);
}

void TestContention::snapshotReaderNeverWaits()
{
    // A writer that wants to commit holds a PENDING lock, which turns away every new
    // reader until it has committed, and it cannot commit while the holder reads: a
    // reader that waited would wait for ever. open() fails at once instead, and the
    // caller reads on the first connection.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    QString error;
    QVERIFY2(makeExample(path, &error), qPrintable(error));
    Connection holder(path);
    QCOMPARE(holder.exec("BEGIN"), SQLITE_OK);
    const qint64 items = holder.count("item");
    int committed = -1;
    // The writer's busy handler says when it waits: it is called once COMMIT holds
    // PENDING and finds the holder's shared lock (BEGIN IMMEDIATE and the DELETE do
    // not wait for a reader). It retries for 20 s at most.
    std::atomic<bool> waiting{false};
    std::thread writer([&] {
        Connection w(path);
        sqlite3_busy_handler(
            w.db,
            [](void *flag, int tries) {
                static_cast<std::atomic<bool> *>(flag)->store(true);
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                return tries < 20000 ? 1 : 0;
            },
            &waiting);
        if (w.exec("BEGIN IMMEDIATE") == SQLITE_OK && w.exec("DELETE FROM item_link") == SQLITE_OK)
            committed = w.exec("COMMIT"); // waits, holding PENDING, for the holder
        else
            waiting = true; // nothing to wait for: committed stays -1 and the test fails
    });
    // Whatever fails below, the holder lets go and the writer is joined (a thread
    // still running when the test returns would end the process).
    const auto joinWriter = qScopeGuard([&] {
        if (writer.joinable()) {
            holder.exec("COMMIT");
            writer.join();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(waiting, 10000);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<SqliteSnapshotReader> reader = SqliteSnapshotReader::open(holder.db, &error);
    const qint64 took = timer.elapsed();
    QVERIFY(!reader);
    // It did not wait for the lock: had it waited (a busy timeout, as Database's 5 s),
    // it would have taken that long, since the writer cannot commit meanwhile. The
    // bound is generous (it was 200 ms; 10x, for a loaded machine) and still well
    // under Database::BusyTimeoutMs; the busy timeout itself is checked to be 0 in
    // snapshotReaderSeesTheHoldersInventory. How fast open() is belongs to steward-bench.
    QVERIFY2(took < 2000, qPrintable(QStringLiteral("open() took %1 ms: %2").arg(took).arg(error)));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    QCOMPARE(holder.count("item"), items); // the holder still reads its own
    QCOMPARE(holder.exec("COMMIT"), SQLITE_OK);
    writer.join();
    QCOMPARE(committed, SQLITE_OK);
    QCOMPARE(holder.count("item_link"), 0);
}

void TestContention::snapshotReaderRefusesWal()
{
    // In WAL mode readers do not hold writers back, so two connections could read two
    // inventories: refused (Steward's own files are never in WAL mode).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    QString error;
    QVERIFY2(makeExample(path, &error), qPrintable(error));
    Connection holder(path);
    {
        SqliteStatement wal(holder.db, "PRAGMA journal_mode = WAL");
        QVERIFY(wal.next());
        QCOMPARE(wal.bytes(0), QByteArrayView("wal"));
    }
    QCOMPARE(holder.exec("BEGIN"), SQLITE_OK);
    QVERIFY(holder.count("item") > 0);
    QVERIFY(!SqliteSnapshotReader::open(holder.db, &error));
    QVERIFY2(error.contains(QStringLiteral("WAL")), qPrintable(error));
    QCOMPARE(holder.exec("COMMIT"), SQLITE_OK);
}

void TestContention::snapshotReaderRefusesAReplacedFile()
{
    // Another inventory copied over the first connection's file (a sync tool, a user):
    // the name now leads elsewhere, and a second connection opened by name would read
    // another inventory. Refused.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    QString error;
    QVERIFY2(makeExample(path, &error), qPrintable(error));
    QVERIFY2(makeExample(other, &error), qPrintable(error));
    Connection holder(path);
    QCOMPARE(holder.exec("BEGIN"), SQLITE_OK);
    QVERIFY(holder.count("item") > 0);
    QVERIFY(SqliteSnapshotReader::open(holder.db, &error)); // the same file: fine
    QCOMPARE(::rename(other.toLocal8Bit().constData(), path.toLocal8Bit().constData()), 0);
    QVERIFY(!SqliteSnapshotReader::open(holder.db, &error));
    QVERIFY2(error.contains(QStringLiteral("moved")), qPrintable(error));
    QCOMPARE(holder.exec("COMMIT"), SQLITE_OK);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("hammer"))
        return hammer(args.value(2), args.value(3), args.value(4).toInt());
    TestContention test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contention.moc"
