#include "UnassignCliCommand.h"

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
    if (!openInventory(db, parser))
        return ExitFailure;
    Store store(db);
    const auto item = findOneItem(store, positional.at(1));
    if (!item)
        return ExitFailure;
    const auto contact = findOneContact(store, positional.at(2));
    if (!contact)
        return ExitFailure;
    QVector<qint64> doomed;
    for (const Assignment &existing : store.assignments(item->id)) {
        if (existing.contactId == contact->id && (role.isEmpty() || existing.role == role))
            doomed.append(existing.id);
    }
    if (doomed.isEmpty()) {
        return fail(role.isEmpty() ? tr("%1 is not assigned to %2.").arg(contact->name, item->name)
                                   : tr("%1 is not %2 of %3.").arg(contact->name, role, item->name));
    }
    QString error;
    const bool ok = store.write(
        [&](QString *err) {
            for (qint64 id : std::as_const(doomed)) {
                if (!store.removeAssignment(id, err))
                    return false;
            }
            return true;
        },
        &error, tr("Unassign %1 from %2").arg(contact->name, item->name));
    if (!ok)
        return fail(error);
    printOut(tr("Removed %n assignment(s) of %1 from %2.", nullptr, static_cast<int>(doomed.size()))
                 .arg(contact->name, item->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

} // namespace steward
