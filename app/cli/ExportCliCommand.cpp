#include "ExportCliCommand.h"

#include "BackstageExport.h"
#include "Reports.h"
#include "Store.h"

namespace steward {
namespace {

/// The reports' keys, for the help and the messages.
QString reportList()
{
    QStringList keys;
    for (ReportKind kind : Reports::all())
        keys << Reports::key(kind);
    return keys.join(QStringLiteral(", "));
}

} // namespace

ExportCliCommand::ExportCliCommand()
    : CliCommand(QStringLiteral("export"),
                 tr("Export a report as CSV (RFC 4180, UTF-8, CRLF). Raw by default: every value exactly as stored, "
                    "for re-import. \"export backstage\" writes the inventory as a Backstage catalog (YAML)."))
{
    addPositional(QStringLiteral("REPORT"),
                  tr("The report: %1; or backstage: the inventory as a Backstage catalog (YAML).").arg(reportList()));
    addPositional(QStringLiteral("ITEM"),
                  tr("For the selection and impact reports: the items (names, case-insensitive)."),
                  QStringLiteral("[ITEM...]"));
    addDatabaseOption();
    addOption({QStringList{QStringLiteral("o"), QStringLiteral("output")},
               tr("Write to FILE instead of standard output (replaced only when complete)."), tr("FILE")});
    addOption({QStringLiteral("excel"),
               tr("For a spreadsheet: start with a UTF-8 byte-order mark; implies --safe unless --raw is given.")});
    addOption({QStringLiteral("safe"),
               tr("Spreadsheet-safe: prefix cells starting with = + - @ tab or CR with an apostrophe.")});
    addOption({QStringLiteral("raw"), tr("Raw, lossless, for re-import (the default without --excel).")});
}

int ExportCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("export takes exactly one REPORT (%1).").arg(reportList()));
    if (positional.at(1) == QLatin1String("backstage"))
        return exportBackstage(parser);
    ReportKind kind = ReportKind::Services;
    if (!Reports::fromKey(positional.at(1), &kind))
        return usage(tr("unknown report \"%1\"; the reports are: %2.").arg(positional.at(1), reportList()));
    const QStringList items = positional.mid(2);
    if (kind == ReportKind::Selection && items.isEmpty())
        return usage(tr("export selection takes one or more ITEMs."));
    if (kind == ReportKind::Impact && items.size() != 1)
        return usage(tr("export impact takes exactly one ITEM."));
    if (kind != ReportKind::Selection && kind != ReportKind::Impact && !items.isEmpty())
        return usage(tr("export takes exactly one REPORT (%1).").arg(reportList()));
    if (parser.isSet(QStringLiteral("safe")) && parser.isSet(QStringLiteral("raw")))
        return usage(tr("--safe and --raw exclude each other."));
    CsvOptions options;
    options.excel = parser.isSet(QStringLiteral("excel"));
    // A file for a spreadsheet must not run what a cell says: --excel guards formulas
    // unless --raw asks for the values as stored.
    options.formulaGuard =
        parser.isSet(QStringLiteral("safe")) || (options.excel && !parser.isSet(QStringLiteral("raw")));

    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    Reports reports(store);
    if (kind == ReportKind::Selection || kind == ReportKind::Impact) {
        QVector<qint64> ids;
        for (const QString &name : items) {
            const auto item = findOneItem(store, name);
            if (!item)
                return ExitFailure;
            ids.append(item->id);
        }
        reports.setSelection(ids);
    }
    const auto write = [&](QIODevice *device, QString *error) {
        if (reports.writeCsv(kind, device, options))
            return true;
        *error = reports.errorString();
        return false;
    };
    if (!parser.isSet(QStringLiteral("output")))
        return writeToStdout(write) ? ExitOk : ExitFailure;
    // Through QSaveFile: the file appears complete or not at all.
    QString error;
    if (!Reports::saveFile(parser.value(QStringLiteral("output")), write, &error)) {
        // "cannot write FILE: why", as the other commands say it.
        return fail(error.left(1).toLower() + error.mid(1));
    }
    return ExitOk;
}

int ExportCliCommand::exportBackstage(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 2)
        return usage(tr("export backstage takes no ITEM."));
    for (const char *csvOnly : {"excel", "safe", "raw"}) {
        if (parser.isSet(QLatin1String(csvOnly)))
            return usage(tr("--%1 is for CSV; a Backstage catalog is YAML.").arg(QLatin1String(csvOnly)));
    }
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    BackstageExport exporter(store);
    QByteArray catalog;
    if (!exporter.run(&catalog))
        return fail(exporter.errorString());
    const auto write = [&](QIODevice *device, QString *error) {
        if (device->write(catalog) == catalog.size())
            return true;
        *error = device->errorString();
        return false;
    };
    if (!parser.isSet(QStringLiteral("output")))
        return writeToStdout(write) ? ExitOk : ExitFailure;
    QString error;
    if (!Reports::saveFile(parser.value(QStringLiteral("output")), write, &error))
        return fail(error.left(1).toLower() + error.mid(1));
    return ExitOk;
}

} // namespace steward
