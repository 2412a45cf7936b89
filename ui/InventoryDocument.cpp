#include "InventoryDocument.h"

#include "AssignmentCommands.h"
#include "ChangeFields.h"
#include "ChangeWatcher.h"
#include "ContactCommands.h"
#include "ContactResolver.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "HistoryActor.h"
#include "HistoryCommands.h"
#include "InventoryTreeModel.h"
#include "ItemCommands.h"
#include "QuickCheck.h"
#include "RevertPlan.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrentRun>
#include <QUndoStack>

namespace steward {

InventoryDocument::InventoryDocument(std::unique_ptr<Database> db, std::unique_ptr<Store> store)
    : m_db(std::move(db))
    , m_store(std::move(store))
    , m_undo(new QUndoStack(this))
{
    // A write that met a damaged page: the window turns read-only, as when its own check finds it.
    connect(m_store.get(), &Store::damageFound, this, [this] { markDamaged({m_db->damageDetail()}); });
}

InventoryDocument::~InventoryDocument()
{
    m_cancelCheck->store(true);
    // The steps and the model hold the store: they go first.
    m_undo->clear();
    delete m_model;
    m_model = nullptr;
    m_watcher.reset();
    m_resolver.reset();
    m_store.reset();
    m_db.reset();
}

std::unique_ptr<InventoryDocument> InventoryDocument::open(const QString &location, const QString &historyName,
                                                           QString *error, Database::OpenMode mode)
{
    auto db = std::make_unique<Database>();
    if (!db->open(location, mode)) {
        if (error)
            *error = db->errorString();
        return nullptr;
    }
    auto store = std::make_unique<Store>(*db);
    applyHistoryActor(*store, historyName);
    std::unique_ptr<InventoryDocument> document(new InventoryDocument(std::move(db), std::move(store)));
    document->m_model = new InventoryTreeModel(*document->m_store, document.get());
    if (!document->m_model->reload()) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(location), document->m_model->errorString());
        return nullptr;
    }
    document->m_resolver = std::make_unique<ContactResolver>(*document->m_store);
    document->m_watcher = std::make_unique<ChangeWatcher>(*document->m_store);
    return document;
}

bool InventoryDocument::create(const QString &location, bool example, const QString &organisationName, QString *error)
{
    Database db;
    if (!db.create(location)) {
        if (error)
            *error = db.errorString();
        return false;
    }
    {
        Store store(db);
        bool ok = true;
        if (example) {
            ok = ExampleInventory::populate(store, error);
        } else {
            Item org;
            org.kind = ItemKind::Organisation;
            org.name = organisationName;
            ok = store.createItem(org, error).has_value();
        }
        if (!ok) {
            db.close();
            QFile::remove(location);
            return false;
        }
    }
    db.close();
    return true;
}

QString InventoryDocument::location() const
{
    return m_db->path();
}

bool InventoryDocument::isServer() const
{
    return m_db->isServer();
}

CommandErrorHandler InventoryDocument::commandErrorHandler()
{
    return [this](const QString &message) { Q_EMIT commandFailed(message); };
}

void InventoryDocument::setHistoryName(const QString &name)
{
    applyHistoryActor(*m_store, name);
}

bool InventoryDocument::isReadOnly() const
{
    return isDamaged() || m_db->isReadOnly();
}

QString InventoryDocument::readOnlyReason() const
{
    return isDamaged() ? m_damage : m_db->readOnlyReason();
}

bool InventoryDocument::refuseWhenReadOnly(QString *error) const
{
    if (!isReadOnly())
        return false;
    if (error) {
        const QString reason = readOnlyReason();
        *error = reason.isEmpty() ? tr("%1 is open for reading only: nothing can be changed.").arg(m_db->displayName())
                                  : reason;
    }
    return true;
}

void InventoryDocument::markDamaged(const QStringList &problems)
{
    if (problems.isEmpty() || isDamaged())
        return;
    const QString first = problems.first();
    const QString found =
        problems.size() > 1
            ? tr("%1 (and %n more problem(s))", nullptr, static_cast<int>(problems.size() - 1)).arg(first)
            : first;
    m_damage = tr("The inventory is damaged: %1. Steward will not change it. Restore a backup (File > Restore From "
                  "Backup…) or run `steward check`.")
                   .arg(found);
    Q_EMIT readOnlyChanged();
}

void InventoryDocument::startIntegrityCheck()
{
    if (m_db->isServer() || m_checking)
        return;
    m_checking = true;
    auto *watcher = new QFutureWatcher<QPair<QStringList, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto [problems, error] = watcher->result();
        watcher->deleteLater();
        m_checking = false;
        markDamaged(problems);
        Q_EMIT integrityChecked(problems, error);
    });
    // The thread has the path and the flag, never this document (which may go first).
    watcher->setFuture(QtConcurrent::run([path = m_db->path(), cancel = m_cancelCheck] {
        QString error;
        const auto problems = QuickCheck::run(path, cancel.get(), &error);
        return qMakePair(problems.value_or(QStringList()), problems ? QString() : error);
    }));
}

