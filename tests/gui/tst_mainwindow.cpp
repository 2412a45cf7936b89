// MainWindow, offscreen: opening and creating inventories, selecting an item and
// finding its contacts in the panel, the tree filter, live updates, and the
// --screenshot option of the steward executable.

#include "AssignDialog.h"
#include "Database.h"
#include "GuiSupport.h"
#include "HistoryPanel.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "ItemDelegate.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "MapScene.h"
#include "OptionalDateEdit.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"
#include "WhoToContactPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace steward;

namespace {

constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList shownNames(const QAbstractItemModel *model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out << QString(depth * 2, QLatin1Char(' ')) + index.data().toString();
        out << shownNames(model, index, depth + 1);
    }
    return out;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    /// The names in the contact panel's cards, in order, read from the widgets.
    QStringList contactNames() const;
    QStringList contactReasons() const;
    QString currentName() const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A new inventory's location: a file in the test's folder, or a database of its own.
    QString inventory(const QString &name) const { return test::scratchInventory(*m_dir, name); }
    /// Opens a new example inventory (at m_example) in the window and watches its models.
    bool openExample();
    int runSteward(const QStringList &arguments, QString *err = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_example;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    QTemporaryDir m_runtimeDir; ///< XDG_RUNTIME_DIR for the steward processes (0700)

private Q_SLOTS:
    void init();
    void cleanup();

    void startsEmpty();
    void newFileWithExample();
    void selectDocsShowsItsOwners();
    void detailsKeepLineBreaksAndShowMarkupAsText();
    void selectIsCaseInsensitive();
    void serviceOnSeveralHostsIsOneItem();
    void detailsShowAliasesTagsHostsAndLinks();
    void statusesDrawnAsTheirCategory();
    void selectingInTheTreeUpdatesThePanels();
    void filterNarrowsTheTree();
    void selectingAHiddenItemClearsTheFilter();
    void panelFollowsStoreChanges();
    void openRefusesBadFilesAndKeepsTheCurrentOne();
    void newFileRefusesAnExistingFile();
    void opensAnInventoryMadeByInit();
    void screenshot();
    void changesSavedElsewhereAppear();
    void historyPanelFollowsTheSelection();
    void bulkAssignIsOneUndoableStep();
    void assignDialogValidates();
    void itemFormValidatesAsYouType();
    void editAndCreateAreUndoable();
    void staleEditIsRefused();
    void deleteIsUndoneCompletely();
    void dropMovesAsOneUndoableStep();
    void revertALastChangeFromTheHistory();
    void screenshotErrors();
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_window->filterModel(), kTesterMode);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_treeTester.reset();
    m_filterTester.reset();
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QStringList TestMainWindow::contactNames() const
{
    QStringList names;
    const auto labels = m_window->findChildren<QLabel *>(QStringLiteral("contactNameLabel"));
    // findChildren's order is creation order; sort by position in the panel to be sure.
    QList<QLabel *> sorted = labels;
    std::sort(sorted.begin(), sorted.end(), [](QLabel *a, QLabel *b) {
        return a->mapTo(a->window(), QPoint()).y() < b->mapTo(b->window(), QPoint()).y();
    });
    for (QLabel *label : sorted)
        names << label->property("contactName").toString();
    return names;
}

QStringList TestMainWindow::contactReasons() const
{
    QStringList reasons;
    QList<QLabel *> labels = m_window->findChildren<QLabel *>(QStringLiteral("contactReasonLabel"));
    std::sort(labels.begin(), labels.end(), [](QLabel *a, QLabel *b) {
        return a->mapTo(a->window(), QPoint()).y() < b->mapTo(b->window(), QPoint()).y();
    });
    for (QLabel *label : labels)
        reasons << label->text();
    return reasons;
}

QString TestMainWindow::currentName() const
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("inventoryTreeView"));
    return tree ? tree->currentIndex().data().toString() : QString();
}

bool TestMainWindow::openExample()
{
    QString error;
    m_example = inventory(QStringLiteral("psf"));
    if (!m_window->newFile(m_example, true, &error)) {
        qWarning("newFile failed: %s", qPrintable(error));
        return false;
    }
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->treeModel(), kTesterMode);
    return true;
}

void TestMainWindow::changesSavedElsewhereAppear()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("docs.python.org")));
    auto *tree = m_window->treeView();
    const QModelIndex xs4all = m_window->filterModel()->mapFromSource(m_window->treeModel()->indexForId(
        test::must(m_window->store()->findItemsByName(QStringLiteral("XS4ALL"), test::readError())).first().id));
    tree->expand(xs4all);

    // Another connection (as another Steward would) adds a service and renames one.
    Database other;
    QVERIFY2(other.open(m_window->location()), qPrintable(other.errorString()));
    Store otherStore(other);
    Item speed;
    speed.kind = ItemKind::Service;
    speed.name = QStringLiteral("speed.python.org");
    speed.parentId = test::must(otherStore.findItemsByName(QStringLiteral("dinsdale"), test::readError())).first().id;
    QVERIFY(otherStore.createItem(speed, nullptr));
    Item docs = test::must(otherStore.findItemsByName(QStringLiteral("docs.python.org"), test::readError())).first();
    docs.name = QStringLiteral("docs.python.org (Sphinx)");
    QVERIFY(otherStore.updateItem(docs, nullptr));

    // The window shows both by itself, keeping the selection and what was open.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->indexForId(speed.id).isValid(), 10000);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("docs.python.org (Sphinx)"));
    QVERIFY(tree->isExpanded(m_window->filterModel()->mapFromSource(m_window->treeModel()->indexForId(
        test::must(otherStore.findItemsByName(QStringLiteral("XS4ALL"), test::readError())).first().id))));
    const auto *heading = m_window->findChild<QLabel *>(QStringLiteral("contactHeadingLabel"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QStringLiteral("docs.python.org (Sphinx)")), qPrintable(heading->text()));
}

