// Store: every read and write of the inventory, its rules, its optimistic version
// check and its change signals, on a real SQLite file.

#include "Database.h"
#include "Store.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

Item makeItem(ItemKind kind, const QString &name, qint64 parent)
{
    Item item;
    item.kind = kind;
    item.name = name;
    item.parentId = parent;
    return item;
}

Address address(AddressKind kind, const QString &value, const QString &label = QString())
{
    Address a;
    a.kind = kind;
    a.value = value;
    a.label = label;
    return a;
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private:
    /// Creates @p item, filling its id and version as the store does; 0 on failure.
    qint64 create(Item &item);
    qint64 create(Item &&item) { return create(item); }
    qint64 createContact(ContactKind kind, const QString &name, const QVector<Address> &addresses = {});
    int rowCount(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_org = 0;

private Q_SLOTS:
    void init();
    void cleanup();

    void organisation();
    void providerRoundTrip();
    void hostRoundTrip();
    void serviceRoundTrip();
    void updateKindSpecificFields();
    void namesAreTrimmedAndRequired();
    void parentRules_data();
    void parentRules();
    void moveToAnInvalidParentChangesNothing();
    void kindCannotChange();
    void staleItemVersionIsRefused();
    void updatingADeletedItemFails();
    void deleteCascades();
    void findItemsByNameIsCaseInsensitive();
    void searchItemsEscapesWildcards();
    void ancestryAndCounts();
    void treeRowsListEveryItem();
    void contactWithSeveralAddresses();
    void contactUpdateReplacesAddresses();
    void emptyAddressIsRefusedAndNothingChanges();
    void staleContactVersionIsRefused();
    void deleteContactCascades();
    void teamMembers();
    void teamMemberOfANonTeamIsRefused();
    void assignments();
    void duplicateAssignmentIsRefused();
    void assignmentToAMissingItemIsRefused();
    void staleAssignmentVersionIsRefused();
    void links();
    void badLinksAreRefused();
    void signalsAreEmittedAfterCommit();
    void signalsArriveWhenTheDataIsVisibleToOthers();
    void rolledBackBatchEmitsNothingAndWritesNothing();
    void failedWriteInsideABatchLeavesNoTrace();
    void itemNamesAreUniqueWithinAKind();
    void renamesKeepNamesUnique();
    void bulkCreationKeepsNamesUnique();
    void contactNamesAreUnique();
    void undoIntoATakenNameIsRefused();
    void upgradeRefusesDuplicateNames();
    void fieldLimitsAreEnforced_data();
    void fieldLimitsAreEnforced();
    void limitsAreEnforcedOnEveryWrite();
    void overLongValuesAlreadyStoredStayReadable();
    void controlAndBidiCharactersAreRefused_data();
    void controlAndBidiCharactersAreRefused();
    void multiLineTextKeepsTabsAndLineBreaks();
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("store"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    Item org = makeItem(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    QString error;
    auto id = m_store->createItem(org, &error);
    QVERIFY2(id, qPrintable(error));
    m_org = *id;
}

void TestStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestStore::create(Item &item)
{
    QString error;
    auto id = m_store->createItem(item, &error);
    if (!id)
        qWarning("createItem(%s) failed: %s", qPrintable(item.name), qPrintable(error));
    return id.value_or(0);
}

qint64 TestStore::createContact(ContactKind kind, const QString &name, const QVector<Address> &addresses)
{
    Contact c;
    c.kind = kind;
    c.name = name;
    c.addresses = addresses;
    QString error;
    auto id = m_store->createContact(c, &error);
    if (!id)
        qWarning("createContact(%s) failed: %s", qPrintable(name), qPrintable(error));
    return id.value_or(0);
}

int TestStore::rowCount(const QString &table)
{
    // Table names are ours, never user text.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestStore::organisation()
{
    QVERIFY2(m_store->organisationId(test::readError()), qPrintable(test::lastReadError()));
    QCOMPARE(test::must(m_store->organisationId(test::readError())), m_org);
    auto org = m_store->item(m_org, test::readError());
    QVERIFY(org);
    QCOMPARE(org->kind, ItemKind::Organisation);
    QCOMPARE(org->name, QStringLiteral("Acme"));
    QCOMPARE(org->parentId, 0);
    QCOMPARE(org->status, QStringLiteral("active"));
    QCOMPARE(org->version, 1);

    // Exactly one organisation, and it cannot be deleted or given a parent.
    QString error;
    Item second = makeItem(ItemKind::Organisation, QStringLiteral("Other"), 0);
    QVERIFY(!m_store->createItem(second, &error));
    QVERIFY2(error.contains(QStringLiteral("already has an organisation")), qPrintable(error));
    QVERIFY(!m_store->deleteItem(m_org, &error));
    QVERIFY2(m_store->item(m_org, test::readError()), qPrintable(test::lastReadError()));
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("P"), m_org));
    QVERIFY(provider);
    Item moved = *org;
    moved.parentId = provider;
    QVERIFY(!m_store->updateItem(moved, &error));
    QCOMPARE(test::must(m_store->countItems(ItemKind::Organisation, test::readError())), 1);
}

void TestStore::providerRoundTrip()
{
    Item p = makeItem(ItemKind::Provider, QStringLiteral("OSUOSL"), m_org);
    p.providerKind = ProviderKind::VmHosting;
    p.fullName = QStringLiteral("Oregon State University Open Source Lab");
    p.website = QStringLiteral("http://osuosl.org/");
    p.location = QStringLiteral("Corvallis, Oregon");
    p.configTool = QStringLiteral("Chef");
    p.configToolUrl = QStringLiteral("http://www.getchef.com");
    p.configRepo = QStringLiteral("https://github.com/python/psf-chef");
    p.description = QStringLiteral("Hosts VMs.");
    p.notes = QStringLiteral("line one\nline two, with \"quotes\"");
    p.status = QStringLiteral("active");
    QString error;
    auto id = m_store->createItem(p, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(p.id, *id);
    QCOMPARE(p.version, 1);

    auto read = m_store->item(*id, test::readError());
    QVERIFY(read);
    QCOMPARE(read->kind, ItemKind::Provider);
    QCOMPARE(read->name, p.name);
    QCOMPARE(read->parentId, m_org);
    QCOMPARE(read->providerKind, ProviderKind::VmHosting);
    QCOMPARE(read->fullName, p.fullName);
    QCOMPARE(read->website, p.website);
    QCOMPARE(read->location, p.location);
    QCOMPARE(read->configTool, p.configTool);
    QCOMPARE(read->configToolUrl, p.configToolUrl);
    QCOMPARE(read->configRepo, p.configRepo);
    QCOMPARE(read->description, p.description);
    QCOMPARE(read->notes, p.notes);
    QCOMPARE(read->version, 1);
    QCOMPARE(rowCount(QStringLiteral("provider")), 1);
    QCOMPARE(rowCount(QStringLiteral("host")), 0);
    QCOMPARE(rowCount(QStringLiteral("service")), 0);

    // Every provider kind survives the trip.
    for (ProviderKind kind : {ProviderKind::HardwareHosting, ProviderKind::VmHosting, ProviderKind::Dns,
                              ProviderKind::Registrar, ProviderKind::Cdn, ProviderKind::Other}) {
        Item k = makeItem(ItemKind::Provider, QStringLiteral("kind %1").arg(static_cast<int>(kind)), m_org);
        k.providerKind = kind;
        const qint64 kid = create(k);
        QVERIFY(kid);
        QCOMPARE(test::must(m_store->item(kid, test::readError())).providerKind, kind);
    }
}

void TestStore::hostRoundTrip()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("XS4ALL"), m_org));
    Item h = makeItem(ItemKind::Host, QStringLiteral("albatross"), provider);
    h.hostKind = HostKind::Physical;
    h.hostname = QStringLiteral("albatross.python.org");
    h.status = QStringLiteral("unreachable");
    h.description = QStringLiteral("The mail server.");
    const qint64 id = create(h);
    QVERIFY(id);
    auto read = m_store->item(id, test::readError());
    QVERIFY(read);
    QCOMPARE(read->kind, ItemKind::Host);
    QCOMPARE(read->hostKind, HostKind::Physical);
    QCOMPARE(read->hostname, h.hostname);
    QCOMPARE(read->status, QStringLiteral("unreachable"));
    QCOMPARE(read->description, h.description);
    QCOMPARE(read->parentId, provider);

    // An unnamed VM: no hostname, and the default kind.
    const qint64 vm = create(makeItem(ItemKind::Host, QStringLiteral("a VM"), provider));
    QCOMPARE(test::must(m_store->item(vm, test::readError())).hostKind, HostKind::Vm);
    QCOMPARE(test::must(m_store->item(vm, test::readError())).hostname, QString());
    QCOMPARE(rowCount(QStringLiteral("host")), 2);
}

void TestStore::serviceRoundTrip()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("Rackspace"), m_org));
    const qint64 host = create(makeItem(ItemKind::Host, QStringLiteral("vm"), provider));
    Item s = makeItem(ItemKind::Service, QStringLiteral("www.python.org"), host);
    s.url = QStringLiteral("https://www.python.org/");
    s.sourceUrl = QStringLiteral("https://github.com/python/pythondotorg");
    s.status = QStringLiteral("needs-move");
    s.description = QStringLiteral("The main Python website, a Django app.");
    s.notes = QStringLiteral("Behind Fastly. ünïcödé ✓");
    const qint64 id = create(s);
    QVERIFY(id);
    auto read = m_store->item(id, test::readError());
    QVERIFY(read);
    QCOMPARE(read->kind, ItemKind::Service);
    QCOMPARE(read->url, s.url);
    QCOMPARE(read->sourceUrl, s.sourceUrl);
    QCOMPARE(read->status, s.status);
    QCOMPARE(read->description, s.description);
    QCOMPARE(read->notes, s.notes);
    QCOMPARE(read->parentId, host);

    // Services may also sit on a provider or on the organisation itself.
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("on provider"), provider)));
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("on org"), m_org)));
    QCOMPARE(rowCount(QStringLiteral("service")), 3);

    // A default status is "active" when none is given.
    Item blank = makeItem(ItemKind::Service, QStringLiteral("blank"), m_org);
    blank.status.clear();
    const qint64 blankId = create(blank);
    QCOMPARE(test::must(m_store->item(blankId, test::readError())).status, QStringLiteral("active"));

    const QVector<Item> services = test::must(m_store->services(test::readError()));
    QStringList names;
    for (const Item &i : services)
        names << i.name;
    QCOMPARE(names, (QStringList{QStringLiteral("blank"), QStringLiteral("on org"), QStringLiteral("on provider"),
                                 QStringLiteral("www.python.org")}));
}

