// The tree reads what is shown (issue 20): the window opens on the organisation and its
// providers without reading a service; a branch is read when it opens; and selection,
// drag and drop, the filter and search work on items whose branches were never opened.
#include "Database.h"
#include "InventoryTreeModel.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "SearchBox.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace steward;

class TestLazyTree final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_organisation = 0;
    QVector<qint64> m_providers, m_hosts, m_services;
    qint64 m_unnamed = 0;
    /// service -> its further host (one in five)
    QHash<qint64, qint64> m_further;

    bool generate(Store &store);
    InventoryTreeModel *tree() const { return m_window->treeModel(); }
    TreeFilterModel *filter() const { return m_window->filterModel(); }
    /// The names of @p parent's rows in the window's tree, as shown (after opening it).
    QStringList shownUnder(qint64 parentId);
    qint64 currentId() const { return tree()->idAt(filter()->mapToSource(m_window->treeView()->currentIndex())); }
    /// Every service the window's tree holds as a row.
    int loadedServices() const;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theWindowOpensWithoutReadingServices();
    void aBranchIsReadWhenItOpens();
    void modelTesterOnRevealedAndFetchedBranches();
    void selectingItemsInBranchesNeverOpened();
    void dragAndDropIntoABranchNeverOpened();
    void filterFindsItemsNeverLoaded();
    void filterCapsWhatItShows();
    void searchResultInABranchNeverOpened();
    void editsOfRowsNotLoadedAppearWhenOpened();
    void itemFormOnALargeInventory();
};

