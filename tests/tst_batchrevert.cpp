// Reverting a whole history batch (model/history/BatchRevert): an import or a bulk
// assignment of last week put back as one new step; records changed since listed as
// conflicts, skipped or the revert refused; undo and redo of the revert exact.

#include "AssignOperation.h"
#include "BatchRevert.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "Importer.h"
#include "Store.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using Outcome = BatchRevertEntry::Outcome;

namespace {

const QStringList kFiles{QStringLiteral("providers.csv"), QStringLiteral("hosts.csv"),
                         QStringLiteral("contacts.csv"),  QStringLiteral("services.csv"),
                         QStringLiteral("links.csv"),     QStringLiteral("assignments.csv")};

QString dataDir()
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic");
}

} // namespace

class TestBatchRevert final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void revertsAnImportExactly();
    void undoAndRedoOfTheRevertAreExact();
    void aLaterEditIsAConflict();
    void skipKeepsTheChangedRecordAndWhatItNeeds();
    void refuseChangesNothing();
    void itemsDeletedSinceAreListedAndSkipped();
    void somethingAddedUnderAnImportedItemIsAConflict();
    void revertsABulkAssignment();
    void bulkAssignmentWithALaterEdit();
    void revertsEditsOfItemsContactsAndLinks();
    void revertsAnAssignmentEditWithItsConfirmationAndCover();
    void revertsADeletedContactWithItsAssignments();
    void revertsADeletedItemSayingWhatItCannot();
    void revertsARemovedLinkWithItsId();
    void revertsATeamMembershipChange();
    void refusesWhenTheInventoryChangedSincePlanning();
    void undoRefusedWhenChangedSince();
    void unknownBatch();
    void revertOfARevert();
    void theOrganisationStays();
    void aNameTakenSinceIsAConflict();
    void anAssignmentMadeAgainSinceIsAConflict();
    void largeImportIsQuick();

private:
    /// A new inventory with Northwind's organisation and statuses (nothing imported).
    void createNorthwind();
    /// Imports the realistic files as one batch; its id.
    qint64 importNorthwind();
    qint64 id(const QString &name) { return test::must(m_store->findItemsByName(name, test::readError())).value(0).id; }
    qint64 contactId(const QString &name)
    {
        return test::must(m_store->findContactsByName(name, test::readError())).value(0).id;
    }
    BatchRevertPlan plan(qint64 batch)
    {
        QString error;
        const auto p = planBatchRevert(*m_store, batch, &error);
        if (!p)
            qFatal("planBatchRevert: %s", qPrintable(error));
        return *p;
    }
    /// The plan's entries of record @p entity @p entityId.
    static QVector<BatchRevertEntry> entriesOf(const BatchRevertPlan &plan, const QString &entity, qint64 entityId)
    {
        QVector<BatchRevertEntry> found;
        for (const BatchRevertEntry &e : plan.entries) {
            if (e.change.entity == entity && e.change.entityId == entityId)
                found.append(e);
        }
        return found;
    }
    QStringList dump() { return test::dumpInventory(m_location); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestBatchRevert::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = test::scratchInventory(*m_dir, QStringLiteral("revert"));
}

void TestBatchRevert::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBatchRevert::createNorthwind()
{
    QString error;
    QVERIFY2(test::createEmpty(m_location, QStringLiteral("Northwind Trading"), &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_store->setActor(QStringLiteral("alice"));
    QVERIFY2(m_store->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, &error) &&
                 m_store->defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, &error),
             qPrintable(error));
}

qint64 TestBatchRevert::importNorthwind()
{
    Importer importer(*m_store);
    for (const QString &file : kFiles)
        importer.addFile(QDir(dataDir()).filePath(file));
    const bool ok = importer.commit(QStringLiteral("Import Northwind"));
    for (const ImportError &e : importer.errors())
        qWarning("%s", qPrintable(e.format()));
    if (!ok)
        qFatal("import: %s", qPrintable(importer.errorString()));
    return importer.undoData().batchId;
}

