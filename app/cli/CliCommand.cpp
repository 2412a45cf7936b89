#include "CliCommand.h"

#include "CsvWriter.h"
#include "Dialect.h"
#include "Store.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace steward {

namespace {

// The inventory the running command opened (valid while its execute() runs), its name,
// SQLite's count of damage reports when the command began, and whether the damage
// message was printed.
Database *s_inventory = nullptr;
QString s_inventoryName;
quint64 s_damageBefore = 0;
bool s_damagePrinted = false;

bool damageSeen()
{
    return !s_inventoryName.isEmpty() && Database::damageReports() != s_damageBefore;
}

} // namespace

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

QString CliCommand::helpText(const QCommandLineParser &parser) const
{
    // Qt's first line names the program as it was started ("build/app/steward"): name
    // it as the user types it, with the command ("Usage: steward init [options] FILE").
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    QString first = text.left(lineEnd);
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : first.indexOf(program);
    if (at < 0)
        return text;
    first.replace(at, program.size(), QStringLiteral("steward ") + m_name);
    // A command that lists its own name as its argument (map) says it once.
    const QString twice = QLatin1Char(' ') + m_name;
    if (first.endsWith(twice))
        first.chop(twice.size());
    return first + text.mid(lineEnd);
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
        printOut(helpText(parser));
        return ExitOk;
    }
    s_damageBefore = Database::damageReports();
    // What scripts read (--format csv or emails) never follows the locale: the command
    // speaks English throughout, its messages too.
    std::optional<SourceTextScope> english;
    if (m_options.cend() !=
            std::find_if(m_options.cbegin(), m_options.cend(),
                         [](const QCommandLineOption &o) { return o.names().contains(QStringLiteral("format")); }) &&
        parser.value(QStringLiteral("format")) != QLatin1String("text"))
        english.emplace();
    const int code = execute(parser);
    s_inventory = nullptr;
    if (code == ExitOk && damageSeen()) {
        // What it printed may be short: say so, and fail.
        printError(Database::damageMessage(s_inventoryName, tr("SQLite met a damaged page while reading")));
        return ExitFailure;
    }
    return code;
}

QString CliCommand::terminalText(const QString &text)
{
    const auto shown = [](char16_t u) {
        if (u == u'\t' || u == u'\n')
            return true;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return false;
        return !((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069));
    };
    // Most text has nothing to escape: it is returned as it is, not copied.
    const auto first = std::find_if(text.cbegin(), text.cend(), [&](QChar c) { return !shown(c.unicode()); });
    if (first == text.cend())
        return text;
    QString out = text.left(first - text.cbegin());
    out.reserve(text.size() + 16);
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t u = it->unicode();
        if (shown(u))
            out += *it;
        else if (u <= 0xFF)
            out += QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u") + QString::number(u, 16).rightJustified(4, QLatin1Char('0'));
    }
    return out;
}

void CliCommand::printErr(const QString &text)
{
    QTextStream err(stderr);
    err << terminalText(text) << Qt::endl;
}

void CliCommand::printOut(const QString &text)
{
    QTextStream out(stdout);
    out << terminalText(text) << Qt::endl;
}

void CliCommand::printError(const QString &message)
{
    QString text = message;
    const bool damaged = Database::isDamageError(text) || damageSeen();
    if (damaged && !s_inventoryName.isEmpty()) {
        // One clear message, once, whatever failed after the damage was met.
        if (s_damagePrinted)
            return;
        if (s_inventory) {
            if (!s_inventory->noteDamage(&text)) {
                s_inventory->markDamaged(text);
                text = s_inventory->damageMessage();
            }
        } else if (!text.contains(s_inventoryName)) {
            text = Database::damageMessage(s_inventoryName, text);
        }
        s_damagePrinted = true;
    }
    printErr(tr("steward: %1").arg(text));
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
    if (!qEnvironmentVariableIsSet("STEWARD_LOCK_WAIT"))
        return 60000;
    bool number = false;
    const int seconds = qEnvironmentVariableIntValue("STEWARD_LOCK_WAIT", &number);
    // At most a day: beyond that (or not a whole number of seconds) it is a mistake, said once.
    if (!number || seconds < 0 || seconds > 86400) {
        static bool said = false;
        if (!std::exchange(said, true))
            printError(tr("STEWARD_LOCK_WAIT must be a whole number of seconds from 0 to 86400, not \"%1\"; waiting "
                          "60 s.")
                           .arg(qEnvironmentVariable("STEWARD_LOCK_WAIT")));
        return 60000;
    }
    return seconds * 1000;
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

bool CliCommand::openInventory(Database &db, const QCommandLineParser &parser, Database::OpenMode mode,
                               bool refuseReadOnly)
{
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (const QString problem = dialect::commandLinePasswordProblem(path); !problem.isEmpty()) {
        printError(problem);
        return false;
    }
    prepareDatabase(db);
    if (!db.open(path, mode)) {
        printError(db.errorString());
        return false;
    }
    // It works, but the user should know (e.g. a server elsewhere reached without TLS).
    for (const QString &warning : db.connectionWarnings())
        printError(warning);
    s_inventory = &db;
    s_inventoryName = db.displayName();
    // Before any work: a command that writes says at once that it cannot.
    return mode != Database::OpenMode::ReadWrite || !refuseReadOnly || requireWritable(db);
}

bool CliCommand::openInventoryForWrite(Database &db, const QCommandLineParser &parser)
{
    if (!openInventory(db, parser))
        return false;
    QString error;
    if (!db.checkBeforeWrite(&error)) {
        printError(error);
        return false;
    }
    return true;
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
            printErr(where.isEmpty()
                         ? tr("  %1 (%2, id %3)").arg(c.name, keys::itemKindLabel(c.kind)).arg(c.id)
                         : tr("  %1 (%2, id %3, in %4)").arg(c.name, keys::itemKindLabel(c.kind)).arg(c.id).arg(where));
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

bool CliCommand::finishStdout(bool written, const QString &why)
{
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int flushError = errno;
    if (!flushed || std::ferror(stdout) || !written) {
        // The reason the system gave ("No space left on device"), when there is one.
        // Qt's "Unknown error", in English or in the user's language, says nothing.
        QString reason = isQtUnknownError(why) ? QString() : why;
        if (reason.isEmpty() && flushError != 0)
            reason = QString::fromLocal8Bit(std::strerror(flushError));
        printError(reason.isEmpty() ? tr("cannot write to standard output.")
                                    : tr("cannot write to standard output: %1.").arg(reason));
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
    return finishStdout(out.error() == QFileDevice::NoError,
                        out.error() == QFileDevice::NoError ? QString() : out.errorString());
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
    // Written to a string first: what reaches the terminal is escaped as a whole.
    QString text;
    {
        QTextStream buffer(&text);
        write(buffer);
    }
    QTextStream out(stdout);
    out << terminalText(text);
    out.flush();
    return finishStdout(out.status() == QTextStream::Ok);
}

} // namespace steward
