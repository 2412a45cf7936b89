// Database: creating an inventory, bringing its schema up to date, and refusing every
// file that is not a Steward inventory this build can write, without touching it.

#include "Database.h"
#include "InventoryCopy.h"
#include "Migrations.h"
#include "Search.h"
#include "Store.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::FileSnapshot;
using steward::test::RawConnection;

namespace {

QStringList tableNames(const Database &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return {};
    return query.value(0);
}

/// A file as Steward wrote it with schema @p steps: those steps run, then @p rows, marked.
bool writeOldSchema(const QString &file, int steps, const QStringList &rows)
{
    test::RawConnection raw(file);
    QString error;
    QStringList statements{QStringLiteral("BEGIN")};
    for (int step = 0; step < steps; ++step) {
        if (migrations().at(step).number != step + 1)
            return false;
        statements << migrations().at(step).statements;
    }
    statements << rows << QStringLiteral("PRAGMA user_version = %1").arg(steps)
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId) << QStringLiteral("COMMIT");
    for (const QString &statement : std::as_const(statements)) {
        if (!raw.isOpen() || !raw.exec(statement, &error)) {
            qWarning() << statement.left(80) << error;
            return false;
        }
    }
    return true;
}

// ---- Frozen inventories (tests/data/schemas) ----------------------------------------
// Each is what Steward wrote at an earlier schema version, made once and committed
// (see the README there): today's migration code only upgrades them, so a step edited
// in place after its release makes the upgraded schema differ from a new inventory's.

QString frozenFile(const QString &name)
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/schemas/") + name;
}

/// The frozen inventory of @p version for the backend under test.
QString frozenFor(int version)
{
    return frozenFile(test::backend() == Backend::PostgreSQL ? QStringLiteral("v%1.postgresql.sql").arg(version)
                                                             : QStringLiteral("v%1.sqlite").arg(version));
}

/// Runs @p sql on @p location through a connection of its own; false with @p error.
bool execOn(const QString &location, const QString &sql, QString *error)
{
    RawConnection raw(location);
    if (!raw.isOpen()) {
        *error = QStringLiteral("cannot connect to ") + location;
        return false;
    }
    return raw.exec(sql, error);
}

