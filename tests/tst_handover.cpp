// Handing a contact's assignments over to another (model/ownership/Handover): the plan,
// everything / by role / by item, the merge when the other has the item in that role
// already, teams left and put back, one history batch with a row per assignment, undo
// and redo twice to the exact rows, refusals when anything changed since the plan or
// since the hand-over, and `steward handover`.

#include "Database.h"
#include "Handover.h"
#include "Store.h"
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

const QDateTime kFirst(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
const QDateTime kLater(QDate(2026, 5, 20), QTime(17, 0), Qt::UTC);
const QDateTime kMade(QDate(2025, 11, 2), QTime(8, 0), Qt::UTC);

TeamMember membership(qint64 team, qint64 member, const QString &role = QStringLiteral("member"),
                      const QString &note = QString(), int position = -1)
{
    TeamMember m;
    m.teamId = team;
    m.memberId = member;
    m.role = role;
    m.note = note;
    m.position = position;
    return m;
}

} // namespace

class TestHandover final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void planSaysWhatWouldHappen();
    void handOverEverything();
    void undoAndRedoTwiceLeaveTheExactRows();
    void oneHistoryBatchWithARowPerChange();
    void byRoleKeepsTheRestAndTheTeams();
    void byItem();
    void refusals();
    void refusedWhenSomethingChangedSinceThePlan_data();
    void refusedWhenSomethingChangedSinceThePlan();
    void undoRefusedWhenSomethingChangedSince_data();
    void undoRefusedWhenSomethingChangedSince();
    void commandLine();
    void commandLineErrors();

private:
    qint64 item(const QString &name) const { return m_items.value(name); }
    qint64 contact(const QString &name) const { return m_contacts.value(name); }
    qint64 addItem(ItemKind kind, const QString &name, qint64 parent);
    qint64 addContact(ContactKind kind, const QString &name);
    Assignment assign(const QString &itemName, const QString &contactName, const QString &role,
                      Priority priority = Priority::Primary, const QString &note = QString());
    /// @p contactName's assignments as "item role priority note position from until confirmed by", by item.
    QStringList assignmentsOf(const QString &contactName);
    QStringList teamsOf(const QString &contactName);
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run steward(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_items;
    QHash<QString, qint64> m_contacts;
    QHash<qint64, QString> m_names;
};

void TestHandover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("handover"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_store->setClock([] { return kMade; });
    m_store->setActor(QStringLiteral("setup"));
    m_items.clear();
    m_contacts.clear();
    m_names.clear();

    const qint64 org = addItem(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    const qint64 cloud = addItem(ItemKind::Provider, QStringLiteral("Cloud"), org);
    const qint64 host = addItem(ItemKind::Host, QStringLiteral("h1"), cloud);
    for (const char *name : {"s1", "s2", "s3", "s4", "s5"})
        addItem(ItemKind::Service, QString::fromLatin1(name), host);
    for (const char *name : {"Xavier", "Yvonne", "Alice"})
        addContact(ContactKind::Person, QString::fromLatin1(name));
    addContact(ContactKind::MailingList, QStringLiteral("ops@acme.example"));
    addContact(ContactKind::Team, QStringLiteral("Solo"));
    addContact(ContactKind::Team, QStringLiteral("Duo"));
    QString error;
    QVERIFY2(
        m_store->setTeamMember(membership(contact(QStringLiteral("Solo")), contact(QStringLiteral("Xavier"))), &error),
        qPrintable(error));
    QVERIFY2(
        m_store->setTeamMember(membership(contact(QStringLiteral("Duo")), contact(QStringLiteral("Alice"))), &error),
        qPrintable(error));
    // Xavier leads Duo, second in its order, with a note.
    QVERIFY2(m_store->setTeamMember(membership(contact(QStringLiteral("Duo")), contact(QStringLiteral("Xavier")),
                                               QStringLiteral("lead"), QStringLiteral("on call"), 1),
                                    &error),
             qPrintable(error));

    QVERIFY(assign(QStringLiteral("Acme"), QStringLiteral("ops@acme.example"), QStringLiteral("escalation")).id);
    QVERIFY(assign(QStringLiteral("s1"), QStringLiteral("Alice"), QStringLiteral("owner")).id);
    // s1: Xavier second in its list, with a note and cover dates.
    Assignment s1 = assign(QStringLiteral("s1"), QStringLiteral("Xavier"), QStringLiteral("owner"), Priority::Primary,
                           QStringLiteral("particularly"));
    s1.validFrom = QDate(2026, 1, 1);
    s1.validUntil = QDate(2027, 1, 15);
    QVERIFY2(m_store->updateAssignment(s1, &error), qPrintable(error));
    QVERIFY(assign(QStringLiteral("s2"), QStringLiteral("Xavier"), QStringLiteral("owner"), Priority::Secondary).id);
    QVERIFY(assign(QStringLiteral("s3"), QStringLiteral("Xavier"), QStringLiteral("maintainer")).id);
    QVERIFY(assign(QStringLiteral("s4"), QStringLiteral("Yvonne"), QStringLiteral("owner")).id);
    QVERIFY(assign(QStringLiteral("s4"), QStringLiteral("Xavier"), QStringLiteral("owner")).id);
    QVERIFY(assign(QStringLiteral("s5"), QStringLiteral("Yvonne"), QStringLiteral("owner")).id);
    QVERIFY(
        assign(QStringLiteral("s5"), QStringLiteral("Xavier"), QStringLiteral("maintainer"), Priority::Inactive).id);
    QVERIFY(assign(QStringLiteral("Cloud"), QStringLiteral("Xavier"), QStringLiteral("contact")).id);
    m_store->setActor(QStringLiteral("hannah"));
    m_store->setClock([] { return kFirst; });
}

void TestHandover::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestHandover::addItem(ItemKind kind, const QString &name, qint64 parent)
{
    Item i;
    i.kind = kind;
    i.name = name;
    i.parentId = parent;
    if (kind == ItemKind::Host)
        i.hostname = name;
    QString error;
    const auto id = m_store->createItem(i, &error);
    if (!id)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(error));
    m_items.insert(name, *id);
    m_names.insert(*id, name);
    return *id;
}

