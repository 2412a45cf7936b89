// The map's focus view of a large inventory, read from the database: the neighbourhood
// of an item is the one the whole graph gives (nodes, where each is drawn, who has
// nobody to contact, the links among them), a hub is capped with an honest count of what
// was left out, and the panel never reads the whole inventory unless the user asks for
// the whole map.

#include "ContactResolver.h"
#include "Database.h"
#include "MapGraph.h"
#include "MapPanel.h"
#include "MapScene.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

/// The ids of @p graph's items (not the boxes of what was left out).
QSet<qint64> itemIds(const MapGraph &graph)
{
    QSet<qint64> ids;
    for (const MapNode &node : graph.nodes()) {
        if (!MapGraph::isLeftOutBox(node.id))
            ids.insert(node.id);
    }
    return ids;
}

/// Each node as text: its id, region, name, status and whether it has nobody to contact.
QStringList nodeTexts(const MapGraph &graph, const QSet<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids) {
        const MapNode *n = graph.node(id);
        texts << (n ? QStringLiteral("%1 in %2: %3 [%4]%5")
                          .arg(id)
                          .arg(n->container)
                          .arg(n->name, n->status, n->nobodyToContact ? QStringLiteral(" nobody") : QString())
                    : QStringLiteral("%1 missing").arg(id));
    }
    texts.sort();
    return texts;
}

/// The edges between two of @p ids, as text.
QStringList edgeTexts(const MapGraph &graph, const QSet<qint64> &ids)
{
    QStringList texts;
    for (const MapEdge &edge : graph.edges()) {
        if (ids.contains(edge.from) && ids.contains(edge.to))
            texts << QStringLiteral("%1 %2 %3").arg(edge.from).arg(edge.type).arg(edge.to);
    }
    texts.sort();
    return texts;
}

QSet<qint64> toSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

} // namespace

class TestMapFocus final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    MapGraph m_whole; ///< the whole graph, as the map read it before
    qint64 m_organisation = 0;
    QVector<qint64> m_providers, m_hosts, m_services;
    qint64 m_hub = 0;     ///< the load balancer most services are served through
    qint64 m_unnamed = 0; ///< an unnamed host with services and links of its own
    qint64 m_linksToHub = 0;

    bool generate(QString *error);

private Q_SLOTS:
    void initTestCase();
    void neighbourhoodIsTheWholeGraphs_data();
    void neighbourhoodIsTheWholeGraphs();
    void hubIsCappedWithAnHonestCount();
    void panelNeverReadsTheWholeInventoryForFocus();
    void leftOutBoxIsNoItem();
};

