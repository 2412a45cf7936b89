// Read-only inventories, interrupted writes and another program's lock, on SQLite.
//
// A read-only file (by its permission bits, or in a folder that cannot be written) opens
// for reading: every command that only reads works, every command that writes says in one
// line that the file is read-only, before doing any work. A write killed half-way leaves a
// "hot" journal: a command that only reads rolls it back when it may write the folder, and
// says what happened when it may not. Another program holding the lock is waited for,
// visibly, for as long as the README says, and never taken for damage.
//
// The test runs itself as the writer that is killed ("tst_readonly halfwrite FILE") and
// runs the steward executable for the commands.

#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace steward;
using steward::test::FileSnapshot;
using steward::test::InventorySnapshot;

namespace {

struct Result
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

constexpr QFileDevice::Permissions ReadOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions ReadOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
constexpr QFileDevice::Permissions WritableFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// The writer that is killed: begins a write, changes rows until SQLite has written its
/// journal and (a small page cache) some changed pages into the file itself, says
/// "ready" and waits to be killed.
int halfWrite(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 1;
    const char *steps[] = {"PRAGMA cache_size = 10", "BEGIN IMMEDIATE",
                           "UPDATE item SET description = 'half-written' || id, notes = hex(randomblob(2000))",
                           "DELETE FROM assignment",
                           "UPDATE contact SET name = 'half-written ' || id, name_key = 'half-written ' || id"};
    for (const char *sql : steps) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
            return 1;
        }
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;)
        ::pause();
}

/// A plain connection of the test's own, as another program would hold one.
struct OtherProgram
{
    sqlite3 *db = nullptr;
    explicit OtherProgram(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~OtherProgram() { sqlite3_close_v2(db); }
    int exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
};

} // namespace

class TestReadOnly final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A new example inventory at @p name in the test's folder.
    QString example(const QString &name = QStringLiteral("psf.sqlite"));
    /// An example inventory with a hot journal: a writer was killed half-way through a
    /// write. @p rows, when given, gets what the inventory held before the write began.
    QString interruptedWrite(QStringList *rows = nullptr);
    Result run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QProcessEnvironment environment(const QProcessEnvironment &extra = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_runtimeDir;

private Q_SLOTS:
    void init();
    void cleanup();

    void readOnlyFileOpensForReading();
    void readOnlyFolderOpensForReading();
    void readOnlyOldSchemaIsRefusedPlainly();
    void readCommandsWorkOnAReadOnlyFile_data();
    void readCommandsWorkOnAReadOnlyFile();
    void writeCommandsRefuseAReadOnlyFile_data();
    void writeCommandsRefuseAReadOnlyFile();
    void initRefusesAReadOnlyFolder();

    void hotJournalIsRolledBackByAReader_data();
    void hotJournalIsRolledBackByAReader();
    void hotJournalThatCannotBeRolledBackIsNamed_data();
    void hotJournalThatCannotBeRolledBackIsNamed();

    void lockedFileIsBusyNotDamaged_data();
    void lockedFileIsBusyNotDamaged();
    void lockReleasedWhileWaiting_data();
    void lockReleasedWhileWaiting();

    void databaseWaitNotice();
    void badLockWaitIsSaid();
};

void TestReadOnly::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReadOnly::cleanup()
{
    // A test that made the folder read-only gives it back, so that it can be removed.
    QFile::setPermissions(m_dir->path(), WritableFolder);
    m_dir.reset();
}

QString TestReadOnly::example(const QString &name)
{
    const QString file = path(name);
    Database db;
    if (!db.create(file)) {
        qWarning("create: %s", qPrintable(db.errorString()));
        return {};
    }
    Store store(db);
    QString error;
    if (!ExampleInventory::populate(store, &error)) {
        qWarning("populate: %s", qPrintable(error));
        return {};
    }
    return file;
}