/// A writable copy of the frozen inventory of @p version, at @p location (from
/// test::scratchInventory): the file copied, or the dump run in a new database.
bool restoreFrozen(int version, const QString &location, QString *error)
{
    const QString source = frozenFor(version);
    if (!QFileInfo::exists(source)) {
        *error = source + QStringLiteral(" is missing");
        return false;
    }
    if (!dialect::isServerLocation(location)) {
        if (!QFile::copy(source, location)) {
            *error = QStringLiteral("cannot copy ") + source;
            return false;
        }
        return QFile::setPermissions(location, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QFile dump(source);
    if (!dump.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + source;
        return false;
    }
    const QString database = dialect::parseServerLocation(location).database;
    return execOn(test::serverBase() + QStringLiteral("/postgres"),
                  QStringLiteral("CREATE DATABASE \"%1\"").arg(database), error) &&
           execOn(location, QString::fromUtf8(dump.readAll()), error);
}

/// The results of @p queries on @p location, one line a row, each query's rows sorted:
/// false with @p error if the connection or any query failed (two failures never
/// compare equal to anything).
bool readLines(const QString &location, const QStringList &queries, QStringList *out, QString *error)
{
    out->clear();
    RawConnection raw(location);
    if (!raw.isOpen()) {
        *error = QStringLiteral("cannot connect to ") + location;
        return false;
    }
    for (const QString &sql : queries) {
        QSqlQuery query(QSqlDatabase::database(raw.connectionName(), false));
        if (!query.exec(sql)) {
            *error = sql + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                fields << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
        rows.sort();
        *out << rows;
    }
    return true;
}

/// The schema of the inventory at @p location as the catalog describes it: every
/// table, column, constraint, index, trigger, view and function with its definition,
/// and the marks (application id, schema version).
bool schemaOf(const QString &location, QStringList *out, QString *error)
{
    if (!dialect::isServerLocation(location)) {
        QStringList queries = {QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"),
                               QStringLiteral("SELECT 'application_id', * FROM pragma_application_id"),
                               QStringLiteral("SELECT 'user_version', * FROM pragma_user_version")};
        // FTS5's settings are rows, but the schema steps set them.
        if (RawConnection(location)
                .value(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                      " WHERE name = 'search_fts_config'"))
                .toInt() == 1)
            queries << QStringLiteral("SELECT 'fts', * FROM search_fts_config");
        return readLines(location, queries, out, error);
    }
    const QString here = QStringLiteral("current_schema()::regnamespace");
    return readLines(
        location,
        {QStringLiteral("SELECT 'table', tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"),
         QStringLiteral(
             "SELECT 'view', viewname, definition FROM pg_catalog.pg_views WHERE schemaname = current_schema()"),
         QStringLiteral("SELECT 'column', table_name, ordinal_position, column_name, data_type, is_nullable,"
                        " column_default, is_identity, identity_generation FROM information_schema.columns"
                        " WHERE table_schema = current_schema()"),
         QStringLiteral("SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                        " FROM pg_constraint WHERE connamespace = %1")
             .arg(here),
         QStringLiteral("SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"),
         QStringLiteral("SELECT 'trigger', pg_get_triggerdef(t.oid), t.tgenabled FROM pg_trigger t"
                        " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace = %1")
             .arg(here),
         QStringLiteral("SELECT 'function', pg_get_functiondef(oid) FROM pg_proc WHERE pronamespace = %1"
                        " AND prokind = 'f' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = pg_proc.oid"
                        " AND d.deptype = 'e')")
             .arg(here),
         QStringLiteral("SELECT 'sequence', sequencename, data_type, start_value, increment_by, cache_size"
                        " FROM pg_sequences WHERE schemaname = current_schema()"),
         QStringLiteral("SELECT 'extension', extname FROM pg_extension"),
         QStringLiteral("SELECT 'mark', key, value FROM steward_meta")},
        out, error);
}

/// The tables of the inventory at @p location whose rows are the user's data, their
/// history and what is derived from them (FTS5's own b-tree pages left out:
/// integrity-check looks at those; its settings are part of schemaOf()).
bool tablesOf(const QString &location, QStringList *out, QString *error)
{
    return readLines(
        location,
        {dialect::isServerLocation(location)
             ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")
             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
                              " ESCAPE '\\' AND name NOT IN ('search_fts_data', 'search_fts_idx', 'search_fts',"
                              " 'search_fts_config')")},
        out, error);
}

/// Every row of @p table at @p location, each with its column names, sorted.
bool rowsOf(const QString &location, const QString &table, QStringList *out, QString *error)
{
    out->clear();
    RawConnection raw(location);
    QSqlQuery query(QSqlDatabase::database(raw.connectionName(), false));
    if (!raw.isOpen() || !query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
        *error = table + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    while (query.next()) {
        QStringList fields;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            fields << record.fieldName(i) + QLatin1Char('=') +
                          (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        *out << table + QStringLiteral(": ") + fields.join(QStringLiteral(", "));
    }
    out->sort();
    return true;
}

/// Every table's rows at @p location, by table.
bool contentsOf(const QString &location, QMap<QString, QStringList> *out, QString *error)
{
    out->clear();
    QStringList tables;
    if (!tablesOf(location, &tables, error))
        return false;
    for (const QString &table : std::as_const(tables)) {
        QStringList rows;
        if (!rowsOf(location, table, &rows, error))
            return false;
        out->insert(table, rows);
    }
    return true;
}

/// Copies the records of @p from (its tables of schema 1 and 2) into @p to with plain
/// INSERTs, so that @p to's own triggers derive what they derive from them.
bool insertRecords(const QString &from, const QString &to, QString *error)
{
    RawConnection source(from);
    RawConnection target(to);
    const QSqlDatabase in = QSqlDatabase::database(source.connectionName(), false);
    const QSqlDatabase out = QSqlDatabase::database(target.connectionName(), false);
    // Parents before the rows that name them: the order a copy writes them in.
    const QStringList tables = InventoryCopy::tables();
    for (const QString &table : tables) {
        // No search rows derive from the review intervals, and a new inventory has its own.
        if (table == QLatin1String("role_def"))
            continue;
        QSqlQuery read(in);
        const QString order = table == QLatin1String("item")
                                  ? QStringLiteral("CASE kind WHEN 'organisation' THEN 0 WHEN 'provider' THEN 1"
                                                   " WHEN 'host' THEN 2 ELSE 3 END, id")
                                  : QStringLiteral("1");
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order))) {
            if (table.startsWith(QLatin1String("change_")))
                continue; // schema 1 had no history
            *error = read.lastError().text();
            return false;
        }
        while (read.next()) {
            const QSqlRecord record = read.record();
            QStringList names, marks;
            for (int i = 0; i < record.count(); ++i) {
                names << QStringLiteral("\"%1\"").arg(record.fieldName(i));
                marks << QStringLiteral("?");
            }
            QSqlQuery write(out);
            write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (int i = 0; i < record.count(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec()) {
                *error = table + QStringLiteral(": ") + write.lastError().text();
                return false;
            }
        }
    }
    return true;
}

/// The schema version recorded at @p location, read past Steward (-1 if unreadable).
int recordedVersion(const QString &location)
{
    RawConnection raw(location);
    const QVariant v = raw.value(dialect::isServerLocation(location)
                                     ? QStringLiteral("SELECT value FROM steward_meta WHERE key = 'schema_version'")
                                     : QStringLiteral("PRAGMA user_version"));
    return v.isValid() ? v.toInt() : -1;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A fresh Steward inventory with an organisation, closed again.
    QString makeInventory(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();
    void cleanup();

    void migrationsAreNumberedInOrder();
    void createFromEmpty();
    void reopeningIsANoOp();
    void upgradesAnOldSchemaInPlace();
    void upgradesSchema1KeepingTheData();
    void upgradesSchema2AndIndexesIt();
    void upgradesSchema3ForBulkImports();
    void createRefusesAnExistingFile();
    void missingFileIsNotCreated();
    void refusesNewerSchema();
    void refusesFilesThatAreNotInventories_data();
    void refusesFilesThatAreNotInventories();
    void readOnlyModeOpensAReadOnlyFile();
    void readOnlyModeRefusesAnOldSchema();
    void readOnlyFileOrFolderOpensReadOnly();
    void connectionIsConfigured();
    void checkIsCleanOnANewInventory();
    void checkReportsForeignKeyViolations();
    void checkReportsTreeRuleViolations();
    void writeTransactionRollsBackUnlessCommitted();

    void everyEarlierSchemaIsFrozen();
    void upgradesFrozenSchemas_data();
    void upgradesFrozenSchemas();
    void failedStepRollsBack_data();
    void failedStepRollsBack();
    void refusesToUpgradeDuplicateNames_data();
    void refusesToUpgradeDuplicateNames();
    void upgradesSchema4ToUniqueNames();
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    // Read-only files and folders made by a test must not stop the temporary dir's removal.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dir.reset();
}

QString TestMigrations::makeInventory(const QString &name)
{
    const QString file = path(name);
    Database db;
    if (!db.create(file))
        return {};
    Store store(db);
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = QStringLiteral("Acme");
    if (!store.createItem(org, nullptr))
        return {};
    return file;
}

void TestMigrations::migrationsAreNumberedInOrder()
{
    const QVector<Migration> &steps = migrations();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).number, i + 1);
        // Every step does something on PostgreSQL; on SQLite, all but step 7 (the
        // server's history guards: a file has no roles, only its version moves on).
        QVERIFY(!migrationStatements(steps.at(i), Backend::PostgreSQL).isEmpty());
        QCOMPARE(steps.at(i).statements.isEmpty(), steps.at(i).number == 7);
    }
    QCOMPARE(Database::latestSchemaVersion(), steps.constLast().number);
}

