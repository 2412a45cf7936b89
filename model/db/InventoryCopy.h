#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>

namespace steward {

class Database;

/**
 * Copies a whole inventory, history included, from one database to another: SQLite
 * to PostgreSQL, PostgreSQL to SQLite, or between two of the same kind.
 *
 * Everything is written in one transaction of the target, with the records' own ids
 * and versions, and the row count of every table is compared with the source's before
 * it commits: a copy either is complete or leaves the target as it was. A target that
 * already holds an inventory is refused unless @c replace is set, in which case its
 * rows are replaced in that same transaction.
 */
class InventoryCopy final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCopy)
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    /// Called after each batch with the table and the rows copied of it so far.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    /// The tables copied, parents before children.
    static QStringList tables();

    /// Copies @p source (open, any mode) into @p target (open read-write).
    static bool copy(Database &source, Database &target, bool replace, QVector<TableCount> *counts, QString *error,
                     const Progress &progress = {});
};

} // namespace steward
