// Backstage catalogs (issue 21, section 5): the YAML front end of the importer
// (BackstageImport) and the export (BackstageExport). Export -> import into an empty
// inventory -> export gives the same bytes on the example and on Northwind; the
// hand-written catalog of tests/data/backstage imports; every problem is reported at
// FILE:LINE:COLUMN with nothing imported; dry run, undo, history and idempotence are
// the importer's. Runs on both backends (tst_backstage, tst_backstage_pg).

#include "BackstageCatalog.h"
#include "BackstageExport.h"
#include "Database.h"
#include "Importer.h"
#include "Reports.h"
#include "Store.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <memory>

using namespace steward;

namespace {

const QVector<ReportKind> kKinds{ReportKind::Providers, ReportKind::Hosts,       ReportKind::Contacts,
                                 ReportKind::Services,  ReportKind::Assignments, ReportKind::Links};

QString dataDir(const QString &sub)
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/") + sub;
}

QString data(const QString &name)
{
    return dataDir(QStringLiteral("backstage/") + name);
}

/// Every import report as CSV: the inventory as the importer sees it.
QString reportsOf(Store &store)
{
    QString all;
    Reports reports(store);
    for (ReportKind kind : kKinds) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!reports.writeCsv(kind, &buffer, CsvOptions()))
            return reports.errorString();
        all += Reports::key(kind) + QLatin1Char('\n') + QString::fromUtf8(buffer.data());
    }
    return all;
}

QByteArray catalogOf(Store &store)
{
    BackstageExport exporter(store);
    QByteArray catalog;
    if (!exporter.run(&catalog))
        qWarning("%s", qPrintable(exporter.errorString()));
    return catalog;
}

/// An inventory: the database and its store.
struct Inventory
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    bool open(const QString &location, QString *error)
    {
        db = std::make_unique<Database>();
        if (!db->open(location)) {
            *error = db->errorString();
            return false;
        }
        store = std::make_unique<Store>(*db);
        return true;
    }
};

QString errorsOf(const Importer &importer)
{
    QStringList lines;
    for (const ImportError &e : importer.errors())
        lines << e.format();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + importer.errorString();
}

/// Whether some plain (unquoted) scalar of @p node is one that a YAML 1.2 reader (as
/// Backstage's) takes for a number, a boolean or null, where text is meant.
bool hasAmbiguousScalar(const YAML::Node &node)
{
    if (node.IsScalar())
        return node.Tag() == "?" && backstage::needsQuotes(QString::fromStdString(node.Scalar()));
    if (node.IsSequence()) {
        for (const YAML::Node &element : node) {
            if (hasAmbiguousScalar(element))
                return true;
        }
    }
    if (node.IsMap()) {
        for (const auto &pair : node) {
            if (hasAmbiguousScalar(pair.second))
                return true;
        }
    }
    return false;
}

QString ref(const YAML::Node &node, const char *defaultKind)
{
    QString text = QString::fromStdString(node.as<std::string>());
    backstage::EntityRef r;
    QString why;
    if (!backstage::parseRef(text, QLatin1String(defaultKind), &r, &why))
        return QStringLiteral("BAD ") + text;
    return r.key();
}

} // namespace

class TestBackstage final : public QObject
{
    Q_OBJECT

private:
    /// A new, empty inventory (organisation @p organisation) with Northwind's statuses.
    bool empty(const QString &name, const QString &organisation, Inventory *inventory, QString *error,
               QString *where = nullptr);
    /// Exports @p from, imports that into an empty inventory, exports again: the same
    /// catalog and the same reports; a second import changes nothing.
    void roundTrip(Store &from, const QString &organisation);
    /// What Backstage requires of a catalog, checked document by document.
    void checkBackstageAccepts(const QByteArray &catalog);

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();
    void cleanup();

    void names();
    void roundTripOfTheExample();
    void roundTripOfNorthwind();
    void roundTripOfHostileValues();
    void handWrittenCatalogImports();
    void badDocumentNamesFileAndLineAndNothingIsImported();
    void problemsAreReportedAtLineAndColumn_data();
    void problemsAreReportedAtLineAndColumn();
    void dryRunWritesNothingAndUndoTakesItAllBack();
    void commandLine();
    void compoundReferencesAndNamespaces();
    void whatADocumentDoesNotSayIsLeftAlone();
    void referencesToTheInventoryByExportedNames();
    void intoAnInventoryWhoseOrganisationHasAnotherName();
};

void TestBackstage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackstage::cleanup()
{
    m_dir.reset();
}

bool TestBackstage::empty(const QString &name, const QString &organisation, Inventory *inventory, QString *error,
                          QString *where)
{
    const QString location = test::scratchInventory(*m_dir, name);
    if (where)
        *where = location;
    return test::createEmpty(location, organisation, error) && inventory->open(location, error) &&
           inventory->store->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, error) &&
           inventory->store->defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, error);
}

