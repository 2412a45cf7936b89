// Queries that stay logarithmic (issue 20): every statement that a hot path runs (open
// the tree, expand a branch, filter the tree, search, who to contact, impact) reads the
// inventory through an index. Each operation runs through its real public API on a
// generated inventory while a StatementLog records what reaches the database; each
// statement is then explained (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN with
// sequential scans off), and a read of a whole table of the inventory fails the test
// with the operation, the statement and the plan's line. A new statement on one of
// these paths is covered without being declared.

#include "ContactResolver.h"
#include "Database.h"
#include "Impact.h"
#include "InventoryTreeModel.h"
#include "QueryPlan.h"
#include "Search.h"
#include "SqliteStatement.h"
#include "StatementLog.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace steward;
using namespace steward::test;

namespace {

/**
 * Operations that still read a whole table, each with why; the test expects them to
 * fail (QEXPECT_FAIL), so that one that comes to read by index fails as XPASS until it
 * is taken off this list: the list cannot go stale.
 */
const QHash<QString, QString> &expectedFullReads()
{
    // Empty: every hot operation reads by index. An operation that cannot yet goes here,
    // with why, and fails as expected until it can.
    static const QHash<QString, QString> operations;
    return operations;
}

// The generated inventory: plans are structural, so a small one shows them, but large
// enough that a tag every service has is "common" to Search (more than its 2000), which
// takes another way then.
constexpr int kProviders = 5;
constexpr int kHosts = 25;
constexpr int kServices = 2100;
constexpr int kContacts = 80;

QString serviceName(int i)
{
    return QStringLiteral("service-%1.example.org").arg(i, 6, 10, QLatin1Char('0'));
}
QString hostName(int i)
{
    return QStringLiteral("host-%1").arg(i, 5, 10, QLatin1Char('0'));
}
QString providerName(int i)
{
    return QStringLiteral("Provider %1").arg(i, 4, 10, QLatin1Char('0'));
}

/// What an operation works on: the open inventory and the models the window would hold.
struct Fixture
{
    Database db;
    std::unique_ptr<Store> store;
    std::unique_ptr<InventoryTreeModel> tree;
    std::unique_ptr<TreeFilterModel> filter;
    qint64 contactId = 0;
};

/// Shows the rows under @p parent as a view would: fetches what is not there yet, asks
/// each row's data in every column and whether it has children (a view draws the arrow).
bool showChildren(QAbstractItemModel &model, const QModelIndex &parent, QString *error)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            if (!index.isValid()) {
                *error = QStringLiteral("row %1 column %2 has no index").arg(row).arg(column);
                return false;
            }
            for (int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                             int(InventoryTreeModel::IdRole), int(InventoryTreeModel::KindRole),
                             int(InventoryTreeModel::StatusRole), int(InventoryTreeModel::StatusCategoryRole)})
                index.data(role);
        }
        model.hasChildren(model.index(row, 0, parent));
    }
    return true;
}

/// The row called @p name under @p parent, fetching the rows first if need be.
QModelIndex childNamed(QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

/// Shows the whole of what a filter leaves: the matches and their ancestors.
bool showAll(QAbstractItemModel &model, const QModelIndex &parent, QString *error)
{
    if (!showChildren(model, parent, error))
        return false;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (!showAll(model, model.index(row, 0, parent), error))
            return false;
    }
    return true;
}

bool newTree(Fixture &f, QString *error)
{
    f.filter.reset();
    f.tree = std::make_unique<InventoryTreeModel>(*f.store);
    if (!f.tree->reload()) {
        *error = f.tree->errorString();
        return false;
    }
    return true;
}

bool search(Fixture &f, const QString &query, QString *error)
{
    Search search(f.db);
    const auto groups = search.search(query, Search::DefaultLimit, error);
    return groups.has_value();
}

