// bash completion (completions/steward), run as bash runs it: the script sourced, the
// words of the line in COMP_WORDS, _steward called, COMPREPLY read. Commands and options
// are those the program's --help lists, report names those `export` takes, item and
// contact names come from the inventory on the line (or the default one), and a broken
// inventory or a missing program completes nothing and says nothing. As
// tst_completion_pg, the inventory is a database of the test server (--db postgresql://...).

#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

struct Completion
{
    int exitCode = -1;
    QStringList reply; ///< COMPREPLY, one entry a line
    QString err;
};

} // namespace

class TestCompletion final : public QObject
{
    Q_OBJECT

private:
    /// The environment of every process: the default inventory and settings in the test's folder.
    QProcessEnvironment environment() const;
    /// Runs steward with @p arguments; its standard output.
    QString steward(const QStringList &arguments, int *exitCode = nullptr) const;
    /// Completes the last of @p words (the first is the program, as typed).
    Completion complete(const QStringList &words) const;
    /// @p words after "steward" with "--db DB" before them, DB split as bash splits a
    /// line at ":" (COMP_WORDBREAKS): a server's address comes in pieces.
    QStringList withDb(const QStringList &words) const;
    /// The options `steward COMMAND --help` lists.
    QSet<QString> helpOptions(const QString &command) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void commands();
    void optionsOfEachCommand();
    void windowOptions();
    void optionValues();
    void reportNames();
    void itemNames();
    void contactNames();
    void namesOfSeveralWords();
    void namesThatNeedQuoting();
    void defaultInventory();
    void silentOnErrors();
};

QProcessEnvironment TestCompletion::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    return env;
}

QString TestCompletion::steward(const QStringList &arguments, int *exitCode) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

Completion TestCompletion::complete(const QStringList &words) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    // The script as bash-completion loads it, then one completion of the words given.
    const QString script = QStringLiteral("source \"$0\" || exit 9\n"
                                          "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1))\n"
                                          "COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
                                          "_steward || exit 8\n"
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    process.start(QStringLiteral("bash"),
                  QStringList{QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script,
                              QStringLiteral(STEWARD_COMPLETION_SCRIPT)} +
                      words);
    Completion result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.reply = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList TestCompletion::withDb(const QStringList &words) const
{
    QStringList line{QStringLiteral(STEWARD_BINARY), QStringLiteral("--db")};
    const QStringList pieces = m_db.split(u':');
    for (int i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            line << QStringLiteral(":");
        line << pieces.at(i);
    }
    return line + words;
}

QSet<QString> TestCompletion::helpOptions(const QString &command) const
{
    QSet<QString> options;
    static const QRegularExpression line(QStringLiteral("^  (-[A-Za-z])?(?:, )?(--[a-z][a-z0-9-]*)?"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(steward({command, QStringLiteral("--help")})); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(2).isEmpty())
            options.insert(match.captured(2));
    }
    options.remove(QStringLiteral("--help-all"));
    return options;
}

void TestCompletion::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    int exitCode = -1;
    steward({QStringLiteral("init"), m_db, QStringLiteral("--example")}, &exitCode);
    QCOMPARE(exitCode, 0);
}

void TestCompletion::cleanupTestCase()
{
    m_dir.reset();
}

void TestCompletion::commands()
{
    // Every command steward --help lists, and nothing else.
    QSet<QString> listed;
    static const QRegularExpression command(QStringLiteral("^  steward ([a-z][a-z-]*)"),
                                            QRegularExpression::MultilineOption);
    for (auto it = command.globalMatch(steward({QStringLiteral("--help")})); it.hasNext();)
        listed.insert(it.next().captured(1));
    QVERIFY(listed.size() >= 25);
    const Completion all = complete({QStringLiteral(STEWARD_BINARY), QString()});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QSet<QString>(all.reply.cbegin(), all.reply.cend()), listed);

    const Completion link = complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("lin")});
    QCOMPARE(link.reply,
             (QStringList{QStringLiteral("link"), QStringLiteral("link-type"), QStringLiteral("link-types")}));
    // After the command, a word that is not an option is an argument, not another command.
    QVERIFY(
        complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("search"), QStringLiteral("lin")}).reply.isEmpty());
}

