#pragma once

#include "Database.h"
#include "Records.h"

#include <functional>

namespace steward {

/**
 * The services report's read (Store::forEachService()): every service in name order
 * (case-folded, then id) with where it runs, what fronts it and its active
 * assignments, streamed in batches of a few thousand services at constant memory
 * whatever the size of the inventory. Each batch is a range of the name index
 * (keyset: the services after the last name key of the batch before), read with its
 * links, further hosts, aliases, tags and assignments by range queries on the same
 * index, through SQLite's C API (SqliteStatement; on PostgreSQL the same interface
 * over QSqlQuery). On SQLite a second connection (SqliteSnapshotReader) reads the next
 * batches on the other core while the caller handles the rows of this one; at most
 * kBatchesInFlight batches are held at once.
 */
class ServiceScan final
{
    Q_DISABLE_COPY_MOVE(ServiceScan)
public:
    using Visit = std::function<bool(const ServiceRow &)>;
    using AncestorsSink = std::function<void(const QVector<TreeRow> &items, const QVector<Assignment> &assignments)>;

    /// Services per batch (see setBatchRows()).
    static constexpr int kBatchRows = 4096;
    /// Batches read and not yet visited, at most (the reader waits for the visits).
    static constexpr int kBatchesInFlight = 3;

    /// @p inWrite: the caller is inside a write transaction, which the scans then read in.
    ServiceScan(Database &db, bool inWrite)
        : m_db(db)
        , m_inWrite(inWrite)
    {}

    /// See Store::forEachService().
    bool run(const Visit &visit, QString *error, const AncestorsSink &ancestors = {});

    /// For tests: services per batch from now on (0: kBatchRows again), so that a small
    /// inventory is many batches.
    static void setBatchRows(int rows);
    static int batchRows();
    /// For tests: the most services held in batches at once during the last run() of
    /// any ServiceScan (read and not yet visited, plus the one being visited).
    static qsizetype peakServicesHeld();

private:
    Database &m_db;
    const bool m_inWrite;
};

} // namespace steward