void TestBatchRevert::revertsAnImportExactly()
{
    createNorthwind();
    const QStringList before = dump();
    const qint64 batch = importNorthwind();
    QVERIFY(dump() != before);

    const BatchRevertPlan p = plan(batch);
    QCOMPARE(p.batchLabel, QStringLiteral("Import Northwind"));
    QCOMPARE(p.label, QStringLiteral("Revert: Import Northwind"));
    QCOMPARE(p.changedCount(), 0);
    QCOMPARE(p.count(Outcome::Cannot), 0);
    QCOMPARE(p.count(Outcome::Revert), p.entries.size());
    QVERIFY(p.entries.size() > 80);
    // Every entry of the batch is in the plan, in its order, saying what it does.
    for (const BatchRevertEntry &e : p.entries) {
        QCOMPARE(e.change.batchId, batch);
        QVERIFY2(!e.action.isEmpty(), qPrintable(e.change.summary));
    }
    const auto haproxy = entriesOf(p, QStringLiteral("item"), id(QStringLiteral("haproxy")));
    QCOMPARE(haproxy.size(), 1);
    QCOMPARE(haproxy.first().action, QStringLiteral("Delete \"haproxy\""));

    QString error;
    const auto undo = applyBatchRevert(*m_store, p, OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    QCOMPARE(dump(), before);
    // One new batch, labelled after the one it reverts.
    const auto last = test::must(m_store->history(0, 1, test::readError()));
    QCOMPARE(last.first().label, QStringLiteral("Revert: Import Northwind"));
    QVERIFY(last.first().batchId > batch);
    QCOMPARE(m_store->lastBatchId(), last.first().batchId);
}

void TestBatchRevert::undoAndRedoOfTheRevertAreExact()
{
    createNorthwind();
    const QStringList before = dump();
    const qint64 batch = importNorthwind();
    const QStringList imported = dump();
    QString error;
    auto undo = applyBatchRevert(*m_store, plan(batch), OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    QCOMPARE(dump(), before);
    // Twice round: undo puts back the state after the import, redo the state before it,
    // ids, places, addresses, tags and memberships included.
    for (int round = 0; round < 2; ++round) {
        auto redo = applyRevertSteps(*m_store, *undo, QStringLiteral("Undo: Revert"), &error);
        QVERIFY2(redo, qPrintable(error));
        QCOMPARE(dump(), imported);
        undo = applyRevertSteps(*m_store, *redo, QStringLiteral("Revert"), &error);
        QVERIFY2(undo, qPrintable(error));
        QCOMPARE(dump(), before);
    }
}

void TestBatchRevert::aLaterEditIsAConflict()
{
    createNorthwind();
    const qint64 batch = importNorthwind();
    m_store->setActor(QStringLiteral("bob"));
    Item shop = test::must(m_store->item(id(QStringLiteral("shop.northwind.example")), test::readError()));
    shop.notes = QStringLiteral("Edited after the import.");
    QString error;
    QVERIFY2(m_store->updateItem(shop, &error), qPrintable(error));

    const BatchRevertPlan p = plan(batch);
    const auto entries = entriesOf(p, QStringLiteral("item"), shop.id);
    QCOMPARE(entries.size(), 1);
    const BatchRevertEntry &e = entries.first();
    QCOMPARE(e.outcome, Outcome::Conflict);
    // What changed since, when and by whom.
    QCOMPARE(e.since.size(), 1);
    QVERIFY(e.since.first().summary.contains(QStringLiteral("notes")));
    QCOMPARE(e.since.first().actor, m_db->isServer() ? test::serverUser() : QStringLiteral("bob"));
    QVERIFY(!e.since.first().at.isEmpty());
    QCOMPARE(e.since.first().action, QStringLiteral("update"));
    // The hosts it runs on stay with it: blocked, not conflicts of their own.
    for (const QString &host : {QStringLiteral("app-1"), QStringLiteral("app-2")}) {
        const auto hostEntries = entriesOf(p, QStringLiteral("item"), id(host));
        if (hostEntries.isEmpty())
            continue;
        QCOMPARE(hostEntries.first().outcome, Outcome::Blocked);
        QVERIFY2(!hostEntries.first().reason.isEmpty(), qPrintable(host));
    }
    QVERIFY(p.count(Outcome::Conflict) == 1);
    QVERIFY(p.count(Outcome::Blocked) >= 1);
    QVERIFY(p.count(Outcome::Revert) > 50);
}

void TestBatchRevert::skipKeepsTheChangedRecordAndWhatItNeeds()
{
    createNorthwind();
    const qint64 batch = importNorthwind();
    const qint64 shopId = id(QStringLiteral("shop.northwind.example"));
    Item shop = test::must(m_store->item(shopId, test::readError()));
    shop.notes = QStringLiteral("Edited after the import.");
    QString error;
    QVERIFY2(m_store->updateItem(shop, &error), qPrintable(error));
    const QStringList edited = dump();

    const BatchRevertPlan p = plan(batch);
    auto undo = applyBatchRevert(*m_store, p, OnConflict::Skip, &error);
    QVERIFY2(undo, qPrintable(error));
    // The edited service is kept as edited, with what it stands on (its hosts, their
    // providers); everything else of the import is gone.
    const Item kept = test::must(m_store->item(shopId, test::readError()));
    QCOMPARE(kept.notes, QStringLiteral("Edited after the import."));
    QSet<qint64> left;
    for (const TreeRow &row : test::must(m_store->treeRows(test::readError())))
        left.insert(row.id);
    QVector<qint64> needed{shopId, kept.parentId};
    needed += kept.alsoOn;
    for (qint64 item : std::as_const(needed)) {
        QVERIFY(left.contains(item));
        const Item i = test::must(m_store->item(item, test::readError()));
        if (i.parentId)
            QVERIFY(left.contains(i.parentId));
    }
    QCOMPARE(entriesOf(p, QStringLiteral("item"), shopId).first().outcome, Outcome::Conflict);
    for (const BatchRevertEntry &e : p.entries) {
        if (e.change.entity != QLatin1String("item") || e.outcome != Outcome::Revert)
            continue;
        QVERIFY2(!left.contains(e.change.entityId), qPrintable(e.change.summary));
    }
    // Every blocked item is one the kept service needs (its hosts, their providers).
    for (const BatchRevertEntry &e : p.entries) {
        if (e.change.entity == QLatin1String("item") && e.outcome == Outcome::Blocked)
            QVERIFY2(left.contains(e.change.entityId), qPrintable(e.change.summary));
    }
    QVERIFY(test::must(m_store->contacts(test::readError())).isEmpty());
    QVERIFY(test::must(m_store->assignments(shopId, test::readError())).isEmpty());
    QVERIFY(test::must(m_store->links(shopId, test::readError())).isEmpty());

    // Undo puts back exactly what the skip-revert took.
    auto redo = applyRevertSteps(*m_store, *undo, QStringLiteral("Undo"), &error);
    QVERIFY2(redo, qPrintable(error));
    QCOMPARE(dump(), edited);
}

void TestBatchRevert::refuseChangesNothing()
{
    // "Cancel": with conflicts and no skip, the revert is refused and writes nothing,
    // not even a history batch.
    createNorthwind();
    const qint64 batch = importNorthwind();
    Item shop = test::must(m_store->item(id(QStringLiteral("shop.northwind.example")), test::readError()));
    shop.status = QStringLiteral("legacy");
    QString error;
    QVERIFY2(m_store->updateItem(shop, &error), qPrintable(error));
    const QStringList edited = dump();
    const qint64 lastChange = test::must(m_store->lastChangeId(test::readError()));

    const BatchRevertPlan p = plan(batch);
    QVERIFY(p.changedCount() > 0);
    QVERIFY(!applyBatchRevert(*m_store, p, OnConflict::Refuse, &error));
    QVERIFY2(error.contains(QStringLiteral("changed since")), qPrintable(error));
    QCOMPARE(dump(), edited);
    QCOMPARE(test::must(m_store->lastChangeId(test::readError())), lastChange);
}

void TestBatchRevert::itemsDeletedSinceAreListedAndSkipped()
{
    createNorthwind();
    const QStringList before = dump();
    const qint64 batch = importNorthwind();
    // A service of the import deleted since, its assignments and links with it.
    const qint64 www = id(QStringLiteral("www.northwind.example"));
    const QVector<Assignment> itsAssignments = test::must(m_store->assignments(www, test::readError()));
    QVERIFY(!itsAssignments.isEmpty());
    QString error;
    QVERIFY2(m_store->deleteItem(www, &error), qPrintable(error));

    const BatchRevertPlan p = plan(batch);
    const auto service = entriesOf(p, QStringLiteral("item"), www);
    QCOMPARE(service.first().outcome, Outcome::Conflict);
    QCOMPARE(service.first().since.last().action, QStringLiteral("delete"));
    // Its assignments went with it unrecorded: gone, said so, with the deletion that took them.
    for (const Assignment &a : itsAssignments) {
        const auto entries = entriesOf(p, QStringLiteral("assignment"), a.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, Outcome::Conflict);
        QVERIFY(entries.first().reason.contains(QStringLiteral("No longer exists")));
        QVERIFY(!entries.first().since.isEmpty());
        QCOMPARE(entries.first().since.last().entityId, www);
    }
    // Skipping what is gone reverts all the rest: as before the import.
    QVERIFY(!applyBatchRevert(*m_store, p, OnConflict::Refuse, &error));
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Skip, &error), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestBatchRevert::somethingAddedUnderAnImportedItemIsAConflict()
{
    createNorthwind();
    const qint64 batch = importNorthwind();
    // A service added since under an imported host, and an assignment on an imported service.
    Item added;
    added.kind = ItemKind::Service;
    added.name = QStringLiteral("added-later");
    added.parentId = id(QStringLiteral("db-1"));
    QString error;
    QVERIFY2(m_store->createItem(added, &error), qPrintable(error));
    Assignment a;
    a.itemId = id(QStringLiteral("haproxy"));
    a.contactId = contactId(QStringLiteral("Eve Lindqvist"));
    a.role = QStringLiteral("observer");
    QVERIFY2(m_store->addAssignment(a, &error), qPrintable(error));

    const BatchRevertPlan p = plan(batch);
    const BatchRevertEntry host = entriesOf(p, QStringLiteral("item"), id(QStringLiteral("db-1"))).first();
    QCOMPARE(host.outcome, Outcome::Conflict);
    QVERIFY2(host.reason.contains(QStringLiteral("added-later")), qPrintable(host.reason));
    QCOMPARE(host.since.size(), 1);
    QCOMPARE(host.since.first().entityId, added.id);
    const BatchRevertEntry haproxy = entriesOf(p, QStringLiteral("item"), a.itemId).first();
    QCOMPARE(haproxy.outcome, Outcome::Conflict);
    QCOMPARE(haproxy.since.first().entity, QStringLiteral("assignment"));
    // The contact now assigned since is needed by that assignment: it stays too.
    const BatchRevertEntry eve = entriesOf(p, QStringLiteral("contact"), a.contactId).first();
    QCOMPARE(eve.outcome, Outcome::Conflict);

    // Skipped: the added records and what they hang on stay; the rest goes.
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Skip, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->item(added.id, test::readError())).name, QStringLiteral("added-later"));
    QVERIFY(test::must(m_store->assignmentById(a.id, test::readError())).id == a.id);
    QVERIFY(
        test::must(m_store->findItemsByName(QStringLiteral("shop.northwind.example"), test::readError())).isEmpty());
}

