// The steward command line, run as a process: init, contact, export, check, help,
// usage errors and files it must refuse. Exit codes: 0 success, 1 failure, 2 usage.
// As tst_cli_pg, every command works on a database of the test server given to --db
// as a postgresql:// address, and the databases it must refuse are the server's kinds.

#include "Database.h"
#include "Store.h"
#include "TestSupport.h"

#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::FileSnapshot;
using steward::test::InventorySnapshot;
using steward::test::RawConnection;

namespace {

struct Result
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QByteArray rawOut;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    /// Runs steward with @p arguments; without @p runtimeDir, with no XDG_RUNTIME_DIR (as
    /// in a container or over ssh).
    Result run(const QStringList &arguments, bool runtimeDir = true);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// Where a new inventory goes: a file in the test's folder, or a database of its own.
    QString inventory(const QString &name) const { return test::scratchInventory(*m_dir, name); }
    /// A fresh copy of the example inventory, made with "steward init --example".
    QString example(const QString &name = QStringLiteral("psf"));
    QString makeBadFile(const QString &kind);
    /// Everything an inventory holds, its history's size and (a file) its bytes: to
    /// prove that a command wrote nothing.
    static QStringList state(const QString &location);
    /// Whether the file, or the server's database, exists.
    static bool exists(const QString &location);
    /// Who the history names: the operating-system user (USER=tester), or on a server
    /// the database user.
    static QString actor()
    {
        return test::backend() == Backend::SQLite ? QStringLiteral("tester") : test::serverUser();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_runtimeDir; ///< XDG_RUNTIME_DIR for the window's runs (QTemporaryDir makes it 0700)

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void standardErrorCarriesOnlyStewardsMessages();
    void commandHelpListsItsOptions_data();
    void commandHelpListsItsOptions();
    void version();
    void unknownCommandIsAUsageError();
    void unknownOptionIsAUsageError_data();
    void unknownOptionIsAUsageError();

    void initCreates();
    void initWithOrganisationName();
    void initExample();
    void initRefusesAnExistingFile();
    void initUsageErrors_data();
    void initUsageErrors();

    void contactText();
    void contactCsv();
    void contactIsCaseInsensitive();
    void contactKeepsUtf8();
    void contactUnknownNameListsCandidates();
    void contactAmbiguousName();
    void contactUsageErrors_data();
    void contactUsageErrors();
    void defaultInventoryIsNotCreated();

    void exportServicesToStdout();
    void exportServicesToFile();
    void exportToAMissingFolderFails();
    void writeErrorsOnStdoutFail_data();
    void writeErrorsOnStdoutFail();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void exportOptionsAndSelection();
    void importRoundTripAndErrors();

    void assignAndUnassign();
    void assignWithCover();
    void linkImpactAndUnlink();
    void linkErrorsNameTheField_data();
    void linkErrorsNameTheField();
    void linkAmbiguousAcrossKinds();
    void refusedEditsChangeNothing_data();
    void refusedEditsChangeNothing();
    void historyFormats();
    void revertBatch();
    void searchText();
    void searchCsv();
    void searchNothingFound();
    void aliasesAndTagsFromTheCommandLine();
    void searchUsageErrors_data();
    void searchUsageErrors();
    void statusesOfOnesOwn();
    void linkTypesOfOnesOwn();
    void statusAndLinkTypeUsageErrors_data();
    void statusAndLinkTypeUsageErrors();
    void checkClean();
    void checkForeignKeyViolation();
    void checkTreeRuleViolation();
    void checkReadOnlyChangesNothing();
    void checkWantsAnEscalationContact();

    void badFilesAreRefused_data();
    void badFilesAreRefused();

    void controlCharactersAreEscapedOnTheTerminal();
    void excelImpliesSafe();
    void exportToAFullDiskSaysSo();
    void importListsAThousandErrorsAndCountsTheRest();
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Result TestCli::run(const QStringList &arguments, bool runtimeDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the user's (and the CI's) files out of it: the default inventory and
    // settings live in the test's temporary folder.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    if (runtimeDir)
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    else
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err =
            QStringLiteral("could not start %1: %2").arg(QStringLiteral(STEWARD_BINARY), process.errorString());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TestCli::state(const QString &location)
{
    return test::wholeInventory(location);
}

bool TestCli::exists(const QString &location)
{
    if (!dialect::isServerLocation(location))
        return QFileInfo::exists(location);
    RawConnection maintenance(test::serverBase() + QStringLiteral("/postgres"));
    return maintenance
               .value(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                          .arg(dialect::parseServerLocation(location).database))
               .toInt() == 1;
}

QString TestCli::example(const QString &name)
{
    const QString file = inventory(name);
    const Result r = run({QStringLiteral("init"), file, QStringLiteral("--example")});
    if (r.exitCode != 0) {
        qWarning("init --example failed: %s", qPrintable(r.err));
        return {};
    }
    return file;
}

QString TestCli::makeBadFile(const QString &kind)
{
    if (test::backend() == Backend::PostgreSQL) {
        // The server's kinds: a database with nothing in it, one of another
        // application, one written by a newer Steward, one the server does not have.
        if (kind == QLatin1String("newer")) {
            const QString made = example(QStringLiteral("bad-newer"));
            if (made.isEmpty())
                return {};
            RawConnection raw(made);
            if (!raw.exec(QStringLiteral("UPDATE steward_meta SET value = '%1' WHERE key = 'schema_version'")
                              .arg(Database::latestSchemaVersion() + 1)))
                return {};
            return made;
        }
        const QString location = inventory(QStringLiteral("bad-") + kind);
        const QString database = dialect::parseServerLocation(location).database;
        if (kind == QLatin1String("missing"))
            return location;
        {
            RawConnection maintenance(test::serverBase() + QStringLiteral("/postgres"));
            if (!maintenance.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
                return {};
        }
        if (kind == QLatin1String("foreign")) {
            RawConnection raw(location);
            if (!raw.exec(QStringLiteral("CREATE TABLE t (x integer)")))
                return {};
        }
        return location;
    }
    const QString file = path(QStringLiteral("bad-") + kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("text")) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("this is not a database\n");
    } else if (kind == QLatin1String("empty")) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
    } else if (kind == QLatin1String("foreign")) {
        RawConnection raw(file);
        if (!raw.exec(QStringLiteral("CREATE TABLE t (x)")))
            return {};
    } else if (kind == QLatin1String("readonly")) {
        if (example(QStringLiteral("bad-readonly")).isEmpty())
            return {};
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    } else if (kind == QLatin1String("newer")) {
        if (example(QStringLiteral("bad-newer")).isEmpty())
            return {};
        RawConnection raw(file);
        if (!raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)))
            return {};
    } else if (kind == QLatin1String("missing")) {
        // nothing: the file does not exist
    }
    return file;
}

// ---------------------------------------------------------------- general

void TestCli::help()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Result r = run({flag});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage:")), qPrintable(r.out));
        for (const char *command :
             {"steward init FILE", "steward contact ITEM", "steward export REPORT", "steward export selection ITEM",
              "steward import FILE", "steward check", "steward search QUERY", "steward status NAME --category C",
              "steward status --remove NAME", "steward statuses", "steward link-type KEY [--label L] [--no-failure]",
              "steward link-type --remove KEY", "steward link-types", "--screenshot"})
            QVERIFY2(r.out.contains(QString::fromLatin1(command)), command);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes: 0 success, 1 failure, 2 usage error.")));
        // The default inventory named in the help is the one in XDG_DATA_HOME.
        QVERIFY2(r.out.contains(m_dir->filePath(QStringLiteral("xdg-data"))), qPrintable(r.out));
        QCOMPARE(r.err, QString());
    }
    // Each command has its own help.
    const Result contact = run({QStringLiteral("contact"), QStringLiteral("--help")});
    QCOMPARE(contact.exitCode, 0);
    QVERIFY(contact.out.contains(QStringLiteral("--format")));
    QVERIFY(contact.out.contains(QStringLiteral("--db")));
    const Result exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.contains(QStringLiteral("--output")));
}

void TestCli::standardErrorCarriesOnlyStewardsMessages()
{
    // The overall help names every option of init.
    const Result help = run({QStringLiteral("--help")});
    QVERIFY2(
        help.out.contains(QStringLiteral("steward init FILE [--example | [--organisation NAME] [--escalation EMAIL]]")),
        qPrintable(help.out));
    // Without XDG_RUNTIME_DIR (a container, ssh), on the offscreen platform: a map and a
    // screenshot say nothing on standard error (Qt's notes about the platform are not
    // the user's business), and Steward's own errors still reach it.
    const QString db = example();
    const Result map =
        run({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"), path(QStringLiteral("m.png"))},
            false);
    QCOMPARE(map.exitCode, 0);
    QCOMPARE(map.err, QString());
    const Result shot =
        run({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), path(QStringLiteral("s.png"))}, false);
    QCOMPARE(shot.exitCode, 0);
    QCOMPARE(shot.err, QString());
    QVERIFY(QFileInfo(path(QStringLiteral("s.png"))).size() > 0);
    const Result wrong = run({QStringLiteral("map"), QStringLiteral("--db"), db}, false);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("map needs -o")), qPrintable(wrong.err));
}

