#include "CopyCliCommand.h"

#include "Dialect.h"
#include "InventoryCopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace steward {

CopyCliCommand::CopyCliCommand()
    : CliCommand(QStringLiteral("copy"), tr("Copy a whole inventory, history included, to another database."))
{
    addOption({QStringLiteral("from"), tr("The inventory to copy (default: %1).").arg(defaultDatabasePath()),
               tr("FILE|URL")});
    addOption({QStringLiteral("to"), tr("Where to copy it: a new or empty inventory."), tr("FILE|URL")});
    addOption({QStringLiteral("replace"), tr("Replace what the target holds (default: refuse).")});
}

int CopyCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("copy takes no arguments besides --from, --to and --replace."));
    if (!parser.isSet(QStringLiteral("to")))
        return usage(tr("copy needs --to FILE or --to postgresql://USER@HOST:PORT/DATABASE."));
    const QString from =
        parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : defaultDatabasePath();
    const QString to = parser.value(QStringLiteral("to"));
    for (const QString &location : {from, to}) {
        if (const QString problem = dialect::commandLinePasswordProblem(location); !problem.isEmpty())
            return fail(problem);
    }

    Database source;
    prepareDatabase(source);
    if (!source.open(from, Database::OpenMode::ReadOnly))
        return fail(source.errorString());
    for (const QString &warning : source.connectionWarnings())
        printError(warning);
    QElapsedTimer timer;
    timer.start();
    QVector<InventoryCopy::TableCount> counts;
    QString error;
    QString shownTarget;
    if (!dialect::isServerLocation(to) && !QFileInfo::exists(to)) {
        // A new file: written aside and renamed into place once whole, so that a copy
        // killed half-way leaves no half-made inventory there.
        if (!InventoryCopy::copyToNewFile(source, to, &counts, &error))
            return fail(error);
        shownTarget = QDir::toNativeSeparators(to);
    } else {
        // A server database without tables is made new; an existing file or database
        // is written in one transaction, so that it stays as it was until the copy
        // commits.
        Database target;
        prepareDatabase(target);
        const bool server = dialect::isServerLocation(to);
        bool opened = server && target.create(to);
        if (!opened) {
            const QString createError = target.errorString();
            opened = target.open(to);
            // Why the database could not be made, when it is not what opening it says too
            // (a server that cannot be reached fails both the same way: said once).
            if (!opened && server && createError != target.tablesExistMessage() && createError != target.errorString())
                printError(createError);
        }
        if (!opened)
            return fail(target.errorString());
        for (const QString &warning : target.connectionWarnings())
            printError(warning);
        // An existing target that may not be written is said before anything is copied.
        if (!requireWritable(target))
            return ExitFailure;
        if (!InventoryCopy::copy(source, target, parser.isSet(QStringLiteral("replace")), &counts, &error))
            return fail(error);
        shownTarget = target.displayName();
    }
    QStringList parts;
    for (const auto &c : std::as_const(counts))
        parts << tr("%1 %2").arg(c.rows).arg(c.table);
    printOut(tr("Copied %1 to %2 in %3 s: %4.")
                 .arg(source.displayName(), shownTarget)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(parts.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace steward
