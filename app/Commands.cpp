#include "Commands.h"

#include "ContactResolver.h"
#include "CsvWriter.h"
#include "Database.h"
#include "Dialect.h"
#include "ExampleInventory.h"
#include "Importer.h"
#include "InventoryCopy.h"
#include "Reports.h"
#include "Search.h"
#include "ServiceReport.h"
#include "Store.h"
#include "Validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace steward {
namespace {

/// The translation context of these free functions (found by lupdate as Tr::tr).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text << Qt::endl;
}

/// Parses @p arguments; on a usage error prints it and returns false with *exit = 2.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exit)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printErr(Tr::tr("steward: %1").arg(parser.errorText()));
        printErr(Tr::tr("Try \"steward --help\"."));
        *exit = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        *exit = ExitOk;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Tr::tr("The inventory file (default: %1).").arg(defaultDatabasePath()),
                              Tr::tr("FILE"));
}

bool openDb(Database &db, const QCommandLineParser &parser, Database::OpenMode mode = Database::OpenMode::ReadWrite)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (!db.open(path, mode)) {
        printErr(Tr::tr("steward: %1").arg(db.errorString()));
        return false;
    }
    return true;
}

/// Flushes standard output; false (with a message) if anything written to it was lost,
/// e.g. on a full disk or a closed pipe.
bool finishStdout(bool written = true)
{
    if (std::fflush(stdout) != 0 || std::ferror(stdout) || !written) {
        printErr(Tr::tr("steward: cannot write to standard output."));
        return false;
    }
    return true;
}

int usage(const QString &message)
{
    printErr(Tr::tr("steward: %1").arg(message));
    printErr(Tr::tr("Try \"steward --help\"."));
    return ExitUsage;
}

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create a new inventory."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The file to create; it must not exist."));
    parser.addOption({QStringLiteral("example"), Tr::tr("Fill it with the example inventory (the PSF's infrastructure).")});
    parser.addOption({QStringLiteral("organisation"), Tr::tr("The organisation's name (without --example)."), Tr::tr("NAME"),
                      Tr::tr("My organisation")});
    parser.addOption({QStringLiteral("escalation"),
                      Tr::tr("The address to contact when nobody else is (without --example): an email address."),
                      Tr::tr("EMAIL")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(Tr::tr("init takes exactly one FILE."));
    const QString path = positional.at(1);
    const QString escalation = parser.value(QStringLiteral("escalation")).trimmed();
    if (parser.isSet(QStringLiteral("escalation"))) {
        if (parser.isSet(QStringLiteral("example")))
            return usage(Tr::tr("--escalation is for a new, empty inventory; the example has its own."));
        if (!validation::isEmailAddress(escalation))
            return usage(Tr::tr("--escalation: \"%1\" is not an email address.").arg(escalation));
    }
    Database db;
    if (!db.create(path)) {
        printErr(Tr::tr("steward: %1").arg(db.errorString()));
        return ExitFailure;
    }
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
        printErr(Tr::tr("steward: cannot fill %1: %2").arg(dialect::displayLocation(path), error));
        return ExitFailure;
    }
    // A server address is shown without a password written in it.
    printOut(Tr::tr("Created %1").arg(dialect::displayLocation(path)));
    return ExitOk;
}

QString itemPath(Store &store, const Item &item)
{
    QStringList names;
    for (qint64 up = item.parentId; up > 0;) {
        auto parent = store.item(up);
        if (!parent)
            break;
        names.prepend(parent->name);
        up = parent->parentId;
    }
    return names.join(QStringLiteral(" > "));
}