void TestBackstage::checkBackstageAccepts(const QByteArray &catalog)
{
    const std::vector<YAML::Node> docs = YAML::LoadAll(catalog.toStdString());
    QVERIFY(docs.size() > 5);
    QSet<QString> entities;
    for (const YAML::Node &doc : docs) {
        const QString kind = QString::fromStdString(doc["kind"].as<std::string>());
        const QString name = QString::fromStdString(doc["metadata"]["name"].as<std::string>());
        QVERIFY2(backstage::isValidName(name), qPrintable(name));
        const QString key = kind.toLower() + QStringLiteral(":default/") + name.toLower();
        QVERIFY2(!entities.contains(key), qPrintable(key));
        entities.insert(key);
    }
    for (const YAML::Node &doc : docs) {
        QCOMPARE(doc["apiVersion"].as<std::string>(), std::string("backstage.io/v1alpha1"));
        const std::string kind = doc["kind"].as<std::string>();
        const YAML::Node metadata = doc["metadata"], spec = doc["spec"];
        const QString what = QString::fromStdString(kind + " " + metadata["name"].as<std::string>());
        QVERIFY2(!hasAmbiguousScalar(doc), qPrintable(what));
        // Tags valid, annotations text under a valid key, links with a URL.
        if (metadata["tags"]) {
            for (const YAML::Node &t : metadata["tags"])
                QVERIFY2(backstage::isValidTag(QString::fromStdString(t.as<std::string>())), qPrintable(what));
        }
        if (metadata["annotations"]) {
            for (const auto &pair : metadata["annotations"]) {
                // Text, and (unquoted) nothing YAML would read as a number, a boolean or null.
                QVERIFY2(pair.second.IsScalar(), qPrintable(what));
                QVERIFY2(pair.second.Tag() != "?" ||
                             !backstage::needsQuotes(QString::fromStdString(pair.second.Scalar())),
                         qPrintable(what));
                QVERIFY(QString::fromStdString(pair.first.as<std::string>()).startsWith(QLatin1String("steward.io/")));
            }
        }
        if (metadata["links"]) {
            for (const YAML::Node &l : metadata["links"])
                QVERIFY2(!l["url"].as<std::string>().empty(), qPrintable(what));
        }
        // What each kind requires, and every reference names an entity of the catalog.
        const auto known = [&](const QString &key) { return entities.contains(key); };
        if (kind == "Component" || kind == "Resource" || kind == "System") {
            QVERIFY2(spec["owner"].IsScalar(), qPrintable(what));
            const QString owner = ref(spec["owner"], "group");
            QVERIFY2(known(owner) || owner == QLatin1String("group:default/unknown"), qPrintable(what + owner));
        }
        if (kind == "Component") {
            QVERIFY(spec["type"].IsScalar() && spec["lifecycle"].IsScalar());
        }
        if (kind == "Resource" || kind == "Group")
            QVERIFY(spec["type"].IsScalar());
        if (kind == "Group")
            QVERIFY(spec["children"].IsSequence());
        for (const char *field : {"dependsOn", "members", "memberOf"}) {
            if (!spec[field])
                continue;
            for (const YAML::Node &r : spec[field]) {
                const QString key = ref(r, std::string(field) == "memberOf" ? "group" : "user");
                QVERIFY2(known(key), qPrintable(what + QLatin1Char(' ') + key));
            }
        }
        if (spec["system"])
            QVERIFY2(known(ref(spec["system"], "system")), qPrintable(what));
    }
}

