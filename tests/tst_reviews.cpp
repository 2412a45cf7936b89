// Reviews: how often each role's assignments are to be confirmed (role_def), which are
// overdue at an injected time (at the exact edge too), the oldest-first list, confirming
// as one batch with undo and redo that put back exactly what was, and what the gaps report,
// the dashboard and the resolver make of it. On SQLite and PostgreSQL (tst_reviews_pg).

#include "ConfirmOperation.h"
#include "ContactResolver.h"
#include "DashboardData.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "Reports.h"
#include "Reviews.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

const QDateTime kMade(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestReviews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void builtInIntervalsAndYourOwn();
    void defineRoleRefusesWhatCannotBe();
    void overdueAtTheExactEdge();
    void theQueryAgreesAtTheEdge();
    void neverConfirmedIsDueAndFirst();
    void inactiveAndNeverRolesAreNotDue();
    void endedCoverIsNotReviewed();
    void oldestFirstByWhenDue();
    void confirmIsOneBatchWithOneStamp();
    void undoAndRedoPutBackExactly();
    void undoRefusedAfterAnotherEditChangesNothing();
    void confirmRefusesNothingAndUnknown();
    void helpersChooseTheAssignments();
    void gapsReportEndsWithReviewOverdue();
    void dashboardFreshness();
    void resolverCarriesTheConfirmation();
    void confirmedAgoInWords();

private:
    qint64 item(const QString &name)
    {
        return test::must(m_store->findItemsByName(name, test::readError())).value(0).id;
    }
    qint64 contact(const QString &name)
    {
        return test::must(m_store->findContactsByName(name, test::readError())).value(0).id;
    }
    Assignment assignmentOf(const QString &itemName, const QString &contactName);
    /// Sets one assignment's confirmation as given (as undo does), at the store's level.
    void setConfirmation(qint64 id, const QDateTime &at, const QString &by);
    QVector<ReviewEntry> due(const QDateTime &now);
    /// "item/contact/role" of each entry.
    static QStringList names(const QVector<ReviewEntry> &entries);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestReviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("reviews"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    // Every assignment of the example is made, and so confirmed, at kMade by alice.
    m_store->setActor(QStringLiteral("alice"));
    m_store->setClock([] { return kMade; });
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
}

void TestReviews::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Assignment TestReviews::assignmentOf(const QString &itemName, const QString &contactName)
{
    const qint64 c = contact(contactName);
    for (const Assignment &a : test::must(m_store->assignments(item(itemName), test::readError()))) {
        if (a.contactId == c)
            return a;
    }
    qFatal("%s has no assignment of %s", qPrintable(itemName), qPrintable(contactName));
}

void TestReviews::setConfirmation(qint64 id, const QDateTime &at, const QString &by)
{
    Assignment a = test::must(m_store->assignmentById(id, test::readError()));
    a.confirmedAt = at;
    a.confirmedBy = by;
    QString error;
    QVERIFY2(m_store->updateAssignment(a, &error, Store::Confirmation::AsGiven), qPrintable(error));
}

QVector<ReviewEntry> TestReviews::due(const QDateTime &now)
{
    m_store->setClock([now] { return now; });
    return test::must(Reviews::list(*m_store, true, test::readError()));
}

QStringList TestReviews::names(const QVector<ReviewEntry> &entries)
{
    QStringList list;
    for (const ReviewEntry &e : entries)
        list << QStringLiteral("%1/%2/%3").arg(e.row.itemName, e.row.contactName, e.row.assignment.role);
    return list;
}

void TestReviews::builtInIntervalsAndYourOwn()
{
    QString error;
    auto defs = test::must(m_store->roleDefs(test::readError()));
    QStringList shown;
    for (const RoleDef &d : defs)
        shown << QStringLiteral("%1=%2%3%4")
                     .arg(d.role, d.reviewDays ? QString::number(*d.reviewDays) : QStringLiteral("never"),
                          d.builtin ? QStringLiteral(" built-in") : QString(),
                          d.declared ? QStringLiteral(" declared") : QString());
    QCOMPARE(
        shown,
        (QStringList{QStringLiteral("owner=180 built-in declared"), QStringLiteral("maintainer=180 built-in declared"),
                     QStringLiteral("contact=365 built-in declared"), QStringLiteral("escalation=90 built-in declared"),
                     QStringLiteral("sponsor=365 built-in declared")}));

    // One's own roles, after the built-in ones by name; a built-in one's interval is the inventory's.
    QVERIFY2(m_store->defineRole(QStringLiteral("  on-call "), 30, &error), qPrintable(error));
    QVERIFY2(m_store->defineRole(QStringLiteral("auditor"), std::nullopt, &error), qPrintable(error));
    QVERIFY2(m_store->defineRole(QStringLiteral("owner"), 90, &error), qPrintable(error));
    defs = test::must(m_store->roleDefs(test::readError()));
    QCOMPARE(defs.size(), 7);
    QCOMPARE(defs.at(0).reviewDays, std::optional<int>(90));
    QCOMPARE(defs.at(5).role, QStringLiteral("auditor"));
    QVERIFY(!defs.at(5).builtin && defs.at(5).declared && !defs.at(5).reviewDays);
    QCOMPARE(defs.at(6).role, QStringLiteral("on-call"));
    QCOMPARE(defs.at(6).reviewDays, std::optional<int>(30));

    const ReviewIntervals intervals = test::must(ReviewIntervals::load(*m_store, test::readError()));
    QCOMPARE(intervals.daysFor(QStringLiteral("owner")), std::optional<int>(90));
    QCOMPARE(intervals.daysFor(QStringLiteral("auditor")), std::optional<int>());
    QCOMPARE(intervals.daysFor(QStringLiteral("on-call")), std::optional<int>(30));
    // A role nobody declared has the default.
    QCOMPARE(intervals.daysFor(QStringLiteral("data steward")), std::optional<int>(ownership::kDefaultReviewDays));
    QCOMPARE(ownership::kDefaultReviewDays, 180);

    // Set again: changed, not added twice. Removed: the default again.
    QVERIFY2(m_store->defineRole(QStringLiteral("on-call"), 45, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->roleDefs(test::readError())).size(), 7);
    QVERIFY2(m_store->removeRoleDef(QStringLiteral("on-call"), &error), qPrintable(error));
    QCOMPARE(test::must(ReviewIntervals::load(*m_store, test::readError())).daysFor(QStringLiteral("on-call")),
             std::optional<int>(180));
    QVERIFY(!m_store->removeRoleDef(QStringLiteral("on-call"), &error));
    QCOMPARE(error, QStringLiteral("There is no role \"on-call\" of your own."));
}

void TestReviews::defineRoleRefusesWhatCannotBe()
{
    const auto before = test::must(m_store->roleDefs(test::readError()));
    QString error;
    QVERIFY(!m_store->defineRole(QStringLiteral("on-call"), 0, &error));
    QCOMPARE(error, QStringLiteral("A review interval is from 1 to 3650 days, or never."));
    QVERIFY(!m_store->defineRole(QStringLiteral("on-call"), 3651, &error));
    QVERIFY(!m_store->defineRole(QStringLiteral("on-call"), -5, &error));
    QVERIFY(m_store->defineRole(QStringLiteral("edge-low"), 1, &error));
    QVERIFY(m_store->defineRole(QStringLiteral("edge-high"), 3650, &error));
    QVERIFY(!m_store->defineRole(QStringLiteral("   "), 30, &error));
    QCOMPARE(error, QStringLiteral("A role needs a name."));
    QVERIFY(!m_store->defineRole(QStringLiteral("on\x1b[2Jcall"), 30, &error));
    QVERIFY2(error.contains(QStringLiteral("U+001B")), qPrintable(error));
    QVERIFY(!m_store->defineRole(QString(201, QLatin1Char('r')), 30, &error));
    // A built-in role's declaration stays: only its interval changes.
    QVERIFY(!m_store->removeRoleDef(QStringLiteral("owner"), &error));
    QCOMPARE(error, QStringLiteral("\"owner\" is a built-in role; give it another interval instead."));
    QCOMPARE(test::must(m_store->roleDefs(test::readError())).size(), before.size() + 2);
}

void TestReviews::overdueAtTheExactEdge()
{
    Assignment a;
    a.role = QStringLiteral("owner");
    a.confirmedAt = kMade;
    const QDateTime edge = kMade.addDays(180);
    QCOMPARE(dueAt(a, 180), edge);
    QVERIFY(!isOverdue(a, 180, edge));
    QVERIFY(isOverdue(a, 180, edge.addMSecs(1)));
    QVERIFY(!isOverdue(a, 180, edge.addMSecs(-1)));
    QCOMPARE(reviewState(a, 180, edge), ReviewState::DueSoon);
    QCOMPARE(reviewState(a, 180, edge.addMSecs(1)), ReviewState::Overdue);
    // Due soon: due within kDueSoonDays from now, that edge excluded as the other.
    QCOMPARE(reviewState(a, 180, edge.addDays(-30).addMSecs(1)), ReviewState::DueSoon);
    QCOMPARE(reviewState(a, 180, edge.addDays(-30)), ReviewState::Fresh);
    // Never reviewed, inactive: never due, however old.
    QVERIFY(!isOverdue(a, std::nullopt, edge.addYears(10)));
    QCOMPARE(dueAt(a, std::nullopt), QDateTime());
    a.priority = Priority::Inactive;
    QVERIFY(!isOverdue(a, 180, edge.addYears(10)));
    QCOMPARE(reviewState(a, 180, edge.addYears(10)), ReviewState::NotReviewed);
    // Never confirmed: due since always.
    a.priority = Priority::Primary;
    a.confirmedAt = QDateTime();
    QVERIFY(isOverdue(a, 180, kMade));
    QCOMPARE(dueAt(a, 180), QDateTime());
    QCOMPARE(reviewState(a, 180, kMade), ReviewState::NeverConfirmed);
}

void TestReviews::theQueryAgreesAtTheEdge()
{
    // The example's escalations (90 days) fall due first: at the edge itself nothing is
    // due, a millisecond later exactly those two, by the query's bound cut-off.
    QVERIFY(due(kMade.addDays(90)).isEmpty());
    QCOMPARE(names(due(kMade.addDays(90).addMSecs(1))),
             (QStringList{QStringLiteral("Python Software Foundation/#python-infra/escalation"),
                          QStringLiteral("Python Software Foundation/infrastructure-staff@python.org/escalation")}));
    // Owners and maintainers at 180 days; contacts (365) not yet.
    QCOMPARE(due(kMade.addDays(180)).size(), 2);
    const QVector<ReviewEntry> later = due(kMade.addDays(180).addMSecs(1));
    QCOMPARE(later.size(), 2 + 13);
    for (const ReviewEntry &e : later) {
        QCOMPARE(e.state, ReviewState::Overdue);
        QVERIFY(e.row.assignment.role != QLatin1String("contact"));
        QCOMPARE(e.row.assignment.confirmedAt, kMade);
        QCOMPARE(e.row.assignment.confirmedBy, QStringLiteral("alice"));
    }
    QCOMPARE(due(kMade.addDays(365)).size(), 15);
    QCOMPARE(due(kMade.addDays(365).addMSecs(1)).size(), 20); // every one of the example
    // A role's interval changed: the query follows it.
    QString error;
    QVERIFY2(m_store->defineRole(QStringLiteral("contact"), 10, &error), qPrintable(error));
    QCOMPARE(due(kMade.addDays(10)).size(), 0);
    QCOMPARE(due(kMade.addDays(10).addMSecs(1)).size(), 5);
}

void TestReviews::neverConfirmedIsDueAndFirst()
{
    const Assignment richard = assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Richard Jones"));
    setConfirmation(richard.id, QDateTime(), QString());
    const Assignment stored = test::must(m_store->assignmentById(richard.id, test::readError()));
    QVERIFY(!stored.confirmedAt.isValid());
    // Due the moment it is looked at, before anything else.
    const QVector<ReviewEntry> now = due(kMade);
    QCOMPARE(names(now), QStringList{QStringLiteral("PyPI/Richard Jones/maintainer")});
    QCOMPARE(now.first().state, ReviewState::NeverConfirmed);
    QVERIFY(!now.first().dueAt.isValid());
    const QVector<ReviewEntry> later = due(kMade.addYears(2));
    QCOMPARE(later.size(), 20);
    QCOMPARE(later.first().row.assignment.id, richard.id);
}

void TestReviews::inactiveAndNeverRolesAreNotDue()
{
    QString error;
    Assignment docs = assignmentOf(QStringLiteral("docs.python.org"), QStringLiteral("Georg Brandl"));
    docs.priority = Priority::Inactive;
    QVERIFY2(m_store->updateAssignment(docs, &error), qPrintable(error));
    setConfirmation(docs.id, QDateTime(), QString());
    // A role never reviewed, its one assignment never confirmed.
    QVERIFY2(m_store->defineRole(QStringLiteral("sponsor"), std::nullopt, &error), qPrintable(error));
    Assignment sponsor;
    sponsor.itemId = item(QStringLiteral("PyPI"));
    sponsor.contactId = contact(QStringLiteral("Georg Brandl"));
    sponsor.role = QStringLiteral("sponsor");
    QVERIFY(m_store->addAssignment(sponsor, &error));
    setConfirmation(sponsor.id, QDateTime(), QString());

    const QVector<ReviewEntry> overdue = due(kMade.addYears(20));
    QCOMPARE(overdue.size(), 19); // the example's 20, without the inactive one; not the sponsor
    for (const ReviewEntry &e : overdue)
        QVERIFY(e.row.assignment.id != docs.id && e.row.assignment.id != sponsor.id);
    // The whole list: not the inactive one; the sponsor last, never due.
    const QVector<ReviewEntry> all = test::must(Reviews::list(*m_store, false, test::readError()));
    QCOMPARE(all.size(), 20);
    QCOMPARE(all.last().row.assignment.id, sponsor.id);
    QCOMPARE(all.last().state, ReviewState::NotReviewed);
    QCOMPARE(reviewStateKey(all.last().state), QStringLiteral("not reviewed"));
    QCOMPARE(all.last().interval, std::optional<int>());
}

void TestReviews::endedCoverIsNotReviewed()
{
    // Georg covers docs.python.org until a day: due while it lasts, not once it has ended
    // (it is no longer listed), and its last day still counts.
    QString error;
    Assignment docs = assignmentOf(QStringLiteral("docs.python.org"), QStringLiteral("Georg Brandl"));
    const QDateTime late = kMade.addYears(20);
    const QDate lastDay = late.toLocalTime().date();
    docs.validUntil = lastDay;
    QVERIFY2(m_store->updateAssignment(docs, &error, Store::Confirmation::AsGiven), qPrintable(error));
    setConfirmation(docs.id, QDateTime(), QString());
    const auto listed = [this](const QVector<ReviewEntry> &entries, qint64 id) {
        return std::any_of(entries.begin(), entries.end(),
                           [id](const ReviewEntry &e) { return e.row.assignment.id == id; });
    };
    QVERIFY(listed(due(late), docs.id));
    QCOMPARE(due(late).size(), 20);
    const QDateTime after(lastDay.addDays(1), QTime(12, 0), Qt::LocalTime);
    QVERIFY(!listed(due(after), docs.id));
    QCOMPARE(due(after).size(), 19);
    QVERIFY(!listed(test::must(Reviews::list(*m_store, false, test::readError())), docs.id));
}

void TestReviews::oldestFirstByWhenDue()
{
    // An owner confirmed longer ago than an escalation can still be due later: owners have
    // 180 days, escalations 90. Oldest first means by when they fell due.
    const Assignment owner = assignmentOf(QStringLiteral("Buildbot"), QStringLiteral("Antoine Pitrou"));
    const Assignment escalation =
        assignmentOf(QStringLiteral("Python Software Foundation"), QStringLiteral("#python-infra"));
    const Assignment contactRole =
        assignmentOf(QStringLiteral("bugs.python.org"), QStringLiteral("tracker-discuss@python.org"));
    setConfirmation(owner.id, kMade.addDays(-100), QStringLiteral("bob"));        // due kMade + 80
    setConfirmation(escalation.id, kMade.addDays(-50), QStringLiteral("carol"));  // due kMade + 40
    setConfirmation(contactRole.id, kMade.addDays(-400), QStringLiteral("dave")); // due kMade - 35
    const QVector<ReviewEntry> list = due(kMade.addDays(85));
    QCOMPARE(names(list), (QStringList{QStringLiteral("bugs.python.org/tracker-discuss@python.org/contact"),
                                       QStringLiteral("Python Software Foundation/#python-infra/escalation"),
                                       QStringLiteral("Buildbot/Antoine Pitrou/owner")}));
    QCOMPARE(list.at(0).dueAt, kMade.addDays(-35));
    QCOMPARE(list.at(1).dueAt, kMade.addDays(40));
    QCOMPARE(list.at(2).dueAt, kMade.addDays(80));
    QCOMPARE(list.at(2).row.assignment.confirmedBy, QStringLiteral("bob"));
    QCOMPARE(list.at(2).row.itemKind, ItemKind::Service);
    QCOMPARE(list.at(1).row.itemKind, ItemKind::Organisation);
    // The whole list has the same order at its head, and the rest after them.
    const QVector<ReviewEntry> all = test::must(Reviews::list(*m_store, false, test::readError()));
    QCOMPARE(names(all.mid(0, 3)), names(list));
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).dueAt <= all.at(i).dueAt);
}

