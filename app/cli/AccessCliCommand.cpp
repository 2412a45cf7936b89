#include "AccessCliCommand.h"

#include "CsvWriter.h"
#include "Dialect.h"
#include "ServerAccess.h"

#include <QTextStream>

namespace steward {

AccessCliCommand::AccessCliCommand()
    : CliCommand(QStringLiteral("access"),
                 tr("Who may read or change an inventory on PostgreSQL: grant a database role viewer (read) or "
                    "editor (read, write, add to the history) access, revoke it, or list the roles that have it."))
{
    addPositional(QStringLiteral("ACTION"), tr("grant, revoke or list."), tr("grant|revoke|list"));
    addPositional(QStringLiteral("ROLE"), tr("The database role (grant and revoke)."), tr("[ROLE]"));
    addPositional(QStringLiteral("LEVEL"), tr("viewer or editor (grant)."), tr("[viewer|editor]"));
    addDatabaseOption();
    addOption({QStringLiteral("dry-run"), tr("Print the SQL that grant or revoke would run, and run nothing.")});
    addOption({QStringLiteral("show-sql"), tr("Print the SQL that grant or revoke runs, and run it.")});
    addFormatOption();
}

int AccessCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool showSql = dryRun || parser.isSet(QStringLiteral("show-sql"));
    ServerAccess::Level level = ServerAccess::Level::Viewer;
    if (action == QLatin1String("grant")) {
        if (positional.size() != 4)
            return usage(tr("access grant takes a ROLE and viewer or editor."));
        const QString key = positional.at(3);
        if (key == QLatin1String("viewer"))
            level = ServerAccess::Level::Viewer;
        else if (key == QLatin1String("editor"))
            level = ServerAccess::Level::Editor;
        else
            return usage(tr("unknown access \"%1\"; use viewer or editor.").arg(key));
    } else if (action == QLatin1String("revoke")) {
        if (positional.size() != 3)
            return usage(tr("access revoke takes one ROLE."));
    } else if (action == QLatin1String("list")) {
        if (positional.size() != 2)
            return usage(tr("access list takes no ROLE."));
        if (showSql)
            return usage(tr("--dry-run and --show-sql go with grant and revoke."));
    } else {
        return usage(action.isEmpty() ? tr("access needs grant, revoke or list.")
                                      : tr("unknown action \"%1\"; use grant, revoke or list.").arg(action));
    }
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;

    const QString location =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (!dialect::isServerLocation(location))
        return fail(tr("access is for inventories on PostgreSQL, whose roles it grants. Who may read or change %1 "
                       "is up to the file's permissions (chmod, chgrp): Steward opens a file it may not write for "
                       "reading only.")
                        .arg(dialect::displayLocation(location)));

    Database db;
    // Nothing is written by a list or a dry run; grant and revoke write, as the owner.
    const bool writes = action != QLatin1String("list") && !dryRun;
    // Not refused when read-only: whether this role may grant is the owner's question,
    // answered below in the words of that rule.
    if (!openInventory(db, parser, writes ? Database::OpenMode::ReadWrite : Database::OpenMode::ReadOnly, false))
        return ExitFailure;
    QString error;
    if (action == QLatin1String("list")) {
        const auto roles = ServerAccess::list(db.connection(), &error);
        if (!roles)
            return fail(error);
        if (csv) {
            return writeCsvToStdout({QStringLiteral("role"), QStringLiteral("access")},
                                    [&](CsvWriter &out) {
                                        for (const auto &r : *roles)
                                            out.writeRow({r.role, ServerAccess::levelKey(r.level)});
                                    })
                       ? ExitOk
                       : ExitFailure;
        }
        qsizetype width = 0;
        for (const auto &r : *roles)
            width = std::max(width, r.role.size());
        return writeTextToStdout([&](QTextStream &out) {
            for (const auto &r : *roles)
                out << r.role.leftJustified(width + 2) << ServerAccess::levelKey(r.level) << '\n';
        })
                   ? ExitOk
                   : ExitFailure;
    }

    const QString role = positional.at(2);
    const auto statements = action == QLatin1String("grant")
                                ? ServerAccess::grantStatements(db.connection(), role, level, &error)
                                : ServerAccess::revokeStatements(db.connection(), role, &error);
    if (!statements)
        return fail(error);
    if (showSql) {
        if (!writeTextToStdout([&](QTextStream &out) {
                for (const QString &statement : *statements)
                    out << statement << ";\n";
            }))
            return ExitFailure;
    }
    if (dryRun)
        return ExitOk;
    if (!ServerAccess::run(db, *statements, &error))
        return fail(error);
    const auto now = ServerAccess::levelOf(db.connection(), role, &error);
    if (!now)
        return fail(error);
    if (action == QLatin1String("grant")) {
        printErr(
            level == ServerAccess::Level::Editor
                ? tr("\"%1\" may now read and change %2, and add to its history (editor).").arg(role, db.displayName())
                : tr("\"%1\" may now read %2 but not change it (viewer).").arg(role, db.displayName()));
        // More than asked for, through PUBLIC or a role it belongs to.
        if (*now != level)
            printErr(tr("Through PUBLIC or a role it belongs to, it has more: %1.").arg(ServerAccess::levelKey(*now)));
    } else if (*now != ServerAccess::Level::None) {
        // Grants to PUBLIC or to a role it belongs to are not its own to revoke.
        printErr(tr("\"%1\" has no grants of its own on %2 any more, but is still a %3 of it through PUBLIC or a "
                    "role it belongs to.")
                     .arg(role, db.displayName(), ServerAccess::levelKey(*now)));
    } else {
        printErr(tr("\"%1\" may no longer read or change %2.").arg(role, db.displayName()));
    }
    return ExitOk;
}

} // namespace steward
