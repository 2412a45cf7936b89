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
#include <QDockWidget>
#include <QFile>
#include <QGraphicsPathItem>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <limits>

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

/// What a user sees of the map at first sight.
struct FirstSight
{
    double zoom = 0;
    bool wholeInView = false;
    int boxesInView = 0;
    double smallestLabelPixels = 0;
    QStringList crossings; ///< every link that crosses a box or a name not its own
};

/// Whether the open segment @p a – @p b passes through the inside of @p r (Liang–Barsky).
bool crosses(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const QRectF inner = r.adjusted(0.5, 0.5, -0.5, -0.5);
    if (inner.isEmpty())
        return false;
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - inner.left(), inner.right() - a.x(), a.y() - inner.top(), inner.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
        } else if (p[i] < 0) {
            t0 = std::max(t0, q[i] / p[i]);
        } else {
            t1 = std::min(t1, q[i] / p[i]);
        }
    }
    return t0 < t1;
}

/// Measured from the scene and the view as they are: the size of every name in view, and
/// every link's path against every box and every region's name strip.
FirstSight firstSight(MapPanel *map)
{
    FirstSight sight;
    MapView *view = map->view();
    MapScene *scene = map->scene();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    sight.zoom = view->zoom();
    sight.wholeInView = true;
    sight.smallestLabelPixels = std::numeric_limits<double>::infinity();
    QHash<qint64, QRectF> boxes;
    for (qint64 id : scene->shownIds()) {
        MapItem *item = scene->itemFor(id);
        const QRectF box = item->mapRectToScene(QRectF(QPointF(0, 0), item->size()));
        boxes.insert(id, box);
        sight.wholeInView = sight.wholeInView && visible.adjusted(-1, -1, 1, 1).contains(box);
        if (!box.intersects(visible))
            continue;
        ++sight.boxesInView;
        const double pixels = MapItem::labelPointSize(item->node().kind) * view->logicalDpiY() / 72.0 * sight.zoom;
        sight.smallestLabelPixels = std::min(sight.smallestLabelPixels, pixels);
    }
    const auto name = [scene](qint64 id) { return scene->itemFor(id)->node().name; };
    for (int e = 0; e < scene->drawnEdges().size(); ++e) {
        const MapEdge &edge = scene->drawnEdges().at(e);
        QSet<qint64> own{edge.from, edge.to};
        for (qint64 end : {edge.from, edge.to}) {
            for (qint64 up = scene->drawnContainer(end); up; up = scene->drawnContainer(up))
                own.insert(up);
        }
        const QPolygonF route = scene->drawnRoutes().at(e);
        const QString link = QStringLiteral("%1 %2 %3").arg(name(edge.from), edge.type, name(edge.to));
        for (int i = 1; i < route.size(); ++i) {
            const QPointF a = route.at(i - 1), b = route.at(i);
            if (!qFuzzyCompare(a.x(), b.x()) && !qFuzzyCompare(a.y(), b.y()))
                sight.crossings << link + QStringLiteral(": a slanting segment");
            for (auto box = boxes.cbegin(); box != boxes.cend(); ++box) {
                if (!own.contains(box.key()) && crosses(a, b, box.value()))
                    sight.crossings << link + QStringLiteral(" crosses the box of ") + name(box.key());
            }
            for (auto label = scene->labelStrips().cbegin(); label != scene->labelStrips().cend(); ++label) {
                if (label.key() != edge.from && label.key() != edge.to && crosses(a, b, label.value()))
                    sight.crossings << link + QStringLiteral(" crosses the name of ") + name(label.key());
            }
        }
    }
    return sight;
}