void TestReviews::confirmIsOneBatchWithOneStamp()
{
    const qint64 pypi = item(QStringLiteral("PyPI"));
    const QVector<qint64> ids = test::must(assignmentsOfItemsToConfirm(*m_store, {pypi}, 0, {}, test::readError()));
    QCOMPARE(ids.size(), 3);
    // The clock moves on while it runs: every one still gets the same moment.
    qint64 tick = 0;
    const QDateTime at = kMade.addDays(200);
    m_store->setClock([&tick, at] { return at.addMSecs(tick++); });
    m_store->setActor(QStringLiteral("carol"));
    QString error;
    const auto change = confirmAssignments(*m_store, ids + ids, QStringLiteral("Confirm Ownership of PyPI"), &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->before.size(), 3); // an id given twice is confirmed once
    QCOMPARE(change->after.size(), 3);
    const QDateTime stamp = change->after.first().confirmedAt;
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(change->before.at(i).confirmedAt, kMade);
        QCOMPARE(change->before.at(i).confirmedBy, QStringLiteral("alice"));
        QCOMPARE(change->after.at(i).confirmedAt, stamp);
        QCOMPARE(change->after.at(i).confirmedBy, QStringLiteral("carol"));
        const Assignment stored = test::must(m_store->assignmentById(ids.at(i), test::readError()));
        QCOMPARE(stored.confirmedAt, stamp);
        QCOMPARE(stored.confirmedBy, QStringLiteral("carol"));
        QCOMPARE(stored.version, change->after.at(i).version);
        // Nothing else of it changed.
        QCOMPARE(stored.role, change->before.at(i).role);
        QCOMPARE(stored.priority, change->before.at(i).priority);
        QCOMPARE(stored.note, change->before.at(i).note);
        QCOMPARE(stored.position, change->before.at(i).position);
    }
    // One batch in the history, named by the label, one entry per assignment.
    const QVector<HistoryEntry> history = test::must(m_store->history(pypi, 10, test::readError()));
    QVERIFY(history.size() >= 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(history.at(i).batchId, m_store->lastBatchId());
        QCOMPARE(history.at(i).label, QStringLiteral("Confirm Ownership of PyPI"));
        QCOMPARE(history.at(i).actor,
                 test::backend() == Backend::SQLite ? QStringLiteral("carol") : history.at(i).actor);
        QCOMPARE(history.at(i).action, QStringLiteral("update"));
        QVERIFY2(history.at(i).summary.startsWith(QStringLiteral("Confirmed ")), qPrintable(history.at(i).summary));
        QVERIFY2(history.at(i).summary.endsWith(QStringLiteral(" as maintainer of PyPI")),
                 qPrintable(history.at(i).summary));
    }
    QVERIFY(history.size() == 3 || history.at(3).batchId != m_store->lastBatchId());
    // No longer due; the rest of the example is.
    const QVector<ReviewEntry> overdue = due(at.addDays(1));
    QCOMPARE(overdue.size(), 20 - 3 - 5); // not the 5 contacts (365 days) yet; escalations and owners yes
    for (const ReviewEntry &e : overdue)
        QVERIFY(!ids.contains(e.row.assignment.id));
}

