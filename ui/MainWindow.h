#pragma once

#include "Database.h"
#include "Records.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTreeView;
class QUndoGroup;
class QUndoStack;

namespace steward {

class ChangeWatcher;
class ContactDirectoryPanel;
class DetailsPane;
class HistoryPanel;
class InventoryDocument;
class InventoryTreeModel;
class MapPanel;
class MessageBar;
class Settings;
class Store;
class TreeFilterModel;
class WhoToContactPanel;

/**
 * The main window: the inventory tree with its filter on the left, the selected
 * item's details and the who-to-contact panel in docks on the right. It is chrome:
 * menus, docks, layout and dialogs around the open InventoryDocument, which owns the
 * inventory and its editing operations.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// How long after opening an inventory file the window starts checking it for damage.
    static constexpr int IntegrityCheckDelayMs = 1000;

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the inventory at @p location (a file path or a server address); on failure
    /// returns false and fills @p error (no dialog is shown). With OpenMode::ReadOnly, or
    /// when the file or role allows only reading, every editing action is disabled.
    bool openLocation(const QString &location, QString *error, Database::OpenMode mode = Database::OpenMode::ReadWrite);
    /// Creates a new inventory file at @p path, optionally filled with the example, and opens it.
    bool newFile(const QString &path, bool example, QString *error);
    /// Selects the item called @p name (case-insensitive); false if there is none.
    bool selectItemByName(const QString &name);
    void selectItem(qint64 id);
    /// Selects several items in the tree (clearing the filter if it hides them), expands
    /// to them and scrolls to the first, which becomes current.
    void selectItems(const QVector<qint64> &ids);

    /// The open inventory's file path or server address (empty when none is open).
    QString location() const;
    /// The open inventory, or nullptr.
    InventoryDocument *document() const { return m_document.get(); }
    /// The open inventory's store, watcher and undo stack (nullptr when none is open).
    Store *store() const;
    ChangeWatcher *changeWatcher() const;
    QUndoStack *undoStack() const;
    InventoryTreeModel *treeModel() const { return m_model; }
    TreeFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    WhoToContactPanel *whoToContactPanel() const { return m_whoToContact; }
    HistoryPanel *historyPanel() const { return m_history; }
    MapPanel *mapPanel() const { return m_map; }
    /// The status bar's word that the server went away (hidden while connected).
    QLabel *connectionLabel() const { return m_connectionLabel; }
    /// True when the open inventory may not be changed (read-only, or found damaged):
    /// every editing action is disabled and the bar above the tree says why.
    bool isReadOnly() const;
    /// The bar that says the inventory is read-only or damaged (hidden otherwise).
    MessageBar *readOnlyBar() const { return m_readOnlyBar; }
    /// The bar with the connection's warnings, e.g. a server reached without TLS.
    MessageBar *connectionWarningBar() const { return m_warningBar; }

    /// The ids of the items selected in the tree, in tree order.
    QVector<qint64> selectedItemIds() const;
    /// Opens the form for the current item, or for a new item of @p kind.
    void editCurrentItem();
    void newItem(ItemKind kind);
    void editStatusesAndLinkTypes();
    /// Asks, saying what goes with it, then deletes the current item.
    void deleteCurrentItem();

    // Contacts and ownership
    ContactDirectoryPanel *contactDirectoryPanel() const { return m_directory; }
    /// Opens the ownership editor for the current item.
    void editOwnership();
    void newContact();
    void editContact(qint64 contactId);
    /// Asks, saying what goes with it, then deletes the contact.
    void deleteContactAsking(qint64 contactId);
    /// Confirms every assignment of the contact (one undoable step); says why not if refused.
    void confirmContact(qint64 contactId);
    /// What If They Leave… for a contact: the departure dialog, with its Hand Over….
    void showDeparture(qint64 contactId);
    /// Hand Over… for a contact, of all its items.
    void handOverAsking(qint64 contactId);

    /// Shows what reverting history batch @p batchId would do (BatchRevertDialog) and,
    /// if the user goes on, reverts it as one undoable step.
    void revertBatch(qint64 batchId);

    /// View > Next Panel (F6) and Previous Panel (Shift+F6): moves the keyboard focus to
    /// the next (@p step 1) or previous (-1) of the tree, the map and the open docks, in
    /// that order, raising a dock that shares its place with others.
    void cycleFocus(int step);

    /// Restores geometry and dock layout from the settings.
    void restoreWindowState();
    Settings &settings() const { return m_settings; }

Q_SIGNALS:
    /// Another inventory is open (@p document), or none is (nullptr, just before the
    /// old one closes). Action groups and panels follow the open inventory through this.
    void documentChanged(steward::InventoryDocument *document);
    /// Whether the open inventory may be changed, said after documentChanged() and
    /// whenever it becomes read-only (found damaged). Actions that write follow it.
    void readOnlyChanged(bool readOnly);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildDocks();
    void configureHeader();
    void onNew();
    void onOpen();
    /// File > Open Read-Only…
    void onOpenReadOnly();
    /// File > Connect to Server…; @p location and @p message when asking again.
    void onConnectToServer(const QString &location = QString(), const QString &message = QString());
    void onAbout();
    void onAssign();
    void onUnassign();
    /// Edit > Confirm Ownership: confirms the selected items' assignments.
    void onConfirm();
    void onHistoryName();
    void onExportMap();
    void showCommandError(const QString &message);
    void openFromUi(const QString &location, Database::OpenMode mode = Database::OpenMode::ReadWrite);
    void updateRecentMenu();
    void onCurrentChanged();
    void onFilterChanged(const QString &text);
    void updateTitle();
    void updateStatus();
    /// The bars, the editing actions, the tree's drag and drop and the undo stack follow
    /// whether the open inventory may be changed.
    void updateReadOnly();
    void closeFile();
    /// Another connection committed: read the tree again, keeping selection and expansion.
    void onExternalChange();
    /// Reads the tree, contacts, history and counts again, keeping what is expanded and current.
    void reloadAll(const QString &message);
    qint64 currentId() const;

    Settings &m_settings;
    std::unique_ptr<InventoryDocument> m_document;
    InventoryTreeModel *m_model = nullptr; ///< the document's tree, while one is open
    TreeFilterModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    DetailsPane *m_details;
    WhoToContactPanel *m_whoToContact;
    ContactDirectoryPanel *m_directory;
    QDockWidget *m_directoryDock = nullptr;
    MapPanel *m_map;
    QSplitter *m_splitter;
    HistoryPanel *m_history;
    QUndoGroup *m_undoGroup; ///< the Edit menu's undo and redo follow the open document's stack
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel;
    QLabel *m_connectionLabel = nullptr; ///< says that the server went away, while it is away
    QString m_countsText;
    MessageBar *m_readOnlyBar;
    MessageBar *m_warningBar;
    QList<QAction *> m_editActions; ///< disabled while the inventory is read-only
};

} // namespace steward