void TestStore::updateKindSpecificFields()
{
    Item p = makeItem(ItemKind::Provider, QStringLiteral("Rackspace"), m_org);
    p.configTool = QStringLiteral("Chef");
    QVERIFY(create(p));
    p = test::must(m_store->item(p.id, test::readError()));
    p.name = QStringLiteral("Rackspace Cloud");
    p.providerKind = ProviderKind::VmHosting;
    p.configTool = QStringLiteral("Salt");
    p.configRepo = QStringLiteral("https://github.com/python/pypi-salt");
    p.status = QStringLiteral("legacy");
    QString error;
    QVERIFY2(m_store->updateItem(p, &error), qPrintable(error));
    QCOMPARE(p.version, 2);
    auto read = m_store->item(p.id, test::readError());
    QCOMPARE(read->name, QStringLiteral("Rackspace Cloud"));
    QCOMPARE(read->providerKind, ProviderKind::VmHosting);
    QCOMPARE(read->configTool, QStringLiteral("Salt"));
    QCOMPARE(read->configRepo, QStringLiteral("https://github.com/python/pypi-salt"));
    QCOMPARE(read->status, QStringLiteral("legacy"));
    QCOMPARE(read->version, 2);

    Item h = makeItem(ItemKind::Host, QStringLiteral("h"), p.id);
    QVERIFY(create(h));
    h.hostKind = HostKind::Physical;
    h.hostname = QStringLiteral("h.example.org");
    QVERIFY2(m_store->updateItem(h, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->item(h.id, test::readError())).hostKind, HostKind::Physical);
    QCOMPARE(test::must(m_store->item(h.id, test::readError())).hostname, QStringLiteral("h.example.org"));

    Item s = makeItem(ItemKind::Service, QStringLiteral("s"), h.id);
    QVERIFY(create(s));
    s.url = QStringLiteral("https://s.example.org");
    s.sourceUrl = QStringLiteral("https://git.example.org/s");
    QVERIFY2(m_store->updateItem(s, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->item(s.id, test::readError())).url, QStringLiteral("https://s.example.org"));
    QCOMPARE(test::must(m_store->item(s.id, test::readError())).sourceUrl, QStringLiteral("https://git.example.org/s"));
    QCOMPARE(test::must(m_store->item(s.id, test::readError())).version, 2);
}

void TestStore::namesAreTrimmedAndRequired()
{
    Item p = makeItem(ItemKind::Provider, QStringLiteral("  Dyn \t"), m_org);
    QVERIFY(create(p));
    QCOMPARE(p.name, QStringLiteral("Dyn"));
    QCOMPARE(test::must(m_store->item(p.id, test::readError())).name, QStringLiteral("Dyn"));

    QString error;
    Item blank = makeItem(ItemKind::Provider, QStringLiteral("   "), m_org);
    QVERIFY(!m_store->createItem(blank, &error));
    QVERIFY2(error.contains(QStringLiteral("name is required")), qPrintable(error));
    QCOMPARE(blank.id, 0);

    p.name = QString();
    QVERIFY(!m_store->updateItem(p, &error));
    QCOMPARE(test::must(m_store->item(p.id, test::readError())).name, QStringLiteral("Dyn"));

    Contact c;
    c.name = QStringLiteral(" ");
    QVERIFY(!m_store->createContact(c, &error));
    QCOMPARE(rowCount(QStringLiteral("contact")), 0);
}

void TestStore::parentRules_data()
{
    QTest::addColumn<int>("kind");   // ItemKind of the new item
    QTest::addColumn<int>("parent"); // 0 none, 1 organisation, 2 provider, 3 host, 4 service, 5 missing id
    QTest::addColumn<bool>("allowed");

    const int org = 1, provider = 2, host = 3, service = 4, missing = 5;
    const auto P = static_cast<int>(ItemKind::Provider);
    const auto H = static_cast<int>(ItemKind::Host);
    const auto S = static_cast<int>(ItemKind::Service);
    QTest::newRow("provider under organisation") << P << org << true;
    QTest::newRow("provider under provider") << P << provider << false;
    QTest::newRow("provider under host") << P << host << false;
    QTest::newRow("provider under service") << P << service << false;
    QTest::newRow("provider without parent") << P << 0 << false;
    QTest::newRow("host under provider") << H << provider << true;
    // A host whose provider nobody recorded sits under the organisation.
    QTest::newRow("host under organisation") << H << org << true;
    QTest::newRow("host under host") << H << host << false;
    QTest::newRow("host under service") << H << service << false;
    QTest::newRow("host without parent") << H << 0 << false;
    QTest::newRow("service under host") << S << host << true;
    QTest::newRow("service under provider") << S << provider << true;
    QTest::newRow("service under organisation") << S << org << true;
    QTest::newRow("service under service") << S << service << false;
    QTest::newRow("service without parent") << S << 0 << false;
    QTest::newRow("service under a missing item") << S << missing << false;
}

void TestStore::parentRules()
{
    QFETCH(int, kind);
    QFETCH(int, parent);
    QFETCH(bool, allowed);

    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const qint64 host = create(makeItem(ItemKind::Host, QStringLiteral("host"), provider));
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), host));
    QVERIFY(provider && host && service);
    const qint64 parents[] = {0, m_org, provider, host, service, 9999};
    const int before = rowCount(QStringLiteral("item"));

    QSignalSpy created(m_store.get(), &Store::itemCreated);
    Item item = makeItem(static_cast<ItemKind>(kind), QStringLiteral("new"), parents[parent]);
    QString error;
    const auto id = m_store->createItem(item, &error);
    QCOMPARE(id.has_value(), allowed);
    if (allowed) {
        QCOMPARE(rowCount(QStringLiteral("item")), before + 1);
        QCOMPARE(created.count(), 1);
        QVERIFY(m_db->check().isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(rowCount(QStringLiteral("item")), before);
        QCOMPARE(created.count(), 0);
    }
}

void TestStore::moveToAnInvalidParentChangesNothing()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const qint64 host = create(makeItem(ItemKind::Host, QStringLiteral("host"), provider));
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), host));
    const qint64 other = create(makeItem(ItemKind::Service, QStringLiteral("other"), host));

    QSignalSpy updated(m_store.get(), &Store::itemUpdated);
    QString error;
    Item h = test::must(m_store->item(host, test::readError()));
    h.parentId = service; // host under service
    h.name = QStringLiteral("renamed");
    QVERIFY(!m_store->updateItem(h, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be placed under")), qPrintable(error));
    QCOMPARE(h.version, 1); // the caller's copy is not bumped either
    auto stored = m_store->item(host, test::readError());
    QCOMPARE(stored->parentId, provider);
    QCOMPARE(stored->name, QStringLiteral("host"));
    QCOMPARE(stored->version, 1);

    Item s = test::must(m_store->item(service, test::readError()));
    s.parentId = other; // service under service
    QVERIFY(!m_store->updateItem(s, &error));
    QCOMPARE(test::must(m_store->item(service, test::readError())).parentId, host);
    QCOMPARE(updated.count(), 0);

    // A valid move works and bumps the version.
    s.parentId = provider;
    QVERIFY2(m_store->updateItem(s, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->item(service, test::readError())).parentId, provider);
    QCOMPARE(test::must(m_store->item(service, test::readError())).version, 2);
    QCOMPARE(updated.count(), 1);
}

void TestStore::kindCannotChange()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), provider));
    Item s = test::must(m_store->item(service, test::readError()));
    s.kind = ItemKind::Host;
    QString error;
    QVERIFY(!m_store->updateItem(s, &error));
    QVERIFY2(error.contains(QStringLiteral("kind")), qPrintable(error));
    QCOMPARE(test::must(m_store->item(service, test::readError())).kind, ItemKind::Service);
    QCOMPARE(rowCount(QStringLiteral("host")), 0);
}

