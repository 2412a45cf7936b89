// Northwind Trading (tests/data/realistic): a small inventory with the shapes real ones
// have, imported from its CSV files as a user would, then asked the questions users ask.
// Runs on both backends (tst_realistic, tst_realistic_pg).

#include "ContactResolver.h"
#include "Database.h"
#include "Impact.h"
#include "Importer.h"
#include "Reports.h"
#include "Store.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;

namespace {

const QStringList kFiles{QStringLiteral("providers.csv"), QStringLiteral("hosts.csv"),
                         QStringLiteral("contacts.csv"),  QStringLiteral("services.csv"),
                         QStringLiteral("links.csv"),     QStringLiteral("assignments.csv")};

QString dataDir()
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic");
}

} // namespace

class TestRealistic final : public QObject
{
    Q_OBJECT

private:
    /// A new inventory at @p location with Northwind's statuses and files imported.
    bool build(const QString &location, std::unique_ptr<Database> *db, std::unique_ptr<Store> *store, QString *error);
    qint64 id(const QString &name);
    QStringList impactOf(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init();
    void cleanup();

    void everythingIsImported();
    void servicesRunOnSeveralHostsAndHostsWithoutProvider();
    void aliasesAndTagsFindThings();
    void whoToContactWalksEveryHost();
    void impactFollowsTheGraph();
    void gapsFollowTheGraph();
    void everyReportRoundTripsByteForByte();
};

bool TestRealistic::build(const QString &location, std::unique_ptr<Database> *db, std::unique_ptr<Store> *store,
                          QString *error)
{
    if (!test::createEmpty(location, QStringLiteral("Northwind Trading"), error))
        return false;
    *db = std::make_unique<Database>();
    if (!(*db)->open(location)) {
        *error = (*db)->errorString();
        return false;
    }
    *store = std::make_unique<Store>(**db);
    return (*store)->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, error) &&
           (*store)->defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, error);
}

void TestRealistic::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = test::scratchInventory(*m_dir, QStringLiteral("northwind"));
    QString error;
    QVERIFY2(build(m_location, &m_db, &m_store, &error), qPrintable(error));
    Importer importer(*m_store);
    for (const QString &file : kFiles)
        importer.addFile(QDir(dataDir()).filePath(file));
    const bool ok = importer.commit();
    for (const ImportError &e : importer.errors())
        qWarning("%s", qPrintable(e.format()));
    QVERIFY2(ok, qPrintable(importer.errorString()));
}

void TestRealistic::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestRealistic::id(const QString &name)
{
    const QVector<Item> found = test::must(m_store->findItemsByName(name, test::readError()));
    return found.isEmpty() ? 0 : found.first().id;
}

QStringList TestRealistic::impactOf(const QString &name)
{
    Impact impact;
    QString error;
    if (!impact.load(*m_store, &error))
        return {error};
    QStringList lines;
    for (const ImpactedItem &item : impact.of({id(name)}).affected)
        lines << item.pathText;
    return lines;
}

void TestRealistic::everythingIsImported()
{
    QCOMPARE(test::must(m_store->countItems(ItemKind::Provider, test::readError())), 5);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Host, test::readError())), 10);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Service, test::readError())), 18);
    QCOMPARE(test::must(m_store->contacts(test::readError())).size(), 9);
    // Fifteen rows of the links file and twenty served through (two for each of ten services).
    QCOMPARE(test::must(m_store->allLinks(test::readError())).size(), 35);
    QVERIFY(m_db->check().isEmpty());
}

void TestRealistic::servicesRunOnSeveralHostsAndHostsWithoutProvider()
{
    const Item pg = test::must(m_store->item(id(QStringLiteral("postgres-main")), test::readError()));
    QCOMPARE(pg.parentId, id(QStringLiteral("db-1")));
    QCOMPARE(pg.alsoOn, (QVector<qint64>{id(QStringLiteral("db-2")), id(QStringLiteral("db-3"))}));
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    QCOMPARE(test::must(m_store->item(id(QStringLiteral("legacy-box")), test::readError())).parentId, org);
    QCOMPARE(test::must(m_store->item(id(QStringLiteral("newsletter")), test::readError())).parentId, org);
    // Notes keep their line breaks.
    QCOMPARE(pg.notes, QStringLiteral("Port 5432.\nFailover is automatic; tell #ops anyway."));
}

