// Reports on the example inventory: each report's rows, the Excel and
// spreadsheet-safe options, progress and cancel, and QSaveFile's failure paths.

#include "ContactResolver.h"
#include "CsvWriter.h"
#include "Database.h"
#include "Reports.h"
#include "ServiceScan.h"
#include "Store.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <malloc.h>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace steward;
using steward::test::FileSnapshot;

namespace {

/**
 * The services report as its rules say, one service at a time through the store's
 * per-item reads and the resolver without preload: what the report's scans and
 * their C++ joins must give.
 */
QVector<QStringList> servicesOneByOne(Store &store)
{
    QVector<QStringList> rows;
    ContactResolver resolver(store);
    const QHash<qint64, QString> names = test::must(store.contactNames(test::readError()));
    ContactOrder order;
    order.setNames(names);
    for (const Item &s : test::must(store.services(test::readError()))) {
        const std::optional<Item> parent = test::must(store.item(s.parentId, test::readError()));
        const std::optional<Item> grand =
            parent->parentId ? std::make_optional(test::must(store.item(parent->parentId, test::readError())))
                             : std::nullopt;
        const QString host = parent && parent->kind == ItemKind::Host ? parent->name : QString();
        const QString provider = parent && parent->kind == ItemKind::Provider ? parent->name
                                 : grand && grand->kind == ItemKind::Provider ? grand->name
                                                                              : QString();
        QStringList owners, maintainers, others, fronts, escalation;
        // Those listed today, in the order of the lists (priority, role, name).
        QVector<Assignment> own = test::must(store.assignments(s.id, test::readError()));
        std::stable_sort(own.begin(), own.end(),
                         [&order](const Assignment &a, const Assignment &b) { return order.before(a, b); });
        for (const Assignment &a : std::as_const(own)) {
            if (!a.listedOn(store.today()))
                continue;
            (a.role == QLatin1String("owner")        ? owners
             : a.role == QLatin1String("maintainer") ? maintainers
                                                     : others)
                << names.value(a.contactId);
        }
        for (const Link &l : test::must(store.links(s.id, test::readError()))) {
            if (l.fromItem == s.id && l.type == keys::linkKind(LinkKind::FrontedBy))
                fronts << l.toName;
        }
        const QVector<ResolvedContact> resolved = test::must(resolver.resolve(s.id, test::readError()));
        for (const ResolvedContact &r : resolved) {
            if (r.role == QLatin1String("escalation"))
                escalation << r.contact.name;
        }
        // Every host it runs on (the first its parent), its aliases and tags, as the item has them.
        const Item full = test::must(store.item(s.id, test::readError()));
        QStringList hosts;
        if (!host.isEmpty())
            hosts << host;
        for (qint64 further : full.alsoOn)
            hosts << test::must(store.item(further, test::readError())).name;
        rows.append({s.name, s.url, s.status, provider, host, Reports::joinNames(owners),
                     Reports::joinNames(maintainers), Reports::joinNames(others), Reports::joinNames(fronts),
                     s.description, resolved.isEmpty() ? QString() : resolved.first().contact.name,
                     Reports::joinNames(escalation), s.sourceUrl, s.notes, Reports::joinNames(hosts),
                     Reports::joinNames(full.aliases), Reports::joinNames(full.tags)});
    }
    return rows;
}

/**
 * An inventory of awkward values: quotes, commas, CR and LF, leading = + - @ and
 * tab, characters outside the BMP, empty fields, custom roles and statuses,
 * inherited and inactive assignments, links; and text written past Qt as bytes that
 * are not well-formed UTF-8 (SQLite keeps them; reading them as UTF-16 replaces them).
 */
bool createHostile(const QString &path, QString *error, int serviceCount = 60)
{
    Database db;
    if (!db.create(path)) {
        *error = db.errorString();
        return false;
    }
    Store store(db);
    const QStringList hostile = {QStringLiteral("comma, here"),
                                 QStringLiteral("say \"hi\""),
                                 QStringLiteral("two\nlines"),
                                 QStringLiteral("cr\rlf\r\n"),
                                 QStringLiteral("=1+2"),
                                 QStringLiteral("+31 20"),
                                 QStringLiteral("-minus"),
                                 QStringLiteral("@at"),
                                 QStringLiteral("\ttab"),
                                 QString(),
                                 QStringLiteral("Zo\u00eb \u00c6r\u00f8 \U0001F600 \U0001D11E"),
                                 QStringLiteral("\u65e5\u672c")};
    const auto at = [&](int i) { return hostile.at(i % hostile.size()); };
    // The Store refuses control characters in names, statuses and URLs; an inventory
    // from before it did holds them, and the reports must read them. They are written
    // as characters of the private-use area (which case folding leaves alone), put
    // back with SQL once everything is made.
    const QVector<QPair<QChar, QChar>> stand = {
        {QChar(0xE000), QLatin1Char('\n')}, {QChar(0xE001), QLatin1Char('\r')}, {QChar(0xE002), QLatin1Char('\t')}};
    const auto single = [&](QString text) {
        for (const auto &[placeholder, control] : stand)
            text.replace(control, placeholder);
        return text;
    };
    const auto named = [&](int i, const QString &what) {
        // Names need text; these start and end with some.
        return single(what + QLatin1Char(' ') + QString(at(i)).replace(QLatin1Char('\t'), QLatin1Char('.')) +
                      QStringLiteral(" #%1").arg(i));
    };
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = QStringLiteral("Org, \"Hostile\"");
    if (!store.createItem(org, error))
        return false;
    QVector<qint64> contacts;
    for (int i = 0; i < 12; ++i) {
        Contact c;
        c.kind = i == 0 ? ContactKind::Team : ContactKind::Person;
        c.name = i == 4 ? QStringLiteral("=HYPERLINK(\"x\")") : named(i, QStringLiteral("contact"));
        c.notes = at(i + 1);
        if (!store.createContact(c, error))
            return false;
        contacts << c.id;
    }
    const auto assign = [&](qint64 item, int contact, const QString &role, Priority priority) {
        Assignment a;
        a.itemId = item;
        a.contactId = contacts.at(contact % contacts.size());
        a.role = role;
        a.priority = priority;
        return bool(store.addAssignment(a, error));
    };
    if (!assign(org.id, 0, QStringLiteral("escalation"), Priority::Primary) ||
        !assign(org.id, 1, QStringLiteral("escalation"), Priority::Secondary))
        return false;
    QVector<qint64> parents{org.id}, fronting, hostIds;
    for (int p = 0; p < 3; ++p) {
        Item provider;
        provider.kind = ItemKind::Provider;
        provider.parentId = org.id;
        provider.name = named(p + 1, QStringLiteral("provider"));
        if (!store.createItem(provider, error))
            return false;
        parents << provider.id;
        fronting << provider.id;
        if (p == 1 && !assign(provider.id, 2, QStringLiteral("maintainer"), Priority::Primary))
            return false;
        for (int h = 0; h < 2; ++h) {
            Item host;
            host.kind = ItemKind::Host;
            host.parentId = provider.id;
            host.name = named(p * 2 + h + 5, QStringLiteral("host"));
            host.status = h ? QStringLiteral("unreachable") : QStringLiteral("weird, status");
            if (!store.createItem(host, error))
                return false;
            parents << host.id;
            hostIds << host.id;
            if (h == 1 && !assign(host.id, 3 + p, QStringLiteral("contact"), Priority::Secondary))
                return false;
            if (p == 2 && h == 0) {
                Link link{0, host.id, fronting.first(), keys::linkKind(LinkKind::FrontedBy), {}, {}, {}};
                if (!store.addLink(link, error))
                    return false;
            }
        }
    }
    const QStringList roles = {QStringLiteral("owner"), QStringLiteral("maintainer"), QStringLiteral("escalation"),
                               QStringLiteral("on-call, \"nights\""), QStringLiteral("sponsor")};
    QVector<qint64> services;
    // One transaction (Store::write hands the work its error): thousands of services
    // are made in a moment, not a commit each.
    const auto makeServices = [&](QString *) {
        for (int i = 0; i < serviceCount; ++i) {
            Item s;
            s.kind = ItemKind::Service;
            s.parentId = parents.at(i % parents.size());
            // Some differ from each other in case only until their numbers (names are
            // unique within a kind, as name keys fold them): they sort as the keys do.
            s.name = i % 7 == 0   ? QStringLiteral("Same name %1").arg(i)
                     : i % 7 == 1 ? QStringLiteral("same NAME %1").arg(i)
                                  : named(i, QStringLiteral("svc"));
            s.status = i % 5 == 0 ? single(at(i)) : QStringLiteral("active");
            s.url = i % 3 ? QStringLiteral("https://example.org/?a=1,b=\"2\"&i=%1").arg(i) : QString();
            s.description = at(i + 3);
            s.sourceUrl = single(at(i + 6));
            s.notes = at(i + 9);
            // Some on further hosts (not in id order), some known by other names, some tagged.
            if (hostIds.contains(s.parentId) && i % 3 == 0) {
                for (int k = 0; k < 1 + i % 2; ++k)
                    s.alsoOn << hostIds.at((hostIds.indexOf(s.parentId) + hostIds.size() - 1 - k) % hostIds.size());
            }
            if (i % 4 == 2)
                s.aliases = {QStringLiteral("alias \"%1\", =x").arg(i), QStringLiteral("@\u65e5 %1").arg(i)};
            if (i % 2 == 0)
                s.tags = {QStringLiteral("env=prod, \"eu\""), QStringLiteral("+%1").arg(i % 3)};
            if (!store.createItem(s, error))
                return false;
            services << s.id;
            for (int k = 0; k < i % 5; ++k) {
                const Priority priority = static_cast<Priority>((i + k) % 4); // some inactive
                if (!assign(s.id, i + 3 * k, roles.at((i + k) % roles.size()), priority))
                    return false;
            }
            if (i % 6 == 0 && !assign(s.id, i, roles.at((i + 1) % roles.size()), Priority::Tertiary))
                return false; // the first contact again, in another role
            for (int f = 0; f < (i % 4 == 0 ? 2 : i % 4 == 1 ? 1 : 0); ++f) {
                Link link{0,  s.id, fronting.at((i + f) % fronting.size()), keys::linkKind(LinkKind::FrontedBy), {},
                          {}, {}};
                if (!store.addLink(link, error))
                    return false;
            }
        }
        return true;
    };
    if (!store.write(makeServices, error))
        return false;
    {
        QSqlQuery put(db.connection());
        for (const auto &[table, column] :
             {std::pair{"item", "name"}, std::pair{"item", "name_key"}, std::pair{"item", "status"},
              std::pair{"service", "source_url"}, std::pair{"contact", "name"}, std::pair{"contact", "name_key"}}) {
            // Table and column names are the test's own, never user text.
            if (!put.prepare(QStringLiteral("UPDATE %1 SET %2 = replace(replace(replace(%2, ?, ?), ?, ?), ?, ?)")
                                 .arg(QLatin1String(table), QLatin1String(column)))) {
                *error = put.lastError().text();
                return false;
            }
            for (const auto &[placeholder, control] : stand) {
                put.addBindValue(QString(placeholder));
                put.addBindValue(QString(control));
            }
            if (!put.exec()) {
                *error = put.lastError().text();
                return false;
            }
        }
    }
    // PostgreSQL refuses text that is not UTF-8: what follows cannot be in a database there.
    if (db.isServer())
        return true;
    // Bytes Qt would never write: cut short, a surrogate, an overlong form, beyond
    // U+10FFFF, U+FFFE, and a NUL; and well-formed ones beside them.
    QSqlQuery q(db.connection());
    const QStringList bytes = {QStringLiteral("X'61C3'"),         QStringLiteral("X'EDA08062'"),
                               QStringLiteral("X'C0AF2C22'"),     QStringLiteral("X'F4908080'"),
                               QStringLiteral("X'EFBFBE0A'"),     QStringLiteral("X'6100622C'"),
                               QStringLiteral("X'F09F98800D0A'"), QStringLiteral("X'E0A080'")};
    for (int i = 0; i < bytes.size(); ++i) {
        const QString column = QStringList{QStringLiteral("description"), QStringLiteral("notes")}.at(i % 2);
        if (!q.exec(QStringLiteral("UPDATE item SET %1 = CAST(%2 AS TEXT) WHERE id = %3")
                        .arg(column, bytes.at(i))
                        .arg(services.at(i * 3))) ||
            !q.exec(QStringLiteral("UPDATE service SET url = CAST(%1 AS TEXT) WHERE item_id = %2")
                        .arg(bytes.at(i))
                        .arg(services.at(i * 5 + 1)))) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("UPDATE contact SET name = CAST(X'4E616D65EDBFBF' AS TEXT) WHERE id = %1")
                    .arg(contacts.at(5)))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QVector<QStringList> rows(ReportKind kind, const QVector<qint64> &selection = {})
    {
        Reports reports(*m_store);
        reports.setSelection(selection);
        QVector<QStringList> result;
        if (!reports.rows(kind, &result))
            qWarning("%s", qPrintable(reports.errorString()));
        for (const QStringList &row : std::as_const(result)) {
            if (row.size() != Reports::header(kind).size())
                qWarning("row of the wrong width");
        }
        return result;
    }
    QStringList row(ReportKind kind, int column, const QString &value)
    {
        for (const QStringList &r : rows(kind)) {
            if (r.value(column) == value)
                return r;
        }
        return {};
    }
    qint64 id(const QString &name) { return test::must(m_store->findItemsByName(name, test::readError())).value(0).id; }

private Q_SLOTS:
    void initTestCase();
    void keys();
    void services();
    void servicesMatchTheRowByRowAnswer_data();
    void servicesMatchTheRowByRowAnswer();
    void servicesStreamAtBoundedMemory();
    void hosts();
    void providers();
    void contacts();
    void assignments();
    void gaps();
    void hostGapsListTheServicesOnTheHost();
    void graphGaps();
    void impactReport();
    void selection();
    void excelAndSafe();
    void progressAndCancel();
    void saveFailures();
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = test::scratchInventory(m_dir, QStringLiteral("psf"));
    QVERIFY2(test::createExample(path, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path));
    m_store = std::make_unique<Store>(*m_db);
    // A service on the unreachable ximinez, for the gaps.
    Item s;
    s.kind = ItemKind::Service;
    s.name = QStringLiteral("old.python.org");
    s.parentId = id(QStringLiteral("ximinez"));
    QVERIFY2(m_store->createItem(s, &error), qPrintable(error));
}

void TestReports::keys()
{
    for (ReportKind kind : Reports::all()) {
        ReportKind back = ReportKind::Services;
        QVERIFY(Reports::fromKey(Reports::key(kind), &back));
        QCOMPARE(back, kind);
        QVERIFY(!Reports::title(kind).isEmpty());
        QVERIFY(!Reports::header(kind).isEmpty());
    }
    ReportKind k;
    QVERIFY(!Reports::fromKey(QStringLiteral("nope"), &k));
}

void TestReports::services()
{
    const QVector<QStringList> all = rows(ReportKind::Services);
    QCOMPARE(all.size(), 16);
    const QStringList header = Reports::header(ReportKind::Services);
    const QStringList pypi = row(ReportKind::Services, 0, QStringLiteral("PyPI"));
    // Maintainers of one priority by name: Donald before Ernest, whatever the order assigned.
    QCOMPARE(pypi.at(header.indexOf(QStringLiteral("primary_contact"))), QStringLiteral("Donald Stufft"));
    QCOMPARE(pypi.at(header.indexOf(QStringLiteral("escalation"))),
             QStringLiteral("infrastructure-staff@python.org; #python-infra"));
    // Rows by name, case-insensitively.
    QStringList names;
    for (const QStringList &r : all)
        names << r.first().toCaseFolded();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
}

void TestReports::servicesMatchTheRowByRowAnswer_data()
{
    QTest::addColumn<bool>("hostile");
    QTest::addColumn<int>("services");
    QTest::newRow("example") << false << 0;
    QTest::newRow("hostile") << true << 60;
    // More services than one batch of Store::forEachService (ServiceScan::kBatchRows).
    QTest::newRow("hostile, two batches") << true << 4200;
}

void TestReports::servicesMatchTheRowByRowAnswer()
{
    // The report reads four flat scans through SQLite's C API and joins them in C++,
    // with text kept as UTF-8 from the file to the CSV: it must say what the slow,
    // one-service-at-a-time reading says, and write the bytes CsvWriter writes for it.
    QFETCH(bool, hostile);
    QFETCH(int, services);
    std::unique_ptr<Database> own;
    Store *store = m_store.get();
    std::unique_ptr<Store> ownStore;
    if (hostile) {
        const QString path = test::scratchInventory(m_dir, QStringLiteral("hostile%1").arg(services));
        QString error;
        if (!QFile::exists(path))
            QVERIFY2(createHostile(path, &error, services), qPrintable(error));
        own = std::make_unique<Database>();
        QVERIFY(own->open(path));
        ownStore = std::make_unique<Store>(*own);
        store = ownStore.get();
    }
    const QVector<QStringList> expected = servicesOneByOne(*store);
    QVERIFY(expected.size() >= 5);
    // The report reads services in table order and sorts them itself: the inventories
    // here were not made in name order, so that sort is what is tested.
    QVector<qint64> idsByName;
    for (const Item &service : test::must(store->services(test::readError())))
        idsByName.append(service.id);
    QVERIFY(!std::is_sorted(idsByName.cbegin(), idsByName.cend()));
    Reports reports(*store);
    QVector<QStringList> actual;
    QVERIFY2(reports.rows(ReportKind::Services, &actual), qPrintable(reports.errorString()));
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    // On SQLite the links and assignments were read on a second connection, on another
    // thread (SqliteSnapshotReader). Inside a write they are read on this one, which
    // alone sees what the write has not committed: the same answer, with the change.
    {
        QVector<QStringList> before, inWrite;
        Item first;
        for (const Item &service : test::must(store->services(test::readError()))) {
            if (!test::must(store->assignments(service.id, test::readError())).isEmpty()) {
                first = service;
                break;
            }
        }
        QVERIFY(first.id > 0);
        const bool kept = store->write(
            [&](QString *err) {
                Item changed = first;
                changed.description = QStringLiteral("changed, not committed");
                if (!store->updateItem(changed, err) ||
                    !store->removeAssignment(test::must(store->assignments(first.id, test::readError())).first().id,
                                             err))
                    return false;
                before = servicesOneByOne(*store);
                if (!reports.rows(ReportKind::Services, &inWrite))
                    *err = reports.errorString();
                return false; // rolled back
            },
            nullptr);
        QVERIFY(!kept);
        QVERIFY(before != expected);
        QCOMPARE(inWrite, before);
        QCOMPARE(servicesOneByOne(*store), expected);
    }
    if (hostile) {
        // The hostile file has what the test means it to have.
        const auto has = [&](int column, auto &&test) {
            return std::any_of(actual.cbegin(), actual.cend(),
                               [&](const QStringList &r) { return test(r.at(column)); });
        };
        QVERIFY(own->isServer() || has(9, [](const QString &v) { return v.contains(QChar::ReplacementCharacter); }));
        QVERIFY(has(8, [](const QString &v) { return v.contains(QLatin1String("; ")); }));
        QVERIFY(has(7, [](const QString &v) { return v.contains(QLatin1String("; ")); }));
        QVERIFY(has(3, [](const QString &v) { return !v.isEmpty(); }));
        QVERIFY(has(4, [](const QString &v) { return v.isEmpty(); }));
        QVERIFY(has(11, [](const QString &v) { return v.contains(QLatin1String("; ")); }));
        QVERIFY(has(9, [](const QString &v) { return v.startsWith(QLatin1Char('=')); }));
        QVERIFY(has(13, [](const QString &v) { return v.isEmpty(); }));
    }
    for (const bool excel : {false, true}) {
        CsvOptions options;
        options.excel = excel;
        options.formulaGuard = excel;
        QBuffer wanted;
        wanted.open(QIODevice::WriteOnly);
        CsvWriter writer(&wanted, options);
        QVERIFY(writer.writeRow(Reports::header(ReportKind::Services)));
        for (const QStringList &row : expected)
            QVERIFY(writer.writeRow(row));
        QBuffer written;
        written.open(QIODevice::WriteOnly);
        QVERIFY2(reports.writeCsv(ReportKind::Services, &written, options), qPrintable(reports.errorString()));
        QCOMPARE(written.data(), wanted.data());
    }
    // Progress counts every row, and a cancel stops the report.
    qint64 last = -1;
    reports.setProgressHandler([&](qint64 done, qint64) { last = done; });
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(reports.writeCsv(ReportKind::Services, &out, CsvOptions()));
    QCOMPARE(last, expected.size());
    std::atomic_bool cancel{false};
    reports.setCancelFlag(&cancel);
    reports.setProgressHandler([&](qint64 done, qint64) {
        if (done < expected.size())
            cancel = true;
    });
    QBuffer canceled;
    canceled.open(QIODevice::WriteOnly);
    const bool finished = reports.writeCsv(ReportKind::Services, &canceled, CsvOptions());
    // Progress comes every 1024 rows: fewer rows finish before the first.
    QCOMPARE(finished, expected.size() < 1024);
    QCOMPARE(reports.wasCanceled(), !finished);
    if (!finished)
        QCOMPARE(reports.errorString(), QStringLiteral("Canceled."));
}

namespace {

/// Bytes the heap holds now (every arena, and blocks mapped on their own).
qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks + m.hblkhd);
}

