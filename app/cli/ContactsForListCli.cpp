#include "ContactsForListCli.h"

#include "ContactsForList.h"
#include "ContactsForListCsv.h"
#include "Store.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace steward {

ContactsForListCli::ContactsForListCli()
    : CliCommand(QStringLiteral("contact"), tr("Whom to contact about the things a list names."))
{}

bool ContactsForListCli::readList(const QString &from, QString *text)
{
    const bool standardInput = from == QLatin1String("-");
    QFile file(standardInput ? QString() : from);
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    const QString name = standardInput ? tr("standard input") : from;
    if (!opened) {
        printError(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return false;
    }
    // In pieces, up to the limit: a longer list (or /dev/zero) is refused, not cut short.
    QByteArray bytes;
    while (!file.atEnd() || standardInput) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > ContactsForList::MaxListBytes) {
            printError(tr("%1 is longer than %2 MiB; a list is read whole.")
                           .arg(name)
                           .arg(ContactsForList::MaxListBytes / (1024 * 1024)));
            return false;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        printError(tr("Cannot read %1: %2").arg(name, file.errorString()));
        return false;
    }
    *text = ContactsForList::decode(bytes);
    return true;
}

int ContactsForListCli::runFrom(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("contact --from FILE takes no ITEM: the list names the items."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("emails"))
        return usage(tr("unknown format \"%1\"; with --from use text, csv or emails.").arg(format));
    QString text;
    if (!readList(parser.value(QStringLiteral("from")), &text))
        return ExitFailure;

    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    ContactsForList list(store);
    QString error;
    const auto found = list.find(text, &error,
                                 parser.isSet(QStringLiteral("all")) ? ContactsForList::Scope::Everyone
                                                                     : ContactsForList::Scope::FirstToCall);
    if (!found)
        return fail(error);
    const ContactsForListResult &result = *found;
    const QString unmatched =
        result.unmatched.isEmpty()
            ? QString()
            : tr("Nothing matched on lines: %1").arg(ContactsForList::lineRanges(result.unmatched, 1000));
    QStringList nobody;
    for (qint64 id : result.nobodyToContact)
        nobody << result.names.value(id);
    const QString nobodyText =
        nobody.isEmpty() ? QString() : tr("Nobody to contact about: %1").arg(nobody.join(QStringLiteral(", ")));
    if (result.items.isEmpty()) {
        printError(tr("nothing in the list names an item of the inventory."));
        if (!unmatched.isEmpty())
            printErr(unmatched);
        return ExitFailure;
    }

    bool written = false;
    if (format == QLatin1String("csv")) {
        written = writeToStdout([&](QIODevice *device, QString *why) {
            CsvOptions options;
            options.formulaGuard = true;
            return ContactsForListCsv::write(result.contacts, device, options, why);
        });
    } else if (format == QLatin1String("emails")) {
        QStringList withoutEmail;
        const QString to = ContactsForList::emailToLine(result.contacts, &withoutEmail);
        written = writeTextToStdout([&](QTextStream &out) {
            if (!to.isEmpty())
                out << to << '\n';
        });
        if (!withoutEmail.isEmpty())
            printErr(tr("No e-mail address: %1").arg(withoutEmail.join(QStringLiteral(", "))));
    } else {
        const QHash<qint64, QVector<int>> lines = result.linesByItem();
        written = writeTextToStdout([&](QTextStream &out) {
            for (const ListContact &c : result.contacts) {
                QStringList addresses;
                for (const Address &a : c.contact.addresses)
                    addresses << keys::addressKind(a.kind) + QStringLiteral(": ") + a.value;
                out << tr("%1 (%2) — %3")
                           .arg(c.contact.name, keys::contactKindLabel(c.contact.kind),
                                addresses.isEmpty() ? tr("no address") : addresses.join(QStringLiteral(", ")))
                    << '\n';
                for (const ListContact::Covered &item : c.items) {
                    const QVector<int> at = lines.value(item.itemId);
                    const QString where = at.size() == 1 ? tr("line %1") : tr("lines %1");
                    out << "  "
                        << tr("%1 (%2): %3")
                               .arg(item.itemName, where.arg(ContactsForList::lineRanges(at, 5)), item.reason)
                        << '\n';
                }
            }
            if (!nobodyText.isEmpty())
                out << nobodyText << '\n';
            if (!unmatched.isEmpty())
                out << unmatched << '\n';
        });
        return written ? ExitOk : ExitFailure;
    }
    if (!nobodyText.isEmpty())
        printErr(nobodyText);
    if (!unmatched.isEmpty())
        printErr(unmatched);
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
