#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward impact ITEM [--format text|csv]`: what fails when ITEM fails, how, and whom to call.
class ImpactCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImpactCliCommand)

public:
    ImpactCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