bool whoToContact(Fixture &f, const QString &name, QString *error)
{
    // As `steward contact NAME` does it: the item by name, then its contacts.
    const auto found = f.store->findItemsByName(name, error);
    if (!found)
        return false;
    if (found->size() != 1) {
        *error = QStringLiteral("%1 items called %2").arg(found->size()).arg(name);
        return false;
    }
    ContactResolver resolver(*f.store);
    const auto contacts = resolver.resolve(found->first().id, error);
    if (contacts && contacts->isEmpty()) {
        *error = QStringLiteral("nobody to contact about %1").arg(name);
        return false;
    }
    return contacts.has_value();
}

bool impactOf(Fixture &f, const QString &name, QString *error)
{
    // As `steward impact NAME` does it.
    const auto found = f.store->findItemsByName(name, error);
    if (!found || found->size() != 1)
        return false;
    Impact impact;
    if (!impact.loadAround(*f.store, {found->first().id}, error))
        return false;
    ImpactResult result = impact.of({found->first().id});
    if (result.affected.isEmpty()) {
        *error = QStringLiteral("nothing depends on %1").arg(name);
        return false;
    }
    return impact.addContacts(*f.store, &result, error);
}

/// A hot path: what it needs first (not checked), then what it does (checked).
struct Operation
{
    QString name;
    std::function<bool(Fixture &, QString *)> prepare;
    std::function<bool(Fixture &, QString *)> run;
    /// False where, today, the operation may answer from memory (a branch the tree
    /// loaded whole): no statement is then no mistake.
    bool queries = true;
};

const QVector<Operation> &operations()
{
    static const auto none = [](Fixture &, QString *) { return true; };
    // Expanding a branch: the tree is open, the path to the branch shown; then the
    // branch's rows as the view shows them.
    static const auto expand = [](const QString &provider, const QString &host) {
        return Operation{host.isEmpty() ? QStringLiteral("expand a provider") : QStringLiteral("expand a host"),
                         [](Fixture &f, QString *e) {
                             if (!newTree(f, e))
                                 return false;
                             return showChildren(*f.tree, {}, e) && showChildren(*f.tree, f.tree->index(0, 0), e);
                         },
                         [provider, host](Fixture &f, QString *e) {
                             QModelIndex branch = childNamed(*f.tree, f.tree->index(0, 0), provider);
                             if (branch.isValid() && !host.isEmpty())
                                 branch = childNamed(*f.tree, branch, host);
                             if (!branch.isValid()) {
                                 *e = QStringLiteral("no row %1 %2 in the tree").arg(provider, host);
                                 return false;
                             }
                             return showChildren(*f.tree, branch, e);
                         },
                         false};
    };
    static const auto filtered = [](const QString &name, const QString &text) {
        return Operation{name,
                         [](Fixture &f, QString *e) {
                             if (!newTree(f, e) || !showChildren(*f.tree, {}, e) ||
                                 !showChildren(*f.tree, f.tree->index(0, 0), e))
                                 return false;
                             f.filter = std::make_unique<TreeFilterModel>();
                             f.filter->setSourceTree(f.tree.get());
                             return true;
                         },
                         [text](Fixture &f, QString *e) {
                             f.filter->setFilterText(text);
                             if (!f.filter->errorString().isEmpty()) {
                                 *e = f.filter->errorString();
                                 return false;
                             }
                             if (f.filter->matchCount() == 0) {
                                 *e = QStringLiteral("the filter %1 matched nothing").arg(text);
                                 return false;
                             }
                             return showAll(*f.filter, {}, e);
                         },
                         false};
    };
    static const QVector<Operation> list = {
        {QStringLiteral("open the tree"), none,
         [](Fixture &f, QString *e) {
             // The first paint: the organisation and its providers.
             return newTree(f, e) && showChildren(*f.tree, {}, e) && showChildren(*f.tree, f.tree->index(0, 0), e);
         }},
        expand(providerName(1), QString()),
        expand(providerName(1), hostName(1)),
        filtered(QStringLiteral("filter the tree by name"), QStringLiteral("service-00012")),
        // One or two letters are too short for trigrams: names beginning with them, by the name index.
        filtered(QStringLiteral("filter the tree by one letter"), QStringLiteral("s")),
        filtered(QStringLiteral("filter the tree by two letters"), QStringLiteral("ho")),
        filtered(QStringLiteral("filter the tree by a tag alone"), QStringLiteral("tag:env=staging")),
        filtered(QStringLiteral("filter the tree by tag"), QStringLiteral("tag:env=staging service-0001")),
        filtered(QStringLiteral("filter the tree by a tag's key"), QStringLiteral("tag:tier service-0001")),
        {QStringLiteral("search a name"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("service-00012"), e); }},
        {QStringLiteral("search words"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("synthetic number 12"), e); }},
        {QStringLiteral("search two letters"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("se"), e); }},
        {QStringLiteral("search an alias"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("svc-000042"), e); }},
        {QStringLiteral("search a contact"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("Person 000013"), e); }},
        {QStringLiteral("search a tag"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("tag:env=staging"), e); }},
        {QStringLiteral("search a common tag"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("tag:env"), e); }},
        {QStringLiteral("search a rare tag's key"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("tag:team"), e); }},
        {QStringLiteral("search a tag and a name"), none,
         [](Fixture &f, QString *e) { return search(f, QStringLiteral("tag:tier=1 service-0002"), e); }},
        {QStringLiteral("what a contact holds"), none,
         [](Fixture &f, QString *e) {
             Search search(f.db);
             return search.holdings(f.contactId, e).has_value();
         }},
        {QStringLiteral("who to contact about a service"), none,
         [](Fixture &f, QString *e) { return whoToContact(f, serviceName(123), e); }},
        {QStringLiteral("who to contact about a service on two hosts"), none,
         [](Fixture &f, QString *e) { return whoToContact(f, serviceName(6), e); }},
        {QStringLiteral("who to contact about a host"), none,
         [](Fixture &f, QString *e) { return whoToContact(f, hostName(3), e); }},
        {QStringLiteral("impact of a database service"), none,
         [](Fixture &f, QString *e) { return impactOf(f, serviceName(200), e); }},
        {QStringLiteral("impact of a host"), none, [](Fixture &f, QString *e) { return impactOf(f, hostName(12), e); }},
    };
    return list;
}