void TestCli::commandHelpListsItsOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");       ///< the arguments on the Usage: line
    QTest::addColumn<QStringList>("options"); ///< in the order the help lists them
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList options;
        for (const char *name : names)
            options << QString::fromLatin1(name);
        return options;
    };
    QTest::newRow("init") << QStringLiteral("init") << QStringLiteral("[options] FILE")
                          << list({"--example", "--organisation <NAME>", "--escalation <EMAIL>", "-h, --help"});
    QTest::newRow("contact") << QStringLiteral("contact") << QStringLiteral("[options] ITEM")
                             << list({"--db <FILE>", "--format <FORMAT>", "--from <FILE>", "--all", "-h, --help"});
    QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("[options] REPORT [ITEM...]")
                            << list({"--db <FILE>", "-o, --output <FILE>", "--excel", "--safe", "--raw", "-h, --help"});
    QTest::newRow("import") << QStringLiteral("import") << QStringLiteral("[options] FILE...")
                            << list({"--db <FILE>", "--dry-run", "-h, --help"});
    QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("[options]")
                           << list({"--db <FILE>", "-h, --help"});
    QTest::newRow("assign") << QStringLiteral("assign") << QStringLiteral("[options] ITEM CONTACT")
                            << list({"--db <FILE>", "--role <ROLE>", "--priority <PRIORITY>", "--note <TEXT>",
                                     "--from <DATE>", "--until <DATE>", "-h, --help"});
    QTest::newRow("unassign") << QStringLiteral("unassign") << QStringLiteral("[options] ITEM CONTACT")
                              << list({"--db <FILE>", "--role <ROLE>", "-h, --help"});
    QTest::newRow("history") << QStringLiteral("history") << QStringLiteral("[options] [ITEM]")
                             << list({"--db <FILE>", "--format <FORMAT>", "--limit <N>", "-h, --help"});
    QTest::newRow("revert") << QStringLiteral("revert") << QStringLiteral("[options] [BATCH]")
                            << list({"--db <FILE>", "--skip-changed", "--dry-run", "--format <FORMAT>", "--limit <N>",
                                     "-h, --help"});
    QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("[options] QUERY")
                            << list({"--db <FILE>", "--format <FORMAT>", "--limit <N>", "-h, --help"});
    QTest::newRow("copy") << QStringLiteral("copy") << QStringLiteral("[options]")
                          << list({"--from <FILE|URL>", "--to <FILE|URL>", "--replace", "-h, --help"});
    QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("[options] NAME")
                            << list({"--db <FILE>", "--category <C>", "--remove", "-h, --help"});
    QTest::newRow("statuses") << QStringLiteral("statuses") << QStringLiteral("[options]")
                              << list({"--db <FILE>", "--format <FORMAT>", "-h, --help"});
    QTest::newRow("link-type") << QStringLiteral("link-type") << QStringLiteral("[options] KEY")
                               << list({"--db <FILE>", "--label <L>", "--no-failure", "--remove", "-h, --help"});
    QTest::newRow("link-types") << QStringLiteral("link-types") << QStringLiteral("[options]")
                                << list({"--db <FILE>", "--format <FORMAT>", "-h, --help"});
    QTest::newRow("impact") << QStringLiteral("impact") << QStringLiteral("[options] ITEM")
                            << list({"--db <FILE>", "--format <FORMAT>", "-h, --help"});
    QTest::newRow("link") << QStringLiteral("link") << QStringLiteral("[options] FROM TO")
                          << list({"--db <FILE>", "--type <TYPE>", "--note <TEXT>", "--from-kind <KIND>",
                                   "--to-kind <KIND>", "-h, --help"});
    QTest::newRow("unlink") << QStringLiteral("unlink") << QStringLiteral("[options] FROM TO")
                            << list({"--db <FILE>", "--type <TYPE>", "--from-kind <KIND>", "--to-kind <KIND>",
                                     "-h, --help"});
    QTest::newRow("access") << QStringLiteral("access")
                            << QStringLiteral("[options] grant|revoke|list [ROLE] [viewer|editor]")
                            << list({"--db <FILE>", "--dry-run", "--show-sql", "--format <FORMAT>", "-h, --help"});
    // map has Qt's own help option, listed first.
    QTest::newRow("map") << QStringLiteral("map") << QStringLiteral("[options]")
                         << list({"-h, --help", "--db <FILE>", "-o, --output <OUT>", "--focus <ITEM>", "--steps <N>"});
}

void TestCli::commandHelpListsItsOptions()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    QFETCH(QStringList, options);
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Result r = run({command, flag});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        // Named as the user types it: the program, then the command (issue 21).
        QCOMPARE(lines.value(0), QStringLiteral("Usage: steward %1 %2").arg(command, usage));
        // A description of what the command does, then the options, each once and in order.
        QVERIFY2(!lines.value(1).trimmed().isEmpty(), qPrintable(r.out));
        qsizetype at = r.out.indexOf(QStringLiteral("\nOptions:\n"));
        QVERIFY2(at > 0, qPrintable(r.out));
        for (const QString &option : std::as_const(options)) {
            const qsizetype found = r.out.indexOf(QStringLiteral("\n  ") + option + QLatin1Char(' '), at);
            QVERIFY2(found > at, qPrintable(option + QStringLiteral(" in:\n") + r.out));
            at = found;
        }
        // No option the test does not know of.
        qsizetype listed = 0;
        for (const QString &line : lines)
            listed += line.startsWith(QStringLiteral("  -")) ? 1 : 0;
        // map's Qt help option brings --help-all with it.
        QCOMPARE(listed, options.size() + (command == QLatin1String("map") ? 1 : 0));
    }
}

void TestCli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("steward " STEWARD_VERSION));
}

void TestCli::unknownCommandIsAUsageError()
{
    const Result r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg-data/steward/steward.sqlite"))));
}

void TestCli::unknownOptionIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("window") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("init") << QStringList{QStringLiteral("init"), QStringLiteral("--bogus"), QStringLiteral("x.sqlite")};
    QTest::newRow("contact") << QStringList{QStringLiteral("contact"), QStringLiteral("PyPI"),
                                            QStringLiteral("--bogus")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("services"),
                                           QStringLiteral("--bogus")};
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--bogus")};
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db")};
}

void TestCli::unknownOptionIsAUsageError()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("steward: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("steward --help")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.sqlite"))));
}

// ---------------------------------------------------------------- init

void TestCli::initCreates()
{
    const QString file = inventory(QStringLiteral("new"));
    QVERIFY(!exists(file));
    const Result r = run({QStringLiteral("init"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Created ") + file), qPrintable(r.out));
    // A file, or a database the server did not have yet.
    QVERIFY(exists(file));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    Store store(db);
    QCOMPARE(test::must(store.countItems(ItemKind::Organisation, test::readError())), 1);
    QCOMPARE(test::must(store.item(test::must(store.organisationId(test::readError())), test::readError())).name,
             QStringLiteral("My organisation"));
    QCOMPARE(test::must(store.countItems(ItemKind::Service, test::readError())), 0);
    QVERIFY(db.check().isEmpty());

    if (test::backend() == Backend::PostgreSQL) {
        // A password written in the address is refused (it would sit in ps for the whole
        // run), never echoed, and nothing is made.
        QFile pass(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(pass.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(pass.readAll()).trimmed().section(QLatin1Char(':'), 4);
        QVERIFY(!password.isEmpty());
        const QString plain = inventory(QStringLiteral("with password"));
        QString withPassword = plain;
        withPassword.replace(QStringLiteral("://%1@").arg(test::serverUser()),
                             QStringLiteral("://%1:%2@").arg(test::serverUser(), password));
        QVERIFY(withPassword != plain);
        const Result made = run({QStringLiteral("init"), withPassword});
        QCOMPARE(made.exitCode, 1);
        QVERIFY2(made.err.contains(QLatin1String("PGPASSWORD")) && made.err.contains(QLatin1String("~/.pgpass")) &&
                     made.err.contains(QLatin1String("keychain")),
                 qPrintable(made.err));
        QVERIFY(!made.out.contains(password));
        QVERIFY(!made.err.contains(password));
        QVERIFY(!exists(plain));
    }

    // Missing folders on the way are made; an empty database the server has is used.
    if (test::backend() == Backend::SQLite) {
        const QString deep = path(QStringLiteral("a/b/deep.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), deep}).exitCode, 0);
        QVERIFY(QFileInfo::exists(deep));
    } else {
        const QString empty = makeBadFile(QStringLiteral("empty"));
        QVERIFY(!empty.isEmpty());
        QCOMPARE(run({QStringLiteral("init"), empty}).exitCode, 0);
        Database db;
        QVERIFY2(db.open(empty), qPrintable(db.errorString()));
        QCOMPARE(test::must(Store(db).countItems(ItemKind::Organisation, test::readError())), 1);
    }
}

void TestCli::initWithOrganisationName()
{
    const QString file = inventory(QStringLiteral("acme"));
    const Result r =
        run({QStringLiteral("init"), file, QStringLiteral("--organisation"), QStringLiteral("Acme, Inc.")});
    QCOMPARE(r.exitCode, 0);
    Database db;
    QVERIFY(db.open(file));
    Store store(db);
    QCOMPARE(test::must(store.item(test::must(store.organisationId(test::readError())), test::readError())).name,
             QStringLiteral("Acme, Inc."));
}

void TestCli::initExample()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    Store store(db);
    QCOMPARE(test::must(store.item(test::must(store.organisationId(test::readError())), test::readError())).name,
             QStringLiteral("Python Software Foundation"));
    QCOMPARE(test::must(store.countItems(ItemKind::Provider, test::readError())), 7);
    QCOMPARE(test::must(store.countItems(ItemKind::Host, test::readError())), 12);
    QCOMPARE(test::must(store.countItems(ItemKind::Service, test::readError())), 15);
    QVERIFY(db.check().isEmpty());
}

void TestCli::initRefusesAnExistingFile()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = state(file);
    const InventorySnapshot snapshot = InventorySnapshot::of(file);
    QVERIFY2(snapshot.error.isEmpty() && snapshot.exists, qPrintable(snapshot.error));
    // A file that exists; a database that has tables.
    const QString refused =
        test::backend() == Backend::SQLite ? QStringLiteral("already exists") : QStringLiteral("already has tables");
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--example")}}) {
        const Result r = run(QStringList{QStringLiteral("init"), file} + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(refused), qPrintable(r.err));
        QCOMPARE(state(file), before);
        QCOMPARE(InventorySnapshot::of(file).differenceFrom(snapshot), QString());
    }
    // Not only inventories: a text file, another application's database.
    if (test::backend() == Backend::SQLite) {
        const QString notes = path(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep");
        }
        QCOMPARE(run({QStringLiteral("init"), notes}).exitCode, 1);
        QCOMPARE(FileSnapshot::of(notes).bytes, QByteArray("keep"));
    } else {
        const QString foreign = makeBadFile(QStringLiteral("foreign"));
        QVERIFY(!foreign.isEmpty());
        const QStringList theirs = test::dumpInventory(foreign);
        const Result r = run({QStringLiteral("init"), foreign});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(refused), qPrintable(r.err));
        QCOMPARE(test::dumpInventory(foreign), theirs);
    }
}

void TestCli::initUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("init")};
    QTest::newRow("two files") << QStringList{QStringLiteral("init"), QStringLiteral("a.sqlite"),
                                              QStringLiteral("b.sqlite")};
    QTest::newRow("only an option") << QStringList{QStringLiteral("init"), QStringLiteral("--example")};
}

void TestCli::initUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("init takes exactly one FILE")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("a.sqlite"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("b.sqlite"))));
}