void TestMigrations::createFromEmpty()
{
    const QString file = path(QStringLiteral("new.sqlite"));
    Database db;
    QVERIFY2(db.create(file), qPrintable(db.errorString()));
    QVERIFY(db.isOpen());
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(db.path(), file);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
    const QStringList expected = {QStringLiteral("also_runs_on"),
                                  QStringLiteral("assignment"),
                                  QStringLiteral("change_batch"),
                                  QStringLiteral("change_log"),
                                  QStringLiteral("contact"),
                                  QStringLiteral("contact_address"),
                                  QStringLiteral("contact_tag"),
                                  QStringLiteral("host"),
                                  QStringLiteral("item"),
                                  QStringLiteral("item_alias"),
                                  QStringLiteral("item_link"),
                                  QStringLiteral("item_tag"),
                                  QStringLiteral("link_type"),
                                  QStringLiteral("provider"),
                                  QStringLiteral("role_def"),
                                  QStringLiteral("search_bulk"),
                                  QStringLiteral("search_doc"),
                                  QStringLiteral("search_fts"),
                                  QStringLiteral("search_fts_config"),
                                  QStringLiteral("search_fts_data"),
                                  QStringLiteral("search_fts_idx"),
                                  QStringLiteral("search_pending"),
                                  QStringLiteral("search_stale"),
                                  QStringLiteral("service"),
                                  QStringLiteral("status_def"),
                                  QStringLiteral("team_member")};
    QCOMPARE(tableNames(db), expected);
    // A new inventory is empty: no organisation yet, nothing else either.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM item")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    db.close();
    QVERIFY(!db.isOpen());

    // The header carries the marks, as any other SQLite tool sees them.
    RawConnection raw(file);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
}

void TestMigrations::reopeningIsANoOp()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    const FileSnapshot before = FileSnapshot::of(file);
    const QStringList entriesBefore = test::folderEntries(m_dir->path());
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        Store store(db);
        QCOMPARE(test::must(store.countItems(ItemKind::Organisation, test::readError())), 1);
    }
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }
    // Nothing to migrate: the file is byte-for-byte what it was.
    QCOMPARE(FileSnapshot::of(file).bytes, before.bytes);
    QCOMPARE(test::folderEntries(m_dir->path()), entriesBefore);
}

void TestMigrations::upgradesSchema1KeepingTheData()
{
    // A file as the first Steward wrote it: schema step 1 only, with data in it.
    const QString file = path(QStringLiteral("v1.sqlite"));
    {
        test::RawConnection raw(file);
        QVERIFY(raw.isOpen());
        QString error;
        QVERIFY2(raw.exec(QStringLiteral("BEGIN"), &error), qPrintable(error));
        for (const QString &statement : migrations().first().statements)
            QVERIFY2(raw.exec(statement, &error), qPrintable(error));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO item (id, kind, name, name_key) VALUES (1, 'organisation', 'Acme', 'acme')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY2(raw.exec(QStringLiteral("COMMIT"), &error), qPrintable(error));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(tableNames(db).contains(QStringLiteral("change_log")));
    Store store(db);
    QCOMPARE(test::must(store.findItemsByName(QStringLiteral("ACME"), test::readError())).size(), 1);
    QVERIFY(db.check().isEmpty());
}

void TestMigrations::upgradesSchema2AndIndexesIt()
{
    // A file as Steward wrote it before search (schema 2), with data: the upgrade builds
    // the search index from it, in the same step.
    const QString file = path(QStringLiteral("v2.sqlite"));
    {
        const QStringList rows = {
            QStringLiteral("INSERT INTO item (id, kind, name, name_key) VALUES (1, 'organisation', 'Acme', 'acme')"),
            QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, description) VALUES"
                           " (2, 'provider', 'Hetzner', 'hetzner', 1, 'Dedicated servers in Falkenstein.')"),
            QStringLiteral("INSERT INTO provider (item_id, website) VALUES (2, 'https://www.hetzner.com')"),
            QStringLiteral(
                "INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (3, 'host', 'kiwi', 'kiwi', 2)"),
            QStringLiteral("INSERT INTO host (item_id, hostname) VALUES (3, 'kiwi.acme.example')"),
            QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, notes) VALUES"
                           " (4, 'service', 'Wiki', 'wiki', 3, 'Ask Ren\u00e9e first.')"),
            QStringLiteral("INSERT INTO service (item_id, url) VALUES (4, 'https://wiki.acme.example/')"),
            QStringLiteral(
                "INSERT INTO contact (id, kind, name, name_key) VALUES (1, 'person', 'Ren\u00e9e Dupr\u00e9',"
                " 'ren\u00e9e dupr\u00e9')"),
            QStringLiteral(
                "INSERT INTO contact_address (contact_id, kind, value) VALUES (1, 'email', 'renee@acme.example')"),
        };
        QVERIFY(writeOldSchema(file, 2, rows));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!test::must(db.searchIndexBehind(test::readError())));
    QVERIFY(db.check().isEmpty());
    Search search(db);
    const auto first = [&search](const QString &query) {
        QString error;
        const auto groups = search.search(query, 5, &error);
        if (!groups || groups->isEmpty())
            return QStringLiteral("none: ") + error;
        const SearchResult &r = groups->first().results.first();
        return Search::kindKey(r.kind) + QLatin1Char(':') + r.name + QLatin1Char(':') + r.field;
    };
    // A name beginning with the query leads (since names lead search); the accented
    // notes are found as well.
    QCOMPARE(first(QStringLiteral("renee")), QString::fromUtf8("contact:Ren\xc3\xa9"
                                                               "e Dupr\xc3\xa9:name"));
    QCOMPARE(first(QStringLiteral("ask renee")), QString::fromUtf8("service:Wiki:notes"));
    QCOMPARE(first(QStringLiteral("dupre")), QString::fromUtf8("contact:Ren\xc3\xa9"
                                                               "e Dupr\xc3\xa9:name"));
    QCOMPARE(first(QStringLiteral("renee@acme")), QString::fromUtf8("contact:Ren\xc3\xa9"
                                                                    "e Dupr\xc3\xa9:email"));
    QCOMPARE(first(QStringLiteral("falkenstein")), QStringLiteral("provider:Hetzner:description"));
    QCOMPARE(first(QStringLiteral("hetzner.com")), QStringLiteral("provider:Hetzner:website"));
    QCOMPARE(first(QStringLiteral("kiwi.acme")), QStringLiteral("host:kiwi:hostname"));
    QCOMPARE(first(QStringLiteral("wiki.acme.example/")), QStringLiteral("service:Wiki:url"));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")));
    // Edits after the upgrade are indexed as in a new file.
    Store store(db);
    Item wiki = test::must(store.item(4, test::readError()));
    wiki.name = QStringLiteral("Knowledge base");
    QString error;
    QVERIFY2(store.updateItem(wiki, &error), qPrintable(error));
    QCOMPARE(first(QStringLiteral("knowledge")), QStringLiteral("service:Knowledge base:name"));
}

