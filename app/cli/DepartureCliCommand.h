#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward departure NAME [--format text|csv]`: what a contact's leaving would leave thin.
class DepartureCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DepartureCliCommand)

public:
    DepartureCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
