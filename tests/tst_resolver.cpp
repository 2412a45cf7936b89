// ContactResolver: "whom do I contact about this item?", on every service of the
// example inventory as the PSF Infrastructure Overview states its contacts, and on
// the rules that walk up the tree.

#include "ContactResolver.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

const QString kOrg = QStringLiteral("Python Software Foundation");
const QString kEscalationReason = QStringLiteral("escalation: Infrastructure team");

/// "name | role | reason": one line of the answer, as a reader would check it.
QString describe(const ResolvedContact &c)
{
    return QStringLiteral("%1 | %2 | %3").arg(c.contact.name, c.role, c.reason);
}

QString line(const QString &name, const QString &role, const QString &reason)
{
    return QStringLiteral("%1 | %2 | %3").arg(name, role, reason);
}

/// The organisation's fallback, which ends every answer: the team's list, then its channel.
QStringList escalation()
{
    return {line(QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("escalation"), kEscalationReason),
            line(QStringLiteral("#python-infra"), QStringLiteral("escalation"), kEscalationReason)};
}

/// Every service of the example with the contacts the reference text gives it, in order.
QVector<QPair<QString, QStringList>> expectedContacts()
{
    const auto own = [](const QString &service, std::initializer_list<const char16_t *> names, const QString &role) {
        QStringList list;
        for (const char16_t *name : names)
            list << line(QString::fromUtf16(name), role, QStringLiteral("%1 of %2").arg(role, service));
        return qMakePair(service, list + escalation());
    };
    const auto nobody = [](const QString &service) { return qMakePair(service, escalation()); };
    const QString owner = QStringLiteral("owner"), maintainer = QStringLiteral("maintainer"),
                  contact = QStringLiteral("contact");
    return {
        // "a service run by python-dev@python.org, particularly Antoine Pitrou"
        own(QStringLiteral("Buildbot"), {u"Antoine Pitrou", u"python-dev@python.org"}, owner),
        // "The tracker-discuss@python.org list is used for discussion of the tracker."
        own(QStringLiteral("bugs.python.org"), {u"tracker-discuss@python.org"}, contact),
        // "owned by Benjamin Peterson and Georg Brandl"
        own(QStringLiteral("docs.python.org"), {u"Benjamin Peterson", u"Georg Brandl"}, owner),
        // "The service is owned by Antoine Pitrou and Georg Brandl."
        own(QStringLiteral("hg.python.org"), {u"Antoine Pitrou", u"Georg Brandl"}, owner),
        // "All inquiries should be directed to postmaster@python.org."
        own(QStringLiteral("mail.python.org"), {u"postmaster@python.org"}, contact),
        // "hosted on dinsdale and needs to be moved": nobody named.
        nobody(QStringLiteral("planet.python.org")),
        // "Marc-André Lemburg owns it." (the reference text shows the name mis-encoded)
        own(QStringLiteral("wiki.python.org"), {u"Marc-Andr\u00e9 Lemburg"}, owner),
        // "Benjamin Peterson can be poked about it."
        own(QStringLiteral("www.jython.org"), {u"Benjamin Peterson"}, contact),
        // "issues with the site can be reported in GitHub issue tracker"
        own(QStringLiteral("www.python.org"), {u"pythondotorg issue tracker"}, contact),
        // Python downloads, staging and legacy: nobody named.
        nobody(QStringLiteral("Python downloads")),
        nobody(QStringLiteral("staging.python.org")),
        nobody(QStringLiteral("legacy.python.org")),
        // "The contact address is pycon-tech@python.org."
        own(QStringLiteral("PyCon website"), {u"pycon-tech@python.org"}, contact),
        // "maintained by Ernest W. Durbin, Donald Stufft, and Richard Jones" (listed by name)
        own(QStringLiteral("PyPI"), {u"Donald Stufft", u"Ernest W. Durbin III", u"Richard Jones"}, maintainer),
        // "maintained by pypy-dev@python.org"
        own(QStringLiteral("PyPy website"), {u"pypy-dev@python.org"}, maintainer),
    };
}

} // namespace

class TestResolver final : public QObject
{
    Q_OBJECT

private:
    qint64 itemId(const QString &name);
    qint64 contactId(const QString &name);
    QVector<ResolvedContact> resolve(const QString &itemName);
    QStringList lines(const QString &itemName);
    qint64 assign(const QString &item, const QString &contact, const QString &role,
                  Priority priority = Priority::Primary);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactResolver> m_resolver;

private Q_SLOTS:
    void init();
    void cleanup();

