// InventoryTreeModel and TreeFilterModel: the tree's shape and order, its roles, its
// row-by-row updates from the Store's signals, reload(), and the name filter.
// Every test watches its models with a QAbstractItemModelTester.

#include "Database.h"
#include "ExampleInventory.h"
#include "InventoryTreeModel.h"
#include "SearchFold.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

/// The tree as indented "name [kind, status]" lines, through any model's public API.
void dumpInto(const QAbstractItemModel *model, const QModelIndex &parent, int depth, QStringList *out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString kind = keys::itemKind(static_cast<ItemKind>(index.data(InventoryTreeModel::KindRole).toInt()));
        *out << QStringLiteral("%1%2 [%3, %4]")
                    .arg(QString(depth * 2, QLatin1Char(' ')), index.data().toString(), kind,
                         index.data(InventoryTreeModel::StatusRole).toString());
        dumpInto(model, index, depth + 1, out);
    }
}

QStringList dump(const QAbstractItemModel *model)
{
    QStringList out;
    dumpInto(model, {}, 0, &out);
    return out;
}

/// Just the names, indented.
QStringList names(const QAbstractItemModel *model)
{
    QStringList out;
    for (const QString &l : dump(model))
        out << l.left(l.indexOf(QStringLiteral(" [")));
    return out;
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row)
        out << model->index(row, 0, parent).data().toString();
    return out;
}

int countAll(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int row = 0; row < model->rowCount(parent); ++row)
        n += 1 + countAll(model, model->index(row, 0, parent));
    return n;
}

} // namespace

class TestTreeModel final : public QObject
{
    Q_OBJECT

private:
    qint64 itemId(const QString &name);
    QModelIndex indexOf(const QString &name);
    /// What a freshly loaded model shows for the same file: the incremental updates must match it.
    QStringList freshDump();
    /// Every matching item is shown, with its ancestors; nothing else is.
    void verifyFilter(TreeFilterModel &filter, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryTreeModel> m_model;

private Q_SLOTS:
    void init();
    void cleanup();

    void structure();
    void childrenAreOrderedByKindThenName();
    void roles();
    void headersAndColumns();
    void indexForIdRoundTrips();
    void createInsertsOneRowInPlace();
    void renameThatReordersMovesTheRow();
    void renameInPlaceOnlyChangesData();
    void statusChange();
    void moveToAnotherParent();
    void moveAHostWithItsServices();
    void unnamedHostsAreNotRows();
    void dragAndDropAsksToMove();
    void deleteRemovesTheSubtree();
    void batchArrivesAfterCommitAndRollbackShowsNothing();
    void manyChangesMatchAFreshLoad();
    void reloadPicksUpChangesFromElsewhere();
    void reloadOnAnEmptyInventory();
    void serviceShownUnderEveryHost();
    void furtherPlacesFollowDeletions();
    void furtherPlacesFromElsewhereOnReload();
    void hostWithoutProviderSitsUnderTheOrganisation();
    void statusCategories();

    void emptyFilterShowsEverything();
    void filterKeepsAncestorsOfMatches();
    void filterIsCaseInsensitive_data();
    void filterIsCaseInsensitive();
    void filterWithoutMatchesIsEmpty();
    void filterFollowsSourceChanges();
    void filterSurvivesReload();
    void filterShowsEveryPlace();
    void filterByTag();
    void filterByTagFollowsChanges();
    void filterTermsParse_data();
    void filterTermsParse();
};

void TestTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("psf"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    m_model = std::make_unique<InventoryTreeModel>(*m_store);
}

void TestTreeModel::cleanup()
{
    m_model.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestTreeModel::itemId(const QString &name)
{
    const QVector<Item> found = test::must(m_store->findItemsByName(name, test::readError()));
    return found.size() == 1 ? found.first().id : 0;
}

QModelIndex TestTreeModel::indexOf(const QString &name)
{
    return m_model->indexForId(itemId(name));
}

QStringList TestTreeModel::freshDump()
{
    InventoryTreeModel fresh(*m_store);
    QAbstractItemModelTester tester(&fresh, kTesterMode);
    if (!fresh.reload())
        return {QStringLiteral("reload failed: ") + fresh.errorString()};
    return dump(&fresh);
}

void TestTreeModel::verifyFilter(TreeFilterModel &filter, const QString &text)
{
    const QString needle = text.trimmed();
    // One or two characters find names beginning with them; more, names containing them.
    const bool prefix = searchfold::indexFold(needle).size() < 3;
    QStringList problems;
    int expectedVisible = 0;
    // Walk the source: an item is shown iff it or a descendant matches.
    std::function<bool(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        bool any = false;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            const bool self = prefix ? m_model->nameAt(index).startsWith(needle, Qt::CaseInsensitive)
                                     : m_model->nameAt(index).contains(needle, Qt::CaseInsensitive);
            const bool below = walk(index);
            const bool visible = self || below;
            const QModelIndex mapped = filter.mapFromSource(index);
            if (mapped.isValid() != visible)
                problems << QStringLiteral("\"%1\" should %2be shown")
                                .arg(m_model->nameAt(index), visible ? QString() : QStringLiteral("not "));
            else if (visible && mapped.data().toString() != m_model->nameAt(index))
                problems << QStringLiteral("\"%1\" is shown as \"%2\"")
                                .arg(m_model->nameAt(index), mapped.data().toString());
            if (visible)
                ++expectedVisible;
            any = any || visible;
        }
        return any;
    };
    walk({});
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("filter \"%1\": ").arg(text) + problems.join(QStringLiteral("; "))));
    QCOMPARE(countAll(&filter), expectedVisible);
}

// ---------------------------------------------------------------- the tree

void TestTreeModel::structure()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY2(m_model->reload(), qPrintable(m_model->errorString()));
    QCOMPARE(reset.count(), 1);
    // The nine unnamed hosts ("a Rackspace VM") are not rows: their services sit
    // under the provider.
    QCOMPARE(m_model->itemCount(), 1 + 7 + 3 + 15);
    QCOMPARE(m_model->count(ItemKind::Host), 12);

    const QStringList expected = {
        QStringLiteral("Python Software Foundation [organisation, active]"),
        QStringLiteral("  Dyn [provider, active]"),
        QStringLiteral("  Fastly [provider, active]"),
        QStringLiteral("  Gandi [provider, active]"),
        QStringLiteral("  OSUOSL [provider, active]"),
        QStringLiteral("    hg.python.org [service, active]"),
        QStringLiteral("    PyCon website [service, active]"),
        QStringLiteral("    PyPy website [service, active]"),
        QStringLiteral("    wiki.python.org [service, active]"),
        QStringLiteral("    www.python.org [service, active]"),
        QStringLiteral("  Rackspace [provider, active]"),
        QStringLiteral("    docs.python.org [service, active]"),
        QStringLiteral("    PyPI [service, active]"),
        QStringLiteral("    Python downloads [service, active]"),
        QStringLiteral("    www.jython.org [service, active]"),
        QStringLiteral("  Upfront Systems [provider, active]"),
        QStringLiteral("    bugs.python.org [service, active]"),
        QStringLiteral("  XS4ALL [provider, active]"),
        QStringLiteral("    albatross [host, active]"),
        QStringLiteral("      mail.python.org [service, active]"),
        QStringLiteral("    dinsdale [host, active]"),
        QStringLiteral("      legacy.python.org [service, legacy]"),
        QStringLiteral("      planet.python.org [service, needs-move]"),
        QStringLiteral("    ximinez [host, unreachable]"),
        QStringLiteral("  Buildbot [service, active]"),
        QStringLiteral("  staging.python.org [service, staging]"),
    };
    QCOMPARE(dump(m_model.get()), expected);
}