void TestStore::staleItemVersionIsRefused()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    Item s = makeItem(ItemKind::Service, QStringLiteral("svc"), provider);
    s.url = QStringLiteral("https://one.example");
    QVERIFY(create(s));

    Item mine = test::must(m_store->item(s.id, test::readError()));
    Item theirs = test::must(m_store->item(s.id, test::readError()));
    theirs.name = QStringLiteral("svc (theirs)");
    theirs.url = QStringLiteral("https://theirs.example");
    QString error;
    QVERIFY2(m_store->updateItem(theirs, &error), qPrintable(error));
    QCOMPARE(theirs.version, 2);

    QSignalSpy updated(m_store.get(), &Store::itemUpdated);
    mine.name = QStringLiteral("svc (mine)");
    mine.url = QStringLiteral("https://mine.example");
    mine.status = QStringLiteral("legacy");
    QVERIFY(!m_store->updateItem(mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
    QCOMPARE(mine.version, 1);
    QCOMPARE(updated.count(), 0);

    auto stored = m_store->item(s.id, test::readError());
    QCOMPARE(stored->name, QStringLiteral("svc (theirs)"));
    QCOMPARE(stored->url, QStringLiteral("https://theirs.example"));
    QCOMPARE(stored->status, QStringLiteral("active"));
    QCOMPARE(stored->version, 2);
    QCOMPARE(test::must(m_store->findItemsByName(QStringLiteral("svc (mine)"), test::readError())).size(), 0);

    // Reloading and retrying succeeds.
    mine = *stored;
    mine.name = QStringLiteral("svc (mine)");
    QVERIFY2(m_store->updateItem(mine, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->item(s.id, test::readError())).version, 3);
}

void TestStore::updatingADeletedItemFails()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    Item p = test::must(m_store->item(provider, test::readError()));
    QString error;
    QVERIFY2(m_store->deleteItem(provider, &error), qPrintable(error));
    QVERIFY(!m_store->item(provider, test::readError()));
    p.name = QStringLiteral("back");
    QVERIFY(!m_store->updateItem(p, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    QCOMPARE(rowCount(QStringLiteral("item")), 1);
    QVERIFY(!m_store->deleteItem(provider, &error));
}

void TestStore::deleteCascades()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const qint64 cdn = create(makeItem(ItemKind::Provider, QStringLiteral("cdn"), m_org));
    const qint64 host = create(makeItem(ItemKind::Host, QStringLiteral("host"), provider));
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), host));
    const qint64 person = createContact(ContactKind::Person, QStringLiteral("Ann"));
    Assignment a;
    a.itemId = service;
    a.contactId = person;
    QString error;
    QVERIFY2(m_store->addAssignment(a, &error), qPrintable(error));
    Link l;
    l.fromItem = service;
    l.toItem = cdn;
    QVERIFY2(m_store->addLink(l, &error), qPrintable(error));

    QSignalSpy removed(m_store.get(), &Store::itemRemoved);
    QVERIFY2(m_store->deleteItem(provider, &error), qPrintable(error));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), provider);
    QVERIFY(!m_store->item(host, test::readError()));
    QVERIFY(!m_store->item(service, test::readError()));
    QCOMPARE(rowCount(QStringLiteral("host")), 0);
    QCOMPARE(rowCount(QStringLiteral("service")), 0);
    QCOMPARE(rowCount(QStringLiteral("provider")), 1);
    QCOMPARE(rowCount(QStringLiteral("assignment")), 0);
    QCOMPARE(rowCount(QStringLiteral("item_link")), 0);
    // The contact outlives its assignments.
    QVERIFY2(m_store->contact(person, test::readError()), qPrintable(test::lastReadError()));
    QVERIFY(m_db->check().isEmpty());
}

void TestStore::findItemsByNameIsCaseInsensitive()
{
    const qint64 provider =
        create(makeItem(ItemKind::Provider, QStringLiteral("Marc-Andr\u00e9's \u03a3erver"), m_org));
    const qint64 a = create(makeItem(ItemKind::Service, QStringLiteral("docs.python.org"), provider));
    // Another kind: names are unique within a kind.
    const qint64 b = create(makeItem(ItemKind::Provider, QStringLiteral("DOCS.python.org"), m_org));
    QVERIFY(provider && a && b);

    QVector<Item> found = test::must(m_store->findItemsByName(QStringLiteral("Docs.Python.Org"), test::readError()));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).id, a);
    QCOMPARE(found.at(1).id, b);
    // Case folding, not just ASCII lower-casing, and surrounding blanks ignored.
    found = test::must(m_store->findItemsByName(QStringLiteral(" MARC-ANDR\u00c9'S \u03c3ERVER "), test::readError()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, provider);
    QCOMPARE(found.first().kind, ItemKind::Provider);
    // Exact names only: a part of a name is not a match.
    QVERIFY(test::must(m_store->findItemsByName(QStringLiteral("docs"), test::readError())).isEmpty());

    // A rename updates what the name look-up sees.
    Item renamed = test::must(m_store->item(b, test::readError()));
    renamed.name = QStringLiteral("Documentation");
    QVERIFY(m_store->updateItem(renamed, nullptr));
    QCOMPARE(test::must(m_store->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).size(), 1);
    QCOMPARE(test::must(m_store->findItemsByName(QStringLiteral("documentation"), test::readError())).size(), 1);
}

void TestStore::searchItemsEscapesWildcards()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("100% Uptime"), m_org));
    const qint64 under = create(makeItem(ItemKind::Service, QStringLiteral("snake_case"), provider));
    const qint64 plain = create(makeItem(ItemKind::Service, QStringLiteral("snakeXcase"), provider));
    const qint64 slash = create(makeItem(ItemKind::Service, QStringLiteral("back\\slash"), provider));
    QVERIFY(provider && under && plain && slash);

    const auto names = [this](const QString &text, int limit = 50) {
        QStringList list;
        for (const Item &i : test::must(m_store->searchItems(text, limit, test::readError())))
            list << i.name;
        return list;
    };
    QCOMPARE(names(QStringLiteral("%")), QStringList{QStringLiteral("100% Uptime")});
    QCOMPARE(names(QStringLiteral("_")), QStringList{QStringLiteral("snake_case")});
    QCOMPARE(names(QStringLiteral("\\")), QStringList{QStringLiteral("back\\slash")});
    QCOMPARE(names(QStringLiteral("SNAKE")), (QStringList{QStringLiteral("snake_case"), QStringLiteral("snakeXcase")}));
    QCOMPARE(names(QStringLiteral("snake"), 1), QStringList{QStringLiteral("snake_case")});
    QCOMPARE(names(QStringLiteral("' OR 1=1 --")), QStringList());
}

void TestStore::ancestryAndCounts()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const qint64 host = create(makeItem(ItemKind::Host, QStringLiteral("host"), provider));
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), host));
    QCOMPARE(test::must(m_store->ancestry(service, test::readError())),
             (QVector<qint64>{service, host, provider, m_org}));
    QCOMPARE(test::must(m_store->ancestry(m_org, test::readError())), QVector<qint64>{m_org});
    QString error;
    QVERIFY(!m_store->ancestry(4711, &error));
    QVERIFY(!error.isEmpty());

    QCOMPARE(test::must(m_store->countItems(ItemKind::Organisation, test::readError())), 1);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Provider, test::readError())), 1);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Host, test::readError())), 1);
    QCOMPARE(test::must(m_store->countItems(ItemKind::Service, test::readError())), 1);
}

void TestStore::treeRowsListEveryItem()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    Item h = makeItem(ItemKind::Host, QStringLiteral("host"), provider);
    h.status = QStringLiteral("unreachable");
    const qint64 host = create(h);
    QString error;
    const auto treeRows = m_store->treeRows(&error);
    QVERIFY2(treeRows, qPrintable(error));
    const QVector<TreeRow> &rows = *treeRows;
    QCOMPARE(rows.size(), 3);
    QHash<qint64, TreeRow> byId;
    for (const TreeRow &r : rows)
        byId.insert(r.id, r);
    QCOMPARE(byId.value(m_org).parentId, 0);
    QCOMPARE(byId.value(m_org).kind, ItemKind::Organisation);
    QCOMPARE(byId.value(provider).parentId, m_org);
    QCOMPARE(byId.value(host).parentId, provider);
    QCOMPARE(byId.value(host).kind, ItemKind::Host);
    QCOMPARE(byId.value(host).name, QStringLiteral("host"));
    QCOMPARE(byId.value(host).status, QStringLiteral("unreachable"));
}

void TestStore::contactWithSeveralAddresses()
{
    const qint64 team = createContact(ContactKind::Team, QStringLiteral("Infrastructure team"));
    Contact c;
    c.kind = ContactKind::ChatChannel;
    c.name = QStringLiteral("#python-infra");
    c.teamId = team;
    c.notes = QStringLiteral("often people hanging out");
    c.addresses = {
        address(AddressKind::Irc, QStringLiteral("irc://irc.freenode.net/#python-infra"), QStringLiteral("Freenode")),
        address(AddressKind::Url, QStringLiteral(" http://freenode.net "), QStringLiteral("web")),
        address(AddressKind::Email, QStringLiteral("infrastructure-staff@python.org")),
        address(AddressKind::Matrix, QStringLiteral("#python-infra:matrix.org")),
        address(AddressKind::Phone, QStringLiteral("+31 20 555 0100"))};
    QString error;
    auto id = m_store->createContact(c, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(c.id, *id);
    QCOMPARE(c.version, 1);

    auto read = m_store->contact(*id, test::readError());
    QVERIFY(read);
    QCOMPARE(read->kind, ContactKind::ChatChannel);
    QCOMPARE(read->name, QStringLiteral("#python-infra"));
    QCOMPARE(read->teamId, team);
    QCOMPARE(read->notes, c.notes);
    QCOMPARE(read->version, 1);
    QCOMPARE(read->addresses.size(), 5);
    // In the order given, values trimmed, labels kept.
    QCOMPARE(read->addresses.at(0).kind, AddressKind::Irc);
    QCOMPARE(read->addresses.at(0).value, QStringLiteral("irc://irc.freenode.net/#python-infra"));
    QCOMPARE(read->addresses.at(0).label, QStringLiteral("Freenode"));
    QCOMPARE(read->addresses.at(1).kind, AddressKind::Url);
    QCOMPARE(read->addresses.at(1).value, QStringLiteral("http://freenode.net"));
    QCOMPARE(read->addresses.at(2).kind, AddressKind::Email);
    QCOMPARE(read->addresses.at(2).label, QString());
    QCOMPARE(read->addresses.at(3).kind, AddressKind::Matrix);
    QCOMPARE(read->addresses.at(4).kind, AddressKind::Phone);
    QCOMPARE(read->addresses.at(4).value, QStringLiteral("+31 20 555 0100"));

    // The list and the look-ups agree.
    const QVector<Contact> all = test::must(m_store->contacts(test::readError()));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("#python-infra"));
    QCOMPARE(all.at(0).addresses.size(), 5);
    QCOMPARE(all.at(1).name, QStringLiteral("Infrastructure team"));
    QCOMPARE(all.at(1).addresses.size(), 0);
    const QVector<Contact> found =
        test::must(m_store->findContactsByName(QStringLiteral("#PYTHON-INFRA"), test::readError()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().addresses.size(), 5);
    const QHash<qint64, Contact> byId = test::must(m_store->contactsById({*id, team, 4711}, test::readError()));
    QCOMPARE(byId.size(), 2);
    QCOMPARE(byId.value(*id).addresses.size(), 5);

    // Every contact kind survives the trip.
    for (ContactKind kind : {ContactKind::Person, ContactKind::Team, ContactKind::MailingList, ContactKind::Mailbox,
                             ContactKind::ChatChannel, ContactKind::IssueTracker, ContactKind::Organisation}) {
        const qint64 kid = createContact(kind, QStringLiteral("kind %1").arg(static_cast<int>(kind)));
        QVERIFY(kid);
        QCOMPARE(test::must(m_store->contact(kid, test::readError())).kind, kind);
    }
}

void TestStore::contactUpdateReplacesAddresses()
{
    const qint64 id = createContact(ContactKind::Person, QStringLiteral("Georg Brandl"),
                                    {address(AddressKind::Email, QStringLiteral("georg@example.org")),
                                     address(AddressKind::Irc, QStringLiteral("irc://example/georg"))});
    Contact c = test::must(m_store->contact(id, test::readError()));
    c.name = QStringLiteral("Georg B.");
    c.addresses = {address(AddressKind::Url, QStringLiteral("https://example.org/~georg"), QStringLiteral("home"))};
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);
    QString error;
    QVERIFY2(m_store->updateContact(c, &error), qPrintable(error));
    QCOMPARE(c.version, 2);
    QCOMPARE(changed.count(), 1);
    auto read = m_store->contact(id, test::readError());
    QCOMPARE(read->name, QStringLiteral("Georg B."));
    QCOMPARE(read->version, 2);
    QCOMPARE(read->addresses.size(), 1);
    QCOMPARE(read->addresses.first().kind, AddressKind::Url);
    QCOMPARE(read->addresses.first().label, QStringLiteral("home"));
    QCOMPARE(rowCount(QStringLiteral("contact_address")), 1);
    QCOMPARE(test::must(m_store->findContactsByName(QStringLiteral("georg b."), test::readError())).size(), 1);
    QCOMPARE(test::must(m_store->findContactsByName(QStringLiteral("georg brandl"), test::readError())).size(), 0);
}