    void everyServiceIsCovered();
    void services_data();
    void services();
    void escalationContactsComeFromTheOrganisation();
    void providersAndHosts_data();
    void providersAndHosts();
    void organisationItself();
    void inheritedContactsSayWhereFrom();
    void contactAtTwoLevelsIsListedOnceAtTheNearest();
    void inactiveAssignmentsAreNeverListed();
    void orderWithinALevel();
    void teamAssignedDirectly();
    void noEscalationContactMeansNothingAboveTheItem();
    void unknownItemIsAnError();
    void serviceOnSeveralHosts();
};

void TestResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("psf"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    m_resolver = std::make_unique<ContactResolver>(*m_store);
}

void TestResolver::cleanup()
{
    m_resolver.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestResolver::itemId(const QString &name)
{
    const QVector<Item> found = test::must(m_store->findItemsByName(name, test::readError()));
    if (found.size() != 1)
        qWarning("%lld items are called %s", static_cast<long long>(found.size()), qPrintable(name));
    return found.isEmpty() ? 0 : found.first().id;
}

qint64 TestResolver::contactId(const QString &name)
{
    const QVector<Contact> found = test::must(m_store->findContactsByName(name, test::readError()));
    if (found.size() != 1)
        qWarning("%lld contacts are called %s", static_cast<long long>(found.size()), qPrintable(name));
    return found.isEmpty() ? 0 : found.first().id;
}

QVector<ResolvedContact> TestResolver::resolve(const QString &itemName)
{
    return test::must(m_resolver->resolve(itemId(itemName), test::readError()));
}

QStringList TestResolver::lines(const QString &itemName)
{
    QStringList list;
    for (const ResolvedContact &c : resolve(itemName))
        list << describe(c);
    return list;
}

qint64 TestResolver::assign(const QString &item, const QString &contact, const QString &role, Priority priority)
{
    Assignment a;
    a.itemId = itemId(item);
    a.contactId = contactId(contact);
    a.role = role;
    a.priority = priority;
    QString error;
    auto id = m_store->addAssignment(a, &error);
    if (!id)
        qWarning("assign failed: %s", qPrintable(error));
    return id.value_or(0);
}

void TestResolver::everyServiceIsCovered()
{
    // The table below must name every service of the example, no more, no less.
    QSet<QString> inExample;
    for (const Item &s : test::must(m_store->services(test::readError())))
        inExample.insert(s.name);
    QSet<QString> inTable;
    for (const auto &row : expectedContacts())
        inTable.insert(row.first);
    QCOMPARE(inExample.size(), 15);
    QCOMPARE(inTable, inExample);
}

void TestResolver::services_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("expected");
    for (const auto &row : expectedContacts())
        QTest::newRow(qPrintable(row.first)) << row.first << row.second;
}

void TestResolver::services()
{
    QFETCH(QString, service);
    QFETCH(QStringList, expected);

    const QVector<ResolvedContact> result = resolve(service);
    QStringList actual;
    for (const ResolvedContact &c : result)
        actual << describe(c);
    QCOMPARE(actual, expected);

    // Where each line comes from: the service itself, or the organisation's fallback.
    const int depthOfOrg =
        static_cast<int>(test::must(m_store->ancestry(itemId(service), test::readError())).size()) - 1;
    for (const ResolvedContact &c : result) {
        if (c.role == QLatin1String("escalation")) {
            QCOMPARE(c.sourceItemName, kOrg);
            QCOMPARE(c.sourceKind, ItemKind::Organisation);
            QCOMPARE(c.depth, depthOfOrg);
            QCOMPARE(c.sourceItemId, test::must(m_store->organisationId(test::readError())));
        } else {
            QCOMPARE(c.sourceItemName, service);
            QCOMPARE(c.sourceKind, ItemKind::Service);
            QCOMPARE(c.depth, 0);
            QCOMPARE(c.sourceItemId, itemId(service));
            QCOMPARE(c.priority, Priority::Primary);
        }
        QVERIFY(c.contact.id > 0);
        QVERIFY2(c.priority != Priority::Inactive, qPrintable(describe(c)));
    }
    // Nobody is listed twice.
    QSet<qint64> ids;
    for (const ResolvedContact &c : result)
        ids.insert(c.contact.id);
    QCOMPARE(ids.size(), result.size());
}

