#pragma once

#include "BackstagePlaces.h"
#include "ImportParse.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <functional>

namespace steward {

struct InventoryIndex;

/**
 * The importer's front end for Backstage catalogs (catalog-info.yaml, read with
 * yaml-cpp): the documents of every .yaml/.yml file of an import become records of
 * the CSV formats (providers, hosts, services, contacts, assignments, links), which
 * the importer then validates, previews and applies as it does CSV rows.
 *
 * Kinds: a Component is a service; a Resource a host when its spec.type is host,
 * server, vm, virtual-machine or machine, a provider otherwise; a User a person; a
 * Group a team (or the contact kind its spec.type names: mailing-list, ...), or the
 * organisation when annotated steward.io/item_kind: organisation; a System is a
 * tag "system=NAME" of its components and resources. A record is called by the
 * annotation steward.io/name, else a contact's spec.profile.displayName or an item's
 * metadata.title, else its metadata.name. spec.owner is an assignment with the role
 * owner, spec.dependsOn a link "depends_on", spec.members and spec.memberOf a team's
 * members, spec.leader its lead. Annotations "steward.io/COLUMN" hold what Backstage has no field for
 * (see backstage::columns()) and win over the native fields.
 *
 * Entity references are resolved across all the files of the import; an owner or a
 * member (or a component dependsOn names) that is not in them is looked up in the
 * inventory by its name. Every problem is reported at its file, line and column.
 */
class BackstageImport final
{
    Q_DECLARE_TR_FUNCTIONS(BackstageImport)
public:
    using ErrorHandler = std::function<void(const QString &file, int line, int column, const QString &message)>;

    /// Whether @p file is read as a catalog (its name ends in .yaml or .yml).
    static bool isCatalog(const ImportSource &file);
    /// Reads the catalogs among @p files (those without a read error) into @p result:
    /// their records as ParsedFiles, their places in result->backstage. Problems go
    /// to @p error.
    static void parse(const QVector<ImportSource> &files, ImportParseResult *result, const ErrorHandler &error);
    /// A reference to a contact or a service that is not in the catalogs names one of
    /// the inventory by its name, or by the name Steward's export gives it
    /// ("group:infrastructure-team" for "Infrastructure team") when exactly one has it.
    /// Called with the inventory read, before the records are validated.
    static void resolveNames(const InventoryIndex &index, ImportParseResult *parsed);
    /// Gives the errors and rows of catalog records (their row a record's number)
    /// their line and column in the file, and says which document and field.
    static void locate(const QHash<QString, BackstagePlaces> &places, QVector<ImportError> *errors,
                       QVector<ImportRow> *rows);
};

} // namespace steward