void TestTreeModel::childrenAreOrderedByKindThenName()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    // Add items whose names would sort differently by case or by kind.
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    for (const auto &spec : {qMakePair(ItemKind::Service, QStringLiteral("aaa first service")),
                             qMakePair(ItemKind::Provider, QStringLiteral("zzz last provider")),
                             qMakePair(ItemKind::Provider, QStringLiteral("akamai")),
                             qMakePair(ItemKind::Service, QStringLiteral("ZZZ upper service"))}) {
        Item item;
        item.kind = spec.first;
        item.name = spec.second;
        item.parentId = org;
        QVERIFY(m_store->createItem(item, nullptr));
    }
    QCOMPARE(
        childNames(m_model.get(), m_model->index(0, 0)),
        (QStringList{QStringLiteral("akamai"), QStringLiteral("Dyn"), QStringLiteral("Fastly"), QStringLiteral("Gandi"),
                     QStringLiteral("OSUOSL"), QStringLiteral("Rackspace"), QStringLiteral("Upfront Systems"),
                     QStringLiteral("XS4ALL"), QStringLiteral("zzz last provider"), QStringLiteral("aaa first service"),
                     QStringLiteral("Buildbot"), QStringLiteral("staging.python.org"),
                     QStringLiteral("ZZZ upper service")}));

    // The same rule everywhere in the tree.
    std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
        for (int row = 1; row < m_model->rowCount(parent); ++row) {
            const QModelIndex a = m_model->index(row - 1, 0, parent);
            const QModelIndex b = m_model->index(row, 0, parent);
            const int ka = a.data(InventoryTreeModel::KindRole).toInt(),
                      kb = b.data(InventoryTreeModel::KindRole).toInt();
            QVERIFY(ka <= kb);
            if (ka == kb)
                QVERIFY2(a.data().toString().compare(b.data().toString(), Qt::CaseInsensitive) <= 0,
                         qPrintable(a.data().toString() + QStringLiteral(" / ") + b.data().toString()));
        }
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            check(m_model->index(row, 0, parent));
    };
    check({});
}

void TestTreeModel::roles()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    const QModelIndex planet = indexOf(QStringLiteral("planet.python.org"));
    QVERIFY(planet.isValid());
    QCOMPARE(planet.data(Qt::DisplayRole).toString(), QStringLiteral("planet.python.org"));
    QCOMPARE(planet.data(InventoryTreeModel::IdRole).toLongLong(), itemId(QStringLiteral("planet.python.org")));
    QCOMPARE(planet.data(InventoryTreeModel::KindRole).toInt(), static_cast<int>(ItemKind::Service));
    QCOMPARE(planet.data(InventoryTreeModel::StatusRole).toString(), QStringLiteral("needs-move"));
    QVERIFY(planet.data(Qt::ToolTipRole).toString().contains(QStringLiteral("planet.python.org")));
    const QModelIndex status = planet.siblingAtColumn(InventoryTreeModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("needs to be moved"));
    QCOMPARE(status.data(InventoryTreeModel::IdRole), planet.data(InventoryTreeModel::IdRole));

    const QModelIndex ximinez = indexOf(QStringLiteral("ximinez"));
    QCOMPARE(ximinez.data(InventoryTreeModel::KindRole).toInt(), static_cast<int>(ItemKind::Host));
    QCOMPARE(ximinez.data(InventoryTreeModel::StatusRole).toString(), QStringLiteral("unreachable"));
    QCOMPARE(ximinez.siblingAtColumn(InventoryTreeModel::StatusColumn).data().toString(),
             QStringLiteral("unreachable"));
    QCOMPARE(indexOf(QStringLiteral("Fastly")).data(InventoryTreeModel::KindRole).toInt(),
             static_cast<int>(ItemKind::Provider));
    QCOMPARE(m_model->index(0, 0).data(InventoryTreeModel::KindRole).toInt(), static_cast<int>(ItemKind::Organisation));
    QCOMPARE(indexOf(QStringLiteral("legacy.python.org")).data(InventoryTreeModel::StatusRole).toString(),
             QStringLiteral("legacy"));
    QCOMPARE(indexOf(QStringLiteral("staging.python.org")).data(InventoryTreeModel::StatusRole).toString(),
             QStringLiteral("staging"));

    const QHash<int, QByteArray> roleNames = m_model->roleNames();
    QCOMPARE(roleNames.value(InventoryTreeModel::IdRole), QByteArray("itemId"));
    QCOMPARE(roleNames.value(InventoryTreeModel::KindRole), QByteArray("kind"));
    QCOMPARE(roleNames.value(InventoryTreeModel::StatusRole), QByteArray("status"));
    QCOMPARE(roleNames.value(Qt::DisplayRole), QByteArray("display"));
}

void TestTreeModel::headersAndColumns()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->columnCount(), static_cast<int>(InventoryTreeModel::ColumnCount));
    QCOMPARE(m_model->headerData(InventoryTreeModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(InventoryTreeModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    // Only the first column has children.
    const QModelIndex org = m_model->index(0, 0);
    QVERIFY(m_model->rowCount(org) > 0);
    QCOMPARE(m_model->rowCount(org.siblingAtColumn(InventoryTreeModel::StatusColumn)), 0);
    QVERIFY(!m_model->index(0, InventoryTreeModel::ColumnCount).isValid());
    QVERIFY(!m_model->index(1, 0).isValid());
}

void TestTreeModel::indexForIdRoundTrips()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QVector<TreeRow> rows = test::must(m_store->treeRows(test::readError()));
    const QSet<qint64> unnamed = test::must(m_store->unnamedHosts(test::readError()));
    QCOMPARE(unnamed.size(), 9);
    // A service on an unnamed host is shown under that host's provider.
    QHash<qint64, qint64> providerOf;
    for (const TreeRow &row : std::as_const(rows)) {
        if (unnamed.contains(row.id))
            providerOf.insert(row.id, row.parentId);
    }
    for (TreeRow &row : rows)
        row.parentId = providerOf.value(row.parentId, row.parentId);
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const TreeRow &r) { return unnamed.contains(r.id); }),
               rows.end());
    for (qint64 id : unnamed)
        QVERIFY(!m_model->indexForId(id).isValid());
    QCOMPARE(rows.size(), m_model->itemCount());
    for (const TreeRow &row : rows) {
        const QModelIndex index = m_model->indexForId(row.id);
        QVERIFY(index.isValid());
        QCOMPARE(m_model->idAt(index), row.id);
        QCOMPARE(m_model->nameAt(index), row.name);
        QCOMPARE(m_model->idAt(index.parent()), row.parentId);
        QCOMPARE(m_model->indexForId(row.id, InventoryTreeModel::StatusColumn).column(),
                 static_cast<int>(InventoryTreeModel::StatusColumn));
    }
    QVERIFY(!m_model->indexForId(987654).isValid());
    QCOMPARE(m_model->idAt({}), 0);
}

// ---------------------------------------------------------------- updates

