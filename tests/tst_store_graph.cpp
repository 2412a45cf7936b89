// The Store's graph beyond the tree: further hosts, aliases, tags, link types and
// statuses of one's own. Runs on both backends (tst_store_graph, tst_store_graph_pg).

#include "ChangeFields.h"
#include "Database.h"
#include "RevertPlan.h"
#include "Store.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;

class TestStoreGraph final : public QObject
{
    Q_OBJECT

private:
    qint64 make(ItemKind kind, const QString &name, qint64 parent, const QVector<qint64> &alsoOn = {},
                const QStringList &aliases = {}, const QStringList &tags = {});
    Item load(qint64 id) { return test::must(m_store->item(id, test::readError())); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QString m_location;
    qint64 m_org = 0, m_provider = 0, m_a = 0, m_b = 0, m_c = 0;

private Q_SLOTS:
    void init();
    void cleanup();

    void serviceRunsOnSeveralHosts();
    void furtherHostsAreRefusedWhereTheyMakeNoSense();
    void furtherHostsAreRecordedAndReverted();
    void deletingAHostAndUndoingItPutsItsServicesBack();
    void aServiceStaysWhenOneOfItsHostsGoes();
    void hostWithoutProviderSitsUnderTheOrganisation();
    void aliasesAreNamesWithinAKind();
    void aliasesRefuseWhatCannotBeStored();
    void tagsAreNormalisedAndFound();
    void anItemReadInBulkKeepsItsGraphWhenUpdated();
    void contactTags();
    void linkTypes();
    void statuses();
    void checkFindsBrokenPlacements();
};

void TestStoreGraph::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    m_location = test::scratchInventory(*m_dir, QStringLiteral("graph"));
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_org = make(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    m_provider = make(ItemKind::Provider, QStringLiteral("DigitalOcean"), m_org);
    m_a = make(ItemKind::Host, QStringLiteral("web-1"), m_provider);
    m_b = make(ItemKind::Host, QStringLiteral("web-2"), m_provider);
    m_c = make(ItemKind::Host, QStringLiteral("web-3"), m_provider);
    QVERIFY(m_org && m_provider && m_a && m_b && m_c);
}

void TestStoreGraph::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestStoreGraph::make(ItemKind kind, const QString &name, qint64 parent, const QVector<qint64> &alsoOn,
                            const QStringList &aliases, const QStringList &tags)
{
    Item item;
    item.kind = kind;
    item.name = name;
    item.parentId = parent;
    item.alsoOn = alsoOn;
    item.aliases = aliases;
    item.tags = tags;
    QString error;
    const auto id = m_store->createItem(item, &error);
    if (!id)
        qWarning("createItem(%s): %s", qPrintable(name), qPrintable(error));
    return id.value_or(0);
}

void TestStoreGraph::serviceRunsOnSeveralHosts()
{
    const qint64 docs = make(ItemKind::Service, QStringLiteral("docs.python.org"), m_a, {m_b, m_c});
    QVERIFY(docs);
    Item item = load(docs);
    QCOMPARE(item.parentId, m_a);
    QCOMPARE(item.alsoOn, (QVector<qint64>{m_b, m_c}));

    // The parent among the further hosts and repeats are dropped, the order kept.
    item.alsoOn = {m_c, m_a, m_c, m_b};
    QVERIFY(m_store->updateItem(item, test::readError()));
    QCOMPARE(load(docs).alsoOn, (QVector<qint64>{m_c, m_b}));

    const QVector<Placement> placements = test::must(m_store->placements(test::readError()));
    QCOMPARE(placements.size(), 2);
    QCOMPARE(placements.at(0).serviceId, docs);
    QCOMPARE(placements.at(0).hostId, m_c);
    QCOMPARE(placements.at(1).hostId, m_b);
    QCOMPARE(placements.at(1).position, 1);

    // Moving the service to one of its further hosts keeps the others.
    item = load(docs);
    item.parentId = m_b;
    QVERIFY(m_store->updateItem(item, test::readError()));
    item = load(docs);
    QCOMPARE(item.parentId, m_b);
    QCOMPARE(item.alsoOn, (QVector<qint64>{m_c}));
}

void TestStoreGraph::furtherHostsAreRefusedWhereTheyMakeNoSense()
{
    const qint64 onProvider = make(ItemKind::Service, QStringLiteral("pypi"), m_provider);
    const qint64 other = make(ItemKind::Service, QStringLiteral("other"), m_a);
    QVERIFY(onProvider && other);
    const test::InventorySnapshot before = test::InventorySnapshot::of(m_location);

    QString error;
    Item item = load(onProvider);
    item.alsoOn = {m_a};
    QVERIFY(!m_store->updateItem(item, &error));
    QVERIFY2(error.contains(QStringLiteral("placed on a host first")), qPrintable(error));

    item = load(other);
    item.alsoOn = {onProvider};
    QVERIFY(!m_store->updateItem(item, &error));
    QVERIFY2(error.contains(QStringLiteral("it is not a host")), qPrintable(error));

    item.alsoOn = {987654};
    QVERIFY(!m_store->updateItem(item, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));

    Item host = load(m_a);
    host.alsoOn = {m_b};
    QVERIFY(!m_store->updateItem(host, &error));
    QVERIFY2(error.contains(QStringLiteral("Only a service")), qPrintable(error));

    QCOMPARE(test::InventorySnapshot::of(m_location).differenceFrom(before), QString());
}

void TestStoreGraph::furtherHostsAreRecordedAndReverted()
{
    const qint64 docs = make(ItemKind::Service, QStringLiteral("docs"), m_a, {}, {}, {QStringLiteral("env=prod")});
    Item item = load(docs);
    item.alsoOn = {m_b};
    item.aliases = {QStringLiteral("doc.python.org")};
    item.tags = {};
    QVERIFY(m_store->updateItem(item, test::readError()));

    const QVector<HistoryEntry> history = test::must(m_store->history(docs, 10, test::readError()));
    QVERIFY(!history.isEmpty());
    const HistoryEntry &change = history.first();
    QCOMPARE(change.action, QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(change.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(change.after.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("also_runs_on")).toArray().size(), 0);
    QCOMPARE(after.value(QStringLiteral("also_runs_on")).toArray().first().toInteger(), m_b);
    QCOMPARE(after.value(QStringLiteral("aliases")).toArray().first().toString(), QStringLiteral("doc.python.org"));
    QCOMPARE(before.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("env=prod"));
    QCOMPARE(after.value(QStringLiteral("tags")).toArray().size(), 0);

    // Reverting the change puts back what it replaced, emptied lists included.
    const RevertPlan plan = test::must(planRevert(*m_store, change, test::readError()));
    QCOMPARE(plan.kind, RevertPlan::Kind::Item);
    Item reverted = plan.itemReverted;
    QVERIFY(m_store->updateItem(reverted, test::readError()));
    item = load(docs);
    QCOMPARE(item.alsoOn, QVector<qint64>{});
    QCOMPARE(item.aliases, QStringList{});
    QCOMPARE(item.tags, QStringList{QStringLiteral("env=prod")});
}

void TestStoreGraph::deletingAHostAndUndoingItPutsItsServicesBack()
{
    // A service elsewhere that also runs on web-2 loses that place with it, and gets it back.
    const qint64 docs = make(ItemKind::Service, QStringLiteral("docs"), m_a, {m_b, m_c});
    const qint64 wiki = make(ItemKind::Service, QStringLiteral("wiki"), m_b); // goes with web-2
    QVERIFY(docs && wiki);
    const auto placementRows = [this] {
        QStringList rows;
        for (const Placement &p : test::must(m_store->placements(test::readError())))
            rows << QStringLiteral("%1 on %2 at %3").arg(p.serviceId).arg(p.hostId).arg(p.position);
        return rows;
    };
    const QStringList before = placementRows();
    const Store::Snapshot snapshot = test::must(m_store->snapshotSubtree(m_b, test::readError()));
    QCOMPARE(snapshot.placements.size(), 1);
    QCOMPARE(snapshot.placements.first().serviceId, docs);
    QVERIFY(m_store->deleteItem(m_b, test::readError()));
    QCOMPARE(load(docs).alsoOn, QVector<qint64>{m_c});
    QVERIFY(!m_store->item(wiki, nullptr));

    QVERIFY(m_store->restoreSnapshot(snapshot, test::readError()));
    QCOMPARE(load(docs).alsoOn, (QVector<qint64>{m_b, m_c}));
    QCOMPARE(load(wiki).parentId, m_b);
    QCOMPARE(placementRows(), before);
}

void TestStoreGraph::aServiceStaysWhenOneOfItsHostsGoes()
{
    // docs runs on web-1 (its parent), web-2 and web-3; web-1 goes: docs moves to web-2.
    const qint64 docs = make(ItemKind::Service, QStringLiteral("docs"), m_a, {m_b, m_c});
    const qint64 only = make(ItemKind::Service, QStringLiteral("only on web-1"), m_a);
    QVERIFY(docs && only);
    Contact ada;
    ada.name = QStringLiteral("Ada");
    const qint64 adaId = test::must(m_store->createContact(ada, test::readError()));
    Assignment owner;
    owner.itemId = docs;
    owner.contactId = adaId;
    QVERIFY(m_store->addAssignment(owner, test::readError()));

    const Store::Snapshot snapshot = test::must(m_store->snapshotSubtree(m_a, test::readError()));
    QCOMPARE(snapshot.items.size(), 2); // web-1 and the service only on it
    QCOMPARE(snapshot.moved.size(), 1);
    QCOMPARE(snapshot.moved.first().id, docs);
    QVERIFY(snapshot.assignments.isEmpty()); // docs keeps its own
    QVERIFY(m_store->deleteItem(m_a, test::readError()));
    Item moved = load(docs);
    QCOMPARE(moved.parentId, m_b);
    QCOMPARE(moved.alsoOn, QVector<qint64>{m_c});
    QCOMPARE(test::must(m_store->assignments(docs, test::readError())).size(), 1);
    QVERIFY(!m_store->item(only, nullptr));

    QVERIFY(m_store->restoreSnapshot(snapshot, test::readError()));
    moved = load(docs);
    QCOMPARE(moved.parentId, m_a);
    QCOMPARE(moved.alsoOn, (QVector<qint64>{m_b, m_c}));
    QCOMPARE(load(only).parentId, m_a);
    QVERIFY(m_db->check().isEmpty());

    // When every host it runs on goes (the provider with all three), it goes too.
    QVERIFY(m_store->deleteItem(m_provider, test::readError()));
    QVERIFY(!m_store->item(docs, nullptr));
}

void TestStoreGraph::hostWithoutProviderSitsUnderTheOrganisation()
{
    const qint64 lonely = make(ItemKind::Host, QStringLiteral("lonely"), m_org);
    QVERIFY(lonely);
    QCOMPARE(load(lonely).parentId, m_org);
    const qint64 service = make(ItemKind::Service, QStringLiteral("on lonely"), lonely, {m_a});
    QVERIFY(service);
    QVERIFY(m_db->check().isEmpty());
}

void TestStoreGraph::aliasesAreNamesWithinAKind()
{
    const qint64 docs =
        make(ItemKind::Service, QStringLiteral("docs.python.org"), m_a, {},
             {QStringLiteral("doc.python.org"), QStringLiteral(" DOC.python.org "), QStringLiteral("docs.python.org")});
    QVERIFY(docs);
    // The repeat (case folded) and the name itself are dropped.
    QCOMPARE(load(docs).aliases, QStringList{QStringLiteral("doc.python.org")});

    // Found by its alias, in any case.
    const QVector<Item> found =
        test::must(m_store->findItemsByName(QStringLiteral("Doc.Python.Org"), test::readError()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, docs);

    const test::InventorySnapshot before = test::InventorySnapshot::of(m_location);
    QString error;
    // Another service may not take it as a name, nor as an alias.
    Item other;
    other.kind = ItemKind::Service;
    other.parentId = m_a;
    other.name = QStringLiteral("doc.python.org");
    QVERIFY(!m_store->createItem(other, &error));
    QVERIFY2(error.contains(QStringLiteral("another name of the service \"docs.python.org\"")), qPrintable(error));
    other.name = QStringLiteral("python-docs");
    other.aliases = {QStringLiteral("DOC.python.org")};
    QVERIFY(!m_store->createItem(other, &error));
    QVERIFY2(error.contains(QStringLiteral("is called so already")), qPrintable(error));
    other.aliases = {QStringLiteral("docs.python.org")};
    QVERIFY(!m_store->createItem(other, &error));
    QVERIFY2(error.contains(QStringLiteral("is called so already")), qPrintable(error));
    QCOMPARE(test::InventorySnapshot::of(m_location).differenceFrom(before), QString());

    // A host may: names and aliases are unique within a kind.
    QVERIFY(make(ItemKind::Host, QStringLiteral("doc.python.org"), m_provider));
    // The database holds the rule for whoever writes.
    QVERIFY(
        !test::RawConnection(m_location)
             .exec(QStringLiteral("INSERT INTO item_alias (item_id, kind, alias, alias_key) VALUES (%1, 'service', 'x',"
                                  " 'doc.python.org')")
                       .arg(m_a)));
}

void TestStoreGraph::aliasesRefuseWhatCannotBeStored()
{
    const test::InventorySnapshot before = test::InventorySnapshot::of(m_location);
    QString error;
    Item item;
    item.kind = ItemKind::Service;
    item.parentId = m_a;
    item.name = QStringLiteral("svc");
    item.aliases = {QStringLiteral("a; b")};
    QVERIFY(!m_store->createItem(item, &error));
    QVERIFY2(error.contains(QStringLiteral("a; b")), qPrintable(error));
    item.aliases = {QStringLiteral("bell\x07")};
    QVERIFY(!m_store->createItem(item, &error));
    item.aliases = {};
    item.tags = {QStringLiteral("=prod")};
    QVERIFY(!m_store->createItem(item, &error));
    QVERIFY2(error.contains(QStringLiteral("no key")), qPrintable(error));
    item.tags = {QString(300, QLatin1Char('x'))};
    QVERIFY(!m_store->createItem(item, &error));
    QVERIFY2(error.contains(QStringLiteral("200")), qPrintable(error));
    QCOMPARE(test::InventorySnapshot::of(m_location).differenceFrom(before), QString());
}

void TestStoreGraph::tagsAreNormalisedAndFound()
{
    const qint64 docs = make(ItemKind::Service, QStringLiteral("docs"), m_a, {}, {},
                             {QStringLiteral(" env=prod "), QStringLiteral("pci"), QStringLiteral("env=prod"),
                              QStringLiteral(""), QStringLiteral("category=python-core")});
    const qint64 test = make(ItemKind::Service, QStringLiteral("test"), m_a, {}, {}, {QStringLiteral("env=test")});
    const qint64 env = make(ItemKind::Host, QStringLiteral("box"), m_provider, {}, {}, {QStringLiteral("env")});
    const qint64 envy = make(ItemKind::Host, QStringLiteral("envy"), m_provider, {}, {}, {QStringLiteral("envy=1")});
    QVERIFY(docs && test && env && envy);
    QCOMPARE(load(docs).tags,
             (QStringList{QStringLiteral("env=prod"), QStringLiteral("pci"), QStringLiteral("category=python-core")}));
    QCOMPARE(test::must(m_store->itemsTagged(QStringLiteral("env=prod"), test::readError())), QVector<qint64>{docs});
    // A bare key finds the bare tag and every value, and nothing that only starts like it.
    QCOMPARE(test::must(m_store->itemsTagged(QStringLiteral("env"), test::readError())),
             (QVector<qint64>{docs, test, env}));
    QCOMPARE(test::must(m_store->itemsTagged(QStringLiteral("pci"), test::readError())), QVector<qint64>{docs});
    // LIKE's wildcards in a tag are text.
    QCOMPARE(test::must(m_store->itemsTagged(QStringLiteral("e_v"), test::readError())), QVector<qint64>{});
    const auto tags = test::must(m_store->tagsByItem(test::readError()));
    QCOMPARE(tags.value(test), QStringList{QStringLiteral("env=test")});
    QCOMPARE(tags.size(), 4);
}

void TestStoreGraph::anItemReadInBulkKeepsItsGraphWhenUpdated()
{
    const qint64 docs =
        make(ItemKind::Service, QStringLiteral("docs"), m_a, {m_b}, {QStringLiteral("doc")}, {QStringLiteral("pci")});
    QVERIFY(docs);
    // itemsOfKind() reads many items without their graph: an update of one leaves it alone.
    Item bulk;
    for (const Item &item : test::must(m_store->itemsOfKind(ItemKind::Service, test::readError()))) {
        if (item.id == docs)
            bulk = item;
    }
    QCOMPARE(bulk.graphLoaded, false);
    QVERIFY(bulk.aliases.isEmpty());
    bulk.description = QStringLiteral("changed in bulk");
    QVERIFY(m_store->updateItem(bulk, test::readError()));
    Item now = load(docs);
    QCOMPARE(now.description, QStringLiteral("changed in bulk"));
    QCOMPARE(now.alsoOn, QVector<qint64>{m_b});
    QCOMPARE(now.aliases, QStringList{QStringLiteral("doc")});
    QCOMPARE(now.tags, QStringList{QStringLiteral("pci")});
    // Found by name it is whole, and an update with emptied lists empties them.
    Item found = test::must(m_store->findItemsByName(QStringLiteral("doc"), test::readError())).value(0);
    QCOMPARE(found.graphLoaded, true);
    QCOMPARE(found.alsoOn, QVector<qint64>{m_b});
    found.tags.clear();
    QVERIFY(m_store->updateItem(found, test::readError()));
    QCOMPARE(load(docs).tags, QStringList{});
}

void TestStoreGraph::contactTags()
{
    Contact ada;
    ada.name = QStringLiteral("Ada");
    ada.tags = {QStringLiteral("oncall"), QStringLiteral(" team=infra"), QStringLiteral("oncall")};
    const qint64 id = test::must(m_store->createContact(ada, test::readError()));
    Contact loaded = test::must(m_store->contact(id, test::readError()));
    QCOMPARE(loaded.tags, (QStringList{QStringLiteral("oncall"), QStringLiteral("team=infra")}));
    loaded.tags = {QStringLiteral("team=web")};
    QVERIFY(m_store->updateContact(loaded, test::readError()));
    QCOMPARE(test::must(m_store->contact(id, test::readError())).tags, QStringList{QStringLiteral("team=web")});
    QCOMPARE(test::must(m_store->tagsByContact(test::readError())).value(id), QStringList{QStringLiteral("team=web")});
    // Many contacts are read with one scan; tags come with them.
    const QVector<Contact> all = test::must(m_store->contacts(test::readError()));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().tags, QStringList{QStringLiteral("team=web")});
    const HistoryEntry change = test::must(m_store->history(0, 1, test::readError())).first();
    QVERIFY2(change.before.contains(QStringLiteral("team=infra")), qPrintable(change.before));
    QVERIFY2(change.after.contains(QStringLiteral("team=web")), qPrintable(change.after));
}

void TestStoreGraph::linkTypes()
{
    const qint64 app = make(ItemKind::Service, QStringLiteral("app"), m_a);
    const qint64 db = make(ItemKind::Service, QStringLiteral("db"), m_b);
    QVERIFY(app && db);
    const test::InventorySnapshot before = test::InventorySnapshot::of(m_location);
    QString error;
    Link link;
    link.fromItem = app;
    link.toItem = db;
    link.type = QStringLiteral("replicates to");
    QVERIFY(!m_store->addLink(link, &error));
    QVERIFY2(error.contains(QStringLiteral("\"replicates_to\" is not a link type")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("depends_on")), qPrintable(error));
    QCOMPARE(test::InventorySnapshot::of(m_location).differenceFrom(before), QString());

    // Declared, it is a type like the others; words as the user types them are keys.
    QVERIFY(m_store->defineLinkType({QStringLiteral("Replicates-To"), QStringLiteral("replicates to"), false, false},
                                    test::readError()));
    QVERIFY(m_store->addLink(link, test::readError()));
    QCOMPARE(link.type, QStringLiteral("replicates_to"));
    Link served;
    served.fromItem = app;
    served.toItem = m_a;
    served.type = QStringLiteral("Served through");
    QVERIFY(m_store->addLink(served, test::readError()));
    QCOMPARE(served.type, QStringLiteral("fronted_by"));

    const QVector<LinkType> types = test::must(m_store->linkTypes(test::readError()));
    QCOMPARE(types.size(), 7);
    QCOMPARE(types.last().key, QStringLiteral("replicates_to"));
    QCOMPARE(types.last().carriesFailure, false);
    QCOMPARE(types.last().builtin, false);
    QCOMPARE(m_store->linkTypeLabel(QStringLiteral("replicates_to")), QStringLiteral("replicates to"));
    QCOMPARE(m_store->linkTypeLabel(QStringLiteral("depends_on")), QStringLiteral("depends on"));
    QCOMPARE(test::must(m_store->allLinks(test::readError())).size(), 2);

    // Built-in types cannot be redefined; a used type cannot be removed.
    QVERIFY(!m_store->defineLinkType({QStringLiteral("depends_on"), QString(), false, false}, &error));
    QVERIFY2(error.contains(QStringLiteral("built-in")), qPrintable(error));
    QVERIFY(!m_store->defineLinkType({QStringLiteral("a;b"), QString(), true, false}, &error));
    // A label is a name: no control characters, direction overrides or line breaks.
    for (const QString &label :
         {QStringLiteral("red\x1b[31m"), QStringLiteral("evil\u202e"), QStringLiteral("two\nlines")}) {
        QVERIFY2(!m_store->defineLinkType({QStringLiteral("mirrors"), label, false, false}, &error), qPrintable(label));
        QVERIFY2(error.contains(QStringLiteral("U+")), qPrintable(error));
    }
    QVERIFY(!m_store->removeLinkType(QStringLiteral("replicates_to"), &error));
    QVERIFY2(error.contains(QStringLiteral("used by 1 link")), qPrintable(error));
    QVERIFY(m_store->removeLink(link.id, test::readError()));
    QVERIFY(m_store->removeLinkType(QStringLiteral("replicates_to"), test::readError()));
    QCOMPARE(test::must(m_store->linkTypes(test::readError())).size(), 6);
}

void TestStoreGraph::statuses()
{
    QString error;
    QVERIFY(!m_store->defineStatus({QStringLiteral("active"), StatusCategory::Down, false}, &error));
    QVERIFY2(error.contains(QStringLiteral("built-in")), qPrintable(error));
    for (const QString &name : {QStringLiteral("st\x1b"), QStringLiteral("st\u202e"), QStringLiteral("two\nlines"),
                                QStringLiteral("bell\x07")}) {
        QVERIFY2(!m_store->defineStatus({name, StatusCategory::Down, false}, &error), qPrintable(name));
        QVERIFY2(error.contains(QStringLiteral("U+")), qPrintable(error));
    }
    QVERIFY(m_store->defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, test::readError()));
    QVERIFY(m_store->defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, test::readError()));
    QVERIFY(m_store->defineStatus({QStringLiteral("redirect"), StatusCategory::Retired, false}, test::readError()));
    const QVector<StatusDef> defs = test::must(m_store->statusDefs(test::readError()));
    QCOMPARE(defs.size(), keys::knownStatuses().size() + 2);
    QCOMPARE(defs.last().name, QStringLiteral("redirect"));
    QCOMPARE(defs.last().category, StatusCategory::Retired);
    QCOMPARE(defs.first().builtin, true);
    QCOMPARE(keys::builtinStatusCategory(QStringLiteral("unreachable")), StatusCategory::Down);

