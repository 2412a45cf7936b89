#pragma once

#include "AssignOperation.h"
#include "BatchRevert.h"
#include "ContactDeletionImpact.h"
#include "Database.h"
#include "Departure.h"
#include "Handover.h"
#include "Records.h"
#include "StoreCommand.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace steward {

class ChangeWatcher;
class ContactResolver;
struct ContactDraft;
class InventoryTreeModel;
class Store;
struct LinkChanges;

/**
 * One open inventory (a file or a server's database) and everything that edits it:
 * the connection, the store, the who-to-contact resolver, the change watcher, the
 * tree model, the undo stack, and the editing operations the window, the map, the
 * forms and the docks call. Each operation is one undoable step that calls the
 * store or an operation in model/; a refusal comes back as false with the reason.
 * It shows nothing: it says what happened through signals, and the window decides
 * how to show it. (Tiled's MapDocument; KeePassXC's DatabaseWidget.)
 */
class InventoryDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryDocument)
public:
    /// Opens the inventory at @p location (a file path or a server address) and reads
    /// its tree; nullptr with @p error on failure. @p historyName is the configured
    /// name for the history (applied only to files: see applyHistoryActor()). With
    /// Database::OpenMode::ReadOnly nothing is written and every editing operation is refused.
    static std::unique_ptr<InventoryDocument> open(const QString &location, const QString &historyName, QString *error,
                                                   Database::OpenMode mode = Database::OpenMode::ReadWrite);
    /// Creates a new inventory file at @p location holding the example inventory, or only an
    /// organisation called @p organisationName; the file is removed again on failure.
    static bool create(const QString &location, bool example, const QString &organisationName, QString *error);
    ~InventoryDocument() override;

    /// The file path or server address this inventory was opened from.
    QString location() const;
    bool isServer() const;
    Database &database() const { return *m_db; }
    Store &store() const { return *m_store; }
    ContactResolver &resolver() const { return *m_resolver; }
    ChangeWatcher &changeWatcher() const { return *m_watcher; }
    InventoryTreeModel &treeModel() const { return *m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    /// What undo commands call when undoing or redoing fails: emits commandFailed().
    CommandErrorHandler commandErrorHandler();

    /// The configured name for the history changed: applies it (files only).
    void setHistoryName(const QString &name);

    // Read-only and damaged inventories
    /// True when nothing may be changed: the inventory was opened read-only, the file or
    /// the server role does not allow writing (Database::isReadOnly()), or it is damaged.
    /// Every editing operation then refuses with readOnlyReason().
    bool isReadOnly() const;
    /// Why the inventory is read-only, in words for the user: damageMessage() when it is
    /// damaged, else the database's reason (empty when read-only was asked for).
    QString readOnlyReason() const;
    /// True once startIntegrityCheck() found problems (or markDamaged() was called).
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /// What the window says of a damaged inventory, pointing to the backups; empty when sound.
    QString damageMessage() const { return m_damage; }
    /// Makes the inventory read-only from now on, because of @p problems (SQLite's words).
    void markDamaged(const QStringList &problems);
    /// A file: runs SQLite's quick_check on a connection of its own in a worker thread;
    /// integrityChecked() says what it found, and problems make the inventory damaged
    /// (markDamaged()). A server checks its own pages: nothing to do.
    void startIntegrityCheck();
    /// True while the check of startIntegrityCheck() runs.
    bool isCheckingIntegrity() const { return m_checking; }

    // Items
    /// Saves a form's result as one undoable step: a new item when before.id is 0
    /// (then itemCreated() names it). A record someone else changed since @p before was
    /// loaded is refused.
    bool saveItem(const Item &before, const Item &after, QString *error);
    /// saveItem() with the item's outgoing links removed and added (the form's Links
    /// section), all of it one undoable step and one transaction: undo puts the item and
    /// its links back as they were.
    bool saveItem(const Item &before, const Item &after, const LinkChanges &links, QString *error);
    /// Moves items under @p newParentId (a drop in the tree) as one undoable step.
    bool moveItems(const QVector<qint64> &itemIds, qint64 newParentId, QString *error);
    /// Deletes @p itemId and everything under it as one undoable step.
    bool deleteItem(qint64 itemId, QString *error);

    // Contacts and ownership
    /// Saves a contact form's result as one undoable step: a new contact when before's id
    /// is 0 (then contactCreated() names it).
    bool saveContact(const ContactDraft &before, const ContactDraft &after, QString *error);
    /// Deletes a contact with its assignments and memberships as one undoable step.
    bool deleteContact(qint64 contactId, QString *error);
    /// Saves the ownership editor's result for one item as one undoable step.
    bool saveOwnership(qint64 itemId, const QVector<Assignment> &loaded, const QVector<Assignment> &after,
                       const QVector<Contact> &newContacts, QString *error, const QString &label = QString());
    /// Assigns a contact to items as one undoable step (assignContact()): items that
    /// have it already are left alone; refused when all of them have it.
    bool assignToItems(const QVector<qint64> &itemIds, qint64 contactId, const QString &role, Priority priority,
                       QString *error);
    /// assignToItems() with everything a request holds (a cover's days too).
    bool assign(const AssignRequest &request, QString *error);
    /// Removes a contact (one role, or all with an empty @p role) from items as one
    /// undoable step (unassignContact()); refused when none of them has it.
    bool unassignFromItems(const QVector<qint64> &itemIds, qint64 contactId, const QString &role, QString *error);
    /// Confirms the assignments of @p itemIds (only @p contactId's when not 0, only of
    /// @p role when not empty) as one undoable step (confirmAssignments()): "this is still
    /// true", now, by the history's actor. Refused when there is nothing to confirm.
    bool confirmItems(const QVector<qint64> &itemIds, QString *error, qint64 contactId = 0,
                      const QString &role = QString());
    /// Confirms every assignment of @p contactId as one undoable step.
    bool confirmContact(qint64 contactId, QString *error);
    /// What deleting a contact takes with it (model/ownership/ContactDeletionImpact.h).
    std::optional<ContactDeletionImpact> contactDeletionImpact(qint64 contactId, QString *error);
    /// What a contact's leaving would leave thin (model/ownership/Departure.h); reads only.
    std::optional<Departure> departure(qint64 contactId, QString *error);
    /// Applies a hand-over made with planHandover() as one undoable step (HandoverCommand);
    /// refused when anything of the plan changed since it was made: plan again.
    bool handOver(const Handover &plan, QString *error);

    /// Puts back the values from before a recorded change (planRevert()), as an undoable
    /// step; refused when a later change to the same record depends on it.
    bool revertChange(const HistoryEntry &entry, QString *error);
    /// What reverting the whole history batch @p batchId would do (planBatchRevert()).
    std::optional<BatchRevertPlan> planBatchRevert(qint64 batchId, QString *error);
    /// Reverts the batch @p plan describes as one undoable step (RevertBatchCommand):
    /// refused, changing nothing, when read-only, when the inventory changed since the
    /// plan was made, or when records changed since the batch and @p onConflict is Refuse.
    bool revertBatch(const BatchRevertPlan &plan, OnConflict onConflict, QString *error);

Q_SIGNALS:
    /// An undo or redo could not be applied (refused, or the server gone); the step is dropped.
    void commandFailed(const QString &message);
    /// A short note for the status bar (what a step did).
    void statusMessage(const QString &message);
    /// saveItem() created this item.
    void itemCreated(qint64 id);
    /// saveContact() created this contact.
    void contactCreated(qint64 id);
    /// The inventory became read-only (it was found damaged).
    void readOnlyChanged();
    /// startIntegrityCheck() finished: @p problems empty when the file is sound; @p error
    /// when the check could not run (then nothing is known).
    void integrityChecked(const QStringList &problems, const QString &error);

private:
    InventoryDocument(std::unique_ptr<Database> db, std::unique_ptr<Store> store);
    /// True, with readOnlyReason() in @p error, when nothing may be changed.
    bool refuseWhenReadOnly(QString *error) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactResolver> m_resolver;
    std::unique_ptr<ChangeWatcher> m_watcher;
    InventoryTreeModel *m_model = nullptr; ///< a child of this document
    QUndoStack *m_undo;                    ///< a child of this document
    QString m_damage;                      ///< damageMessage()
    bool m_checking = false;
    /// Set when the document goes: a check still running stops (the thread holds a share).
    std::shared_ptr<std::atomic<bool>> m_cancelCheck = std::make_shared<std::atomic<bool>>(false);
};

} // namespace steward
