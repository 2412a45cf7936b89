#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward role ROLE --review-days N|never` or `--remove`: how often a role's assignments are confirmed.
class RoleCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoleCliCommand)

public:
    RoleCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
