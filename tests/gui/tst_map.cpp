// The map, offscreen: the scene for the example inventory (every provider, host and
// service in the right container, every link with its kind), focus and impact sets,
// selection shared with the tree, a stable layout after a small edit, SVG export
// parsed back, and the headless "steward map" command.

#include "ContactResolver.h"
#include "Database.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "MapExport.h"
#include "MapGraph.h"
#include "MapLayout.h"
#include "MapPanel.h"
#include "MapScene.h"
#include "MapView.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QGraphicsPathItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace steward;

namespace {

/// The text drawn in an SVG file, in document order.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<cannot open>")};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        return {QStringLiteral("<bad XML: %1>").arg(xml.errorString())};
    return texts;
}

} // namespace

class TestMap final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    qint64 id(const QString &name) const
    {
        return test::must(m_store->findItemsByName(name, test::readError())).first().id;
    }
    QStringList names(const QSet<qint64> &ids) const;
    QStringList names(const QVector<qint64> &ids) const { return names(QSet<qint64>(ids.begin(), ids.end())); }
    int runSteward(const QStringList &arguments, QString *err = nullptr);

    QString inventory(const QString &name) const { return test::scratchInventory(m_dir, name); }

    QTemporaryDir m_dir;
    QString m_example; ///< the example inventory m_store reads
    QTemporaryDir m_runtimeDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    MapGraph m_graph;

private Q_SLOTS:
    void initTestCase();
    void sceneForTheExample();
    void focusNeighbourhood();
    void impactSets();
    void impactFollowsLinks();
    void layoutIsStableAfterASmallEdit();
    void selectionIsSharedWithTheTree();
    void impactModeListsWhomToCall();
    void exportsSvgAndPng();
    void headlessMapCommand();
    void largeInventoryStartsInFocus();
    void plainKeysWorkOnlyOnTheMap();
};

QStringList TestMap::names(const QSet<qint64> &ids) const
{
    QStringList out;
    for (qint64 i : ids)
        out << m_graph.node(i)->name;
    out.sort(Qt::CaseInsensitive);
    return out;
}

