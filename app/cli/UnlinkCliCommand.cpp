#include "UnlinkCliCommand.h"

#include "LinkCliCommand.h"
#include "Store.h"

namespace steward {

UnlinkCliCommand::UnlinkCliCommand()
    : CliCommand(QStringLiteral("unlink"), tr("Remove the links from one item to another."))
{
    addPositional(QStringLiteral("FROM"), tr("The item that has the link: a name or alias (case-insensitive)."));
    addPositional(QStringLiteral("TO"), tr("The item it links to: a name or alias (case-insensitive)."));
    addDatabaseOption();
    addOption({QStringLiteral("type"), tr("Only links of this type (default: every type)."), tr("TYPE")});
    addOption(
        {QStringLiteral("from-kind"), tr("FROM is of this kind: provider, host, service, organisation."), tr("KIND")});
    addOption(
        {QStringLiteral("to-kind"), tr("TO is of this kind: provider, host, service, organisation."), tr("KIND")});
}

int UnlinkCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(tr("unlink takes a FROM and a TO item (quote names with spaces)."));
    const QString type = keys::normalLinkType(parser.value(QStringLiteral("type")));

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    bool usageError = false;
    const auto from = LinkCliCommand::findEnd(store, parser, positional.at(1), QStringLiteral("FROM"),
                                              QStringLiteral("from-kind"), &usageError);
    if (!from)
        return usageError ? ExitUsage : ExitFailure;
    const auto to = LinkCliCommand::findEnd(store, parser, positional.at(2), QStringLiteral("TO"),
                                            QStringLiteral("to-kind"), &usageError);
    if (!to)
        return usageError ? ExitUsage : ExitFailure;
    QString error;
    const auto links = store.links(from->id, &error);
    if (!links)
        return fail(error);
    QVector<qint64> ids;
    for (const Link &l : *links) {
        if (l.fromItem == from->id && l.toItem == to->id && (type.isEmpty() || l.type == type))
            ids.append(l.id);
    }
    if (ids.isEmpty()) {
        if (type.isEmpty())
            return fail(tr("there is no link from %1 to %2.").arg(from->name, to->name));
        return fail(tr("--type: there is no %1 link from %2 to %3.").arg(type, from->name, to->name));
    }
    const bool removed = store.write(
        [&](QString *err) {
            for (qint64 id : std::as_const(ids)) {
                if (!store.removeLink(id, err))
                    return false;
            }
            return true;
        },
        &error, tr("Unlink %1 from %2").arg(from->name, to->name));
    if (!removed)
        return fail(error);
    printOut(tr("Removed %n link(s) from %1 to %2.", nullptr, static_cast<int>(ids.size())).arg(from->name, to->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