void TestTreeModel::createInsertsOneRowInPlace()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int before = m_model->itemCount();

    Item service;
    service.kind = ItemKind::Service;
    service.name = QStringLiteral("lists.python.org");
    service.parentId = itemId(QStringLiteral("albatross"));
    QVERIFY(m_store->createItem(service, nullptr));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), indexOf(QStringLiteral("albatross")));
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(childNames(m_model.get(), indexOf(QStringLiteral("albatross"))),
             (QStringList{QStringLiteral("lists.python.org"), QStringLiteral("mail.python.org")}));
    QCOMPARE(m_model->itemCount(), before + 1);
    QCOMPARE(m_model->idAt(m_model->indexForId(service.id)), service.id);

    Item provider;
    provider.kind = ItemKind::Provider;
    provider.name = QStringLiteral("Linode");
    provider.parentId = test::must(m_store->organisationId(test::readError()));
    QVERIFY(m_store->createItem(provider, nullptr));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 3); // after Gandi, before OSUOSL
    QCOMPARE(reset.count(), 0);
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::renameThatReordersMovesTheRow()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const QPersistentModelIndex legacy = indexOf(QStringLiteral("legacy.python.org"));
    QCOMPARE(legacy.row(), 0);
    Item item = test::must(m_store->item(itemId(QStringLiteral("legacy.python.org")), test::readError()));
    item.name = QStringLiteral("www-old.python.org");
    QVERIFY(m_store->updateItem(item, nullptr));
    QCOMPARE(moved.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(legacy.isValid());
    QCOMPARE(legacy.row(), 1);
    QCOMPARE(legacy.data().toString(), QStringLiteral("www-old.python.org"));
    QCOMPARE(childNames(m_model.get(), indexOf(QStringLiteral("dinsdale"))),
             (QStringList{QStringLiteral("planet.python.org"), QStringLiteral("www-old.python.org")}));

    // Across many rows, both ways: Dyn to the end of the providers, then back to the front.
    const QPersistentModelIndex dyn = indexOf(QStringLiteral("Dyn"));
    Item p = test::must(m_store->item(itemId(QStringLiteral("Dyn")), test::readError()));
    p.name = QStringLiteral("Zayo DNS");
    QVERIFY(m_store->updateItem(p, nullptr));
    QCOMPARE(dyn.row(), 6);
    QCOMPARE(dyn.data().toString(), QStringLiteral("Zayo DNS"));
    p.name = QStringLiteral("aDyn");
    QVERIFY(m_store->updateItem(p, nullptr));
    QCOMPARE(dyn.row(), 0);
    // Rows that keep their place but gain a neighbour's row number.
    p.name = QStringLiteral("Gandi2");
    QVERIFY(m_store->updateItem(p, nullptr));
    QCOMPARE(dyn.row(), 2);
    QCOMPARE(childNames(m_model.get(), m_model->index(0, 0)).mid(0, 4),
             (QStringList{QStringLiteral("Fastly"), QStringLiteral("Gandi"), QStringLiteral("Gandi2"),
                          QStringLiteral("OSUOSL")}));
    QCOMPARE(moved.count(), 4);
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::renameInPlaceOnlyChangesData()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

    const QPersistentModelIndex planet = indexOf(QStringLiteral("planet.python.org"));
    Item item = test::must(m_store->item(itemId(QStringLiteral("planet.python.org")), test::readError()));
    item.name = QStringLiteral("Planet Python");
    QVERIFY(m_store->updateItem(item, nullptr));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), QModelIndex(planet));
    QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), static_cast<int>(InventoryTreeModel::StatusColumn));
    QCOMPARE(planet.row(), 1);
    QCOMPARE(planet.data().toString(), QStringLiteral("Planet Python"));
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::statusChange()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Item item = test::must(m_store->item(itemId(QStringLiteral("ximinez")), test::readError()));
    item.status = QStringLiteral("retired");
    QVERIFY(m_store->updateItem(item, nullptr));
    QCOMPARE(changed.count(), 1);
    const QModelIndex ximinez = indexOf(QStringLiteral("ximinez"));
    QCOMPARE(ximinez.data(InventoryTreeModel::StatusRole).toString(), QStringLiteral("retired"));
    QCOMPARE(ximinez.siblingAtColumn(InventoryTreeModel::StatusColumn).data().toString(), QStringLiteral("retired"));
    // A status Steward does not know is shown as it is.
    item.status = QStringLiteral("on fire");
    QVERIFY(m_store->updateItem(item, nullptr));
    QCOMPARE(ximinez.siblingAtColumn(InventoryTreeModel::StatusColumn).data().toString(), QStringLiteral("on fire"));
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::moveToAnotherParent()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    const QPersistentModelIndex planet = indexOf(QStringLiteral("planet.python.org"));
    const QPersistentModelIndex dinsdale = indexOf(QStringLiteral("dinsdale"));
    const QPersistentModelIndex albatross = indexOf(QStringLiteral("albatross"));

    // planet.python.org "needs to be moved": off dinsdale, onto albatross.
    Item item = test::must(m_store->item(itemId(QStringLiteral("planet.python.org")), test::readError()));
    item.parentId = itemId(QStringLiteral("albatross"));
    item.status = QStringLiteral("active");
    QVERIFY(m_store->updateItem(item, nullptr));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(0).value<QModelIndex>(), QModelIndex(dinsdale));
    QCOMPARE(moved.first().at(3).value<QModelIndex>(), QModelIndex(albatross));
    QVERIFY(planet.isValid());
    QCOMPARE(QModelIndex(planet.parent()), QModelIndex(albatross));
    QCOMPARE(planet.row(), 1);
    QCOMPARE(planet.data(InventoryTreeModel::StatusRole).toString(), QStringLiteral("active"));
    QCOMPARE(childNames(m_model.get(), dinsdale), QStringList{QStringLiteral("legacy.python.org")});
    QCOMPARE(childNames(m_model.get(), albatross),
             (QStringList{QStringLiteral("mail.python.org"), QStringLiteral("planet.python.org")}));

    // And up to the organisation, where it sorts among the services.
    item.parentId = test::must(m_store->organisationId(test::readError()));
    QVERIFY(m_store->updateItem(item, nullptr));
    QCOMPARE(QModelIndex(planet.parent()), m_model->index(0, 0));
    QCOMPARE(childNames(m_model.get(), m_model->index(0, 0)).mid(7),
             (QStringList{QStringLiteral("Buildbot"), QStringLiteral("planet.python.org"),
                          QStringLiteral("staging.python.org")}));
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::unnamedHostsAreNotRows()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QCOMPARE(indexOf(QStringLiteral("docs.python.org")).parent().data().toString(), QStringLiteral("Rackspace"));
    QVERIFY(!indexOf(QStringLiteral("Rackspace VM for docs.python.org")).isValid());

    // Naming the VM makes it a host row with its service under it.
    Item vm = test::must(m_store->item(itemId(QStringLiteral("Rackspace VM for docs.python.org")), test::readError()));
    vm.name = QStringLiteral("docs-vm");
    vm.hostname = QStringLiteral("docs-vm.python.org");
    QVERIFY(m_store->updateItem(vm, nullptr));
    QCOMPARE(indexOf(QStringLiteral("docs.python.org")).parent().data().toString(), QStringLiteral("docs-vm"));
    QCOMPARE(indexOf(QStringLiteral("docs-vm")).parent().data().toString(), QStringLiteral("Rackspace"));
    QCOMPARE(dump(m_model.get()), freshDump());

    // A new unnamed host adds no row; its service appears under the provider.
    Item host;
    host.kind = ItemKind::Host;
    host.name = QStringLiteral("an OSUOSL VM");
    host.parentId = itemId(QStringLiteral("OSUOSL"));
    QVERIFY(m_store->createItem(host, nullptr));
    QVERIFY(!m_model->indexForId(host.id).isValid());
    Item speed;
    speed.kind = ItemKind::Service;
    speed.name = QStringLiteral("speed.python.org");
    speed.parentId = host.id;
    QVERIFY(m_store->createItem(speed, nullptr));
    QCOMPARE(indexOf(QStringLiteral("speed.python.org")).parent().data().toString(), QStringLiteral("OSUOSL"));
    QCOMPARE(m_model->count(ItemKind::Host), 13);
    QCOMPARE(dump(m_model.get()), freshDump());

    // Deleting an unnamed host takes its services off the tree.
    QVERIFY(m_store->deleteItem(itemId(QStringLiteral("OSUOSL VM for wiki.python.org")), nullptr));
    QVERIFY(!indexOf(QStringLiteral("wiki.python.org")).isValid());
    QCOMPARE(m_model->count(ItemKind::Host), 12);
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::dragAndDropAsksToMove()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    const QModelIndex planet = indexOf(QStringLiteral("planet.python.org"));
    const QModelIndex albatross = indexOf(QStringLiteral("albatross"));
    const QModelIndex osuosl = indexOf(QStringLiteral("OSUOSL"));
    const QModelIndex org = m_model->index(0, 0);
    QVERIFY(m_model->flags(planet) & Qt::ItemIsDragEnabled);
    QVERIFY(!(m_model->flags(planet) & Qt::ItemIsDropEnabled));
    QVERIFY(!(m_model->flags(osuosl) & Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> service(m_model->mimeData({planet}));
    std::unique_ptr<QMimeData> host(m_model->mimeData({albatross}));
    // A service goes on a host, a provider or the organisation; a host only on a provider.
    QVERIFY(m_model->canDropMimeData(service.get(), Qt::MoveAction, -1, -1, albatross));
    QVERIFY(m_model->canDropMimeData(service.get(), Qt::MoveAction, -1, -1, osuosl));
    QVERIFY(m_model->canDropMimeData(service.get(), Qt::MoveAction, -1, -1, org));
    QVERIFY(!m_model->canDropMimeData(service.get(), Qt::MoveAction, -1, -1, indexOf(QStringLiteral("PyPI"))));
    QVERIFY(m_model->canDropMimeData(host.get(), Qt::MoveAction, -1, -1, osuosl));
    QVERIFY(!m_model->canDropMimeData(host.get(), Qt::MoveAction, -1, -1, org));
    QVERIFY(!m_model->canDropMimeData(host.get(), Qt::CopyAction, -1, -1, osuosl));

    // Dropping changes nothing itself: it asks.
    QSignalSpy asked(m_model.get(), &InventoryTreeModel::moveRequested);
    const QStringList before = dump(m_model.get());
    QVERIFY(!m_model->dropMimeData(service.get(), Qt::MoveAction, -1, -1, albatross));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).value<QVector<qint64>>(), (QVector<qint64>{m_model->idAt(planet)}));
    QCOMPARE(asked.first().at(1).toLongLong(), m_model->idAt(albatross));
    QCOMPARE(dump(m_model.get()), before);
}

