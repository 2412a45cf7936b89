// steward-freeze-schemas: writes the frozen inventories of tests/data/schemas, one per
// earlier schema version, that tst_migrations upgrades. Run once when a schema step is
// added, for the version that step leaves behind; see tests/data/schemas/README.md.
// It never overwrites a file: a frozen file is what that version of Steward wrote, and
// regenerating it from later code would hide a migration edited in place.

#include "Database.h"
#include "Dialect.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace steward;

namespace {

/// The records every frozen inventory holds: every table of schema 1 with rows, statuses,
/// links, a team, text outside ASCII. Written as plain SQL that both backends take.
QStringList inventoryRows()
{
    return {
        QStringLiteral("INSERT INTO item (id, kind, name, name_key) VALUES (1, 'organisation', 'Acme', 'acme')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, description) VALUES"
                       " (2, 'provider', 'Hetzner', 'hetzner', 1, 'Dedicated servers in Falkenstein.')"),
        QStringLiteral("INSERT INTO provider (item_id, provider_kind, full_name, website, location, config_tool,"
                       " config_tool_url, config_repo) VALUES (2, 'hardware', 'Hetzner Online GmbH',"
                       " 'https://www.hetzner.com', 'Falkenstein', 'Salt', 'https://saltproject.io',"
                       " 'https://git.acme.example/salt')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (3, 'provider', 'Fastly',"
                       " 'fastly', 1)"),
        QStringLiteral("INSERT INTO provider (item_id, provider_kind) VALUES (3, 'cdn')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id) VALUES (4, 'host', 'kiwi', 'kiwi', 2)"),
        QStringLiteral("INSERT INTO host (item_id, host_kind, hostname) VALUES (4, 'physical', 'kiwi.acme.example')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, status, notes) VALUES (5, 'host',"
                       " 'a Hetzner VM', 'a hetzner vm', 2, 'needs-move', 'Off by the end of the year.')"),
        QStringLiteral("INSERT INTO host (item_id) VALUES (5)"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, notes) VALUES"
                       " (6, 'service', 'Wiki', 'wiki', 4, 'Ask Ren\u00e9e first.')"),
        QStringLiteral("INSERT INTO service (item_id, url, source_url) VALUES (6, 'https://wiki.acme.example/',"
                       " 'https://git.acme.example/wiki')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, status) VALUES (7, 'service',"
                       " 'Caf\u00e9 board', 'caf\u00e9 board', 5, 'legacy')"),
        QStringLiteral("INSERT INTO service (item_id, url) VALUES (7, 'https://cafe.acme.example/')"),
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, description) VALUES (8, 'service',"
                       " 'Status page', 'status page', 3, 'Served by the CDN alone.')"),
        QStringLiteral("INSERT INTO service (item_id) VALUES (8)"),
        QStringLiteral("INSERT INTO item_link (id, from_item, to_item, kind, note) VALUES (1, 6, 3, 'fronted_by',"
                       " 'through the CDN')"),
        QStringLiteral("INSERT INTO contact (id, kind, name, name_key, notes) VALUES (1, 'team', 'Infrastructure',"
                       " 'infrastructure', 'Escalation for everything.')"),
        QStringLiteral("INSERT INTO contact (id, kind, name, name_key, team_id) VALUES (2, 'person',"
                       " 'Ren\u00e9e Dupr\u00e9', 'ren\u00e9e dupr\u00e9', 1)"),
        QStringLiteral("INSERT INTO contact (id, kind, name, name_key) VALUES (3, 'person', 'Ola Nordmann',"
                       " 'ola nordmann')"),
        QStringLiteral("INSERT INTO contact (id, kind, name, name_key) VALUES (4, 'mailing_list', 'infra@',"
                       " 'infra@')"),
        QStringLiteral("INSERT INTO contact_address (id, contact_id, kind, value, label, position) VALUES"
                       " (1, 2, 'email', 'renee@acme.example', 'work', 0)"),
        QStringLiteral("INSERT INTO contact_address (id, contact_id, kind, value, position) VALUES"
                       " (2, 2, 'irc', 'renee on Libera', 1)"),
        QStringLiteral("INSERT INTO contact_address (id, contact_id, kind, value) VALUES"
                       " (3, 4, 'email', 'infra@acme.example')"),
        QStringLiteral("INSERT INTO team_member (team_id, member_id, role, note, position) VALUES"
                       " (1, 2, 'lead', 'on call Mondays', 0)"),
        QStringLiteral("INSERT INTO team_member (team_id, member_id, position) VALUES (1, 3, 1)"),
        QStringLiteral("INSERT INTO assignment (id, item_id, contact_id, role, priority, note) VALUES"
                       " (1, 1, 1, 'escalation', 'primary', '')"),
        QStringLiteral("INSERT INTO assignment (id, item_id, contact_id, role, priority, note) VALUES"
                       " (2, 6, 2, 'owner', 'primary', 'particularly the search')"),
        QStringLiteral("INSERT INTO assignment (id, item_id, contact_id, role, priority) VALUES"
                       " (3, 6, 3, 'maintainer', 'secondary')"),
        QStringLiteral("INSERT INTO assignment (id, item_id, contact_id, role, priority) VALUES"
                       " (4, 7, 3, 'owner', 'inactive')"),
    };
}

