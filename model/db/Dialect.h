#pragma once

#include <QString>
#include <QStringList>

namespace steward {

/// Where an inventory lives: a SQLite file (the default) or a PostgreSQL database.
enum class Backend
{
    SQLite,
    PostgreSQL
};

/**
 * What differs between SQLite and PostgreSQL, in one place: how a location names a
 * server, the column types of the schema, and the few statements that have no common
 * form. Everything else Steward writes is SQL both accept.
 */
namespace dialect {

/// True for "postgresql://..." and "postgres://..." (libpq's URI forms).
bool isServerLocation(const QString &location);
Backend backendOf(const QString &location);

/// A PostgreSQL location taken apart: postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?PARAM=VALUE&...]
struct ServerLocation
{
    QString host;
    int port = 5432;
    QString user;
    QString password; ///< only when the URI carries one; never stored by Steward
    QString database;
    QStringList options; ///< libpq parameters as KEY=VALUE, such as sslmode=verify-full
    QString error;       ///< why the location was refused; empty when it is usable

    bool isValid() const { return error.isEmpty(); }
};
ServerLocation parseServerLocation(const QString &location);

/// Keeps @p password for connections to @p location made by this process (the window's,
/// its workers'), in memory only: from the keychain or typed by the user.
void rememberPassword(const QString &location, const QString &password);
QString rememberedPassword(const QString &location);

/// Why @p location may not be given on the command line, or empty when it may: a
/// password written in a server address would sit in the process list (ps) for the
/// whole run, for every user of the machine to read. The message names the ways that
/// keep it out of sight: PGPASSWORD, ~/.pgpass and the window's keychain.
QString commandLinePasswordProblem(const QString &location);

/// Whether a connection to @p host stays on this machine: no host or a Unix socket's
/// folder (a path), "localhost", a loopback address (127.0.0.0/8, ::1), the wildcard
/// addresses, or one of @p ownAddresses (this machine's interface addresses as text,
/// see thisMachineAddresses()). A name other than localhost counts only if it is
/// written as one of those addresses: it is not resolved here.
bool isThisMachine(const QString &host, const QStringList &ownAddresses);
/// The addresses of this machine's network interfaces, as text ("192.0.2.2", "fe80::1").
QStringList thisMachineAddresses();

/// The location as it may be shown and remembered: a server URI without its password,
/// a file as a native path.
QString displayLocation(const QString &location);

/// A schema statement written for SQLite, as @p backend takes it. On PostgreSQL,
/// "INTEGER PRIMARY KEY" becomes an identity column and INTEGER is 64-bit (BIGINT),
/// as it is in SQLite.
QString schemaStatement(Backend backend, const QString &sqliteStatement);

/// A JSON object as text, built in SQL from @p arguments ('key', value, ...).
QString jsonObject(Backend backend, const QString &arguments);

/**
 * SQL that holds when the tag @p column is a key or starts "key=" ("env" finds "env" and
 * every "env=..."), as an index look-up and an index range: "C = ? OR (C >= ? AND C < ?)",
 * the range in code-point order, as SQLite compares text and PostgreSQL does COLLATE "C"
 * (which schema step 9's C-collated tag indexes serve; the database's own collation may
 * sort "=" and ">" anywhere). Bind tagKeyValues() in order.
 */
QString tagKeyMatch(Backend backend, const QString &column);
/// The values of tagKeyMatch() for @p key: the key, "key=" and "key>" ('>' follows '=').
QStringList tagKeyValues(const QString &key);

/// The SQL body of steward_fold(text) on PostgreSQL: searchfold::indexFold() in SQL.
QString postgresFoldExpression(const QString &operand);

} // namespace dialect
} // namespace steward
