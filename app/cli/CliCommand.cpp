#include "CliCommand.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace steward {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("steward.sqlite"));
}

CliCommand::CliCommand(const QString &name, const QString &description)
    : m_name(name)
    , m_description(description)
{}

CliCommand::~CliCommand() = default;

void CliCommand::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_positionals.append({name, description, syntax});
}

void CliCommand::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
}

void CliCommand::addDatabaseOption()
{
    addOption({QStringLiteral("db"), tr("The inventory file (default: %1).").arg(defaultDatabasePath()), tr("FILE")});
}

void CliCommand::addFormatOption()
{
    addOption({QStringLiteral("format"), tr("text or csv."), tr("FORMAT"), QStringLiteral("text")});
}

void CliCommand::addArgumentsTo(QCommandLineParser &parser) const
{
    for (const Positional &positional : m_positionals)
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
    for (const QCommandLineOption &option : m_options)
        parser.addOption(option);
}

int CliCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    addArgumentsTo(parser);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    return execute(parser);
}

void CliCommand::printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

void CliCommand::printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text << Qt::endl;
}

void CliCommand::printError(const QString &message)
{
    printErr(tr("steward: %1").arg(message));
}

int CliCommand::fail(const QString &message)
{
    printError(message);
    return ExitFailure;
}

int CliCommand::usage(const QString &message)
{
    printError(message);
    printErr(tr("Try \"steward --help\"."));
    return ExitUsage;
}

bool CliCommand::readCsvFormat(const QCommandLineParser &parser, bool *csv)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv")) {
        usage(tr("unknown format \"%1\"; use text or csv.").arg(format));
        return false;
    }
    *csv = format == QLatin1String("csv");
    return true;
}

bool CliCommand::readNumber(const QCommandLineParser &parser, const QString &name, int minimum, int *value)
{
    bool numeric = false;
    *value = parser.value(name).toInt(&numeric);
    return numeric && *value >= minimum;
}

int CliCommand::lockWaitMs()
{
    // Read in this one place: tests and scripts that would rather fail sooner set it.
    bool number = false;
    const int seconds = qEnvironmentVariableIntValue("STEWARD_LOCK_WAIT", &number);
    return number && seconds >= 0 ? seconds * 1000 : 60000;
}

void CliCommand::prepareDatabase(Database &db)
{
    // A script may wait longer than a window may freeze: reads wait as long as writes.
    db.setLockWaits(lockWaitMs(), lockWaitMs());
    db.setWaitNotice([](const QString &notice) { printError(notice); });
}

bool CliCommand::requireWritable(const Database &db)
{
    if (!db.isReadOnly())
        return true;
    printError(db.readOnlyReason().isEmpty() ? tr("%1 is open for reading only.").arg(db.displayName())
                                             : db.readOnlyReason());
    return false;
}

bool CliCommand::openInventory(Database &db, const QCommandLineParser &parser, Database::OpenMode mode)
{
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    prepareDatabase(db);
    if (!db.open(path, mode)) {
        printError(db.errorString());
        return false;
    }
    // Before any work: a command that writes says at once that it cannot.
    return mode == Database::OpenMode::ReadOnly || requireWritable(db);
}

namespace {

/// The names of the items above @p item, from the top, joined by " > ".
QString itemPath(Store &store, const Item &item)
{
    QStringList names;
    for (qint64 up = item.parentId; up > 0;) {
        QString unread; // a hint: a parent that cannot be read ends the path
        auto parent = store.item(up, &unread);
        if (!parent)
            break;
        names.prepend(parent->name);
        up = parent->parentId;
    }
    return names.join(QStringLiteral(" > "));
}

} // namespace

std::optional<Item> CliCommand::findOneItem(Store &store, const QString &name)
{
    QString error;
    const auto byName = store.findItemsByName(name, &error);
    if (!byName) {
        printError(error);
        return std::nullopt;
    }
    const QVector<Item> &found = *byName;
    if (found.size() == 1)
        return found.first();
    QVector<Item> candidates = found;
    if (found.isEmpty()) {
        printError(tr("no item is called \"%1\".").arg(name));
        const auto similar = store.searchItems(name, 20, &error);
        if (!similar)
            printError(error);
        else
            candidates = *similar;
    } else {
        printError(tr("\"%1\" is ambiguous; %2 items have that name.").arg(name).arg(found.size()));
    }
    if (!candidates.isEmpty()) {
        printErr(found.isEmpty() ? tr("Did you mean:") : tr("Candidates:"));
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

std::optional<Contact> CliCommand::findOneContact(Store &store, const QString &name)
{
    QString error;
    const auto byName = store.findContactsByName(name, &error);
    if (!byName) {
        printError(error);
        return std::nullopt;
    }
    const QVector<Contact> &found = *byName;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        printError(tr("no contact is called \"%1\".").arg(name));
    else
        printError(tr("\"%1\" is ambiguous; %2 contacts have that name.").arg(name).arg(found.size()));
    return std::nullopt;
}

bool CliCommand::finishStdout(bool written)
{
    if (std::fflush(stdout) != 0 || std::ferror(stdout) || !written) {
        printError(tr("cannot write to standard output."));
        return false;
    }
    return true;
}

bool CliCommand::writeToStdout(const std::function<bool(QIODevice *, QString *)> &write)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        printError(tr("cannot write to standard output."));
        return false;
    }
    QString error;
    if (!write(&out, &error)) {
        printError(error);
        return false;
    }
    out.flush();
    return finishStdout(out.error() == QFileDevice::NoError);
}

bool CliCommand::writeCsvToStdout(const QStringList &header, const std::function<void(CsvWriter &)> &rows)
{
    return writeToStdout([&](QIODevice *device, QString *) {
        // Rows are written as they come (no buffer): a failed write shows on the device.
        CsvWriter csv(device);
        csv.setFormulaGuard(true);
        csv.writeRow(header);
        rows(csv);
        return true;
    });
}

bool CliCommand::writeTextToStdout(const std::function<void(QTextStream &)> &write)
{
    QTextStream out(stdout);
    write(out);
    out.flush();
    return finishStdout(out.status() == QTextStream::Ok);
}

} // namespace steward
