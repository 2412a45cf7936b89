#pragma once

#include "ImportTypes.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace steward::netbox {

/**
 * NetBox's CSV files as its bulk import reads them (tenancy's ContactImportForm and
 * circuits' ProviderImportForm), read by the same importer as Steward's own files:
 *
 * - contacts: name, title, phone, email, address, link, groups, description,
 *   comments, tags (name required);
 * - providers: name, slug, description, comments, tags (name and slug required).
 *
 * Lists (groups, tags) are comma-separated inside one quoted field ("core,on-call").
 * A file is NetBox's when its header has a column no Steward file has (title, phone,
 * email, address, link, groups, comments, slug); a Steward file never has one, so
 * Steward's own files are recognised as before. Columns of NetBox's exports that its
 * import does not read (id, created, last_updated, custom fields...) are ignored;
 * a column of Steward's own file of the same kind (notes, addresses, aliases...) is an
 * error, so that a Steward file with a stray column is not read as NetBox's with its
 * data left out.
 *
 * A NetBox file adds to what Steward knows and takes nothing away: addresses, tags
 * and aliases join those the record has, an empty cell leaves its field as it is, and
 * a record's kind (person, team...; a provider's kind) is never changed. Records are
 * matched by name, as in Steward's own files (NetBox's id column is ignored).
 * How each column lands in Steward is written in docs/notes/netbox.md.
 */

/// The columns NetBox's bulk import reads for @p format (Providers or Contacts).
QStringList columns(ImportFormat format);
/// The columns of NetBox's files that no Steward file has: one of them makes a file NetBox's.
const QSet<QString> &ownColumns();

enum class Header
{
    NotNetBox, ///< none of ownColumns(): Steward's recognition applies
    NetBox,    ///< *format says which
    Bad        ///< NetBox's, but which file or with what missing: *why says
};
/// Recognises a header given as trimmed, lower-case column names.
Header recognise(const QSet<QString> &header, ImportFormat *format, QString *why);

/// A list as NetBox's CSV writes it: comma-separated, each trimmed, empty ones dropped.
QStringList splitList(const QString &cell);
/// Whether @p slug is one NetBox accepts: ASCII letters, digits, "-" and "_", 1-100.
bool isSlug(const QString &slug);
/// The link as NetBox's form reads it: without a scheme, https:// is assumed.
QString linkWithScheme(const QString &link);
/// The tag a contact group becomes: "group=NAME".
QString groupTag(const QString &group);
/// Whether @p tag is one groupTag() makes.
bool isGroupTag(const QString &tag);

/// The parts of a NetBox contact that Steward has no field for, as its notes.
struct ContactText
{
    QString description;
    QString title;
    QString phone; ///< only a number Steward cannot keep as a telephone address
    QString address;
    QString comments;
};
/// The notes: the description, then "Title: ", "Phone: " and "Address: " lines, then
/// the comments, as paragraphs; the labels are data, in English whatever the locale,
/// so that importing the file again finds them unchanged.
QString contactNotes(const ContactText &text);
/// The line contactNotes() writes for a telephone number Steward cannot keep as an address.
QString phoneLine(const QString &phone);

} // namespace steward::netbox