bool TestMapFocus::generate(QString *error)
{
    // A small inventory shaped like a large one: a hub that fronts most services, a DNS
    // provider every service uses, database services shared by fifty, further hosts, an
    // unnamed host with services and links, services directly on a provider, and owners
    // for some services only (the others have nobody to contact but escalation).
    return m_store->write(
        [&](QString *e) {
            Item org;
            org.kind = ItemKind::Organisation;
            org.name = QStringLiteral("Example Corporation");
            if (!m_store->createItem(org, e))
                return false;
            m_organisation = org.id;
            for (int p = 0; p < 6; ++p) {
                Item provider;
                provider.kind = ItemKind::Provider;
                provider.parentId = org.id;
                provider.name = QStringLiteral("Provider %1").arg(p);
                if (!m_store->createItem(provider, e))
                    return false;
                m_providers << provider.id;
            }
            for (int h = 0; h < 30; ++h) {
                Item host;
                host.kind = ItemKind::Host;
                host.parentId = m_providers.at(h % 3);
                host.name = QStringLiteral("host-%1").arg(h, 2, 10, QLatin1Char('0'));
                host.hostname = host.name + QStringLiteral(".example.net");
                host.status = h % 7 == 3 ? QStringLiteral("unreachable") : QStringLiteral("active");
                if (!m_store->createItem(host, e))
                    return false;
                m_hosts << host.id;
            }
            m_hub = m_hosts.first();
            Item unnamed;
            unnamed.kind = ItemKind::Host;
            unnamed.parentId = m_providers.at(1);
            unnamed.name = QStringLiteral("a VM");
            if (!m_store->createItem(unnamed, e))
                return false;
            m_unnamed = unnamed.id;
            Contact owner;
            owner.kind = ContactKind::Person;
            owner.name = QStringLiteral("Owner");
            const auto ownerId = m_store->createContact(owner, e);
            if (!ownerId)
                return false;
            Assignment escalation;
            escalation.itemId = org.id;
            escalation.contactId = *ownerId;
            escalation.role = QStringLiteral("escalation");
            if (!m_store->addAssignment(escalation, e))
                return false;
            Assignment onHost;
            onHost.itemId = m_hosts.at(5);
            onHost.contactId = *ownerId;
            if (!m_store->addAssignment(onHost, e))
                return false;
            for (int i = 0; i < 300; ++i) {
                Item s;
                s.kind = ItemKind::Service;
                s.parentId = i % 25 == 0 ? m_providers.at(i % 3) : i % 31 == 0 ? m_unnamed : m_hosts.at(i % 30);
                if (s.parentId != m_unnamed && i % 25 != 0 && i % 5 == 1)
                    s.alsoOn = {m_hosts.at((i + 7) % 30)};
                s.name = QStringLiteral("service-%1").arg(i, 3, 10, QLatin1Char('0'));
                s.status = i % 9 == 4 ? QStringLiteral("legacy") : QStringLiteral("active");
                if (!m_store->createItem(s, e))
                    return false;
                m_services << s.id;
                if (i % 3 == 0) {
                    Assignment a;
                    a.itemId = s.id;
                    a.contactId = *ownerId;
                    if (!m_store->addAssignment(a, e))
                        return false;
                }
            }
            QVector<Link> links;
            const auto link = [&](qint64 from, const char *type, qint64 to) {
                Link l;
                l.fromItem = from;
                l.toItem = to;
                l.type = QString::fromLatin1(type);
                l.fromName = QStringLiteral("from");
                l.toName = QStringLiteral("to");
                links.append(l);
            };
            for (int i = 0; i < m_services.size(); ++i) {
                if (i % 4 == 0) {
                    link(m_services.at(i), "fronted_by", m_providers.at(3));
                } else {
                    link(m_services.at(i), "fronted_by", m_hub);
                    ++m_linksToHub;
                }
                if (i % 50 != 0)
                    link(m_services.at(i), "depends_on", m_services.at(i / 50 * 50));
                link(m_services.at(i), "dns_by", m_providers.at(4));
            }
            link(m_unnamed, "configured_by", m_providers.at(5));
            link(m_providers.at(2), "dns_by", m_unnamed);
            link(m_unnamed, "fronted_by", m_hub);
            ++m_linksToHub;
            link(org.id, "dns_by", m_providers.at(4));
            return m_store->createValidatedLinks(links, e);
        },
        error);
}

void TestMapFocus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = test::scratchInventory(m_dir, QStringLiteral("focus"));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    QVERIFY2(generate(&error), qPrintable(error));
    QVERIFY2(m_whole.load(*m_store, &error), qPrintable(error));
    QCOMPARE(m_whole.nodes().size(), 1 + 6 + 30 + 300);
}

void TestMapFocus::neighbourhoodIsTheWholeGraphs_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("steps");
    // Every kind of item, the hub, the unnamed host's provider and services, one and two steps out.
    const auto add = [](const char *name, int which, int steps) { QTest::newRow(name) << which << steps; };
    add("organisation", -1, 0);
    add("organisation, 1 step", -1, 1);
    add("hub host", -2, 0);
    add("hub host, 1 step", -2, 1);
    add("unnamed host (not drawn)", -3, 0);
    for (int p = 0; p < 6; ++p) {
        QTest::addRow("provider %d", p) << 1000 + p << 0;
        QTest::addRow("provider %d, 1 step", p) << 1000 + p << 1;
    }
    for (int h = 1; h < 30; h += 4)
        QTest::addRow("host %d", h) << 2000 + h << (h % 8 == 1 ? 1 : 0);
    for (int s : {0, 1, 2, 31, 50, 62, 93, 101, 124, 155, 217, 299}) {
        QTest::addRow("service %d", s) << 3000 + s << 0;
        QTest::addRow("service %d, 1 step", s) << 3000 + s << 1;
    }
    add("service 7, 2 steps", 3007, 2);
    add("service 31 (on the unnamed host), 2 steps", 3031, 2);
}

