#pragma once

#include "Records.h"
#include "Store.h"
#include "StoreCommand.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

namespace steward {

/// What an item form changed among the item's outgoing links: the links to remove
/// (as loaded, with their ids) and the links to add. A changed note is both.
struct LinkChanges
{
    QVector<Link> removed;
    QVector<Link> added;
    bool isEmpty() const { return removed.isEmpty() && added.isEmpty(); }
};

/// Creates an item; undo deletes it, redo puts it back with the same id.
class CreateItemCommand final : public StoreCommand
{
public:
    CreateItemCommand(Store &store, Item item, CommandErrorHandler onError);
    qint64 itemId() const { return m_item.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    Item m_item; ///< id 0 until first created; then kept, so later steps can refer to it
};

/// Saves an item's new values; undo saves the old ones back.
class EditItemCommand final : public StoreCommand
{
public:
    EditItemCommand(Store &store, Item before, Item after, CommandErrorHandler onError, QUndoCommand *parent = nullptr);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool save(const Item &values, QString *error);
    /// Notes the record as this step left it (its version and fields).
    void left(const Item &saved);

    Store &m_store;
    Item m_before;
    Item m_after;
    bool m_first = true;
    qint64 m_leftVersion = 0;
    QJsonObject m_leftFields;
};

/// Adds a link; undo removes it, redo puts it back with the same id.
class AddLinkCommand final : public StoreCommand
{
public:
    /// @p fromId, if given, names the item the link starts from when it runs (an item
    /// created by an earlier step of the same command); else link.fromItem.
    AddLinkCommand(Store &store, Link link, CommandErrorHandler onError, std::function<qint64()> fromId = {});

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    Link m_link; ///< id 0 until first added; then kept
    std::function<qint64()> m_fromId;
};

/// Removes a link; undo puts it back as it was (same id, type and note).
class RemoveLinkCommand final : public StoreCommand
{
public:
    RemoveLinkCommand(Store &store, Link link, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    Link m_link;
};

/**
 * Several steps as one (a drop of several items): each run, and each undo (the steps
 * in reverse), is one transaction, so a step that is refused leaves none of the
 * others done. Undo history: one step.
 */
class StepsCommand final : public StoreCommand
{
public:
    StepsCommand(Store &store, const QString &text, CommandErrorHandler onError);
    void addStep(std::unique_ptr<StoreCommand> step) { m_steps.push_back(std::move(step)); }
    bool isEmpty() const { return m_steps.empty(); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    std::vector<std::unique_ptr<StoreCommand>> m_steps;
};

/// Deletes an item with everything under it; undo puts all of it back (items,
/// assignments and links, with their ids), redo deletes it again.
class DeleteItemCommand final : public StoreCommand
{
public:
    DeleteItemCommand(Store &store, qint64 itemId, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    qint64 m_itemId;
    Store::Snapshot m_snapshot; ///< what went with it, taken by each delete
};

} // namespace steward