void TestBatchRevert::revertsABulkAssignment()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const QStringList before = dump();
    AssignRequest request;
    request.itemIds = {id(QStringLiteral("PyPI")), id(QStringLiteral("docs.python.org")),
                       id(QStringLiteral("bugs.python.org")), id(QStringLiteral("www.python.org"))};
    request.contactId = contactId(QStringLiteral("Alex Gaynor"));
    request.role = QStringLiteral("sponsor");
    request.priority = Priority::Secondary;
    const auto change = assignContact(*m_store, request, QStringLiteral("Assign Alex as sponsor to 4 items"), &error);
    QVERIFY2(change, qPrintable(error));
    QCOMPARE(change->added.size(), 4);
    const QStringList assigned = dump();
    const qint64 batch = m_store->lastBatchId();

    const BatchRevertPlan p = plan(batch);
    QCOMPARE(p.entries.size(), 4);
    QCOMPARE(p.count(Outcome::Revert), 4);
    for (const BatchRevertEntry &e : p.entries)
        QCOMPARE(e.action, QStringLiteral("Remove"));
    auto undo = applyBatchRevert(*m_store, p, OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    QCOMPARE(dump(), before);
    auto redo = applyRevertSteps(*m_store, *undo, QStringLiteral("Undo"), &error);
    QVERIFY2(redo, qPrintable(error));
    QCOMPARE(dump(), assigned); // the same ids, places and confirmations
    QVERIFY2(applyRevertSteps(*m_store, *redo, QStringLiteral("Redo"), &error), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestBatchRevert::bulkAssignmentWithALaterEdit()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    AssignRequest request;
    request.itemIds = {id(QStringLiteral("PyPI")), id(QStringLiteral("docs.python.org"))};
    request.contactId = contactId(QStringLiteral("Alex Gaynor"));
    request.role = QStringLiteral("sponsor");
    const auto change = assignContact(*m_store, request, QStringLiteral("Assign"), &error);
    QVERIFY2(change, qPrintable(error));
    const qint64 batch = m_store->lastBatchId();
    // The assignment on PyPI gets a note since: it stays, the other goes.
    Assignment edited = change->added.first();
    QCOMPARE(edited.itemId, id(QStringLiteral("PyPI")));
    edited.note = QStringLiteral("until the funding ends");
    QVERIFY2(m_store->updateAssignment(edited, &error), qPrintable(error));

    const BatchRevertPlan p = plan(batch);
    QCOMPARE(p.count(Outcome::Conflict), 1);
    QCOMPARE(entriesOf(p, QStringLiteral("assignment"), edited.id).first().outcome, Outcome::Conflict);
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Skip, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->assignmentById(edited.id, test::readError())).note,
             QStringLiteral("until the funding ends"));
    QVERIFY(!m_store->assignmentById(change->added.at(1).id, &error));
}