/// The generator of steward-bench, smaller: the same shapes (hosts with and without a
/// name, services on two hosts, aliases, tags, links, assignments at every level).
bool generate(Store &store, QString *error)
{
    return store.write(
        [&](QString *e) {
            Item org;
            org.kind = ItemKind::Organisation;
            org.name = QStringLiteral("Example Corporation");
            const auto orgId = store.createItem(org, e);
            if (!orgId)
                return false;
            QVector<qint64> contacts;
            for (int i = 0; i < kContacts; ++i) {
                Contact c;
                c.kind = i % 10 < 7 ? ContactKind::Person : i % 10 < 9 ? ContactKind::MailingList : ContactKind::Team;
                c.name = c.kind == ContactKind::Person
                             ? QStringLiteral("Person %1").arg(i, 6, 10, QLatin1Char('0'))
                             : QStringLiteral("list-%1@example.org").arg(i, 6, 10, QLatin1Char('0'));
                c.addresses.append({0, AddressKind::Email, QStringLiteral("contact%1@example.org").arg(i), QString()});
                c.tags = {QStringLiteral("team=%1").arg(i % 4)};
                const auto id = store.createContact(c, e);
                if (!id)
                    return false;
                contacts.append(*id);
            }
            const auto assign = [&](qint64 item, int contact, const QString &role, Priority priority) {
                Assignment a;
                a.itemId = item;
                a.contactId = contacts.at(contact % contacts.size());
                a.role = role;
                a.priority = priority;
                return store.addAssignment(a, e).has_value();
            };
            if (!assign(*orgId, 0, QStringLiteral("escalation"), Priority::Primary))
                return false;
            QVector<qint64> providers;
            for (int i = 0; i < kProviders; ++i) {
                Item p;
                p.kind = ItemKind::Provider;
                p.parentId = *orgId;
                p.name = providerName(i);
                p.providerKind = i == 3 ? ProviderKind::Cdn : i == 4 ? ProviderKind::Dns : ProviderKind::VmHosting;
                const auto id = store.createItem(p, e);
                if (!id || !assign(*id, i + 1, QStringLiteral("owner"), Priority::Primary))
                    return false;
                providers.append(*id);
            }
            QVector<qint64> hosts;
            for (int i = 0; i < kHosts; ++i) {
                Item h;
                h.kind = ItemKind::Host;
                h.parentId = providers.at(i % kProviders);
                h.name = hostName(i);
                // Every tenth host is an unnamed VM: its services show under the provider.
                h.hostname = i % 10 == 9 ? QString() : h.name + QStringLiteral(".example.net");
                const auto id = store.createItem(h, e);
                if (!id || (i % 2 == 0 && !assign(*id, i + 7, QStringLiteral("maintainer"), Priority::Primary)))
                    return false;
                hosts.append(*id);
            }
            QVector<qint64> services;
            for (int i = 0; i < kServices; ++i) {
                Item s;
                s.kind = ItemKind::Service;
                s.parentId = i % 50 == 0 ? providers.at(i % kProviders) : hosts.at(i % kHosts);
                if (i % 50 != 0 && i % 5 == 1)
                    s.alsoOn = {hosts.at((i + 1) % kHosts)};
                s.name = serviceName(i);
                s.url = QStringLiteral("https://") + s.name;
                s.status = i % 10 == 7 ? QStringLiteral("legacy") : QStringLiteral("active");
                s.description = QStringLiteral("Synthetic service number %1.").arg(i);
                s.aliases = {QStringLiteral("svc-%1").arg(i, 6, 10, QLatin1Char('0'))};
                s.tags = {i % 3 == 2 ? QStringLiteral("env=staging") : QStringLiteral("env=prod"),
                          QStringLiteral("tier=%1").arg(i % 3)};
                const auto id = store.createItem(s, e);
                if (!id || !assign(*id, i, QStringLiteral("owner"), Priority::Primary) ||
                    (i % 3 == 0 && !assign(*id, i + 11, QStringLiteral("maintainer"), Priority::Secondary)))
                    return false;
                services.append(*id);
            }
            QVector<Link> links;
            for (int i = 0; i < kServices; ++i) {
                Link l;
                l.fromItem = services.at(i);
                l.fromName = serviceName(i);
                if (i % 4 == 0) {
                    l.type = QStringLiteral("fronted_by");
                    l.toItem = providers.at(3);
                    l.toName = providerName(3);
                } else {
                    // A database cluster every hundred services share.
                    const int db = (i / 100) * 100 + 100 < kServices ? (i / 100) * 100 + 100 : 0;
                    l.type = QStringLiteral("depends_on");
                    l.toItem = services.at(db);
                    l.toName = serviceName(db);
                }
                if (l.toItem != l.fromItem)
                    links.append(l);
            }
            return store.createValidatedLinks(links, e);
        },
        error);
}

} // namespace

class TestQueryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theLogRecordsWhatRunsWithItsValues();
    void theLogReadsAnyText();
    void theLogFollowsSnapshotReaders();
    void hotPathsReadByIndex_data();
    void hotPathsReadByIndex();
    void aMissingIndexFails();
    void cleanupTestCase();

private:
    /// The statements @p op runs, each explained; fills @p problems with one paragraph per
    /// statement that reads a whole table. False (with @p error) if the operation failed.
    bool check(const Operation &op, QStringList *problems, int *statements, QString *error);

    QTemporaryDir m_dir;
    QString m_given; ///< STEWARD_QUERYPLAN_INVENTORY
    Fixture m_f;
};

void TestQueryPlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // STEWARD_QUERYPLAN_INVENTORY: an inventory of steward-bench's (same names) instead of
    // a generated one, to see the plans at scale. It is opened read-only (EXPLAIN writes
    // nothing) and aMissingIndexFails() is not run on it.
    m_given = qEnvironmentVariable("STEWARD_QUERYPLAN_INVENTORY");
    const QString location = m_given.isEmpty() ? scratchInventory(m_dir, QStringLiteral("queryplan")) : m_given;
    if (m_given.isEmpty()) {
        Database db;
        QVERIFY2(db.create(location), qPrintable(db.errorString()));
        if (db.isServer()) {
            // No statistics: with them the server would rightly read tables of a few
            // thousand rows whole (a merge join, a whole index), which says nothing of a
            // large inventory; without, and with sequential scans off, it reads a table
            // whole only where no index serves. Autovacuum would gather them at a moment
            // of its choosing, and change the plans in the middle of the test.
            QSqlQuery off(db.connection());
            QVERIFY2(off.exec(QStringLiteral(
                         "DO $$ DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname ="
                         " current_schema() LOOP EXECUTE format('ALTER TABLE %I SET (autovacuum_enabled = false)',"
                         " t.tablename); END LOOP; END $$")),
                     qPrintable(off.lastError().text()));
        }
        Store store(db);
        QString error;
        QVERIFY2(generate(store, &error), qPrintable(error));
    }
    QVERIFY2(m_f.db.open(location, m_given.isEmpty() ? Database::OpenMode::ReadWrite : Database::OpenMode::ReadOnly),
             qPrintable(m_f.db.errorString()));
    m_f.store = std::make_unique<Store>(m_f.db);
    const auto person = must(m_f.store->findContactsByName(QStringLiteral("Person 000013"), readError()));
    QCOMPARE(person.size(), 1);
    m_f.contactId = person.first().id;
}