qint64 TestHandover::addContact(ContactKind kind, const QString &name)
{
    Contact c;
    c.kind = kind;
    c.name = name;
    QString error;
    const auto id = m_store->createContact(c, &error);
    if (!id)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(error));
    m_contacts.insert(name, *id);
    return *id;
}

Assignment TestHandover::assign(const QString &itemName, const QString &contactName, const QString &role,
                                Priority priority, const QString &note)
{
    Assignment a;
    a.itemId = item(itemName);
    a.contactId = contact(contactName);
    a.role = role;
    a.priority = priority;
    a.note = note;
    QString error;
    if (!m_store->addAssignment(a, &error))
        qWarning("cannot assign %s to %s: %s", qPrintable(contactName), qPrintable(itemName), qPrintable(error));
    return a;
}

QStringList TestHandover::assignmentsOf(const QString &contactName)
{
    QStringList rows;
    for (const Assignment &a : test::must(m_store->assignmentsOfContact(contact(contactName), test::readError()))) {
        rows << QStringLiteral("%1 %2 %3 '%4' @%5 %6..%7 %8 %9")
                    .arg(m_names.value(a.itemId), a.role, keys::priority(a.priority), a.note)
                    .arg(a.position)
                    .arg(a.validFrom.toString(Qt::ISODate), a.validUntil.toString(Qt::ISODate),
                         a.confirmedAt.toString(Qt::ISODate), a.confirmedBy);
    }
    return rows;
}

QStringList TestHandover::teamsOf(const QString &contactName)
{
    QStringList rows;
    for (const TeamMember &m : test::must(m_store->memberships(contact(contactName), test::readError()))) {
        if (m.memberId == contact(contactName))
            rows << QStringLiteral("%1 %2 '%3' @%4").arg(m.teamId).arg(m.role, m.note).arg(m.position);
    }
    return rows;
}