QString TestReadOnly::interruptedWrite(QStringList *rows)
{
    const QString file = example();
    if (file.isEmpty())
        return {};
    if (rows)
        *rows = test::dumpInventory(file);
    const QByteArray before = FileSnapshot::of(file).bytes;
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("halfwrite"), file});
    if (!writer.waitForStarted(10000))
        return {};
    QElapsedTimer timer;
    timer.start();
    QByteArray said;
    while (!said.contains("ready\n") && writer.state() == QProcess::Running && timer.elapsed() < 30000) {
        writer.waitForReadyRead(1000);
        said += writer.readAllStandardOutput();
    }
    if (!said.contains("ready\n")) {
        qWarning("the writer did not get ready: %s", writer.readAllStandardError().constData());
        writer.kill();
        writer.waitForFinished();
        return {};
    }
    writer.kill(); // SIGKILL, mid-write
    writer.waitForFinished();
    // For real: changed pages reached the file itself, so only the journal can undo them.
    if (FileSnapshot::of(file).bytes == before) {
        qWarning("the killed writer changed nothing in %s", qPrintable(file));
        return {};
    }
    return file;
}

QProcessEnvironment TestReadOnly::environment(const QProcessEnvironment &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.remove(QStringLiteral("STEWARD_LOCK_WAIT"));
    env.insert(extra);
    return env;
}

Result TestReadOnly::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.setWorkingDirectory(QDir::tempPath());
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start: ") + process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// ---------------------------------------------------------------- read-only files

void TestReadOnly::readOnlyFileOpensForReading()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::setPermissions(file, ReadOnlyFile));
    const FileSnapshot before = FileSnapshot::of(file);
    const QStringList entries = test::folderEntries(m_dir->path());
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        const QString reason = db.readOnlyReason();
        QVERIFY2(reason.contains(QDir::toNativeSeparators(file)), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("read-only")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("cannot be saved")), qPrintable(reason));
        Store store(db);
        QCOMPARE(test::must(store.countItems(ItemKind::Organisation, test::readError())), 1);
        // A write is refused with the reason, before SQLite is asked.
        Item provider;
        provider.kind = ItemKind::Provider;
        provider.name = QStringLiteral("Nope");
        provider.parentId = test::must(store.organisationId(test::readError()));
        QString error;
        QVERIFY(!store.createItem(provider, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
    QVERIFY(FileSnapshot::of(file) == before);
    QCOMPARE(test::folderEntries(m_dir->path()), entries);

    // Asked for reading only, a read-only file says nothing more: the user chose it.
    Database asked;
    QVERIFY2(asked.open(file, Database::OpenMode::ReadOnly), qPrintable(asked.errorString()));
    QVERIFY(asked.isReadOnly());
    QCOMPARE(asked.readOnlyReason(), QString());
}

void TestReadOnly::readOnlyFolderOpensForReading()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const FileSnapshot before = FileSnapshot::of(file);
    QVERIFY(QFile::setPermissions(m_dir->path(), ReadOnlyFolder));
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        const QString reason = db.readOnlyReason();
        QVERIFY2(reason.contains(QDir::toNativeSeparators(file)), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("folder")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("cannot be saved")), qPrintable(reason));
        Store store(db);
        QCOMPARE(test::must(store.countItems(ItemKind::Organisation, test::readError())), 1);
        QString error;
        QVERIFY(!db.beginWrite(&error));
        QCOMPARE(error, reason);
    }
    QVERIFY(FileSnapshot::of(file) == before);
}

void TestReadOnly::readOnlyOldSchemaIsRefusedPlainly()
{
    // A file of an older release needs an upgrade, which is a write: a read-only one
    // cannot be opened at all, and the message says why and what would help.
    const QString file = path(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(STEWARD_TEST_DATA_DIR "/release/example-schema5.sqlite"), file));
    QVERIFY(QFile::setPermissions(file, ReadOnlyFile));
    const FileSnapshot before = FileSnapshot::of(file);
    Database db;
    QVERIFY(!db.open(file));
    const QString message = db.errorString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("older schema (5)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("may write")), qPrintable(message));
    QVERIFY(FileSnapshot::of(file) == before);

    const Result r = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("steward: %1\n").arg(message));
    QVERIFY(FileSnapshot::of(file) == before);
}