int TestMap::runSteward(const QStringList &arguments, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must not need it
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestMap::initTestCase()
{
    QString error;
    m_example = inventory(QStringLiteral("example"));
    QVERIFY2(test::createExample(m_example, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_example));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(m_graph.load(*m_store, &error), qPrintable(error));
}

void TestMap::sceneForTheExample()
{
    const MapLayoutResult layout = MapLayout::run(m_graph);
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    MapScene scene;
    scene.build(m_graph, layout);

    // Every provider, named host and service, and the organisation; no unnamed host.
    QStringList drawn;
    for (qint64 i : scene.shownIds())
        drawn << scene.itemFor(i)->node().name;
    drawn.sort(Qt::CaseInsensitive);
    QCOMPARE(drawn.size(), 1 + 7 + 3 + 15);
    for (const char *name : {"Python Software Foundation", "XS4ALL", "OSUOSL", "Rackspace", "Dyn", "Gandi", "Fastly",
                             "Upfront Systems", "albatross", "dinsdale", "ximinez", "docs.python.org", "PyPI",
                             "mail.python.org", "legacy.python.org", "Buildbot", "staging.python.org"})
        QVERIFY2(drawn.contains(QString::fromUtf8(name)), name);
    QVERIFY(!drawn.contains(QStringLiteral("Rackspace VM for docs.python.org")));

    // In the right container: named hosts hold their services; a service on an unnamed
    // host sits directly in its provider; services of the organisation at the top.
    const auto containerOf = [&](const char *name) {
        const qint64 c = scene.drawnContainer(id(QString::fromUtf8(name)));
        return c ? m_graph.node(c)->name : QStringLiteral("(top)");
    };
    QCOMPARE(containerOf("mail.python.org"), QStringLiteral("albatross"));
    QCOMPARE(containerOf("planet.python.org"), QStringLiteral("dinsdale"));
    QCOMPARE(containerOf("dinsdale"), QStringLiteral("XS4ALL"));
    QCOMPARE(containerOf("ximinez"), QStringLiteral("XS4ALL"));
    QCOMPARE(containerOf("docs.python.org"), QStringLiteral("Rackspace"));
    QCOMPARE(containerOf("wiki.python.org"), QStringLiteral("OSUOSL"));
    QCOMPARE(containerOf("bugs.python.org"), QStringLiteral("Upfront Systems"));
    QCOMPARE(containerOf("Buildbot"), QStringLiteral("(top)"));
    QCOMPARE(containerOf("Fastly"), QStringLiteral("(top)"));

    // Every box lies inside its container, and no two siblings overlap.
    for (qint64 i : scene.shownIds()) {
        MapItem *item = scene.itemFor(i);
        if (auto *parent = qgraphicsitem_cast<MapItem *>(item->parentItem())) {
            const QRectF inner = item->mapRectToScene(QRectF(QPointF(0, 0), layout.boxes.value(i).size()));
            const QRectF outer = parent->mapRectToScene(QRectF(QPointF(0, 0), layout.boxes.value(parent->id()).size()));
            QVERIFY2(outer.contains(inner), qPrintable(item->node().name));
        }
    }
    const QList<qint64> ids = scene.shownIds();
    for (qint64 a : ids) {
        for (qint64 b : ids) {
            if (a < b && scene.drawnContainer(a) == scene.drawnContainer(b))
                QVERIFY2(!layout.boxes.value(a).intersects(layout.boxes.value(b)),
                         qPrintable(m_graph.node(a)->name + QLatin1String(" / ") + m_graph.node(b)->name));
        }
    }

    // Every link, with its kind, and one batched path per kind.
    QStringList links;
    for (const MapEdge &e : scene.drawnEdges())
        links << QStringLiteral("%1 %2 %3")
                     .arg(m_graph.node(e.from)->name, keys::linkKind(e.kind), m_graph.node(e.to)->name);
    links.sort();
    QCOMPARE(links, QStringList({QStringLiteral("PyPI fronted_by Fastly"),
                                 QStringLiteral("Python Software Foundation dns_by Dyn"),
                                 QStringLiteral("Python Software Foundation registered_at Gandi"),
                                 QStringLiteral("Python downloads fronted_by Fastly"),
                                 QStringLiteral("docs.python.org fronted_by Fastly"),
                                 QStringLiteral("www.python.org fronted_by Fastly")}));
    // Each drawn with a route of its own, from its source's side to its target's, and
    // each type with a stroke of its own.
    QCOMPARE(scene.drawnRoutes().size(), scene.drawnEdges().size());
    for (int e = 0; e < scene.drawnEdges().size(); ++e) {
        const QPolygonF route = scene.drawnRoutes().at(e);
        QVERIFY(route.size() >= 2);
        const QRectF from = layout.boxes.value(scene.drawnEdges().at(e).from);
        const QRectF to = layout.boxes.value(scene.drawnEdges().at(e).to);
        const auto onSide = [](const QRectF &r, const QPointF &p) {
            return r.adjusted(-0.01, -0.01, 0.01, 0.01).contains(p) &&
                   !r.adjusted(0.01, 0.01, -0.01, -0.01).contains(p);
        };
        QVERIFY(onSide(from, route.first()));
        QVERIFY(onSide(to, route.last()));
    }
    QVERIFY(scene.edgePen(QStringLiteral("fronted_by")).style() != scene.edgePen(QStringLiteral("dns_by")).style());
    QVERIFY(scene.edgePen(QStringLiteral("dns_by")).style() != scene.edgePen(QStringLiteral("registered_at")).style());

    // Statuses and "nobody to contact": planet.python.org has only escalation contacts.
    QCOMPARE(scene.itemFor(id(QStringLiteral("ximinez")))->node().status, QStringLiteral("unreachable"));
    QVERIFY(scene.itemFor(id(QStringLiteral("planet.python.org")))->node().nobodyToContact);
    QVERIFY(!scene.itemFor(id(QStringLiteral("PyPI")))->node().nobodyToContact);
    // PyPI's owners are inherited by nobody else; docs.python.org has its own.
    QVERIFY(!scene.itemFor(id(QStringLiteral("docs.python.org")))->node().nobodyToContact);
}

void TestMap::focusNeighbourhood()
{
    QCOMPARE(names(m_graph.neighbourhood(id(QStringLiteral("docs.python.org")), 0)),
             QStringList({QStringLiteral("docs.python.org"), QStringLiteral("Fastly"), QStringLiteral("Rackspace")}));
    // One step further: what else Fastly serves, with its providers.
    QCOMPARE(names(m_graph.neighbourhood(id(QStringLiteral("docs.python.org")), 1)),
             QStringList({QStringLiteral("docs.python.org"), QStringLiteral("Fastly"), QStringLiteral("OSUOSL"),
                          QStringLiteral("PyPI"), QStringLiteral("Python downloads"), QStringLiteral("Rackspace"),
                          QStringLiteral("www.python.org")}));
    // A host: its provider and its services.
    QCOMPARE(names(m_graph.neighbourhood(id(QStringLiteral("dinsdale")), 0)),
             QStringList({QStringLiteral("dinsdale"), QStringLiteral("legacy.python.org"),
                          QStringLiteral("planet.python.org"), QStringLiteral("XS4ALL")}));
    QVERIFY(m_graph.neighbourhood(id(QStringLiteral("Rackspace VM for docs.python.org")), 0).isEmpty());
}

void TestMap::impactSets()
{
    QCOMPARE(names(m_graph.affectedServices(id(QStringLiteral("Fastly")))),
             QStringList({QStringLiteral("docs.python.org"), QStringLiteral("PyPI"), QStringLiteral("Python downloads"),
                          QStringLiteral("www.python.org")}));
    QCOMPARE(names(m_graph.impact(id(QStringLiteral("dinsdale")))),
             QStringList({QStringLiteral("dinsdale"), QStringLiteral("legacy.python.org"),
                          QStringLiteral("planet.python.org")}));
    QCOMPARE(names(m_graph.affectedServices(id(QStringLiteral("XS4ALL")))),
             QStringList({QStringLiteral("legacy.python.org"), QStringLiteral("mail.python.org"),
                          QStringLiteral("planet.python.org")}));
    // The organisation's DNS: everything depends on Dyn.
    QCOMPARE(m_graph.affectedServices(id(QStringLiteral("Dyn"))).size(), 15);
    QCOMPARE(m_graph.affectedServices(id(QStringLiteral("Buildbot"))).size(), 1);
}

void TestMap::impactFollowsLinks()
{
    // A database host several services use: Impact on it shows them, with the path.
    const QString copy = inventory(QStringLiteral("database"));
    QString error;
    QVERIFY2(test::createExample(copy, &error), qPrintable(error));
    Database db;
    QVERIFY(db.open(copy));
    Store store(db);
    const auto find = [&store](const char *name) {
        return test::must(store.findItemsByName(QString::fromUtf8(name), test::readError())).value(0).id;
    };
    Item host;
    host.kind = ItemKind::Host;
    host.name = QStringLiteral("db-1");
    host.hostname = QStringLiteral("db-1.python.org");
    host.parentId = find("Rackspace");
    QVERIFY2(store.createItem(host, &error), qPrintable(error));
    Item postgres;
    postgres.kind = ItemKind::Service;
    postgres.name = QStringLiteral("postgres");
    postgres.parentId = host.id;
    QVERIFY2(store.createItem(postgres, &error), qPrintable(error));
    for (const char *user : {"PyPI", "wiki.python.org"}) {
        Link link;
        link.fromItem = find(user);
        link.toItem = postgres.id;
        link.type = QStringLiteral("depends_on");
        QVERIFY2(store.addLink(link, &error), qPrintable(error));
    }
    MapGraph graph;
    QVERIFY2(graph.load(store, &error), qPrintable(error));
    QStringList affected;
    for (qint64 service : graph.affectedServices(host.id))
        affected << graph.node(service)->name;
    QCOMPARE(affected,
             QStringList({QStringLiteral("postgres"), QStringLiteral("PyPI"), QStringLiteral("wiki.python.org")}));
    QStringList paths;
    for (const ImpactedItem &item : graph.impactOf(host.id).affected)
        paths << item.pathText;
    QCOMPARE(paths, QStringList({QStringLiteral("postgres → runs on db-1"),
                                 QStringLiteral("PyPI → depends on postgres → runs on db-1"),
                                 QStringLiteral("wiki.python.org → depends on postgres → runs on db-1")}));
}

void TestMap::layoutIsStableAfterASmallEdit()
{
    MapLayout::Cache cache;
    const MapLayoutResult first = MapLayout::run(m_graph, {}, &cache);
    QCOMPARE(first.regionsLaidOut, 7);
    // Rename a service in XS4ALL (in another copy of the example, same ids): only
    // XS4ALL's inside is laid out again.
    const QString copy = inventory(QStringLiteral("stable"));
    QString error;
    QVERIFY2(test::createExample(copy, &error), qPrintable(error));
    Database db;
    QVERIFY(db.open(copy));
    Store store(db);
    Item planet = test::must(store.findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first();
    QCOMPARE(planet.id, id(QStringLiteral("planet.python.org")));
    planet.name = QStringLiteral("planet.python.org (old)");
    QVERIFY(store.updateItem(planet, nullptr));
    MapGraph edited;
    QVERIFY(edited.load(store, nullptr));
    const MapLayoutResult second = MapLayout::run(edited, {}, &cache);
    QCOMPARE(second.regionsLaidOut, 1);
    // Rackspace's services keep their places inside Rackspace.
    const qint64 rackspace = id(QStringLiteral("Rackspace"));
    for (qint64 s : m_graph.children(rackspace)) {
        const QPointF before = first.boxes.value(s).topLeft() - first.boxes.value(rackspace).topLeft();
        const QPointF after = second.boxes.value(s).topLeft() - second.boxes.value(rackspace).topLeft();
        QCOMPARE(after, before);
    }
}

void TestMap::selectionIsSharedWithTheTree()
{
    Settings settings(path(QStringLiteral("steward.ini")));
    MainWindow window(settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.newFile(inventory(QStringLiteral("window")), true, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    QVERIFY(map->scene()->itemFor(id(QStringLiteral("PyPI"))));

    // Tree to map.
    QVERIFY(window.selectItemByName(QStringLiteral("docs.python.org")));
    QCOMPARE(map->scene()->selectedId(), window.selectedItemIds().value(0));
    QCOMPARE(map->scene()->itemFor(map->scene()->selectedId())->node().name, QStringLiteral("docs.python.org"));

    // Map to tree: a click on PyPI selects it in the tree, and the panel shows its contacts.
    MapView *view = map->view();
    MapItem *pypi = map->scene()->itemFor(
        test::must(window.store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).first().id);
    QVERIFY(pypi);
    view->centerOn(pypi);
    const QPoint at = view->mapFromScene(pypi->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(window.selectedItemIds(), QVector<qint64>({pypi->id()}));
    QStringList shown;
    for (QLabel *label : window.findChildren<QLabel *>(QStringLiteral("contactNameLabel")))
        shown << label->property("contactName").toString();
    QVERIFY2(shown.contains(QStringLiteral("Donald Stufft")), qPrintable(shown.join(QLatin1Char(','))));

    // Focus mode shows only the neighbourhood; Expand opens one more ring.
    map->setFocusMode(true);
    QVERIFY(map->waitForLayout(10000));
    QStringList focused;
    for (qint64 i : map->scene()->shownIds())
        focused << map->scene()->itemFor(i)->node().name;
    focused.sort(Qt::CaseInsensitive);
    QCOMPARE(focused, QStringList({QStringLiteral("Fastly"), QStringLiteral("PyPI"), QStringLiteral("Rackspace")}));
    map->expandFocus();
    QVERIFY(map->waitForLayout(10000));
    QCOMPARE(map->scene()->shownIds().size(), 7);
    map->setFocusMode(false);
    QVERIFY(map->waitForLayout(10000));
    QCOMPARE(map->scene()->shownIds().size(), 26);

    // An edit in the window reaches the map.
    // (The scene was built again since: look the item up by id, not through the old MapItem.)
    Item pypiItem = test::must(window.store()->item(
        test::must(window.store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).first().id,
        test::readError()));
    Item renamed = pypiItem;
    renamed.name = QStringLiteral("PyPI (warehouse)");
    QVERIFY(window.document()->saveItem(pypiItem, renamed, &error));
    QVERIFY(map->waitForLayout(10000));
    QCOMPARE(map->scene()->itemFor(pypiItem.id)->node().name, QStringLiteral("PyPI (warehouse)"));
}

void TestMap::impactModeListsWhomToCall()
{
    Settings settings(path(QStringLiteral("impact.ini")));
    MainWindow window(settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.newFile(inventory(QStringLiteral("impact")), true, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    map->setImpactMode(true);
    QVERIFY(window.selectItemByName(QStringLiteral("Fastly")));
    const QStringList lines = map->impactLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY2(
        lines.contains(QStringLiteral("PyPI: Ernest W. Durbin III (maintainer), Donald Stufft (maintainer), Richard "
                                      "Jones (maintainer), infrastructure-staff@python.org (escalation), …")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(map->impactPaths().contains(QStringLiteral("PyPI → served through Fastly")),
             qPrintable(map->impactPaths().join(QLatin1Char('\n'))));
    // Everything else is dimmed; the affected services and Fastly are highlighted.
    QCOMPARE(map->scene()->itemFor(window.selectedItemIds().first())->node().name, QStringLiteral("Fastly"));
}

void TestMap::exportsSvgAndPng()
{
    MapScene scene;
    scene.build(m_graph, MapLayout::run(m_graph));
    QString error;
    const QString svg = path(QStringLiteral("map.svg"));
    QVERIFY2(scene.items().size() > 20, "scene built");
    QVERIFY2(steward::mapexport::save(scene, svg, &error), qPrintable(error));
    const QStringList texts = svgTexts(svg);
    for (const char *name : {"docs.python.org", "Fastly", "XS4ALL", "albatross", "Python Software Foundation"})
        QVERIFY2(texts.contains(QString::fromUtf8(name)), qPrintable(texts.join(QLatin1Char('|'))));
    const QString png = path(QStringLiteral("map.png"));
    QVERIFY2(steward::mapexport::save(scene, png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400);
    // Refused: an unknown suffix, a folder that does not exist (nothing is left behind).
    QVERIFY(!steward::mapexport::save(scene, path(QStringLiteral("map.gif")), &error));
    QVERIFY(error.contains(QStringLiteral(".svg or .png")));
    QVERIFY(!steward::mapexport::save(scene, path(QStringLiteral("missing/map.svg")), &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
}

void TestMap::headlessMapCommand()
{
    const QString db = m_example;
    QString err;
    const QString whole = path(QStringLiteral("cli.svg"));
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"), whole}, &err), 0);
    QVERIFY(svgTexts(whole).contains(QStringLiteral("mail.python.org")));
    const QString focus = path(QStringLiteral("focus.svg"));
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"), focus,
                         QStringLiteral("--focus"), QStringLiteral("docs.python.org")},
                        &err),
             0);
    const QStringList texts = svgTexts(focus);
    QVERIFY(texts.contains(QStringLiteral("docs.python.org")));
    QVERIFY(texts.contains(QStringLiteral("Fastly")));
    QVERIFY(!texts.contains(QStringLiteral("mail.python.org")));
    const QString png = path(QStringLiteral("cli.png"));
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"), png}, &err), 0);
    QVERIFY(!QImage(png).isNull());
    // Usage errors exit 2, failures 1 with the reason.
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db}, &err), 2);
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                         path(QStringLiteral("m.jpg"))},
                        &err),
             2);
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"), focus,
                         QStringLiteral("--focus"), QStringLiteral("no such thing")},
                        &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("no item is called \"no such thing\"")), qPrintable(err));
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), inventory(QStringLiteral("absent")),
                         QStringLiteral("-o"), whole},
                        &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("does not exist")), qPrintable(err));
    QCOMPARE(runSteward({QStringLiteral("map"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                         path(QStringLiteral("missing/m.svg"))},
                        &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("Cannot write")), qPrintable(err));
}