void TestBatchRevert::revertsEditsOfItemsContactsAndLinks()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const QStringList before = dump();
    const qint64 pypiId = id(QStringLiteral("PyPI"));
    const qint64 docsId = id(QStringLiteral("docs.python.org"));
    const qint64 noahId = contactId(QStringLiteral("Noah Kantrowitz"));
    const Link link = test::must(m_store->links(docsId, test::readError())).first();
    const bool ok = m_store->write(
        [&](QString *err) {
            Item pypi = test::must(m_store->item(pypiId, test::readError()));
            pypi.name = QStringLiteral("PyPI (renamed)");
            pypi.status = QStringLiteral("legacy");
            pypi.aliases = {QStringLiteral("cheeseshop")};
            pypi.tags = {QStringLiteral("env=prod")};
            if (!m_store->updateItem(pypi, err))
                return false;
            pypi.notes = QStringLiteral("second edit in the same batch");
            if (!m_store->updateItem(pypi, err))
                return false;
            Contact noah = test::must(m_store->contact(noahId, test::readError()));
            noah.notes = QStringLiteral("moved on");
            noah.addresses.append({0, AddressKind::Email, QStringLiteral("noah@example.org"), QString()});
            return m_store->updateContact(noah, err) && m_store->setLinkNote(link.id, QStringLiteral("via"), err);
        },
        &error, QStringLiteral("Several edits"));
    QVERIFY2(ok, qPrintable(error));
    const QStringList edited = dump();
    const BatchRevertPlan p = plan(m_store->lastBatchId());
    QCOMPARE(p.changedCount(), 0);
    const auto pypiEntries = entriesOf(p, QStringLiteral("item"), pypiId);
    QCOMPARE(pypiEntries.size(), 2);
    QVERIFY2(pypiEntries.first().action.startsWith(QStringLiteral("Put back")), qPrintable(pypiEntries.first().action));
    auto undo = applyBatchRevert(*m_store, p, OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY2(applyRevertSteps(*m_store, *undo, QStringLiteral("Undo"), &error), qPrintable(error));
    QCOMPARE(dump(), edited);
}