void TestCompletion::optionsOfEachCommand()
{
    const QStringList commands = complete({QStringLiteral(STEWARD_BINARY), QString()}).reply;
    QVERIFY(commands.contains(QStringLiteral("export")));
    for (const QString &command : commands) {
        const Completion options = complete({QStringLiteral(STEWARD_BINARY), command, QStringLiteral("--")});
        const QSet<QString> offered(options.reply.cbegin(), options.reply.cend());
        const QSet<QString> expected = helpOptions(command);
        QVERIFY2(expected.contains(QStringLiteral("--help")), qPrintable(command));
        QVERIFY2(offered == expected, qPrintable(command + QStringLiteral(": ") + options.reply.join(u' ')));
    }
    // A short option is offered with its long one.
    QVERIFY(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("export"), QStringLiteral("-")})
                .reply.contains(QStringLiteral("-o")));
    // An option's value is not taken for the command: "--db FILE init" is still no command.
    QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("--db"), QStringLiteral("init"),
                       QStringLiteral("--sc")})
                 .reply,
             QStringList{QStringLiteral("--screenshot")});
}

void TestCompletion::windowOptions()
{
    QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("--s")}).reply,
             (QStringList{QStringLiteral("--style"), QStringLiteral("--screenshot"), QStringLiteral("--select"),
                          QStringLiteral("--size")}));
    const QStringList all = complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("--")}).reply;
    for (const char *option : {"--db", "--panel", "--dialog", "--impact", "--focus", "--contact", "--palette",
                               "--style", "--help", "--version"})
        QVERIFY2(all.contains(QLatin1String(option)), option);
    QVERIFY(!all.contains(QStringLiteral("--organisation"))); // init's, not the window's
}

void TestCompletion::optionValues()
{
    QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("--panel"), QString()}).reply,
             (QStringList{QStringLiteral("details"), QStringLiteral("history"), QStringLiteral("contacts")}));
    QCOMPARE(
        complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("contact"), QStringLiteral("--format"), QString()})
            .reply,
        (QStringList{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("emails")}));
    QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("assign"), QStringLiteral("--priority"),
                       QStringLiteral("s")})
                 .reply,
             QStringList{QStringLiteral("secondary")});
    // The value of an option that takes one is not an option or a name.
    QVERIFY(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("search"), QStringLiteral("--limit"), QString()})
                .reply.isEmpty());
}

void TestCompletion::reportNames()
{
    const QStringList reports = complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("export"), QString()}).reply;
    for (const char *report : {"services", "hosts", "providers", "contacts", "assignments", "links", "gaps",
                               "selection", "impact", "backstage"})
        QVERIFY2(reports.contains(QLatin1String(report)), qPrintable(reports.join(u' ')));
    // Every report offered is one export takes.
    for (const QString &report : reports) {
        QStringList arguments{QStringLiteral("export"), report, QStringLiteral("--db"), m_db};
        if (report == QLatin1String("selection") || report == QLatin1String("impact"))
            arguments << QStringLiteral("albatross");
        int exitCode = -1;
        const QString csv = steward(arguments, &exitCode);
        QVERIFY2(exitCode == 0 && !csv.isEmpty(), qPrintable(report));
    }
    QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("export"), QStringLiteral("ga")}).reply,
             QStringList{QStringLiteral("gaps")});
}

void TestCompletion::itemNames()
{
    QCOMPARE(complete(withDb({QStringLiteral("contact"), QStringLiteral("docs")})).reply,
             QStringList{QStringLiteral("docs.python.org")});
    // Case-insensitively, items only (not the contacts that start so), at the place of an item.
    const QStringList py = complete(withDb({QStringLiteral("impact"), QStringLiteral("py")})).reply;
    QVERIFY2(py.contains(QStringLiteral("PyPI")) && py.contains(QStringLiteral("Python\\ Software\\ Foundation")),
             qPrintable(py.join(u'|')));
    QVERIFY2(!py.contains(QStringLiteral("python-dev@python.org")), qPrintable(py.join(u'|')));
    // export selection takes items after the report; the window's --select takes one.
    QCOMPARE(complete(withDb({QStringLiteral("export"), QStringLiteral("selection"), QStringLiteral("albatross"),
                              QStringLiteral("dins")}))
                 .reply,
             QStringList{QStringLiteral("dinsdale")});
    QCOMPARE(complete(withDb({QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--select"),
                              QStringLiteral("xim")}))
                 .reply,
             QStringList{QStringLiteral("ximinez")});
    // "--db=FILE" (bash splits it at "=") as well as "--db FILE".
    if (test::backend() == Backend::SQLite) {
        QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("contact"), QStringLiteral("--db"),
                           QStringLiteral("="), m_db, QStringLiteral("docs")})
                     .reply,
                 QStringList{QStringLiteral("docs.python.org")});
    }
    // Nothing matches: nothing offered.
    QVERIFY(complete(withDb({QStringLiteral("contact"), QStringLiteral("zzzz")})).reply.isEmpty());
}

