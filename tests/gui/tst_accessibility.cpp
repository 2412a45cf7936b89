// Accessibility, as a screen reader and a keyboard user meet the window: every control
// of the main window, its docks, the forms, the ownership editor, the import and
// reports windows and the other dialogs has a name that QAccessible reports (read
// through QAccessible::queryAccessibleInterface, as an assistive technology reads it);
// the map exposes its boxes and says which is selected; F6 and Shift+F6 go from panel
// to panel; the arrow keys move on the map and Return brings the box's details; Esc
// closes every dialog and window; every menu item has a mnemonic; the tree's
// statuses are words and shapes as well as colours, readable on a dark palette.

#include "AssignDialog.h"
#include "Backup.h"
#include "BatchRevert.h"
#include "BatchRevertDialog.h"
#include "ConnectDialog.h"
#include "ContactForm.h"
#include "ContactsForListDialog.h"
#include "DashboardView.h"
#include "DepartureDialog.h"
#include "HandoverDialog.h"
#include "ImportDialog.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "ItemDelegate.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "MapAccessible.h"
#include "MapPanel.h"
#include "MapScene.h"
#include "MapView.h"
#include "OptionalDateEdit.h"
#include "OwnershipDialog.h"
#include "Readable.h"
#include "ReportsWindow.h"
#include "RestoreBackupDialog.h"
#include "Settings.h"
#include "StatusesAndLinkTypesDialog.h"
#include "StatusStyle.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace steward;

namespace {

/// The controls a keyboard or screen-reader user lands on.
bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QGraphicsView *>(w);
}

/// The part of a compound control that Qt presents as the control itself (a combo
/// box's line edit, a spin box's, a scroll area's scroll bars, a view's header).
bool insideCompound(const QWidget *w, const QWidget *root)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget()) {
        // (A line edit's clear button is its own: no focus, and Qt names it as part of the edit.)
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QLineEdit *>(p))
            return true;
        // A control in a view's cell (setIndexWidget) is one of its own: a user tabs to it.
        const auto *view = p->parentWidget() ? qobject_cast<const QAbstractItemView *>(p->parentWidget()) : nullptr;
        if (view && view->viewport() == p)
            return false;
        if (qobject_cast<const QAbstractItemView *>(p) || p->objectName().startsWith(QLatin1String("qt_")))
            return true;
    }
    return false;
}

/// "ReportsWindow/QSplitter/reportTableView": where @p w is, for a failure message.
QString pathOf(const QWidget *w, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        parts.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
        if (p == root)
            break;
    }
    return parts.join(QLatin1Char('/'));
}

