#include "TreeReader.h"

#include "Database.h"
#include "Store.h"

#include <QSet>
#include <QThread>

#include <memory>

namespace steward {
namespace {

struct Slice
{
    qint64 from = 0;
    qint64 to = 0;
    QVector<TreeRow> rows;
    bool ok = false;
    QString error;
};

void readSlice(const QString &path, Slice *slice)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        slice->error = db.errorString();
        return;
    }
    Store store(db);
    slice->ok = store.treeRows(&slice->rows, slice->from, slice->to, &slice->error);
}

/// Every parent a row names must be among the rows: the slices saw one state.
bool consistent(const QVector<TreeRow> &rows)
{
    QSet<qint64> ids;
    ids.reserve(rows.size());
    for (const TreeRow &row : rows)
        ids.insert(row.id);
    for (const TreeRow &row : rows) {
        if (row.parentId && !ids.contains(row.parentId))
            return false;
    }
    return true;
}

} // namespace

bool TreeReader::read(Store &store, QVector<TreeRow> *rows, QString *error, int threads)
{
    rows->clear();
    qint64 first = 0, last = 0;
    if (!store.itemIdRange(&first, &last, error))
        return store.treeRows(rows, error); // empty, or an error worth reporting from the real query
    const QString path = store.database().path();
    // Other connections would not see this connection's uncommitted writes.
    if (threads < 2 || last - first < ParallelThreshold || path.isEmpty() || store.inTransaction())
        return store.treeRows(rows, error);

    std::vector<Slice> slices(static_cast<std::size_t>(threads));
    const qint64 span = (last - first) / threads + 1;
    for (int i = 0; i < threads; ++i) {
        slices[static_cast<std::size_t>(i)].from = first + i * span;
        slices[static_cast<std::size_t>(i)].to = i == threads - 1 ? last : first + (i + 1) * span - 1;
    }
    std::vector<std::unique_ptr<QThread>> workers;
    // The caller's thread reads the first slice itself while the others run.
    for (std::size_t i = 1; i < slices.size(); ++i) {
        workers.emplace_back(QThread::create(readSlice, path, &slices[i]));
        workers.back()->start();
    }
    readSlice(path, &slices[0]);
    for (auto &worker : workers)
        worker->wait();

    bool ok = true;
    for (const Slice &slice : slices)
        ok = ok && slice.ok;
    if (ok) {
        qsizetype total = 0;
        for (const Slice &slice : slices)
            total += slice.rows.size();
        rows->reserve(total);
        for (Slice &slice : slices)
            rows->append(std::move(slice.rows));
        if (consistent(*rows))
            return true;
    }
    rows->clear();
    return store.treeRows(rows, error);
}

} // namespace steward
