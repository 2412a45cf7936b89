#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward confirm ITEM... [--contact NAME] [--role R]`: confirms assignments (they are still true).
class ConfirmCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmCliCommand)

public:
    ConfirmCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