bool TestLazyTree::generate(Store &store)
{
    // Four providers of five hosts of twelve services; one service in five also on another
    // host; a provider with an unnamed host whose services it shows; a service on the
    // organisation itself.
    QString error;
    const bool ok = store.write(
        [&](QString *e) {
            Item org;
            org.kind = ItemKind::Organisation;
            org.name = QStringLiteral("Example Corporation");
            if (!store.createItem(org, e))
                return false;
            m_organisation = org.id;
            for (int p = 0; p < 4; ++p) {
                Item provider;
                provider.kind = ItemKind::Provider;
                provider.parentId = org.id;
                provider.name = QStringLiteral("Provider %1").arg(p);
                if (!store.createItem(provider, e))
                    return false;
                m_providers << provider.id;
            }
            for (int h = 0; h < 20; ++h) {
                Item host;
                host.kind = ItemKind::Host;
                host.parentId = m_providers.at(h % 4);
                host.name = QStringLiteral("host-%1").arg(h, 2, 10, QLatin1Char('0'));
                host.hostname = host.name + QStringLiteral(".example.net");
                if (!store.createItem(host, e))
                    return false;
                m_hosts << host.id;
            }
            Item unnamed;
            unnamed.kind = ItemKind::Host;
            unnamed.parentId = m_providers.at(3);
            unnamed.name = QStringLiteral("a VM");
            if (!store.createItem(unnamed, e))
                return false;
            m_unnamed = unnamed.id;
            for (int i = 0; i < 240; ++i) {
                Item s;
                s.kind = ItemKind::Service;
                s.parentId = i % 60 == 7 ? m_unnamed : m_hosts.at(i % 20);
                if (i % 5 == 1 && s.parentId != m_unnamed)
                    s.alsoOn = {m_hosts.at((i + 3) % 20)};
                s.name = QStringLiteral("service-%1.example.org").arg(i, 6, 10, QLatin1Char('0'));
                if (!store.createItem(s, e))
                    return false;
                m_services << s.id;
                if (!s.alsoOn.isEmpty())
                    m_further.insert(s.id, s.alsoOn.first());
            }
            Item direct;
            direct.kind = ItemKind::Service;
            direct.parentId = org.id;
            direct.name = QStringLiteral("status page");
            return store.createItem(direct, e).has_value();
        },
        &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestLazyTree::initTestCase()
{
    m_location = test::scratchInventory(m_dir, QStringLiteral("lazytree"));
    Database db;
    QVERIFY2(db.create(m_location), qPrintable(db.errorString()));
    Store store(db);
    QVERIFY(generate(store));
}

void TestLazyTree::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    QString error;
    QVERIFY2(m_window->openLocation(m_location, &error), qPrintable(error));
    m_window->show();
    QApplication::processEvents();
}

void TestLazyTree::cleanup()
{
    ItemForm::setLargeInventory(50000);
    m_window.reset();
    m_settings.reset();
}

QStringList TestLazyTree::shownUnder(qint64 parentId)
{
    // As a user opens it: the rows above it first.
    tree()->reveal({parentId});
    QModelIndex parent = filter()->mapFromSource(tree()->indexForId(parentId));
    QVector<QPersistentModelIndex> chain;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        chain.prepend(p);
    for (const QPersistentModelIndex &p : std::as_const(chain)) {
        m_window->treeView()->expand(p);
        QApplication::processEvents();
    }
    parent = filter()->mapFromSource(tree()->indexForId(parentId));
    QStringList names;
    for (int row = 0; row < filter()->rowCount(parent); ++row)
        names << filter()->index(row, 0, parent).data().toString();
    return names;
}

int TestLazyTree::loadedServices() const
{
    int n = 0;
    for (qint64 id : m_services)
        n += tree()->indexForId(id).isValid() ? 1 : 0;
    return n;
}

void TestLazyTree::theWindowOpensWithoutReadingServices()
{
    // The organisation, its four providers and the service on it: nothing else is read.
    QCOMPARE(tree()->itemCount(), 1 + 4 + 1);
    QCOMPARE(loadedServices(), 0);
    for (qint64 host : std::as_const(m_hosts))
        QVERIFY(!tree()->indexForId(host).isValid());
    // Each provider says it has rows without having read them, and the counts are the
    // inventory's, not the tree's.
    for (qint64 provider : std::as_const(m_providers)) {
        const QModelIndex index = tree()->indexForId(provider);
        QVERIFY(tree()->hasChildren(index));
        QVERIFY(tree()->canFetchMore(index));
        QCOMPARE(tree()->rowCount(index), 0);
    }
    QCOMPARE(tree()->count(ItemKind::Service), 241);
    QCOMPARE(tree()->count(ItemKind::Host), 21);
}

void TestLazyTree::aBranchIsReadWhenItOpens()
{
    // Provider 3: its five hosts, and the services of its unnamed host in its place.
    const QStringList provider3 = shownUnder(m_providers.at(3));
    QCOMPARE(provider3,
             (QStringList{QStringLiteral("host-03"), QStringLiteral("host-07"), QStringLiteral("host-11"),
                          QStringLiteral("host-15"), QStringLiteral("host-19"),
                          QStringLiteral("service-000007.example.org"), QStringLiteral("service-000067.example.org"),
                          QStringLiteral("service-000127.example.org"), QStringLiteral("service-000187.example.org")}));
    QCOMPARE(loadedServices(), 4); // only those: no host was opened
    // A host: its own services, then the ones it runs as a further host, by name.
    QStringList expected;
    for (int i = 0; i < 240; ++i) {
        const qint64 id = m_services.at(i);
        if ((i % 20 == 3 && i % 60 != 7) || m_further.value(id) == m_hosts.at(3))
            expected << QStringLiteral("service-%1.example.org").arg(i, 6, 10, QLatin1Char('0'));
    }
    expected.sort();
    QCOMPARE(shownUnder(m_hosts.at(3)), expected);
    QVERIFY(!tree()->canFetchMore(tree()->indexForId(m_hosts.at(3))));
}

void TestLazyTree::modelTesterOnRevealedAndFetchedBranches()
{
    // Rows revealed here and there (partial branches), then the tester walks everything,
    // fetching the rest of each branch into the rows already there.
    QVERIFY(tree()->reveal({m_services.at(21), m_services.at(42), m_services.at(7), m_hosts.at(9)}));
    QVERIFY(tree()->indexForId(m_services.at(21)).isValid());
    QCOMPARE(tree()->rowCount(tree()->indexForId(m_services.at(21)).parent()), 1); // its branch not read
    QAbstractItemModelTester tester(tree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(tree()->fetchAll());
    // Every item once in its place, every further place once: nothing doubled by the merge.
    QCOMPARE(tree()->itemCount(), 1 + 4 + 20 + 240 + 1);
    for (auto it = m_further.cbegin(); it != m_further.cend(); ++it)
        QCOMPARE(tree()->indexesForId(it.key()).size(), 2);
    const QModelIndex host = tree()->indexForId(m_hosts.at(1));
    QStringList names;
    for (int row = 0; row < tree()->rowCount(host); ++row)
        names << tree()->index(row, 0, host).data().toString();
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(names, sorted);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    // Edits reach the tester too: a new service in a revealed branch, a rename that moves.
    Item s;
    s.kind = ItemKind::Service;
    s.parentId = m_hosts.at(1);
    s.name = QStringLiteral("aaa-first");
    QVERIFY(m_window->store()->createItem(s, nullptr));
    QCOMPARE(tree()->index(0, 0, host).data().toString(), QStringLiteral("aaa-first"));
    QVERIFY(m_window->store()->deleteItem(s.id, nullptr));
    QVERIFY(!tree()->indexForId(s.id).isValid());
}

void TestLazyTree::selectingItemsInBranchesNeverOpened()
{
    // One item: it becomes current, with the rows above it open.
    const qint64 deep = m_services.at(58);
    m_window->selectItem(deep);
    QCOMPARE(currentId(), deep);
    const QModelIndex current = m_window->treeView()->currentIndex();
    QVERIFY(m_window->treeView()->isExpanded(current.parent()));
    QVERIFY(m_window->treeView()->isExpanded(current.parent().parent()));
    // Its host was opened to show it: every service of it is there, and it is selected.
    QCOMPARE(filter()->rowCount(current.parent()), tree()->rowCount(tree()->indexForId(m_hosts.at(18))));
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>{deep});
    // Many items in branches never opened, under three providers: exactly those, in tree order.
    const QVector<qint64> many = {m_services.at(201), m_services.at(3), m_services.at(122), m_hosts.at(10)};
    m_window->selectItems(many);
    QVector<qint64> selected = m_window->selectedItemIds();
    QCOMPARE(QSet<qint64>(selected.begin(), selected.end()), QSet<qint64>(many.begin(), many.end()));
    // A service on two hosts is selected in both places.
    const qint64 twice = m_further.keys().first();
    m_window->selectItems({twice});
    int selectedPlaces = 0;
    for (const QModelIndex &place : tree()->indexesForId(twice))
        selectedPlaces += m_window->treeView()->selectionModel()->isSelected(filter()->mapFromSource(place)) ? 1 : 0;
    QCOMPARE(tree()->indexesForId(twice).size(), 2);
    QCOMPARE(selectedPlaces, 2);
}

void TestLazyTree::dragAndDropIntoABranchNeverOpened()
{
    // A service shown by selection (its branch read), dropped on a host whose branch was
    // never read: the move is asked for, made, and the host shows it once opened.
    const qint64 service = m_services.at(0); // on host-00
    const qint64 target = m_hosts.at(13);
    m_window->selectItem(service);
    m_window->selectItem(target);
    const QModelIndex targetIndex = filter()->mapFromSource(tree()->indexForId(target));
    QVERIFY(targetIndex.isValid());
    QVERIFY(tree()->canFetchMore(tree()->indexForId(target)));
    QMimeData *data = filter()->mimeData({filter()->mapFromSource(tree()->indexForId(service))});
    QVERIFY(filter()->canDropMimeData(data, Qt::MoveAction, -1, -1, targetIndex));
    QVERIFY(!filter()->dropMimeData(data, Qt::MoveAction, -1, -1, targetIndex)); // the store moves it
    delete data;
    QTRY_COMPARE(test::must(m_window->store()->item(service, test::readError())).parentId, target);
    QVERIFY(!shownUnder(m_hosts.at(0)).contains(QStringLiteral("service-000000.example.org")));
    QCOMPARE(shownUnder(target).count(QStringLiteral("service-000000.example.org")), 1);
    // And back by undo: the host it left shows it again, once.
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QTRY_COMPARE(test::must(m_window->store()->item(service, test::readError())).parentId, m_hosts.at(0));
    QCOMPARE(shownUnder(m_hosts.at(0)).count(QStringLiteral("service-000000.example.org")), 1);
    QCOMPARE(shownUnder(target).count(QStringLiteral("service-000000.example.org")), 0);
}

void TestLazyTree::filterFindsItemsNeverLoaded()
{
    QCOMPARE(loadedServices(), 0);
    m_window->filterEdit()->setText(QStringLiteral("service-00023"));
    QApplication::processEvents();
    // service-000230 .. 239, each in its place under its provider and host, and those of
    // them on a further host there too.
    QCOMPARE(filter()->matchCount(), 10);
    QVERIFY(!filter()->moreMatches());
    for (int i = 230; i < 240; ++i) {
        const qint64 id = m_services.at(i);
        const QModelIndexList places = tree()->indexesForId(id);
        QCOMPARE(places.size(), m_further.contains(id) ? 2 : 1);
        for (const QModelIndex &place : places)
            QVERIFY(filter()->mapFromSource(place).isValid());
    }
    // Nothing else of those hosts: they were not read whole.
    const QModelIndex host = filter()->mapFromSource(tree()->indexForId(m_hosts.at(10)));
    QCOMPARE(filter()->rowCount(host), 1); // service-000230
    QVERIFY(!filter()->canFetchMore(host));
    // Clearing the filter and opening the host: all of its services, none twice.
    m_window->filterEdit()->clear();
    QApplication::processEvents();
    const QStringList all = shownUnder(m_hosts.at(10));
    QCOMPARE(all.size(), tree()->rowCount(tree()->indexForId(m_hosts.at(10))));
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
    QVERIFY(all.size() > 10);
    // Two letters: the names beginning with them.
    m_window->filterEdit()->setText(QStringLiteral("st"));
    QApplication::processEvents();
    QCOMPARE(filter()->matchCount(), 1);
    QVERIFY(filter()->mapFromSource(filter()->mapToSource(filter()->index(0, 0))).isValid());
}

void TestLazyTree::filterCapsWhatItShows()
{
    // More matches than the cap: at most the cap of them, and the filter says there were more.
    Store &store = *m_window->store();
    QString error;
    QVERIFY(store.write(
        [&](QString *e) {
            for (int i = 0; i < TreeFilterModel::MatchCap + 5; ++i) {
                Item s;
                s.kind = ItemKind::Service;
                s.parentId = m_hosts.at(i % 20);
                s.name = QStringLiteral("bulk-%1").arg(i, 5, 10, QLatin1Char('0'));
                if (!store.createItem(s, e))
                    return false;
            }
            return true;
        },
        &error));
    m_window->filterEdit()->setText(QStringLiteral("bulk-"));
    QApplication::processEvents();
    QCOMPARE(filter()->matchCount(), TreeFilterModel::MatchCap);
    QVERIFY(filter()->moreMatches());
    m_window->filterEdit()->setText(QStringLiteral("bulk-0100"));
    QApplication::processEvents();
    QCOMPARE(filter()->matchCount(), 5); // bulk-01000 .. bulk-01004
    QVERIFY(!filter()->moreMatches());
}

void TestLazyTree::searchResultInABranchNeverOpened()
{
    auto *box = m_window->findChild<SearchBox *>(QStringLiteral("searchLineEdit"));
    QVERIFY(box);
    const qint64 id = m_services.at(177);
    QVERIFY(!tree()->indexForId(id).isValid());
    Q_EMIT box->itemActivated(id);
    QApplication::processEvents();
    QCOMPARE(currentId(), id);
    // The unnamed host stands for its services.
    Q_EMIT box->itemActivated(m_unnamed);
    QApplication::processEvents();
    QVector<qint64> selected = m_window->selectedItemIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QVector<qint64>{m_services.at(7), m_services.at(67), m_services.at(127), m_services.at(187)}));
}