void TestQueryPlan::cleanupTestCase()
{
    m_f.filter.reset();
    m_f.tree.reset();
    m_f.store.reset();
    m_f.db.close();
}

bool TestQueryPlan::check(const Operation &op, QStringList *problems, int *statements, QString *error)
{
    if (!op.prepare(m_f, error))
        return false;
    QVector<LoggedStatement> ran;
    {
        StatementLog log(m_f.db);
        if (!log.isRecording()) {
            *error = log.errorString();
            return false;
        }
        if (!op.run(m_f, error))
            return false;
        // What the operation left for the event loop (a model fetching on the next turn).
        QCoreApplication::processEvents();
        ran = log.take();
    }
    QSet<QString> seen;
    *statements = 0;
    for (const LoggedStatement &s : std::as_const(ran)) {
        if (!s.unknownName.isEmpty()) {
            *error = QStringLiteral("%1: the SQL of prepared statement %2 is not known").arg(op.name, s.unknownName);
            return false;
        }
        if (!QueryPlan::hasPlan(s.sql) || seen.contains(s.sql))
            continue;
        seen.insert(s.sql);
        ++*statements;
        const auto plan = QueryPlan::explain(m_f.db, s, error);
        if (plan && qEnvironmentVariableIsSet("STEWARD_QUERYPLAN_VERBOSE"))
            qInfo("%s\n  %s%s\n    %s", qPrintable(op.name), qPrintable(s.sql),
                  qPrintable(s.values.isEmpty() ? QString() : QStringLiteral("\n  values: ") + s.values),
                  qPrintable(plan->plan.join(QStringLiteral("\n    "))));
        if (!plan) {
            *error = QStringLiteral("%1: the database could not explain\n  %2\n  values: %3\n  %4")
                         .arg(op.name, s.sql, s.values, *error);
            return false;
        }
        for (const QString &line : plan->fullReads) {
            *problems << QStringLiteral(
                             "%1: a whole table is read by\n  %2%3\n  at the plan's line: %4\n  plan:\n    %5")
                             .arg(op.name, s.sql,
                                  s.values.isEmpty() ? QString() : QStringLiteral("\n  values: ") + s.values,
                                  line.trimmed(), plan->plan.join(QStringLiteral("\n    ")));
        }
    }
    return true;
}