/// A device that keeps nothing: it counts what is written, and the most the heap held
/// at any write.
class HeapWatchingSink final : public QIODevice
{
public:
    qint64 written = 0;
    qint64 peakHeap = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        written += size;
        peakHeap = std::max(peakHeap, heapInUse());
        return size;
    }
};

} // namespace

void TestReports::servicesStreamAtBoundedMemory()
{
    // The services report holds a few batches of services at a time, never the whole
    // inventory: with batches of 100 services, 4,000 services of 8 KB each (32 MB of
    // text) are written while the heap grows by a fraction of that, every row in order
    // and whole. Reading every service before writing the first row fails here.
    const int count = 4000;
    const int batch = 100;
    const QString path = test::scratchInventory(m_dir, QStringLiteral("stream"));
    Database db;
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    Store store(db);
    Item org;
    org.kind = ItemKind::Organisation;
    org.name = QStringLiteral("Stream");
    QVERIFY(store.createItem(org, test::readError()));
    const QString big(8192, QLatin1Char('d'));
    {
        // Written by SQL: 4,000 services through the store would take longer than the test.
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO item (kind, name, name_key, parent_id, description)"
            " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST(? AS INTEGER))"
            " SELECT 'service', 'stream ' || CAST(i AS TEXT), 'stream ' || CAST(i AS TEXT), CAST(? AS INTEGER),"
            " CAST(? AS TEXT) || CAST(i AS TEXT) FROM n")));
        q.addBindValue(count);
        q.addBindValue(org.id);
        q.addBindValue(big);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO service (item_id, url) SELECT id, 'https://stream.example/' ||"
                                       " CAST(id AS TEXT) FROM item WHERE kind = 'service'")),
                 qPrintable(q.lastError().text()));
    }
    ServiceScan::setBatchRows(batch);
    const auto restore = qScopeGuard([] { ServiceScan::setBatchRows(0); });
    const qint64 text = qint64(count) * big.size();
    const qint64 allowed = text / 4; // 8 MB: a few batches, buffers and caches

    // Row by row: every row, in name order, whole.
    Reports reports(store);
    qint64 rows = 0, peak = 0;
    QString previous;
    bool ordered = true, whole = true;
    const qint64 before = heapInUse();
    QVERIFY2(reports.run(ReportKind::Services,
                         [&](const QStringList &row) {
                             ++rows;
                             peak = std::max(peak, heapInUse());
                             ordered = ordered && previous < row.at(0);
                             previous = row.at(0);
                             whole = whole && row.at(9) == big + row.at(0).mid(7);
                             return true;
                         }),
             qPrintable(reports.errorString()));
    QCOMPARE(rows, count);
    QVERIFY(ordered);
    QVERIFY(whole);
    QVERIFY2(peak - before < allowed,
             qPrintable(QStringLiteral("the heap grew by %1 bytes for %2 bytes of text").arg(peak - before).arg(text)));
    // At most the batches in flight and the one visited (one at a time where the
    // batches are read between the visits).
    QVERIFY(ServiceScan::peakServicesHeld() > 0);
    QVERIFY(ServiceScan::peakServicesHeld() <= qsizetype(batch) * (ServiceScan::kBatchesInFlight + 1));

    // The CSV the command line writes: the same, to a device that keeps nothing.
    HeapWatchingSink sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    const qint64 beforeCsv = heapInUse();
    QVERIFY2(reports.writeCsv(ReportKind::Services, &sink, CsvOptions()), qPrintable(reports.errorString()));
    QVERIFY(sink.written > text);
    QVERIFY2(sink.peakHeap - beforeCsv < allowed,
             qPrintable(QStringLiteral("the heap grew by %1 bytes for %2 bytes of CSV")
                            .arg(sink.peakHeap - beforeCsv)
                            .arg(sink.written)));
}

