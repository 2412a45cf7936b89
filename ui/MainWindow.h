#pragma once

#include "Records.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace steward {

class ChangeWatcher;
class ContactPanel;
class ContactResolver;
class ContactsPanel;
struct ContactDraft;
class Database;
class DetailsPane;
class HistoryPanel;
class InventoryTreeModel;
class MapPanel;
class Settings;
class Store;
class TreeFilterModel;

/**
 * The main window: the inventory tree with its filter on the left, the selected
 * item's details and the who-to-contact panel in docks on the right.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path; on failure returns false and fills @p error (no dialog is shown).
    bool openFile(const QString &path, QString *error);
    /// Creates a new inventory at @p path, optionally filled with the example.
    bool newFile(const QString &path, bool example, QString *error);
    /// Selects the item called @p name (case-insensitive); false if there is none.
    bool selectItemByName(const QString &name);
    void selectItem(qint64 id);
    /// Selects several items in the tree (clearing the filter if it hides them), expands
    /// to them and scrolls to the first, which becomes current.
    void selectItems(const QVector<qint64> &ids);

    QString currentFile() const;
    Store *store() const { return m_store.get(); }
    InventoryTreeModel *treeModel() const { return m_model; }
    TreeFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    ContactPanel *contactPanel() const { return m_contacts; }
    HistoryPanel *historyPanel() const { return m_history; }
    ChangeWatcher *changeWatcher() const { return m_watcher.get(); }
    MapPanel *mapPanel() const { return m_map; }
    /// The status bar's word that the server went away (hidden while connected).
    QLabel *connectionLabel() const { return m_connectionLabel; }

    /// The ids of the items selected in the tree, in tree order.
    QVector<qint64> selectedItemIds() const;
    /// Assigns a contact to items as one undoable step; false with @p error if refused.
    bool assignToItems(const QVector<qint64> &itemIds, qint64 contactId, const QString &role, Priority priority,
                       QString *error);
    /// Removes a contact (one role, or all with an empty @p role) from items as one undoable step.
    bool unassignFromItems(const QVector<qint64> &itemIds, qint64 contactId, const QString &role, QString *error);
    QUndoStack *undoStack() const { return m_undo; }
    /// Saves a form's result as one undoable step: a new item when before.id is 0.
    /// A record someone else changed since @p before was loaded is refused.
    bool saveItem(const Item &before, const Item &after, QString *error);
    /// Opens the form for the current item, or for a new item of @p kind.
    void editCurrentItem();
    void newItem(ItemKind kind);
    /// Puts back the values from before a recorded change (an item's or contact's edit, an
    /// assignment's creation, edit or removal), as an undoable step; refused when a later
    /// change to the same record depends on it.
    bool revertChange(const HistoryEntry &entry, QString *error);
    /// Moves items under @p newParentId (a drop in the tree) as one undoable step.
    bool moveItems(const QVector<qint64> &itemIds, qint64 newParentId, QString *error);
    /// Deletes @p itemId and everything under it as one undoable step (no question asked).
    bool deleteItem(qint64 itemId, QString *error);
    /// Asks, saying what goes with it, then deletes the current item.
    void deleteCurrentItem();

    // Contacts and ownership
    ContactsPanel *contactsPanel() const { return m_contactsPanel; }
    /// Saves a contact form's result as one undoable step: a new contact when before's id is 0.
    bool saveContact(const ContactDraft &before, const ContactDraft &after, QString *error);
    /// Deletes a contact with its assignments and memberships as one undoable step (no question asked).
    bool deleteContact(qint64 contactId, QString *error);
    /// Saves the ownership editor's result for one item as one undoable step.
    bool saveOwnership(qint64 itemId, const QVector<Assignment> &loaded, const QVector<Assignment> &after,
                       const QVector<Contact> &newContacts, QString *error, const QString &label = QString());
    /// What deleting a contact takes with it: its assignments ("owner of PyPI") and the
    /// items that would be left with nobody to contact but the escalation contacts.
    void contactDeletionImpact(qint64 contactId, QStringList *assignments, QStringList *orphaned);
    /// Opens the ownership editor for the current item.
    void editOwnership();
    void newContact();
    void editContact(qint64 contactId);
    /// Asks, saying what goes with it, then deletes the contact.
    void deleteContactAsking(qint64 contactId);

    /// Restores geometry and dock layout from the settings.
    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildDocks();
    void configureHeader();
    void onNew();
    void onOpen();
    /// File > Connect to Server…; @p location and @p message when asking again.
    void onConnectToServer(const QString &location = QString(), const QString &message = QString());
    void onAbout();
    void onAssign();
    void onUnassign();
    void onHistoryName();
    void onExportMap();
    void showCommandError(const QString &message);
    void openFromUi(const QString &path);
    void updateRecentMenu();
    void onCurrentChanged();
    void onFilterChanged(const QString &text);
    void updateTitle();
    void updateStatus();
    void closeFile();
    /// Another connection committed: read the tree again, keeping selection and expansion.
    void onExternalChange();
    /// Reads the tree, contacts, history and counts again, keeping what is expanded and current.
    void reloadAll(const QString &message);
    qint64 currentId() const;

    Settings &m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactResolver> m_resolver;
    std::unique_ptr<ChangeWatcher> m_watcher;
    InventoryTreeModel *m_model = nullptr;
    TreeFilterModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    DetailsPane *m_details;
    ContactPanel *m_contacts;
    ContactsPanel *m_contactsPanel;
    MapPanel *m_map;
    QSplitter *m_splitter;
    HistoryPanel *m_history;
    QUndoStack *m_undo;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel;
    QLabel *m_connectionLabel = nullptr; ///< says that the server went away, while it is away
    QString m_countsText;
};

} // namespace steward
