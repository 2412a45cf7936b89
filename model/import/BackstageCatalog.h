#pragma once

#include "ImportTypes.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/**
 * What Steward's Backstage import (BackstageImport) and export (BackstageExport)
 * share: Backstage's rules for names, tags and entity references, the columns of the
 * import formats a catalog fills, and how a document's own fields give a column.
 *
 * A catalog document says in Backstage's fields what Backstage has a field for and
 * keeps the rest in `metadata.annotations` under "steward.io/" + the column's name
 * (the CSV import's column: "steward.io/notes", "steward.io/hosts"). An annotation
 * present wins over the native field: the export writes one exactly when the native
 * fields would not give the value back, so that a round trip is lossless.
 */
namespace backstage {

/// The prefix of Steward's annotations.
inline constexpr const char *kPrefix = "steward.io/";
/// The item kind of a Group that stands for the organisation ("organisation").
inline constexpr const char *kItemKindAnnotation = "steward.io/item_kind";
/// Every assignment of the item, as CSV lines (contact,role,priority,note,valid_from,valid_until).
inline constexpr const char *kAssignmentsAnnotation = "steward.io/assignments";
/// Every link from the item, as CSV lines (type,to,to_kind,note).
inline constexpr const char *kLinksAnnotation = "steward.io/links";
/// The link type spec.dependsOn stands for.
inline constexpr const char *kDependsOn = "depends_on";

/// The import columns a catalog document fills for @p format, in the CSV's order.
QStringList columns(ImportFormat format);

/// A valid Backstage name (as its catalog checks it): 1 to 63 characters of
/// [a-zA-Z0-9-_.], beginning and ending with a letter or a digit.
bool isValidName(const QString &name);
/// A name Backstage accepts made of @p text: lower case, other characters as "-",
/// accents dropped, one separator at a time; never empty.
QString toName(const QString &text);
/// A valid Backstage tag: [a-z0-9:+#] in words joined by "-", at most 63 characters.
bool isValidTag(const QString &tag);

/// An entity reference, `[kind:][namespace/]name`.
struct EntityRef
{
    QString kind; ///< lower case
    QString ns;   ///< lower case; "default" when not given
    QString name;
    /// "kind:namespace/name", lower case: the same entity gives the same key.
    QString key() const;
};
/// Parses @p text; @p defaultKind when it names none (empty: the kind is required).
bool parseRef(const QString &text, const QString &defaultKind, EntityRef *ref, QString *error);

/// The status a lifecycle stands for (production -> active, deprecated -> legacy,
/// experimental -> staging; another lifecycle as it is).
QString statusOfLifecycle(const QString &lifecycle);
/// The lifecycle for a status (production unless it is legacy or staging).
QString lifecycleOfStatus(const QString &status);

/// CSV lines (LF, no header) of @p rows, for an annotation.
QString csvLines(const QVector<QStringList> &rows);

/// A text YAML would read as something else (true, null, 12, 1e3, ...): to be quoted.
bool needsQuotes(const QString &text);

} // namespace backstage
} // namespace steward
