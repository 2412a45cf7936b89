// Impact: what fails when an item fails, through placement (every host a service runs
// on, a host's provider) and every link type that carries failure, with the shortest
// path to each affected item, whom to call, and the dependency cycles it meets.

#include "Database.h"
#include "Impact.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestImpact final : public QObject
{
    Q_OBJECT

private:
    qint64 add(ItemKind kind, const QString &name, qint64 parent, const QVector<qint64> &alsoOn = {});
    void link(qint64 from, qint64 to, const QString &type);
    qint64 id(const QString &name) const { return m_ids.value(name); }
    ImpactResult impactOf(const QString &name, bool contacts = false);
    /// "name: path" of each affected item.
    static QStringList paths(const ImpactResult &result);
    static QStringList names(const ImpactResult &result);
    /// Everything of @p result as text, to compare two answers.
    static QStringList describe(const ImpactResult &result);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_ids;
    QStringList m_aroundDiffers; ///< items whose impact loadAround() answered otherwise than load()

private Q_SLOTS:
    void init();
    void cleanup();

    void placementOnSeveralHosts();
    void hostOnItsProvider();
    void everyBuiltInLinkType();
    void userTypesCarryFailureOrNot();
    void quietLinksCarryNoFailure();
    void organisationOnlyThroughItsLinks();
    void cycleTerminatesAndIsReported();
    void shortestPathWins();
    void whomToCall();
    void unknownItemAffectsNothing();
};

qint64 TestImpact::add(ItemKind kind, const QString &name, qint64 parent, const QVector<qint64> &alsoOn)
{
    Item item;
    item.kind = kind;
    item.name = name;
    item.parentId = parent;
    item.alsoOn = alsoOn;
    QString error;
    const auto created = m_store->createItem(item, &error);
    if (!created)
        qWarning("createItem(%s): %s", qPrintable(name), qPrintable(error));
    m_ids.insert(name, created.value_or(0));
    return created.value_or(0);
}

void TestImpact::link(qint64 from, qint64 to, const QString &type)
{
    Link l;
    l.fromItem = from;
    l.toItem = to;
    l.type = type;
    QString error;
    if (!m_store->addLink(l, &error))
        qWarning("addLink(%s): %s", qPrintable(type), qPrintable(error));
}

