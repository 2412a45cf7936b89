#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward search QUERY [--format text|csv] [--limit N]`: items and contacts matching a query.
class SearchCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCliCommand)

public:
    SearchCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
