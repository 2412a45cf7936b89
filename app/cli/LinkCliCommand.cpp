#include "LinkCliCommand.h"

#include "Store.h"

#include <QSet>

namespace steward {

LinkCliCommand::LinkCliCommand()
    : CliCommand(QStringLiteral("link"), tr("Link two items: FROM depends on, is served through, ... TO."))
{
    addPositional(QStringLiteral("FROM"), tr("The item that has the link: a name or alias (case-insensitive)."));
    addPositional(QStringLiteral("TO"), tr("The item it links to: a name or alias (case-insensitive)."));
    addDatabaseOption();
    addOption({QStringLiteral("type"),
               tr("The link type: depends_on, fronted_by (served through), dns_by, registered_at, configured_by, "
                  "backed_up_to, or one of your own."),
               tr("TYPE")});
    addOption({QStringLiteral("note"), tr("A note on the link."), tr("TEXT")});
    addOption(
        {QStringLiteral("from-kind"), tr("FROM is of this kind: provider, host, service, organisation."), tr("KIND")});
    addOption(
        {QStringLiteral("to-kind"), tr("TO is of this kind: provider, host, service, organisation."), tr("KIND")});
}

std::optional<Item> LinkCliCommand::findEnd(Store &store, const QCommandLineParser &parser, const QString &name,
                                            const QString &field, const QString &kindOption, bool *usageError)
{
    *usageError = false;
    std::optional<ItemKind> kind;
    const QString kindText = parser.value(kindOption).trimmed();
    if (!kindText.isEmpty()) {
        ItemKind k;
        if (!keys::itemKindFromKey(kindText, &k)) {
            *usageError = true;
            printError(tr("--%1: unknown kind \"%2\"; the kinds are organisation, provider, host, service.")
                           .arg(kindOption, kindText));
            return std::nullopt;
        }
        kind = k;
    }
    QString error;
    const auto byName = store.findItemsByName(name, &error);
    if (!byName) {
        printError(error);
        return std::nullopt;
    }
    QVector<Item> found;
    for (const Item &item : *byName) {
        if (!kind || item.kind == *kind)
            found.append(item);
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        if (kind)
            printError(tr("%1: no %2 is called \"%3\".").arg(field, keys::itemKindLabel(*kind), name));
        else
            printError(tr("%1: no item is called \"%2\".").arg(field, name));
        return std::nullopt;
    }
    QStringList kinds;
    for (const Item &item : std::as_const(found)) {
        if (!kinds.contains(keys::itemKind(item.kind)))
            kinds << keys::itemKind(item.kind);
    }
    printError(tr("%1: \"%2\" is ambiguous: %3 have that name; say which with --%4 %5.")
                   .arg(field, name, kinds.join(QStringLiteral(", ")), kindOption, kinds.join(QLatin1Char('|'))));
    return std::nullopt;
}

int LinkCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(tr("link takes a FROM and a TO item (quote names with spaces)."));
    const QString type = keys::normalLinkType(parser.value(QStringLiteral("type")));
    if (type.isEmpty())
        return usage(tr("--type: link needs a type (depends_on, fronted_by, dns_by, ...)."));

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    bool usageError = false;
    const auto from =
        findEnd(store, parser, positional.at(1), QStringLiteral("FROM"), QStringLiteral("from-kind"), &usageError);
    if (!from)
        return usageError ? ExitUsage : ExitFailure;
    const auto to =
        findEnd(store, parser, positional.at(2), QStringLiteral("TO"), QStringLiteral("to-kind"), &usageError);
    if (!to)
        return usageError ? ExitUsage : ExitFailure;
    QString error;
    const auto types = store.linkTypes(&error);
    if (!types)
        return fail(error);
    QStringList known;
    QString label;
    for (const LinkType &t : *types) {
        known << t.key;
        if (t.key == type)
            label = t.label;
    }
    if (label.isEmpty()) {
        return fail(tr("--type: \"%1\" is not a link type; the link types are %2 (declare one of your own first).")
                        .arg(parser.value(QStringLiteral("type")), known.join(QStringLiteral(", "))));
    }
    Link link;
    link.fromItem = from->id;
    link.toItem = to->id;
    link.type = type;
    link.note = parser.value(QStringLiteral("note"));
    if (!store.addLink(link, &error))
        return fail(error);
    printOut(tr("Linked: %1 %2 %3.").arg(from->name, label, to->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