void TestMainWindow::historyPanelFollowsTheSelection()
{
    QVERIFY(openExample());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("historyTableView"));
    auto *only = m_window->findChild<QCheckBox *>(QStringLiteral("historySelectedOnlyCheckBox"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit"));
    QVERIFY(table && only && filter);
    QVERIFY(m_window->selectItemByName(QStringLiteral("docs.python.org")));
    // Created, two owners, served through Fastly.
    QCOMPARE(table->model()->rowCount(), 4);

    // An edit shows at once, at the top.
    Item docs =
        test::must(m_window->store()->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).first();
    docs.status = QStringLiteral("legacy");
    QVERIFY(m_window->store()->updateItem(docs, nullptr));
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY2(table->model()->index(0, 3).data().toString().contains(QStringLiteral("legacy")),
             qPrintable(table->model()->index(0, 3).data().toString()));

    // The whole inventory, then narrowed by the filter.
    only->setChecked(false);
    const int all = table->model()->rowCount();
    QVERIFY(all > 50);
    QTest::keyClicks(filter, QStringLiteral("Fastly"));
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QString line;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            line += table->model()->index(row, column).data().toString();
        QVERIFY2(line.contains(QStringLiteral("fastly"), Qt::CaseInsensitive), qPrintable(line));
    }
}

namespace {

/// Every assignment as "item/contact/role/priority/note/position", sorted: ids aside,
/// what the database holds.
QStringList assignmentRows(Store *store)
{
    QStringList rows;
    for (const TreeRow &item : test::must(store->treeRows(test::readError()))) {
        for (const Assignment &a : test::must(store->assignments(item.id, test::readError()))) {
            rows << QStringLiteral("%1/%2/%3/%4/%5/%6")
                        .arg(a.itemId)
                        .arg(a.contactId)
                        .arg(a.role, keys::priority(a.priority), a.note)
                        .arg(a.position);
        }
    }
    rows.sort();
    return rows;
}

} // namespace