void TestReadOnly::readCommandsWorkOnAReadOnlyFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // a fragment of standard output
    QTest::addColumn<bool>("folder");      // the folder is read-only, not the file

    const QList<QPair<QStringList, QString>> commands = {
        {{QStringLiteral("contact"), QStringLiteral("PyPI")}, QStringLiteral("Ernest W. Durbin III")},
        {{QStringLiteral("export"), QStringLiteral("services")}, QStringLiteral("docs.python.org")},
        {{QStringLiteral("search"), QStringLiteral("docs")}, QStringLiteral("docs.python.org")},
        {{QStringLiteral("impact"), QStringLiteral("Rackspace VM for docs.python.org")},
         QStringLiteral("docs.python.org")},
        {{QStringLiteral("check")}, QStringLiteral(": ok")},
        {{QStringLiteral("history")}, QStringLiteral("Assigned")},
        {{QStringLiteral("statuses")}, QStringLiteral("active")},
        {{QStringLiteral("link-types")}, QStringLiteral("fronted")},
        {{QStringLiteral("map"), QStringLiteral("-o"), QStringLiteral("@OUT@/map.svg")}, QString()},
        {{QStringLiteral("import"), QStringLiteral("@OUT@/services.csv"), QStringLiteral("--dry-run")},
         QStringLiteral("nothing written")},
        {{QStringLiteral("copy"), QStringLiteral("--to"), QStringLiteral("@OUT@/copy.sqlite")},
         QStringLiteral("Copied")},
    };
    for (bool folder : {false, true}) {
        for (const auto &command : commands) {
            QTest::addRow("%s, %s", qPrintable(command.first.first()), folder ? "read-only folder" : "read-only file")
                << command.first << command.second << folder;
        }
    }
}

void TestReadOnly::readCommandsWorkOnAReadOnlyFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(bool, folder);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("inventory")));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("out")));
    const QString file = example(QStringLiteral("inventory/psf.sqlite"));
    QVERIFY(!file.isEmpty());
    // What import reads: the inventory's own services, as export writes them.
    const Result exported = run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file,
                                 QStringLiteral("-o"), path(QStringLiteral("out/services.csv"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    if (folder)
        QVERIFY(QFile::setPermissions(path(QStringLiteral("inventory")), ReadOnlyFolder));
    else
        QVERIFY(QFile::setPermissions(file, ReadOnlyFile));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(path(QStringLiteral("inventory")), WritableFolder); });
    const InventorySnapshot before = InventorySnapshot::of(file);
    QVERIFY2(before.error.isEmpty() && before.exists, qPrintable(before.error));
    const QStringList entries = test::folderEntries(path(QStringLiteral("inventory")));

    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("@OUT@"), path(QStringLiteral("out")));
        argument.replace(QStringLiteral("@DATA@"), QStringLiteral(STEWARD_TEST_DATA_DIR));
    }
    const QString db = arguments.first() == QLatin1String("copy") ? QStringLiteral("--from") : QStringLiteral("--db");
    const Result r = run(arguments + QStringList{db, file});
    QVERIFY(!r.crashed);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(!r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    QCOMPARE(InventorySnapshot::of(file).differenceFrom(before), QString());
    QCOMPARE(test::folderEntries(path(QStringLiteral("inventory"))), entries);
}