// ---------------------------------------------------------------- contact

void TestCli::contactText()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run({QStringLiteral("contact"), QStringLiteral("docs.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Benjamin Peterson [person] owner, primary: owner of docs.python.org"));
    QCOMPARE(lines.at(1), QStringLiteral("Georg Brandl [person] owner, primary: owner of docs.python.org"));
    QCOMPARE(lines.at(2), QStringLiteral("infrastructure-staff@python.org [mailing list] escalation, primary: "
                                         "escalation: Infrastructure team <mailto:infrastructure-staff@python.org>"));
    QVERIFY2(lines.at(3).startsWith(
                 QStringLiteral("#python-infra [chat channel] escalation, secondary: "
                                "escalation: Infrastructure team <irc://irc.freenode.net/#python-infra>")),
             qPrintable(lines.at(3)));

    // Services with nobody named get only the fallback.
    const Result planet =
        run({QStringLiteral("contact"), QStringLiteral("planet.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(planet.exitCode, 0);
    const QStringList planetLines = planet.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(planetLines.size(), 2);
    QVERIFY(planetLines.at(0).startsWith(QStringLiteral("infrastructure-staff@python.org ")));
    QVERIFY(planetLines.at(1).startsWith(QStringLiteral("#python-infra ")));
}

void TestCli::contactCsv()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run({QStringLiteral("contact"), QStringLiteral("docs.python.org"), QStringLiteral("--db"), file,
                          QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.rawOut.endsWith("\r\n"));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(r.out, &records));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("role"),
                                         QStringLiteral("priority"), QStringLiteral("reason"), QStringLiteral("note"),
                                         QStringLiteral("addresses")}));
    QCOMPARE(records.at(1), (QStringList{QStringLiteral("Benjamin Peterson"), QStringLiteral("person"),
                                         QStringLiteral("owner"), QStringLiteral("primary"),
                                         QStringLiteral("owner of docs.python.org"), QString(), QString()}));
    QCOMPARE(records.at(2).first(), QStringLiteral("Georg Brandl"));
    QCOMPARE(records.at(3), (QStringList{QStringLiteral("infrastructure-staff@python.org"),
                                         QStringLiteral("mailing_list"), QStringLiteral("escalation"),
                                         QStringLiteral("primary"), QStringLiteral("escalation: Infrastructure team"),
                                         QStringLiteral("the best way to contact the infrastructure team"),
                                         QStringLiteral("email: infrastructure-staff@python.org")}));
    QCOMPARE(records.at(4).at(0), QStringLiteral("#python-infra"));
    QCOMPARE(records.at(4).at(1), QStringLiteral("chat_channel"));
    QCOMPARE(records.at(4).at(3), QStringLiteral("secondary"));
    // Several addresses: one a line, as the contacts export writes them.
    QCOMPARE(records.at(4).at(6), QStringLiteral("irc: irc://irc.freenode.net/#python-infra | Freenode\n"
                                                 "url: http://freenode.net | Freenode"));
}

void TestCli::contactIsCaseInsensitive()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result exact = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QCOMPARE(exact.exitCode, 0);
    QVERIFY(
        exact.out.contains(QStringLiteral("Ernest W. Durbin III [person] maintainer, primary: maintainer of PyPI")));
    for (const QString &spelling : {QStringLiteral("pypi"), QStringLiteral("PYPI"), QStringLiteral(" pYpI ")}) {
        const Result r = run({QStringLiteral("contact"), spelling, QStringLiteral("--db"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, exact.out);
    }
    const Result docs =
        run({QStringLiteral("contact"), QStringLiteral("DOCS.PYTHON.ORG"), QStringLiteral("--db"), file});
    QCOMPARE(docs.exitCode, 0);
    QVERIFY(docs.out.startsWith(QStringLiteral("Benjamin Peterson ")));
}

void TestCli::contactKeepsUtf8()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("csv")}) {
        const Result r = run({QStringLiteral("contact"), QStringLiteral("wiki.python.org"), QStringLiteral("--db"),
                              file, QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.rawOut.contains("Marc-Andr\xc3\xa9 Lemburg"), r.rawOut.constData());
    }
}

void TestCli::contactUnknownNameListsCandidates()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = state(file);
    const Result r = run({QStringLiteral("contact"), QStringLiteral("docs"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("no item is called \"docs\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Did you mean:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("  docs.python.org (service, id ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("  Rackspace VM for docs.python.org (host, id ")), qPrintable(r.err));
    QVERIFY2(
        r.err.contains(QStringLiteral("in Python Software Foundation > Rackspace > Rackspace VM for docs.python.org)")),
        qPrintable(r.err));
    QCOMPARE(state(file), before);

    // Nothing like it at all: still exit 1, without a list.
    const Result none = run({QStringLiteral("contact"), QStringLiteral("zzz"), QStringLiteral("--db"), file});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QStringLiteral("no item is called \"zzz\"")));
    QVERIFY(!none.err.contains(QStringLiteral("Did you mean")));
}

void TestCli::contactAmbiguousName()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    {
        Database db;
        QVERIFY(db.open(file));
        Store store(db);
        // A host: names are unique within a kind, not across kinds.
        Item mirror;
        mirror.kind = ItemKind::Host;
        mirror.name = QStringLiteral("pypi");
        mirror.parentId = test::must(store.findItemsByName(QStringLiteral("OSUOSL"), test::readError())).first().id;
        QVERIFY(store.createItem(mirror, nullptr));
    }
    const Result r = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("\"PyPI\" is ambiguous; 2 items have that name.")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Candidates:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("in Python Software Foundation > Rackspace)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("in Python Software Foundation > OSUOSL)")), qPrintable(r.err));
}

void TestCli::contactUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{QStringLiteral("contact"), QStringLiteral("PyPI"),
                                               QStringLiteral("--format"), QStringLiteral("json")}
                                << QStringLiteral("unknown format \"json\"");
    QTest::newRow("no item") << QStringList{QStringLiteral("contact")} << QStringLiteral("exactly one ITEM");
    QTest::newRow("two items") << QStringList{QStringLiteral("contact"), QStringLiteral("docs"),
                                              QStringLiteral("python")}
                               << QStringLiteral("exactly one ITEM");
}

void TestCli::contactUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::defaultInventoryIsNotCreated()
{
    const QString expected = m_dir->filePath(QStringLiteral("xdg-data/steward/steward.sqlite"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("contact"), QStringLiteral("PyPI")},
          QStringList{QStringLiteral("export"), QStringLiteral("services")}, QStringList{QStringLiteral("check")}}) {
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(expected));
    }
    // Once there is one, it is used.
    QCOMPARE(run({QStringLiteral("init"), expected, QStringLiteral("--example")}).exitCode, 0);
    const Result r = run({QStringLiteral("contact"), QStringLiteral("PyPI")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Richard Jones")));
}

// ---------------------------------------------------------------- export

void TestCli::exportServicesToStdout()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(r.rawOut.startsWith("name,url,status,provider,host,owners,"));
    QVERIFY(r.rawOut.contains("\r\ndocs.python.org,https://docs.python.org,active,Rackspace,"
                              "Rackspace VM for docs.python.org,Benjamin Peterson; Georg Brandl,"));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(r.out, &records));
    QCOMPARE(records.size(), 16);
    for (const QStringList &record : std::as_const(records))
        QCOMPARE(record.size(), records.first().size());
}

void TestCli::writeErrorsOnStdoutFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("contact text") << QStringList{QStringLiteral("contact"), QStringLiteral("docs.python.org")};
    QTest::newRow("contact csv") << QStringList{QStringLiteral("contact"), QStringLiteral("docs.python.org"),
                                                QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("services")};
}

void TestCli::writeErrorsOnStdoutFail()
{
    QFETCH(QStringList, arguments);
    QVERIFY(QFileInfo::exists(QStringLiteral("/dev/full")));
    const QString file = example();
    QVERIFY(!file.isEmpty());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    process.setProcessEnvironment(env);
    // A full disk: every write to standard output fails.
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(STEWARD_BINARY), arguments + QStringList{QStringLiteral("--db"), file});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("standard output")));
}

