#include "StatusCliCommand.h"

#include "Store.h"

namespace steward {

StatusCliCommand::StatusCliCommand()
    : CliCommand(QStringLiteral("status"),
                 tr("Declare a status of your own with its category (its colour and icon, and whether an item with "
                    "it works), or remove one."))
{
    addPositional(QStringLiteral("NAME"), tr("The status (\"read-only\", \"redirect\")."));
    addDatabaseOption();
    addOption({QStringLiteral("category"), tr("operational, degraded, down, retired or planned."), tr("C")});
    addOption({QStringLiteral("remove"), tr("Remove the status (refused while an item has it).")});
}

int StatusCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("status takes one NAME (quote a name with spaces)."));
    const QString name = positional.at(1).trimmed();
    const bool remove = parser.isSet(QStringLiteral("remove"));
    const bool hasCategory = parser.isSet(QStringLiteral("category"));
    QStringList categories;
    for (StatusCategory category : keys::statusCategories())
        categories << keys::statusCategory(category);
    if (remove == hasCategory)
        return usage(
            remove ? tr("--remove takes no --category.")
                   : tr("status NAME needs --category (%1), or --remove.").arg(categories.join(QStringLiteral(", "))));
    StatusDef def;
    def.name = name;
    if (hasCategory) {
        const QString category = parser.value(QStringLiteral("category")).trimmed().toLower();
        if (!keys::statusCategoryFromKey(category, &def.category))
            return usage(tr("unknown category \"%1\"; the categories are %2.")
                             .arg(parser.value(QStringLiteral("category")), categories.join(QStringLiteral(", "))));
    }

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    QString error;
    if (remove) {
        if (!store.removeStatus(name, &error))
            return fail(error);
        printOut(tr("Removed the status \"%1\".").arg(name));
    } else {
        if (!store.defineStatus(def, &error))
            return fail(error);
        printOut(tr("\"%1\" is a status meaning %2.").arg(name, keys::statusCategoryLabel(def.category)));
    }
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
