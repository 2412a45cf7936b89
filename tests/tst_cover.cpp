// Cover and the gaps that tell the truth: assignments valid from/until a day, judged on
// an injected day through every path that lists contacts (resolve(), the preloads,
// firstToCall(), the visits, the services, impact and gaps reports, the map's flag,
// the dashboard, search); the order within one priority (role, then name); the gaps
// single-owner (a team's members count), no-owner, cover-ending and
// unreachable-contact, on a purpose-built inventory and on the example; the cover's
// dates through the assignments CSV and the rules that refuse a cover ending before it
// starts.

#include "ContactOrder.h"
#include "ContactResolver.h"
#include "DashboardData.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "Importer.h"
#include "Reports.h"
#include "Search.h"
#include "Store.h"
#include "TestSupport.h"
#include "Validation.h"

#include <QBuffer>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

const QDate kFrom(2027, 1, 10);
const QDate kUntil(2027, 1, 15);

/// The four days at a cover's edges: the day before it starts, its first, its last, the day after.
QVector<QPair<QDate, bool>> edges()
{
    return {{kFrom.addDays(-1), false}, {kFrom, true}, {kUntil, true}, {kUntil.addDays(1), false}};
}

QStringList namesOf(const QVector<ResolvedContact> &lines)
{
    QStringList names;
    for (const ResolvedContact &r : lines)
        names << r.contact.name;
    return names;
}

} // namespace

