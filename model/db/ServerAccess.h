#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace steward {

class Database;

/**
 * Who may do what with an inventory on PostgreSQL, in PostgreSQL's own terms: roles and
 * the privileges granted to them on the inventory's tables and sequences. Steward keeps
 * no accounts of its own.
 *
 * - a viewer may read: USAGE on the schema, SELECT on every table;
 * - an editor may also write the inventory: INSERT, UPDATE and DELETE on its tables,
 *   INSERT only on the history (change_batch, change_log), and the sequences that number
 *   new rows; the server stamps each history batch with the editor's role and refuses to
 *   change or remove history rows (schema step 7);
 * - the owner of the tables may do anything, upgrade the schema and grant access.
 */
class ServerAccess final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)
public:
    enum class Level
    {
        None,    ///< may not read
        Partial, ///< some privileges, but neither a viewer's nor an editor's
        Viewer,
        Editor,
        Owner
    };

    /// What the connection's own role may do with the inventory in its schema.
    struct Privileges
    {
        bool inventory = false; ///< the schema holds steward_meta (otherwise nothing below is known)
        QString role;           ///< current_user
        QString schema;
        bool owner = false; ///< member of the role that owns the tables (or a superuser)
        bool read = false;
        bool write = false;
        /// Why it may not read (when !read), as the end of a sentence: "it has no USAGE
        /// privilege on the schema public", "it may not read the tables item, host".
        QString readProblem;
    };

    /// A role and what it may do, as access list shows it.
    struct RoleAccess
    {
        QString role;
        Level level = Level::None;
    };

    /// The privileges of the connection's role on the inventory in its search path.
    static std::optional<Privileges> privileges(const QSqlDatabase &db, QString *error);

    /// The statements that make @p role a viewer or an editor (@p level) of the inventory
    /// @p db is connected to, its earlier grants replaced; a CREATE ROLE first when the
    /// role does not exist and the connection's role may create it.
    static std::optional<QStringList> grantStatements(const QSqlDatabase &db, const QString &role, Level level,
                                                      QString *error);
    /// The statements that take every privilege on the inventory's tables and sequences
    /// from @p role.
    static std::optional<QStringList> revokeStatements(const QSqlDatabase &db, const QString &role, QString *error);
    /// Runs @p statements in one transaction of @p db: all or none.
    static bool run(Database &db, const QStringList &statements, QString *error);

    /// Every role (but PostgreSQL's own pg_* roles) with any privilege on the inventory,
    /// by name; PUBLIC's are counted in.
    static std::optional<QVector<RoleAccess>> list(const QSqlDatabase &db, QString *error);
    /// What @p role may do with the inventory; nullopt with the error when it cannot be read.
    static std::optional<Level> levelOf(const QSqlDatabase &db, const QString &role, QString *error);

    /// "viewer", "editor", "owner", "partial" or "none".
    static QString levelKey(Level level);
    /// A role name quoted as an SQL identifier.
    static QString quoteIdentifier(const QString &name);
};

} // namespace steward