/// Each unnamed control on a line of its own (a failure message is cut at 1,000 characters).
QString unnamedMessage(const QStringList &missing)
{
    for (const QString &line : missing)
        qWarning("unnamed: %s", qPrintable(line));
    return QStringLiteral("%1 controls without an accessible name, the first: %2")
        .arg(missing.size())
        .arg(missing.value(0));
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

public:
    /// The interactive widgets under @p root (itself included) whose accessible name is
    /// empty, each as "WINDOW: path (Class)". Hidden ones too: a panel shown later counts.
    static QStringList unnamed(QWidget *root, const QString &window);

private:
    bool openExample();
    qint64 idOf(const QString &name) const;
    QStringList check(QWidget *root, const QString &window) { return unnamed(root, window); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();

    void theCheckFindsAnUnnamedControl();
    void mainWindowControlsHaveNames();
    void formsAndDialogsHaveNames();
    void importAndReportsWindowsHaveNames();
    void mapExposesItsBoxes();
    void mapArrowKeysAndReturn();
    void f6CyclesThroughThePanels();
    void escClosesEveryWindow();
    void everyMenuItemHasAMnemonic();
    void treeStatusIsNotColourAlone();
    void statusColoursReadOnADarkPalette();
    void writtenColoursReadOnADarkPalette();
    void darkPaletteAndDoubleScaleScreenshots();
};

QStringList TestAccessibility::unnamed(QWidget *root, const QString &window)
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w) || insideCompound(w, root))
            continue;
        // A control nobody can reach (no focus, not a button) is decoration.
        if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton *>(w) && !qobject_cast<QTabBar *>(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // A combo box's name is its current choice ("email") on Linux, which says nothing
        // of what it chooses: Qt gives its label through a relation (a QLabel buddy, a
        // QFormLayout row) and, on other systems, its own accessible name.
        const bool onlyItsChoice = qobject_cast<const QComboBox *>(w) && w->accessibleName().isEmpty() && iface &&
                                   iface->relations(QAccessible::Label).isEmpty();
        if (name.isEmpty() || onlyItsChoice)
            missing << QStringLiteral("%1: %2 (%3)")
                           .arg(window, pathOf(w, root), QString::fromLatin1(w->metaObject()->className()));
    }
    return missing;
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_settings->setValue(Settings::Key::BackupsKept, 0);
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestAccessibility::openExample()
{
    QString error;
    if (!m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

qint64 TestAccessibility::idOf(const QString &name) const
{
    if (!m_window->selectItemByName(name))
        return 0;
    return m_window->selectedItemIds().value(0);
}

void TestAccessibility::theCheckFindsAnUnnamedControl()
{
    // The check itself can fail: a line edit, a button without text and a view, all
    // without names, are each reported with the window and their path.
    QWidget window;
    window.setObjectName(QStringLiteral("probeWindow"));
    auto *edit = new QLineEdit(&window);
    edit->setObjectName(QStringLiteral("probeLineEdit"));
    auto *button = new QPushButton(&window);
    button->setObjectName(QStringLiteral("probePushButton"));
    auto *view = new QTreeView(&window);
    Q_UNUSED(view)
    auto *combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("probeComboBox"));
    combo->addItem(QStringLiteral("email"));
    auto *named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Named"));
    const QStringList missing = unnamed(&window, QStringLiteral("Probe"));
    QCOMPARE(missing, QStringList({QStringLiteral("Probe: probeWindow/probeLineEdit (QLineEdit)"),
                                   QStringLiteral("Probe: probeWindow/probePushButton (QPushButton)"),
                                   QStringLiteral("Probe: probeWindow/QTreeView (QTreeView)"),
                                   QStringLiteral("Probe: probeWindow/probeComboBox (QComboBox)")}));
    // A label's buddy names its control, as QFormLayout's labels do.
    auto *label = new QLabel(QStringLiteral("&Address:"), &window);
    label->setBuddy(edit);
    button->setText(QStringLiteral("&Go"));
    view->setAccessibleName(QStringLiteral("Items"));
    (new QLabel(QStringLiteral("&Kind:"), &window))->setBuddy(combo);
    QCOMPARE(unnamed(&window, QStringLiteral("Probe")), QStringList());
}

void TestAccessibility::mainWindowControlsHaveNames()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("docs.python.org")));
    // The impact list and the panels' lazily built parts exist once shown.
    m_window->mapPanel()->setImpactMode(true);
    QVERIFY(m_window->mapPanel()->waitForLayout(30000));
    QStringList missing = check(m_window.get(), QStringLiteral("MainWindow"));
    // The dashboard: a window of its own.
    QAction *dashboardAction = m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
    QVERIFY(dashboardAction);
    dashboardAction->trigger();
    auto *dashboard = m_window->findChild<DashboardView *>();
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    missing += check(dashboard, QStringLiteral("Dashboard"));
    QVERIFY2(missing.isEmpty(), qPrintable(unnamedMessage(missing)));
    // The panels themselves are named as the screen reader announces them.
    for (const char *dock : {"detailsDockWidget", "contactsDockWidget", "historyDockWidget", "undoDockWidget",
                             "contactsDirectoryDockWidget"}) {
        auto *widget = m_window->findChild<QDockWidget *>(QLatin1String(dock));
        QVERIFY2(widget, dock);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget->widget());
        QVERIFY2(iface && !iface->text(QAccessible::Name).isEmpty(), dock);
    }
}