void TestMapFocus::neighbourhoodIsTheWholeGraphs()
{
    QFETCH(int, which);
    QFETCH(int, steps);
    const qint64 id = which == -1     ? m_organisation
                      : which == -2   ? m_hub
                      : which == -3   ? m_unnamed
                      : which >= 3000 ? m_services.at(which - 3000)
                      : which >= 2000 ? m_hosts.at(which - 2000)
                                      : m_providers.at(which - 1000);
    const QSet<qint64> expected = m_whole.neighbourhood(id, steps);
    MapGraph focus;
    QString error;
    const MapGraph::FocusLimits unlimited{1000000, 1000000, 1000000};
    QVERIFY2(focus.loadFocus(*m_store, id, steps, &error, unlimited), qPrintable(error));
    QVERIFY(focus.isPartial());
    QCOMPARE(focus.leftOut(), qint64(0));
    QVERIFY(focus.isComplete());
    QCOMPARE(itemIds(focus), expected);
    QCOMPARE(focus.nodes().size(), expected.size());
    // Drawn where the whole map draws them, with the same names, statuses and flags, and
    // the same links among them.
    QCOMPARE(nodeTexts(focus, expected), nodeTexts(m_whole, expected));
    QCOMPARE(edgeTexts(focus, expected), edgeTexts(m_whole, expected));
    QCOMPARE(focus.edgeTypes().isEmpty(), expected.isEmpty());
}

void TestMapFocus::hubIsCappedWithAnHonestCount()
{
    QString error;
    const MapGraph::FocusLimits small{5, 10, 100000};
    MapGraph focus;
    QVERIFY2(focus.loadFocus(*m_store, m_hub, 0, &error, small), qPrintable(error));
    // The hub's links: ten drawn, the rest one box beside it that says how many.
    QString more;
    for (const MapNode &node : focus.nodes()) {
        if (MapGraph::isLeftOutBox(node.id) && node.name.contains(QStringLiteral("linked to host-00")))
            more = node.name;
    }
    QCOMPARE(more, QStringLiteral("… and %1 more linked to host-00").arg(m_linksToHub - 10));
    // Every item drawn is in the neighbourhood, and far fewer than all of it are.
    const QSet<qint64> all = m_whole.neighbourhood(m_hub, 0);
    QVERIFY(all.contains(itemIds(focus)));
    QVERIFY2(itemIds(focus).size() < all.size() / 3, qPrintable(QString::number(itemIds(focus).size())));
    QVERIFY(focus.leftOut() >= m_linksToHub - 10);

    // A provider's hosts past the limit: one box in the provider.
    QVERIFY2(focus.loadFocus(*m_store, m_providers.at(0), 0, &error, small), qPrintable(error));
    int boxesInProvider = 0;
    for (const MapNode &node : focus.nodes()) {
        if (MapGraph::isLeftOutBox(node.id) && node.container == m_providers.at(0) &&
            !node.name.contains(QStringLiteral("linked"))) {
            ++boxesInProvider;
            // Provider 0 holds 10 hosts and 4 services directly: 5 drawn, 9 more.
            QCOMPARE(node.name, QStringLiteral("… and 9 more"));
        }
    }
    QCOMPARE(boxesInProvider, 1);

    // The item budget: no more is opened up past it, and the view says so.
    QVERIFY2(focus.loadFocus(*m_store, m_services.at(1), 2, &error, {1000, 1000, 50}), qPrintable(error));
    QVERIFY(!focus.isComplete());
    QVERIFY(m_whole.neighbourhood(m_services.at(1), 2).contains(itemIds(focus)));
}

