#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward import FILE... [--dry-run]`: imports CSV files, every row or none.
class ImportCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCliCommand)

public:
    ImportCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
