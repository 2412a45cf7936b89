// steward-bench: synthetic inventories and the figures the issues set targets for.
//
//   steward-bench generate FILE --services N [--seed S]
//   steward-bench run FILE [--example]
//   steward-bench run --scale FILE_10K FILE_100K FILE_1M
//
// Figures are printed one per line as "name: value unit".

#include "BatchRevert.h"
#include "ContactCommands.h"
#include "ContactResolver.h"
#include "ContactsForListDialog.h"
#include "DashboardData.h"
#include "DashboardView.h"
#include "Database.h"
#include "Departure.h"
#include "ExampleInventory.h"
#include "Handover.h"
#include "Importer.h"
#include "InventoryCopy.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "MapGraph.h"
#include "MapLayout.h"
#include "MapPanel.h"
#include "MapScene.h"
#include "MapView.h"
#include "Reports.h"
#include "Search.h"
#include "SearchBox.h"
#include "Settings.h"
#include "SqliteStatement.h"
#include "Store.h"
#include "TreeFilterModel.h"

#include <QApplication>
#include <QBuffer>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

using namespace steward;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// The value of a Store read the figures need; the bench stops, with the read's error,
/// when it failed (never a figure over a list that only looks empty).
template <typename T> T must(std::optional<T> result, const QString &error)
{
    if (!result) {
        err() << "steward-bench: a read failed: " << error << Qt::endl;
        std::exit(1);
    }
    return std::move(*result);
}

void figure(const QString &name, double value, const QString &unit)
{
    out() << name << ": " << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << Qt::endl;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int generate(const QString &path, int services, quint32 seed)
{
    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.create(path)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    QRandomGenerator random(seed);
    const int providers = std::max(1, services / 500);
    const int hosts = std::max(1, services / 20);
    const int contacts = std::max(3, services / 10);
    const QStringList statuses = {QStringLiteral("active"),    QStringLiteral("active"), QStringLiteral("active"),
                                  QStringLiteral("active"),    QStringLiteral("active"), QStringLiteral("active"),
                                  QStringLiteral("active"),    QStringLiteral("legacy"), QStringLiteral("staging"),
                                  QStringLiteral("needs-move")};
    const QStringList roles = {QStringLiteral("owner"), QStringLiteral("maintainer"), QStringLiteral("contact")};
    const ProviderKind kinds[] = {ProviderKind::VmHosting, ProviderKind::HardwareHosting, ProviderKind::VmHosting,
                                  ProviderKind::Cdn, ProviderKind::Dns};
    QString error;
    const bool ok = store.write(
        [&](QString *e) {
            Item org;
            org.kind = ItemKind::Organisation;
            org.name = QStringLiteral("Example Corporation");
            const auto orgId = store.createItem(org, e);
            if (!orgId)
                return false;
            QVector<qint64> contactIds;
            for (int i = 0; i < contacts; ++i) {
                Contact c;
                const int kind = i % 10;
                c.kind = kind < 7 ? ContactKind::Person : kind < 9 ? ContactKind::MailingList : ContactKind::Team;
                c.name = c.kind == ContactKind::Person
                             ? QStringLiteral("Person %1").arg(i, 6, 10, QLatin1Char('0'))
                             : QStringLiteral("list-%1@example.org").arg(i, 6, 10, QLatin1Char('0'));
                c.addresses.append({0, AddressKind::Email, QStringLiteral("contact%1@example.org").arg(i), QString()});
                if (i % 4 == 0)
                    c.addresses.append(
                        {0, AddressKind::Irc, QStringLiteral("irc://irc.example.org/#team-%1").arg(i), QString()});
                const auto id = store.createContact(c, e);
                if (!id)
                    return false;
                contactIds.append(*id);
            }
            for (int i = 0; i < 2 && i < contactIds.size(); ++i) {
                Assignment a;
                a.itemId = *orgId;
                a.contactId = contactIds.at(i);
                a.role = QStringLiteral("escalation");
                a.priority = i == 0 ? Priority::Primary : Priority::Secondary;
                if (!store.addAssignment(a, e))
                    return false;
            }
            QVector<qint64> providerIds;
            for (int i = 0; i < providers; ++i) {
                Item p;
                p.kind = ItemKind::Provider;
                p.parentId = *orgId;
                p.name = QStringLiteral("Provider %1").arg(i, 4, 10, QLatin1Char('0'));
                p.providerKind = kinds[i % 5];
                p.website = QStringLiteral("https://provider%1.example.net").arg(i);
                const auto id = store.createItem(p, e);
                if (!id)
                    return false;
                providerIds.append(*id);
            }
            QVector<qint64> hostIds;
            for (int i = 0; i < hosts; ++i) {
                Item h;
                h.kind = ItemKind::Host;
                h.parentId = providerIds.at(i % providerIds.size());
                h.name = QStringLiteral("host-%1").arg(i, 5, 10, QLatin1Char('0'));
                h.hostname = h.name + QStringLiteral(".example.net");
                h.hostKind = i % 3 ? HostKind::Vm : HostKind::Physical;
                h.status = i % 97 == 0 ? QStringLiteral("unreachable") : QStringLiteral("active");
                const auto id = store.createItem(h, e);
                if (!id)
                    return false;
                hostIds.append(*id);
            }
            // The graph, in realistic proportions: an alias and two tags per service, one
            // in five on a second host, and three links each (served through a load
            // balancer or the CDN, depending on a database service, DNS hosted by a
            // provider), written in bulk at the end.
            const QStringList environments = {QStringLiteral("env=prod"), QStringLiteral("env=prod"),
                                              QStringLiteral("env=staging")};
            QVector<qint64> serviceIds;
            QStringList serviceNames;
            serviceIds.reserve(services);
            for (int i = 0; i < services; ++i) {
                Item s;
                s.kind = ItemKind::Service;
                // One service in fifty runs on a provider without a named host; the first
                // host holds a hundred more than the others (what expanding a big host costs).
                s.parentId = i % 50 == 0 ? providerIds.at(i % providerIds.size())
                             : i < 102   ? hostIds.at(0)
                                         : hostIds.at(i % hostIds.size());
                if (i % 50 != 0 && i % 5 == 1)
                    s.alsoOn = {hostIds.at((i + 1) % hostIds.size())};
                s.name = QStringLiteral("service-%1.example.org").arg(i, 6, 10, QLatin1Char('0'));
                s.url = QStringLiteral("https://") + s.name;
                s.status = statuses.at(static_cast<int>(random.bounded(statuses.size())));
                s.description = QStringLiteral("Synthetic service number %1.").arg(i);
                s.aliases = {QStringLiteral("svc-%1").arg(i, 6, 10, QLatin1Char('0'))};
                s.tags = {environments.at(i % environments.size()), QStringLiteral("tier=%1").arg(i % 3)};
                const auto id = store.createItem(s, e);
                if (!id)
                    return false;
                serviceIds.append(*id);
                serviceNames.append(s.name);
                const int count = 1 + static_cast<int>(random.bounded(3));
                QVector<qint64> used;
                for (int k = 0; k < count; ++k) {
                    const qint64 contact = contactIds.at(static_cast<int>(random.bounded(contactIds.size())));
                    if (used.contains(contact))
                        continue;
                    used.append(contact);
                    Assignment a;
                    a.itemId = *id;
                    a.contactId = contact;
                    a.role = roles.at(k % roles.size());
                    a.priority = k == 0 ? Priority::Primary : Priority::Secondary;
                    if (!store.addAssignment(a, e))
                        return false;
                }
            }
            QVector<Link> links;
            links.reserve(3 * services);
            const auto link = [&](qint64 from, const QString &fromName, const char *type, qint64 to,
                                  const QString &toName) {
                Link l;
                l.fromItem = from;
                l.fromName = fromName;
                l.toItem = to;
                l.toName = toName;
                l.type = QString::fromLatin1(type);
                links.append(l);
            };
            const auto hostName = [](int h) { return QStringLiteral("host-%1").arg(h, 5, 10, QLatin1Char('0')); };
            const auto providerName = [](int p) {
                return QStringLiteral("Provider %1").arg(p, 4, 10, QLatin1Char('0'));
            };
            for (int i = 0; i < services; ++i) {
                // Served through one of the first hosts (the load balancers) or a CDN provider.
                const int lb = (i / 7) % std::min(10, hosts);
                if (i % 4 == 0 && providers > 3)
                    link(serviceIds.at(i), serviceNames.at(i), "fronted_by", providerIds.at(3), providerName(3));
                else
                    link(serviceIds.at(i), serviceNames.at(i), "fronted_by", hostIds.at(lb), hostName(lb));
                // A database cluster every hundred services share.
                const int db = (i / 100) * 100 == i ? std::min(i + 1, services - 1) : (i / 100) * 100;
                if (db != i)
                    link(serviceIds.at(i), serviceNames.at(i), "depends_on", serviceIds.at(db), serviceNames.at(db));
                const int dns = providers > 4 ? 4 : 0;
                link(serviceIds.at(i), serviceNames.at(i), "dns_by", providerIds.at(dns), providerName(dns));
            }
            return store.createValidatedLinks(links, e);
        },
        &error);
    if (!ok) {
        err() << "steward-bench: " << error << Qt::endl;
        db.close();
        QFile::remove(path);
        return 1;
    }
    figure(QStringLiteral("generate_seconds"), timer.elapsed() / 1000.0, QStringLiteral("s"));
    out() << "services: " << services << "\nhosts: " << hosts << "\nproviders: " << providers
          << "\ncontacts: " << contacts << "\nlinks: about " << 3 * services << Qt::endl;
    return 0;
}

/// Wall time from starting `steward --bench-first-paint` to its first painted tree, and its RSS then.
bool firstPaint(const QString &path, double *ms, double *rssMb)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(STEWARD_BINARY),
                  {QStringLiteral("--db"), path, QStringLiteral("--bench-first-paint")});
    if (!process.waitForStarted(10000))
        return false;
    QByteArray line;
    while (!line.contains('\n')) {
        if (!process.waitForReadyRead(30000))
            break;
        line += process.readAllStandardOutput();
    }
    *ms = timer.nsecsElapsed() / 1e6;
    process.waitForFinished(10000);
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.value(0) != "painted") {
        err() << "steward-bench: steward did not report a paint: " << QString::fromUtf8(process.readAllStandardError())
              << Qt::endl;
        return false;
    }
    *rssMb = parts.value(1).toDouble() / 1024.0;
    return true;
}

