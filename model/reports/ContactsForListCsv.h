#pragma once

#include "ContactsForList.h"
#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace steward {

/**
 * Contacts for a list as CSV, one row per contact, for a mail merge: the same file from
 * `steward contact --from LIST --format csv` and the window's Save as CSV. Addresses are
 * in the form the exports use ("email: x@example.org | label", one a line); `email` is
 * the first e-mail address alone, for the merge's To field; items and reasons are
 * "; "-separated.
 */
class ContactsForListCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ContactsForListCsv)
public:
    ContactsForListCsv() = delete;

    /// name, kind, email, addresses, items, reasons
    static QStringList header();
    static QStringList row(const ListContact &contact);
    /// The header and a row per contact on @p device; false with @p error if it cannot be written.
    static bool write(const QVector<ListContact> &contacts, QIODevice *device, const CsvOptions &options,
                      QString *error);
};

} // namespace steward
