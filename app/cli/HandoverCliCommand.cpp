#include "HandoverCliCommand.h"

#include "Handover.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

HandoverCliCommand::HandoverCliCommand()
    : CliCommand(QStringLiteral("handover"),
                 tr("Hand a contact's assignments over to another in one step: each becomes TO's with the same role, "
                    "priority, note, cover and place (one TO has already goes instead). Handing over everything "
                    "also takes FROM out of its teams."))
{
    addPositional(QStringLiteral("FROM"), tr("The contact who hands over (case-insensitive)."));
    addPositional(QStringLiteral("TO"), tr("The contact who takes over (case-insensitive)."));
    addDatabaseOption();
    addOption({QStringLiteral("role"), tr("Only assignments in this role (repeat for several)."), tr("ROLE")});
    addOption({QStringLiteral("item"), tr("Only assignments of this item (repeat for several)."), tr("ITEM")});
    addOption({QStringLiteral("dry-run"), tr("Show what would be handed over; change nothing.")});
}

int HandoverCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(tr("handover takes FROM and TO, two contacts (quote names with spaces)."));
    QStringList roles;
    for (const QString &role : parser.values(QStringLiteral("role"))) {
        if (role.trimmed().isEmpty())
            return usage(tr("--role needs a role."));
        roles << role.trimmed();
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    Database db;
    if (dryRun ? !openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade)
               : !openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    const auto from = findOneContact(store, positional.at(1));
    if (!from)
        return ExitFailure;
    const auto to = findOneContact(store, positional.at(2));
    if (!to)
        return ExitFailure;
    QVector<qint64> itemIds;
    for (const QString &name : parser.values(QStringLiteral("item"))) {
        const auto item = findOneItem(store, name);
        if (!item)
            return ExitFailure;
        itemIds << item->id;
    }
    QString error;
    auto plan = planHandover(store, from->id, to->id, roles, itemIds, &error);
    if (!plan)
        return fail(error);
    const QString label = plan->everything ? tr("Hand over %1 to %2").arg(from->name, to->name)
                                           : tr("Hand over %n of %1's assignments to %2", nullptr,
                                                static_cast<int>(plan->moves.size() + plan->merges.size()))
                                                 .arg(from->name, to->name);
    if (!dryRun && !applyHandover(store, &*plan, label, &error))
        return fail(error);

    const bool written = writeTextToStdout([&](QTextStream &out) {
        const auto line = [&](const Assignment &a) {
            return tr("  %1 of %2").arg(keys::roleLabel(a.role), plan->itemNames.value(a.itemId));
        };
        out << (dryRun ? tr("%n assignment(s) would move from %1 to %2.", nullptr, static_cast<int>(plan->moves.size()))
                       : tr("%n assignment(s) moved from %1 to %2.", nullptr, static_cast<int>(plan->moves.size())))
                   .arg(from->name, to->name)
            << '\n';
        if (dryRun) {
            for (const Assignment &a : std::as_const(plan->moves))
                out << line(a) << '\n';
        }
        if (!plan->merges.isEmpty()) {
            out << (dryRun ? tr("%n assignment(s) of %1 would go instead: %2 has the item in that role already.",
                                nullptr, static_cast<int>(plan->merges.size()))
                           : tr("%n assignment(s) of %1 went instead: %2 has the item in that role already.", nullptr,
                                static_cast<int>(plan->merges.size())))
                       .arg(from->name, to->name)
                << '\n';
            for (const Assignment &a : std::as_const(plan->merges))
                out << line(a) << '\n';
            if (plan->mergedIntoInactive > 0)
                out << tr("%n of them %1 has only as inactive: set %1's priority on those items.", nullptr,
                          plan->mergedIntoInactive)
                           .arg(to->name)
                    << '\n';
        }
        if (!plan->teams.isEmpty()) {
            QStringList teams;
            for (const TeamMember &m : std::as_const(plan->teams))
                teams << plan->teamNames.value(m.teamId);
            out << (dryRun ? tr("%1 would leave %2.") : tr("%1 left %2."))
                       .arg(from->name, teams.join(QStringLiteral(", ")))
                << '\n';
        } else if (plan->teamsKept > 0) {
            out << tr("%1 stays in %n team(s): only handing over everything takes them out of their teams.", nullptr,
                      plan->teamsKept)
                       .arg(from->name)
                << '\n';
        }
        if (dryRun)
            out << tr("Dry run: nothing was changed.") << '\n';
    });
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
