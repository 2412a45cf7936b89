#include "ContactCliCommand.h"

#include "ContactResolver.h"
#include "ContactsForListCli.h"
#include "CsvWriter.h"
#include "Reports.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

ContactCliCommand::ContactCliCommand()
    : CliCommand(QStringLiteral("contact"), tr("Who to contact about an item."))
{
    addPositional(QStringLiteral("ITEM"), tr("A provider, host or service name (case-insensitive)."));
    addDatabaseOption();
    addFormatOption();
    addOption({QStringLiteral("from"),
               tr("Instead of ITEM: every item the lines of FILE name (- reads standard input), each contact once; "
                  "--format text, csv or emails (a To line)."),
               tr("FILE")});
    addOption({QStringLiteral("all"), tr("With --from: every contact of each item, not only the first to call.")});
}

QStringList ContactCliCommand::csvHeader()
{
    return {QStringLiteral("name"),   QStringLiteral("kind"), QStringLiteral("role"),     QStringLiteral("priority"),
            QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("addresses")};
}

QStringList ContactCliCommand::csvRow(const ResolvedContact &c)
{
    // Addresses as the exports write them ("kind: value | label", one a line): what the
    // contacts import reads back.
    return {c.contact.name,
            keys::contactKind(c.contact.kind),
            c.role,
            keys::priority(c.priority),
            c.reason,
            c.note,
            Reports::formatAddresses(c.contact.addresses)};
}

int ContactCliCommand::execute(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("all")))
        return parser.isSet(QStringLiteral("from")) ? ContactsForListCli().runFrom(parser)
                                                    : usage(tr("--all goes with --from."));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("contact takes exactly one ITEM (quote names with spaces)."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;

    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    const std::optional<Item> found = findOneItem(store, positional.at(1));
    if (!found)
        return ExitFailure;
    const Item &item = *found;
    ContactResolver resolver(store);
    QString error;
    const auto resolved = resolver.resolve(item.id, &error);
    if (!resolved)
        return fail(error);
    const QVector<ResolvedContact> &contacts = *resolved;
    if (contacts.isEmpty())
        return fail(tr("nobody to contact about \"%1\": the organisation has no escalation contact.").arg(item.name));
    const auto addressList = [](const Contact &c) {
        QStringList list;
        for (const Address &a : c.addresses)
            list << (a.kind == AddressKind::Email ? QStringLiteral("mailto:") + a.value : a.value);
        return list;
    };
    bool written = false;
    if (csv) {
        written = writeCsvToStdout(csvHeader(), [&](CsvWriter &out) {
            for (const ResolvedContact &c : contacts)
                out.writeRow(csvRow(c));
        });
    } else {
        written = writeTextToStdout([&](QTextStream &out) {
            for (const ResolvedContact &c : contacts) {
                QString line = QStringLiteral("%1 [%2] %3, %4: %5")
                                   .arg(c.contact.name, keys::contactKindLabel(c.contact.kind), keys::roleLabel(c.role),
                                        keys::priorityLabel(c.priority), c.reason);
                if (c.validUntil.isValid())
                    line += tr(", covering until %1").arg(keys::dayLabel(c.validUntil));
                const QStringList addresses = addressList(c.contact);
                if (!addresses.isEmpty())
                    line += QStringLiteral(" <%1>").arg(addresses.join(QStringLiteral(">, <")));
                out << line << '\n';
            }
        });
    }
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