void TestMap::largeInventoryStartsInFocus()
{
    // An organisation, 100 providers and services spread over them:
    // MapPanel::LargeInventory items exactly, then one more. At the limit the whole map
    // is laid out; above it the map starts in focus mode and lays out nothing until
    // something is selected.
    const QString location = inventory(QStringLiteral("large"));
    Database db;
    QVERIFY2(db.create(location), qPrintable(db.errorString()));
    Store store(db);
    QString error;
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = QStringLiteral("Acme");
    QVERIFY2(store.createItem(org, &error), qPrintable(error));
    constexpr int providerCount = 100;
    QVector<qint64> providers;
    for (int p = 0; p < providerCount; ++p) {
        Item provider;
        provider.kind = ItemKind::Provider;
        provider.name = QStringLiteral("provider %1").arg(p);
        provider.parentId = org.id;
        QVERIFY2(store.createItem(provider, &error), qPrintable(error));
        providers << provider.id;
    }
    QVector<Item> services;
    for (int i = 0; i < MapPanel::LargeInventory - 1 - providerCount; ++i) {
        Item service;
        service.kind = ItemKind::Service;
        service.name = QStringLiteral("service %1").arg(i, 5, 10, QLatin1Char('0'));
        service.parentId = providers.at(i % providerCount);
        services.append(service);
    }
    QVERIFY2(store.write([&](QString *err) { return store.createValidatedItems(services, err); }, &error),
             qPrintable(error));
    ContactResolver resolver(store);

    const auto open = [&](MapPanel &panel) {
        panel.resize(800, 600);
        panel.setStore(&store, &resolver);
        panel.show();
        return QTest::qWaitForWindowExposed(&panel) && panel.waitForLayout(240000);
    };
    {
        MapPanel panel;
        QVERIFY(open(panel));
        QCOMPARE(panel.graph().nodes().size(), MapPanel::LargeInventory);
        QVERIFY(!panel.focusMode());
        QVERIFY(!panel.findChild<QAction *>(QStringLiteral("mapFocusAction"))->isChecked());
        QCOMPARE(panel.scene()->shownIds().size(), MapPanel::LargeInventory);
    }

    Item one;
    one.kind = ItemKind::Service;
    one.name = QStringLiteral("one too many");
    one.parentId = providers.first();
    QVERIFY2(store.createItem(one, &error), qPrintable(error));
    {
        MapPanel panel;
        QVERIFY(open(panel));
        QCOMPARE(panel.graph().nodes().size(), MapPanel::LargeInventory + 1);
        QVERIFY(panel.focusMode());
        QVERIFY(panel.findChild<QAction *>(QStringLiteral("mapFocusAction"))->isChecked());
        QVERIFY(panel.scene()->shownIds().isEmpty());
        QStringList texts;
        for (QLabel *label : panel.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(
            texts.join(QLatin1Char('\n')).contains(QStringLiteral("10001 items: select a provider, host or service")),
            qPrintable(texts.join(QLatin1Char('\n'))));
        // A selection shows its neighbourhood (a service: itself in its provider), not
        // the whole map.
        panel.selectItem(one.id);
        QVERIFY(panel.waitForLayout(60000));
        QVERIFY(panel.focusMode());
        const QSet<qint64> expected = {providers.first(), one.id};
        const QVector<qint64> shownIds = panel.scene()->shownIds();
        QCOMPARE(QSet<qint64>(shownIds.begin(), shownIds.end()), expected);
    }
}

void TestMap::plainKeysWorkOnlyOnTheMap()
{
    Settings settings(path(QStringLiteral("keys.ini")));
    MainWindow window(settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString error;
    QVERIFY2(window.newFile(inventory(QStringLiteral("keys")), true, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    QVERIFY(window.selectItemByName(QStringLiteral("docs.python.org")));
    MapView *view = map->view();
    MapItem *docs = map->scene()->itemFor(window.selectedItemIds().value(0));
    QVERIFY(docs);

    view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    const double fit = view->zoom();
    QVERIFY(fit > 0.05 && fit <= 1.5); // the whole example, fitted
    const auto press = [&](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key, Qt::NoModifier); };

    press(Qt::Key_Equal);
    QVERIFY2(qFuzzyCompare(view->zoom(), fit * 1.25), qPrintable(QString::number(view->zoom() / fit)));
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    QVERIFY2(qFuzzyCompare(view->zoom(), fit * 1.25 * 0.8 * 0.8), qPrintable(QString::number(view->zoom() / fit)));
    press(Qt::Key_0);
    QVERIFY2(qFuzzyCompare(view->zoom(), fit), qPrintable(QString::number(view->zoom() / fit)));
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Z);
    QVERIFY2(view->zoom() > fit * 0.8 * 0.8 * 0.8 * 1.5, qPrintable(QString::number(view->zoom() / fit)));
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(docs->sceneBoundingRect()));
    press(Qt::Key_0);
    QVERIFY(qFuzzyCompare(view->zoom(), fit));

    // The same characters typed into the tree's filter are text, not map commands.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    filter->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
    view->zoomBy(1.25); // not the fitted zoom, so that "0" would show
    const QTransform before = view->transform();
    QTest::keyClicks(filter, QStringLiteral("=-0z"));
    QCOMPARE(filter->text(), QStringLiteral("=-0z"));
    QCOMPARE(view->transform(), before);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));

    // Nor are they map commands with the tree focused (there they search the tree).
    auto *tree = window.findChild<QAbstractItemView *>(QStringLiteral("inventoryTreeView"));
    QVERIFY(tree);
    tree->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tree));
    for (const Qt::Key key : {Qt::Key_Equal, Qt::Key_Minus, Qt::Key_0, Qt::Key_Z})
        QTest::keyClick(tree, key, Qt::NoModifier);
    QCOMPARE(view->transform(), before);
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