void TestStore::emptyAddressIsRefusedAndNothingChanges()
{
    QString error;
    Contact bad;
    bad.name = QStringLiteral("Nobody");
    bad.addresses = {address(AddressKind::Email, QStringLiteral("a@example.org")),
                     address(AddressKind::Email, QStringLiteral("  "))};
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);
    QVERIFY(!m_store->createContact(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    QCOMPARE(bad.id, 0);
    QCOMPARE(rowCount(QStringLiteral("contact")), 0);
    QCOMPARE(rowCount(QStringLiteral("contact_address")), 0);

    const qint64 id = createContact(ContactKind::Person, QStringLiteral("Ann"),
                                    {address(AddressKind::Email, QStringLiteral("ann@example.org"))});
    changed.clear();
    Contact c = test::must(m_store->contact(id, test::readError()));
    c.name = QStringLiteral("Ann Other");
    c.addresses = {address(AddressKind::Email, QStringLiteral("new@example.org")),
                   address(AddressKind::Url, QString())};
    QVERIFY(!m_store->updateContact(c, &error));
    QCOMPARE(changed.count(), 0);
    auto read = m_store->contact(id, test::readError());
    QCOMPARE(read->name, QStringLiteral("Ann"));
    QCOMPARE(read->version, 1);
    QCOMPARE(read->addresses.size(), 1);
    QCOMPARE(read->addresses.first().value, QStringLiteral("ann@example.org"));
}

void TestStore::staleContactVersionIsRefused()
{
    const qint64 id = createContact(ContactKind::Person, QStringLiteral("Ann"),
                                    {address(AddressKind::Email, QStringLiteral("ann@example.org"))});
    Contact mine = test::must(m_store->contact(id, test::readError()));
    Contact theirs = test::must(m_store->contact(id, test::readError()));
    theirs.notes = QStringLiteral("theirs");
    QString error;
    QVERIFY(m_store->updateContact(theirs, &error));

    mine.notes = QStringLiteral("mine");
    mine.addresses.clear();
    QVERIFY(!m_store->updateContact(mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or deleted by someone else")), qPrintable(error));
    QCOMPARE(mine.version, 1);
    auto read = m_store->contact(id, test::readError());
    QCOMPARE(read->notes, QStringLiteral("theirs"));
    QCOMPARE(read->version, 2);
    QCOMPARE(read->addresses.size(), 1);
}

void TestStore::deleteContactCascades()
{
    const qint64 team = createContact(ContactKind::Team, QStringLiteral("Team"));
    const qint64 person = createContact(ContactKind::Person, QStringLiteral("Ann"),
                                        {address(AddressKind::Email, QStringLiteral("ann@example.org"))});
    Contact list;
    list.kind = ContactKind::MailingList;
    list.name = QStringLiteral("team@example.org");
    list.teamId = team;
    QVERIFY(m_store->createContact(list, nullptr));
    TeamMember m;
    m.teamId = team;
    m.memberId = person;
    QVERIFY(m_store->setTeamMember(m, nullptr));
    Assignment a;
    a.itemId = m_org;
    a.contactId = person;
    QVERIFY(m_store->addAssignment(a, nullptr));

    QString error;
    QVERIFY2(m_store->deleteContact(person, &error), qPrintable(error));
    QVERIFY(!m_store->contact(person, test::readError()));
    QCOMPARE(rowCount(QStringLiteral("contact_address")), 0);
    QCOMPARE(rowCount(QStringLiteral("team_member")), 0);
    QCOMPARE(rowCount(QStringLiteral("assignment")), 0);

    // Deleting a team keeps its list but unlinks it.
    QVERIFY2(m_store->deleteContact(team, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->contact(list.id, test::readError())).teamId, 0);
    QVERIFY(!m_store->deleteContact(team, &error));
    QVERIFY(m_db->check().isEmpty());
}

void TestStore::teamMembers()
{
    const qint64 team = createContact(ContactKind::Team, QStringLiteral("Infrastructure team"));
    const qint64 ernest = createContact(ContactKind::Person, QStringLiteral("Ernest W. Durbin III"));
    const qint64 alex = createContact(ContactKind::Person, QStringLiteral("Alex Gaynor"));
    const qint64 noah = createContact(ContactKind::Person, QStringLiteral("Noah Kantrowitz"));
    QString error;
    for (qint64 member : {ernest, alex, noah}) {
        TeamMember m;
        m.teamId = team;
        m.memberId = member;
        m.role = member == noah ? QStringLiteral("lead") : QStringLiteral("member");
        m.note = member == alex ? QStringLiteral("has no responsibilities") : QString();
        QVERIFY2(m_store->setTeamMember(m, &error), qPrintable(error));
    }
    QVector<TeamMember> members = test::must(m_store->teamMembers(team, test::readError()));
    QCOMPARE(members.size(), 3);
    // The lead first, then members in the order they joined.
    QCOMPARE(members.at(0).memberName, QStringLiteral("Noah Kantrowitz"));
    QCOMPARE(members.at(0).role, QStringLiteral("lead"));
    QCOMPARE(members.at(1).memberName, QStringLiteral("Ernest W. Durbin III"));
    QCOMPARE(members.at(2).memberName, QStringLiteral("Alex Gaynor"));
    QCOMPARE(members.at(2).note, QStringLiteral("has no responsibilities"));
    QCOMPARE(members.at(2).teamId, team);
    QCOMPARE(members.at(2).memberId, alex);

    // Setting an existing member again changes it rather than adding a row.
    TeamMember promote;
    promote.teamId = team;
    promote.memberId = ernest;
    promote.role = QStringLiteral("lead");
    QVERIFY(m_store->setTeamMember(promote, &error));
    members = test::must(m_store->teamMembers(team, test::readError()));
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).memberName, QStringLiteral("Noah Kantrowitz"));
    QCOMPARE(members.at(1).memberName, QStringLiteral("Ernest W. Durbin III"));
    QCOMPARE(members.at(1).role, QStringLiteral("lead"));

    QVERIFY(m_store->removeTeamMember(team, alex, &error));
    QCOMPARE(test::must(m_store->teamMembers(team, test::readError())).size(), 2);

    // A team cannot be its own member.
    TeamMember self;
    self.teamId = team;
    self.memberId = team;
    QVERIFY(!m_store->setTeamMember(self, &error));
    QCOMPARE(test::must(m_store->teamMembers(team, test::readError())).size(), 2);
}

void TestStore::teamMemberOfANonTeamIsRefused()
{
    const qint64 list = createContact(ContactKind::MailingList, QStringLiteral("list@example.org"));
    const qint64 person = createContact(ContactKind::Person, QStringLiteral("Ann"));
    TeamMember m;
    m.teamId = list;
    m.memberId = person;
    QString error;
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);
    QVERIFY(!m_store->setTeamMember(m, &error));
    QVERIFY2(error.contains(QStringLiteral("not a team")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowCount(QStringLiteral("team_member")), 0);
}

void TestStore::assignments()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), provider));
    const qint64 ann = createContact(ContactKind::Person, QStringLiteral("Ann"));
    const qint64 bob = createContact(ContactKind::Person, QStringLiteral("Bob"));
    QString error;

    Assignment first;
    first.itemId = service;
    first.contactId = ann;
    first.role = QStringLiteral(" owner ");
    first.note = QStringLiteral("particularly");
    QVERIFY2(m_store->addAssignment(first, &error), qPrintable(error));
    QCOMPARE(first.version, 1);
    Assignment second;
    second.itemId = service;
    second.contactId = bob;
    second.role = QStringLiteral("maintainer");
    second.priority = Priority::Secondary;
    QVERIFY2(m_store->addAssignment(second, &error), qPrintable(error));
    Assignment onProvider;
    onProvider.itemId = provider;
    onProvider.contactId = bob;
    onProvider.role = QStringLiteral("sponsor");
    QVERIFY2(m_store->addAssignment(onProvider, &error), qPrintable(error));

    QVector<Assignment> list = test::must(m_store->assignments(service, test::readError()));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, first.id);
    QCOMPARE(list.at(0).role, QStringLiteral("owner"));
    QCOMPARE(list.at(0).note, QStringLiteral("particularly"));
    QCOMPARE(list.at(0).priority, Priority::Primary);
    QCOMPARE(list.at(0).position, 0);
    QCOMPARE(list.at(1).contactId, bob);
    QCOMPARE(list.at(1).priority, Priority::Secondary);
    QCOMPARE(list.at(1).position, 1);
    QCOMPARE(test::must(m_store->assignments(provider, test::readError())).size(), 1);
    QCOMPARE(test::must(m_store->assignmentsFor({service, provider}, test::readError())).size(), 3);

    // Update: every priority survives, the version moves on.
    for (Priority p : {Priority::Tertiary, Priority::Inactive, Priority::Primary}) {
        Assignment a = test::must(m_store->assignments(service, test::readError())).at(1);
        a.priority = p;
        a.note = QStringLiteral("now %1").arg(keys::priority(p));
        QVERIFY2(m_store->updateAssignment(a, &error), qPrintable(error));
        const Assignment read = test::must(m_store->assignments(service, test::readError())).at(1);
        QCOMPARE(read.priority, p);
        QCOMPARE(read.note, a.note);
        QCOMPARE(read.version, a.version);
    }
    QCOMPARE(test::must(m_store->assignments(service, test::readError())).at(1).version, 4);

    QVERIFY(m_store->removeAssignment(first.id, &error));
    QCOMPARE(test::must(m_store->assignments(service, test::readError())).size(), 1);

    Assignment blank;
    blank.itemId = service;
    blank.contactId = ann;
    blank.role = QStringLiteral("  ");
    QVERIFY(!m_store->addAssignment(blank, &error));
    QCOMPARE(test::must(m_store->assignments(service, test::readError())).size(), 1);
}