bool InventoryDocument::saveItem(const Item &before, const Item &after, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (before.id == 0) {
        auto command = std::make_unique<CreateItemCommand>(*m_store, after, commandErrorHandler());
        if (!command->execute(error))
            return false;
        const qint64 id = command->itemId();
        m_undo->push(command.release());
        Q_EMIT itemCreated(id);
        return true;
    }
    auto command = std::make_unique<EditItemCommand>(*m_store, before, after, commandErrorHandler());
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    return true;
}

bool InventoryDocument::saveItem(const Item &before, const Item &after, const LinkChanges &links, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (links.isEmpty())
        return saveItem(before, after, error);
    std::unique_ptr<StoreCommand> itemStep;
    CreateItemCommand *create = nullptr;
    QString label;
    if (before.id == 0) {
        auto command = std::make_unique<CreateItemCommand>(*m_store, after, CommandErrorHandler());
        create = command.get();
        label = command->text();
        itemStep = std::move(command);
    } else {
        auto command = std::make_unique<EditItemCommand>(*m_store, before, after, CommandErrorHandler());
        label = command->text();
        // Only the links changed: the item's record is left alone (no new version of it).
        if (itemFields(before) != itemFields(after))
            itemStep = std::move(command);
    }
    auto steps = std::make_unique<StepsCommand>(*m_store, label, commandErrorHandler());
    if (itemStep)
        steps->addStep(std::move(itemStep));
    // Removed first: a link whose note changed is removed and added again, and two links
    // of one type between the same items cannot both exist.
    for (const Link &link : links.removed)
        steps->addStep(std::make_unique<RemoveLinkCommand>(*m_store, link, CommandErrorHandler()));
    for (const Link &link : links.added) {
        std::function<qint64()> fromId;
        if (create)
            fromId = [create] { return create->itemId(); };
        steps->addStep(std::make_unique<AddLinkCommand>(*m_store, link, CommandErrorHandler(), fromId));
    }
    if (!steps->execute(error))
        return false;
    m_undo->push(steps.release());
    if (create)
        Q_EMIT itemCreated(create->itemId());
    return true;
}

bool InventoryDocument::moveItems(const QVector<qint64> &itemIds, qint64 newParentId, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (itemIds.isEmpty())
        return false;
    auto parent = m_store->item(newParentId, error);
    if (!parent)
        return false;
    // One undo step for the whole drop, however many items were dragged, and one
    // transaction each time it runs or is undone: all of it or none.
    auto steps = std::make_unique<StepsCommand>(*m_store,
                                                itemIds.size() == 1
                                                    ? tr("Move to %1").arg(parent->name)
                                                    : tr("Move %1 items to %2").arg(itemIds.size()).arg(parent->name),
                                                commandErrorHandler());
    for (qint64 id : itemIds) {
        auto before = m_store->item(id, error);
        if (!before)
            return false;
        if (before->parentId == newParentId)
            continue;
        Item after = *before;
        after.parentId = newParentId;
        steps->addStep(std::make_unique<EditItemCommand>(*m_store, *before, after, CommandErrorHandler()));
    }
    if (steps->isEmpty())
        return true;
    if (!steps->execute(error))
        return false;
    m_undo->push(steps.release());
    return true;
}

bool InventoryDocument::deleteItem(qint64 itemId, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    auto command = std::make_unique<DeleteItemCommand>(*m_store, itemId, commandErrorHandler());
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    return true;
}

bool InventoryDocument::saveContact(const ContactDraft &before, const ContactDraft &after, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (before.contact.id == 0) {
        auto command = std::make_unique<CreateContactCommand>(*m_store, after, commandErrorHandler());
        if (!command->execute(error))
            return false;
        const qint64 id = command->contactId();
        m_undo->push(command.release());
        Q_EMIT contactCreated(id);
        return true;
    }
    auto command = std::make_unique<EditContactCommand>(*m_store, before, after, commandErrorHandler());
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    return true;
}

bool InventoryDocument::deleteContact(qint64 contactId, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    auto command = std::make_unique<DeleteContactCommand>(*m_store, contactId, commandErrorHandler());
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    return true;
}

bool InventoryDocument::saveOwnership(qint64 itemId, const QVector<Assignment> &loaded,
                                      const QVector<Assignment> &after, const QVector<Contact> &newContacts,
                                      QString *error, const QString &label)
{
    if (refuseWhenReadOnly(error))
        return false;
    auto item = m_store->item(itemId, error);
    if (!item)
        return false;
    auto command = std::make_unique<OwnershipCommand>(*m_store, itemId, item->name, loaded, after, newContacts,
                                                      commandErrorHandler());
    if (!label.isEmpty())
        command->setText(label);
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    Q_EMIT statusMessage(m_undo->undoText());
    return true;
}

bool InventoryDocument::assignToItems(const QVector<qint64> &itemIds, qint64 contactId, const QString &role,
                                      Priority priority, QString *error)
{
    AssignRequest request;
    request.itemIds = itemIds;
    request.contactId = contactId;
    request.role = role;
    request.priority = priority;
    return assign(request, error);
}