/// The one item called @p name (case-insensitive); otherwise says why on stderr,
/// listing the candidates.
std::optional<Item> findOneItem(Store &store, const QString &name)
{
    QString error;
    const QVector<Item> found = store.findItemsByName(name, &error);
    if (!error.isEmpty()) {
        printErr(Tr::tr("steward: %1").arg(error));
        return std::nullopt;
    }
    if (found.size() == 1)
        return found.first();
    const QVector<Item> candidates = found.isEmpty() ? store.searchItems(name, 20) : found;
    if (found.isEmpty())
        printErr(Tr::tr("steward: no item is called \"%1\".").arg(name));
    else
        printErr(Tr::tr("steward: \"%1\" is ambiguous; %2 items have that name.").arg(name).arg(found.size()));
    if (!candidates.isEmpty()) {
        printErr(found.isEmpty() ? Tr::tr("Did you mean:") : Tr::tr("Candidates:"));
        for (const Item &c : candidates) {
            const QString where = itemPath(store, c);
            printErr(QStringLiteral("  %1 (%2, id %3%4)")
                         .arg(c.name, keys::itemKindLabel(c.kind))
                         .arg(c.id)
                         .arg(where.isEmpty() ? QString() : QStringLiteral(", in ") + where));
        }
    }
    return std::nullopt;
}

