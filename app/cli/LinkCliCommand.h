#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward link FROM TO --type T [--note N]`: records that FROM depends on, is served
/// through, ... TO.
class LinkCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkCliCommand)

public:
    LinkCliCommand();

    /// The one item called @p name (or with that alias) for the argument @p field
    /// ("FROM", "TO"), of the kind @p kindOption's value when given; otherwise says why
    /// on stderr, naming the field (an ambiguous name lists its kinds and the option).
    static std::optional<Item> findEnd(Store &store, const QCommandLineParser &parser, const QString &name,
                                       const QString &field, const QString &kindOption, bool *usageError);

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