/// first_window_painted (median and max of 5) and rss_after_first_paint, named with @p prefix.
bool firstPaintFigures(const QString &location, const QString &prefix)
{
    QVector<double> paints, rss;
    for (int i = 0; i < 5; ++i) {
        double ms = 0, mb = 0;
        if (!firstPaint(location, &ms, &mb))
            return false;
        paints.append(ms);
        rss.append(mb);
    }
    figure(prefix + QStringLiteral("first_window_painted"), median(paints), QStringLiteral("ms"));
    figure(prefix + QStringLiteral("first_window_painted_max"), *std::max_element(paints.begin(), paints.end()),
           QStringLiteral("ms"));
    figure(prefix + QStringLiteral("rss_after_first_paint"), median(rss), QStringLiteral("MB"));
    return true;
}

int csvFigures(const QString &path);
int contactListFigures(const QString &path);
/// Search from a keystroke to its results (the query the search box runs), and the
/// dashboard's numbers, in-process on their own connection.
bool searchAndDashboard(const QString &file)
{
    Database db;
    if (!db.open(file)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return false;
    }
    QElapsedTimer timer;
    {
        Search search(db);
        QVector<double> keystrokes;
        double worst = 0;
        QString worstText;
        int results = 0;
        const QStringList words = {QStringLiteral("service-01234"), QStringLiteral("person 0012"),
                                   QStringLiteral("contact1234@"),  QStringLiteral("host-00"),
                                   QStringLiteral("example"),       QStringLiteral("synthetic service number 4"),
                                   QStringLiteral("andre"),         QStringLiteral("zzz"),
                                   QStringLiteral("docs")};
        for (const QString &word : words) {
            for (int i = 1; i <= word.size(); ++i) {
                timer.restart();
                QString error;
                const auto groups = search.search(word.left(i), Search::DefaultLimit, &error);
                const double ms = timer.nsecsElapsed() / 1e6;
                if (!groups) {
                    err() << "steward-bench: search failed: " << error << Qt::endl;
                    return false;
                }
                for (const SearchGroup &g : *groups)
                    results += static_cast<int>(g.results.size());
                keystrokes.append(ms);
                if (ms > worst) {
                    worst = ms;
                    worstText = word.left(i);
                }
            }
        }
        figure(QStringLiteral("search_keystroke_median"), median(keystrokes), QStringLiteral("ms"));
        figure(QStringLiteral("search_keystroke_max"), worst, QStringLiteral("ms"));
        out() << "search_keystroke_slowest: \"" << worstText << "\" (" << keystrokes.size() << " queries, " << results
              << " results)" << Qt::endl;
    }
    {
        // The synthetic inventory has no CDN links: for the figure, one CDN is in front of
        // the hosts of every third provider (a third of everything), another in front of
        // 500 services, in a transaction rolled back after.
        QString error;
        WriteTransaction tx(db, &error);
        QSqlQuery q(db.connection());
        const bool linked =
            tx.isActive() &&
            q.exec(QStringLiteral(
                "INSERT OR IGNORE INTO item_link (from_item, to_item, kind)"
                " SELECT h.id, (SELECT min(item_id) FROM provider WHERE provider_kind = 'cdn'), 'fronted_by'"
                " FROM item h WHERE h.kind = 'host' AND h.parent_id % 3 = 0"
                " UNION ALL SELECT s.id, (SELECT max(item_id) FROM provider WHERE provider_kind = 'cdn'),"
                " 'fronted_by' FROM item s WHERE s.kind = 'service' AND s.id % 200 = 0"));
        if (!linked)
            err() << "steward-bench: no CDN links for the dashboard: " << error << q.lastError().text() << Qt::endl;
        QVector<double> builds;
        int entries = 0;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const auto data = DashboardData::build(db, &error);
            builds.append(timer.nsecsElapsed() / 1e6);
            if (!data) {
                err() << "steward-bench: dashboard failed: " << error << Qt::endl;
                return false;
            }
            entries = 0;
            for (int c = 0; c < static_cast<int>(DashboardData::Chart::ChartCount); ++c)
                entries += static_cast<int>(data->chart(static_cast<DashboardData::Chart>(c)).entries.size());
        }
        figure(QStringLiteral("dashboard_build_median"), median(builds), QStringLiteral("ms"));
        figure(QStringLiteral("dashboard_build_max"), *std::max_element(builds.begin(), builds.end()),
               QStringLiteral("ms"));
        out() << "dashboard_entries: " << entries << Qt::endl;
    }
    return true;
}

/// The search box in the window: from a key press to its results painted (the query
/// runs on the next event loop turn, the list is laid out and repainted); and the
/// dashboard window built and painted.
bool searchBoxFigures(MainWindow &window)
{
    auto *box = window.findChild<SearchBox *>(QStringLiteral("searchLineEdit"));
    auto *dashboard = window.findChild<DashboardView *>(QStringLiteral("dashboardView"));
    if (!box || !dashboard) {
        err() << "steward-bench: no search box or dashboard in the window" << Qt::endl;
        return false;
    }
    QApplication::setActiveWindow(&window);
    box->setFocus();
    QApplication::processEvents();
    QElapsedTimer timer;
    QVector<double> keystrokes, queries;
    double worst = 0;
    QString worstText;
    int unshown = 0;
    const QStringList words = {
        QStringLiteral("service-01234"), QStringLiteral("person 0012"), QStringLiteral("contact1234@"),
        QStringLiteral("host-00"),       QStringLiteral("example"),     QStringLiteral("synthetic service number 4"),
        QStringLiteral("andre"),         QStringLiteral("zzz"),         QStringLiteral("docs")};
    for (const QString &word : words) {
        box->clear();
        QApplication::processEvents();
        for (const QChar ch : word) {
            const int before = box->queryCount();
            timer.restart();
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(box, &press);
            while (box->queryCount() == before && timer.elapsed() < 5000)
                QApplication::processEvents();
            QApplication::processEvents(); // the list's layout
            box->resultsView()->viewport()->repaint();
            const double ms = timer.nsecsElapsed() / 1e6;
            keystrokes.append(ms);
            queries.append(box->lastQueryMs());
            unshown += box->resultsShown() ? 0 : 1;
            if (ms > worst) {
                worst = ms;
                worstText = box->text();
            }
        }
    }
    box->clear();
    QApplication::processEvents();
    figure(QStringLiteral("search_box_keystroke_to_painted_median"), median(keystrokes), QStringLiteral("ms"));
    figure(QStringLiteral("search_box_keystroke_to_painted_max"), worst, QStringLiteral("ms"));
    figure(QStringLiteral("search_box_query_median"), median(queries), QStringLiteral("ms"));
    out() << "search_box_slowest: \"" << worstText << "\" (" << keystrokes.size() << " keystrokes"
          << (unshown ? QStringLiteral(", %1 without the list shown").arg(unshown) : QString()) << ")" << Qt::endl;

    // The dashboard: shown (its numbers read, six charts drawn) and painted; then built
    // again as after an edit.
    QVector<double> builds;
    dashboard->resize(1280, 820);
    timer.restart();
    dashboard->show();
    QApplication::processEvents();
    dashboard->repaint();
    builds.append(timer.nsecsElapsed() / 1e6);
    figure(QStringLiteral("dashboard_view_shown_and_painted"), builds.constFirst(), QStringLiteral("ms"));
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        dashboard->rebuild();
        dashboard->repaint();
        builds.append(timer.nsecsElapsed() / 1e6);
    }
    figure(QStringLiteral("dashboard_view_built_and_painted_median"), median(builds), QStringLiteral("ms"));
    figure(QStringLiteral("dashboard_view_built_and_painted_max"), *std::max_element(builds.begin(), builds.end()),
           QStringLiteral("ms"));
    figure(QStringLiteral("dashboard_view_numbers_and_charts"), dashboard->lastBuildMs(), QStringLiteral("ms"));
    dashboard->hide();
    QApplication::processEvents();
    return true;
}