void TestBackstage::roundTrip(Store &from, const QString &organisation)
{
    const QByteArray first = catalogOf(from);
    checkBackstageAccepts(first);
    Inventory again;
    QString error;
    QVERIFY2(empty(QStringLiteral("again"), organisation, &again, &error), qPrintable(error));
    Importer importer(*again.store);
    importer.addData(QStringLiteral("catalog-info.yaml"), first);
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    const QByteArray second = catalogOf(*again.store);
    if (second != first) {
        const QList<QByteArray> a = first.split('\n'), b = second.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a.at(i) != b.at(i))
                QFAIL(qPrintable(QStringLiteral("line %1 differs:\n%2\n%3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        }
        QFAIL("the catalogs differ in length");
    }
    // Lossless: what the importer reads of the inventory is the same too.
    QCOMPARE(reportsOf(*again.store), reportsOf(from));
    // Idempotent: importing it again changes nothing.
    Importer twice(*again.store);
    twice.addData(QStringLiteral("catalog-info.yaml"), first);
    QVERIFY2(twice.commit(), qPrintable(errorsOf(twice)));
    QCOMPARE(twice.count(ImportRow::Action::Create), 0);
    QCOMPARE(twice.count(ImportRow::Action::Change), 0);
    QVERIFY(twice.count(ImportRow::Action::Unchanged) > 0);
    QCOMPARE(catalogOf(*again.store), first);
}

void TestBackstage::names()
{
    QVERIFY(backstage::isValidName(QStringLiteral("a")));
    QVERIFY(backstage::isValidName(QStringLiteral("docs.python.org")));
    QVERIFY(backstage::isValidName(QStringLiteral("A_b-C.9")));
    QVERIFY(backstage::isValidName(QString(63, QLatin1Char('x'))));
    QVERIFY(!backstage::isValidName(QString(64, QLatin1Char('x'))));
    QVERIFY(!backstage::isValidName(QString()));
    QVERIFY(!backstage::isValidName(QStringLiteral("-a")));
    QVERIFY(!backstage::isValidName(QStringLiteral("a-")));
    QVERIFY(backstage::isValidName(QStringLiteral("a--b"))); // as Backstage's isValidObjectName
    QVERIFY(!backstage::isValidName(QStringLiteral("a/b")));
    QVERIFY(!backstage::isValidName(QStringLiteral("a b")));
    QVERIFY(!backstage::isValidName(QStringLiteral("zoë")));
    QCOMPARE(backstage::toName(QStringLiteral("Marc-André Lemburg")), QStringLiteral("marc-andre-lemburg"));
    QCOMPARE(backstage::toName(QStringLiteral("#python-infra")), QStringLiteral("python-infra"));
    QCOMPARE(backstage::toName(QStringLiteral("ops@example.org")), QStringLiteral("ops-example.org"));
    QCOMPARE(backstage::toName(QStringLiteral("Benjamin W. Smith")), QStringLiteral("benjamin-w.smith"));
    QCOMPARE(backstage::toName(QStringLiteral("★")), QStringLiteral("unnamed"));
    QCOMPARE(backstage::toName(QString(100, QLatin1Char('y'))).size(), 63);
    QVERIFY(backstage::isValidName(backstage::toName(QString(62, QLatin1Char('y')) + QStringLiteral(" z"))));
    QVERIFY(backstage::isValidTag(QStringLiteral("java")));
    QVERIFY(backstage::isValidTag(QStringLiteral("c++")));
    QVERIFY(!backstage::isValidTag(QStringLiteral("env=prod")));
    QVERIFY(!backstage::isValidTag(QStringLiteral("Java")));
    backstage::EntityRef r;
    QString why;
    QVERIFY(backstage::parseRef(QStringLiteral("team-a"), QStringLiteral("group"), &r, &why));
    QCOMPARE(r.key(), QStringLiteral("group:default/team-a"));
    QVERIFY(backstage::parseRef(QStringLiteral("Component:Prod/Web"), QStringLiteral("group"), &r, &why));
    QCOMPARE(r.key(), QStringLiteral("component:prod/web"));
    QVERIFY(!backstage::parseRef(QStringLiteral("web"), QString(), &r, &why)); // dependsOn needs the kind
    QVERIFY(!backstage::parseRef(QStringLiteral("user:a b"), QString(), &r, &why));
}

void TestBackstage::roundTripOfTheExample()
{
    const QString location = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Inventory psf;
    QVERIFY2(psf.open(location, &error), qPrintable(error));
    roundTrip(*psf.store, QStringLiteral("Python Software Foundation"));
}

void TestBackstage::roundTripOfNorthwind()
{
    Inventory northwind;
    QString error;
    QVERIFY2(empty(QStringLiteral("northwind"), QStringLiteral("Northwind Trading"), &northwind, &error),
             qPrintable(error));
    Importer importer(*northwind.store);
    for (const QString &file : QDir(dataDir(QStringLiteral("realistic"))).entryList({QStringLiteral("*.csv")}))
        importer.addFile(QDir(dataDir(QStringLiteral("realistic"))).filePath(file));
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    const QByteArray catalog = catalogOf(*northwind.store);
    // Some of what the catalog says natively, as Backstage shows it.
    QVERIFY(catalog.contains("kind: Group\nmetadata:\n  name: web-team\n"));
    QVERIFY(catalog.contains("  dependsOn:\n    - component:postgres-main\n"));
    QVERIFY(catalog.contains("  memberOf:\n    - group:web-team\n"));
    // The team's lead is spec.leader: its members need no annotation.
    QVERIFY(
        catalog.contains("  leader: user:alice-moreau\n  members:\n    - user:alice-moreau\n    - user:bob-tanaka\n"));
    QVERIFY(!catalog.contains("steward.io/members"));
    roundTrip(*northwind.store, QStringLiteral("Northwind Trading"));
}

void TestBackstage::roundTripOfHostileValues()
{
    // Names Backstage refuses, clashing once made valid, YAML's own words, line breaks,
    // quotes, a team with a lead, a status Backstage has no lifecycle for, a system.
    Inventory hostile;
    QString error;
    QVERIFY2(empty(QStringLiteral("hostile"), QStringLiteral("Acme & Co: \"the\" org"), &hostile, &error),
             qPrintable(error));
    Importer importer(*hostile.store);
    importer.addData(QStringLiteral("providers.csv"), "name,kind,full_name,status,notes,tags\n"
                                                      "db,vm,,,\"a\r\nb\",yes; env=prod\n"
                                                      "true,dns,False,read-only,null,123\n");
    importer.addData(QStringLiteral("hosts.csv"), "name,provider,kind,hostname,tags\n"
                                                  "db,db,physical,db.example.org,system=Core Ledger\n"
                                                  "DB 2,,vm,,\n");
    importer.addData(QStringLiteral("contacts.csv"),
                     "name,kind,addresses,members,notes\n"
                     "Zoë Ünal,person,\"email: zoe@example.org | work\nphone: +1 555\",,\"- not a list\"\n"
                     "#ops,chat_channel,slack: #ops,,\n"
                     "Ops,team,email: ops@example.org,\"lead: Zoë Ünal\nmember: #ops | on call\",\n"
                     "~,person,,,\n");
    importer.addData(QStringLiteral("services.csv"),
                     "name,status,hosts,served_through,url,source_url,aliases,tags\n"
                     "1e3,redirect,db; DB 2,true,https://x.example.org/?a=1&b='2',,\"x: y\",system=Core Ledger; "
                     "c++\n"
                     "payments: main,,,,,,,\n"
                     "ledger,legacy,db,,,https://git.example.org/ledger,,system=Core Ledger\n");
    importer.addData(QStringLiteral("assignments.csv"),
                     "item,item_kind,contact,role,priority,note,valid_from,valid_until\n"
                     "\"Acme & Co: \"\"the\"\" org\",organisation,Ops,escalation,primary,\"say \"\"hi\"\"\",,\n"
                     "ledger,service,Ops,owner,primary,,,\n"
                     "1e3,service,~,maintainer,inactive,,2026-01-01,2027-12-31\n"
                     "1e3,service,Zoë Ünal,owner,secondary,\"line\nbreak\",,\n"
                     "db,host,#ops,contact,primary,,,\n");
    importer.addData(QStringLiteral("links.csv"), "from,from_kind,type,to,to_kind,note\n"
                                                  "ledger,service,depends_on,1e3,service,\n"
                                                  "1e3,service,depends_on,ledger,service,\"why: \"\"because\"\"\"\n"
                                                  "payments: main,service,depends_on,db,host,\n"
                                                  "payments: main,service,depends_on,true,provider,\n");
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    const QByteArray catalog = catalogOf(*hostile.store);
    // Both "db"s are Resources: the second takes "-2"; the real names stay.
    QVERIFY(catalog.contains("  name: db\n"));
    QVERIFY(catalog.contains("  name: db-2\n"));
    QVERIFY(catalog.contains("  name: \"true\"\n"));
    QVERIFY(catalog.contains("  name: \"1e3\"\n"));
    QVERIFY(catalog.contains("    displayName: \"~\"\n"));
    QVERIFY(catalog.contains("  name: payments-main\n  title: \"payments: main\"\n"));
    QVERIFY(catalog.contains("kind: System\nmetadata:\n  name: core-ledger\n  title: Core Ledger\n"));
    roundTrip(*hostile.store, QStringLiteral("Acme & Co: \"the\" org"));
}

void TestBackstage::handWrittenCatalogImports()
{
    Inventory inventory;
    QString error;
    QVERIFY2(empty(QStringLiteral("hand"), QStringLiteral("Example"), &inventory, &error), qPrintable(error));
    const qsizetype historyBefore = test::must(inventory.store->history(0, 0, test::readError())).size();
    Importer importer(*inventory.store);
    importer.addFile(dataDir(QStringLiteral("backstage/catalog-info.yaml")));
    importer.addFile(dataDir(QStringLiteral("backstage/org.yaml")));
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    QCOMPARE(importer.count(ImportRow::Action::Create), 14);
    const QString reports = reportsOf(*inventory.store);
    // Resources: a database as a provider, a server as a host (with a Steward annotation).
    QVERIFY2(reports.contains(QStringLiteral("payments-db,other,,,,,,,active,")), qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral(",pay-01,vm,pay-01.example.com,active,")), qPrintable(reports));
    // Components: services, with their lifecycle as status, first link, tags and system.
    QVERIFY2(reports.contains(QStringLiteral("Payments API,https://payments.example.com,active,")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("java; payments; system=payments")), qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("checkout-web,,staging,")), qPrintable(reports));
    // The team with its members (one from spec.members, one from the user's memberOf),
    // people by their display names with their email.
    QVERIFY2(reports.contains(QStringLiteral("Payments team,team,,email: payments@example.com,\"member: Jenny Doe\n"
                                             "member: Raj Smith\",Builds and runs everything that takes money.")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("Jenny Doe,person,,email: jenny.doe@example.com,")), qPrintable(reports));
    // Owners as assignments; dependsOn as links.
    QVERIFY2(reports.contains(QStringLiteral("Payments API,service,Payments team,owner,primary,")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("checkout-web,service,Jenny Doe,owner,primary,")), qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("pay-01,host,Raj Smith,owner,primary,")), qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("Payments API,service,depends_on,payments-db,provider,")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("Payments API,service,depends_on,pay-01,host,")), qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("checkout-web,service,depends_on,Payments API,service,")),
             qPrintable(reports));
    // One history batch; the second time nothing changes.
    const QVector<HistoryEntry> history = test::must(inventory.store->history(0, 0, test::readError()));
    const qsizetype added = history.size() - historyBefore;
    QVERIFY(added >= 14);
    for (qsizetype i = 0; i < added; ++i) {
        QCOMPARE(history.at(i).batchId, importer.undoData().batchId);
        QCOMPARE(history.at(i).label, QStringLiteral("Import catalog-info.yaml, org.yaml"));
    }
    Importer again(*inventory.store);
    again.addFile(dataDir(QStringLiteral("backstage/org.yaml")));
    again.addFile(dataDir(QStringLiteral("backstage/catalog-info.yaml")));
    QVERIFY2(again.commit(), qPrintable(errorsOf(again)));
    QCOMPARE(again.count(ImportRow::Action::Unchanged), 14);
    QCOMPARE(reportsOf(*inventory.store), reports);
}

