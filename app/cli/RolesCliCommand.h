#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward roles [--format text|csv]`: the roles and their review intervals.
class RolesCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RolesCliCommand)

public:
    RolesCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