void TestTreeModel::moveAHostWithItsServices()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    const QPersistentModelIndex legacy = indexOf(QStringLiteral("legacy.python.org"));
    Item dinsdale = test::must(m_store->item(itemId(QStringLiteral("dinsdale")), test::readError()));
    dinsdale.parentId = itemId(QStringLiteral("Rackspace"));
    QVERIFY(m_store->updateItem(dinsdale, nullptr));
    QVERIFY(legacy.isValid());
    QCOMPARE(legacy.parent().data().toString(), QStringLiteral("dinsdale"));
    QCOMPARE(legacy.parent().parent().data().toString(), QStringLiteral("Rackspace"));
    QCOMPARE(childNames(m_model.get(), indexOf(QStringLiteral("Rackspace"))),
             (QStringList{QStringLiteral("dinsdale"), QStringLiteral("docs.python.org"), QStringLiteral("PyPI"),
                          QStringLiteral("Python downloads"), QStringLiteral("www.jython.org")}));
    QCOMPARE(childNames(m_model.get(), indexOf(QStringLiteral("XS4ALL"))),
             (QStringList{QStringLiteral("albatross"), QStringLiteral("ximinez")}));
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::deleteRemovesTheSubtree()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const int before = m_model->itemCount();
    const qint64 dinsdale = itemId(QStringLiteral("dinsdale"));
    const qint64 planet = itemId(QStringLiteral("planet.python.org"));
    const QPersistentModelIndex ximinez = indexOf(QStringLiteral("ximinez"));
    QCOMPARE(ximinez.row(), 2);

    QVERIFY(m_store->deleteItem(dinsdale, nullptr));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<QModelIndex>(), indexOf(QStringLiteral("XS4ALL")));
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(m_model->itemCount(), before - 3);
    QVERIFY(!m_model->indexForId(dinsdale).isValid());
    QVERIFY(!m_model->indexForId(planet).isValid());
    QCOMPARE(ximinez.row(), 1);

    QVERIFY(m_store->deleteItem(itemId(QStringLiteral("PyPI")), nullptr));
    QCOMPARE(m_model->itemCount(), before - 4);
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::batchArrivesAfterCommitAndRollbackShowsNothing()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QStringList before = dump(m_model.get());

    // Rolled back: the model never hears of it.
    QString error;
    QVERIFY(!m_store->write(
        [&](QString *err) {
            Item p;
            p.kind = ItemKind::Provider;
            p.name = QStringLiteral("Hetzner");
            p.parentId = test::must(m_store->organisationId(test::readError()));
            if (!m_store->createItem(p, err))
                return false;
            return m_store->deleteItem(itemId(QStringLiteral("Dyn")), err) && false;
        },
        &error));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(dump(m_model.get()), before);

    // Committed: provider, host and service arrive in order, each under its parent.
    QVERIFY2(m_store->write(
                 [&](QString *err) {
                     Item p;
                     p.kind = ItemKind::Provider;
                     p.name = QStringLiteral("Hetzner");
                     p.parentId = test::must(m_store->organisationId(test::readError()));
                     if (!m_store->createItem(p, err))
                         return false;
                     Item h;
                     h.kind = ItemKind::Host;
                     h.name = QStringLiteral("box");
                     h.hostname = QStringLiteral("box.hetzner.example");
                     h.parentId = p.id;
                     if (!m_store->createItem(h, err))
                         return false;
                     Item s;
                     s.kind = ItemKind::Service;
                     s.name = QStringLiteral("speed.python.org");
                     s.parentId = h.id;
                     return m_store->createItem(s, err).has_value();
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(indexOf(QStringLiteral("speed.python.org")).parent().parent().data().toString(),
             QStringLiteral("Hetzner"));
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::manyChangesMatchAFreshLoad()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    // A fixed sequence of creates, renames, moves and deletes over the whole tree.
    const QVector<TreeRow> rows = test::must(m_store->treeRows(test::readError()));
    QVector<qint64> hosts, providers;
    for (const TreeRow &r : rows) {
        if (r.kind == ItemKind::Host)
            hosts << r.id;
        else if (r.kind == ItemKind::Provider)
            providers << r.id;
    }
    quint32 seed = 20240611;
    const auto next = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<int>((seed >> 8) % static_cast<quint32>(bound));
    };
    QVector<qint64> created;
    for (int step = 0; step < 60; ++step) {
        QString error;
        switch (next(4)) {
        case 0: {
            Item s;
            s.kind = ItemKind::Service;
            s.name = QStringLiteral("svc %1").arg(next(1000));
            s.parentId = hosts.at(next(static_cast<int>(hosts.size())));
            QVERIFY2(m_store->createItem(s, &error), qPrintable(error));
            created << s.id;
            break;
        }
        case 1:
        case 2: {
            if (created.isEmpty())
                break;
            Item s = test::must(m_store->item(created.at(next(static_cast<int>(created.size()))), test::readError()));
            s.name =
                QStringLiteral("%1 %2").arg(next(2) ? QStringLiteral("Svc") : QStringLiteral("app")).arg(next(1000));
            if (next(2))
                s.parentId = next(2) ? hosts.at(next(static_cast<int>(hosts.size())))
                                     : providers.at(next(static_cast<int>(providers.size())));
            QVERIFY2(m_store->updateItem(s, &error), qPrintable(error));
            break;
        }
        case 3: {
            if (created.isEmpty())
                break;
            const int i = next(static_cast<int>(created.size()));
            QVERIFY2(m_store->deleteItem(created.at(i), &error), qPrintable(error));
            created.remove(i);
            break;
        }
        }
    }
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::reloadPicksUpChangesFromElsewhere()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    const QStringList before = dump(m_model.get());
    {
        // Another Steward (another connection to the file) changes it; no signal reaches us.
        Database other;
        QVERIFY2(other.open(m_db->path()), qPrintable(other.errorString()));
        Store otherStore(other);
        QVERIFY(otherStore.deleteItem(
            test::must(otherStore.findItemsByName(QStringLiteral("ximinez"), test::readError())).first().id, nullptr));
        Item s;
        s.kind = ItemKind::Service;
        s.name = QStringLiteral("speed.python.org");
        s.parentId = test::must(otherStore.findItemsByName(QStringLiteral("OSUOSL"), test::readError())).first().id;
        QVERIFY(otherStore.createItem(s, nullptr));
    }
    QCOMPARE(dump(m_model.get()), before);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY2(m_model->reload(), qPrintable(m_model->errorString()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(dump(m_model.get()), freshDump());
    QVERIFY(!indexOf(QStringLiteral("ximinez")).isValid());
    QCOMPARE(indexOf(QStringLiteral("speed.python.org")).parent().data().toString(), QStringLiteral("OSUOSL"));
    QCOMPARE(m_model->itemCount(), 26);
    // Reloading again changes nothing.
    QVERIFY(m_model->reload());
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::reloadOnAnEmptyInventory()
{
    Database db;
    QVERIFY(db.create(test::scratchInventory(*m_dir, QStringLiteral("empty"))));
    Store store(db);
    InventoryTreeModel model(store);
    QAbstractItemModelTester tester(&model, kTesterMode);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.itemCount(), 0);
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = QStringLiteral("Acme");
    QVERIFY(store.createItem(org, nullptr));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Acme"));
}

/// The parents of every place @p index's item is shown in, first place first.
static QStringList placesOf(const InventoryTreeModel &model, qint64 id)
{
    QStringList parents;
    for (const QModelIndex &index : model.indexesForId(id)) {
        if (model.idAt(index) != id || index.data().toString() != model.nameAt(model.indexForId(id)))
            return {QStringLiteral("a place that is not the item")};
        parents << index.parent().data().toString();
    }
    return parents;
}

void TestTreeModel::serviceShownUnderEveryHost()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    QVERIFY(!m_model->hasFurtherPlaces());
    const qint64 albatross = itemId(QStringLiteral("albatross"));
    const qint64 dinsdale = itemId(QStringLiteral("dinsdale"));
    const qint64 ximinez = itemId(QStringLiteral("ximinez"));
    const qint64 mailId = itemId(QStringLiteral("mail.python.org"));
    const auto reread = [&](qint64 id) { return test::must(m_store->item(id, test::readError())); };
    QString error;

    // Further hosts: one row under each, in the hosts' order of children.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    Item mail = reread(mailId);
    mail.alsoOn = {dinsdale, ximinez};
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCOMPARE(inserted.count(), 2);
    QVERIFY(m_model->hasFurtherPlaces());
    QCOMPARE(placesOf(*m_model, mailId),
             (QStringList{QStringLiteral("albatross"), QStringLiteral("dinsdale"), QStringLiteral("ximinez")}));
    QCOMPARE(m_model->indexesForId(mailId).first(), m_model->indexForId(mailId));
    QCOMPARE(childNames(m_model.get(), m_model->indexForId(dinsdale)),
             (QStringList{QStringLiteral("legacy.python.org"), QStringLiteral("mail.python.org"),
                          QStringLiteral("planet.python.org")}));
    // Still one item: counted once, the same roles wherever it is.
    QCOMPARE(m_model->itemCount(), 1 + 7 + 3 + 15);
    QCOMPARE(m_model->count(ItemKind::Service), 15);
    for (const QModelIndex &place : m_model->indexesForId(mailId)) {
        QCOMPARE(place.data(InventoryTreeModel::IdRole).toLongLong(), mailId);
        QCOMPARE(place.data(InventoryTreeModel::KindRole).toInt(), static_cast<int>(ItemKind::Service));
        QCOMPARE(m_model->indexForId(m_model->idAt(place)), m_model->indexForId(mailId));
    }
    QCOMPARE(dump(m_model.get()), freshDump());

    // Renamed: every place takes the name and moves to its place in the order.
    mail = reread(mailId);
    mail.name = QStringLiteral("a-mail.python.org");
    mail.status = QStringLiteral("legacy");
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCOMPARE(childNames(m_model.get(), m_model->indexForId(dinsdale)).first(), QStringLiteral("a-mail.python.org"));
    for (const QModelIndex &place : m_model->indexesForId(mailId))
        QCOMPARE(place.data(InventoryTreeModel::StatusRole).toString(), QStringLiteral("legacy"));
    QCOMPARE(dump(m_model.get()), freshDump());

    // Fewer hosts: the place goes.
    mail = reread(mailId);
    mail.alsoOn = {ximinez};
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, mailId), (QStringList{QStringLiteral("albatross"), QStringLiteral("ximinez")}));
    QCOMPARE(dump(m_model.get()), freshDump());

    // The first host and a further one change places.
    mail = reread(mailId);
    mail.parentId = ximinez;
    mail.alsoOn = {albatross, dinsdale};
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, mailId),
             (QStringList{QStringLiteral("ximinez"), QStringLiteral("albatross"), QStringLiteral("dinsdale")}));
    QCOMPARE(dump(m_model.get()), freshDump());

    // A further host without a name: shown under its provider, as its services are.
    const qint64 vm = itemId(QStringLiteral("Rackspace VM for docs.python.org"));
    mail = reread(mailId);
    mail.alsoOn = {vm};
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, mailId), (QStringList{QStringLiteral("ximinez"), QStringLiteral("Rackspace")}));
    QCOMPARE(dump(m_model.get()), freshDump());

    // None left: one row again.
    mail = reread(mailId);
    mail.alsoOn.clear();
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, mailId), QStringList{QStringLiteral("ximinez")});
    QVERIFY(!m_model->hasFurtherPlaces());
    QCOMPARE(dump(m_model.get()), freshDump());

    // Created on several hosts at once.
    Item lb;
    lb.kind = ItemKind::Service;
    lb.name = QStringLiteral("balanced.python.org");
    lb.parentId = albatross;
    lb.alsoOn = {dinsdale};
    QVERIFY2(m_store->createItem(lb, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, lb.id), (QStringList{QStringLiteral("albatross"), QStringLiteral("dinsdale")}));
    QCOMPARE(dump(m_model.get()), freshDump());

    // Dragging it from both places at once asks to move it once.
    std::unique_ptr<QMimeData> dragged(m_model->mimeData(m_model->indexesForId(lb.id)));
    QSignalSpy asked(m_model.get(), &InventoryTreeModel::moveRequested);
    QVERIFY(!m_model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, m_model->indexForId(ximinez)));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).value<QVector<qint64>>(), QVector<qint64>{lb.id});
}