void TestMigrations::upgradesSchema3ForBulkImports()
{
    // A file as Steward wrote it with schema 3 (search by triggers alone), with data.
    const QString file = path(QStringLiteral("v3.sqlite"));
    {
        const QStringList rows = {
            QStringLiteral("INSERT INTO item (id, kind, name, name_key) VALUES (1, 'organisation', 'Acme', 'acme')"),
            QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (2, 'provider', 'Hetzner',"
                           " 'hetzner', 1)"),
            QStringLiteral("INSERT INTO provider (item_id, location) VALUES (2, 'Falkenstein')"),
        };
        QVERIFY(writeOldSchema(file, 3, rows));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.check().isEmpty());
    QVERIFY(tableNames(db).contains(QStringLiteral("search_bulk")));
    Search search(db);
    const auto found = [&search](const QString &query) {
        QStringList names;
        for (const SearchGroup &group : test::must(search.search(query, 10, test::readError())))
            for (const SearchResult &r : group.results)
                names << r.name;
        return names;
    };
    // What schema 3 indexed is still found.
    QCOMPARE(found(QStringLiteral("falkenstein")), QStringList{QStringLiteral("Hetzner")});
    // The triggers still index a plain insert...
    Store store(db);
    Item host;
    host.kind = ItemKind::Host;
    host.name = QStringLiteral("kiwi");
    host.parentId = 2;
    host.hostname = QStringLiteral("kiwi.acme.example");
    QString error;
    QVERIFY2(store.createItem(host, &error), qPrintable(error));
    QCOMPARE(found(QStringLiteral("kiwi.acme")), QStringList{QStringLiteral("kiwi")});
    // ...and items made in bulk are indexed as the triggers would have, ASCII or not.
    QVector<Item> items;
    for (const QString &name : {QStringLiteral("Wiki"), QStringLiteral("Caf\u00e9 board")}) {
        Item service;
        service.kind = ItemKind::Service;
        service.name = name;
        service.parentId = 2;
        service.url = QStringLiteral("https://%1.acme.example/").arg(name.left(4).toLower());
        service.notes = QStringLiteral("Ask Ren\u00e9e first.");
        items.append(service);
    }
    QVERIFY2(store.write([&](QString *err) { return store.createValidatedItems(items, err); }, &error),
             qPrintable(error));
    QVERIFY(items.at(0).id > host.id);
    QCOMPARE(items.at(1).id, items.at(0).id + 1);
    QCOMPARE(found(QStringLiteral("wiki.acme")), QStringList{QStringLiteral("Wiki")});
    QCOMPARE(found(QStringLiteral("cafe")), QStringList{QStringLiteral("Caf\u00e9 board")});
    QCOMPARE(found(QStringLiteral("renee")).size(), 2);
    QVERIFY(!test::must(db.searchIndexBehind(test::readError())));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")));
    // The hold never outlives the write that set it.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM search_bulk")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // One history row per item, as createValidatedItem() writes it.
    const QVector<HistoryEntry> history = test::must(store.history(items.at(1).id, 10, test::readError()));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().action, QStringLiteral("create"));
    QCOMPARE(history.first().summary, QStringLiteral("Created service \"Caf\u00e9 board\""));
    QCOMPARE(QJsonDocument::fromJson(history.first().after.toUtf8()).object(),
             (QJsonObject{{QStringLiteral("kind"), QStringLiteral("service")},
                          {QStringLiteral("name"), QStringLiteral("Caf\u00e9 board")},
                          {QStringLiteral("parent_id"), 2}}));
}

void TestMigrations::upgradesAnOldSchemaInPlace()
{
    // A file Steward marked but whose schema steps never ran (user_version 0): open()
    // runs every step and keeps the marks.
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        RawConnection raw(file);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE steward_note (x TEXT)")));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(tableNames(db).contains(QStringLiteral("item")));
    QVERIFY(tableNames(db).contains(QStringLiteral("steward_note")));
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
}

void TestMigrations::createRefusesAnExistingFile()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    const FileSnapshot before = FileSnapshot::of(file);
    Database db;
    QVERIFY(!db.create(file));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QStringLiteral("already exists")), qPrintable(db.errorString()));
    QVERIFY(FileSnapshot::of(file) == before);

    // Any existing file, not only inventories.
    const QString text = path(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
    }
    const FileSnapshot textBefore = FileSnapshot::of(text);
    QVERIFY(!db.create(text));
    QVERIFY(FileSnapshot::of(text) == textBefore);
}

void TestMigrations::missingFileIsNotCreated()
{
    const QString file = path(QStringLiteral("missing.sqlite"));
    Database db;
    QVERIFY(!db.open(file));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QStringLiteral("does not exist")), qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(test::folderEntries(m_dir->path()).isEmpty());

    // Nor in read-only mode, nor in a folder that does not exist.
    QVERIFY(!db.open(file, Database::OpenMode::ReadOnly));
    QVERIFY(!QFileInfo::exists(file));
    const QString deep = path(QStringLiteral("no/such/folder/inv.sqlite"));
    QVERIFY(!db.open(deep));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
}

