#include "SearchActions.h"

#include "ChangeWatcher.h"
#include "ContactDirectoryPanel.h"
#include "DashboardView.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "MainWindow.h"
#include "SearchBox.h"
#include "Store.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace steward::SearchActions {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchActions)
};

void showContact(MainWindow &window, QDockWidget *dock, qint64 contactId)
{
    if (dock) {
        dock->show();
        dock->raise();
    }
    ContactDirectoryPanel *panel = window.contactDirectoryPanel();
    // A filter typed in the directory could hide the contact.
    if (!panel->selectContact(contactId)) {
        panel->filterEdit()->clear();
        panel->selectContact(contactId);
    }
    panel->view()->setFocus();
}

void showItem(MainWindow &window, qint64 itemId)
{
    InventoryTreeModel *model = window.treeModel();
    if (model && model->reveal({itemId}) && model->indexForId(itemId).isValid()) {
        window.selectItem(itemId);
    } else {
        // An unnamed host: its services.
        const QVector<qint64> ids = treeItems(window, {itemId});
        window.selectItems(ids);
    }
    window.treeView()->setFocus();
}

} // namespace

QVector<qint64> treeItems(MainWindow &window, const QVector<qint64> &itemIds)
{
    InventoryTreeModel *model = window.treeModel();
    Store *store = window.store();
    if (!model || !store)
        return {};
    model->reveal(itemIds);
    QSet<qint64> hidden;
    for (qint64 id : itemIds) {
        if (!model->indexForId(id).isValid())
            hidden.insert(id);
    }
    if (hidden.isEmpty())
        return itemIds;
    QVector<qint64> ids;
    for (qint64 id : itemIds) {
        if (!hidden.contains(id))
            ids.append(id);
    }
    // The services under the unnamed hosts, one branch each.
    for (qint64 host : std::as_const(hidden)) {
        QString error;
        const auto rows = store->treeChildren(host, &error);
        if (!rows) {
            window.statusBar()->showMessage(
                Tr::tr("The services of the hosts without a name cannot be read: %1").arg(error), 5000);
            return ids;
        }
        for (const TreeBranchRow &row : *rows) {
            if (!row.further)
                ids.append(row.id);
        }
    }
    return ids;
}

void install(MainWindow &window, const Places &places)
{
    auto *box = new SearchBox;
    auto *toolBar = new QToolBar(Tr::tr("Search"), &window);
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    box->setMinimumWidth(320);
    box->setMaximumWidth(640);
    toolBar->addWidget(box);
    window.addToolBar(Qt::TopToolBarArea, toolBar);

    auto *dashboard = new DashboardView(&window);
    dashboard->hide();

    // Ctrl+K and Ctrl+F: the search box. The tree's name filter moves to Ctrl+Shift+F.
    const QKeySequence find(QKeySequence::Find);
    if (places.filterTreeAction) {
        places.filterTreeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        places.filterTreeAction->setObjectName(QStringLiteral("filterTreeAction"));
    }
    window.filterEdit()->setPlaceholderText(Tr::tr("Filter the tree by name (Ctrl+Shift+F)"));
    QMenu *edit = places.editMenu;
    QMenu *view = places.viewMenu;
    auto *search = new QAction(Tr::tr("&Search…"), &window);
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), find});
    search->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(search, &QAction::triggered, box, [box] {
        box->setFocus(Qt::ShortcutFocusReason);
        box->selectAll();
    });
    if (edit)
        edit->insertAction(edit->actions().value(0), search);
    window.addAction(search);

    auto *showDashboard = new QAction(Tr::tr("&Dashboard"), &window);
    showDashboard->setObjectName(QStringLiteral("showDashboardAction"));
    showDashboard->setCheckable(true);
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QObject::connect(showDashboard, &QAction::toggled, dashboard, [dashboard](bool on) {
        dashboard->setVisible(on);
        if (on) {
            dashboard->raise();
            dashboard->activateWindow();
        }
    });
    QObject::connect(dashboard, &DashboardView::shownChanged, showDashboard, &QAction::setChecked);
    if (view) {
        // Right after View > Map (at the end without it).
        const auto viewActions = view->actions();
        const qsizetype map = places.showMapAction ? viewActions.indexOf(places.showMapAction) : -1;
        view->insertAction(map >= 0 ? viewActions.value(map + 1) : nullptr, showDashboard);
    }
    window.addAction(showDashboard);
    dashboard->addAction(showDashboard);

    QObject::connect(box, &SearchBox::itemActivated, &window, [&window](qint64 id) { showItem(window, id); });
    QObject::connect(box, &SearchBox::contactActivated, &window,
                     [&window, dock = places.contactDirectoryDock](qint64 id) { showContact(window, dock, id); });
    QObject::connect(
        dashboard, &DashboardView::itemsActivated, &window,
        [&window](const QVector<qint64> &ids, const QString &description) {
            const QVector<qint64> shown = treeItems(window, ids);
            window.selectItems(shown);
            window.statusBar()->showMessage(
                Tr::tr("%1 — %n item(s) selected", nullptr, static_cast<int>(shown.size())).arg(description), 8000);
        });

    // An inventory opened, or closed (nullptr, before its store goes).
    const auto attach = [box, dashboard](InventoryDocument *document) {
        Store *store = document ? &document->store() : nullptr;
        box->setStore(store);
        dashboard->setStore(store);
        if (document) {
            ChangeWatcher *watcher = &document->changeWatcher();
            QObject::connect(watcher, &ChangeWatcher::externalChange, box, &SearchBox::refresh, Qt::UniqueConnection);
            QObject::connect(watcher, &ChangeWatcher::externalChange, dashboard, &DashboardView::invalidate,
                             Qt::UniqueConnection);
        }
    };
    QObject::connect(&window, &MainWindow::documentChanged, box, attach);
    attach(window.document());
}

} // namespace steward::SearchActions
