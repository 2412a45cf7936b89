#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward unlink FROM TO [--type T]`: removes the links from FROM to TO (of one type, or all).
class UnlinkCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnlinkCliCommand)

public:
    UnlinkCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