void TestReadOnly::writeCommandsRefuseAReadOnlyFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("folder"); // the folder is read-only, not the file

    const QList<QStringList> commands = {
        {QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Alex Gaynor"), QStringLiteral("--role"),
         QStringLiteral("sponsor")},
        {QStringLiteral("unassign"), QStringLiteral("PyPI"), QStringLiteral("Ernest W. Durbin III")},
        {QStringLiteral("import"), QStringLiteral("@OUT@/services.csv")},
        {QStringLiteral("link"), QStringLiteral("PyPI"), QStringLiteral("docs.python.org"), QStringLiteral("--type"),
         QStringLiteral("depends on")},
        {QStringLiteral("unlink"), QStringLiteral("PyPI"), QStringLiteral("Fastly")},
        {QStringLiteral("status"), QStringLiteral("frozen"), QStringLiteral("--category"), QStringLiteral("degraded")},
        {QStringLiteral("link-type"), QStringLiteral("replicates_to")},
        {QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("@OUT@/source.sqlite"),
         QStringLiteral("--replace")},
    };
    for (bool folder : {false, true}) {
        for (const QStringList &command : commands) {
            QTest::addRow("%s, %s", qPrintable(command.first()), folder ? "read-only folder" : "read-only file")
                << command << folder;
        }
    }
}

void TestReadOnly::writeCommandsRefuseAReadOnlyFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, folder);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("inventory")));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("out")));
    const QString file = example(QStringLiteral("inventory/psf.sqlite"));
    QVERIFY(!file.isEmpty());
    QVERIFY(!example(QStringLiteral("out/source.sqlite")).isEmpty());
    // What import reads: the inventory's own services, as export writes them.
    const Result exported = run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file,
                                 QStringLiteral("-o"), path(QStringLiteral("out/services.csv"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    if (folder)
        QVERIFY(QFile::setPermissions(path(QStringLiteral("inventory")), ReadOnlyFolder));
    else
        QVERIFY(QFile::setPermissions(file, ReadOnlyFile));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(path(QStringLiteral("inventory")), WritableFolder); });
    const InventorySnapshot before = InventorySnapshot::of(file);
    QVERIFY2(before.error.isEmpty() && before.exists, qPrintable(before.error));
    const QStringList entries = test::folderEntries(path(QStringLiteral("inventory")));

    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("@OUT@"), path(QStringLiteral("out")));
        argument.replace(QStringLiteral("@DATA@"), QStringLiteral(STEWARD_TEST_DATA_DIR));
    }
    const QString db = arguments.first() == QLatin1String("copy") ? QStringLiteral("--to") : QStringLiteral("--db");
    const Result r = run(arguments + QStringList{db, file});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    // One line, naming the file, saying it is read-only; nothing else was attempted.
    QVERIFY2(r.err.startsWith(QStringLiteral("steward: ")) && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(file)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("cannot be saved")), qPrintable(r.err));
    QCOMPARE(InventorySnapshot::of(file).differenceFrom(before), QString());
    QCOMPARE(test::folderEntries(path(QStringLiteral("inventory"))), entries);
}

void TestReadOnly::initRefusesAReadOnlyFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("inventory")));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("inventory")), ReadOnlyFolder));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(path(QStringLiteral("inventory")), WritableFolder); });
    const QString file = path(QStringLiteral("inventory/new.sqlite"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init"), file},
          QStringList{QStringLiteral("copy"), QStringLiteral("--from"), example(QStringLiteral("source.sqlite")),
                      QStringLiteral("--to"), file}}) {
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("steward: ")) && r.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(file)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QCOMPARE(test::folderEntries(path(QStringLiteral("inventory"))), QStringList());
    }
}

// ---------------------------------------------------------------- interrupted writes

void TestReadOnly::hotJournalIsRolledBackByAReader_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // a fragment of standard output
    QTest::newRow("check") << QStringList{QStringLiteral("check")} << QStringLiteral(": ok");
    QTest::newRow("history") << QStringList{QStringLiteral("history"), QStringLiteral("PyPI")}
                             << QStringLiteral("PyPI");
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("docs")}
                            << QStringLiteral("docs.python.org");
    QTest::newRow("contact") << QStringList{QStringLiteral("contact"), QStringLiteral("PyPI")}
                             << QStringLiteral("Ernest W. Durbin III [person] maintainer");
}

