#pragma once

#include <QUndoCommand>

#include <functional>

namespace steward {

/// Reports a store error met while undoing or redoing (the window shows it).
using CommandErrorHandler = std::function<void(const QString &)>;

/**
 * A step that changes the store: execute() runs it the first time (and can fail,
 * so that nothing is pushed); redo() after an undo runs apply() again; undo() runs
 * revert(). Store errors met in undo or redo go to the error handler.
 */
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(CommandErrorHandler onError, QUndoCommand *parent = nullptr);

    bool execute(QString *error);
    void redo() final;
    void undo() final;

protected:
    virtual bool apply(QString *error) = 0;
    virtual bool revert(QString *error) = 0;
    /// For a step whose first run happened elsewhere (on a worker thread): push() then skips it.
    void markExecuted() { m_executed = true; }

private:
    friend class StepsCommand; // runs its steps' apply() and revert()
    CommandErrorHandler m_onError;
    bool m_executed = false;
};

} // namespace steward
