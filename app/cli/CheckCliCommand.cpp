#include "CheckCliCommand.h"

#include <QDir>

namespace steward {

CheckCliCommand::CheckCliCommand()
    : CliCommand(QStringLiteral("check"), tr("Check the inventory's integrity and foreign keys."))
{
    addDatabaseOption();
}

int CheckCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("check takes no arguments besides --db."));
    // Read-only: a check never upgrades or otherwise touches the file it checks.
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnly))
        return ExitFailure;
    const QStringList problems = db.check();
    const QString path = QDir::toNativeSeparators(db.path());
    for (const QString &warning : db.warnings())
        printErr(tr("%1: warning: %2").arg(path, warning));
    if (problems.isEmpty()) {
        printOut(tr("%1: ok").arg(path));
        return ExitOk;
    }
    for (const QString &problem : problems)
        printErr(tr("%1: %2").arg(path, problem));
    printErr(tr("%1 problem(s) found.").arg(problems.size()));
    return ExitFailure;
}

} // namespace steward