void TestReports::hosts()
{
    const QVector<QStringList> all = rows(ReportKind::Hosts);
    QCOMPARE(all.size(), 12);
    // By provider.
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).first().toCaseFolded() <= all.at(i).first().toCaseFolded());
    const QStringList dinsdale = row(ReportKind::Hosts, 1, QStringLiteral("dinsdale"));
    QCOMPARE(dinsdale.at(0), QStringLiteral("XS4ALL"));
    QCOMPARE(dinsdale.at(2), QStringLiteral("physical"));
    QVERIFY(dinsdale.at(5).contains(QStringLiteral("planet.python.org")));
    QCOMPARE(row(ReportKind::Hosts, 1, QStringLiteral("ximinez")).at(4), QStringLiteral("unreachable"));
}

void TestReports::providers()
{
    const QStringList header = Reports::header(ReportKind::Providers);
    QCOMPARE(rows(ReportKind::Providers).size(), 7);
    const QStringList osuosl = row(ReportKind::Providers, 0, QStringLiteral("OSUOSL"));
    QCOMPARE(osuosl.at(header.indexOf(QStringLiteral("config_tool"))), QStringLiteral("Chef"));
    QCOMPARE(osuosl.at(header.indexOf(QStringLiteral("config_repo"))),
             QStringLiteral("https://github.com/python/psf-chef"));
    QVERIFY(osuosl.at(header.indexOf(QStringLiteral("hosts"))).toInt() >= 4);
    QCOMPARE(row(ReportKind::Providers, 0, QStringLiteral("Fastly")).at(1), QStringLiteral("cdn"));
}

