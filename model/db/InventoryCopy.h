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

    /**
     * Copies @p source into a new SQLite file at @p path, never leaving a half-made
     * inventory there: the copy goes to temporaryPath(path), in the same folder, which
     * carries no Steward mark until the copy's transaction commits; it is then flushed to
     * disk, checked and renamed to @p path (publish()). Fails if @p path exists. On
     * failure nothing is left at @p path and the temporary file is removed.
     */
    static bool copyToNewFile(Database &source, const QString &path, QVector<TableCount> *counts, QString *error,
                              const Progress &progress = {});

    /**
     * The last steps of writing a new inventory file through @p temporary: flushes it to
     * disk, checks that it opens as a Steward inventory and that SQLite finds it sound
     * (quick_check), renames it to @p path, which must not exist (never over a file), and
     * flushes the folder so that the rename lasts too. @p temporary is removed on failure.
     */
    static bool publish(const QString &temporary, const QString &path, QString *error);
    /// Removes @p temporary and its journal, if they are there.
    static void discard(const QString &temporary);

    /// A name for a file on its way to @p path, in the same folder: "FILE.partial-XXXXXXXX".
    /// Such a file is never an inventory to open: it is unfinished, or left by a copy that
    /// was killed, and may be removed.
    static QString temporaryPath(const QString &path);
    /// True for a file name that temporaryPath() makes, or its journal.
    static bool isTemporaryName(const QString &fileName);

private:
    /// copy(); with @p markAtCommit, Steward's mark is written in the copy's transaction.
    static bool copyRows(Database &source, Database &target, bool replace, bool markAtCommit,
                         QVector<TableCount> *counts, QString *error, const Progress &progress);
};

} // namespace steward
