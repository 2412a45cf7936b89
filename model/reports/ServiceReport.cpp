#include "ServiceReport.h"

#include "Reports.h"

namespace steward {

QStringList ServiceReport::header()
{
    return Reports::header(ReportKind::Services);
}

bool ServiceReport::write(Store &store, QIODevice *device, QString *error)
{
    Reports reports(store);
    CsvOptions options;
    options.formulaGuard = true;
    if (reports.writeCsv(ReportKind::Services, device, options))
        return true;
    if (error)
        *error = reports.errorString();
    return false;
}

} // namespace steward
