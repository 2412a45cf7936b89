// Who may do what with an inventory: PostgreSQL's own roles (a viewer opens read-only,
// a role without privileges is told so plainly, an editor edits but cannot forge or
// remove history), `steward access`, passwords kept off the command line, and which
// servers count as this machine (the TLS warning). The server tests create real roles
// on the test cluster, through its administrator's Unix socket; on SQLite they skip.

#include "Database.h"
#include "Dialect.h"
#include "ServerAccess.h"
#include "Store.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace steward;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The history's time format, as Store writes it (Qt::ISODateWithMs in UTC).
const QRegularExpression kStamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

} // namespace

class TestAccess final : public QObject
{
    Q_OBJECT

private:
    /// Runs the steward executable; @p password goes in PGPASSWORD when given.
    Result run(const QStringList &arguments, const QString &password = QString());
    /// A connection to the test cluster as its administrator (postgres, through the
    /// Unix socket in the cluster's folder) to database @p database.
    bool admin(const QString &database, const QStringList &statements, QString *error);
    /// A new login role with a password; its name is unique in the cluster.
    QString makeRole(const QString &what);
    /// @p location (an address of the test server) with @p role as its user.
    static QString as(const QString &location, const QString &role);
    static QString databaseOf(const QString &location) { return location.section(QLatin1Char('/'), -1); }
    /// A raw connection to @p location as @p role, for the SQL a role could send itself.
    QSqlDatabase raw(const QString &location, const QString &role);
    static QString sqlError(const QSqlQuery &q) { return q.lastError().databaseText(); }
    /// A new example inventory on the test server, owned by the test user.
    QString example(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_passwords; ///< role -> password
    int m_roles = 0;

private Q_SLOTS:
    void init();
    void cleanup();

    void thisMachine_data();
    void thisMachine();
    void passwordOnTheCommandLineIsRefused_data();
    void passwordOnTheCommandLineIsRefused();
    void backupOutputIsAFile();
    void accessIsForPostgreSQL();

    void viewerOpensReadOnly();
    void roleWithoutPrivilegesIsToldPlainly();
    void editorEditsAndCannotForgeHistory();
    void historyRefusesEvenARoleWithEveryGrant();
    void ownersCopyKeepsTheActors();
    void onlyTheOwnerUpgrades();
    void accessListRevokeAndDryRun();
    void localServerHasNoWarning();
};

void TestAccess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccess::cleanup()
{
    m_dir.reset();
}

Result TestAccess::run(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not run: %1").arg(process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool TestAccess::admin(const QString &database, const QStringList &statements, QString *error)
{
    QFile dataDir(qEnvironmentVariable("STEWARD_TEST_PG_STATE") + QStringLiteral("/data-dir"));
    if (!dataDir.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no cluster folder: %1").arg(dataDir.fileName());
        return false;
    }
    const QString socketFolder = QString::fromUtf8(dataDir.readAll()).trimmed();
    const dialect::ServerLocation where = dialect::parseServerLocation(test::serverBase() + QStringLiteral("/x"));
    const QString name = QStringLiteral("admin-%1").arg(m_roles++);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketFolder);
        db.setPort(where.port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                *error = statement + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString TestAccess::makeRole(const QString &what)
{
    const QString role =
        QStringLiteral("stw_%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++m_roles).arg(what);
    const QString password = QStringLiteral("pw-%1").arg(role);
    QString error;
    if (!admin(QStringLiteral("postgres"), {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)},
               &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_passwords.insert(role, password);
    return role;
}

QString TestAccess::as(const QString &location, const QString &role)
{
    QString result = location;
    result.replace(QStringLiteral("://%1@").arg(test::serverUser()), QStringLiteral("://%1@").arg(role));
    return result;
}

QSqlDatabase TestAccess::raw(const QString &location, const QString &role)
{
    const dialect::ServerLocation where = dialect::parseServerLocation(location);
    const QString name = QStringLiteral("raw-%1-%2").arg(role, databaseOf(location));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setUserName(role);
    db.setPassword(m_passwords.value(role));
    db.setDatabaseName(where.database);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

QString TestAccess::example(const QString &name)
{
    const QString location = test::scratchInventory(*m_dir, name);
    QString error;
    if (!test::createExample(location, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return location;
}

// ---------------------------------------------------------------- this machine

void TestAccess::thisMachine_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    const auto row = [](const char *host, bool local) { QTest::newRow(host) << QString::fromUtf8(host) << local; };
    row("", true); // libpq's default socket
    row("/var/run/postgresql", true);
    row("@abstract", true);
    row("localhost", true);
    row("LOCALHOST.", true);
    row("db.localhost", true);
    row("127.0.0.1", true);
    row("127.3.2.1", true);
    row("::1", true);
    row("[::1]", true);
    row("0:0:0:0:0:0:0:1", true);
    row("::ffff:127.0.0.1", true);
    row("0.0.0.0", true);
    row("192.0.2.2", true); // one of ownAddresses below
    row("::ffff:192.0.2.2", true);
    row("fd00::2", true);
    row("FD00:0::2", true);
    row("fe80::1%eth0", true);
    row("192.0.2.3", false);
    row("10.0.0.1", false);
    row("128.0.0.1", false);
    row("fd00::3", false);
    row("db.example.org", false);
    row("localhost.example.org", false);
    row("1270.0.0.1", false);
}

void TestAccess::thisMachine()
{
    QFETCH(QString, host);
    QFETCH(bool, local);
    const QStringList own = {QStringLiteral("127.0.0.1"), QStringLiteral("192.0.2.2"), QStringLiteral("fd00::2"),
                             QStringLiteral("fe80::1"), QStringLiteral("::1")};
    QCOMPARE(dialect::isThisMachine(host, own), local);
    // This machine's own interfaces include its loopback, and it counts as this machine.
    QVERIFY(dialect::thisMachineAddresses().contains(QStringLiteral("127.0.0.1")));
    for (const QString &address : dialect::thisMachineAddresses())
        QVERIFY2(dialect::isThisMachine(address, dialect::thisMachineAddresses()), qPrintable(address));
}

// ---------------------------------------------------------------- passwords

void TestAccess::passwordOnTheCommandLineIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = QStringLiteral("postgresql://steward:S3cretPw@127.0.0.1:1/inventory");
    const QString parameter = QStringLiteral("postgresql://steward@127.0.0.1:1/inventory?password=S3cretPw");
    QTest::newRow("--db") << QStringList{QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"),
                                         secret};
    QTest::newRow("--db ?password=") << QStringList{QStringLiteral("search"), QStringLiteral("py"),
                                                    QStringLiteral("--db"), parameter};
    QTest::newRow("init") << QStringList{QStringLiteral("init"), secret};
    QTest::newRow("copy --from") << QStringList{QStringLiteral("copy"), QStringLiteral("--from"), secret,
                                                QStringLiteral("--to"), QStringLiteral("out.sqlite")};
    QTest::newRow("copy --to") << QStringList{QStringLiteral("copy"), QStringLiteral("--from"),
                                              QStringLiteral("in.sqlite"), QStringLiteral("--to"), secret};
    QTest::newRow("access") << QStringList{QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--db"),
                                           secret};
    QTest::newRow("window") << QStringList{QStringLiteral("--db"), secret};
    // map opens its inventory by itself; backup's -o is a file, never an address.
    QTest::newRow("map") << QStringList{QStringLiteral("map"), QStringLiteral("--db"), secret, QStringLiteral("-o"),
                                        QStringLiteral("out.svg")};
    QTest::newRow("map ?password=") << QStringList{QStringLiteral("map"), QStringLiteral("--db"), parameter,
                                                   QStringLiteral("-o"), QStringLiteral("out.svg")};
    QTest::newRow("backup --db") << QStringList{QStringLiteral("backup"), QStringLiteral("--db"), secret};
}

void TestAccess::backupOutputIsAFile()
{
    const QString file = m_dir->filePath(QStringLiteral("to-back-up.sqlite"));
    QString error;
    QVERIFY2(test::createExample(file, &error), qPrintable(error));
    const QStringList before = test::folderEntries(m_dir->path());
    const Result r = run({QStringLiteral("backup"), QStringLiteral("--db"), file, QStringLiteral("-o"),
                          QStringLiteral("postgresql://steward:S3cretPw@127.0.0.1:1/inventory")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("-o takes a file")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("S3cretPw")) && !r.out.contains(QLatin1String("S3cretPw")),
             qPrintable(r.err));
    QCOMPARE(test::folderEntries(m_dir->path()), before);
}

void TestAccess::passwordOnTheCommandLineIsRefused()
{
    QFETCH(QStringList, arguments);
    // Port 1 answers nobody: the address is refused before any connection is tried.
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("PGPASSWORD")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("~/.pgpass")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("S3cretPw")) && !r.out.contains(QLatin1String("S3cretPw")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Cannot connect")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.sqlite"))));

    QVERIFY(
        dialect::commandLinePasswordProblem(QStringLiteral("postgresql://steward@db.example.org/inventory")).isEmpty());
    QVERIFY(dialect::commandLinePasswordProblem(QStringLiteral("/tmp/pass:word@x.sqlite")).isEmpty());
}

void TestAccess::accessIsForPostgreSQL()
{
    const QString file = m_dir->filePath(QStringLiteral("psf.sqlite"));
    QString error;
    QVERIFY2(test::createExample(file, &error), qPrintable(error));
    const QByteArray before = test::FileSnapshot::of(file).bytes;
    const Result r = run({QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("bob"),
                          QStringLiteral("viewer"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("PostgreSQL")) && r.err.contains(QLatin1String("permissions")),
             qPrintable(r.err));
    QCOMPARE(test::FileSnapshot::of(file).bytes, before);
    const Result bad = run({QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("bob"),
                            QStringLiteral("admin"), QStringLiteral("--db"), file});
    QCOMPARE(bad.exitCode, 2);
}

// ---------------------------------------------------------------- roles on a server

void TestAccess::viewerOpensReadOnly()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    const QString location = example(QStringLiteral("viewer"));
    QVERIFY(!location.isEmpty());
    const QString viewer = makeRole(QStringLiteral("viewer"));
    QVERIFY(!viewer.isEmpty());
    const Result granted = run({QStringLiteral("access"), QStringLiteral("grant"), viewer, QStringLiteral("viewer"),
                                QStringLiteral("--db"), location});
    QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
    const QStringList before = test::wholeInventory(location);

    const QString mine = as(location, viewer);
    dialect::rememberPassword(mine, m_passwords.value(viewer));
    const QString reason = QStringLiteral("Your database role \"%1\" may read this inventory but not change it (ask "
                                          "its owner for `steward access grant %1 editor`).")
                               .arg(viewer);
    {
        Database db;
        QVERIFY2(db.open(mine), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.readOnlyReason(), reason);
        Store store(db);
        // Looking things up works.
        QCOMPARE(test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).size(), 1);
        // A write is refused with the plain reason, not the server's error.
        Item item = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
        item.notes = QStringLiteral("Changed by a viewer.");
        QString error;
        QVERIFY(!store.updateItem(item, &error));
        QCOMPARE(error, reason);
    }
    // The command line: reads work, a write says why it cannot.
    const Result contact = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), mine},
                               m_passwords.value(viewer));
    QVERIFY2(contact.exitCode == 0, qPrintable(contact.err));
    QVERIFY(contact.out.contains(QLatin1String("Stufft")));
    const Result assign = run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Donald Stufft"),
                               QStringLiteral("--role"), QStringLiteral("sponsor"), QStringLiteral("--db"), mine},
                              m_passwords.value(viewer));
    QCOMPARE(assign.exitCode, 1);
    QVERIFY2(assign.err.contains(reason), qPrintable(assign.err));
    QVERIFY2(!assign.err.contains(QLatin1String("permission denied")), qPrintable(assign.err));
    QCOMPARE(test::wholeInventory(location), before);
}