void TestReviews::undoAndRedoPutBackExactly()
{
    const qint64 pypi = item(QStringLiteral("PyPI"));
    const Assignment richard = assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Richard Jones"));
    const Assignment donald = assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Donald Stufft"));
    // Three different pasts: never, by someone else with milliseconds, the example's.
    const QDateTime odd(QDate(2025, 9, 1), QTime(12, 34, 56, 789), Qt::UTC);
    setConfirmation(richard.id, QDateTime(), QString());
    setConfirmation(donald.id, odd, QStringLiteral("bob"));
    const QVector<Assignment> was = test::must(m_store->assignments(pypi, test::readError()));
    const QVector<qint64> ids = test::must(assignmentsOfItemsToConfirm(*m_store, {pypi}, 0, {}, test::readError()));

    m_store->setActor(QStringLiteral("carol"));
    m_store->setClock([] { return kMade.addDays(300); });
    QString error;
    auto change = confirmAssignments(*m_store, ids, QStringLiteral("Confirm"), &error);
    QVERIFY2(change, qPrintable(error));
    QVector<Assignment> current = change->after;
    const auto confirmations = [&] {
        QStringList list;
        for (const Assignment &a : test::must(m_store->assignments(pypi, test::readError())))
            list << QStringLiteral("%1 %2 %3")
                        .arg(a.id)
                        .arg(a.confirmedAt.isValid() ? a.confirmedAt.toString(Qt::ISODateWithMs) : QStringLiteral("-"),
                             a.confirmedBy);
        return list;
    };
    const auto listOf = [](const QVector<Assignment> &assignments) {
        QStringList list;
        for (const Assignment &a : assignments)
            list << QStringLiteral("%1 %2 %3")
                        .arg(a.id)
                        .arg(a.confirmedAt.isValid() ? a.confirmedAt.toString(Qt::ISODateWithMs) : QStringLiteral("-"),
                             a.confirmedBy);
        return list;
    };
    const QStringList confirmed = confirmations();
    for (int round = 0; round < 2; ++round) {
        // Undo: exactly as before (never stays never, bob's milliseconds stay).
        m_store->setClock([round] { return kMade.addDays(400 + round); });
        QVERIFY2(putBackConfirmations(*m_store, &current, change->before, QStringLiteral("Undo: Confirm"), &error),
                 qPrintable(error));
        QCOMPARE(confirmations(), listOf(was));
        QVERIFY(!test::must(m_store->assignmentById(richard.id, test::readError())).confirmedAt.isValid());
        QCOMPARE(test::must(m_store->assignmentById(donald.id, test::readError())).confirmedAt, odd);
        // Redo: the same stamp as the first time, not the clock's now.
        QVERIFY2(putBackConfirmations(*m_store, &current, change->after, QStringLiteral("Confirm"), &error),
                 qPrintable(error));
        QCOMPARE(confirmations(), confirmed);
    }
    // Each undo and redo is one batch of its own, three entries each.
    const QVector<HistoryEntry> history = test::must(m_store->history(pypi, 3, test::readError()));
    QCOMPARE(history.at(0).batchId, history.at(2).batchId);
    QCOMPARE(history.at(0).label, QStringLiteral("Confirm"));
}