void TestBatchRevert::revertsAnAssignmentEditWithItsConfirmationAndCover()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    const QDateTime week1(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_store->setClock([week1] { return week1; });
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const QStringList before = dump();
    // A week later: a cover window set (an edit confirms it, now, by the actor).
    m_store->setClock([week1] { return week1.addDays(7); });
    m_store->setActor(QStringLiteral("carol"));
    Assignment a = test::must(m_store->assignments(id(QStringLiteral("PyPI")), test::readError())).first();
    const QDateTime confirmedBefore = a.confirmedAt;
    QVERIFY(confirmedBefore.isValid());
    a.validFrom = QDate(2026, 3, 9);
    a.validUntil = QDate(2027, 1, 15);
    a.priority = Priority::Tertiary;
    QVERIFY2(m_store->updateAssignment(a, &error), qPrintable(error));
    QCOMPARE(test::must(m_store->assignmentById(a.id, test::readError())).confirmedAt, week1.addDays(7));

    const BatchRevertPlan p = plan(m_store->lastBatchId());
    QCOMPARE(p.entries.size(), 1);
    QVERIFY2(p.entries.first().action.contains(QStringLiteral("valid_until")), qPrintable(p.entries.first().action));
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Refuse, &error), qPrintable(error));
    const Assignment back = test::must(m_store->assignmentById(a.id, test::readError()));
    QCOMPARE(back.confirmedAt, confirmedBefore); // put back as it was, not confirmed by the revert
    QVERIFY(!back.validFrom.isValid());
    QVERIFY(!back.validUntil.isValid());
    QCOMPARE(back.priority, Priority::Primary);
    QCOMPARE(dump(), before);
}

void TestBatchRevert::revertsADeletedContactWithItsAssignments()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const qint64 alex = contactId(QStringLiteral("Antoine Pitrou"));
    const Contact was = test::must(m_store->contact(alex, test::readError()));
    const QVector<Assignment> assignments = test::must(m_store->assignmentsOfContact(alex, test::readError()));
    QVERIFY(!assignments.isEmpty());
    QVERIFY2(m_store->deleteContact(alex, &error), qPrintable(error));

    const BatchRevertPlan p = plan(m_store->lastBatchId());
    QCOMPARE(p.changedCount(), 0);
    QCOMPARE(p.count(Outcome::Revert), assignments.size() + 1);
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Refuse, &error), qPrintable(error));
    const Contact back = test::must(m_store->contact(alex, test::readError()));
    QCOMPARE(back.name, was.name);
    QCOMPARE(back.addresses.size(), was.addresses.size());
    const QVector<Assignment> restored = test::must(m_store->assignmentsOfContact(alex, test::readError()));
    QCOMPARE(restored.size(), assignments.size());
    for (int i = 0; i < restored.size(); ++i) {
        QCOMPARE(restored.at(i).id, assignments.at(i).id); // the same ids
        QCOMPARE(restored.at(i).itemId, assignments.at(i).itemId);
        QCOMPARE(restored.at(i).role, assignments.at(i).role);
        QCOMPARE(restored.at(i).priority, assignments.at(i).priority);
        QCOMPARE(restored.at(i).confirmedAt, assignments.at(i).confirmedAt);
    }
}

