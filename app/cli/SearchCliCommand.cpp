#include "SearchCliCommand.h"

#include "CsvWriter.h"
#include "Search.h"

#include <QTextStream>

namespace steward {

SearchCliCommand::SearchCliCommand()
    : CliCommand(QStringLiteral("search"), tr("Search names, addresses, URLs, descriptions and notes of items and "
                                              "contacts (case- and accent-insensitive; prefixes and substrings)."))
{
    addPositional(QStringLiteral("QUERY"), tr("What to look for (quote several words)."));
    addDatabaseOption();
    addFormatOption();
    addOption(
        {QStringLiteral("limit"), tr("At most N matches of each kind (default: 20)."), tr("N"), QStringLiteral("20")});
}

int SearchCliCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("search takes exactly one QUERY (quote several words)."));
    const QString query = positional.at(1);
    if (query.trimmed().isEmpty())
        return usage(tr("search needs a QUERY that is not empty."));
    bool csv = false;
    if (!readCsvFormat(parser, &csv))
        return ExitUsage;
    int limit = 0;
    if (!readNumber(parser, QStringLiteral("limit"), 1, &limit))
        return usage(tr("--limit takes a number greater than 0."));

    // Searching changes nothing: read-only.
    Database db;
    if (!openInventory(db, parser, Database::OpenMode::ReadOnlyAfterUpgrade))
        return ExitFailure;
    Search search(db);
    QString error;
    const auto found = search.search(query, limit, &error);
    if (!found)
        return fail(error);
    const QVector<SearchGroup> &groups = *found;
    if (csv) {
        const QStringList header{QStringLiteral("group"), QStringLiteral("kind"),  QStringLiteral("id"),
                                 QStringLiteral("name"),  QStringLiteral("field"), QStringLiteral("match"),
                                 QStringLiteral("score")};
        const bool written = writeCsvToStdout(header, [&](CsvWriter &out) {
            for (const SearchGroup &g : groups) {
                for (const SearchResult &r : g.results) {
                    out.writeRow({Search::kindKey(g.kind), Search::resultKindKey(r), QString::number(r.id), r.name,
                                  r.field, r.text, QString::number(r.score)});
                }
            }
        });
        if (!written)
            return ExitFailure;
        return groups.isEmpty() ? ExitFailure : ExitOk;
    }
    const bool written = writeTextToStdout([&](QTextStream &out) {
        for (const SearchGroup &g : groups) {
            for (const SearchResult &r : g.results) {
                const QString kind = Search::resultKindLabel(r);
                QString line = QStringLiteral("%1 [%2]").arg(r.name, kind);
                if (r.field != QLatin1String("name"))
                    line += QStringLiteral(" %1: %2").arg(Search::fieldLabel(r.field), r.snippet);
                out << line << '\n';
            }
            if (g.more)
                out << tr("(more %1; narrow the query or raise --limit)").arg(Search::kindLabel(g.kind).toLower())
                    << '\n';
        }
    });
    if (!written)
        return ExitFailure;
    if (groups.isEmpty())
        return fail(tr("nothing matches \"%1\".").arg(query));
    return ExitOk;
}

} // namespace steward
