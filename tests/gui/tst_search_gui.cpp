// The search box and the dashboard in the window, offscreen: queries typed with key
// clicks and their grouped results, Return and clicks selecting items and contacts,
// results after edits, the shortcuts; the dashboard's counts for the example, a click
// on a bar or slice selecting its items, charts after an edit, PNG and SVG export.

#include "ContactDirectoryPanel.h"
#include "DashboardView.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "MainWindow.h"
#include "SearchActions.h"
#include "SearchBox.h"
#include "SearchResultsModel.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "WhoToContactPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace steward;

class TestSearchGui final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool openExample();
    qint64 itemId(const QString &name) const
    {
        return test::must(m_window->store()->findItemsByName(name, test::readError())).first().id;
    }
    qint64 contactId(const QString &name) const
    {
        return test::must(m_window->store()->findContactsByName(name, test::readError())).first().id;
    }
    QStringList names(const QVector<qint64> &ids) const;
    QStringList selectedNames() const { return names(m_window->selectedItemIds()); }
    SearchBox *box() const { return m_window->findChild<SearchBox *>(QStringLiteral("searchLineEdit")); }
    DashboardView *dashboard() const { return m_window->findChild<DashboardView *>(QStringLiteral("dashboardView")); }
    /// Types @p text into the empty search box, key by key, and waits for its results.
    void type(const QString &text);
    /// "label=count" of each entry drawn.
    QStringList shown(DashboardView::Chart chart) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();

    void groupedResultsAsYouType_data();
    void groupedResultsAsYouType();
    void returnSelectsTheItemAndShowsItsContacts();
    void arrowKeysAndClicks();
    void contactResultShowsWhatItOwns();
    void unnamedHostSelectsItsServices();
    void resultsFollowEdits();
    void escapeAndShortcuts();

    void dashboardCountsForTheExample();
    void clickingABarOrSliceSelectsItsItems();
    void theOtherBarSelectsWhatItStandsFor();
    void chartsFollowEdits();
    void chartsExportAsPngAndSvg();
};

void TestSearchGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(openExample());
    QVERIFY(box());
    QVERIFY(dashboard());
}

void TestSearchGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestSearchGui::openExample()
{
    QString error;
    if (!m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

QStringList TestSearchGui::names(const QVector<qint64> &ids) const
{
    QStringList out;
    for (qint64 id : ids)
        out << test::must(m_window->store()->item(id, test::readError())).name;
    return out;
}

void TestSearchGui::type(const QString &text)
{
    SearchBox *search = box();
    search->clear();
    search->setFocus();
    const int before = search->queryCount();
    QTest::keyClicks(search, text);
    QTRY_VERIFY(search->queryCount() > before);
    QTRY_VERIFY(!search->resultLines().isEmpty());
}

QStringList TestSearchGui::shown(DashboardView::Chart chart) const
{
    QStringList out;
    for (const ChartEntry &e : dashboard()->shownEntries(chart))
        out << QStringLiteral("%1=%2").arg(e.label).arg(e.count());
    return out;
}

void TestSearchGui::groupedResultsAsYouType_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("start"); // the first lines of the list
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::newRow("andre") << s("andre") << QStringList{s("# Contacts"), s("person:Marc-Andr\xc3\xa9 Lemburg")};
    QTest::newRow("python-inf") << s("python-inf")
                                << QStringList{
                                       s("# Contacts"), s("chat_channel:#python-infra"),
                                       s("team:Infrastructure team [irc: irc://irc.freenode.net/#python-infra]")};
    QTest::newRow("email address") << s("infrastructure-staff@python.org")
                                   << QStringList{
                                          s("# Contacts"), s("mailing_list:infrastructure-staff@python.org"),
                                          s("team:Infrastructure team [email: infrastructure-staff@python.org]")};
    QTest::newRow("docs") << s("docs") << QStringList{s("# Services"), s("service:docs.python.org")};
    QTest::newRow("nothing") << s("zzzz") << QStringList{s("# Nothing matches \"zzzz\"")};
}

void TestSearchGui::groupedResultsAsYouType()
{
    QFETCH(QString, query);
    QFETCH(QStringList, start);
    QAbstractItemModelTester tester(box()->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    type(query);
    QVERIFY(box()->resultsShown());
    const QStringList lines = box()->resultLines();
    QCOMPARE(lines.mid(0, start.size()), start);
    // Groups in their order, each under its heading, best first: services, hosts,
    // providers, organisation, contacts.
    QStringList headings;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# ")))
            headings << line;
    }
    if (query == QLatin1String("docs"))
        QCOMPARE(headings.mid(0, 2), (QStringList{QStringLiteral("# Services"), QStringLiteral("# Hosts")}));
    // The first result is the current row, and the list is painted under the box.
    if (box()->resultsModel()->resultCount() > 0) {
        QCOMPARE(box()->currentRow(), 1);
        QListView *view = box()->resultsView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->parentWidget(), m_window.get());
        QVERIFY(view->geometry().top() >= box()->mapTo(m_window.get(), QPoint(0, box()->height())).y());
        QVERIFY(!view->grab().isNull());
    }
    // STEWARD_TEST_SHOTS=DIR: pictures of the window with its results, to look at.
    if (const QString dir = qEnvironmentVariable("STEWARD_TEST_SHOTS"); !dir.isEmpty())
        m_window->grab().save(QStringLiteral("%1/search-%2.png").arg(dir, QString::fromUtf8(QTest::currentDataTag())));
}