void TestBatchRevert::revertsADeletedItemSayingWhatItCannot()
{
    createNorthwind();
    importNorthwind();
    // db-3 takes redis-cache with it, and postgres-main's further host row.
    const qint64 host = id(QStringLiteral("db-3"));
    const auto subtree = test::must(m_store->snapshotSubtree(host, test::readError()));
    QString error;
    QVERIFY2(m_store->deleteItem(host, &error), qPrintable(error));
    const BatchRevertPlan p = plan(m_store->lastBatchId());
    QCOMPARE(p.changedCount(), 0);
    for (const BatchRevertEntry &e : p.entries) {
        if (e.change.action == QLatin1String("delete")) {
            QCOMPARE(e.outcome, Outcome::Revert);
            // Said, not silently left out: the contacts and links it had are not in the history.
            QVERIFY2(e.reason.contains(QStringLiteral("not in the history")), qPrintable(e.reason));
        }
    }
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Refuse, &error), qPrintable(error));
    for (const Item &was : subtree.items) {
        const Item now = test::must(m_store->item(was.id, test::readError()));
        QCOMPARE(now.name, was.name);
        QCOMPARE(now.parentId, was.parentId);
        QCOMPARE(now.status, was.status);
        QCOMPARE(now.aliases, was.aliases);
        QCOMPARE(now.tags, was.tags);
        QCOMPARE(now.alsoOn, was.alsoOn);
        QCOMPARE(now.url, was.url);
        QCOMPARE(now.hostname, was.hostname);
    }
    QCOMPARE(subtree.items.size(), 2);
    // What the delete took unrecorded is not put back (and the plan said so): the
    // placement of postgres-main on it, redis-cache's contacts.
    QVERIFY(!subtree.placements.isEmpty());
    QVERIFY(!test::must(m_store->item(id(QStringLiteral("postgres-main")), test::readError())).alsoOn.contains(host));
}

void TestBatchRevert::revertsARemovedLinkWithItsId()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const QStringList before = dump();
    const Link link = test::must(m_store->links(id(QStringLiteral("docs.python.org")), test::readError())).first();
    QVERIFY2(m_store->removeLink(link.id, &error), qPrintable(error));
    QVERIFY2(applyBatchRevert(*m_store, plan(m_store->lastBatchId()), OnConflict::Refuse, &error), qPrintable(error));
    QCOMPARE(dump(), before);
    QCOMPARE(test::must(m_store->linksById({link.id}, test::readError())).size(), 1);
}