void TestMigrations::refusesNewerSchema()
{
    const QString file = makeInventory(QStringLiteral("future.sqlite"));
    QVERIFY(!file.isEmpty());
    const int future = Database::latestSchemaVersion() + 1;
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    const FileSnapshot before = FileSnapshot::of(file);
    const QStringList entriesBefore = test::folderEntries(m_dir->path());

    for (const auto mode : {Database::OpenMode::ReadWrite, Database::OpenMode::ReadOnly}) {
        Database db;
        QVERIFY(!db.open(file, mode));
        QVERIFY(!db.isOpen());
        const QString message = db.errorString();
        QVERIFY2(message.contains(QStringLiteral("newer version of Steward")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not changed")), qPrintable(message));
    }
    QVERIFY(FileSnapshot::of(file) == before);
    QCOMPARE(test::folderEntries(m_dir->path()), entriesBefore);
}

void TestMigrations::refusesFilesThatAreNotInventories_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a fragment of the message

    QTest::newRow("other application's database") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("empty SQLite database") << QStringLiteral("emptysqlite") << QStringLiteral("empty SQLite database");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a Steward inventory");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is empty");
    QTest::newRow("header overwritten") << QStringLiteral("header") << QStringLiteral("damaged");
    QTest::newRow("schema page overwritten") << QStringLiteral("schemapage") << QStringLiteral("damaged");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("not a file");
}

void TestMigrations::refusesFilesThatAreNotInventories()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    QString file = path(QStringLiteral("subject"));
    if (kind == QLatin1String("foreign")) {
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO songs VALUES ('Spam')")));
    } else if (kind == QLatin1String("emptysqlite")) {
        // A valid SQLite header and nothing else (user_version forces the header out).
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
    } else if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,url\nwww,https://www.python.org/\n");
    } else if (kind == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("header")) {
        file = makeInventory(QStringLiteral("subject"));
        QVERIFY(!file.isEmpty());
        QVERIFY(test::overwriteBytes(file, 0, 100, '\x5a'));
    } else if (kind == QLatin1String("schemapage")) {
        // The 100-byte header survives (it still says STWD) but the rest of page 1,
        // where sqlite_master lives, is garbage.
        file = makeInventory(QStringLiteral("subject"));
        QVERIFY(!file.isEmpty());
        QVERIFY(test::overwriteBytes(file, 100, 3996, '\xa5'));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("subject")));
    } else {
        QFAIL("unknown case");
    }

    const FileSnapshot before = FileSnapshot::of(file);
    QVERIFY(before.exists);
    const QStringList entriesBefore = test::folderEntries(m_dir->path());

    Database db;
    QVERIFY(!db.open(file));
    QVERIFY(!db.isOpen());
    const QString message = db.errorString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    // Every message names the file, so the user knows which one was refused.
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));

    QVERIFY2(FileSnapshot::of(file) == before, "the refused file was changed");
    QCOMPARE(test::folderEntries(m_dir->path()), entriesBefore);

    // A second attempt after the first failure says the same and still changes nothing.
    Database again;
    QVERIFY(!again.open(file));
    QCOMPARE(again.errorString(), message);
    QVERIFY(FileSnapshot::of(file) == before);
}

void TestMigrations::readOnlyModeOpensAReadOnlyFile()
{
    const QString file = makeInventory(QStringLiteral("ro.sqlite"));
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const FileSnapshot before = FileSnapshot::of(file);
    {
        Database db;
        QVERIFY2(db.open(file, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
        Store store(db);
        QCOMPARE(test::must(store.countItems(ItemKind::Organisation, test::readError())), 1);
        // Writes are refused by SQLite itself and leave the file alone.
        Item provider;
        provider.kind = ItemKind::Provider;
        provider.name = QStringLiteral("Nope");
        provider.parentId = test::must(store.organisationId(test::readError()));
        QString error;
        QVERIFY(!store.createItem(provider, &error));
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(FileSnapshot::of(file) == before);
}

void TestMigrations::readOnlyModeRefusesAnOldSchema()
{
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE steward_note (x TEXT)")));
    }
    const FileSnapshot before = FileSnapshot::of(file);
    Database db;
    QVERIFY(!db.open(file, Database::OpenMode::ReadOnly));
    QVERIFY2(db.errorString().contains(QStringLiteral("older schema")), qPrintable(db.errorString()));
    QVERIFY(FileSnapshot::of(file) == before);
}

void TestMigrations::readOnlyFileOrFolderOpensReadOnly()
{
    // A file, or a folder, that may not be written is no longer refused (issue 19): it
    // opens for reading, says why, and stays exactly as it was. tst_readonly has the rest.
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    FileSnapshot before = FileSnapshot::of(file);
    QStringList entries = test::folderEntries(m_dir->path());
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QStringLiteral("read-only")), qPrintable(db.readOnlyReason()));
        QVERIFY2(db.readOnlyReason().contains(QDir::toNativeSeparators(file)), qPrintable(db.readOnlyReason()));
    }
    QVERIFY(FileSnapshot::of(file) == before);
    QCOMPARE(test::folderEntries(m_dir->path()), entries);

    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    before = FileSnapshot::of(file);
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QStringLiteral("folder")), qPrintable(db.readOnlyReason()));
    }
    QVERIFY(FileSnapshot::of(file) == before);
    QCOMPARE(test::folderEntries(m_dir->path()), entries);
}

void TestMigrations::connectionIsConfigured()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("delete"));
    // Steward's busy handler, not PRAGMA busy_timeout (which reads 0 beside it): it waits
    // this long for another program's lock, and says so (tst_readonly waits for real).
    QCOMPARE(db.readWaitMs(), Database::BusyTimeoutMs);
    QCOMPARE(db.writeWaitMs(), Database::WriteWaitMs);
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
}

void TestMigrations::checkIsCleanOnANewInventory()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    QCOMPARE(db.check(), QStringList());

    // A created but still empty inventory lacks its organisation, and check says so.
    Database empty;
    QVERIFY(empty.create(path(QStringLiteral("empty.sqlite"))));
    const QStringList problems = empty.check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("0 organisations")), qPrintable(problems.first()));
}