void TestHandover::planSaysWhatWouldHappen()
{
    QString error;
    const QStringList before = test::dumpInventory(m_db->path());
    const auto plan =
        planHandover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->everything);
    QCOMPARE(plan->from.name, QStringLiteral("Xavier"));
    QCOMPARE(plan->to.name, QStringLiteral("Yvonne"));
    QStringList moves, merges;
    for (const Assignment &a : plan->moves)
        moves << plan->itemNames.value(a.itemId) + QLatin1Char(' ') + a.role;
    for (const Assignment &a : plan->merges)
        merges << plan->itemNames.value(a.itemId) + QLatin1Char(' ') + a.role;
    moves.sort();
    QCOMPARE(moves,
             (QStringList{QStringLiteral("Cloud contact"), QStringLiteral("s1 owner"), QStringLiteral("s2 owner"),
                          QStringLiteral("s3 maintainer"), QStringLiteral("s5 maintainer")}));
    // Yvonne owns s4 already: Xavier's goes instead.
    QCOMPARE(merges, QStringList{QStringLiteral("s4 owner")});
    QCOMPARE(plan->teams.size(), 2);
    QCOMPARE(plan->teamsKept, 0);
    QStringList teams;
    for (const TeamMember &m : plan->teams)
        teams << plan->teamNames.value(m.teamId);
    teams.sort();
    QCOMPARE(teams, (QStringList{QStringLiteral("Duo"), QStringLiteral("Solo")}));
    QVERIFY(!plan->applied);
    QCOMPARE(plan->mergedIntoInactive, 0);
    QCOMPARE(test::dumpInventory(m_db->path()), before); // a plan writes nothing

    // Yvonne's own s4 is inactive: the plan says the item keeps only that.
    for (Assignment a : test::must(m_store->assignments(item(QStringLiteral("s4")), test::readError()))) {
        if (a.contactId != contact(QStringLiteral("Yvonne")))
            continue;
        a.priority = Priority::Inactive;
        QVERIFY2(m_store->updateAssignment(a, &error), qPrintable(error));
    }
    const auto again =
        planHandover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->merges.size(), 1);
    QCOMPARE(again->mergedIntoInactive, 1);
}

void TestHandover::handOverEverything()
{
    QString error;
    const QStringList xavierBefore = assignmentsOf(QStringLiteral("Xavier"));
    const auto done = handover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {},
                               QStringLiteral("Hand over Xavier to Yvonne"), &error);
    QVERIFY2(done, qPrintable(error));
    QVERIFY(done->applied);
    QCOMPARE(assignmentsOf(QStringLiteral("Xavier")), QStringList());
    QCOMPARE(teamsOf(QStringLiteral("Xavier")), QStringList());
    // Each of his is hers with the same role, priority, note, cover and place, confirmed
    // now by the actor; s4 keeps only her own; s5 has her as owner and as maintainer.
    const QString now = kFirst.toString(Qt::ISODate);
    const QString made = kMade.toString(Qt::ISODate);
    QCOMPARE(assignmentsOf(QStringLiteral("Yvonne")),
             (QStringList{
                 QStringLiteral("Cloud contact primary '' @0 .. %1 hannah").arg(now),
                 QStringLiteral("s1 owner primary 'particularly' @1 2026-01-01..2027-01-15 %1 hannah").arg(now),
                 QStringLiteral("s2 owner secondary '' @0 .. %1 hannah").arg(now),
                 QStringLiteral("s3 maintainer primary '' @0 .. %1 hannah").arg(now),
                 QStringLiteral("s4 owner primary '' @0 .. %1 setup").arg(made),
                 QStringLiteral("s5 owner primary '' @0 .. %1 setup").arg(made),
                 QStringLiteral("s5 maintainer inactive '' @1 .. %1 hannah").arg(now),
             }));
    // The moved ones kept their ids.
    for (const Assignment &a : done->moves) {
        const auto now = m_store->assignmentById(a.id, &error);
        QVERIFY2(now, qPrintable(error));
        QCOMPARE(now->contactId, contact(QStringLiteral("Yvonne")));
        QCOMPARE(now->version, a.version + 1);
    }
    QCOMPARE(xavierBefore.size(), 6);
    // Duo keeps Alice.
    QCOMPARE(test::must(m_store->teamMembers(contact(QStringLiteral("Duo")), test::readError())).size(), 1);
}