void TestTreeModel::furtherPlacesFollowDeletions()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    const qint64 albatross = itemId(QStringLiteral("albatross"));
    const qint64 dinsdale = itemId(QStringLiteral("dinsdale"));
    const qint64 ximinez = itemId(QStringLiteral("ximinez"));
    QString error;
    Item mail = test::must(m_store->item(itemId(QStringLiteral("mail.python.org")), test::readError()));
    mail.alsoOn = {dinsdale, ximinez};
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    Item planet = test::must(m_store->item(itemId(QStringLiteral("planet.python.org")), test::readError()));
    planet.alsoOn = {albatross};
    QVERIFY2(m_store->updateItem(planet, &error), qPrintable(error));
    QCOMPARE(dump(m_model.get()), freshDump());

    // A further host deleted: the service stays on the others.
    QVERIFY2(m_store->deleteItem(ximinez, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, mail.id), (QStringList{QStringLiteral("albatross"), QStringLiteral("dinsdale")}));
    QCOMPARE(dump(m_model.get()), freshDump());

    // The first host deleted: a service that runs elsewhere too moves to the first
    // host that stays (Store::deleteItem), and leaves the place it had.
    QVERIFY2(m_store->deleteItem(dinsdale, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, planet.id), QStringList{QStringLiteral("albatross")});
    QCOMPARE(childNames(m_model.get(), m_model->indexForId(albatross)),
             (QStringList{QStringLiteral("mail.python.org"), QStringLiteral("planet.python.org")}));
    QCOMPARE(placesOf(*m_model, mail.id), QStringList{QStringLiteral("albatross")});
    QCOMPARE(dump(m_model.get()), freshDump());

    // A service deleted: gone from every place.
    Item lb;
    lb.kind = ItemKind::Service;
    lb.name = QStringLiteral("balanced.python.org");
    lb.parentId = albatross;
    lb.alsoOn = {itemId(QStringLiteral("Rackspace VM for docs.python.org"))};
    QVERIFY2(m_store->createItem(lb, &error), qPrintable(error));
    QCOMPARE(m_model->indexesForId(lb.id).size(), 2);
    QVERIFY2(m_store->deleteItem(lb.id, &error), qPrintable(error));
    QVERIFY(m_model->indexesForId(lb.id).isEmpty());
    QCOMPARE(dump(m_model.get()), freshDump());

    // A whole provider: its hosts' services that run elsewhere too move there.
    Item pypi = test::must(m_store->item(itemId(QStringLiteral("PyPI")), test::readError()));
    Item host;
    host.kind = ItemKind::Host;
    host.name = QStringLiteral("pypi-2");
    host.hostname = QStringLiteral("pypi-2.python.org");
    host.parentId = itemId(QStringLiteral("OSUOSL"));
    QVERIFY2(m_store->createItem(host, &error), qPrintable(error));
    Item onBoth;
    onBoth.kind = ItemKind::Service;
    onBoth.name = QStringLiteral("both.python.org");
    onBoth.parentId = host.id;
    onBoth.alsoOn = {albatross};
    QVERIFY2(m_store->createItem(onBoth, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, onBoth.id), (QStringList{QStringLiteral("pypi-2"), QStringLiteral("albatross")}));
    QVERIFY2(m_store->deleteItem(itemId(QStringLiteral("OSUOSL")), &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, onBoth.id), QStringList{QStringLiteral("albatross")});
    QCOMPARE(dump(m_model.get()), freshDump());
    // With every host it runs on, it goes from every place.
    QVERIFY2(m_store->deleteItem(albatross, &error), qPrintable(error));
    QVERIFY(m_model->indexesForId(onBoth.id).isEmpty());
    QVERIFY(m_model->indexesForId(planet.id).isEmpty());
    QCOMPARE(dump(m_model.get()), freshDump());
    Q_UNUSED(pypi);
}