void TestReports::contacts()
{
    const QStringList header = Reports::header(ReportKind::Contacts);
    const QStringList team = row(ReportKind::Contacts, 0, QStringLiteral("Infrastructure team"));
    QCOMPARE(team.at(1), QStringLiteral("team"));
    QVERIFY(team.at(header.indexOf(QStringLiteral("addresses")))
                .startsWith(QStringLiteral("email: infrastructure-staff@python.org | the best way")));
    QVERIFY(team.at(header.indexOf(QStringLiteral("members"))).startsWith(QStringLiteral("lead: Noah Kantrowitz\n")));
    QVERIFY(team.at(header.indexOf(QStringLiteral("members")))
                .endsWith(QStringLiteral("member: Alex Gaynor | has no responsibilities")));
    const QStringList georg = row(ReportKind::Contacts, 0, QStringLiteral("Georg Brandl"));
    QCOMPARE(georg.at(header.indexOf(QStringLiteral("owns"))), QStringLiteral("docs.python.org; hg.python.org"));
    const QStringList list = row(ReportKind::Contacts, 0, QStringLiteral("infrastructure-staff@python.org"));
    QCOMPARE(list.at(header.indexOf(QStringLiteral("team"))), QStringLiteral("Infrastructure team"));
    // The address cell parses back to what it was made from.
    QVector<Address> addresses;
    QString error;
    QVERIFY(Reports::parseAddresses(team.at(3), &addresses, &error));
    QCOMPARE(addresses.size(), 2);
    QCOMPARE(addresses.at(1).kind, AddressKind::Irc);
    QCOMPARE(addresses.at(1).label, QStringLiteral("#python-infra on Freenode"));
    QCOMPARE(Reports::formatAddresses(addresses), team.at(3));
}