void TestHandover::undoAndRedoTwiceLeaveTheExactRows()
{
    QString error;
    const QString location = m_db->path();
    const QStringList before = test::dumpInventory(location);
    auto plan =
        planHandover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(applyHandover(*m_store, &*plan, QStringLiteral("Hand over"), &error), qPrintable(error));
    const QStringList after = test::dumpInventory(location);
    QVERIFY(after != before);
    for (int round = 0; round < 2; ++round) {
        // Undo puts back his assignments (ids, places, confirmations, cover), the merged
        // one with its id, and his memberships with role, note and place.
        m_store->setClock([] { return kLater; });
        QVERIFY2(revertHandover(*m_store, &*plan, QStringLiteral("Undo: Hand over"), &error), qPrintable(error));
        QCOMPARE(test::dumpInventory(location), before);
        QVERIFY(!plan->applied);
        // A second undo is refused: there is nothing applied to take back.
        QVERIFY(!revertHandover(*m_store, &*plan, QStringLiteral("Undo"), &error));
        // Redo, later: exactly as the first time, its confirmation included.
        QVERIFY2(applyHandover(*m_store, &*plan, QStringLiteral("Hand over"), &error), qPrintable(error));
        QCOMPARE(test::dumpInventory(location), after);
    }
    QCOMPARE(plan->confirmedAt, kFirst);
    QCOMPARE(teamsOf(QStringLiteral("Xavier")), QStringList());
    QVERIFY2(revertHandover(*m_store, &*plan, QStringLiteral("Undo"), &error), qPrintable(error));
    QCOMPARE(teamsOf(QStringLiteral("Xavier")).size(), 2);
    QVERIFY(teamsOf(QStringLiteral("Xavier"))
                .contains(QStringLiteral("%1 lead 'on call' @1").arg(contact(QStringLiteral("Duo")))));
}

void TestHandover::oneHistoryBatchWithARowPerChange()
{
    QString error;
    const auto done = handover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {},
                               QStringLiteral("Hand over Xavier to Yvonne"), &error);
    QVERIFY2(done, qPrintable(error));
    const qint64 batch = m_store->lastBatchId();
    QVERIFY(batch > 0);
    const QVector<HistoryEntry> history = test::must(m_store->history(0, 100, test::readError()));
    QVector<HistoryEntry> ofBatch;
    for (const HistoryEntry &e : history) {
        if (e.batchId == batch)
            ofBatch << e;
    }
    // 5 moved (update), 1 merged away (delete), 2 memberships (delete): one batch, one label.
    QCOMPARE(ofBatch.size(), 8);
    int updates = 0, deletes = 0, members = 0;
    for (const HistoryEntry &e : std::as_const(ofBatch)) {
        QCOMPARE(e.label, QStringLiteral("Hand over Xavier to Yvonne"));
        if (e.entity == QLatin1String("team_member")) {
            ++members;
            continue;
        }
        QCOMPARE(e.entity, QStringLiteral("assignment"));
        if (e.action == QLatin1String("update")) {
            ++updates;
            QVERIFY2(e.before.contains(QStringLiteral("\"contact_id\":%1").arg(contact(QStringLiteral("Xavier")))),
                     qPrintable(e.before));
            QVERIFY2(e.after.contains(QStringLiteral("\"contact_id\":%1").arg(contact(QStringLiteral("Yvonne")))),
                     qPrintable(e.after));
            QVERIFY2(e.summary.startsWith(QStringLiteral("Handed Xavier as ")), qPrintable(e.summary));
            QVERIFY2(e.summary.endsWith(QStringLiteral(" over to Yvonne")), qPrintable(e.summary));
            QVERIFY(e.itemId > 0);
        } else {
            ++deletes;
            QCOMPARE(e.action, QStringLiteral("delete"));
            QCOMPARE(e.itemId, item(QStringLiteral("s4")));
        }
    }
    QCOMPARE(updates, 5);
    QCOMPARE(deletes, 1);
    QCOMPARE(members, 2);
    // The undo is one batch of its own, a row per change again.
    auto record = *done;
    QVERIFY2(revertHandover(*m_store, &record, QStringLiteral("Undo: Hand over Xavier to Yvonne"), &error),
             qPrintable(error));
    const qint64 undoBatch = m_store->lastBatchId();
    QVERIFY(undoBatch > batch);
    int undoRows = 0;
    for (const HistoryEntry &e : test::must(m_store->history(0, 100, test::readError()))) {
        if (e.batchId == undoBatch) {
            ++undoRows;
            QCOMPARE(e.label, QStringLiteral("Undo: Hand over Xavier to Yvonne"));
        }
    }
    QCOMPARE(undoRows, 8);
}

