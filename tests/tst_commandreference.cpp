// The command reference (docs/commands.md, the source of `man steward`) against what
// the program says of itself: every command `steward --help` lists has a section, every
// option its `--help` prints is described there, and the reference describes no command
// and no option that does not exist. The window's options, the exit codes and the files
// are in it too, and the built manual page holds every command.

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Help
{
    int exitCode = -1;
    QString text;
};

/// `steward ARGUMENTS`, in English whatever the machine's language.
Help runSteward(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

/// The options a command's --help lists ("  -o, --output <FILE>  ..." gives -o and --output),
/// less -h, --help (every command has them, said once in the reference) and Qt's --help-all.
QSet<QString> optionsInHelp(const QString &help)
{
    QSet<QString> options;
    static const QRegularExpression line(QStringLiteral("^  (-[A-Za-z])?(?:, )?(--[a-z][a-z0-9-]*)?"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (int group : {1, 2}) {
            if (!match.captured(group).isEmpty())
                options.insert(match.captured(group));
        }
    }
    options.remove(QStringLiteral("-h"));
    options.remove(QStringLiteral("--help"));
    options.remove(QStringLiteral("--help-all"));
    return options;
}

/// The options a part of the reference describes: the terms of its definition lists,
/// lines that start with a bold option ("**-o**, **--output** *FILE*").
QSet<QString> optionsDescribed(const QString &section)
{
    QSet<QString> options;
    static const QRegularExpression term(QStringLiteral("\\*\\*(--?[A-Za-z][A-Za-z0-9-]*)\\*\\*"));
    for (const QString &line : section.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("**-")))
            continue;
        for (auto it = term.globalMatch(line); it.hasNext();)
            options.insert(it.next().captured(1));
    }
    return options;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestCommandReference final : public QObject
{
    Q_OBJECT

private:
    QString m_reference;                  ///< docs/commands.md
    QString m_help;                       ///< steward --help
    QStringList m_commands;               ///< the commands steward --help lists, in its order
    QMap<QString, QString> m_sections;    ///< "### steward NAME" -> its text
    QMap<QString, QString> m_topSections; ///< "## NAME" -> its text, subsections included

private Q_SLOTS:
    void initTestCase();

    void everyCommandHasASection();
    void everySectionIsACommand();
    void everyOptionOfACommandIsDescribed_data();
    void everyOptionOfACommandIsDescribed();
    void theWindowsOptionsAreDescribed();
    void everyOptionInTheUsageIsDescribed();
    void exitCodesAndFilesAreDocumented();
    void theManualPageHoldsEveryCommand();
};

void TestCommandReference::initTestCase()
{
    QFile file(QStringLiteral(STEWARD_COMMAND_REFERENCE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_reference = QString::fromUtf8(file.readAll());

    QString topName, sectionName;
    for (const QString &line : m_reference.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            topName = line.mid(3).trimmed();
            sectionName.clear();
        } else if (line.startsWith(QLatin1String("### "))) {
            const QString heading = line.mid(4).trimmed();
            QVERIFY2(heading.startsWith(QLatin1String("steward ")) && !heading.mid(8).contains(QLatin1Char(' ')),
                     qPrintable(QStringLiteral("a command's section is \"### steward NAME\", not \"%1\"").arg(line)));
            sectionName = heading.mid(8);
            QVERIFY2(!m_sections.contains(sectionName), qPrintable(QStringLiteral("two sections for ") + sectionName));
            m_sections.insert(sectionName, QString());
        }
        if (!topName.isEmpty())
            m_topSections[topName] += line + QLatin1Char('\n');
        if (!sectionName.isEmpty())
            m_sections[sectionName] += line + QLatin1Char('\n');
    }

    const Help help = runSteward({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    m_help = help.text;
    static const QRegularExpression command(QStringLiteral("^  steward ([a-z][a-z-]*)"),
                                            QRegularExpression::MultilineOption);
    for (auto it = command.globalMatch(m_help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!m_commands.contains(name))
            m_commands << name;
    }
    // A parse that found too few would pass every test below without looking.
    QVERIFY2(m_commands.size() >= 25, qPrintable(m_commands.join(QLatin1Char(' '))));
    QVERIFY(m_commands.contains(QStringLiteral("init")) && m_commands.contains(QStringLiteral("link-types")));
}

void TestCommandReference::everyCommandHasASection()
{
    QStringList missing;
    for (const QString &name : std::as_const(m_commands)) {
        if (!m_sections.contains(name))
            missing << name;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("docs/commands.md has no \"### steward NAME\" for: ") + missing.join(u' ')));
}

void TestCommandReference::everySectionIsACommand()
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        QVERIFY2(m_commands.contains(it.key()),
                 qPrintable(QStringLiteral("docs/commands.md describes \"steward %1\", which steward --help does "
                                           "not list")
                                .arg(it.key())));
        // And the program knows it as a command: its help, exit 0.
        const Help help = runSteward({it.key(), QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0 && help.text.contains(QStringLiteral("steward ") + it.key()),
                 qPrintable(QStringLiteral("steward %1 --help: exit %2").arg(it.key()).arg(help.exitCode)));
        // Every section says how it is typed.
        QVERIFY2(it.value().contains(QStringLiteral("**steward ") + it.key()),
                 qPrintable(QStringLiteral("the section of %1 has no synopsis").arg(it.key())));
    }
}

void TestCommandReference::everyOptionOfACommandIsDescribed_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &name : std::as_const(m_commands))
        QTest::newRow(qPrintable(name)) << name;
}