void TestTreeModel::furtherPlacesFromElsewhereOnReload()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    const qint64 mailId = itemId(QStringLiteral("mail.python.org"));
    {
        // Another Steward gives the service a further host; a reload (as after
        // bulkChanged or an external change) shows it there.
        Database other;
        QVERIFY2(other.open(m_db->path()), qPrintable(other.errorString()));
        Store otherStore(other);
        Item mail = test::must(otherStore.item(mailId, test::readError()));
        mail.alsoOn = {itemId(QStringLiteral("dinsdale"))};
        QString error;
        QVERIFY2(otherStore.updateItem(mail, &error), qPrintable(error));
    }
    QCOMPARE(placesOf(*m_model, mailId), QStringList{QStringLiteral("albatross")});
    QVERIFY(m_model->reload());
    QCOMPARE(placesOf(*m_model, mailId), (QStringList{QStringLiteral("albatross"), QStringLiteral("dinsdale")}));
    QCOMPARE(m_model->itemCount(), 1 + 7 + 3 + 15);
}

void TestTreeModel::hostWithoutProviderSitsUnderTheOrganisation()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QVERIFY(m_model->reload());
    Item host;
    host.kind = ItemKind::Host;
    host.name = QStringLiteral("closet-box");
    host.hostname = QStringLiteral("closet-box.python.org");
    host.parentId = test::must(m_store->organisationId(test::readError()));
    QString error;
    QVERIFY2(m_store->createItem(host, &error), qPrintable(error));
    QCOMPARE(m_model->indexForId(host.id).parent(), m_model->index(0, 0));
    Item service;
    service.kind = ItemKind::Service;
    service.name = QStringLiteral("closet.python.org");
    service.parentId = host.id;
    service.alsoOn = {itemId(QStringLiteral("albatross"))};
    QVERIFY2(m_store->createItem(service, &error), qPrintable(error));
    QCOMPARE(placesOf(*m_model, service.id), (QStringList{QStringLiteral("closet-box"), QStringLiteral("albatross")}));
    // Hosts come after providers and before services under the organisation too.
    const QStringList top = childNames(m_model.get(), m_model->index(0, 0));
    QCOMPARE(top.indexOf(QStringLiteral("closet-box")), top.indexOf(QStringLiteral("XS4ALL")) + 1);
    QCOMPARE(dump(m_model.get()), freshDump());
}

void TestTreeModel::statusCategories()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    QString error;
    QVERIFY2(m_store->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, &error),
             qPrintable(error));
    QVERIFY2(m_store->defineStatus({QStringLiteral("gone dark"), StatusCategory::Down, false}, &error),
             qPrintable(error));
    for (const auto &[name, status] : {std::pair{QStringLiteral("www.python.org"), QStringLiteral("redirect")},
                                       std::pair{QStringLiteral("PyPI"), QStringLiteral("gone dark")},
                                       std::pair{QStringLiteral("Buildbot"), QStringLiteral("read-only")},
                                       std::pair{QStringLiteral("hg.python.org"), QStringLiteral("retired")},
                                       std::pair{QStringLiteral("PyPy website"), QStringLiteral("planned")}}) {
        Item item = test::must(m_store->item(itemId(name), test::readError()));
        item.status = status;
        QVERIFY2(m_store->updateItem(item, &error), qPrintable(error));
    }
    QVERIFY(m_model->reload());
    const auto category = [&](const QString &name) {
        return static_cast<StatusCategory>(indexOf(name).data(InventoryTreeModel::StatusCategoryRole).toInt());
    };
    // Declared: drawn as what it means, not as active.
    QCOMPARE(category(QStringLiteral("www.python.org")), StatusCategory::Degraded);
    QCOMPARE(category(QStringLiteral("PyPI")), StatusCategory::Down);
    // Built in.
    QCOMPARE(category(QStringLiteral("legacy.python.org")), StatusCategory::Degraded);
    QCOMPARE(category(QStringLiteral("planet.python.org")), StatusCategory::Degraded);
    QCOMPARE(category(QStringLiteral("ximinez")), StatusCategory::Down);
    QCOMPARE(category(QStringLiteral("hg.python.org")), StatusCategory::Retired);
    QCOMPARE(category(QStringLiteral("PyPy website")), StatusCategory::Planned);
    QCOMPARE(category(QStringLiteral("staging.python.org")), StatusCategory::Operational);
    QCOMPARE(category(QStringLiteral("docs.python.org")), StatusCategory::Operational);
    // Never declared: operational, as before statuses had categories.
    QCOMPARE(category(QStringLiteral("Buildbot")), StatusCategory::Operational);
    QCOMPARE(m_model->statusCategory(QStringLiteral("redirect")), StatusCategory::Degraded);
    QCOMPARE(m_model->roleNames().value(InventoryTreeModel::StatusCategoryRole), QByteArray("statusCategory"));
    // Declared again with another meaning: the next reload (bulkChanged) draws it so.
    QVERIFY2(m_store->defineStatus({QStringLiteral("redirect"), StatusCategory::Operational, false}, &error),
             qPrintable(error));
    QVERIFY(m_model->reload());
    QCOMPARE(category(QStringLiteral("www.python.org")), StatusCategory::Operational);
}

void TestTreeModel::emptyFilterShowsEverything()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    QCOMPARE(filter.filterText(), QString());
    QCOMPARE(dump(&filter), dump(m_model.get()));
    QCOMPARE(countAll(&filter), m_model->itemCount());

    filter.setFilterText(QStringLiteral("dinsdale"));
    QVERIFY(countAll(&filter) < m_model->itemCount());
    filter.setFilterText(QStringLiteral("   "));
    QCOMPARE(filter.filterText(), QString());
    QCOMPARE(dump(&filter), dump(m_model.get()));
    filter.setFilterText(QString());
    QCOMPARE(countAll(&filter), m_model->itemCount());
}

