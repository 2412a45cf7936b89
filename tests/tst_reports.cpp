// Reports on the example inventory: each report's rows, the Excel and
// spreadsheet-safe options, progress and cancel, and QSaveFile's failure paths.

#include "CsvWriter.h"
#include "Database.h"
#include "Reports.h"
#include "Store.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace steward;
using steward::test::FileSnapshot;

class TestReports final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QVector<QStringList> rows(ReportKind kind, const QVector<qint64> &selection = {})
    {
        Reports reports(*m_store);
        reports.setSelection(selection);
        QVector<QStringList> result;
        if (!reports.rows(kind, &result))
            qWarning("%s", qPrintable(reports.errorString()));
        for (const QStringList &row : std::as_const(result)) {
            if (row.size() != Reports::header(kind).size())
                qWarning("row of the wrong width");
        }
        return result;
    }
    QStringList row(ReportKind kind, int column, const QString &value)
    {
        for (const QStringList &r : rows(kind)) {
            if (r.value(column) == value)
                return r;
        }
        return {};
    }
    qint64 id(const QString &name) { return m_store->findItemsByName(name).value(0).id; }

private Q_SLOTS:
    void initTestCase();
    void keys();
    void services();
    void hosts();
    void providers();
    void contacts();
    void assignments();
    void gaps();
    void selection();
    void excelAndSafe();
    void progressAndCancel();
    void saveFailures();
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("psf.sqlite"));
    QVERIFY2(test::createExample(path, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path));
    m_store = std::make_unique<Store>(*m_db);
    // A service on the unreachable ximinez, for the gaps.
    Item s;
    s.kind = ItemKind::Service;
    s.name = QStringLiteral("old.python.org");
    s.parentId = id(QStringLiteral("ximinez"));
    QVERIFY2(m_store->createItem(s, &error), qPrintable(error));
}

void TestReports::keys()
{
    for (ReportKind kind : Reports::all()) {
        ReportKind back = ReportKind::Services;
        QVERIFY(Reports::fromKey(Reports::key(kind), &back));
        QCOMPARE(back, kind);
        QVERIFY(!Reports::title(kind).isEmpty());
        QVERIFY(!Reports::header(kind).isEmpty());
    }
    ReportKind k;
    QVERIFY(!Reports::fromKey(QStringLiteral("nope"), &k));
}

void TestReports::services()
{
    const QVector<QStringList> all = rows(ReportKind::Services);
    QCOMPARE(all.size(), 16);
    const QStringList header = Reports::header(ReportKind::Services);
    const QStringList pypi = row(ReportKind::Services, 0, QStringLiteral("PyPI"));
    QCOMPARE(pypi.at(header.indexOf(QStringLiteral("primary_contact"))), QStringLiteral("Ernest W. Durbin III"));
    QCOMPARE(pypi.at(header.indexOf(QStringLiteral("escalation"))),
             QStringLiteral("infrastructure-staff@python.org; #python-infra"));
    // Rows by name, case-insensitively.
    QStringList names;
    for (const QStringList &r : all)
        names << r.first().toCaseFolded();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
}

void TestReports::hosts()
{
    const QVector<QStringList> all = rows(ReportKind::Hosts);
    QCOMPARE(all.size(), 12);
    // By provider.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).first().toCaseFolded() <= all.at(i).first().toCaseFolded());
    const QStringList dinsdale = row(ReportKind::Hosts, 1, QStringLiteral("dinsdale"));
    QCOMPARE(dinsdale.at(0), QStringLiteral("XS4ALL"));
    QCOMPARE(dinsdale.at(2), QStringLiteral("physical"));
    QVERIFY(dinsdale.at(5).contains(QStringLiteral("planet.python.org")));
    QCOMPARE(row(ReportKind::Hosts, 1, QStringLiteral("ximinez")).at(4), QStringLiteral("unreachable"));
}

void TestReports::providers()
{
    const QStringList header = Reports::header(ReportKind::Providers);
    QCOMPARE(rows(ReportKind::Providers).size(), 7);
    const QStringList osuosl = row(ReportKind::Providers, 0, QStringLiteral("OSUOSL"));
    QCOMPARE(osuosl.at(header.indexOf(QStringLiteral("config_tool"))), QStringLiteral("Chef"));
    QCOMPARE(osuosl.at(header.indexOf(QStringLiteral("config_repo"))), QStringLiteral("https://github.com/python/psf-chef"));
    QVERIFY(osuosl.at(header.indexOf(QStringLiteral("hosts"))).toInt() >= 4);
    QCOMPARE(row(ReportKind::Providers, 0, QStringLiteral("Fastly")).at(1), QStringLiteral("cdn"));
}

