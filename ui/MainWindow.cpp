#include "MainWindow.h"

#include "AssignDialog.h"
#include "BackupActions.h"
#include "BatchRevertDialog.h"
#include "ChangeWatcher.h"
#include "ConnectDialog.h"
#include "ContactCommands.h"
#include "ContactDirectoryPanel.h"
#include "ContactForm.h"
#include "DepartureDialog.h"
#include "DetailsPane.h"
#include "HandoverDialog.h"
#include "HistoryPanel.h"
#include "Icons.h"
#include "InventoryDocument.h"
#include "InventoryTreeModel.h"
#include "ItemDelegate.h"
#include "ItemForm.h"
#include "Keychain.h"
#include "MapPanel.h"
#include "MapView.h"
#include "MessageBar.h"
#include "OwnershipDialog.h"
#include "PlacesSelection.h"
#include "Readable.h"
#include "ReportActions.h"
#include "SearchActions.h"
#include "Settings.h"
#include "StartHere.h"
#include "StatusesAndLinkTypesDialog.h"
#include "Store.h"
#include "TreeFilterModel.h"
#include "UserGuide.h"
#include "WhoToContactPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace steward {
namespace {

/// When filtering, every match is expanded into view if there are at most this many.
constexpr int ExpandAllMatches = 300;

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_filter(new TreeFilterModel(this))
    , m_tree(new QTreeView)
    , m_filterEdit(new QLineEdit)
    , m_details(new DetailsPane)
    , m_whoToContact(new WhoToContactPanel)
    , m_directory(new ContactDirectoryPanel)
    , m_map(new MapPanel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_history(new HistoryPanel)
    , m_undoGroup(new QUndoGroup(this))
    , m_statusLabel(new QLabel)
    , m_readOnlyBar(new MessageBar)
    , m_warningBar(new MessageBar)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::named(QStringLiteral("steward")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter the tree"));
    m_filterEdit->setAccessibleDescription(tr("Shows only the items whose name contains what is typed"));
    m_filterEdit->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterEdit);

    m_tree->setObjectName(QStringLiteral("inventoryTreeView"));
    m_tree->setAccessibleName(tr("Inventory"));
    m_tree->setAccessibleDescription(tr("The organisation's providers, hosts and services, each with its status"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new ItemDelegate(m_tree));
    new PlacesSelection(m_tree, m_filter); // a service on several hosts: selected in each place
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    layout->addWidget(new StartHere(*this), 3); // an inventory with no items: what to do first
    // The tree and the map side by side; the splitter remembers the share.
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(central);
    m_splitter->addWidget(m_map);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setSizes({380, 700});
    // Above the tree and the map: what holds for the whole inventory (read-only,
    // damaged, a connection without TLS), for as long as it holds.
    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(4, 4, 4, 0);
    mainLayout->setSpacing(4);
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyMessageBar"));
    m_warningBar->setObjectName(QStringLiteral("connectionWarningMessageBar"));
    mainLayout->addWidget(m_readOnlyBar);
    mainLayout->addWidget(m_warningBar);
    mainLayout->addWidget(m_splitter, 1);
    setCentralWidget(main);
    // One selection: the map selects in the tree, the tree on the map.
    connect(m_map, &MapPanel::itemSelected, this, &MainWindow::selectItem);
    connect(m_map, &MapPanel::itemActivated, this, [this](qint64 id) {
        selectItem(id);
        editCurrentItem();
    });
    connect(m_map, &MapPanel::detailsRequested, this, [this](qint64 id) {
        selectItem(id);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("detailsDockWidget"))) {
            dock->show();
            dock->raise();
        }
    });
    connect(m_map->exportAction(), &QAction::triggered, this, &MainWindow::onExportMap);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::onFilterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    // Return in the filter box moves to the first match.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        m_tree->setFocus();
        if (!m_tree->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_tree->setCurrentIndex(m_filter->index(0, 0));
    });

    connect(m_history, &HistoryPanel::revertRequested, this, [this](const HistoryEntry &entry) {
        QString error;
        if (m_document && !m_document->revertChange(entry, &error))
            QMessageBox::warning(this, tr("Revert"), error);
    });
    connect(m_history, &HistoryPanel::revertBatchRequested, this, &MainWindow::revertBatch);
    statusBar()->addPermanentWidget(m_statusLabel);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(
        readable::colours(QStringLiteral("color: #b00020; font-weight: bold;"), m_connectionLabel));
    m_connectionLabel->setVisible(false);
    statusBar()->addWidget(m_connectionLabel);
    buildDocks();
    buildActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeFile();
}