void TestTreeModel::filterKeepsAncestorsOfMatches()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());

    filter.setFilterText(QStringLiteral("planet"));
    QCOMPARE(names(&filter), (QStringList{QStringLiteral("Python Software Foundation"), QStringLiteral("  XS4ALL"),
                                          QStringLiteral("    dinsdale"), QStringLiteral("      planet.python.org")}));
    // A match's own children are not kept unless they match too.
    filter.setFilterText(QStringLiteral("dinsdale"));
    QCOMPARE(names(&filter), (QStringList{QStringLiteral("Python Software Foundation"), QStringLiteral("  XS4ALL"),
                                          QStringLiteral("    dinsdale")}));
    filter.setFilterText(QStringLiteral("docs"));
    QCOMPARE(names(&filter), (QStringList{QStringLiteral("Python Software Foundation"), QStringLiteral("  Rackspace"),
                                          QStringLiteral("    docs.python.org")}));
    // Mapping works both ways for what is shown.
    const QModelIndex docs = filter.mapFromSource(indexOf(QStringLiteral("docs.python.org")));
    QVERIFY(docs.isValid());
    QCOMPARE(m_model->idAt(filter.mapToSource(docs)), itemId(QStringLiteral("docs.python.org")));
    QCOMPARE(docs.data(InventoryTreeModel::KindRole).toInt(), static_cast<int>(ItemKind::Service));
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("PyPI"))).isValid());

    for (const char *text : {"python.org", "VM", "o", "www", "Rackspace", "PSF", "python software", ".org"}) {
        filter.setFilterText(QString::fromLatin1(text));
        verifyFilter(filter, QString::fromLatin1(text));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestTreeModel::filterIsCaseInsensitive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::newRow("lower") << QStringLiteral("pypi") << QStringLiteral("PyPI");
    QTest::newRow("upper") << QStringLiteral("PLANET") << QStringLiteral("planet.python.org");
    QTest::newRow("mixed") << QStringLiteral("xS4aLl") << QStringLiteral("XS4ALL");
    QTest::newRow("padded") << QStringLiteral("  Fastly  ") << QStringLiteral("Fastly");
    QTest::newRow("non-ASCII") << QStringLiteral("\u00c9COLE") << QStringLiteral("\u00e9cole.python.org");
}

void TestTreeModel::filterIsCaseInsensitive()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    Item school;
    school.kind = ItemKind::Service;
    school.name = QStringLiteral("\u00e9cole.python.org");
    school.parentId = test::must(m_store->organisationId(test::readError()));
    QVERIFY(m_store->createItem(school, nullptr));

    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    filter.setFilterText(text);
    QVERIFY(filter.mapFromSource(indexOf(match)).isValid());
    QCOMPARE(filter.filterText(), text.trimmed());
    verifyFilter(filter, text);
}

void TestTreeModel::filterWithoutMatchesIsEmpty()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    filter.setFilterText(QStringLiteral("no such thing"));
    QCOMPARE(filter.rowCount(), 0);
    // Wildcard and regular-expression characters are plain text.
    filter.setFilterText(QStringLiteral("*"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(QStringLiteral("p.p"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(QStringLiteral("[a-z]"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(QString());
    QCOMPARE(countAll(&filter), m_model->itemCount());
}

void TestTreeModel::filterFollowsSourceChanges()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    const QString text = QStringLiteral("planet");
    filter.setFilterText(text);
    verifyFilter(filter, text);
    // The filter may catch up from the event loop, as it would under a view.
    const auto settle = [] { QCoreApplication::processEvents(); };

    // A new match under a branch that was hidden: it appears with its ancestors.
    Item s;
    s.kind = ItemKind::Service;
    s.name = QStringLiteral("Planetarium");
    s.parentId = itemId(QStringLiteral("Rackspace VM for www.jython.org"));
    QVERIFY(m_store->createItem(s, nullptr));
    settle();
    verifyFilter(filter, text);
    QVERIFY(filter.mapFromSource(indexOf(QStringLiteral("Planetarium"))).isValid());

    // A new item that does not match stays hidden.
    Item other;
    other.kind = ItemKind::Service;
    other.name = QStringLiteral("moon");
    other.parentId = itemId(QStringLiteral("dinsdale"));
    QVERIFY(m_store->createItem(other, nullptr));
    settle();
    verifyFilter(filter, text);

    // Renamed so it no longer matches: it goes, and so do the ancestors kept only for it.
    Item planet = test::must(m_store->item(itemId(QStringLiteral("planet.python.org")), test::readError()));
    planet.name = QStringLiteral("news.python.org");
    QVERIFY(m_store->updateItem(planet, nullptr));
    settle();
    verifyFilter(filter, text);
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("XS4ALL"))).isValid());

    // Renamed so it matches: it comes, with its ancestors.
    Item moon = test::must(m_store->item(other.id, test::readError()));
    moon.name = QStringLiteral("planet moon");
    QVERIFY(m_store->updateItem(moon, nullptr));
    settle();
    verifyFilter(filter, text);
    QVERIFY(filter.mapFromSource(indexOf(QStringLiteral("XS4ALL"))).isValid());

    // Moved elsewhere: shown under its new parent only.
    moon.parentId = itemId(QStringLiteral("Upfront Systems server"));
    QVERIFY(m_store->updateItem(moon, nullptr));
    settle();
    verifyFilter(filter, text);
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("XS4ALL"))).isValid());

    // Deleted: gone, with the ancestors kept for it.
    QVERIFY(m_store->deleteItem(s.id, nullptr));
    settle();
    verifyFilter(filter, text);
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("Rackspace"))).isValid());

    filter.setFilterText(QString());
    QCOMPARE(countAll(&filter), m_model->itemCount());
}

void TestTreeModel::filterSurvivesReload()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    filter.setFilterText(QStringLiteral("python.org"));
    verifyFilter(filter, QStringLiteral("python.org"));
    {
        Database other;
        QVERIFY(other.open(m_db->path()));
        Store otherStore(other);
        Item s;
        s.kind = ItemKind::Service;
        s.name = QStringLiteral("speed.python.org");
        s.parentId = test::must(otherStore.findItemsByName(QStringLiteral("Dyn"), test::readError())).first().id;
        QVERIFY(otherStore.createItem(s, nullptr));
    }
    QVERIFY(m_model->reload());
    QCoreApplication::processEvents();
    verifyFilter(filter, QStringLiteral("python.org"));
    QVERIFY(filter.mapFromSource(indexOf(QStringLiteral("speed.python.org"))).isValid());

    // Another source model, and none.
    InventoryTreeModel second(*m_store);
    QAbstractItemModelTester secondTester(&second, kTesterMode);
    QVERIFY(second.reload());
    filter.setSourceTree(&second);
    QVERIFY(filter.mapFromSource(second.indexForId(itemId(QStringLiteral("speed.python.org")))).isValid());
    QVERIFY(!filter.mapFromSource(second.indexForId(itemId(QStringLiteral("Fastly")))).isValid());
    filter.setSourceTree(nullptr);
    QCOMPARE(filter.rowCount(), 0);
}

void TestTreeModel::filterShowsEveryPlace()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    Item mail = test::must(m_store->item(itemId(QStringLiteral("mail.python.org")), test::readError()));
    mail.alsoOn = {itemId(QStringLiteral("dinsdale")), itemId(QStringLiteral("Rackspace VM for docs.python.org"))};
    QString error;
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    filter.setFilterText(QStringLiteral("mail"));
    QCOMPARE(names(&filter), (QStringList{QStringLiteral("Python Software Foundation"), QStringLiteral("  Rackspace"),
                                          QStringLiteral("    mail.python.org"), QStringLiteral("  XS4ALL"),
                                          QStringLiteral("    albatross"), QStringLiteral("      mail.python.org"),
                                          QStringLiteral("    dinsdale"), QStringLiteral("      mail.python.org")}));
    QCOMPARE(filter.matchCount(), 1);
    for (const char *text : {"mail", "python.org", "dinsdale", "o"}) {
        filter.setFilterText(QString::fromLatin1(text));
        verifyFilter(filter, QString::fromLatin1(text));
        if (QTest::currentTestFailed())
            return;
    }
    // A place added while the filter is on shows at once.
    filter.setFilterText(QStringLiteral("mail"));
    mail = test::must(m_store->item(mail.id, test::readError()));
    mail.alsoOn.append(itemId(QStringLiteral("ximinez")));
    QVERIFY2(m_store->updateItem(mail, &error), qPrintable(error));
    QCoreApplication::processEvents();
    verifyFilter(filter, QStringLiteral("mail"));
    QVERIFY(filter.mapFromSource(indexOf(QStringLiteral("ximinez"))).isValid());
}