/// The one contact called @p name (case-insensitive); otherwise says why on stderr.
std::optional<Contact> findOneContact(Store &store, const QString &name)
{
    QString error;
    const QVector<Contact> found = store.findContactsByName(name, &error);
    if (!error.isEmpty()) {
        printErr(Tr::tr("steward: %1").arg(error));
        return std::nullopt;
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        printErr(Tr::tr("steward: no contact is called \"%1\".").arg(name));
    else
        printErr(Tr::tr("steward: \"%1\" is ambiguous; %2 contacts have that name.").arg(name).arg(found.size()));
    return std::nullopt;
}

int runAssign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Assign a contact to an item."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), Tr::tr("A provider, host or service name (case-insensitive)."));
    parser.addPositionalArgument(QStringLiteral("CONTACT"), Tr::tr("A contact's name (case-insensitive)."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("role"), Tr::tr("owner, maintainer, contact, escalation, sponsor, or your own."),
                      Tr::tr("ROLE")});
    parser.addOption({QStringLiteral("priority"), Tr::tr("primary (default), secondary, tertiary or inactive."),
                      Tr::tr("PRIORITY"), QStringLiteral("primary")});
    parser.addOption({QStringLiteral("note"), Tr::tr("A note shown with the contact."), Tr::tr("TEXT")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(Tr::tr("assign takes an ITEM and a CONTACT (quote names with spaces)."));
    const QString role = parser.value(QStringLiteral("role")).trimmed();
    if (role.isEmpty())
        return usage(Tr::tr("assign needs --role ROLE."));
    const QString priority = parser.value(QStringLiteral("priority"));
    if (keys::priority(keys::priorityFromKey(priority)) != priority)
        return usage(Tr::tr("unknown priority \"%1\"; use primary, secondary, tertiary or inactive.").arg(priority));

    Database db;
    if (!openDb(db, parser))
        return ExitFailure;
    Store store(db);
    const auto item = findOneItem(store, positional.at(1));
    if (!item)
        return ExitFailure;
    const auto contact = findOneContact(store, positional.at(2));
    if (!contact)
        return ExitFailure;
    for (const Assignment &existing : store.assignments(item->id)) {
        if (existing.contactId == contact->id && existing.role == role) {
            printErr(Tr::tr("steward: %1 is already %2 of %3.").arg(contact->name, role, item->name));
            return ExitFailure;
        }
    }
    Assignment assignment;
    assignment.itemId = item->id;
    assignment.contactId = contact->id;
    assignment.role = role;
    assignment.priority = keys::priorityFromKey(priority);
    assignment.note = parser.value(QStringLiteral("note"));
    QString error;
    const bool ok = store.write([&](QString *err) { return store.addAssignment(assignment, err).has_value(); }, &error,
                                Tr::tr("Assign %1 to %2 as %3").arg(contact->name, item->name, role));
    if (!ok) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    printOut(Tr::tr("%1 is now %2 (%3) of %4.").arg(contact->name, role, priority, item->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

int runUnassign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Remove a contact's assignment from an item."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), Tr::tr("A provider, host or service name (case-insensitive)."));
    parser.addPositionalArgument(QStringLiteral("CONTACT"), Tr::tr("A contact's name (case-insensitive)."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("role"), Tr::tr("Only this role (default: every role)."), Tr::tr("ROLE")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(Tr::tr("unassign takes an ITEM and a CONTACT (quote names with spaces)."));
    const QString role = parser.value(QStringLiteral("role")).trimmed();

    Database db;
    if (!openDb(db, parser))
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
        printErr(role.isEmpty() ? Tr::tr("steward: %1 is not assigned to %2.").arg(contact->name, item->name)
                                : Tr::tr("steward: %1 is not %2 of %3.").arg(contact->name, role, item->name));
        return ExitFailure;
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
        &error, Tr::tr("Unassign %1 from %2").arg(contact->name, item->name));
    if (!ok) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    printOut(Tr::tr("Removed %n assignment(s) of %1 from %2.", nullptr, static_cast<int>(doomed.size()))
                 .arg(contact->name, item->name));
    return finishStdout() ? ExitOk : ExitFailure;
}

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("What changed, when and by whom; newest first."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), Tr::tr("Only this item's history (optional)."),
                                 QStringLiteral("[ITEM]"));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("format"), Tr::tr("text or csv."), Tr::tr("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("limit"), Tr::tr("At most N changes (default: all)."), Tr::tr("N"),
                      QStringLiteral("0")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return usage(Tr::tr("history takes at most one ITEM (quote names with spaces)."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(Tr::tr("unknown format \"%1\"; use text or csv.").arg(format));
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 0)
        return usage(Tr::tr("--limit takes a number."));

    // Reading the history changes nothing: read-only.
    Database db;
    if (!openDb(db, parser, Database::OpenMode::ReadOnly))
        return ExitFailure;
    Store store(db);
    qint64 itemId = 0;
    if (positional.size() == 2) {
        const auto item = findOneItem(store, positional.at(1));
        if (!item)
            return ExitFailure;
        itemId = item->id;
    }
    QString error;
    const QVector<HistoryEntry> entries = store.history(itemId, limit, &error);
    if (!error.isEmpty()) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printErr(Tr::tr("steward: cannot write to standard output."));
            return ExitFailure;
        }
        CsvWriter csv(&out);
        csv.setFormulaGuard(true);
        csv.writeRow({QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("change"), QStringLiteral("entity"),
                      QStringLiteral("entity_id"), QStringLiteral("item_id"), QStringLiteral("action"),
                      QStringLiteral("summary"), QStringLiteral("before"), QStringLiteral("after")});
        for (const HistoryEntry &e : entries) {
            csv.writeRow({e.at, e.actor, e.label, e.entity, QString::number(e.entityId),
                          e.itemId ? QString::number(e.itemId) : QString(), e.action, e.summary, e.before, e.after});
        }
        out.flush();
        return finishStdout(out.error() == QFileDevice::NoError) ? ExitOk : ExitFailure;
    }
    QTextStream out(stdout);
    for (const HistoryEntry &e : entries) {
        out << e.at << "  " << e.actor << "  " << e.summary;
        if (e.action == QLatin1String("update"))
            out << "  " << e.before << " -> " << e.after;
        out << '\n';
    }
    out.flush();
    return finishStdout(out.status() == QTextStream::Ok) ? ExitOk : ExitFailure;
}

int runContact(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Who to contact about an item."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), Tr::tr("A provider, host or service name (case-insensitive)."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("format"), Tr::tr("text or csv."), Tr::tr("FORMAT"), QStringLiteral("text")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(Tr::tr("contact takes exactly one ITEM (quote names with spaces)."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(Tr::tr("unknown format \"%1\"; use text or csv.").arg(format));

    Database db;
    if (!openDb(db, parser))
        return ExitFailure;
    Store store(db);
    const QString name = positional.at(1);
    QString error;
    const std::optional<Item> found = findOneItem(store, name);
    if (!found)
        return ExitFailure;
    const Item &item = *found;
    ContactResolver resolver(store);
    QVector<ResolvedContact> contacts;
    if (!resolver.resolve(item.id, &contacts, &error)) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    if (contacts.isEmpty()) {
        printErr(Tr::tr("steward: nobody to contact about \"%1\": the organisation has no escalation contact.")
                     .arg(item.name));
        return ExitFailure;
    }
    const auto addressList = [](const Contact &c) {
        QStringList list;
        for (const Address &a : c.addresses)
            list << (a.kind == AddressKind::Email ? QStringLiteral("mailto:") + a.value : a.value);
        return list;
    };
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printErr(Tr::tr("steward: cannot write to standard output."));
            return ExitFailure;
        }
        CsvWriter csv(&out);
        csv.setFormulaGuard(true);
        csv.writeRow({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("role"), QStringLiteral("priority"),
                      QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("addresses")});
        for (const ResolvedContact &c : contacts) {
            csv.writeRow({c.contact.name, keys::contactKind(c.contact.kind), c.role, keys::priority(c.priority), c.reason,
                          c.note, addressList(c.contact).join(QStringLiteral("; "))});
        }
        out.flush();
        return finishStdout(out.error() == QFileDevice::NoError) ? ExitOk : ExitFailure;
    }
    QTextStream out(stdout);
    for (const ResolvedContact &c : contacts) {
        QString line = QStringLiteral("%1 [%2] %3, %4: %5")
                           .arg(c.contact.name, keys::contactKindLabel(c.contact.kind), keys::roleLabel(c.role),
                                keys::priorityLabel(c.priority), c.reason);
        const QStringList addresses = addressList(c.contact);
        if (!addresses.isEmpty())
            line += QStringLiteral(" <%1>").arg(addresses.join(QStringLiteral(">, <")));
        out << line << '\n';
    }
    out.flush();
    return finishStdout(out.status() == QTextStream::Ok) ? ExitOk : ExitFailure;
}

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Search names, addresses, URLs, descriptions and notes of items and "
                                            "contacts (case- and accent-insensitive; prefixes and substrings)."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), Tr::tr("What to look for (quote several words)."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("format"), Tr::tr("text or csv."), Tr::tr("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("limit"), Tr::tr("At most N matches of each kind (default: 20)."), Tr::tr("N"),
                      QStringLiteral("20")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(Tr::tr("search takes exactly one QUERY (quote several words)."));
    const QString query = positional.at(1);
    if (query.trimmed().isEmpty())
        return usage(Tr::tr("search needs a QUERY that is not empty."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(Tr::tr("unknown format \"%1\"; use text or csv.").arg(format));
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit <= 0)
        return usage(Tr::tr("--limit takes a number greater than 0."));

    // Searching changes nothing: read-only.
    Database db;
    if (!openDb(db, parser, Database::OpenMode::ReadOnly))
        return ExitFailure;
    Search search(db);
    QString error;
    const QVector<SearchGroup> groups = search.search(query, limit, &error);
    if (!error.isEmpty()) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printErr(Tr::tr("steward: cannot write to standard output."));
            return ExitFailure;
        }
        CsvWriter csv(&out);
        csv.setFormulaGuard(true);
        csv.writeRow({QStringLiteral("group"), QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name"),
                      QStringLiteral("field"), QStringLiteral("match"), QStringLiteral("score")});
        for (const SearchGroup &g : groups) {
            for (const SearchResult &r : g.results) {
                csv.writeRow({Search::kindKey(g.kind), Search::resultKindKey(r), QString::number(r.id), r.name, r.field, r.text,
                              QString::number(r.score)});
            }
        }
        out.flush();
        if (!finishStdout(out.error() == QFileDevice::NoError))
            return ExitFailure;
        return groups.isEmpty() ? ExitFailure : ExitOk;
    }
    QTextStream out(stdout);
    for (const SearchGroup &g : groups) {
        for (const SearchResult &r : g.results) {
            const QString kind = Search::resultKindLabel(r);
            QString line = QStringLiteral("%1 [%2]").arg(r.name, kind);
            if (r.field != QLatin1String("name"))
                line += QStringLiteral(" %1: %2").arg(Search::fieldLabel(r.field), r.snippet);
            out << line << '\n';
        }
        if (g.more)
            out << Tr::tr("(more %1; narrow the query or raise --limit)").arg(Search::kindLabel(g.kind).toLower()) << '\n';
    }
    out.flush();
    if (!finishStdout(out.status() == QTextStream::Ok))
        return ExitFailure;
    if (groups.isEmpty()) {
        printErr(Tr::tr("steward: nothing matches \"%1\".").arg(query));
        return ExitFailure;
    }
    return ExitOk;
}

