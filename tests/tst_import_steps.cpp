// The importer's steps one by one (model/import): ImportParse, InventoryIndex, the
// validators of each format, the ImportPlan they make, and ImportApply on a real
// inventory. tst_import tests them together through Importer.

#include "AssignmentValidator.h"
#include "ContactValidator.h"
#include "Database.h"
#include "ImportApply.h"
#include "ImportParse.h"
#include "ImportPlan.h"
#include "ImportValidation.h"
#include "InventoryIndex.h"
#include "ItemValidator.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace steward;

namespace {

QStringList formatted(const QVector<ImportError> &errors)
{
    QStringList lines;
    for (const ImportError &e : errors)
        lines << e.format();
    return lines;
}

Item item(qint64 id, ItemKind kind, const char *name, qint64 parent)
{
    Item i;
    i.id = id;
    i.kind = kind;
    i.name = QString::fromUtf8(name);
    i.parentId = parent;
    return i;
}

Contact contact(qint64 id, ContactKind kind, const char *name)
{
    Contact c;
    c.id = id;
    c.kind = kind;
    c.name = QString::fromUtf8(name);
    return c;
}

/// A small inventory, as an index built by hand: Example (1) -> Rackspace (2) ->
/// web-1 (3) -> www (4); Hetzner (5); the contact Ann (10).
InventoryIndex smallIndex()
{
    InventoryIndex index;
    index.organisation = 1;
    index.addItem(item(1, ItemKind::Organisation, "Example", 0));
    index.addItem(item(2, ItemKind::Provider, "Rackspace", 1));
    index.addItem(item(5, ItemKind::Provider, "Hetzner", 1));
    index.addItem(item(3, ItemKind::Host, "web-1", 2));
    Item www = item(4, ItemKind::Service, "www", 3);
    www.url = QStringLiteral("https://www.example.org/");
    index.addItem(www);
    index.addContact(contact(10, ContactKind::Person, "Ann"));
    return index;
}

/// Files parsed, and what validating them against smallIndex() makes of them.
struct Validating
{
    Q_DISABLE_COPY_MOVE(Validating)
    explicit Validating(QVector<ImportSource> sources)
        : files(std::move(sources))
        , parsed(ImportParse::parse(files))
        , index(smallIndex())
    {}
    /// Runs @p Validator over every record of the @p n-th good file, as ImportValidation does.
    template <class Validator> void check(int n)
    {
        ImportValidationState state{index, plan, errors, seen};
        Validator validator(state, parsed.files.at(n));
        for (const CsvReader::Record &record : parsed.files.at(n).records)
            validator.check(record);
        validator.finish();
        seen = state.seen;
    }
    /// Validates every file, format by format; false if canceled.
    bool run(const std::atomic_bool *cancel = nullptr, const ImportValidation::ProgressHandler &progress = {})
    {
        ImportValidation validation(index, plan, errors);
        validation.setCancelFlag(cancel);
        validation.setProgress(progress, parsed.totalRows);
        return validation.run(parsed.files);
    }

    const QVector<ImportSource> files; ///< first: parsed points into it
    const ImportParseResult parsed;
    InventoryIndex index;
    ImportPlan plan;
    QVector<ImportError> errors;
    QHash<QString, NamedAt> seen;
};

} // namespace

class TestImportSteps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseReportsEveryFileAndKeepsTheGoodOnes();
    void parseOnASecondThreadGivesTheSameResult();
    void indexFindsItemsAndContactsByName();
    void indexReadsTheInventory();
    void itemValidatorErrors();
    void contactValidatorResolvesTeamsAfterTheFile();
    void assignmentValidatorErrors();
    void planForAGivenInput();
    void validationFollowsTheFormatOrder();
    void validationReportsProgressAndStopsWhenCanceled();
    void applyWritesThePlan();
};

