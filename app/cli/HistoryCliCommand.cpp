#include "HistoryCliCommand.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

HistoryCliCommand::HistoryCliCommand()
    : CliCommand(QStringLiteral("history"), tr("What changed, when and by whom; newest first."))
{
    addPositional(QStringLiteral("ITEM"), tr("Only this item's history (optional)."), QStringLiteral("[ITEM]"));
    addDatabaseOption();
    addFormatOption();
    addOption({QStringLiteral("limit"), tr("At most N changes (default: all)."), tr("N"), QStringLiteral("0")});
}

int HistoryCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return usage(tr("history takes at most one ITEM (quote names with spaces)."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    int limit = 0;
    if (!readNumber(parser, QStringLiteral("limit"), 0, &limit))
        return usage(tr("--limit takes a number."));

    // Reading the history changes nothing: read-only.
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    qint64 itemId = 0;
    if (positional.size() == 2) {
        const auto item = findOneItem(store, positional.at(1));
        if (!item)
            return ExitFailure;
        itemId = item->id;
    }
    QString error;
    const auto history = store.history(itemId, limit, &error);
    if (!history)
        return fail(error);
    const QVector<HistoryEntry> &entries = *history;
    bool written = false;
    if (csv) {
        const QStringList header{QStringLiteral("at"),     QStringLiteral("actor"),     QStringLiteral("change"),
                                 QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("item_id"),
                                 QStringLiteral("action"), QStringLiteral("summary"),   QStringLiteral("before"),
                                 QStringLiteral("after")};
        written = writeCsvToStdout(header, [&](CsvWriter &out) {
            for (const HistoryEntry &e : entries) {
                out.writeRow({e.at, e.actor, e.label, e.entity, QString::number(e.entityId),
                              e.itemId ? QString::number(e.itemId) : QString(), e.action, e.summary, e.before,
                              e.after});
            }
        });
    } else {
        written = writeTextToStdout([&](QTextStream &out) {
            for (const HistoryEntry &e : entries) {
                out << e.at << "  " << e.actor << "  " << e.summary;
                if (e.action == QLatin1String("update"))
                    out << "  " << e.before << " -> " << e.after;
                out << '\n';
            }
        });
    }
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