void TestCli::exportServicesToFile()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result stdoutRun = run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file});
    QCOMPARE(stdoutRun.exitCode, 0);
    for (const QString &flag : {QStringLiteral("-o"), QStringLiteral("--output")}) {
        const QString out = path(QStringLiteral("services") + flag + QStringLiteral(".csv"));
        const Result r =
            run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file, flag, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QString());
        QCOMPARE(FileSnapshot::of(out).bytes, stdoutRun.rawOut);
    }
    // An existing file is replaced whole.
    const QString out = path(QStringLiteral("services-o.csv"));
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
    }
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file,
                  QStringLiteral("-o"), out})
                 .exitCode,
             0);
    QCOMPARE(FileSnapshot::of(out).bytes, stdoutRun.rawOut);
}

void TestCli::exportToAMissingFolderFails()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QString out = path(QStringLiteral("no/such/folder/services.csv"));
    const Result r = run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file,
                          QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no report") << QStringList{QStringLiteral("export")} << QStringLiteral("exactly one REPORT");
    QTest::newRow("unknown report") << QStringList{QStringLiteral("export"), QStringLiteral("frobs")}
                                    << QStringLiteral("unknown report \"frobs\"");
    QTest::newRow("selection without items")
        << QStringList{QStringLiteral("export"), QStringLiteral("selection")} << QStringLiteral("one or more ITEMs");
    QTest::newRow("safe and raw") << QStringList{QStringLiteral("export"), QStringLiteral("hosts"),
                                                 QStringLiteral("--safe"), QStringLiteral("--raw")}
                                  << QStringLiteral("exclude each other");
    QTest::newRow("import without files")
        << QStringList{QStringLiteral("import")} << QStringLiteral("one or more FILEs");
    QTest::newRow("two reports") << QStringList{QStringLiteral("export"), QStringLiteral("services"),
                                                QStringLiteral("services")}
                                 << QStringLiteral("exactly one REPORT");
}

void TestCli::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::exportOptionsAndSelection()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    QVERIFY(run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Georg Brandl"),
                 QStringLiteral("--role"), QStringLiteral("=SUM(A1)"), QStringLiteral("--db"), file})
                .exitCode == 0);
    const Result raw = run({QStringLiteral("export"), QStringLiteral("assignments"), QStringLiteral("--db"), file});
    QCOMPARE(raw.exitCode, 0);
    QVERIFY(raw.rawOut.startsWith("item,item_kind,contact,role,priority,note,valid_from,valid_until\r\n"));
    QVERIFY(raw.rawOut.contains("\r\nPyPI,service,Georg Brandl,=SUM(A1),primary,,,\r\n"));
    const Result safe = run({QStringLiteral("export"), QStringLiteral("assignments"), QStringLiteral("--safe"),
                             QStringLiteral("--excel"), QStringLiteral("--db"), file});
    QCOMPARE(safe.exitCode, 0);
    QVERIFY(safe.rawOut.startsWith("\xEF\xBB\xBFitem,item_kind,"));
    QVERIFY(safe.rawOut.contains("\r\nPyPI,service,Georg Brandl,'=SUM(A1),primary,,,\r\n"));

    const Result selection =
        run({QStringLiteral("export"), QStringLiteral("selection"), QStringLiteral("docs.python.org"),
             QStringLiteral("hg.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(selection.exitCode, 0);
    QVERIFY(
        selection.rawOut.contains("\r\nGeorg Brandl,person,,docs.python.org; hg.python.org,owner of docs.python.org; "
                                  "owner of hg.python.org\r\n"));
    const Result unknown = run({QStringLiteral("export"), QStringLiteral("selection"),
                                QStringLiteral("nope.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no item is called")));
    for (const char *report : {"services", "hosts", "providers", "contacts", "gaps"}) {
        const Result r = run({QStringLiteral("export"), QString::fromLatin1(report), QStringLiteral("--db"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.rawOut.endsWith("\r\n"));
    }
}

void TestCli::importRoundTripAndErrors()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    QStringList files;
    for (const char *report : {"providers", "hosts", "services", "contacts", "assignments"}) {
        const QString out = path(QString::fromLatin1(report) + QStringLiteral(".csv"));
        QCOMPARE(run({QStringLiteral("export"), QString::fromLatin1(report), QStringLiteral("--db"), file,
                      QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        files << out;
    }
    const QString copy = inventory(QStringLiteral("copy"));
    QCOMPARE(run({QStringLiteral("init"), copy, QStringLiteral("--organisation"),
                  QStringLiteral("Python Software Foundation")})
                 .exitCode,
             0);
    const Result dry = run(QStringList{QStringLiteral("import")} + files +
                           QStringList{QStringLiteral("--db"), copy, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("services.csv:2: services bugs.python.org: create")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("nothing written")));
    const Result imported =
        run(QStringList{QStringLiteral("import")} + files + QStringList{QStringLiteral("--db"), copy});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("changed 0, left 0 unchanged")), qPrintable(imported.out));
    for (const QString &f : std::as_const(files)) {
        const QString report = QFileInfo(f).completeBaseName();
        const Result again = run({QStringLiteral("export"), report, QStringLiteral("--db"), copy});
        QCOMPARE(again.rawOut, FileSnapshot::of(f).bytes);
    }
    // Errors: every one, as FILE:ROW:COLUMN, and nothing written.
    const QString bad = path(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,url,provider\nnew1,https://x.org,Nowhere\nnew2,not a url,\n");
    }
    const QStringList before = state(copy);
    const Result failed = run({QStringLiteral("import"), bad, QStringLiteral("--db"), copy});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(bad + QStringLiteral(":2:3: unknown provider \"Nowhere\"")), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(bad + QStringLiteral(":3:2: \"not a url\" is not a web address")),
             qPrintable(failed.err));
    QCOMPARE(state(copy), before);
}

// ---------------------------------------------------------------- check

// ---------------------------------------------------------------- statuses and link types

void TestCli::statusesOfOnesOwn()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList db{QStringLiteral("--db"), file};
    // The built-in statuses are listed with their categories.
    Result r = run(QStringList{QStringLiteral("statuses")} + db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^active +operational +built-in$"),
                                               QRegularExpression::MultilineOption)),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("read-only")));

    r = run(QStringList{QStringLiteral("status"), QStringLiteral("read-only"), QStringLiteral("--category"),
                        QStringLiteral("Degraded")} +
            db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("\"read-only\" is a status meaning degraded.\n"));
    r = run(QStringList{QStringLiteral("statuses")} + db);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^read-only +degraded +your own$"),
                                               QRegularExpression::MultilineOption)),
             qPrintable(r.out));
    r = run(QStringList{QStringLiteral("statuses"), QStringLiteral("--format"), QStringLiteral("csv")} + db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("status,category,declared\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\r\nactive,operational,built-in\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\r\nread-only,degraded,own\r\n")), qPrintable(r.out));

    // Declared again: its category changes.
    r = run(QStringList{QStringLiteral("status"), QStringLiteral("read-only"), QStringLiteral("--category"),
                        QStringLiteral("down")} +
            db);
    QCOMPARE(r.exitCode, 0);
    r = run(QStringList{QStringLiteral("statuses"), QStringLiteral("--format"), QStringLiteral("csv")} + db);
    QVERIFY2(r.out.contains(QStringLiteral("\r\nread-only,down,own\r\n")), qPrintable(r.out));

    // A built-in status stays as it is; nothing is written.
    QStringList before = state(file);
    r = run(QStringList{QStringLiteral("status"), QStringLiteral("active"), QStringLiteral("--category"),
                        QStringLiteral("down")} +
            db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("\"active\" is a built-in status")), qPrintable(r.err));
    QCOMPARE(state(file), before);

    // Refused while an item has it.
    {
        Database database;
        QVERIFY2(database.open(file), qPrintable(database.errorString()));
        Store store(database);
        Item pypi = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
        pypi.status = QStringLiteral("read-only");
        QString error;
        QVERIFY2(store.updateItem(pypi, &error), qPrintable(error));
    }
    before = state(file);
    r = run(QStringList{QStringLiteral("status"), QStringLiteral("--remove"), QStringLiteral("read-only")} + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("steward: ")) && r.err.contains(QStringLiteral("read-only")),
             qPrintable(r.err));
    QCOMPARE(state(file), before);
    {
        Database database;
        QVERIFY2(database.open(file), qPrintable(database.errorString()));
        Store store(database);
        Item pypi = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
        pypi.status = QStringLiteral("active");
        QString error;
        QVERIFY2(store.updateItem(pypi, &error), qPrintable(error));
    }
    r = run(QStringList{QStringLiteral("status"), QStringLiteral("--remove"), QStringLiteral("read-only")} + db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Removed the status \"read-only\".\n"));
    r = run(QStringList{QStringLiteral("statuses")} + db);
    QVERIFY(!r.out.contains(QStringLiteral("read-only")));
    // Gone: removing it again is refused.
    r = run(QStringList{QStringLiteral("status"), QStringLiteral("--remove"), QStringLiteral("read-only")} + db);
    QCOMPARE(r.exitCode, 1);
}

