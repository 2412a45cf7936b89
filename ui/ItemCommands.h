#pragma once

#include "AssignmentCommands.h"
#include "Records.h"

#include <QUndoCommand>

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
    EditItemCommand(Store &store, Item before, Item after, CommandErrorHandler onError);
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

} // namespace steward