void TestImportSteps::parseReportsEveryFileAndKeepsTheGoodOnes()
{
    const QVector<ImportSource> files = {
        {QStringLiteral("s.csv"), "Name,URL,Host\r\nwww,https://www.example.org/,web-1\r\napi,,web-1\r\n", {}},
        {QStringLiteral("gone.csv"), {}, QStringLiteral("No such file or directory")},
        {QStringLiteral("which.csv"), "name,colour\nx,red\n", {}},
        {QStringLiteral("extra.csv"), "name,host,colour\nx,y,z\n", {}},
        {QStringLiteral("empty.csv"), "", {}},
        {QStringLiteral("a.csv"), "item;contact;role\nwww;Ann;owner\n", {}},
    };
    QCOMPARE(ImportParse::rowsBound(files), qint64(4 + 1 + 3 + 3 + 1 + 3));
    const ImportParseResult result = ImportParse::parse(files);
    QCOMPARE(formatted(result.errors),
             QStringList({
                 QStringLiteral("gone.csv:0:0: cannot read the file: No such file or directory"),
                 QStringLiteral("which.csv:1:1: cannot tell whether this is a providers or hosts or contacts or "
                                "services file; add the columns of one of them (see the exports)"),
                 QStringLiteral("extra.csv:1:3: unknown column \"colour\"; a services file has the columns name, "
                                "url, status, provider, host, owners, maintainers, contacts, served_through, "
                                "description, primary_contact, escalation, source_url, notes, hosts, aliases, tags"),
                 QStringLiteral("empty.csv:1:1: the file is empty; it needs at least a header"),
             }));
    QCOMPARE(result.files.size(), 2);
    const ParsedFile &services = result.files.at(0);
    QCOMPARE(services.file, &files.at(0));
    QCOMPARE(services.format, ImportFormat::Services);
    QCOMPARE(
        services.columns,
        (QHash<QString, int>{{QStringLiteral("name"), 0}, {QStringLiteral("url"), 1}, {QStringLiteral("host"), 2}}));
    QCOMPARE(services.records.size(), 2);
    QCOMPARE(services.records.at(1).row, 3);
    QCOMPARE(services.records.at(1).fields, QStringList({QStringLiteral("api"), QString(), QStringLiteral("web-1")}));
    QCOMPARE(result.files.at(1).format, ImportFormat::Assignments);
    QCOMPARE(result.files.at(1).file, &files.at(5));
    QCOMPARE(result.totalRows, qint64(3));
    QCOMPARE(result.formats, (QHash<QString, ImportFormat>{{QStringLiteral("s.csv"), ImportFormat::Services},
                                                           {QStringLiteral("a.csv"), ImportFormat::Assignments}}));
}

void TestImportSteps::parseOnASecondThreadGivesTheSameResult()
{
    QVector<ImportSource> files;
    for (int f = 0; f < 4; ++f) {
        QByteArray csv = "name,url,host\n";
        for (int i = 0; i < 2000; ++i)
            csv += QStringLiteral("svc-%1-%2,https://svc-%2.example.org/,web-1\n").arg(f).arg(i).toUtf8();
        if (f == 2)
            csv += "bad,\"unterminated\n";
        files.append({QStringLiteral("f%1.csv").arg(f), csv, {}});
    }
    const ImportParseResult here = ImportParse::parse(files);
    ImportParse parse(files);
    QVERIFY(!parse.running());
    parse.start();
    QVERIFY(parse.running());
    const ImportParseResult &there = parse.wait();
    QVERIFY(!parse.running());
    QCOMPARE(formatted(there.errors), formatted(here.errors));
    QVERIFY(!there.errors.isEmpty());
    QCOMPARE(there.formats, here.formats);
    QCOMPARE(there.totalRows, here.totalRows);
    QCOMPARE(there.totalRows, qint64(3 * 2000));
    QCOMPARE(there.files.size(), here.files.size());
    for (qsizetype i = 0; i < here.files.size(); ++i) {
        QCOMPARE(there.files.at(i).file, here.files.at(i).file);
        QCOMPARE(there.files.at(i).records.size(), here.files.at(i).records.size());
        QCOMPARE(there.files.at(i).records.last().fields, here.files.at(i).records.last().fields);
    }
    // Waiting again hands over the same result; never started, wait() parses here.
    QVERIFY(&parse.wait() == &there);
    ImportParse unstarted(files);
    QCOMPARE(unstarted.wait().totalRows, here.totalRows);
}

