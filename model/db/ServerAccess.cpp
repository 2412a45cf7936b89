#include "ServerAccess.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace steward {
namespace {

/// The history: only appended to, never changed (schema step 7).
bool isHistory(const QString &table)
{
    return table == QLatin1String("change_batch") || table == QLatin1String("change_log");
}

/// Steward's marks: read by everyone, written only by the owner's schema steps.
bool isMeta(const QString &table)
{
    return table == QLatin1String("steward_meta");
}

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

/// The schema holding the inventory: the connection's current schema, or, when the role
/// may not use any schema of its search path (current_schema() is then null), the one
/// that holds steward_meta.
struct InventorySchema
{
    bool found = false;
    qint64 oid = 0;
    QString name;
    qint64 owner = 0;
};

std::optional<InventorySchema> inventorySchema(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT n.oid, n.nspname, c.relowner FROM pg_catalog.pg_class c"
                               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE c.relname = 'steward_meta' AND c.relkind IN ('r', 'p')"
                               " AND n.nspname = COALESCE(current_schema(), n.nspname)"
                               " ORDER BY n.nspname = 'public' DESC, n.nspname LIMIT 1"))) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    InventorySchema schema;
    if (q.next()) {
        schema.found = true;
        schema.oid = q.value(0).toLongLong();
        schema.name = q.value(1).toString();
        schema.owner = q.value(2).toLongLong();
    }
    return schema;
}

/// inventorySchema(), failing when the database holds no Steward inventory.
std::optional<InventorySchema> stewardSchema(const QSqlDatabase &db, QString *error)
{
    auto schema = inventorySchema(db, error);
    if (schema && !schema->found) {
        if (error)
            *error = QCoreApplication::translate("ServerAccess", "this database holds no Steward inventory.");
        return std::nullopt;
    }
    return schema;
}

/// What @p role may do with the tables and sequences of @p schema.
struct Evaluation
{
    bool owner = false;
    bool schemaUsage = false;
    bool read = true;
    bool write = true;
    bool any = false;
    QStringList unreadable;
};

std::optional<Evaluation> evaluate(const QSqlDatabase &db, const InventorySchema &schema, const QString &role,
                                   QString *error)
{
    Evaluation result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_has_role(?, CAST(? AS oid), 'USAGE'), has_schema_privilege(?, CAST(? AS oid),"
                             " 'USAGE')"));
    q.addBindValue(role);
    q.addBindValue(schema.owner);
    q.addBindValue(role);
    q.addBindValue(schema.oid);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    result.owner = q.value(0).toBool();
    result.schemaUsage = q.value(1).toBool();
    q.prepare(QStringLiteral(
        "SELECT c.relname, c.relkind = 'S', CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(?, c.oid, 'SELECT')"
        " ELSE has_table_privilege(?, c.oid, 'SELECT') END,"
        " CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(?, c.oid, 'USAGE')"
        " ELSE has_table_privilege(?, c.oid, 'INSERT') END,"
        " CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(?, c.oid, 'UPDATE')"
        " ELSE has_table_privilege(?, c.oid, 'UPDATE') END,"
        " CASE WHEN c.relkind = 'S' THEN false ELSE has_table_privilege(?, c.oid, 'DELETE') END"
        " FROM pg_catalog.pg_class c WHERE c.relnamespace = CAST(? AS oid) AND c.relkind IN ('r', 'p', 'S')"
        " ORDER BY c.relname"));
    for (int i = 0; i < 7; ++i)
        q.addBindValue(role);
    q.addBindValue(schema.oid);
    if (!q.exec()) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    while (q.next()) {
        const QString name = q.value(0).toString();
        const bool sequence = q.value(1).toBool();
        const bool select = q.value(2).toBool();
        const bool insertOrUsage = q.value(3).toBool();
        const bool update = q.value(4).toBool();
        const bool remove = q.value(5).toBool();
        if (sequence) {
            result.write = result.write && insertOrUsage && update;
            continue;
        }
        result.any = result.any || select || insertOrUsage || update || remove;
        if (!select) {
            result.read = false;
            result.unreadable << name;
        }
        if (isMeta(name))
            continue;
        result.write = result.write && insertOrUsage && (isHistory(name) || (update && remove));
    }
    result.read = result.read && result.schemaUsage;
    result.write = result.write && result.read;
    return result;
}