void TestMainWindow::bulkAssignIsOneUndoableStep()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    auto *tree = m_window->treeView();
    const QStringList names = {QStringLiteral("docs.python.org"), QStringLiteral("hg.python.org"),
                               QStringLiteral("wiki.python.org")};
    tree->selectionModel()->clearSelection();
    for (const QString &name : names) {
        const QModelIndex index = m_window->filterModel()->mapFromSource(
            m_window->treeModel()->indexForId(test::must(store->findItemsByName(name, test::readError())).first().id));
        QVERIFY(index.isValid());
        tree->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QVector<qint64> selected = m_window->selectedItemIds();
    QCOMPARE(selected.size(), 3);
    const QStringList before = assignmentRows(store);
    const int historyBefore = test::must(store->history(0, 0, test::readError())).size();
    const qint64 alex =
        test::must(store->findContactsByName(QStringLiteral("Alex Gaynor"), test::readError())).first().id;

    QString error;
    QVERIFY2(
        m_window->document()->assignToItems(selected, alex, QStringLiteral("sponsor"), Priority::Secondary, &error),
        qPrintable(error));
    for (qint64 id : selected) {
        bool found = false;
        for (const Assignment &a : test::must(store->assignments(id, test::readError())))
            found = found ||
                    (a.contactId == alex && a.role == QLatin1String("sponsor") && a.priority == Priority::Secondary);
        QVERIFY(found);
    }
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Assign Alex Gaynor as sponsor to 3 items"));
    // One batch in the history for the whole step.
    const QVector<HistoryEntry> added = test::must(store->history(0, 3, test::readError()));
    QCOMPARE(test::must(store->history(0, 0, test::readError())).size(), historyBefore + 3);
    QCOMPARE(added.at(0).batchId, added.at(2).batchId);
    const QStringList after = assignmentRows(store);

    // Doing it again adds nothing and is refused with a reason.
    QVERIFY(
        !m_window->document()->assignToItems(selected, alex, QStringLiteral("sponsor"), Priority::Secondary, &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(assignmentRows(store), before);
    m_window->undoStack()->redo();
    QCOMPARE(assignmentRows(store), after);

    // Removing Georg Brandl from all three (he owns two of them), then undoing, puts
    // him back exactly where he was.
    const qint64 georg =
        test::must(store->findContactsByName(QStringLiteral("Georg Brandl"), test::readError())).first().id;
    QVERIFY2(m_window->document()->unassignFromItems(selected, georg, QString(), &error), qPrintable(error));
    QVERIFY(!assignmentRows(store).join(QLatin1Char(',')).contains(QStringLiteral("/%1/owner").arg(georg)));
    m_window->undoStack()->undo();
    QCOMPARE(assignmentRows(store), after);
    m_window->undoStack()->undo();
    QCOMPARE(assignmentRows(store), before);
}

void TestMainWindow::assignDialogValidates()
{
    QVERIFY(openExample());
    AssignDialog dialog(AssignDialog::Mode::Assign, test::must(m_window->store()->contacts(test::readError())), 2,
                        m_window.get());
    auto *contact = dialog.findChild<QComboBox *>(QStringLiteral("contactComboBox"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("roleComboBox"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(contact && role && problem && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(contact->lineEdit(), QStringLiteral("nobody at all"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("nobody at all")), qPrintable(problem->text()));
    contact->lineEdit()->clear();
    QTest::keyClicks(contact->lineEdit(), QStringLiteral("alex gaynor"));
    QVERIFY2(ok->isEnabled(), qPrintable(problem->text()));
    QCOMPARE(dialog.contactName(), QStringLiteral("Alex Gaynor"));
    QCOMPARE(dialog.role(), QStringLiteral("owner"));
    role->lineEdit()->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(role->lineEdit(), QStringLiteral("on-call"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.role(), QStringLiteral("on-call"));
    QCOMPARE(dialog.priority(), Priority::Primary);
    // Cover: none by default; a last day before the first is refused.
    auto *from = dialog.findChild<OptionalDateEdit *>(QStringLiteral("validFromDateEdit"));
    auto *until = dialog.findChild<OptionalDateEdit *>(QStringLiteral("validUntilDateEdit"));
    QVERIFY(from && until);
    QCOMPARE(dialog.validFrom(), QDate());
    QCOMPARE(dialog.validUntil(), QDate());
    from->setDate(QDate(2027, 1, 10));
    until->setDate(QDate(2027, 1, 9));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("before")), qPrintable(problem->text()));
    until->setDate(QDate(2027, 1, 10)); // one day, both included
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.validUntil(), QDate(2027, 1, 10));

    // What the window assigns with those days is a cover, one undo step.
    AssignRequest request;
    request.itemIds = {
        test::must(m_window->store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).first().id};
    request.contactId = dialog.contactId();
    request.role = dialog.role();
    request.validFrom = dialog.validFrom();
    request.validUntil = dialog.validUntil();
    QString error;
    QVERIFY2(m_window->document()->assign(request, &error), qPrintable(error));
    bool found = false;
    for (const Assignment &a : test::must(m_window->store()->assignments(request.itemIds.first(), test::readError()))) {
        if (a.contactId == request.contactId && a.role == QLatin1String("on-call")) {
            found = true;
            QCOMPARE(a.validFrom, QDate(2027, 1, 10));
            QCOMPARE(a.validUntil, QDate(2027, 1, 10));
        }
    }
    QVERIFY(found);
}

void TestMainWindow::itemFormValidatesAsYouType()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const Item docs = test::must(store->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).first();
    ItemForm form(*store, docs, m_window.get());
    auto *name = form.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    auto *url = form.findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
    auto *buttons = form.findChild<QDialogButtonBox *>();
    QVERIFY(name && url && buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(form.isValid());
    QVERIFY(save->isEnabled());

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!save->isEnabled());
    QCOMPARE(form.problem(QStringLiteral("name")), QStringLiteral("A name is required."));
    // Another service's name is taken.
    QTest::keyClicks(name, QStringLiteral("HG.python.org"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(form.problem(QStringLiteral("name")).contains(QStringLiteral("already a service")),
             qPrintable(form.problem(QStringLiteral("name"))));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("docs.python.org (new)"));
    QVERIFY(save->isEnabled());

    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("docs dot python"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!form.problem(QStringLiteral("url")).isEmpty());
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://docs.python.org/3/"));
    QVERIFY(save->isEnabled());

    const Item edited = form.item();
    QCOMPARE(edited.id, docs.id);
    QCOMPARE(edited.version, docs.version);
    QCOMPARE(edited.name, QStringLiteral("docs.python.org (new)"));
    QCOMPARE(edited.url, QStringLiteral("https://docs.python.org/3/"));
    QCOMPARE(edited.parentId, docs.parentId);

    // Escape cancels: nothing was written.
    QTest::keyClick(&form, Qt::Key_Escape);
    QCOMPARE(form.result(), int(QDialog::Rejected));
    QCOMPARE(test::must(store->item(docs.id, test::readError())).name, QStringLiteral("docs.python.org"));
}

void TestMainWindow::editAndCreateAreUndoable()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const Item before =
        test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first();
    Item after = before;
    after.status = QStringLiteral("active");
    after.parentId = test::must(store->findItemsByName(QStringLiteral("Rackspace"), test::readError())).first().id;
    QString error;
    QVERIFY2(m_window->document()->saveItem(before, after, &error), qPrintable(error));
    QCOMPARE(test::must(store->item(before.id, test::readError())).status, QStringLiteral("active"));
    QCOMPARE(m_window->treeModel()->indexForId(before.id).parent().data().toString(), QStringLiteral("Rackspace"));
    m_window->undoStack()->undo();
    QCOMPARE(test::must(store->item(before.id, test::readError())).status, QStringLiteral("needs-move"));
    QCOMPARE(m_window->treeModel()->indexForId(before.id).parent().data().toString(), QStringLiteral("dinsdale"));
    m_window->undoStack()->redo();
    QCOMPARE(test::must(store->item(before.id, test::readError())).parentId, after.parentId);

    Item speed;
    speed.kind = ItemKind::Service;
    speed.name = QStringLiteral("speed.python.org");
    speed.parentId = test::must(store->findItemsByName(QStringLiteral("OSUOSL"), test::readError())).first().id;
    QVERIFY2(m_window->document()->saveItem(Item{}, speed, &error), qPrintable(error));
    const qint64 id =
        test::must(store->findItemsByName(QStringLiteral("speed.python.org"), test::readError())).first().id;
    QCOMPARE(m_window->treeView()->currentIndex().data().toString(), QStringLiteral("speed.python.org"));
    m_window->undoStack()->undo();
    QVERIFY(test::must(store->findItemsByName(QStringLiteral("speed.python.org"), test::readError())).isEmpty());
    m_window->undoStack()->redo();
    // Back with the same id, so later steps that refer to it still work.
    QCOMPARE(test::must(store->findItemsByName(QStringLiteral("speed.python.org"), test::readError())).first().id, id);
    QVERIFY(m_window->treeModel()->indexForId(id).isValid());
    QCOMPARE(m_window->undoStack()->count(), 2);
}

void TestMainWindow::staleEditIsRefused()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const Item loaded = test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
    // Someone else saves PyPI after the form loaded it.
    {
        Database other;
        QVERIFY(other.open(m_window->location()));
        Store otherStore(other);
        Item theirs = test::must(otherStore.findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
        theirs.description = QStringLiteral("Changed elsewhere.");
        QVERIFY(otherStore.updateItem(theirs, nullptr));
    }
    Item mine = loaded;
    mine.status = QStringLiteral("legacy");
    QString error;
    QVERIFY(!m_window->document()->saveItem(loaded, mine, &error));
    QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
    const Item now = test::must(store->item(loaded.id, test::readError()));
    QCOMPARE(now.description, QStringLiteral("Changed elsewhere."));
    QCOMPARE(now.status, QStringLiteral("active"));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::deleteIsUndoneCompletely()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const auto everything = [store] {
        QStringList rows;
        for (const TreeRow &row : test::must(store->treeRows(test::readError()))) {
            const Item item = test::must(store->item(row.id, test::readError()));
            rows << QStringLiteral("%1/%2/%3/%4/%5/%6/%7")
                        .arg(item.id)
                        .arg(item.parentId)
                        .arg(item.name, item.status, item.url, item.hostname, item.description);
            for (const Link &l : test::must(store->links(row.id, test::readError())))
                rows << QStringLiteral("link %1 %2 %3").arg(l.fromItem).arg(l.toItem).arg(l.type);
        }
        rows << assignmentRows(store);
        rows.removeDuplicates();
        rows.sort();
        return rows;
    };
    const QStringList before = everything();
    const QStringList treeBefore = shownNames(m_window->treeModel());
    const qint64 rackspace =
        test::must(store->findItemsByName(QStringLiteral("Rackspace"), test::readError())).first().id;
    QString error;
    QVERIFY2(m_window->document()->deleteItem(rackspace, &error), qPrintable(error));
    QVERIFY(test::must(store->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).isEmpty());
    QVERIFY(test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).isEmpty());
    QVERIFY(!m_window->treeModel()->indexForId(rackspace).isValid());
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Delete \"Rackspace\""));

    m_window->undoStack()->undo();
    // Every item, assignment and link is back, with the same ids, and the tree too.
    QCOMPARE(everything(), before);
    QCOMPARE(shownNames(m_window->treeModel()), treeBefore);
    QVERIFY(
        test::must(store->history(0, 1, test::readError())).first().label.startsWith(QStringLiteral("Undo: Delete")));

    m_window->undoStack()->redo();
    QVERIFY(test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).isEmpty());
    m_window->undoStack()->undo();
    QCOMPARE(everything(), before);
    QVERIFY(store->database().check().isEmpty());
}

