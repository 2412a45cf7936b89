#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward contact ITEM [--format text|csv]`: who to contact about an item, and why.
class ContactCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactCliCommand)

public:
    ContactCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
