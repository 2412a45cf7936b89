// The operations in model/ that the window's undo commands and the command line both
// call: assign and unassign (one behaviour for both), the revert of a history entry,
// what a contact's deletion leaves uncovered, and who the history names.

#include "AssignOperation.h"
#include "ChangeFields.h"
#include "ContactDeletionImpact.h"
#include "ContactResolver.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "HistoryActor.h"
#include "RevertPlan.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void assignSkipsExistingAndCounts();
    void assignRefusesWhenNothingWouldChange();
    void assignRefusesWithoutContactOrRole();
    void assignUndoReversesExactly();
    void unassignRemovesRoleOrEveryRole();
    void unassignRefusesWhenNothingWouldChange();
    void unassignUndoPutsBackTheSameAssignments();

    void revertItemEdit();
    void revertContactEdit();
    void revertAssignmentCreated();
    void revertAssignmentEdited();
    void revertAssignmentRemoved();
    void revertRefusesWhenALaterChangeDependsOnIt();
    void revertRefusesKindsItCannotUndo();
    void revertRefusesAnAssignmentWhoseContactIsGone();

    void contactDeletionImpact();
    void actorRule();

private:
    qint64 id(const QString &name) { return test::must(m_store->findItemsByName(name, test::readError())).value(0).id; }
    qint64 contactId(const QString &name)
    {
        return test::must(m_store->findContactsByName(name, test::readError())).value(0).id;
    }
    /// An item's assignments as text: id, contact, role, priority, note, place.
    QStringList assignmentsOf(qint64 itemId);
    /// The newest history entry of one record.
    HistoryEntry latestEntry(qint64 itemId, const QString &entity, const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("psf"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
}

void TestOperations::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestOperations::assignmentsOf(qint64 itemId)
{
    const QVector<Assignment> list = test::must(m_store->assignments(itemId, test::readError()));
    QStringList rows;
    for (const Assignment &a : list) {
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(a.id)
                    .arg(a.contactId)
                    .arg(a.role, keys::priority(a.priority), a.note)
                    .arg(a.position);
    }
    return rows;
}

HistoryEntry TestOperations::latestEntry(qint64 itemId, const QString &entity, const QString &action)
{
    const QVector<HistoryEntry> entries = test::must(m_store->history(itemId, 50, test::readError()));
    for (const HistoryEntry &e : entries) {
        if (e.entity == entity && e.action == action)
            return e;
    }
    return {};
}

// ---------------------------------------------------------------- assign / unassign

void TestOperations::assignSkipsExistingAndCounts()
{
    const qint64 docs = id(QStringLiteral("docs.python.org"));
    const qint64 pypi = id(QStringLiteral("PyPI"));
    const qint64 georg = contactId(QStringLiteral("Georg Brandl"));
    const QStringList docsBefore = assignmentsOf(docs);
    const int pypiBefore = static_cast<int>(assignmentsOf(pypi).size());

    AssignRequest request{{docs, pypi}, georg, QStringLiteral(" owner "), Priority::Secondary, QStringLiteral("n")};
    QString error;
    const auto change = assignContact(*m_store, request, QStringLiteral("Assign Georg"), &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->added.size(), 1);
    QCOMPARE(change->unchanged, 1);
    QVERIFY(change->removed.isEmpty());
    const Assignment &added = change->added.first();
    QVERIFY(added.id > 0);
    QCOMPARE(added.itemId, pypi);
    QCOMPARE(added.role, QStringLiteral("owner")); // trimmed
    QCOMPARE(added.priority, Priority::Secondary);
    QCOMPARE(added.note, QStringLiteral("n"));
    // The existing assignment is left exactly as it was.
    QCOMPARE(assignmentsOf(docs), docsBefore);
    QCOMPARE(assignmentsOf(pypi).size(), pypiBefore + 1);
    // One batch, under the caller's label.
    const HistoryEntry entry = latestEntry(pypi, QStringLiteral("assignment"), QStringLiteral("create"));
    QCOMPARE(entry.entityId, added.id);
    QCOMPARE(entry.label, QStringLiteral("Assign Georg"));
}

void TestOperations::assignRefusesWhenNothingWouldChange()
{
    const qint64 docs = id(QStringLiteral("docs.python.org"));
    const qint64 hg = id(QStringLiteral("hg.python.org"));
    const qint64 georg = contactId(QStringLiteral("Georg Brandl"));
    const QStringList before = test::dumpInventory(m_db->path());
    QString error;
    // One item: the command line's words.
    QVERIFY(!assignContact(*m_store, {{docs}, georg, QStringLiteral("owner"), Priority::Primary, {}}, {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is already owner of docs.python.org."));
    // Several: the window's.
    error.clear();
    QVERIFY(!assignContact(*m_store, {{docs, hg}, georg, QStringLiteral("owner"), Priority::Primary, {}}, {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is already owner of every selected item."));
    // The same item twice is one item.
    error.clear();
    QVERIFY(
        !assignContact(*m_store, {{docs, docs}, georg, QStringLiteral("owner"), Priority::Primary, {}}, {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is already owner of docs.python.org."));
    QCOMPARE(test::dumpInventory(m_db->path()), before);
    // A redo accepts that nothing changes.
    const auto redo = assignContact(*m_store, {{docs, hg}, georg, QStringLiteral("owner"), Priority::Primary, {}}, {},
                                    &error, IfUnchanged::Accept);
    QVERIFY(redo);
    QVERIFY(redo->added.isEmpty());
    QCOMPARE(redo->unchanged, 2);
    QCOMPARE(test::dumpInventory(m_db->path()), before);
}

void TestOperations::assignRefusesWithoutContactOrRole()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    const QStringList before = test::dumpInventory(m_db->path());
    QString error;
    QVERIFY(!assignContact(*m_store, {{pypi}, 999999, QStringLiteral("owner"), Priority::Primary, {}}, {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!assignContact(
        *m_store, {{pypi}, contactId(QStringLiteral("Georg Brandl")), QStringLiteral("  "), Priority::Primary, {}}, {},
        &error));
    QCOMPARE(error, QStringLiteral("An assignment needs a role."));
    QCOMPARE(test::dumpInventory(m_db->path()), before);
}

void TestOperations::assignUndoReversesExactly()
{
    const QVector<qint64> items{id(QStringLiteral("PyPI")), id(QStringLiteral("docs.python.org")),
                                id(QStringLiteral("wiki.python.org"))};
    const qint64 alex = contactId(QStringLiteral("Alex Gaynor"));
    QStringList before;
    for (qint64 item : items)
        before << assignmentsOf(item);
    QString error;
    auto change = assignContact(*m_store, {items, alex, QStringLiteral("sponsor"), Priority::Tertiary, {}}, {}, &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->added.size(), 3);
    QVERIFY2(reverseOwnershipChange(*m_store, &*change, QStringLiteral("Undo"), &error), qPrintable(error));
    QStringList after;
    for (qint64 item : items)
        after << assignmentsOf(item);
    QCOMPARE(after, before);
}

void TestOperations::unassignRemovesRoleOrEveryRole()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    const qint64 docs = id(QStringLiteral("docs.python.org"));
    const qint64 donald = contactId(QStringLiteral("Donald Stufft"));
    QString error;
    QVERIFY(assignContact(*m_store, {{pypi}, donald, QStringLiteral("owner"), Priority::Primary, {}}, {}, &error));
    const int pypiBefore = static_cast<int>(assignmentsOf(pypi).size());

    // One role: the owner row goes, the maintainer row stays; docs has none to remove.
    auto change = unassignContact(*m_store, {pypi, docs}, donald, QStringLiteral("owner"), {}, &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->removed.size(), 1);
    QCOMPARE(change->removed.first().role, QStringLiteral("owner"));
    QCOMPARE(change->unchanged, 1);
    QCOMPARE(assignmentsOf(pypi).size(), pypiBefore - 1);

    // Every role.
    QVERIFY(assignContact(*m_store, {{pypi}, donald, QStringLiteral("owner"), Priority::Primary, {}}, {}, &error));
    change = unassignContact(*m_store, {pypi}, donald, QString(), QStringLiteral("Unassign Donald"), &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->removed.size(), 2);
    QCOMPARE(assignmentsOf(pypi).size(), pypiBefore - 2);
    QCOMPARE(latestEntry(pypi, QStringLiteral("assignment"), QStringLiteral("delete")).label,
             QStringLiteral("Unassign Donald"));
}

void TestOperations::unassignRefusesWhenNothingWouldChange()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    const qint64 docs = id(QStringLiteral("docs.python.org"));
    const qint64 georg = contactId(QStringLiteral("Georg Brandl"));
    const QStringList before = test::dumpInventory(m_db->path());
    QString error;
    QVERIFY(!unassignContact(*m_store, {pypi}, georg, QString(), {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is not assigned to PyPI."));
    QVERIFY(!unassignContact(*m_store, {docs}, georg, QStringLiteral("maintainer"), {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is not maintainer of docs.python.org."));
    QVERIFY(!unassignContact(*m_store, {pypi, id(QStringLiteral("Buildbot"))}, georg, QString(), {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is not assigned to the selected items."));
    QVERIFY(!unassignContact(*m_store, {pypi, docs}, georg, QStringLiteral("sponsor"), {}, &error));
    QCOMPARE(error, QStringLiteral("Georg Brandl is not assigned to the selected items as sponsor."));
    QCOMPARE(test::dumpInventory(m_db->path()), before);
    const auto redo = unassignContact(*m_store, {pypi}, georg, QString(), {}, &error, IfUnchanged::Accept);
    QVERIFY(redo);
    QVERIFY(redo->removed.isEmpty());
    QCOMPARE(redo->unchanged, 1);
}

void TestOperations::unassignUndoPutsBackTheSameAssignments()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    const qint64 donald = contactId(QStringLiteral("Donald Stufft"));
    const QStringList before = assignmentsOf(pypi);
    QString error;
    // Donald is second of three maintainers: he must come back second, same id.
    auto change = unassignContact(*m_store, {pypi}, donald, QString(), {}, &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->removed.size(), 1);
    QVERIFY(assignmentsOf(pypi) != before);
    QVERIFY2(reverseOwnershipChange(*m_store, &*change, QStringLiteral("Undo"), &error), qPrintable(error));
    QCOMPARE(assignmentsOf(pypi), before);
    // And again: the change still names the assignments as they are now.
    change = unassignContact(*m_store, {pypi}, donald, QString(), {}, &error);
    QVERIFY2(change, qPrintable(error));
    QVERIFY2(reverseOwnershipChange(*m_store, &*change, QStringLiteral("Undo"), &error), qPrintable(error));
    QCOMPARE(assignmentsOf(pypi), before);
}

// ---------------------------------------------------------------- revert

void TestOperations::revertItemEdit()
{
    Item pypi = test::must(m_store->item(id(QStringLiteral("PyPI")), test::readError()));
    const Item original = pypi;
    pypi.status = QStringLiteral("legacy");
    pypi.notes = QStringLiteral("Moving.");
    QString error;
    QVERIFY2(m_store->updateItem(pypi, &error), qPrintable(error));
    const HistoryEntry entry = latestEntry(pypi.id, QStringLiteral("item"), QStringLiteral("update"));
    QVERIFY(entry.id > 0);
    QVERIFY(isRevertible(entry));
    const auto plan = planRevert(*m_store, entry, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->kind, RevertPlan::Kind::Item);
    QCOMPARE(plan->label, QStringLiteral("Revert: %1").arg(entry.summary));
    QCOMPARE(plan->itemNow.status, QStringLiteral("legacy"));
    QCOMPARE(plan->itemReverted.status, original.status);
    QCOMPARE(plan->itemReverted.notes, original.notes);
    QCOMPARE(plan->itemReverted.version, plan->itemNow.version); // checked against the record as it is
    QCOMPARE(itemFields(plan->itemReverted), itemFields(original));
}

void TestOperations::revertContactEdit()
{
    Contact georg = test::must(m_store->contact(contactId(QStringLiteral("Georg Brandl")), test::readError()));
    const Contact original = georg;
    georg.name = QStringLiteral("Georg B.");
    georg.notes = QStringLiteral("Away.");
    QString error;
    QVERIFY2(m_store->updateContact(georg, &error), qPrintable(error));
    const QVector<HistoryEntry> all = test::must(m_store->history(0, 20, test::readError()));
    HistoryEntry entry;
    for (const HistoryEntry &e : all) {
        if (e.entity == QLatin1String("contact") && e.entityId == georg.id && e.action == QLatin1String("update")) {
            entry = e;
            break;
        }
    }
    QVERIFY(entry.id > 0);
    const auto plan = planRevert(*m_store, entry, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->kind, RevertPlan::Kind::Contact);
    QCOMPARE(plan->contactNow.name, QStringLiteral("Georg B."));
    QCOMPARE(contactFields(plan->contactReverted), contactFields(original));
    QCOMPARE(plan->teamMembers.size(), test::must(m_store->teamMembers(georg.id, test::readError())).size());
}

void TestOperations::revertAssignmentCreated()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    QString error;
    const auto change = assignContact(
        *m_store, {{pypi}, contactId(QStringLiteral("Alex Gaynor")), QStringLiteral("owner"), Priority::Primary, {}},
        {}, &error);
    QVERIFY2(change, qPrintable(error));
    const HistoryEntry entry = latestEntry(pypi, QStringLiteral("assignment"), QStringLiteral("create"));
    const auto plan = planRevert(*m_store, entry, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->kind, RevertPlan::Kind::Ownership);
    QCOMPARE(plan->itemId, pypi);
    QCOMPARE(plan->assignmentsNow.size(), plan->assignmentsReverted.size() + 1);
    for (const Assignment &a : plan->assignmentsReverted)
        QVERIFY(a.id != change->added.first().id);
}

void TestOperations::revertAssignmentEdited()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    Assignment a = test::must(m_store->assignments(pypi, test::readError())).value(1);
    const Assignment original = a;
    a.priority = Priority::Inactive;
    a.note = QStringLiteral("on leave");
    QString error;
    QVERIFY2(m_store->write([&](QString *err) { return m_store->updateAssignment(a, err); }, &error),
             qPrintable(error));
    const HistoryEntry entry = latestEntry(pypi, QStringLiteral("assignment"), QStringLiteral("update"));
    QCOMPARE(entry.entityId, a.id);
    const auto plan = planRevert(*m_store, entry, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->kind, RevertPlan::Kind::Ownership);
    QCOMPARE(plan->assignmentsReverted.size(), plan->assignmentsNow.size());
    const Assignment &back = plan->assignmentsReverted.at(1);
    QCOMPARE(back.id, original.id);
    QCOMPARE(back.priority, original.priority);
    QCOMPARE(back.note, original.note);
    QCOMPARE(back.role, original.role);
    QCOMPARE(back.contactId, original.contactId);
    QCOMPARE(plan->assignmentsNow.at(1).priority, Priority::Inactive);
}

void TestOperations::revertAssignmentRemoved()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    const qint64 donald = contactId(QStringLiteral("Donald Stufft"));
    QString error;
    QVERIFY(unassignContact(*m_store, {pypi}, donald, QString(), {}, &error));
    const HistoryEntry entry = latestEntry(pypi, QStringLiteral("assignment"), QStringLiteral("delete"));
    const auto plan = planRevert(*m_store, entry, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->kind, RevertPlan::Kind::Ownership);
    QCOMPARE(plan->assignmentsReverted.size(), plan->assignmentsNow.size() + 1);
    const Assignment &back = plan->assignmentsReverted.last();
    QCOMPARE(back.id, 0); // a new assignment
    QCOMPARE(back.itemId, pypi);
    QCOMPARE(back.contactId, donald);
    QCOMPARE(back.role, QStringLiteral("maintainer"));
    QCOMPARE(back.priority, Priority::Primary);
}

void TestOperations::revertRefusesWhenALaterChangeDependsOnIt()
{
    Item pypi = test::must(m_store->item(id(QStringLiteral("PyPI")), test::readError()));
    QString error;
    pypi.notes = QStringLiteral("one");
    QVERIFY2(m_store->updateItem(pypi, &error), qPrintable(error));
    const HistoryEntry first = latestEntry(pypi.id, QStringLiteral("item"), QStringLiteral("update"));
    pypi.notes = QStringLiteral("two");
    QVERIFY2(m_store->updateItem(pypi, &error), qPrintable(error));
    QVERIFY(!planRevert(*m_store, first, &error));
    QCOMPARE(error, QStringLiteral("A later change to the same record depends on this one; revert that first."));
    error.clear();
    QVERIFY2(planRevert(*m_store, latestEntry(pypi.id, QStringLiteral("item"), QStringLiteral("update")), &error),
             qPrintable(error));
}

void TestOperations::revertRefusesKindsItCannotUndo()
{
    Item svc;
    svc.kind = ItemKind::Service;
    svc.name = QStringLiteral("new.python.org");
    svc.parentId = id(QStringLiteral("Upfront Systems"));
    QString error;
    QVERIFY2(m_store->createItem(svc, &error), qPrintable(error));
    const HistoryEntry created = latestEntry(svc.id, QStringLiteral("item"), QStringLiteral("create"));
    QVERIFY(created.id > 0);
    QVERIFY(!isRevertible(created));
    QVERIFY(!planRevert(*m_store, created, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be reverted from the history")), qPrintable(error));

    HistoryEntry link;
    link.entity = QStringLiteral("link");
    link.action = QStringLiteral("update");
    link.itemId = svc.id;
    QVERIFY(!isRevertible(link));
    HistoryEntry contactCreated;
    contactCreated.entity = QStringLiteral("contact");
    contactCreated.action = QStringLiteral("create");
    QVERIFY(!isRevertible(contactCreated));
    HistoryEntry assignmentWithoutItem;
    assignmentWithoutItem.entity = QStringLiteral("assignment");
    assignmentWithoutItem.action = QStringLiteral("delete");
    QVERIFY(!isRevertible(assignmentWithoutItem));
}

void TestOperations::revertRefusesAnAssignmentWhoseContactIsGone()
{
    const qint64 wiki = id(QStringLiteral("wiki.python.org"));
    const qint64 mal = test::must(m_store->assignments(wiki, test::readError())).value(0).contactId;
    QString error;
    QVERIFY(unassignContact(*m_store, {wiki}, mal, QString(), {}, &error));
    const HistoryEntry removed = latestEntry(wiki, QStringLiteral("assignment"), QStringLiteral("delete"));
    QVERIFY2(m_store->deleteContact(mal, &error), qPrintable(error));
    QVERIFY(!planRevert(*m_store, removed, &error));
    QCOMPARE(error, QStringLiteral("The contact of this assignment no longer exists."));
}

// ---------------------------------------------------------------- deletion impact, actor

void TestOperations::contactDeletionImpact()
{
    QString error;
    const QStringList before = test::dumpInventory(m_db->path());
    // Georg shares both his services with another owner: nothing is left uncovered.
    auto impact = steward::contactDeletionImpact(*m_store, contactId(QStringLiteral("Georg Brandl")), &error);
    QVERIFY2(impact, qPrintable(error));
    QCOMPARE(impact->assignments,
             (QStringList{QStringLiteral("owner of docs.python.org"), QStringLiteral("owner of hg.python.org")}));
    QVERIFY(impact->orphaned.isEmpty());
    // Marc-André alone owns the wiki.
    const qint64 wiki = id(QStringLiteral("wiki.python.org"));
    const qint64 mal = test::must(m_store->assignments(wiki, test::readError())).value(0).contactId;
    impact = steward::contactDeletionImpact(*m_store, mal, &error);
    QVERIFY2(impact, qPrintable(error));
    QCOMPARE(impact->assignments, QStringList{QStringLiteral("owner of wiki.python.org")});
    QCOMPARE(impact->orphaned, QStringList{QStringLiteral("wiki.python.org")});
    QCOMPARE(test::dumpInventory(m_db->path()), before); // nothing written
    // An inactive assignment is never what covers an item.
    Assignment a = test::must(m_store->assignments(wiki, test::readError())).value(0);
    a.priority = Priority::Inactive;
    QVERIFY2(m_store->write([&](QString *err) { return m_store->updateAssignment(a, err); }, &error),
             qPrintable(error));
    impact = steward::contactDeletionImpact(*m_store, mal, &error);
    QVERIFY2(impact, qPrintable(error));
    QCOMPARE(impact->assignments.size(), 1);
    QVERIFY(impact->orphaned.isEmpty());
    // A contact with nothing.
    impact = steward::contactDeletionImpact(*m_store, contactId(QStringLiteral("Noah Kantrowitz")), &error);
    QVERIFY2(impact, qPrintable(error));
    QVERIFY(impact->assignments.isEmpty());
    QVERIFY(impact->orphaned.isEmpty());
}

void TestOperations::actorRule()
{
    Store store(*m_db);
    const QString own = store.actor();
    const QString used = applyHistoryActor(store, QStringLiteral("  Alice  "));
    if (m_db->isServer()) {
        // A shared history names the database user, whatever this machine calls us.
        QCOMPARE(used, own);
        QCOMPARE(store.actor(), own);
        QCOMPARE(applyHistoryActor(store, QString()), own);
    } else {
        QCOMPARE(used, QStringLiteral("Alice"));
        QCOMPARE(store.actor(), QStringLiteral("Alice"));
        // No name configured: the operating-system user.
        QCOMPARE(applyHistoryActor(store, QStringLiteral(" ")), Store::systemUserName());
    }
    Item pypi = test::must(store.item(id(QStringLiteral("PyPI")), test::readError()));
    pypi.notes = QStringLiteral("signed");
    applyHistoryActor(store, QStringLiteral("Alice"));
    QString error;
    QVERIFY2(store.updateItem(pypi, &error), qPrintable(error));
    QCOMPARE(test::must(store.history(pypi.id, 1, test::readError())).value(0).actor,
             m_db->isServer() ? own : QStringLiteral("Alice"));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
