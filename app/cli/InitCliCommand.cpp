#include "InitCliCommand.h"

#include "Dialect.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "Validation.h"

#include <QFile>

namespace steward {

InitCliCommand::InitCliCommand()
    : CliCommand(QStringLiteral("init"), tr("Create a new inventory."))
{
    addPositional(QStringLiteral("FILE"), tr("The file to create; it must not exist."));
    addOption({QStringLiteral("example"), tr("Fill it with the example inventory (the PSF's infrastructure).")});
    addOption({QStringLiteral("organisation"), tr("The organisation's name (without --example)."), tr("NAME"),
               tr("My organisation")});
    addOption({QStringLiteral("escalation"),
               tr("The address to contact when nobody else is (without --example): an email address."), tr("EMAIL")});
}

int InitCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("init takes exactly one FILE."));
    const QString path = positional.at(1);
    const QString escalation = parser.value(QStringLiteral("escalation")).trimmed();
    if (parser.isSet(QStringLiteral("escalation"))) {
        if (parser.isSet(QStringLiteral("example")))
            return usage(tr("--escalation is for a new, empty inventory; the example has its own."));
        if (!validation::isEmailAddress(escalation))
            return usage(tr("--escalation: \"%1\" is not an email address.").arg(escalation));
    }
    if (const QString problem = dialect::commandLinePasswordProblem(path); !problem.isEmpty())
        return fail(problem);
    Database db;
    prepareDatabase(db);
    if (!db.create(path))
        return fail(db.errorString());
    for (const QString &warning : db.connectionWarnings())
        printError(warning);
    QString error;
    bool ok = true;
    {
        Store store(db);
        if (parser.isSet(QStringLiteral("example"))) {
            ok = ExampleInventory::populate(store, &error);
        } else {
            Item org;
            org.kind = ItemKind::Organisation;
            org.name = parser.value(QStringLiteral("organisation"));
            ok = store.write(
                [&](QString *err) {
                    if (!store.createItem(org, err))
                        return false;
                    if (escalation.isEmpty())
                        return true;
                    Contact contact;
                    contact.kind = ContactKind::Mailbox;
                    contact.name = escalation;
                    contact.addresses.append({0, AddressKind::Email, escalation, QString()});
                    if (!store.createContact(contact, err))
                        return false;
                    Assignment assignment;
                    assignment.itemId = org.id;
                    assignment.contactId = contact.id;
                    assignment.role = QStringLiteral("escalation");
                    return store.addAssignment(assignment, err).has_value();
                },
                &error);
        }
    }
    db.close();
    if (!ok) {
        QFile::remove(path);
        return fail(tr("cannot fill %1: %2").arg(dialect::displayLocation(path), error));
    }
    // A server address is shown without a password written in it.
    printOut(tr("Created %1").arg(dialect::displayLocation(path)));
    return ExitOk;
}

} // namespace steward