void TestReports::contacts()
{
    const QStringList header = Reports::header(ReportKind::Contacts);
    const QStringList team = row(ReportKind::Contacts, 0, QStringLiteral("Infrastructure team"));
    QCOMPARE(team.at(1), QStringLiteral("team"));
    QVERIFY(team.at(header.indexOf(QStringLiteral("addresses")))
                .startsWith(QStringLiteral("email: infrastructure-staff@python.org | the best way")));
    QVERIFY(team.at(header.indexOf(QStringLiteral("members"))).startsWith(QStringLiteral("lead: Noah Kantrowitz\n")));
    QVERIFY(team.at(header.indexOf(QStringLiteral("members"))).endsWith(QStringLiteral("member: Alex Gaynor | has no responsibilities")));
    const QStringList georg = row(ReportKind::Contacts, 0, QStringLiteral("Georg Brandl"));
    QCOMPARE(georg.at(header.indexOf(QStringLiteral("owns"))), QStringLiteral("docs.python.org; hg.python.org"));
    const QStringList list = row(ReportKind::Contacts, 0, QStringLiteral("infrastructure-staff@python.org"));
    QCOMPARE(list.at(header.indexOf(QStringLiteral("team"))), QStringLiteral("Infrastructure team"));
    // The address cell parses back to what it was made from.
    QVector<Address> addresses;
    QString error;
    QVERIFY(Reports::parseAddresses(team.at(3), &addresses, &error));
    QCOMPARE(addresses.size(), 2);
    QCOMPARE(addresses.at(1).kind, AddressKind::Irc);
    QCOMPARE(addresses.at(1).label, QStringLiteral("#python-infra on Freenode"));
    QCOMPARE(Reports::formatAddresses(addresses), team.at(3));
}

void TestReports::assignments()
{
    const QVector<QStringList> all = rows(ReportKind::Assignments);
    QCOMPARE(all.size(), 20);
    QCOMPARE(all.first().at(1), QStringLiteral("organisation"));
    QCOMPARE(all.first().at(3), QStringLiteral("escalation"));
    QVERIFY(all.contains(QStringList{QStringLiteral("docs.python.org"), QStringLiteral("service"),
                                     QStringLiteral("Benjamin Peterson"), QStringLiteral("owner"),
                                     QStringLiteral("primary"), QString()}));
}

void TestReports::gaps()
{
    const QVector<QStringList> all = rows(ReportKind::Gaps);
    const auto has = [&](const char *gap, const char *item) {
        for (const QStringList &r : all) {
            if (r.at(0) == QLatin1String(gap) && r.at(1) == QString::fromUtf8(item))
                return true;
        }
        return false;
    };
    QVERIFY(has("escalation-only", "planet.python.org"));
    QVERIFY(!has("escalation-only", "docs.python.org"));
    QVERIFY(has("single-owner", "wiki.python.org"));
    QVERIFY(!has("single-owner", "docs.python.org"));
    QVERIFY(has("host-unreachable", "old.python.org"));
    // All of a service's assignments inactive.
    QString error;
    Item s;
    s.kind = ItemKind::Service;
    s.name = QStringLiteral("forgotten.python.org");
    s.parentId = *m_store->organisationId();
    QVERIFY(m_store->createItem(s, &error));
    Assignment a;
    a.itemId = s.id;
    a.contactId = m_store->findContactsByName(QStringLiteral("Georg Brandl")).first().id;
    a.priority = Priority::Inactive;
    QVERIFY(m_store->addAssignment(a, &error));
    bool found = false;
    for (const QStringList &r : rows(ReportKind::Gaps))
        found = found || (r.at(0) == QLatin1String("inactive-only") && r.at(1) == s.name &&
                          r.at(3).contains(QStringLiteral("Georg Brandl (owner)")));
    QVERIFY(found);
    QVERIFY(m_store->deleteItem(s.id, &error));
}

void TestReports::selection()
{
    const QVector<QStringList> all =
        rows(ReportKind::Selection, {id(QStringLiteral("docs.python.org")), id(QStringLiteral("hg.python.org"))});
    // Georg Brandl owns both: listed once, with both items.
    int georg = 0;
    for (const QStringList &r : all) {
        if (r.first() == QLatin1String("Georg Brandl")) {
            ++georg;
            QCOMPARE(r.at(3), QStringLiteral("docs.python.org; hg.python.org"));
            QCOMPARE(r.at(4), QStringLiteral("owner of docs.python.org; owner of hg.python.org"));
        }
    }
    QCOMPARE(georg, 1);
    QCOMPARE(all.first().first(), QStringLiteral("Benjamin Peterson"));
    const QStringList escalation = all.at(2);
    QCOMPARE(escalation.first(), QStringLiteral("infrastructure-staff@python.org"));
    QCOMPARE(escalation.at(2), QStringLiteral("mailto:infrastructure-staff@python.org"));
    QCOMPARE(escalation.at(4), QStringLiteral("escalation: Infrastructure team"));
}

