#pragma once

#include "Records.h"

#include <QVector>

namespace steward {

class Store;

/**
 * Reads every tree row of an inventory. Large inventories are read in slices by
 * id on worker threads, each with its own read-only connection, all inside one
 * snapshot-consistent check: if the slices disagree (a writer committed between
 * them), the rows are read again on the caller's connection.
 */
class TreeReader final
{
public:
    /// Below this many items one query on the caller's connection is faster.
    static constexpr qint64 ParallelThreshold = 20000;

    static bool read(Store &store, QVector<TreeRow> *rows, QString *error, int threads = 2);
};

} // namespace steward
