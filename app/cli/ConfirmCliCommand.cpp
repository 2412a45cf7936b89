#include "ConfirmCliCommand.h"

#include "ConfirmOperation.h"
#include "Store.h"

#include <QHash>
#include <QTextStream>

namespace steward {

ConfirmCliCommand::ConfirmCliCommand()
    : CliCommand(QStringLiteral("confirm"),
                 tr("Confirm that the items' contacts are still right: their assignments are stamped now, by you, in "
                    "one change of the history."))
{
    addPositional(QStringLiteral("ITEM"),
                  tr("Providers, hosts or services (case-insensitive); none with --contact: everything it is "
                     "assigned to."),
                  QStringLiteral("[ITEM...]"));
    addDatabaseOption();
    addOption({QStringLiteral("contact"), tr("Only this contact's assignments."), tr("NAME")});
    addOption({QStringLiteral("role"), tr("Only assignments in this role."), tr("ROLE")});
}

int ConfirmCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList names = parser.positionalArguments().mid(1);
    const bool byContact = parser.isSet(QStringLiteral("contact"));
    if (names.isEmpty() && !byContact)
        return usage(tr("confirm takes one ITEM or more, or --contact NAME (quote names with spaces)."));
    const QString role = parser.value(QStringLiteral("role")).trimmed();
    if (parser.isSet(QStringLiteral("role")) && role.isEmpty())
        return usage(tr("--role needs a role."));

    Database db;
    if (!openInventoryForWrite(db, parser))
        return ExitFailure;
    Store store(db);
    // Every name is looked up before anything is written: one unknown name changes nothing.
    QVector<qint64> itemIds;
    QStringList itemNames;
    for (const QString &name : names) {
        const auto item = findOneItem(store, name);
        if (!item)
            return ExitFailure;
        itemIds.append(item->id);
        itemNames.append(item->name);
    }
    qint64 contactId = 0;
    QString contactName;
    if (byContact) {
        const auto contact = findOneContact(store, parser.value(QStringLiteral("contact")));
        if (!contact)
            return ExitFailure;
        contactId = contact->id;
        contactName = contact->name;
    }
    QString error;
    const auto ids = itemIds.isEmpty() ? assignmentsOfContactToConfirm(store, contactId, role, &error)
                                       : assignmentsOfItemsToConfirm(store, itemIds, contactId, role, &error);
    if (!ids)
        return fail(error);
    if (ids->isEmpty()) {
        const QString what = itemIds.isEmpty()       ? contactName
                             : itemNames.size() == 1 ? itemNames.first()
                                                     : tr("the %1 items").arg(itemNames.size());
        QString message;
        if (itemIds.isEmpty())
            message = role.isEmpty() ? tr("%1 is not assigned to anything.").arg(contactName)
                                     : tr("%1 is not %2 of anything.").arg(contactName, role);
        else if (byContact)
            message = role.isEmpty() ? tr("%1 is not assigned to %2.").arg(contactName, what)
                                     : tr("%1 is not %2 of %3.").arg(contactName, role, what);
        else
            message = role.isEmpty() ? tr("%1 has no assignments to confirm.").arg(what)
                                     : tr("%1 has nobody as %2.").arg(what, role);
        return fail(message);
    }
    const QString label = itemIds.isEmpty()       ? tr("Confirm the Assignments of %1").arg(contactName)
                          : itemNames.size() == 1 ? tr("Confirm Ownership of %1").arg(itemNames.first())
                                                  : tr("Confirm Ownership of %1 Items").arg(itemNames.size());
    const auto change = confirmAssignments(store, *ids, label, &error);
    if (!change)
        return fail(error);
    // What was confirmed, one line each: the names are read once.
    const auto contacts = store.contactNames(&error);
    if (!contacts)
        return fail(error);
    QHash<qint64, QString> items;
    for (const Assignment &a : change->after) {
        if (!items.contains(a.itemId)) {
            const auto item = store.item(a.itemId, &error);
            items.insert(a.itemId, item ? item->name : QString::number(a.itemId));
        }
    }
    const bool written = writeTextToStdout([&](QTextStream &out) {
        for (const Assignment &a : change->after) {
            out << tr("Confirmed %1 as %2 of %3.")
                       .arg(contacts->value(a.contactId), keys::roleLabel(a.role), items.value(a.itemId))
                << '\n';
        }
        if (change->after.size() > 1)
            out << tr("%1 assignments confirmed.").arg(change->after.size()) << '\n';
    });
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
