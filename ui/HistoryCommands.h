#pragma once

#include "BatchRevert.h"
#include "StoreCommand.h"

namespace steward {

class Store;

/**
 * Reverts a whole history batch as one step (applyBatchRevert()): one transaction, one
 * batch in the history labelled "Revert: <batch label>". Undo takes the revert back
 * exactly, redo makes it again (applyRevertSteps()); each is refused, changing nothing,
 * when a record it would write was changed meanwhile.
 */
class RevertBatchCommand final : public StoreCommand
{
public:
    RevertBatchCommand(Store &store, BatchRevertPlan plan, OnConflict onConflict, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    BatchRevertPlan m_plan;
    OnConflict m_onConflict;
    RevertSteps m_undo; ///< what takes the revert back
    RevertSteps m_redo; ///< what makes it again, after an undo
    bool m_appliedOnce = false;
};

} // namespace steward