void TestAccess::roleWithoutPrivilegesIsToldPlainly()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    const QString location = example(QStringLiteral("nobody"));
    QVERIFY(!location.isEmpty());
    const QString nobody = makeRole(QStringLiteral("nobody"));
    QVERIFY(!nobody.isEmpty());
    const QString mine = as(location, nobody);
    dialect::rememberPassword(mine, m_passwords.value(nobody));
    const QString start = QStringLiteral("Your database role \"%1\" may not read this inventory: ").arg(nobody);
    {
        Database db;
        QVERIFY(!db.open(mine));
        QVERIFY2(db.errorString().startsWith(start), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QStringLiteral("steward access grant %1 viewer").arg(nobody)),
                 qPrintable(db.errorString()));
        QVERIFY2(!db.errorString().contains(QLatin1String("damaged")), qPrintable(db.errorString()));
    }
    // Nor may it use the schema at all: said as plainly.
    QString error;
    QVERIFY2(admin(databaseOf(location), {QStringLiteral("REVOKE USAGE ON SCHEMA public FROM PUBLIC")}, &error),
             qPrintable(error));
    {
        Database db;
        QVERIFY(!db.open(mine, Database::OpenMode::ReadOnly));
        QVERIFY2(db.errorString().startsWith(start), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QLatin1String("USAGE")), qPrintable(db.errorString()));
    }
    const Result r =
        run({QStringLiteral("search"), QStringLiteral("py"), QStringLiteral("--db"), mine}, m_passwords.value(nobody));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(start), qPrintable(r.err));
}