/// A little history, for the schemas that have it (2 on).
QStringList historyRows()
{
    return {
        QStringLiteral("INSERT INTO change_batch (id, at, actor, label) VALUES (1, '2024-03-01T09:30:00Z', 'renee',"
                       " 'Edit Wiki')"),
        QStringLiteral("INSERT INTO change_log (id, batch_id, entity, entity_id, item_id, action, summary, before,"
                       " after) VALUES (1, 1, 'item', 6, 6, 'update', 'notes changed', '{\"notes\":\"\"}',"
                       " '{\"notes\":\"Ask Ren\u00e9e first.\"}')"),
        QStringLiteral("INSERT INTO change_batch (id, at, actor, label) VALUES (2, '2024-03-02T10:00:00Z', 'ola',"
                       " 'Assign')"),
        QStringLiteral("INSERT INTO change_log (id, batch_id, entity, entity_id, item_id, action, summary) VALUES"
                       " (2, 2, 'assignment', 3, 6, 'create', 'Ola Nordmann maintainer of Wiki')"),
    };
}

bool run(QSqlQuery &query, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            std::fprintf(stderr, "%s\n  in: %s\n", qPrintable(query.lastError().text()),
                         qPrintable(statement.left(200)));
            return false;
        }
    }
    return true;
}

/// The statements that take an empty database to @p version with the rows, as that
/// version's Steward would have written them.
QStringList statementsFor(int version, Backend backend)
{
    QStringList sql;
    for (int step = 1; step <= version; ++step) {
        const Migration &m = migrations().at(step - 1);
        if (backend == Backend::PostgreSQL && step == 1)
            sql << QStringLiteral(
                "CREATE TABLE IF NOT EXISTS steward_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        sql << (backend == Backend::PostgreSQL ? migrationStatements(m, backend) : m.statements);
    }
    if (version >= 1)
        sql << inventoryRows();
    if (version >= 2)
        sql << historyRows();
    if (backend == Backend::SQLite && version >= 3)
        sql << Database::searchIndexUpdate(); // as every Store transaction does before it commits
    if (backend == Backend::SQLite) {
        sql << QStringLiteral("PRAGMA user_version = %1").arg(version)
            << QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
    } else if (version >= 1) {
        sql << QStringLiteral("INSERT INTO steward_meta (key, value) VALUES ('schema_version', '%1')").arg(version)
            << QStringLiteral("INSERT INTO steward_meta (key, value) VALUES ('application_id', '%1')")
                   .arg(Database::ApplicationId);
    }
    return sql;
}

bool writeSqlite(const QString &file, int version)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("freeze"));
        db.setDatabaseName(file);
        QSqlQuery query(db);
        ok = db.open() && query.exec(QStringLiteral("BEGIN")) && run(query, statementsFor(version, Backend::SQLite)) &&
             query.exec(QStringLiteral("COMMIT")) && query.exec(QStringLiteral("VACUUM"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("freeze"));
    return ok;
}