void TestResolver::escalationContactsComeFromTheOrganisation()
{
    const QVector<ResolvedContact> result = resolve(QStringLiteral("docs.python.org"));
    QCOMPARE(result.size(), 4);
    const ResolvedContact &list = result.at(2);
    QCOMPARE(list.contact.kind, ContactKind::MailingList);
    QCOMPARE(list.priority, Priority::Primary);
    QCOMPARE(list.note, QStringLiteral("the best way to contact the infrastructure team"));
    QCOMPARE(list.depth, 3); // docs.python.org -> its VM -> Rackspace -> the PSF
    QCOMPARE(list.contact.addresses.size(), 1);
    QCOMPARE(list.contact.addresses.first().kind, AddressKind::Email);
    QCOMPARE(list.contact.addresses.first().value, QStringLiteral("infrastructure-staff@python.org"));

    const ResolvedContact &channel = result.at(3);
    QCOMPARE(channel.contact.kind, ContactKind::ChatChannel);
    QCOMPARE(channel.priority, Priority::Secondary);
    QVERIFY(!channel.contact.addresses.isEmpty());
    QCOMPARE(channel.contact.addresses.first().kind, AddressKind::Irc);
    QCOMPARE(channel.contact.addresses.first().value, QStringLiteral("irc://irc.freenode.net/#python-infra"));

    // The owners come with their roles and notes.
    QCOMPARE(result.at(0).contact.kind, ContactKind::Person);
    QCOMPARE(result.at(0).reason, QStringLiteral("owner of docs.python.org"));
    const QVector<ResolvedContact> buildbot = resolve(QStringLiteral("Buildbot"));
    QCOMPARE(buildbot.first().note, QStringLiteral("particularly Antoine Pitrou"));
    QCOMPARE(buildbot.first().depth, 0);
    QCOMPARE(buildbot.at(2).depth, 1); // Buildbot sits directly under the organisation
}

void TestResolver::providersAndHosts_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("expected");

    const QString team = QStringLiteral("Infrastructure team");
    // "Its members also generally handle changes to sensitive global systems such as DNS."
    QTest::newRow("Dyn")
        << QStringLiteral("Dyn")
        << (QStringList{line(team, QStringLiteral("maintainer"), QStringLiteral("maintainer of Dyn"))} + escalation());
    QTest::newRow("Gandi") << QStringLiteral("Gandi")
                           << (QStringList{
                                   line(team, QStringLiteral("maintainer"), QStringLiteral("maintainer of Gandi"))} +
                               escalation());
    for (const char *name : {"XS4ALL", "OSUOSL", "Rackspace", "Fastly", "Upfront Systems", "albatross", "dinsdale",
                             "ximinez", "Rackspace VM for docs.python.org", "OSUOSL VM for www.python.org"})
        QTest::newRow(name) << QString::fromLatin1(name) << escalation();
}

void TestResolver::providersAndHosts()
{
    QFETCH(QString, item);
    QFETCH(QStringList, expected);
    QCOMPARE(lines(item), expected);
}

void TestResolver::organisationItself()
{
    const QVector<ResolvedContact> result = resolve(kOrg);
    QStringList actual;
    for (const ResolvedContact &c : result)
        actual << describe(c);
    QCOMPARE(actual, escalation());
    for (const ResolvedContact &c : result)
        QCOMPARE(c.depth, 0);
}

void TestResolver::inheritedContactsSayWhereFrom()
{
    // Someone responsible for all of Rackspace and for one VM there.
    QVERIFY(assign(QStringLiteral("Rackspace"), QStringLiteral("Noah Kantrowitz"), QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("Rackspace VM for docs.python.org"), QStringLiteral("Alex Gaynor"),
                   QStringLiteral("maintainer")));

    const QStringList expected = {
        line(QStringLiteral("Benjamin Peterson"), QStringLiteral("owner"), QStringLiteral("owner of docs.python.org")),
        line(QStringLiteral("Georg Brandl"), QStringLiteral("owner"), QStringLiteral("owner of docs.python.org")),
        line(QStringLiteral("Alex Gaynor"), QStringLiteral("maintainer"),
             QStringLiteral("inherited from Rackspace VM for docs.python.org (maintainer)")),
        line(QStringLiteral("Noah Kantrowitz"), QStringLiteral("owner"),
             QStringLiteral("inherited from Rackspace (owner)")),
    };
    QCOMPARE(lines(QStringLiteral("docs.python.org")), expected + escalation());

    const QVector<ResolvedContact> result = resolve(QStringLiteral("docs.python.org"));
    QCOMPARE(result.at(2).depth, 1);
    QCOMPARE(result.at(2).sourceKind, ItemKind::Host);
    QCOMPARE(result.at(3).depth, 2);
    QCOMPARE(result.at(3).sourceKind, ItemKind::Provider);
    QCOMPARE(result.at(3).sourceItemName, QStringLiteral("Rackspace"));

    // PyPI sits directly on Rackspace: one level up.
    QCOMPARE(lines(QStringLiteral("PyPI")).at(3), line(QStringLiteral("Noah Kantrowitz"), QStringLiteral("owner"),
                                                       QStringLiteral("inherited from Rackspace (owner)")));
    // A service elsewhere inherits nothing from Rackspace.
    QCOMPARE(lines(QStringLiteral("planet.python.org")), escalation());
}