class TestCover final : public QObject
{
    Q_OBJECT

private:
    qint64 addItem(ItemKind kind, const QString &name, qint64 parent);
    qint64 addContact(const QString &name, ContactKind kind = ContactKind::Person, bool withAddress = true);
    qint64 assign(qint64 item, qint64 contact, const QString &role, Priority priority = Priority::Primary,
                  const QDate &from = {}, const QDate &until = {});
    void addMember(qint64 team, qint64 member);
    QStringList contactNamesOf(const QVector<Assignment> &list);
    QVector<QStringList> report(ReportKind kind, const QDate &day, const QVector<qint64> &selection = {});
    static QStringList rowOf(const QVector<QStringList> &rows, const QString &first, int column = 0);
    QString name(qint64 contactId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_org = 0;
    qint64 m_provider = 0;

private Q_SLOTS:
    void init();
    void cleanup();

    void coverWindowsAtTheirEdges();
    void oneResolverAnswersForEachDaySetOnIt();
    void storeClockIsTheDefaultDay();
    void coverInReportsMapDashboardAndSearch();
    void coverEndingBeforeItStartsIsRefused();
    void rolesEnteredInReverseComeInRoleOrderThenByName();
    void namesSortAsTheLocaleSortsThem();
    void gapsOnAPurposeBuiltInventory();
    void gapsOnTheExampleInventory();
    void assignmentsCsvCarriesTheCover();
};

void TestCover::init()
{
    // Day labels ("15 Jan 2027") and name order as the C locale has them, whatever the machine's.
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("cover"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_org = addItem(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    m_provider = addItem(ItemKind::Provider, QStringLiteral("Hetzner"), m_org);
    QVERIFY(m_org > 0 && m_provider > 0);
    assign(m_org, addContact(QStringLiteral("ops@acme.example"), ContactKind::MailingList),
           QStringLiteral("escalation"));
}

void TestCover::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestCover::addItem(ItemKind kind, const QString &name, qint64 parent)
{
    Item item;
    item.kind = kind;
    item.name = name;
    item.parentId = parent;
    QString error;
    if (!m_store->createItem(item, &error))
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    return item.id;
}

qint64 TestCover::addContact(const QString &name, ContactKind kind, bool withAddress)
{
    Contact c;
    c.kind = kind;
    c.name = name;
    if (withAddress) {
        QString local = name.toLower();
        local.replace(QLatin1Char(' '), QLatin1Char('.'));
        c.addresses.append({0, AddressKind::Email,
                            local.contains(QLatin1Char('@')) ? local : local + QStringLiteral("@acme.example"),
                            QString()});
    }
    QString error;
    const auto id = m_store->createContact(c, &error);
    if (!id)
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    return id.value_or(0);
}

qint64 TestCover::assign(qint64 item, qint64 contact, const QString &role, Priority priority, const QDate &from,
                         const QDate &until)
{
    Assignment a;
    a.itemId = item;
    a.contactId = contact;
    a.role = role;
    a.priority = priority;
    a.validFrom = from;
    a.validUntil = until;
    QString error;
    const auto id = m_store->addAssignment(a, &error);
    if (!id)
        qWarning("assign failed: %s", qPrintable(error));
    return id.value_or(0);
}

void TestCover::addMember(qint64 team, qint64 member)
{
    TeamMember m;
    m.teamId = team;
    m.memberId = member;
    QString error;
    if (!m_store->setTeamMember(m, &error))
        qWarning("member: %s", qPrintable(error));
}

QString TestCover::name(qint64 contactId)
{
    return test::must(m_store->contact(contactId, test::readError())).name;
}

QStringList TestCover::contactNamesOf(const QVector<Assignment> &list)
{
    QStringList names;
    for (const Assignment &a : list)
        names << name(a.contactId);
    return names;
}

QVector<QStringList> TestCover::report(ReportKind kind, const QDate &day, const QVector<qint64> &selection)
{
    Reports reports(*m_store);
    reports.setToday(day);
    reports.setSelection(selection);
    QVector<QStringList> rows;
    if (!reports.rows(kind, &rows))
        qWarning("report: %s", qPrintable(reports.errorString()));
    return rows;
}

QStringList TestCover::rowOf(const QVector<QStringList> &rows, const QString &first, int column)
{
    for (const QStringList &r : rows) {
        if (r.value(column) == first)
            return r;
    }
    return {};
}

void TestCover::coverWindowsAtTheirEdges()
{
    // shop: Alice owns it for good, Bob covers from 10 to 15 January. cart has nobody
    // of its own: its host's maintainer Carol covers for the same days, else the
    // escalation list is the first to call.
    const qint64 host = addItem(ItemKind::Host, QStringLiteral("box-1"), m_provider);
    const qint64 shop = addItem(ItemKind::Service, QStringLiteral("shop"), host);
    const qint64 cart = addItem(ItemKind::Service, QStringLiteral("cart"), host);
    const qint64 alice = addContact(QStringLiteral("Alice"));
    const qint64 bob = addContact(QStringLiteral("Bob"));
    const qint64 carol = addContact(QStringLiteral("Carol"));
    assign(shop, alice, QStringLiteral("owner"));
    assign(shop, bob, QStringLiteral("owner"), Priority::Primary, kFrom, kUntil);
    assign(host, carol, QStringLiteral("maintainer"), Priority::Primary, kFrom, kUntil);
    const QVector<TreeRow> rows = test::must(m_store->treeRows(test::readError()));
    const QVector<Placement> placements = test::must(m_store->placements(test::readError()));

    for (const auto &[day, inside] : edges()) {
        const QByteArray when = day.toString(Qt::ISODate).toUtf8();
        const QStringList shopNames =
            inside ? QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")} : QStringList{QStringLiteral("Alice")};
        const QString cartFirst = inside ? QStringLiteral("Carol") : QStringLiteral("ops@acme.example");
        QString error;

        // resolve() reading as it goes.
        ContactResolver fresh(*m_store);
        fresh.setToday(day);
        QCOMPARE(fresh.today(), day);
        const QVector<ResolvedContact> shopLines = test::must(fresh.resolve(shop, test::readError()));
        QVERIFY2(namesOf(shopLines).mid(0, shopNames.size()) == shopNames, when.constData());
        QCOMPARE(namesOf(shopLines).contains(QStringLiteral("Bob")), inside);
        if (inside) {
            // Who to Contact says until when.
            QCOMPARE(shopLines.at(1).validUntil, kUntil);
            QCOMPARE(shopLines.at(1).validFrom, kFrom);
            QVERIFY(!shopLines.at(0).validUntil.isValid());
        }
        const QVector<ResolvedContact> cartLines = test::must(fresh.resolve(cart, test::readError()));
        QVERIFY2(cartLines.value(0).contact.name == cartFirst, when.constData());
        QCOMPARE(test::must(fresh.firstToCall(cart, test::readError())).value(0).contact.name, cartFirst);

        // Everything preloaded: the same answers from memory.
        ContactResolver loaded(*m_store);
        loaded.setToday(day);
        QVERIFY2(loaded.preload(&error), qPrintable(error));
        QCOMPARE(namesOf(test::must(loaded.resolve(shop, test::readError()))), namesOf(shopLines));
        QCOMPARE(namesOf(test::must(loaded.firstToCall(shop, test::readError()))), shopNames);
        QCOMPARE(namesOf(test::must(loaded.firstToCall(cart, test::readError()))), QStringList{cartFirst});
        // The same by id, undescribed (the gaps report's way).
        for (qint64 item : {shop, cart, host}) {
            QVector<qint64> ids;
            for (const ResolvedContact &r : test::must(loaded.firstToCall(item, test::readError())))
                ids << r.contact.id;
            QCOMPARE(loaded.firstToCallIds(item), ids);
        }
        QCOMPARE(contactNamesOf(loaded.orderedAssignments(shop)).mid(0, shopNames.size()), shopNames);
        QCOMPARE(contactNamesOf(loaded.orderedAssignments(cart)).value(0), cartFirst);
        // The services report's ways: a list made from the parent's, and remembered lists.
        const QVector<Assignment> shopOwn = test::must(m_store->assignments(shop, test::readError()));
        QCOMPARE(contactNamesOf(loaded.orderedAssignments(host, shopOwn)).mid(0, shopNames.size()), shopNames);
        loaded.rememberAll();
        QStringList visited;
        loaded.visitRemembered(host, {}, [&](const Assignment &a) {
            visited << name(a.contactId);
            return false; // the first only
        });
        QCOMPARE(visited, QStringList{cartFirst});
        visited.clear();
        loaded.visitOnHosts(shop, host, {}, shopOwn, [&](const Assignment &a) {
            visited << name(a.contactId);
            return true;
        });
        QCOMPARE(visited.mid(0, shopNames.size()), shopNames);
        QCOMPARE(visited.contains(QStringLiteral("Bob")), inside);

        // Impact's way: only what is asked about.
        ContactResolver some(*m_store);
        some.setToday(day);
        QVERIFY2(some.preloadFor(rows, placements, {shop, cart}, &error), qPrintable(error));
        QCOMPARE(namesOf(test::must(some.firstToCall(shop, test::readError()))), shopNames);
        QCOMPARE(namesOf(test::must(some.firstToCall(cart, test::readError()))), QStringList{cartFirst});

        // The services report: its owners column and the first to call.
        const QVector<QStringList> services = report(ReportKind::Services, day);
        const QStringList header = Reports::header(ReportKind::Services);
        const QStringList shopRow = rowOf(services, QStringLiteral("shop"));
        QCOMPARE(shopRow.value(header.indexOf(QStringLiteral("owners"))), shopNames.join(QStringLiteral("; ")));
        QCOMPARE(rowOf(services, QStringLiteral("cart")).value(header.indexOf(QStringLiteral("primary_contact"))),
                 cartFirst);
        // Impact of the host: whom to call about each service on it.
        const QVector<QStringList> impact = report(ReportKind::Impact, day, {host});
        QCOMPARE(rowOf(impact, QStringLiteral("shop")).value(3), shopNames.join(QStringLiteral("; ")));
        QCOMPARE(rowOf(impact, QStringLiteral("cart")).value(3), cartFirst);
    }
}

void TestCover::oneResolverAnswersForEachDaySetOnIt()
{
    // One preload, then the day changed on it (the gaps report's "after it ends"): the
    // lists it remembered for one day are not those of the next.
    const qint64 host = addItem(ItemKind::Host, QStringLiteral("box-1"), m_provider);
    const qint64 cart = addItem(ItemKind::Service, QStringLiteral("cart"), host);
    const qint64 other = addItem(ItemKind::Service, QStringLiteral("other"), host);
    assign(host, addContact(QStringLiteral("Carol")), QStringLiteral("maintainer"), Priority::Primary, kFrom, kUntil);
    ContactResolver resolver(*m_store);
    QString error;
    QVERIFY2(resolver.preload(&error), qPrintable(error));
    for (const auto &[day, inside] : edges()) {
        resolver.setToday(day);
        const QString first = inside ? QStringLiteral("Carol") : QStringLiteral("ops@acme.example");
        QCOMPARE(test::must(resolver.firstToCall(cart, test::readError())).value(0).contact.name, first);
        QCOMPARE(test::must(resolver.firstToCall(other, test::readError())).value(0).contact.name, first);
        QCOMPARE(contactNamesOf(resolver.orderedAssignments(cart)).value(0), first);
    }
    // An invalid day goes back to the store's.
    resolver.setToday(QDate());
    QCOMPARE(resolver.today(), m_store->today());
}

void TestCover::storeClockIsTheDefaultDay()
{
    // Unless told otherwise, the resolver and the reports judge cover on the local date
    // of the store's clock: a test sets the clock, not the system's date.
    const qint64 shop = addItem(ItemKind::Service, QStringLiteral("shop"), m_provider);
    assign(shop, addContact(QStringLiteral("Bob")), QStringLiteral("owner"), Priority::Primary, kFrom, kUntil);
    ContactResolver longLived(*m_store); // made before the clock is set, as the window's is
    for (const auto &[day, inside] : edges()) {
        const QDateTime noon(day, QTime(12, 0));
        m_store->setClock([noon] { return noon.toUTC(); });
        QCOMPARE(m_store->today(), day);
        ContactResolver resolver(*m_store);
        QCOMPARE(resolver.today(), day);
        const QString first = inside ? QStringLiteral("Bob") : QStringLiteral("ops@acme.example");
        QCOMPARE(test::must(resolver.resolve(shop, test::readError())).value(0).contact.name, first);
        // A resolver that lives on takes the new day at its next look-up.
        QCOMPARE(test::must(longLived.resolve(shop, test::readError())).value(0).contact.name, first);
        QCOMPARE(longLived.today(), day);
        QCOMPARE(rowOf(report(ReportKind::Services, QDate()), QStringLiteral("shop")).value(10), first);
    }
    m_store->setClock({});
}

void TestCover::coverInReportsMapDashboardAndSearch()
{
    const qint64 host = addItem(ItemKind::Host, QStringLiteral("box-1"), m_provider);
    const qint64 shop = addItem(ItemKind::Service, QStringLiteral("shop"), host);
    const qint64 alice = addContact(QStringLiteral("Alice"));
    const qint64 bob = addContact(QStringLiteral("Bob"));
    assign(shop, alice, QStringLiteral("owner"));
    assign(shop, bob, QStringLiteral("owner"), Priority::Primary, kFrom, kUntil);
    assign(host, bob, QStringLiteral("maintainer"), Priority::Primary, kFrom, kUntil);
    for (const auto &[day, inside] : edges()) {
        // The map's "nobody of its own" flag.
        const QSet<qint64> own = test::must(m_store->itemsWithOwnContacts(day, test::readError()));
        QCOMPARE(own.contains(host), inside);
        QVERIFY(own.contains(shop));
        // The dashboard's ownership coverage: two owners only while Bob covers.
        DashboardData::Options options;
        options.today = day;
        QString error;
        const auto data = DashboardData::build(*m_db, options, &error);
        QVERIFY2(data, qPrintable(error));
        // What a click on each slice selects, read with the same day.
        const auto coverage = [&](const char *key) {
            QString unread;
            const auto ids = DashboardData::itemsOf(*m_db, options, &DashboardData::ownershipCoverage,
                                                    {QString::fromLatin1(key)}, &unread);
            if (!ids)
                qWarning("itemsOf: %s", qPrintable(unread));
            return ids.value_or(QVector<qint64>());
        };
        QCOMPARE(coverage("2+").contains(shop), inside);
        QCOMPARE(coverage("1").contains(shop), !inside);
    }
    // The scan impact reads when it asks about many items carries the cover too.
    int covered = 0;
    for (const Assignment &a : test::must(m_store->activeAssignments(test::readError()))) {
        if (a.contactId == bob) {
            QCOMPARE(a.validFrom, kFrom);
            QCOMPARE(a.validUntil, kUntil);
            ++covered;
        } else {
            QVERIFY(!a.validFrom.isValid() && !a.validUntil.isValid());
        }
    }
    QCOMPARE(covered, 2);
    // Search's rows of what a contact holds carry the cover, for the caller to judge.
    Search search(*m_db);
    const QVector<Holding> holdings = test::must(search.holdings(bob, test::readError()));
    QCOMPARE(holdings.size(), 2);
    for (const Holding &h : holdings) {
        QCOMPARE(h.validFrom, kFrom);
        QCOMPARE(h.validUntil, kUntil);
    }
    // The assignments export writes the days, ISO, empty for none.
    const QVector<QStringList> rows = report(ReportKind::Assignments, kFrom);
    const QStringList header = Reports::header(ReportKind::Assignments);
    QCOMPARE(header.mid(6), (QStringList{QStringLiteral("valid_from"), QStringLiteral("valid_until")}));
    QVERIFY(rows.contains(QStringList({QStringLiteral("shop"), QStringLiteral("service"), QStringLiteral("Bob"),
                                       QStringLiteral("owner"), QStringLiteral("primary"), QString(),
                                       QStringLiteral("2027-01-10"), QStringLiteral("2027-01-15")})));
    QVERIFY(rows.contains(
        QStringList({QStringLiteral("shop"), QStringLiteral("service"), QStringLiteral("Alice"),
                     QStringLiteral("owner"), QStringLiteral("primary"), QString(), QString(), QString()})));
}

void TestCover::coverEndingBeforeItStartsIsRefused()
{
    const qint64 shop = addItem(ItemKind::Service, QStringLiteral("shop"), m_provider);
    const qint64 bob = addContact(QStringLiteral("Bob"));
    Assignment a;
    a.itemId = shop;
    a.contactId = bob;
    a.validFrom = kUntil;
    a.validUntil = kFrom;
    QString error;
    QVERIFY(!m_store->addAssignment(a, &error));
    QVERIFY2(error.contains(QStringLiteral("until 2027-01-10, before it is valid from 2027-01-15")), qPrintable(error));
    QVERIFY(test::must(m_store->assignments(shop, test::readError())).isEmpty());
    // One day is a cover of one day.
    a.validUntil = kUntil;
    QVERIFY2(m_store->addAssignment(a, &error), qPrintable(error));
    // An edit may not turn it round either; the stored one is unchanged.
    Assignment edited = a;
    edited.validFrom = kUntil.addDays(1);
    QVERIFY(!m_store->updateAssignment(edited, &error));
    QCOMPARE(test::must(m_store->assignments(shop, test::readError())).first().validFrom, kUntil);
    // The days as the command line and the import write them, and nothing else.
    QCOMPARE(validation::parseDay(QStringLiteral("2027-01-15")), std::optional<QDate>(kUntil));
    for (const char *bad : {"2027-02-30", "2027-1-15", "15/01/2027", " 2027-01-15", "2027-01-15x", "", "0000-01-01"})
        QVERIFY2(!validation::parseDay(QString::fromLatin1(bad)), bad);
}

void TestCover::rolesEnteredInReverseComeInRoleOrderThenByName()
{
    // Entered in the reverse of the documented order, names in no order and of mixed
    // case: listed by role (owner, maintainer, contact, escalation, sponsor, then one's
    // own roles by name), then by name ignoring case; a secondary after every primary.
    const qint64 host = addItem(ItemKind::Host, QStringLiteral("box-1"), m_provider);
    const qint64 api = addItem(ItemKind::Service, QStringLiteral("api"), host);
    const qint64 dave = addContact(QStringLiteral("Dave"));
    assign(api, dave, QStringLiteral("zeta-duty"));
    assign(api, addContact(QStringLiteral("Erin")), QStringLiteral("Alpha-duty"));
    assign(api, addContact(QStringLiteral("Frank")), QStringLiteral("sponsor"));
    assign(api, addContact(QStringLiteral("Gina")), QStringLiteral("escalation"));
    assign(api, addContact(QStringLiteral("Hank")), QStringLiteral("contact"));
    assign(api, addContact(QStringLiteral("Ivan")), QStringLiteral("maintainer"));
    assign(api, addContact(QStringLiteral("Aaron")), QStringLiteral("owner"), Priority::Secondary);
    assign(api, addContact(QStringLiteral("carol")), QStringLiteral("owner"));
    assign(api, addContact(QStringLiteral("bob")), QStringLiteral("owner"));
    const qint64 alice = addContact(QStringLiteral("Alice"));
    assign(api, alice, QStringLiteral("owner"));
    const QStringList expected{
        QStringLiteral("Alice"), QStringLiteral("bob"),   QStringLiteral("carol"),           QStringLiteral("Ivan"),
        QStringLiteral("Hank"),  QStringLiteral("Gina"),  QStringLiteral("Frank"),           QStringLiteral("Erin"),
        QStringLiteral("Dave"),  QStringLiteral("Aaron"), QStringLiteral("ops@acme.example")};

    ContactResolver resolver(*m_store);
    QCOMPARE(namesOf(test::must(resolver.resolve(api, test::readError()))), expected);
    QString error;
    QVERIFY2(resolver.preload(&error), qPrintable(error));
    QCOMPARE(namesOf(test::must(resolver.resolve(api, test::readError()))), expected);
    QCOMPARE(namesOf(test::must(resolver.firstToCall(api, test::readError()))), expected.mid(0, 10));
    QCOMPARE(contactNamesOf(resolver.orderedAssignments(api)), expected);
    // The services report's columns, in the same order.
    const QVector<QStringList> services = report(ReportKind::Services, QDate());
    const QStringList header = Reports::header(ReportKind::Services);
    const QStringList row = rowOf(services, QStringLiteral("api"));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("owners"))), QStringLiteral("Alice; bob; carol; Aaron"));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("contacts"))), QStringLiteral("Hank; Gina; Frank; Erin; Dave"));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("primary_contact"))), QStringLiteral("Alice"));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("escalation"))), QStringLiteral("Gina; ops@acme.example"));
    // A service inherits the host's list in the same order.
    const qint64 worker = addItem(ItemKind::Service, QStringLiteral("worker"), host);
    const qint64 pat = addContact(QStringLiteral("pat"));
    assign(host, pat, QStringLiteral("sponsor"));
    assign(host, addContact(QStringLiteral("Quinn")), QStringLiteral("owner"));
    assign(host, addContact(QStringLiteral("Otto")), QStringLiteral("sponsor"));
    QCOMPARE(namesOf(test::must(ContactResolver(*m_store).resolve(worker, test::readError()))),
             (QStringList{QStringLiteral("Quinn"), QStringLiteral("Otto"), QStringLiteral("pat"),
                          QStringLiteral("ops@acme.example")}));
    // Search's rows of what a contact holds: by role too, one's own roles by name.
    const qint64 other = addItem(ItemKind::Service, QStringLiteral("other"), host);
    assign(other, dave, QStringLiteral("Alpha-duty"));
    assign(other, dave, QStringLiteral("sponsor"));
    assign(other, dave, QStringLiteral("owner"));
    Search search(*m_db);
    QStringList roles;
    for (const Holding &h : test::must(search.holdings(dave, test::readError())))
        roles << h.role;
    QCOMPARE(roles, (QStringList{QStringLiteral("owner"), QStringLiteral("sponsor"), QStringLiteral("Alpha-duty"),
                                 QStringLiteral("zeta-duty")}));
    // The documented rank.
    QCOMPARE(keys::roleRank(QStringLiteral("owner")), 0);
    QCOMPARE(keys::roleRank(QStringLiteral("sponsor")), 4);
    QVERIFY(keys::compareRoles(QStringLiteral("sponsor"), QStringLiteral("Alpha")) < 0);
    QVERIFY(keys::compareRoles(QStringLiteral("alpha"), QStringLiteral("Beta")) < 0);
    QCOMPARE(keys::compareRoles(QStringLiteral("owner"), QStringLiteral("owner")), 0);
}

