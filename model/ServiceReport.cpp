#include "ServiceReport.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

QStringList ServiceReport::header()
{
    return {QStringLiteral("name"),        QStringLiteral("url"),         QStringLiteral("status"),
            QStringLiteral("provider"),    QStringLiteral("host"),        QStringLiteral("owners"),
            QStringLiteral("maintainers"), QStringLiteral("contacts"),    QStringLiteral("served_through"),
            QStringLiteral("description")};
}

bool ServiceReport::write(Store &store, QIODevice *device, QString *error)
{
    QString queryError;
    QVector<TreeRow> rows;
    if (!store.treeRows(&rows, &queryError)) {
        if (error)
            *error = queryError;
        return false;
    }
    QHash<qint64, const TreeRow *> byId;
    byId.reserve(rows.size());
    for (const TreeRow &row : rows)
        byId.insert(row.id, &row);

    const QVector<Item> services = store.services(&queryError);
    if (!queryError.isEmpty()) {
        if (error)
            *error = queryError;
        return false;
    }
    const QVector<Assignment> assignments = store.assignmentsOfKind(ItemKind::Service, &queryError);
    if (!queryError.isEmpty()) {
        if (error)
            *error = queryError;
        return false;
    }
    QHash<qint64, QVector<Assignment>> byItem;
    QVector<qint64> contactIds;
    for (const Assignment &a : assignments) {
        byItem[a.itemId].append(a);
        contactIds.append(a.contactId);
    }
    const QHash<qint64, Contact> contacts = store.contactsById(contactIds, &queryError);
    if (!queryError.isEmpty()) {
        if (error)
            *error = queryError;
        return false;
    }

    QHash<qint64, QStringList> frontedBy;
    for (const Link &link : store.linksOfKind(LinkKind::FrontedBy, &queryError))
        frontedBy[link.fromItem] << link.toName;
    if (!queryError.isEmpty()) {
        if (error)
            *error = queryError;
        return false;
    }

    CsvWriter csv(device);
    csv.setFormulaGuard(true);
    if (!csv.writeRow(header())) {
        if (error)
            *error = csv.errorString();
        return false;
    }
    for (const Item &service : services) {
        QString provider, host;
        for (const TreeRow *up = byId.value(service.parentId, nullptr); up; up = byId.value(up->parentId, nullptr)) {
            if (up->kind == ItemKind::Host && host.isEmpty())
                host = up->name;
            else if (up->kind == ItemKind::Provider && provider.isEmpty())
                provider = up->name;
        }
        QStringList owners, maintainers, others;
        for (const Assignment &a : byItem.value(service.id)) {
            if (a.priority == Priority::Inactive)
                continue;
            const QString name = contacts.value(a.contactId).name;
            if (a.role == QLatin1String("owner"))
                owners << name;
            else if (a.role == QLatin1String("maintainer"))
                maintainers << name;
            else
                others << name;
        }
        const QStringList row = {service.name,
                                 service.url,
                                 service.status,
                                 provider,
                                 host,
                                 owners.join(QStringLiteral("; ")),
                                 maintainers.join(QStringLiteral("; ")),
                                 others.join(QStringLiteral("; ")),
                                 frontedBy.value(service.id).join(QStringLiteral("; ")),
                                 service.description};
        if (!csv.writeRow(row)) {
            if (error)
                *error = csv.errorString();
            return false;
        }
    }
    return true;
}

} // namespace steward