void TestResolver::contactAtTwoLevelsIsListedOnceAtTheNearest()
{
    // Richard Jones maintains PyPI and, now, all of Rackspace; Benjamin Peterson owns
    // docs.python.org and its VM; the team's list is also an owner of docs.python.org.
    QVERIFY(assign(QStringLiteral("Rackspace"), QStringLiteral("Richard Jones"), QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("Rackspace VM for docs.python.org"), QStringLiteral("Benjamin Peterson"),
                   QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("docs.python.org"), QStringLiteral("infrastructure-staff@python.org"),
                   QStringLiteral("contact")));

    const QStringList pypi = lines(QStringLiteral("PyPI"));
    QCOMPARE(pypi.size(), 5);
    QCOMPARE(pypi.filter(QStringLiteral("Richard Jones")),
             QStringList{line(QStringLiteral("Richard Jones"), QStringLiteral("maintainer"),
                              QStringLiteral("maintainer of PyPI"))});

    const QStringList expected = {
        line(QStringLiteral("Benjamin Peterson"), QStringLiteral("owner"), QStringLiteral("owner of docs.python.org")),
        line(QStringLiteral("Georg Brandl"), QStringLiteral("owner"), QStringLiteral("owner of docs.python.org")),
        line(QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("contact"),
             QStringLiteral("contact of docs.python.org")),
        line(QStringLiteral("Richard Jones"), QStringLiteral("owner"),
             QStringLiteral("inherited from Rackspace (owner)")),
        line(QStringLiteral("#python-infra"), QStringLiteral("escalation"), kEscalationReason),
    };
    QCOMPARE(lines(QStringLiteral("docs.python.org")), expected);
}

void TestResolver::inactiveAssignmentsAreNeverListed()
{
    // Alex Gaynor "has no responsibilities": inactive everywhere he is assigned.
    QVERIFY(assign(QStringLiteral("docs.python.org"), QStringLiteral("Alex Gaynor"), QStringLiteral("owner"),
                   Priority::Inactive));
    QVERIFY(assign(QStringLiteral("Rackspace"), QStringLiteral("Alex Gaynor"), QStringLiteral("owner"),
                   Priority::Inactive));
    QVERIFY(assign(QStringLiteral("Python Software Foundation"), QStringLiteral("Alex Gaynor"),
                   QStringLiteral("escalation"), Priority::Inactive));
    const QStringList docs = lines(QStringLiteral("docs.python.org"));
    QCOMPARE(docs.filter(QStringLiteral("Alex Gaynor")), QStringList());
    QCOMPARE(docs.size(), 4);
    QCOMPARE(lines(QStringLiteral("planet.python.org")), escalation());

    // Retiring Georg Brandl as an owner of docs.python.org removes him from its answer.
    const qint64 docs_id = itemId(QStringLiteral("docs.python.org"));
    const qint64 georg = contactId(QStringLiteral("Georg Brandl"));
    for (Assignment a : test::must(m_store->assignments(docs_id, test::readError()))) {
        if (a.contactId != georg)
            continue;
        a.priority = Priority::Inactive;
        QString error;
        QVERIFY2(m_store->updateAssignment(a, &error), qPrintable(error));
    }
    QCOMPARE(lines(QStringLiteral("docs.python.org")),
             QStringList{line(QStringLiteral("Benjamin Peterson"), QStringLiteral("owner"),
                              QStringLiteral("owner of docs.python.org"))} +
                 escalation());
    // ...but not from hg.python.org, which he still owns.
    QCOMPARE(lines(QStringLiteral("hg.python.org")).filter(QStringLiteral("Georg Brandl")).size(), 1);

    // An inactive escalation contact leaves the fallback to the others.
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    const qint64 channel = contactId(QStringLiteral("#python-infra"));
    for (Assignment a : test::must(m_store->assignments(org, test::readError()))) {
        if (a.contactId != channel)
            continue;
        a.priority = Priority::Inactive;
        QVERIFY(m_store->updateAssignment(a, nullptr));
    }
    QCOMPARE(lines(QStringLiteral("staging.python.org")), QStringList{escalation().first()});
}

