#pragma once

#include <QIODevice>
#include <QString>

namespace steward {

class Store;

/**
 * The "services" report as spreadsheet-safe CSV: what `steward export services`
 * wrote before Reports existed, kept for its callers. Reports (ReportKind::Services)
 * is the same report with every option.
 */
class ServiceReport final
{
public:
    static QStringList header();
    static bool write(Store &store, QIODevice *device, QString *error);
};

} // namespace steward