void TestMigrations::checkReportsForeignKeyViolations()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QString error;
        QVERIFY2(raw.exec(QStringLiteral(
                              "INSERT INTO contact (id, kind, name, name_key) VALUES (7, 'person', 'Eve', 'eve')"),
                          &error),
                 qPrintable(error));
        QVERIFY2(
            raw.exec(QStringLiteral("INSERT INTO assignment (item_id, contact_id, role) VALUES (4242, 7, 'owner')"),
                     &error),
            qPrintable(error));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    const QStringList problems = db.check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("foreign key")), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("assignment")), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("item")), qPrintable(problems.first()));
}

void TestMigrations::checkReportsTreeRuleViolations()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    {
        RawConnection raw(file);
        QString error;
        // A host under another host, with no host row: two rules broken (a host straight
        // under the organisation is allowed since schema 6: nobody recorded its provider).
        for (const QString &sql :
             {QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id)"
                             " SELECT 49, 'host', 'box', 'box', id FROM item WHERE kind = 'organisation'"),
              QStringLiteral("INSERT INTO host (item_id) VALUES (49)"),
              QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (50, 'host', 'stray',"
                             " 'stray', 49)")})
            QVERIFY2(raw.exec(sql, &error), qPrintable(error));
    }
    Database db;
    QVERIFY(db.open(file));
    const QStringList problems = db.check();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("host \"stray\" (id 50) is not under a provider or the organisation")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("host \"stray\" (id 50) has no host details")),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMigrations::writeTransactionRollsBackUnlessCommitted()
{
    const QString file = makeInventory(QStringLiteral("inv.sqlite"));
    QVERIFY(!file.isEmpty());
    Database db;
    QVERIFY(db.open(file));
    const auto count = [&db] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM contact")) && q.next() ? q.value(0).toInt() : -1;
    };
    {
        QString error;
        WriteTransaction tx(db, &error);
        QVERIFY2(tx.isActive(), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contact (kind, name, name_key) VALUES ('person', 'A', 'a')")));
    }
    QCOMPARE(count(), 0);
    {
        QString error;
        WriteTransaction tx(db, &error);
        QVERIFY2(tx.isActive(), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contact (kind, name, name_key) VALUES ('person', 'B', 'b')")));
        QVERIFY2(tx.commit(&error), qPrintable(error));
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(count(), 1);
}

void TestMigrations::everyEarlierSchemaIsFrozen()
{
    // A new schema step needs the version before it frozen (tests/data/schemas/README.md).
    for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
        QVERIFY2(QFileInfo::exists(frozenFile(QStringLiteral("v%1.sqlite").arg(version))),
                 qPrintable(QString::number(version)));
        if (version >= 1) // a PostgreSQL database has no version 0: step 1 writes its marks
            QVERIFY2(QFileInfo::exists(frozenFile(QStringLiteral("v%1.postgresql.sql").arg(version))),
                     qPrintable(QString::number(version)));
    }
    QVERIFY(!QFileInfo::exists(frozenFile(QStringLiteral("v%1.sqlite").arg(Database::latestSchemaVersion()))));
}

void TestMigrations::upgradesFrozenSchemas_data()
{
    QTest::addColumn<int>("version");
    for (int version = test::backend() == Backend::PostgreSQL ? 1 : 0; version < Database::latestSchemaVersion();
         ++version)
        QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
}

void TestMigrations::upgradesFrozenSchemas()
{
    QFETCH(int, version);
    QString error;
    const QString subject = test::scratchInventory(*m_dir, QStringLiteral("frozen%1").arg(version));
    QVERIFY2(restoreFrozen(version, subject, &error), qPrintable(error));
    QCOMPARE(recordedVersion(subject), version);
    QMap<QString, QStringList> before;
    QVERIFY2(contentsOf(subject, &before, &error), qPrintable(error));
    // The frozen records, as the generator wrote them (tests/freeze_schemas.cpp).
    if (version >= 1) {
        QCOMPARE(before.value(QStringLiteral("item")).size(), 8);
        QCOMPARE(before.value(QStringLiteral("contact")).size(), 4);
        QCOMPARE(before.value(QStringLiteral("contact_address")).size(), 3);
        QCOMPARE(before.value(QStringLiteral("assignment")).size(), 4);
        QCOMPARE(before.value(QStringLiteral("team_member")).size(), 2);
        QCOMPARE(before.value(QStringLiteral("item_link")).size(), 1);
    }
    if (version >= 2)
        QCOMPARE(before.value(QStringLiteral("change_log")).size(), 2);

    {
        Database db;
        QVERIFY2(db.open(subject), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // Sound; a version-0 file is as empty as a new inventory, and check says so.
        const QStringList problems = db.check();
        if (version == 0) {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(QStringLiteral("0 organisations")), qPrintable(problems.first()));
        } else {
            QCOMPARE(problems, QStringList());
        }
        QVERIFY(!test::must(db.searchIndexBehind(test::readError())));
        if (!db.isServer()) {
            QSqlQuery query(db.connection());
            QVERIFY2(
                query.exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")),
                qPrintable(query.lastError().text()));
        }
        if (version >= 1) {
            // What the user had is there and found.
            Store store(db);
            const QVector<Item> wiki = test::must(store.findItemsByName(QStringLiteral("wiki"), test::readError()));
            QCOMPARE(wiki.size(), 1);
            QCOMPARE(wiki.first().url, QStringLiteral("https://wiki.acme.example/"));
            Search search(db);
            QStringList found;
            for (const SearchGroup &group : test::must(search.search(QStringLiteral("renee"), 10, test::readError())))
                for (const SearchResult &r : group.results)
                    found << r.name;
            QVERIFY2(error.isEmpty(), qPrintable(error));
            found.sort();
            QCOMPARE(found, (QStringList{QString::fromUtf8("Ren\xc3\xa9"
                                                           "e Dupr\xc3\xa9"),
                                         QStringLiteral("Wiki")}));
        }
    }

    // Every row is kept as it was: only the version mark moves on.
    QMap<QString, QStringList> after;
    QVERIFY2(contentsOf(subject, &after, &error), qPrintable(error));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QStringList rows = after.value(it.key());
        QStringList expected = it.value();
        if (it.key() == QLatin1String("steward_meta")) {
            const QString mark = QStringLiteral("steward_meta: key=schema_version, value=%1");
            QVERIFY(expected.removeOne(mark.arg(version)));
            QVERIFY(rows.removeOne(mark.arg(Database::latestSchemaVersion())));
        }
        if (it.key() == QLatin1String("assignment") && version < 8) {
            // Step 8: an assignment takes its confirmation from the last change the history
            // recorded of it (from version 2 on, batch 2, Ola's assignment of #3), or none. On
            // a server from version 7 on, the server stamped that batch's time and role.
            QString batch2;
            for (const QString &row : before.value(QStringLiteral("change_batch"))) {
                if (row.startsWith(QLatin1String("change_batch: id=2, ")))
                    batch2 = row;
            }
            const QRegularExpression stamp(QStringLiteral("at=([^,]+), actor=([^,]+),"));
            const QRegularExpressionMatch m = stamp.match(batch2);
            QCOMPARE(m.hasMatch(), version >= 2);
            if (version >= 2 && version < 7)
                QCOMPARE(m.captured(1), QStringLiteral("2024-03-02T10:00:00Z"));
            for (QString &row : expected) {
                const bool recorded = version >= 2 && row.startsWith(QLatin1String("assignment: id=3,"));
                row += recorded ? QStringLiteral(", confirmed_at=%1, confirmed_by=%2").arg(m.captured(1), m.captured(2))
                                : QStringLiteral(", confirmed_at=NULL, confirmed_by=");
                row += QStringLiteral(", valid_from=NULL, valid_until=NULL");
            }
        }
        QCOMPARE(rows, expected);
    }
    if (version < 8) {
        // Step 8's review intervals: the built-in roles' defaults.
        QCOMPARE(after.value(QStringLiteral("role_def")),
                 (QStringList{QStringLiteral("role_def: role=contact, review_days=365"),
                              QStringLiteral("role_def: role=escalation, review_days=90"),
                              QStringLiteral("role_def: role=maintainer, review_days=180"),
                              QStringLiteral("role_def: role=owner, review_days=180"),
                              QStringLiteral("role_def: role=sponsor, review_days=365")}));
    }

    // The schema is a new inventory's, to the letter.
    const QString fresh = test::scratchInventory(*m_dir, QStringLiteral("fresh%1").arg(version));
    {
        Database db;
        QVERIFY2(db.create(fresh), qPrintable(db.errorString()));
    }
    QStringList expectedSchema, upgradedSchema;
    QVERIFY2(schemaOf(fresh, &expectedSchema, &error), qPrintable(error));
    QVERIFY2(schemaOf(subject, &upgradedSchema, &error), qPrintable(error));
    QVERIFY(expectedSchema.size() > 40);
    QCOMPARE(upgradedSchema, expectedSchema);

    // What the steps derived from the records (the search rows) is what a new
    // inventory's triggers derive from the same records.
    if (version >= 1) {
        QVERIFY2(insertRecords(subject, fresh, &error), qPrintable(error));
        QStringList derived, expectedDerived;
        QVERIFY2(rowsOf(subject, QStringLiteral("search_doc"), &derived, &error), qPrintable(error));
        QVERIFY2(rowsOf(fresh, QStringLiteral("search_doc"), &expectedDerived, &error), qPrintable(error));
        QVERIFY(expectedDerived.size() > 20);
        QCOMPARE(derived, expectedDerived);
    }
    // The frozen file itself is never touched.
    if (test::backend() == Backend::SQLite)
        QVERIFY(QFileInfo(frozenFor(version)).size() > 0);
}