void TestSearchGui::returnSelectsTheItemAndShowsItsContacts()
{
    type(QStringLiteral("docs.py"));
    QTest::keyClick(box(), Qt::Key_Return);
    QVERIFY(!box()->resultsShown());
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("docs.python.org")});
    QVERIFY(m_window->treeView()->hasFocus());
    // The who-to-contact panel shows its owners first.
    QStringList contacts;
    for (const ResolvedContact &c : m_window->whoToContactPanel()->contacts())
        contacts << c.contact.name;
    QCOMPARE(contacts.mid(0, 2), (QStringList{QStringLiteral("Benjamin Peterson"), QStringLiteral("Georg Brandl")}));
}

void TestSearchGui::arrowKeysAndClicks()
{
    type(QStringLiteral("py"));
    const QStringList lines = box()->resultLines();
    QCOMPARE(lines.value(1), QStringLiteral("service:PyPI"));
    // Down steps over headings; Up stops at the first result.
    QTest::keyClick(box(), Qt::Key_Up);
    QCOMPARE(box()->currentRow(), 1);
    int row = 1;
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(box(), Qt::Key_Down);
        QVERIFY(!box()->resultsModel()->isHeading(box()->currentRow()));
        row = box()->currentRow();
    }
    QCOMPARE(row, box()->resultsModel()->rowCount() - 1); // stays on the last
    // The second service, chosen with Down and Return.
    type(QStringLiteral("py"));
    QTest::keyClick(box(), Qt::Key_Down);
    const SearchResult *second = box()->resultsModel()->resultAt(box()->currentRow());
    QVERIFY(second);
    const qint64 secondId = second->id;
    QTest::keyClick(box(), Qt::Key_Return);
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>{secondId});
    // A click on a result.
    type(QStringLiteral("hg.py"));
    QListView *view = box()->resultsView();
    const QRect rect = view->visualRect(box()->resultsModel()->index(1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("hg.python.org")});
}

void TestSearchGui::contactResultShowsWhatItOwns()
{
    type(QStringLiteral("andre"));
    QTest::keyClick(box(), Qt::Key_Return);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("contactsDirectoryDockWidget"));
    QVERIFY(dock->isVisible());
    ContactDirectoryPanel *panel = m_window->contactDirectoryPanel();
    QCOMPARE(panel->currentContactId(), contactId(QString::fromUtf8("Marc-Andr\xc3\xa9 Lemburg")));
    QCOMPARE(panel->ownedLines(), QStringList{QStringLiteral("owner of wiki.python.org")});
    // Even when the directory's own filter would hide it.
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("Antoine"));
    type(QStringLiteral("python-inf"));
    QTest::keyClick(box(), Qt::Key_Return);
    QCOMPARE(panel->currentContactId(), contactId(QStringLiteral("#python-infra")));
}

void TestSearchGui::unnamedHostSelectsItsServices()
{
    // "Rackspace VM for docs.python.org" has no host name: the tree shows its service
    // under Rackspace, so choosing the host selects that service.
    type(QStringLiteral("Rackspace VM for docs"));
    const int row = box()->resultLines().indexOf(QStringLiteral("host:Rackspace VM for docs.python.org"));
    QVERIFY(row > 0);
    box()->activateRow(row);
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("docs.python.org")});
}

