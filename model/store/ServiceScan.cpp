#include "ServiceScan.h"

#include "SqliteStatement.h"
#include "StoreSql.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace steward {

using storesql::setError;

namespace {

/// Short texts by item, in order (further hosts, aliases, tags), in one buffer: no
/// allocation per item (100k services with an alias and two tags each).
struct TextLists
{
    struct Entry
    {
        qint64 id;
        int position;
        qsizetype offset;
        qsizetype length;
    };
    QVector<Entry> entries;
    QByteArray text;

    void add(qint64 id, int position, QByteArrayView value)
    {
        entries.append({id, position, text.size(), value.size()});
        text.append(value);
    }
    void sort()
    {
        const auto before = [](const Entry &a, const Entry &b) {
            return a.id != b.id ? a.id < b.id : a.position < b.position;
        };
        if (!std::is_sorted(entries.cbegin(), entries.cend(), before))
            std::stable_sort(entries.begin(), entries.end(), before);
    }
    /// Appends @p id's texts to @p out, "; "-separated (after what it holds already).
    void join(qint64 id, std::string *out) const
    {
        if (entries.isEmpty())
            return;
        auto it = std::lower_bound(entries.cbegin(), entries.cend(), id,
                                   [](const Entry &e, qint64 wanted) { return e.id < wanted; });
        for (; it != entries.cend() && it->id == id; ++it) {
            if (!out->empty())
                out->append("; ", 2);
            out->append(text.constData() + it->offset, static_cast<size_t>(it->length));
        }
    }
};

} // namespace

