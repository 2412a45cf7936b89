// DashboardData: the numbers behind each chart for the example inventory, checked
// against the PSF Infrastructure Overview it was made from; the items each bar stands
// for (what a click selects); and the numbers after edits.

#include "DashboardData.h"
#include "Database.h"
#include "InventoryTreeModel.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

/// "label=count" of each entry, in order.
QStringList counts(const ChartSeries &series)
{
    QStringList list;
    for (const ChartEntry &e : series.entries)
        list << QStringLiteral("%1=%2").arg(e.label).arg(e.count());
    return list;
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private:
    /// The names of @p ids, sorted.
    QStringList names(const QVector<qint64> &ids)
    {
        QStringList list;
        for (qint64 id : ids) {
            const auto item = m_store->item(id, test::readError());
            list << (item ? item->name : QStringLiteral("?%1").arg(id));
        }
        list.sort(Qt::CaseInsensitive);
        return list;
    }
    DashboardData build(const DashboardData::Options &options = {})
    {
        QString error;
        const auto data = DashboardData::build(*m_db, options, &error);
        if (!data)
            qWarning("build failed: %s", qPrintable(error));
        return data.value_or(DashboardData());
    }
    /// What a click on the entries of @p series with @p keys selects: read then, as the
    /// view does (DashboardData::itemsOf). {-1} on an error.
    QVector<qint64> items(DashboardData::Series series, const QStringList &keys,
                          const DashboardData::Options &options = {})
    {
        QString error;
        const auto ids = DashboardData::itemsOf(*m_db, options, series, keys, &error);
        if (!ids)
            qWarning("itemsOf failed: %s", qPrintable(error));
        return ids.value_or(QVector<qint64>{-1});
    }
    QVector<qint64> items(DashboardData::Series series, const ChartEntry *entry,
                          const DashboardData::Options &options = {})
    {
        return entry ? items(series, QStringList{entry->key}, options) : QVector<qint64>{-1};
    }
    QVector<qint64> items(DashboardData::Series series, const ChartEntry &entry,
                          const DashboardData::Options &options = {})
    {
        return items(series, &entry, options);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init();
    void cleanup();

    void referenceSaysWhatTheExampleHolds();
    void servicesPerProvider();
    void byStatus();
    void ownershipCoverage();
    void topOwners();
    void manyOwnersAssignedOutOfOrder();
    void frontingProviders();
    void everyEntrySelectsItsItemsInTheTree();
    void followsEdits();
    void options();
    void groupsServicesByATagKey();
};

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString file = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(file, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(file), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
}

void TestDashboard::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDashboard::referenceSaysWhatTheExampleHolds()
{
    // The counts below follow from these sentences of the overview (a copy of the
    // reference text in tests/data, so that this always runs): each is read there, and
    // what it says is checked in the example inventory.
    QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/psf-infrastructure-overview.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
    const QString text = QString::fromUtf8(file.readAll()).simplified();
    const auto says = [&](const char *sentence) { return text.contains(QString::fromUtf8(sentence)); };
    const auto item = [&](const char *name) {
        const QVector<Item> found = test::must(m_store->findItemsByName(QString::fromUtf8(name), test::readError()));
        return found.size() == 1 ? found.first() : Item();
    };
    const auto parentOf = [&](const char *name) {
        const auto parent = m_store->item(item(name).parentId, test::readError());
        return parent ? parent->name : QString();
    };
    // The active owners and maintainers of an item, by name, sorted.
    const auto owners = [&](const char *name) {
        QStringList list;
        for (const Assignment &a : test::must(m_store->assignments(item(name).id, test::readError()))) {
            if (a.priority == Priority::Inactive ||
                (a.role != QLatin1String("owner") && a.role != QLatin1String("maintainer")))
                continue;
            const auto contact = m_store->contact(a.contactId, test::readError());
            list << (contact ? contact->name : QStringLiteral("?%1").arg(a.contactId));
        }
        list.sort();
        return list;
    };
    const auto frontedBy = [&](const char *name) {
        QStringList list;
        for (const Link &l : test::must(m_store->links(item(name).id, test::readError()))) {
            if (l.type == keys::linkKind(LinkKind::FrontedBy) && l.fromItem == item(name).id)
                list << l.toName;
        }
        return list;
    };

    QVERIFY(says("two physical servers owned by the PSF at XS4ALL: albatross and dinsdale"));
    for (const char *host : {"albatross", "dinsdale"}) {
        QCOMPARE(item(host).kind, ItemKind::Host);
        QCOMPARE(item(host).hostKind, HostKind::Physical);
        QCOMPARE(parentOf(host), QStringLiteral("XS4ALL"));
    }
    QVERIFY(says("(There also used to be one called ximinez, but it seems to be unreachable now.)"));
    QCOMPARE(parentOf("ximinez"), QStringLiteral("XS4ALL"));
    QCOMPARE(item("ximinez").status, QStringLiteral("unreachable"));
    QVERIFY(says("Our highest traffic services (i.e. PyPI, www.python.org, docs.python.org) use this CDN"));
    QVERIFY(says("The whole site is behind Fastly."));
    for (const char *service : {"PyPI", "www.python.org", "docs.python.org"})
        QVERIFY2(frontedBy(service).contains(QStringLiteral("Fastly")), service);
    QVERIFY(says("owned by Benjamin Peterson and Georg Brandl"));
    QCOMPARE(owners("docs.python.org"),
             (QStringList{QStringLiteral("Benjamin Peterson"), QStringLiteral("Georg Brandl")}));
    QVERIFY(says("The service is owned by Antoine Pitrou and Georg Brandl."));
    QCOMPARE(owners("hg.python.org"), (QStringList{QStringLiteral("Antoine Pitrou"), QStringLiteral("Georg Brandl")}));
    QVERIFY(says("maintained by Ernest W. Durbin, Donald Stufft, and Richard Jones"));
    QCOMPARE(owners("PyPI"), (QStringList{QStringLiteral("Donald Stufft"), QStringLiteral("Ernest W. Durbin III"),
                                          QStringLiteral("Richard Jones")}));
    QVERIFY(says("This is hosted on dinsdale and needs to be moved."));
    QCOMPARE(parentOf("planet.python.org"), QStringLiteral("dinsdale"));
    QCOMPARE(item("planet.python.org").status, QStringLiteral("needs-move"));
    QVERIFY(says("http://staging.python.org for testing the site"));
    QCOMPARE(item("staging.python.org").status, QStringLiteral("staging"));
    QVERIFY(says("http://legacy.python.org is the old website hosted on dinsdale"));
    QCOMPARE(parentOf("legacy.python.org"), QStringLiteral("dinsdale"));
    QCOMPARE(item("legacy.python.org").status, QStringLiteral("legacy"));
}

void TestDashboard::servicesPerProvider()
{
    const DashboardData data = build();
    // OSUOSL: hg, wiki, www, PyCon, PyPy; Rackspace: docs, jython, downloads, PyPI;
    // XS4ALL: mail (albatross), planet and legacy (dinsdale); Upfront: bugs.
    // Buildbot and staging: where they run is not recorded.
    QCOMPARE(counts(data.servicesPerProvider),
             (QStringList{QStringLiteral("OSUOSL=5"), QStringLiteral("Rackspace=4"), QStringLiteral("XS4ALL=3"),
                          QStringLiteral("Upfront Systems=1"), QStringLiteral("Dyn=0"), QStringLiteral("Fastly=0"),
                          QStringLiteral("Gandi=0"), QStringLiteral("no provider recorded=2")}));
    const ChartEntry *xs4all = data.servicesPerProvider.find(
        QString::number(test::must(m_store->findItemsByName(QStringLiteral("XS4ALL"), test::readError())).first().id));
    QVERIFY(xs4all);
    QCOMPARE(names(items(&DashboardData::servicesPerProvider, xs4all)),
             (QStringList{QStringLiteral("legacy.python.org"), QStringLiteral("mail.python.org"),
                          QStringLiteral("planet.python.org")}));
    const ChartEntry *none = data.servicesPerProvider.find(QStringLiteral("none"));
    QVERIFY(none);
    QCOMPARE(none->id, 0);
    QCOMPARE(names(items(&DashboardData::servicesPerProvider, none)),
             (QStringList{QStringLiteral("Buildbot"), QStringLiteral("staging.python.org")}));
    int total = 0;
    for (const ChartEntry &e : data.servicesPerProvider.entries)
        total += e.count();
    QCOMPARE(total, test::must(m_store->countItems(ItemKind::Service, test::readError())));
}

void TestDashboard::byStatus()
{
    const DashboardData data = build();
    // Twelve hosts: albatross, dinsdale, ximinez, five OSUOSL VMs, three Rackspace VMs, Upfront's server.
    QCOMPARE(counts(data.hostsByStatus), (QStringList{QStringLiteral("active=11"), QStringLiteral("unreachable=1")}));
    QCOMPARE(names(items(&DashboardData::hostsByStatus, data.hostsByStatus.find(QStringLiteral("unreachable")))),
             QStringList{QStringLiteral("ximinez")});
    QCOMPARE(counts(data.servicesByStatus),
             (QStringList{QStringLiteral("active=12"), QStringLiteral("staging=1"), QStringLiteral("legacy=1"),
                          QStringLiteral("needs to be moved=1")}));
    QCOMPARE(names(items(&DashboardData::servicesByStatus, data.servicesByStatus.find(QStringLiteral("needs-move")))),
             QStringList{QStringLiteral("planet.python.org")});
    QCOMPARE(names(items(&DashboardData::servicesByStatus, data.servicesByStatus.find(QStringLiteral("legacy")))),
             QStringList{QStringLiteral("legacy.python.org")});
}

void TestDashboard::ownershipCoverage()
{
    const DashboardData data = build();
    // Owners and maintainers: Buildbot (python-dev, Antoine), docs (Benjamin, Georg),
    // hg (Antoine, Georg), PyPI (Ernest, Donald, Richard) have 2+; wiki (Marc-André) and
    // PyPy (pypy-dev) one; the rest only a contact or nobody.
    QCOMPARE(counts(data.ownershipCoverage), (QStringList{QStringLiteral("no owner=9"), QStringLiteral("1 owner=2"),
                                                          QStringLiteral("2 or more owners=4")}));
    QCOMPARE(names(items(&DashboardData::ownershipCoverage, data.ownershipCoverage.find(QStringLiteral("2+")))),
             (QStringList{QStringLiteral("Buildbot"), QStringLiteral("docs.python.org"),
                          QStringLiteral("hg.python.org"), QStringLiteral("PyPI")}));
    QCOMPARE(names(items(&DashboardData::ownershipCoverage, data.ownershipCoverage.find(QStringLiteral("1")))),
             (QStringList{QStringLiteral("PyPy website"), QStringLiteral("wiki.python.org")}));
    QVERIFY(names(items(&DashboardData::ownershipCoverage, data.ownershipCoverage.find(QStringLiteral("0"))))
                .contains(QStringLiteral("planet.python.org")));
}

void TestDashboard::topOwners()
{
    const DashboardData data = build();
    QCOMPARE(counts(data.topOwners),
             (QStringList{QStringLiteral("Antoine Pitrou=2"), QStringLiteral("Georg Brandl=2"),
                          QStringLiteral("Infrastructure team=2"), QStringLiteral("Benjamin Peterson=1"),
                          QStringLiteral("Donald Stufft=1"), QStringLiteral("Ernest W. Durbin III=1"),
                          QString::fromUtf8("Marc-Andr\xc3\xa9 Lemburg=1"), QStringLiteral("pypy-dev@python.org=1"),
                          QStringLiteral("python-dev@python.org=1"), QStringLiteral("Richard Jones=1")}));
    const ChartEntry &antoine = data.topOwners.entries.first();
    QCOMPARE(antoine.id,
             test::must(m_store->findContactsByName(QStringLiteral("Antoine Pitrou"), test::readError())).first().id);
    QCOMPARE(names(items(&DashboardData::topOwners, antoine)),
             (QStringList{QStringLiteral("Buildbot"), QStringLiteral("hg.python.org")}));
    QCOMPARE(names(items(&DashboardData::topOwners, data.topOwners.entries.at(2))),
             (QStringList{QStringLiteral("Dyn"), QStringLiteral("Gandi")}));
}

void TestDashboard::manyOwnersAssignedOutOfOrder()
{
    // Enough (item, contact) pairs that they are sorted as packed numbers, assigned in
    // an order that is not the items' (newest service first, contacts in any order):
    // the charts must say what a plain count of each service's assignments says.
    const qint64 provider =
        test::must(m_store->findItemsByName(QStringLiteral("Fastly"), test::readError())).first().id;
    const QVector<Contact> contacts = test::must(m_store->contacts(test::readError()));
    QVERIFY(contacts.size() >= 10);
    QString error;
    const bool ok = m_store->write(
        [&](QString *err) {
            QVector<qint64> services;
            for (int i = 0; i < 1000; ++i) {
                Item s;
                s.kind = ItemKind::Service;
                s.parentId = provider;
                s.name = QStringLiteral("bulk %1").arg(i);
                if (!m_store->createItem(s, err))
                    return false;
                services << s.id;
            }
            for (int i = static_cast<int>(services.size()) - 1; i >= 0; --i) {
                for (int k = 0; k < i % 4; ++k) {
                    Assignment a;
                    a.itemId = services.at(i);
                    a.contactId = contacts.at((i * 7 + k * 3) % contacts.size()).id;
                    a.role = k == 2 ? QStringLiteral("maintainer") : QStringLiteral("owner");
                    a.priority = i % 11 == 0 ? Priority::Inactive : Priority::Primary;
                    if (!m_store->addAssignment(a, err))
                        return false;
                }
            }
            return true;
        },
        &error);
    QVERIFY2(ok, qPrintable(error));

    QHash<qint64, QVector<qint64>> owned; // contact -> items, ascending
    QVector<int> coverage(3);
    QVector<qint64> byCoverage[3];
    for (const Item &s : test::must(m_store->services(test::readError()))) {
        QSet<qint64> owners;
        for (const Assignment &a : test::must(m_store->assignments(s.id, test::readError()))) {
            if (a.priority != Priority::Inactive &&
                (a.role == QLatin1String("owner") || a.role == QLatin1String("maintainer")))
                owners.insert(a.contactId);
        }
        byCoverage[std::min<qsizetype>(owners.size(), 2)] << s.id;
        for (qint64 c : std::as_const(owners))
            owned[c] << s.id;
    }
    for (const Item &other : test::must(m_store->itemsOfKind(ItemKind::Provider, test::readError())) +
                                 test::must(m_store->itemsOfKind(ItemKind::Host, test::readError()))) {
        for (const Assignment &a : test::must(m_store->assignments(other.id, test::readError()))) {
            if (a.priority != Priority::Inactive &&
                (a.role == QLatin1String("owner") || a.role == QLatin1String("maintainer")) &&
                !owned.value(a.contactId).contains(other.id))
                owned[a.contactId] << other.id;
        }
    }
    const DashboardData data = build();
    QCOMPARE(data.ownershipCoverage.entries.size(), 3);
    for (int i = 0; i < 3; ++i) {
        std::sort(byCoverage[i].begin(), byCoverage[i].end());
        QCOMPARE(items(&DashboardData::ownershipCoverage, data.ownershipCoverage.entries.at(i)), byCoverage[i]);
    }
    QVERIFY(byCoverage[2].size() > 400);
    QVERIFY(!data.topOwners.entries.isEmpty());
    for (const ChartEntry &e : data.topOwners.entries) {
        QVector<qint64> expected = owned.value(e.id);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(items(&DashboardData::topOwners, e), expected);
    }
    // Most first: nobody left out owns more than the last one shown.
    for (auto it = owned.cbegin(); it != owned.cend(); ++it) {
        const bool shown = std::any_of(data.topOwners.entries.cbegin(), data.topOwners.entries.cend(),
                                       [&](const ChartEntry &e) { return e.id == it.key(); });
        if (!shown)
            QVERIFY(it->size() <= data.topOwners.entries.constLast().count());
    }
}

void TestDashboard::frontingProviders()
{
    const DashboardData data = build();
    QCOMPARE(counts(data.frontingProviders), QStringList{QStringLiteral("Fastly=4")});
    QCOMPARE(names(items(&DashboardData::frontingProviders, data.frontingProviders.entries.first())),
             (QStringList{QStringLiteral("docs.python.org"), QStringLiteral("PyPI"), QStringLiteral("Python downloads"),
                          QStringLiteral("www.python.org")}));
}

void TestDashboard::everyEntrySelectsItsItemsInTheTree()
{
    // A click selects the entry's items in the tree: each id has an index there, except
    // unnamed hosts ("a Rackspace VM"), which the tree leaves out (their services sit
    // under the provider): a view selects their services instead.
    QString error;
    const auto unnamedHosts = m_store->unnamedHosts(&error);
    QVERIFY2(unnamedHosts, qPrintable(error));
    const QSet<qint64> &unnamed = *unnamedHosts;
    QCOMPARE(unnamed.size(), 9);
    InventoryTreeModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model.reload(), qPrintable(model.errorString()));
    const DashboardData data = build();
    for (int c = 0; c < static_cast<int>(DashboardData::Chart::ChartCount); ++c) {
        const auto chart = static_cast<DashboardData::Chart>(c);
        const ChartSeries &series = data.chart(chart);
        QCOMPARE(&(data.*DashboardData::seriesOf(chart)), &series);
        QVERIFY(!series.title.isEmpty());
        QVERIFY(!series.entries.isEmpty());
        QCOMPARE(series.distinctFrom.size(), series.entries.size() + 1);
        for (const ChartEntry &entry : series.entries) {
            QVERIFY(entry.itemIds.isEmpty()); // the numbers only: the items are read on a click
            const QVector<qint64> ids = items(DashboardData::seriesOf(chart), entry);
            QCOMPARE(ids.size(), entry.count());
            QVERIFY(std::is_sorted(ids.begin(), ids.end()));
            for (qint64 id : ids) {
                if (unnamed.contains(id))
                    continue;
                const QModelIndex index = model.indexForId(id);
                QVERIFY2(index.isValid(), qPrintable(entry.label));
                QCOMPARE(model.idAt(index), id);
            }
        }
    }
}

