#pragma once

#include "Dialect.h"
#include "Types.h"

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

/// The searchable fields of an item of @p kind as schema step 3 numbers them in
/// search_doc's ids, in that order: (field number, column).
QList<QPair<int, QString>> itemSearchFields(ItemKind kind);
/// The search group (search_doc.grp, the top bits of its ids) of an item of @p kind.
int itemSearchGroup(ItemKind kind);

} // namespace steward