void TestQueryPlan::theLogRecordsWhatRunsWithItsValues()
{
    // The recorder sees statements whichever way they run, with their values: a
    // Store read (QSqlQuery, prepared and cached) and one through SqliteStatement.
    QVector<LoggedStatement> ran;
    {
        StatementLog log(m_f.db);
        QVERIFY2(log.isRecording(), qPrintable(log.errorString()));
        const auto found = must(m_f.store->findItemsByName(serviceName(77), readError()));
        QCOMPARE(found.size(), 1);
        const auto again = must(m_f.store->findItemsByName(serviceName(78), readError()));
        QCOMPARE(again.size(), 1);
        ran = log.take();
        QVERIFY(log.take().isEmpty());
    }
    QVERIFY(!ran.isEmpty());
    const auto with = [&ran](const QString &text) {
        return std::count_if(ran.cbegin(), ran.cend(),
                             [&text](const LoggedStatement &s) { return s.values.contains(text); });
    };
    // Both runs are there, each with its own value; the SQL is the prepared text.
    QVERIFY2(with(QStringLiteral("service-000077")) >= 1, qPrintable(ran.first().sql + ran.first().values));
    QVERIFY(with(QStringLiteral("service-000078")) >= 1);
    for (const LoggedStatement &s : std::as_const(ran))
        QVERIFY2(!s.sql.contains(QLatin1String("service-0000")), qPrintable(s.sql));
    // Nothing is recorded once the log is gone.
    StatementLog later(m_f.db);
    QVERIFY(later.take().isEmpty());
}

void TestQueryPlan::theLogReadsAnyText()
{
    // A statement through SQLite's C API (SqliteStatement) is recorded as well as one of
    // Qt's; and text that looks like the trace's own lines (a quote, a new line, "F\t...")
    // is read whole, with its values kept apart from its SQL.
    const QString tricky = QStringLiteral("a\"\nF\t23\tQuery\t \"x\"\n\u00e9");
    StatementLog log(m_f.db);
    QVERIFY2(log.isRecording(), qPrintable(log.errorString()));
    {
        SqliteStatement q(m_f.db.connection(), "SELECT name FROM item WHERE name_key = ?");
        QVERIFY2(q.isValid(), qPrintable(q.errorString()));
        QVERIFY(q.bind(1, tricky));
        QVERIFY(!q.next() && !q.hasError());
    }
    QSqlQuery plain(m_f.db.connection());
    const QString literal =
        QStringLiteral("SELECT '%1' AS t").arg(QString(tricky).replace(QLatin1Char('\''), QStringLiteral("''")));
    QVERIFY2(plain.exec(literal), qPrintable(plain.lastError().text()));
    QVERIFY(plain.next());
    QCOMPARE(plain.value(0).toString(), tricky);
    plain.finish();
    const QVector<LoggedStatement> ran = log.take();
    QCOMPARE(ran.size(), 2);
    QCOMPARE(ran.at(0).sql, m_f.db.isServer() ? QStringLiteral("SELECT name FROM item WHERE name_key = $1")
                                              : QStringLiteral("SELECT name FROM item WHERE name_key = ?"));
    QVERIFY2(ran.at(0).values.contains(tricky), qPrintable(ran.at(0).values));
    QCOMPARE(ran.at(1).sql, literal);
    QVERIFY(ran.at(1).values.isEmpty());
}