bool writePostgres(const QString &file, int version, const QString &server)
{
    const dialect::ServerLocation where = dialect::parseServerLocation(server + QStringLiteral("/postgres"));
    const QString name = QStringLiteral("steward_freeze_v%1").arg(version);
    bool ok = false;
    const auto connect = [&](const QString &connection, const QString &database) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(where.user);
        db.setDatabaseName(database);
        return db.open();
    };
    {
        if (!connect(QStringLiteral("maintenance"), QStringLiteral("postgres")))
            return false;
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("maintenance")));
        ok = run(query, {QStringLiteral("SET client_min_messages = warning"),
                         QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                         QStringLiteral("CREATE DATABASE %1").arg(name)});
        if (ok && connect(QStringLiteral("freeze"), name)) {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("freeze")));
            ok = q.exec(QStringLiteral("BEGIN")) && run(q, statementsFor(version, Backend::PostgreSQL)) &&
                 q.exec(QStringLiteral("COMMIT"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("freeze"));
    if (ok) {
        QProcess dump;
        dump.start(QStringLiteral("pg_dump"),
                   {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"), QStringLiteral("--column-inserts"),
                    QStringLiteral("--host=%1").arg(where.host), QStringLiteral("--port=%1").arg(where.port),
                    QStringLiteral("--username=%1").arg(where.user), QStringLiteral("--dbname=%1").arg(name)});
        ok = dump.waitForFinished(60000) && dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0;
        if (!ok)
            std::fprintf(stderr, "pg_dump: %s\n", dump.readAllStandardError().constData());
        // Plain SQL that one simple query runs: psql's meta-commands (\restrict in newer
        // pg_dumps) and comments left out.
        QStringList lines;
        for (const QString &line : QString::fromUtf8(dump.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('\\')) && !line.startsWith(QLatin1String("--")))
                lines << line;
        }
        QString text = lines.join(QLatin1Char('\n'));
        while (text.contains(QLatin1String("\n\n\n")))
            text.replace(QLatin1String("\n\n\n"), QLatin1String("\n\n"));
        QFile out(file);
        ok = ok && out.open(QIODevice::WriteOnly | QIODevice::NewOnly) && out.write(text.trimmed().toUtf8() + '\n') > 0;
    }
    {
        QSqlQuery drop(QSqlDatabase::database(QStringLiteral("maintenance")));
        drop.exec(QStringLiteral("DROP DATABASE %1").arg(name));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maintenance"));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: steward-freeze-schemas DIR [postgresql://USER@HOST:PORT]\n"
                             "Writes DIR/vN.sqlite (and DIR/vN.postgresql.sql) for every schema version N below\n"
                             "the current one that has no file yet. Existing files are never touched.\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const QString server = args.value(2);
    int written = 0;
    for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
        const QString file = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        if (!QFileInfo::exists(file)) {
            if (!writeSqlite(file, version)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
                return 1;
            }
            std::printf("wrote %s\n", qPrintable(file));
            ++written;
        }
        const QString dump = dir.filePath(QStringLiteral("v%1.postgresql.sql").arg(version));
        if (!server.isEmpty() && version >= 1 && !QFileInfo::exists(dump)) {
            if (!writePostgres(dump, version, server)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(dump));
                return 1;
            }
            std::printf("wrote %s\n", qPrintable(dump));
            ++written;
        }
    }
    std::printf("%d file(s) written\n", written);
    return 0;
}