void TestMainWindow::dropMovesAsOneUndoableStep()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    auto *proxy = m_window->filterModel();
    const auto proxyIndex = [&](const QString &name) {
        return proxy->mapFromSource(
            m_window->treeModel()->indexForId(test::must(store->findItemsByName(name, test::readError())).first().id));
    };
    m_window->treeView()->expandAll();
    std::unique_ptr<QMimeData> dragged(proxy->mimeData(
        {proxyIndex(QStringLiteral("planet.python.org")), proxyIndex(QStringLiteral("legacy.python.org"))}));
    // Drop both dinsdale services on albatross, through the filter proxy as the view does.
    proxy->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, proxyIndex(QStringLiteral("albatross")));
    QCOMPARE(proxyIndex(QStringLiteral("planet.python.org")).parent().data().toString(), QStringLiteral("albatross"));
    QCOMPARE(proxyIndex(QStringLiteral("legacy.python.org")).parent().data().toString(), QStringLiteral("albatross"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Move 2 items to albatross"));
    m_window->undoStack()->undo();
    QCOMPARE(proxyIndex(QStringLiteral("planet.python.org")).parent().data().toString(), QStringLiteral("dinsdale"));
    QCOMPARE(proxyIndex(QStringLiteral("legacy.python.org")).parent().data().toString(), QStringLiteral("dinsdale"));
    m_window->undoStack()->redo();
    const qint64 albatross =
        test::must(store->findItemsByName(QStringLiteral("albatross"), test::readError())).first().id;
    QCOMPARE(
        test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first().parentId,
        albatross);

    // Someone changes one of the two since: the undo is refused as a whole, and the
    // other stays where the drop put it (not half the drop undone).
    Item planet = test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first();
    planet.description = QStringLiteral("Changed by someone else.");
    QVERIFY(store->updateItem(planet, nullptr));
    QString said;
    test::onNextModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    m_window->undoStack()->undo();
    QVERIFY2(!said.isEmpty(), "the refused undo says so");
    QCOMPARE(
        test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first().parentId,
        albatross);
    QCOMPARE(
        test::must(store->findItemsByName(QStringLiteral("legacy.python.org"), test::readError())).first().parentId,
        albatross);
    QCOMPARE(
        test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first().description,
        QStringLiteral("Changed by someone else."));
    QCOMPARE(m_window->undoStack()->count(), 0); // the step that could not be undone is dropped
}

void TestMainWindow::revertALastChangeFromTheHistory()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    Item pypi = test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
    const Item original = pypi;
    pypi.status = QStringLiteral("legacy");
    pypi.url = QStringLiteral("https://pypi.org/");
    QVERIFY(store->updateItem(pypi, nullptr));
    QVERIFY(m_window->selectItemByName(QStringLiteral("PyPI")));
    auto *revert = m_window->findChild<QPushButton *>(QStringLiteral("revertPushButton"));
    QVERIFY(revert);
    // The newest row is that edit: it can be reverted; the creation below it cannot.
    m_window->historyPanel()->selectRow(0);
    QVERIFY(revert->isEnabled());
    m_window->historyPanel()->selectRow(m_window->historyPanel()->filterModel()->rowCount() - 1);
    QVERIFY(!revert->isEnabled());
    m_window->historyPanel()->selectRow(0);
    revert->click();
    const Item now = test::must(store->item(pypi.id, test::readError()));
    QCOMPARE(now.status, original.status);
    QCOMPARE(now.url, original.url);
    QCOMPARE(m_window->undoStack()->count(), 1);
    // The revert is itself a change; the edit before it now has a later change.
    const QVector<HistoryEntry> entries = test::must(store->history(pypi.id, 2, test::readError()));
    QString error;
    QVERIFY(!m_window->document()->revertChange(entries.at(1), &error));
    QVERIFY2(error.contains(QStringLiteral("later change")), qPrintable(error));
    m_window->undoStack()->undo();
    QCOMPARE(test::must(store->item(pypi.id, test::readError())).status, QStringLiteral("legacy"));
}

int TestMainWindow::runSteward(const QStringList &arguments, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
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

// ----------------------------------------------------------------

void TestMainWindow::startsEmpty()
{
    QCOMPARE(m_window->location(), QString());
    QVERIFY(!m_window->store());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Steward"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("inventoryTreeView"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(contactNames().isEmpty());
    QVERIFY(!m_window->selectItemByName(QStringLiteral("PyPI")));
}

void TestMainWindow::newFileWithExample()
{
    QVERIFY(openExample());
    const QString file = m_example;
    const bool server = dialect::isServerLocation(file);
    QCOMPARE(m_window->location(), file);
    // The file's name, or the database's.
    const QString shown = server ? dialect::parseServerLocation(file).database : QStringLiteral("psf.sqlite");
    QVERIFY2(m_window->windowTitle().contains(shown), qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->treeModel()->itemCount(), 26); // the nine unnamed VMs are not rows

    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("inventoryTreeView"));
    QVERIFY(tree);
    QCOMPARE(tree, m_window->treeView());
    QCOMPARE(tree->model(), static_cast<QAbstractItemModel *>(m_window->filterModel()));
    QCOMPARE(tree->model()->rowCount(), 1);
    // The organisation is selected and open; its escalation contacts are shown.
    QCOMPARE(currentName(), QStringLiteral("Python Software Foundation"));
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QCOMPARE(contactNames(),
             (QStringList{QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("#python-infra")}));

    // The file (or the server's address) is remembered.
    const QString remembered = server ? file : QFileInfo(file).absoluteFilePath();
    QCOMPARE(m_settings->recentLocations().value(0), remembered);
    QCOMPARE(m_settings->value(Settings::Key::LastFile).toString(), remembered);
    // The status bar counts what is there.
    const auto labels = m_window->statusBar()->findChildren<QLabel *>();
    bool counted = false;
    for (QLabel *label : labels)
        counted = counted || label->text().contains(QStringLiteral("7 providers, 12 hosts, 15 services"));
    QVERIFY(counted);
}

