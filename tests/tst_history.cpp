// The history: every committed change recorded with who, when, what and the values
// before and after; nothing recorded for what rolled back.

#include "Database.h"
#include "ExampleInventory.h"
#include "HistoryModel.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exampleIsOneBatch();
    void itemCreateUpdateDelete();
    void unchangedSaveRecordsNothing();
    void rollbackRecordsNothing();
    void labelledBatchGroupsChanges();
    void deletingAProviderRecordsWhatWentWithIt();
    void assignmentsAreRecordedUnderTheirItem();
    void deletingAContactRecordsItsAssignments();
    void limitAndOrder();
    void historyModel();
    void changesNameTheAccountableUser();

private:
    qint64 id(const QString &name) { return test::must(m_store->findItemsByName(name, test::readError())).value(0).id; }
    qint64 contactId(const QString &name)
    {
        return test::must(m_store->findContactsByName(name, test::readError())).value(0).id;
    }
    /// Who the history names for changes made under the name @p claimed.
    QString named(const QString &claimed) const;
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("psf"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_store->setActor(QStringLiteral("ernest"));
    QString error;
    QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    m_store->setActor(QStringLiteral("alice"));
}

QString TestHistory::named(const QString &claimed) const
{
    // On a server the server names the role that wrote (schema step 7), whatever name
    // the client claims; a file records the name it is given.
    return m_db->isServer() ? test::serverUser() : claimed;
}

void TestHistory::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHistory::changesNameTheAccountableUser()
{
    // SQLite: the operating-system account; PostgreSQL: the database user (the test
    // cluster's is "steward"), whoever runs the program.
    Store fresh(*m_db);
    const QString expected = m_db->isServer() ? QStringLiteral("steward") : Store::systemUserName();
    QCOMPARE(fresh.actor(), expected);
    Item item = test::must(fresh.item(id(QStringLiteral("PyPI")), test::readError()));
    item.notes = QStringLiteral("Audited.");
    QString error;
    QVERIFY2(fresh.updateItem(item, &error), qPrintable(error));
    QCOMPARE(test::must(fresh.history(item.id, 1, test::readError())).value(0).actor, expected);
}

void TestHistory::exampleIsOneBatch()
{
    const QVector<HistoryEntry> all = test::must(m_store->history(0, 0, test::readError()));
    QVERIFY(all.size() > 50);
    for (const HistoryEntry &e : all) {
        QCOMPARE(e.batchId, all.first().batchId);
        QCOMPARE(e.actor, named(QStringLiteral("ernest")));
        QCOMPARE(e.action, QStringLiteral("create"));
    }
    const QVector<HistoryEntry> docs =
        test::must(m_store->history(id(QStringLiteral("docs.python.org")), 0, test::readError()));
    // The service itself, its two owners and its link to Fastly.
    QCOMPARE(docs.size(), 4);
    QCOMPARE(docs.last().entity, QStringLiteral("item"));
    QCOMPARE(json(docs.last().after).value(QStringLiteral("url")).toString(),
             QStringLiteral("https://docs.python.org"));
}

void TestHistory::itemCreateUpdateDelete()
{
    Item speed;
    speed.kind = ItemKind::Service;
    speed.name = QStringLiteral("speed.python.org");
    speed.url = QStringLiteral("https://speed.python.org");
    speed.parentId = id(QStringLiteral("OSUOSL"));
    QVERIFY(m_store->createItem(speed, nullptr));
    speed.status = QStringLiteral("legacy");
    speed.url = QStringLiteral("https://speed.python.org/");
    QVERIFY(m_store->updateItem(speed, nullptr));
    QVERIFY(m_store->deleteItem(speed.id, nullptr));

    const QVector<HistoryEntry> h = test::must(m_store->history(speed.id, 0, test::readError()));
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(2).action, QStringLiteral("create"));
    QCOMPARE(h.at(2).actor, named(QStringLiteral("alice")));
    QVERIFY(QDateTime::fromString(h.at(2).at, Qt::ISODateWithMs).isValid());
    QCOMPARE(h.at(1).action, QStringLiteral("update"));
    // Only what changed, before and after.
    QCOMPARE(json(h.at(1).before), (QJsonObject{{QStringLiteral("status"), QStringLiteral("active")},
                                                {QStringLiteral("url"), QStringLiteral("https://speed.python.org")}}));
    QCOMPARE(json(h.at(1).after), (QJsonObject{{QStringLiteral("status"), QStringLiteral("legacy")},
                                               {QStringLiteral("url"), QStringLiteral("https://speed.python.org/")}}));
    QCOMPARE(h.at(0).action, QStringLiteral("delete"));
    QCOMPARE(json(h.at(0).before).value(QStringLiteral("name")).toString(), QStringLiteral("speed.python.org"));
    QVERIFY(h.at(0).summary.contains(QStringLiteral("speed.python.org")));
    // Three separate user actions: three batches.
    QVERIFY(h.at(0).batchId != h.at(1).batchId && h.at(1).batchId != h.at(2).batchId);
}

