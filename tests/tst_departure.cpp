// "What if X leaves?" (model/ownership/Departure): the items a contact would leave with
// nobody, the escalation contacts only, a team with no one left or a single owner, and
// what Who to Contact would then say; on a purpose-built inventory (each case and its
// edges), on the example inventory, through the resolver's preloaded "without X" answer,
// the deletion check built on it, and `steward departure`.

#include "ContactDeletionImpact.h"
#include "ContactResolver.h"
#include "Database.h"
#include "Departure.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestDeparture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachCaseOnAPurposeBuiltInventory();
    void whatWhoToContactWouldSay();
    void countsPeopleOnceAndTeamsByTheirMembers();
    void inactiveAndEscalationOnlyCoverAreNotRisks();
    void coverOutsideItsDaysIsNotARisk();
    void nobodyAtAllWhenTheLastEscalationContactLeaves();
    void aContactWithNothing();
    void unknownContactIsAnError();
    void preloadedWithoutAnswersAsTheStoreDoes();
    void exampleInventory();
    void deletionImpactIsTheSameAnswer();
    void commandLine();
    void commandLineErrors();

private:
    qint64 item(const QString &name) const { return m_items.value(name); }
    qint64 contact(const QString &name) const { return m_contacts.value(name); }
    qint64 addItem(ItemKind kind, const QString &name, qint64 parent, const QVector<qint64> &alsoOn = {});
    qint64 addContact(ContactKind kind, const QString &name);
    qint64 assign(const QString &itemName, const QString &contactName, const QString &role,
                  Priority priority = Priority::Primary);
    void member(const QString &team, const QString &person);
    /// The answer for @p name as "item: left-with" lines, in the answer's order.
    QStringList answer(const QString &name);
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
};

void TestDeparture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(test::scratchInventory(*m_dir, QStringLiteral("leavers"))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    m_items.clear();
    m_contacts.clear();

    // Acme: escalation through the ops list. Two hosts: one nobody owns, one Hannah owns.
    const qint64 org = addItem(ItemKind::Organisation, QStringLiteral("Acme"), 0);
    const qint64 provider = addItem(ItemKind::Provider, QStringLiteral("Cloud"), org);
    const qint64 bare = addItem(ItemKind::Host, QStringLiteral("bare-host"), provider);
    const qint64 owned = addItem(ItemKind::Host, QStringLiteral("owned-host"), provider);
    for (const char *name : {"alone", "pair", "trio", "teamed", "teamed-pair", "team-and-alice", "inactive",
                             "escalation-role", "same-person", "ghost-team"})
        addItem(ItemKind::Service, QString::fromLatin1(name), bare);
    addItem(ItemKind::Service, QStringLiteral("inherits"), owned);
    addItem(ItemKind::Service, QStringLiteral("balanced"), bare, {owned});

    for (const char *name : {"Xavier", "Alice", "Bob", "Hannah"})
        addContact(ContactKind::Person, QString::fromLatin1(name));
    addContact(ContactKind::MailingList, QStringLiteral("ops@acme.example"));
    for (const char *name : {"Solo", "Duo", "Ghost"})
        addContact(ContactKind::Team, QString::fromLatin1(name));
    member(QStringLiteral("Solo"), QStringLiteral("Xavier"));
    member(QStringLiteral("Duo"), QStringLiteral("Xavier"));
    member(QStringLiteral("Duo"), QStringLiteral("Alice"));

    const QString owner = QStringLiteral("owner");
    QVERIFY(assign(QStringLiteral("Acme"), QStringLiteral("ops@acme.example"), QStringLiteral("escalation")));
    QVERIFY(assign(QStringLiteral("owned-host"), QStringLiteral("Hannah"), owner));
    QVERIFY(assign(QStringLiteral("alone"), QStringLiteral("Xavier"), owner));
    QVERIFY(assign(QStringLiteral("pair"), QStringLiteral("Xavier"), owner));
    QVERIFY(assign(QStringLiteral("pair"), QStringLiteral("Alice"), owner));
    QVERIFY(assign(QStringLiteral("trio"), QStringLiteral("Xavier"), owner));
    QVERIFY(assign(QStringLiteral("trio"), QStringLiteral("Alice"), owner));
    QVERIFY(assign(QStringLiteral("trio"), QStringLiteral("Bob"), QStringLiteral("maintainer")));
    QVERIFY(assign(QStringLiteral("teamed"), QStringLiteral("Solo"), owner));
    QVERIFY(assign(QStringLiteral("teamed-pair"), QStringLiteral("Duo"), owner));
    QVERIFY(assign(QStringLiteral("team-and-alice"), QStringLiteral("Solo"), owner));
    QVERIFY(assign(QStringLiteral("team-and-alice"), QStringLiteral("Alice"), QStringLiteral("maintainer")));
    QVERIFY(assign(QStringLiteral("inactive"), QStringLiteral("Xavier"), owner, Priority::Inactive));
    QVERIFY(assign(QStringLiteral("escalation-role"), QStringLiteral("Xavier"), QStringLiteral("escalation")));
    QVERIFY(assign(QStringLiteral("same-person"), QStringLiteral("Xavier"), owner));
    QVERIFY(assign(QStringLiteral("same-person"), QStringLiteral("Alice"), owner));
    QVERIFY(assign(QStringLiteral("same-person"), QStringLiteral("Duo"), QStringLiteral("maintainer")));
    QVERIFY(assign(QStringLiteral("ghost-team"), QStringLiteral("Xavier"), owner));
    QVERIFY(assign(QStringLiteral("ghost-team"), QStringLiteral("Ghost"), owner));
    QVERIFY(assign(QStringLiteral("inherits"), QStringLiteral("Xavier"), owner));
    QVERIFY(assign(QStringLiteral("balanced"), QStringLiteral("Xavier"), owner));
}