void TestResolver::orderWithinALevel()
{
    // Within one level: priority first, then role (owner, maintainer, contact,
    // escalation, sponsor, then any other role), then the contact's name (not the order
    // of assignment: Noah was assigned before Ernest).
    const QString planet = QStringLiteral("planet.python.org");
    QVERIFY(assign(planet, QStringLiteral("Alex Gaynor"), QStringLiteral("sponsor")));
    QVERIFY(assign(planet, QStringLiteral("Donald Stufft"), QStringLiteral("owner"), Priority::Tertiary));
    QVERIFY(assign(planet, QStringLiteral("Georg Brandl"), QStringLiteral("on-call")));
    QVERIFY(assign(planet, QStringLiteral("Richard Jones"), QStringLiteral("contact")));
    QVERIFY(assign(planet, QStringLiteral("Antoine Pitrou"), QStringLiteral("owner"), Priority::Secondary));
    QVERIFY(assign(planet, QStringLiteral("Benjamin Peterson"), QStringLiteral("maintainer")));
    QVERIFY(assign(planet, QStringLiteral("Noah Kantrowitz"), QStringLiteral("owner")));
    QVERIFY(assign(planet, QStringLiteral("Ernest W. Durbin III"), QStringLiteral("owner")));

    QStringList names;
    for (const ResolvedContact &c : resolve(planet))
        names << c.contact.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Ernest W. Durbin III"), QStringLiteral("Noah Kantrowitz"),
                                 QStringLiteral("Benjamin Peterson"), QStringLiteral("Richard Jones"),
                                 QStringLiteral("Alex Gaynor"), QStringLiteral("Georg Brandl"),
                                 QStringLiteral("Antoine Pitrou"), QStringLiteral("Donald Stufft"),
                                 QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("#python-infra")}));
    // A role Steward does not know is shown as it is.
    const QVector<ResolvedContact> result = resolve(planet);
    QCOMPARE(result.at(5).reason, QStringLiteral("on-call of planet.python.org"));

    // A contact with two roles on one item is listed once, with the first in that order.
    QVERIFY(assign(planet, QStringLiteral("Noah Kantrowitz"), QStringLiteral("contact")));
    QCOMPARE(lines(planet).filter(QStringLiteral("Noah Kantrowitz")),
             QStringList{line(QStringLiteral("Noah Kantrowitz"), QStringLiteral("owner"),
                              QStringLiteral("owner of planet.python.org"))});
}

void TestResolver::teamAssignedDirectly()
{
    // The team is the maintainer of Dyn; a service configured there inherits it.
    Item service;
    service.kind = ItemKind::Service;
    service.name = QStringLiteral("python.org zone");
    service.parentId = itemId(QStringLiteral("Dyn"));
    QVERIFY(m_store->createItem(service, nullptr));
    const QVector<ResolvedContact> result = resolve(QStringLiteral("python.org zone"));
    QCOMPARE(result.size(), 3);
    QCOMPARE(describe(result.first()), line(QStringLiteral("Infrastructure team"), QStringLiteral("maintainer"),
                                            QStringLiteral("inherited from Dyn (maintainer)")));
    QCOMPARE(result.first().contact.kind, ContactKind::Team);
    QCOMPARE(result.first().contact.addresses.size(), 2);
}

void TestResolver::noEscalationContactMeansNothingAboveTheItem()
{
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    for (const Assignment &a : test::must(m_store->assignments(org, test::readError())))
        QVERIFY(m_store->removeAssignment(a.id, nullptr));
    QCOMPARE(lines(QStringLiteral("planet.python.org")), QStringList());
    QCOMPARE(lines(QStringLiteral("PyPI")).size(), 3);

    // A fallback escalation contact without a team says where it comes from instead.
    QVERIFY(assign(kOrg, QStringLiteral("postmaster@python.org"), QStringLiteral("escalation")));
    QCOMPARE(lines(QStringLiteral("planet.python.org")),
             QStringList{line(QStringLiteral("postmaster@python.org"), QStringLiteral("escalation"),
                              QStringLiteral("escalation: Python Software Foundation"))});
}