void TestSearchGui::resultsFollowEdits()
{
    type(QStringLiteral("zebra"));
    QCOMPARE(box()->resultLines(), QStringList{QStringLiteral("# Nothing matches \"zebra\"")});
    // A rename, made while the results are shown, shows up in them.
    Store *store = m_window->store();
    const Item before = test::must(store->item(itemId(QStringLiteral("planet.python.org")), test::readError()));
    Item after = before;
    after.name = QStringLiteral("Zebra planet");
    QString error;
    QVERIFY2(m_window->document()->saveItem(before, after, &error), qPrintable(error));
    QTRY_COMPARE(box()->resultLines(),
                 (QStringList{QStringLiteral("# Services"), QStringLiteral("service:Zebra planet")}));
    // Undone: gone again.
    m_window->undoStack()->undo();
    QTRY_COMPARE(box()->resultLines(), QStringList{QStringLiteral("# Nothing matches \"zebra\"")});
    // A contact's new address.
    type(QStringLiteral("zebra@"));
    Contact contact = test::must(store->contact(contactId(QStringLiteral("Antoine Pitrou")), test::readError()));
    contact.addresses.append({0, AddressKind::Email, QStringLiteral("zebra@example.org"), QString()});
    QVERIFY2(store->updateContact(contact, &error), qPrintable(error));
    QTRY_COMPARE(box()->resultLines().value(1), QStringLiteral("person:Antoine Pitrou [email: zebra@example.org]"));
}

void TestSearchGui::escapeAndShortcuts()
{
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(box()->hasFocus());
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(box()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->filterEdit()->hasFocus());
    QVERIFY(m_window->filterEdit()->placeholderText().contains(QStringLiteral("Ctrl+Shift+F")));

    type(QStringLiteral("docs"));
    QVERIFY(box()->resultsShown());
    QTest::keyClick(box(), Qt::Key_Escape);
    QVERIFY(!box()->resultsShown());
    QCOMPARE(box()->text(), QStringLiteral("docs"));
    QTest::keyClick(box(), Qt::Key_Down); // back
    QVERIFY(box()->resultsShown());
    QTest::keyClick(box(), Qt::Key_Escape);
    QTest::keyClick(box(), Qt::Key_Escape);
    QVERIFY(box()->text().isEmpty());

    // Ctrl+D shows the dashboard, which has its menu entry checked.
    QAction *show = m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
    QVERIFY(show);
    QVERIFY(!dashboard()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(dashboard()->isVisible());
    QVERIFY(show->isChecked());
    dashboard()->close();
    QVERIFY(!show->isChecked());
}

void TestSearchGui::dashboardCountsForTheExample()
{
    m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(dashboard()));
    using C = DashboardView::Chart;
    QCOMPARE(shown(C::ServicesPerProvider),
             (QStringList{QStringLiteral("OSUOSL=5"), QStringLiteral("Rackspace=4"), QStringLiteral("XS4ALL=3"),
                          QStringLiteral("Upfront Systems=1"), QStringLiteral("Dyn=0"), QStringLiteral("Fastly=0"),
                          QStringLiteral("Gandi=0"), QStringLiteral("no provider recorded=2")}));
    QCOMPARE(shown(C::HostsByStatus), (QStringList{QStringLiteral("active=11"), QStringLiteral("unreachable=1")}));
    QCOMPARE(shown(C::ServicesByStatus),
             (QStringList{QStringLiteral("active=12"), QStringLiteral("staging=1"), QStringLiteral("legacy=1"),
                          QStringLiteral("needs to be moved=1")}));
    QCOMPARE(shown(C::OwnershipCoverage), (QStringList{QStringLiteral("no owner=9"), QStringLiteral("1 owner=2"),
                                                       QStringLiteral("2 or more owners=4")}));
    QCOMPARE(shown(C::TopOwners).mid(0, 3),
             (QStringList{QStringLiteral("Antoine Pitrou=2"), QStringLiteral("Georg Brandl=2"),
                          QStringLiteral("Infrastructure team=2")}));
    QCOMPARE(shown(C::FrontingProviders), QStringList{QStringLiteral("Fastly=4")});

    // What is drawn: the bars top to bottom (Qt draws the first category at the bottom),
    // the slices in order.
    QChart *bars = dashboard()->chartView(C::ServicesPerProvider)->chart();
    QCOMPARE(bars->series().size(), 1);
    auto *barSeries = qobject_cast<QHorizontalBarSeries *>(bars->series().first());
    QVERIFY(barSeries);
    QBarSet *set = barSeries->barSets().first();
    QList<int> values;
    for (int i = set->count() - 1; i >= 0; --i)
        values << static_cast<int>(set->at(i));
    QCOMPARE(values, (QList<int>{5, 4, 3, 1, 0, 0, 0, 2}));
    auto *pie = qobject_cast<QPieSeries *>(dashboard()->chartView(C::OwnershipCoverage)->chart()->series().first());
    QVERIFY(pie);
    QList<int> slices;
    for (QPieSlice *slice : pie->slices())
        slices << static_cast<int>(slice->value());
    QCOMPARE(slices, (QList<int>{9, 2, 4}));
    for (int c = 0; c < DashboardView::ChartCount; ++c)
        QVERIFY(!dashboard()->chartView(static_cast<C>(c))->chart()->title().isEmpty());
    if (const QString dir = qEnvironmentVariable("STEWARD_TEST_SHOTS"); !dir.isEmpty())
        dashboard()->grab().save(dir + QStringLiteral("/dashboard.png"));
}