void TestAccess::editorEditsAndCannotForgeHistory()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    const QString location = example(QStringLiteral("editor"));
    QVERIFY(!location.isEmpty());
    const QString editor = makeRole(QStringLiteral("editor"));
    QVERIFY(!editor.isEmpty());
    const Result granted = run({QStringLiteral("access"), QStringLiteral("grant"), editor, QStringLiteral("editor"),
                                QStringLiteral("--db"), location});
    QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
    const QString mine = as(location, editor);
    dialect::rememberPassword(mine, m_passwords.value(editor));
    qint64 serviceId = 0;
    {
        Database db;
        QVERIFY2(db.open(mine), qPrintable(db.errorString()));
        QVERIFY(!db.isReadOnly());
        QVERIFY(db.readOnlyReason().isEmpty());
        Store store(db);
        // Whatever the client says it is, the server names the role.
        store.setActor(QStringLiteral("alice"));
        Item item;
        item.kind = ItemKind::Service;
        item.name = QStringLiteral("speed.python.org");
        item.parentId = test::must(store.findItemsByName(QStringLiteral("OSUOSL"), test::readError())).value(0).id;
        QString error;
        QVERIFY2(store.createItem(item, &error), qPrintable(error));
        serviceId = item.id;
        item.notes = QStringLiteral("Benchmarks.");
        QVERIFY2(store.updateItem(item, &error), qPrintable(error));
        QVERIFY2(store.deleteItem(item.id, &error), qPrintable(error));
        const QVector<HistoryEntry> history = test::must(store.history(serviceId, 0, test::readError()));
        QCOMPARE(history.size(), 3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const HistoryEntry &entry : history) {
            QCOMPARE(entry.actor, editor);
            QVERIFY2(kStamp.match(entry.at).hasMatch(), qPrintable(entry.at));
            const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
            QVERIFY(at.isValid());
            QVERIFY2(qAbs(at.secsTo(now)) < 120, qPrintable(entry.at));
        }
    }

    // The SQL an editor could send itself: it may add to the history, as itself, and
    // neither change nor remove a row of it.
    const QString batches = QStringLiteral("SELECT id, at, actor, label FROM change_batch ORDER BY id");
    const QString changes = QStringLiteral("SELECT * FROM change_log ORDER BY id");
    const QStringList batchesBefore = test::rowsOf(location, batches);
    const QStringList changesBefore = test::rowsOf(location, changes);
    QVERIFY(!batchesBefore.isEmpty() && !changesBefore.isEmpty());
    {
        QSqlDatabase db = raw(location, editor);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        for (const QString &statement :
             {QStringLiteral("UPDATE change_batch SET actor = 'alice'"), QStringLiteral("DELETE FROM change_log"),
              QStringLiteral("DELETE FROM change_batch"), QStringLiteral("TRUNCATE change_log"),
              QStringLiteral("TRUNCATE change_batch CASCADE")}) {
            QVERIFY2(!q.exec(statement), qPrintable(statement));
            QVERIFY2(!sqlError(q).isEmpty(), qPrintable(statement));
        }
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO change_batch (at, actor, label) VALUES"
                                       " ('1999-01-01T00:00:00.000Z', 'alice', 'forged') RETURNING actor, at")),
                 qPrintable(sqlError(q)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), editor);
        QVERIFY(q.value(1).toString() != QLatin1String("1999-01-01T00:00:00.000Z"));
        QVERIFY2(kStamp.match(q.value(1).toString()).hasMatch(), qPrintable(q.value(1).toString()));
        q.finish();
        // Nor can it slip a change into another role's batch (the owner's first one).
        const QString ownersBatch = batchesBefore.first().section(QLatin1Char('|'), 0, 0).trimmed();
        QVERIFY(!ownersBatch.isEmpty());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, action, summary)"
                                       " VALUES (%1, 'item', 1, 'delete', 'forged change')")
                            .arg(ownersBatch)));
        QVERIFY2(sqlError(q).contains(QStringLiteral("history batch of role")), qPrintable(sqlError(q)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-%1-%2").arg(editor, databaseOf(location)));
    // Only the one batch added; the rest as it was.
    const QStringList batchesAfter = test::rowsOf(location, batches);
    QCOMPARE(batchesAfter.size(), batchesBefore.size() + 1);
    QCOMPARE(batchesAfter.mid(0, batchesBefore.size()), batchesBefore);
    QCOMPARE(test::rowsOf(location, changes), changesBefore);
    QCOMPARE(test::rowsOf(location, QStringLiteral("SELECT count(*) FROM change_batch WHERE actor = 'alice'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(test::rowsOf(location, QStringLiteral("SELECT count(*) FROM change_batch WHERE label = 'forged'")),
             QStringList{QStringLiteral("1")});
}

void TestAccess::historyRefusesEvenARoleWithEveryGrant()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    const QString location = example(QStringLiteral("every"));
    QVERIFY(!location.isEmpty());
    const QString everything = makeRole(QStringLiteral("all"));
    QVERIFY(!everything.isEmpty());
    QString error;
    // Granted by hand, beyond what an editor gets: the triggers still refuse.
    QVERIFY2(admin(databaseOf(location),
                   {QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(everything),
                    QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(everything)},
                   &error),
             qPrintable(error));
    const QStringList before = test::rowsOf(location, QStringLiteral("SELECT * FROM change_batch ORDER BY id")) +
                               test::rowsOf(location, QStringLiteral("SELECT * FROM change_log ORDER BY id"));
    QVERIFY(!before.isEmpty());
    {
        QSqlDatabase db = raw(location, everything);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        for (const QString &statement :
             {QStringLiteral("UPDATE change_batch SET actor = 'alice'"),
              QStringLiteral("UPDATE change_log SET"
                             " summary = 'nothing'"),
              QStringLiteral("DELETE FROM change_log"), QStringLiteral("DELETE FROM change_batch"),
              QStringLiteral("TRUNCATE change_log"), QStringLiteral("TRUNCATE change_batch CASCADE")}) {
            QVERIFY2(!q.exec(statement), qPrintable(statement));
            QVERIFY2(sqlError(q).contains(QLatin1String("can only be added to")), qPrintable(sqlError(q)));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-%1-%2").arg(everything, databaseOf(location)));
    QCOMPARE(test::rowsOf(location, QStringLiteral("SELECT * FROM change_batch ORDER BY id")) +
                 test::rowsOf(location, QStringLiteral("SELECT * FROM change_log ORDER BY id")),
             before);
}

void TestAccess::ownersCopyKeepsTheActors()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    // A file whose history names people, not database roles.
    const QString file = m_dir->filePath(QStringLiteral("source.sqlite"));
    {
        Database db;
        QVERIFY2(db.create(file), qPrintable(db.errorString()));
        Store store(db);
        store.setActor(QStringLiteral("ernest"));
        QString error;
        QVERIFY2(ExampleInventory::populate(store, &error), qPrintable(error));
        store.setActor(QStringLiteral("renee"));
        Item item = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
        item.notes = QStringLiteral("Audited.");
        QVERIFY2(store.updateItem(item, &error), qPrintable(error));
    }
    const QString history = QStringLiteral("SELECT id, at, actor, label FROM change_batch ORDER BY id");
    const QStringList source = test::rowsOf(file, history);
    QCOMPARE(source.size(), 2);
    const QString target = test::scratchInventory(*m_dir, QStringLiteral("copied"));
    const Result first = run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), target});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(test::rowsOf(target, history), source);
    // Into an inventory that has history of its own: its owner replaces it, TRUNCATE
    // and all, and the actors stay the source's.
    {
        Database db;
        QVERIFY2(db.open(target), qPrintable(db.errorString()));
        Store store(db);
        Item item = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
        item.notes = QStringLiteral("Changed on the server.");
        QString error;
        QVERIFY2(store.updateItem(item, &error), qPrintable(error));
    }
    QCOMPARE(test::rowsOf(target, history).size(), 3);
    const Result replaced = run({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), target,
                                 QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QCOMPARE(test::rowsOf(target, history), source);
    // The guards are back after the copy: the server still stamps and refuses.
    QCOMPARE(test::rowsOf(target, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname IN"
                                                 " ('change_batch_stamp', 'change_batch_append_only',"
                                                 " 'change_log_append_only', 'change_batch_no_truncate',"
                                                 " 'change_log_no_truncate')")),
             QStringList{QStringLiteral("5")});
    const QString editor = makeRole(QStringLiteral("copyeditor"));
    QVERIFY(!editor.isEmpty());
    QString error;
    QVERIFY2(admin(databaseOf(target), {QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(editor)},
                   &error),
             qPrintable(error));
    {
        QSqlDatabase db = raw(target, editor);
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE change_batch SET actor = 'alice'")));
        QVERIFY2(sqlError(q).contains(QLatin1String("can only be added to")), qPrintable(sqlError(q)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-%1-%2").arg(editor, databaseOf(target)));
    QCOMPARE(test::rowsOf(target, history), source);
}

void TestAccess::onlyTheOwnerUpgrades()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    const QString location = example(QStringLiteral("older"));
    QVERIFY(!location.isEmpty());
    const QString editor = makeRole(QStringLiteral("upeditor"));
    const QString viewer = makeRole(QStringLiteral("upviewer"));
    QVERIFY(!editor.isEmpty() && !viewer.isEmpty());
    QCOMPARE(run({QStringLiteral("access"), QStringLiteral("grant"), editor, QStringLiteral("editor"),
                  QStringLiteral("--db"), location})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("access"), QStringLiteral("grant"), viewer, QStringLiteral("viewer"),
                  QStringLiteral("--db"), location})
                 .exitCode,
             0);
    // As if the inventory were one schema step behind this build.
    QString error;
    QVERIFY2(admin(databaseOf(location),
                   {QStringLiteral("UPDATE steward_meta SET value = '%1' WHERE key = 'schema_version'")
                        .arg(Database::latestSchemaVersion() - 1)},
                   &error),
             qPrintable(error));
    const QStringList before = test::wholeInventory(location);
    for (const QString &role : {editor, viewer}) {
        const QString mine = as(location, role);
        dialect::rememberPassword(mine, m_passwords.value(role));
        for (const auto mode : {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
            Database db;
            QVERIFY(!db.open(mine, mode));
            QVERIFY2(db.errorString().contains(QLatin1String("only the owner of its tables can upgrade")),
                     qPrintable(db.errorString()));
            QVERIFY2(db.errorString().contains(role), qPrintable(db.errorString()));
        }
    }
    QCOMPARE(test::wholeInventory(location), before);
}

void TestAccess::accessListRevokeAndDryRun()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("roles are PostgreSQL's");
    const QString location = example(QStringLiteral("list"));
    QVERIFY(!location.isEmpty());
    const QString viewer = makeRole(QStringLiteral("lviewer"));
    const QString editor = makeRole(QStringLiteral("leditor"));
    QVERIFY(!viewer.isEmpty() && !editor.isEmpty());

    // A dry run prints the SQL and grants nothing.
    const Result dry = run({QStringLiteral("access"), QStringLiteral("grant"), editor, QStringLiteral("editor"),
                            QStringLiteral("--db"), location, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("GRANT INSERT ON TABLE \"public\".\"change_batch\", "
                                             "\"public\".\"change_log\" TO \"%1\";")
                                  .arg(editor)),
             qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("GRANT SELECT ON TABLE ")));
    QVERIFY(!dry.out.contains(QStringLiteral("UPDATE, DELETE ON TABLE \"public\".\"change_batch\"")));
    Database owner;
    QVERIFY2(owner.open(location), qPrintable(owner.errorString()));
    QString error;
    QCOMPARE(ServerAccess::levelOf(owner.connection(), editor, &error), ServerAccess::Level::None);

    QCOMPARE(run({QStringLiteral("access"), QStringLiteral("grant"), editor, QStringLiteral("editor"),
                  QStringLiteral("--db"), location, QStringLiteral("--show-sql")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("access"), QStringLiteral("grant"), viewer, QStringLiteral("viewer"),
                  QStringLiteral("--db"), location})
                 .exitCode,
             0);
    QCOMPARE(ServerAccess::levelOf(owner.connection(), editor, &error), ServerAccess::Level::Editor);
    QCOMPARE(ServerAccess::levelOf(owner.connection(), viewer, &error), ServerAccess::Level::Viewer);
    Result list = run({QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--db"), location,
                       QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QStringLiteral("%1,editor").arg(editor)), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("%1,viewer").arg(viewer)), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("%1,owner").arg(test::serverUser())), qPrintable(list.out));

    // An editor made a viewer keeps reading only; a revoked role reads nothing.
    QCOMPARE(run({QStringLiteral("access"), QStringLiteral("grant"), editor, QStringLiteral("viewer"),
                  QStringLiteral("--db"), location})
                 .exitCode,
             0);
    QCOMPARE(ServerAccess::levelOf(owner.connection(), editor, &error), ServerAccess::Level::Viewer);
    const Result revoked =
        run({QStringLiteral("access"), QStringLiteral("revoke"), viewer, QStringLiteral("--db"), location});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    QCOMPARE(ServerAccess::levelOf(owner.connection(), viewer, &error), ServerAccess::Level::None);
    list = run({QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--db"), location});
    QVERIFY(!list.out.contains(viewer));
    QVERIFY(list.out.contains(editor));

    // Only the owner grants; a role that does not exist cannot be made by this owner.
    const QString mine = as(location, editor);
    const Result notOwner = run({QStringLiteral("access"), QStringLiteral("grant"), viewer, QStringLiteral("editor"),
                                 QStringLiteral("--db"), mine},
                                m_passwords.value(editor));
    QCOMPARE(notOwner.exitCode, 1);
    QVERIFY2(notOwner.err.contains(QLatin1String("only the owner")), qPrintable(notOwner.err));
    const Result missing = run({QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("no_such_role_x"),
                                QStringLiteral("viewer"), QStringLiteral("--db"), location});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("CREATE ROLE")), qPrintable(missing.err));
}

void TestAccess::localServerHasNoWarning()
{
    if (test::backend() != Backend::PostgreSQL)
        QSKIP("a server's connection");
    const QString location = example(QStringLiteral("local"));
    QVERIFY(!location.isEmpty());
    Database db;
    QVERIFY2(db.open(location), qPrintable(db.errorString()));
    // The test server is on 127.0.0.1, without TLS: this machine, so nothing to warn of.
    QVERIFY(db.connectionWarnings().isEmpty());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
    QVERIFY(!q.value(0).toBool());
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
