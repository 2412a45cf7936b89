// ExampleInventory: the PSF's infrastructure as its overview states it
// (../shared/reference/psf-infrastructure-overview.txt): providers, hosts, statuses,
// links, the infrastructure team and its notes.

#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestExample final : public QObject
{
    Q_OBJECT

private:
    Item named(const QString &name);
    QString parentName(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void organisation();
    void providers_data();
    void providers();
    void hosts_data();
    void hosts();
    void services_data();
    void services();
    void counts();
    void servedThroughFastly();
    void dnsAndRegistrar();
    void infrastructureTeam();
    void escalationContacts();
    void namesAreCorrectlyEncoded();
    void inventoryPassesCheck();
    void populatingTwiceChangesNothing();
};

void TestExample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_dir.filePath(QStringLiteral("psf.sqlite"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
}

void TestExample::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

Item TestExample::named(const QString &name)
{
    const QVector<Item> found = test::must(m_store->findItemsByName(name, test::readError()));
    if (found.size() != 1) {
        qWarning("%lld items are called %s", static_cast<long long>(found.size()), qPrintable(name));
        return {};
    }
    return found.first();
}

QString TestExample::parentName(const QString &name)
{
    const Item item = named(name);
    auto parent = m_store->item(item.parentId, test::readError());
    return parent ? parent->name : QString();
}

void TestExample::organisation()
{
    auto id = m_store->organisationId(test::readError());
    QVERIFY(id);
    const Item org = test::must(m_store->item(*id, test::readError()));
    QCOMPARE(org.name, QStringLiteral("Python Software Foundation"));
    QVERIFY(org.description.contains(QStringLiteral("https://us.pycon.org")));
    QVERIFY(org.notes.contains(QStringLiteral("not, however, required to be a member of the infrastructure team")));
}

void TestExample::providers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("website");
    QTest::addColumn<QString>("configTool");
    QTest::addColumn<QString>("configRepo");

    const auto k = [](ProviderKind kind) { return static_cast<int>(kind); };
    QTest::newRow("XS4ALL") << QStringLiteral("XS4ALL") << k(ProviderKind::HardwareHosting) << QString() << QString()
                            << QString();
    QTest::newRow("OSUOSL") << QStringLiteral("OSUOSL") << k(ProviderKind::VmHosting)
                            << QStringLiteral("http://osuosl.org/") << QStringLiteral("Chef")
                            << QStringLiteral("https://github.com/python/psf-chef");
    QTest::newRow("Rackspace") << QStringLiteral("Rackspace") << k(ProviderKind::VmHosting)
                               << QStringLiteral("http://www.rackspace.com") << QStringLiteral("Salt")
                               << QStringLiteral("https://github.com/python/pypi-salt");
    QTest::newRow("Dyn") << QStringLiteral("Dyn") << k(ProviderKind::Dns) << QStringLiteral("http://www.dyn.com")
                         << QString() << QString();
    QTest::newRow("Gandi") << QStringLiteral("Gandi") << k(ProviderKind::Registrar)
                           << QStringLiteral("http://www.gandi.net") << QString() << QString();
    QTest::newRow("Fastly") << QStringLiteral("Fastly") << k(ProviderKind::Cdn)
                            << QStringLiteral("http://www.fastly.com") << QString() << QString();
    QTest::newRow("Upfront Systems") << QStringLiteral("Upfront Systems") << k(ProviderKind::Other)
                                     << QStringLiteral("http://www.upfrontsystems.co.za") << QString() << QString();
}

void TestExample::providers()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, website);
    QFETCH(QString, configTool);
    QFETCH(QString, configRepo);

    const Item p = named(name);
    QCOMPARE(p.kind, ItemKind::Provider);
    QCOMPARE(static_cast<int>(p.providerKind), kind);
    QCOMPARE(p.website, website);
    QCOMPARE(p.configTool, configTool);
    QCOMPARE(p.configRepo, configRepo);
    QCOMPARE(p.status, QStringLiteral("active"));
    QCOMPARE(p.parentId, test::must(m_store->organisationId(test::readError())));
    if (name == QLatin1String("OSUOSL"))
        QCOMPARE(p.fullName, QStringLiteral("Oregon State University Open Source Lab"));
    if (name == QLatin1String("XS4ALL"))
        QVERIFY(p.notes.contains(QStringLiteral("try not to put anything new")));
}