void TestCli::linkTypesOfOnesOwn()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList db{QStringLiteral("--db"), file};
    Result r = run(QStringList{QStringLiteral("link-types")} + db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^depends_on +depends on +failure follows +built-in$"),
                                               QRegularExpression::MultilineOption)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^configured_by +.* +failure stops +built-in$"),
                                               QRegularExpression::MultilineOption)),
             qPrintable(r.out));

    // The key as typed is normalised ("Replicates to" is replicates_to).
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("Replicates to"), QStringLiteral("--label"),
                        QStringLiteral("replicates to"), QStringLiteral("--no-failure")} +
            db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("\"replicates_to\" (replicates to) is a link type; a failure does not follow its "
                                   "links.\n"));
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("monitored_by")} + db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("\"monitored_by\" (monitored by) is a link type; a failure follows its links.\n"));
    r = run(QStringList{QStringLiteral("link-types"), QStringLiteral("--format"), QStringLiteral("csv")} + db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("key,label,carries_failure,declared\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\r\nreplicates_to,replicates to,no,own\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\r\nmonitored_by,monitored by,yes,own\r\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\r\ndepends_on,depends on,yes,built-in\r\n")), qPrintable(r.out));

    // Built-in types and keys that cannot be keys are refused; nothing is written.
    const QStringList before = state(file);
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("depends_on"), QStringLiteral("--no-failure")} +
            db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("built-in link type")), qPrintable(r.err));
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("uses!")} + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("letters, digits and underscores")), qPrintable(r.err));
    QCOMPARE(state(file), before);

    // Refused while a link has it.
    {
        Database database;
        QVERIFY2(database.open(file), qPrintable(database.errorString()));
        Store store(database);
        Link link;
        link.fromItem = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).first().id;
        link.toItem = test::must(store.findItemsByName(QStringLiteral("Fastly"), test::readError())).first().id;
        link.type = QStringLiteral("monitored_by");
        QString error;
        QVERIFY2(store.addLink(link, &error), qPrintable(error));
    }
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("--remove"), QStringLiteral("monitored_by")} + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("used by 1 link")), qPrintable(r.err));
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("--remove"), QStringLiteral("replicates_to")} + db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Removed the link type \"replicates_to\".\n"));
    r = run(QStringList{QStringLiteral("link-types")} + db);
    QVERIFY(!r.out.contains(QStringLiteral("replicates_to")));
    QVERIFY(r.out.contains(QStringLiteral("monitored_by")));
    r = run(QStringList{QStringLiteral("link-type"), QStringLiteral("--remove"), QStringLiteral("replicates_to")} + db);
    QCOMPARE(r.exitCode, 1);
}

void TestCli::statusAndLinkTypeUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("status without category")
        << QStringList{QStringLiteral("status"), QStringLiteral("read-only")} << QStringLiteral("needs --category");
    QTest::newRow("unknown category") << QStringList{QStringLiteral("status"), QStringLiteral("read-only"),
                                                     QStringLiteral("--category"), QStringLiteral("broken")}
                                      << QStringLiteral(
                                             "the categories are operational, degraded, down, retired, planned");
    QTest::newRow("remove with category")
        << QStringList{QStringLiteral("status"), QStringLiteral("--remove"), QStringLiteral("x"),
                       QStringLiteral("--category"), QStringLiteral("down")}
        << QStringLiteral("--remove takes no --category");
    QTest::newRow("status without name") << QStringList{QStringLiteral("status")} << QStringLiteral("one NAME");
    QTest::newRow("two names") << QStringList{QStringLiteral("status"), QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("--category"), QStringLiteral("down")}
                               << QStringLiteral("one NAME");
    QTest::newRow("link-type without key") << QStringList{QStringLiteral("link-type")} << QStringLiteral("one KEY");
    QTest::newRow("remove with label") << QStringList{QStringLiteral("link-type"), QStringLiteral("--remove"),
                                                      QStringLiteral("x"), QStringLiteral("--label"),
                                                      QStringLiteral("y")}
                                       << QStringLiteral("--remove takes no --label");
    QTest::newRow("statuses with an argument")
        << QStringList{QStringLiteral("statuses"), QStringLiteral("x")} << QStringLiteral("takes no arguments");
    QTest::newRow("link-types bad format")
        << QStringList{QStringLiteral("link-types"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("xml");
}

void TestCli::statusAndLinkTypeUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = state(file);
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(state(file), before);
}

void TestCli::checkClean()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), file + QStringLiteral(": ok"));
    QCOMPARE(r.err, QString());
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("extra"), QStringLiteral("--db"), file}).exitCode, 2);
}

void TestCli::checkForeignKeyViolation()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    if (test::backend() == Backend::PostgreSQL) {
        // The server enforces every foreign key itself: the damage cannot be done, and
        // the inventory stays clean.
        {
            RawConnection raw(file);
            QString error;
            QVERIFY(!raw.exec(QStringLiteral("INSERT INTO assignment (item_id, contact_id, role)"
                                             " VALUES (99999, (SELECT min(id) FROM contact), 'owner')"),
                              &error));
            QVERIFY2(error.contains(QStringLiteral("foreign key")), qPrintable(error));
        }
        const Result r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(": ok")), qPrintable(r.out));
        return;
    }
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QString error;
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO assignment (item_id, contact_id, role)"
                                         " VALUES (99999, (SELECT min(id) FROM contact), 'owner')"),
                          &error),
                 qPrintable(error));
    }
    const Result r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("foreign key")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("table assignment")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("1 problem(s) found.")), qPrintable(r.err));
}

void TestCli::checkTreeRuleViolation()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    {
        RawConnection raw(file);
        // Rackspace moved under Fastly: a provider under a provider.
        QVERIFY(raw.exec(QStringLiteral("UPDATE item SET parent_id = (SELECT id FROM item WHERE name = 'Fastly')"
                                        " WHERE name = 'Rackspace'")));
    }
    const Result r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("provider \"Rackspace\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not directly under the organisation")), qPrintable(r.err));
}

// ---------------------------------------------------------------- bad files

