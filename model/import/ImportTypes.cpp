#include "ImportTypes.h"

#include "Reports.h"

#include <QCoreApplication>
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

QString importFormatName(ImportFormat format, ImportDialect dialect)
{
    // The importer's words (lupdate reads a translate() call's context; it cannot see the
    // context of a class declared inside a function).
    if (dialect == ImportDialect::NetBox)
        return format == ImportFormat::Providers ? QCoreApplication::translate("Importer", "NetBox providers")
                                                 : QCoreApplication::translate("Importer", "NetBox contacts");
    switch (format) {
    case ImportFormat::Providers: return QCoreApplication::translate("Importer", "Steward providers");
    case ImportFormat::Hosts: return QCoreApplication::translate("Importer", "Steward hosts");
    case ImportFormat::Services: return QCoreApplication::translate("Importer", "Steward services");
    case ImportFormat::Contacts: return QCoreApplication::translate("Importer", "Steward contacts");
    case ImportFormat::Assignments: return QCoreApplication::translate("Importer", "Steward assignments");
    case ImportFormat::Links: return QCoreApplication::translate("Importer", "Steward links");
    }
    return {};
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