void TestDeparture::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestDeparture::addItem(ItemKind kind, const QString &name, qint64 parent, const QVector<qint64> &alsoOn)
{
    Item i;
    i.kind = kind;
    i.name = name;
    i.parentId = parent;
    i.alsoOn = alsoOn;
    if (kind == ItemKind::Host)
        i.hostname = name;
    QString error;
    const auto id = m_store->createItem(i, &error);
    if (!id)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(error));
    m_items.insert(name, *id);
    return *id;
}

qint64 TestDeparture::addContact(ContactKind kind, const QString &name)
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

qint64 TestDeparture::assign(const QString &itemName, const QString &contactName, const QString &role,
                             Priority priority)
{
    Assignment a;
    a.itemId = item(itemName);
    a.contactId = contact(contactName);
    a.role = role;
    a.priority = priority;
    QString error;
    const auto id = m_store->addAssignment(a, &error);
    if (!id)
        qWarning("cannot assign %s to %s: %s", qPrintable(contactName), qPrintable(itemName), qPrintable(error));
    return id.value_or(0);
}

void TestDeparture::member(const QString &team, const QString &person)
{
    QString error;
    TeamMember m;
    m.teamId = contact(team);
    m.memberId = contact(person);
    if (!m_store->setTeamMember(m, &error))
        qFatal("cannot add %s to %s: %s", qPrintable(person), qPrintable(team), qPrintable(error));
}

QStringList TestDeparture::answer(const QString &name)
{
    QString error;
    const auto d = departure(*m_store, contact(name), &error);
    if (!d) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    QStringList lines;
    for (const DepartureItem &i : d->items)
        lines << i.itemName + QStringLiteral(": ") + DepartureText::key(i.leftWith);
    return lines;
}

void TestDeparture::eachCaseOnAPurposeBuiltInventory()
{
    QString error;
    const QStringList before = test::dumpInventory(m_db->path());
    const auto d = departure(*m_store, contact(QStringLiteral("Xavier")), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->contact.name, QStringLiteral("Xavier"));
    // Worst first, then by name: (a) the escalation only, (c) a team with no one left,
    // (b) a single owner. trio keeps two people; inactive and escalation-role never relied on him.
    QCOMPARE(answer(QStringLiteral("Xavier")), (QStringList{
                                                   QStringLiteral("alone: escalation-only"),
                                                   QStringLiteral("teamed: empty-team"),
                                                   QStringLiteral("balanced: single-owner"),
                                                   QStringLiteral("ghost-team: single-owner"),
                                                   QStringLiteral("inherits: single-owner"),
                                                   QStringLiteral("pair: single-owner"),
                                                   QStringLiteral("same-person: single-owner"),
                                                   QStringLiteral("team-and-alice: single-owner"),
                                                   QStringLiteral("teamed-pair: single-owner"),
                                               }));
    // Every item he covers actively, himself or through Solo and Duo: not "inactive".
    QCOMPARE(d->itemsCovered, 11);
    QCOMPARE(d->teams.size(), 2);
    QCOMPARE(d->assignments.size(), 9); // his own, the inactive one too
    // How he covers each: himself, or through a team (both, on same-person).
    QHash<QString, QStringList> how;
    for (const DepartureItem &i : d->items)
        how.insert(i.itemName, i.coveredAs);
    QCOMPARE(how.value(QStringLiteral("alone")), QStringList{QStringLiteral("owner")});
    QCOMPARE(how.value(QStringLiteral("teamed")), QStringList{QStringLiteral("owner through Solo")});
    QCOMPARE(how.value(QStringLiteral("teamed-pair")), QStringList{QStringLiteral("owner through Duo")});
    QCOMPARE(how.value(QStringLiteral("same-person")),
             (QStringList{QStringLiteral("owner"), QStringLiteral("maintainer through Duo")}));
    QCOMPARE(test::dumpInventory(m_db->path()), before); // nothing written
}