void TestExample::hosts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("status");

    const int physical = static_cast<int>(HostKind::Physical), vm = static_cast<int>(HostKind::Vm);
    const QString xs4all = QStringLiteral("XS4ALL"), osu = QStringLiteral("OSUOSL"), rack = QStringLiteral("Rackspace");
    const QString active = QStringLiteral("active");
    QTest::newRow("albatross") << QStringLiteral("albatross") << xs4all << physical << QStringLiteral("albatross")
                               << active;
    QTest::newRow("dinsdale") << QStringLiteral("dinsdale") << xs4all << physical << QStringLiteral("dinsdale")
                              << active;
    QTest::newRow("ximinez") << QStringLiteral("ximinez") << xs4all << physical << QStringLiteral("ximinez")
                             << QStringLiteral("unreachable");
    for (const char *what :
         {"hg.python.org", "wiki.python.org", "www.python.org", "the PyCon website", "the PyPy website"}) {
        const QString name = QStringLiteral("OSUOSL VM for ") + QString::fromLatin1(what);
        QTest::newRow(qPrintable(name)) << name << osu << vm << QString() << active;
    }
    for (const char *what : {"docs.python.org", "www.jython.org", "Python downloads"}) {
        const QString name = QStringLiteral("Rackspace VM for ") + QString::fromLatin1(what);
        QTest::newRow(qPrintable(name)) << name << rack << vm << QString() << active;
    }
    QTest::newRow("Upfront Systems server") << QStringLiteral("Upfront Systems server")
                                            << QStringLiteral("Upfront Systems") << physical << QString() << active;
}

void TestExample::hosts()
{
    QFETCH(QString, name);
    QFETCH(QString, provider);
    QFETCH(int, kind);
    QFETCH(QString, hostname);
    QFETCH(QString, status);

    const Item h = named(name);
    QCOMPARE(h.kind, ItemKind::Host);
    QCOMPARE(parentName(name), provider);
    QCOMPARE(static_cast<int>(h.hostKind), kind);
    QCOMPARE(h.hostname, hostname);
    QCOMPARE(h.status, status);
}

void TestExample::services_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("status");

    const QString active = QStringLiteral("active");
    const QString org = QStringLiteral("Python Software Foundation");
    QTest::newRow("Buildbot") << QStringLiteral("Buildbot") << org << QStringLiteral("http://buildbot.python.org")
                              << active;
    QTest::newRow("bugs") << QStringLiteral("bugs.python.org") << QStringLiteral("Upfront Systems server")
                          << QStringLiteral("http://bugs.python.org") << active;
    QTest::newRow("docs") << QStringLiteral("docs.python.org") << QStringLiteral("Rackspace VM for docs.python.org")
                          << QStringLiteral("https://docs.python.org") << active;
    QTest::newRow("hg") << QStringLiteral("hg.python.org") << QStringLiteral("OSUOSL VM for hg.python.org")
                        << QStringLiteral("http://hg.python.org") << active;
    QTest::newRow("mail") << QStringLiteral("mail.python.org") << QStringLiteral("albatross")
                          << QStringLiteral("https://mail.python.org") << active;
    QTest::newRow("planet") << QStringLiteral("planet.python.org") << QStringLiteral("dinsdale")
                            << QStringLiteral("http://planet.python.org") << QStringLiteral("needs-move");
    QTest::newRow("wiki") << QStringLiteral("wiki.python.org") << QStringLiteral("OSUOSL VM for wiki.python.org")
                          << QStringLiteral("http://wiki.python.org") << active;
    QTest::newRow("jython") << QStringLiteral("www.jython.org") << QStringLiteral("Rackspace VM for www.jython.org")
                            << QStringLiteral("http://www.jython.org") << active;
    QTest::newRow("www") << QStringLiteral("www.python.org") << QStringLiteral("OSUOSL VM for www.python.org")
                         << QStringLiteral("https://www.python.org/") << active;
    QTest::newRow("downloads") << QStringLiteral("Python downloads")
                               << QStringLiteral("Rackspace VM for Python downloads")
                               << QStringLiteral("https://www.python.org/ftp/") << active;
    QTest::newRow("staging") << QStringLiteral("staging.python.org") << org
                             << QStringLiteral("http://staging.python.org") << QStringLiteral("staging");
    QTest::newRow("legacy") << QStringLiteral("legacy.python.org") << QStringLiteral("dinsdale")
                            << QStringLiteral("http://legacy.python.org") << QStringLiteral("legacy");
    QTest::newRow("PyCon") << QStringLiteral("PyCon website") << QStringLiteral("OSUOSL VM for the PyCon website")
                           << QStringLiteral("https://us.pycon.org") << active;
    QTest::newRow("PyPI") << QStringLiteral("PyPI") << QStringLiteral("Rackspace")
                          << QStringLiteral("https://pypi.python.org/") << active;
    QTest::newRow("PyPy") << QStringLiteral("PyPy website") << QStringLiteral("OSUOSL VM for the PyPy website")
                          << QStringLiteral("http://pypy.org") << active;
}

