#include "UnassignCliCommand.h"

#include "AssignOperation.h"
#include "Store.h"

namespace steward {

UnassignCliCommand::UnassignCliCommand()
    : CliCommand(QStringLiteral("unassign"), tr("Remove a contact's assignment from an item."))
{
    addPositional(QStringLiteral("ITEM"), tr("A provider, host or service name (case-insensitive)."));
    addPositional(QStringLiteral("CONTACT"), tr("A contact's name (case-insensitive)."));
    addDatabaseOption();
    addOption({QStringLiteral("role"), tr("Only this role (default: every role)."), tr("ROLE")});
}

int UnassignCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(tr("unassign takes an ITEM and a CONTACT (quote names with spaces)."));
    const QString role = parser.value(QStringLiteral("role")).trimmed();

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    const auto item = findOneItem(store, positional.at(1));
    if (!item)
        return ExitFailure;
    const auto contact = findOneContact(store, positional.at(2));
    if (!contact)
        return ExitFailure;
    QString error;
    const auto change = unassignContact(store, {item->id}, contact->id, role,
                                        tr("Unassign %1 from %2").arg(contact->name, item->name), &error);
    if (!change)
        return fail(error);
    printOut(tr("Removed %n assignment(s) of %1 from %2.", nullptr, static_cast<int>(change->removed.size()))
                 .arg(contact->name, item->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
