#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward handover FROM TO [--role R]... [--item ITEM]... [--dry-run]`: hands a contact's
/// assignments over to another.
class HandoverCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HandoverCliCommand)

public:
    HandoverCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