void TestExample::services()
{
    QFETCH(QString, name);
    QFETCH(QString, parent);
    QFETCH(QString, url);
    QFETCH(QString, status);

    const Item s = named(name);
    QCOMPARE(s.kind, ItemKind::Service);
    QCOMPARE(parentName(name), parent);
    QCOMPARE(s.url, url);
    QCOMPARE(s.status, status);
    QVERIFY(!s.description.isEmpty());
    if (name == QLatin1String("www.python.org"))
        QCOMPARE(s.sourceUrl, QStringLiteral("https://github.com/python/pythondotorg"));
    if (name == QLatin1String("legacy.python.org"))
        QVERIFY(s.notes.contains(QStringLiteral("canonical source for PEPs")));
}

void TestExample::counts()
{
    // The data tables above list every item; nothing else is in the example.
    QCOMPARE(test::must(m_store->countItems(ItemKind::Organisation, test::readError())), 1);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Provider, test::readError())), 7);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Host, test::readError())), 12);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Service, test::readError())), 15);
}

void TestExample::servedThroughFastly()
{
    const Item fastly = named(QStringLiteral("Fastly"));
    QStringList fronted;
    for (const Link &link : test::must(m_store->links(fastly.id, test::readError()))) {
        QCOMPARE(link.type, keys::linkKind(LinkKind::FrontedBy));
        QCOMPARE(link.toItem, fastly.id);
        fronted << link.fromName;
    }
    fronted.sort();
    QCOMPARE(fronted, (QStringList{QStringLiteral("PyPI"), QStringLiteral("Python downloads"),
                                   QStringLiteral("docs.python.org"), QStringLiteral("www.python.org")}));
    // And from the service's side.
    const QVector<Link> docs =
        test::must(m_store->links(named(QStringLiteral("docs.python.org")).id, test::readError()));
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().toName, QStringLiteral("Fastly"));
    QVERIFY(test::must(m_store->links(named(QStringLiteral("wiki.python.org")).id, test::readError())).isEmpty());
}

void TestExample::dnsAndRegistrar()
{
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    QHash<QString, QString> links;
    for (const Link &link : test::must(m_store->links(org, test::readError()))) {
        QCOMPARE(link.fromItem, org);
        links.insert(link.type, link.toName);
    }
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.value(keys::linkKind(LinkKind::DnsBy)), QStringLiteral("Dyn"));
    QCOMPARE(links.value(keys::linkKind(LinkKind::RegisteredAt)), QStringLiteral("Gandi"));

    // The team handles changes to sensitive global systems such as DNS.
    for (const QString &name : {QStringLiteral("Dyn"), QStringLiteral("Gandi")}) {
        const QVector<Assignment> a = test::must(m_store->assignments(named(name).id, test::readError()));
        QCOMPARE(a.size(), 1);
        QCOMPARE(test::must(m_store->contact(a.first().contactId, test::readError())).name,
                 QStringLiteral("Infrastructure team"));
        QCOMPARE(a.first().role, QStringLiteral("maintainer"));
    }
}

void TestExample::infrastructureTeam()
{
    const QVector<Contact> teams =
        test::must(m_store->findContactsByName(QStringLiteral("Infrastructure team"), test::readError()));
    QCOMPARE(teams.size(), 1);
    const Contact team = teams.first();
    QCOMPARE(team.kind, ContactKind::Team);
    QVERIFY(team.notes.contains(QStringLiteral("sensitive global systems such as DNS")));

    const QVector<TeamMember> members = test::must(m_store->teamMembers(team.id, test::readError()));
    QCOMPARE(members.size(), 6);
    QCOMPARE(members.first().memberName, QStringLiteral("Noah Kantrowitz"));
    QCOMPARE(members.first().role, QStringLiteral("lead"));
    QStringList rest;
    for (int i = 1; i < members.size(); ++i) {
        QCOMPARE(members.at(i).role, QStringLiteral("member"));
        rest << members.at(i).memberName;
    }
    QCOMPARE(rest, (QStringList{QStringLiteral("Ernest W. Durbin III"), QStringLiteral("Benjamin W. Smith"),
                                QStringLiteral("Donald Stufft"), QStringLiteral("Benjamin Peterson"),
                                QStringLiteral("Alex Gaynor")}));
    QCOMPARE(members.last().note, QStringLiteral("has no responsibilities"));
    for (int i = 0; i < members.size() - 1; ++i)
        QCOMPARE(members.at(i).note, QString());
    for (const TeamMember &m : members)
        QCOMPARE(test::must(m_store->contact(m.memberId, test::readError())).kind, ContactKind::Person);
}