/// CSV files for an inventory as real ones are: a load-balancer pair in front of 20
/// services, behind a CDN, a database five of them use, four providers.
void writeRealisticCsv(const QString &folder)
{
    const auto write = [&folder](const QString &name, const QString &text) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    write(QStringLiteral("providers.csv"),
          QStringLiteral("name,kind,full_name,website,location,config_tool,config_tool_url,config_repo,status,"
                         "description,notes,aliases,tags\n"
                         "Hetzner,hardware,,,,,,,active,,,,\nAWS,vm,,,,,,,active,,,,\n"
                         "Cloudflare,cdn,,,,,,,active,,,,\nGandi,registrar,,,,,,,active,,,,\n"));
    QString hosts = QStringLiteral("provider,name,kind,hostname,status,description,notes,aliases,tags\n"
                                   "Hetzner,lb-1,vm,lb-1.acme.example,active,,,,\n"
                                   "Hetzner,lb-2,vm,lb-2.acme.example,active,,,,\n"
                                   "AWS,db-1,vm,db-1.acme.example,active,,,,\n");
    for (int i = 1; i <= 4; ++i)
        hosts += QStringLiteral("Hetzner,app-%1,vm,app-%1.acme.example,active,,,,\n").arg(i);
    write(QStringLiteral("hosts.csv"), hosts);
    const QStringList names = {
        QStringLiteral("www"),      QStringLiteral("shop"),    QStringLiteral("api"),    QStringLiteral("accounts"),
        QStringLiteral("docs"),     QStringLiteral("blog"),    QStringLiteral("status"), QStringLiteral("search"),
        QStringLiteral("media"),    QStringLiteral("mail"),    QStringLiteral("wiki"),   QStringLiteral("forum"),
        QStringLiteral("billing"),  QStringLiteral("support"), QStringLiteral("assets"), QStringLiteral("auth"),
        QStringLiteral("payments"), QStringLiteral("reports"), QStringLiteral("admin"),  QStringLiteral("metrics")};
    QString services = QStringLiteral("name,url,status,provider,hosts,served_through,description,source_url,notes,"
                                      "aliases,tags\n"
                                      "haproxy,,active,Hetzner,lb-1; lb-2,,,,,,\npostgres,,active,AWS,db-1,,,,,,\n");
    QString links = QStringLiteral("from,from_kind,type,to,to_kind,note\n"
                                   "Acme Ltd,organisation,dns_by,Cloudflare,provider,\n"
                                   "Acme Ltd,organisation,registered_at,Gandi,provider,\n");
    for (int i = 0; i < names.size(); ++i) {
        const QString service = names.at(i) + QStringLiteral(".acme.example");
        services += QStringLiteral("%1,,active,Hetzner,app-%2,haproxy; Cloudflare,,,,,\n").arg(service).arg(i % 4 + 1);
        if (i < 5)
            links += QStringLiteral("%1,service,depends_on,postgres,service,\n").arg(service);
    }
    write(QStringLiteral("services.csv"), services);
    write(QStringLiteral("links.csv"), links);
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
    void readableAtFirstSight_data();
    void readableAtFirstSight();
    void focusAndImpactAreReadable();
    void arrowsMoveTheSelection();
    void selectionIsBroughtIntoView();
    void linksAreNamedUnderThePointer();
    void furtherHostsAndOwnLinkTypesAreDrawn();
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
        lines.contains(QStringLiteral("PyPI: Donald Stufft (maintainer), Ernest W. Durbin III (maintainer), Richard "
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
        // Counted, not read: the focus view reads only what it shows.
        QCOMPARE(panel.inventorySize(), qint64(MapPanel::LargeInventory + 1));
        QVERIFY(panel.graph().nodes().isEmpty());
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
    {
        // At Fit the map stays whole, fitted, while the panel narrows (not enough to lay it
        // out again) and widens again.
        const int width = view->viewport()->width();
        for (const int change : {-60, 60}) {
            window.resize(window.width() + change, window.height());
            QTRY_VERIFY(view->viewport()->width() != width || change > 0);
            QApplication::processEvents();
            const double kept = view->zoom();
            QVERIFY(view->mapToScene(view->viewport()->rect())
                        .boundingRect()
                        .contains(map->scene()->sceneRect().adjusted(2, 2, -2, -2)));
            press(Qt::Key_0);
            QVERIFY2(qFuzzyCompare(view->zoom(), kept), qPrintable(QString::number(view->zoom() / kept)));
        }
        QTRY_COMPARE(view->viewport()->width(), width);
    }
    const double fitted = view->zoom(); // Fit in the panel as it is now
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Z);
    QVERIFY2(view->zoom() > fitted * 0.8 * 0.8 * 0.8 * 1.5, qPrintable(QString::number(view->zoom() / fitted)));
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(docs->sceneBoundingRect()));
    press(Qt::Key_0);
    QVERIFY(qFuzzyCompare(view->zoom(), fitted));

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

void TestMap::readableAtFirstSight_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("example") << QStringLiteral("example");
    QTest::newRow("Northwind (tests/data/realistic)") << QStringLiteral("northwind");
    QTest::newRow("generated: LB pair, 20 services, a database, four providers") << QStringLiteral("generated");
}