void TestDashboard::followsEdits()
{
    QString error;
    // A new service on a Rackspace VM, served through Fastly, owned by two people.
    const qint64 vm =
        test::must(m_store->findItemsByName(QStringLiteral("Rackspace VM for docs.python.org"), test::readError()))
            .first()
            .id;
    Item s;
    s.kind = ItemKind::Service;
    s.parentId = vm;
    s.name = QStringLiteral("devguide.python.org");
    s.status = QStringLiteral("staging");
    QVERIFY2(m_store->createItem(s, &error), qPrintable(error));
    Link link;
    link.fromItem = vm; // the VM is behind Fastly: everything on it is
    link.toItem = test::must(m_store->findItemsByName(QStringLiteral("Fastly"), test::readError())).first().id;
    link.type = keys::linkKind(LinkKind::FrontedBy);
    QVERIFY2(m_store->addLink(link, &error), qPrintable(error));
    for (const char *name : {"Georg Brandl", "Antoine Pitrou"}) {
        Assignment a;
        a.itemId = s.id;
        a.contactId = test::must(m_store->findContactsByName(QString::fromLatin1(name), test::readError())).first().id;
        a.role = QStringLiteral("owner");
        QVERIFY2(m_store->addAssignment(a, &error), qPrintable(error));
    }
    const DashboardData data = build();
    QCOMPARE(counts(data.servicesPerProvider).value(1), QStringLiteral("Rackspace=5"));
    QCOMPARE(data.servicesByStatus.find(QStringLiteral("staging"))->count(), 2);
    QCOMPARE(data.ownershipCoverage.find(QStringLiteral("2+"))->count(), 5);
    QCOMPARE(counts(data.topOwners).mid(0, 2),
             (QStringList{QStringLiteral("Antoine Pitrou=3"), QStringLiteral("Georg Brandl=3")}));
    // docs.python.org is fronted twice (itself and its VM) but counted once.
    QCOMPARE(counts(data.frontingProviders), QStringList{QStringLiteral("Fastly=5")});
    QVERIFY(names(items(&DashboardData::frontingProviders, data.frontingProviders.entries.first()))
                .contains(QStringLiteral("devguide.python.org")));

    // A status of one's own comes after the known ones; hosts too.
    s.status = QStringLiteral("frozen");
    QVERIFY2(m_store->updateItem(s, &error), qPrintable(error));
    Item ximinez = test::must(m_store->findItemsByName(QStringLiteral("ximinez"), test::readError())).first();
    ximinez.status = QStringLiteral("gone");
    QVERIFY2(m_store->updateItem(ximinez, &error), qPrintable(error));
    const DashboardData again = build();
    QCOMPARE(counts(again.servicesByStatus),
             (QStringList{QStringLiteral("active=12"), QStringLiteral("staging=1"), QStringLiteral("legacy=1"),
                          QStringLiteral("needs to be moved=1"), QStringLiteral("frozen=1")}));
    QCOMPARE(items(&DashboardData::servicesByStatus, again.servicesByStatus.entries.constLast()),
             QVector<qint64>{s.id});
    QCOMPARE(counts(again.hostsByStatus), (QStringList{QStringLiteral("active=11"), QStringLiteral("gone=1")}));

    // An inactive owner does not count.
    for (Assignment a : test::must(m_store->assignments(s.id, test::readError()))) {
        a.priority = Priority::Inactive;
        QVERIFY2(m_store->updateAssignment(a, &error), qPrintable(error));
    }
    QCOMPARE(build().ownershipCoverage.find(QStringLiteral("0"))->count(), 10);
}