void TestAccessibility::formsAndDialogsHaveNames()
{
    QVERIFY(openExample());
    Store &store = *m_window->store();
    QString error;
    QStringList missing;
    for (const QString &name :
         {QStringLiteral("docs.python.org"), QStringLiteral("albatross"), QStringLiteral("Rackspace")}) {
        const auto item = store.item(idOf(name), &error);
        QVERIFY2(item, qPrintable(error));
        ItemForm form(store, *item);
        form.show();
        missing += check(&form, QStringLiteral("ItemForm(%1)").arg(name));
    }
    // A team's form has its members' table.
    const auto teams = store.findContactsByName(QStringLiteral("Infrastructure team"), &error);
    QVERIFY2(teams && teams->size() == 1, qPrintable(error));
    const auto team = store.contact(teams->first().id, &error);
    const auto members = store.teamMembers(teams->first().id, &error);
    QVERIFY2(team && members, qPrintable(error));
    {
        ContactForm form(store, ContactDraft{*team, *members});
        form.show();
        missing += check(&form, QStringLiteral("ContactForm"));
        ContactForm blank(store, ContactDraft{});
        blank.show();
        missing += check(&blank, QStringLiteral("ContactForm(new)"));
    }
    {
        OwnershipDialog dialog(store, idOf(QStringLiteral("docs.python.org")));
        dialog.show();
        missing += check(&dialog, QStringLiteral("OwnershipDialog"));
    }
    const auto contacts = store.contacts(&error);
    QVERIFY2(contacts, qPrintable(error));
    for (const auto mode : {AssignDialog::Mode::Assign, AssignDialog::Mode::Remove}) {
        AssignDialog dialog(mode, *contacts, 2);
        dialog.show();
        missing += check(&dialog, QStringLiteral("AssignDialog"));
        // A day field is named after its row's label, and its clear button after it.
        if (auto *from = dialog.findChild<OptionalDateEdit *>(QStringLiteral("validFromDateEdit"))) {
            QCOMPARE(QAccessible::queryAccessibleInterface(from->dateEdit())->text(QAccessible::Name),
                     QStringLiteral("Valid from"));
            QCOMPARE(QAccessible::queryAccessibleInterface(from->clearButton())->text(QAccessible::Name),
                     QStringLiteral("Clear Valid from"));
        } else {
            QCOMPARE(mode, AssignDialog::Mode::Remove);
        }
    }
    {
        StatusesAndLinkTypesDialog dialog(store);
        dialog.show();
        missing += check(&dialog, QStringLiteral("StatusesAndLinkTypesDialog"));
    }
    {
        ConnectDialog dialog;
        dialog.show();
        missing += check(&dialog, QStringLiteral("ConnectDialog"));
    }
    {
        ContactsForListDialog dialog(store, m_settings.get());
        dialog.setListText(QStringLiteral("docs.python.org is down\nalbatross too\n"));
        dialog.show();
        missing += check(&dialog, QStringLiteral("ContactsForListDialog"));
    }
    const auto people = store.findContactsByName(QStringLiteral("Benjamin Peterson"), &error);
    QVERIFY2(people && people->size() == 1, qPrintable(error));
    {
        DepartureDialog dialog(*m_window->document(), people->first().id);
        dialog.show();
        missing += check(&dialog, QStringLiteral("DepartureDialog"));
    }
    {
        HandoverDialog dialog(*m_window->document(), people->first().id, {});
        dialog.show();
        missing += check(&dialog, QStringLiteral("HandoverDialog"));
    }
    {
        const auto history = store.history(idOf(QStringLiteral("docs.python.org")), 0, &error);
        QVERIFY2(history && !history->isEmpty(), qPrintable(error));
        const auto plan = planBatchRevert(store, history->last().batchId, &error);
        QVERIFY2(plan, qPrintable(error));
        BatchRevertDialog dialog(*plan);
        dialog.show();
        missing += check(&dialog, QStringLiteral("BatchRevertDialog"));
    }
    if (test::backend() == Backend::SQLite) {
        // Backups are files beside a file inventory.
        RestoreBackupDialog dialog(m_window->location(), Backup::list(m_window->location(), true));
        dialog.show();
        missing += check(&dialog, QStringLiteral("RestoreBackupDialog"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(unnamedMessage(missing)));
}

void TestAccessibility::importAndReportsWindowsHaveNames()
{
    QVERIFY(openExample());
    QStringList missing;
    QAction *reportsAction = m_window->findChild<QAction *>(QStringLiteral("reportsAction"));
    QVERIFY(reportsAction);
    reportsAction->trigger();
    auto *reports = m_window->findChild<ReportsWindow *>(QStringLiteral("reportsWindow"));
    QVERIFY(reports);
    QSignalSpy previews(reports, &ReportsWindow::previewFinished);
    QVERIFY(previews.wait(20000) || !reports->isPreviewRunning());
    missing += check(reports, QStringLiteral("ReportsWindow"));
    reports->close();

    QAction *importAction = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(importAction);
    importAction->trigger();
    auto *import = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    QVERIFY(import);
    missing += check(import, QStringLiteral("ImportDialog(empty)"));
    QSignalSpy validated(import, &ImportDialog::validated);
    import->addFiles({QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic/services.csv")});
    QVERIFY(validated.wait(20000));
    missing += check(import, QStringLiteral("ImportDialog"));
    import->close();
    QVERIFY2(missing.isEmpty(), qPrintable(unnamedMessage(missing)));
}

void TestAccessibility::mapExposesItsBoxes()
{
    QVERIFY(openExample());
    MapPanel *map = m_window->mapPanel();
    QVERIFY(map->waitForLayout(30000));
    MapView *view = map->view();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), tr("Map"));
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    // Every box drawn is a child, each named, and found again by its index.
    const QList<qint64> shown = map->scene()->shownIds();
    QVERIFY(shown.size() > 10);
    QCOMPARE(iface->childCount(), shown.size());
    QSet<QString> names;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *box = iface->child(i);
        QVERIFY(box && box->isValid());
        QCOMPARE(box->role(), QAccessible::ListItem);
        QCOMPARE(iface->indexOfChild(box), i);
        QCOMPARE(box->parent(), iface);
        QVERIFY(!box->text(QAccessible::Name).isEmpty());
        names.insert(box->text(QAccessible::Name));
    }
    QVERIFY(names.contains(QStringLiteral("service docs.python.org, active, in Rackspace")) ||
            std::any_of(names.cbegin(), names.cend(),
                        [](const QString &n) { return n.startsWith(QLatin1String("service docs.python.org, ")); }));
    // The selection is the focused child and the view's value.
    QVERIFY(m_window->selectItemByName(QStringLiteral("albatross")));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QAccessibleInterface *focused = iface->focusChild();
    QVERIFY(focused);
    QVERIFY2(focused->text(QAccessible::Name).startsWith(QLatin1String("host albatross")),
             qPrintable(focused->text(QAccessible::Name)));
    QVERIFY(focused->state().selected);
    QVERIFY(focused->state().focused);
    QCOMPARE(iface->text(QAccessible::Value), focused->text(QAccessible::Name));
    // Where a screen reader points, the box there.
    const QRect where = focused->rect();
    QVERIFY(where.isValid());
    QAccessibleInterface *under = iface->childAt(where.center().x(), where.center().y());
    QVERIFY(under);
    // A box inside albatross, or albatross itself.
    QVERIFY(under == focused || under->text(QAccessible::Name).endsWith(QLatin1String("in albatross")));
    // The map drawn again: the old boxes' interfaces are dropped, new ones answer.
    map->relayout();
    QVERIFY(map->waitForLayout(30000));
    QCOMPARE(iface->childCount(), map->scene()->shownIds().size());
    QVERIFY(iface->child(0) && iface->child(0)->isValid());
}

void TestAccessibility::mapArrowKeysAndReturn()
{
    QVERIFY(openExample());
    MapPanel *map = m_window->mapPanel();
    QVERIFY(map->waitForLayout(30000));
    MapView *view = map->view();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(m_window->selectItemByName(QStringLiteral("albatross")));
    m_window->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    // Down goes into the host, Right to the box beside, Backspace out again; the tree,
    // the map's selection and what a screen reader reads all follow.
    QTest::keyClick(view, Qt::Key_Down);
    const qint64 inside = m_window->selectedItemIds().value(0);
    QCOMPARE(map->scene()->selectedId(), inside);
    QCOMPARE(map->scene()->drawnContainer(inside), idOf(QStringLiteral("albatross")));
    QVERIFY(m_window->selectItemByName(QStringLiteral("albatross")));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(m_window->selectedItemIds().value(0), inside);
    const QString insideName = map->scene()->itemFor(inside)->node().name;
    QVERIFY2(iface->text(QAccessible::Value).contains(insideName), qPrintable(iface->text(QAccessible::Value)));
    QCOMPARE(iface->focusChild()->text(QAccessible::Name), iface->text(QAccessible::Value));
    const qint64 right = map->scene()->neighbour(inside, 1, 0);
    QVERIFY(right);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_window->selectedItemIds().value(0), right);
    QVERIFY(iface->text(QAccessible::Value).contains(map->scene()->itemFor(right)->node().name));
    const qint64 left = map->scene()->neighbour(right, -1, 0);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(m_window->selectedItemIds().value(0), left);
    // Backspace: out to the region that holds it (a box at the top stays).
    const qint64 out = map->scene()->drawnContainer(left) ? map->scene()->drawnContainer(left) : left;
    QTest::keyClick(view, Qt::Key_Backspace);
    QCOMPARE(m_window->selectedItemIds().value(0), out);
    // The tree's current row is the map's selection.
    QCOMPARE(m_window->treeView()->currentIndex().data(InventoryTreeModel::IdRole).toLongLong(),
             map->scene()->selectedId());
    // Return shows the selection's details.
    auto *details = m_window->findChild<QDockWidget *>(QStringLiteral("detailsDockWidget"));
    QVERIFY(details);
    details->hide();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(details->isVisible());
}