void TestCover::namesSortAsTheLocaleSortsThem()
{
    const auto order = [](const QStringList &names) {
        QHash<qint64, QString> byId;
        for (int i = 0; i < names.size(); ++i)
            byId.insert(i + 1, names.at(i));
        ContactOrder o;
        o.setNames(byId);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
            return o.nameRank(byId.key(a)) < o.nameRank(byId.key(b));
        });
        return sorted;
    };
    const QStringList names{QStringLiteral("Zo\u00eb"), QStringLiteral("\u00c9mile"), QStringLiteral("fred"),
                            QStringLiteral("Fred"), QStringLiteral("anna")};
    // The C locale: case-folded, by code point (É after Z).
    QLocale::setDefault(QLocale::c());
    QCOMPARE(order(names).mid(0, 1), QStringList{QStringLiteral("anna")});
    QCOMPARE(order(names).last(), QStringLiteral("\u00c9mile"));
    // A language's own collation: É with the Es, case ignored.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QStringList french = order(names);
    QCOMPARE(french.first(), QStringLiteral("anna"));
    QCOMPARE(french.at(1), QStringLiteral("\u00c9mile"));
    QCOMPARE(french.last(), QStringLiteral("Zo\u00eb"));
    // "fred" and "Fred" sort as one name: the order they were assigned decides.
    QHash<qint64, QString> twins{{1, QStringLiteral("fred")}, {2, QStringLiteral("Fred")}};
    ContactOrder o;
    o.setNames(twins);
    QCOMPARE(o.nameRank(1), o.nameRank(2));
    Assignment first, second;
    first.contactId = 2;
    first.position = 0;
    second.contactId = 1;
    second.position = 1;
    QVERIFY(o.before(first, second));
    QVERIFY(!o.before(second, first));
}