void TestMainWindow::selectDocsShowsItsOwners()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("docs.python.org")));
    QCOMPARE(currentName(), QStringLiteral("docs.python.org"));
    QCOMPARE(contactNames(),
             (QStringList{QStringLiteral("Benjamin Peterson"), QStringLiteral("Georg Brandl"),
                          QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("#python-infra")}));
    const QStringList reasons = contactReasons();
    QCOMPARE(reasons.size(), 4);
    QVERIFY2(reasons.at(0).contains(QStringLiteral("owner of docs.python.org")), qPrintable(reasons.at(0)));
    QVERIFY2(reasons.at(2).contains(QStringLiteral("escalation: Infrastructure team")), qPrintable(reasons.at(2)));

    // The panel's own list agrees with its widgets.
    const QVector<ResolvedContact> &contacts = m_window->whoToContactPanel()->contacts();
    QCOMPARE(contacts.size(), 4);
    QCOMPARE(contacts.first().contact.name, QStringLiteral("Benjamin Peterson"));

    // Addresses are links.
    const auto addressLabels = m_window->findChildren<QLabel *>(QStringLiteral("contactAddressLabel"));
    bool mailto = false;
    for (QLabel *label : addressLabels)
        mailto = mailto || label->text().contains(QStringLiteral("mailto:infrastructure-staff@python.org"));
    QVERIFY(mailto);

    // The details pane shows the item, where it runs and what fronts it.
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("docs.python.org")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rackspace VM for docs.python.org")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fastly")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://docs.python.org")), qPrintable(text));
}

void TestMainWindow::detailsKeepLineBreaksAndShowMarkupAsText()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    Item planet = test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first();
    planet.description = QStringLiteral("Aggregates blogs.\nRuns on dinsdale.");
    planet.notes = QStringLiteral("First line\r\nsee https://example.org/a.\n\n<b>bold?</b> <a "
                                  "href=\"javascript:alert(1)\">click</a>\rjavascript:alert(2)");
    QString error;
    QVERIFY2(store->updateItem(planet, &error), qPrintable(error));
    QVERIFY(m_window->selectItemByName(QStringLiteral("planet.python.org")));
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    // Each line on its own line (a blank line kept), the markup shown as the text it is.
    QVERIFY2(text.contains(QStringLiteral("Aggregates blogs.\nRuns on dinsdale.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("First line\nsee https://example.org/a.\n\n<b>bold?</b> <a "
                                          "href=\"javascript:alert(1)\">click</a>\njavascript:alert(2)")),
             qPrintable(text));
    // The web address is a link (besides the service's URL); nothing else is, nothing is bold.
    QStringList anchors;
    for (QTextBlock block = details->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                anchors << format.anchorHref();
            if (it.fragment().text().contains(QStringLiteral("bold?")))
                QVERIFY(format.fontWeight() != QFont::Bold);
        }
    }
    QCOMPARE(anchors, (QStringList{planet.url, QStringLiteral("https://example.org/a")}));
}

void TestMainWindow::serviceOnSeveralHostsIsOneItem()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    Item mail = test::must(store->findItemsByName(QStringLiteral("mail.python.org"), test::readError())).first();
    mail.alsoOn = {test::must(store->findItemsByName(QStringLiteral("dinsdale"), test::readError())).first().id};
    QString error;
    QVERIFY2(store->updateItem(mail, &error), qPrintable(error));
    InventoryTreeModel *model = m_window->treeModel();
    const QModelIndexList places = model->indexesForId(mail.id);
    QCOMPARE(places.size(), 2);
    QTreeView *tree = m_window->treeView();
    QItemSelectionModel *selection = tree->selectionModel();
    const auto shown = [this](const QModelIndex &source) { return m_window->filterModel()->mapFromSource(source); };

    // Chosen under its further host: selected in both places, one item for the window.
    tree->setCurrentIndex(shown(places.at(1)));
    QCOMPARE(currentName(), QStringLiteral("mail.python.org"));
    QVERIFY(selection->isRowSelected(shown(places.at(0)).row(), shown(places.at(0)).parent()));
    QVERIFY(selection->isRowSelected(shown(places.at(1)).row(), shown(places.at(1)).parent()));
    QCOMPARE(m_window->selectedItemIds(), QVector<qint64>{mail.id});
    const QStringList contactsHere = contactNames();
    QVERIFY(!contactsHere.isEmpty());
    // Chosen under its first host: the same item, the same panels.
    tree->setCurrentIndex(shown(places.at(0)));
    QCOMPARE(contactNames(), contactsHere);
    QVERIFY(selection->isRowSelected(shown(places.at(1)).row(), shown(places.at(1)).parent()));
    // Another row: both places let go.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QVERIFY(!selection->isRowSelected(shown(places.at(0)).row(), shown(places.at(0)).parent()));
    QVERIFY(!selection->isRowSelected(shown(places.at(1)).row(), shown(places.at(1)).parent()));
    // Selected by id (the map, search): every place.
    m_window->selectItem(mail.id);
    QVERIFY(selection->isRowSelected(shown(places.at(1)).row(), shown(places.at(1)).parent()));
    // Deselected in one place (a Ctrl+click): in both.
    selection->setCurrentIndex(shown(places.at(1)), QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
    QVERIFY(!selection->isRowSelected(shown(places.at(0)).row(), shown(places.at(0)).parent()));
    QVERIFY(m_window->selectedItemIds().isEmpty());
}