void TestImportSteps::indexFindsItemsAndContactsByName()
{
    InventoryIndex index = smallIndex();
    QString why;
    QCOMPARE(index.findItem(ItemKind::Host, QStringLiteral("WEB-1"), &why), qint64(3));
    QCOMPARE(index.findItem(ItemKind::Provider, QStringLiteral("web-1"), &why), qint64(0));
    QCOMPARE(why, QStringLiteral("unknown provider \"web-1\""));
    QCOMPARE(index.findContact(QStringLiteral("ann"), &why), qint64(10));
    QCOMPARE(index.findContact(QStringLiteral("Bob"), &why), qint64(0));
    QCOMPARE(why, QStringLiteral("unknown contact \"Bob\""));

    // A planned host of the same name makes the name ambiguous, though it was found before.
    const qint64 planned = index.newId();
    QCOMPARE(planned, qint64(-1));
    QCOMPARE(index.newId(), qint64(-2));
    index.items.insert(planned, item(planned, ItemKind::Host, "Web-1", 2));
    index.nameItem(ItemKind::Host, nameKey(QStringLiteral("Web-1")), planned);
    QCOMPARE(index.findItem(ItemKind::Host, QStringLiteral("WEB-1"), &why), qint64(0));
    QCOMPARE(why, QStringLiteral("\"WEB-1\" is ambiguous: 2 hosts have that name"));
    QCOMPARE(index.itemsNamed(ItemKind::Host, nameKey(QStringLiteral("web-1"))), (QVector<qint64>{3, planned}));

    index.addContact(contact(11, ContactKind::Team, "ANN"));
    QCOMPARE(index.findContact(QStringLiteral("Ann"), &why), qint64(0));
    QCOMPARE(why, QStringLiteral("\"Ann\" is ambiguous: 2 contacts have that name"));
}

void TestImportSteps::indexReadsTheInventory()
{
    QTemporaryDir dir;
    QString error;
    const QString path = test::scratchInventory(dir, QStringLiteral("example"));
    QVERIFY2(test::createExample(path, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    Store store(db);

    InventoryIndex index;
    QVERIFY2(index.read(store, &error), qPrintable(error));
    const auto org = store.organisationId(&error);
    QVERIFY(org);
    QCOMPARE(index.organisation, *org);
    int items = 0;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service})
        items += test::must(store.countItems(kind, test::readError()));
    QCOMPARE(index.items.size(), qsizetype(items));
    const QVector<qint64> rackspace = index.itemsNamed(ItemKind::Provider, nameKey(QStringLiteral("rackspace")));
    QCOMPARE(rackspace.size(), 1);
    QCOMPARE(index.items.value(rackspace.first()).name, QStringLiteral("Rackspace"));
    QCOMPARE(index.items.value(rackspace.first()).kind, ItemKind::Provider);
    QCOMPARE(index.itemsNamed(ItemKind::Host, nameKey(QStringLiteral("albatross"))).size(), 1);
    QCOMPARE(index.contacts.size(), test::must(store.contacts(test::readError())).size());

    // Every team's members, every fronted-by link and every assignment, as the store has them.
    for (const Contact &c : test::must(store.contacts(test::readError()))) {
        QVERIFY(index.contactNames.value(nameKey(c.name)).contains(c.id));
        if (c.kind == ContactKind::Team)
            QCOMPARE(index.members.value(c.id).size(), test::must(store.teamMembers(c.id, test::readError())).size());
    }
    QVERIFY(!index.members.isEmpty());
    qsizetype links = 0;
    for (const auto &fronted : std::as_const(index.frontedBy))
        links += fronted.size();
    QCOMPARE(links, test::must(store.linksOfKind(LinkKind::FrontedBy, test::readError())).size());
    QVERIFY(links > 0);
    qsizetype assignments = 0;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        for (const Assignment &a : test::must(store.assignmentsOfKind(kind, test::readError()))) {
            ++assignments;
            QCOMPARE(index.assignments.value(InventoryIndex::assignmentKey(a.itemId, a.contactId, a.role)).id, a.id);
        }
    }
    QCOMPARE(index.assignments.size(), assignments);
    QVERIFY(assignments > 0);
}

