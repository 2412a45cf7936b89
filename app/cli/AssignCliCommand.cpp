#include "AssignCliCommand.h"

#include "AssignOperation.h"
#include "Store.h"

namespace steward {

AssignCliCommand::AssignCliCommand()
    : CliCommand(QStringLiteral("assign"), tr("Assign a contact to an item."))
{
    addPositional(QStringLiteral("ITEM"), tr("A provider, host or service name (case-insensitive)."));
    addPositional(QStringLiteral("CONTACT"), tr("A contact's name (case-insensitive)."));
    addDatabaseOption();
    addOption(
        {QStringLiteral("role"), tr("owner, maintainer, contact, escalation, sponsor, or your own."), tr("ROLE")});
    addOption({QStringLiteral("priority"), tr("primary (default), secondary, tertiary or inactive."), tr("PRIORITY"),
               QStringLiteral("primary")});
    addOption({QStringLiteral("note"), tr("A note shown with the contact."), tr("TEXT")});
}

int AssignCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(tr("assign takes an ITEM and a CONTACT (quote names with spaces)."));
    const QString role = parser.value(QStringLiteral("role")).trimmed();
    if (role.isEmpty())
        return usage(tr("assign needs --role ROLE."));
    const QString priority = parser.value(QStringLiteral("priority"));
    if (keys::priority(keys::priorityFromKey(priority)) != priority)
        return usage(tr("unknown priority \"%1\"; use primary, secondary, tertiary or inactive.").arg(priority));

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
    // The window's rule: an assignment that exists already is refused, changing nothing.
    const AssignRequest request{
        {item->id}, contact->id, role, keys::priorityFromKey(priority), parser.value(QStringLiteral("note"))};
    QString error;
    const bool ok =
        assignContact(store, request, tr("Assign %1 to %2 as %3").arg(contact->name, item->name, role), &error)
            .has_value();
    if (!ok)
        return fail(error);
    printOut(tr("%1 is now %2 (%3) of %4.").arg(contact->name, role, priority, item->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