void TestSearchGui::clickingABarOrSliceSelectsItsItems()
{
    m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
    using C = DashboardView::Chart;
    QChart *chart = dashboard()->chartView(C::ServicesPerProvider)->chart();
    QBarSet *set = qobject_cast<QHorizontalBarSeries *>(chart->series().first())->barSets().first();
    // The top bar is the last of the set: OSUOSL.
    Q_EMIT set->clicked(set->count() - 1);
    QCOMPARE(selectedNames(), (QStringList{QStringLiteral("hg.python.org"), QStringLiteral("PyCon website"),
                                           QStringLiteral("PyPy website"), QStringLiteral("wiki.python.org"),
                                           QStringLiteral("www.python.org")}));
    // A slice: services with two or more owners.
    auto *pie = qobject_cast<QPieSeries *>(dashboard()->chartView(C::OwnershipCoverage)->chart()->series().first());
    Q_EMIT pie->slices().at(2)->clicked();
    // In tree order: under OSUOSL, under Rackspace, then under the organisation.
    QCOMPARE(selectedNames(), (QStringList{QStringLiteral("hg.python.org"), QStringLiteral("docs.python.org"),
                                           QStringLiteral("PyPI"), QStringLiteral("Buildbot")}));
    // Hosts: the unreachable one is a row; unnamed hosts stand for their services.
    dashboard()->activate(C::HostsByStatus, 1);
    QCOMPARE(selectedNames(), QStringList{QStringLiteral("ximinez")});
    dashboard()->activate(C::HostsByStatus, 0);
    const QStringList active = selectedNames();
    QVERIFY(active.contains(QStringLiteral("albatross")));
    QVERIFY(active.contains(QStringLiteral("docs.python.org"))); // on "Rackspace VM for docs.python.org"
    QVERIFY(!active.contains(QStringLiteral("Rackspace VM for docs.python.org")));
    // Fronting providers: what is behind Fastly; the tree filter is cleared to show it.
    QTest::keyClicks(m_window->filterEdit(), QStringLiteral("mail"));
    dashboard()->activate(C::FrontingProviders, 0);
    QVERIFY(m_window->filterEdit()->text().isEmpty());
    QCOMPARE(selectedNames(), (QStringList{QStringLiteral("www.python.org"), QStringLiteral("docs.python.org"),
                                           QStringLiteral("PyPI"), QStringLiteral("Python downloads")}));
}

void TestSearchGui::theOtherBarSelectsWhatItStandsFor()
{
    // The services by "env": one service each for v00 to v11, the thirteenth both v12 and
    // v13, the last two v14 (most, so first). Fifteen entries: eleven bars, and a twelfth
    // for v10 to v13, three services, the one in two entries once.
    QVector<Item> services = test::must(m_window->store()->itemsOfKind(ItemKind::Service, test::readError()));
    QCOMPARE(services.size(), 15);
    std::sort(services.begin(), services.end(), [](const Item &a, const Item &b) { return a.id < b.id; });
    QString error;
    for (int i = 0; i < services.size(); ++i) {
        services[i] = test::must(m_window->store()->item(services.at(i).id, test::readError())); // with its tags
        Item &item = services[i];
        const auto value = [](int v) { return QStringLiteral("env=v%1").arg(v, 2, 10, QLatin1Char('0')); };
        item.tags = i < 12    ? QStringList{value(i)}
                    : i == 12 ? QStringList{value(12), value(13)}
                              : QStringList{value(14)};
        QVERIFY2(m_window->store()->updateItem(item, &error), qPrintable(error));
    }
    m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
    QVERIFY2(dashboard()->rebuild(&error), qPrintable(error)); // the tags just set: "env" is offered
    dashboard()->setServicesGrouping(QStringLiteral("env"));
    QCOMPARE(dashboard()->servicesGrouping(), QStringLiteral("env"));
    using C = DashboardView::Chart;
    const QVector<ChartEntry> &shown = dashboard()->shownEntries(C::ServicesByStatus);
    QCOMPARE(dashboard()->series(C::ServicesByStatus).entries.size(), 15);
    QCOMPARE(shown.size(), DashboardView::MaxBars);
    QCOMPARE(shown.first().label, QStringLiteral("v14"));
    QCOMPARE(shown.first().count(), 2);
    QCOMPARE(shown.constLast().count(), 3); // not 4: the thirteenth service once
    QSignalSpy activated(dashboard(), &DashboardView::itemsActivated);
    dashboard()->activate(C::ServicesByStatus, DashboardView::MaxBars - 1);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).value<QVector<qint64>>(),
             (QVector<qint64>{services.at(10).id, services.at(11).id, services.at(12).id}));
    QStringList selected = selectedNames();
    selected.sort();
    QStringList expected{services.at(10).name, services.at(11).name, services.at(12).name};
    expected.sort();
    QCOMPARE(selected, expected);
    // A bar of its own: v14's two services.
    dashboard()->activate(C::ServicesByStatus, 0);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().at(0).value<QVector<qint64>>(),
             (QVector<qint64>{services.at(13).id, services.at(14).id}));
}

