#include "ServiceScan.h"

#include "SqliteStatement.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace steward {

using storesql::setError;

namespace {

std::atomic<qsizetype> g_peakHeld{0};
std::atomic<int> g_batchRows{0};

/// Short texts by service, in order (further hosts, aliases, tags, what fronts it),
/// in one buffer: no allocation per service.
struct TextLists
{
    struct Entry
    {
        qint64 id;
        qint64 position;
        qint64 tie;    ///< the row's order in its table where positions are equal
        qint64 number; ///< a further host's id
        qsizetype offset;
        qsizetype length;
    };
    QVector<Entry> entries;
    QByteArray text;

    void clear()
    {
        entries.resize(0);
        text.resize(0);
    }
    void add(qint64 id, qint64 position, qint64 tie, QByteArrayView value, qint64 number = 0)
    {
        entries.append({id, position, tie, number, text.size(), value.size()});
        text.append(value);
    }
    void sort()
    {
        const auto before = [](const Entry &a, const Entry &b) {
            if (a.id != b.id)
                return a.id < b.id;
            return a.position != b.position ? a.position < b.position : a.tie < b.tie;
        };
        if (!std::is_sorted(entries.cbegin(), entries.cend(), before))
            std::sort(entries.begin(), entries.end(), before);
    }
    /// @p id's entries, in order.
    std::pair<const Entry *, const Entry *> of(qint64 id) const
    {
        const auto from = std::lower_bound(entries.cbegin(), entries.cend(), id,
                                           [](const Entry &e, qint64 wanted) { return e.id < wanted; });
        auto to = from;
        while (to != entries.cend() && to->id == id)
            ++to;
        return {from, to};
    }
    /// Appends @p id's texts to @p out, "; "-separated (after what it holds already).
    void join(qint64 id, std::string *out) const
    {
        const auto [from, to] = of(id);
        for (auto it = from; it != to; ++it) {
            if (!out->empty())
                out->append("; ", 2);
            out->append(text.constData() + it->offset, static_cast<size_t>(it->length));
        }
    }
};

/// An active assignment, as numbers (its role an index into Batch::roles).
struct Packed
{
    qint64 itemId;
    qint64 contactId;
    qint64 id;
    int position;
    int role;
    Priority priority;
    QDate validFrom; ///< the cover, whatever the day: the caller judges it
    QDate validUntil;
};

/// Reads an assignment row (item_id, contact_id, id, position, role, priority,
/// valid_from, valid_until) into @p out unless it is inactive.
void readAssignment(const SqliteStatement &q, QHash<QByteArray, int> *roleIndex, QVector<QString> *roles,
                    QVector<Packed> *out)
{
    // The priority is told apart by its first letter (primary, secondary, tertiary,
    // inactive: the schema allows no other).
    const QByteArrayView priority = q.bytes(5);
    const char p = priority.isEmpty() ? 'p' : priority.front();
    if (p == 'i')
        return;
    const QByteArrayView role = q.bytes(4);
    auto it = roleIndex->constFind(QByteArray::fromRawData(role.data(), role.size()));
    if (it == roleIndex->constEnd()) {
        it = roleIndex->insert(role.toByteArray(), static_cast<int>(roles->size()));
        roles->append(q.text(4));
    }
    // Most have no cover: NULL, nothing to convert.
    const auto date = [&q](int column) {
        return q.isNull(column) ? QDate() : QDate::fromString(q.text(column), Qt::ISODate);
    };
    out->append({q.integer(0), q.integer(1), q.integer(2), static_cast<int>(q.integer(3)), *it,
                 p == 's'   ? Priority::Secondary
                 : p == 't' ? Priority::Tertiary
                            : Priority::Primary,
                 date(6), date(7)});
}

void sortAssignments(QVector<Packed> *packed)
{
    // By item, then in the order they were assigned.
    const auto before = [](const Packed &a, const Packed &b) {
        if (a.itemId != b.itemId)
            return a.itemId < b.itemId;
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    if (!std::is_sorted(packed->cbegin(), packed->cend(), before))
        std::sort(packed->begin(), packed->end(), before);
}

Assignment assignmentOf(const Packed &p, const QVector<QString> &roles)
{
    Assignment assignment;
    assignment.id = p.id;
    assignment.itemId = p.itemId;
    assignment.contactId = p.contactId;
    assignment.role = roles.at(p.role);
    assignment.priority = p.priority;
    assignment.position = p.position;
    assignment.validFrom = p.validFrom;
    assignment.validUntil = p.validUntil;
    return assignment;
}

enum Field
{
    Key,
    Name,
    Url,
    Status,
    Description,
    SourceUrl,
    Notes,
    FieldCount
};

/// A batch of services, in name order, with everything their rows show.
struct Batch
{
    struct Service
    {
        qint64 id;
        qint64 parentId;
        qsizetype offset; ///< its fields in text, one after the other
        int length[FieldCount];
    };
    QVector<Service> services;
    QByteArray text;
    TextLists servedThrough; ///< by the fronting item's name
    TextLists furtherHosts;
    TextLists aliases;
    TextLists tags;
    QVector<Packed> assignments;
    QVector<QString> roles;
    bool last = false; ///< no batch follows

    void clear()
    {
        services.resize(0);
        text.resize(0);
        servedThrough.clear();
        furtherHosts.clear();
        aliases.clear();
        tags.clear();
        assignments.resize(0);
        roles.resize(0);
        last = false;
    }
    QByteArrayView field(const Service &s, int f) const
    {
        qsizetype at = s.offset;
        for (int i = 0; i < f; ++i)
            at += s.length[i];
        return QByteArrayView(text.constData() + at, s.length[f]);
    }
};

/// Reads the batches one after the other on one connection, its statements prepared once.
class BatchReader
{
public:
    using Make = std::function<std::unique_ptr<SqliteStatement>(QByteArrayView sql)>;

    BatchReader(const Make &make, bool sqlite)
        : m_rows(ServiceScan::batchRows())
    {
        // CROSS JOIN keeps SQLite's planner on the name index (the services in its
        // order, each a seek in the other tables), whatever the statistics say.
        const QByteArray services = "SELECT i.id, i.parent_id, i.name_key, i.name, i.status, i.description, i.notes,"
                                    " s.url, s.source_url FROM item i CROSS JOIN service s"
                                    " WHERE s.item_id = i.id AND i.kind = 'service'";
        const QByteArray limit = " ORDER BY i.name_key LIMIT " + QByteArray::number(m_rows);
        m_first = make(services + limit);
        m_after = make(services + " AND i.name_key > ?" + limit);
        const QByteArray range = " AND i.kind = 'service' AND i.name_key >= ? AND i.name_key <= ?";
        // Rows of equal position keep their table's order (SQLite's rowid), as written.
        const QByteArray tie = sqlite ? "a.rowid" : "0";
        m_assignments = make("SELECT a.item_id, a.contact_id, a.id, a.position, a.role, a.priority, a.valid_from,"
                             " a.valid_until FROM item i CROSS JOIN assignment a WHERE a.item_id = i.id" +
                             range);
        // On SQLite the links alone, from the index (no row read), the names of what
        // fronts them from a cache (few items front many services), sorted here by the
        // bytes of the name key as SQLite sorts; PostgreSQL sorts by its collation.
        m_sqlite = sqlite;
        if (sqlite) {
            m_fronts = make("SELECT l.from_item, l.to_item FROM item i CROSS JOIN item_link l"
                            " WHERE l.from_item = i.id AND l.kind = 'fronted_by'" +
                            range + " ORDER BY l.from_item");
            m_frontName = make("SELECT name, name_key FROM item WHERE id = ?");
        } else {
            m_fronts = make("SELECT l.from_item, t.name FROM item i CROSS JOIN item_link l CROSS JOIN item t"
                            " WHERE l.from_item = i.id AND l.kind = 'fronted_by' AND t.id = l.to_item" +
                            range + " ORDER BY l.from_item, t.name_key, t.id");
            m_frontName = make("SELECT 1");
        }
        m_hosts = make("SELECT a.service_id, a.position, h.name, " + tie +
                       ", a.host_id FROM item i CROSS JOIN also_runs_on a CROSS JOIN item h"
                       " WHERE a.service_id = i.id AND h.id = a.host_id" +
                       range);
        m_aliases = make("SELECT a.item_id, a.position, a.alias, " + tie +
                         " FROM item i CROSS JOIN item_alias a WHERE a.item_id = i.id AND a.kind = 'service'" + range);
        m_tags = make("SELECT a.item_id, a.position, a.tag, " + tie +
                      " FROM item i CROSS JOIN item_tag a WHERE a.item_id = i.id" + range);
        for (const auto *s :
             {&m_first, &m_after, &m_assignments, &m_fronts, &m_frontName, &m_hosts, &m_aliases, &m_tags}) {
            if (!(*s)->isValid() && m_error.isEmpty())
                m_error = (*s)->errorString();
        }
    }

    QString errorString() const { return m_error; }

    /// The next batch into @p batch (cleared first); false on an error.
    bool next(Batch *batch)
    {
        batch->clear();
        if (!m_error.isEmpty())
            return false;
        SqliteStatement &q = m_started ? *m_after : *m_first;
        q.reset();
        if (m_started)
            q.bind(1, QByteArrayView(m_lastKey));
        m_started = true;
        QByteArrayView field[FieldCount];
        static constexpr int column[FieldCount] = {2, 3, 7, 4, 5, 8, 6};
        while (q.next()) {
            Batch::Service service{q.integer(0), q.integer(1), batch->text.size(), {}};
            for (int f = 0; f < FieldCount; ++f) {
                // The key is compared, never shown: SQLite's own bytes are what it sorts.
                field[f] = f == Key ? q.bytes(column[f]) : q.utf8(column[f], &m_text[f]);
                service.length[f] = static_cast<int>(field[f].size());
                batch->text.append(field[f]);
            }
            batch->services.append(service);
        }
        if (q.hasError())
            return fail(q);
        batch->last = batch->services.size() < m_rows;
        if (batch->services.isEmpty())
            return true;
        m_lastKey = batch->field(batch->services.constLast(), Key).toByteArray();
        const QByteArray firstKey = batch->field(batch->services.constFirst(), Key).toByteArray();
        const auto run = [&](SqliteStatement &s) {
            s.reset();
            s.bind(1, QByteArrayView(firstKey));
            s.bind(2, QByteArrayView(m_lastKey));
        };

        run(*m_fronts);
        if (m_sqlite) {
            if (!readFronts(batch))
                return false;
        } else {
            for (qint64 sequence = 0; m_fronts->next(); ++sequence)
                batch->servedThrough.add(m_fronts->integer(0), sequence, 0, m_fronts->utf8(1, &m_scratch));
        }
        if (m_fronts->hasError())
            return fail(*m_fronts);
        run(*m_hosts);
        while (m_hosts->next()) {
            batch->furtherHosts.add(m_hosts->integer(0), m_hosts->integer(1), m_hosts->integer(3),
                                    m_hosts->utf8(2, &m_scratch), m_hosts->integer(4));
        }
        if (m_hosts->hasError())
            return fail(*m_hosts);
        batch->furtherHosts.sort();
        for (auto [s, lists] : {std::pair{m_aliases.get(), &batch->aliases}, std::pair{m_tags.get(), &batch->tags}}) {
            run(*s);
            while (s->next())
                lists->add(s->integer(0), s->integer(1), s->integer(3), s->utf8(2, &m_scratch));
            if (s->hasError())
                return fail(*s);
            lists->sort();
        }
        run(*m_assignments);
        QHash<QByteArray, int> roleIndex;
        while (m_assignments->next())
            readAssignment(*m_assignments, &roleIndex, &batch->roles, &batch->assignments);
        if (m_assignments->hasError())
            return fail(*m_assignments);
        sortAssignments(&batch->assignments);
        return true;
    }

private:
    bool fail(const SqliteStatement &statement)
    {
        m_error = statement.errorString();
        return false;
    }

    struct Front
    {
        QByteArray name;
        QByteArray key;
    };
    /// The name of item @p id, from the cache or read; nullptr on an error or an unknown item.
    const Front *front(qint64 id)
    {
        const auto known = m_frontNames.constFind(id);
        if (known != m_frontNames.constEnd())
            return &*known;
        if (m_frontNames.size() >= 65536)
            m_frontNames.clear(); // a bound on memory, whatever the inventory
        m_frontName->reset();
        m_frontName->bind(1, id);
        if (!m_frontName->next())
            return nullptr;
        Front front{m_frontName->utf8(0, &m_scratch).toByteArray(), m_frontName->bytes(1).toByteArray()};
        m_frontName->reset();
        return &*m_frontNames.insert(id, std::move(front));
    }
    /// The batch's fronted-by links on SQLite (m_fronts has run), each service's by
    /// the name key of what fronts it, then its id, as the SQL of PostgreSQL orders them.
    bool readFronts(Batch *batch)
    {
        struct Link
        {
            qint64 from;
            qint64 to;
            Front front; // a copy (shared text): the cache may grow or be cleared meanwhile
        };
        std::vector<Link> links;
        const auto flush = [&] {
            std::sort(links.begin(), links.end(), [](const Link &a, const Link &b) {
                const int order = a.front.key.compare(b.front.key);
                return order != 0 ? order < 0 : a.to < b.to;
            });
            for (const Link &l : links)
                batch->servedThrough.add(l.from, static_cast<qint64>(batch->servedThrough.entries.size()), 0,
                                         l.front.name);
            links.clear();
        };
        while (m_fronts->next()) {
            const qint64 from = m_fronts->integer(0);
            const qint64 to = m_fronts->integer(1);
            if (!links.empty() && links.back().from != from)
                flush();
            const Front *f = front(to);
            if (!f) {
                if (m_frontName->hasError())
                    return fail(*m_frontName);
                continue; // as the join: a link to no item is not listed
            }
            links.push_back({from, to, *f});
        }
        flush();
        return true;
    }

    const int m_rows;
    std::unique_ptr<SqliteStatement> m_first, m_after, m_assignments, m_fronts, m_frontName, m_hosts, m_aliases, m_tags;
    bool m_sqlite = false;
    QHash<qint64, Front> m_frontNames; ///< of the items that front services, by id
    bool m_started = false;
    QByteArray m_lastKey;
    QByteArray m_text[FieldCount]; // room for text SQLite holds in a form that needs converting
    QByteArray m_scratch;
    QString m_error;
};

/// The batches between the thread that reads them and the one that visits them.
class BatchQueue
{
public:
    explicit BatchQueue(int size)
    {
        for (int i = 0; i < size; ++i)
            m_free.push_back(std::make_unique<Batch>());
    }
    /// A batch to fill; nullptr once stopped.
    std::unique_ptr<Batch> takeFree()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || !m_free.empty(); });
        if (m_stopped)
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }
    void putReady(std::unique_ptr<Batch> batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(batch));
            noteHeld();
        }
        m_changed.notify_all();
    }
    /// The next batch read; nullptr when the reader failed or stopped.
    std::unique_ptr<Batch> takeReady()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_failed || !m_ready.empty(); });
        if (m_ready.empty())
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_visiting = batch->services.size();
        return batch;
    }
    void putFree(std::unique_ptr<Batch> batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_visiting = 0;
            m_free.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    void fail(const QString &error)
    {
        {
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_error = error;
        }
        m_changed.notify_all();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }
    QString error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    void noteHeld()
    {
        qsizetype held = m_visiting;
        for (const auto &b : m_ready)
            held += b->services.size();
        qsizetype peak = g_peakHeld.load();
        while (held > peak && !g_peakHeld.compare_exchange_weak(peak, held)) {
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Batch>> m_free;
    std::deque<std::unique_ptr<Batch>> m_ready;
    qsizetype m_visiting = 0;
    bool m_stopped = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace

void ServiceScan::setBatchRows(int rows)
{
    g_batchRows.store(rows);
}

int ServiceScan::batchRows()
{
    const int rows = g_batchRows.load();
    return rows > 0 ? rows : kBatchRows;
}

qsizetype ServiceScan::peakServicesHeld()
{
    return g_peakHeld.load();
}

bool ServiceScan::run(const Visit &visit, QString *error, const AncestorsSink &ancestors)
{
    g_peakHeld.store(0);
    const QSqlDatabase db = m_db.connection();
    const auto failed = [error](const SqliteStatement &statement) {
        setError(error, statement.errorString());
        return false;
    };
    // One read transaction, so that every batch sees the same inventory (on SQLite it
    // is also what keeps the second connection's view the same as this one's).
    sqlite3 *handle = m_db.backend() == Backend::SQLite ? SqliteStatement::handle(db) : nullptr;
    const bool ownTransaction =
        !m_inWrite && (handle ? SqliteStatement::isAutocommit(handle) : m_db.backend() == Backend::PostgreSQL);
    // On PostgreSQL the statements are sent as they are (a transaction statement cannot be prepared).
    const auto transaction = [&](QByteArrayView sql, QString *why) {
        if (handle) {
            SqliteStatement statement(db, sql);
            if (statement.exec())
                return true;
            setError(why, statement.errorString());
            return false;
        }
        QSqlQuery statement(db);
        if (statement.exec(QString::fromLatin1(sql)))
            return true;
        setError(why, statement.lastError().text());
        return false;
    };
    if (ownTransaction && !transaction(handle ? QByteArrayView("BEGIN")
                                              : QByteArrayView("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                                       error))
        return false;
    const auto finish = [&](bool ok) {
        // The error of a failed read stays the one said, whatever the end says.
        if (ownTransaction && !transaction("COMMIT", ok ? error : nullptr))
            return false;
        return ok;
    };
    const BatchReader::Make onThisConnection = [&db](QByteArrayView sql) {
        return std::make_unique<SqliteStatement>(db, sql);
    };

    // The batches on a second connection on the other core (see SqliteSnapshotReader),
    // read while this one reads the items above the services and visits the rows.
    BatchQueue queue(kBatchesInFlight);
    std::thread readerThread;
    if (handle && ownTransaction) {
        // The read lock first: it is what keeps the second connection's view the same.
        SqliteStatement lock(db, "SELECT 1 FROM item LIMIT 1");
        lock.next();
        if (lock.hasError())
            return finish(failed(lock));
        QString why;
        if (std::shared_ptr<SqliteSnapshotReader> snapshot = SqliteSnapshotReader::open(handle, &why)) {
            readerThread = std::thread([snapshot, &queue] {
                BatchReader reader(
                    [&snapshot](QByteArrayView sql) {
                        return std::make_unique<SqliteStatement>(snapshot->handle(), sql);
                    },
                    true);
                for (;;) {
                    std::unique_ptr<Batch> batch = queue.takeFree();
                    if (!batch)
                        return;
                    if (!reader.next(batch.get())) {
                        queue.fail(reader.errorString());
                        return;
                    }
                    const bool last = batch->last;
                    queue.putReady(std::move(batch));
                    if (last)
                        return;
                }
            });
        }
    }
    // Joined on every way out (the reader refers to this frame).
    struct Joiner
    {
        std::thread &thread;
        BatchQueue &queue;
        ~Joiner()
        {
            queue.stop();
            if (thread.joinable())
                thread.join();
        }
    } joiner{readerThread, queue};

    // The items above the services (few: the organisation, providers and hosts) say
    // where each service runs; with their assignments they are the inherited contacts.
    struct Place
    {
        QByteArray host;
        QByteArray provider;
    };
    QHash<qint64, Place> places;
    {
        struct Node
        {
            qint64 parentId;
            QByteArray kind;
            QByteArray name;
        };
        QHash<qint64, Node> nodes;
        QByteArray scratch;
        // From the provider and host tables, not a scan of every item.
        static constexpr char kAbove[] =
            "SELECT i.id, i.parent_id, i.kind, i.name FROM item i WHERE i.parent_id IS NULL"
            " UNION ALL SELECT i.id, i.parent_id, i.kind, i.name FROM provider p CROSS JOIN item i"
            " WHERE i.id = p.item_id AND i.kind = 'provider'"
            " UNION ALL SELECT i.id, i.parent_id, i.kind, i.name FROM host h CROSS JOIN item i"
            " WHERE i.id = h.item_id AND i.kind = 'host'";
        SqliteStatement q(db, kAbove);
        while (q.next())
            nodes.insert(q.integer(0), {q.integer(1), q.bytes(2).toByteArray(), q.utf8(3, &scratch).toByteArray()});
        if (q.hasError())
            return finish(failed(q));
        QVector<TreeRow> ancestorItems;
        ancestorItems.reserve(nodes.size());
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            TreeRow item;
            item.id = it.key();
            item.parentId = it->parentId;
            item.kind = it->kind == "host"       ? ItemKind::Host
                        : it->kind == "provider" ? ItemKind::Provider
                                                 : ItemKind::Organisation;
            item.name = QString::fromUtf8(it->name);
            ancestorItems.append(item);
            const auto grand = nodes.constFind(it->parentId);
            Place &place = places[it.key()];
            if (it->kind == "host")
                place.host = it->name;
            if (it->kind == "provider")
                place.provider = it->name;
            else if (grand != nodes.cend() && grand->kind == "provider")
                place.provider = grand->name;
        }
        if (ancestors) {
            SqliteStatement a(db, QByteArray("SELECT a.item_id, a.contact_id, a.id, a.position, a.role, a.priority,"
                                             " a.valid_from, a.valid_until FROM (") +
                                      kAbove + ") i CROSS JOIN assignment a WHERE a.item_id = i.id");
            QHash<QByteArray, int> roleIndex;
            QVector<QString> roles;
            QVector<Packed> packed;
            while (a.next())
                readAssignment(a, &roleIndex, &roles, &packed);
            if (a.hasError())
                return finish(failed(a));
            sortAssignments(&packed);
            QVector<Assignment> inherited;
            inherited.reserve(packed.size());
            for (const Packed &p : std::as_const(packed))
                inherited.append(assignmentOf(p, roles));
            ancestors(ancestorItems, inherited);
        }
    }

    // Without a second connection (PostgreSQL, a write transaction, WAL mode) the
    // batches are read here, one at a time, between the visits.
    std::unique_ptr<BatchReader> inline_;
    std::unique_ptr<Batch> own;
    if (!readerThread.joinable()) {
        inline_ = std::make_unique<BatchReader>(onThisConnection, handle != nullptr);
        own = std::make_unique<Batch>();
    }
    ServiceRow row;
    std::string hosts, aliases, tags, servedThrough; // the cells, reused row after row
    const auto view = [](const std::string &text) {
        return QByteArrayView(text.data(), static_cast<qsizetype>(text.size()));
    };
    for (;;) {
        std::unique_ptr<Batch> batch;
        if (inline_) {
            if (!inline_->next(own.get())) {
                setError(error, inline_->errorString());
                return finish(false);
            }
            batch = std::move(own);
            const qsizetype held = batch->services.size();
            if (held > g_peakHeld.load())
                g_peakHeld.store(held);
        } else {
            batch = queue.takeReady();
            if (!batch) {
                setError(error, queue.error());
                return finish(false);
            }
        }
        for (const Batch::Service &service : std::as_const(batch->services)) {
            row.id = service.id;
            row.parentId = service.parentId;
            row.name = batch->field(service, Name);
            row.url = batch->field(service, Url);
            row.status = batch->field(service, Status);
            row.description = batch->field(service, Description);
            row.sourceUrl = batch->field(service, SourceUrl);
            row.notes = batch->field(service, Notes);
            const auto place = places.constFind(row.parentId);
            row.host = place == places.constEnd() ? QByteArrayView() : place->host;
            row.provider = place == places.constEnd() ? QByteArrayView() : place->provider;
            hosts.clear();
            hosts.append(row.host.data(), row.host.size());
            batch->furtherHosts.join(row.id, &hosts);
            row.hosts = view(hosts);
            // The further hosts' ids as Store::placements() orders them (by position, then id).
            row.alsoOn.clear();
            const auto [from, to] = batch->furtherHosts.of(row.id);
            for (auto it = from; it != to; ++it)
                row.alsoOn.append(it->number);
            if (row.alsoOn.size() > 1) {
                QVector<std::pair<qint64, qint64>> order;
                for (auto it = from; it != to; ++it)
                    order.append({it->position, it->number});
                std::sort(order.begin(), order.end());
                for (qsizetype i = 0; i < order.size(); ++i)
                    row.alsoOn[i] = order.at(i).second;
            }
            aliases.clear();
            batch->aliases.join(row.id, &aliases);
            row.aliases = view(aliases);
            tags.clear();
            batch->tags.join(row.id, &tags);
            row.tags = view(tags);
            servedThrough.clear();
            batch->servedThrough.join(row.id, &servedThrough);
            row.servedThrough = view(servedThrough);
            row.assignments.clear();
            auto a = std::lower_bound(batch->assignments.cbegin(), batch->assignments.cend(), row.id,
                                      [](const Packed &x, qint64 id) { return x.itemId < id; });
            for (; a != batch->assignments.cend() && a->itemId == row.id; ++a)
                row.assignments.append(assignmentOf(*a, batch->roles));
            if (!visit(row))
                return finish(false);
        }
        const bool last = batch->last;
        if (inline_)
            own = std::move(batch);
        else
            queue.putFree(std::move(batch));
        if (last)
            break;
    }
    return finish(true);
}

} // namespace steward