void TestStore::duplicateAssignmentIsRefused()
{
    const qint64 ann = createContact(ContactKind::Person, QStringLiteral("Ann"));
    Assignment a;
    a.itemId = m_org;
    a.contactId = ann;
    QString error;
    QVERIFY(m_store->addAssignment(a, &error));
    Assignment again = a;
    again.id = 0;
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);
    QVERIFY(!m_store->addAssignment(again, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(changed.count(), 0);
    // Another role for the same contact is fine.
    again.role = QStringLiteral("escalation");
    QVERIFY2(m_store->addAssignment(again, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->assignments(m_org, test::readError())).size(), 2);
}

void TestStore::assignmentToAMissingItemIsRefused()
{
    const qint64 ann = createContact(ContactKind::Person, QStringLiteral("Ann"));
    Assignment a;
    a.itemId = 4711;
    a.contactId = ann;
    QString error;
    QVERIFY(!m_store->addAssignment(a, &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
    a.itemId = m_org;
    a.contactId = 4711;
    QVERIFY(!m_store->addAssignment(a, &error));
    QCOMPARE(rowCount(QStringLiteral("assignment")), 0);
}

void TestStore::staleAssignmentVersionIsRefused()
{
    const qint64 ann = createContact(ContactKind::Person, QStringLiteral("Ann"));
    Assignment a;
    a.itemId = m_org;
    a.contactId = ann;
    QVERIFY(m_store->addAssignment(a, nullptr));
    Assignment mine = a;
    Assignment theirs = a;
    theirs.priority = Priority::Secondary;
    QString error;
    QVERIFY(m_store->updateAssignment(theirs, &error));
    QCOMPARE(theirs.version, 2);
    mine.priority = Priority::Inactive;
    QVERIFY(!m_store->updateAssignment(mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed by someone else")), qPrintable(error));
    QCOMPARE(mine.version, 1);
    QCOMPARE(test::must(m_store->assignments(m_org, test::readError())).first().priority, Priority::Secondary);
    QCOMPARE(test::must(m_store->assignments(m_org, test::readError())).first().version, 2);
}

void TestStore::links()
{
    const qint64 fastly = create(makeItem(ItemKind::Provider, QStringLiteral("Fastly"), m_org));
    const qint64 dyn = create(makeItem(ItemKind::Provider, QStringLiteral("Dyn"), m_org));
    const qint64 docs = create(makeItem(ItemKind::Service, QStringLiteral("docs.python.org"), m_org));
    QString error;
    Link fronted;
    fronted.fromItem = docs;
    fronted.toItem = fastly;
    fronted.type = keys::linkKind(LinkKind::FrontedBy);
    fronted.note = QStringLiteral("whole site");
    QVERIFY2(m_store->addLink(fronted, &error), qPrintable(error));
    QVERIFY(fronted.id > 0);
    Link dns;
    dns.fromItem = m_org;
    dns.toItem = dyn;
    dns.type = keys::linkKind(LinkKind::DnsBy);
    QVERIFY2(m_store->addLink(dns, &error), qPrintable(error));
    for (LinkKind kind : {LinkKind::RegisteredAt, LinkKind::ConfiguredBy}) {
        Link l;
        l.fromItem = m_org;
        l.toItem = fastly;
        l.type = keys::linkKind(kind);
        QVERIFY2(m_store->addLink(l, &error), qPrintable(error));
    }

    QVector<Link> list = test::must(m_store->links(docs, test::readError()));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().type, QStringLiteral("fronted_by"));
    QCOMPARE(list.first().fromItem, docs);
    QCOMPARE(list.first().toItem, fastly);
    QCOMPARE(list.first().fromName, QStringLiteral("docs.python.org"));
    QCOMPARE(list.first().toName, QStringLiteral("Fastly"));
    QCOMPARE(list.first().note, QStringLiteral("whole site"));
    // Links are found from both ends.
    list = test::must(m_store->links(fastly, test::readError()));
    QCOMPARE(list.size(), 3);
    QSet<QString> kinds;
    for (const Link &l : list)
        kinds.insert(l.type);
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("fronted_by"), QStringLiteral("registered_at"),
                                   QStringLiteral("configured_by")}));
    QCOMPARE(test::must(m_store->links(dyn, test::readError())).size(), 1);
    QCOMPARE(test::must(m_store->links(m_org, test::readError())).size(), 3);

    QVERIFY(m_store->removeLink(fronted.id, &error));
    QVERIFY(test::must(m_store->links(docs, test::readError())).isEmpty());
}

void TestStore::badLinksAreRefused()
{
    const qint64 fastly = create(makeItem(ItemKind::Provider, QStringLiteral("Fastly"), m_org));
    const qint64 docs = create(makeItem(ItemKind::Service, QStringLiteral("docs"), m_org));
    QString error;
    Link self;
    self.fromItem = docs;
    self.toItem = docs;
    QVERIFY(!m_store->addLink(self, &error));
    QVERIFY2(error.contains(QStringLiteral("itself")), qPrintable(error));
    Link l;
    l.fromItem = docs;
    l.toItem = fastly;
    QVERIFY(m_store->addLink(l, &error));
    Link dup = l;
    dup.id = 0;
    QVERIFY(!m_store->addLink(dup, &error));
    Link dangling;
    dangling.fromItem = docs;
    dangling.toItem = 4711;
    QVERIFY(!m_store->addLink(dangling, &error));
    QCOMPARE(rowCount(QStringLiteral("item_link")), 1);
}

void TestStore::signalsAreEmittedAfterCommit()
{
    QSignalSpy created(m_store.get(), &Store::itemCreated);
    QSignalSpy updated(m_store.get(), &Store::itemUpdated);
    QSignalSpy removed(m_store.get(), &Store::itemRemoved);
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);

    qint64 provider = 0, service = 0;
    QString error;
    const bool ok = m_store->write(
        [&](QString *err) {
            Item p = makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org);
            auto id = m_store->createItem(p, err);
            if (!id)
                return false;
            provider = *id;
            Item s = makeItem(ItemKind::Service, QStringLiteral("svc"), provider);
            id = m_store->createItem(s, err);
            if (!id)
                return false;
            service = *id;
            s.name = QStringLiteral("svc renamed");
            if (!m_store->updateItem(s, err))
                return false;
            Contact c;
            c.name = QStringLiteral("Ann");
            if (!m_store->createContact(c, err))
                return false;
            // Nothing is announced while the transaction is open.
            return created.isEmpty() && updated.isEmpty() && changed.isEmpty();
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(created.count(), 2);
    QCOMPARE(created.at(0).first().toLongLong(), provider);
    QCOMPARE(created.at(1).first().toLongLong(), service);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(updated.first().first().toLongLong(), service);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 0);

    // Outside a batch each write is its own transaction and announces itself once.
    QVERIFY(m_store->deleteItem(service, &error));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toLongLong(), service);
}

void TestStore::signalsArriveWhenTheDataIsVisibleToOthers()
{
    // A second connection to the same file, as another window or process would have.
    Database other;
    QVERIFY2(other.open(m_db->path(), Database::OpenMode::ReadOnly), qPrintable(other.errorString()));
    Store otherStore(other);

    QStringList seen;
    connect(m_store.get(), &Store::itemCreated, this, [&](qint64 id) {
        auto item = otherStore.item(id, test::readError());
        seen << (item ? item->name : QStringLiteral("<not visible>"));
    });
    connect(m_store.get(), &Store::itemUpdated, this, [&](qint64 id) {
        auto item = otherStore.item(id, test::readError());
        seen << (item ? item->name : QStringLiteral("<not visible>"));
    });
    connect(m_store.get(), &Store::itemRemoved, this, [&](qint64 id) {
        seen << (otherStore.item(id, test::readError()) ? QStringLiteral("<still there>") : QStringLiteral("gone"));
    });

    Item p = makeItem(ItemKind::Provider, QStringLiteral("single"), m_org);
    QVERIFY(create(p));
    QString error;
    QVERIFY2(m_store->write(
                 [&](QString *err) {
                     Item a = makeItem(ItemKind::Provider, QStringLiteral("batch a"), m_org);
                     Item b = makeItem(ItemKind::Provider, QStringLiteral("batch b"), m_org);
                     if (!m_store->createItem(a, err) || !m_store->createItem(b, err))
                         return false;
                     p.name = QStringLiteral("single renamed");
                     return m_store->updateItem(p, err);
                 },
                 &error),
             qPrintable(error));
    QVERIFY(m_store->deleteItem(p.id, &error));
    QCOMPARE(seen, (QStringList{QStringLiteral("single"), QStringLiteral("batch a"), QStringLiteral("batch b"),
                                QStringLiteral("single renamed"), QStringLiteral("gone")}));
}