void TestBackstage::badDocumentNamesFileAndLineAndNothingIsImported()
{
    Inventory inventory;
    QString error;
    QVERIFY2(empty(QStringLiteral("bad"), QStringLiteral("Example"), &inventory, &error), qPrintable(error));
    const QString before = reportsOf(*inventory.store);
    const qsizetype historyBefore = test::must(inventory.store->history(0, 0, test::readError())).size();
    Importer importer(*inventory.store);
    const QString bad = dataDir(QStringLiteral("backstage/bad/catalog-info.yaml"));
    importer.addFile(bad);
    importer.addFile(dataDir(QStringLiteral("backstage/bad/org.yaml")));
    QVERIFY(!importer.commit());
    QCOMPARE(importer.errors().size(), 1);
    QCOMPARE(importer.errors().first().format(),
             QDir::toNativeSeparators(bad) + QStringLiteral(":49:7: Component \"checkout-web\", spec.dependsOn: no "
                                                            "resource:default/ledger-db in the catalog"));
    QCOMPARE(importer.errorString(), QStringLiteral("1 error(s); nothing was imported."));
    QCOMPARE(reportsOf(*inventory.store), before);
    QCOMPARE(test::must(inventory.store->history(0, 0, test::readError())).size(), historyBefore);
}

void TestBackstage::problemsAreReportedAtLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::addColumn<QString>("expected");
    const QByteArray team = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\n"
                            "spec:\n  type: team\n  children: []\n";
    QTest::newRow("yaml syntax") << (team + "---\nkind: Component\nmetadata: {name: [x\n")
                                 << QStringLiteral("c.yaml:11:1: not valid YAML: end of sequence flow not found");
    // A hostile nesting is refused by yaml-cpp's guard before it exhausts the stack.
    QTest::newRow("nested too deep")
        << (team + "---\nkind: Component\nmetadata: {name: " + QByteArray(600, '[') + QByteArray(600, ']') + "}\n")
        << QStringLiteral("c.yaml:10:1218: not valid YAML: nested more than 500 levels deep");
    QTest::newRow("unknown kind")
        << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: Template\nmetadata:\n  name: x\n")
        << QStringLiteral("c.yaml:10:7: kind: unknown kind \"Template\"; Steward imports Component, Resource, "
                          "System, Group, User");
    QTest::newRow("missing name") << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n"
                                             "  title: Somebody\nspec: {}\n")
                                  << QStringLiteral("c.yaml:12:3: User, metadata.name: the name is required");
    QTest::newRow("invalid name") << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n"
                                             "  name: jenny doe\n")
                                  << QStringLiteral("c.yaml:12:9: User \"jenny doe\", metadata.name: \"jenny doe\" is "
                                                    "not a Backstage name: 1 to 63 letters, digits, - _ and ., "
                                                    "beginning and ending with a letter or a digit");
    QTest::newRow("owner names nobody")
        << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n"
                   "spec:\n  type: service\n  lifecycle: production\n  owner: group:team-b\n")
        << QStringLiteral("c.yaml:16:10: Component \"web\", spec.owner: unknown contact \"team-b\"");
    QTest::newRow("owner is a component")
        << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n"
                   "spec:\n  type: service\n  owner: component:web\n")
        << QStringLiteral("c.yaml:15:10: Component \"web\", spec.owner: component:default/web is not a group or a "
                          "user");
    QTest::newRow("dependsOn unknown")
        << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n"
                   "spec:\n  owner: team-a\n  dependsOn: [resource:db]\n")
        << QStringLiteral("c.yaml:15:15: Component \"web\", spec.dependsOn: no resource:default/db in the catalog");
    QTest::newRow("dependsOn without kind")
        << (team + "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n"
                   "spec:\n  owner: team-a\n  dependsOn:\n    - db\n")
        << QStringLiteral("c.yaml:16:7: Component \"web\", spec.dependsOn: \"db\" names no kind; write it as "
                          "kind:name (component:payments)");
    QTest::newRow("member names nobody")
        << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\n"
                      "spec:\n  type: team\n  children: []\n  members:\n    - jdoe\n")
        << QStringLiteral("c.yaml:9:5: Group \"team-a\", spec.members: unknown contact \"jdoe\"");
    QTest::newRow("twice") << (team + "---\n" + team)
                           << QStringLiteral("c.yaml:12:9: Group \"team-a\", metadata.name: group:default/team-a is "
                                             "in the catalog twice (also at c.yaml:1)");
    QTest::newRow("same name twice")
        << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\nspec:\n"
                      "  type: service\n  lifecycle: production\n---\napiVersion: backstage.io/v1alpha1\n"
                      "kind: Component\nmetadata:\n  name: web2\n  annotations:\n    steward.io/name: web\n")
        << QStringLiteral("c.yaml:14:22: Component \"web2\", steward.io/name: duplicate name \"web\": also on row 1");
    QTest::newRow("not Backstage") << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n")
                                   << QStringLiteral("c.yaml:1:13: apiVersion: \"v1\" is not a Backstage catalog "
                                                     "apiVersion (backstage.io/v1alpha1)");
    QTest::newRow("empty") << QByteArray("# nothing yet\n---\n")
                           << QStringLiteral("c.yaml:1:1: the catalog has no documents");
    QTest::newRow("a list") << QByteArray("- a\n- b\n")
                            << QStringLiteral("c.yaml:1:1: a catalog document is a map (apiVersion, kind, metadata, "
                                              "spec)");
    QTest::newRow("annotation not text")
        << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: db\n  annotations:\n"
                      "    steward.io/notes: [a, b]\nspec:\n  type: database\n  owner: x\n")
        << QStringLiteral("c.yaml:6:23: Resource \"db\", metadata.annotations: the annotation steward.io/notes "
                          "should be text");
    QTest::newRow("bad annotation value")
        << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: db\n  annotations:\n"
                      "    steward.io/kind: nuclear\nspec:\n  type: database\n")
        << QStringLiteral("c.yaml:6:22: Resource \"db\", steward.io/kind: unknown provider kind \"nuclear\"; use "
                          "hardware, vm, dns, registrar, cdn or other");
    QTest::newRow("bad lifecycle url")
        << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n  links:\n"
                      "    - url: not a url\nspec:\n  type: website\n  lifecycle: production\n")
        << QStringLiteral("c.yaml:6:12: Component \"web\", metadata.links: \"not a url\" is not a web address; it "
                          "should look like https://example.org/");
}

