#pragma once

#include "Dialect.h"

#include <QStringList>
#include <QVector>

namespace steward {

/// One numbered schema step: the statements that take user_version from number-1 to number.
struct Migration
{
    int number;
    QStringList statements; ///< as SQLite takes them
    /// PostgreSQL's own statements for a step whose SQL has no common form; when empty,
    /// the step's statements are used through dialect::schemaStatement().
    QStringList postgresql = {};
};

/// The statements of @p step for @p backend.
QStringList migrationStatements(const Migration &step, Backend backend);

/// Every schema step, in order. Step N is applied in one transaction and sets user_version = N.
const QVector<Migration> &migrations();

/// For a writer that created items while search_bulk held the search triggers (schema
/// step 4): statements that put every item with an id above the one bound to each `?`
/// into the search index's pending rows, as the triggers would have.
QStringList searchIndexNewItems();

} // namespace steward
