#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward history [ITEM] [--format text|csv] [--limit N]`: what changed, when and by whom.
class HistoryCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCliCommand)

public:
    HistoryCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
