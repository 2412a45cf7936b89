// The command line in German (issue 21, section 4): under LANG=de_DE.UTF-8 the help, a
// command's help and the errors speak German, while everything a script reads — every
// report `steward export` writes, every --format csv — is byte for byte what LANG=C
// gives. And the shipped translations are complete: every message finished, with the
// placeholders of its source, and German's two plural forms.

#include "Reports.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace steward;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QString text() const { return QString::fromUtf8(out); }
};

} // namespace

class TestCliGerman final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helpIsGerman();
    void commandHelpIsGerman();
    void errorsAreGerman();
    void importErrorsNameFileRowAndColumnInGerman();
    void humanOutputIsGerman();
    void csvDoesNotFollowTheLocale();

    void englishHasItsPlurals();
    void translationsAreComplete_data();
    void translationsAreComplete();

private:
    enum class Language
    {
        German,
        English,
        C
    };
    Result run(Language language, const QStringList &arguments);
    /// A realistic inventory (made under LANG=C): the organisation, two statuses of its
    /// own, the realistic CSV files and a cover that ends on a day in December.
    QString realistic();
    /// The last day of the cover realistic() adds: within the gaps report's two weeks.
    static QDate coverEnds() { return QDate::currentDate().addDays(7); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliGerman::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliGerman::cleanup()
{
    m_dir.reset();
}

Result TestCliGerman::run(Language language, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    // The locale as a user's session sets it: LANG alone (the suite's LC_ALL would win).
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), language == Language::German    ? QStringLiteral("de_DE.UTF-8")
                                       : language == Language::English ? QStringLiteral("en_GB.UTF-8")
                                                                       : QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000) || (process.closeWriteChannel(), !process.waitForFinished(120000))) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not run: %1").arg(process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliGerman::englishHasItsPlurals()
{
    // An English locale says "1 change" and "57 changes" where the source text (and so the C
    // locale) says "change(s)"; CSV is the source text in every locale.
    const QString db = realistic();
    QVERIFY(!db.isEmpty());
    const Result assigned =
        run(Language::C, {QStringLiteral("assign"), QStringLiteral("haproxy"), QStringLiteral("Chandra Rao"),
                          QStringLiteral("--role"), QStringLiteral("sponsor"), QStringLiteral("--db"), db});
    QVERIFY2(assigned.exitCode == 0, qPrintable(assigned.err));
    const Result english = run(Language::English, {QStringLiteral("revert"), QStringLiteral("--db"), db});
    QVERIFY2(english.exitCode == 0, qPrintable(english.err));
    QVERIFY2(english.text().contains(QStringLiteral("(1 change)\n")), qPrintable(english.text()));
    QVERIFY2(english.text().contains(QRegularExpression(QStringLiteral("\\([0-9]{2,} changes\\)\n"))),
             qPrintable(english.text()));
    QVERIFY2(!english.text().contains(QStringLiteral("change(s)")), qPrintable(english.text()));
    const Result c = run(Language::C, {QStringLiteral("revert"), QStringLiteral("--db"), db});
    QVERIFY2(c.text().contains(QStringLiteral("(1 change(s))\n")), qPrintable(c.text()));
    const QStringList csv{QStringLiteral("revert"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--db"), db};
    QCOMPARE(run(Language::English, csv).out, run(Language::C, csv).out);
}

QString TestCliGerman::realistic()
{
    const QString db = test::scratchInventory(*m_dir, QStringLiteral("realistic"));
    const QString data = QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic/");
    // Two owners of haproxy whose order a German collator and the C locale see apart
    // ("Émile" before "zed" in German, after it by code point): the files keep one order.
    const QString contacts = m_dir->filePath(QStringLiteral("owners.csv"));
    const QString owners = m_dir->filePath(QStringLiteral("owners-assignments.csv"));
    for (const auto &[path, text] :
         {std::pair{contacts, QByteArray("name,kind,team,addresses\nzed,person,,\nÉmile Zola,person,,\n")},
          std::pair{owners, QByteArray("item,item_kind,contact,role,priority\n"
                                       "haproxy,service,zed,owner,primary\n"
                                       "haproxy,service,Émile Zola,owner,primary\n")}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return QString();
    }
    const QList<QStringList> steps{
        {QStringLiteral("init"), db, QStringLiteral("--organisation"), QStringLiteral("Northwind Trading")},
        {QStringLiteral("status"), QStringLiteral("redirect"), QStringLiteral("--category"), QStringLiteral("degraded"),
         QStringLiteral("--db"), db},
        {QStringLiteral("status"), QStringLiteral("read-only"), QStringLiteral("--category"),
         QStringLiteral("degraded"), QStringLiteral("--db"), db},
        {QStringLiteral("import"), data + QStringLiteral("providers.csv"), data + QStringLiteral("hosts.csv"),
         data + QStringLiteral("services.csv"), data + QStringLiteral("contacts.csv"),
         data + QStringLiteral("assignments.csv"), data + QStringLiteral("links.csv"), QStringLiteral("--db"), db},
        {QStringLiteral("import"), contacts, owners, QStringLiteral("--db"), db},
        // A cover of lb-1 ends in a week: the gaps report says so with the day, which
        // must not follow the locale in the file.
        {QStringLiteral("assign"), QStringLiteral("lb-1"), QStringLiteral("Bob Tanaka"), QStringLiteral("--role"),
         QStringLiteral("owner"), QStringLiteral("--until"), coverEnds().toString(Qt::ISODate), QStringLiteral("--db"),
         db},
    };
    for (const QStringList &step : steps) {
        const Result r = run(Language::C, step);
        if (r.exitCode != 0) {
            qWarning("%s: %s", qPrintable(step.join(QLatin1Char(' '))), qPrintable(r.err));
            return QString();
        }
    }
    return db;
}

void TestCliGerman::helpIsGerman()
{
    const Result german = run(Language::German, {QStringLiteral("--help")});
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.text().startsWith(QStringLiteral("Aufruf:\n")), qPrintable(german.text().left(200)));
    QVERIFY(german.text().contains(QStringLiteral("das Inventar im Fenster öffnen")));
    QVERIFY(german.text().contains(QStringLiteral("Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.")));
    QVERIFY(!german.text().contains(QStringLiteral("open the inventory in the window")));
    QCOMPARE(german.err, QString());

    const Result c = run(Language::C, {QStringLiteral("--help")});
    QCOMPARE(c.exitCode, 0);
    QVERIFY(c.text().startsWith(QStringLiteral("Usage:\n")));
    QVERIFY(c.text().contains(QStringLiteral("open the inventory in the window")));
}

void TestCliGerman::commandHelpIsGerman()
{
    const Result german = run(Language::German, {QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(german.exitCode, 0);
    const QString text = german.text();
    // Qt's own words come from qtbase_de.qm, Steward's from steward_cli_de.qm; the
    // command is named as it is typed.
    QVERIFY2(text.startsWith(QStringLiteral("Aufruf: steward export [Optionen] REPORT [ITEM...]\n")),
             qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Einen Bericht als CSV exportieren (RFC 4180, UTF-8, CRLF).")));
    QVERIFY(text.contains(QStringLiteral("Optionen:")));
    QVERIFY(text.contains(QStringLiteral("Diese Hilfe anzeigen.")));
    QVERIFY(text.contains(QStringLiteral("Die Inventardatei (Standard:")));
    QVERIFY(text.contains(QStringLiteral("Der Bericht: services, hosts,")));
    QVERIFY(!text.contains(QStringLiteral("Export a report")));

    const Result c = run(Language::C, {QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(c.exitCode, 0);
    QVERIFY(c.text().startsWith(QStringLiteral("Usage: steward export [options] REPORT [ITEM...]\n")));
    QVERIFY(c.text().contains(QStringLiteral("Export a report as CSV")));
}

void TestCliGerman::errorsAreGerman()
{
    const Result usage = run(Language::German, {QStringLiteral("frobnicate")});
    QCOMPARE(usage.exitCode, 2);
    QCOMPARE(usage.err, QStringLiteral("steward: Unbekannter Befehl „frobnicate“.\n"
                                       "Versuchen Sie „steward --help“.\n"));

    const QString db = test::scratchInventory(*m_dir, QStringLiteral("errors"));
    QCOMPARE(run(Language::C, {QStringLiteral("init"), db, QStringLiteral("--example")}).exitCode, 0);
    const Result unknown =
        run(Language::German, {QStringLiteral("contact"), QStringLiteral("no-such-thing"), QStringLiteral("--db"), db});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.startsWith(QStringLiteral("steward: Kein Eintrag heißt „no-such-thing“.\n")),
             qPrintable(unknown.err));
    QCOMPARE(unknown.out, QByteArray());

    const Result report =
        run(Language::German, {QStringLiteral("export"), QStringLiteral("nonsense"), QStringLiteral("--db"), db});
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.startsWith(QStringLiteral("steward: Unbekannter Bericht „nonsense“; die Berichte sind: "
                                                  "services, hosts,")),
             qPrintable(report.err));

    // A message of the model (the store's rule), through the command line.
    const Result status =
        run(Language::German, {QStringLiteral("status"), QStringLiteral("active"), QStringLiteral("--category"),
                               QStringLiteral("down"), QStringLiteral("--db"), db});
    QCOMPARE(status.exitCode, 1);
    QCOMPARE(status.err, QStringLiteral("steward: „active“ ist ein eingebauter Status; er kann nicht geändert "
                                        "werden.\n"));
}

void TestCliGerman::importErrorsNameFileRowAndColumnInGerman()
{
    const QString db = test::scratchInventory(*m_dir, QStringLiteral("import"));
    QCOMPARE(
        run(Language::C, {QStringLiteral("init"), db, QStringLiteral("--organisation"), QStringLiteral("N")}).exitCode,
        0);
    QFile csv(m_dir->filePath(QStringLiteral("providers.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,kind,website\n"
              "Hetzner,hardware,https://www.hetzner.com\n"
              "Cloudy,balloon,https://cloudy.example\n");
    csv.close();
    const Result r = run(Language::German, {QStringLiteral("import"), csv.fileName(), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    // FILE:ROW:COLUMN as in English; the words in German.
    QVERIFY2(r.err.contains(QStringLiteral("providers.csv:3:2: Unbekannte Anbieterart „balloon“; verwenden Sie "
                                           "hardware, vm, dns, registrar, cdn oder other")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("1 Fehler; es wurde nichts importiert.")), qPrintable(r.err));
    // Nothing was written: an export lists no provider.
    const Result providers =
        run(Language::C, {QStringLiteral("export"), QStringLiteral("providers"), QStringLiteral("--db"), db});
    QCOMPARE(providers.exitCode, 0);
    QCOMPARE(providers.text().count(QStringLiteral("\r\n")), 1);
}

void TestCliGerman::humanOutputIsGerman()
{
    const QString db = realistic();
    QVERIFY(!db.isEmpty());
    const Result german =
        run(Language::German, {QStringLiteral("contact"), QStringLiteral("haproxy"), QStringLiteral("--db"), db});
    const Result c =
        run(Language::C, {QStringLiteral("contact"), QStringLiteral("haproxy"), QStringLiteral("--db"), db});
    QCOMPARE(german.exitCode, 0);
    QCOMPARE(c.exitCode, 0);
    // The reasons are the model's words: "escalation: ..." in German, "Eskalation: ...".
    QVERIFY2(c.text().contains(QStringLiteral("escalation")), qPrintable(c.text()));
    QVERIFY2(german.text().contains(QStringLiteral("Eskalation")), qPrintable(german.text()));
    QVERIFY(german.out != c.out);

    // The day a cover ends follows the locale on the terminal (never in CSV, below).
    const Result cover =
        run(Language::German, {QStringLiteral("contact"), QStringLiteral("lb-1"), QStringLiteral("--db"), db});
    QCOMPARE(cover.exitCode, 0);
    const QString day = QLocale(QLocale::German, QLocale::Germany).toString(coverEnds(), QStringLiteral("d MMM yyyy"));
    QVERIFY2(cover.text().contains(QStringLiteral("Besitzer von lb-1, Vertretung bis ") + day),
             qPrintable(cover.text()));
}

void TestCliGerman::csvDoesNotFollowTheLocale()
{
    const QString db = realistic();
    QVERIFY(!db.isEmpty());
    QFile list(m_dir->filePath(QStringLiteral("notice.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("Maintenance tonight: haproxy and postgres-main, then db-1.\nnothing else\n");
    list.close();

    QList<QStringList> commands;
    for (ReportKind kind : Reports::all()) {
        QStringList export_{QStringLiteral("export"), Reports::key(kind)};
        if (kind == ReportKind::Selection)
            export_ << QStringLiteral("haproxy") << QStringLiteral("db-1");
        else if (kind == ReportKind::Impact)
            export_ << QStringLiteral("postgres-main");
        commands << export_;
    }
    // A Backstage catalog is a file other programs read too: YAML that never follows the locale.
    commands << QStringList{QStringLiteral("export"), QStringLiteral("backstage")};
    const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv")};
    commands << QStringList{QStringLiteral("contact"), QStringLiteral("haproxy")} + csv
             << QStringList{QStringLiteral("contact"), QStringLiteral("--from"), list.fileName()} + csv
             << QStringList{QStringLiteral("impact"), QStringLiteral("postgres-main")} + csv
             << QStringList{QStringLiteral("departure"), QStringLiteral("Chandra Rao")} + csv
             << QStringList{QStringLiteral("history")} + csv << QStringList{QStringLiteral("review")} + csv
             << QStringList{QStringLiteral("roles")} + csv << QStringList{QStringLiteral("statuses")} + csv
             << QStringList{QStringLiteral("link-types")} + csv
             << QStringList{QStringLiteral("search"), QStringLiteral("postgres")} + csv
             << QStringList{QStringLiteral("revert")} + csv;

    // "13 Dec 2026" in every locale, never "13 Dez. 2026".
    const QByteArray day = QLocale::c().toString(coverEnds(), QStringLiteral("d MMM yyyy")).toUtf8();
    bool sawDay = false;
    for (QStringList arguments : commands) {
        arguments << QStringLiteral("--db") << db;
        const Result german = run(Language::German, arguments);
        const Result c = run(Language::C, arguments);
        const QByteArray name = arguments.join(QLatin1Char(' ')).toUtf8();
        QVERIFY2(german.exitCode == 0 && c.exitCode == 0,
                 QByteArray(name + ": " + german.err.toUtf8() + c.err.toUtf8()).constData());
        // A header and at least one row each: a comparison of two empty files shows nothing.
        QVERIFY2(c.out.count('\n') >= 2, QByteArray(name + ": " + c.out).constData());
        QVERIFY2(german.out == c.out, QByteArray(name + ":\n" + german.out + "\n---\n" + c.out).constData());
        sawDay = sawDay || c.out.contains("covers until " + day);
    }
    QVERIFY2(sawDay, day.constData());
    // Both owners are in the files (their order is the same in both, compared above).
    const Result services =
        run(Language::C, {QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), db});
    QVERIFY(services.text().contains(QStringLiteral("zed")) && services.text().contains(QStringLiteral("Émile Zola")));
}

void TestCliGerman::translationsAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("cli") << QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_cli_de.ts");
    QTest::newRow("model") << QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_model_de.ts");
}

void TestCliGerman::translationsAreComplete()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    const QRegularExpression placeholder(QStringLiteral("%L?[1-9]|%n"));
    const auto placeholders = [&](const QString &text) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured().remove(QLatin1Char('L')));
        return found;
    };
    QString context, source;
    bool numerus = false;
    QStringList forms;
    QString translation;
    QString type;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                forms.clear();
                translation.clear();
                source.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            const QString where = context + QStringLiteral(": ") + source.left(60);
            if (!type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, type);
            if (!numerus)
                forms = QStringList{translation};
            else if (forms.size() != 2)
                problems << QStringLiteral("%1: %2 plural forms, German has 2").arg(where).arg(forms.size());
            for (const QString &form : forms) {
                if (form.isEmpty())
                    problems << QStringLiteral("%1: not translated").arg(where);
                else if (placeholders(form) != placeholders(source))
                    problems << QStringLiteral("%1: the placeholders differ in \"%2\"").arg(where, form);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 300, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCliGerman)
#include "tst_cli_german.moc"