void TestMainWindow::detailsShowAliasesTagsHostsAndLinks()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    const auto find = [store](const QString &name) {
        return test::must(store->findItemsByName(name, test::readError())).first();
    };
    QString error;
    QVERIFY2(
        store->defineLinkType({QStringLiteral("replicates_to"), QStringLiteral("replicates to"), true, false}, &error),
        qPrintable(error));
    Item mail = find(QStringLiteral("mail.python.org"));
    mail.alsoOn = {find(QStringLiteral("dinsdale")).id, find(QStringLiteral("Rackspace VM for docs.python.org")).id};
    mail.aliases = {QStringLiteral("lists.python.org"), QStringLiteral("<b>mx</b>.python.org")};
    mail.tags = {QStringLiteral("env=prod"), QStringLiteral("pci"), QStringLiteral("<i>x</i>")};
    QVERIFY2(store->updateItem(mail, &error), qPrintable(error));
    Link replica;
    replica.fromItem = mail.id;
    replica.toItem = find(QStringLiteral("PyPI")).id;
    replica.type = QStringLiteral("replicates_to");
    replica.note = QStringLiteral("nightly\nat 02:00");
    QVERIFY2(store->addLink(replica, &error), qPrintable(error));
    for (const QString &target : {QStringLiteral("wiki.python.org"), QStringLiteral("bugs.python.org")}) {
        Link uses;
        uses.fromItem = mail.id;
        uses.toItem = find(target).id;
        uses.type = keys::linkKind(LinkKind::DependsOn);
        QVERIFY2(store->addLink(uses, &error), qPrintable(error));
    }
    Link usedBy;
    usedBy.fromItem = find(QStringLiteral("www.python.org")).id;
    usedBy.toItem = mail.id;
    usedBy.type = keys::linkKind(LinkKind::DependsOn);
    usedBy.note = QStringLiteral("sends <mail>");
    QVERIFY2(store->addLink(usedBy, &error), qPrintable(error));

    QVERIFY(m_window->selectItemByName(QStringLiteral("mail.python.org")));
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("detailsTextBrowser"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Also known as\nlists.python.org, <b>mx</b>.python.org")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("env=prod")) && text.contains(QStringLiteral("pci")) &&
                 text.contains(QStringLiteral("<i>x</i>")),
             qPrintable(text));
    // Every host it runs on, each on its own line with where that host is.
    QVERIFY2(text.contains(QStringLiteral("Runs on\nPython Software Foundation \u203a XS4ALL \u203a albatross\n"
                                          "Python Software Foundation \u203a XS4ALL \u203a dinsdale\n"
                                          "Python Software Foundation \u203a Rackspace \u203a Rackspace VM for "
                                          "docs.python.org")),
             qPrintable(text));
    // Links: the user's own type by its label, one row per type, each item on its line.
    QVERIFY2(text.contains(QStringLiteral("replicates to\nPyPI (nightly\nat 02:00)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("depends on\nwiki.python.org\nbugs.python.org")) ||
                 text.contains(QStringLiteral("depends on\nbugs.python.org\nwiki.python.org")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Used by\nwww.python.org (depends on: sends <mail>)")), qPrintable(text));
    // Nothing the user typed became markup.
    for (QTextBlock block = details->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (it.fragment().text().contains(QStringLiteral("mx"))) {
                QVERIFY(format.fontWeight() != QFont::Bold);
            }
            if (it.fragment().text().contains(QStringLiteral("<i>x")))
                QVERIFY(!format.fontItalic());
        }
    }
}

void TestMainWindow::statusesDrawnAsTheirCategory()
{
    QVERIFY(openExample());
    Store *store = m_window->store();
    QString error;
    QVERIFY2(store->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, &error),
             qPrintable(error));
    QVERIFY2(store->defineStatus({QStringLiteral("gone dark"), StatusCategory::Down, false}, &error),
             qPrintable(error));
    const auto setStatus = [&](const QString &name, const QString &status) {
        Item item = test::must(store->findItemsByName(name, test::readError())).first();
        item.status = status;
        return store->updateItem(item, &error);
    };
    QVERIFY2(setStatus(QStringLiteral("www.python.org"), QStringLiteral("redirect")), qPrintable(error));
    QVERIFY2(setStatus(QStringLiteral("PyPI"), QStringLiteral("gone dark")), qPrintable(error));
    QVERIFY2(setStatus(QStringLiteral("Buildbot"), QStringLiteral("read-only")), qPrintable(error));
    const auto styleOf = [this, store](const QString &name) {
        const qint64 id = test::must(store->findItemsByName(name, test::readError())).first().id;
        return ItemDelegate::styleAt(m_window->filterModel()->mapFromSource(m_window->treeModel()->indexForId(id)));
    };
    const StatusStyle degraded = StatusStyle::ofCategory(StatusCategory::Degraded);
    const StatusStyle active = styleOf(QStringLiteral("docs.python.org"));
    QVERIFY(!active.text.isValid());
    QCOMPARE(active.icon, StatusStyle::Icon::None);
    // Declared degraded: drawn as degraded (not as active), as the built-in degraded ones are coloured.
    const StatusStyle redirect = styleOf(QStringLiteral("www.python.org"));
    QCOMPARE(redirect.text, degraded.text);
    QCOMPARE(redirect.icon, StatusStyle::Icon::Warning);
    QCOMPARE(redirect.text, styleOf(QStringLiteral("legacy.python.org")).text);
    QCOMPARE(MapItem::styleFor(QStringLiteral("redirect"), StatusCategory::Degraded).fill, degraded.fill);
    // Declared down: as unreachable is drawn.
    const StatusStyle dark = styleOf(QStringLiteral("PyPI"));
    const StatusStyle ximinez = styleOf(QStringLiteral("ximinez"));
    QCOMPARE(dark.text, ximinez.text);
    QCOMPARE(dark.icon, ximinez.icon);
    QVERIFY(dark.struckOut);
    // Never declared: operational, as active.
    QCOMPARE(styleOf(QStringLiteral("Buildbot")).text, active.text);
    QCOMPARE(styleOf(QStringLiteral("Buildbot")).icon, StatusStyle::Icon::None);
    // The built-in ones as before.
    QCOMPARE(styleOf(QStringLiteral("planet.python.org")).icon, StatusStyle::Icon::Arrow);
    QCOMPARE(styleOf(QStringLiteral("staging.python.org")).icon, StatusStyle::Icon::Flask);
    QVERIFY(!StatusStyle::treeIcon(redirect).isNull());
    QVERIFY(StatusStyle::treeIcon(active).isNull());
}

void TestMainWindow::selectIsCaseInsensitive()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("WIKI.python.ORG")));
    QCOMPARE(currentName(), QStringLiteral("wiki.python.org"));
    QCOMPARE(contactNames().first(), QStringLiteral("Marc-Andr\u00e9 Lemburg"));
    // An unknown name changes nothing.
    QVERIFY(!m_window->selectItemByName(QStringLiteral("wiki")));
    QCOMPARE(currentName(), QStringLiteral("wiki.python.org"));
}

