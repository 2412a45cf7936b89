#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward export REPORT [ITEM...] [-o FILE] [--excel] [--raw | --safe]`: a report as CSV;
/// `steward export backstage [-o FILE]`: the inventory as a Backstage catalog.
class ExportCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCliCommand)

public:
    ExportCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;

private:
    int exportBackstage(const QCommandLineParser &parser);
};

} // namespace steward