void TestBackstage::problemsAreReportedAtLineAndColumn()
{
    QFETCH(QByteArray, catalog);
    QFETCH(QString, expected);
    Inventory inventory;
    QString error;
    QVERIFY2(empty(QStringLiteral("problems"), QStringLiteral("Example"), &inventory, &error), qPrintable(error));
    const QString before = reportsOf(*inventory.store);
    Importer importer(*inventory.store);
    importer.addData(QStringLiteral("c.yaml"), catalog);
    QVERIFY(!importer.validate());
    QVERIFY(!importer.commit());
    QCOMPARE(errorsOf(importer).section(QLatin1Char('\n'), 0, 0), expected);
    QCOMPARE(importer.errors().size(), 1);
    QCOMPARE(reportsOf(*inventory.store), before);
}

void TestBackstage::dryRunWritesNothingAndUndoTakesItAllBack()
{
    Inventory inventory;
    QString error;
    QVERIFY2(empty(QStringLiteral("undo"), QStringLiteral("Example"), &inventory, &error), qPrintable(error));
    const QString before = reportsOf(*inventory.store);
    const qsizetype historyBefore = test::must(inventory.store->history(0, 0, test::readError())).size();
    const QStringList files{dataDir(QStringLiteral("backstage/catalog-info.yaml")),
                            dataDir(QStringLiteral("backstage/org.yaml"))};
    Importer dry(*inventory.store);
    for (const QString &file : files)
        dry.addFile(file);
    QVERIFY2(dry.validate(), qPrintable(errorsOf(dry)));
    QCOMPARE(dry.count(ImportRow::Action::Create), 14);
    // The preview's rows: each at its document's line.
    bool found = false;
    for (const ImportRow &row : dry.rows()) {
        if (row.name == QLatin1String("checkout-web") && row.format == ImportFormat::Services) {
            QCOMPARE(row.file, files.first());
            QCOMPARE(row.row, 37);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(reportsOf(*inventory.store), before);
    QCOMPARE(test::must(inventory.store->history(0, 0, test::readError())).size(), historyBefore);

    Importer importer(*inventory.store);
    for (const QString &file : files)
        importer.addFile(file);
    QVERIFY2(importer.commit(QStringLiteral("Import the catalog")), qPrintable(errorsOf(importer)));
    QVERIFY(reportsOf(*inventory.store) != before);
    QVERIFY2(Importer::undo(*inventory.store, importer.undoData(), &error), qPrintable(error));
    QCOMPARE(reportsOf(*inventory.store), before);
    const QVector<HistoryEntry> history = test::must(inventory.store->history(0, 0, test::readError()));
    QCOMPARE(history.first().label, QStringLiteral("Undo import"));
}

void TestBackstage::commandLine()
{
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    const auto steward = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(STEWARD_BINARY), arguments);
        Run run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
            return run;
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    };
    const QString psf = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(psf, &error), qPrintable(error));
    QByteArray expected;
    {
        Inventory inventory;
        QVERIFY2(inventory.open(psf, &error), qPrintable(error));
        expected = catalogOf(*inventory.store);
    }
    // steward export backstage: to standard output and to a file, the same bytes.
    Run run = steward({QStringLiteral("export"), QStringLiteral("backstage"), QStringLiteral("--db"), psf});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, expected);
    const QString file = m_dir->filePath(QStringLiteral("catalog-info.yaml"));
    run = steward({QStringLiteral("export"), QStringLiteral("backstage"), QStringLiteral("--db"), psf,
                   QStringLiteral("--output"), file});
    QCOMPARE(run.code, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected);
    run = steward({QStringLiteral("export"), QStringLiteral("backstage"), QStringLiteral("--excel"),
                   QStringLiteral("--db"), psf});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--excel is for CSV")), qPrintable(run.err));

    // steward import --dry-run: each row at its document's line; nothing written.
    Inventory target;
    QString location;
    QVERIFY2(empty(QStringLiteral("cli"), QStringLiteral("Example"), &target, &error, &location), qPrintable(error));
    const QString before = reportsOf(*target.store);
    run = steward({QStringLiteral("import"), QStringLiteral("--dry-run"), data(QStringLiteral("catalog-info.yaml")),
                   data(QStringLiteral("org.yaml")), QStringLiteral("--db"), location});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QDir::toNativeSeparators(data(QStringLiteral("catalog-info.yaml"))).toUtf8() +
                              ":37: services checkout-web: create\n"),
             run.out.constData());
    QVERIFY2(run.out.endsWith("Would create 14, change 0, leave 0 unchanged (dry run: nothing written).\n"),
             run.out.constData());
    QCOMPARE(reportsOf(*target.store), before);
    // A bad document: FILE:LINE:COLUMN, exit 1, nothing written.
    const QString bad = data(QStringLiteral("bad/catalog-info.yaml"));
    run = steward(
        {QStringLiteral("import"), bad, data(QStringLiteral("bad/org.yaml")), QStringLiteral("--db"), location});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(QDir::toNativeSeparators(bad) + QStringLiteral(":49:7: Component \"checkout-web\"")),
             qPrintable(run.err));
    QCOMPARE(reportsOf(*target.store), before);
    // Then for real, and a second time changes nothing.
    run = steward({QStringLiteral("import"), data(QStringLiteral("catalog-info.yaml")),
                   data(QStringLiteral("org.yaml")), QStringLiteral("--db"), location});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("Created 14, changed 0, left 0 unchanged.\n"));
    run = steward({QStringLiteral("import"), data(QStringLiteral("org.yaml")),
                   data(QStringLiteral("catalog-info.yaml")), QStringLiteral("--db"), location});
    QCOMPARE(run.out, QByteArray("Created 0, changed 0, left 14 unchanged.\n"));
}