void TestCover::gapsOnAPurposeBuiltInventory()
{
    const QDate today(2027, 1, 1);
    const qint64 host = addItem(ItemKind::Host, QStringLiteral("box"), m_provider);
    // A team of seven owns "teamed": no single point, and it has an owner.
    const qint64 web = addContact(QStringLiteral("Web team"), ContactKind::Team, false);
    for (int i = 1; i <= 7; ++i)
        addMember(web, addContact(QStringLiteral("Member %1").arg(i)));
    // Its list has an address; the team itself none.
    Contact list;
    list.kind = ContactKind::MailingList;
    list.name = QStringLiteral("web@acme.example");
    list.teamId = web;
    list.addresses.append({0, AddressKind::Email, QStringLiteral("web@acme.example"), QString()});
    QString error;
    QVERIFY2(m_store->createContact(list, &error), qPrintable(error));
    const qint64 teamed = addItem(ItemKind::Service, QStringLiteral("teamed"), host);
    assign(teamed, web, QStringLiteral("owner"));
    // A team of one is its member; with that member as an owner too, still one person.
    const qint64 solo = addContact(QStringLiteral("Solo team"), ContactKind::Team);
    const qint64 mia = addContact(QStringLiteral("Mia"));
    addMember(solo, mia);
    const qint64 soloOwned = addItem(ItemKind::Service, QStringLiteral("solo-owned"), host);
    assign(soloOwned, solo, QStringLiteral("owner"));
    const qint64 same = addItem(ItemKind::Service, QStringLiteral("same-person"), host);
    assign(same, solo, QStringLiteral("owner"));
    assign(same, mia, QStringLiteral("owner"));
    const qint64 two = addItem(ItemKind::Service, QStringLiteral("two-people"), host);
    assign(two, solo, QStringLiteral("owner"));
    assign(two, addContact(QStringLiteral("Alice")), QStringLiteral("owner"));
    // A team of none is nobody.
    const qint64 ghost = addContact(QStringLiteral("Ghost team"), ContactKind::Team, false);
    const qint64 ghostOwned = addItem(ItemKind::Service, QStringLiteral("ghost-owned"), host);
    assign(ghostOwned, ghost, QStringLiteral("owner"));
    // No owner of its own, though the host's owner is listed for it.
    const qint64 olga = addContact(QStringLiteral("Olga"));
    const qint64 other = addItem(ItemKind::Host, QStringLiteral("other-box"), m_provider);
    assign(other, olga, QStringLiteral("owner"));
    addItem(ItemKind::Service, QStringLiteral("inherits"), other);
    // Carol has no address and is the first to call about "quiet".
    const qint64 carol = addContact(QStringLiteral("Carol"), ContactKind::Person, false);
    const qint64 quiet = addItem(ItemKind::Service, QStringLiteral("quiet"), host);
    assign(quiet, carol, QStringLiteral("owner"));
    assign(quiet, olga, QStringLiteral("owner"));
    // Cover ending: Bob's last day is 14 days away, then Alice; at the edges, Dan's
    // is today (listed), Ed's was yesterday, Cy's is 15 days away, Fay's has not begun.
    const qint64 cover = addItem(ItemKind::Service, QStringLiteral("covered"), host);
    assign(cover, addContact(QStringLiteral("Bob")), QStringLiteral("owner"), Priority::Primary, {}, today.addDays(14));
    assign(cover, test::must(m_store->findContactsByName(QStringLiteral("Alice"), test::readError())).first().id,
           QStringLiteral("owner"), Priority::Secondary);
    const qint64 edge = addItem(ItemKind::Service, QStringLiteral("edge"), host);
    assign(edge, addContact(QStringLiteral("Dan")), QStringLiteral("maintainer"), Priority::Primary, {}, today);
    assign(edge, addContact(QStringLiteral("Ed")), QStringLiteral("maintainer"), Priority::Primary, {},
           today.addDays(-1));
    assign(edge, addContact(QStringLiteral("Cy")), QStringLiteral("maintainer"), Priority::Primary, {},
           today.addDays(15));
    assign(edge, addContact(QStringLiteral("Fay")), QStringLiteral("maintainer"), Priority::Primary, today.addDays(2),
           today.addDays(5));

    const QVector<QStringList> gaps = report(ReportKind::Gaps, today);
    const auto of = [&](const char *gap) {
        QVector<QStringList> found;
        for (const QStringList &r : gaps) {
            if (r.first() == QLatin1String(gap))
                found << r.mid(1);
        }
        return found;
    };
    const auto row = [](const char *item, const char *kind, const QString &detail) {
        return QStringList{QString::fromUtf8(item), QString::fromLatin1(kind), detail};
    };
    // single-owner: a team's size counts.
    QCOMPARE(of("single-owner"),
             (QVector<QStringList>{row("same-person", "service", QStringLiteral("Mia is its only owner")),
                                   row("solo-owned", "service",
                                       QStringLiteral("Mia is its only owner, as the only member of Solo team"))}));
    // no-owner: the services with nobody owning them of their own, whoever is listed.
    const QVector<QStringList> noOwner = of("no-owner");
    QStringList noOwnerItems;
    for (const QStringList &r : noOwner)
        noOwnerItems << r.first();
    QCOMPARE(noOwnerItems,
             (QStringList{QStringLiteral("edge"), QStringLiteral("ghost-owned"), QStringLiteral("inherits")}));
    QCOMPARE(rowOf(noOwner, QStringLiteral("inherits")).value(2),
             QStringLiteral("no owner of its own; first to call: Olga (inherited from other-box (owner))"));
    QCOMPARE(rowOf(noOwner, QStringLiteral("ghost-owned")).value(2),
             QStringLiteral("its owner Ghost team has no members; first to call: Ghost team (owner of ghost-owned)"));
    // ...which escalation-only does not list: someone is listed for it.
    QVERIFY(rowOf(of("escalation-only"), QStringLiteral("inherits")).isEmpty());
    // cover-ending: within 14 days, both ends included; who is listed the day after.
    QCOMPARE(of("cover-ending"),
             (QVector<QStringList>{
                 row("covered", "service",
                     QStringLiteral("Bob (owner) covers until 15 Jan 2027; then: Alice (owner of covered)")),
                 row("edge", "service",
                     QStringLiteral("Dan (maintainer) covers until 1 Jan 2027; then: Cy (maintainer of edge)"))}));
    // unreachable-contact: each contact without an address, then what relies on it.
    const QVector<QStringList> unreachable = of("unreachable-contact");
    const qsizetype at =
        unreachable.indexOf(row("Carol", "contact", QStringLiteral("no address at all; first to call about 1 item")));
    QVERIFY(at >= 0);
    QCOMPARE(unreachable.value(at + 1),
             row("quiet", "service", QStringLiteral("first to call is Carol, who has no address")));
    // A team only through its own addresses: the members' do not make it reachable.
    const qsizetype webAt = unreachable.indexOf(
        row("Web team", "contact",
            QStringLiteral("no address at all; first to call about 1 item (a team is reached through its own "
                           "addresses only; its lists and channels with one: web@acme.example; 7 of its 7 "
                           "members have one)")));
    QVERIFY(webAt >= 0);
    QCOMPARE(unreachable.value(webAt + 1),
             row("teamed", "service", QStringLiteral("first to call is Web team, who has no address")));
    QVERIFY(unreachable.contains(
        row("Ghost team", "contact", QStringLiteral("no address at all; first to call about 1 item"))));
    // Contacts with an address are not listed; nor is a team with an address of its own.
    for (const QStringList &r : unreachable)
        QVERIFY2(r.first() != QLatin1String("Solo team") && r.first() != QLatin1String("Olga"),
                 qPrintable(r.join(u'|')));
    // The blocks come in the middle, in this order, and after inactive-only.
    QStringList order;
    for (const QStringList &r : gaps) {
        if (order.isEmpty() || order.last() != r.first())
            order << r.first();
    }
    QCOMPARE(order.mid(0, 5),
             (QStringList{QStringLiteral("escalation-only"), QStringLiteral("single-owner"), QStringLiteral("no-owner"),
                          QStringLiteral("cover-ending"), QStringLiteral("unreachable-contact")}));
    // Cover changes the gaps: the day after Dan's last, edge has no owner still but Dan
    // is not ending any more.
    const QVector<QStringList> later = report(ReportKind::Gaps, today.addDays(1));
    for (const QStringList &r : later)
        QVERIFY2(!(r.at(0) == QLatin1String("cover-ending") && r.at(1) == QLatin1String("edge") &&
                   r.at(3).startsWith(QLatin1String("Dan"))),
                 qPrintable(r.join(u'|')));
    Q_UNUSED(teamed)
    Q_UNUSED(two)
}