void TestMapFocus::panelNeverReadsTheWholeInventoryForFocus()
{
    ContactResolver resolver(*m_store);
    const int before = MapGraph::wholeReads();
    MapPanel panel;
    panel.setLargeInventory(100);
    // Nothing left out: the views compare with the whole graph's (the caps have their own test).
    panel.setFocusLimits({1000000, 1000000, 1000000});
    panel.resize(900, 700);
    panel.setStore(m_store.get(), &resolver);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.waitForLayout(60000));
    // Counted, found large, in focus with nothing to show: the graph was not read.
    QCOMPARE(panel.inventorySize(), qint64(m_whole.nodes().size()));
    QVERIFY(panel.focusMode());
    QVERIFY(panel.findChild<QAction *>(QStringLiteral("mapFocusAction"))->isChecked());
    QVERIFY(panel.scene()->shownIds().isEmpty());
    QString texts;
    for (QLabel *label : panel.findChildren<QLabel *>())
        texts += label->text() + QLatin1Char('\n');
    QVERIFY2(texts.contains(QStringLiteral("337 items: select a provider, host or service")), qPrintable(texts));
    QCOMPARE(MapGraph::wholeReads(), before);

    // A service, then one ring more: what the whole graph's focus showed.
    const qint64 service = m_services.at(62);
    panel.selectItem(service);
    QVERIFY(panel.waitForLayout(60000));
    QVERIFY(panel.graph().isPartial());
    QCOMPARE(toSet(panel.scene()->shownIds()), m_whole.neighbourhood(service, 0));
    QCOMPARE(panel.scene()->selectedId(), service);
    panel.expandFocus();
    QVERIFY(panel.waitForLayout(60000));
    QCOMPARE(toSet(panel.scene()->shownIds()), m_whole.neighbourhood(service, 1));

    // Impact in a focus view: what depends on the hub, read around it.
    panel.selectItem(m_hub);
    QVERIFY(panel.waitForLayout(60000));
    panel.setImpactMode(true);
    QVERIFY(panel.waitForLayout(60000));
    QVERIFY(panel.graph().hasImpact());
    int affected = 0;
    for (const ImpactedItem &item : m_whole.impactOf(m_hub).affected)
        affected += item.kind == ItemKind::Service ? 1 : 0;
    QCOMPARE(panel.impactLines().size(), std::min(affected, 300) + (affected > 300 ? 1 : 0));
    QVERIFY(affected > 200);
    panel.setImpactMode(false);

    // An edit reaches the focus view, still without reading everything.
    panel.selectItem(m_services.at(1));
    QVERIFY(panel.waitForLayout(60000));
    Item edited = test::must(m_store->item(m_services.at(1), test::readError()));
    const QString oldName = edited.name;
    edited.name = QStringLiteral("renamed service");
    QString error;
    QVERIFY2(m_store->updateItem(edited, &error), qPrintable(error));
    QVERIFY(panel.waitForLayout(60000));
    QVERIFY(panel.graph().isPartial());
    QVERIFY(panel.scene()->itemFor(m_services.at(1)));
    QCOMPARE(panel.scene()->itemFor(m_services.at(1))->node().name, QStringLiteral("renamed service"));
    QCOMPARE(MapGraph::wholeReads(), before);

    // The whole map on request: now, and only now, everything is read.
    panel.findChild<QAction *>(QStringLiteral("mapFocusAction"))->trigger();
    QVERIFY(!panel.focusMode());
    QVERIFY(panel.waitForLayout(120000));
    QCOMPARE(MapGraph::wholeReads(), before + 1);
    QCOMPARE(panel.scene()->shownIds().size(), m_whole.nodes().size());
    // Back in focus, a neighbourhood is read again (capped as always), not cut out of the whole.
    panel.setFocusLimits({5, 10, 100000});
    panel.findChild<QAction *>(QStringLiteral("mapFocusAction"))->trigger();
    QVERIFY(panel.focusMode());
    panel.selectItem(m_hub);
    QVERIFY(panel.waitForLayout(60000));
    QVERIFY(panel.graph().isPartial());
    QVERIFY(panel.graph().leftOut() > 0);
    QCOMPARE(MapGraph::wholeReads(), before + 1);
    edited.name = oldName;
    QVERIFY2(m_store->updateItem(edited, &error), qPrintable(error));
}

void TestMapFocus::leftOutBoxIsNoItem()
{
    // The box of what was left out is drawn, but selecting or opening it tells nobody of
    // an item, its tooltip says what it is, and a relayout meanwhile keeps the focus.
    ContactResolver resolver(*m_store);
    MapPanel panel;
    panel.setLargeInventory(100);
    panel.setFocusLimits({5, 10, 100000});
    panel.resize(900, 700);
    panel.setStore(m_store.get(), &resolver);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.waitForLayout(60000));
    panel.selectItem(m_hub);
    QVERIFY(panel.waitForLayout(60000));
    qint64 box = 0;
    for (qint64 id : panel.scene()->shownIds()) {
        if (MapGraph::isLeftOutBox(id) &&
            panel.scene()->itemFor(id)->node().name.contains(QStringLiteral("more linked to host-00")))
            box = id;
    }
    QVERIFY(box < 0);
    QVERIFY(panel.scene()->toolTipFor(box).contains(QStringLiteral("Left out")));
    QSignalSpy selected(&panel, &MapPanel::itemSelected), activated(&panel, &MapPanel::itemActivated);
    Q_EMIT panel.scene()->selectionChangedByUser(box);
    Q_EMIT panel.scene()->itemActivated(box);
    QCOMPARE(selected.size(), 0);
    QCOMPARE(activated.size(), 0);
    panel.scheduleRelayout();
    QVERIFY(panel.waitForLayout(60000));
    QVERIFY(panel.scene()->itemFor(m_hub));
    QString status;
    for (QLabel *label : panel.findChildren<QLabel *>())
        status += label->text();
    QVERIFY2(status.contains(QStringLiteral("Focus on host-00")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("more linked or contained not drawn")), qPrintable(status));
}

QTEST_MAIN(TestMapFocus)
#include "tst_map_focus.moc"