int run(const QString &path, bool example)
{
    QTemporaryDir scratch;
    QString file = path;
    if (example) {
        file = scratch.filePath(QStringLiteral("example.sqlite"));
        Database db;
        if (!db.create(file)) {
            err() << "steward-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        Store store(db);
        QString error;
        if (!ExampleInventory::populate(store, &error)) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
    }
    int services = 0;
    QString probeName;
    {
        Database db;
        if (!db.open(file)) {
            err() << "steward-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        Store store(db);
        QString error;
        const auto count = store.countItems(ItemKind::Service, &error);
        const auto all = count ? store.services(&error) : std::nullopt;
        if (!all) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        services = *count;
        probeName = all->isEmpty() ? QString() : all->at(all->size() / 2).name;
    }
    out() << "inventory: " << file << " (" << services << " services)" << Qt::endl;
    if (!searchAndDashboard(file))
        return 1;
    if (qEnvironmentVariableIsSet("STEWARD_BENCH_SEARCH_ONLY"))
        return 0;

    // First window painted, and memory then: the median of 5 runs.
    if (!firstPaintFigures(file, QString()))
        return 1;

    // `steward contact` as a whole process.
    QVector<double> contactTimes;
    for (int i = 0; i < 7 && !probeName.isEmpty(); ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(STEWARD_BINARY),
                      {QStringLiteral("contact"), probeName, QStringLiteral("--db"), file});
        process.waitForFinished(30000);
        contactTimes.append(timer.nsecsElapsed() / 1e6);
        if (process.exitCode() != 0) {
            err() << "steward-bench: steward contact failed: " << QString::fromUtf8(process.readAllStandardError())
                  << Qt::endl;
            return 1;
        }
    }
    figure(QStringLiteral("contact_command"), median(contactTimes), QStringLiteral("ms"));
    if (contactListFigures(file) != 0)
        return 1;

    // In-process: open, resolve, and filter keystrokes to repaint.
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("bench.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!window.openLocation(file, &error)) {
        err() << "steward-bench: " << error << Qt::endl;
        return 1;
    }
    figure(QStringLiteral("open_and_load_tree"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    window.show();
    // A person cannot type within half a second of the window appearing; the window
    // uses that time to prepare the filter, as it does for them.
    {
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 500)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    {
        QVector<double> resolveTimes;
        ContactResolver resolver(*window.store());
        QString error;
        const auto found = window.store()->findItemsByName(probeName, &error);
        if (!found) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        for (int i = 0; i < 20 && !found->isEmpty(); ++i) {
            timer.restart();
            if (!resolver.resolve(found->first().id, &error)) {
                err() << "steward-bench: resolve failed: " << error << Qt::endl;
                return 1;
            }
            resolveTimes.append(timer.nsecsElapsed() / 1e6);
        }
        figure(QStringLiteral("resolve_contacts"), median(resolveTimes), QStringLiteral("ms"));
    }

    QLineEdit *edit = window.filterEdit();
    QVector<double> keystrokes;
    double worst = 0;
    QString worstText;
    const QStringList words = {QStringLiteral("service-01234"), QStringLiteral("host-00"), QStringLiteral("docs"),
                               QStringLiteral("zzz")};
    // One keystroke: the text changes, the view filters, expands and repaints.
    const auto type = [&](const QString &text) {
        timer.restart();
        edit->setText(text);
        QApplication::processEvents();
        window.treeView()->viewport()->repaint();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
        if (keystrokes.constLast() > worst) {
            worst = keystrokes.constLast();
            worstText = text;
        }
    };
    for (const QString &word : words) {
        for (int i = 1; i <= word.size(); ++i)
            type(word.left(i));
        for (int i = word.size() - 1; i >= 0; --i)
            type(word.left(i)); // and backspace to empty
    }
    figure(QStringLiteral("filter_keystroke_median"), median(keystrokes), QStringLiteral("ms"));
    edit->clear();
    QApplication::processEvents();

    if (!searchBoxFigures(window))
        return 1;

    // Editing: one assignment, from the call to every view updated (contacts panel,
    // history, details), with the item selected.
    {
        Store *store = window.store();
        QString readError;
        const QVector<Item> found = must(store->findItemsByName(probeName, &readError), readError);
        const QVector<Contact> contacts = must(store->contacts(&readError), readError);
        if (!found.isEmpty() && contacts.size() > 2) {
            window.selectItem(found.first().id);
            QApplication::processEvents();
            QVector<double> edits;
            QString error;
            for (int i = 0; i < 5; ++i) {
                timer.restart();
                window.document()->assignToItems({found.first().id}, contacts.at(contacts.size() - 1 - i).id,
                                                 QStringLiteral("sponsor"), Priority::Tertiary, &error);
                QApplication::processEvents();
                edits.append(timer.nsecsElapsed() / 1e6);
            }
            figure(QStringLiteral("single_edit_to_views_updated"), median(edits), QStringLiteral("ms"));
            for (int i = 0; i < 5; ++i)
                window.undoStack()->undo();

            // The ownership editor's save: one contact removed, one changed, one added.
            QVector<double> ownership;
            for (int i = 0; i < 5; ++i) {
                const QVector<Assignment> loaded = must(store->assignments(found.first().id, &error), error);
                QVector<Assignment> after = loaded;
                if (!after.isEmpty())
                    after.removeFirst();
                if (!after.isEmpty())
                    after.first().priority = Priority::Secondary;
                Assignment added;
                added.contactId = contacts.at(contacts.size() - 10 - i).id;
                added.role = QStringLiteral("contact");
                after.append(added);
                timer.restart();
                if (!window.document()->saveOwnership(found.first().id, loaded, after, {}, &error)) {
                    err() << "steward-bench: ownership save failed: " << error << Qt::endl;
                    return 1;
                }
                QApplication::processEvents();
                ownership.append(timer.nsecsElapsed() / 1e6);
                window.undoStack()->undo();
            }
            figure(QStringLiteral("ownership_editor_save_to_views_updated"), median(ownership), QStringLiteral("ms"));

            // A contact's edit (name and an address) with the Contacts dock showing, so the
            // directory of every contact is read again too.
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("contactsDirectoryDockWidget"))) {
                dock->show();
                dock->raise();
            }
            QApplication::processEvents();
            QVector<double> contactEdits;
            for (int i = 0; i < 5; ++i) {
                const Contact loaded = must(store->contact(contacts.at(i).id, &error), error);
                ContactDraft before{loaded, must(store->teamMembers(loaded.id, &error), error)};
                ContactDraft after = before;
                after.contact.name += QStringLiteral(" (edited)");
                after.contact.addresses.append(
                    {0, AddressKind::Email, QStringLiteral("edited@example.org"), QString()});
                timer.restart();
                if (!window.document()->saveContact(before, after, &error)) {
                    err() << "steward-bench: contact edit failed: " << error << Qt::endl;
                    return 1;
                }
                QApplication::processEvents();
                contactEdits.append(timer.nsecsElapsed() / 1e6);
                window.undoStack()->undo();
            }
            figure(QStringLiteral("contact_edit_to_views_updated"), median(contactEdits), QStringLiteral("ms"));
        }
        // Bulk: one contact assigned to 1,000 services in one step, then undone and redone.
        const QVector<Item> services = must(store->services(&readError), readError);
        if (services.size() >= 1000 && !contacts.isEmpty()) {
            QVector<qint64> ids;
            for (int i = 0; i < 1000; ++i)
                ids.append(services.at(i * (services.size() / 1000)).id);
            QString error;
            timer.restart();
            if (!window.document()->assignToItems(ids, contacts.first().id, QStringLiteral("auditor"),
                                                  Priority::Tertiary, &error)) {
                err() << "steward-bench: bulk assign failed: " << error << Qt::endl;
                return 1;
            }
            QApplication::processEvents();
            figure(QStringLiteral("bulk_assign_1000"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
            timer.restart();
            window.undoStack()->undo();
            QApplication::processEvents();
            figure(QStringLiteral("undo_bulk_assign_1000"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
            timer.restart();
            window.undoStack()->redo();
            QApplication::processEvents();
            figure(QStringLiteral("redo_bulk_assign_1000"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
            window.undoStack()->undo();
        }
    }
    figure(QStringLiteral("filter_keystroke_max"), worst, QStringLiteral("ms"));
    out() << "filter_keystroke_slowest: \"" << worstText << '"' << Qt::endl;
    return csvFigures(file);
}

/// CPU time of this process (user + system), in ms: the figure that noisy neighbours
/// on a shared machine do not inflate.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

int importFloor(const QString &path, const QString &imported);

/// CSV figures: the services report exported, and 100k service rows imported with
/// their links (the links report of the same inventory).
int csvFigures(const QString &path)
{
    QTemporaryDir scratch;
    if (!qEnvironmentVariableIsEmpty("STEWARD_BENCH_KEEP")) {
        scratch.setAutoRemove(false);
        err() << "steward-bench: scratch files kept in " << scratch.path() << Qt::endl;
    }
    QString error;
    qint64 services = 0;
    {
        Database db;
        if (!db.open(path)) {
            err() << "steward-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        Store store(db);
        Reports reports(store);
        QVector<double> wall, cpu;
        for (int i = 0; i < 3; ++i) {
            const QString out = scratch.filePath(QStringLiteral("services.csv"));
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = cpuMs();
            if (!reports.saveCsv(ReportKind::Services, out, CsvOptions())) {
                err() << "steward-bench: " << reports.errorString() << Qt::endl;
                return 1;
            }
            wall.append(timer.nsecsElapsed() / 1e6);
            cpu.append(cpuMs() - cpu0);
        }
        const auto count = store.countItems(ItemKind::Service, &error);
        if (!count) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        services = *count;
        figure(QStringLiteral("export_services_ms"), median(wall), QStringLiteral("ms"));
        figure(QStringLiteral("export_services_rows_per_s"), services / (median(wall) / 1000.0),
               QStringLiteral("rows/s"));
        figure(QStringLiteral("export_services_cpu_rows_per_s"), services / (median(cpu) / 1000.0),
               QStringLiteral("rows/s"));
        // The other import formats, to build an inventory the services can be imported
        // into, and the links that go with the services.
        for (ReportKind kind : {ReportKind::Providers, ReportKind::Hosts, ReportKind::Contacts, ReportKind::Links}) {
            if (!reports.saveCsv(kind, scratch.filePath(Reports::key(kind) + QStringLiteral(".csv")), CsvOptions())) {
                err() << "steward-bench: " << reports.errorString() << Qt::endl;
                return 1;
            }
        }
    }
    // Import: providers, hosts and contacts first (not timed), then the services file.
    const QString target = scratch.filePath(QStringLiteral("import.sqlite"));
    Database db;
    if (!db.create(target)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = QStringLiteral("Example Corporation");
    if (!store.createItem(org, &error)) {
        err() << "steward-bench: " << error << Qt::endl;
        return 1;
    }
    {
        Importer setup(store);
        for (const char *name : {"providers.csv", "hosts.csv", "contacts.csv"})
            setup.addFile(scratch.filePath(QString::fromLatin1(name)));
        if (!setup.commit()) {
            err() << "steward-bench: " << setup.errorString() << Qt::endl;
            return 1;
        }
    }
    const auto timedImport = [&](const char *name) {
        Importer importer(store);
        importer.addFile(scratch.filePath(QStringLiteral("services.csv")));
        importer.addFile(scratch.filePath(QStringLiteral("links.csv")));
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuMs();
        if (!importer.commit()) {
            err() << "steward-bench: " << importer.errorString() << Qt::endl;
            for (const ImportError &e : importer.errors().mid(0, 5))
                err() << e.format() << Qt::endl;
            return false;
        }
        figure(QString::fromLatin1(name), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        figure(QString::fromLatin1(name) + QStringLiteral("_cpu"), cpuMs() - cpu0, QStringLiteral("ms"));
        return true;
    };
    out() << "import_rows: " << services << Qt::endl;
    // The inventory as the import finds it, for the floor below.
    const QString floorPath = scratch.filePath(QStringLiteral("floor.sqlite"));
    if (!QFile::copy(target, floorPath)) {
        err() << "steward-bench: cannot copy " << target << Qt::endl;
        return 1;
    }
    if (!timedImport("import_services_new"))
        return 1;
    if (!timedImport("import_services_unchanged"))
        return 1;
    return importFloor(floorPath, target);
}

/// The least a new import's writes take here: the rows the import wrote (items,
/// services, further hosts, aliases, tags, links, search texts, trigram index,
/// history), copied into the inventory as it
/// was before by SQL alone (INSERT ... SELECT from the imported file, attached; the
/// item tables' triggers off as the import has them), from BEGIN to COMMIT. The rows
/// are read into memory first. No CSV, no validation, no Steward code between the rows.
int importFloor(const QString &path, const QString &imported)
{
    Database db;
    if (!db.open(path)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    QSqlQuery q(db.connection());
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        err() << "steward-bench: " << sql << ": " << q.lastError().text() << Qt::endl;
        return false;
    };
    const auto number = [&](const QString &sql) -> qint64 {
        return run(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QString escaped = imported;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!run(QStringLiteral("ATTACH '%1' AS src").arg(escaped)))
        return 1;
    const qint64 before = number(QStringLiteral("SELECT max(id) FROM item"));
    const qint64 linksBefore = number(QStringLiteral("SELECT coalesce(max(id), 0) FROM item_link"));
    const qint64 batch = number(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM change_batch"));
    // Search texts of the new services: ids (group << 40) + (item << 5) + field.
    const QString docs = QStringLiteral("id > (4 << 40) + (%1 << 5) + 31 AND id < (5 << 40)").arg(before);
    // The rows in memory first (the import has them in memory too), untimed.
    if (!run(QStringLiteral("PRAGMA temp_store = MEMORY")) ||
        !run(QStringLiteral("CREATE TEMP TABLE new_item AS SELECT * FROM src.item WHERE id > %1").arg(before)) ||
        !run(QStringLiteral("CREATE TEMP TABLE new_service AS SELECT * FROM src.service WHERE item_id > %1")
                 .arg(before)) ||
        !run(QStringLiteral("CREATE TEMP TABLE new_also AS SELECT * FROM src.also_runs_on WHERE service_id > %1")
                 .arg(before)) ||
        !run(QStringLiteral("CREATE TEMP TABLE new_alias AS SELECT * FROM src.item_alias WHERE item_id > %1")
                 .arg(before)) ||
        !run(
            QStringLiteral("CREATE TEMP TABLE new_tag AS SELECT * FROM src.item_tag WHERE item_id > %1").arg(before)) ||
        !run(QStringLiteral("CREATE TEMP TABLE new_link AS SELECT * FROM src.item_link WHERE id > %1")
                 .arg(linksBefore)) ||
        !run(QStringLiteral("CREATE TEMP TABLE new_doc AS SELECT * FROM src.search_doc WHERE %1").arg(docs)) ||
        !run(
            QStringLiteral("CREATE TEMP TABLE new_batch AS SELECT * FROM src.change_batch WHERE id = %1").arg(batch)) ||
        !run(
            QStringLiteral("CREATE TEMP TABLE new_log AS SELECT * FROM src.change_log WHERE batch_id = %1").arg(batch)))
        return 1;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!db.beginWrite(&error)) {
        err() << "steward-bench: " << error << Qt::endl;
        return 1;
    }
    bool ok = true;
    {
        SqliteTriggersOff triggersOff(SqliteStatement::handle(db.connection()));
        // The lists' search rows are among new_doc, as the import writes them (under its
        // search hold): their triggers off too.
        ok = run(QStringLiteral("INSERT INTO main.item SELECT * FROM new_item")) &&
             run(QStringLiteral("INSERT INTO main.service SELECT * FROM new_service")) &&
             run(QStringLiteral("INSERT INTO main.also_runs_on SELECT * FROM new_also")) &&
             run(QStringLiteral("INSERT INTO main.item_alias SELECT * FROM new_alias")) &&
             run(QStringLiteral("INSERT INTO main.item_tag SELECT * FROM new_tag"));
    }
    ok = ok && run(QStringLiteral("INSERT INTO main.item_link SELECT * FROM new_link")) &&
         run(QStringLiteral("INSERT INTO main.search_doc SELECT * FROM new_doc")) &&
         run(QStringLiteral("INSERT INTO main.search_fts (rowid, folded) SELECT id, folded FROM new_doc")) &&
         run(QStringLiteral("INSERT INTO main.change_batch SELECT * FROM new_batch")) &&
         run(QStringLiteral("INSERT INTO main.change_log SELECT * FROM new_log"));
    q.finish();
    if (!ok || !db.commit(&error)) {
        err() << "steward-bench: " << error << Qt::endl;
        db.rollback();
        return 1;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    // The same rows as the import wrote, or the figure means nothing.
    const qint64 items = number(QStringLiteral("SELECT count(*) FROM item WHERE id > %1").arg(before));
    const qint64 history = number(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = %1").arg(batch));
    const qint64 texts = number(QStringLiteral("SELECT count(*) FROM search_doc WHERE %1").arg(docs));
    const qint64 links = number(QStringLiteral("SELECT count(*) FROM item_link WHERE id > %1").arg(linksBefore));
    out() << "import_floor_links: " << links << Qt::endl;
    if (items <= 0 || history < items + links || texts < items ||
        items != number(QStringLiteral("SELECT count(*) FROM src.item WHERE id > %1").arg(before))) {
        err() << "steward-bench: the floor copied " << items << " items, " << history << " history rows and " << texts
              << " search texts" << Qt::endl;
        return 1;
    }
    figure(QStringLiteral("import_sql_floor_ms"), ms, QStringLiteral("ms"));
    return 0;
}

/// Resident memory of this process, in MB.
double selfRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// The map: layout, first frame, focus view, pan and zoom frames, memory.
int mapFigures(const QString &path)
{
    QTemporaryDir scratch;
    QString file = path;
    if (path.isEmpty()) {
        file = scratch.filePath(QStringLiteral("example.sqlite"));
        Database db;
        QString error;
        if (!db.create(file)) {
            err() << db.errorString() << Qt::endl;
            return 1;
        }
        Store store(db);
        if (!ExampleInventory::populate(store, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    Database db;
    if (!db.open(file, Database::OpenMode::ReadOnly)) {
        err() << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    QElapsedTimer timer;
    QString error;
    timer.start();
    MapGraph graph;
    if (!graph.load(store, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;
    out() << "map_items: " << graph.nodes().size() << Qt::endl;
    figure(QStringLiteral("map_graph_load"), loadMs, QStringLiteral("ms"));

    MapView view;
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    const auto firstFrame = [&](const QSet<qint64> &only, const QString &name) {
        QElapsedTimer t;
        t.start();
        const MapLayoutResult layout = MapLayout::run(graph, only);
        const double layoutMs = t.nsecsElapsed() / 1e6;
        auto *scene = new MapScene(&view);
        scene->build(graph, layout);
        QGraphicsScene *old = view.scene();
        view.setScene(scene);
        delete old;
        view.fitAll();
        view.viewport()->repaint();
        const double totalMs = t.nsecsElapsed() / 1e6;
        figure(name + QStringLiteral("_layout"), layoutMs, QStringLiteral("ms"));
        figure(name + QStringLiteral("_layout_and_first_frame"), totalMs, QStringLiteral("ms"));
    };
    firstFrame({}, QStringLiteral("map_whole"));
    figure(QStringLiteral("map_rss_whole"), selfRssMb(), QStringLiteral("MB"));

    // Pan and zoom at 1:1 in the middle of the whole map: one frame each.
    view.resetTransform();
    view.centerOn(view.scene()->itemsBoundingRect().center());
    QApplication::processEvents();
    QVector<double> frames;
    for (int i = 0; i < 30; ++i) {
        timer.restart();
        // As a drag does it: the view scrolls, then paints what came into view.
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i % 2 ? -120 : 120));
        QApplication::processEvents();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    figure(QStringLiteral("map_pan_frame_median"), median(frames), QStringLiteral("ms"));
    figure(QStringLiteral("map_pan_frame_max"), *std::max_element(frames.begin(), frames.end()), QStringLiteral("ms"));
    frames.clear();
    for (int i = 0; i < 30; ++i) {
        timer.restart();
        view.zoomBy(i < 15 ? 0.8 : 1.25);
        view.viewport()->repaint();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    figure(QStringLiteral("map_zoom_frame_median"), median(frames), QStringLiteral("ms"));
    figure(QStringLiteral("map_zoom_frame_max"), *std::max_element(frames.begin(), frames.end()), QStringLiteral("ms"));

    // Focus on a service in the middle of the inventory.
    qint64 service = 0;
    int seen = 0;
    for (const MapNode &n : graph.nodes()) {
        if (n.kind == ItemKind::Service && ++seen == 1 + static_cast<int>(graph.nodes().size()) / 40)
            service = n.id;
    }
    if (service) {
        timer.restart();
        const QSet<qint64> only = graph.neighbourhood(service, 0);
        out() << "map_focus_items: " << only.size() << Qt::endl;
        firstFrame(only, QStringLiteral("map_focus"));
        figure(QStringLiteral("map_focus_total_with_neighbourhood"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }
    figure(QStringLiteral("map_rss_end"), selfRssMb(), QStringLiteral("MB"));
    return 0;
}

/// The map panel of the window on a large inventory: the panel's first answer (the
/// inventory counted, nothing read), then selection to focus view drawn for a service, a
/// host, a load balancer fronting thousands and a provider every service has its DNS at,
/// and one ring more; whether the whole graph was read; memory.
int mapFocusFigures(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        err() << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    ContactResolver resolver(store);
    QElapsedTimer timer;
    timer.start();
    MapPanel panel;
    panel.resize(1200, 800);
    panel.setStore(&store, &resolver);
    panel.show();
    panel.waitForLayout(600000);
    figure(QStringLiteral("map_panel_first_answer"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    out() << "map_inventory_items: " << panel.inventorySize() << " focus: " << panel.focusMode() << Qt::endl;
    figure(QStringLiteral("map_panel_rss_open"), selfRssMb(), QStringLiteral("MB"));
    const auto idOf = [&](const QString &name) {
        QString error;
        const auto found = store.findItemsByName(name, &error);
        return found && !found->isEmpty() ? found->first().id : qint64(0);
    };
    const auto drawn = [&](const QString &label) {
        panel.waitForLayout(600000);
        panel.view()->viewport()->repaint();
        figure(QStringLiteral("map_focus_") + label, timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        out() << "  shown: " << panel.scene()->shownIds().size() << " left out: " << panel.graph().leftOut()
              << Qt::endl;
    };
    const qint64 services = std::max<qint64>(1, panel.inventorySize() * 20 / 21);
    const QString middle = QStringLiteral("service-%1.example.org").arg(services / 2 + 17, 6, 10, QLatin1Char('0'));
    const QVector<QPair<QString, QString>> targets = {{QStringLiteral("service"), middle},
                                                      {QStringLiteral("service_again"), middle},
                                                      {QStringLiteral("host"), QStringLiteral("host-00123")},
                                                      {QStringLiteral("load_balancer"), QStringLiteral("host-00000")},
                                                      {QStringLiteral("dns_provider"), QStringLiteral("Provider 0004")},
                                                      {QStringLiteral("provider"), QStringLiteral("Provider 0010")}};
    for (const auto &[label, name] : targets) {
        const qint64 id = idOf(name);
        if (!id)
            continue;
        if (label == QLatin1String("service_again"))
            panel.selectItem(idOf(QStringLiteral("host-00123")));
        panel.waitForLayout(600000);
        {
            // The read alone, and the layout alone, of what the panel then shows.
            MapGraph neighbourhood;
            QString error;
            timer.restart();
            if (neighbourhood.loadFocus(store, id, 0, &error)) {
                figure(QStringLiteral("map_focus_read_") + label, timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
                timer.restart();
                MapLayout::run(neighbourhood, {}, nullptr, 1.5);
                figure(QStringLiteral("map_focus_layout_") + label, timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
            }
        }
        timer.restart();
        panel.selectItem(id);
        drawn(label);
        if (label == QLatin1String("service")) {
            timer.restart();
            panel.expandFocus();
            drawn(QStringLiteral("service_one_ring_more"));
            panel.setFocusMode(true); // back to no ring more
        }
    }
    out() << "map_whole_graph_reads: " << MapGraph::wholeReads() << Qt::endl;
    figure(QStringLiteral("map_panel_rss_end"), selfRssMb(), QStringLiteral("MB"));
    return 0;
}

/// `steward contact --from` a 10,000-line list as a whole process (the median of 5): a
/// vulnerability scan's and a maintenance mail's lines made of the inventory's service
/// names, URLs, host names and providers, with noise, unknown host names and repeated lines.
int contactListFigures(const QString &path)
{
    QStringList services, hosts, providers;
    {
        Database db;
        if (!db.open(path)) {
            err() << "steward-bench: " << db.errorString() << Qt::endl;
            return 1;
        }
        Store store(db);
        QString error;
        for (const auto &[kind, names] : {std::pair{ItemKind::Service, &services}, std::pair{ItemKind::Host, &hosts},
                                          std::pair{ItemKind::Provider, &providers}}) {
            const auto items = store.itemsOfKind(kind, &error);
            if (!items) {
                err() << "steward-bench: " << error << Qt::endl;
                return 1;
            }
            for (const Item &item : *items)
                *names << (kind == ItemKind::Host && !item.hostname.isEmpty() ? item.hostname : item.name);
        }
    }
    if (services.isEmpty() || hosts.isEmpty() || providers.isEmpty())
        return 0;
    const QStringList noise{QStringLiteral("Dear customer,"),
                            QString(),
                            QStringLiteral("-----------------"),
                            QStringLiteral("Scan started at 2025-01-12 03:00 UTC"),
                            QStringLiteral("Severity: HIGH"),
                            QStringLiteral("  The remote SSH server supports weak ciphers."),
                            QStringLiteral("contact: secops@example.com"),
                            QStringLiteral("TLS 1.0 enabled on port 443")};
    QRandomGenerator random(18);
    const auto pick = [&random](const QStringList &list) { return list.at(random.bounded(list.size())); };
    QStringList lines;
    for (int i = 0; i < 10000; ++i) {
        const int r = random.bounded(100);
        if (r < 35)
            lines << QStringLiteral("HIGH\tCVE-2024-%1\t%2:443\tOpenSSL 1.1.1 is outdated")
                         .arg(random.bounded(1000, 9999))
                         .arg(pick(services));
        else if (r < 50)
            lines << QStringLiteral("https://%1/login returned 500").arg(pick(services));
        else if (r < 62)
            lines << QStringLiteral("%1 (10.1.2.3) ssh: weak key exchange").arg(pick(hosts));
        else if (r < 67)
            lines << QStringLiteral("Maintenance: %1 will reboot racks; %2 affected").arg(pick(providers), pick(hosts));
        else if (r < 72 && !lines.isEmpty())
            lines << pick(lines);
        else if (r < 75)
            lines << QStringLiteral("unknown-box-%1.corp.example.com is unreachable").arg(i);
        else
            lines << pick(noise);
    }
    QTemporaryDir scratch;
    const QString list = scratch.filePath(QStringLiteral("list.txt"));
    QFile file(list);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines.join(QStringLiteral("\r\n")).toUtf8()) < 0) {
        err() << "steward-bench: cannot write " << list << Qt::endl;
        return 1;
    }
    file.close();
    QVector<double> times;
    for (int i = 0; i < 5; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(STEWARD_BINARY),
                      {QStringLiteral("contact"), QStringLiteral("--from"), list, QStringLiteral("--db"), path});
        process.waitForFinished(60000);
        times.append(timer.nsecsElapsed() / 1e6);
        if (process.exitCode() != 0) {
            err() << "steward-bench: steward contact --from failed: "
                  << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
            return 1;
        }
    }
    figure(QStringLiteral("contact_from_10k_lines"), median(times), QStringLiteral("ms"));

    // The same list pasted into File > Contacts for a List…: read, answered and shown.
    Database db;
    if (!db.open(path)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    ContactsForListDialog dialog(store, nullptr);
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    dialog.setListText(lines.join(u'\n'));
    QApplication::processEvents();
    figure(QStringLiteral("contact_list_dialog_10k_lines"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    timer.restart();
    dialog.setListText(lines.join(u'\n') + QStringLiteral("\nalbatross"));
    QApplication::processEvents();
    figure(QStringLiteral("contact_list_dialog_again"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    return 0;
}

/// The leavers' figures on a copy of @p path: `steward departure FROM` whole process, and
/// handing FROM's assignments over to TO (plan and apply), its undo and its redo, in
/// process, each the median of five (apply, undo, redo, undo, ... on the same copy).
int leaversFigures(const QString &path, const QString &from, const QString &to)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("leavers.sqlite"));
    if (!QFile::copy(path, copy)) {
        err() << "steward-bench: cannot copy " << path << Qt::endl;
        return 1;
    }
    QVector<double> departureMs;
    for (int i = 0; i < 5; ++i) {
        QProcess steward;
        QElapsedTimer timer;
        timer.start();
        steward.start(QStringLiteral(STEWARD_BINARY),
                      {QStringLiteral("departure"), from, QStringLiteral("--db"), copy});
        if (!steward.waitForFinished(60000) || steward.exitCode() != 0) {
            err() << "steward-bench: steward departure failed: " << steward.readAllStandardError() << Qt::endl;
            return 1;
        }
        departureMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    figure(QStringLiteral("departure_process_ms"), median(departureMs), QStringLiteral("ms"));

    Database db;
    if (!db.open(copy)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    QString error;
    const auto fromContact = must(store.findContactsByName(from, &error), error);
    const auto toContact = must(store.findContactsByName(to, &error), error);
    if (fromContact.size() != 1 || toContact.size() != 1) {
        err() << "steward-bench: no one contact is called " << from << " or " << to << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto started = departure(store, fromContact.first().id, &error);
    if (!started) {
        err() << "steward-bench: " << error << Qt::endl;
        return 1;
    }
    figure(QStringLiteral("departure_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    timer.restart();
    auto plan = planHandover(store, fromContact.first().id, toContact.first().id, {}, {}, &error);
    if (!plan) {
        err() << "steward-bench: " << error << Qt::endl;
        return 1;
    }
    figure(QStringLiteral("handover_plan_ms"), static_cast<double>(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    figure(QStringLiteral("handover_assignments"), static_cast<double>(plan->moves.size() + plan->merges.size()),
           QStringLiteral("assignments"));
    QVector<double> applyMs, undoMs;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        if (!applyHandover(store, &*plan, QStringLiteral("bench"), &error)) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        applyMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!revertHandover(store, &*plan, QStringLiteral("bench undo"), &error)) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        undoMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    figure(QStringLiteral("handover_apply_ms"), median(applyMs), QStringLiteral("ms"));
    figure(QStringLiteral("handover_undo_ms"), median(undoMs), QStringLiteral("ms"));
    return 0;
}

/// Batch revert: 10,000 services (and a link each) imported into a copy of the inventory
/// at @p path as one batch, then that batch planned, reverted, and the revert undone and
/// redone (wall time and this process's CPU time of each, ms).
int revertFigures(const QString &path)
{
    QTemporaryDir scratch;
    const QString file = scratch.filePath(QStringLiteral("revert.sqlite"));
    if (!QFile::copy(path, file)) {
        err() << "steward-bench: cannot copy " << path << Qt::endl;
        return 1;
    }
    Database db;
    if (!db.open(file)) {
        err() << "steward-bench: " << db.errorString() << Qt::endl;
        return 1;
    }
    Store store(db);
    QByteArray hosts = "provider,name,kind\n", services = "name,url,status,provider,hosts\n",
               links = "from,from_kind,type,to,to_kind,note\n";
    for (int h = 0; h < 100; ++h)
        hosts += "RevertCloud,revert-host-" + QByteArray::number(h) + ",vm\n";
    for (int i = 0; i < 10000; ++i) {
        const QByteArray name = "revert-svc-" + QByteArray::number(i);
        services +=
            name + ",https://" + name + ".example,active,RevertCloud,revert-host-" + QByteArray::number(i % 100) + "\n";
        if (i > 0)
            links += name + ",service,depends_on,revert-svc-" + QByteArray::number(i - 1) + ",service,\n";
    }
    Importer importer(store);
    importer.addData(QStringLiteral("providers.csv"), "name,kind,full_name,website,location\nRevertCloud,vm,,,\n");
    importer.addData(QStringLiteral("hosts.csv"), hosts);
    importer.addData(QStringLiteral("services.csv"), services);
    importer.addData(QStringLiteral("links.csv"), links);
    if (!importer.commit(QStringLiteral("Import for the revert"))) {
        err() << "steward-bench: import failed: " << importer.errorString() << Qt::endl;
        return 1;
    }
    const qint64 batch = importer.undoData().batchId;
    QString error;
    QElapsedTimer timer;
    const auto measure = [&](const QString &name, const std::function<bool()> &work) {
        const double cpu = cpuMs();
        timer.start();
        const bool ok = work();
        figure(name, timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        figure(name + QStringLiteral("_cpu"), cpuMs() - cpu, QStringLiteral("ms"));
        if (!ok)
            err() << "steward-bench: " << name << " failed: " << error << Qt::endl;
        return ok;
    };
    std::optional<BatchRevertPlan> plan;
    std::optional<RevertSteps> undo, redo;
    const bool ok =
        measure(QStringLiteral("revert_import_10k_plan"),
                [&] { return (plan = planBatchRevert(store, batch, &error)).has_value(); }) &&
        measure(QStringLiteral("revert_import_10k"),
                [&] { return (undo = applyBatchRevert(store, *plan, OnConflict::Refuse, &error)).has_value(); }) &&
        measure(QStringLiteral("undo_revert_import_10k"),
                [&] { return (redo = applyRevertSteps(store, *undo, QStringLiteral("Undo"), &error)).has_value(); }) &&
        measure(QStringLiteral("redo_revert_import_10k"),
                [&] { return applyRevertSteps(store, *redo, QStringLiteral("Redo"), &error).has_value(); });
    return ok ? 0 : 1;
}

int usage()
{
    err()
        << "usage: steward-bench generate FILE --services N [--seed S]\n"
           "       steward-bench run FILE\n"
           "       steward-bench run --scale FILE_10K FILE_100K FILE_1M   (issue 20: each figure at each size, and 1M/100k)\n"
           "       steward-bench map FILE | --example\n"
           "       steward-bench map-focus FILE\n"
           "       steward-bench run --example\n"
           "       steward-bench csv FILE\n"
           "       steward-bench list FILE\n"
           "       steward-bench revert FILE\n"
           "       steward-bench server FILE postgresql://USER@HOST:PORT/DATABASE\n"
           "       steward-bench leavers FILE FROM TO"
        << Qt::endl;
    return 2;
}

/// CPU time (user + system) of the server process behind @p db's connection, in ms, if
/// it runs on this machine (Linux: its /proc entry); -1 if that cannot be told.
double serverCpuMs(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid(), inet_server_addr() IS NULL OR host(inet_server_addr())"
                               " IN ('127.0.0.1', '::1')")) ||
        !q.next() || !q.value(1).toBool())
        return -1;
    QFile file(QStringLiteral("/proc/%1/stat").arg(q.value(0).toLongLong()));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // utime and stime are fields 14 and 15, the 12th and 13th after "pid (comm) ".
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (!stat.contains("(postgres)") || fields.size() < 13)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1e3 / double(sysconf(_SC_CLK_TCK));
}

/// The PostgreSQL column: `steward copy` of FILE into the (new or empty) database at
/// URL, the first window painted from the server, and an edit committed by a second
/// client until the window shows it.
int serverFigures(const QString &file, const QString &url)
{
    {
        Database source;
        if (!source.open(file, Database::OpenMode::ReadOnly)) {
            err() << "steward-bench: " << source.errorString() << Qt::endl;
            return 1;
        }
        Database target;
        if (!target.create(url) && !target.open(url)) {
            err() << "steward-bench: " << target.errorString() << Qt::endl;
            return 1;
        }
        const double server0 = serverCpuMs(target);
        const double cpu0 = cpuMs();
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVector<InventoryCopy::TableCount> counts;
        if (!InventoryCopy::copy(source, target, true, &counts, &error)) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        figure(QStringLiteral("pg_copy_from_sqlite"), timer.elapsed() / 1000.0, QStringLiteral("s"));
        // Where the time goes on a shared machine: this process, and the server's
        // process for the connection (when the server runs here).
        figure(QStringLiteral("pg_copy_from_sqlite_client_cpu"), (cpuMs() - cpu0) / 1000.0, QStringLiteral("s"));
        const double server1 = serverCpuMs(target);
        if (server0 >= 0 && server1 >= 0)
            figure(QStringLiteral("pg_copy_from_sqlite_server_cpu"), (server1 - server0) / 1000.0, QStringLiteral("s"));
        qint64 rows = 0;
        for (const auto &c : std::as_const(counts))
            rows += c.rows;
        out() << "copied rows: " << rows << Qt::endl;
    }
    if (!firstPaintFigures(url, QStringLiteral("pg_")))
        return 1;

    // A second client's edit, until the window's tree has it.
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("bench.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    window.show();
    QString error;
    if (!window.openLocation(url, &error)) {
        err() << "steward-bench: " << error << Qt::endl;
        return 1;
    }
    Database other;
    if (!other.open(url)) {
        err() << "steward-bench: " << other.errorString() << Qt::endl;
        return 1;
    }
    Store theirs(other);
    QVector<double> visible;
    QString readError;
    const QVector<Item> services = must(theirs.services(&readError), readError);
    for (int i = 0; i < 7 && i < services.size(); ++i) {
        Item item = services.at(services.size() / 2 + i);
        const QString renamed = item.name + QStringLiteral("-renamed");
        item.name = renamed;
        // The row on screen (the tree reads a branch when it opens: what is not shown
        // is read when it is).
        window.selectItem(item.id);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        if (!theirs.updateItem(item, &error)) {
            err() << "steward-bench: " << error << Qt::endl;
            return 1;
        }
        const auto shown = [&] { return window.treeModel()->indexForId(item.id).data().toString() == renamed; };
        while (!shown() && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        visible.append(timer.nsecsElapsed() / 1e6);
    }
    figure(QStringLiteral("pg_edit_visible_in_second_client"), median(visible), QStringLiteral("ms"));
    figure(QStringLiteral("pg_edit_visible_in_second_client_max"), *std::max_element(visible.begin(), visible.end()),
           QStringLiteral("ms"));
    return 0;
}

/// Runs @p program with @p args under /usr/bin/time: the whole process's seconds and
/// peak memory (MB); false if it failed.
bool timedProcess(const QStringList &args, double *seconds, double *peakMb)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(
        QStringLiteral("/usr/bin/time"),
        QStringList{QStringLiteral("-f"), QStringLiteral("STEWARD-BENCH-RSS %M"), QStringLiteral(STEWARD_BINARY)}
            << args);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        err() << "steward-bench: steward " << args.join(QLatin1Char(' '))
              << " failed: " << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
        return false;
    }
    *seconds = timer.nsecsElapsed() / 1e9;
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    const qsizetype at = errors.lastIndexOf(QStringLiteral("STEWARD-BENCH-RSS "));
    *peakMb = at < 0 ? 0 : errors.mid(at + 18).trimmed().toDouble() / 1024.0;
    return true;
}

/// The figures issue 20 sets targets for, measured on one inventory: each by name, with
/// its unit, in the order they are printed.
struct ScaleFigures
{
    QStringList names;
    QHash<QString, double> values;
    QHash<QString, QString> units;
    void add(const QString &name, double value, const QString &unit)
    {
        if (!names.contains(name))
            names.append(name);
        values.insert(name, value);
        units.insert(name, unit);
    }
};

bool scaleFiguresOf(const QString &file, ScaleFigures *f)
{
    QString error;
    QString probe, bigHost;
    qint64 services = 0;
    {
        // What to ask about: a service in the middle, the host with a hundred services.
        Database db;
        if (!db.open(file)) {
            err() << "steward-bench: " << db.errorString() << Qt::endl;
            return false;
        }
        Store store(db);
        const auto counts = must(store.itemCounts(&error), error);
        services = counts.services;
        probe = QStringLiteral("service-%1.example.org").arg(services / 2 + 1, 6, 10, QLatin1Char('0'));
        bigHost = QStringLiteral("host-00000");
    }
    // The first window: the whole process, until it has painted (median of 5).
    QVector<double> paints, rss;
    for (int i = 0; i < 5; ++i) {
        double ms = 0, mb = 0;
        if (!firstPaint(file, &ms, &mb))
            return false;
        paints.append(ms);
        rss.append(mb);
    }
    f->add(QStringLiteral("first_window_painted"), median(paints), QStringLiteral("ms"));
    f->add(QStringLiteral("first_window_rss"), median(rss), QStringLiteral("MB"));
    // steward contact, whole process (median of 5).
    QVector<double> contacts;
    for (int i = 0; i < 5; ++i) {
        double seconds = 0, mb = 0;
        if (!timedProcess({QStringLiteral("contact"), probe, QStringLiteral("--db"), file}, &seconds, &mb))
            return false;
        contacts.append(seconds * 1000);
    }
    f->add(QStringLiteral("contact_command"), median(contacts), QStringLiteral("ms"));
    // The services export, whole process: rows a second and peak memory (median of 3).
    QTemporaryDir dir;
    QVector<double> rates, peaks;
    for (int i = 0; i < 3; ++i) {
        double seconds = 0, mb = 0;
        if (!timedProcess({QStringLiteral("export"), QStringLiteral("services"), QStringLiteral("--db"), file,
                           QStringLiteral("-o"), dir.filePath(QStringLiteral("services.csv"))},
                          &seconds, &mb))
            return false;
        rates.append(services / seconds / 1000.0);
        peaks.append(mb);
    }
    f->add(QStringLiteral("services_export_rate"), median(rates), QStringLiteral("k rows/s"));
    f->add(QStringLiteral("services_export_peak"), median(peaks), QStringLiteral("MB"));
    // Search from a keystroke to its results, and the dashboard's numbers.
    {
        Database db;
        if (!db.open(file)) {
            err() << "steward-bench: " << db.errorString() << Qt::endl;
            return false;
        }
        Search search(db);
        QVector<double> keystrokes;
        for (const QString &word : {QStringLiteral("service-01234"), QStringLiteral("person 0012"),
                                    QStringLiteral("host-00"), QStringLiteral("andre"), QStringLiteral("zzz")}) {
            for (int i = 1; i <= word.size(); ++i) {
                QElapsedTimer timer;
                timer.start();
                must(search.search(word.left(i), Search::DefaultLimit, &error), error);
                keystrokes.append(timer.nsecsElapsed() / 1e6);
            }
        }
        f->add(QStringLiteral("search_keystroke_median"), median(keystrokes), QStringLiteral("ms"));
        f->add(QStringLiteral("search_keystroke_max"), *std::max_element(keystrokes.begin(), keystrokes.end()),
               QStringLiteral("ms"));
        QVector<double> builds;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            must(DashboardData::build(db, &error), error);
            builds.append(timer.nsecsElapsed() / 1e6);
        }
        f->add(QStringLiteral("dashboard_numbers"), median(builds), QStringLiteral("ms"));
    }
    // In the window: a big host opened, and filter keystrokes to repaint.
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("bench.ini")));
    MainWindow window(settings);
    window.resize(1600, 1000);
    if (!window.openLocation(file, &error)) {
        err() << "steward-bench: " << error << Qt::endl;
        return false;
    }
    window.show();
    QApplication::processEvents();
    const QVector<Item> hosts = must(window.store()->findItemsByName(bigHost, &error), error);
    if (hosts.isEmpty()) {
        err() << "steward-bench: no " << bigHost << Qt::endl;
        return false;
    }
    QVector<double> expands;
    int rows = 0;
    for (int i = 0; i < 5; ++i) {
        window.treeModel()->reload();
        window.selectItem(hosts.first().id); // shown, its branch not read
        QApplication::processEvents();
        const QModelIndex host = window.filterModel()->mapFromSource(window.treeModel()->indexForId(hosts.first().id));
        QElapsedTimer timer;
        timer.start();
        window.treeView()->expand(host);
        QApplication::processEvents();
        window.treeView()->viewport()->repaint();
        expands.append(timer.nsecsElapsed() / 1e6);
        rows = window.filterModel()->rowCount(host);
    }
    f->add(QStringLiteral("expand_host_with_%1_rows").arg(rows), median(expands), QStringLiteral("ms"));
    // Edit Item on a service, until the form is built (median of 3); and as it was before
    // a large inventory's form stopped reading every item and alias.
    {
        const QVector<Item> services = must(window.store()->findItemsByName(probe, &error), error);
        for (const bool everything : {false, true}) {
            ItemForm::setLargeInventory(everything ? std::numeric_limits<qint64>::max() : 50000);
            QVector<double> forms;
            for (int i = 0; i < 3 && !services.isEmpty(); ++i) {
                QElapsedTimer timer;
                timer.start();
                ItemForm form(*window.store(), services.first());
                forms.append(timer.nsecsElapsed() / 1e6);
            }
            f->add(everything ? QStringLiteral("item_form_reading_every_item") : QStringLiteral("item_form_opened"),
                   median(forms), QStringLiteral("ms"));
        }
        ItemForm::setLargeInventory(50000);
    }
    QVector<double> keystrokes;
    QLineEdit *edit = window.filterEdit();
    for (const QString &word : {QStringLiteral("service-01234"), QStringLiteral("host-00"), QStringLiteral("zzz")}) {
        for (int i = 1; i <= word.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            edit->setText(word.left(i));
            QApplication::processEvents();
            window.treeView()->viewport()->repaint();
            keystrokes.append(timer.nsecsElapsed() / 1e6);
        }
        edit->clear();
        QApplication::processEvents();
    }
    f->add(QStringLiteral("filter_keystroke_median"), median(keystrokes), QStringLiteral("ms"));
    f->add(QStringLiteral("filter_keystroke_max"), *std::max_element(keystrokes.begin(), keystrokes.end()),
           QStringLiteral("ms"));
    return true;
}

/// Every figure at each of @p files (smallest first), then the ratio of the last to the
/// one before (1M / 100k): issue 20 asks each to stay at 10 or below.
int scaleFigures(const QStringList &files)
{
    QVector<ScaleFigures> all;
    for (const QString &file : files) {
        out() << "# " << file << Qt::endl;
        ScaleFigures f;
        if (!scaleFiguresOf(file, &f))
            return 1;
        for (const QString &name : std::as_const(f.names))
            figure(name, f.values.value(name), f.units.value(name));
        all.append(f);
    }
    if (all.size() < 2)
        return 0;
    out() << "# ratio of the last to the one before (the issue's 1M/100k: at most 10)" << Qt::endl;
    const ScaleFigures &last = all.constLast(), &before = all.at(all.size() - 2);
    for (const QString &name : last.names) {
        // The big host's row count is in its name; compare by the name's stem.
        QString match = name;
        if (!before.values.contains(name)) {
            const QString stem = name.left(name.indexOf(QLatin1String("_with_")));
            for (const QString &other : before.names) {
                if (other.startsWith(stem))
                    match = other;
            }
        }
        const double was = before.values.value(match);
        const double now = last.values.value(name);
        // A rate is better when higher: its ratio is the slowdown.
        const bool rate = last.units.value(name).endsWith(QLatin1String("/s"));
        const double ratio = was > 0 && now > 0 ? (rate ? was / now : now / was) : 0;
        out() << "ratio " << name << ": " << QString::number(ratio, 'f', 2) << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.value(1) == QLatin1String("generate")) {
        QCoreApplication app(argc, argv);
        const int at = static_cast<int>(args.indexOf(QStringLiteral("--services")));
        const int seedAt = static_cast<int>(args.indexOf(QStringLiteral("--seed")));
        bool ok = false;
        const int services = at > 0 ? args.value(at + 1).toInt(&ok) : 0;
        if (args.size() < 3 || !ok || services <= 0)
            return usage();
        const quint32 seed = seedAt > 0 ? args.value(seedAt + 1).toUInt() : 42u;
        return generate(args.at(2), services, seed);
    }
    if (args.value(1) == QLatin1String("csv") && args.size() >= 3) {
        QCoreApplication app(argc, argv);
        return csvFigures(args.at(2));
    }
    if (args.value(1) == QLatin1String("list") && args.size() >= 3) {
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return contactListFigures(args.at(2));
    }
    if (args.value(1) == QLatin1String("map") && args.size() >= 3) {
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return mapFigures(args.at(2) == QLatin1String("--example") ? QString() : args.at(2));
    }
    if (args.value(1) == QLatin1String("map-focus") && args.size() >= 3) {
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return mapFocusFigures(args.at(2));
    }
    if (args.value(1) == QLatin1String("leavers") && args.size() >= 5) {
        QCoreApplication app(argc, argv);
        return leaversFigures(args.at(2), args.at(3), args.at(4));
    }
    if (args.value(1) == QLatin1String("revert") && args.size() >= 3) {
        QCoreApplication app(argc, argv);
        return revertFigures(args.at(2));
    }
    if (args.value(1) == QLatin1String("server") && args.size() >= 4) {
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("steward-bench"));
        return serverFigures(args.at(2), args.at(3));
    }
    if (args.value(1) == QLatin1String("run") && args.value(2) == QLatin1String("--scale") && args.size() >= 4) {
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("steward-bench"));
        return scaleFigures(args.mid(3));
    }
    if (args.value(1) == QLatin1String("run") && args.size() >= 3) {
        if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("steward-bench"));
        const bool example = args.at(2) == QLatin1String("--example");
        return run(example ? QString() : args.at(2), example);
    }
    return usage();
}