void TestReviews::undoRefusedAfterAnotherEditChangesNothing()
{
    const qint64 pypi = item(QStringLiteral("PyPI"));
    const QVector<qint64> ids = test::must(assignmentsOfItemsToConfirm(*m_store, {pypi}, 0, {}, test::readError()));
    m_store->setClock([] { return kMade.addDays(10); });
    QString error;
    auto change = confirmAssignments(*m_store, ids, QStringLiteral("Confirm"), &error);
    QVERIFY2(change, qPrintable(error));
    // Someone edits the last one meanwhile (its note): undo is refused, all of it.
    Assignment edited = test::must(m_store->assignmentById(ids.last(), test::readError()));
    edited.note = QStringLiteral("particularly");
    m_store->setClock([] { return kMade.addDays(11); });
    QVERIFY2(m_store->updateAssignment(edited, &error), qPrintable(error));
    QVector<Assignment> current = change->after;
    QVERIFY(!putBackConfirmations(*m_store, &current, change->before, QStringLiteral("Undo"), &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed by someone else")), qPrintable(error));
    QCOMPARE(test::must(m_store->assignmentById(ids.first(), test::readError())).confirmedAt, kMade.addDays(10));
    QCOMPARE(test::must(m_store->assignmentById(ids.last(), test::readError())).confirmedAt, kMade.addDays(11));
    QCOMPARE(current.first().version, change->after.first().version);
}

void TestReviews::confirmRefusesNothingAndUnknown()
{
    QString error;
    QVERIFY(!confirmAssignments(*m_store, {}, QStringLiteral("Confirm"), &error));
    QCOMPARE(error, QStringLiteral("There is nothing to confirm."));
    // One id that does not exist: none of the others is confirmed either.
    const qint64 pypi = item(QStringLiteral("PyPI"));
    const QVector<qint64> ids = test::must(assignmentsOfItemsToConfirm(*m_store, {pypi}, 0, {}, test::readError()));
    const qint64 batches = m_store->lastBatchId();
    m_store->setClock([] { return kMade.addDays(5); });
    QVERIFY(!confirmAssignments(*m_store, ids + QVector<qint64>{999999}, QStringLiteral("Confirm"), &error));
    QCOMPARE(error, QStringLiteral("Assignment 999999 does not exist."));
    for (qint64 id : ids)
        QCOMPARE(test::must(m_store->assignmentById(id, test::readError())).confirmedAt, kMade);
    QCOMPARE(m_store->lastBatchId(), batches);
}

void TestReviews::helpersChooseTheAssignments()
{
    const qint64 docs = item(QStringLiteral("docs.python.org")), hg = item(QStringLiteral("hg.python.org"));
    const qint64 georg = contact(QStringLiteral("Georg Brandl"));
    const auto idsOf = [&](const QVector<qint64> &ids) {
        QStringList list;
        for (qint64 id : ids) {
            const Assignment a = test::must(m_store->assignmentById(id, test::readError()));
            const Item i = test::must(m_store->item(a.itemId, test::readError()));
            const Contact c = test::must(m_store->contact(a.contactId, test::readError()));
            list << QStringLiteral("%1/%2/%3").arg(i.name, c.name, a.role);
        }
        return list;
    };
    // In the order the items were given, each once.
    QCOMPARE(idsOf(test::must(assignmentsOfItemsToConfirm(*m_store, {hg, docs, hg}, 0, {}, test::readError()))),
             (QStringList{QStringLiteral("hg.python.org/Antoine Pitrou/owner"),
                          QStringLiteral("hg.python.org/Georg Brandl/owner"),
                          QStringLiteral("docs.python.org/Benjamin Peterson/owner"),
                          QStringLiteral("docs.python.org/Georg Brandl/owner")}));
    QCOMPARE(idsOf(test::must(assignmentsOfItemsToConfirm(*m_store, {docs, hg}, georg, {}, test::readError()))),
             (QStringList{QStringLiteral("docs.python.org/Georg Brandl/owner"),
                          QStringLiteral("hg.python.org/Georg Brandl/owner")}));
    QVERIFY(test::must(assignmentsOfItemsToConfirm(*m_store, {docs, hg}, georg, QStringLiteral("maintainer"),
                                                   test::readError()))
                .isEmpty());
    const qint64 benjamin = contact(QStringLiteral("Benjamin Peterson"));
    QCOMPARE(idsOf(test::must(assignmentsOfContactToConfirm(*m_store, benjamin, {}, test::readError()))).size(), 2);
    QCOMPARE(idsOf(test::must(
                 assignmentsOfContactToConfirm(*m_store, benjamin, QStringLiteral("contact"), test::readError()))),
             QStringList{QStringLiteral("www.jython.org/Benjamin Peterson/contact")});
}

void TestReviews::gapsReportEndsWithReviewOverdue()
{
    const Assignment georg = assignmentOf(QStringLiteral("docs.python.org"), QStringLiteral("Georg Brandl"));
    const Assignment richard = assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Richard Jones"));
    setConfirmation(georg.id, QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC), QStringLiteral("bob"));
    setConfirmation(richard.id, QDateTime(), QString());
    // Georg's fell due on 2026-02-28; the escalations (90 days) are not due yet.
    m_store->setClock([] { return kMade.addDays(60); });
    Reports reports(*m_store);
    QVector<QStringList> rows;
    QVERIFY2(reports.rows(ReportKind::Gaps, &rows), qPrintable(reports.errorString()));
    QVector<QStringList> overdue;
    qsizetype first = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).first() == QLatin1String("review-overdue")) {
            overdue.append(rows.at(i));
            if (first < 0)
                first = i;
        }
    }
    // The block is the last one, oldest first.
    QCOMPARE(first + overdue.size(), rows.size());
    QCOMPARE(overdue,
             (QVector<QStringList>{
                 {QStringLiteral("review-overdue"), QStringLiteral("PyPI"), QStringLiteral("service"),
                  QStringLiteral("Richard Jones (maintainer) never confirmed; due every 180 days")},
                 {QStringLiteral("review-overdue"), QStringLiteral("docs.python.org"), QStringLiteral("service"),
                  QStringLiteral("Georg Brandl (owner) last confirmed 2025-09-01 by bob; due every 180 days")},
             }));
}

