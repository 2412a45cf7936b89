#include "ImportTypes.h"

#include "Reports.h"

#include <QDir>

namespace steward {

ReportKind importReport(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Providers: return ReportKind::Providers;
    case ImportFormat::Hosts: return ReportKind::Hosts;
    case ImportFormat::Services: return ReportKind::Services;
    case ImportFormat::Contacts: return ReportKind::Contacts;
    case ImportFormat::Assignments: return ReportKind::Assignments;
    case ImportFormat::Links: return ReportKind::Links;
    }
    return ReportKind::Services;
}

QString ImportError::format() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(QDir::toNativeSeparators(file)).arg(row).arg(column).arg(message);
}

bool ImportUndo::isEmpty() const
{
    return createdItems.isEmpty() && createdContacts.isEmpty() && createdAssignments.isEmpty() &&
           createdLinks.isEmpty() && removedLinks.isEmpty() && changedLinks.isEmpty() && changedItems.isEmpty() &&
           changedContacts.isEmpty() && changedAssignments.isEmpty() && teamsBefore.isEmpty();
}

} // namespace steward