    Item item;
    item.kind = ItemKind::Service;
    item.parentId = m_a;
    item.name = QStringLiteral("old docs");
    item.status = QStringLiteral("redirect");
    QVERIFY(m_store->createItem(item, test::readError()));
    QVERIFY(!m_store->removeStatus(QStringLiteral("redirect"), &error));
    QVERIFY2(error.contains(QStringLiteral("used by 1 item")), qPrintable(error));
    QVERIFY(m_store->removeStatus(QStringLiteral("read-only"), test::readError()));
    QVERIFY(!m_store->removeStatus(QStringLiteral("read-only"), &error));
}

void TestStoreGraph::checkFindsBrokenPlacements()
{
    const qint64 docs = make(ItemKind::Service, QStringLiteral("docs"), m_a, {m_b});
    QVERIFY(docs);
    QVERIFY(m_db->check().isEmpty());
    // A row no Steward writes: a service on a provider running on further hosts.
    const qint64 loose = make(ItemKind::Service, QStringLiteral("loose"), m_provider);
    QVERIFY(
        test::RawConnection(m_location)
            .exec(
                QStringLiteral("INSERT INTO also_runs_on (service_id, host_id) VALUES (%1, %2)").arg(loose).arg(m_a)));
    const QStringList problems = m_db->check();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("\"loose\"")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestStoreGraph)
#include "tst_store_graph.moc"