void TestDashboard::options()
{
    DashboardData::Options options;
    options.ownerRoles = {QStringLiteral("owner"), QStringLiteral("maintainer"), QStringLiteral("contact")};
    options.topContacts = 3;
    options.frontLinks = {LinkKind::FrontedBy, LinkKind::DnsBy};
    const DashboardData data = build(options);
    // Counting contacts too: only planet, downloads, staging and legacy have nobody.
    QCOMPARE(data.ownershipCoverage.find(QStringLiteral("0"))->count(), 4);
    QCOMPARE(data.topOwners.entries.size(), 3);
    QCOMPARE(counts(data.topOwners),
             (QStringList{QStringLiteral("Antoine Pitrou=2"), QStringLiteral("Benjamin Peterson=2"),
                          QStringLiteral("Georg Brandl=2")})); // Benjamin: docs and jython
    // Dyn hosts DNS for the organisation: every service is behind it.
    QCOMPARE(counts(data.frontingProviders), (QStringList{QStringLiteral("Dyn=15"), QStringLiteral("Fastly=4")}));
}

void TestDashboard::groupsServicesByATagKey()
{
    const auto tag = [this](const char *name, QStringList tags) {
        Item item = test::must(m_store->findItemsByName(QString::fromUtf8(name), test::readError())).first();
        item.tags = std::move(tags);
        QString error;
        QVERIFY2(m_store->updateItem(item, &error), qPrintable(error));
    };
    // No tags: no keys to group by, and no grouping asked for.
    DashboardData data = build();
    QCOMPARE(data.tagKeys, QStringList());
    QVERIFY(data.servicesByTag.entries.isEmpty());

    tag("docs.python.org", {QStringLiteral("env=prod"), QStringLiteral("pci")});
    tag("PyPI", {QStringLiteral("env=prod")});
    tag("planet.python.org", {QStringLiteral("env=staging"), QStringLiteral("category=python-core")});
    // Two values of one key: counted under both.
    tag("bugs.python.org", {QStringLiteral("env=prod"), QStringLiteral("env=staging")});
    // Not the key "env": another key that begins with it, and another case.
    tag("hg.python.org", {QStringLiteral("environment=lab"), QStringLiteral("Env=qa")});
    // A key on a host only: offered, and every service is "(none)".
    tag("albatross", {QStringLiteral("role=db")});

    data = build();
    QCOMPARE(data.tagKeys, (QStringList{QStringLiteral("category"), QStringLiteral("Env"), QStringLiteral("env"),
                                        QStringLiteral("environment"), QStringLiteral("pci"), QStringLiteral("role")}));
    QVERIFY(data.servicesByTag.entries.isEmpty());
    int services = 0;
    for (const ChartEntry &e : std::as_const(data.servicesByStatus.entries))
        services += e.count();
    QCOMPARE(services, 15);

    DashboardData::Options options;
    options.tagKey = QStringLiteral("env");
    data = build(options);
    QCOMPARE(data.servicesByTag.title, QStringLiteral("Services by env"));
    // Most first, then by label; "(none)" last.
    QCOMPARE(counts(data.servicesByTag),
             (QStringList{QStringLiteral("prod=3"), QStringLiteral("staging=2"), QStringLiteral("(none)=11")}));
    QCOMPARE(data.servicesByTag.entries.at(0).key, QStringLiteral("env=prod"));
    QCOMPARE(
        names(items(&DashboardData::servicesByTag, data.servicesByTag.entries.at(0), options)),
        (QStringList{QStringLiteral("bugs.python.org"), QStringLiteral("docs.python.org"), QStringLiteral("PyPI")}));
    QCOMPARE(
        names(items(&DashboardData::servicesByTag, data.servicesByTag.find(QStringLiteral("env=staging")), options)),
        (QStringList{QStringLiteral("bugs.python.org"), QStringLiteral("planet.python.org")}));
    const ChartEntry *none = data.servicesByTag.find(QString());
    QVERIFY(none);
    QCOMPARE(none->label, QStringLiteral("(none)"));
    const QVector<qint64> untagged = items(&DashboardData::servicesByTag, none, options);
    QVERIFY(names(untagged).contains(QStringLiteral("hg.python.org")));
    QVERIFY(std::is_sorted(untagged.cbegin(), untagged.cend()));
    // Every service is in one entry at least; only bugs is in two.
    QSet<qint64> all;
    int counted = 0;
    for (const ChartEntry &e : std::as_const(data.servicesByTag.entries)) {
        counted += e.count();
        const QVector<qint64> ids = items(&DashboardData::servicesByTag, e, options);
        QCOMPARE(ids.size(), e.count());
        for (qint64 id : ids)
            all.insert(id);
    }
    QCOMPARE(all.size(), 15);
    QCOMPARE(counted, 16);
    // A bar for several entries ("other"): their items once each, counted as such.
    QCOMPARE(data.servicesByTag.countFrom(0), 15);
    QCOMPARE(data.servicesByTag.countFrom(1), 13); // staging and (none): nobody in both
    QCOMPARE(data.servicesByTag.countFrom(2), 11);
    QCOMPARE(data.servicesByTag.countFrom(3), 0);
    const QVector<qint64> tail = items(&DashboardData::servicesByTag,
                                       QStringList{QStringLiteral("env=prod"), QStringLiteral("env=staging")}, options);
    QCOMPARE(names(tail), (QStringList{QStringLiteral("bugs.python.org"), QStringLiteral("docs.python.org"),
                                       QStringLiteral("planet.python.org"), QStringLiteral("PyPI")}));
    QCOMPARE(items(&DashboardData::servicesByTag, QStringList{QStringLiteral("env=nope")}, options), QVector<qint64>());

    // A bare tag is its own entry.
    options.tagKey = QStringLiteral("pci");
    data = build(options);
    QCOMPARE(counts(data.servicesByTag), (QStringList{QStringLiteral("pci=1"), QStringLiteral("(none)=14")}));
    QCOMPARE(data.servicesByTag.entries.at(0).key, QStringLiteral("pci"));
    // Tags are case-sensitive.
    options.tagKey = QStringLiteral("Env");
    data = build(options);
    QCOMPARE(counts(data.servicesByTag), (QStringList{QStringLiteral("qa=1"), QStringLiteral("(none)=14")}));
    // On hosts only, or nowhere: every service is "(none)".
    for (const QString &key : {QStringLiteral("role"), QStringLiteral("nope")}) {
        options.tagKey = key;
        data = build(options);
        QCOMPARE(counts(data.servicesByTag), QStringList{QStringLiteral("(none)=15")});
    }
    // A key with LIKE's wildcards in it means itself only.
    tag("PyPI", {QStringLiteral("e_v=x"), QStringLiteral("e%=y")});
    options.tagKey = QStringLiteral("e_v");
    data = build(options);
    QCOMPARE(counts(data.servicesByTag), (QStringList{QStringLiteral("x=1"), QStringLiteral("(none)=14")}));
    options.tagKey = QStringLiteral("e%");
    data = build(options);
    QCOMPARE(counts(data.servicesByTag), (QStringList{QStringLiteral("y=1"), QStringLiteral("(none)=14")}));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
