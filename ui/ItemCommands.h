#pragma once

#include "AssignmentCommands.h"
#include "Records.h"

#include <QUndoCommand>

#include <memory>

namespace steward {

class Store;

/// Creates an item; undo deletes it, redo puts it back with the same id.
class CreateItemCommand final : public QUndoCommand
{
public:
    CreateItemCommand(Store &store, Item item, CommandErrorHandler onError);
    bool execute(QString *error);
    qint64 itemId() const { return m_item.id; }
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    Item m_item;
    CommandErrorHandler m_onError;
    bool m_executed = false;
};

/// Saves an item's new values; undo saves the old ones back.
class EditItemCommand final : public QUndoCommand
{
public:
    EditItemCommand(Store &store, Item before, Item after, CommandErrorHandler onError,
                    QUndoCommand *parent = nullptr);
    bool execute(QString *error);
    void redo() override;
    void undo() override;

private:
    bool save(const Item &values, QString *error);

    Store &m_store;
    Item m_before;
    Item m_after;
    CommandErrorHandler m_onError;
    bool m_executed = false;
};

/// Deletes an item with everything under it; undo puts all of it back (items,
/// assignments and links, with their ids), redo deletes it again.
class DeleteItemCommand final : public QUndoCommand
{
public:
    DeleteItemCommand(Store &store, qint64 itemId, CommandErrorHandler onError);
    bool execute(QString *error);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    qint64 m_itemId;
    QString m_name;
    CommandErrorHandler m_onError;
    bool m_executed = false;
    // What went with it, kept for undo.
    struct Saved;
    std::shared_ptr<Saved> m_saved;
};

} // namespace steward
