#include "StoreCommand.h"

namespace steward {

StoreCommand::StoreCommand(CommandErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_onError(std::move(onError))
{}

bool StoreCommand::execute(QString *error)
{
    if (!apply(error))
        return false;
    m_executed = true;
    return true;
}

void StoreCommand::redo()
{
    // QUndoStack::push() calls redo(); the first time, execute() has already run.
    if (m_executed) {
        m_executed = false;
        return;
    }
    QString error;
    if (apply(&error))
        return;
    // Not applied (refused, or the server gone): the stack drops this step rather than
    // claim a state the database does not have.
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

void StoreCommand::undo()
{
    QString error;
    if (revert(&error))
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}

} // namespace steward