void TestLazyTree::editsOfRowsNotLoadedAppearWhenOpened()
{
    // Another connection renames a service whose branch is not read, and adds one: the
    // tree reads nothing for them now, and shows them when the branch opens.
    {
        Database other;
        QVERIFY(other.open(m_location));
        Store theirs(other);
        Item s = test::must(theirs.item(m_services.at(44), test::readError()));
        s.name = QStringLiteral("renamed elsewhere");
        QVERIFY(theirs.updateItem(s, nullptr));
    }
    QTRY_VERIFY_WITH_TIMEOUT(shownUnder(m_hosts.at(4)).contains(QStringLiteral("renamed elsewhere")), 10000);
    QVERIFY(!shownUnder(m_hosts.at(4)).contains(QStringLiteral("service-000044.example.org")));
}

void TestLazyTree::itemFormOnALargeInventory()
{
    // An inventory counted large: the form reads no service, offers the organisation,
    // providers and hosts for completion, and finds a service a link names when typed.
    ItemForm::setLargeInventory(100);
    const Item service = test::must(m_window->store()->item(m_services.at(5), test::readError()));
    ItemForm form(*m_window->store(), service);
    auto *picker = form.findChild<QComboBox *>(QStringLiteral("hostComboBox"));
    QVERIFY(picker);
    QVERIFY(picker->findData(m_hosts.at(19)) >= 0);
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("addLinkButton")), Qt::LeftButton);
    QLineEdit *target = form.findChildren<QLineEdit *>(QStringLiteral("linkTargetLineEdit")).constLast();
    QCOMPARE(target->completer()->model()->rowCount(), 1 + 4 + 21); // no service among them
    QTest::keyClicks(target, QStringLiteral("service-000007.example.org"));
    QCOMPARE(form.problem(QStringLiteral("link0")), QString());
    QCOMPARE(form.linkChanges().added.size(), 1);
    QCOMPARE(form.linkChanges().added.constFirst().toItem, m_services.at(7));
    target->clear();
    QTest::keyClicks(target, QStringLiteral("no such service"));
    QCOMPARE(form.problem(QStringLiteral("link0")), QStringLiteral("Nothing is called \"no such service\"."));
    // An alias another service already has as its name is refused, as on a small one.
    QTest::keyClicks(form.findChild<QPlainTextEdit *>(QStringLiteral("aliasesTextEdit")),
                     QStringLiteral("service-000009.example.org"));
    QVERIFY2(form.problem(QStringLiteral("aliases")).contains(QStringLiteral("is taken")),
             qPrintable(form.problem(QStringLiteral("aliases"))));
}

QTEST_MAIN(TestLazyTree)
#include "tst_lazytree.moc"
