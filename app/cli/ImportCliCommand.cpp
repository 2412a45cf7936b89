#include "ImportCliCommand.h"

#include "Importer.h"
#include "Store.h"

#include <QDir>
#include <QTextStream>

namespace steward {

ImportCliCommand::ImportCliCommand()
    : CliCommand(
          QStringLiteral("import"),
          tr("Import providers, hosts, services, contacts, assignments and links from CSV files (the formats the "
             "exports write) and Backstage catalogs (.yaml, .yml). Every row is checked first; any error and "
             "nothing is written."))
{
    addPositional(
        QStringLiteral("FILE"),
        tr("CSV files, recognised by their header (Steward's own, or NetBox's contacts and providers), or Backstage catalogs (.yaml, .yml)."),
        QStringLiteral("FILE..."));
    addDatabaseOption();
    addOption({QStringLiteral("dry-run"), tr("Check and show what each row would do; write nothing.")});
}

int ImportCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return usage(tr("import takes one or more FILEs."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    Database db;
    if (dryRun ? !openInventory(db, parser, Database::OpenMode::ReadOnly) : !openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    Importer importer(store);
    for (const QString &file : files)
        importer.addFile(file);
    const bool ok = dryRun ? importer.validate() : importer.commit();
    for (const ImportError &e : importer.errors())
        printErr(e.format());
    if (importer.moreErrors() > 0)
        printErr(tr("… and %L1 more errors").arg(importer.moreErrors()));
    if (!ok)
        return fail(importer.errorString());
    const bool written = writeTextToStdout([&](QTextStream &out) {
        if (dryRun) {
            for (const ImportRow &row : importer.rows()) {
                QString action;
                switch (row.action) {
                case ImportRow::Action::Create: action = tr("create"); break;
                case ImportRow::Action::Change:
                    action = tr("change %1").arg(row.changes.join(QStringLiteral(", ")));
                    break;
                case ImportRow::Action::Unchanged: action = tr("unchanged"); break;
                }
                out << QDir::toNativeSeparators(row.file) << ':' << row.row << ": " << Importer::formatKey(row.format)
                    << ' ' << row.name << ": " << action << '\n';
            }
        }
        const int created = importer.count(ImportRow::Action::Create);
        const int changed = importer.count(ImportRow::Action::Change);
        const int unchanged = importer.count(ImportRow::Action::Unchanged);
        out << (dryRun ? tr("Would create %1, change %2, leave %3 unchanged (dry run: nothing written).")
                       : tr("Created %1, changed %2, left %3 unchanged."))
                   .arg(created)
                   .arg(changed)
                   .arg(unchanged)
            << '\n';
    });
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