void MainWindow::buildDocks()
{
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDockWidget"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    auto *contactsDock = new QDockWidget(tr("Who to Contact"), this);
    contactsDock->setObjectName(QStringLiteral("contactsDockWidget"));
    contactsDock->setWidget(m_whoToContact);
    addDockWidget(Qt::RightDockWidgetArea, contactsDock);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDockWidget"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(detailsDock, historyDock);
    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoDockWidget"));
    auto *undoView = new QUndoView(m_undoGroup, undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setAccessibleName(tr("Undo history"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    tabifyDockWidget(historyDock, undoDock);
    m_directoryDock = new QDockWidget(tr("Contacts"), this);
    m_directoryDock->setObjectName(QStringLiteral("contactsDirectoryDockWidget"));
    m_directoryDock->setWidget(m_directory);
    addDockWidget(Qt::RightDockWidgetArea, m_directoryDock);
    tabifyDockWidget(undoDock, m_directoryDock);
    detailsDock->raise();
    resizeDocks({detailsDock, contactsDock}, {480, 480}, Qt::Horizontal);
    resizeDocks({detailsDock, contactsDock}, {380, 520}, Qt::Vertical);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::onNew);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::onOpen);
    openAction->setShortcut(QKeySequence::Open);
    QAction *openReadOnly = file->addAction(tr("Open &Read-Only…"), this, &MainWindow::onOpenReadOnly);
    openReadOnly->setObjectName(QStringLiteral("openReadOnlyAction"));
    openReadOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openReadOnly->setStatusTip(tr("Open an inventory to look things up, without any way to change it"));
    QAction *connectAction = file->addAction(tr("Connect to &Server…"), this, [this] { onConnectToServer(); });
    connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connectAction->setStatusTip(tr("Open an inventory a team shares on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open Recen&t"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *exportMap = file->addAction(tr("Export &Map…"), this, &MainWindow::onExportMap);
    exportMap->setObjectName(QStringLiteral("exportMapAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(redo);
    edit->addSeparator();
    QAction *assign = edit->addAction(tr("&Assign Contact to Selection…"), this, &MainWindow::onAssign);
    assign->setObjectName(QStringLiteral("assignAction"));
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *unassign = edit->addAction(tr("Re&move Contact from Selection…"), this, &MainWindow::onUnassign);
    unassign->setObjectName(QStringLiteral("unassignAction"));
    unassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *confirm = edit->addAction(tr("Con&firm Ownership"), this, &MainWindow::onConfirm);
    confirm->setObjectName(QStringLiteral("confirmOwnershipAction"));
    confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    confirm->setStatusTip(tr("Record that the selected items' contacts are still right (one step to undo)"));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(assign);
    m_tree->addAction(unassign);
    m_tree->addAction(confirm);
    edit->addSeparator();
    QAction *name = edit->addAction(tr("Your &Name in the History…"), this, &MainWindow::onHistoryName);
    name->setObjectName(QStringLiteral("historyNameAction"));
    // On a server the server names who made each change (its database role): no name
    // chosen here reaches its history.
    edit->setToolTipsVisible(true);
    connect(this, &MainWindow::documentChanged, name, [name](InventoryDocument *document) {
        const bool server = document && document->isServer();
        name->setEnabled(!server);
        name->setToolTip(server ? tr("An inventory on a server records your database role as the author of your "
                                     "changes: the server sets it, and no name chosen here applies.")
                                : QString());
    });
    QAction *types =
        edit->addAction(tr("Statuses, &Link Types and Roles…"), this, &MainWindow::editStatusesAndLinkTypes);
    types->setObjectName(QStringLiteral("statusesAndLinkTypesAction"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("Filter &Tree"), this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilter = edit->addAction(tr("&Clear Filter"), this, [this] { m_filterEdit->clear(); });
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_filterEdit->addAction(clearFilter);

    QMenu *itemMenu = menuBar()->addMenu(tr("&Item"));
    QAction *editItem = itemMenu->addAction(tr("&Edit…"), this, &MainWindow::editCurrentItem);
    editItem->setObjectName(QStringLiteral("editItemAction"));
    editItem->setShortcut(QKeySequence(Qt::Key_F2));
    itemMenu->addSeparator();
    itemMenu->addAction(tr("New &Provider…"), this, [this] { newItem(ItemKind::Provider); })
        ->setObjectName(QStringLiteral("newProviderAction"));
    itemMenu->addAction(tr("New &Host…"), this, [this] { newItem(ItemKind::Host); })
        ->setObjectName(QStringLiteral("newHostAction"));
    QAction *newService = itemMenu->addAction(tr("New &Service…"), this, [this] { newItem(ItemKind::Service); });
    newService->setObjectName(QStringLiteral("newServiceAction"));
    newService->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *deleteAction = itemMenu->addAction(tr("&Delete…"), this, &MainWindow::deleteCurrentItem);
    deleteAction->setObjectName(QStringLiteral("deleteItemAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *ownership = itemMenu->addAction(tr("Edit &Contacts…"), this, &MainWindow::editOwnership);
    ownership->setObjectName(QStringLiteral("editOwnershipAction"));
    ownership->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_tree->addAction(editItem);
    m_tree->addAction(ownership);
    m_tree->addAction(deleteAction);
    const QList<QAction *> itemActions = itemMenu->actions();

    QMenu *contactMenu = menuBar()->addMenu(tr("&Contacts"));
    QAction *newContactAction = contactMenu->addAction(tr("&New Contact…"), this, &MainWindow::newContact);
    newContactAction->setObjectName(QStringLiteral("newContactAction"));
    newContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    QAction *editContactAction = contactMenu->addAction(tr("&Edit Contact…"), this, [this] {
        if (const qint64 id = m_directory->currentContactId())
            editContact(id);
    });
    editContactAction->setObjectName(QStringLiteral("editContactAction"));
    QAction *deleteContactAction = contactMenu->addAction(tr("&Delete Contact…"), this, [this] {
        if (const qint64 id = m_directory->currentContactId())
            deleteContactAsking(id);
    });
    deleteContactAction->setObjectName(QStringLiteral("deleteContactAction"));
    QAction *confirmContactAction = contactMenu->addAction(tr("Con&firm Assignments"), this,
                                                           [this] { confirmContact(m_directory->currentContactId()); });
    confirmContactAction->setObjectName(QStringLiteral("confirmContactAction"));
    confirmContactAction->setStatusTip(tr("Record that everything the selected contact is assigned to is still right"));
    contactMenu->addSeparator();
    QAction *departureAction = contactMenu->addAction(tr("What If They &Leave…"), this, [this] {
        if (const qint64 id = m_directory->currentContactId())
            showDeparture(id);
    });
    departureAction->setObjectName(QStringLiteral("departureAction"));
    QAction *handOverAction = contactMenu->addAction(tr("&Hand Over…"), this, [this] {
        if (const qint64 id = m_directory->currentContactId())
            handOverAsking(id);
    });
    handOverAction->setObjectName(QStringLiteral("handOverAction"));
    // The contact list's own menu: what the Contacts menu does to the selected contact.
    m_directory->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_directory->view()->addActions({editContactAction, deleteContactAction, departureAction, handOverAction});
    contactMenu->addSeparator();
    QAction *showContacts = contactMenu->addAction(tr("Show &Contacts"), this, [this] {
        m_directoryDock->show();
        m_directoryDock->raise();
        m_directory->filterEdit()->setFocus();
    });
    showContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_directory, &ContactDirectoryPanel::newRequested, this, &MainWindow::newContact);
    connect(m_directory, &ContactDirectoryPanel::editRequested, this, &MainWindow::editContact);
    connect(m_directory, &ContactDirectoryPanel::deleteRequested, this, &MainWindow::deleteContactAsking);
    connect(m_directory, &ContactDirectoryPanel::confirmRequested, this, &MainWindow::confirmContact);
    connect(m_directory, &ContactDirectoryPanel::departureRequested, this, &MainWindow::showDeparture);
    connect(m_directory, &ContactDirectoryPanel::itemActivated, this, &MainWindow::selectItem);
    connect(m_tree, &QTreeView::doubleClicked, this, &MainWindow::editCurrentItem);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    // Each dock reachable from the keyboard by a mnemonic in the View menu.
    const QHash<QString, QString> dockMnemonics{
        {QStringLiteral("detailsDockWidget"), tr("De&tails")},
        {QStringLiteral("contactsDockWidget"), tr("&Who to Contact")},
        {QStringLiteral("historyDockWidget"), tr("&History")},
        {QStringLiteral("undoDockWidget"), tr("&Undo History")},
        {QStringLiteral("contactsDirectoryDockWidget"), tr("C&ontacts")},
    };
    for (QDockWidget *dock : docks) {
        if (dockMnemonics.contains(dock->objectName()))
            dock->toggleViewAction()->setText(dockMnemonics.value(dock->objectName()));
    }
    QAction *showMap = view->addAction(tr("&Map"));
    showMap->setObjectName(QStringLiteral("showMapAction"));
    showMap->setCheckable(true);
    showMap->setChecked(true);
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(showMap, &QAction::toggled, m_map, &QWidget::setVisible);
    view->addSeparator();
    QAction *expand = view->addAction(tr("&Expand All"), m_tree, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction *collapse = view->addAction(tr("&Collapse All"), this, [this] {
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
    });
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    // F6 and Shift+F6 go from panel to panel, as in KDE's and Qt's own applications.
    view->addSeparator();
    QAction *nextPanel = view->addAction(tr("&Next Panel"), this, [this] { cycleFocus(1); });
    nextPanel->setObjectName(QStringLiteral("nextPanelAction"));
    nextPanel->setShortcut(QKeySequence(Qt::Key_F6));
    nextPanel->setStatusTip(tr("Move the keyboard focus to the next of the tree, the map and the panels"));
    QAction *previousPanel = view->addAction(tr("&Previous Panel"), this, [this] { cycleFocus(-1); });
    previousPanel->setObjectName(QStringLiteral("previousPanelAction"));
    previousPanel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previousPanel->setStatusTip(tr("Move the keyboard focus to the previous of the tree, the map and the panels"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { UserGuide::showFor(this, &m_settings); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Steward"), this, &MainWindow::onAbout)->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    ReportActions::install(*this, file);
    BackupActions::install(*this, file, m_settings);
    SearchActions::install(*this, {edit, view, find, showMap, m_directoryDock});

    // What writes to the inventory: disabled while it is read-only (updateReadOnly()).
    m_editActions = {assign,
                     unassign,
                     confirm,
                     types,
                     newContactAction,
                     editContactAction,
                     deleteContactAction,
                     confirmContactAction,
                     handOverAction};
    for (QAction *action : itemActions) {
        if (!action->isSeparator())
            m_editActions << action;
    }
}

void MainWindow::cycleFocus(int step)
{
    // Where the focus goes in each: the tree, the map's boxes, a dock's first control.
    struct Panel
    {
        QWidget *area;
        QWidget *target;
        QDockWidget *dock;
    };
    QVector<Panel> panels{{m_tree->parentWidget(), m_tree, nullptr}};
    if (m_map->isVisible())
        panels.append(Panel{m_map, m_map->view(), nullptr});
    // The docks in a fixed order (raise() reorders the window's children), others after them.
    auto docks = findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    const QStringList order{QStringLiteral("detailsDockWidget"), QStringLiteral("contactsDockWidget"),
                            QStringLiteral("historyDockWidget"), QStringLiteral("undoDockWidget"),
                            QStringLiteral("contactsDirectoryDockWidget")};
    std::stable_sort(docks.begin(), docks.end(), [&order](const QDockWidget *a, const QDockWidget *b) {
        const auto rank = [&order](const QDockWidget *d) {
            const qsizetype i = order.indexOf(d->objectName());
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    for (QDockWidget *dock : std::as_const(docks)) {
        if (dock->widget() && dock->toggleViewAction()->isChecked())
            panels.append(Panel{dock, nullptr, dock});
    }
    const auto count = panels.size();
    qsizetype at = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; i < count && focus; ++i) {
        if (panels.at(i).area == focus || panels.at(i).area->isAncestorOf(focus))
            at = i;
    }
    const qsizetype next = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
    const Panel &panel = panels.at(next);
    QWidget *target = panel.target;
    if (panel.dock) {
        panel.dock->raise();
        // The dock's first control in the tab order.
        QWidget *root = panel.dock->widget();
        target = root;
        if (!(root->focusPolicy() & Qt::TabFocus)) {
            for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
                if (root->isAncestorOf(w) && w->isVisibleTo(root) && w->isEnabled() &&
                    (w->focusPolicy() & Qt::TabFocus)) {
                    target = w;
                    break;
                }
            }
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    const QByteArray split = m_settings.value(Settings::Key::MainSplitterState).toByteArray();
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({380, 700});
}

void MainWindow::configureHeader()
{
    // The header has sections only once a model is set.
    QHeaderView *header = m_tree->header();
    if (header->count() != InventoryTreeModel::ColumnCount)
        return;
    header->setSectionResizeMode(InventoryTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InventoryTreeModel::StatusColumn, QHeaderView::Interactive);
    const QByteArray state = m_settings.value(Settings::Key::TreeHeaderState).toByteArray();
    if (state.isEmpty() || !header->restoreState(state))
        header->resizeSection(InventoryTreeModel::StatusColumn, 140);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::MainSplitterState, m_splitter->saveState());
    if (m_model)
        m_settings.setValue(Settings::Key::TreeHeaderState, m_tree->header()->saveState());
    m_settings.sync();
    event->accept();
}

QString MainWindow::location() const
{
    return m_document ? m_document->location() : QString();
}

Store *MainWindow::store() const
{
    return m_document ? &m_document->store() : nullptr;
}

ChangeWatcher *MainWindow::changeWatcher() const
{
    return m_document ? &m_document->changeWatcher() : nullptr;
}

QUndoStack *MainWindow::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

void MainWindow::closeFile()
{
    if (!m_document)
        return;
    m_history->setStore(nullptr);
    m_directory->setStore(nullptr);
    m_map->setStore(nullptr, nullptr);
    if (m_connectionLabel)
        m_connectionLabel->setVisible(false);
    m_readOnlyBar->clear();
    m_warningBar->clear();
    m_filter->setSourceTree(nullptr);
    m_model = nullptr;
    Q_EMIT documentChanged(nullptr);
    m_document.reset();
}

bool MainWindow::openLocation(const QString &location, QString *error, Database::OpenMode mode)
{
    // Open into a fresh document first: a failure leaves the current inventory as it was.
    auto document =
        InventoryDocument::open(location, m_settings.value(Settings::Key::HistoryUserName).toString(), error, mode);
    if (!document)
        return false;
    m_details->clearItem();
    m_whoToContact->clearContacts();
    closeFile();
    m_document = std::move(document);
    Store *store = &m_document->store();
    // The document says what happened; the window shows it.
    connect(m_document.get(), &InventoryDocument::commandFailed, this, &MainWindow::showCommandError);
    connect(m_document.get(), &InventoryDocument::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_document.get(), &InventoryDocument::itemCreated, this, &MainWindow::selectItem);
    connect(m_document.get(), &InventoryDocument::contactCreated, m_directory,
            [this](qint64 id) { m_directory->selectContact(id); });
    connect(m_document.get(), &InventoryDocument::readOnlyChanged, this, &MainWindow::updateReadOnly);
    connect(m_document.get(), &InventoryDocument::integrityChecked, this,
            [this](const QStringList &, const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(error, 8000);
            });
    // A write that waits for another program's lock waits on this thread: the event loop
    // does not run meanwhile, so the notice is painted at once (repaint(), not update()).
    m_document->database().setWaitNotice([this](const QString &notice) {
        statusBar()->showMessage(notice, 5000);
        statusBar()->repaint();
    });
    m_undoGroup->addStack(m_document->undoStack());
    ChangeWatcher *watcher = &m_document->changeWatcher();
    connect(watcher, &ChangeWatcher::externalChange, this, &MainWindow::onExternalChange);
    // A server that goes away: said in the status bar while the watcher reconnects;
    // open forms keep what was typed (a save fails with the reason and changes nothing).
    connect(watcher, &ChangeWatcher::connectionLost, this, [this](const QString &reason) {
        m_connectionLabel->setText(tr("Connection to the server lost (%1). Reconnecting…").arg(reason));
        m_connectionLabel->setVisible(true);
    });
    connect(watcher, &ChangeWatcher::connectionRestored, this, [this] {
        m_connectionLabel->setVisible(false);
        reloadAll(tr("Connected to the server again."));
    });
    watcher->start();
    m_history->setStore(store);
    m_directory->setStore(store);
    m_map->setStore(store, &m_document->resolver());
    // One row at a time: a team's members do not show in the directory.
    connect(store, &Store::contactChanged, m_directory, &ContactDirectoryPanel::updateContact);
    connect(store, &Store::ownershipChanged, m_directory, &ContactDirectoryPanel::refreshOwned);
    // The history grows with every change, ours or another process's.
    connect(store, &Store::itemCreated, m_history, &HistoryPanel::refresh);
    connect(store, &Store::itemUpdated, m_history, &HistoryPanel::refresh);
    connect(store, &Store::itemRemoved, m_history, &HistoryPanel::refresh);
    connect(store, &Store::ownershipChanged, m_history, &HistoryPanel::refresh);
    m_model = &m_document->treeModel();
    m_filter->setSourceTree(m_model);
    Q_EMIT documentChanged(m_document.get());
    connect(m_model, &InventoryTreeModel::moveRequested, this, [this](const QVector<qint64> &ids, qint64 parent) {
        QString error;
        if (isReadOnly())
            return;
        if (!m_document->moveItems(ids, parent, &error))
            QMessageBox::warning(this, tr("Move"), error);
    });
    configureHeader();
    m_tree->expandToDepth(0);
    connect(store, &Store::ownershipChanged, this, &MainWindow::onCurrentChanged);
    connect(store, &Store::itemUpdated, this, &MainWindow::onCurrentChanged);
    // Counts change only when items come or go.
    const auto recount = [this] {
        m_countsText.clear();
        updateStatus();
    };
    // An import (or its undo) says so once, not once per item: read everything again.
    connect(store, &Store::bulkChanged, this, [this] { reloadAll(tr("Imported changes shown.")); });
    connect(store, &Store::itemCreated, this, recount);
    connect(store, &Store::itemRemoved, this, recount);
    m_countsText.clear();
    m_settings.addRecentLocation(location); // a server's address without any password in it
    updateRecentMenu();
    updateReadOnly();
    updateStatus();
    // Damage that no read has met yet (a page of the search index): found in the
    // background, on a connection of its own; the window works meanwhile. It starts once
    // the window has painted: reading the whole file beside the first paint on two cores
    // made that paint 60% slower (100k services: 0.36 s against 0.22 s).
    InventoryDocument *opened = m_document.get();
    QTimer::singleShot(IntegrityCheckDelayMs, opened, [opened] { opened->startIntegrityCheck(); });
    // Start on the organisation, so the contacts panel shows the escalation contacts.
    if (m_filter->rowCount() > 0)
        m_tree->setCurrentIndex(m_filter->index(0, 0));
    return true;
}

bool MainWindow::newFile(const QString &path, bool example, QString *error)
{
    return InventoryDocument::create(path, example, tr("My organisation"), error) && openLocation(path, error);
}

void MainWindow::onNew()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Inventory"), QDir::homePath(),
                                                      tr("Steward inventories (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Inventory"),
                             tr("%1 already exists. Choose a new file name; Steward does not overwrite files.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!newFile(path, false, &error))
        QMessageBox::critical(this, tr("New Inventory"), error);
}

void MainWindow::onOpen()
{
    const QString start = location().isEmpty() || dialect::isServerLocation(location())
                              ? QDir::homePath()
                              : QFileInfo(location()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Inventory"), start,
                                                      tr("Steward inventories (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openFromUi(path);
}

void MainWindow::onOpenReadOnly()
{
    const QString start = location().isEmpty() || dialect::isServerLocation(location())
                              ? QDir::homePath()
                              : QFileInfo(location()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Inventory Read-Only"), start,
                                                      tr("Steward inventories (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openFromUi(path, Database::OpenMode::ReadOnly);
}

void MainWindow::onConnectToServer(const QString &location, const QString &message)
{
    ConnectDialog dialog(this);
    if (!location.isEmpty())
        dialog.setLocation(location, message);
    while (dialog.exec() == QDialog::Accepted) {
        const QString where = dialog.location();
        const QString password = dialog.password();
        if (!password.isEmpty())
            dialect::rememberPassword(where, password);
        else if (dialect::rememberedPassword(where).isEmpty())
            dialect::rememberPassword(where, keychain::readPassword(where));
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = openLocation(where, &error);
        QApplication::restoreOverrideCursor();
        if (ok) {
            QString why;
            if (!password.isEmpty() && dialog.rememberPassword() && !keychain::writePassword(where, password, &why))
                statusBar()->showMessage(tr("The password was not remembered: %1").arg(why), 8000);
            return;
        }
        // Ask again, with what was typed still there (but the password).
        dialog.setLocation(where, error);
    }
}

void MainWindow::openFromUi(const QString &location, Database::OpenMode mode)
{
    // A server from the recent list: its password from the keychain, if one is kept.
    if (dialect::isServerLocation(location) && dialect::rememberedPassword(location).isEmpty()) {
        const QString kept = keychain::readPassword(location);
        if (!kept.isEmpty())
            dialect::rememberPassword(location, kept);
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = openLocation(location, &error, mode);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        if (dialect::isServerLocation(location)) {
            onConnectToServer(location, error);
            return;
        }
        QMessageBox::critical(this, tr("Open Inventory"), error);
        if (!QFileInfo::exists(location)) {
            m_settings.removeRecentLocation(location);
            updateRecentMenu();
        }
    }
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList locations = m_settings.recentLocations();
    for (int i = 0; i < locations.size(); ++i) {
        const QString location = locations.at(i);
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(dialect::displayLocation(location)), this,
                                    [this, location] { openFromUi(location); });
        action->setToolTip(location);
    }
    m_recentMenu->setEnabled(!locations.isEmpty());
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Steward"),
                       tr("<h3>Steward %1</h3><p>What runs where, who owns it, and whom to contact.</p>"
                          "<p>Inventory: %2</p>")
                           .arg(QStringLiteral(STEWARD_VERSION), QDir::toNativeSeparators(location()).toHtmlEscaped()));
}

void MainWindow::onFilterChanged(const QString &text)
{
    const qint64 current = m_model ? m_model->idAt(m_filter->mapToSource(m_tree->currentIndex())) : 0;
    m_filter->setFilterText(text);
    if (text.trimmed().isEmpty()) {
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
    } else if (m_filter->matchCount() <= ExpandAllMatches) {
        m_tree->expandAll();
    } else {
        // Too many to show at once: the providers, and the status bar says how many matched.
        m_tree->expandToDepth(0);
    }
    if (current && m_model) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexForId(current));
        if (index.isValid())
            m_tree->scrollTo(index);
    }
    updateStatus();
}

QVector<qint64> MainWindow::selectedItemIds() const
{
    QVector<qint64> ids;
    if (!m_model)
        return ids;
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        // Tree order: compare the chains of rows from the top.
        QVector<int> pa, pb;
        for (QModelIndex i = a; i.isValid(); i = i.parent())
            pa.prepend(i.row());
        for (QModelIndex i = b; i.isValid(); i = i.parent())
            pb.prepend(i.row());
        return pa < pb;
    });
    QSet<qint64> seen; // an item selected in several places counts once
    for (const QModelIndex &index : std::as_const(rows)) {
        const qint64 id = m_model->idAt(m_filter->mapToSource(index));
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

void MainWindow::onAssign()
{
    if (isReadOnly())
        return;
    const QVector<qint64> items = selectedItemIds();
    if (!m_document || items.isEmpty())
        return;
    QString error;
    const auto contacts = m_document->store().contacts(&error);
    if (!contacts) {
        QMessageBox::warning(this, tr("Assign Contact"), error);
        return;
    }
    AssignDialog dialog(AssignDialog::Mode::Assign, *contacts, static_cast<int>(items.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AssignRequest request;
    request.itemIds = items;
    request.contactId = dialog.contactId();
    request.role = dialog.role();
    request.priority = dialog.priority();
    request.validFrom = dialog.validFrom();
    request.validUntil = dialog.validUntil();
    if (!m_document->assign(request, &error))
        QMessageBox::warning(this, tr("Assign Contact"), error);
}

void MainWindow::onUnassign()
{
    if (isReadOnly())
        return;
    const QVector<qint64> items = selectedItemIds();
    if (!m_document || items.isEmpty())
        return;
    QString error;
    const auto contacts = m_document->store().contacts(&error);
    if (!contacts) {
        QMessageBox::warning(this, tr("Remove Contact"), error);
        return;
    }
    AssignDialog dialog(AssignDialog::Mode::Remove, *contacts, static_cast<int>(items.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_document->unassignFromItems(items, dialog.contactId(), dialog.role(), &error))
        QMessageBox::warning(this, tr("Remove Contact"), error);
}

void MainWindow::onConfirm()
{
    if (isReadOnly())
        return;
    const QVector<qint64> items = selectedItemIds();
    if (!m_document || items.isEmpty())
        return;
    QString error;
    if (!m_document->confirmItems(items, &error))
        QMessageBox::warning(this, tr("Confirm Ownership"), error);
}

void MainWindow::confirmContact(qint64 contactId)
{
    if (isReadOnly() || !m_document || !contactId)
        return;
    QString error;
    if (!m_document->confirmContact(contactId, &error))
        QMessageBox::warning(this, tr("Confirm Assignments"), error);
}

void MainWindow::editCurrentItem()
{
    if (isReadOnly())
        return;
    const qint64 id = currentId();
    if (!m_document || !id)
        return;
    QString error;
    auto item = m_document->store().item(id, &error);
    if (!item) {
        QMessageBox::warning(this, tr("Edit Item"), error);
        return;
    }
    for (;;) {
        ItemForm form(m_document->store(), *item, this);
        bool reload = false;
        // Saved while the form is open: when the save fails (someone else saved first,
        // the server went away) the form stays open with what was typed.
        form.setSaveHandler([&](const Item &edited, QString *saveError) {
            if (m_document->saveItem(*item, edited, form.linkChanges(), saveError))
                return true;
            // Gone (deleted, or the server cannot be reached): the form shows why (the
            // save's error, which the read's would only repeat).
            QString readError;
            auto current = m_document->store().item(id, &readError);
            if (!current || current->version == item->version)
                return false;
            // Someone else saved this record since the form loaded it: never overwrite
            // silently; say what it is now and let the user choose.
            QMessageBox box(QMessageBox::Warning, tr("Edit Item"), *saveError, QMessageBox::Cancel, &form);
            box.setObjectName(QStringLiteral("conflictMessageBox"));
            box.setInformativeText(tr("It is now called \"%1\", status %2. Overwrite it with your values, reload "
                                      "the form with what was saved, or cancel to keep editing?")
                                       .arg(current->name, keys::statusLabel(current->status)));
            QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
            QPushButton *reloadButton = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
            box.exec();
            if (box.clickedButton() == overwrite) {
                Item mine = edited;
                mine.version = current->version;
                return m_document->saveItem(*current, mine, form.linkChanges(), saveError);
            }
            if (box.clickedButton() == reloadButton) {
                *item = *current;
                reload = true;
                form.reject();
            }
            return false;
        });
        if (form.exec() == QDialog::Accepted || !reload)
            return;
    }
}

void MainWindow::newItem(ItemKind kind)
{
    if (isReadOnly())
        return;
    if (!m_document)
        return;
    Item item;
    item.kind = kind;
    // Under the selection where that fits: a host under the selected provider, a
    // service under the selected host or provider.
    qint64 parent = 0;
    QString error;
    for (qint64 up = currentId(); up > 0 && !parent;) {
        auto candidate = m_document->store().item(up, &error);
        if (!candidate) {
            QMessageBox::warning(this, tr("New Item"), error);
            return;
        }
        const bool fits = (kind == ItemKind::Provider && candidate->kind == ItemKind::Organisation) ||
                          (kind == ItemKind::Host && candidate->kind == ItemKind::Provider) ||
                          (kind == ItemKind::Service && candidate->kind != ItemKind::Service);
        if (fits)
            parent = candidate->id;
        up = candidate->parentId;
    }
    if (!parent) {
        const auto organisation = m_document->store().organisationId(&error);
        if (!organisation) {
            QMessageBox::warning(this, tr("New Item"), error);
            return;
        }
        parent = *organisation;
    }
    item.parentId = parent;
    ItemForm form(m_document->store(), item, this);
    // A save that fails (the server gone) leaves the form open with what was typed.
    form.setSaveHandler([&](const Item &edited, QString *error) {
        return m_document->saveItem(item, edited, form.linkChanges(), error);
    });
    form.exec();
}

void MainWindow::editStatusesAndLinkTypes()
{
    if (isReadOnly())
        return;
    if (!m_document)
        return;
    StatusesAndLinkTypesDialog dialog(m_document->store(), this);
    dialog.exec();
}

void MainWindow::deleteCurrentItem()
{
    if (isReadOnly())
        return;
    const qint64 id = currentId();
    if (!m_document || !id)
        return;
    QString error;
    const auto snapshot = m_document->store().snapshotSubtree(id, &error);
    if (!snapshot) {
        QMessageBox::warning(this, tr("Delete"), error);
        return;
    }
    const Store::Snapshot &what = *snapshot;
    const Item &item = what.items.first();
    if (item.kind == ItemKind::Organisation) {
        QMessageBox::information(this, tr("Delete"), tr("The organisation itself cannot be deleted."));
        return;
    }
    int hosts = 0, services = 0;
    for (const Item &i : std::as_const(what.items)) {
        if (i.id == id)
            continue;
        hosts += i.kind == ItemKind::Host;
        services += i.kind == ItemKind::Service;
    }
    QStringList goes;
    if (hosts)
        goes << tr("%n host(s)", nullptr, hosts);
    if (services)
        goes << tr("%n service(s)", nullptr, services);
    if (!what.assignments.isEmpty())
        goes << tr("%n contact assignment(s)", nullptr, static_cast<int>(what.assignments.size()));
    if (!what.links.isEmpty())
        goes << tr("%n link(s)", nullptr, static_cast<int>(what.links.size()));
    QString stays;
    if (!what.moved.isEmpty()) {
        QStringList names;
        for (const Item &service : what.moved)
            names << service.name;
        stays =
            tr("%n service(s) that also run on other hosts stay there: %1.", nullptr, static_cast<int>(names.size()))
                .arg(names.join(QStringLiteral(", ")));
    }
    QMessageBox box(QMessageBox::Question, tr("Delete"),
                    tr("Delete the %1 \"%2\"?").arg(keys::itemKindLabel(item.kind), item.name), QMessageBox::Cancel,
                    this);
    box.setInformativeText((goes.isEmpty()
                                ? tr("Nothing else goes with it. You can undo this.")
                                : tr("With it go %1. You can undo this.").arg(goes.join(QStringLiteral(", ")))) +
                           (stays.isEmpty() ? QString() : QLatin1Char(' ') + stays));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (!m_document->deleteItem(id, &error))
        QMessageBox::warning(this, tr("Delete"), error);
}

void MainWindow::editOwnership()
{
    if (isReadOnly())
        return;
    const qint64 id = currentId();
    if (!m_document || !id)
        return;
    OwnershipDialog dialog(m_document->store(), id, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (m_document->saveOwnership(id, dialog.loaded(), dialog.assignments(), dialog.newContacts(), &error))
            return;
        // Someone else changed this item's contacts meanwhile: show what they are now
        // and let the user choose; the rows typed in the editor are kept either way.
        QString readError;
        const auto saved = m_document->store().assignments(id, &readError);
        if (!saved) {
            // Nothing to compare with (the server gone): say why, and back to the
            // editor with the rows as typed, to save again in a moment.
            QMessageBox::warning(this, tr("Edit Contacts"), error);
            continue;
        }
        const QVector<Assignment> &current = *saved;
        QStringList now;
        for (const Assignment &a : current) {
            // A contact that cannot be read is named by its id.
            const auto contact = m_document->store().contact(a.contactId, &readError);
            now << tr("%1 (%2, %3)")
                       .arg(contact ? contact->name : QString::number(a.contactId), keys::roleLabel(a.role),
                            keys::priorityLabel(a.priority).toLower());
        }
        QMessageBox box(QMessageBox::Warning, tr("Edit Contacts"), error, QMessageBox::Cancel, this);
        box.setInformativeText(tr("Its contacts are now: %1.\n\nOverwrite them with yours, or go back to the editor "
                                  "to look again?")
                                   .arg(now.isEmpty() ? tr("none") : now.join(QStringLiteral("; "))));
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *back = box.addButton(tr("&Back to the Editor"), QMessageBox::AcceptRole);
        box.exec();
        // The user's rows against what is saved now: a row whose assignment is gone is new again.
        QVector<Assignment> mine = dialog.assignments();
        for (Assignment &a : mine) {
            const bool exists =
                std::any_of(current.begin(), current.end(), [&a](const Assignment &c) { return c.id == a.id; });
            if (!exists)
                a.id = 0;
        }
        if (box.clickedButton() == overwrite) {
            // Yours replace theirs.
            if (!m_document->saveOwnership(id, current, mine, dialog.newContacts(), &error))
                QMessageBox::warning(this, tr("Edit Contacts"), error);
            return;
        }
        if (box.clickedButton() != back)
            return;
        // Back in the editor, with the user's rows, checked against what is saved now.
        dialog.setAssignments(current, mine);
    }
}

void MainWindow::newContact()
{
    if (isReadOnly())
        return;
    if (!m_document)
        return;
    ContactDraft typed;
    for (;;) {
        ContactForm form(m_document->store(), typed, this);
        if (form.exec() != QDialog::Accepted)
            return;
        typed = form.draft();
        QString error;
        if (m_document->saveContact(ContactDraft(), typed, &error))
            return;
        // Not saved (the server gone): the form again, with what was typed.
        QMessageBox::warning(this, tr("New Contact"), error);
    }
}

void MainWindow::editContact(qint64 contactId)
{
    if (isReadOnly())
        return;
    if (!m_document)
        return;
    QString error;
    auto contact = m_document->store().contact(contactId, &error);
    if (!contact) {
        QMessageBox::warning(this, tr("Edit Contact"), error);
        return;
    }
    const auto members = m_document->store().teamMembers(contactId, &error);
    if (!members) {
        QMessageBox::warning(this, tr("Edit Contact"), error);
        return;
    }
    ContactDraft loaded{*contact, *members};
    ContactDraft typed = loaded;
    for (;;) {
        ContactForm form(m_document->store(), typed, this);
        // The form shows what was typed, checked against the record as loaded.
        if (form.exec() != QDialog::Accepted)
            return;
        typed = form.draft();
        if (m_document->saveContact(loaded, typed, &error))
            return;
        QString readError; // the save's error says why; the read's would only repeat it
        auto current = m_document->store().contact(contactId, &readError);
        if (!current) {
            // Deleted, or the server gone: say why, and the form again with what was
            // typed (to save once the server is back, or to cancel).
            QMessageBox::warning(this, tr("Edit Contact"), error);
            continue;
        }
        QStringList addresses;
        for (const Address &a : current->addresses)
            addresses << a.value;
        QMessageBox box(QMessageBox::Warning, tr("Edit Contact"), error, QMessageBox::Cancel, this);
        box.setInformativeText(tr("It is now \"%1\" (%2), addresses: %3. Overwrite it with your values, or reload "
                                  "the form with what was saved?")
                                   .arg(current->name, keys::contactKindLabel(current->kind),
                                        addresses.isEmpty() ? tr("none") : addresses.join(QStringLiteral(", "))));
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
        box.exec();
        const auto nowMembers = m_document->store().teamMembers(contactId, &readError);
        if (!nowMembers) {
            // Not known what to compare with: say why, and the form again with what was typed.
            QMessageBox::warning(this, tr("Edit Contact"), readError);
            continue;
        }
        const ContactDraft now{*current, *nowMembers};
        if (box.clickedButton() == overwrite) {
            typed.contact.version = current->version;
            if (!m_document->saveContact(now, typed, &error))
                QMessageBox::warning(this, tr("Edit Contact"), error);
            return;
        }
        if (box.clickedButton() != reload)
            return;
        loaded = now;
        typed = now;
    }
}

void MainWindow::revertBatch(qint64 batchId)
{
    if (!m_document)
        return;
    QString error;
    const auto plan = m_document->planBatchRevert(batchId, &error);
    if (!plan) {
        QMessageBox::warning(this, tr("Revert Batch"), error);
        return;
    }
    BatchRevertDialog dialog(*plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_document->revertBatch(*plan, dialog.onConflict(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Revert Batch"), error);
}

void MainWindow::deleteContactAsking(qint64 contactId)
{
    if (isReadOnly())
        return;
    if (!m_document)
        return;
    QString error;
    auto contact = m_document->store().contact(contactId, &error);
    if (!contact) {
        QMessageBox::warning(this, tr("Delete Contact"), error);
        return;
    }
    const auto impact = m_document->contactDeletionImpact(contactId, &error);
    if (!impact) {
        QMessageBox::warning(this, tr("Delete Contact"), error);
        return;
    }
    const QStringList &assignments = impact->assignments;
    const QStringList &orphaned = impact->orphaned;
    QMessageBox box(QMessageBox::Question, tr("Delete Contact"),
                    tr("Delete the %1 \"%2\"?").arg(keys::contactKindLabel(contact->kind).toLower(), contact->name),
                    QMessageBox::Cancel, this);
    QString text = assignments.isEmpty()
                       ? tr("It is not assigned to anything.")
                       : tr("With it go %n assignment(s): %1.", nullptr, static_cast<int>(assignments.size()))
                             .arg(assignments.mid(0, 10).join(QStringLiteral(", ")) +
                                  (assignments.size() > 10 ? tr(", …") : QString()));
    if (!orphaned.isEmpty()) {
        text +=
            QStringLiteral("\n\n") +
            tr("%n item(s) would be left with nobody to contact but the escalation contacts: %1.", nullptr,
               static_cast<int>(orphaned.size()))
                .arg(orphaned.mid(0, 10).join(QStringLiteral(", ")) + (orphaned.size() > 10 ? tr(", …") : QString()));
    }
    box.setInformativeText(text + QStringLiteral("\n\n") + tr("You can undo this."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (!m_document->deleteContact(contactId, &error))
        QMessageBox::warning(this, tr("Delete Contact"), error);
}

void MainWindow::showDeparture(qint64 contactId)
{
    if (!m_document)
        return;
    DepartureDialog dialog(*m_document, contactId, this);
    connect(&dialog, &DepartureDialog::itemActivated, this, &MainWindow::selectItem);
    dialog.exec();
}

void MainWindow::handOverAsking(qint64 contactId)
{
    if (!m_document || isReadOnly())
        return;
    HandoverDialog dialog(*m_document, contactId, {}, this);
    dialog.exec();
}

void MainWindow::onHistoryName()
{
    const QString osUser = Store::systemUserName();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Your Name in the History"),
        tr("The History records changes you make under this name.\nLeave it empty to use your login name (%1).\n"
           "An inventory on a server records your database user instead.")
            .arg(osUser),
        QLineEdit::Normal, m_settings.value(Settings::Key::HistoryUserName).toString(), &ok);
    if (!ok)
        return;
    m_settings.setValue(Settings::Key::HistoryUserName, name.trimmed());
    if (m_document)
        m_document->setHistoryName(name);
}

void MainWindow::onExportMap()
{
    if (!m_document)
        return;
    const QDir folder = m_document && m_document->isServer() ? QDir::home() : QFileInfo(location()).absoluteDir();
    const QString start = folder.filePath(m_map->focusMode() ? tr("map-focus.svg") : tr("map.svg"));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), start,
                                                      tr("SVG drawing (*.svg);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_map->exportTo(path, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        statusBar()->showMessage(tr("Map saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Map"), error);
}

void MainWindow::showCommandError(const QString &message)
{
    QMessageBox::warning(this, tr("Undo"), tr("The change could not be applied: %1").arg(message));
}

qint64 MainWindow::currentId() const
{
    return m_model ? m_model->idAt(m_filter->mapToSource(m_tree->currentIndex())) : 0;
}

void MainWindow::onExternalChange()
{
    reloadAll(tr("Updated with changes saved elsewhere."));
}

void MainWindow::reloadAll(const QString &message)
{
    if (!m_model)
        return;
    const qint64 current = currentId();
    // The ids of the expanded rows, found by walking only into expanded rows.
    QVector<qint64> expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex index = m_filter->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                expanded.append(m_model->idAt(m_filter->mapToSource(index)));
                collect(index);
            }
        }
    };
    collect(QModelIndex());
    if (!m_model->reload()) {
        statusBar()->showMessage(tr("Cannot read the changes saved elsewhere: %1").arg(m_model->errorString()));
        return;
    }
    // The rows that were open and the current one, read again (their branches as they open).
    m_model->reveal(QVector<qint64>(expanded) << current);
    for (qint64 id : std::as_const(expanded)) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexForId(id));
        if (index.isValid())
            m_tree->expand(index);
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForId(current));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    m_countsText.clear();
    updateStatus();
    onCurrentChanged();
    m_history->refresh();
    m_directory->reload();
    m_map->scheduleRelayout();
    statusBar()->showMessage(message, 5000);
}

void MainWindow::selectItem(qint64 id)
{
    if (!m_model)
        return;
    m_model->reveal({id});
    if (!m_filter->mapFromSource(m_model->indexForId(id)).isValid())
        m_filterEdit->clear();
    const QModelIndex found = m_filter->mapFromSource(m_model->indexForId(id));
    if (!found.isValid())
        return;
    // Open the rows above it first (which reads the rest of its branch), then find it again.
    QVector<QPersistentModelIndex> above;
    for (QModelIndex p = found.parent(); p.isValid(); p = p.parent())
        above.prepend(p);
    for (const QPersistentModelIndex &p : std::as_const(above))
        m_tree->expand(p);
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForId(id));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool MainWindow::selectItemByName(const QString &name)
{
    if (!m_document)
        return false;
    QString error;
    const auto found = m_document->store().findItemsByName(name, &error);
    if (!found) {
        statusBar()->showMessage(tr("Cannot look for \"%1\": %2").arg(name, error), 5000);
        return false;
    }
    if (found->isEmpty())
        return false;
    selectItem(found->first().id);
    return true;
}

void MainWindow::onCurrentChanged()
{
    if (!m_model || !m_document)
        return;
    const qint64 id = m_model->idAt(m_filter->mapToSource(m_tree->currentIndex()));
    m_history->setCurrentItem(id);
    if (!id) {
        m_details->clearItem();
        m_whoToContact->clearContacts();
        return;
    }
    m_map->selectItem(id);
    m_details->showItem(store(), id);
    QString error;
    const auto contacts = m_document->resolver().resolve(id, &error);
    if (!contacts) {
        m_whoToContact->showError(error);
        return;
    }
    // The intervals are a few rows: read with each answer, so that a change to them shows.
    const auto intervals = ReviewIntervals::load(m_document->store(), &error);
    if (!intervals) {
        m_whoToContact->showError(error);
        return;
    }
    m_whoToContact->showContacts(m_model->nameAt(m_model->indexForId(id)), *contacts, *intervals,
                                 m_document->store().now());
}

void MainWindow::updateTitle()
{
    if (location().isEmpty()) {
        setWindowTitle(tr("Steward"));
    } else {
        const QString name = m_document && m_document->isServer()
                                 ? tr("%1 on %2")
                                       .arg(dialect::parseServerLocation(location()).database,
                                            dialect::parseServerLocation(location()).host)
                                 : QFileInfo(location()).fileName();
        setWindowTitle(isReadOnly() ? tr("%1 [read-only] - Steward").arg(name) : tr("%1 - Steward").arg(name));
    }
    setWindowFilePath(location());
}

bool MainWindow::isReadOnly() const
{
    return m_document && m_document->isReadOnly();
}

void MainWindow::updateReadOnly()
{
    const bool readOnly = isReadOnly();
    if (!m_document) {
        m_readOnlyBar->clear();
        m_warningBar->clear();
    } else if (m_document->isDamaged()) {
        m_readOnlyBar->showMessage(MessageBar::Kind::Error, m_document->damageMessage());
    } else if (readOnly) {
        const QString reason = m_document->readOnlyReason();
        const QString asked = m_document->isServer()
                                  ? tr("Read-only: opened for reading only. Nothing can be changed; connect again "
                                       "with File > Connect to Server… to make changes.")
                                  : tr("Read-only: opened for reading only. Nothing can be changed; open it with "
                                       "File > Open… to make changes.");
        m_readOnlyBar->showMessage(MessageBar::Kind::Information,
                                   reason.isEmpty() ? asked : tr("Read-only: %1").arg(reason));
    } else {
        m_readOnlyBar->clear();
    }
    const QStringList warnings = m_document ? m_document->database().connectionWarnings() : QStringList();
    if (warnings.isEmpty())
        m_warningBar->clear();
    else
        m_warningBar->showMessage(MessageBar::Kind::Warning, warnings.join(QLatin1Char('\n')));

    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
    // Undo and redo write too: without an active stack the group disables them.
    m_undoGroup->setActiveStack(m_document && !readOnly ? m_document->undoStack() : nullptr);
    m_tree->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    m_directory->setReadOnly(readOnly);
    m_history->setReadOnly(readOnly);
    updateTitle();
    Q_EMIT readOnlyChanged(readOnly);
}

void MainWindow::updateStatus()
{
    if (!m_document || !m_model) {
        m_statusLabel->clear();
        return;
    }
    if (m_countsText.isEmpty()) {
        // Counted by the database: the tree holds only what has been opened.
        QString error;
        const auto counts = m_document->store().itemCounts(&error);
        const QLocale locale;
        m_countsText = counts ? tr("%1 providers, %2 hosts, %3 services")
                                    .arg(locale.toString(counts->providers), locale.toString(counts->hosts),
                                         locale.toString(counts->services))
                              : tr("Cannot count the items: %1").arg(error);
    }
    QString text = m_countsText;
    if (!m_filter->filterText().isEmpty() && m_filter->moreMatches())
        text = tr("Filter \"%1\": more than %2 matching, the first %2 shown (type more to narrow) · %3")
                   .arg(m_filter->filterText())
                   .arg(QLocale().toString(m_filter->matchCount()))
                   .arg(text);
    else if (!m_filter->filterText().isEmpty())
        text = tr("Filter \"%1\": %2 matching · %3").arg(m_filter->filterText()).arg(m_filter->matchCount()).arg(text);
    m_statusLabel->setText(text);
}

void MainWindow::selectItems(const QVector<qint64> &ids)
{
    if (!m_model)
        return;
    m_model->reveal(ids);
    bool hidden = false;
    for (qint64 id : ids) {
        const QModelIndex source = m_model->indexForId(id);
        hidden = hidden || (source.isValid() && !m_filter->mapFromSource(source).isValid());
    }
    if (hidden)
        m_filterEdit->clear();
    // Open the rows above them first: opening a branch reads the rest of its rows,
    // which moves the ones already there.
    QSet<QPersistentModelIndex> opened;
    for (qint64 id : ids) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexForId(id));
        QVector<QPersistentModelIndex> above;
        for (QModelIndex p = index.parent(); p.isValid() && !opened.contains(p); p = p.parent())
            above.prepend(p);
        for (const QPersistentModelIndex &p : std::as_const(above)) {
            opened.insert(p);
            m_tree->expand(p);
        }
    }
    // Rows in runs under each parent, so that thousands of items are a few ranges.
    QHash<QPersistentModelIndex, QVector<int>> rowsByParent;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexForId(id));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        rowsByParent[index.parent()].append(index.row());
    }
    if (!first.isValid())
        return;
    QItemSelection selection;
    const int lastColumn = m_filter->columnCount() - 1;
    for (auto it = rowsByParent.begin(); it != rowsByParent.end(); ++it) {
        QVector<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        for (int i = 0; i < rows.size();) {
            int j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
                ++j;
            selection.select(m_filter->index(rows.at(i), 0, it.key()),
                             m_filter->index(rows.at(j), lastColumn, it.key()));
            i = j + 1;
        }
    }
    m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(first);
}

} // namespace steward