void TestImportSteps::itemValidatorErrors()
{
    Validating v({
        {QStringLiteral("s.csv"),
         "name,url,provider,host\n"
         "www,htps:/x,Rackspace,\n"
         "api,,Rackspce,\n"
         "db,,Hetzner,web-1\n"
         "WWW,,,\n"
         "ok,,Hetzner,\n",
         {}},
        {QStringLiteral("t.csv"), "name,served_through\napi,\nlb,www\nself,self\ncache,cache\n", {}},
    });
    QVERIFY(v.parsed.errors.isEmpty());
    v.index.addItem(item(7, ItemKind::Service, "cache", 3));
    v.check<ItemValidator>(0);
    v.check<ItemValidator>(1);
    QCOMPARE(
        formatted(v.errors),
        QStringList({
            QStringLiteral("s.csv:2:2: \"htps:/x\" is not a web address; it should look like https://example.org/"),
            QStringLiteral("s.csv:3:3: unknown provider \"Rackspce\""),
            QStringLiteral("s.csv:4:4: the host \"web-1\" is at Rackspace, not at Hetzner"),
            QStringLiteral("s.csv:5:1: duplicate name \"WWW\": also on row 2"),
            QStringLiteral("t.csv:2:1: duplicate name \"api\": also in s.csv row 3"),
            // A new service is named once its row is checked: it cannot name itself.
            QStringLiteral("t.csv:4:2: no provider, host or service is called \"self\""),
            QStringLiteral("t.csv:5:2: a service cannot be served through itself"),
        }));
    // Only the rows without errors are planned: ok (new, at Hetzner) and lb (new, in
    // front of www); every row has its preview.
    QCOMPARE(v.plan.rows.size(), 9);
    QCOMPARE(v.plan.itemOps.size(), 2);
    const ImportPlan::ItemOp &ok = v.plan.itemOps.at(0);
    QVERIFY(ok.create && ok.fields && !ok.links);
    QCOMPARE(v.index.items.value(ok.ref).name, QStringLiteral("ok"));
    QCOMPARE(v.index.items.value(ok.ref).parentId, qint64(5));
    const ImportPlan::ItemOp &lb = v.plan.itemOps.at(1);
    QVERIFY(lb.create && lb.fields && lb.links);
    QCOMPARE(lb.linkTargets, QVector<qint64>{4});
    QVERIFY(v.plan.contactOps.isEmpty());
    QVERIFY(v.plan.assignmentOps.isEmpty());
}

void TestImportSteps::contactValidatorResolvesTeamsAfterTheFile()
{
    // Ann names the team Infra further down; the kind of Cid is wrong in the first
    // pass, the teams and members are checked once the file is read.
    Validating v({
        {QStringLiteral("c.csv"),
         "name,kind,team,members\n"
         "Ann,person,Infra,\n"
         "Infra,team,,\"lead: Ann\nmember: Bob\nmember: ann\"\n"
         "Bob,person,Ann,\n"
         "Cid,robot,,member: Ann\n",
         {}},
    });
    QVERIFY(v.parsed.errors.isEmpty());
    v.check<ContactValidator>(0);
    QCOMPARE(formatted(v.errors),
             QStringList({
                 QStringLiteral("c.csv:5:2: unknown contact kind \"robot\"; use person, team, mailing_list, mailbox, "
                                "chat_channel, issue_tracker or organisation"),
                 QStringLiteral("c.csv:3:4: ann is listed twice"),
                 QStringLiteral("c.csv:4:3: \"Ann\" is not a team"),
                 QStringLiteral("c.csv:5:4: only a team has members"),
             }));
    // Ann (existing) changes team; Infra, Bob and Cid are new; Infra's and Bob's rows
    // have errors and are not planned, nor is Cid's.
    QCOMPARE(v.plan.rows.size(), 4);
    QCOMPARE(v.plan.rows.at(0).action, ImportRow::Action::Change);
    QCOMPARE(v.plan.rows.at(0).changes, QStringList{QStringLiteral("team")});
    QCOMPARE(v.plan.rows.at(1).action, ImportRow::Action::Create);
    QCOMPARE(v.plan.contactOps.size(), 1);
    QCOMPARE(v.plan.contactOps.at(0).ref, qint64(10));
    QVERIFY(!v.plan.contactOps.at(0).create && v.plan.contactOps.at(0).fields && !v.plan.contactOps.at(0).setMembers);
    const qint64 infra = v.index.contactNames.value(nameKey(QStringLiteral("Infra"))).value(0);
    QVERIFY(infra < 0);
    QCOMPARE(v.index.contacts.value(10).teamId, infra);
    QCOMPARE(v.index.contacts.value(infra).kind, ContactKind::Team);
}