void TestAccessibility::f6CyclesThroughThePanels()
{
    QVERIFY(openExample());
    QVERIFY(m_window->mapPanel()->waitForLayout(30000));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->treeView()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->treeView()));
    // Where F6 lands: which panel holds the focus.
    const auto panel = [this]() -> QString {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return QStringLiteral("none");
        if (focus == m_window->treeView())
            return QStringLiteral("tree");
        if (focus == m_window->mapPanel()->view())
            return QStringLiteral("map");
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->isAncestorOf(focus))
                return dock->objectName();
        }
        return QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char('/') + focus->objectName();
    };
    const QStringList forward{QStringLiteral("map"),
                              QStringLiteral("detailsDockWidget"),
                              QStringLiteral("contactsDockWidget"),
                              QStringLiteral("historyDockWidget"),
                              QStringLiteral("undoDockWidget"),
                              QStringLiteral("contactsDirectoryDockWidget"),
                              QStringLiteral("tree")};
    QStringList seen;
    for (int i = 0; i < forward.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        seen << panel();
        // A tabbed dock is brought to the front: what has the focus is shown.
        QVERIFY2(QApplication::focusWidget()->isVisible(), qPrintable(seen.last()));
    }
    if (seen != forward)
        qWarning() << "F6 went" << seen;
    QCOMPARE(seen, forward);
    // Shift+F6 goes back the same way.
    seen.clear();
    for (int i = 0; i < forward.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        seen << panel();
    }
    QStringList backward;
    for (qsizetype i = forward.size() - 2; i >= 0; --i)
        backward << forward.at(i);
    backward << QStringLiteral("tree");
    QCOMPARE(seen, backward);
    // A closed dock and a hidden map are left out.
    m_window->findChild<QDockWidget *>(QStringLiteral("historyDockWidget"))->close();
    m_window->findChild<QAction *>(QStringLiteral("showMapAction"))->setChecked(false);
    seen.clear();
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        seen << panel();
    }
    QCOMPARE(seen, QStringList({QStringLiteral("detailsDockWidget"), QStringLiteral("contactsDockWidget"),
                                QStringLiteral("undoDockWidget"), QStringLiteral("contactsDirectoryDockWidget"),
                                QStringLiteral("tree")}));
}

