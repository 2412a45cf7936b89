#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward status NAME --category C` declares a status of one's own; `steward status --remove NAME` removes it.
class StatusCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCliCommand)

public:
    StatusCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