void TestCommandReference::everyOptionOfACommandIsDescribed()
{
    QFETCH(QString, command);
    const Help help = runSteward({command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QSet<QString> inHelp = optionsInHelp(help.text);
    // Every command but init reads an inventory; a parse that finds nothing proves nothing.
    if (command != QLatin1String("init") && command != QLatin1String("copy"))
        QVERIFY2(inHelp.contains(QStringLiteral("--db")), qPrintable(help.text));
    const QSet<QString> described = optionsDescribed(m_sections.value(command));
    const QSet<QString> missing = inHelp - described;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("steward %1 --help lists options that docs/commands.md does "
                                                          "not describe under \"### steward %1\": %2")
                                               .arg(command, sorted(missing))));
    const QSet<QString> extra = described - inHelp;
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("docs/commands.md describes options of steward %1 that its "
                                                        "--help does not list: %2")
                                             .arg(command, sorted(extra))));
}

void TestCommandReference::theWindowsOptionsAreDescribed()
{
    // The window's lines of the usage: "  steward [--db FILE]", "  steward --db FILE
    // --screenshot ...", and the lines that continue them (indented further).
    QSet<QString> windowOptions;
    bool inWindow = false;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    for (const QString &line : m_help.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  steward ")))
            inWindow = line.startsWith(QLatin1String("  steward [")) || line.startsWith(QLatin1String("  steward --"));
        else if (!line.startsWith(QLatin1String("   ")))
            inWindow = false;
        if (!inWindow)
            continue;
        for (auto it = option.globalMatch(line); it.hasNext();)
            windowOptions.insert(it.next().captured());
    }
    QVERIFY2(windowOptions.contains(QStringLiteral("--screenshot")) && windowOptions.contains(QStringLiteral("--size")),
             qPrintable(sorted(windowOptions)));
    const QSet<QString> described = optionsDescribed(m_topSections.value(QStringLiteral("THE WINDOW")));
    QVERIFY2((windowOptions - described).isEmpty(),
             qPrintable(QStringLiteral("THE WINDOW does not describe: ") + sorted(windowOptions - described)));
    QVERIFY2((described - windowOptions).isEmpty(),
             qPrintable(QStringLiteral("THE WINDOW describes options the window does not have: ") +
                        sorted(described - windowOptions)));
}

void TestCommandReference::everyOptionInTheUsageIsDescribed()
{
    // steward --help's summary names options of the commands too: none may be one the
    // reference does not know (a summary that drifted from the commands).
    QSet<QString> inUsage;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (auto it = option.globalMatch(m_help); it.hasNext();)
        inUsage.insert(it.next().captured());
    const QSet<QString> described = optionsDescribed(m_reference);
    QVERIFY2((inUsage - described).isEmpty(),
             qPrintable(QStringLiteral("steward --help names options docs/commands.md does not describe: ") +
                        sorted(inUsage - described)));
}

void TestCommandReference::exitCodesAndFilesAreDocumented()
{
    // "Exit codes: 0 success, 1 failure, 2 usage error." in --help: each a term of EXIT STATUS.
    static const QRegularExpression codes(QStringLiteral("Exit codes: ([^\\n]*)"));
    const QRegularExpressionMatch match = codes.match(m_help);
    QVERIFY2(match.hasMatch(), qPrintable(m_help));
    const QString exitStatus = m_topSections.value(QStringLiteral("EXIT STATUS"));
    static const QRegularExpression code(QStringLiteral("\\b(\\d+) "));
    int count = 0;
    for (auto it = code.globalMatch(match.captured(1)); it.hasNext(); ++count) {
        const QString number = it.next().captured(1);
        QVERIFY2(exitStatus.contains(QStringLiteral("\n**") + number + QStringLiteral("**\n")),
                 qPrintable(QStringLiteral("EXIT STATUS does not describe exit code ") + number));
    }
    QCOMPARE(count, 3);

    const QString files = m_topSections.value(QStringLiteral("FILES"));
    QVERIFY2(files.contains(QStringLiteral("*~/.local/share/steward/steward.sqlite*")), qPrintable(files));
    QVERIFY2(files.contains(QStringLiteral("*~/.config/steward/steward.ini*")), qPrintable(files));
    for (const QString &heading : {QStringLiteral("NAME"), QStringLiteral("SYNOPSIS"), QStringLiteral("DESCRIPTION"),
                                   QStringLiteral("COMMANDS"), QStringLiteral("ENVIRONMENT")})
        QVERIFY2(m_topSections.contains(heading), qPrintable(heading));
}

void TestCommandReference::theManualPageHoldsEveryCommand()
{
    // The page the build made from the reference (go-md2man): its sections and subsections.
    QFile page(QStringLiteral(STEWARD_MAN_PAGE));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    const QString roff = QString::fromUtf8(page.readAll());
    QVERIFY2(roff.contains(QStringLiteral(".TH STEWARD 1 ")), qPrintable(roff.left(200)));
    QVERIFY2(roff.contains(QStringLiteral("\"Steward %1\"").arg(QStringLiteral(STEWARD_VERSION))),
             qPrintable(roff.left(200)));
    for (const QString &heading :
         {QStringLiteral("NAME"), QStringLiteral("SYNOPSIS"), QStringLiteral("EXIT STATUS"), QStringLiteral("FILES")})
        QVERIFY2(roff.contains(QStringLiteral("\n.SH ") + heading + QLatin1Char('\n')), qPrintable(heading));
    for (const QString &name : std::as_const(m_commands))
        QVERIFY2(roff.contains(QStringLiteral("\n.SS steward ") + name + QLatin1Char('\n')), qPrintable(name));
    // The page starts at NAME: the reference's own title and note are not in it.
    QVERIFY(!roff.contains(QStringLiteral("Steward command reference")));
}

QTEST_GUILESS_MAIN(TestCommandReference)
#include "tst_commandreference.moc"
