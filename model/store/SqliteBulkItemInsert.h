#pragma once

#include "Database.h"
#include "Records.h"

#include <QString>
#include <QVector>

namespace steward {

/// The history's summary of a created item of each kind ("Created service "X""), as
/// the text before and after its name, by ItemKind.
struct CreatedItemSummaries
{
    QString before[4];
    QString after[4];
};

/**
 * Store::createValidatedItems() on SQLite: many new items written through SQLite's C
 * API, every table (item, provider, host, service, search_doc, search_fts and the
 * history's change_log; then also_runs_on, item_alias and item_tag) by one INSERT ...
 * SELECT from the items in memory
 * (SqliteStatement::runWithRows), while the schema's search_bulk hold (step 4) and
 * SqliteTriggersOff keep the search triggers out. The search texts, the items' own and
 * their aliases' and tags' (ASCII folded in C++), and the history summaries are built
 * on a second thread while the item rows are written.
 *
 * Runs inside the Store's write transaction, after its search index is brought up to
 * date and its history batch @p batchId is made; the items have their ids.
 */
class SqliteBulkItemInsert final
{
    Q_DISABLE_COPY_MOVE(SqliteBulkItemInsert)
public:
    SqliteBulkItemInsert(Database &db, qint64 batchId, const CreatedItemSummaries &summaries)
        : m_db(db)
        , m_batchId(batchId)
        , m_summaries(summaries)
    {}

    /// Writes @p items, whose name keys are @p keys (by index). False with @p error
    /// when a statement fails (the caller's transaction is then rolled back).
    bool run(const QVector<Item> &items, const QVector<QString> &keys, QString *error);

private:
    /// The items' further hosts, aliases and tags, a statement per table.
    bool writeGraph(const QVector<Item> &items, QString *error);

    Database &m_db;
    const qint64 m_batchId;
    const CreatedItemSummaries m_summaries;
};

} // namespace steward