void TestRealistic::aliasesAndTagsFindThings()
{
    QCOMPARE(id(QStringLiteral("help.northwind.example")), id(QStringLiteral("docs.northwind.example")));
    QCOMPARE(id(QStringLiteral("PG-MAIN")), id(QStringLiteral("postgres-main")));
    QVERIFY(id(QStringLiteral("docs.northwind.example")) > 0);
    QVector<qint64> staging = test::must(m_store->itemsTagged(QStringLiteral("env=staging"), test::readError()));
    std::sort(staging.begin(), staging.end());
    QVector<qint64> expected{id(QStringLiteral("staging-1")), id(QStringLiteral("www-staging.northwind.example")),
                             id(QStringLiteral("postgres-staging"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(staging, expected);
    QCOMPARE(test::must(m_store->itemsTagged(QStringLiteral("pci"), test::readError())).size(), 2);
}

void TestRealistic::whoToContactWalksEveryHost()
{
    ContactResolver resolver(*m_store);
    const QVector<ResolvedContact> contacts =
        test::must(resolver.resolve(id(QStringLiteral("www.northwind.example")), test::readError()));
    QStringList lines;
    for (const ResolvedContact &c : contacts)
        lines << c.contact.name + QStringLiteral(": ") + c.reason;
    // Its own, then both hosts' (the team once, for both), then the provider's, then escalation.
    QCOMPARE(lines, (QStringList{QStringLiteral("Web team: owner of www.northwind.example"),
                                 QStringLiteral("Alice Moreau: maintainer of www.northwind.example"),
                                 QStringLiteral("Platform team: inherited from app-1 (owner); inherited from app-2 "
                                                "(owner)"),
                                 QStringLiteral("Chandra Rao: inherited from DigitalOcean (owner)"),
                                 QStringLiteral("ops@northwind.example: escalation: Platform team"),
                                 QStringLiteral("#ops: escalation: Platform team")}));
}

void TestRealistic::impactFollowsTheGraph()
{
    // A database host: the cluster on it, the five services that use the cluster, and
    // the two that use one of those.
    QCOMPARE(impactOf(QStringLiteral("db-1")),
             (QStringList{
                 QStringLiteral("accounts.northwind.example → depends on postgres-main → runs on db-1"),
                 QStringLiteral("api.northwind.example → depends on postgres-main → runs on db-1"),
                 QStringLiteral("blog.northwind.example → depends on postgres-main → runs on db-1"),
                 QStringLiteral("partners.northwind.example → depends on api.northwind.example → depends on "
                                "postgres-main → runs on db-1"),
                 QStringLiteral("postgres-main → runs on db-1"),
                 QStringLiteral("search.northwind.example → depends on api.northwind.example → depends on "
                                "postgres-main → runs on db-1"),
                 QStringLiteral("shop.northwind.example → depends on postgres-main → runs on db-1"),
                 QStringLiteral("www.northwind.example → depends on postgres-main → runs on db-1"),
             }));
    // A load balancer: every service served through haproxy.
    const QStringList lb = impactOf(QStringLiteral("lb-2"));
    QCOMPARE(lb.size(), 11);
    QVERIFY(lb.contains(QStringLiteral("docs.northwind.example → served through haproxy → runs on lb-2")));
    // Backups and configuration carry no failure.
    QCOMPARE(impactOf(QStringLiteral("backups-s3")), QStringList{});
    // The registrar: the organisation's domains, so everything in it.
    const QStringList gandi = impactOf(QStringLiteral("Gandi"));
    QVERIFY2(gandi.contains(QStringLiteral("Northwind Trading → domains registered at Gandi")),
             qPrintable(gandi.join(QLatin1Char('\n'))));
}

void TestRealistic::gapsFollowTheGraph()
{
    Reports reports(*m_store);
    QVector<QStringList> rows;
    QVERIFY2(reports.rows(ReportKind::Gaps, &rows), qPrintable(reports.errorString()));
    QStringList gaps;
    for (const QStringList &row : std::as_const(rows))
        gaps << row.mid(0, 2).join(QLatin1Char(' '));
    QVERIFY2(gaps.contains(QStringLiteral("no-placement newsletter")), qPrintable(gaps.join(QLatin1Char('\n'))));
    QVERIFY2(gaps.contains(QStringLiteral("host-needs-move intranet")), qPrintable(gaps.join(QLatin1Char('\n'))));
    QVERIFY2(!gaps.contains(QStringLiteral("dependency-cycle")), qPrintable(gaps.join(QLatin1Char('\n'))));

    // A cycle made by hand is reported, not refused.
    Link back;
    back.fromItem = id(QStringLiteral("api.northwind.example"));
    back.toItem = id(QStringLiteral("search.northwind.example"));
    back.type = QStringLiteral("depends_on");
    QVERIFY(m_store->addLink(back, test::readError()));
    QVERIFY2(reports.rows(ReportKind::Gaps, &rows), qPrintable(reports.errorString()));
    bool cycle = false;
    for (const QStringList &row : std::as_const(rows))
        cycle = cycle || row.first() == QLatin1String("dependency-cycle");
    QVERIFY(cycle);
}

void TestRealistic::everyReportRoundTripsByteForByte()
{
    // Exported, imported into a new inventory, exported again: the same bytes.
    const QVector<ReportKind> kinds{ReportKind::Providers, ReportKind::Hosts,       ReportKind::Contacts,
                                    ReportKind::Services,  ReportKind::Assignments, ReportKind::Links};
    const auto exportAll = [&kinds](Store &store) {
        QHash<ReportKind, QByteArray> files;
        Reports reports(store);
        for (ReportKind kind : kinds) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (!reports.writeCsv(kind, &buffer, CsvOptions()))
                qWarning("%s", qPrintable(reports.errorString()));
            files.insert(kind, buffer.data());
        }
        return files;
    };
    const QHash<ReportKind, QByteArray> first = exportAll(*m_store);
    for (ReportKind kind : kinds)
        QVERIFY(first.value(kind).count('\n') > 1);

    const QString again = test::scratchInventory(*m_dir, QStringLiteral("again"));
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    QString error;
    QVERIFY2(build(again, &db, &store, &error), qPrintable(error));
    Importer importer(*store);
    for (ReportKind kind : kinds)
        importer.addData(Reports::key(kind) + QStringLiteral(".csv"), first.value(kind));
    const bool ok = importer.commit();
    for (const ImportError &e : importer.errors())
        qWarning("%s", qPrintable(e.format()));
    QVERIFY2(ok, qPrintable(importer.errorString()));
    const QHash<ReportKind, QByteArray> second = exportAll(*store);
    for (ReportKind kind : kinds)
        QCOMPARE(second.value(kind), first.value(kind));
}

QTEST_GUILESS_MAIN(TestRealistic)
#include "tst_realistic.moc"
