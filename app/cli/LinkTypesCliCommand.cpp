#include "LinkTypesCliCommand.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

LinkTypesCliCommand::LinkTypesCliCommand()
    : CliCommand(QStringLiteral("link-types"),
                 tr("List the link types, built-in and your own, with their labels and whether a failure follows "
                    "them."))
{
    addDatabaseOption();
    addFormatOption();
}

int LinkTypesCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("link-types takes no arguments."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    QString error;
    const auto types = store.linkTypes(&error);
    if (!types)
        return fail(error);
    bool written = false;
    if (csv) {
        written =
            writeCsvToStdout({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("carries_failure"),
                              QStringLiteral("declared")},
                             [&](CsvWriter &out) {
                                 for (const LinkType &type : *types) {
                                     out.writeRow({type.key, type.label,
                                                   type.carriesFailure ? QStringLiteral("yes") : QStringLiteral("no"),
                                                   type.builtin ? QStringLiteral("built-in") : QStringLiteral("own")});
                                 }
                             });
    } else {
        qsizetype keyWidth = 0, labelWidth = 0;
        for (const LinkType &type : *types) {
            keyWidth = std::max(keyWidth, type.key.size());
            labelWidth = std::max(labelWidth, type.label.size());
        }
        written = writeTextToStdout([&](QTextStream &out) {
            for (const LinkType &type : *types) {
                out << type.key.leftJustified(keyWidth + 2) << type.label.leftJustified(labelWidth + 2)
                    << (type.carriesFailure ? tr("failure follows") : tr("failure stops")).leftJustified(17)
                    << (type.builtin ? tr("built-in") : tr("your own")) << '\n';
            }
        });
    }
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