void TestStore::rolledBackBatchEmitsNothingAndWritesNothing()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("prov"), m_org));
    const int items = rowCount(QStringLiteral("item"));
    QSignalSpy created(m_store.get(), &Store::itemCreated);
    QSignalSpy updated(m_store.get(), &Store::itemUpdated);
    QSignalSpy removed(m_store.get(), &Store::itemRemoved);
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);

    QString error;
    const bool ok = m_store->write(
        [&](QString *err) {
            Item s = makeItem(ItemKind::Service, QStringLiteral("svc"), provider);
            if (!m_store->createItem(s, err))
                return false;
            Item p = test::must(m_store->item(provider, test::readError()));
            p.name = QStringLiteral("renamed");
            if (!m_store->updateItem(p, err))
                return false;
            Contact c;
            c.name = QStringLiteral("Ann");
            if (!m_store->createContact(c, err))
                return false;
            Assignment a;
            a.itemId = s.id;
            a.contactId = c.id;
            if (!m_store->addAssignment(a, err))
                return false;
            if (!m_store->deleteItem(s.id, err))
                return false;
            *err = QStringLiteral("changed my mind");
            return false;
        },
        &error);
    QVERIFY(!ok);
    QCOMPARE(error, QStringLiteral("changed my mind"));
    QCOMPARE(created.count(), 0);
    QCOMPARE(updated.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowCount(QStringLiteral("item")), items);
    QCOMPARE(rowCount(QStringLiteral("contact")), 0);
    QCOMPARE(rowCount(QStringLiteral("assignment")), 0);
    QCOMPARE(test::must(m_store->item(provider, test::readError())).name, QStringLiteral("prov"));
    QCOMPARE(test::must(m_store->item(provider, test::readError())).version, 1);

    // The store is usable afterwards, and signals flow again.
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("after"), provider)));
    QCOMPARE(created.count(), 1);
}

void TestStore::failedWriteInsideABatchLeavesNoTrace()
{
    // A batch that tolerates one failed write (an import skipping a bad row) must not
    // keep half of that write, nor hear about it.
    const qint64 ann = createContact(ContactKind::Person, QStringLiteral("Ann"),
                                     {address(AddressKind::Email, QStringLiteral("ann@example.org"))});
    QSignalSpy changed(m_store.get(), &Store::ownershipChanged);
    QSignalSpy created(m_store.get(), &Store::itemCreated);
    QString error;
    const bool ok = m_store->write(
        [&](QString *err) {
            Contact bad;
            bad.name = QStringLiteral("Half");
            bad.addresses = {address(AddressKind::Email, QStringLiteral("half@example.org")),
                             address(AddressKind::Email, QString())};
            QString ignored;
            if (m_store->createContact(bad, &ignored))
                return false; // must fail
            Contact update = test::must(m_store->contact(ann, test::readError()));
            update.name = QStringLiteral("Ann Renamed");
            update.addresses = {address(AddressKind::Url, QString())};
            if (m_store->updateContact(update, &ignored))
                return false; // must fail
            Item good = makeItem(ItemKind::Provider, QStringLiteral("good"), m_org);
            return m_store->createItem(good, err).has_value();
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(created.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(test::must(m_store->findContactsByName(QStringLiteral("Half"), test::readError())).isEmpty());
    QCOMPARE(rowCount(QStringLiteral("contact")), 1);
    auto read = m_store->contact(ann, test::readError());
    QCOMPARE(read->name, QStringLiteral("Ann"));
    QCOMPARE(read->version, 1);
    QCOMPARE(read->addresses.size(), 1);
    QCOMPARE(read->addresses.first().value, QStringLiteral("ann@example.org"));
}

void TestStore::itemNamesAreUniqueWithinAKind()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("Rackspace"), m_org));
    const qint64 docs = create(makeItem(ItemKind::Service, QStringLiteral("docs.python.org"), provider));
    QVERIFY(provider && docs);
    const int items = rowCount(QStringLiteral("item"));
    // The same name as the forms and the importer compare it: trimmed, case folded.
    for (const QString &name : {QStringLiteral("docs.python.org"), QStringLiteral(" Docs.Python.ORG ")}) {
        Item again = makeItem(ItemKind::Service, name, m_org);
        QString error;
        QVERIFY(!m_store->createItem(again, &error));
        QCOMPARE(error, QStringLiteral("There is already a service called \"docs.python.org\"."));
    }
    QCOMPARE(rowCount(QStringLiteral("item")), items);
    // Another kind may have the name; so may a second host without a host name, under
    // a name of its own ("Rackspace VM for ...").
    QVERIFY(create(makeItem(ItemKind::Host, QStringLiteral("DOCS.python.org"), provider)));
    QVERIFY(create(makeItem(ItemKind::Provider, QStringLiteral("docs.python.org"), m_org)));
    QVERIFY(create(makeItem(ItemKind::Host, QStringLiteral("Rackspace VM for docs"), provider)));
    QVERIFY(create(makeItem(ItemKind::Host, QStringLiteral("Rackspace VM for pypi"), provider)));
    Item vm = makeItem(ItemKind::Host, QStringLiteral("rackspace vm for PYPI"), provider);
    QString error;
    QVERIFY(!m_store->createItem(vm, &error));
    QCOMPARE(error, QStringLiteral("There is already a host called \"Rackspace VM for pypi\"."));
    // One organisation only, whatever it is called.
    Item org = makeItem(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    QVERIFY(!m_store->createItem(org, &error));
    // Inside the importer's write, one at a time, too.
    Item validated = makeItem(ItemKind::Service, QStringLiteral("DOCS.PYTHON.ORG"), provider);
    QVERIFY(!m_store->write([&](QString *err) { return m_store->createValidatedItem(validated, err).has_value(); },
                            &error));
    QCOMPARE(error, QStringLiteral("There is already a service called \"docs.python.org\"."));
    QCOMPARE(test::must(m_store->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).size(), 3);
}

void TestStore::renamesKeepNamesUnique()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("OSUOSL"), m_org));
    const qint64 a = create(makeItem(ItemKind::Service, QStringLiteral("pypi"), provider));
    const qint64 b = create(makeItem(ItemKind::Service, QStringLiteral("warehouse"), provider));
    QVERIFY(provider && a && b);
    QSignalSpy updated(m_store.get(), &Store::itemUpdated);
    Item renamed = test::must(m_store->item(b, test::readError()));
    renamed.name = QStringLiteral("PyPI");
    QString error;
    QVERIFY(!m_store->updateItem(renamed, &error));
    QCOMPARE(error, QStringLiteral("There is already a service called \"pypi\"."));
    QCOMPARE(test::must(m_store->item(b, test::readError())).name, QStringLiteral("warehouse"));
    QCOMPARE(test::must(m_store->item(b, test::readError())).version, 1);
    QCOMPARE(updated.count(), 0);
    // An item may change the case of its own name, and keep its name while it moves.
    Item own = test::must(m_store->item(a, test::readError()));
    own.name = QStringLiteral("PyPI");
    QVERIFY2(m_store->updateItem(own, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->item(a, test::readError())).name, QStringLiteral("PyPI"));
    own.parentId = m_org;
    QVERIFY2(m_store->updateItem(own, &error), qPrintable(error));
    // A name freed by a rename or a delete can be taken.
    own.name = QStringLiteral("pypi-old");
    QVERIFY2(m_store->updateItem(own, &error), qPrintable(error));
    QVERIFY2(m_store->updateItem(renamed, &error), qPrintable(error));
    QVERIFY2(m_store->deleteItem(b, &error), qPrintable(error));
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("pypi"), provider)));
}

void TestStore::bulkCreationKeepsNamesUnique()
{
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("Fastly"), m_org));
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("docs.python.org"), provider)));
    const QStringList before = test::dumpInventory(m_db->path());
    const int history = rowCount(QStringLiteral("change_log"));
    const auto bulk = [&](const QStringList &names, QString *error) {
        QVector<Item> items;
        for (const QString &name : names)
            items.append(makeItem(ItemKind::Service, name, provider));
        return m_store->write([&](QString *err) { return m_store->createValidatedItems(items, err); }, error);
    };
    QString error;
    // A name the inventory has, and a name twice in one call.
    QVERIFY(!bulk({QStringLiteral("a"), QStringLiteral("Docs.Python.Org"), QStringLiteral("b")}, &error));
    QCOMPARE(error, QStringLiteral("There is already a service called \"docs.python.org\"."));
    QVERIFY(!bulk({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("A ")}, &error));
    QCOMPARE(error, QStringLiteral("There is already a service called \"a\"."));
    QCOMPARE(test::dumpInventory(m_db->path()), before);
    QCOMPARE(rowCount(QStringLiteral("change_log")), history);
    // Other kinds may share them.
    QVector<Item> hosts{makeItem(ItemKind::Host, QStringLiteral("docs.python.org"), provider)};
    QVERIFY2(m_store->write([&](QString *err) { return m_store->createValidatedItems(hosts, err); }, &error),
             qPrintable(error));
    QVERIFY2(bulk({QStringLiteral("a"), QStringLiteral("b")}, &error), qPrintable(error));
}

