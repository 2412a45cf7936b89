#include "ContactsForListCsv.h"

#include "Reports.h"

namespace steward {

QStringList ContactsForListCsv::header()
{
    return {QStringLiteral("name"),      QStringLiteral("kind"),  QStringLiteral("email"),
            QStringLiteral("addresses"), QStringLiteral("items"), QStringLiteral("reasons")};
}

QStringList ContactsForListCsv::row(const ListContact &c)
{
    return {c.contact.name,
            keys::contactKind(c.contact.kind),
            c.email(),
            Reports::formatAddresses(c.contact.addresses),
            Reports::joinNames(c.itemNames()),
            Reports::joinNames(c.reasons())};
}

bool ContactsForListCsv::write(const QVector<ListContact> &contacts, QIODevice *device, const CsvOptions &options,
                               QString *error)
{
    CsvWriter csv(device, options);
    bool ok = csv.writeRow(header());
    for (qsizetype i = 0; ok && i < contacts.size(); ++i)
        ok = csv.writeRow(row(contacts.at(i)));
    if (!ok && error)
        *error = csv.errorString();
    return ok;
}

} // namespace steward