bool InventoryDocument::assign(const AssignRequest &request, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (request.itemIds.isEmpty())
        return false;
    auto contact = m_store->contact(request.contactId, error);
    if (!contact)
        return false;
    // Refused, with the reason, when every item already has the contact in that role.
    auto command = std::make_unique<AssignCommand>(*m_store, request, contact->name, commandErrorHandler());
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    Q_EMIT statusMessage(m_undo->undoText());
    return true;
}

bool InventoryDocument::unassignFromItems(const QVector<qint64> &itemIds, qint64 contactId, const QString &role,
                                          QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (itemIds.isEmpty())
        return false;
    auto contact = m_store->contact(contactId, error);
    if (!contact)
        return false;
    auto command =
        std::make_unique<UnassignCommand>(*m_store, itemIds, contactId, role, contact->name, commandErrorHandler());
    // Refused, with the reason, when none of the items has the contact.
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    Q_EMIT statusMessage(m_undo->undoText());
    return true;
}

bool InventoryDocument::confirmItems(const QVector<qint64> &itemIds, QString *error, qint64 contactId,
                                     const QString &role)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (itemIds.isEmpty())
        return false;
    const auto ids = assignmentsOfItemsToConfirm(*m_store, itemIds, contactId, role, error);
    if (!ids)
        return false;
    const QSet<qint64> items(itemIds.begin(), itemIds.end());
    QString name;
    if (items.size() == 1) {
        const auto item = m_store->item(itemIds.first(), error);
        if (!item)
            return false;
        name = item->name;
    }
    if (ids->isEmpty()) {
        if (error)
            *error = name.isEmpty() ? tr("None of the selected items has anyone to confirm.")
                                    : tr("%1 has nobody of its own to confirm.").arg(name);
        return false;
    }
    const QString label = name.isEmpty() ? tr("Confirm Ownership of %1 Items").arg(items.size())
                                         : tr("Confirm Ownership of %1").arg(name);
    auto command = std::make_unique<ConfirmCommand>(*m_store, *ids, label, commandErrorHandler());
    if (!command->execute(error))
        return false;
    const int count = command->count();
    m_undo->push(command.release());
    Q_EMIT statusMessage(count == 1 ? tr("Confirmed 1 assignment.") : tr("Confirmed %1 assignments.").arg(count));
    return true;
}

bool InventoryDocument::confirmContact(qint64 contactId, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const auto contact = m_store->contact(contactId, error);
    if (!contact)
        return false;
    const auto ids = assignmentsOfContactToConfirm(*m_store, contactId, QString(), error);
    if (!ids)
        return false;
    if (ids->isEmpty()) {
        if (error)
            *error = tr("%1 is not assigned to anything.").arg(contact->name);
        return false;
    }
    auto command = std::make_unique<ConfirmCommand>(
        *m_store, *ids, tr("Confirm the Assignments of %1").arg(contact->name), commandErrorHandler());
    if (!command->execute(error))
        return false;
    const int count = command->count();
    m_undo->push(command.release());
    Q_EMIT statusMessage(count == 1 ? tr("Confirmed 1 assignment of %1.").arg(contact->name)
                                    : tr("Confirmed %1 assignments of %2.").arg(count).arg(contact->name));
    return true;
}

std::optional<ContactDeletionImpact> InventoryDocument::contactDeletionImpact(qint64 contactId, QString *error)
{
    return steward::contactDeletionImpact(*m_store, contactId, error);
}

std::optional<Departure> InventoryDocument::departure(qint64 contactId, QString *error)
{
    return steward::departure(*m_store, contactId, error);
}

bool InventoryDocument::handOver(const Handover &plan, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    auto command = std::make_unique<HandoverCommand>(*m_store, plan, commandErrorHandler());
    if (!command->execute(error))
        return false;
    Q_EMIT statusMessage(command->text());
    m_undo->push(command.release());
    return true;
}

bool InventoryDocument::revertChange(const HistoryEntry &entry, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const auto plan = planRevert(*m_store, entry, error);
    if (!plan)
        return false;
    switch (plan->kind) {
    case RevertPlan::Kind::Item: return saveItem(plan->itemNow, plan->itemReverted, error);
    case RevertPlan::Kind::Contact:
        return saveContact({plan->contactNow, plan->teamMembers}, {plan->contactReverted, plan->teamMembers}, error);
    case RevertPlan::Kind::Ownership: break;
    }
    return saveOwnership(plan->itemId, plan->assignmentsNow, plan->assignmentsReverted, {}, error, plan->label);
}

std::optional<BatchRevertPlan> InventoryDocument::planBatchRevert(qint64 batchId, QString *error)
{
    if (refuseWhenReadOnly(error))
        return std::nullopt;
    return steward::planBatchRevert(*m_store, batchId, error);
}

bool InventoryDocument::revertBatch(const BatchRevertPlan &plan, OnConflict onConflict, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    auto command = std::make_unique<RevertBatchCommand>(*m_store, plan, onConflict, commandErrorHandler());
    if (!command->execute(error))
        return false;
    m_undo->push(command.release());
    Q_EMIT statusMessage(m_undo->undoText());
    return true;
}

} // namespace steward