void TestStore::contactNamesAreUnique()
{
    const qint64 ada = createContact(ContactKind::Person, QStringLiteral("Ada Quokka"));
    const qint64 infra = createContact(ContactKind::Team, QStringLiteral("Infrastructure"));
    QVERIFY(ada && infra);
    // Among all contacts, whatever their kind.
    Contact team;
    team.kind = ContactKind::Team;
    team.name = QStringLiteral(" ADA quokka");
    QString error;
    QVERIFY(!m_store->createContact(team, &error));
    QCOMPARE(error, QStringLiteral("There is already a contact called \"Ada Quokka\" (%1).")
                        .arg(keys::contactKindLabel(ContactKind::Person)));
    QCOMPARE(rowCount(QStringLiteral("contact")), 2);
    // An item may have a contact's name.
    QVERIFY(create(makeItem(ItemKind::Provider, QStringLiteral("Infrastructure"), m_org)));
    // Renames: onto another's name refused; its own name in another case allowed.
    Contact renamed = test::must(m_store->contact(infra, test::readError()));
    renamed.name = QStringLiteral("ada QUOKKA");
    QVERIFY(!m_store->updateContact(renamed, &error));
    QCOMPARE(error, QStringLiteral("There is already a contact called \"Ada Quokka\" (%1).")
                        .arg(keys::contactKindLabel(ContactKind::Person)));
    QCOMPARE(test::must(m_store->contact(infra, test::readError())).name, QStringLiteral("Infrastructure"));
    Contact own = test::must(m_store->contact(ada, test::readError()));
    own.name = QStringLiteral("ADA QUOKKA");
    QVERIFY2(m_store->updateContact(own, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->contact(ada, test::readError())).name, QStringLiteral("ADA QUOKKA"));
}

void TestStore::undoIntoATakenNameIsRefused()
{
    // Deleted, its name taken meanwhile: putting it back says why it cannot.
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("Dyn"), m_org));
    const qint64 dns = create(makeItem(ItemKind::Service, QStringLiteral("dns"), provider));
    // Not the largest id: SQLite would give it to the next item.
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("whois"), provider)));
    QVERIFY(provider && dns);
    QString error;
    const auto snapshot = m_store->snapshotSubtree(dns, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QVERIFY(m_store->deleteItem(dns, &error));
    QVERIFY(create(makeItem(ItemKind::Service, QStringLiteral("DNS"), m_org)));
    QVERIFY(!m_store->restoreSnapshot(*snapshot, &error));
    QCOMPARE(error, QStringLiteral("There is already a service called \"DNS\"."));
    QVERIFY(!m_store->item(dns, nullptr));

    const qint64 ada = createContact(ContactKind::Person, QStringLiteral("Ada"));
    QVERIFY(createContact(ContactKind::Person, QStringLiteral("Grace")));
    const auto contact = m_store->snapshotContact(ada, &error);
    QVERIFY2(contact, qPrintable(error));
    QVERIFY(m_store->deleteContact(ada, &error));
    QVERIFY(createContact(ContactKind::MailingList, QStringLiteral("ada")));
    QVERIFY(!m_store->restoreContact(*contact, &error));
    QCOMPARE(error, QStringLiteral("There is already a contact called \"ada\" (%1).")
                        .arg(keys::contactKindLabel(ContactKind::MailingList)));
}

void TestStore::upgradeRefusesDuplicateNames()
{
    // An inventory of schema 4 (no unique names), made from this one by plain SQL, with
    // names used twice: opening it must not upgrade it, and must say which they are.
    const qint64 provider = create(makeItem(ItemKind::Provider, QStringLiteral("Gandi"), m_org));
    const qint64 a = create(makeItem(ItemKind::Service, QStringLiteral("python.org"), provider));
    const qint64 b = create(makeItem(ItemKind::Service, QStringLiteral("other"), provider));
    const qint64 c = create(makeItem(ItemKind::Host, QStringLiteral("python.org"), provider));
    const qint64 ada = createContact(ContactKind::Person, QStringLiteral("Ada"));
    const qint64 team = createContact(ContactKind::Team, QStringLiteral("Team"));
    QVERIFY(provider && a && b && c && ada && team);
    const QString location = m_db->path();
    const bool server = dialect::isServerLocation(location);
    m_store.reset();
    m_db.reset();
    const auto version = [&] {
        test::RawConnection raw(location);
        return (server ? raw.value(QStringLiteral("SELECT value FROM steward_meta WHERE key = 'schema_version'"))
                       : raw.value(QStringLiteral("PRAGMA user_version")))
            .toInt();
    };
    {
        test::RawConnection raw(location);
        QVERIFY(raw.isOpen());
        QString error;
        for (const QString &sql :
             {// Schema 4 had neither step 8's columns and table, step 6's tables nor step 5's
              // unique indexes.
              QStringLiteral("DROP TABLE role_def"), QStringLiteral("DROP INDEX assignment_valid_until"),
              QStringLiteral("ALTER TABLE assignment DROP COLUMN confirmed_at"),
              QStringLiteral("ALTER TABLE assignment DROP COLUMN confirmed_by"),
              QStringLiteral("ALTER TABLE assignment DROP COLUMN valid_from"),
              QStringLiteral("ALTER TABLE assignment DROP COLUMN valid_until"),
              QStringLiteral("DROP TABLE also_runs_on"), QStringLiteral("DROP TABLE item_alias"),
              QStringLiteral("DROP TABLE item_tag"), QStringLiteral("DROP TABLE contact_tag"),
              QStringLiteral("DROP TABLE link_type"), QStringLiteral("DROP TABLE status_def"),
              // (with the tables, their search triggers; on PostgreSQL their functions stay)
              server ? QStringLiteral("DROP FUNCTION steward_search_item_alias(), steward_search_item_tag(),"
                                      " steward_search_contact_tag()")
                     : QStringLiteral("SELECT 1"),
              QStringLiteral("DROP INDEX item_kind_name"), // step 9
              QStringLiteral("DROP INDEX item_name_key_kind"),
              QStringLiteral("CREATE INDEX item_name_key ON item(name_key)"),
              QStringLiteral("DROP INDEX contact_name_key"),
              QStringLiteral("CREATE INDEX contact_name_key ON contact(name_key)"),
              QStringLiteral("UPDATE item SET name = 'Python.org', name_key = 'python.org' WHERE id = %1").arg(b),
              QStringLiteral("UPDATE contact SET name = 'ADA', name_key = 'ada' WHERE id = %1").arg(team),
              server ? QStringLiteral("UPDATE steward_meta SET value = '4' WHERE key = 'schema_version'")
                     : QStringLiteral("PRAGMA user_version = 4")})
            QVERIFY2(raw.exec(sql, &error), qPrintable(sql + QStringLiteral(": ") + error));
    }
    QCOMPARE(version(), 4);
    const QStringList before = test::dumpInventory(location);
    const test::FileSnapshot file = test::FileSnapshot::of(location);
    Database db;
    QVERIFY(!db.open(location));
    const QString message = db.errorString();
    QVERIFY2(message.contains(QStringLiteral("service \"python.org\" (ids %1 and %2)").arg(a).arg(b)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("contact \"Ada\" (ids %1 and %2)").arg(ada).arg(team)),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("host")), qPrintable(message));
    QCOMPARE(test::dumpInventory(location), before);
    QCOMPARE(test::FileSnapshot::of(location), file);
    QCOMPARE(version(), 4);

    // Renamed, it upgrades, and the index holds.
    {
        test::RawConnection raw(location);
        QVERIFY(raw.exec(QStringLiteral("UPDATE item SET name = 'other', name_key = 'other' WHERE id = %1").arg(b)));
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE contact SET name = 'Team', name_key = 'team' WHERE id = %1").arg(team)));
    }
    QVERIFY2(db.open(location), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE item SET name_key = 'python.org' WHERE id = %1").arg(b)));
}

QTEST_GUILESS_MAIN(TestStore)

void TestStore::fieldLimitsAreEnforced_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("named");
    const auto row = [](const char *tag, ItemKind kind, const char *field, int limit, const char *named) {
        QTest::newRow(tag) << static_cast<int>(kind) << QString::fromLatin1(field) << limit
                           << QString::fromLatin1(named);
    };
    row("service name", ItemKind::Service, "name", 200, "name");
    row("provider name", ItemKind::Provider, "name", 200, "name");
    row("service url", ItemKind::Service, "url", 2000, "URL");
    row("service source url", ItemKind::Service, "sourceUrl", 2000, "source URL");
    row("provider website", ItemKind::Provider, "website", 2000, "website");
    row("provider full name", ItemKind::Provider, "fullName", 200, "full name");
    row("provider location", ItemKind::Provider, "location", 200, "location");
    row("description", ItemKind::Service, "description", 10000, "description");
    row("notes", ItemKind::Host, "notes", 10000, "notes");
    row("alias", ItemKind::Service, "alias", 200, "alias");
    row("tag", ItemKind::Service, "tag", 200, "tag");
}