void TestCover::gapsOnTheExampleInventory()
{
    // The example in an inventory of its own.
    m_store.reset();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("example"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const auto id = [&](const char *item) {
        return test::must(m_store->findItemsByName(QString::fromUtf8(item), test::readError())).first().id;
    };
    const auto contact = [&](const char *name) {
        return test::must(m_store->findContactsByName(QString::fromUtf8(name), test::readError())).first().id;
    };
    // The infrastructure team (six members) as the only owner of legacy.python.org.
    assign(id("legacy.python.org"), contact("Infrastructure team"), QStringLiteral("owner"));
    // Donald Stufft covers PyPI as owner until a day 10 days away.
    const QDate today(2026, 12, 6);
    assign(id("PyPI"), contact("Donald Stufft"), QStringLiteral("owner"), Priority::Primary, {}, today.addDays(10));
    const QVector<QStringList> gaps = report(ReportKind::Gaps, today);
    const auto has = [&](const char *gap, const char *item, const QString &detail = QString()) {
        for (const QStringList &r : gaps) {
            if (r.at(0) == QLatin1String(gap) && r.at(1) == QString::fromUtf8(item) &&
                (detail.isEmpty() || r.at(3) == detail))
                return true;
        }
        return false;
    };
    QVERIFY(has("single-owner", "wiki.python.org", QStringLiteral("Marc-Andr\u00e9 Lemburg is its only owner")));
    QVERIFY(has("single-owner", "PyPI")); // Donald, while he covers
    QVERIFY(!has("single-owner", "legacy.python.org"));
    QVERIFY(!has("no-owner", "legacy.python.org"));
    QVERIFY(!has("single-owner", "docs.python.org"));
    // No owner of its own: PyPI's maintainers are no owners... but Donald covers now.
    QVERIFY(!has("no-owner", "PyPI"));
    QVERIFY(has("no-owner", "bugs.python.org",
                QStringLiteral("no owner of its own; first to call: tracker-discuss@python.org (contact of "
                               "bugs.python.org)")));
    QVERIFY(has("no-owner", "planet.python.org"));
    QVERIFY(!has("no-owner", "docs.python.org"));
    QVERIFY(
        has("cover-ending", "PyPI",
            QStringLiteral("Donald Stufft (owner) covers until 16 Dec 2026; then: Donald Stufft (maintainer of "
                           "PyPI); Ernest W. Durbin III (maintainer of PyPI); Richard Jones (maintainer of PyPI)")));
    // Nobody can reach the people of the example: no address is recorded for them.
    QVERIFY(has("unreachable-contact", "Benjamin Peterson"));
    QVERIFY(has("unreachable-contact", "docs.python.org",
                QStringLiteral("first to call is Benjamin Peterson, who has no address")));
    QVERIFY(has("unreachable-contact", "www.jython.org"));
    QVERIFY(!has("unreachable-contact", "Infrastructure team"));
    QVERIFY(!has("unreachable-contact", "infrastructure-staff@python.org"));
    QVERIFY(!has("unreachable-contact", "planet.python.org")); // the escalation lists have addresses
    // The day after Donald's last: PyPI has no owner again, and no cover ends.
    const QVector<QStringList> after = report(ReportKind::Gaps, today.addDays(11));
    bool noOwner = false, ending = false;
    for (const QStringList &r : after) {
        noOwner = noOwner || (r.at(0) == QLatin1String("no-owner") && r.at(1) == QLatin1String("PyPI"));
        ending = ending || r.at(0) == QLatin1String("cover-ending");
    }
    QVERIFY(noOwner);
    QVERIFY(!ending);
}

void TestCover::assignmentsCsvCarriesTheCover()
{
    const qint64 shop = addItem(ItemKind::Service, QStringLiteral("shop"), m_provider);
    addContact(QStringLiteral("Alice"));
    addContact(QStringLiteral("Bob"));
    addContact(QStringLiteral("Carol"));
    // Bad days are named by file, row and column; nothing is imported.
    {
        Importer importer(*m_store);
        importer.addData(QStringLiteral("a.csv"), "item,contact,role,valid_from,valid_until\n"
                                                  "shop,Alice,owner,2027-01-10,2027-01-15\n"
                                                  "shop,Bob,owner,2027-02-30,\n"
                                                  "shop,Carol,owner,2027-01-15,2027-01-10\n");
        QVERIFY(!importer.commit());
        QCOMPARE(importer.errors().size(), 2);
        QCOMPARE(importer.errors().at(0).format().left(10), QStringLiteral("a.csv:3:4:"));
        QVERIFY2(importer.errors().at(0).message.contains(QStringLiteral("\"2027-02-30\" is not a date")),
                 qPrintable(importer.errors().at(0).message));
        QCOMPARE(importer.errors().at(1).format().left(10), QStringLiteral("a.csv:4:5:"));
        QVERIFY(test::must(m_store->assignments(shop, test::readError())).isEmpty());
    }
    // Good days (and empty ones: no limit) are imported, and exported as they came.
    Importer importer(*m_store);
    importer.addData(QStringLiteral("a.csv"), "item,contact,role,valid_from,valid_until\n"
                                              "shop,Alice,owner,2027-01-10,2027-01-15\n"
                                              "shop,Bob,owner,,2027-01-15\n"
                                              "shop,Carol,owner,,\n");
    QVERIFY2(importer.commit(), qPrintable(importer.errorString()));
    QVector<Assignment> saved = test::must(m_store->assignments(shop, test::readError()));
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved.at(0).validFrom, kFrom);
    QCOMPARE(saved.at(0).validUntil, kUntil);
    QVERIFY(!saved.at(1).validFrom.isValid());
    QCOMPARE(saved.at(1).validUntil, kUntil);
    QVERIFY(!saved.at(2).validUntil.isValid());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Reports reports(*m_store);
    QVERIFY(reports.writeCsv(ReportKind::Assignments, &buffer, CsvOptions()));
    const QByteArray exported = buffer.data();
    QVERIFY2(exported.contains("shop,service,Alice,owner,primary,,2027-01-10,2027-01-15\r\n"), exported.constData());
    QVERIFY(exported.contains("shop,service,Carol,owner,primary,,,\r\n"));
    // The export imports back unchanged; a file without the columns leaves the cover as it is.
    Importer again(*m_store);
    again.addData(QStringLiteral("back.csv"), exported);
    QVERIFY2(again.validate(), qPrintable(again.errorString()));
    QCOMPARE(again.count(ImportRow::Action::Unchanged), 4);
    Importer without(*m_store);
    without.addData(QStringLiteral("w.csv"), "item,contact,role,priority\nshop,Alice,owner,secondary\n");
    QVERIFY2(without.commit(), qPrintable(without.errorString()));
    saved = test::must(m_store->assignments(shop, test::readError()));
    QCOMPARE(saved.at(0).priority, Priority::Secondary);
    QCOMPARE(saved.at(0).validUntil, kUntil);
    // An empty cell takes the limit away; the change is named.
    Importer clear(*m_store);
    clear.addData(QStringLiteral("c.csv"), "item,contact,role,valid_until\nshop,Alice,owner,\n");
    QVERIFY2(clear.validate(), qPrintable(clear.errorString()));
    QCOMPARE(clear.rows().first().changes, QStringList{QStringLiteral("valid_until")});
    QVERIFY2(clear.commit(), qPrintable(clear.errorString()));
    saved = test::must(m_store->assignments(shop, test::readError()));
    QVERIFY(!saved.at(0).validUntil.isValid());
    QCOMPARE(saved.at(0).validFrom, kFrom);
}

QTEST_GUILESS_MAIN(TestCover)
#include "tst_cover.moc"
