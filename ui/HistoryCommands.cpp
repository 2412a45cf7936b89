#include "HistoryCommands.h"

#include <QCoreApplication>

namespace steward {

RevertBatchCommand::RevertBatchCommand(Store &store, BatchRevertPlan plan, OnConflict onConflict,
                                       CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_plan(std::move(plan))
    , m_onConflict(onConflict)
{
    setText(m_plan.label);
}

bool RevertBatchCommand::apply(QString *error)
{
    // The first time from the plan; after an undo, the exact steps the undo took back.
    const auto steps = m_appliedOnce ? applyRevertSteps(m_store, m_redo, text(), error)
                                     : applyBatchRevert(m_store, m_plan, m_onConflict, error);
    if (!steps)
        return false;
    m_undo = *steps;
    m_redo.clear();
    if (!m_appliedOnce) {
        m_appliedOnce = true;
        m_plan.basis.reset(); // what it was planned from is not needed again
    }
    return true;
}

bool RevertBatchCommand::revert(QString *error)
{
    const auto steps = applyRevertSteps(
        m_store, m_undo, QCoreApplication::translate("steward::RevertBatchCommand", "Undo: %1").arg(text()), error);
    if (!steps)
        return false;
    m_redo = *steps;
    m_undo.clear();
    return true;
}

} // namespace steward