void TestAccessibility::escClosesEveryWindow()
{
    QVERIFY(openExample());
    Store &store = *m_window->store();
    QString error;
    // The windows that are not dialogs: the reports and the dashboard.
    m_window->findChild<QAction *>(QStringLiteral("reportsAction"))->trigger();
    auto *reports = m_window->findChild<ReportsWindow *>(QStringLiteral("reportsWindow"));
    QVERIFY(reports);
    QVERIFY(QTest::qWaitForWindowExposed(reports));
    reports->activateWindow();
    QTRY_VERIFY(reports->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : reports, Qt::Key_Escape);
    QTRY_VERIFY(!reports->isVisible());

    QAction *dashboardAction = m_window->findChild<QAction *>(QStringLiteral("showDashboardAction"));
    dashboardAction->trigger();
    auto *dashboard = m_window->findChild<DashboardView *>();
    QVERIFY(dashboard && dashboard->isVisible());
    dashboard->activateWindow();
    QTRY_VERIFY(dashboard->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dashboard, Qt::Key_Escape);
    QTRY_VERIFY(!dashboard->isVisible());
    QVERIFY(!dashboardAction->isChecked());

    // The dialogs: Esc rejects each.
    const auto item = store.item(idOf(QStringLiteral("docs.python.org")), &error);
    QVERIFY2(item, qPrintable(error));
    const auto contacts = store.contacts(&error);
    QVERIFY2(contacts, qPrintable(error));
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ItemForm>(store, *item, m_window.get()));
    dialogs.push_back(std::make_unique<ContactForm>(store, ContactDraft{}, m_window.get()));
    dialogs.push_back(std::make_unique<OwnershipDialog>(store, item->id, m_window.get()));
    dialogs.push_back(std::make_unique<AssignDialog>(AssignDialog::Mode::Assign, *contacts, 1, m_window.get()));
    dialogs.push_back(std::make_unique<StatusesAndLinkTypesDialog>(store, m_window.get()));
    dialogs.push_back(std::make_unique<ContactsForListDialog>(store, m_settings.get(), m_window.get()));
    dialogs.push_back(std::make_unique<ConnectDialog>(m_window.get()));
    const auto people = store.findContactsByName(QStringLiteral("Benjamin Peterson"), &error);
    QVERIFY2(people && people->size() == 1, qPrintable(error));
    dialogs.push_back(std::make_unique<DepartureDialog>(*m_window->document(), people->first().id, m_window.get()));
    dialogs.push_back(
        std::make_unique<HandoverDialog>(*m_window->document(), people->first().id, QVector<qint64>(), m_window.get()));
    const auto history = store.history(item->id, 0, &error);
    QVERIFY2(history && !history->isEmpty(), qPrintable(error));
    const auto plan = planBatchRevert(store, history->last().batchId, &error);
    QVERIFY2(plan, qPrintable(error));
    dialogs.push_back(std::make_unique<BatchRevertDialog>(*plan, m_window.get()));
    if (test::backend() == Backend::SQLite)
        dialogs.push_back(std::make_unique<RestoreBackupDialog>(
            m_window->location(), Backup::list(m_window->location(), true), m_window.get()));
    for (const auto &dialog : dialogs) {
        dialog->show();
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && dialog->isAncestorOf(focus) ? focus : dialog.get(), Qt::Key_Escape);
        QVERIFY2(rejected.size() == 1 && !dialog->isVisible(), dialog->metaObject()->className());
    }
    // The import dialog, from its menu item.
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    QPointer<ImportDialog> import = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    QVERIFY(import);
    import->activateWindow();
    QTRY_VERIFY(import->isActiveWindow());
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && import->isAncestorOf(focus) ? focus : import.data(), Qt::Key_Escape);
    QTRY_VERIFY(!import || !import->isVisible());
}