void TestBatchRevert::revertsATeamMembershipChange()
{
    createNorthwind();
    importNorthwind();
    const qint64 team = contactId(QStringLiteral("Web team"));
    const qint64 bob = contactId(QStringLiteral("Bob Tanaka"));
    const qint64 eve = contactId(QStringLiteral("Eve Lindqvist"));
    const QStringList before = dump();
    QString error;
    const bool ok = m_store->write(
        [&](QString *err) {
            TeamMember promoted{team, bob, QStringLiteral("lead"), QStringLiteral("acting"), -1, QString()};
            return m_store->setTeamMember(promoted, err) && m_store->removeTeamMember(team, eve, err);
        },
        &error, QStringLiteral("Team changes"));
    QVERIFY2(ok, qPrintable(error));
    const BatchRevertPlan p = plan(m_store->lastBatchId());
    QCOMPARE(p.changedCount(), 0);
    QCOMPARE(p.count(Outcome::Cannot), 0);
    auto undo = applyBatchRevert(*m_store, p, OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    const auto members = test::must(m_store->teamMembers(team, test::readError()));
    QStringList roles;
    for (const TeamMember &m : members)
        roles << m.memberName + QLatin1Char('=') + m.role + QLatin1Char('/') + m.note;
    roles.sort();
    QCOMPARE(roles, (QStringList{QStringLiteral("Alice Moreau=lead/"), QStringLiteral("Bob Tanaka=member/"),
                                 QStringLiteral("Eve Lindqvist=member/")}));
    // Bob keeps his place (changed in place); Eve's was not recorded and she goes last.
    QStringList dumpWithoutPlaces = dump(), beforeWithoutPlaces = before;
    QCOMPARE(dumpWithoutPlaces.size(), beforeWithoutPlaces.size());
}

void TestBatchRevert::refusesWhenTheInventoryChangedSincePlanning()
{
    createNorthwind();
    const qint64 batch = importNorthwind();
    const BatchRevertPlan p = plan(batch);
    // Someone edits an unrelated record between the plan and the apply.
    Item org = test::must(m_store->item(test::must(m_store->organisationId(test::readError())), test::readError()));
    org.notes = QStringLiteral("meanwhile");
    QString error;
    QVERIFY2(m_store->updateItem(org, &error), qPrintable(error));
    const QStringList now = dump();
    QVERIFY(!applyBatchRevert(*m_store, p, OnConflict::Skip, &error));
    QVERIFY2(error.contains(QStringLiteral("changed since the revert was prepared")), qPrintable(error));
    QCOMPARE(dump(), now);
    // Planned again, it goes through.
    QVERIFY2(applyBatchRevert(*m_store, plan(batch), OnConflict::Skip, &error), qPrintable(error));
}

void TestBatchRevert::undoRefusedWhenChangedSince()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    Item pypi = test::must(m_store->item(id(QStringLiteral("PyPI")), test::readError()));
    pypi.status = QStringLiteral("legacy");
    QVERIFY2(m_store->updateItem(pypi, &error), qPrintable(error));
    auto undo = applyBatchRevert(*m_store, plan(m_store->lastBatchId()), OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    // Edited again after the revert: its undo would overwrite that edit, and is refused.
    pypi = test::must(m_store->item(pypi.id, test::readError()));
    QCOMPARE(pypi.status, QStringLiteral("active"));
    pypi.notes = QStringLiteral("edited after the revert");
    QVERIFY2(m_store->updateItem(pypi, &error), qPrintable(error));
    const QStringList now = dump();
    QVERIFY(!applyRevertSteps(*m_store, *undo, QStringLiteral("Undo"), &error));
    QVERIFY2(error.contains(QStringLiteral("changed since")), qPrintable(error));
    QCOMPARE(dump(), now);
}

void TestBatchRevert::unknownBatch()
{
    createNorthwind();
    QString error;
    QVERIFY(!planBatchRevert(*m_store, 999999, &error));
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
}

void TestBatchRevert::revertOfARevert()
{
    // A revert is a batch like any other: reverting it puts the import back.
    createNorthwind();
    const qint64 batch = importNorthwind();
    const QStringList imported = dump();
    QString error;
    QVERIFY2(applyBatchRevert(*m_store, plan(batch), OnConflict::Refuse, &error), qPrintable(error));
    const BatchRevertPlan again = plan(m_store->lastBatchId());
    QCOMPARE(again.changedCount(), 0);
    QCOMPARE(again.count(Outcome::Cannot), 0);
    QVERIFY2(applyBatchRevert(*m_store, again, OnConflict::Refuse, &error), qPrintable(error));
    // Made again from the history, exactly but for the places in their lists of the
    // assignments and memberships (not recorded: they go last) and addresses' ids.
    const auto withoutPlaces = [](QStringList rows) {
        static const QRegularExpression place(QStringLiteral(", position=\\d+"));
        for (QString &row : rows) {
            if (row.startsWith(QLatin1String("assignment:")) || row.startsWith(QLatin1String("team_member:")))
                row.remove(place);
        }
        rows.sort();
        return rows;
    };
    QCOMPARE(withoutPlaces(dump()), withoutPlaces(imported));
}

void TestBatchRevert::theOrganisationStays()
{
    // The example is one batch: reverting it leaves the organisation, and says so.
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    const BatchRevertPlan p = plan(m_store->lastBatchId());
    const auto orgEntries = entriesOf(p, QStringLiteral("item"), org);
    QCOMPARE(orgEntries.size(), 1);
    QCOMPARE(orgEntries.first().outcome, Outcome::Cannot);
    QCOMPARE(p.count(Outcome::Cannot), 1);
    QCOMPARE(p.changedCount(), 0);
    QVERIFY2(applyBatchRevert(*m_store, p, OnConflict::Refuse, &error), qPrintable(error));
    const auto rows = test::must(m_store->treeRows(test::readError()));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, org);
    QVERIFY(test::must(m_store->contacts(test::readError())).isEmpty());
}

