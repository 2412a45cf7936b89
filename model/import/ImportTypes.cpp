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
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Importer)
    };
    if (dialect == ImportDialect::NetBox)
        return format == ImportFormat::Providers ? Tr::tr("NetBox providers") : Tr::tr("NetBox contacts");
    switch (format) {
    case ImportFormat::Providers: return Tr::tr("Steward providers");
    case ImportFormat::Hosts: return Tr::tr("Steward hosts");
    case ImportFormat::Services: return Tr::tr("Steward services");
    case ImportFormat::Contacts: return Tr::tr("Steward contacts");
    case ImportFormat::Assignments: return Tr::tr("Steward assignments");
    case ImportFormat::Links: return Tr::tr("Steward links");
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