void TestMainWindow::selectingInTheTreeUpdatesThePanels()
{
    QVERIFY(openExample());
    QTreeView *tree = m_window->treeView();
    const QModelIndex pypi = m_window->filterModel()->mapFromSource(m_window->treeModel()->indexForId(
        test::must(m_window->store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).first().id));
    QVERIFY(pypi.isValid());
    tree->setCurrentIndex(pypi);
    QCOMPARE(contactNames(),
             (QStringList{QStringLiteral("Donald Stufft"), QStringLiteral("Ernest W. Durbin III"),
                          QStringLiteral("Richard Jones"), QStringLiteral("infrastructure-staff@python.org"),
                          QStringLiteral("#python-infra")}));
    // A click on another row works the same way.
    const QModelIndex org = tree->model()->index(0, 0);
    tree->scrollTo(org);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualRect(org).center());
    QCOMPARE(currentName(), QStringLiteral("Python Software Foundation"));
    QCOMPARE(contactNames().size(), 2);
}

void TestMainWindow::filterNarrowsTheTree()
{
    QVERIFY(openExample());
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("inventoryTreeView"));
    QVERIFY(edit);
    QVERIFY(tree);
    QCOMPARE(edit, m_window->filterEdit());
    const QStringList everything = shownNames(tree->model());
    QCOMPARE(everything.size(), 26);

    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("PLANET"));
    QCOMPARE(m_window->filterModel()->filterText(), QStringLiteral("PLANET"));
    QCOMPARE(shownNames(tree->model()),
             (QStringList{QStringLiteral("Python Software Foundation"), QStringLiteral("  XS4ALL"),
                          QStringLiteral("    dinsdale"), QStringLiteral("      planet.python.org")}));
    // Matches are opened so they can be seen.
    const QModelIndex xs4all = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QVERIFY(tree->isExpanded(xs4all));
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0, xs4all)));

    // Return moves to the tree.
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(tree->currentIndex().isValid());

    // Another filter, then none: everything is back.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("python.org"));
    const QStringList narrowed = shownNames(tree->model());
    QVERIFY(narrowed.size() < everything.size());
    QVERIFY(narrowed.contains(QStringLiteral("    docs.python.org")));
    QVERIFY(!narrowed.contains(QStringLiteral("  Fastly")));
    QVERIFY(!narrowed.contains(QStringLiteral("    PyPI")));

    edit->clear();
    QCOMPARE(shownNames(tree->model()), everything);

    QTest::keyClicks(edit, QStringLiteral("no such item"));
    QCOMPARE(tree->model()->rowCount(), 0);
    edit->clear();
    QCOMPARE(tree->model()->rowCount(), 1);
}

void TestMainWindow::selectingAHiddenItemClearsTheFilter()
{
    QVERIFY(openExample());
    m_window->filterEdit()->setText(QStringLiteral("planet"));
    QVERIFY(m_window->selectItemByName(QStringLiteral("PyPI")));
    QCOMPARE(m_window->filterEdit()->text(), QString());
    QCOMPARE(currentName(), QStringLiteral("PyPI"));
    QCOMPARE(contactNames().first(), QStringLiteral("Donald Stufft"));
}

void TestMainWindow::panelFollowsStoreChanges()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("planet.python.org")));
    QCOMPARE(contactNames(),
             (QStringList{QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("#python-infra")}));

    // Someone takes ownership of planet.python.org: the panel shows it at once.
    Store *store = m_window->store();
    Assignment a;
    a.itemId = test::must(store->findItemsByName(QStringLiteral("planet.python.org"), test::readError())).first().id;
    a.contactId = test::must(store->findContactsByName(QStringLiteral("Alex Gaynor"), test::readError())).first().id;
    QString error;
    QVERIFY2(store->addAssignment(a, &error), qPrintable(error));
    QCOMPARE(contactNames().first(), QStringLiteral("Alex Gaynor"));

    // It is renamed: the tree shows the new name, still selected.
    Item planet = test::must(store->item(a.itemId, test::readError()));
    planet.name = QStringLiteral("Planet Python");
    QVERIFY(store->updateItem(planet, &error));
    QCOMPARE(currentName(), QStringLiteral("Planet Python"));
    QVERIFY(contactReasons().first().contains(QStringLiteral("owner of Planet Python")));
}