void TestMigrations::failedStepRollsBack_data()
{
    // A frozen inventory with something in the way of a step, found only after the step
    // has written part of its work: the step is undone whole, and the versions before it
    // stay as they were.
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("failingStep");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    if (test::backend() == Backend::PostgreSQL) {
        // Step 3 creates an extension, functions, a table, an index and triggers, and
        // fills the table, before it reaches the contact addresses.
        QTest::newRow("schema 2, a function of step 3 already there")
            << 2 << 3
            << QStringLiteral("CREATE FUNCTION steward_search_contact_address() RETURNS trigger LANGUAGE plpgsql"
                              " AS $f$ BEGIN RETURN NEW; END $f$")
            << QStringLiteral("already exists");
        return;
    }
    // Step 3 has made search_doc and the FTS5 table (and its shadow tables) by then.
    QTest::newRow("schema 2, a table of step 3 already there")
        << 2 << 3 << QStringLiteral("CREATE TABLE search_pending (note TEXT)")
        << QStringLiteral("table search_pending already exists");
    // Step 4 has made search_bulk and replaced three of the four triggers by then.
    QTest::newRow("schema 3, a trigger step 4 replaces is missing")
        << 3 << 4 << QStringLiteral("DROP TRIGGER search_service_ai")
        << QStringLiteral("no such trigger: search_service_ai");
}

void TestMigrations::failedStepRollsBack()
{
    QFETCH(int, version);
    QFETCH(int, failingStep);
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QString error;
    const QString subject = test::scratchInventory(*m_dir, QStringLiteral("damaged%1").arg(version));
    QVERIFY2(restoreFrozen(version, subject, &error), qPrintable(error));
    QVERIFY2(execOn(subject, damage, &error), qPrintable(error));

    const bool server = dialect::isServerLocation(subject);
    const FileSnapshot file = FileSnapshot::of(subject);
    QCOMPARE(file.exists, !server);
    const QStringList entries = test::folderEntries(m_dir->path());
    QStringList schemaBefore;
    QMap<QString, QStringList> rowsBefore;
    QVERIFY2(schemaOf(subject, &schemaBefore, &error), qPrintable(error));
    QVERIFY2(contentsOf(subject, &rowsBefore, &error), qPrintable(error));
    QVERIFY(rowsBefore.value(QStringLiteral("item")).size() == 8);

    for (int attempt = 0; attempt < 2; ++attempt) {
        Database db;
        QVERIFY(!db.open(subject));
        QVERIFY(!db.isOpen());
        const QString shown = db.errorString();
        QVERIFY2(shown.contains(QStringLiteral("Cannot upgrade")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("to schema %1").arg(failingStep)), qPrintable(shown));
        QVERIFY2(shown.contains(message), qPrintable(shown));

        QCOMPARE(recordedVersion(subject), version);
        QStringList schemaAfter;
        QMap<QString, QStringList> rowsAfter;
        QVERIFY2(schemaOf(subject, &schemaAfter, &error), qPrintable(error));
        QVERIFY2(contentsOf(subject, &rowsAfter, &error), qPrintable(error));
        QCOMPARE(schemaAfter, schemaBefore);
        QCOMPARE(rowsAfter, rowsBefore);
        if (!server) {
            QVERIFY2(FileSnapshot::of(subject) == file, "the file changed");
            QCOMPARE(test::folderEntries(m_dir->path()), entries);
        }
    }
}