void TestReports::excelAndSafe()
{
    QString error;
    Contact sneaky;
    sneaky.name = QStringLiteral("=cmd|' /C calc'!A0");
    QVERIFY(m_store->createContact(sneaky, &error));
    const auto csv = [&](const CsvOptions &options) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Reports reports(*m_store);
        reports.writeCsv(ReportKind::Contacts, &buffer, options);
        return buffer.data();
    };
    CsvOptions raw;
    const QByteArray plain = csv(raw);
    QVERIFY(plain.startsWith("name,kind,"));
    QVERIFY(plain.contains("\r\n=cmd|' /C calc'!A0,person,"));
    CsvOptions safe;
    safe.formulaGuard = true;
    QVERIFY(csv(safe).contains("\r\n'=cmd|' /C calc'!A0,person,"));
    CsvOptions excel;
    excel.excel = true;
    const QByteArray withBom = csv(excel);
    QVERIFY(withBom.startsWith("\xEF\xBB\xBF" "name,kind,"));
    QCOMPARE(withBom.mid(3), plain);
    QVERIFY(m_store->deleteContact(sneaky.id, &error));
}

void TestReports::progressAndCancel()
{
    Reports reports(*m_store);
    qint64 last = -1, total = -1;
    reports.setProgressHandler([&](qint64 done, qint64 all) {
        last = done;
        total = all;
    });
    QVector<QStringList> out;
    QVERIFY(reports.rows(ReportKind::Services, &out));
    QCOMPARE(last, out.size());
    QCOMPARE(total, out.size());

    std::atomic_bool cancel{false};
    reports.setCancelFlag(&cancel);
    int seen = 0;
    QVERIFY(!reports.run(ReportKind::Services, [&](const QStringList &) {
        if (++seen == 3)
            cancel = true;
        return true;
    }));
    QVERIFY(reports.wasCanceled());
    QCOMPARE(seen, 3);
    // A sink that says stop.
    cancel = false;
    QVERIFY(!reports.run(ReportKind::Hosts, [](const QStringList &) { return false; }));
    QVERIFY(!reports.wasCanceled());
}

void TestReports::saveFailures()
{
    Reports reports(*m_store);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("services.csv"));
    QVERIFY2(reports.saveCsv(ReportKind::Services, good, CsvOptions()), qPrintable(reports.errorString()));
    const FileSnapshot before = FileSnapshot::of(good);
    QVERIFY(before.bytes.startsWith("name,url,"));

    // The parent is a file: nothing can be created there.
    QVERIFY(!reports.saveCsv(ReportKind::Services, good + QStringLiteral("/x.csv"), CsvOptions()));
    QVERIFY2(reports.errorString().startsWith(QStringLiteral("Cannot write ")), qPrintable(reports.errorString()));

    // A disk that fills up while writing (a file size limit): the old file stays whole.
    {
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool ok = reports.saveCsv(ReportKind::Contacts, good, CsvOptions());
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!ok);
        QVERIFY2(reports.errorString().contains(good), qPrintable(reports.errorString()));
        QVERIFY(FileSnapshot::of(good) == before);
        QCOMPARE(test::folderEntries(dir.path()), QStringList{QStringLiteral("services.csv")});
    }

    // A device that is full: written directly (QSaveFile would replace the device
    // node with a file), and the failure reported. As root, a private copy of
    // /dev/full, so that a mistake cannot replace the real one.
    QString full = QStringLiteral("/dev/full");
    if (geteuid() == 0) {
        full = dir.filePath(QStringLiteral("full"));
        QCOMPARE(mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)), 0);
    }
    QVERIFY(!reports.saveCsv(ReportKind::Services, full, CsvOptions()));
    QVERIFY2(reports.errorString().contains(QStringLiteral("No space left")), qPrintable(reports.errorString()));
    QVERIFY(!QFileInfo(full).isFile());

    // A read-only folder (root may write anyway).
    QTemporaryDir locked;
    const QString inLocked = locked.filePath(QStringLiteral("r.csv"));
    QVERIFY(reports.saveCsv(ReportKind::Hosts, inLocked, CsvOptions()));
    const FileSnapshot lockedBefore = FileSnapshot::of(inLocked);
    QVERIFY(QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const bool wrote = reports.saveCsv(ReportKind::Services, inLocked, CsvOptions());
    QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders");
    QVERIFY(!wrote);
    QVERIFY(FileSnapshot::of(inLocked) == lockedBefore);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