void TestDeparture::whatWhoToContactWouldSay()
{
    QString error;
    const auto d = departure(*m_store, contact(QStringLiteral("Xavier")), &error);
    QVERIFY2(d, qPrintable(error));
    QHash<QString, QString> says;
    QHash<QString, DepartureItem> byName;
    for (const DepartureItem &i : d->items) {
        says.insert(i.itemName, DepartureText::wouldSay(i));
        byName.insert(i.itemName, i);
    }
    // Nobody of its own and nobody above: the escalation contacts.
    QCOMPARE(says.value(QStringLiteral("alone")), QStringLiteral("ops@acme.example (escalation: Acme)"));
    // An empty team is still listed (Who to Contact would say it), with what comes next.
    QCOMPARE(says.value(QStringLiteral("teamed")),
             QStringLiteral("Solo (owner of teamed; no one left in it); ops@acme.example (escalation: Acme)"));
    QCOMPARE(byName.value(QStringLiteral("teamed")).emptyTeams, QSet<qint64>{contact(QStringLiteral("Solo"))});
    // Only the first level that lists someone: not the escalation after Alice.
    QCOMPARE(says.value(QStringLiteral("pair")), QStringLiteral("Alice (owner of pair)"));
    QCOMPARE(says.value(QStringLiteral("teamed-pair")),
             QStringLiteral("Duo (owner of teamed-pair; only Alice left in it)"));
    QCOMPARE(says.value(QStringLiteral("team-and-alice")),
             QStringLiteral("Solo (owner of team-and-alice; no one left in it); Alice (maintainer of team-and-alice)"));
    // Inherited: from the host; a service on two hosts walks both.
    QCOMPARE(says.value(QStringLiteral("inherits")), QStringLiteral("Hannah (inherited from owned-host (owner))"));
    QCOMPARE(says.value(QStringLiteral("balanced")), QStringLiteral("Hannah (inherited from owned-host (owner))"));
    const DepartureItem balanced = byName.value(QStringLiteral("balanced"));
    QCOMPARE(balanced.wouldSay.size(), 1);
    QCOMPARE(balanced.wouldSay.first().depth, 1);
    QCOMPARE(balanced.kind, ItemKind::Service);
}

void TestDeparture::countsPeopleOnceAndTeamsByTheirMembers()
{
    // Duo keeps Alice once Xavier is gone: with Alice herself on same-person, one person.
    // A second member makes Duo two people: teamed-pair and same-person are no longer at risk.
    member(QStringLiteral("Duo"), QStringLiteral("Bob"));
    QStringList lines = answer(QStringLiteral("Xavier"));
    QVERIFY2(!lines.contains(QStringLiteral("teamed-pair: single-owner")), qPrintable(lines.join(u',')));
    QVERIFY2(!lines.contains(QStringLiteral("same-person: single-owner")), qPrintable(lines.join(u',')));
    // Ghost has no members recorded: it counts as one, so ghost-team has a single owner;
    // with a member of its own (not Xavier) still one.
    QVERIFY(lines.contains(QStringLiteral("ghost-team: single-owner")));
    member(QStringLiteral("Ghost"), QStringLiteral("Hannah"));
    lines = answer(QStringLiteral("Xavier"));
    QVERIFY(lines.contains(QStringLiteral("ghost-team: single-owner")));
    // Solo with a second member is no longer empty: teamed has a single owner in it.
    member(QStringLiteral("Solo"), QStringLiteral("Bob"));
    lines = answer(QStringLiteral("Xavier"));
    QVERIFY2(lines.contains(QStringLiteral("teamed: single-owner")), qPrintable(lines.join(u',')));
    QVERIFY(!lines.contains(QStringLiteral("teamed: empty-team")));
    // Alice's leaving: pair keeps Xavier; teamed-pair keeps Xavier and Bob through Duo.
    lines = answer(QStringLiteral("Alice"));
    QVERIFY2(lines.contains(QStringLiteral("pair: single-owner")), qPrintable(lines.join(u',')));
    QVERIFY(!lines.contains(QStringLiteral("teamed-pair: single-owner")));
}

