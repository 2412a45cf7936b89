#pragma once

#include "Database.h"
#include "Records.h"

#include <functional>

namespace steward {

/**
 * The services report's read (Store::forEachService()): every service in name order
 * (case-folded, then id) with where it runs, what fronts it and its active
 * assignments, read in one transaction as four flat scans through SQLite's C API
 * (SqliteStatement; on PostgreSQL the same interface over QSqlQuery), the links and
 * assignments on a second connection on the other core while this one reads the
 * items, then given to the caller in one lane or two.
 */
class ServiceScan final
{
    Q_DISABLE_COPY_MOVE(ServiceScan)
public:
    using Visit = std::function<bool(int lane, const ServiceRow &)>;
    using AncestorsSink = std::function<void(const QVector<TreeRow> &items, const QVector<Assignment> &assignments)>;

    /// @p inWrite: the caller is inside a write transaction, which the scans then read in.
    ServiceScan(Database &db, bool inWrite)
        : m_db(db)
        , m_inWrite(inWrite)
    {}

    /// See Store::forEachService().
    bool run(const Visit &visit, QString *error, const AncestorsSink &ancestors = {}, int lanes = 1);

private:
    Database &m_db;
    const bool m_inWrite;
};

} // namespace steward
