#include "RevertCliCommand.h"

#include "BatchRevert.h"
#include "CsvWriter.h"
#include "Store.h"

#include <QDateTime>
#include <QTextStream>

namespace steward {

namespace {

QString localTime(const QString &at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : at;
}

} // namespace

RevertCliCommand::RevertCliCommand()
    : CliCommand(QStringLiteral("revert"),
                 tr("Revert one batch of the history (one user action: an import, an assignment to many items) as "
                    "one new change; without BATCH, list the recent batches."))
{
    addPositional(QStringLiteral("BATCH"), tr("The batch's number, as the list without BATCH shows it."),
                  QStringLiteral("[BATCH]"));
    addDatabaseOption();
    addOption({QStringLiteral("skip-changed"),
               tr("Leave the records changed since the batch as they are and revert the rest (without it, such "
                  "records refuse the revert).")});
    addOption({QStringLiteral("dry-run"), tr("Show what reverting would do; write nothing.")});
    addFormatOption();
    addOption(
        {QStringLiteral("limit"), tr("Without BATCH: at most N batches (default 20)."), tr("N"), QStringLiteral("20")});
}

int RevertCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return usage(tr("revert takes at most one BATCH."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    int limit = 0;
    if (!readNumber(parser, QStringLiteral("limit"), 1, &limit))
        return usage(tr("--limit takes a number of at least 1."));
    qint64 batchId = 0;
    if (positional.size() == 2) {
        bool number = false;
        batchId = positional.at(1).toLongLong(&number);
        if (!number || batchId <= 0)
            return usage(tr("BATCH is a batch's number (steward revert lists them)."));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run")) || batchId == 0;
    const bool skip = parser.isSet(QStringLiteral("skip-changed"));

    Database db;
    if (dryRun ? !openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade)
               : !openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    QString error;
    if (batchId == 0) {
        const auto batches = store.recentBatches(limit, &error);
        if (!batches)
            return fail(error);
        const bool written =
            csv ? writeCsvToStdout(
                      {QStringLiteral("batch"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("label"),
                       QStringLiteral("changes")},
                      [&](CsvWriter &out) {
                          for (const Store::Batch &b : *batches)
                              out.writeRow({QString::number(b.id), b.at, b.actor, b.label, QString::number(b.changes)});
                      })
                : writeTextToStdout([&](QTextStream &out) {
                      for (const Store::Batch &b : *batches) {
                          out << b.id << "  " << localTime(b.at) << "  " << b.actor << "  " << b.label << "  ("
                              << tr("%n change(s)", nullptr, b.changes) << ")\n";
                      }
                  });
        return written ? ExitOk : ExitFailure;
    }

    const auto plan = planBatchRevert(store, batchId, &error);
    if (!plan)
        return fail(error);
    using Outcome = BatchRevertEntry::Outcome;
    const auto since = [](const BatchRevertEntry &e) {
        QStringList what;
        for (const HistoryEntry &s : e.since)
            what << QStringLiteral("%1 (%2, %3)").arg(s.summary, localTime(s.at), s.actor);
        return what.join(QStringLiteral("; "));
    };
    bool written = true;
    if (csv) {
        written = writeCsvToStdout(
            {QStringLiteral("change"), QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("summary"),
             QStringLiteral("outcome"), QStringLiteral("reverting"), QStringLiteral("reason"),
             QStringLiteral("changed_since")},
            [&](CsvWriter &out) {
                for (const BatchRevertEntry &e : plan->entries) {
                    out.writeRow({QString::number(e.change.id), e.change.entity, QString::number(e.change.entityId),
                                  e.change.summary, outcomeName(e.outcome),
                                  e.outcome == Outcome::Revert ? e.action : QString(), e.reason, since(e)});
                }
            });
    } else if (dryRun || plan->changedCount() > 0 || plan->count(Outcome::Cannot) > 0) {
        // What would happen, the changed records first; a revert that goes ahead at once
        // says only what it did.
        written = writeTextToStdout([&](QTextStream &out) {
            out << tr("%1 (batch %2, %3, by %4): %n change(s).", nullptr, static_cast<int>(plan->entries.size()))
                       .arg(plan->batchLabel)
                       .arg(plan->batchId)
                       .arg(localTime(plan->batchAt), plan->batchActor)
                << '\n';
            for (const BatchRevertEntry &e : plan->entries) {
                if (e.outcome == Outcome::Revert)
                    continue;
                out << "  " << outcomeName(e.outcome) << ": " << e.change.summary << " — " << e.reason;
                if (!e.since.isEmpty())
                    out << " " << tr("Since: %1").arg(since(e));
                out << '\n';
            }
            if (dryRun) {
                for (const BatchRevertEntry &e : plan->entries) {
                    if (e.outcome == Outcome::Revert)
                        out << "  " << e.change.summary << " → " << e.action << '\n';
                }
            }
        });
    }
    if (!written)
        return ExitFailure;
    if (dryRun)
        return finishStdout() ? ExitOk : ExitFailure;
    if (plan->changedCount() > 0 && !skip)
        return fail(tr("%n change(s) of the batch concern records changed since; nothing was reverted. "
                       "--skip-changed reverts the rest.",
                       nullptr, plan->changedCount()));
    if (!applyBatchRevert(store, *plan, skip ? OnConflict::Skip : OnConflict::Refuse, &error))
        return fail(error);
    printOut(tr("Reverted %n change(s) of \"%1\".", nullptr, plan->count(Outcome::Revert)).arg(plan->batchLabel) +
             (plan->changedCount() > 0 ? QLatin1Char(' ') + tr("Left %n change(s) as they are.", nullptr,
                                                               plan->changedCount() + plan->count(Outcome::Cannot))
                                       : QString()));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