void TestCompletion::contactNames()
{
    // assign ITEM CONTACT: the second is a contact.
    QCOMPARE(complete(withDb({QStringLiteral("assign"), QStringLiteral("PyPI"), QStringLiteral("don")})).reply,
             QStringList{QStringLiteral("Donald\\ Stufft")});
    QCOMPARE(complete(withDb({QStringLiteral("departure"), QStringLiteral("Georg")})).reply,
             QStringList{QStringLiteral("Georg\\ Brandl")});
    QCOMPARE(complete(withDb({QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--contact"),
                              QStringLiteral("Alex")}))
                 .reply,
             QStringList{QStringLiteral("Alex\\ Gaynor")});
}

void TestCompletion::namesOfSeveralWords()
{
    // The word as typed, with the shell's backslash or quote: "Python\ d" is "Python d".
    QCOMPARE(complete(withDb({QStringLiteral("contact"), QStringLiteral("Python\\ d")})).reply,
             QStringList{QStringLiteral("Python\\ downloads")});
    // After an opening quote, as it is (bash closes the quote).
    QCOMPARE(complete(withDb({QStringLiteral("contact"), QStringLiteral("\"Python d")})).reply,
             QStringList{QStringLiteral("Python downloads")});
    QCOMPARE(complete(withDb({QStringLiteral("contact"), QStringLiteral("Rackspace\\ VM\\ for\\ d")})).reply,
             QStringList{QStringLiteral("Rackspace\\ VM\\ for\\ docs.python.org")});
}

void TestCompletion::namesThatNeedQuoting()
{
    // A name with a comma, quotes, $ and ;, and another item whose notes match over
    // several lines, one of them a search result's row (a quoted CSV field with line
    // breaks in search's output): names are read from the CSV as CSV, and offered
    // escaped for the shell.
    const QString csv = m_dir->filePath(QStringLiteral("weird.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,url,status,provider,host,owners,maintainers,contacts,served_through,description,"
                   "primary_contact,escalation,source_url,notes\r\n"
                   "\"Weird, \"\"name\"\" $HOME; x\",,active,,,,,,,,,,,\r\n"
                   "Plain,,active,,,,,,,,,,,\"Weird notes\r\nservice,service,1,Weirdfake,name,Weirdfake,1\r\n\"\r\n"
                   "Weirdo,,active,,,,,,,,,,,\r\n");
    }
    int exitCode = -1;
    steward({QStringLiteral("import"), csv, QStringLiteral("--db"), m_db}, &exitCode);
    QCOMPARE(exitCode, 0);
    const Completion weird = complete(withDb({QStringLiteral("contact"), QStringLiteral("Weird")}));
    QCOMPARE(QSet<QString>(weird.reply.cbegin(), weird.reply.cend()),
             (QSet<QString>{QStringLiteral("Weirdo"), QStringLiteral("Weird\\,\\ \\\"name\\\"\\ \\$HOME\\;\\ x")}));
    // What the shell makes of the word offered is the name.
    const QString offered = weird.reply.value(weird.reply.indexOf(QStringLiteral("Weirdo")) == 0 ? 1 : 0);
    QProcess shell;
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + offered});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), QStringLiteral("Weird, \"name\" $HOME; x"));
}

void TestCompletion::defaultInventory()
{
    // Without --db: the default inventory (XDG_DATA_HOME/steward/steward.sqlite).
    QVERIFY(
        complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("contact"), QStringLiteral("docs")}).reply.isEmpty());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("xdg-data/steward"))));
    int exitCode = -1;
    steward({QStringLiteral("init"), m_dir->filePath(QStringLiteral("xdg-data/steward/steward.sqlite")),
             QStringLiteral("--example")},
            &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("contact"), QStringLiteral("docs")}).reply,
             QStringList{QStringLiteral("docs.python.org")});
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("xdg-data/steward/steward.sqlite"))));
}

void TestCompletion::silentOnErrors()
{
    // An inventory that does not exist: nothing offered, nothing said, nothing made.
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    Completion none = complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("contact"), QStringLiteral("--db"),
                                missing, QStringLiteral("docs")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.reply.isEmpty());
    QCOMPARE(none.err, QString());
    QVERIFY(!QFile::exists(missing));
    // A file that is not an inventory.
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an inventory\n");
    }
    none = complete({QStringLiteral(STEWARD_BINARY), QStringLiteral("contact"), QStringLiteral("--db"), text,
                     QStringLiteral("docs")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.reply.isEmpty());
    QCOMPARE(none.err, QString());
    // A program that is not there: no commands, no error.
    none = complete({m_dir->filePath(QStringLiteral("no-such-steward")), QString()});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.reply.isEmpty());
    QCOMPARE(none.err, QString());
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
