#include "StatusesCliCommand.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

StatusesCliCommand::StatusesCliCommand()
    : CliCommand(QStringLiteral("statuses"), tr("List the statuses, built-in and your own, with their categories."))
{
    addDatabaseOption();
    addFormatOption();
}

int StatusesCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("statuses takes no arguments."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    QString error;
    const auto defs = store.statusDefs(&error);
    if (!defs)
        return fail(error);
    const auto declared = [](const StatusDef &def) {
        return def.builtin ? QStringLiteral("built-in") : QStringLiteral("own");
    };
    bool written = false;
    if (csv) {
        written = writeCsvToStdout({QStringLiteral("status"), QStringLiteral("category"), QStringLiteral("declared")},
                                   [&](CsvWriter &out) {
                                       for (const StatusDef &def : *defs)
                                           out.writeRow({def.name, keys::statusCategory(def.category), declared(def)});
                                   });
    } else {
        qsizetype width = 0;
        for (const StatusDef &def : *defs)
            width = std::max(width, def.name.size());
        written = writeTextToStdout([&](QTextStream &out) {
            for (const StatusDef &def : *defs) {
                out << def.name.leftJustified(width + 2) << keys::statusCategory(def.category).leftJustified(13)
                    << (def.builtin ? tr("built-in") : tr("your own")) << '\n';
            }
        });
    }
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
