// ChangeWatcher: commits made through another connection to the same inventory are
// noticed (SQLite: PRAGMA data_version; PostgreSQL: LISTEN/NOTIFY); the watcher's own
// connection's are not.

#include "ChangeWatcher.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace steward;

class TestChangeWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void otherConnectionsCommitsAreNoticed();
    void ownCommitsAreNot();
    void rolledBackWritesAreNot();
    void noticedByItself();
    void heldDuringOwnWrite();
    void aCommitUnderWayIsNotWaitedFor();

private:
    bool rename(Store &store, const QString &from, const QString &to);
    /// Whether the watcher reports another commit: SQLite's is seen by the next poll;
    /// PostgreSQL's notification arrives through the event loop (waited for up to 10 s,
    /// returning as soon as it comes).
    bool noticed(ChangeWatcher &watcher, QSignalSpy &spy);
    /// Whether the watcher reports nothing: SQLite's poll finds nothing; on PostgreSQL
    /// no notification comes within a second (a wait that only proves an absence).
    bool quiet(ChangeWatcher &watcher, QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Store> m_myStore;
    std::unique_ptr<Database> m_theirs;
    std::unique_ptr<Store> m_theirStore;
};

void TestChangeWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    {
        Database db;
        QVERIFY2(db.create(m_path), qPrintable(db.errorString()));
        Store store(db);
        QString error;
        QVERIFY2(ExampleInventory::populate(store, &error), qPrintable(error));
    }
    m_mine = std::make_unique<Database>();
    QVERIFY2(m_mine->open(m_path), qPrintable(m_mine->errorString()));
    m_myStore = std::make_unique<Store>(*m_mine);
    m_theirs = std::make_unique<Database>();
    QVERIFY2(m_theirs->open(m_path), qPrintable(m_theirs->errorString()));
    m_theirStore = std::make_unique<Store>(*m_theirs);
}

void TestChangeWatcher::cleanup()
{
    m_theirStore.reset();
    m_theirs.reset();
    m_myStore.reset();
    m_mine.reset();
    m_dir.reset();
}

bool TestChangeWatcher::rename(Store &store, const QString &from, const QString &to)
{
    const QVector<Item> found = test::must(store.findItemsByName(from, test::readError()));
    if (found.size() != 1)
        return false;
    Item item = found.first();
    item.name = to;
    return store.updateItem(item, nullptr);
}

bool TestChangeWatcher::noticed(ChangeWatcher &watcher, QSignalSpy &spy)
{
    if (!m_mine->isServer())
        return watcher.poll();
    const qsizetype before = spy.count();
    return spy.wait(10000) || spy.count() > before;
}

bool TestChangeWatcher::quiet(ChangeWatcher &watcher, QSignalSpy &spy)
{
    if (!m_mine->isServer())
        return !watcher.poll();
    const qsizetype before = spy.count();
    return !spy.wait(1000) && spy.count() == before;
}

void TestChangeWatcher::otherConnectionsCommitsAreNoticed()
{
    ChangeWatcher watcher(*m_myStore);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);
    watcher.start();
    QVERIFY(quiet(watcher, spy));
    QVERIFY(rename(*m_theirStore, QStringLiteral("PyPI"), QStringLiteral("pypi.org")));
    QVERIFY(noticed(watcher, spy));
    QCOMPARE(spy.count(), 1);
    // Seen once: no second signal without a new commit.
    QVERIFY(quiet(watcher, spy));
    QCOMPARE(spy.count(), 1);
    // What the other connection committed is what this one now reads.
    QCOMPARE(test::must(m_myStore->findItemsByName(QStringLiteral("pypi.org"), test::readError())).size(), 1);
}

void TestChangeWatcher::ownCommitsAreNot()
{
    ChangeWatcher watcher(*m_myStore);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);
    watcher.start();
    QVERIFY(rename(*m_myStore, QStringLiteral("PyPI"), QStringLiteral("pypi.org")));
    QVERIFY(quiet(watcher, spy));
    QCOMPARE(spy.count(), 0);
}

