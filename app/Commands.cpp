#include "Commands.h"

#include "ContactResolver.h"
#include "CsvWriter.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "ServiceReport.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
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
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(escalation).hasMatch())
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
        printErr(Tr::tr("steward: cannot fill %1: %2").arg(QDir::toNativeSeparators(path), error));
        return ExitFailure;
    }
    printOut(Tr::tr("Created %1").arg(QDir::toNativeSeparators(path)));
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
    const QVector<Item> found = store.findItemsByName(name, &error);
    if (!error.isEmpty()) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    if (found.size() != 1) {
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
        return ExitFailure;
    }
    const Item &item = found.first();
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

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Export a report as CSV (RFC 4180, UTF-8)."));
    parser.addPositionalArgument(QStringLiteral("REPORT"), Tr::tr("The report: services."));
    parser.addOption(dbOption());
    parser.addOption({QStringList{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("Write to FILE instead of standard output."), Tr::tr("FILE")});
    int exit = 0;
    if (!parse(parser, arguments, &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(Tr::tr("export takes exactly one REPORT (services)."));
    if (positional.at(1) != QLatin1String("services"))
        return usage(Tr::tr("unknown report \"%1\"; the reports are: services.").arg(positional.at(1)));

    Database db;
    if (!openDb(db, parser))
        return ExitFailure;
    Store store(db);
    QString error;
    if (parser.isSet(QStringLiteral("output"))) {
        // QSaveFile: the file appears complete or not at all.
        const QString path = parser.value(QStringLiteral("output"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            printErr(Tr::tr("steward: cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return ExitFailure;
        }
        if (!ServiceReport::write(store, &file, &error)) {
            file.cancelWriting();
            printErr(Tr::tr("steward: %1").arg(error));
            return ExitFailure;
        }
        if (!file.commit()) {
            printErr(Tr::tr("steward: cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return ExitFailure;
        }
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        printErr(Tr::tr("steward: cannot write to standard output."));
        return ExitFailure;
    }
    if (!ServiceReport::write(store, &out, &error)) {
        printErr(Tr::tr("steward: %1").arg(error));
        return ExitFailure;
    }
    out.flush();
    return finishStdout(out.error() == QFileDevice::NoError) ? ExitOk : ExitFailure;
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

} // namespace

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("steward.sqlite"));
}

bool isHeadlessCommand(const QString &name)
{
    return name == QLatin1String("init") || name == QLatin1String("contact") || name == QLatin1String("export") ||
           name == QLatin1String("check");
}

QString usageText()
{
    return Tr::tr("Usage:\n"
              "  steward [--db FILE]                         open the inventory in the window\n"
              "  steward --db FILE --screenshot OUT.png [--select ITEM] [--filter TEXT]\n"
              "                                              save a screenshot of the window and exit\n"
              "  steward init FILE [--example | --escalation EMAIL]\n"
              "                                              create a new inventory\n"
              "  steward contact ITEM [--db FILE] [--format text|csv]\n"
              "                                              who to contact about ITEM\n"
              "  steward export services [--db FILE] [-o FILE]\n"
              "                                              the services report as CSV\n"
              "  steward check [--db FILE]                   integrity and foreign-key check\n"
              "  steward --help | --version\n"
              "\n"
              "Without --db, Steward uses %1.\n"
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
    return usage(Tr::tr("unknown command \"%1\".").arg(command));
}

} // namespace steward