void TestCli::assignAndUnassign()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    Result r = run({QStringLiteral("assign"), QStringLiteral("pypi"), QStringLiteral("alex gaynor"),
                    QStringLiteral("--role"), QStringLiteral("sponsor"), QStringLiteral("--priority"),
                    QStringLiteral("secondary"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Alex Gaynor is now sponsor (secondary) of PyPI.")), qPrintable(r.out));
    r = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QVERIFY2(r.out.contains(QStringLiteral("Alex Gaynor [person] sponsor, secondary: sponsor of PyPI")),
             qPrintable(r.out));

    r = run({QStringLiteral("unassign"), QStringLiteral("PyPI"), QStringLiteral("Alex Gaynor"), QStringLiteral("--db"),
             file});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QVERIFY(!r.out.contains(QStringLiteral("Alex Gaynor")));

    // Both edits are in the history, newest first, by the operating-system user (on a
    // server, the database user, whoever runs the command).
    r = run({QStringLiteral("history"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY2(lines.at(0).contains(QStringLiteral("  %1  Removed Alex Gaynor as sponsor of PyPI").arg(actor())),
             qPrintable(lines.at(0)));
    QVERIFY2(
        lines.at(1).contains(QStringLiteral("  %1  Assigned Alex Gaynor to PyPI as sponsor (secondary)").arg(actor())),
        qPrintable(lines.at(1)));
}

void TestCli::assignWithCover()
{
    // The command line's days are today's (no clock to set): relative to it.
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QDate today = QDate::currentDate();
    const QString until = today.addDays(30).toString(Qt::ISODate);
    Result r =
        run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
             QStringLiteral("owner"), QStringLiteral("--until"), until, QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Georg Brandl is now owner (primary, until %1) of PyPI.").arg(until)),
             qPrintable(r.out));
    // Not begun yet, and over already: kept, not listed.
    r = run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Antoine Pitrou"),
             QStringLiteral("--role"), QStringLiteral("contact"), QStringLiteral("--from"),
             today.addDays(1).toString(Qt::ISODate), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Alex Gaynor"), QStringLiteral("--role"),
             QStringLiteral("sponsor"), QStringLiteral("--from"), today.addDays(-9).toString(Qt::ISODate),
             QStringLiteral("--until"), today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The covering owner first (owner before maintainers), saying until when.
    QVERIFY2(lines.value(0).startsWith(
                 QStringLiteral("Georg Brandl [person] owner, primary: owner of PyPI, covering until %1")
                     .arg(QLocale::c().toString(today.addDays(30), QStringLiteral("d MMM yyyy")))),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Antoine Pitrou")) && !r.out.contains(QStringLiteral("Alex Gaynor")),
             qPrintable(r.out));
    // Kept and exported with their days.
    r = run({QStringLiteral("export"), QStringLiteral("assignments"), QStringLiteral("--db"), file});
    QVERIFY2(r.out.contains(QStringLiteral("PyPI,service,Georg Brandl,owner,primary,,,%1\r\n").arg(until)),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("PyPI,service,Alex Gaynor,sponsor,primary,,%1,%2\r\n")
                               .arg(today.addDays(-9).toString(Qt::ISODate), today.addDays(-1).toString(Qt::ISODate))));
    // Refused, changing nothing: not a date, or a cover that ends before it starts.
    const QStringList before = test::dumpInventory(file);
    r = run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Noah Kantrowitz"),
             QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("--from"), QStringLiteral("2027-02-30"),
             QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--from \"2027-02-30\" is not a date")), qPrintable(r.err));
    r = run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Noah Kantrowitz"),
             QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("--from"), QStringLiteral("2027-01-15"),
             QStringLiteral("--until"), QStringLiteral("2027-01-10"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--until 2027-01-10 is before --from 2027-01-15")), qPrintable(r.err));
    QCOMPARE(test::dumpInventory(file), before);
}

void TestCli::linkImpactAndUnlink()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    // PyPI uses the docs: impact on the docs' VM now reaches PyPI, with the path and whom to call.
    Result r = run({QStringLiteral("link"), QStringLiteral("pypi"), QStringLiteral("docs.python.org"),
                    QStringLiteral("--type"), QStringLiteral("depends on"), QStringLiteral("--note"),
                    QStringLiteral("reads the docs"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Linked: PyPI depends on docs.python.org.")), qPrintable(r.out + r.err));
    r = run(
        {QStringLiteral("impact"), QStringLiteral("Rackspace VM for docs.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    const QStringList text = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(text.value(0), QStringLiteral("If Rackspace VM for docs.python.org fails, 2 item(s) fail with it:"));
    QCOMPARE(text.value(3),
             QStringLiteral("  PyPI → depends on docs.python.org → runs on Rackspace VM for docs.python.org"));
    QVERIFY2(text.value(4).startsWith(QStringLiteral("    call: Donald Stufft (maintainer of PyPI)")),
             qPrintable(r.out));
    r = run({QStringLiteral("impact"), QStringLiteral("Rackspace VM for docs.python.org"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("item,item_kind,path,contacts"),
                          QStringLiteral("docs.python.org,service,docs.python.org → runs on Rackspace VM for "
                                         "docs.python.org,Benjamin Peterson; Georg Brandl"),
                          QStringLiteral("PyPI,service,PyPI → depends on docs.python.org → runs on Rackspace VM "
                                         "for docs.python.org,Donald Stufft; Ernest W. Durbin III; Richard Jones")}));
    // The report says the same.
    r = run({QStringLiteral("export"), QStringLiteral("impact"), QStringLiteral("Rackspace VM for docs.python.org"),
             QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 3);
    r = run({QStringLiteral("impact"), QStringLiteral("ximinez"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Nothing depends on ximinez."));
    // A cycle is recorded, and reported.
    r = run({QStringLiteral("link"), QStringLiteral("docs.python.org"), QStringLiteral("PyPI"),
             QStringLiteral("--type"), QStringLiteral("depends_on"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("impact"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QVERIFY2(r.out.contains(QStringLiteral("Dependency cycles:\n  docs.python.org → depends on PyPI → depends on "
                                           "docs.python.org")),
             qPrintable(r.out));

    r = run({QStringLiteral("unlink"), QStringLiteral("PyPI"), QStringLiteral("docs.python.org"),
             QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Removed 1 link(s) from PyPI to docs.python.org.")), qPrintable(r.out));
    r = run({QStringLiteral("unlink"), QStringLiteral("PyPI"), QStringLiteral("docs.python.org"),
             QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("there is no link from PyPI to docs.python.org")), qPrintable(r.err));
    r = run({QStringLiteral("history"), QStringLiteral("PyPI"), QStringLiteral("--db"), file});
    QVERIFY2(r.out.contains(QStringLiteral("Removed a link")), qPrintable(r.out));
}

void TestCli::linkErrorsNameTheField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *a : list)
            result << QString::fromUtf8(a);
        return result;
    };
    QTest::newRow("no type") << args({"link", "PyPI", "Fastly"}) << 2 << QStringLiteral("--type: link needs a type");
    QTest::newRow("unknown type") << args({"link", "PyPI", "Fastly", "--type", "bogus"}) << 1
                                  << QStringLiteral("--type: \"bogus\" is not a link type");
    QTest::newRow("unknown from") << args({"link", "nope", "Fastly", "--type", "depends_on"}) << 1
                                  << QStringLiteral("FROM: no item is called \"nope\"");
    QTest::newRow("unknown to") << args({"link", "PyPI", "nope", "--type", "depends_on"}) << 1
                                << QStringLiteral("TO: no item is called \"nope\"");
    QTest::newRow("wrong kind") << args({"link", "PyPI", "Fastly", "--type", "fronted_by", "--to-kind", "host"}) << 1
                                << QStringLiteral("TO: no host is called \"Fastly\"");
    QTest::newRow("bad kind") << args({"link", "PyPI", "Fastly", "--type", "fronted_by", "--from-kind", "box"}) << 2
                              << QStringLiteral("--from-kind: unknown kind \"box\"");
    QTest::newRow("itself") << args({"link", "PyPI", "PyPI", "--type", "depends_on"}) << 1
                            << QStringLiteral("cannot be linked to itself");
    QTest::newRow("unlink unknown type") << args({"unlink", "PyPI", "Fastly", "--type", "dns_by"}) << 1
                                         << QStringLiteral("--type: there is no dns_by link from PyPI to Fastly");
}

void TestCli::linkErrorsNameTheField()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = state(file);
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(state(file), before);
}

void TestCli::linkAmbiguousAcrossKinds()
{
    // A host and a service of one name: the error lists the kinds; --to-kind chooses.
    const QString file = example();
    QVERIFY(!file.isEmpty());
    {
        Database db;
        QVERIFY(db.open(file));
        Store store(db);
        Item host = test::must(store.findItemsByName(QStringLiteral("dinsdale"), test::readError())).first();
        Item twin;
        twin.kind = ItemKind::Service;
        twin.name = QStringLiteral("dinsdale");
        twin.parentId = host.id;
        QString error;
        QVERIFY2(store.createItem(twin, &error), qPrintable(error));
    }
    Result r = run({QStringLiteral("link"), QStringLiteral("PyPI"), QStringLiteral("dinsdale"),
                    QStringLiteral("--type"), QStringLiteral("depends_on"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("TO: \"dinsdale\" is ambiguous: host, service have that name; say which "
                                           "with --to-kind host|service")),
             qPrintable(r.err));
    r = run({QStringLiteral("link"), QStringLiteral("PyPI"), QStringLiteral("dinsdale"), QStringLiteral("--type"),
             QStringLiteral("depends_on"), QStringLiteral("--to-kind"), QStringLiteral("service"),
             QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("impact"), QStringLiteral("dinsdale"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1); // impact looks up like contact: an ambiguous name lists the candidates
}

void TestCli::refusedEditsChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("already assigned") << QStringList{QStringLiteral("assign"), QStringLiteral("docs.python.org"),
                                                     QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
                                                     QStringLiteral("owner")}
                                      << 1 << QStringLiteral("already owner of docs.python.org");
    QTest::newRow("unknown contact") << QStringList{QStringLiteral("assign"), QStringLiteral("PyPI"),
                                                    QStringLiteral("Guido"), QStringLiteral("--role"),
                                                    QStringLiteral("owner")}
                                     << 1 << QStringLiteral("no contact is called \"Guido\"");
    QTest::newRow("unknown item") << QStringList{QStringLiteral("assign"), QStringLiteral("pypi.org"),
                                                 QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
                                                 QStringLiteral("owner")}
                                  << 1 << QStringLiteral("no item is called");
    QTest::newRow("no role") << QStringList{QStringLiteral("assign"), QStringLiteral("PyPI"),
                                            QStringLiteral("Georg Brandl")}
                             << 2 << QStringLiteral("--role");
    QTest::newRow("bad priority") << QStringList{QStringLiteral("assign"),       QStringLiteral("PyPI"),
                                                 QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
                                                 QStringLiteral("owner"),        QStringLiteral("--priority"),
                                                 QStringLiteral("urgent")}
                                  << 2 << QStringLiteral("unknown priority");
    QTest::newRow("not assigned") << QStringList{QStringLiteral("unassign"), QStringLiteral("PyPI"),
                                                 QStringLiteral("Georg Brandl")}
                                  << 1 << QStringLiteral("Georg Brandl is not assigned to PyPI");
    QTest::newRow("not in that role") << QStringList{QStringLiteral("unassign"), QStringLiteral("docs.python.org"),
                                                     QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
                                                     QStringLiteral("maintainer")}
                                      << 1 << QStringLiteral("is not maintainer of docs.python.org");
}

void TestCli::refusedEditsChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = state(file);
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(state(file) == before, "a refused edit changed the inventory");
}

void TestCli::historyFormats()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    Result r = run({QStringLiteral("history"), QStringLiteral("--db"), file, QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(r.out, &records));
    QCOMPARE(records.size(), 4);
    QCOMPARE(
        records.first(),
        (QStringList{QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("change"), QStringLiteral("entity"),
                     QStringLiteral("entity_id"), QStringLiteral("item_id"), QStringLiteral("action"),
                     QStringLiteral("summary"), QStringLiteral("before"), QStringLiteral("after")}));
    QCOMPARE(records.at(1).at(1), actor());
    QCOMPARE(records.at(1).at(6), QStringLiteral("create"));
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("nothing-here"), QStringLiteral("--db"), file}).exitCode,
             1);
    QCOMPARE(
        run({QStringLiteral("history"), QStringLiteral("--db"), file, QStringLiteral("--limit"), QStringLiteral("x")})
            .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--db"), file, QStringLiteral("--format"),
                  QStringLiteral("xml")})
                 .exitCode,
             2);
}

void TestCli::revertBatch()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QString csv = path(QStringLiteral("services.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "name,url,status,provider\nsvc-a,https://a.example,active,OSUOSL\nsvc-b,https://b.example,active,OSUOSL\n");
    }
    const QStringList before = state(file);
    QCOMPARE(run({QStringLiteral("import"), csv, QStringLiteral("--db"), file}).exitCode, 0);
    // svc-a gets an owner since: a change the revert must not take away unasked.
    QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("svc-a"), QStringLiteral("Noah Kantrowitz"),
                  QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("--db"), file})
                 .exitCode,
             0);
    // Without BATCH: the recent batches, newest first, with their numbers.
    Result r = run(
        {QStringLiteral("revert"), QStringLiteral("--db"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVector<QStringList> batches;
    QVERIFY(test::parseCsv(r.out, &batches));
    QCOMPARE(batches.value(0), (QStringList{QStringLiteral("batch"), QStringLiteral("at"), QStringLiteral("actor"),
                                            QStringLiteral("label"), QStringLiteral("changes")}));
    QVERIFY(batches.size() >= 3);
    QVERIFY2(batches.at(2).at(3).startsWith(QStringLiteral("Import")), qPrintable(batches.at(2).join(u'|')));
    QCOMPARE(batches.at(2).at(4), QStringLiteral("2"));
    const QString batch = batches.at(2).at(0);
    const QStringList assigned = state(file);

    // A dry run says what would happen, the changed record first, and writes nothing.
    r = run({QStringLiteral("revert"), batch, QStringLiteral("--dry-run"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("changed since: Created service \"svc-a\"")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Assigned Noah Kantrowitz to svc-a")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Created service \"svc-b\" → Delete \"svc-b\"")), qPrintable(r.out));
    QCOMPARE(state(file), assigned);
    // Without --skip-changed, a changed record refuses the revert.
    r = run({QStringLiteral("revert"), batch, QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--skip-changed")), qPrintable(r.err));
    QCOMPARE(state(file), assigned);
    r = run({QStringLiteral("revert"), batch, QStringLiteral("--skip-changed"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Reverted 1 change(s)")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("search"), QStringLiteral("svc-"), QStringLiteral("--db"), file});
    QVERIFY2(r.out.contains(QStringLiteral("svc-a")) && !r.out.contains(QStringLiteral("svc-b")), qPrintable(r.out));
    // The revert is a batch of its own, labelled after the one it reverts.
    r = run({QStringLiteral("revert"), QStringLiteral("--db"), file, QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(r.out.contains(QStringLiteral("Revert: Import")), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY(state(file) != before);

    // Usage errors, and a batch that is not there.
    QCOMPARE(run({QStringLiteral("revert"), QStringLiteral("x"), QStringLiteral("--db"), file}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("revert"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--db"), file})
                 .exitCode,
             2);
    r = run({QStringLiteral("revert"), QStringLiteral("999999"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("999999")), qPrintable(r.err));
}

void TestCli::searchText()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    // Accents and case: "andre" finds Marc-André.
    Result r = run({QStringLiteral("search"), QStringLiteral("andre"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.rawOut, QByteArray("Marc-Andr\xc3\xa9 Lemburg [person]\n"));
    // A substring of a channel, with the field that matched for the team's address.
    r = run({QStringLiteral("search"), QStringLiteral("python-inf"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("#python-infra [chat channel]\n"
                                   "Infrastructure team [team] IRC: irc://irc.freenode.net/#python-infra\n"));
    // Grouped by kind: services, hosts, providers, then contacts (when no group has a
    // better match than another); --limit per kind.
    r = run({QStringLiteral("search"), QStringLiteral("docs"), QStringLiteral("--db"), file, QStringLiteral("--limit"),
             QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("docs.python.org [service]"));
    QCOMPARE(lines.value(1), QStringLiteral("Rackspace VM for docs.python.org [host]"));
    QVERIFY2(lines.value(2).startsWith(QStringLiteral("Rackspace [provider] description: ")), qPrintable(r.out));
    QVERIFY2(lines.value(3).startsWith(QStringLiteral("(more providers")), qPrintable(r.out));
    // An exact name leads, whatever its kind: the provider Fastly before the services
    // whose notes mention it.
    r = run({QStringLiteral("search"), QStringLiteral("fastly"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Fastly [provider]\n"
                                   "www.python.org [service] notes: The whole site is behind Fastly.\n"
                                   "Python downloads [service] notes: Part of www.python.org; the whole site is "
                                   "behind Fastly.\n"));
    // An email address.
    r = run({QStringLiteral("search"), QStringLiteral("tracker-discuss@python.org"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("tracker-discuss@python.org [mailing list]\n"));
}

void TestCli::searchCsv()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const Result r = run({QStringLiteral("search"), QStringLiteral("pypi"), QStringLiteral("--db"), file,
                          QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.rawOut.endsWith("\r\n"));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(r.out, &records));
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("group"), QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name"),
                          QStringLiteral("field"), QStringLiteral("match"), QStringLiteral("score")}));
    QVERIFY(records.size() >= 4);
    QCOMPARE(records.at(1).mid(0, 2), (QStringList{QStringLiteral("service"), QStringLiteral("service")}));
    QCOMPARE(records.at(1).at(3), QStringLiteral("PyPI"));
    QCOMPARE(records.at(1).at(4), QStringLiteral("name"));
    // Rows in the order of the text: an exact name first, its group first.
    const Result fastly = run({QStringLiteral("search"), QStringLiteral("Fastly"), QStringLiteral("--db"), file,
                               QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(fastly.exitCode, 0);
    QVector<QStringList> fastlyRecords;
    QVERIFY(test::parseCsv(fastly.out, &fastlyRecords));
    QCOMPARE(fastlyRecords.size(), 4);
    QCOMPARE(fastlyRecords.at(1).mid(0, 5),
             (QStringList{QStringLiteral("provider"), QStringLiteral("provider"), fastlyRecords.at(1).at(2),
                          QStringLiteral("Fastly"), QStringLiteral("name")}));
    QCOMPARE(fastlyRecords.at(2).at(0), QStringLiteral("service"));
    bool rackspace = false;
    for (const QStringList &record : records) {
        QCOMPARE(record.size(), 7);
        rackspace =
            rackspace || (record.at(0) == QStringLiteral("provider") && record.at(3) == QStringLiteral("Rackspace") &&
                          record.at(4) == QStringLiteral("config_repo") &&
                          record.at(5) == QStringLiteral("https://github.com/python/pypi-salt"));
    }
    QVERIFY(rackspace);
}

void TestCli::aliasesAndTagsFromTheCommandLine()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    {
        Database db;
        QVERIFY(db.open(file));
        Store store(db);
        QString error;
        const auto edit = [&](const QString &name, const QStringList &aliases, const QStringList &tags) {
            const QVector<Item> found = test::must(store.findItemsByName(name, test::readError()));
            QCOMPARE(found.size(), 1);
            Item item = test::must(store.item(found.first().id, test::readError()));
            item.aliases = aliases;
            item.tags = tags;
            QVERIFY2(store.updateItem(item, &error), qPrintable(error));
        };
        edit(QStringLiteral("docs.python.org"), {QStringLiteral("doc.python.org")},
             {QStringLiteral("env=prod"), QStringLiteral("pci")});
        edit(QStringLiteral("www.python.org"), {}, {QStringLiteral("env=prod")});
        edit(QStringLiteral("staging.python.org"), {}, {QStringLiteral("env=staging")});
    }
    // Who to contact about a service named by its alias: the same answer as by its name.
    const Result byName =
        run({QStringLiteral("contact"), QStringLiteral("docs.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(byName.exitCode, 0);
    for (const QString &alias : {QStringLiteral("doc.python.org"), QStringLiteral("DOC.Python.org")}) {
        const Result byAlias = run({QStringLiteral("contact"), alias, QStringLiteral("--db"), file});
        QCOMPARE(byAlias.exitCode, 0);
        QCOMPARE(byAlias.err, QString());
        QCOMPARE(byAlias.out, byName.out);
    }
    // Search: the alias as a name, with what matched.
    Result r = run({QStringLiteral("search"), QStringLiteral("doc.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("docs.python.org [service] alias: doc.python.org"));
    // tag: filters, alone and with text.
    r = run({QStringLiteral("search"), QStringLiteral("tag:env=prod"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("docs.python.org [service] tag: env=prod\n"
                                   "www.python.org [service] tag: env=prod\n"));
    r = run({QStringLiteral("search"), QStringLiteral("tag:env"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("docs.python.org [service] tag: env=prod\n"
                                   "staging.python.org [service] tag: env=staging\n"
                                   "www.python.org [service] tag: env=prod\n"));
    r = run({QStringLiteral("search"), QStringLiteral("www tag:env=prod"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("www.python.org [service]\n"));
    r = run({QStringLiteral("search"), QStringLiteral("tag:pci"), QStringLiteral("--db"), file,
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(r.out, &records));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).mid(0, 2), (QStringList{QStringLiteral("service"), QStringLiteral("service")}));
    QCOMPARE(records.at(1).mid(3, 3),
             (QStringList{QStringLiteral("docs.python.org"), QStringLiteral("tag"), QStringLiteral("pci")}));
    // A tag nothing has: nothing matches.
    r = run({QStringLiteral("search"), QStringLiteral("tag:env=dev"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nothing matches")), qPrintable(r.err));
}

void TestCli::searchNothingFound()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QStringList before = state(file);
    const Result r = run({QStringLiteral("search"), QStringLiteral("no such thing"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("nothing matches")), qPrintable(r.err));
    // Searching never writes.
    QCOMPARE(state(file), before);
    const QString absent = inventory(QStringLiteral("missing"));
    const Result missing = run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--db"), absent});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
    QVERIFY(!exists(absent));
}

void TestCli::searchUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no query") << QStringList{QStringLiteral("search")};
    QTest::newRow("empty query") << QStringList{QStringLiteral("search"), QStringLiteral(" ")};
    QTest::newRow("two queries") << QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("search"), QStringLiteral("a"),
                                               QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"),
                                              QStringLiteral("0")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("search"), QStringLiteral("a"),
                                                   QStringLiteral("--fuzzy")};
}

void TestCli::searchUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("steward --help")), qPrintable(r.err));
}

void TestCli::checkReadOnlyChangesNothing()
{
    // A read-only file may be checked; a check writes nothing, on a server too.
    const QString file = test::backend() == Backend::SQLite ? makeBadFile(QStringLiteral("readonly")) : example();
    QVERIFY(!file.isEmpty());
    const InventorySnapshot before = InventorySnapshot::of(file);
    QVERIFY2(before.error.isEmpty() && before.exists, qPrintable(before.error));
    const Result r = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(": ok")), qPrintable(r.out));
    QCOMPARE(InventorySnapshot::of(file).differenceFrom(before), QString());
}

void TestCli::checkWantsAnEscalationContact()
{
    // An empty inventory without an escalation contact: every item has nobody to contact.
    const QString bare = inventory(QStringLiteral("bare"));
    QCOMPARE(run({QStringLiteral("init"), bare}).exitCode, 0);
    // Sound, so check passes, but it warns.
    Result r = run({QStringLiteral("check"), QStringLiteral("--db"), bare});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("warning: the organisation has no active escalation contact")),
             qPrintable(r.err));

    const QString staffed = inventory(QStringLiteral("staffed"));
    QCOMPARE(run({QStringLiteral("init"), staffed, QStringLiteral("--organisation"), QStringLiteral("Acme"),
                  QStringLiteral("--escalation"), QStringLiteral("ops@acme.example")})
                 .exitCode,
             0);
    r = run({QStringLiteral("check"), QStringLiteral("--db"), staffed});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    r = run({QStringLiteral("contact"), QStringLiteral("acme"), QStringLiteral("--db"), staffed});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("ops@acme.example [mailbox] escalation, primary")), qPrintable(r.out));

    // A bad address, or one with --example, is a usage error and creates nothing.
    const QString bad = inventory(QStringLiteral("bad"));
    QCOMPARE(
        run({QStringLiteral("init"), bad, QStringLiteral("--escalation"), QStringLiteral("not an address")}).exitCode,
        2);
    QCOMPARE(run({QStringLiteral("init"), bad, QStringLiteral("--example"), QStringLiteral("--escalation"),
                  QStringLiteral("ops@acme.example")})
                 .exitCode,
             2);
    QVERIFY(!exists(bad));
}

void TestCli::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("command");
    const QList<QPair<QString, QString>> kinds =
        test::backend() == Backend::SQLite
            ? QList<QPair<QString, QString>>{
                  {QStringLiteral("text"), QStringLiteral("not a Steward inventory")},
                  {QStringLiteral("empty"), QStringLiteral("is empty")},
                  {QStringLiteral("foreign"), QStringLiteral("another application")},
                  {QStringLiteral("newer"), QStringLiteral("newer version of Steward")},
                  {QStringLiteral("missing"), QStringLiteral("does not exist")},
              }
            : QList<QPair<QString, QString>>{
                  {QStringLiteral("empty"), QStringLiteral("is an empty PostgreSQL database")},
                  {QStringLiteral("foreign"), QStringLiteral("another application")},
                  {QStringLiteral("newer"), QStringLiteral("newer version of Steward")},
                  {QStringLiteral("missing"), QStringLiteral("does not exist")},
              };
    // A read-only file is not refused: every command that only reads works on it
    // (checkReadOnlyChangesNothing here, tst_readonly for each command).
    for (const auto &kind : kinds) {
        for (const char *command : {"contact", "export", "check"}) {
            QTest::addRow("%s, %s", qPrintable(kind.first), command)
                << kind.first << kind.second << QString::fromLatin1(command);
        }
    }
}

void TestCli::badFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(QString, command);
    const QString file = makeBadFile(kind);
    QVERIFY(!file.isEmpty());
    // Whatever it is (a text file, another application's database, an empty or a
    // missing one): all of it, every byte and every row, if it has any.
    const InventorySnapshot before = InventorySnapshot::of(file);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(before.exists, kind != QLatin1String("missing"));
    const QStringList entries = test::folderEntries(m_dir->path());

    QStringList arguments{command};
    if (command == QLatin1String("contact"))
        arguments << QStringLiteral("PyPI");
    else if (command == QLatin1String("export"))
        arguments << QStringLiteral("services");
    arguments << QStringLiteral("--db") << file;
    const Result r = run(arguments);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QStringLiteral("steward: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(InventorySnapshot::of(file).differenceFrom(before), QString());
    QVERIFY(exists(file) == (kind != QLatin1String("missing")));
    QCOMPARE(test::folderEntries(m_dir->path()), entries);
}

QTEST_GUILESS_MAIN(TestCli)

void TestCli::controlCharactersAreEscapedOnTheTerminal()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    // A name from before the Store refused control characters (or from another program).
    const QString hostile = QStringLiteral("Georg \x1b[31mBrandl\a") + QChar(0x202e);
    {
        RawConnection raw(file);
        QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
        QSqlQuery q(QSqlDatabase::database(raw.connectionName(), false));
        QVERIFY(q.prepare(QStringLiteral("UPDATE contact SET name = ? WHERE name = 'Georg Brandl'")));
        q.addBindValue(hostile);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const auto clean = [](const QByteArray &bytes) {
        return !bytes.contains('\x1b') && !bytes.contains('\a') && !bytes.contains("\xe2\x80\xae");
    };
    const Result text =
        run({QStringLiteral("contact"), QStringLiteral("docs.python.org"), QStringLiteral("--db"), file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(clean(text.rawOut), text.rawOut.constData());
    QVERIFY2(text.out.contains(QStringLiteral("Georg \\x1b[31mBrandl\\x07\\u202e [person]")), qPrintable(text.out));
    // CSV is data, not a terminal: exactly as stored.
    const Result csv = run({QStringLiteral("contact"), QStringLiteral("docs.python.org"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--db"), file});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.contains(hostile), qPrintable(csv.out));
    // Messages that quote what was typed.
    const Result missing =
        run({QStringLiteral("contact"), QStringLiteral("nope\x1b]0;pwned\a"), QStringLiteral("--db"), file});
    QCOMPARE(missing.exitCode, 1);
    const QByteArray err = missing.err.toUtf8();
    QVERIFY2(clean(err), err.constData());
    QVERIFY2(missing.err.contains(QStringLiteral("nope\\x1b]0;pwned\\x07")), qPrintable(missing.err));
    // The history, as text.
    const Result history = run({QStringLiteral("history"), QStringLiteral("--db"), file});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(clean(history.rawOut), history.rawOut.constData());
}

void TestCli::excelImpliesSafe()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    QCOMPARE(
        run({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
             QStringLiteral("maintainer"), QStringLiteral("--note"), formula, QStringLiteral("--db"), file})
            .exitCode,
        0);
    const QByteArray guarded = "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"";
    const QByteArray raw = "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"";
    // For a spreadsheet: guarded, with a byte-order mark.
    const Result excel = run({QStringLiteral("export"), QStringLiteral("assignments"), QStringLiteral("--excel"),
                              QStringLiteral("--db"), file});
    QCOMPARE(excel.exitCode, 0);
    QVERIFY(excel.rawOut.startsWith("\xEF\xBB\xBFitem,item_kind,"));
    QVERIFY2(excel.rawOut.contains(guarded), excel.rawOut.constData());
    QVERIFY(!excel.rawOut.contains("," + raw));
    // --raw, said explicitly, keeps it as stored.
    const Result excelRaw = run({QStringLiteral("export"), QStringLiteral("assignments"), QStringLiteral("--excel"),
                                 QStringLiteral("--raw"), QStringLiteral("--db"), file});
    QCOMPARE(excelRaw.exitCode, 0);
    QVERIFY(excelRaw.rawOut.startsWith("\xEF\xBB\xBFitem,item_kind,"));
    QVERIFY2(excelRaw.rawOut.contains("," + raw), excelRaw.rawOut.constData());
    // Without --excel: raw, as before.
    const Result plain = run({QStringLiteral("export"), QStringLiteral("assignments"), QStringLiteral("--db"), file});
    QVERIFY(plain.rawOut.contains("," + raw));
    const Result help = run({QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("implies --safe")), qPrintable(help.out));
}

void TestCli::exportToAFullDiskSaysSo()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    // A small full disk: a tmpfs of 64 KiB, filled up.
    const QString disk = path(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=64k"), QStringLiteral("tmpfs"), disk});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP("cannot mount a tmpfs here (not root?)");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {disk}); });
    const QString kept = disk + QStringLiteral("/services.csv");
    {
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write("old\n"), qint64(4));
    }
    {
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
    }
    const Result r = run({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file,
                          QStringLiteral("-o"), kept});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
    QCOMPARE(FileSnapshot::of(kept).bytes, QByteArray("old\n"));

    // Standard output on a full disk.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(STEWARD_BINARY),
                  {QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("No space left on device")), qPrintable(err));
}

void TestCli::importListsAThousandErrorsAndCountsTheRest()
{
    const QString file = example();
    QVERIFY(!file.isEmpty());
    const QString bad = path(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,host\n");
        for (int i = 0; i < 3000; ++i)
            f.write("svc" + QByteArray::number(i) + ",nowhere\n");
    }
    const InventorySnapshot before = InventorySnapshot::of(file);
    const Result r = run({QStringLiteral("import"), bad, QStringLiteral("--db"), file});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.filter(QStringLiteral("bad.csv:")).size(), 1000);
    QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("and 2[,.]?000 more errors"))).size() == 1,
             qPrintable(lines.mid(995).join(QLatin1Char('\n'))));
    QVERIFY2(r.err.contains(QStringLiteral("3000 error")) || r.err.contains(QStringLiteral("3,000 error")),
             qPrintable(lines.mid(995).join(QLatin1Char('\n'))));
    QCOMPARE(InventorySnapshot::of(file).differenceFrom(before), QString());
}

#include "tst_cli.moc"
