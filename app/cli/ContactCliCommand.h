#pragma once

#include "CliCommand.h"
#include "ContactResolver.h"

namespace steward {

/// `steward contact ITEM [--format text|csv]`: who to contact about an item, and why.
class ContactCliCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContactCliCommand)

public:
    ContactCliCommand();

    /// The columns of `steward contact --format csv`.
    static QStringList csvHeader();
    /// One line of the answer as `--format csv` writes it.
    static QStringList csvRow(const ResolvedContact &contact);

protected:
    int execute(const QCommandLineParser &parser) override;
};

} // namespace steward