void TestReports::assignments()
{
    const QVector<QStringList> all = rows(ReportKind::Assignments);
    QCOMPARE(all.size(), 20);
    QCOMPARE(all.first().at(1), QStringLiteral("organisation"));
    QCOMPARE(all.first().at(3), QStringLiteral("escalation"));
    QVERIFY(all.contains(QStringList{QStringLiteral("docs.python.org"), QStringLiteral("service"),
                                     QStringLiteral("Benjamin Peterson"), QStringLiteral("owner"),
                                     QStringLiteral("primary"), QString(), QString(), QString()}));
}

void TestReports::gaps()
{
    const QVector<QStringList> all = rows(ReportKind::Gaps);
    const auto has = [&](const char *gap, const char *item) {
        for (const QStringList &r : all) {
            if (r.at(0) == QLatin1String(gap) && r.at(1) == QString::fromUtf8(item))
                return true;
        }
        return false;
    };
    QVERIFY(has("escalation-only", "planet.python.org"));
    QVERIFY(!has("escalation-only", "docs.python.org"));
    QVERIFY(has("single-owner", "wiki.python.org"));
    QVERIFY(!has("single-owner", "docs.python.org"));
    QVERIFY(has("host-unreachable", "old.python.org"));
    // All of a service's assignments inactive.
    QString error;
    Item s;
    s.kind = ItemKind::Service;
    s.name = QStringLiteral("forgotten.python.org");
    s.parentId = test::must(m_store->organisationId(test::readError()));
    QVERIFY(m_store->createItem(s, &error));
    Assignment a;
    a.itemId = s.id;
    a.contactId = test::must(m_store->findContactsByName(QStringLiteral("Georg Brandl"), test::readError())).first().id;
    a.priority = Priority::Inactive;
    QVERIFY(m_store->addAssignment(a, &error));
    bool found = false;
    for (const QStringList &r : rows(ReportKind::Gaps))
        found = found || (r.at(0) == QLatin1String("inactive-only") && r.at(1) == s.name &&
                          r.at(3).contains(QStringLiteral("Georg Brandl (owner)")));
    QVERIFY(found);
    QVERIFY(m_store->deleteItem(s.id, &error));
}