void TestStore::fieldLimitsAreEnforced()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(int, limit);
    QFETCH(QString, named);
    const auto fill = [&](Item &item, int length) {
        const QString url = QStringLiteral("https://example.org/");
        const QString text = QString(length, QLatin1Char('a'));
        const QString asUrl = url + QString(std::max(0, length - int(url.size())), QLatin1Char('a'));
        if (field == QLatin1String("name"))
            item.name = text;
        else if (field == QLatin1String("url"))
            item.url = asUrl;
        else if (field == QLatin1String("sourceUrl"))
            item.sourceUrl = asUrl;
        else if (field == QLatin1String("website"))
            item.website = asUrl;
        else if (field == QLatin1String("fullName"))
            item.fullName = text;
        else if (field == QLatin1String("location"))
            item.location = text;
        else if (field == QLatin1String("description"))
            item.description = text;
        else if (field == QLatin1String("notes"))
            item.notes = text;
        else if (field == QLatin1String("alias"))
            item.aliases = {text};
        else if (field == QLatin1String("tag"))
            item.tags = {text};
    };
    const ItemKind itemKind = static_cast<ItemKind>(kind);
    // At the limit: stored.
    Item fits = makeItem(itemKind, QStringLiteral("fits"), m_org);
    fill(fits, limit);
    QVERIFY(create(fits));
    // One character over: refused, naming the field and the limit, and nothing written.
    const QStringList before = test::wholeInventory(m_db->path());
    Item over = makeItem(itemKind, QStringLiteral("over"), m_org);
    fill(over, limit + 1);
    QString error;
    QVERIFY(!m_store->createItem(over, &error));
    QVERIFY2(error.contains(named, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(error.contains(QString::number(limit)) || error.contains(QLocale(QLocale::English).toString(limit)),
             qPrintable(error));
    QCOMPARE(test::wholeInventory(m_db->path()), before);
    // The same for an update.
    Item edited = fits;
    fill(edited, limit + 1);
    QVERIFY(!m_store->updateItem(edited, &error));
    QVERIFY2(error.contains(named, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(test::wholeInventory(m_db->path()), before);
}

void TestStore::limitsAreEnforcedOnEveryWrite()
{
    const qint64 service = create(makeItem(ItemKind::Service, QStringLiteral("svc"), m_org));
    const qint64 other = create(makeItem(ItemKind::Service, QStringLiteral("other"), m_org));
    QString error;

    // Contacts: name, notes and the address.
    Contact c;
    c.name = QString(201, QLatin1Char('n'));
    QVERIFY(!m_store->createContact(c, &error));
    QVERIFY2(error.contains(QStringLiteral("name")) && error.contains(QStringLiteral("200")), qPrintable(error));
    c.name = QStringLiteral("Ann");
    c.notes = QString(10001, QLatin1Char('x'));
    QVERIFY(!m_store->createContact(c, &error));
    QVERIFY2(error.contains(QStringLiteral("notes")), qPrintable(error));
    c.notes.clear();
    c.addresses = {
        Address{0, AddressKind::Email, QString(490, QLatin1Char('a')) + QStringLiteral("@example.org"), QString()}};
    QVERIFY(!m_store->createContact(c, &error));
    QVERIFY2(error.contains(QStringLiteral("address")) && error.contains(QStringLiteral("500")), qPrintable(error));
    c.addresses = {Address{0, AddressKind::Email, QStringLiteral("ann@example.org"), QString(201, QLatin1Char('l'))}};
    QVERIFY(!m_store->createContact(c, &error));
    QVERIFY2(error.contains(QStringLiteral("label")), qPrintable(error));
    c.addresses = {Address{0, AddressKind::Email, QStringLiteral("ann@example.org"), QString()}};
    QVERIFY2(m_store->createContact(c, &error), qPrintable(error));
    QCOMPARE(rowCount(QStringLiteral("contact")), 1);

    // Assignments: role and note.
    Assignment a;
    a.itemId = service;
    a.contactId = c.id;
    a.role = QString(201, QLatin1Char('r'));
    QVERIFY(!m_store->addAssignment(a, &error));
    QVERIFY2(error.contains(QStringLiteral("role")), qPrintable(error));
    a.role = QStringLiteral("owner");
    a.note = QString(1001, QLatin1Char('x'));
    QVERIFY(!m_store->addAssignment(a, &error));
    QVERIFY2(error.contains(QStringLiteral("note")) &&
                 (error.contains(QStringLiteral("1000")) || error.contains(QStringLiteral("1,000"))),
             qPrintable(error));
    QCOMPARE(rowCount(QStringLiteral("assignment")), 0);

    // Links: the note.
    Link link;
    link.fromItem = service;
    link.toItem = other;
    link.type = keys::linkKind(LinkKind::DependsOn);
    link.note = QString(1001, QLatin1Char('x'));
    QVERIFY(!m_store->addLink(link, &error));
    QVERIFY2(error.contains(QStringLiteral("note")), qPrintable(error));
    link.note.clear();
    QVERIFY2(m_store->addLink(link, &error), qPrintable(error));
    QVERIFY(!m_store->setLinkNote(link.id, QString(1001, QLatin1Char('x')), &error));
    QVERIFY2(error.contains(QStringLiteral("note")), qPrintable(error));
    QCOMPARE(test::must(m_store->links(service, test::readError())).first().note, QString());

    // The import's bulk path.
    QVector<Item> bulk{makeItem(ItemKind::Service, QString(201, QLatin1Char('b')), m_org)};
    const bool ok = m_store->write([&](QString *err) { return m_store->createValidatedItems(bulk, err); }, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
    QCOMPARE(rowCount(QStringLiteral("item")), 3);
}

void TestStore::overLongValuesAlreadyStoredStayReadable()
{
    Item svc = makeItem(ItemKind::Service, QStringLiteral("svc"), m_org);
    QVERIFY(create(svc));
    // A value stored before the limits (or by another program) is read as it is, and an
    // edit of another field leaves it.
    const QString huge(50000, QLatin1Char('d'));
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("UPDATE item SET description = ? WHERE id = ?")));
        q.addBindValue(huge);
        q.addBindValue(svc.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    Item read = test::must(m_store->item(svc.id, test::readError()));
    QCOMPARE(read.description, huge);
    read.notes = QStringLiteral("edited");
    QString error;
    QVERIFY2(m_store->updateItem(read, &error), qPrintable(error));
    read = test::must(m_store->item(svc.id, test::readError()));
    QCOMPARE(read.description, huge);
    QCOMPARE(read.notes, QStringLiteral("edited"));
    // Changing it to another over-long value is refused.
    read.description = huge + QLatin1Char('x');
    QVERIFY(!m_store->updateItem(read, &error));
    QVERIFY2(error.contains(QStringLiteral("description")), qPrintable(error));
}

void TestStore::controlAndBidiCharactersAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    const auto row = [](const char *tag, const char *field, const QString &value, const char *named) {
        QTest::newRow(tag) << QString::fromLatin1(field) << value << QString::fromLatin1(named);
    };
    row("NUL in a name", "name", QStringLiteral("evil") + QChar(0) + QStringLiteral("name"), "U+0000");
    row("ESC in a name", "name", QStringLiteral("evil\x1b[31mred"), "U+001B");
    row("BEL in a name", "name", QStringLiteral("bell\a"), "U+0007");
    row("tab in a name", "name", QStringLiteral("a\tb"), "U+0009");
    row("line break in a name", "name", QStringLiteral("a\nb"), "U+000A");
    row("DEL in a name", "name", QStringLiteral("a\x7f"), "U+007F");
    row("C1 in a name", "name", QStringLiteral("a") + QChar(0x85) + QStringLiteral("b"), "U+0085");
    row("RLO in a name", "name", QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("gro.elpmaxe.www"), "U+202E");
    row("LRE in a name", "name", QStringLiteral("a") + QChar(0x202a), "U+202A");
    row("FSI in a name", "name", QStringLiteral("a") + QChar(0x2068), "U+2068");
    row("PDI in a name", "name", QStringLiteral("a") + QChar(0x2069), "U+2069");
    row("RLM in a name", "name", QStringLiteral("a") + QChar(0x200f), "U+200F");
    row("ESC in an alias", "alias", QStringLiteral("al\x1bias"), "U+001B");
    row("RLO in a tag", "tag", QStringLiteral("env=") + QChar(0x202e) + QStringLiteral("dorp"), "U+202E");
    row("ESC in a URL", "url", QStringLiteral("https://example.org/\x1b"), "U+001B");
    row("RLO in a URL", "url", QStringLiteral("https://example.org/") + QChar(0x202e), "U+202E");
    row("ESC in a description", "description", QStringLiteral("a\x1b[2Jb"), "U+001B");
    row("NUL in notes", "notes", QStringLiteral("a") + QChar(0) + QStringLiteral("b"), "U+0000");
    row("RLO in notes", "notes", QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b"), "U+202E");
}

void TestStore::controlAndBidiCharactersAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    Item item = makeItem(ItemKind::Service, QStringLiteral("svc"), m_org);
    if (field == QLatin1String("name"))
        item.name = value;
    else if (field == QLatin1String("alias"))
        item.aliases = {value};
    else if (field == QLatin1String("tag"))
        item.tags = {value};
    else if (field == QLatin1String("url"))
        item.url = value;
    else if (field == QLatin1String("description"))
        item.description = value;
    else if (field == QLatin1String("notes"))
        item.notes = value;
    const QStringList before = test::wholeInventory(m_db->path());
    QString error;
    QVERIFY(!m_store->createItem(item, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(test::wholeInventory(m_db->path()), before);

    Contact c;
    c.name = field == QLatin1String("name") ? value : QStringLiteral("Ann");
    c.notes = field == QLatin1String("notes") ? value : QString();
    if (field == QLatin1String("url"))
        c.addresses = {Address{0, AddressKind::Url, value, QString()}};
    if (field == QLatin1String("tag"))
        c.tags = {value};
    if (field == QLatin1String("name") || field == QLatin1String("notes") || field == QLatin1String("url") ||
        field == QLatin1String("tag")) {
        QVERIFY(!m_store->createContact(c, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(rowCount(QStringLiteral("contact")), 0);
    }
}

void TestStore::multiLineTextKeepsTabsAndLineBreaks()
{
    Item item = makeItem(ItemKind::Service, QStringLiteral("svc"), m_org);
    item.description = QStringLiteral("first line\r\nsecond\tline\nthird");
    item.notes = QString::fromUtf8("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d and English"); // right to left, then not
    QVERIFY(create(item));
    const Item read = test::must(m_store->item(item.id, test::readError()));
    QCOMPARE(read.description, item.description);
    QCOMPARE(read.notes, item.notes);
}

#include "tst_store.moc"