void TestHistory::unchangedSaveRecordsNothing()
{
    const int before = test::must(m_store->history(0, 0, test::readError())).size();
    Item pypi = test::must(m_store->item(id(QStringLiteral("PyPI")), test::readError()));
    QVERIFY(m_store->updateItem(pypi, nullptr));
    QCOMPARE(test::must(m_store->history(0, 0, test::readError())).size(), before);
}

void TestHistory::rollbackRecordsNothing()
{
    const int before = test::must(m_store->history(0, 0, test::readError())).size();
    QString error;
    QVERIFY(!m_store->write(
        [&](QString *err) {
            Item pypi = test::must(m_store->item(id(QStringLiteral("PyPI")), test::readError()));
            pypi.status = QStringLiteral("retired");
            if (!m_store->updateItem(pypi, err))
                return false;
            *err = QStringLiteral("no");
            return false;
        },
        &error));
    QCOMPARE(test::must(m_store->history(0, 0, test::readError())).size(), before);
}

void TestHistory::labelledBatchGroupsChanges()
{
    QString error;
    QVERIFY2(m_store->write(
                 [&](QString *err) {
                     for (const char *name : {"hg.python.org", "wiki.python.org", "www.python.org"}) {
                         Assignment a;
                         a.itemId = id(QString::fromLatin1(name));
                         a.contactId = contactId(QStringLiteral("Alex Gaynor"));
                         a.role = QStringLiteral("sponsor");
                         if (!m_store->addAssignment(a, err))
                             return false;
                     }
                     return true;
                 },
                 &error, QStringLiteral("Assign Alex Gaynor to 3 items")),
             qPrintable(error));
    const QVector<HistoryEntry> latest = test::must(m_store->history(0, 3, test::readError()));
    QCOMPARE(latest.size(), 3);
    for (const HistoryEntry &e : latest) {
        QCOMPARE(e.batchId, latest.first().batchId);
        QCOMPARE(e.label, QStringLiteral("Assign Alex Gaynor to 3 items"));
        QCOMPARE(e.entity, QStringLiteral("assignment"));
    }
    QVERIFY(test::must(m_store->history(0, 4, test::readError())).last().batchId != latest.first().batchId);
}

void TestHistory::deletingAProviderRecordsWhatWentWithIt()
{
    const qint64 xs4all = id(QStringLiteral("XS4ALL"));
    const qint64 planet = id(QStringLiteral("planet.python.org"));
    QVERIFY(m_store->deleteItem(xs4all, nullptr));
    const QVector<HistoryEntry> h = test::must(m_store->history(planet, 1, test::readError()));
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().action, QStringLiteral("delete"));
    QCOMPARE(json(h.first().before).value(QStringLiteral("status")).toString(), QStringLiteral("needs-move"));
    // The provider, three hosts and three services, in one batch.
    const QVector<HistoryEntry> batch = test::must(m_store->history(0, 7, test::readError()));
    for (const HistoryEntry &e : batch)
        QCOMPARE(e.batchId, h.first().batchId);
    QVERIFY(test::must(m_store->history(0, 8, test::readError())).last().batchId != h.first().batchId);
}