void TestReadOnly::hotJournalIsRolledBackByAReader()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QStringList before;
    const QString file = interruptedWrite(&before);
    QVERIFY(!file.isEmpty());
    QVERIFY(before.size() > 50);
    const QString journal = file + QStringLiteral("-journal");
    QVERIFY2(QFileInfo(journal).size() > 0, "the killed writer left no journal");
    {
        // It is hot: a read-only connection cannot read the file until it is rolled back.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(file.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_extended_result_codes(raw, 1);
        const int rc = sqlite3_exec(raw, "SELECT count(*) FROM item", nullptr, nullptr, nullptr);
        sqlite3_close_v2(raw);
        QCOMPARE(rc, SQLITE_READONLY_ROLLBACK);
    }

    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
    QVERIFY(!r.crashed);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("half-written")), qPrintable(r.out));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(journal));
    // The inventory is as it was before the write began.
    QCOMPARE(test::dumpInventory(file), before);
    Database db;
    QVERIFY2(db.open(file, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QCOMPARE(db.check(), QStringList());
}

void TestReadOnly::hotJournalThatCannotBeRolledBackIsNamed_data()
{
    QTest::addColumn<bool>("folder"); // the folder is read-only, not the file
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestReadOnly::hotJournalThatCannotBeRolledBackIsNamed()
{
    QFETCH(bool, folder);
    const QString file = interruptedWrite();
    QVERIFY(!file.isEmpty());
    const QString journal = file + QStringLiteral("-journal");
    QVERIFY(QFileInfo(journal).size() > 0);
    if (folder)
        QVERIFY(QFile::setPermissions(m_dir->path(), ReadOnlyFolder));
    else
        QVERIFY(QFile::setPermissions(file, ReadOnlyFile));
    const FileSnapshot fileBefore = FileSnapshot::of(file);
    const FileSnapshot journalBefore = FileSnapshot::of(journal);

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("contact"), QStringLiteral("PyPI")},
          QStringList{QStringLiteral("search"), QStringLiteral("docs")}}) {
        const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("interrupted write")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(journal)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("may write")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("attempt to write")), qPrintable(r.err));
        QVERIFY(FileSnapshot::of(file) == fileBefore);
        QVERIFY(FileSnapshot::of(journal) == journalBefore);
    }
}

// ---------------------------------------------------------------- another program's lock

void TestReadOnly::lockedFileIsBusyNotDamaged_data()
{
    // EXCLUSIVE: the other program is committing, nobody may read; IMMEDIATE: it is
    // writing, others may read but not write.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("lock");
    const QStringList assign{QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Alex Gaynor"),
                             QStringLiteral("--role"), QStringLiteral("sponsor")};
    QTest::newRow("contact (reads)") << QStringList{QStringLiteral("contact"), QStringLiteral("PyPI")}
                                     << QByteArray("BEGIN EXCLUSIVE");
    QTest::newRow("check (reads)") << QStringList{QStringLiteral("check")} << QByteArray("BEGIN EXCLUSIVE");
    QTest::newRow("assign (writes, exclusive)") << assign << QByteArray("BEGIN EXCLUSIVE");
    QTest::newRow("assign (writes, immediate)") << assign << QByteArray("BEGIN IMMEDIATE");
    // Another program reading: the write goes on until its commit, which waits for it.
    QTest::newRow("assign (writes, another reads)") << assign << QByteArray("BEGIN; SELECT count(*) FROM item");
}

