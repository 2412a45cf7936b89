#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward copy --to FILE|URL [--from FILE|URL] [--replace]`: copies a whole inventory, history included.
class CopyCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCliCommand)

public:
    CopyCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