void TestTreeModel::filterByTag()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QString error;
    const auto tag = [&](const QString &name, const QStringList &tags, const QVector<qint64> &alsoOn = {}) {
        Item item = test::must(m_store->item(itemId(name), test::readError()));
        item.tags = tags;
        if (!alsoOn.isEmpty())
            item.alsoOn = alsoOn;
        return m_store->updateItem(item, &error);
    };
    QVERIFY2(tag(QStringLiteral("mail.python.org"), {QStringLiteral("env=prod"), QStringLiteral("pci")},
                 {itemId(QStringLiteral("dinsdale"))}),
             qPrintable(error));
    QVERIFY2(tag(QStringLiteral("planet.python.org"), {QStringLiteral("env=staging")}), qPrintable(error));
    QVERIFY2(tag(QStringLiteral("Fastly"), {QStringLiteral("pci")}), qPrintable(error));
    QVERIFY2(tag(QStringLiteral("docs.python.org"), {QStringLiteral("category=python core")}), qPrintable(error));
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    const QString org = QStringLiteral("Python Software Foundation");

    // One value of a key, with every place of the service.
    filter.setFilterText(QStringLiteral("tag:env=prod"));
    QCOMPARE(names(&filter), (QStringList{org, QStringLiteral("  XS4ALL"), QStringLiteral("    albatross"),
                                          QStringLiteral("      mail.python.org"), QStringLiteral("    dinsdale"),
                                          QStringLiteral("      mail.python.org")}));
    QCOMPARE(filter.matchCount(), 1);
    // The key with any value.
    filter.setFilterText(QStringLiteral("tag:env"));
    QCOMPARE(names(&filter),
             (QStringList{org, QStringLiteral("  XS4ALL"), QStringLiteral("    albatross"),
                          QStringLiteral("      mail.python.org"), QStringLiteral("    dinsdale"),
                          QStringLiteral("      mail.python.org"), QStringLiteral("      planet.python.org")}));
    QCOMPARE(filter.matchCount(), 2);
    // A bare tag: any kind of item carries it.
    filter.setFilterText(QStringLiteral("tag:pci"));
    QCOMPARE(names(&filter), (QStringList{org, QStringLiteral("  Fastly"), QStringLiteral("  XS4ALL"),
                                          QStringLiteral("    albatross"), QStringLiteral("      mail.python.org"),
                                          QStringLiteral("    dinsdale"), QStringLiteral("      mail.python.org")}));
    // With text: both must hold, in either order.
    filter.setFilterText(QStringLiteral("tag:pci fast"));
    QCOMPARE(names(&filter), (QStringList{org, QStringLiteral("  Fastly")}));
    filter.setFilterText(QStringLiteral("MAIL tag:pci"));
    QCOMPARE(filter.matchCount(), 1);
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("Fastly"))).isValid());
    // Two tags: both.
    filter.setFilterText(QStringLiteral("tag:pci tag:env=prod"));
    QCOMPARE(filter.matchCount(), 1);
    filter.setFilterText(QStringLiteral("tag:pci tag:env=staging"));
    QCOMPARE(filter.rowCount(), 0);
    // A tag with a space in it, quoted.
    filter.setFilterText(QStringLiteral("tag:\"category=python core\""));
    QCOMPARE(names(&filter), (QStringList{org, QStringLiteral("  Rackspace"), QStringLiteral("    docs.python.org")}));
    // Nothing has these.
    for (const char *text : {"tag:env=dev", "tag:", "tag:prod", "tag:pci nothing-by-this-name"}) {
        filter.setFilterText(QString::fromLatin1(text));
        QVERIFY2(filter.rowCount() == 0, text);
        QCOMPARE(filter.matchCount(), 0);
        QCOMPARE(filter.errorString(), QString());
    }
    // Text alone is matched as before, "tag" in a name included.
    filter.setFilterText(QStringLiteral("staging"));
    verifyFilter(filter, QStringLiteral("staging"));
    filter.setFilterText(QString());
    QCOMPARE(countAll(&filter), countAll(m_model.get()));
}

void TestTreeModel::filterByTagFollowsChanges()
{
    QAbstractItemModelTester tester(m_model.get(), kTesterMode);
    TreeFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, kTesterMode);
    QVERIFY(m_model->reload());
    filter.setSourceTree(m_model.get());
    filter.setFilterText(QStringLiteral("tag:env=prod"));
    QCOMPARE(filter.rowCount(), 0);
    QString error;
    Item planet = test::must(m_store->item(itemId(QStringLiteral("planet.python.org")), test::readError()));
    planet.tags = {QStringLiteral("env=prod")};
    QVERIFY2(m_store->updateItem(planet, &error), qPrintable(error));
    QCoreApplication::processEvents();
    QVERIFY(filter.mapFromSource(indexOf(QStringLiteral("planet.python.org"))).isValid());
    QCOMPARE(filter.matchCount(), 1);
    // A new item with the tag.
    Item s;
    s.kind = ItemKind::Service;
    s.name = QStringLiteral("speed.python.org");
    s.parentId = itemId(QStringLiteral("albatross"));
    s.tags = {QStringLiteral("env=prod")};
    QVERIFY2(m_store->createItem(s, &error), qPrintable(error));
    QCoreApplication::processEvents();
    QVERIFY(filter.mapFromSource(indexOf(QStringLiteral("speed.python.org"))).isValid());
    // The tag taken off: it goes.
    planet = test::must(m_store->item(planet.id, test::readError()));
    planet.tags.clear();
    QVERIFY2(m_store->updateItem(planet, &error), qPrintable(error));
    QCoreApplication::processEvents();
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("planet.python.org"))).isValid());
    QVERIFY(!filter.mapFromSource(indexOf(QStringLiteral("dinsdale"))).isValid());
    QCOMPARE(filter.matchCount(), 1);
}

void TestTreeModel::filterTermsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("rest");
    QTest::newRow("text") << QStringLiteral(" python  software ") << QStringList()
                          << QStringLiteral("python  software");
    QTest::newRow("tag") << QStringLiteral("tag:env=prod") << QStringList{QStringLiteral("env=prod")} << QString();
    QTest::newRow("tag and text") << QStringLiteral("docs  tag:pci www") << QStringList{QStringLiteral("pci")}
                                  << QStringLiteral("docs www");
    QTest::newRow("any case") << QStringLiteral("TAG:Env") << QStringList{QStringLiteral("Env")} << QString();
    QTest::newRow("quoted") << QStringLiteral("tag:\"category=python core\" docs")
                            << QStringList{QStringLiteral("category=python core")} << QStringLiteral("docs");
    QTest::newRow("unclosed quote") << QStringLiteral("tag:\"category=py") << QStringList{QStringLiteral("category=py")}
                                    << QString();
    QTest::newRow("bare") << QStringLiteral("tag:") << QStringList{QString()} << QString();
    QTest::newRow("inside a word") << QStringLiteral("pretag:x") << QStringList() << QStringLiteral("pretag:x");
}

void TestTreeModel::filterTermsParse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QString, rest);
    const TreeFilterModel::Terms terms = TreeFilterModel::parse(text);
    QCOMPARE(terms.tags, tags);
    QCOMPARE(terms.text, rest);
}

QTEST_GUILESS_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