void TestReports::hostGapsListTheServicesOnTheHost()
{
    // An inventory of its own, where host-needs-move applies (services on a host to be
    // moved) and where it does not (a service itself to be moved on a sound host, a
    // service with no host, a host to be moved with nothing on it).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = test::scratchInventory(dir, QStringLiteral("moving"));
    Database db;
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    Store store(db);
    QString error;
    const auto add = [&](ItemKind kind, const QString &name, qint64 parent, const QString &status) {
        Item item;
        item.kind = kind;
        item.name = name;
        item.parentId = parent;
        item.status = status;
        if (!store.createItem(item, &error))
            qWarning("%s: %s", qPrintable(name), qPrintable(error));
        return item.id;
    };
    const QString active = QStringLiteral("active");
    const QString needsMove = QStringLiteral("needs-move");
    const qint64 org = add(ItemKind::Organisation, QStringLiteral("Acme"), 0, active);
    QVERIFY(org > 0);
    const qint64 provider = add(ItemKind::Provider, QStringLiteral("Hetzner"), org, active);
    const qint64 moving = add(ItemKind::Host, QStringLiteral("old-box"), provider, needsMove);
    const qint64 dead = add(ItemKind::Host, QStringLiteral("dead-box"), provider, QStringLiteral("unreachable"));
    const qint64 fine = add(ItemKind::Host, QStringLiteral("fine-box"), provider, active);
    add(ItemKind::Host, QStringLiteral("empty-box"), provider, needsMove);
    add(ItemKind::Service, QStringLiteral("Wiki"), moving, active);
    add(ItemKind::Service, QStringLiteral("blog"), moving, QStringLiteral("legacy"));
    add(ItemKind::Service, QStringLiteral("Tracker"), dead, active);
    add(ItemKind::Service, QStringLiteral("Mail"), fine, needsMove);
    add(ItemKind::Service, QStringLiteral("Status page"), provider, needsMove);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(test::must(store.countItems(ItemKind::Service, test::readError())), 5);

    Reports reports(store);
    QVector<QStringList> all;
    QVERIFY2(reports.rows(ReportKind::Gaps, &all), qPrintable(reports.errorString()));
    QVector<QStringList> hostGaps;
    for (const QStringList &row : std::as_const(all)) {
        if (row.value(0).startsWith(QLatin1String("host-")))
            hostGaps << row;
    }
    const QString runsOn = QStringLiteral("runs on %1 (%2)");
    const QVector<QStringList> expected = {
        {QStringLiteral("host-unreachable"), QStringLiteral("Tracker"), QStringLiteral("service"),
         runsOn.arg(QStringLiteral("dead-box"), QStringLiteral("unreachable"))},
        {QStringLiteral("host-needs-move"), QStringLiteral("blog"), QStringLiteral("service"),
         runsOn.arg(QStringLiteral("old-box"), QStringLiteral("needs to be moved"))},
        {QStringLiteral("host-needs-move"), QStringLiteral("Wiki"), QStringLiteral("service"),
         runsOn.arg(QStringLiteral("old-box"), QStringLiteral("needs to be moved"))},
    };
    QCOMPARE(hostGaps, expected);

    // Moved: the host is sound again, and its services leave the report.
    Item host = test::must(store.item(moving, test::readError()));
    host.status = active;
    QVERIFY2(store.updateItem(host, &error), qPrintable(error));
    QVERIFY2(reports.rows(ReportKind::Gaps, &all), qPrintable(reports.errorString()));
    hostGaps.clear();
    for (const QStringList &row : std::as_const(all)) {
        if (row.value(0).startsWith(QLatin1String("host-")))
            hostGaps << row;
    }
    QCOMPARE(hostGaps, expected.mid(0, 1));
}

