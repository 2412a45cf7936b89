#pragma once

#include "Dialect.h"
#include "Types.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace steward {

class Database;

/// One numbered schema step: the statements that take user_version from number-1 to number.
struct Migration
{
    int number;
    QStringList statements; ///< as SQLite takes them
    /// PostgreSQL's own statements for a step whose SQL has no common form; when empty,
    /// the step's statements are used through dialect::schemaStatement().
    QStringList postgresql = {};
    /// What the inventory must hold before the step can run (for a step that adds a
    /// constraint): the problems found, each a sentence saying the rule, naming the records
    /// and what to do; empty when it holds.
    /// Checked for every pending step before any step runs, so that an inventory that
    /// cannot be upgraded is left as it was. Null: nothing to check.
    QStringList (*problems)(const QSqlDatabase &db, QString *error) = nullptr;
};

/// The statements of @p step for @p backend.
QStringList migrationStatements(const Migration &step, Backend backend);

/// Every schema step, in order. Step N is applied in one transaction and sets user_version = N.
const QVector<Migration> &migrations();

/// Names used more than once where they must be unique (items within a kind, contacts),
/// each as 'service "X" (ids 4 and 9)', in kind and name order.
QStringList duplicateNames(const QSqlDatabase &db, QString *error);
/// Step 5's precondition: duplicateNames() said as one sentence, what the user must do
/// included; empty when there are none.
QStringList uniqueNamesProblems(const QSqlDatabase &db, QString *error);

/// The searchable fields of an item of @p kind as schema step 3 numbers them in
/// search_doc's ids, in that order: (field number, column).
QList<QPair<int, QString>> itemSearchFields(ItemKind kind);
/// The item lists schema step 6 indexes for search, one search_doc row per item and
/// list (the texts one a line, in their order): (field number, search_doc.field), as
/// "alias" and "tag" (item_alias, item_tag), in that order.
QList<QPair<int, QString>> itemSearchLists();
/// The search group (search_doc.grp, the top bits of its ids) of an item of @p kind.
int itemSearchGroup(ItemKind kind);

/// Indexes the aliases and tags of the new items @p firstId..@p lastId for search, set-
/// based (schema step 6: one search row per item and list). For a bulk writer on SQLite
/// that inserted their item_alias and item_tag rows while the search_bulk hold was on
/// (its triggers, which index them one row at a time, wait then) or with the triggers
/// off: call it after those inserts, in the same transaction, before the commit. The
/// items must have had no aliases or tags indexed before. Nothing to do on PostgreSQL,
/// whose statement triggers index a multi-row insert at once: returns true there.
bool indexBulkSearchLists(Database &db, qint64 firstId, qint64 lastId, QString *error);

} // namespace steward
