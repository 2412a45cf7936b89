#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward init FILE [--example | --organisation NAME --escalation EMAIL]`: creates a new inventory.
class InitCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCliCommand)

public:
    InitCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