void TestMainWindow::openRefusesBadFilesAndKeepsTheCurrentOne()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("docs.python.org")));
    const QString current = m_window->location();
    // Something that is not an inventory, and an inventory that is not there: a text
    // file and a missing file; on a server, another application's database and a
    // database the server does not have.
    QString foreign, missing;
    if (test::backend() == Backend::SQLite) {
        foreign = path(QStringLiteral("notes.txt"));
        missing = path(QStringLiteral("missing.sqlite"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an inventory\n");
        f.close();
    } else {
        foreign = inventory(QStringLiteral("notes"));
        missing = inventory(QStringLiteral("missing"));
        {
            test::RawConnection maintenance(test::serverBase() + QStringLiteral("/postgres"));
            QVERIFY(maintenance.isOpen());
            QString error;
            QVERIFY2(
                maintenance.exec(
                    QStringLiteral("CREATE DATABASE %1").arg(dialect::parseServerLocation(foreign).database), &error),
                qPrintable(error));
        }
        test::RawConnection raw(foreign);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (line text)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes VALUES ('not an inventory')")));
    }
    // All of both, before and after: the file's bytes, the database's schema and rows,
    // and that the missing one is still missing.
    const test::InventorySnapshot before = test::InventorySnapshot::of(foreign);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY(test::backend() == Backend::SQLite
                ? before.file.bytes == "not an inventory\n"
                : before.contents.contains(QStringLiteral("notes: line=not an inventory")));
    const test::InventorySnapshot missingBefore = test::InventorySnapshot::of(missing);
    QVERIFY2(missingBefore.error.isEmpty() && !missingBefore.exists, qPrintable(missingBefore.error));
    for (const QString &bad : {foreign, missing}) {
        QString error;
        QVERIFY(!m_window->openLocation(bad, &error));
        QVERIFY2(error.contains(dialect::displayLocation(bad)), qPrintable(error));
        QCOMPARE(m_window->location(), current);
        QCOMPARE(currentName(), QStringLiteral("docs.python.org"));
        QCOMPARE(contactNames().size(), 4);
    }
    QCOMPARE(test::InventorySnapshot::of(foreign).differenceFrom(before), QString());
    QCOMPARE(test::InventorySnapshot::of(missing).differenceFrom(missingBefore), QString());
    if (test::backend() == Backend::SQLite) {
        QVERIFY(!QFileInfo::exists(missing));
    } else {
        test::RawConnection maintenance(test::serverBase() + QStringLiteral("/postgres"));
        QCOMPARE(maintenance
                     .value(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                                .arg(dialect::parseServerLocation(missing).database))
                     .toInt(),
                 0);
    }
    QVERIFY(!m_settings->recentLocations().contains(QFileInfo(foreign).absoluteFilePath()));
    QVERIFY(!m_settings->recentLocations().contains(dialect::displayLocation(foreign)));
}

void TestMainWindow::newFileRefusesAnExistingFile()
{
    QVERIFY(openExample());
    const QString file = m_example;
    const test::InventorySnapshot before = test::InventorySnapshot::of(file);
    QVERIFY2(before.error.isEmpty() && before.exists, qPrintable(before.error));
    QString error;
    QVERIFY(!m_window->newFile(file, false, &error));
    // A file that exists; a database that has tables already.
    QVERIFY2(error.contains(test::backend() == Backend::SQLite ? QStringLiteral("already exists")
                                                               : QStringLiteral("already has tables")),
             qPrintable(error));
    QCOMPARE(test::InventorySnapshot::of(file).differenceFrom(before), QString());
    QCOMPARE(m_window->treeModel()->itemCount(), 26);

    // An empty new inventory has just its organisation.
    QVERIFY2(m_window->newFile(inventory(QStringLiteral("new")), false, &error), qPrintable(error));
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->treeModel(), kTesterMode);
    QCOMPARE(m_window->treeModel()->itemCount(), 1);
    QCOMPARE(currentName(), QStringLiteral("My organisation"));
    QCOMPARE(m_window->whoToContactPanel()->contacts().size(), 0);
}

void TestMainWindow::opensAnInventoryMadeByInit()
{
    const QString file = inventory(QStringLiteral("cli"));
    QString err;
    QCOMPARE(runSteward({QStringLiteral("init"), file, QStringLiteral("--example")}, &err), 0);
    QString error;
    QVERIFY2(m_window->openLocation(file, &error), qPrintable(error));
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->treeModel(), kTesterMode);
    QCOMPARE(m_window->treeModel()->itemCount(), 26);
    QVERIFY(m_window->selectItemByName(QStringLiteral("Buildbot")));
    QCOMPARE(contactNames(),
             (QStringList{QStringLiteral("Antoine Pitrou"), QStringLiteral("python-dev@python.org"),
                          QStringLiteral("infrastructure-staff@python.org"), QStringLiteral("#python-infra")}));
}

void TestMainWindow::screenshot()
{
    const QString file = inventory(QStringLiteral("shot"));
    QString err;
    QCOMPARE(runSteward({QStringLiteral("init"), file, QStringLiteral("--example")}, &err), 0);
    // Every row, the history's included, and (for a file) every byte.
    const auto state = [file] { return test::wholeInventory(file); };
    const QStringList before = state();
    const QString png = path(QStringLiteral("shot.png"));
    QCOMPARE(runSteward({QStringLiteral("--db"), file, QStringLiteral("--screenshot"), png, QStringLiteral("--select"),
                         QStringLiteral("docs.python.org")},
                        &err),
             0);
    QImage image;
    QVERIFY2(image.load(png, "PNG"), qPrintable(err));
    QCOMPARE(image.size(), QSize(1600, 1000));
    // A real picture of the window, not a blank one.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    // Taking a screenshot neither changes the inventory nor touches the user's settings.
    QCOMPARE(state(), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("xdg-config/steward/steward.ini"))));
    // Nor does it write a daily backup beside a file.
    if (!dialect::isServerLocation(file))
        QVERIFY(test::folderEntries(QFileInfo(file).absolutePath()).filter(QStringLiteral(".backups")).isEmpty());
}

void TestMainWindow::screenshotErrors()
{
    const QString png = path(QStringLiteral("shot.png"));
    QString err;
    // No inventory given.
    QCOMPARE(runSteward({QStringLiteral("--screenshot"), png}, &err), 2); // a usage error
    QVERIFY2(err.contains(QStringLiteral("--db")), qPrintable(err));
    // An inventory that cannot be opened (a file or a database that is not there).
    QCOMPARE(
        runSteward({QStringLiteral("--db"), inventory(QStringLiteral("missing")), QStringLiteral("--screenshot"), png},
                   &err),
        1);
    QVERIFY2(err.contains(QStringLiteral("does not exist")), qPrintable(err));
    // An item that is not there.
    const QString file = inventory(QStringLiteral("shot"));
    QCOMPARE(runSteward({QStringLiteral("init"), file, QStringLiteral("--example")}), 0);
    QCOMPARE(runSteward({QStringLiteral("--db"), file, QStringLiteral("--screenshot"), png, QStringLiteral("--select"),
                         QStringLiteral("nothing")},
                        &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("no item is called \"nothing\"")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(png));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
