#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward revert [BATCH] [--skip-changed] [--dry-run] [--format text|csv]`: reverts one
/// batch of the history (an import, an assignment to many items) as one new batch;
/// without BATCH, lists the recent batches.
class RevertCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RevertCliCommand)

public:
    RevertCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