void TestHandover::byRoleKeepsTheRestAndTheTeams()
{
    QString error;
    const auto done = handover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")),
                               {QStringLiteral(" owner ")}, {}, QStringLiteral("Hand over owner"), &error);
    QVERIFY2(done, qPrintable(error));
    QVERIFY(!done->everything);
    QCOMPARE(done->roles, QStringList{QStringLiteral("owner")});
    QCOMPARE(done->moves.size(), 2);  // s1, s2
    QCOMPARE(done->merges.size(), 1); // s4
    QVERIFY(done->teams.isEmpty());
    QCOMPARE(done->teamsKept, 2);
    QCOMPARE(
        assignmentsOf(QStringLiteral("Xavier")),
        (QStringList{QStringLiteral("Cloud contact primary '' @0 .. %1 setup").arg(kMade.toString(Qt::ISODate)),
                     QStringLiteral("s3 maintainer primary '' @0 .. %1 setup").arg(kMade.toString(Qt::ISODate)),
                     QStringLiteral("s5 maintainer inactive '' @1 .. %1 setup").arg(kMade.toString(Qt::ISODate))}));
    QCOMPARE(teamsOf(QStringLiteral("Xavier")).size(), 2);
}

void TestHandover::byItem()
{
    QString error;
    const QString location = m_db->path();
    const QStringList before = test::dumpInventory(location);
    auto done = handover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Alice")), {},
                         {item(QStringLiteral("s1")), item(QStringLiteral("s3"))}, QStringLiteral("By item"), &error);
    QVERIFY2(done, qPrintable(error));
    // Alice owns s1 already (merge); s3 moves; nothing else, no teams.
    QCOMPARE(done->moves.size(), 1);
    QCOMPARE(done->merges.size(), 1);
    QCOMPARE(m_names.value(done->moves.first().itemId), QStringLiteral("s3"));
    QCOMPARE(m_names.value(done->merges.first().itemId), QStringLiteral("s1"));
    QVERIFY(done->teams.isEmpty());
    QCOMPARE(assignmentsOf(QStringLiteral("Xavier")).size(), 4);
    QVERIFY2(revertHandover(*m_store, &*done, QStringLiteral("Undo"), &error), qPrintable(error));
    QCOMPARE(test::dumpInventory(location), before);
    // By role and item at once.
    done = handover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Alice")),
                    {QStringLiteral("owner"), QStringLiteral("contact")},
                    {item(QStringLiteral("s2")), item(QStringLiteral("s3")), item(QStringLiteral("Cloud"))},
                    QStringLiteral("Both"), &error);
    QVERIFY2(done, qPrintable(error));
    QCOMPARE(done->moves.size(), 2); // s2 owner, Cloud contact; not s3 maintainer
    QVERIFY(done->merges.isEmpty());
}