void TestImportSteps::assignmentValidatorErrors()
{
    Validating v({
        {QStringLiteral("a.csv"), "item,contact,role\nwww,Ann,owner\n", {}},
        {QStringLiteral("b.csv"),
         "item,item_kind,contact,role,priority\n"
         "www,service,ann,owner,\n"
         "Rackspace,provider,Nobody,owner,\n"
         "www,,Ann,,urgent\n"
         "Example,organisation,Ann,escalation,secondary\n"
         "web-1,host,,owner,\n",
         {}},
    });
    QVERIFY(v.parsed.errors.isEmpty());
    Assignment existing;
    existing.id = 7;
    existing.itemId = 1;
    existing.contactId = 10;
    existing.role = QStringLiteral("escalation");
    existing.priority = Priority::Primary;
    v.index.addAssignment(existing);
    v.check<AssignmentValidator>(0);
    v.check<AssignmentValidator>(1);
    QCOMPARE(formatted(v.errors),
             QStringList({
                 QStringLiteral("b.csv:2:4: duplicate assignment: also in a.csv row 2"),
                 QStringLiteral("b.csv:3:3: unknown contact \"Nobody\""),
                 QStringLiteral("b.csv:4:4: the role is required"),
                 QStringLiteral("b.csv:4:5: unknown priority \"urgent\"; use primary, secondary, tertiary or inactive"),
                 QStringLiteral("b.csv:6:3: the contact is required"),
             }));
    // a.csv's row creates www / Ann / owner; the organisation's escalation changes priority.
    QCOMPARE(v.plan.assignmentOps.size(), 2);
    QCOMPARE(v.plan.assignmentOps.at(0).id, qint64(0));
    QCOMPARE(v.plan.assignmentOps.at(0).itemId, qint64(4));
    QCOMPARE(v.plan.assignmentOps.at(0).contactId, qint64(10));
    QCOMPARE(v.plan.assignmentOps.at(1).id, qint64(7));
    QCOMPARE(v.plan.assignmentOps.at(1).priority, Priority::Secondary);
    QCOMPARE(v.plan.rows.size(), 6);
    QCOMPARE(v.plan.rows.at(0).name, QStringLiteral("www / Ann / owner"));
    QCOMPARE(v.plan.rows.at(4).action, ImportRow::Action::Change);
    QCOMPARE(v.plan.rows.at(4).changes, QStringList{QStringLiteral("priority")});
}

void TestImportSteps::planForAGivenInput()
{
    Validating v({
        {QStringLiteral("s.csv"),
         "name,url,host,served_through\n"
         "www,https://new.example.org/,web-1,\n"
         "api,,web-1,Hetzner; www\n"
         "WWW2,https://www.example.org/,,\n",
         {}},
    });
    QVERIFY(v.parsed.errors.isEmpty());
    Item www2 = item(6, ItemKind::Service, "www2", 3);
    www2.url = QStringLiteral("https://www.example.org/");
    v.index.addItem(www2);
    Link link;
    link.id = 30;
    link.fromItem = 6;
    link.toItem = 5;
    link.type = keys::linkKind(LinkKind::FrontedBy);
    v.index.addFrontedBy(link);
    QVERIFY(v.run());
    QVERIFY2(v.errors.isEmpty(), qPrintable(formatted(v.errors).join(QLatin1Char('\n'))));

    QCOMPARE(v.plan.rows.size(), 3);
    QCOMPARE(v.plan.rows.at(0).file, QStringLiteral("s.csv"));
    QCOMPARE(v.plan.rows.at(0).row, 2);
    QCOMPARE(v.plan.rows.at(0).format, ImportFormat::Services);
    QCOMPARE(v.plan.rows.at(0).action, ImportRow::Action::Change);
    QCOMPARE(v.plan.rows.at(0).changes, QStringList{QStringLiteral("url")});
    QCOMPARE(v.plan.rows.at(1).action, ImportRow::Action::Create);
    QCOMPARE(v.plan.rows.at(1).name, QStringLiteral("api"));
    QCOMPARE(v.plan.rows.at(2).action, ImportRow::Action::Change);
    QCOMPARE(v.plan.rows.at(2).changes,
             (QStringList{QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("served_through")}));

    QCOMPARE(v.plan.itemOps.size(), 3);
    QCOMPARE(v.plan.itemOps.at(0).ref, qint64(4));
    QVERIFY(!v.plan.itemOps.at(0).create && v.plan.itemOps.at(0).fields && !v.plan.itemOps.at(0).links);
    QCOMPARE(v.index.items.value(4).url, QStringLiteral("https://new.example.org/"));
    const qint64 api = v.plan.itemOps.at(1).ref;
    QCOMPARE(api, qint64(-1));
    QVERIFY(v.plan.itemOps.at(1).create && v.plan.itemOps.at(1).fields && v.plan.itemOps.at(1).links);
    QCOMPARE(v.plan.itemOps.at(1).linkTargets, (QVector<qint64>{5, 4}));
    QCOMPARE(v.index.items.value(api).parentId, qint64(3));
    QCOMPARE(v.index.items.value(api).kind, ItemKind::Service);
    // www2: renamed; an empty host in a file with a host column puts it at the
    // organisation; an empty served_through removes its link to Hetzner.
    QCOMPARE(v.plan.itemOps.at(2).ref, qint64(6));
    QVERIFY(!v.plan.itemOps.at(2).create && v.plan.itemOps.at(2).fields && v.plan.itemOps.at(2).links);
    QCOMPARE(v.plan.itemOps.at(2).linkTargets, QVector<qint64>{});
    QCOMPARE(v.index.items.value(6).name, QStringLiteral("WWW2"));
    QCOMPARE(v.index.items.value(6).parentId, qint64(1));
}