void TestAccessibility::everyMenuItemHasAMnemonic()
{
    QVERIFY(openExample());
    QStringList without, shared;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        QSet<QChar> used;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty() || !action->isVisible())
                continue;
            const QString text = action->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            // The recent files are numbered (&1 …); the rest say their own letter.
            if (amp < 0 || amp + 1 >= text.size()) {
                without << path + QLatin1String(" > ") + text;
                continue;
            }
            // Two items of a menu with one letter: the letter goes from one to the other.
            if (used.contains(text.at(amp + 1).toLower()))
                shared << path + QLatin1String(" > ") + text;
            used.insert(text.at(amp + 1).toLower());
            if (action->menu())
                walk(action->menu(), path + QLatin1String(" > ") + text);
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu()) {
            if (!top->text().contains(QLatin1Char('&')))
                without << top->text();
            walk(top->menu(), top->text());
        }
    }
    QVERIFY2(without.isEmpty(), qPrintable(without.join(QLatin1Char('\n'))));
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1Char('\n'))));
}

void TestAccessibility::treeStatusIsNotColourAlone()
{
    QVERIFY(openExample());
    // A status other than active is said in words in its own column and drawn with an
    // icon whose shape differs from status to status, not only in another colour.
    QVERIFY(m_window->selectItemByName(QStringLiteral("ximinez")));
    QTreeView *tree = m_window->treeView();
    const QModelIndex name = tree->currentIndex();
    const QModelIndex status = name.siblingAtColumn(InventoryTreeModel::StatusColumn);
    QVERIFY(!tree->isColumnHidden(InventoryTreeModel::StatusColumn));
    QCOMPARE(status.data().toString(), QStringLiteral("unreachable"));
    QStyleOptionViewItem option;
    option.initFrom(tree);
    auto *delegate = qobject_cast<ItemDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem statusOption = option;
    delegate->initStyleOption(&statusOption, status);
    QVERIFY(!statusOption.icon.isNull());
    // Each icon shape belongs to one meaning.
    QSet<int> shapes;
    for (const QString &s : {QStringLiteral("unreachable"), QStringLiteral("legacy"), QStringLiteral("needs-move"),
                             QStringLiteral("staging"), QStringLiteral("planned")})
        shapes.insert(static_cast<int>(StatusStyle::of(s, keys::builtinStatusCategory(s)).icon));
    QCOMPARE(shapes.size(), 5);
}

