#pragma once

#include "CliCommand.h"

namespace steward {

/// `steward map [--db FILE] -o OUT.svg|OUT.png [--focus ITEM [--steps N]]`: the map drawn
/// without a window (needs no display), for wiki pages and reports.
class MapCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MapCliCommand)

public:
    MapCliCommand();

    bool needsGuiApplication() const override { return true; }
    int run(const QStringList &arguments) override;

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