int runExport(const QStringList &arguments)
{
    QStringList reportKeys;
    for (ReportKind kind : Reports::all())
        reportKeys << Reports::key(kind);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export a report as CSV (RFC 4180, UTF-8, CRLF). Raw by default: every value exactly as stored, "
               "for re-import."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), Tr::tr("The report: %1.").arg(reportKeys.join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("ITEM"), Tr::tr("For the selection report: the items (names, case-insensitive)."),
                                 QStringLiteral("[ITEM...]"));
    parser.addOption(dbOption());
    parser.addOption({QStringList{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("Write to FILE instead of standard output (replaced only when complete)."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("excel"), Tr::tr("Excel-compatible: start with a UTF-8 byte-order mark.")});
    parser.addOption({QStringLiteral("safe"),
                      Tr::tr("Spreadsheet-safe: prefix cells starting with = + - @ tab or CR with an apostrophe.")});
    parser.addOption({QStringLiteral("raw"), Tr::tr("Raw, lossless, for re-import (the default).")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(Tr::tr("export takes exactly one REPORT (%1).").arg(reportKeys.join(QStringLiteral(", "))));
    ReportKind kind = ReportKind::Services;
    if (!Reports::fromKey(positional.at(1), &kind))
        return usage(Tr::tr("unknown report \"%1\"; the reports are: %2.")
                         .arg(positional.at(1), reportKeys.join(QStringLiteral(", "))));
    const QStringList items = positional.mid(2);
    if (kind == ReportKind::Selection && items.isEmpty())
        return usage(Tr::tr("export selection takes one or more ITEMs."));
    if (kind != ReportKind::Selection && !items.isEmpty())
        return usage(Tr::tr("export takes exactly one REPORT (%1).").arg(reportKeys.join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("safe")) && parser.isSet(QStringLiteral("raw")))
        return usage(Tr::tr("--safe and --raw exclude each other."));
    CsvOptions options;
    options.excel = parser.isSet(QStringLiteral("excel"));
    options.formulaGuard = parser.isSet(QStringLiteral("safe"));

    Database db;
    if (!openDb(db, parser))
        return ExitFailure;
    Store store(db);
    Reports reports(store);
    if (kind == ReportKind::Selection) {
        QVector<qint64> ids;
        for (const QString &name : items) {
            const auto item = findOneItem(store, name);
            if (!item)
                return ExitFailure;
            ids.append(item->id);
        }
        reports.setSelection(ids);
    }
    if (parser.isSet(QStringLiteral("output"))) {
        // Through QSaveFile: the file appears complete or not at all.
        const QString path = parser.value(QStringLiteral("output"));
        QString error;
        const bool ok = Reports::saveFile(
            path,
            [&](QIODevice *device, QString *why) {
                if (reports.writeCsv(kind, device, options))
                    return true;
                *why = reports.errorString();
                return false;
            },
            &error);
        if (!ok) {
            // "cannot write FILE: why", as the other commands say it.
            printErr(Tr::tr("steward: %1").arg(error.left(1).toLower() + error.mid(1)));
            return ExitFailure;
        }
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        printErr(Tr::tr("steward: cannot write to standard output."));
        return ExitFailure;
    }
    if (!reports.writeCsv(kind, &out, options)) {
        printErr(Tr::tr("steward: %1").arg(reports.errorString()));
        return ExitFailure;
    }
    out.flush();
    return finishStdout(out.error() == QFileDevice::NoError) ? ExitOk : ExitFailure;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import providers, hosts, services, contacts and assignments from CSV files (the formats the exports "
               "write). Every row is checked first; any error and nothing is written."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CSV files, recognised by their header."),
                                 QStringLiteral("FILE..."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("dry-run"), Tr::tr("Check and show what each row would do; write nothing.")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return usage(Tr::tr("import takes one or more FILEs."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    Database db;
    if (!openDb(db, parser, dryRun ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite))
        return ExitFailure;
    Store store(db);
    Importer importer(store);
    for (const QString &file : files)
        importer.addFile(file);
    const bool ok = dryRun ? importer.validate() : importer.commit();
    for (const ImportError &e : importer.errors())
        printErr(e.format());
    if (!ok) {
        printErr(Tr::tr("steward: %1").arg(importer.errorString()));
        return ExitFailure;
    }
    QTextStream out(stdout);
    if (dryRun) {
        for (const ImportRow &row : importer.rows()) {
            QString action;
            switch (row.action) {
            case ImportRow::Action::Create: action = Tr::tr("create"); break;
            case ImportRow::Action::Change:
                action = Tr::tr("change %1").arg(row.changes.join(QStringLiteral(", ")));
                break;
            case ImportRow::Action::Unchanged: action = Tr::tr("unchanged"); break;
            }
            out << QDir::toNativeSeparators(row.file) << ':' << row.row << ": " << Importer::formatKey(row.format)
                << ' ' << row.name << ": " << action << '\n';
        }
    }
    const int created = importer.count(ImportRow::Action::Create);
    const int changed = importer.count(ImportRow::Action::Change);
    const int unchanged = importer.count(ImportRow::Action::Unchanged);
    out << (dryRun ? Tr::tr("Would create %1, change %2, leave %3 unchanged (dry run: nothing written).")
                   : Tr::tr("Created %1, changed %2, left %3 unchanged."))
               .arg(created)
               .arg(changed)
               .arg(unchanged)
        << '\n';
    out.flush();
    return finishStdout(out.status() == QTextStream::Ok) ? ExitOk : ExitFailure;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Check the inventory's integrity and foreign keys."));
    parser.addOption(dbOption());
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return usage(Tr::tr("check takes no arguments besides --db."));
    // Read-only: a check never upgrades or otherwise touches the file it checks.
    Database db;
    if (!openDb(db, parser, Database::OpenMode::ReadOnly))
        return ExitFailure;
    const QStringList problems = db.check();
    for (const QString &warning : db.warnings())
        printErr(Tr::tr("%1: warning: %2").arg(QDir::toNativeSeparators(db.path()), warning));
    if (problems.isEmpty()) {
        printOut(Tr::tr("%1: ok").arg(QDir::toNativeSeparators(db.path())));
        return ExitOk;
    }
    for (const QString &problem : problems)
        printErr(Tr::tr("%1: %2").arg(QDir::toNativeSeparators(db.path()), problem));
    printErr(Tr::tr("%1 problem(s) found.").arg(problems.size()));
    return ExitFailure;
}

int runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Copy a whole inventory, history included, to another database."));
    parser.addOption({QStringLiteral("from"), Tr::tr("The inventory to copy (default: %1).").arg(defaultDatabasePath()),
                      Tr::tr("FILE|URL")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Where to copy it: a new or empty inventory."), Tr::tr("FILE|URL")});
    parser.addOption({QStringLiteral("replace"), Tr::tr("Replace what the target holds (default: refuse).")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return usage(Tr::tr("copy takes no arguments besides --from, --to and --replace."));
    if (!parser.isSet(QStringLiteral("to")))
        return usage(Tr::tr("copy needs --to FILE or --to postgresql://USER@HOST:PORT/DATABASE."));
    const QString from =
        parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : defaultDatabasePath();
    const QString to = parser.value(QStringLiteral("to"));

    Database source;
    if (!source.open(from, Database::OpenMode::ReadOnly)) {
        printErr(Tr::tr("steward: %1").arg(source.errorString()));
        return ExitFailure;
    }
    // A file that does not exist yet and a server database without tables are made new.
    Database target;
    const bool newFile = !dialect::isServerLocation(to) && !QFileInfo::exists(to);
    bool opened = newFile || dialect::isServerLocation(to) ? target.create(to) : false;
    if (!opened && !newFile) {
        const QString createError = target.errorString();
        opened = target.open(to);
        if (!opened && dialect::isServerLocation(to) && !createError.contains(QLatin1String("already has tables")))
            printErr(Tr::tr("steward: %1").arg(createError));
    }
    if (!opened) {
        printErr(Tr::tr("steward: %1").arg(target.errorString()));
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    QVector<InventoryCopy::TableCount> counts;
    QString error;
    if (!InventoryCopy::copy(source, target, parser.isSet(QStringLiteral("replace")), &counts, &error)) {
        target.close();
        if (newFile)
            QFile::remove(to);
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    QStringList parts;
    for (const auto &c : std::as_const(counts))
        parts << Tr::tr("%1 %2").arg(c.rows).arg(c.table);
    printOut(Tr::tr("Copied %1 to %2 in %3 s: %4.")
                 .arg(source.displayName(), target.displayName())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(parts.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("steward.sqlite"));
}

bool isHeadlessCommand(const QString &name)
{
    return name == QLatin1String("init") || name == QLatin1String("contact") || name == QLatin1String("export") ||
           name == QLatin1String("check") || name == QLatin1String("assign") || name == QLatin1String("unassign") ||
           name == QLatin1String("history") || name == QLatin1String("import") || name == QLatin1String("search") ||
           name == QLatin1String("copy");
}

QString usageText()
{
    return Tr::tr("Usage:\n"
              "  steward [--db FILE]                         open the inventory in the window\n"
              "  steward --db FILE --screenshot OUT.png [--select ITEM] [--filter TEXT] [--panel details|history|contacts]\n"
              "                                              save a screenshot of the window and exit\n"
              "  steward map [--db FILE] -o OUT.svg|OUT.png [--focus ITEM [--steps N]]\n"
              "                                              draw the map (no display needed)\n"
              "  steward init FILE [--example | --escalation EMAIL]\n"
              "                                              create a new inventory\n"
              "  steward contact ITEM [--db FILE] [--format text|csv]\n"
              "                                              who to contact about ITEM\n"
              "  steward export REPORT [--db FILE] [-o FILE] [--excel] [--raw | --safe]\n"
              "                                              a report as CSV: services, hosts, providers,\n"
              "                                              contacts, assignments, gaps\n"
              "  steward export selection ITEM... [--db FILE] [-o FILE] [--excel] [--raw | --safe]\n"
              "                                              the contacts of the items, and why\n"
              "  steward import FILE... [--db FILE] [--dry-run]\n"
              "                                              import CSV files (all rows or nothing)\n"
              "  steward check [--db FILE]                   integrity and foreign-key check\n"
              "  steward assign ITEM CONTACT --role ROLE [--priority P] [--note TEXT] [--db FILE]\n"
              "                                              assign a contact to an item\n"
              "  steward unassign ITEM CONTACT [--role ROLE] [--db FILE]\n"
              "                                              remove a contact's assignment\n"
              "  steward history [ITEM] [--db FILE] [--format text|csv] [--limit N]\n"
              "                                              what changed, when and by whom\n"
              "  steward search QUERY [--db FILE] [--format text|csv] [--limit N]\n"
              "                                              find items and contacts by name, address, URL, text\n"
              "  steward copy --to FILE|URL [--from FILE|URL] [--replace]\n"
              "                                              copy a whole inventory to another database\n"
              "  steward --help | --version\n"
              "\n"
              "Without --db, Steward uses %1.\n"
              "Every FILE may also be a PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE\n"
              "(passwords from ~/.pgpass or PGPASSWORD; ?sslmode=verify-full is passed on).\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.")
        .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

int runHeadless(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // Each command's parser sees "steward COMMAND ..." with the command as its first positional.
    if (command == QLatin1String("init"))
        return runInit(arguments);
    if (command == QLatin1String("contact"))
        return runContact(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("assign"))
        return runAssign(arguments);
    if (command == QLatin1String("unassign"))
        return runUnassign(arguments);
    if (command == QLatin1String("history"))
        return runHistory(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    if (command == QLatin1String("search"))
        return runSearch(arguments);
    if (command == QLatin1String("copy"))
        return runCopy(arguments);
    return usage(Tr::tr("unknown command \"%1\".").arg(command));
}

} // namespace steward
