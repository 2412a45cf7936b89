#include "LinkTypeCliCommand.h"

#include "Store.h"

namespace steward {

LinkTypeCliCommand::LinkTypeCliCommand()
    : CliCommand(QStringLiteral("link-type"),
                 tr("Declare a link type of your own (or change its label and meaning), or remove one."))
{
    addPositional(QStringLiteral("KEY"), tr("The type's key: letters, digits and underscores (\"replicates_to\")."));
    addDatabaseOption();
    addOption({QStringLiteral("label"), tr("What the type reads as (default: the key with spaces)."), tr("L")});
    addOption({QStringLiteral("no-failure"),
               tr("A failure does not follow links of this type (as \"configured by\"): impact stops there.")});
    addOption({QStringLiteral("remove"), tr("Remove the link type (refused while a link has it).")});
}

int LinkTypeCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("link-type takes one KEY."));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (remove && (parser.isSet(QStringLiteral("label")) || parser.isSet(QStringLiteral("no-failure"))))
        return usage(tr("--remove takes no --label or --no-failure."));
    LinkType type;
    type.key = keys::normalLinkType(positional.at(1));
    type.label = parser.value(QStringLiteral("label")).trimmed();
    type.carriesFailure = !parser.isSet(QStringLiteral("no-failure"));

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    QString error;
    if (remove) {
        if (!store.removeLinkType(type.key, &error))
            return fail(error);
        printOut(tr("Removed the link type \"%1\".").arg(type.key));
    } else {
        if (!store.defineLinkType(type, &error))
            return fail(error);
        const QString label = store.linkTypeLabel(type.key);
        printOut(type.carriesFailure
                     ? tr("\"%1\" (%2) is a link type; a failure follows its links.").arg(type.key, label)
                     : tr("\"%1\" (%2) is a link type; a failure does not follow its links.").arg(type.key, label));
    }
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