void TestAccessibility::statusColoursReadOnADarkPalette()
{
    // On a dark base, the tree's status colours are made light enough to read (WCAG's
    // 4.5:1 for text); on the usual light base they stay as they were.
    const QColor darkBase(0x2a, 0x2a, 0x2a);
    const QColor lightBase(Qt::white);
    for (const QString &s : {QStringLiteral("unreachable"), QStringLiteral("retired"), QStringLiteral("legacy"),
                             QStringLiteral("needs-move"), QStringLiteral("staging"), QStringLiteral("planned")}) {
        const QColor text = StatusStyle::of(s, keys::builtinStatusCategory(s)).text;
        QVERIFY(text.isValid());
        QVERIFY2(StatusStyle::contrast(text, darkBase) < 4.5, qPrintable(s)); // as it was: the reason for the fix
        const QColor onDark = StatusStyle::readableOn(text, darkBase);
        QVERIFY2(StatusStyle::contrast(onDark, darkBase) >= 4.5, qPrintable(s));
        QCOMPARE(StatusStyle::readableOn(text, lightBase), text);
    }
    // The delegate does it with the tree's own palette.
    QVERIFY(openExample());
    QTreeView *tree = m_window->treeView();
    QPalette dark = tree->palette();
    dark.setColor(QPalette::Base, darkBase);
    dark.setColor(QPalette::AlternateBase, darkBase.lighter(110));
    dark.setColor(QPalette::Text, Qt::white);
    tree->setPalette(dark);
    QVERIFY(m_window->selectItemByName(QStringLiteral("ximinez")));
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.palette = dark;
    auto *delegate = qobject_cast<ItemDelegate *>(tree->itemDelegate());
    delegate->initStyleOption(&option, tree->currentIndex());
    QVERIFY2(StatusStyle::contrast(option.palette.color(QPalette::Text), darkBase) >= 4.5,
             qPrintable(option.palette.color(QPalette::Text).name()));
}