void TestReadOnly::lockedFileIsBusyNotDamaged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, lock);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = test::dumpInventory(file);
    OtherProgram other(file);
    QCOMPARE(other.exec(lock.constData()), SQLITE_OK);

    QProcessEnvironment wait;
    wait.insert(QStringLiteral("STEWARD_LOCK_WAIT"), QStringLiteral("3"));
    QElapsedTimer timer;
    timer.start();
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file}, wait);
    const qint64 took = timer.elapsed();
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    const QString native = QDir::toNativeSeparators(file);
    // Once, after about a second: what it waits for.
    QCOMPARE(r.err.count(QStringLiteral("waiting for another program's write to %1…").arg(native)), 1);
    // And when it stops waiting: why, and for how long.
    QVERIFY2(r.err.contains(
                 QStringLiteral("%1 is busy: another program has been writing to it for 3 s; try again").arg(native)),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("database is locked")), qPrintable(r.err));
    // Said once, in those words, not wrapped in another sentence.
    QVERIFY2(r.err.count(QStringLiteral("is busy")) == 1, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
    // It waited as long as it was told, not the default.
    QVERIFY2(took >= 3000 && took < 30000, qPrintable(QString::number(took)));

    QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
    QCOMPARE(test::dumpInventory(file), before);
}

void TestReadOnly::lockReleasedWhileWaiting_data()
{
    lockedFileIsBusyNotDamaged_data();
}

void TestReadOnly::lockReleasedWhileWaiting()
{
    // The other program lets go while Steward waits: the command then does its work.
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, lock);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    OtherProgram other(file);
    QCOMPARE(other.exec(lock.constData()), SQLITE_OK);
    auto release = qScopeGuard([&] { other.exec("ROLLBACK"); });

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(STEWARD_BINARY), arguments + QStringList{QStringLiteral("--db"), file});
    QVERIFY(process.waitForStarted(10000));
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains("waiting for another program's write") && timer.elapsed() < 20000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains("waiting for another program's write"), err.constData());
    QVERIFY2(timer.elapsed() >= 500, "the notice came before the wait was a second old");
    release.dismiss();
    QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QCOMPARE(QString::fromUtf8(err).count(QStringLiteral("waiting for another program's write")), 1);
}

void TestReadOnly::badLockWaitIsSaid()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    for (const QString &value : {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("1e9")}) {
        QProcessEnvironment wait;
        wait.insert(QStringLiteral("STEWARD_LOCK_WAIT"), value);
        const Result r = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file}, wait);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("STEWARD_LOCK_WAIT must be a whole number of seconds")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\"%1\"").arg(value)), qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("STEWARD_LOCK_WAIT")), 1);
    }
}

void TestReadOnly::databaseWaitNotice()
{
    // The hook the window uses: the notice is given once per wait, on the waiting thread,
    // and the waits are the ones set.
    const QString file = example();
    QVERIFY(!file.isEmpty());
    OtherProgram other(file);
    QCOMPARE(other.exec("BEGIN EXCLUSIVE"), SQLITE_OK);
    QStringList notices;
    Database db;
    db.setWaitNotice([&](const QString &notice) { notices << notice; });
    db.setLockWaits(1500, 2000);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!db.open(file));
    QVERIFY2(timer.elapsed() >= 1500 && timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().contains(QDir::toNativeSeparators(file)), qPrintable(notices.first()));
    QVERIFY2(db.errorString().contains(QStringLiteral("is busy")), qPrintable(db.errorString()));
    QVERIFY2(!db.errorString().contains(QStringLiteral("damaged")), qPrintable(db.errorString()));

    QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(other.exec("BEGIN EXCLUSIVE"), SQLITE_OK);
    notices.clear();
    timer.restart();
    QString error;
    QVERIFY(!db.beginWrite(&error));
    QVERIFY2(timer.elapsed() >= 2000 && timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(notices.size(), 1);
    QVERIFY2(error.contains(QStringLiteral("is busy: another program has been writing to it for 2 s")),
             qPrintable(error));
    QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
    QVERIFY2(db.beginWrite(&error), qPrintable(error));
    db.rollback();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("halfwrite"))
        return halfWrite(args.value(2));
    TestReadOnly test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readonly.moc"