void TestChangeWatcher::rolledBackWritesAreNot()
{
    ChangeWatcher watcher(*m_myStore);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);
    watcher.start();
    QString error;
    QVERIFY(!m_theirStore->write(
        [&](QString *err) {
            if (!rename(*m_theirStore, QStringLiteral("PyPI"), QStringLiteral("pypi.org")))
                return false;
            *err = QStringLiteral("changed my mind");
            return false;
        },
        &error));
    QVERIFY(quiet(watcher, spy));
    QCOMPARE(spy.count(), 0);
}

void TestChangeWatcher::noticedByItself()
{
    // Without a call to poll(): the watcher's timer (SQLite) or the server's
    // notification (PostgreSQL) reports it. How soon is steward-bench's to measure;
    // the wait returns as soon as it comes.
    ChangeWatcher watcher(*m_myStore);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);
    watcher.start();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(rename(*m_theirStore, QStringLiteral("Fastly"), QStringLiteral("Fastly CDN")));
    QVERIFY(spy.wait(20000));
    qInfo("noticed after %lld ms", timer.elapsed());
}

void TestChangeWatcher::heldDuringOwnWrite()
{
    ChangeWatcher watcher(*m_myStore);
    watcher.setInterval(50);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);
    watcher.start();
    QVERIFY(rename(*m_theirStore, QStringLiteral("PyPI"), QStringLiteral("pypi.org")));
    // The change is seen while this connection is in a write of its own (the timer
    // fires, a notification arrives): nothing is reported until the write ends.
    QString error;
    QVERIFY2(m_myStore->write(
                 [&](QString *err) {
                     // A wait that proves an absence (nothing is reported during the
                     // write), not a synchronisation: the timer fires about six times
                     // meanwhile, and a notification would arrive.
                     QTest::qWait(300);
                     if (spy.count() != 0)
                         *err = QStringLiteral("reported during the write");
                     return spy.count() == 0;
                 },
                 &error),
             qPrintable(error));
    QVERIFY(spy.count() == 1 || spy.wait(10000));
    QCOMPARE(spy.count(), 1);
}

void TestChangeWatcher::aCommitUnderWayIsNotWaitedFor()
{
    // The watcher polls on the GUI thread: while another connection holds the file for
    // its commit (an import's worker, another process), the poll must not wait for it.
    // The other connection, on a thread of its own, holds the file until the poll has
    // returned, or for 3 s at most: a poll that waited for the lock (5 s of busy
    // timeout) would get it when that commit is made, see the change and say so. So
    // the check is what the poll returns, not how long it took.
    ChangeWatcher watcher(*m_myStore);
    QSignalSpy spy(&watcher, &ChangeWatcher::externalChange);
    watcher.start();
    QVERIFY(quiet(watcher, spy));
    const bool server = m_mine->isServer();
    std::atomic<bool> holding{false}, polled{false};
    QString otherError; // written by the other thread before it says it holds, or after the poll
    std::thread other([&] {
        test::RawConnection connection(m_path);
        QString error;
        const bool held =
            connection.isOpen() &&
            connection.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN EXCLUSIVE"), &error) &&
            connection.exec(QStringLiteral("UPDATE item SET notes = 'written elsewhere' WHERE name = 'PyPI'"),
                            &error) &&
            (!server || connection.exec(QStringLiteral("NOTIFY steward_changed"), &error));
        if (!held) {
            otherError = connection.isOpen() ? error : connection.errorString();
            holding = true; // nothing to wait for: the test fails on otherError
            return;
        }
        holding = true;
        QElapsedTimer since;
        since.start();
        while (!polled && since.elapsed() < 3000)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if (!connection.exec(QStringLiteral("COMMIT"), &error))
            otherError = error;
    });
    const auto joinOther = qScopeGuard([&] {
        polled = true;
        if (other.joinable())
            other.join();
    });
    QTRY_VERIFY_WITH_TIMEOUT(holding, 10000);
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    const bool sawIt = watcher.poll();
    polled = true;
    QVERIFY2(!sawIt, "the poll waited for the other connection's commit");
    other.join();
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    QVERIFY(noticed(watcher, spy));
    QCOMPARE(test::must(m_myStore->findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0).notes,
             QStringLiteral("written elsewhere"));
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