void TestHandover::refusals()
{
    QString error;
    const qint64 xavier = contact(QStringLiteral("Xavier")), yvonne = contact(QStringLiteral("Yvonne"));
    const QStringList before = test::dumpInventory(m_db->path());
    QVERIFY(!planHandover(*m_store, xavier, xavier, {}, {}, &error));
    QCOMPARE(error, QStringLiteral("Xavier cannot hand over to itself: choose someone else."));
    QVERIFY(!planHandover(*m_store, 987654, yvonne, {}, {}, &error));
    QCOMPARE(error, QStringLiteral("Contact 987654 does not exist."));
    QVERIFY(!planHandover(*m_store, xavier, 987654, {}, {}, &error));
    QCOMPARE(error, QStringLiteral("Contact 987654 does not exist."));
    QVERIFY(!planHandover(*m_store, xavier, yvonne, {QStringLiteral("sponsor")}, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Xavier has no assignment as sponsor (only as ")), qPrintable(error));
    QVERIFY(!planHandover(*m_store, xavier, yvonne, {}, {item(QStringLiteral("h1"))}, &error));
    QCOMPARE(error, QStringLiteral("Xavier is not assigned to the 1 item(s) given."));
    QVERIFY(
        !planHandover(*m_store, xavier, yvonne, {QStringLiteral("maintainer")}, {item(QStringLiteral("s1"))}, &error));
    QCOMPARE(error, QStringLiteral("Xavier has no assignment as maintainer on the 1 item(s) given."));
    const qint64 newcomer = addContact(ContactKind::Person, QStringLiteral("Newcomer"));
    QVERIFY(!planHandover(*m_store, newcomer, yvonne, {}, {}, &error));
    QCOMPARE(error, QStringLiteral("Newcomer has nothing to hand over: no assignments and no teams."));
    // Alice is in Duo, with one assignment: everything is that and the team.
    const auto alice = planHandover(*m_store, contact(QStringLiteral("Alice")), yvonne, {}, {}, &error);
    QVERIFY2(alice, qPrintable(error));
    QCOMPARE(alice->teams.size(), 1);
    // Nothing was written by any of it (but the newcomer).
    QCOMPARE(test::dumpInventory(m_db->path()).size(), before.size() + 1);
}

void TestHandover::refusedWhenSomethingChangedSinceThePlan_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("an assignment edited") << QStringLiteral("edit");
    QTest::newRow("an assignment added") << QStringLiteral("add");
    QTest::newRow("an assignment removed") << QStringLiteral("remove");
    QTest::newRow("the other given a moved item") << QStringLiteral("conflict");
    QTest::newRow("the other's merged one removed") << QStringLiteral("unmerge");
    QTest::newRow("a team left") << QStringLiteral("team");
    QTest::newRow("the other deleted") << QStringLiteral("deleted");
}

void TestHandover::refusedWhenSomethingChangedSinceThePlan()
{
    QFETCH(QString, change);
    QString error;
    auto plan =
        planHandover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    // Someone else changes what the plan was made from.
    const auto xavier = test::must(m_store->assignmentsOfContact(contact(QStringLiteral("Xavier")), test::readError()));
    if (change == QLatin1String("edit")) {
        Assignment a = xavier.first();
        a.note = QStringLiteral("changed meanwhile");
        QVERIFY2(m_store->updateAssignment(a, &error), qPrintable(error));
    } else if (change == QLatin1String("add")) {
        QVERIFY(assign(QStringLiteral("s3"), QStringLiteral("Xavier"), QStringLiteral("sponsor")).id);
    } else if (change == QLatin1String("remove")) {
        QVERIFY2(m_store->removeAssignment(xavier.last().id, &error), qPrintable(error));
    } else if (change == QLatin1String("conflict")) {
        QVERIFY(assign(QStringLiteral("s2"), QStringLiteral("Yvonne"), QStringLiteral("owner")).id);
    } else if (change == QLatin1String("unmerge")) {
        for (const Assignment &a : test::must(m_store->assignments(item(QStringLiteral("s4")), test::readError()))) {
            if (a.contactId == contact(QStringLiteral("Yvonne")))
                QVERIFY2(m_store->removeAssignment(a.id, &error), qPrintable(error));
        }
    } else if (change == QLatin1String("team")) {
        QVERIFY2(m_store->removeTeamMember(contact(QStringLiteral("Solo")), contact(QStringLiteral("Xavier")), &error),
                 qPrintable(error));
    } else {
        QVERIFY2(m_store->deleteContact(contact(QStringLiteral("Yvonne")), &error), qPrintable(error));
    }
    const QStringList changed = test::dumpInventory(m_db->path());
    const qint64 lastBatch = m_store->lastBatchId();
    QVERIFY(!applyHandover(*m_store, &*plan, QStringLiteral("Hand over"), &error));
    QCOMPARE(error, QStringLiteral("Xavier's assignments or teams changed since the hand-over to Yvonne was planned; "
                                   "nothing was changed. Look at it again."));
    QCOMPARE(test::dumpInventory(m_db->path()), changed);
    QCOMPARE(m_store->lastBatchId(), lastBatch);
    QVERIFY(!plan->applied);
    if (change == QLatin1String("deleted")) {
        QVERIFY(!planHandover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {},
                              &error));
        return;
    }
    // A new plan sees what is there now.
    plan = planHandover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(applyHandover(*m_store, &*plan, QStringLiteral("Hand over"), &error), qPrintable(error));
    QCOMPARE(assignmentsOf(QStringLiteral("Xavier")), QStringList());
}

void TestHandover::undoRefusedWhenSomethingChangedSince_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("a moved one edited") << QStringLiteral("edit");
    QTest::newRow("a moved one removed") << QStringLiteral("remove");
    QTest::newRow("a merged one made again") << QStringLiteral("again");
    QTest::newRow("a team joined again") << QStringLiteral("team");
}