void TestMap::readableAtFirstSight()
{
    QFETCH(QString, which);
    const QString file = inventory(QStringLiteral("sight-") + which);
    QString error;
    if (which == QLatin1String("example")) {
        QVERIFY2(test::createExample(file, &error), qPrintable(error));
    } else {
        const QString folder = path(QStringLiteral("csv-") + which);
        QVERIFY(QDir().mkpath(folder));
        QStringList csv;
        if (which == QLatin1String("generated")) {
            writeRealisticCsv(folder);
            for (const char *name : {"providers.csv", "hosts.csv", "services.csv", "links.csv"})
                csv << folder + QLatin1Char('/') + QString::fromLatin1(name);
        } else {
            for (const char *name :
                 {"providers.csv", "hosts.csv", "services.csv", "contacts.csv", "assignments.csv", "links.csv"})
                csv << QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic/") + QString::fromLatin1(name);
        }
        const QString organisation =
            which == QLatin1String("generated") ? QStringLiteral("Acme Ltd") : QStringLiteral("Northwind Trading");
        QCOMPARE(runSteward({QStringLiteral("init"), file, QStringLiteral("--organisation"), organisation}, &error), 0);
        if (which == QLatin1String("northwind")) {
            for (const char *status : {"redirect", "read-only"})
                QCOMPARE(
                    runSteward({QStringLiteral("status"), QString::fromLatin1(status), QStringLiteral("--category"),
                                QStringLiteral("degraded"), QStringLiteral("--db"), file},
                               &error),
                    0);
        }
        QVERIFY2(runSteward(QStringList{QStringLiteral("import")} + csv + QStringList{QStringLiteral("--db"), file},
                            &error) == 0,
                 qPrintable(error));
    }

    // The window as a user first sees it, on a 1600 × 1000 screen.
    Settings settings(path(QStringLiteral("sight-%1.ini").arg(which)));
    MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openLocation(file, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    QVERIFY(map->scene()->shownIds().size() > 20);

    const FirstSight sight = firstSight(map);
    qInfo("%s: %lld boxes, zoom %.2f, smallest name %.1f px, %lld links", qPrintable(which),
          static_cast<long long>(map->scene()->shownIds().size()), sight.zoom, sight.smallestLabelPixels,
          static_cast<long long>(map->scene()->drawnEdges().size()));
    // The whole inventory at once, every name readable, no link across a box or a name.
    QVERIFY2(sight.wholeInView, qPrintable(QString::number(sight.zoom)));
    QCOMPARE(sight.boxesInView, map->scene()->shownIds().size());
    QVERIFY2(sight.smallestLabelPixels >= 8, qPrintable(QString::number(sight.smallestLabelPixels)));
    QVERIFY2(sight.crossings.isEmpty(), qPrintable(sight.crossings.join(QLatin1Char('\n'))));
    QVERIFY(!map->view()->overview()->isVisible());
    if (which == QLatin1String("generated")) {
        // Twenty links into haproxy share one trunk: one lane per target and type, so at
        // haproxy's side they all arrive at one point.
        QSet<QPair<double, double>> heads;
        int into = 0;
        for (int e = 0; e < map->scene()->drawnEdges().size(); ++e) {
            const MapEdge &edge = map->scene()->drawnEdges().at(e);
            if (map->scene()->itemFor(edge.to)->node().name == QLatin1String("haproxy") &&
                edge.type == QLatin1String("fronted_by")) {
                ++into;
                heads.insert(
                    {map->scene()->drawnRoutes().at(e).last().x(), map->scene()->drawnRoutes().at(e).last().y()});
            }
        }
        QCOMPARE(into, 20);
        QCOMPARE(heads.size(), 1);
        // The pair: haproxy drawn in lb-1, with a line to lb-2.
        QStringList placed;
        for (const MapEdge &edge : map->scene()->drawnEdges()) {
            if (edge.isPlacement())
                placed << map->scene()->itemFor(edge.from)->node().name + QStringLiteral(" → ") +
                              map->scene()->itemFor(edge.to)->node().name;
        }
        QCOMPARE(placed, QStringList({QStringLiteral("haproxy → lb-2")}));
    }

    // Bigger than can be readable at once (the same map in a small window): it opens at
    // a readable size on the selection, with the overview showing where that is.
    window.resize(1100, 750);
    QTest::qWait(50);
    map->setFocusMode(false);
    QVERIFY(map->waitForLayout(10000));
    QVERIFY(window.selectItemByName(which == QLatin1String("example") ? QStringLiteral("PyPI")
                                                                      : QStringLiteral("Cloudflare")));
    const FirstSight small = firstSight(map);
    QVERIFY2(small.smallestLabelPixels >= 8, qPrintable(QString::number(small.smallestLabelPixels)));
    QVERIFY(small.crossings.isEmpty());
    if (!small.wholeInView) {
        QTRY_VERIFY(map->view()->overview()->isVisible());
        // A click on the overview moves the view there.
        MapOverview *overview = map->view()->overview();
        overview->refresh();
        const QRectF before = overview->visibleArea();
        // On the other side of the overview from the part in view.
        const QPointF middle(overview->width() / 2.0, overview->height() / 2.0);
        const QPointF target = middle + (middle - overview->visibleArea().center());
        QTest::mouseClick(overview, Qt::LeftButton, Qt::NoModifier, target.toPoint());
        QVERIFY2(overview->visibleArea() != before, "the view did not move");
    }
}

void TestMap::focusAndImpactAreReadable()
{
    Settings settings(path(QStringLiteral("focus.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.newFile(inventory(QStringLiteral("focus")), true, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    QVERIFY(window.selectItemByName(QStringLiteral("docs.python.org")));
    map->setFocusMode(true);
    QVERIFY(map->waitForLayout(10000));
    FirstSight sight = firstSight(map);
    QVERIFY(sight.wholeInView);
    QVERIFY(sight.smallestLabelPixels >= 8);
    QVERIFY2(sight.crossings.isEmpty(), qPrintable(sight.crossings.join(QLatin1Char('\n'))));
    // The link to Fastly is long enough to see, arrow head and all.
    for (int e = 0; e < map->scene()->drawnEdges().size(); ++e) {
        const QPolygonF route = map->scene()->drawnRoutes().at(e);
        double length = 0;
        for (int i = 1; i < route.size(); ++i)
            length += QLineF(route.at(i - 1), route.at(i)).length();
        QVERIFY2(length >= 14, qPrintable(QString::number(length)));
    }
    map->setFocusMode(false);
    QVERIFY(map->waitForLayout(10000));

    // Impact of Fastly: the affected highlighted, the rest dimmed, the paths drawn strong.
    map->setImpactMode(true);
    QVERIFY(window.selectItemByName(QStringLiteral("Fastly")));
    MapScene *scene = map->scene();
    QStringList strong;
    for (int e : scene->highlightedEdges())
        strong << scene->itemFor(scene->drawnEdges().at(e).from)->node().name;
    strong.sort();
    QCOMPARE(strong, QStringList({QStringLiteral("PyPI"), QStringLiteral("Python downloads"),
                                  QStringLiteral("docs.python.org"), QStringLiteral("www.python.org")}));
    QCOMPARE(scene->itemFor(window.selectedItemIds().first())->highlight(), 1);
    qint64 dyn = 0;
    for (qint64 id : scene->shownIds()) {
        if (scene->itemFor(id)->node().name == QLatin1String("Dyn"))
            dyn = id;
    }
    QCOMPARE(scene->itemFor(dyn)->highlight(), -1);
    sight = firstSight(map);
    QVERIFY(sight.crossings.isEmpty());
    QCOMPARE(map->impactLines().size(), 4);
}

void TestMap::arrowsMoveTheSelection()
{
    Settings settings(path(QStringLiteral("arrows.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.newFile(inventory(QStringLiteral("arrows")), true, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    QVERIFY(window.selectItemByName(QStringLiteral("albatross")));
    MapView *view = map->view();
    view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    MapScene *scene = map->scene();
    const auto selectedName = [&] { return scene->itemFor(window.selectedItemIds().value(0))->node().name; };
    const auto boxOf = [&](qint64 id) {
        MapItem *item = scene->itemFor(id);
        return item->mapRectToScene(QRectF(QPointF(0, 0), item->size()));
    };
    // Each arrow goes to a box that way, and the tree follows.
    for (const auto &[key, dx, dy] : {std::tuple{Qt::Key_Right, 1, 0}, std::tuple{Qt::Key_Left, -1, 0},
                                      std::tuple{Qt::Key_Down, 0, 1}, std::tuple{Qt::Key_Up, 0, -1}}) {
        const qint64 before = window.selectedItemIds().value(0);
        const qint64 expected = scene->neighbour(before, dx, dy);
        QTest::keyClick(view, key);
        if (!expected) {
            QCOMPARE(window.selectedItemIds().value(0), before);
            continue;
        }
        QCOMPARE(window.selectedItemIds().value(0), expected);
        QCOMPARE(scene->selectedId(), expected);
        // That way, or (down from a region) into it.
        const QPointF d = boxOf(expected).center() - boxOf(before).center();
        QVERIFY2((dx ? d.x() * dx > 0 : d.y() * dy > 0) || (dy > 0 && scene->drawnContainer(expected) == before),
                 qPrintable(selectedName()));
    }
    // Down from a host goes into it; Backspace comes out to what holds it.
    QVERIFY(window.selectItemByName(QStringLiteral("albatross")));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(selectedName(), QStringLiteral("mail.python.org"));
    QTest::keyClick(view, Qt::Key_Backspace);
    QCOMPARE(selectedName(), QStringLiteral("albatross"));
    QTest::keyClick(view, Qt::Key_Backspace);
    QCOMPARE(selectedName(), QStringLiteral("XS4ALL"));
    // Every box can be reached from the keyboard: the arrows and Backspace lead from
    // any box to every other.
    QSet<qint64> reached{window.selectedItemIds().value(0)};
    QVector<qint64> queue{window.selectedItemIds().value(0)};
    while (!queue.isEmpty()) {
        const qint64 at = queue.takeLast();
        QVector<qint64> next{scene->drawnContainer(at)};
        for (const auto &[dx, dy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}})
            next.append(scene->neighbour(at, dx, dy));
        for (qint64 n : std::as_const(next)) {
            if (n && !reached.contains(n)) {
                reached.insert(n);
                queue.append(n);
            }
        }
    }
    QStringList missed;
    for (qint64 id : scene->shownIds()) {
        if (!reached.contains(id))
            missed << scene->itemFor(id)->node().name;
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char(','))));
    // Return shows the details of the selection.
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDockWidget"));
    QVERIFY(details);
    details->hide();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(details->isVisible());
}

void TestMap::selectionIsBroughtIntoView()
{
    Settings settings(path(QStringLiteral("follow.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.newFile(inventory(QStringLiteral("follow")), true, &error), qPrintable(error));
    MapPanel *map = window.mapPanel();
    QVERIFY(map->waitForLayout(10000));
    MapView *view = map->view();
    const auto centredOn = [&](const QString &name) {
        MapItem *item = map->scene()->itemFor(window.selectedItemIds().value(0));
        if (!item || item->node().name != name)
            return false;
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        const QRectF box = item->mapRectToScene(QRectF(QPointF(0, 0), item->size()));
        // Centred, unless the whole map is smaller than the view (then it is all in view).
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        return visible.contains(box) && (QLineF(centre, box.center()).length() * view->zoom() < 40 ||
                                         visible.contains(map->scene()->sceneRect()));
    };
    // Zoomed in on one corner, a selection elsewhere is centred and the zoom kept.
    view->zoomBy(2.5);
    view->centerOn(map->scene()->sceneRect().topLeft());
    const double zoom = view->zoom();
    QVERIFY(window.selectItemByName(QStringLiteral("bugs.python.org")));
    QVERIFY(centredOn(QStringLiteral("bugs.python.org")));
    QCOMPARE(view->zoom(), zoom);
    // Zoomed out too far to read, it comes in to the readable size.
    view->zoomBy(0.1);
    QVERIFY(view->zoom() < view->readableZoom());
    QVERIFY(window.selectItemByName(QStringLiteral("Buildbot")));
    QVERIFY(centredOn(QStringLiteral("Buildbot")));
    QVERIFY(qFuzzyCompare(view->zoom(), view->readableZoom()));
    // From the impact list too.
    map->setImpactMode(true);
    QVERIFY(window.selectItemByName(QStringLiteral("Fastly")));
    auto *list = map->findChild<QTreeWidget *>(QStringLiteral("impactTreeWidget"));
    QVERIFY(list && list->topLevelItemCount() == 4);
    view->centerOn(map->scene()->sceneRect().bottomRight());
    const QString affected = list->topLevelItem(0)->text(0);
    Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
    QVERIFY(centredOn(affected));
}

void TestMap::linksAreNamedUnderThePointer()
{
    MapScene scene;
    const MapLayoutResult layout = MapLayout::run(m_graph);
    scene.build(m_graph, layout);
    bool named = false;
    for (int e = 0; e < scene.drawnEdges().size(); ++e) {
        const MapEdge &edge = scene.drawnEdges().at(e);
        if (m_graph.node(edge.from)->name != QLatin1String("PyPI"))
            continue;
        // Halfway along its first segment (the stub off PyPI's side, its own).
        const QPolygonF route = scene.drawnRoutes().at(e);
        const QPointF middle = (route.at(0) + route.at(1)) / 2;
        const QString text = scene.edgeToolTip(scene.edgesAt(middle, 3));
        QVERIFY2(text.contains(QStringLiteral("PyPI — served through → Fastly")), qPrintable(text));
        named = true;
    }
    QVERIFY(named);
    QVERIFY(scene.edgesAt(layout.boxes.value(id(QStringLiteral("Dyn"))).center(), 3).isEmpty());

    // In a view, as the pointer does it: a tool-tip event over the link shows its name.
    MapView view;
    view.resize(1200, 900);
    view.setScene(&scene);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    int hovered = 0;
    for (int e = 0; e < scene.drawnEdges().size(); ++e) {
        if (m_graph.node(scene.drawnEdges().at(e).from)->name != QLatin1String("Python Software Foundation") ||
            scene.drawnEdges().at(e).type != QLatin1String("dns_by"))
            continue;
        const QPolygonF route = scene.drawnRoutes().at(e);
        const QPoint at = view.mapFromScene((route.at(route.size() - 2) + route.last()) / 2);
        QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("Python Software Foundation — DNS hosted by → Dyn")),
                     qPrintable(QToolTip::text()));
        ++hovered;
    }
    QCOMPARE(hovered, 1);
    view.setScene(nullptr);
}

void TestMap::furtherHostsAndOwnLinkTypesAreDrawn()
{
    const QString file = inventory(QStringLiteral("graph"));
    QString error;
    QVERIFY2(test::createExample(file, &error), qPrintable(error));
    Database db;
    QVERIFY(db.open(file));
    Store store(db);
    // mail.python.org also on dinsdale; a link of the user's own type.
    Item mail = test::must(store.findItemsByName(QStringLiteral("mail.python.org"), test::readError())).first();
    const qint64 dinsdale = test::must(store.findItemsByName(QStringLiteral("dinsdale"), test::readError())).first().id;
    mail.alsoOn = {dinsdale};
    QVERIFY2(store.updateItem(mail, &error), qPrintable(error));
    QVERIFY2(
        store.defineLinkType({QStringLiteral("replicates_to"), QStringLiteral("replicates to"), false, false}, &error),
        qPrintable(error));
    Link link;
    link.fromItem = mail.id;
    link.toItem = test::must(store.findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first().id;
    link.type = QStringLiteral("replicates_to");
    QVERIFY2(store.addLink(link, &error), qPrintable(error));
    MapGraph graph;
    QVERIFY2(graph.load(store, &error), qPrintable(error));
    MapScene scene;
    scene.build(graph, MapLayout::run(graph));
    QStringList types;
    for (const LinkType &type : graph.edgeTypes())
        types << type.label;
    QVERIFY2(types.contains(QStringLiteral("replicates to")), qPrintable(types.join(QLatin1Char(','))));
    QStringList drawn;
    for (const MapEdge &edge : scene.drawnEdges())
        drawn << QStringLiteral("%1 %2 %3").arg(graph.node(edge.from)->name, edge.type, graph.node(edge.to)->name);
    QVERIFY2(drawn.contains(QStringLiteral("mail.python.org replicates_to planet.python.org")),
             qPrintable(drawn.join(QLatin1Char('\n'))));
    // Drawn once, in its first host, with an edge to the further one.
    QCOMPARE(scene.drawnContainer(mail.id),
             test::must(store.findItemsByName(QStringLiteral("albatross"), test::readError())).first().id);
    QVERIFY2(drawn.contains(QStringLiteral("mail.python.org %1 dinsdale").arg(MapGraph::placementType())),
             qPrintable(drawn.join(QLatin1Char('\n'))));
    QVERIFY(types.contains(QStringLiteral("also runs on")));
    // Its own stroke, unlike every built-in one.
    const QPen own = scene.edgePen(QStringLiteral("replicates_to"));
    for (LinkKind kind : keys::linkKinds()) {
        const QPen builtin = scene.edgePen(keys::linkKind(kind));
        QVERIFY(own.color() != builtin.color() || own.style() != builtin.style() ||
                own.dashPattern() != builtin.dashPattern());
    }
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