void TestReviews::dashboardFreshness()
{
    // PyPI: one never confirmed (worst); docs: one overdue; hg: one due within 30 days;
    // the rest of the example fresh. A sponsor never reviewed does not count.
    const QDateTime now = kMade.addDays(100);
    setConfirmation(assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Richard Jones")).id, QDateTime(), QString());
    setConfirmation(assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Donald Stufft")).id, now.addDays(-200),
                    QStringLiteral("bob"));
    setConfirmation(assignmentOf(QStringLiteral("docs.python.org"), QStringLiteral("Georg Brandl")).id,
                    now.addDays(-181), QStringLiteral("bob"));
    setConfirmation(assignmentOf(QStringLiteral("hg.python.org"), QStringLiteral("Georg Brandl")).id, now.addDays(-170),
                    QStringLiteral("bob"));
    // Refresh the organisation's escalations (90 days, else overdue at now).
    for (const QString &name : {QStringLiteral("#python-infra"), QStringLiteral("infrastructure-staff@python.org")})
        setConfirmation(assignmentOf(QStringLiteral("Python Software Foundation"), name).id, now,
                        QStringLiteral("bob"));
    QString error;
    QVERIFY(m_store->defineRole(QStringLiteral("sponsor"), std::nullopt, &error));
    Assignment sponsor;
    sponsor.itemId = item(QStringLiteral("Buildbot"));
    sponsor.contactId = contact(QStringLiteral("Georg Brandl"));
    sponsor.role = QStringLiteral("sponsor");
    QVERIFY(m_store->addAssignment(sponsor, &error));
    setConfirmation(sponsor.id, QDateTime(), QString());

    DashboardData::Options options;
    options.now = now;
    const auto data = DashboardData::build(*m_db, options, &error);
    QVERIFY2(data, qPrintable(error));
    const ChartSeries &freshness = data->chart(DashboardData::Chart::OwnershipFreshness);
    // What a click on a slice selects, read then with the same options.
    const auto itemsOf = [&](const QString &key) {
        QString unread;
        const auto ids = DashboardData::itemsOf(*m_db, options, &DashboardData::ownershipFreshness, {key}, &unread);
        if (!ids)
            qWarning("itemsOf: %s", qPrintable(unread));
        return ids.value_or(QVector<qint64>{-1});
    };
    QCOMPARE(freshness.title, QStringLiteral("Ownership freshness"));
    QStringList keys;
    for (const ChartEntry &e : freshness.entries)
        keys << e.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("fresh"), QStringLiteral("due-soon"), QStringLiteral("overdue"),
                                QStringLiteral("never")}));
    QCOMPARE(itemsOf(QStringLiteral("never")), QVector<qint64>{item(QStringLiteral("PyPI"))});
    QCOMPARE(itemsOf(QStringLiteral("overdue")), QVector<qint64>{item(QStringLiteral("docs.python.org"))});
    QCOMPARE(itemsOf(QStringLiteral("due-soon")), QVector<qint64>{item(QStringLiteral("hg.python.org"))});
    // Every other item with an assignment: 14 items have assignments in the example.
    QCOMPARE(freshness.find(QStringLiteral("fresh"))->count(), 14 - 3);
    QVERIFY(itemsOf(QStringLiteral("fresh")).contains(item(QStringLiteral("Buildbot"))));

    // Georg's cover of docs.python.org ended yesterday: no longer listed, no longer overdue.
    Assignment docs = assignmentOf(QStringLiteral("docs.python.org"), QStringLiteral("Georg Brandl"));
    docs.validUntil = now.toLocalTime().date().addDays(-1);
    QVERIFY2(m_store->updateAssignment(docs, &error, Store::Confirmation::AsGiven), qPrintable(error));
    options.today = now.toLocalTime().date();
    const auto later = DashboardData::build(*m_db, options, &error);
    QVERIFY2(later, qPrintable(error));
    const ChartSeries &after = later->chart(DashboardData::Chart::OwnershipFreshness);
    QVERIFY(!after.find(QStringLiteral("overdue")) || after.find(QStringLiteral("overdue"))->count() == 0);
    QCOMPARE(itemsOf(QStringLiteral("overdue")), QVector<qint64>()); // options.today moved: read with it
    QCOMPARE(after.find(QStringLiteral("never"))->count(), 1);
    QCOMPARE(itemsOf(QStringLiteral("never")), QVector<qint64>{item(QStringLiteral("PyPI"))});
}