void TestSearchGui::chartsFollowEdits()
{
    using C = DashboardView::Chart;
    // Hidden: an edit does not build it, showing it does.
    const int builds = dashboard()->buildCount();
    Item speed;
    speed.kind = ItemKind::Service;
    speed.name = QStringLiteral("speed.python.org");
    speed.status = QStringLiteral("staging");
    speed.parentId = itemId(QStringLiteral("OSUOSL"));
    QString error;
    QVERIFY2(m_window->document()->saveItem(Item{}, speed, &error), qPrintable(error));
    // A wait that proves an absence, not a synchronisation: hidden, the dashboard does
    // not build again (shown, it would 250 ms after the edit: DashboardView's delay).
    QTest::qWait(400);
    QCOMPARE(dashboard()->buildCount(), builds);
    m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
    QCOMPARE(shown(C::ServicesPerProvider).value(0), QStringLiteral("OSUOSL=6"));
    QCOMPARE(shown(C::ServicesByStatus).value(1), QStringLiteral("staging=2"));
    // Shown: it follows each edit, once per burst of changes.
    const int shownBuilds = dashboard()->buildCount();
    m_window->undoStack()->undo();
    m_window->undoStack()->redo();
    m_window->undoStack()->undo();
    QTRY_COMPARE(shown(C::ServicesPerProvider).value(0), QStringLiteral("OSUOSL=5"));
    QCOMPARE(dashboard()->buildCount(), shownBuilds + 1);
    QCOMPARE(shown(C::ServicesByStatus).value(1), QStringLiteral("staging=1"));
    // An assignment moves a service from "no owner" to "1 owner".
    QVERIFY2(m_window->document()->assignToItems({itemId(QStringLiteral("planet.python.org"))},
                                                 contactId(QStringLiteral("Antoine Pitrou")), QStringLiteral("owner"),
                                                 Priority::Primary, &error),
             qPrintable(error));
    QTRY_COMPARE(shown(C::OwnershipCoverage).value(1), QStringLiteral("1 owner=3"));
    QCOMPARE(shown(C::TopOwners).value(0), QStringLiteral("Antoine Pitrou=3"));
}

void TestSearchGui::chartsExportAsPngAndSvg()
{
    m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"))->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(dashboard()));
    using C = DashboardView::Chart;
    QString error;
    const QString png = path(QStringLiteral("providers.png"));
    QVERIFY2(dashboard()->exportChart(C::ServicesPerProvider, png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 300);

    const QString svg = path(QStringLiteral("coverage.svg"));
    QVERIFY2(dashboard()->exportChart(C::OwnershipCoverage, svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    QStringList texts;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (root.isEmpty())
                root = xml.name().toString();
            inText = xml.name() == QLatin1String("text");
        } else if (xml.isCharacters() && inText && !xml.isWhitespace()) {
            texts << xml.text().toString().trimmed();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("2 or more owners: 4")),
             qPrintable(texts.join(QLatin1Char('|'))));

    // A name that is neither .png nor .svg is refused, and nothing is written.
    QVERIFY(!dashboard()->exportChart(C::OwnershipCoverage, path(QStringLiteral("coverage.gif")), &error));
    QVERIFY(error.contains(QStringLiteral(".svg")));
    QVERIFY(!QFile::exists(path(QStringLiteral("coverage.gif"))));
}

QTEST_MAIN(TestSearchGui)
#include "tst_search_gui.moc"