void TestDeparture::inactiveAndEscalationOnlyCoverAreNotRisks()
{
    const QStringList lines = answer(QStringLiteral("Xavier"));
    for (const QString &line : lines) {
        QVERIFY2(!line.startsWith(QStringLiteral("inactive:")), qPrintable(line));
        QVERIFY2(!line.startsWith(QStringLiteral("escalation-role:")), qPrintable(line));
        QVERIFY2(!line.startsWith(QStringLiteral("trio:")), qPrintable(line));
    }
    // The ops list is Acme's only escalation contact, but others remain on what it covers:
    // Acme itself is left with nobody at all.
    QCOMPARE(answer(QStringLiteral("ops@acme.example")), QStringList{QStringLiteral("Acme: nobody")});
}

void TestDeparture::coverOutsideItsDaysIsNotARisk()
{
    // Xavier owns "alone" only until a day: on that day his leaving leaves it with the
    // escalation only; the day after he is no longer listed for it, so it is not his risk.
    const QDate day(2026, 6, 1);
    m_store->setClock([day] { return QDateTime(day, QTime(12, 0), Qt::LocalTime).toUTC(); });
    QString error;
    Assignment mine;
    for (const Assignment &a : test::must(m_store->assignments(item(QStringLiteral("alone")), test::readError()))) {
        if (a.contactId == contact(QStringLiteral("Xavier")))
            mine = a;
    }
    QVERIFY(mine.id > 0);
    mine.validUntil = day;
    QVERIFY2(m_store->updateAssignment(mine, &error), qPrintable(error));
    QVERIFY(answer(QStringLiteral("Xavier")).contains(QStringLiteral("alone: escalation-only")));
    mine.validUntil = day.addDays(-1);
    QVERIFY2(m_store->updateAssignment(mine, &error), qPrintable(error));
    const QStringList after = answer(QStringLiteral("Xavier"));
    QVERIFY2(!after.join(u'|').contains(QStringLiteral("alone:")), qPrintable(after.join(u'|')));
    // A cover that has not begun is not relied on either.
    mine.validUntil = QDate();
    mine.validFrom = day.addDays(1);
    QVERIFY2(m_store->updateAssignment(mine, &error), qPrintable(error));
    QVERIFY(!answer(QStringLiteral("Xavier")).join(u'|').contains(QStringLiteral("alone:")));
    m_store->setClock(nullptr);
}

