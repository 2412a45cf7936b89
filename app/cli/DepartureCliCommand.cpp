#include "DepartureCliCommand.h"

#include "CsvWriter.h"
#include "Departure.h"
#include "Store.h"

#include <QTextStream>

namespace steward {

DepartureCliCommand::DepartureCliCommand()
    : CliCommand(QStringLiteral("departure"),
                 tr("What if a contact leaves: the items it would leave with nobody, the escalation contacts only, "
                    "an empty team or a single owner, and what Who to Contact would then say."))
{
    addPositional(QStringLiteral("NAME"), tr("A contact's name (case-insensitive)."));
    addDatabaseOption();
    addFormatOption();
}

int DepartureCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("departure takes exactly one contact NAME (quote names with spaces)."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;

    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Store store(db);
    const auto contact = findOneContact(store, positional.at(1));
    if (!contact)
        return ExitFailure;
    QString error;
    const auto answer = departure(store, contact->id, &error);
    if (!answer)
        return fail(error);

    bool written = false;
    if (csv) {
        written = writeCsvToStdout(
            {QStringLiteral("item"), QStringLiteral("kind"), QStringLiteral("left_with"), QStringLiteral("covered_as"),
             QStringLiteral("would_say")},
            [&](CsvWriter &out) {
                for (const DepartureItem &item : answer->items) {
                    out.writeRow({item.itemName, keys::itemKind(item.kind), DepartureText::key(item.leftWith),
                                  item.coveredAs.join(QStringLiteral("; ")), DepartureText::wouldSay(item)});
                }
            });
        return written ? ExitOk : ExitFailure;
    }
    written = writeTextToStdout([&](QTextStream &out) {
        const QString name = answer->contact.name;
        if (!answer->teams.isEmpty()) {
            QStringList teams;
            for (const TeamMember &m : answer->teams) {
                // The team's name: memberships name the member.
                QString unread;
                const auto team = store.contact(m.teamId, &unread);
                teams << (team ? team->name : QString::number(m.teamId));
            }
            out << tr("%1 is a member of %2.").arg(name, teams.join(QStringLiteral(", "))) << '\n';
        }
        if (answer->itemsCovered == 0) {
            out << tr("%1 is not assigned to any item, alone or through a team: nothing would be left uncovered.")
                       .arg(name)
                << '\n';
            return;
        }
        if (answer->items.isEmpty()) {
            out << tr("If %1 leaves, each of the %n item(s) they cover still has at least two people besides the "
                      "escalation contacts.",
                      nullptr, answer->itemsCovered)
                       .arg(name)
                << '\n';
            return;
        }
        out << tr("If %1 leaves, %2 of the %n item(s) they cover would be left with too few people:", nullptr,
                  answer->itemsCovered)
                   .arg(name)
                   .arg(answer->items.size())
            << '\n';
        for (const DepartureItem &item : answer->items) {
            out << tr("%1 [%2]: %3 (covered as %4)")
                       .arg(item.itemName, keys::itemKindLabel(item.kind), DepartureText::label(item.leftWith),
                            item.coveredAs.join(QStringLiteral(", ")))
                << '\n'
                << tr("    Who to Contact would say: %1").arg(DepartureText::wouldSay(item)) << '\n';
        }
    });
    return written ? ExitOk : ExitFailure;
}

} // namespace steward
