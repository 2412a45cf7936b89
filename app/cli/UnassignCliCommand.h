#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward unassign ITEM CONTACT [--role ROLE]`: removes a contact's assignments from an item.
class UnassignCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnassignCliCommand)

public:
    UnassignCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