void TestDeparture::nobodyAtAllWhenTheLastEscalationContactLeaves()
{
    // Without the ops list, alone has nobody at all once Xavier is gone, and says so.
    QString error;
    QVERIFY2(m_store->deleteContact(contact(QStringLiteral("ops@acme.example")), &error), qPrintable(error));
    const auto d = departure(*m_store, contact(QStringLiteral("Xavier")), &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(!d->items.isEmpty());
    QCOMPARE(d->items.first().itemName, QStringLiteral("alone"));
    QCOMPARE(d->items.first().leftWith, LeftWith::Nobody);
    QVERIFY(d->items.first().wouldSay.isEmpty());
    QCOMPARE(DepartureText::wouldSay(d->items.first()), QStringLiteral("nobody"));
    QCOMPARE(DepartureText::label(LeftWith::Nobody), QStringLiteral("nobody at all"));
    // teamed: an empty team and nothing after it.
    const auto teamed = std::find_if(d->items.begin(), d->items.end(),
                                     [](const DepartureItem &i) { return i.itemName == QLatin1String("teamed"); });
    QVERIFY(teamed != d->items.end());
    QCOMPARE(teamed->leftWith, LeftWith::EmptyTeam);
    QCOMPARE(DepartureText::wouldSay(*teamed), QStringLiteral("Solo (owner of teamed; no one left in it)"));
}

void TestDeparture::aContactWithNothing()
{
    QString error;
    const auto d = departure(*m_store, contact(QStringLiteral("Bob")), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->itemsCovered, 1); // trio, where two remain
    QVERIFY(d->items.isEmpty());
    const qint64 nobody = addContact(ContactKind::Person, QStringLiteral("Newcomer"));
    const auto none = departure(*m_store, nobody, &error);
    QVERIFY2(none, qPrintable(error));
    QCOMPARE(none->itemsCovered, 0);
    QVERIFY(none->items.isEmpty());
    QVERIFY(none->assignments.isEmpty());
}

void TestDeparture::unknownContactIsAnError()
{
    QString error;
    QVERIFY(!departure(*m_store, 987654, &error));
    QCOMPARE(error, QStringLiteral("Contact 987654 does not exist."));
}

void TestDeparture::preloadedWithoutAnswersAsTheStoreDoes()
{
    // The resolver answers "without X" from memory (preloadFor(Names)) as it does from the
    // store, line for line, for every item.
    QVector<qint64> ids;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        ids << it.value();
    QVector<TreeRow> rows;
    QVector<Placement> placements;
    QString error;
    QVERIFY2(m_store->treeAround(ids, &rows, &placements, &error), qPrintable(error));
    QCOMPARE(rows.size(), ids.size());
    QCOMPARE(placements.size(), 1);
    ContactResolver preloaded(*m_store), fromStore(*m_store);
    QVERIFY2(preloaded.preloadFor(rows, placements, ids, &error, ContactResolver::Preload::Names), qPrintable(error));
    for (const QString &leaver : {QStringLiteral("Xavier"), QStringLiteral("Alice"), QStringLiteral("Solo")}) {
        ContactResolver::Overrides without;
        without.withoutContact = contact(leaver);
        for (qint64 id : std::as_const(ids)) {
            const auto a = preloaded.resolve(id, &error, &without);
            QVERIFY2(a, qPrintable(error));
            const auto b = fromStore.resolve(id, &error, &without);
            QVERIFY2(b, qPrintable(error));
            QCOMPARE(a->size(), b->size());
            for (int i = 0; i < a->size(); ++i) {
                QCOMPARE(a->at(i).contact.id, b->at(i).contact.id);
                QCOMPARE(a->at(i).reason, b->at(i).reason);
                QCOMPARE(a->at(i).depth, b->at(i).depth);
                QVERIFY(a->at(i).contact.id != without.withoutContact);
            }
        }
    }
}

void TestDeparture::exampleInventory()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY2(db.create(test::scratchInventory(dir, QStringLiteral("psf"))), qPrintable(db.errorString()));
    Store store(db);
    QString error;
    QVERIFY2(ExampleInventory::populate(store, &error), qPrintable(error));
    const auto contactId = [&](const QString &name) {
        return test::must(store.findContactsByName(name, test::readError())).value(0).id;
    };
    // Ernest maintains PyPI with Donald and Richard, and Dyn and Gandi through the
    // Infrastructure team of six: nothing would be left thin.
    const qint64 ernest = contactId(QStringLiteral("Ernest W. Durbin III"));
    auto d = departure(store, ernest, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->itemsCovered, 3);
    QVERIFY(d->items.isEmpty());
    QCOMPARE(d->teams.size(), 1);
    // Once Richard has handed PyPI to nobody, Donald would be its only maintainer.
    const qint64 pypi = test::must(store.findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0).id;
    for (const Assignment &a : test::must(store.assignments(pypi, test::readError()))) {
        if (a.contactId == contactId(QStringLiteral("Richard Jones")))
            QVERIFY2(store.removeAssignment(a.id, &error), qPrintable(error));
    }
    d = departure(store, ernest, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->items.size(), 1);
    QCOMPARE(d->items.first().itemName, QStringLiteral("PyPI"));
    QCOMPARE(d->items.first().leftWith, LeftWith::SingleOwner);
    QCOMPARE(DepartureText::wouldSay(d->items.first()), QStringLiteral("Donald Stufft (maintainer of PyPI)"));
    // Benjamin Peterson: www.jython.org would fall to the escalation contacts; docs.python.org to Georg.
    d = departure(store, contactId(QStringLiteral("Benjamin Peterson")), &error);
    QVERIFY2(d, qPrintable(error));
    QStringList lines;
    for (const DepartureItem &i : d->items)
        lines << i.itemName + QStringLiteral(": ") + DepartureText::key(i.leftWith) + QStringLiteral(": ") +
                     DepartureText::wouldSay(i);
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("www.jython.org: escalation-only: infrastructure-staff@python.org (escalation: "
                                       "Infrastructure team); #python-infra (escalation: Infrastructure team)"),
                        QStringLiteral("docs.python.org: single-owner: Georg Brandl (owner of docs.python.org)"),
                    }));
    // The infrastructure mailing list is the first escalation contact: the channel remains.
    d = departure(store, contactId(QStringLiteral("infrastructure-staff@python.org")), &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(d->items.isEmpty());
}