ServerAccess::Level levelFrom(const Evaluation &e)
{
    if (e.owner)
        return ServerAccess::Level::Owner;
    if (e.read)
        return e.write ? ServerAccess::Level::Editor : ServerAccess::Level::Viewer;
    return e.any ? ServerAccess::Level::Partial : ServerAccess::Level::None;
}

/// The schema's tables and sequences as qualified, quoted names: (tables, sequences).
std::optional<QPair<QStringList, QStringList>> objects(const QSqlDatabase &db, const InventorySchema &schema,
                                                       QStringList *history, QStringList *meta, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT relname, relkind = 'S' FROM pg_catalog.pg_class WHERE relnamespace = CAST(? AS oid)"
                       " AND relkind IN ('r', 'p', 'S') ORDER BY relname"));
    q.addBindValue(schema.oid);
    if (!q.exec()) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    QPair<QStringList, QStringList> result;
    const QString prefix = ServerAccess::quoteIdentifier(schema.name) + QLatin1Char('.');
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString qualified = prefix + ServerAccess::quoteIdentifier(name);
        if (q.value(1).toBool()) {
            result.second << qualified;
        } else {
            result.first << qualified;
            if (isHistory(name))
                *history << qualified;
            if (isMeta(name))
                *meta << qualified;
        }
    }
    return result;
}

} // namespace

QString ServerAccess::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ServerAccess::levelKey(Level level)
{
    switch (level) {
    case Level::None: return QStringLiteral("none");
    case Level::Partial: return QStringLiteral("partial");
    case Level::Viewer: return QStringLiteral("viewer");
    case Level::Editor: return QStringLiteral("editor");
    case Level::Owner: return QStringLiteral("owner");
    }
    return QStringLiteral("none");
}

std::optional<ServerAccess::Privileges> ServerAccess::privileges(const QSqlDatabase &db, QString *error)
{
    const auto schema = inventorySchema(db, error);
    if (!schema)
        return std::nullopt;
    Privileges result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next()) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    result.role = q.value(0).toString();
    if (!schema->found)
        return result;
    result.inventory = true;
    result.schema = schema->name;
    const auto e = evaluate(db, *schema, result.role, error);
    if (!e)
        return std::nullopt;
    result.owner = e->owner;
    result.read = e->read;
    result.write = e->write;
    if (!e->schemaUsage)
        result.readProblem = tr("it has no USAGE privilege on the schema %1").arg(schema->name);
    else if (!e->any)
        result.readProblem = tr("it has no privileges on its tables");
    else if (!e->unreadable.isEmpty())
        result.readProblem = tr("it may not read the tables %1").arg(e->unreadable.join(QStringLiteral(", ")));
    return result;
}

std::optional<ServerAccess::Level> ServerAccess::levelOf(const QSqlDatabase &db, const QString &role, QString *error)
{
    const auto schema = stewardSchema(db, error);
    if (!schema)
        return std::nullopt;
    const auto e = evaluate(db, *schema, role, error);
    if (!e)
        return std::nullopt;
    return levelFrom(*e);
}

std::optional<QVector<ServerAccess::RoleAccess>> ServerAccess::list(const QSqlDatabase &db, QString *error)
{
    const auto schema = stewardSchema(db, error);
    if (!schema)
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname NOT LIKE 'pg\\_%'"
                               " ORDER BY rolname"))) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    QStringList roles;
    while (q.next())
        roles << q.value(0).toString();
    QVector<RoleAccess> result;
    for (const QString &role : std::as_const(roles)) {
        const auto e = evaluate(db, *schema, role, error);
        if (!e)
            return std::nullopt;
        const Level level = levelFrom(*e);
        if (level != Level::None)
            result.append({role, level});
    }
    return result;
}

namespace {

/// What grant and revoke ask first: the inventory's schema, when the connected role owns
/// it (else @p notOwner, its %1 the connected role, in @p error); and in *roleOwns whether
/// @p role owns it too (or is a superuser), nullopt when the server has no such role.
std::optional<InventorySchema> asOwner(const QSqlDatabase &db, const QString &role, const QString &notOwner,
                                       std::optional<bool> *roleOwns, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<InventorySchema> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto schema = stewardSchema(db, error);
    if (!schema)
        return std::nullopt;
    const auto own = ServerAccess::privileges(db, error);
    if (!own)
        return std::nullopt;
    if (!own->owner)
        return fail(notOwner.arg(own->role));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_has_role(oid, CAST(? AS oid), 'USAGE') FROM pg_catalog.pg_roles"
                             " WHERE rolname = ?"));
    q.addBindValue(schema->owner);
    q.addBindValue(role);
    if (!q.exec())
        return fail(sqlError(q));
    *roleOwns = q.next() ? std::optional<bool>(q.value(0).toBool()) : std::nullopt;
    return schema;
}

} // namespace