void TestResolver::unknownItemIsAnError()
{
    QString error;
    QVERIFY(!m_resolver->resolve(987654, &error));
    QVERIFY2(error.contains(QStringLiteral("987654")), qPrintable(error));
}

void TestResolver::serviceOnSeveralHosts()
{
    // docs.python.org runs on its Rackspace VM, on dinsdale (XS4ALL) and on Jython's VM
    // (Rackspace again): its own contacts, then each host's (the parent first), then
    // each provider's once, then escalation; a contact once, with every reason of its level.
    Item docs = test::must(m_store->item(itemId(QStringLiteral("docs.python.org")), test::readError()));
    docs.alsoOn = {itemId(QStringLiteral("dinsdale")), itemId(QStringLiteral("Rackspace VM for www.jython.org"))};
    QString error;
    QVERIFY2(m_store->updateItem(docs, &error), qPrintable(error));
    QVERIFY(assign(QStringLiteral("Rackspace VM for docs.python.org"), QStringLiteral("Richard Jones"),
                   QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("dinsdale"), QStringLiteral("Richard Jones"), QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("dinsdale"), QStringLiteral("Donald Stufft"), QStringLiteral("maintainer")));
    QVERIFY(assign(QStringLiteral("Rackspace VM for www.jython.org"), QStringLiteral("Georg Brandl"),
                   QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("Rackspace"), QStringLiteral("Ernest W. Durbin III"), QStringLiteral("owner")));
    QVERIFY(assign(QStringLiteral("XS4ALL"), QStringLiteral("Donald Stufft"), QStringLiteral("contact")));
    QVERIFY(assign(QStringLiteral("XS4ALL"), QStringLiteral("postmaster@python.org"), QStringLiteral("owner")));

    const QStringList expected =
        QStringList{
            line(QStringLiteral("Benjamin Peterson"), QStringLiteral("owner"),
                 QStringLiteral("owner of docs.python.org")),
            line(QStringLiteral("Georg Brandl"), QStringLiteral("owner"), QStringLiteral("owner of docs.python.org")),
            line(QStringLiteral("Richard Jones"), QStringLiteral("owner"),
                 QStringLiteral(
                     "inherited from Rackspace VM for docs.python.org (owner); inherited from dinsdale (owner)")),
            line(QStringLiteral("Donald Stufft"), QStringLiteral("maintainer"),
                 QStringLiteral("inherited from dinsdale (maintainer)")),
            line(QStringLiteral("Ernest W. Durbin III"), QStringLiteral("owner"),
                 QStringLiteral("inherited from Rackspace (owner)")),
            line(QStringLiteral("postmaster@python.org"), QStringLiteral("owner"),
                 QStringLiteral("inherited from XS4ALL (owner)")),
        } +
        escalation();
    QCOMPARE(lines(QStringLiteral("docs.python.org")), expected);
    const QVector<ResolvedContact> answer = resolve(QStringLiteral("docs.python.org"));
    QCOMPARE(answer.at(2).depth, 1);
    QCOMPARE(answer.at(2).alsoFromItemIds, QVector<qint64>{itemId(QStringLiteral("dinsdale"))});
    QCOMPARE(answer.at(4).depth, 2);
    QCOMPARE(answer.last().depth, 3);

    // From memory (the reports' way), the same answer, and the same order of assignments.
    ContactResolver preloaded(*m_store);
    QVERIFY2(preloaded.preload(&error), qPrintable(error));
    QStringList fromMemory;
    for (const ResolvedContact &c : test::must(preloaded.resolve(docs.id, test::readError())))
        fromMemory << describe(c);
    QCOMPARE(fromMemory, expected);
    QStringList ordered;
    for (const Assignment &a : preloaded.orderedAssignments(docs.id))
        ordered << preloaded.preloadedContact(a.contactId)->name;
    QStringList names;
    for (const ResolvedContact &c : answer)
        names << c.contact.name;
    QCOMPARE(ordered, names);

    // The hosts themselves answer as before: one level each.
    QCOMPARE(lines(QStringLiteral("dinsdale")).first(),
             line(QStringLiteral("Richard Jones"), QStringLiteral("owner"), QStringLiteral("owner of dinsdale")));
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