void TestDeparture::deletionImpactIsTheSameAnswer()
{
    QString error;
    const auto impact = contactDeletionImpact(*m_store, contact(QStringLiteral("Xavier")), &error);
    QVERIFY2(impact, qPrintable(error));
    // Nobody but the escalation contacts, or only a team with no one left: not a single owner.
    QCOMPARE(impact->orphaned, (QStringList{QStringLiteral("alone"), QStringLiteral("teamed")}));
    QCOMPARE(impact->assignments.size(), 9);
    QVERIFY(impact->assignments.contains(QStringLiteral("owner of alone")));
    QVERIFY(impact->assignments.contains(QStringLiteral("escalation of escalation-role")));
    QVERIFY(!contactDeletionImpact(*m_store, 987654, &error));
}

TestDeparture::Run TestDeparture::steward(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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

void TestDeparture::commandLine()
{
    const QString db = m_db->path();
    const QStringList before = test::dumpInventory(db);
    Run r = steward({QStringLiteral("departure"), QStringLiteral("xavier"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Xavier is a member of Solo, Duo."));
    QCOMPARE(lines.value(1),
             QStringLiteral("If Xavier leaves, 9 of the 11 item(s) they cover would be left with too few people:"));
    QCOMPARE(lines.value(2), QStringLiteral("alone [service]: escalation only (covered as owner)"));
    QCOMPARE(lines.value(3), QStringLiteral("    Who to Contact would say: ops@acme.example (escalation: Acme)"));
    QCOMPARE(lines.value(4),
             QStringLiteral("teamed [service]: a team with no one left (covered as owner through Solo)"));
    QCOMPARE(lines.size(), 2 + 2 * 9);

    r = steward({QStringLiteral("departure"), QStringLiteral("Xavier"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.size() == 1)
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("item,kind,left_with,covered_as,would_say"));
    QCOMPARE(lines.value(1), QStringLiteral("alone,service,escalation-only,owner,ops@acme.example (escalation: Acme)"));
    QCOMPARE(lines.value(2), QStringLiteral("teamed,service,empty-team,owner through Solo,"
                                            "Solo (owner of teamed; no one left in it); ops@acme.example (escalation: "
                                            "Acme)"));
    QCOMPARE(lines.size(), 1 + 9);

    r = steward({QStringLiteral("departure"), QStringLiteral("Bob"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("If Bob leaves, each of the 1 item(s) they cover still has at least two people "
                                   "besides the escalation contacts.\n"));
    addContact(ContactKind::Person, QStringLiteral("Newcomer"));
    r = steward({QStringLiteral("departure"), QStringLiteral("Newcomer"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("not assigned to any item")), qPrintable(r.out));
    QCOMPARE(test::dumpInventory(db).size(), before.size() + 1); // only the newcomer
}

void TestDeparture::commandLineErrors()
{
    const QString db = m_db->path();
    Run r = steward({QStringLiteral("departure"), QStringLiteral("Nobody Here"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("steward: no contact is called \"Nobody Here\".\n"));
    r = steward({QStringLiteral("departure"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);
    r = steward(
        {QStringLiteral("departure"), QStringLiteral("Xavier"), QStringLiteral("Alice"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);
    r = steward({QStringLiteral("departure"), QStringLiteral("Xavier"), QStringLiteral("--format"),
                 QStringLiteral("xml"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDeparture)
#include "tst_departure.moc"