void TestReviews::resolverCarriesTheConfirmation()
{
    const QDateTime odd(QDate(2025, 9, 1), QTime(12, 34, 56, 789), Qt::UTC);
    setConfirmation(assignmentOf(QStringLiteral("PyPI"), QStringLiteral("Donald Stufft")).id, odd,
                    QStringLiteral("bob"));
    ContactResolver resolver(*m_store);
    const auto lines = resolver.resolve(item(QStringLiteral("PyPI")), test::readError());
    QVERIFY2(lines, qPrintable(test::lastReadError()));
    bool donald = false, escalation = false;
    for (const ResolvedContact &line : *lines) {
        if (line.contact.name == QLatin1String("Donald Stufft")) {
            donald = true;
            QCOMPARE(line.confirmedAt, odd);
            QCOMPARE(line.confirmedBy, QStringLiteral("bob"));
        } else {
            QCOMPARE(line.confirmedAt, kMade);
            QCOMPARE(line.confirmedBy, QStringLiteral("alice"));
            escalation = escalation || line.role == QLatin1String("escalation");
        }
    }
    QVERIFY(donald && escalation);
}

void TestReviews::confirmedAgoInWords()
{
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(Reviews::confirmedAgo(QDateTime(), now), QStringLiteral("never confirmed"));
    QCOMPARE(Reviews::confirmedAgo(now.addSecs(-3600), now), QStringLiteral("confirmed today"));
    QCOMPARE(Reviews::confirmedAgo(now.addDays(-1), now), QStringLiteral("confirmed yesterday"));
    QCOMPARE(Reviews::confirmedAgo(now.addDays(-5), now), QStringLiteral("confirmed 5 days ago"));
    QCOMPARE(Reviews::confirmedAgo(now.addDays(-21), now), QStringLiteral("confirmed 3 weeks ago"));
    QCOMPARE(Reviews::confirmedAgo(now.addMonths(-14), now), QStringLiteral("confirmed 14 months ago"));
    QCOMPARE(Reviews::confirmedAgo(now.addYears(-3), now), QStringLiteral("confirmed 3 years ago"));
    // A confirmation in the future (another machine's clock): today, not "-2 days ago".
    QCOMPARE(Reviews::confirmedAgo(now.addDays(2), now), QStringLiteral("confirmed today"));
    QCOMPARE(Reviews::intervalText(180), QStringLiteral("every 180 days"));
    QCOMPARE(Reviews::intervalText(1), QStringLiteral("every day"));
    QCOMPARE(Reviews::intervalText(std::nullopt), QStringLiteral("never"));
}

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