namespace {

/// Rows of a schema 4 file (raw SQL) under the organisation 1 and the provider 2.
QStringList uniqueNameRows(const QStringList &more)
{
    QStringList rows = {
        QStringLiteral("INSERT INTO item (id, kind, name, name_key) VALUES (1, 'organisation', 'Acme', 'acme')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (2, 'provider', 'Hetzner',"
                       " 'hetzner', 1)"),
        QStringLiteral("INSERT INTO provider (item_id) VALUES (2)"),
    };
    return rows + more;
}

QString serviceRow(int id, const QString &name)
{
    return QStringLiteral(
               "INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (%1, 'service', '%2', '%3', 2);"
               " INSERT INTO service (item_id) VALUES (%1)")
        .arg(id)
        .arg(name, nameKey(name));
}

QString contactRow(int id, const QString &name)
{
    return QStringLiteral("INSERT INTO contact (id, kind, name, name_key) VALUES (%1, 'person', '%2', '%3')")
        .arg(id)
        .arg(name, nameKey(name));
}

} // namespace

void TestMigrations::refusesToUpgradeDuplicateNames_data()
{
    QTest::addColumn<int>("version");
    // Schema 3 has two steps to go: the check comes before the first, so neither runs.
    QTest::newRow("schema 4") << 4;
    QTest::newRow("schema 3") << 3;
}

void TestMigrations::refusesToUpgradeDuplicateNames()
{
    QFETCH(int, version);
    // Names a schema 4 Steward let through (the Store did not check them): two services
    // alike but for case, three contacts, and a clean pair of a host and a service.
    const QString file = path(QStringLiteral("dup.sqlite"));
    QStringList more;
    for (const QString &row : {serviceRow(4, QStringLiteral("docs.python.org")),
                               serviceRow(9, QStringLiteral("Docs.Python.org")), serviceRow(5, QStringLiteral("pypi")),
                               contactRow(1, QStringLiteral("Ada Quokka")), contactRow(2, QStringLiteral("ada quokka")),
                               contactRow(3, QStringLiteral("ADA QUOKKA")), contactRow(7, QStringLiteral("Bob"))})
        more << row.split(QStringLiteral("; "));
    more << QStringLiteral(
                "INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (6, 'host', 'pypi', 'pypi', 2)")
         << QStringLiteral("INSERT INTO host (item_id) VALUES (6)");
    QVERIFY(writeOldSchema(file, version, uniqueNameRows(more)));
    const FileSnapshot before = FileSnapshot::of(file);
    const QStringList entries = test::folderEntries(m_dir->path());

    Database db;
    QVERIFY(!db.open(file));
    QVERIFY(!db.isOpen());
    const QString message = db.errorString();
    // Every one, by name and ids; not the names used once per kind.
    QVERIFY2(message.contains(QStringLiteral("service \"docs.python.org\" (ids 4 and 9)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("contact \"Ada Quokka\" (ids 1, 2 and 3)")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("pypi")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Bob")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("It was not changed.")), qPrintable(message));
    // Not a byte of the file, no journal left behind, the schema as it was.
    QCOMPARE(FileSnapshot::of(file), before);
    QCOMPARE(test::folderEntries(m_dir->path()), entries);
    {
        RawConnection raw(file);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), version);
    }

    // Renamed (as the old version would), it upgrades.
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(QStringLiteral("UPDATE item SET name = 'docs2', name_key = 'docs2' WHERE id = 9")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM contact WHERE id IN (2, 3)")));
    }
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.check().isEmpty());
}

void TestMigrations::upgradesSchema4ToUniqueNames()
{
    // A clean schema 4 file: one name in several kinds, hosts without a host name.
    const QString file = path(QStringLiteral("v4.sqlite"));
    QStringList more = serviceRow(4, QStringLiteral("pypi")).split(QStringLiteral("; "));
    more << contactRow(1, QStringLiteral("pypi"));
    for (int id : {5, 6}) {
        more << QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (%1, 'host', 'vm %1',"
                               " 'vm %1', 2)")
                    .arg(id)
             << QStringLiteral("INSERT INTO host (item_id, hostname) VALUES (%1, '')").arg(id);
    }
    more << QStringLiteral(
                "INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (7, 'host', 'pypi', 'pypi', 2)")
         << QStringLiteral("INSERT INTO host (item_id) VALUES (7)");
    QVERIFY(writeOldSchema(file, 4, uniqueNameRows(more)));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.check().isEmpty());
    Store store(db);
    QCOMPARE(test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).size(), 2);
    // The index holds whoever writes: plain SQL too.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO item (kind, name, name_key, parent_id) VALUES ('service', 'PYPI', 'pypi', 2)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO contact (kind, name, name_key) VALUES ('team', 'PyPI', 'pypi')")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO item (kind, name, name_key, parent_id) VALUES ('provider', 'PyPI', 'pypi', 1)")));
    // And the store says which record has the name.
    Item service;
    service.kind = ItemKind::Service;
    service.name = QStringLiteral(" VM 5 ");
    service.parentId = 2;
    QString error;
    QVERIFY(store.createItem(service, &error));
    Item host = service;
    host.id = 0;
    host.kind = ItemKind::Host;
    QVERIFY(!store.createItem(host, &error));
    QCOMPARE(error, QStringLiteral("There is already a host called \"vm 5\"."));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