void TestImportSteps::validationFollowsTheFormatOrder()
{
    // Given assignments, services, hosts and contacts in that order, each names what
    // a file after it creates: validated as providers, hosts, contacts, services,
    // assignments, every name is found.
    Validating v({
        {QStringLiteral("a.csv"), "item,contact,role\napi,Bob,owner\n", {}},
        {QStringLiteral("s.csv"), "name,host\napi,web-2\n", {}},
        {QStringLiteral("h.csv"), "provider,name,kind\nLinode,web-2,vm\n", {}},
        {QStringLiteral("c.csv"), "name,team\nBob,\n", {}},
        {QStringLiteral("p.csv"), "name,kind,full_name\nLinode,vm,Linode LLC\n", {}},
    });
    QVERIFY(v.parsed.errors.isEmpty());
    QVERIFY(v.run());
    QVERIFY2(v.errors.isEmpty(), qPrintable(formatted(v.errors).join(QLatin1Char('\n'))));
    QStringList order;
    for (const ImportRow &row : std::as_const(v.plan.rows))
        order << row.file;
    QCOMPARE(order, (QStringList{QStringLiteral("p.csv"), QStringLiteral("h.csv"), QStringLiteral("c.csv"),
                                 QStringLiteral("s.csv"), QStringLiteral("a.csv")}));
    QCOMPARE(v.plan.itemOps.size(), 3);
    QCOMPARE(v.plan.contactOps.size(), 1);
    QCOMPARE(v.plan.assignmentOps.size(), 1);
    const Assignment &a = v.plan.assignmentOps.first();
    QCOMPARE(a.itemId, v.plan.itemOps.at(2).ref);
    QCOMPARE(a.contactId, v.plan.contactOps.first().ref);
    QCOMPARE(v.index.items.value(v.plan.itemOps.at(2).ref).parentId, v.plan.itemOps.at(1).ref);
    QCOMPARE(v.index.items.value(v.plan.itemOps.at(1).ref).parentId, v.plan.itemOps.at(0).ref);
}

void TestImportSteps::validationReportsProgressAndStopsWhenCanceled()
{
    QByteArray csv = "name,host\n";
    for (int i = 0; i < 2048; ++i)
        csv += QStringLiteral("svc-%1,web-1\n").arg(i).toUtf8();
    {
        Validating v({{QStringLiteral("s.csv"), csv, {}}});
        QVector<QPair<qint64, qint64>> calls;
        QVERIFY(v.run(nullptr, [&calls](qint64 done, qint64 total) { calls.append({done, total}); }));
        QCOMPARE(calls, (QVector<QPair<qint64, qint64>>{{1024, 2048}, {2048, 2048}}));
        QCOMPARE(v.plan.itemOps.size(), 2048);
    }
    {
        Validating v({{QStringLiteral("s.csv"), csv, {}}});
        const std::atomic_bool cancel{true};
        QVERIFY(!v.run(&cancel));
        QVERIFY(v.plan.itemOps.isEmpty());
        QVERIFY(v.plan.rows.isEmpty());
    }
}