void TestReports::selection()
{
    const QVector<QStringList> all =
        rows(ReportKind::Selection, {id(QStringLiteral("docs.python.org")), id(QStringLiteral("hg.python.org"))});
    // Georg Brandl owns both: listed once, with both items.
    int georg = 0;
    for (const QStringList &r : all) {
        if (r.first() == QLatin1String("Georg Brandl")) {
            ++georg;
            QCOMPARE(r.at(3), QStringLiteral("docs.python.org; hg.python.org"));
            QCOMPARE(r.at(4), QStringLiteral("owner of docs.python.org; owner of hg.python.org"));
        }
    }
    QCOMPARE(georg, 1);
    QCOMPARE(all.first().first(), QStringLiteral("Benjamin Peterson"));
    const QStringList escalation = all.at(2);
    QCOMPARE(escalation.first(), QStringLiteral("infrastructure-staff@python.org"));
    QCOMPARE(escalation.at(2), QStringLiteral("mailto:infrastructure-staff@python.org"));
    QCOMPARE(escalation.at(4), QStringLiteral("escalation: Infrastructure team"));
}

void TestReports::excelAndSafe()
{
    QString error;
    Contact sneaky;
    sneaky.name = QStringLiteral("=cmd|' /C calc'!A0");
    QVERIFY(m_store->createContact(sneaky, &error));
    const auto csv = [&](const CsvOptions &options) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Reports reports(*m_store);
        reports.writeCsv(ReportKind::Contacts, &buffer, options);
        return buffer.data();
    };
    CsvOptions raw;
    const QByteArray plain = csv(raw);
    QVERIFY(plain.startsWith("name,kind,"));
    QVERIFY(plain.contains("\r\n=cmd|' /C calc'!A0,person,"));
    CsvOptions safe;
    safe.formulaGuard = true;
    QVERIFY(csv(safe).contains("\r\n'=cmd|' /C calc'!A0,person,"));
    CsvOptions excel;
    excel.excel = true;
    const QByteArray withBom = csv(excel);
    QVERIFY(withBom.startsWith("\xEF\xBB\xBF"
                               "name,kind,"));
    QCOMPARE(withBom.mid(3), plain);
    QVERIFY(m_store->deleteContact(sneaky.id, &error));
}

void TestReports::progressAndCancel()
{
    Reports reports(*m_store);
    qint64 last = -1, total = -1;
    reports.setProgressHandler([&](qint64 done, qint64 all) {
        last = done;
        total = all;
    });
    QVector<QStringList> out;
    QVERIFY(reports.rows(ReportKind::Services, &out));
    QCOMPARE(last, out.size());
    QCOMPARE(total, out.size());

    std::atomic_bool cancel{false};
    reports.setCancelFlag(&cancel);
    int seen = 0;
    QVERIFY(!reports.run(ReportKind::Services, [&](const QStringList &) {
        if (++seen == 3)
            cancel = true;
        return true;
    }));
    QVERIFY(reports.wasCanceled());
    QCOMPARE(seen, 3);
    // A sink that says stop.
    cancel = false;
    QVERIFY(!reports.run(ReportKind::Hosts, [](const QStringList &) { return false; }));
    QVERIFY(!reports.wasCanceled());
}