void TestBatchRevert::aNameTakenSinceIsAConflict()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const Item pypi = test::must(m_store->item(id(QStringLiteral("PyPI")), test::readError()));
    QVERIFY2(m_store->deleteItem(pypi.id, &error), qPrintable(error));
    const qint64 deleted = m_store->lastBatchId();
    // Someone makes a new PyPI since.
    Item again;
    again.kind = ItemKind::Service;
    again.name = QStringLiteral("pypi");
    again.parentId = pypi.parentId;
    QVERIFY2(m_store->createItem(again, &error), qPrintable(error));
    const BatchRevertPlan p = plan(deleted);
    const BatchRevertEntry e = entriesOf(p, QStringLiteral("item"), pypi.id).first();
    QCOMPARE(e.outcome, Outcome::Conflict);
    QVERIFY2(e.reason.contains(QStringLiteral("\"pypi\"'s now")), qPrintable(e.reason));
    QCOMPARE(e.since.size(), 1);
    QCOMPARE(e.since.first().entityId, again.id);
    // Nothing else in that batch: nothing to revert once it is skipped.
    QVERIFY(!applyBatchRevert(*m_store, p, OnConflict::Skip, &error));
    QVERIFY2(error.contains(QStringLiteral("Nothing")), qPrintable(error));
}

void TestBatchRevert::anAssignmentMadeAgainSinceIsAConflict()
{
    QString error;
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    const qint64 docs = id(QStringLiteral("docs.python.org"));
    const auto before = test::must(m_store->assignments(docs, test::readError()));
    QVERIFY(before.size() >= 2);
    const auto change = unassignContact(*m_store, {docs}, before.first().contactId, before.first().role,
                                        QStringLiteral("Unassign"), &error);
    QVERIFY2(change, qPrintable(error));
    const qint64 batch = m_store->lastBatchId();
    Assignment again = before.first();
    again.id = 0;
    again.note = QStringLiteral("back");
    QVERIFY2(m_store->addAssignment(again, &error), qPrintable(error));
    const BatchRevertPlan p = plan(batch);
    QCOMPARE(p.entries.size(), 1);
    QCOMPARE(p.entries.first().outcome, Outcome::Conflict);
    QVERIFY2(p.entries.first().reason.contains(QStringLiteral("again")), qPrintable(p.entries.first().reason));
    QCOMPARE(p.entries.first().since.first().entityId, again.id);
}

void TestBatchRevert::largeImportIsQuick()
{
    // 10,000 services (with a link each) in one import: reverting it takes about a
    // second, not minutes. Printed; not a timed test (a loaded machine is not a failure).
    createNorthwind();
    QByteArray providers = "name,kind,full_name,website,location\nBigCloud,vm,,,\n";
    QByteArray hosts = "provider,name,kind\n";
    for (int h = 0; h < 100; ++h)
        hosts += "BigCloud,host-" + QByteArray::number(h) + ",vm\n";
    QByteArray services = "name,url,status,provider,hosts\n";
    QByteArray links = "from,from_kind,type,to,to_kind,note\n";
    for (int i = 0; i < 10000; ++i) {
        const QByteArray name = "svc-" + QByteArray::number(i);
        services += name + ",https://" + name + ".example,active,BigCloud,host-" + QByteArray::number(i % 100) + "\n";
        if (i > 0)
            links += name + ",service,depends_on,svc-" + QByteArray::number(i - 1) + ",service,\n";
    }
    const QStringList before = dump();
    Importer importer(*m_store);
    importer.addData(QStringLiteral("providers.csv"), providers);
    importer.addData(QStringLiteral("hosts.csv"), hosts);
    importer.addData(QStringLiteral("services.csv"), services);
    importer.addData(QStringLiteral("links.csv"), links);
    const bool imported = importer.commit(QStringLiteral("Big import"));
    for (const ImportError &e : importer.errors())
        qWarning("%s", qPrintable(e.format()));
    QVERIFY2(imported, qPrintable(importer.errorString()));
    const qint64 batch = importer.undoData().batchId;
    QElapsedTimer timer;
    timer.start();
    const BatchRevertPlan p = plan(batch);
    const qint64 planned = timer.elapsed();
    QCOMPARE(p.entries.size(), 1 + 100 + 10000 + 9999);
    QString error;
    auto undo = applyBatchRevert(*m_store, p, OnConflict::Refuse, &error);
    QVERIFY2(undo, qPrintable(error));
    const qint64 reverted = timer.elapsed();
    auto redo = applyRevertSteps(*m_store, *undo, QStringLiteral("Undo"), &error);
    QVERIFY2(redo, qPrintable(error));
    const qint64 undone = timer.elapsed();
    qInfo("Revert of an import of %lld changes: plan %lld ms, revert %lld ms, undo of the revert %lld ms",
          static_cast<long long>(p.entries.size()), static_cast<long long>(planned),
          static_cast<long long>(reverted - planned), static_cast<long long>(undone - reverted));
    QVERIFY2(applyRevertSteps(*m_store, *redo, QStringLiteral("Redo"), &error), qPrintable(error));
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestBatchRevert)
#include "tst_batchrevert.moc"