void TestHandover::undoRefusedWhenSomethingChangedSince()
{
    QFETCH(QString, change);
    QString error;
    auto done = handover(*m_store, contact(QStringLiteral("Xavier")), contact(QStringLiteral("Yvonne")), {}, {},
                         QStringLiteral("Hand over"), &error);
    QVERIFY2(done, qPrintable(error));
    const qint64 s1Id = done->moves.at(1).id;
    QCOMPARE(m_names.value(done->moves.at(1).itemId), QStringLiteral("s1"));
    if (change == QLatin1String("edit")) {
        Assignment s1 = test::must(m_store->assignmentById(s1Id, test::readError()));
        s1.note = QStringLiteral("hers now");
        QVERIFY2(m_store->updateAssignment(s1, &error), qPrintable(error));
    } else if (change == QLatin1String("remove")) {
        QVERIFY2(m_store->removeAssignment(s1Id, &error), qPrintable(error));
    } else if (change == QLatin1String("again")) {
        QVERIFY(assign(QStringLiteral("s4"), QStringLiteral("Xavier"), QStringLiteral("owner")).id);
    } else {
        QVERIFY2(m_store->setTeamMember(membership(contact(QStringLiteral("Solo")), contact(QStringLiteral("Xavier"))),
                                        &error),
                 qPrintable(error));
    }
    const QStringList now = test::dumpInventory(m_db->path());
    QVERIFY(!revertHandover(*m_store, &*done, QStringLiteral("Undo"), &error));
    QCOMPARE(error, QStringLiteral("Assignments Yvonne was handed from Xavier changed since; the hand-over cannot be "
                                   "taken back and nothing was changed."));
    QCOMPARE(test::dumpInventory(m_db->path()), now);
    QVERIFY(done->applied);
}

TestHandover::Run TestHandover::steward(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out or did not start: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestHandover::commandLine()
{
    const QString db = m_db->path();
    const QStringList before = test::dumpInventory(db);
    Run r = steward({QStringLiteral("handover"), QStringLiteral("xavier"), QStringLiteral("YVONNE"),
                     QStringLiteral("--dry-run"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.startsWith(QStringLiteral("5 assignment(s) would move from Xavier to Yvonne.\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\n  owner of s1\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 assignment(s) of Xavier would go instead: Yvonne has the item in that "
                                           "role already.\n  owner of s4\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Xavier would leave ")), qPrintable(r.out));
    QVERIFY2(r.out.endsWith(QStringLiteral("Dry run: nothing was changed.\n")), qPrintable(r.out));
    QCOMPARE(test::dumpInventory(db), before);

    // By role: the teams stay, and it says so.
    r = steward({QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("Yvonne"),
                 QStringLiteral("--role"), QStringLiteral("maintainer"), QStringLiteral("--item"), QStringLiteral("s3"),
                 QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("1 assignment(s) moved from Xavier to Yvonne.\nXavier stays in 2 team(s): only "
                                   "handing over everything takes them out of their teams.\n"));
    QCOMPARE(assignmentsOf(QStringLiteral("Xavier")).size(), 5);
    // Everything else.
    r = steward(
        {QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("Yvonne"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("4 assignment(s) moved from Xavier to Yvonne.\n")), qPrintable(r.out));
    QCOMPARE(assignmentsOf(QStringLiteral("Xavier")), QStringList());
    QCOMPARE(teamsOf(QStringLiteral("Xavier")), QStringList());
    // Its history: one batch named for it.
    const QVector<HistoryEntry> history = test::must(m_store->history(0, 1, test::readError()));
    QCOMPARE(history.value(0).label, QStringLiteral("Hand over Xavier to Yvonne"));
}

void TestHandover::commandLineErrors()
{
    const QString db = m_db->path();
    const QStringList before = test::dumpInventory(db);
    Run r = steward(
        {QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("Nobody"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("steward: no contact is called \"Nobody\".\n"));
    r = steward(
        {QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("xavier"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("steward: Xavier cannot hand over to itself: choose someone else.\n"));
    r = steward({QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("Yvonne"),
                 QStringLiteral("--role"), QStringLiteral("sponsor"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("steward: Xavier has no assignment as sponsor")), qPrintable(r.err));
    r = steward({QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("Yvonne"),
                 QStringLiteral("--item"), QStringLiteral("no-such-item"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    r = steward({QStringLiteral("handover"), QStringLiteral("Alice"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);
    r = steward({QStringLiteral("handover"), QStringLiteral("Xavier"), QStringLiteral("Yvonne"),
                 QStringLiteral("--role"), QStringLiteral(" "), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(test::dumpInventory(db), before);
}

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
