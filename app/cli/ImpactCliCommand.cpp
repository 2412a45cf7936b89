#include "ImpactCliCommand.h"

#include "CsvWriter.h"
#include "Impact.h"
#include "Reports.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

ImpactCliCommand::ImpactCliCommand()
    : CliCommand(QStringLiteral("impact"),
                 tr("What fails when an item fails: everything that depends on it, through where it runs and every "
                    "link that carries failure, with the path and whom to call."))
{
    addPositional(QStringLiteral("ITEM"), tr("A provider, host or service name or alias (case-insensitive)."));
    addDatabaseOption();
    addFormatOption();
}

int ImpactCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("impact takes exactly one ITEM (quote names with spaces)."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;

    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    const std::optional<Item> item = findOneItem(store, positional.at(1));
    if (!item)
        return ExitFailure;
    Impact impact;
    QString error;
    if (!impact.loadAround(store, {item->id}, &error))
        return fail(error);
    ImpactResult result = impact.of({item->id});
    if (!impact.addContacts(store, &result, &error))
        return fail(error);

    const auto names = [](const QVector<ResolvedContact> &contacts) {
        QStringList list;
        for (const ResolvedContact &c : contacts)
            list << c.contact.name;
        return list;
    };
    bool written = false;
    if (csv) {
        written = writeCsvToStdout(Reports::header(ReportKind::Impact), [&](CsvWriter &out) {
            for (const ImpactedItem &affected : std::as_const(result.affected)) {
                out.writeRow({affected.name, keys::itemKind(affected.kind), affected.pathText,
                              Reports::joinNames(names(affected.contacts))});
            }
        });
    } else {
        written = writeTextToStdout([&](QTextStream &out) {
            if (result.affected.isEmpty()) {
                out << tr("Nothing depends on %1.").arg(item->name) << '\n';
            } else {
                out << tr("If %1 fails, %n item(s) fail with it:", nullptr, static_cast<int>(result.affected.size()))
                           .arg(item->name)
                    << '\n';
            }
            for (const ImpactedItem &affected : std::as_const(result.affected)) {
                out << "  " << affected.pathText << '\n';
                QStringList calls;
                for (const ResolvedContact &c : affected.contacts)
                    calls << QStringLiteral("%1 (%2)").arg(c.contact.name, c.reason);
                if (!calls.isEmpty())
                    out << "    " << tr("call: %1").arg(calls.join(QStringLiteral(", "))) << '\n';
            }
            if (!result.cycles.isEmpty()) {
                out << tr("Dependency cycles:") << '\n';
                for (const ImpactCycle &cycle : std::as_const(result.cycles))
                    out << "  " << cycle.text << '\n';
            }
        });
    }
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
