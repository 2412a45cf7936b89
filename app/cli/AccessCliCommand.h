#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward access grant ROLE viewer|editor`, `steward access revoke ROLE`, `steward access list`: who may
/// read or change an inventory on PostgreSQL, as the server's own roles and grants (ServerAccess).
class AccessCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccessCliCommand)

public:
    AccessCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