void TestQueryPlan::theLogFollowsSnapshotReaders()
{
    // A scan on another thread reads through a connection of its own that sees what the
    // window's read transaction sees (SqliteSnapshotReader): the log records it too.
    if (m_f.db.isServer())
        QSKIP("SqliteSnapshotReader is SQLite's");
    sqlite3 *holder = SqliteStatement::handle(m_f.db.connection());
    QVERIFY(holder);
    StatementLog log(m_f.db);
    QVERIFY2(log.isRecording(), qPrintable(log.errorString()));
    QVERIFY(SqliteStatement(m_f.db.connection(), "BEGIN").exec());
    {
        SqliteStatement first(m_f.db.connection(), "SELECT count(*) FROM status_def");
        QVERIFY(first.next());
        QString error;
        const auto reader = SqliteSnapshotReader::open(holder, &error);
        QVERIFY2(reader, qPrintable(error));
        SqliteStatement q(reader->handle(), "SELECT name FROM item WHERE id = ?");
        QVERIFY(q.bind(1, qint64(1)));
        QVERIFY(q.next());
    }
    QVERIFY(SqliteStatement(m_f.db.connection(), "COMMIT").exec());
    const QVector<LoggedStatement> ran = log.take();
    const bool seen = std::any_of(ran.cbegin(), ran.cend(), [](const LoggedStatement &s) {
        return s.sql == QLatin1String("SELECT name FROM item WHERE id = ?") &&
               s.values == QLatin1String("SELECT name FROM item WHERE id = 1");
    });
    QVERIFY2(seen, qPrintable(QString::number(ran.size())));
    // The reader is closed: what runs after the log ended is not recorded anywhere.
    QVERIFY(log.take().isEmpty());
}

void TestQueryPlan::hotPathsReadByIndex_data()
{
    QTest::addColumn<int>("operation");
    for (int i = 0; i < operations().size(); ++i)
        QTest::newRow(qPrintable(operations().at(i).name)) << i;
}

void TestQueryPlan::hotPathsReadByIndex()
{
    QFETCH(int, operation);
    const Operation &op = operations().at(operation);
    QStringList problems;
    int statements = 0;
    QString error;
    QVERIFY2(check(op, &problems, &statements, &error), qPrintable(op.name + QStringLiteral(": ") + error));
    if (op.queries)
        QVERIFY2(statements > 0, qPrintable(op.name + QStringLiteral(": no statement was recorded")));
    if (qEnvironmentVariableIsSet("STEWARD_QUERYPLAN_VERBOSE"))
        qInfo("%s: %d statements explained", qPrintable(op.name), statements);
    if (expectedFullReads().contains(op.name)) {
        // What it reads whole, in the log, for whoever works on it.
        qInfo("%s", qPrintable(problems.join(QStringLiteral("\n"))));
        QEXPECT_FAIL("", qPrintable(expectedFullReads().value(op.name)), Continue);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void TestQueryPlan::aMissingIndexFails()
{
    // The check is not one that cannot fail: without item_parent, the impact of a host
    // (which reads the services on it) reads the whole item table, and it says so.
    if (!m_given.isEmpty())
        QSKIP("not on an inventory given by STEWARD_QUERYPLAN_INVENTORY (it drops an index)");
    QSqlQuery q(m_f.db.connection());
    QVERIFY2(q.exec(QStringLiteral("DROP INDEX item_parent")), qPrintable(q.lastError().text()));
    const auto restore = qScopeGuard([this] {
        QSqlQuery r(m_f.db.connection());
        if (!r.exec(QStringLiteral("CREATE INDEX item_parent ON item(parent_id)")))
            qWarning("item_parent was not made again: %s", qPrintable(r.lastError().text()));
    });
    // A new Store: none of its statements was prepared while the index was there.
    m_f.filter.reset();
    m_f.tree.reset();
    m_f.store = std::make_unique<Store>(m_f.db);
    const auto &ops = operations();
    const auto impact = std::find_if(ops.begin(), ops.end(),
                                     [](const Operation &o) { return o.name == QLatin1String("impact of a host"); });
    QVERIFY(impact != ops.end());
    QStringList problems;
    int statements = 0;
    QString error;
    QVERIFY2(check(*impact, &problems, &statements, &error), qPrintable(error));
    QVERIFY2(!problems.isEmpty(), "without item_parent, the impact of a host still reads by index");
    const QString text = problems.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("impact of a host")) && text.contains(QLatin1String("parent_id")),
             qPrintable(text));
    QVERIFY2(text.contains(m_f.db.backend() == Backend::SQLite ? QLatin1String("SCAN") : QLatin1String("Seq Scan")),
             qPrintable(text));
    qInfo("%s", qPrintable(text));
}

QTEST_GUILESS_MAIN(TestQueryPlan)
#include "tst_queryplan.moc"
