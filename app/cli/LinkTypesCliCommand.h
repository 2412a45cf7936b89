#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward link-types [--format text|csv]`: the link types, built-in and one's own, with their labels and whether
/// failure follows them.
class LinkTypesCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkTypesCliCommand)

public:
    LinkTypesCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