void TestBackstage::compoundReferencesAndNamespaces()
{
    // ADR009's compound form ({kind, namespace, name}) and a namespace of one's own,
    // case-insensitive as Backstage compares them.
    Inventory inventory;
    QString error;
    QVERIFY2(empty(QStringLiteral("compound"), QStringLiteral("Example"), &inventory, &error), qPrintable(error));
    Importer importer(*inventory.store);
    importer.addData(QStringLiteral("c.yml"), "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n"
                                              "  name: Ops\n  namespace: infra\nspec:\n  type: team\n  children: []\n"
                                              "---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n"
                                              "  name: ann\nspec:\n  memberOf:\n    - {kind: Group, namespace: infra, "
                                              "name: ops}\n---\napiVersion: backstage.io/v1alpha1\nkind: Resource\n"
                                              "metadata:\n  name: dns\nspec:\n  type: dns\n"
                                              "  owner:\n    kind: group\n    namespace: INFRA\n    name: OPS\n");
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    const QString reports = reportsOf(*inventory.store);
    QVERIFY2(reports.contains(QStringLiteral("Ops,team,,,member: ann,")), qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("dns,provider,Ops,owner,primary,")), qPrintable(reports));
    // A team in one file, its users in another given after it.
    Importer split(*inventory.store);
    split.addData(QStringLiteral("teams.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n"
                                                "  name: web\nspec:\n  type: team\n  children: []\n"
                                                "  leader: bo\n  members: [cy]\n");
    split.addData(QStringLiteral("people.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n"
                                                 "  name: bo\nspec:\n  memberOf: []\n---\n"
                                                 "apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n"
                                                 "  name: cy\nspec:\n  memberOf: [web]\n");
    QVERIFY2(split.commit(), qPrintable(errorsOf(split)));
    QVERIFY2(reportsOf(*inventory.store).contains(QStringLiteral("web,team,,,\"lead: bo\nmember: cy\",")),
             qPrintable(reportsOf(*inventory.store)));
    // In the default namespace there is no such group: the owner is then looked up
    // in the inventory by its name, and there is none.
    Importer other(*inventory.store);
    other.addData(QStringLiteral("d.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n"
                                            "  name: cdn\nspec:\n  type: cdn\n  owner: group:nobody\n");
    QVERIFY(!other.commit());
    QCOMPARE(errorsOf(other).section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("d.yaml:7:10: Resource \"cdn\", spec.owner: unknown contact \"nobody\""));
}

void TestBackstage::whatADocumentDoesNotSayIsLeftAlone()
{
    // A hand-written document for a service the inventory has: its description and
    // its link change; where it runs, what fronts it, its notes and its owners, which
    // the document does not mention, stay as they are. The same for a team.
    const QString location = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Inventory psf;
    QVERIFY2(psf.open(location, &error), qPrintable(error));
    const QString before = reportsOf(*psf.store);
    Importer importer(*psf.store);
    importer.addData(QStringLiteral("docs.yaml"),
                     "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: docs.python.org\n"
                     "  description: The docs.\n  links:\n    - url: https://docs.python.org/3/\nspec:\n"
                     "  type: website\n  lifecycle: production\n---\napiVersion: backstage.io/v1alpha1\n"
                     "kind: Group\nmetadata:\n  name: infra\nspec:\n  type: team\n  children: []\n  profile:\n"
                     "    displayName: Infrastructure team\n");
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    QCOMPARE(importer.count(ImportRow::Action::Change), 1);
    QCOMPARE(importer.count(ImportRow::Action::Unchanged), 1);
    QString expected = before;
    expected.replace(
        QStringLiteral("docs.python.org,https://docs.python.org,active,Rackspace,Rackspace VM for "
                       "docs.python.org,Benjamin Peterson; Georg Brandl,,,Fastly,The Python documentation."),
        QStringLiteral("docs.python.org,https://docs.python.org/3/,active,Rackspace,Rackspace VM for "
                       "docs.python.org,Benjamin Peterson; Georg Brandl,,,Fastly,The docs."));
    QVERIFY(expected != before);
    QCOMPARE(reportsOf(*psf.store), expected);
}

void TestBackstage::referencesToTheInventoryByExportedNames()
{
    // A team's own catalog-info.yaml names the inventory's contacts and services as
    // Steward's export names them: "group:infrastructure-team" is the Infrastructure
    // team, "component:python-downloads" the service Python downloads.
    const QString location = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Inventory psf;
    QVERIFY2(psf.open(location, &error), qPrintable(error));
    Importer importer(*psf.store);
    importer.addData(QStringLiteral("catalog-info.yaml"),
                     "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: mirror\nspec:\n"
                     "  type: service\n  lifecycle: production\n  owner: group:infrastructure-team\n"
                     "  dependsOn: [component:python-downloads, component:docs.python.org]\n---\n"
                     "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: mirror-team\nspec:\n"
                     "  type: team\n  children: []\n  leader: georg-brandl\n  members: [user:marc-andre-lemburg]\n");
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    const QString reports = reportsOf(*psf.store);
    QVERIFY2(reports.contains(QStringLiteral("mirror,service,Infrastructure team,owner,primary,")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("mirror,service,depends_on,Python downloads,service,")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("mirror,service,depends_on,docs.python.org,service,")),
             qPrintable(reports));
    QVERIFY2(reports.contains(QStringLiteral("mirror-team,team,,,\"lead: Georg Brandl\nmember: Marc-André Lemburg\",")),
             qPrintable(reports));
    // A name neither the catalog nor the inventory has is still an error at its place.
    Importer unknown(*psf.store);
    unknown.addData(QStringLiteral("c.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
                                              "  name: mirror\nspec:\n  owner: group:infrastructure\n");
    QVERIFY(!unknown.validate());
    QCOMPARE(errorsOf(unknown).section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("c.yaml:6:10: Component \"mirror\", spec.owner: unknown contact \"infrastructure\""));
}

QTEST_GUILESS_MAIN(TestBackstage)
void TestBackstage::intoAnInventoryWhoseOrganisationHasAnotherName()
{
    // The example's catalog into a new inventory, "My organisation" (steward init's):
    // the catalog's organisation stands for the inventory's, so its escalation contacts
    // and its links land there, and nothing is refused.
    const QString location = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Inventory psf;
    QVERIFY2(psf.open(location, &error), qPrintable(error));
    const QByteArray catalog = catalogOf(*psf.store);
    Inventory mine;
    QVERIFY2(empty(QStringLiteral("mine"), QStringLiteral("My organisation"), &mine, &error), qPrintable(error));
    Importer importer(*mine.store);
    importer.addData(QStringLiteral("catalog-info.yaml"), catalog);
    QVERIFY2(importer.commit(), qPrintable(errorsOf(importer)));
    // The same catalog but for the organisation's name: everything else arrived.
    const QByteArray again = catalogOf(*mine.store);
    QByteArray expected = catalog;
    expected.replace("Python Software Foundation", "My organisation")
        .replace("python-software-foundation", "my-organisation");
    QCOMPARE(again, expected);
    // Importing it a second time changes nothing.
    Importer twice(*mine.store);
    twice.addData(QStringLiteral("catalog-info.yaml"), catalog);
    QVERIFY2(twice.commit(), qPrintable(errorsOf(twice)));
    QCOMPARE(twice.count(ImportRow::Action::Create), 0);
    QCOMPARE(twice.count(ImportRow::Action::Change), 0);
}

#include "tst_backstage.moc"