void TestReports::saveFailures()
{
    Reports reports(*m_store);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("services.csv"));
    QVERIFY2(reports.saveCsv(ReportKind::Services, good, CsvOptions()), qPrintable(reports.errorString()));
    const FileSnapshot before = FileSnapshot::of(good);
    QVERIFY(before.bytes.startsWith("name,url,"));

    // The parent is a file: nothing can be created there.
    QVERIFY(!reports.saveCsv(ReportKind::Services, good + QStringLiteral("/x.csv"), CsvOptions()));
    QVERIFY2(reports.errorString().startsWith(QStringLiteral("Cannot write ")), qPrintable(reports.errorString()));

    // A disk that fills up while writing (a file size limit): the old file stays whole.
    {
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool ok = reports.saveCsv(ReportKind::Contacts, good, CsvOptions());
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!ok);
        QVERIFY2(reports.errorString().contains(good), qPrintable(reports.errorString()));
        QVERIFY(FileSnapshot::of(good) == before);
        QCOMPARE(test::folderEntries(dir.path()), QStringList{QStringLiteral("services.csv")});
    }

    // A device that is full: written directly (QSaveFile would replace the device
    // node with a file), and the failure reported. As root, a private copy of
    // /dev/full, so that a mistake cannot replace the real one.
    QString full = QStringLiteral("/dev/full");
    if (geteuid() == 0) {
        full = dir.filePath(QStringLiteral("full"));
        QCOMPARE(mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)), 0);
    }
    QVERIFY(!reports.saveCsv(ReportKind::Services, full, CsvOptions()));
    QVERIFY2(reports.errorString().contains(QStringLiteral("No space left")), qPrintable(reports.errorString()));
    QVERIFY(!QFileInfo(full).isFile());

    // A read-only folder: the old file stays as it was, no partial file is left, and
    // the error names the file. Root may write into any folder; as root, the export
    // runs with the file-system user of "nobody" (setfsuid: this thread only, where
    // the export opens its file, and root's file capabilities are off meanwhile), to
    // whom the folder is read-only as it is to its owner.
    QTemporaryDir locked;
    const QString inLocked = locked.filePath(QStringLiteral("r.csv"));
    QVERIFY(reports.saveCsv(ReportKind::Hosts, inLocked, CsvOptions()));
    const FileSnapshot lockedBefore = FileSnapshot::of(inLocked);
    const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(locked.path(), readOnly));
    const auto unlock = qScopeGuard([&] {
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    bool wrote = true;
    if (geteuid() == 0) {
        constexpr uid_t nobody = 65534;
        setfsuid(nobody);
        const auto asRootAgain = qScopeGuard([] { setfsuid(0); });
        // setfsuid with an invalid id changes nothing and says what it is.
        QCOMPARE(static_cast<uid_t>(setfsuid(static_cast<uid_t>(-1))), nobody);
        wrote = reports.saveCsv(ReportKind::Services, inLocked, CsvOptions());
    } else {
        wrote = reports.saveCsv(ReportKind::Services, inLocked, CsvOptions());
    }
    QVERIFY(!wrote);
    QVERIFY2(reports.errorString().startsWith(QStringLiteral("Cannot write ")) &&
                 reports.errorString().contains(QStringLiteral("r.csv")),
             qPrintable(reports.errorString()));
    QVERIFY(FileSnapshot::of(inLocked) == lockedBefore);
    QCOMPARE(test::folderEntries(locked.path()), QStringList{QStringLiteral("r.csv")});
}

void TestReports::graphGaps()
{
    // An inventory of its own: a service in the organisation, dependencies on something
    // down and retired (a link, a further host, a status of one's own), a cycle, and a
    // backup link to a retired box.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY2(db.create(test::scratchInventory(dir, QStringLiteral("graph"))), qPrintable(db.errorString()));
    Store store(db);
    QString error;
    QVERIFY2(store.defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, &error),
             qPrintable(error));
    QVERIFY2(store.defineStatus({QStringLiteral("decommissioned"), StatusCategory::Retired, false}, &error),
             qPrintable(error));
    const auto add = [&](ItemKind kind, const QString &name, qint64 parent, const QString &status,
                         const QVector<qint64> &alsoOn = {}) {
        Item item;
        item.kind = kind;
        item.name = name;
        item.parentId = parent;
        item.status = status;
        item.alsoOn = alsoOn;
        if (!store.createItem(item, &error))
            qWarning("%s: %s", qPrintable(name), qPrintable(error));
        return item.id;
    };
    const auto link = [&](qint64 from, qint64 to, const QString &type) {
        Link l;
        l.fromItem = from;
        l.toItem = to;
        l.type = type;
        if (!store.addLink(l, &error))
            qWarning("%s: %s", qPrintable(type), qPrintable(error));
    };
    const QString active = QStringLiteral("active");
    const qint64 org = add(ItemKind::Organisation, QStringLiteral("Acme"), 0, active);
    const qint64 provider = add(ItemKind::Provider, QStringLiteral("Hetzner"), org, active);
    const qint64 web1 = add(ItemKind::Host, QStringLiteral("web-1"), provider, active);
    const qint64 web2 = add(ItemKind::Host, QStringLiteral("web-2"), provider, QStringLiteral("unreachable"));
    const qint64 tape = add(ItemKind::Host, QStringLiteral("tape"), provider, QStringLiteral("decommissioned"));
    const qint64 db1 = add(ItemKind::Host, QStringLiteral("db-1"), provider, QStringLiteral("read-only"));
    const qint64 shop = add(ItemKind::Service, QStringLiteral("shop"), web1, active, {web2});
    const qint64 pg = add(ItemKind::Service, QStringLiteral("postgres"), db1, QStringLiteral("retired"));
    const qint64 api = add(ItemKind::Service, QStringLiteral("api"), web1, active);
    const qint64 auth = add(ItemKind::Service, QStringLiteral("auth"), web1, active);
    add(ItemKind::Service, QStringLiteral("status page"), org, active);
    link(shop, pg, QStringLiteral("depends_on"));
    link(shop, tape, QStringLiteral("backed_up_to"));
    link(api, auth, QStringLiteral("depends_on"));
    link(auth, api, QStringLiteral("depends_on"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Reports reports(store);
    QVector<QStringList> all;
    QVERIFY2(reports.rows(ReportKind::Gaps, &all), qPrintable(reports.errorString()));
    QVector<QStringList> graph;
    for (const QStringList &row : std::as_const(all)) {
        for (const char *key :
             {"no-placement", "dependency-down", "dependency-retired", "dependency-cycle", "link-to-retired"}) {
            if (row.value(0) == QLatin1String(key))
                graph << row;
        }
    }
    const QString service = QStringLiteral("service");
    const QVector<QStringList> expected = {
        {QStringLiteral("no-placement"), QStringLiteral("status page"), service,
         QStringLiteral("runs on no host or provider")},
        {QStringLiteral("dependency-down"), QStringLiteral("shop"), service,
         QStringLiteral("runs on web-2 (unreachable)")},
        {QStringLiteral("dependency-retired"), QStringLiteral("shop"), service,
         QStringLiteral("depends on postgres (retired)")},
        {QStringLiteral("dependency-cycle"), QStringLiteral("api"), service,
         QStringLiteral("api → depends on auth → depends on api")},
        {QStringLiteral("link-to-retired"), QStringLiteral("shop"), service,
         QStringLiteral("backed up to tape (decommissioned)")},
    };
    QCOMPARE(graph, expected);
    // The database host is read-only, a status of one's own that is degraded: no gap.
    for (const QStringList &row : std::as_const(all))
        QVERIFY2(!row.value(3).contains(QStringLiteral("db-1")), qPrintable(row.join(QLatin1Char('|'))));
}

void TestReports::impactReport()
{
    // What depends on Fastly: the services it serves, with the path and whom to call.
    Reports reports(*m_store);
    reports.setSelection({id(QStringLiteral("Fastly"))});
    QVector<QStringList> all;
    QVERIFY2(reports.rows(ReportKind::Impact, &all), qPrintable(reports.errorString()));
    QCOMPARE(Reports::header(ReportKind::Impact), QStringList({QStringLiteral("item"), QStringLiteral("item_kind"),
                                                               QStringLiteral("path"), QStringLiteral("contacts")}));
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first(), QStringList({QStringLiteral("docs.python.org"), QStringLiteral("service"),
                                       QStringLiteral("docs.python.org → served through Fastly"),
                                       QStringLiteral("Benjamin Peterson; Georg Brandl")}));
    QCOMPARE(all.at(2).at(0), QStringLiteral("Python downloads"));
    QCOMPARE(all.at(2).at(3), QStringLiteral("infrastructure-staff@python.org; #python-infra"));
    ReportKind kind = ReportKind::Services;
    QVERIFY(Reports::fromKey(QStringLiteral("impact"), &kind));
    QCOMPARE(kind, ReportKind::Impact);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
