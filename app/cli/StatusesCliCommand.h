#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward statuses [--format text|csv]`: the statuses, built-in and one's own, with their categories.
class StatusesCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusesCliCommand)

public:
    StatusesCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
