#include "BackupCliCommand.h"

#include "Dialect.h"

#include "Backup.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace steward {

BackupCliCommand::BackupCliCommand()
    : CliCommand(QStringLiteral("backup"),
                 tr("Make a consistent copy of the inventory, history included, while others keep working."))
{
    addDatabaseOption();
    addOption({{QStringLiteral("o"), QStringLiteral("output")},
               tr("The new file (default: in the backups folder beside the inventory, named with the date and "
                  "time; for a server's inventory, in Steward's data folder). Never replaced if it exists."),
               tr("FILE")});
}

int BackupCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("backup takes no arguments besides --db and -o."));
    // A backup is a file: a server address given as -o is refused before anything
    // (it may hold a password, and would otherwise make folders named after it).
    if (parser.isSet(QStringLiteral("output")) && dialect::isServerLocation(parser.value(QStringLiteral("output"))))
        return usage(tr("-o takes a file; to copy an inventory to a server use \"steward copy\"."));
    Database db;
    // An older schema is backed up as it is: the moment before an upgrade is when a
    // backup is wanted most.
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAsItIs))
        return ExitFailure;
    const QString path = parser.isSet(QStringLiteral("output"))
                             ? parser.value(QStringLiteral("output"))
                             : Backup::timedPath(db.path(), QDateTime::currentDateTime(), Backup::Kind::Manual);
    QString error;
    if (!Backup::make(db, path, &error))
        return fail(error);
    printOut(tr("Backed up %1 to %2 (%3 KB).")
                 .arg(db.displayName(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                 .arg((QFileInfo(path).size() + 1023) / 1024));
    return ExitOk;
}

} // namespace steward