std::optional<QStringList> ServerAccess::grantStatements(const QSqlDatabase &db, const QString &role, Level level,
                                                         QString *error)
{
    Q_ASSERT(level == Level::Viewer || level == Level::Editor);
    const auto fail = [&](const QString &message) -> std::optional<QStringList> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (role.trimmed().isEmpty())
        return fail(tr("name the role to grant access to."));
    if (role.compare(QLatin1String("public"), Qt::CaseInsensitive) == 0)
        return fail(tr("PUBLIC is every role of the server; grant access to a role of its own."));
    std::optional<bool> roleOwns;
    const auto schema =
        asOwner(db, role, tr("only the owner of the inventory's tables may grant access; your role \"%1\" is not it."),
                &roleOwns, error);
    if (!schema)
        return std::nullopt;
    QStringList statements;
    const QString who = quoteIdentifier(role);
    QSqlQuery q(db);
    if (roleOwns) {
        if (*roleOwns)
            return fail(
                tr("the role \"%1\" owns the inventory (or is a superuser): it may do everything already.").arg(role));
    } else {
        if (!q.exec(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles"
                                   " WHERE rolname = current_user")) ||
            !q.next()) {
            if (error)
                *error = sqlError(q);
            return std::nullopt;
        }
        if (!q.value(0).toBool())
            return fail(tr("the server has no role \"%1\", and your role may not create one: ask the server's "
                           "administrator to run CREATE ROLE %2 LOGIN.")
                            .arg(role, who));
        // Without a password: the administrator gives one (\password in psql), or the
        // server lets the role in another way (peer, certificate).
        statements << QStringLiteral("CREATE ROLE %1 LOGIN").arg(who);
    }

    QStringList history;
    QStringList meta;
    const auto found = objects(db, *schema, &history, &meta, error);
    if (!found)
        return std::nullopt;
    const QStringList &tables = found->first;
    const QStringList &sequences = found->second;
    QStringList inventory;
    for (const QString &table : tables) {
        if (!history.contains(table) && !meta.contains(table))
            inventory << table;
    }
    const QString comma = QStringLiteral(", ");
    // What the role had before goes first: a grant replaces it (editor to viewer too).
    statements << QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2").arg(tables.join(comma), who);
    if (!sequences.isEmpty())
        statements << QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2").arg(sequences.join(comma), who);
    statements << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoteIdentifier(schema->name), who)
               << QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(tables.join(comma), who);
    if (level == Level::Editor) {
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(inventory.join(comma), who);
        if (!history.isEmpty())
            statements << QStringLiteral("GRANT INSERT ON TABLE %1 TO %2").arg(history.join(comma), who);
        if (!sequences.isEmpty())
            statements
                << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON SEQUENCE %1 TO %2").arg(sequences.join(comma), who);
    }
    return statements;
}

std::optional<QStringList> ServerAccess::revokeStatements(const QSqlDatabase &db, const QString &role, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QStringList> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (role.trimmed().isEmpty())
        return fail(tr("name the role to revoke access from."));
    std::optional<bool> roleOwns;
    const auto schema =
        asOwner(db, role, tr("only the owner of the inventory's tables may revoke access; your role \"%1\" is not it."),
                &roleOwns, error);
    if (!schema)
        return std::nullopt;
    if (!roleOwns)
        return fail(tr("the server has no role \"%1\".").arg(role));
    if (*roleOwns)
        return fail(
            tr("the role \"%1\" owns the inventory (or is a superuser); its access cannot be revoked.").arg(role));
    QStringList history;
    QStringList meta;
    const auto found = objects(db, *schema, &history, &meta, error);
    if (!found)
        return std::nullopt;
    const QString comma = QStringLiteral(", ");
    const QString who = quoteIdentifier(role);
    QStringList statements = {QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2").arg(found->first.join(comma), who)};
    if (!found->second.isEmpty())
        statements << QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2").arg(found->second.join(comma), who);
    return statements;
}

bool ServerAccess::run(Database &db, const QStringList &statements, QString *error)
{
    if (!db.beginWrite(error))
        return false;
    QSqlQuery q(db.connection());
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            if (error)
                *error = sqlError(q);
            db.rollback();
            return false;
        }
    }
    return db.commit(error);
}

} // namespace steward
