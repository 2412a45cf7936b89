#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward assign ITEM CONTACT --role ROLE [--priority P] [--note TEXT]`: assigns a contact to an item.
class AssignCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCliCommand)

public:
    AssignCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
