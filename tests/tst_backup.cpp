// Backups (issue 19): "steward backup" and Backup make a consistent copy while another
// process writes, of a file or of a server's inventory (tst_backup_pg); the daily ones
// are pruned to the newest N; a restore is a copy back, undone by restoring the backup
// taken just before it.

#include "Backup.h"
#include "Database.h"
#include "InventoryCopy.h"
#include "Store.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backupIsTheWholeInventory();
    void backupWhileAnotherProcessWrites();
    void commandLine();
    void existingFileIsNeverReplaced();
    void pruneKeepsTheNewestDaily();
    void listSaysWhatEachIs();
    void restoreRoundTrip();

private:
    int run(const QStringList &arguments, QString *out, QString *err);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_inventory; // on the backend under test
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_inventory = test::scratchInventory(*m_dir, QStringLiteral("inventory"));
    QString error;
    QVERIFY2(test::createExample(m_inventory, &error), qPrintable(error));
}

void TestBackup::cleanup()
{
    QDir(Backup::folderFor(m_inventory)).removeRecursively();
    m_dir.reset();
}

int TestBackup::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(STEWARD_BINARY), arguments);
    p.waitForFinished(60000);
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestBackup::backupIsTheWholeInventory()
{
    Database db;
    QVERIFY2(db.open(m_inventory, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    const QString path = m_dir->filePath(QStringLiteral("out/backup.sqlite"));
    QString error;
    QVERIFY2(Backup::make(db, path, &error), qPrintable(error));
    QCOMPARE(test::dumpInventory(path), test::dumpInventory(m_inventory));
    Database backup;
    QVERIFY2(backup.open(path), qPrintable(backup.errorString()));
    QCOMPARE(backup.check(), QStringList());
    // Nothing but the backup in its folder: the temporary file was renamed.
    QCOMPARE(test::folderEntries(m_dir->filePath(QStringLiteral("out"))), QStringList{QStringLiteral("backup.sqlite")});
}

void TestBackup::backupWhileAnotherProcessWrites()
{
    // Another process adds link types k1, k2, ... one commit each. Every backup taken
    // meanwhile opens, passes the check, and holds k1..kM for some M: a moment between
    // two commits, never half of one.
    if (test::backend() != Backend::SQLite)
        QSKIP("the file's own online copy; the server's is a repeatable-read transaction (copy)");
    QProcess writer;
    writer.start(
        QStringLiteral("/bin/bash"),
        {QStringLiteral("-c"),
         QStringLiteral("for i in $(seq 1 400); do \"$0\" link-type k$i --db \"$1\" >/dev/null || exit 1; done"),
         QStringLiteral(STEWARD_BINARY), m_inventory});
    QVERIFY(writer.waitForStarted());
    QSet<int> seen;
    int taken = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 4000 && writer.state() == QProcess::Running) {
        const QString path = m_dir->filePath(QStringLiteral("backups/%1.sqlite").arg(taken++));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(m_inventory, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
            QVERIFY2(Backup::make(db, path, &error), qPrintable(error));
        }
        Database backup;
        QVERIFY2(backup.open(path, Database::OpenMode::ReadOnly), qPrintable(backup.errorString()));
        QCOMPARE(backup.check(), QStringList());
        QSqlQuery q(backup.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM link_type WHERE key GLOB 'k[0-9]*'")));
        QSet<int> keys;
        while (q.next())
            keys.insert(q.value(0).toString().mid(1).toInt());
        for (int k = 1; k <= int(keys.size()); ++k)
            QVERIFY2(keys.contains(k), qPrintable(QStringLiteral("k%1 missing of %2").arg(k).arg(keys.size())));
        seen.insert(int(keys.size()));
        QTest::qWait(20);
    }
    writer.kill();
    writer.waitForFinished();
    qInfo("%d backups, %lld different moments", taken, qint64(seen.size()));
    QVERIFY(seen.size() >= 2);
}

void TestBackup::commandLine()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), m_inventory}, &out, &err), 0);
    const QVector<Backup::Entry> made = Backup::list(m_inventory, true);
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().kind, Backup::Kind::Manual);
    QVERIFY2(out.contains(QDir::toNativeSeparators(made.first().path)), qPrintable(out + err));
    QCOMPARE(test::dumpInventory(made.first().path), test::dumpInventory(m_inventory));
    // -o FILE; never over an existing file.
    const QString named = m_dir->filePath(QStringLiteral("named.sqlite"));
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("--db"), m_inventory, QStringLiteral("-o"), named}, &out, &err),
        0);
    QCOMPARE(test::dumpInventory(named), test::dumpInventory(m_inventory));
    QCOMPARE(
        run({QStringLiteral("backup"), QStringLiteral("--db"), m_inventory, QStringLiteral("-o"), named}, &out, &err),
        1);
    QVERIFY2(err.contains(QLatin1String("already exists")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("extra"), QStringLiteral("--db"), m_inventory}, &out, &err),
             2);
    if (test::backend() == Backend::SQLite) {
        // A file one may only read is backed up all the same.
        QVERIFY(QFile::setPermissions(m_inventory, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QString fromReadOnly = m_dir->filePath(QStringLiteral("readonly-backup.sqlite"));
        QCOMPARE(
            run({QStringLiteral("backup"), QStringLiteral("--db"), m_inventory, QStringLiteral("-o"), fromReadOnly},
                &out, &err),
            0);
        QCOMPARE(test::dumpInventory(fromReadOnly), test::dumpInventory(m_inventory));
    }
}

void TestBackup::existingFileIsNeverReplaced()
{
    const QString path = m_dir->filePath(QStringLiteral("taken.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    const test::FileSnapshot before = test::FileSnapshot::of(path);
    Database db;
    QVERIFY2(db.open(m_inventory, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QString error;
    QVERIFY(!Backup::make(db, path, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(test::FileSnapshot::of(path), before);
    QCOMPARE(test::folderEntries(m_dir->path()).filter(QStringLiteral(".partial-")), QStringList());
}

void TestBackup::pruneKeepsTheNewestDaily()
{
    Database db;
    QVERIFY2(db.open(m_inventory, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    const QDate today = QDate::currentDate();
    QString error;
    for (int d = 0; d < 10; ++d)
        QVERIFY2(Backup::make(db, Backup::dailyPath(m_inventory, today.addDays(-d)), &error), qPrintable(error));
    const QString manual =
        Backup::timedPath(m_inventory, QDateTime::currentDateTime().addDays(-30), Backup::Kind::Manual);
    const QString before =
        Backup::timedPath(m_inventory, QDateTime::currentDateTime().addDays(-30), Backup::Kind::BeforeRestore);
    QVERIFY2(Backup::make(db, manual, &error), qPrintable(error));
    QVERIFY2(Backup::make(db, before, &error), qPrintable(error));

    const QStringList removed = Backup::prune(m_inventory, 7, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(removed.size(), 3);
    for (int d = 0; d < 10; ++d)
        QCOMPARE(QFile::exists(Backup::dailyPath(m_inventory, today.addDays(-d))), d < 7);
    // Only daily backups go.
    QVERIFY(QFile::exists(manual));
    QVERIFY(QFile::exists(before));
    QCOMPARE(Backup::prune(m_inventory, 7, &error), QStringList());
}

void TestBackup::listSaysWhatEachIs()
{
    Database db;
    QVERIFY2(db.open(m_inventory, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QString error;
    const QString daily = Backup::dailyPath(m_inventory, QDate::currentDate());
    QVERIFY2(Backup::make(db, daily, &error), qPrintable(error));
    const QString before = Backup::timedPath(m_inventory, QDateTime::currentDateTime(), Backup::Kind::BeforeRestore);
    QVERIFY2(Backup::make(db, before, &error), qPrintable(error));
    // Not a backup of this inventory: not listed.
    QFile other(Backup::folderFor(m_inventory) + QStringLiteral("/notes.sqlite"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    const QVector<Backup::Entry> entries = Backup::list(m_inventory, true);
    QCOMPARE(entries.size(), 2);
    QSqlQuery count(db.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM item")) && count.next());
    const qint64 items = count.value(0).toLongLong();
    for (const Backup::Entry &e : entries) {
        QCOMPARE(e.kind, e.path == daily ? Backup::Kind::Daily : Backup::Kind::BeforeRestore);
        QCOMPARE(e.items, items);
        QVERIFY(e.contacts > 0);
        QVERIFY(e.size > 0);
    }
}

void TestBackup::restoreRoundTrip()
{
    const QString backup = m_dir->filePath(QStringLiteral("saved.sqlite"));
    QString error;
    {
        Database db;
        QVERIFY2(db.open(m_inventory, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
        QVERIFY2(Backup::make(db, backup, &error), qPrintable(error));
    }
    const QStringList saved = test::dumpInventory(m_inventory);
    {
        Database db;
        QVERIFY2(db.open(m_inventory), qPrintable(db.errorString()));
        Store store(db);
        Item docs = test::must(store.findItemsByName(QStringLiteral("docs.python.org"), test::readError())).value(0);
        docs.notes = QStringLiteral("changed after the backup");
        QVERIFY2(store.updateItem(docs, &error), qPrintable(error));
    }
    const QStringList changed = test::dumpInventory(m_inventory);
    QVERIFY(changed != saved);

    QString beforeRestore;
    QVERIFY2(Backup::restore(m_inventory, backup, &beforeRestore, &error), qPrintable(error));
    QCOMPARE(test::dumpInventory(m_inventory), saved);
    QVERIFY(QFile::exists(beforeRestore));
    QCOMPARE(test::dumpInventory(beforeRestore), changed);
    QCOMPARE(Backup::list(m_inventory, false).value(0).kind, Backup::Kind::BeforeRestore);
    // Undone by restoring the backup taken before it.
    QString second;
    QVERIFY2(Backup::restore(m_inventory, beforeRestore, &second, &error), qPrintable(error));
    QCOMPARE(test::dumpInventory(m_inventory), changed);
    QVERIFY(second != beforeRestore);
    QCOMPARE(test::dumpInventory(second), saved);
    Database db;
    QVERIFY2(db.open(m_inventory), qPrintable(db.errorString()));
    QCOMPARE(db.check(), QStringList());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
