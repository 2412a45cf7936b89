#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward check`: the inventory's integrity and foreign-key check, read-only.
class CheckCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCliCommand)

public:
    CheckCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
