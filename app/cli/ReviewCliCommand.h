#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward review [--due] [--format text|csv]`: the assignments and where they stand in their reviews, oldest first.
class ReviewCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCliCommand)

public:
    ReviewCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