void TestImportSteps::applyWritesThePlan()
{
    QTemporaryDir dir;
    QString error;
    const QString path = test::scratchInventory(dir, QStringLiteral("apply"));
    QVERIFY2(test::createEmpty(path, QStringLiteral("Example Corporation"), &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    Store store(db);

    const QVector<ImportSource> files = {
        {QStringLiteral("p.csv"), "name,kind,full_name\nRackspace,vm,\nFastly,cdn,\n", {}},
        {QStringLiteral("h.csv"), "provider,name,kind\nRackspace,web-1,vm\n", {}},
        {QStringLiteral("s.csv"), "name,host,served_through\nwww,web-1,Fastly\n", {}},
        {QStringLiteral("c.csv"),
         "name,kind,team,members\nAnn,person,,\nInfra,team,,lead: Ann\nlist,mailing_list,Infra,\n",
         {}},
        {QStringLiteral("a.csv"), "item,contact,role\nwww,Infra,owner\n", {}},
    };
    const ImportParseResult parsed = ImportParse::parse(files);
    QVERIFY(parsed.errors.isEmpty());
    const auto planAndApply = [&](ImportPlan *plan, ImportUndo *undo, QString *why) {
        return store.write(
            [&](QString *err) {
                InventoryIndex index;
                if (!index.read(store, err))
                    return false;
                QVector<ImportError> errors;
                ImportValidation validation(index, *plan, errors);
                if (!validation.run(parsed.files) || !errors.isEmpty()) {
                    *err = formatted(errors).join(QLatin1Char('\n'));
                    return false;
                }
                const ImportUndo reuse;
                return ImportApply(store, reuse).run(index, *plan, undo, err);
            },
            why, QStringLiteral("Import"));
    };
    ImportPlan plan;
    ImportUndo undo;
    QVERIFY2(planAndApply(&plan, &undo, &error), qPrintable(error));

    // Parents first, one kind after another; teams before the lists that name them.
    QCOMPARE(undo.createdItems.size(), 4);
    QStringList names;
    for (qint64 id : std::as_const(undo.createdItems)) {
        const auto created = store.item(id, &error);
        QVERIFY2(created, qPrintable(error));
        names << created->name;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Rackspace"), QStringLiteral("Fastly"), QStringLiteral("web-1"),
                                 QStringLiteral("www")}));
    const auto www = store.item(undo.createdItems.at(3), &error);
    QCOMPARE(www->parentId, undo.createdItems.at(2));
    QCOMPARE(test::must(store.item(undo.createdItems.at(2), test::readError())).parentId, undo.createdItems.at(0));
    const QVector<Link> links = test::must(store.linksOfKind(LinkKind::FrontedBy, test::readError()));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().fromItem, www->id);
    QCOMPARE(links.first().toItem, undo.createdItems.at(1));
    QCOMPARE(undo.createdLinks, QVector<qint64>{links.first().id});

    QCOMPARE(undo.createdContacts.size(), 3);
    const auto infra = store.contact(undo.createdContacts.first(), &error);
    QVERIFY2(infra, qPrintable(error));
    QCOMPARE(infra->name, QStringLiteral("Infra"));
    const auto list = store.contact(undo.createdContacts.at(2), &error);
    QCOMPARE(list->name, QStringLiteral("list"));
    QCOMPARE(list->teamId, infra->id);
    const QVector<TeamMember> members = test::must(store.teamMembers(infra->id, test::readError()));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().memberId, undo.createdContacts.at(1));
    QCOMPARE(members.first().role, QStringLiteral("lead"));

    QCOMPARE(undo.createdAssignments.size(), 1);
    const QVector<Assignment> assignments = test::must(store.assignments(www->id, test::readError()));
    QCOMPARE(assignments.size(), 1);
    QCOMPARE(assignments.first().contactId, infra->id);
    QCOMPARE(assignments.first().role, QStringLiteral("owner"));
    QVERIFY(undo.changedItems.isEmpty() && undo.changedContacts.isEmpty() && undo.changedAssignments.isEmpty());

    // The same files again: every row unchanged, nothing to write.
    ImportPlan again;
    ImportUndo none;
    QVERIFY2(planAndApply(&again, &none, &error), qPrintable(error));
    QVERIFY(again.itemOps.isEmpty() && again.contactOps.isEmpty() && again.assignmentOps.isEmpty());
    QCOMPARE(again.rows.size(), 8);
    for (const ImportRow &row : std::as_const(again.rows))
        QCOMPARE(row.action, ImportRow::Action::Unchanged);
    QVERIFY(none.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportSteps)
#include "tst_import_steps.moc"