void TestImpact::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("impact"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_ids.clear();
    QString error;
    QVERIFY2(m_store->defineLinkType({QStringLiteral("reads_from"), QStringLiteral("reads from"), true, false}, &error),
             qPrintable(error));
    QVERIFY2(
        m_store->defineLinkType({QStringLiteral("monitored_by"), QStringLiteral("monitored by"), false, false}, &error),
        qPrintable(error));

    // A small realistic inventory: two droplets behind a load balancer, a database host,
    // a backup box with no provider recorded, DNS, a registrar, configuration management.
    const qint64 org = add(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    const qint64 ocean = add(ItemKind::Provider, QStringLiteral("DigitalOcean"), org);
    add(ItemKind::Provider, QStringLiteral("Route 53"), org);
    add(ItemKind::Provider, QStringLiteral("Gandi"), org);
    add(ItemKind::Provider, QStringLiteral("Chef Inc"), org);
    const qint64 nyc1 = add(ItemKind::Host, QStringLiteral("droplet nyc1"), ocean);
    const qint64 nyc2 = add(ItemKind::Host, QStringLiteral("droplet nyc2"), ocean);
    const qint64 db1 = add(ItemKind::Host, QStringLiteral("db-1"), ocean);
    add(ItemKind::Host, QStringLiteral("lb-1"), ocean);
    const qint64 backup = add(ItemKind::Host, QStringLiteral("backup box"), org);
    add(ItemKind::Service, QStringLiteral("docs"), nyc1, {nyc2});
    add(ItemKind::Service, QStringLiteral("wiki"), nyc2);
    add(ItemKind::Service, QStringLiteral("postgres"), db1);
    add(ItemKind::Service, QStringLiteral("api"), nyc1);
    add(ItemKind::Service, QStringLiteral("auth"), ocean);
    add(ItemKind::Service, QStringLiteral("nagios"), backup);
    add(ItemKind::Service, QStringLiteral("status page"), org);

    link(id(QStringLiteral("docs")), id(QStringLiteral("lb-1")), QStringLiteral("fronted_by"));
    link(id(QStringLiteral("docs")), id(QStringLiteral("postgres")), QStringLiteral("depends_on"));
    link(id(QStringLiteral("api")), id(QStringLiteral("postgres")), QStringLiteral("depends_on"));
    link(id(QStringLiteral("wiki")), id(QStringLiteral("Route 53")), QStringLiteral("dns_by"));
    link(id(QStringLiteral("api")), id(QStringLiteral("Gandi")), QStringLiteral("registered_at"));
    link(id(QStringLiteral("docs")), id(QStringLiteral("Chef Inc")), QStringLiteral("configured_by"));
    link(id(QStringLiteral("docs")), id(QStringLiteral("backup box")), QStringLiteral("backed_up_to"));
    link(id(QStringLiteral("wiki")), id(QStringLiteral("api")), QStringLiteral("reads_from"));
    link(id(QStringLiteral("api")), id(QStringLiteral("nagios")), QStringLiteral("monitored_by"));
    // A cycle: api and auth use each other.
    link(id(QStringLiteral("api")), id(QStringLiteral("auth")), QStringLiteral("depends_on"));
    link(id(QStringLiteral("auth")), id(QStringLiteral("api")), QStringLiteral("depends_on"));
}

void TestImpact::cleanup()
{
    const QStringList differs = std::exchange(m_aroundDiffers, {});
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    QVERIFY2(differs.isEmpty(), qPrintable(differs.join(QStringLiteral(", "))));
}

ImpactResult TestImpact::impactOf(const QString &name, bool contacts)
{
    Impact impact;
    QString error;
    if (!impact.load(*m_store, &error))
        qWarning("load: %s", qPrintable(error));
    ImpactResult result = impact.of({id(name)});
    if (contacts && !impact.addContacts(*m_store, &result, &error))
        qWarning("addContacts: %s", qPrintable(error));
    // Reading only what the item's failure reaches answers the same, whom to call included.
    Impact around;
    if (!around.loadAround(*m_store, {id(name)}, &error))
        qWarning("loadAround: %s", qPrintable(error));
    ImpactResult fromAround = around.of({id(name)});
    if (contacts && !around.addContacts(*m_store, &fromAround, &error))
        qWarning("addContacts: %s", qPrintable(error));
    if (describe(fromAround) != describe(result))
        m_aroundDiffers << name;
    return result;
}

QStringList TestImpact::describe(const ImpactResult &result)
{
    QStringList lines;
    for (qint64 source : result.sources)
        lines << QStringLiteral("source %1").arg(source);
    for (const ImpactedItem &item : result.affected) {
        QStringList steps, calls;
        for (const ImpactStep &step : item.path)
            steps << QStringLiteral("%1 %2").arg(step.relation).arg(step.itemId);
        for (const ResolvedContact &c : item.contacts)
            calls << QStringLiteral("%1 %2 (%3)").arg(c.contact.id).arg(c.contact.name, c.reason);
        lines << QStringLiteral("%1 %2 %3 %4 [%5] [%6] [%7]")
                     .arg(item.id)
                     .arg(keys::itemKind(item.kind), item.name)
                     .arg(item.distance)
                     .arg(steps.join(QLatin1Char(',')), item.pathText, calls.join(QLatin1Char(',')));
    }
    for (const ImpactCycle &cycle : result.cycles) {
        QStringList ids;
        for (qint64 id : cycle.items)
            ids << QString::number(id);
        lines << QStringLiteral("cycle %1 [%2]").arg(cycle.text, ids.join(QLatin1Char(',')));
    }
    return lines;
}

QStringList TestImpact::paths(const ImpactResult &result)
{
    QStringList list;
    for (const ImpactedItem &item : result.affected)
        list << item.pathText;
    return list;
}

QStringList TestImpact::names(const ImpactResult &result)
{
    QStringList list;
    for (const ImpactedItem &item : result.affected)
        list << item.name;
    return list;
}

void TestImpact::placementOnSeveralHosts()
{
    // docs runs on both droplets: either failing takes it with it.
    const ImpactResult nyc2 = impactOf(QStringLiteral("droplet nyc2"));
    QCOMPARE(paths(nyc2), QStringList({QStringLiteral("docs → runs on droplet nyc2"),
                                       QStringLiteral("wiki → runs on droplet nyc2")}));
    QCOMPARE(nyc2.sources, QVector<qint64>{id(QStringLiteral("droplet nyc2"))});
    const ImpactResult nyc1 = impactOf(QStringLiteral("droplet nyc1"));
    QVERIFY(paths(nyc1).contains(QStringLiteral("docs → runs on droplet nyc1")));
    // api runs there; auth and wiki use api.
    QCOMPARE(names(nyc1), QStringList({QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("docs"),
                                       QStringLiteral("wiki")}));
    QVERIFY(paths(nyc1).contains(QStringLiteral("wiki → reads from api → runs on droplet nyc1")));
    QVERIFY(paths(nyc1).contains(QStringLiteral("auth → depends on api → runs on droplet nyc1")));
}

void TestImpact::hostOnItsProvider()
{
    const ImpactResult ocean = impactOf(QStringLiteral("DigitalOcean"));
    QCOMPARE(names(ocean),
             QStringList({QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("db-1"), QStringLiteral("docs"),
                          QStringLiteral("droplet nyc1"), QStringLiteral("droplet nyc2"), QStringLiteral("lb-1"),
                          QStringLiteral("postgres"), QStringLiteral("wiki")}));
    QVERIFY(paths(ocean).contains(QStringLiteral("postgres → runs on db-1 → hosted by DigitalOcean")));
    QVERIFY(paths(ocean).contains(QStringLiteral("auth → runs on DigitalOcean")));
    // The backup box has no provider: nothing of it goes with DigitalOcean.
    QVERIFY(!names(ocean).contains(QStringLiteral("nagios")));
    for (const ImpactedItem &item : ocean.affected) {
        QCOMPARE(item.path.last().itemId, id(QStringLiteral("DigitalOcean")));
        QCOMPARE(item.distance, item.path.size());
    }
}

void TestImpact::everyBuiltInLinkType()
{
    // depends on, through a database host: the question the map exists for.
    QCOMPARE(paths(impactOf(QStringLiteral("db-1"))),
             QStringList({QStringLiteral("api → depends on postgres → runs on db-1"),
                          QStringLiteral("auth → depends on api → depends on postgres → runs on db-1"),
                          QStringLiteral("docs → depends on postgres → runs on db-1"),
                          QStringLiteral("postgres → runs on db-1"),
                          QStringLiteral("wiki → reads from api → depends on postgres → runs on db-1")}));
    QCOMPARE(paths(impactOf(QStringLiteral("lb-1"))), QStringList{QStringLiteral("docs → served through lb-1")});
    QCOMPARE(paths(impactOf(QStringLiteral("Route 53"))), QStringList{QStringLiteral("wiki → DNS hosted by Route 53")});
    QCOMPARE(paths(impactOf(QStringLiteral("Gandi"))),
             QStringList({QStringLiteral("api → domains registered at Gandi"),
                          QStringLiteral("auth → depends on api → domains registered at Gandi"),
                          QStringLiteral("wiki → reads from api → domains registered at Gandi")}));
    // Configured by and backed up to carry no failure.
    QVERIFY(impactOf(QStringLiteral("Chef Inc")).affected.isEmpty());
    QCOMPARE(names(impactOf(QStringLiteral("backup box"))), QStringList{QStringLiteral("nagios")});
}

void TestImpact::userTypesCarryFailureOrNot()
{
    // reads_from carries failure (wiki reads from api); monitored_by does not.
    QVERIFY(names(impactOf(QStringLiteral("api"))).contains(QStringLiteral("wiki")));
    QVERIFY(impactOf(QStringLiteral("nagios")).affected.isEmpty());
    // Changing what a type means changes the answer.
    QString error;
    QVERIFY2(
        m_store->defineLinkType({QStringLiteral("monitored_by"), QStringLiteral("monitored by"), true, false}, &error),
        qPrintable(error));
    QCOMPARE(paths(impactOf(QStringLiteral("nagios"))).first(), QStringLiteral("api → monitored by nagios"));
}

void TestImpact::quietLinksCarryNoFailure()
{
    Impact impact;
    QString error;
    QVERIFY2(impact.load(*m_store, &error), qPrintable(error));
    QStringList quiet;
    for (const Link &l : impact.quietLinks())
        quiet << l.type;
    quiet.sort();
    QCOMPARE(quiet, QStringList({QStringLiteral("backed_up_to"), QStringLiteral("configured_by"),
                                 QStringLiteral("monitored_by")}));
    int placements = 0, links = 0;
    for (const Impact::Dependency &d : impact.dependencies())
        (d.placement ? placements : links)++;
    // Every service and named host on something but what sits in the organisation, plus
    // docs's second host; the failure-carrying links.
    QCOMPARE(placements, 4 + 6 + 1);
    QCOMPARE(links, 8);
}

void TestImpact::organisationOnlyThroughItsLinks()
{
    // The organisation failing as such takes nothing with it.
    QVERIFY(impactOf(QStringLiteral("Acme")).affected.isEmpty());
    // Its own DNS failing takes everything in it: the service directly in it too.
    link(id(QStringLiteral("Acme")), id(QStringLiteral("Route 53")), QStringLiteral("dns_by"));
    const ImpactResult dns = impactOf(QStringLiteral("Route 53"));
    QVERIFY(paths(dns).contains(QStringLiteral("wiki → DNS hosted by Route 53")));
    QVERIFY(paths(dns).contains(QStringLiteral("status page → in Acme → DNS hosted by Route 53")));
    QVERIFY(paths(dns).contains(QStringLiteral("nagios → runs on backup box → in Acme → DNS hosted by Route 53")));
    QVERIFY(names(dns).contains(QStringLiteral("Acme")));
    QCOMPARE(dns.affected.size(), 17 - 1); // everything but Route 53 itself
    // Route 53 is in Acme and Acme's DNS is Route 53: not a dependency cycle.
    QVERIFY(dns.cycles.isEmpty() || dns.cycles.size() == 1);
    for (const ImpactCycle &c : dns.cycles)
        QVERIFY2(!c.text.contains(QStringLiteral(" in Acme")), qPrintable(c.text));
}

void TestImpact::cycleTerminatesAndIsReported()
{
    const ImpactResult result = impactOf(QStringLiteral("postgres"));
    QCOMPARE(names(result), QStringList({QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("docs"),
                                         QStringLiteral("wiki")}));
    QCOMPARE(result.cycles.size(), 1);
    QCOMPARE(result.cycles.first().text, QStringLiteral("api → depends on auth → depends on api"));
    QCOMPARE(result.cycles.first().items,
             QVector<qint64>({id(QStringLiteral("api")), id(QStringLiteral("auth")), id(QStringLiteral("api"))}));
    // Impact of an item on the cycle: the other member, and the cycle.
    const ImpactResult auth = impactOf(QStringLiteral("auth"));
    QVERIFY(names(auth).contains(QStringLiteral("api")));
    QVERIFY(!names(auth).contains(QStringLiteral("auth")));
    QCOMPARE(auth.cycles.size(), 1);
    // The whole inventory's cycles, and a longer one.
    link(id(QStringLiteral("postgres")), id(QStringLiteral("wiki")), QStringLiteral("reads_from"));
    Impact impact;
    QString error;
    QVERIFY2(impact.load(*m_store, &error), qPrintable(error));
    const QVector<ImpactCycle> cycles = impact.cycles();
    QCOMPARE(cycles.size(), 1); // one strongly connected whole: api, auth, postgres, wiki
    QCOMPARE(cycles.first().text, QStringLiteral("api → depends on auth → depends on api"));
    // Not a cycle through the shortest one only: postgres is in it as well.
    const ImpactResult db = impact.of({id(QStringLiteral("postgres"))});
    QVERIFY(names(db).contains(QStringLiteral("postgres")) == false);
    QCOMPARE(db.cycles.size(), 1);
}

void TestImpact::shortestPathWins()
{
    // docs is behind lb-1 and on db-1's postgres; a direct dependency on db-1 is shorter.
    link(id(QStringLiteral("docs")), id(QStringLiteral("db-1")), QStringLiteral("depends_on"));
    const ImpactResult result = impactOf(QStringLiteral("db-1"));
    QVERIFY(paths(result).contains(QStringLiteral("docs → depends on db-1")));
}

void TestImpact::whomToCall()
{
    Contact owner;
    owner.kind = ContactKind::Person;
    owner.name = QStringLiteral("Ada");
    Contact team;
    team.kind = ContactKind::Team;
    team.name = QStringLiteral("Ops");
    Contact list;
    list.kind = ContactKind::MailingList;
    list.name = QStringLiteral("ops@acme.example");
    QString error;
    QVERIFY2(m_store->createContact(owner, &error), qPrintable(error));
    QVERIFY2(m_store->createContact(team, &error), qPrintable(error));
    list.teamId = team.id;
    QVERIFY2(m_store->createContact(list, &error), qPrintable(error));
    Assignment a;
    a.itemId = id(QStringLiteral("docs"));
    a.contactId = owner.id;
    QVERIFY2(m_store->addAssignment(a, &error), qPrintable(error));
    Assignment e;
    e.itemId = id(QStringLiteral("Acme"));
    e.contactId = list.id;
    e.role = QStringLiteral("escalation");
    QVERIFY2(m_store->addAssignment(e, &error), qPrintable(error));

    const ImpactResult result = impactOf(QStringLiteral("db-1"), true);
    for (const ImpactedItem &item : result.affected) {
        QVERIFY2(!item.contacts.isEmpty(), qPrintable(item.name));
        if (item.name == QLatin1String("docs")) {
            QCOMPARE(item.contacts.size(), 1);
            QCOMPARE(item.contacts.first().contact.name, QStringLiteral("Ada"));
            QCOMPARE(item.contacts.first().reason, QStringLiteral("owner of docs"));
        } else {
            // Nobody of its own: the escalation contact, with its team.
            QCOMPARE(item.contacts.first().contact.name, QStringLiteral("ops@acme.example"));
            QCOMPARE(item.contacts.first().reason, QStringLiteral("escalation: Ops"));
        }
    }
}

void TestImpact::unknownItemAffectsNothing()
{
    Impact impact;
    QString error;
    QVERIFY2(impact.load(*m_store, &error), qPrintable(error));
    const ImpactResult result = impact.of({999999});
    QVERIFY(result.sources.isEmpty());
    QVERIFY(result.affected.isEmpty());
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
