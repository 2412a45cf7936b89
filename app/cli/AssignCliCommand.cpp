#include "AssignCliCommand.h"

#include "AssignOperation.h"
#include "Store.h"
#include "Validation.h"

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
    addOption({QStringLiteral("from"), tr("Listed only from this day on (yyyy-MM-dd): cover that starts later."),
               tr("DATE")});
    addOption({QStringLiteral("until"), tr("Listed only until this day, included (yyyy-MM-dd): \"covering until\"."),
               tr("DATE")});
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
    // Cover: optional days, both included.
    QDate days[2];
    const char *names[2] = {"from", "until"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QString::fromLatin1(names[i]);
        if (!parser.isSet(name))
            continue;
        const QString text = parser.value(name).trimmed();
        const auto day = validation::parseDay(text);
        if (!day)
            return usage(tr("--%1 \"%2\" is not a date; write it as yyyy-MM-dd (2027-01-15).").arg(name, text));
        days[i] = *day;
    }
    if (days[0].isValid() && days[1].isValid() && days[1] < days[0])
        return usage(
            tr("--until %1 is before --from %2.").arg(days[1].toString(Qt::ISODate), days[0].toString(Qt::ISODate)));

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
        {item->id}, contact->id, role, keys::priorityFromKey(priority), parser.value(QStringLiteral("note")),
        days[0],    days[1]};
    QString error;
    const bool ok =
        assignContact(store, request, tr("Assign %1 to %2 as %3").arg(contact->name, item->name, role), &error)
            .has_value();
    if (!ok)
        return fail(error);
    QString cover;
    if (days[0].isValid() && days[1].isValid())
        cover = tr(", from %1 until %2").arg(days[0].toString(Qt::ISODate), days[1].toString(Qt::ISODate));
    else if (days[0].isValid())
        cover = tr(", from %1").arg(days[0].toString(Qt::ISODate));
    else if (days[1].isValid())
        cover = tr(", until %1").arg(days[1].toString(Qt::ISODate));
    printOut(tr("%1 is now %2 (%3%4) of %5.").arg(contact->name, role, priority, cover, item->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
