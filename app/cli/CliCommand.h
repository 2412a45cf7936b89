#pragma once

#include "Database.h"
#include "Records.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
class QTextStream;

namespace steward {

class CsvWriter;
class Store;

/// Exit codes of every command: 0 success, 1 failure, 2 usage error.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

/// The inventory used when --db is not given.
QString defaultDatabasePath();

/**
 * One `steward COMMAND ...` of the command line. A command declares its arguments
 * and options in its constructor; run() parses them (with -h/--help and the usage
 * errors every command shares) and calls execute(). The helpers open the inventory,
 * print errors as "steward: ..." with the exit codes, and write to standard output.
 */
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand();

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    /// True if the command draws text or pictures and so runs in a QApplication (never
    /// on a screen); the others need only a QCoreApplication.
    virtual bool needsGuiApplication() const { return false; }
    /// Runs the command; @p arguments is "steward NAME ...", as QCoreApplication::arguments() has it.
    virtual int run(const QStringList &arguments);

protected:
    CliCommand(const QString &name, const QString &description);
    Q_DISABLE_COPY_MOVE(CliCommand)

    /// Declares a positional argument, shown in --help in the order declared.
    void addPositional(const QString &name, const QString &description, const QString &syntax = QString());
    /// Declares an option, shown in --help in the order declared (before -h, --help).
    void addOption(const QCommandLineOption &option);
    /// Declares --db FILE: the inventory, defaultDatabasePath() when not given.
    void addDatabaseOption();
    /// Declares --format text|csv, text by default.
    void addFormatOption();
    /// Adds the declared arguments and options to @p parser.
    void addArgumentsTo(QCommandLineParser &parser) const;

    /// Does the command's work once the arguments are parsed; the first positional
    /// argument is the command's own name.
    virtual int execute(const QCommandLineParser &parser) = 0;
    /// @p parser's help, its usage line naming the command as the user types it.
    QString helpText(const QCommandLineParser &parser) const;

    /// @p text as it can be shown on a terminal: the control characters other than tab
    /// and line feed (ESC, BEL, CR, NUL, DEL, C1) as "\\x1b", the bidirectional
    /// controls (U+202A–U+202E, U+2066–U+2069) as "\\u202e", so that text from the
    /// inventory or the command line cannot move the cursor, retitle the window or
    /// read backwards. Every text the commands print goes through it; CSV never does.
    static QString terminalText(const QString &text);

    /// Prints @p text (terminalText()) and a newline to standard error / standard output.
    static void printErr(const QString &text);
    static void printOut(const QString &text);
    /// Prints "steward: @p message" to standard error.
    static void printError(const QString &message);
    /// Prints "steward: @p message" and returns ExitFailure.
    static int fail(const QString &message);
    /// Prints "steward: @p message" and the hint to --help; returns ExitUsage.
    static int usage(const QString &message);

    /// Reads --format: *csv is true for csv, false for text; for any other format,
    /// false with the usage error printed (return ExitUsage).
    static bool readCsvFormat(const QCommandLineParser &parser, bool *csv);
    /// Reads option @p name as a whole number of at least @p minimum into *value;
    /// false if it is not one (the caller says what the option takes).
    static bool readNumber(const QCommandLineParser &parser, const QString &name, int minimum, int *value);

    /// Gives @p db the command line's waits for another program's lock (lockWaitMs())
    /// and prints its wait notice on standard error; before open() or create().
    static void prepareDatabase(Database &db);
    /// How long a command waits for another program's lock, reading or writing: 60 s,
    /// or STEWARD_LOCK_WAIT seconds when that is set to a whole number.
    static int lockWaitMs();
    /// Opens the inventory named by --db (or the default), prepared (prepareDatabase());
    /// false with the error printed. A command that writes (ReadWrite) is refused, with
    /// the reason in one line, when the inventory turns out to be read-only. From then on an error that says the file
    /// is damaged, or any error after SQLite reported a damaged page, is printed as Database::damageMessage(), and a
    /// command that would succeed fails with it instead (a read that met a damaged page may only have stopped early:
    /// its answer could be wrong).
    /// @p refuseReadOnly false: a command that checks the user's rights itself (access).
    static bool openInventory(Database &db, const QCommandLineParser &parser,
                              Database::OpenMode mode = Database::OpenMode::ReadWrite, bool refuseReadOnly = true);
    /// openInventory() for a command that writes, then Database::checkBeforeWrite():
    /// a damaged file is refused before anything is written.
    static bool openInventoryForWrite(Database &db, const QCommandLineParser &parser);
    /// False, with the reason printed, when @p db was opened read-only though a command
    /// that writes needs it.
    static bool requireWritable(const Database &db);
    /// The one item called @p name (case-insensitive); otherwise says why on stderr,
    /// listing the candidates.
    static std::optional<Item> findOneItem(Store &store, const QString &name);
    /// The one contact called @p name (case-insensitive); otherwise says why on stderr.
    static std::optional<Contact> findOneContact(Store &store, const QString &name);

    /// Flushes standard output; false (with a message, and @p why or the system's
    /// reason: "No space left on device") if anything written to it was lost, e.g. on
    /// a full disk or a closed pipe, or if @p written is false.
    static bool finishStdout(bool written = true, const QString &why = QString());
    /// Lets @p write fill standard output as a device; false with the message printed
    /// if standard output cannot be written or @p write fails (filling in its error).
    static bool writeToStdout(const std::function<bool(QIODevice *device, QString *error)> &write);
    /// Writes @p header and then the rows @p rows writes as CSV to standard output,
    /// with spreadsheet formulas guarded; false with the message printed on failure.
    static bool writeCsvToStdout(const QStringList &header, const std::function<void(CsvWriter &csv)> &rows);
    /// Lets @p write print text to standard output (terminalText()); false with the
    /// message printed on failure.
    static bool writeTextToStdout(const std::function<void(QTextStream &out)> &write);

private:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    QString m_name;
    QString m_description;
    QList<Positional> m_positionals;
    QList<QCommandLineOption> m_options;
};

} // namespace steward