void TestExample::escalationContacts()
{
    const QVector<Contact> lists =
        test::must(m_store->findContactsByName(QStringLiteral("infrastructure-staff@python.org"), test::readError()));
    QCOMPARE(lists.size(), 1);
    const Contact list = lists.first();
    QCOMPARE(list.kind, ContactKind::MailingList);
    QCOMPARE(test::must(m_store->contact(list.teamId, test::readError())).name, QStringLiteral("Infrastructure team"));
    QCOMPARE(list.addresses.size(), 1);
    QCOMPARE(list.addresses.first().kind, AddressKind::Email);
    QCOMPARE(list.addresses.first().value, QStringLiteral("infrastructure-staff@python.org"));

    const QVector<Contact> channels =
        test::must(m_store->findContactsByName(QStringLiteral("#python-infra"), test::readError()));
    QCOMPARE(channels.size(), 1);
    const Contact channel = channels.first();
    QCOMPARE(channel.kind, ContactKind::ChatChannel);
    QCOMPARE(channel.teamId, list.teamId);
    QVERIFY(!channel.addresses.isEmpty());
    QCOMPARE(channel.addresses.first().kind, AddressKind::Irc);
    QCOMPARE(channel.addresses.first().value, QStringLiteral("irc://irc.freenode.net/#python-infra"));
    QCOMPARE(channel.addresses.first().label, QStringLiteral("Freenode"));

    // Both are the organisation's escalation contacts, the list first.
    const QVector<Assignment> org =
        test::must(m_store->assignments(test::must(m_store->organisationId(test::readError())), test::readError()));
    QCOMPARE(org.size(), 2);
    QCOMPARE(org.at(0).contactId, list.id);
    QCOMPARE(org.at(0).role, QStringLiteral("escalation"));
    QCOMPARE(org.at(0).priority, Priority::Primary);
    QCOMPARE(org.at(1).contactId, channel.id);
    QCOMPARE(org.at(1).role, QStringLiteral("escalation"));
    QCOMPARE(org.at(1).priority, Priority::Secondary);
}

void TestExample::namesAreCorrectlyEncoded()
{
    // The reference text shows "Marc-Andr√© Lemburg" (UTF-8 read as Mac Roman); the
    // example must hold the name itself.
    const QString mal = QStringLiteral("Marc-Andr\u00e9 Lemburg");
    const QVector<Contact> found = test::must(m_store->findContactsByName(mal, test::readError()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, mal);
    QCOMPARE(found.first().name.size(), 18);
    for (const Contact &c : test::must(m_store->contacts(test::readError()))) {
        QVERIFY2(!c.name.contains(QChar(0x221A)), qPrintable(c.name)); // '√'
        QVERIFY2(!c.name.contains(QChar::ReplacementCharacter), qPrintable(c.name));
    }
    const QVector<Assignment> wiki =
        test::must(m_store->assignments(named(QStringLiteral("wiki.python.org")).id, test::readError()));
    QCOMPARE(wiki.size(), 1);
    QCOMPARE(wiki.first().contactId, found.first().id);
}

void TestExample::inventoryPassesCheck()
{
    QCOMPARE(m_db->check(), QStringList());
}

void TestExample::populatingTwiceChangesNothing()
{
    const QVector<TreeRow> before = test::must(m_store->treeRows(test::readError()));
    const int contacts = static_cast<int>(test::must(m_store->contacts(test::readError())).size());
    QSignalSpy created(m_store.get(), &Store::itemCreated);
    QString error;
    QVERIFY(!ExampleInventory::populate(*m_store, &error));
    QVERIFY2(error.contains(QStringLiteral("already has an organisation")), qPrintable(error));
    QCOMPARE(created.count(), 0);
    const QVector<TreeRow> after = test::must(m_store->treeRows(test::readError()));
    QCOMPARE(after.size(), before.size());
    QCOMPARE(test::must(m_store->contacts(test::readError())).size(), contacts);
}

QTEST_GUILESS_MAIN(TestExample)
#include "tst_example.moc"
