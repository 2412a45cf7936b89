#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward backup [--db FILE|URL] [-o FILE]`: a consistent copy of the inventory, made
/// while others keep working, as a new file.
class BackupCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCliCommand)

public:
    BackupCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
