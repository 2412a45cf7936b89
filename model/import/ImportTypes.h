#pragma once

#include "Records.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace steward {

enum class ReportKind;

/// The kinds of file an import reads, recognised by their header.
enum class ImportFormat
{
    Providers,
    Hosts,
    Services,
    Contacts,
    Assignments,
    Links
};

/// The formats in the order an import validates and applies them: providers before
/// the hosts at them, contacts before the services and assignments that name them,
/// links after every item they may join.
inline constexpr std::array<ImportFormat, 6> kImportFormats{ImportFormat::Providers,   ImportFormat::Hosts,
                                                            ImportFormat::Contacts,    ImportFormat::Services,
                                                            ImportFormat::Assignments, ImportFormat::Links};

/// The report whose CSV a format reads (Reports::header gives its columns).
ReportKind importReport(ImportFormat format);

/// Whose columns a file is in: Steward's own (its reports') or NetBox's bulk import's
/// (contacts and providers only; see NetBoxFormat.h). Recognised by the header too.
enum class ImportDialect
{
    Steward,
    NetBox
};

/// What a file was recognised as, for the user: "NetBox contacts", "Steward providers".
QString importFormatName(ImportFormat format, ImportDialect dialect);

/// The errors an import lists: the rest are counted (Importer::moreErrors()).
inline constexpr int kMaxImportErrors = 1000;

/// One problem with an import: "FILE:ROW:COLUMN: message" (row 1 is the header;
/// column 0 when it concerns the whole file).
struct ImportError
{
    QString file;
    int row = 0;
    int column = 0;
    QString message;

    QString format() const;
};

/// What an import does with one row of a file: the preview shows these.
struct ImportRow
{
    enum class Action
    {
        Create,
        Change,
        Unchanged
    };
    QString file;
    int row = 0;
    ImportFormat format = ImportFormat::Services;
    QString name; ///< the record: an item or contact name, "item / contact / role" or "from / type / to"
    Action action = Action::Unchanged;
    QStringList changes; ///< for Change: the columns whose values change
};

/**
 * Everything an import changed, with what was there before: enough to take the
 * import back (Importer::undo) as one step, and the history batch that records it.
 */
struct ImportUndo
{
    qint64 batchId = 0;           ///< the import's batch in the history (Store::history's HistoryEntry::batchId)
    QVector<qint64> createdItems; ///< in creation order (parents first)
    QVector<qint64> createdContacts;
    QVector<qint64> createdAssignments;
    QVector<int> createdAssignmentPositions; ///< the place each of them took in its item's list
    /// When the import confirmed the assignments it made, and as whom: a redo gives them again.
    QDateTime confirmedAt;
    QString confirmedBy;
    QVector<qint64> createdLinks;
    QVector<Link> removedLinks;
    QVector<Link> changedLinks;       ///< links whose note changed, as they were
    QVector<Item> changedItems;       ///< as they were; version = the version the import left
    QVector<Contact> changedContacts; ///< likewise
    QVector<Assignment> changedAssignments;
    QHash<qint64, QVector<TeamMember>> teamsBefore; ///< members of the teams whose members changed
    bool isEmpty() const;
};

} // namespace steward