bool ServiceScan::run(const Visit &visit, QString *error, const AncestorsSink &ancestors, int lanes)
{
    // Four flat scans through SQLite's C API, joined here: correlated subqueries per
    // service and Qt's per-value cost were most of the time at 100k services. Text
    // stays in SQLite's UTF-8 (see SqliteStatement::utf8) all the way to the CSV.
    const QSqlDatabase db = m_db.connection();
    const auto failed = [error](const SqliteStatement &statement) {
        setError(error, statement.errorString());
        return false;
    };
    // One read transaction, so that the scans see the same inventory.
    sqlite3 *handle = m_db.backend() == Backend::SQLite ? SqliteStatement::handle(db) : nullptr;
    const bool ownTransaction = handle && !m_inWrite && SqliteStatement::isAutocommit(handle);
    if (ownTransaction) {
        SqliteStatement begin(db, "BEGIN");
        if (!begin.next() && begin.hasError())
            return failed(begin);
    }
    const auto finish = [&](bool ok) {
        if (ownTransaction) {
            SqliteStatement end(db, "COMMIT");
            if (!end.next() && end.hasError() && ok)
                return failed(end);
        }
        return ok;
    };

    // The links and the active assignments: read on a second connection on the other
    // core while this one reads the items (see SqliteSnapshotReader), else here after them.
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
    struct Side
    {
        QHash<qint64, QByteArray> servedThrough; ///< each item's fronted-by links, by name
        QVector<Packed> packed;                  ///< every active assignment, as numbers
        QVector<QString> roles;                  ///< packed's roles, one of each
        QString error;
    };
    /// The lists beside the tree, read on a third connection where there is one.
    struct Graph
    {
        TextLists furtherHosts; ///< each service's further hosts' names
        TextLists aliases;      ///< each service's aliases
        TextLists tags;         ///< each item's tags
        QString error;
    };
    const auto readGraph = [](const auto &statement, Graph *graph) {
        QByteArray scratch;
        // The lists in table order (as written: by item, then position), sorted only if not.
        const auto readLists = [&](QByteArrayView sql, TextLists *lists) {
            std::unique_ptr<SqliteStatement> q = statement(sql);
            while (q->next())
                lists->add(q->integer(0), static_cast<int>(q->integer(1)), q->utf8(2, &scratch));
            if (q->hasError()) {
                graph->error = q->errorString();
                return false;
            }
            lists->sort();
            return true;
        };
        return readLists("SELECT a.service_id, a.position, h.name FROM also_runs_on a JOIN item h ON h.id = a.host_id",
                         &graph->furtherHosts) &&
               readLists("SELECT item_id, position, alias FROM item_alias WHERE kind = 'service'", &graph->aliases) &&
               readLists("SELECT item_id, position, tag FROM item_tag", &graph->tags);
    };
    const auto readSide = [](const auto &statement, Side *side) {
        QByteArray scratch;
        {
            std::unique_ptr<SqliteStatement> q =
                statement("SELECT l.from_item, t.name FROM item_link l JOIN item t ON t.id = l.to_item"
                          " WHERE l.kind = 'fronted_by' ORDER BY l.from_item, t.name_key, t.id");
            while (q->next()) {
                QByteArray &names = side->servedThrough[q->integer(0)];
                if (!names.isEmpty())
                    names += "; ";
                names += q->utf8(1, &scratch);
            }
            if (q->hasError()) {
                side->error = q->errorString();
                return false;
            }
        }
        // The priority is told apart here by its first letter (primary, secondary,
        // tertiary, inactive: the schema allows no other): a CASE and a WHERE in the
        // statement cost more than the test.
        QHash<QByteArray, int> roleIndex;
        std::unique_ptr<SqliteStatement> q = statement(
            "SELECT item_id, contact_id, id, position, role, priority, valid_from, valid_until FROM assignment");
        while (q->next()) {
            const QByteArrayView priority = q->bytes(5);
            const char p = priority.isEmpty() ? 'p' : priority.front();
            if (p == 'i')
                continue;
            const QByteArrayView role = q->bytes(4);
            // A look-up by the bytes in place; only a new role is copied.
            auto it = roleIndex.constFind(QByteArray::fromRawData(role.data(), role.size()));
            if (it == roleIndex.constEnd()) {
                it = roleIndex.insert(role.toByteArray(), static_cast<int>(side->roles.size()));
                side->roles.append(q->text(4));
            }
            // Most have no cover: NULL, nothing to convert.
            const auto date = [&q](int column) {
                return q->isNull(column) ? QDate() : QDate::fromString(q->text(column), Qt::ISODate);
            };
            side->packed.append({q->integer(0), q->integer(1), q->integer(2), static_cast<int>(q->integer(3)), *it,
                                 p == 's'   ? Priority::Secondary
                                 : p == 't' ? Priority::Tertiary
                                            : Priority::Primary,
                                 date(6), date(7)});
        }
        if (q->hasError()) {
            side->error = q->errorString();
            return false;
        }
        // By item, then in the order they were assigned: each service's are one run.
        // Assignments made with their services are in that order already.
        const auto before = [](const Packed &a, const Packed &b) {
            if (a.itemId != b.itemId)
                return a.itemId < b.itemId;
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        };
        if (!std::is_sorted(side->packed.cbegin(), side->packed.cend(), before))
            std::sort(side->packed.begin(), side->packed.end(), before);
        return true;
    };
    Side side;
    std::thread sideThread;
    bool sideRead = false; // by the thread
    Graph graph;
    std::thread graphThread;
    bool graphRead = false; // by its thread
    if (ownTransaction) {
        // The read lock first: it is what keeps the second connection's view the same.
        SqliteStatement lock(db, "SELECT 1 FROM item LIMIT 1");
        lock.next();
        if (lock.hasError())
            return finish(failed(lock));
        QString why;
        if (std::shared_ptr<SqliteSnapshotReader> reader = SqliteSnapshotReader::open(handle, &why)) {
            sideThread = std::thread([reader, &side, &sideRead, &readSide] {
                sideRead = readSide(
                    [&reader](QByteArrayView sql) { return std::make_unique<SqliteStatement>(reader->handle(), sql); },
                    &side);
            });
        }
        // The further hosts, aliases and tags on a third: with the links and the
        // assignments they took longer than the items.
        if (std::shared_ptr<SqliteSnapshotReader> reader = SqliteSnapshotReader::open(handle, &why)) {
            graphThread = std::thread([reader, &graph, &graphRead, &readGraph] {
                graphRead = readGraph(
                    [&reader](QByteArrayView sql) { return std::make_unique<SqliteStatement>(reader->handle(), sql); },
                    &graph);
            });
        }
    }
    // Joined on every way out (the lambdas above refer to this frame).
    struct Joiner
    {
        std::thread &thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner{sideThread}, graphJoiner{graphThread};

    // Every item in one scan of the table, in table order (a scan by the name index
    // visits the table and the service rows at random, which was half the time): the
    // services are kept and sorted here as SQLite's BINARY collation sorts, by the
    // bytes of the name key, then by id; the others (few) say where services run.
    // PostgreSQL sorts by its own collation, as the tree does: there the statement
    // orders them.
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
    struct Service
    {
        qint64 id;
        qint64 parentId;
        const char *text; ///< its fields, one after the other
        int length[FieldCount];
    };
    QVector<Service> services;
    // The services' text, in blocks that never move: a growing buffer would be copied
    // each time it grew (about 12 MB at 100k services).
    std::vector<std::unique_ptr<char[]>> blocks;
    constexpr qsizetype blockSize = 1 << 20;
    qsizetype blockLeft = 0;
    char *blockAt = nullptr;
    struct Place
    {
        QByteArray host;
        QByteArray provider;
    };
    QHash<qint64, Place> places;
    QVector<TreeRow> ancestorItems;
    QByteArray scratch;
    {
        struct Node
        {
            qint64 parentId;
            QByteArray kind;
            QByteArray name;
        };
        QHash<qint64, Node> nodes;
        // On SQLite the service rows are a second scan in the same (rowid) order, merged
        // here: a look-up of each in the table cost more than reading it.
        const bool sqlite = handle != nullptr;
        SqliteStatement q(db, sqlite ? QByteArrayView("SELECT id, parent_id, kind, name_key, name, status, description,"
                                                      " notes FROM item ORDER BY id")
                                     : QByteArrayView("SELECT i.id, i.parent_id, i.kind, i.name_key, i.name, i.status,"
                                                      " i.description, i.notes, s.item_id, s.url, s.source_url"
                                                      " FROM item i LEFT JOIN service s ON s.item_id = i.id"
                                                      " ORDER BY i.name_key, i.id"));
        std::unique_ptr<SqliteStatement> serviceScan;
        if (sqlite)
            serviceScan.reset(new SqliteStatement(db, "SELECT item_id, url, source_url FROM service ORDER BY item_id"));
        SqliteStatement &s = sqlite ? *serviceScan : q;
        const int sAt = sqlite ? 0 : 8; // where the service's columns start in s
        bool more = !sqlite || s.next();
        QByteArrayView field[FieldCount];
        QByteArray text[FieldCount]; // room for text SQLite holds in a form that needs converting
        static constexpr int column[FieldCount] = {3, 4, -1, 5, 6, -2, 7}; // negative: of the service
        while (q.next()) {
            const qint64 id = q.integer(0);
            const QByteArrayView kind = q.bytes(2);
            if (kind != "service") {
                nodes.insert(id, {q.integer(1), kind.toByteArray(), q.utf8(4, &scratch).toByteArray()});
                continue;
            }
            if (sqlite) {
                while (more && s.integer(0) < id)
                    more = s.next();
            }
            if (!more || s.integer(sAt) != id)
                continue; // a service item without its service row: not listed, as by a join
            Service service{id, q.integer(1), nullptr, {}};
            qsizetype size = 0;
            for (int f = 0; f < FieldCount; ++f) {
                // The key is compared, never shown: SQLite's own bytes are what it sorts.
                field[f] = f == Key        ? q.bytes(column[f])
                           : column[f] > 0 ? q.utf8(column[f], &text[f])
                                           : s.utf8(sAt - column[f], &text[f]);
                service.length[f] = static_cast<int>(field[f].size());
                size += field[f].size();
            }
            if (size > blockLeft) {
                const qsizetype room = std::max(blockSize, size);
                blocks.emplace_back(new char[room]);
                blockAt = blocks.back().get();
                blockLeft = room;
            }
            service.text = blockAt;
            for (const QByteArrayView &f : field) {
                memcpy(blockAt, f.data(), f.size());
                blockAt += f.size();
            }
            blockLeft -= size;
            services.append(service);
        }
        if (q.hasError())
            return finish(failed(q));
        if (s.hasError())
            return finish(failed(s));
        if (sqlite) {
            const auto before = [](const Service &a, const Service &b) {
                const std::string_view x(a.text, a.length[Key]), y(b.text, b.length[Key]);
                const int order = x.compare(y);
                return order != 0 ? order < 0 : a.id < b.id;
            };
            // Inventories made in name order (an import, a generated one) are sorted
            // already; else pointers are sorted, not the rows.
            if (!std::is_sorted(services.cbegin(), services.cend(), before)) {
                std::vector<const Service *> order;
                order.reserve(services.size());
                for (const Service &service : std::as_const(services))
                    order.push_back(&service);
                std::sort(order.begin(), order.end(),
                          [&before](const Service *a, const Service *b) { return before(*a, *b); });
                QVector<Service> sorted;
                sorted.reserve(services.size());
                for (const Service *service : order)
                    sorted.append(*service);
                services.swap(sorted);
            }
        }
        // Where a service under each item runs: that item as its host or provider, the
        // host's parent as its provider.
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
    }
    if (sideThread.joinable()) {
        sideThread.join();
        if (!sideRead) // a failure on the second connection: read again here
            side = Side();
    }
    if (!sideRead &&
        !readSide([&db](QByteArrayView sql) { return std::make_unique<SqliteStatement>(db, sql); }, &side)) {
        setError(error, side.error);
        return finish(false);
    }
    if (graphThread.joinable()) {
        graphThread.join();
        if (!graphRead)
            graph = Graph();
    }
    if (!graphRead &&
        !readGraph([&db](QByteArrayView sql) { return std::make_unique<SqliteStatement>(db, sql); }, &graph)) {
        setError(error, graph.error);
        return finish(false);
    }
    const QHash<qint64, QByteArray> &servedThrough = side.servedThrough;
    const QVector<Packed> &packed = side.packed;
    const QVector<QString> &roles = side.roles;
    const auto assignmentOf = [&roles](const Packed &p) {
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
    };
    // The read transaction ends here: what follows is the caller's, row by row.
    if (!finish(true))
        return false;
    if (ancestors) {
        QVector<Assignment> inherited;
        for (const Packed &p : std::as_const(packed)) {
            if (places.contains(p.itemId))
                inherited.append(assignmentOf(p));
        }
        ancestors(ancestorItems, inherited);
    }

    // The rows, in one lane or two (see the header).
    std::atomic<bool> stop{false};
    const auto visitRange = [&](int lane, qsizetype from, qsizetype to) {
        ServiceRow row;
        std::string hosts, aliases, tags; // the lane's cells, reused row after row
        const auto view = [](const std::string &text) {
            return QByteArrayView(text.data(), static_cast<qsizetype>(text.size()));
        };
        for (qsizetype i = from; i < to; ++i) {
            if (stop.load(std::memory_order_relaxed))
                return false;
            const Service &service = services.at(i);
            const char *text = service.text;
            QByteArrayView field[FieldCount];
            for (int f = 0; f < FieldCount; ++f) {
                field[f] = QByteArrayView(text, service.length[f]);
                text += service.length[f];
            }
            row.id = service.id;
            row.parentId = service.parentId;
            row.name = field[Name];
            row.url = field[Url];
            row.status = field[Status];
            row.description = field[Description];
            row.sourceUrl = field[SourceUrl];
            row.notes = field[Notes];
            const auto place = places.constFind(row.parentId);
            row.host = place == places.constEnd() ? QByteArrayView() : place->host;
            row.provider = place == places.constEnd() ? QByteArrayView() : place->provider;
            hosts.clear();
            hosts.append(row.host.data(), row.host.size());
            graph.furtherHosts.join(row.id, &hosts);
            row.hosts = view(hosts);
            aliases.clear();
            graph.aliases.join(row.id, &aliases);
            row.aliases = view(aliases);
            tags.clear();
            graph.tags.join(row.id, &tags);
            row.tags = view(tags);
            const auto served = servedThrough.constFind(row.id);
            row.servedThrough = served == servedThrough.constEnd() ? QByteArrayView() : *served;
            row.assignments.clear();
            auto a = std::lower_bound(packed.cbegin(), packed.cend(), row.id,
                                      [](const Packed &x, qint64 id) { return x.itemId < id; });
            for (; a != packed.cend() && a->itemId == row.id; ++a)
                row.assignments.append(assignmentOf(*a));
            if (!visit(lane, row)) {
                stop.store(true, std::memory_order_relaxed);
                return false;
            }
        }
        return true;
    };
    const qsizetype count = services.size();
    // Below a few thousand rows a thread costs more than it saves.
    if (lanes < 2 || count < 4096)
        return visitRange(0, 0, count);
    const qsizetype half = count / 2;
    bool secondOk = false;
    std::thread second([&] { secondOk = visitRange(1, half, count); });
    const bool firstOk = visitRange(0, 0, half);
    second.join();
    return firstOk && secondOk;
}

} // namespace steward
