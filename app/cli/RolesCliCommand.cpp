#include "RolesCliCommand.h"

#include "CsvWriter.h"
#include "Reviews.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

RolesCliCommand::RolesCliCommand()
    : CliCommand(QStringLiteral("roles"),
                 tr("List the roles, built-in and your own, with how often their assignments are to be confirmed."))
{
    addDatabaseOption();
    addFormatOption();
}

int RolesCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("roles takes no arguments."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    QString error;
    const auto defs = store.roleDefs(&error);
    if (!defs)
        return fail(error);
    const ReviewIntervals intervals(*defs);
    bool written = false;
    if (csv) {
        written = writeCsvToStdout(
            {QStringLiteral("role"), QStringLiteral("review_days"), QStringLiteral("declared")}, [&](CsvWriter &out) {
                for (const RoleDef &def : *defs) {
                    const std::optional<int> days = intervals.daysFor(def.role);
                    out.writeRow({def.role, days ? QString::number(*days) : QStringLiteral("never"),
                                  def.builtin ? QStringLiteral("built-in") : QStringLiteral("own")});
                }
            });
    } else {
        qsizetype width = 0;
        for (const RoleDef &def : *defs)
            width = std::max(width, def.role.size());
        written = writeTextToStdout([&](QTextStream &out) {
            for (const RoleDef &def : *defs) {
                const std::optional<int> days = intervals.daysFor(def.role);
                out << def.role.leftJustified(width + 2) << Reviews::intervalText(days).leftJustified(17)
                    << (def.builtin ? tr("built-in") : tr("your own")) << '\n';
            }
            out << tr("Any other role: %1.").arg(Reviews::intervalText(ownership::kDefaultReviewDays)) << '\n';
        });
    }
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
