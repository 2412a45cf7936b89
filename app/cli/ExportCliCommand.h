#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward export REPORT [ITEM...] [-o FILE] [--excel] [--raw | --safe]`: a report as CSV.
class ExportCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCliCommand)

public:
    ExportCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