void TestHistory::assignmentsAreRecordedUnderTheirItem()
{
    const qint64 pypi = id(QStringLiteral("PyPI"));
    Assignment a;
    a.itemId = pypi;
    a.contactId = contactId(QStringLiteral("Noah Kantrowitz"));
    a.role = QStringLiteral("escalation");
    const QDateTime made(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC), edited(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    m_store->setClock([&made] { return made; });
    QVERIFY(m_store->addAssignment(a, nullptr));
    QCOMPARE(a.confirmedAt, made);
    QCOMPARE(a.confirmedBy, m_store->actor());
    a.priority = Priority::Secondary;
    m_store->setClock([&edited] { return edited; });
    QVERIFY(m_store->updateAssignment(a, nullptr));
    m_store->setClock(nullptr);
    QVERIFY(m_store->removeAssignment(a.id, nullptr));
    const QVector<HistoryEntry> h = test::must(m_store->history(pypi, 3, test::readError()));
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(2).action, QStringLiteral("create"));
    QVERIFY2(h.at(2).summary.contains(QStringLiteral("Noah Kantrowitz")), qPrintable(h.at(2).summary));
    // An edit is a confirmation: the history shows when it was confirmed before and now.
    QCOMPARE(json(h.at(1).before),
             (QJsonObject{{QStringLiteral("priority"), QStringLiteral("primary")},
                          {QStringLiteral("confirmed_at"), QStringLiteral("2026-03-01T09:00:00.000Z")}}));
    QCOMPARE(json(h.at(1).after),
             (QJsonObject{{QStringLiteral("priority"), QStringLiteral("secondary")},
                          {QStringLiteral("confirmed_at"), QStringLiteral("2026-03-02T10:30:00.000Z")}}));
    QVERIFY2(h.at(1).summary.startsWith(QStringLiteral("Changed priority of")), qPrintable(h.at(1).summary));
    QCOMPARE(h.at(0).action, QStringLiteral("delete"));
    QCOMPARE(json(h.at(0).before).value(QStringLiteral("role")).toString(), QStringLiteral("escalation"));
}

void TestHistory::deletingAContactRecordsItsAssignments()
{
    const qint64 wiki = id(QStringLiteral("wiki.python.org"));
    QVERIFY(m_store->deleteContact(contactId(QString::fromUtf8("Marc-Andr\xc3\xa9 Lemburg")), nullptr));
    const QVector<HistoryEntry> h = test::must(m_store->history(wiki, 1, test::readError()));
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().entity, QStringLiteral("assignment"));
    QCOMPARE(h.first().action, QStringLiteral("delete"));
    QVERIFY(h.first().summary.contains(QString::fromUtf8("Marc-Andr\xc3\xa9 Lemburg")));
    const QVector<HistoryEntry> last = test::must(m_store->history(0, 1, test::readError()));
    QCOMPARE(last.first().entity, QStringLiteral("contact"));
    QCOMPARE(last.first().batchId, h.first().batchId);
}

void TestHistory::limitAndOrder()
{
    const QVector<HistoryEntry> all = test::must(m_store->history(0, 0, test::readError()));
    const QVector<HistoryEntry> five = test::must(m_store->history(0, 5, test::readError()));
    QCOMPARE(five.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(five.at(i).id, all.at(i).id);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).id > all.at(i).id);
}

void TestHistory::historyModel()
{
    HistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 docs = id(QStringLiteral("docs.python.org"));
    QVERIFY(model.setItem(docs));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.index(0, HistoryModel::WhoColumn).data().toString(), named(QStringLiteral("ernest")));

    Item item = test::must(m_store->item(docs, test::readError()));
    item.status = QStringLiteral("legacy");
    QVERIFY(m_store->updateItem(item, nullptr));
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, HistoryModel::WhoColumn).data().toString(), named(QStringLiteral("alice")));
    QCOMPARE(model.index(0, HistoryModel::ChangeColumn).data().toString(),
             QString::fromUtf8("status: active \u2192 legacy"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::ActionRole).toString(), QStringLiteral("update"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::ItemIdRole).toLongLong(), docs);
    QVERIFY(QDateTime::fromString(model.index(0, HistoryModel::WhenColumn).data().toString(),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                .isValid());

    // Everything: the example's batch and this change.
    QVERIFY(model.setItem(0));
    QCOMPARE(model.rowCount(), test::must(m_store->history(0, 0, test::readError())).size());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
