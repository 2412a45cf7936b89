#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward link-type KEY [--label L] [--no-failure]` declares a link type of one's own; `steward link-type --remove
/// KEY` removes it.
class LinkTypeCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkTypeCliCommand)

public:
    LinkTypeCliCommand();

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