void TestAccessibility::writtenColoursReadOnADarkPalette()
{
    QLabel dark;
    QPalette palette = dark.palette();
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setPalette(palette);
    const QRegularExpression colour(QStringLiteral("color:(#[0-9a-f]{6})"));
    // A grey note and a red problem become readable; a chip with its own background stays.
    for (const QString &written : {QStringLiteral("<span style=\"color:#666\">confirmed today</span>"),
                                   QStringLiteral("<p style=\"color:#b71c1c\">cannot read</p>")}) {
        const QString shown = readable::colours(written, &dark);
        const QRegularExpressionMatch m = colour.match(shown);
        QVERIFY2(m.hasMatch(), qPrintable(shown));
        QVERIFY2(StatusStyle::contrast(QColor(m.captured(1)), palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(shown));
    }
    const QString chip = QStringLiteral("<span style=\"background-color:#e8eef6;color:#1e3a5f\">env=prod</span>");
    QCOMPARE(readable::colours(chip, &dark), chip);
    // A style sheet, as the forms' problem lines have it.
    const QString sheet = readable::colours(QStringLiteral("color: #b71c1c"), &dark);
    QVERIFY2(sheet.startsWith(QLatin1String("color: #")) && sheet != QLatin1String("color: #b71c1c"),
             qPrintable(sheet));
    // On a light palette nothing changes.
    QLabel light;
    QPalette lightPalette = light.palette();
    lightPalette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setPalette(lightPalette);
    QCOMPARE(readable::colours(QStringLiteral("<span style=\"color:#666\">x</span>"), &light),
             QStringLiteral("<span style=\"color:#666\">x</span>"));
}

void TestAccessibility::darkPaletteAndDoubleScaleScreenshots()
{
    QVERIFY(openExample());
    const auto run = [this](const QStringList &arguments, const QByteArray &scale, QString *err) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        if (!scale.isEmpty())
            env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(scale));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STEWARD_BINARY), arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const QString location = m_window->location();
    const QString darkShot = m_dir->filePath(QStringLiteral("dark.png"));
    const QString lightShot = m_dir->filePath(QStringLiteral("light.png"));
    QString err;
    const QStringList common{QStringLiteral("--db"),     location,
                             QStringLiteral("--select"), QStringLiteral("docs.python.org"),
                             QStringLiteral("--size"),   QStringLiteral("900x600")};
    QCOMPARE(
        run(QStringList{QStringLiteral("--palette"), QStringLiteral("dark"), QStringLiteral("--screenshot"), darkShot} +
                common,
            "2", &err),
        0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(run(QStringList{QStringLiteral("--screenshot"), lightShot} + common, QByteArray(), &err), 0);
    const QImage dark(darkShot), light(lightShot);
    // At 200%, twice the pixels each way.
    QCOMPARE(dark.size(), QSize(1800, 1200));
    QCOMPARE(light.size(), QSize(900, 600));
    // The tree's empty space: dark in one, light in the other.
    QVERIFY2(qGray(dark.pixel(40, 1000)) < 80, qPrintable(QString::number(qGray(dark.pixel(40, 1000)))));
    QVERIFY2(qGray(light.pixel(20, 500)) > 180, qPrintable(QString::number(qGray(light.pixel(20, 500)))));
    // What is not a palette or a style is refused, saying what is.
    QCOMPARE(run({QStringLiteral("--palette"), QStringLiteral("light"), QStringLiteral("--db"), location}, QByteArray(),
                 &err),
             2);
    QVERIFY2(err.contains(QLatin1String("--palette is dark.")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("--style"), QStringLiteral("NoSuchStyle"), QStringLiteral("--db"), location,
                  QStringLiteral("--screenshot"), darkShot},
                 QByteArray(), &err),
             2);
    QVERIFY2(err.startsWith(QLatin1String("steward: no style is called \"NoSuchStyle\"")) &&
                 err.contains(QLatin1String("Fusion")),
             qPrintable(err));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
