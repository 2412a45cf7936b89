// Contacts for a list of things (ContactsForList, `steward contact --from`): the lines of a
// maintenance mail or a scan against the example inventory and a purpose-built one, with
// noise, URLs, aliases, host names, unknown names and names given twice.

#include "ContactsForList.h"
#include "ContactsForListCsv.h"
#include "Database.h"
#include "ExampleInventory.h"
#include "Store.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// "item by how" for each mention of a line: what a reader checks.
QStringList mentions(const ListLine &line)
{
    QStringList list;
    for (const ListMention &m : line.mentions)
        list << QStringLiteral("%1 by %2").arg(m.itemName, ContactsForList::matchLabel(m.how));
    return list;
}

/// "contact: item, item" for each contact of the answer, in order.
QStringList contactLines(const ContactsForListResult &result)
{
    QStringList list;
    for (const ListContact &c : result.contacts)
        list << QStringLiteral("%1: %2").arg(c.contact.name, c.itemNames().join(QStringLiteral(", ")));
    return list;
}

} // namespace

class TestContactList final : public QObject
{
    Q_OBJECT

private:
    /// A fresh inventory: the example, or an empty one with only the organisation.
    void open(bool example);
    ContactsForListResult find(const QString &text, ContactsForList::Scope scope = ContactsForList::Scope::FirstToCall);
    /// The mentions of every matched line, as "N: item by how; item by how".
    static QStringList lineMap(const ContactsForListResult &result);
    qint64 addItem(ItemKind kind, const QString &name, qint64 parent, const QString &hostnameOrUrl = QString(),
                   const QStringList &aliases = {});
    qint64 addContact(const QString &name, const QString &email = QString());
    void assign(qint64 item, qint64 contact, const QString &role, Priority priority = Priority::Primary);
    /// The purpose-built inventory (see buildInventory()).
    void buildInventory();
    Run cli(const QStringList &arguments, const QByteArray &input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_ids;

private Q_SLOTS:
    void init();
    void cleanup();

    // The example inventory
    void maintenanceMail();
    void longestNameWins();
    void urlsAndTheirPaths_data();
    void urlsAndTheirPaths();
    void emailAddressesAndTheOrganisationNameNothing();
    void duplicateLinesAndMentions();
    void everyoneScope();
    void noiseEmptyAndControlCharacters();
    void hugeLinesAndJunk();
    void decodesWhatFilesHold();
    void lineRanges();
    void emailToLine();

    // A purpose-built inventory
    void aliasesHostnamesAndNamesOfSeveralWords();
    void urlPathsOnOneHost();
    void orderOfImportance();
    void itemNamedTwiceAndContactOfSeveralItems();
    void nobodyToContact();
    void inventoryChangesAfterInvalidate();
    void csvRows();

    // The command line
    void cliFormats();
    void cliFromStandardInputAndErrors();
};

void TestContactList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestContactList::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    m_ids.clear();
}

void TestContactList::open(bool example)
{
    m_db = std::make_unique<Database>();
    m_location = test::scratchInventory(*m_dir, example ? QStringLiteral("psf") : QStringLiteral("built"));
    QVERIFY2(m_db->create(m_location), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
    QString error;
    if (example) {
        QVERIFY2(ExampleInventory::populate(*m_store, &error), qPrintable(error));
    } else {
        Item org;
        org.kind = ItemKind::Organisation;
        org.name = QStringLiteral("Northwind Trading");
        QVERIFY2(m_store->createItem(org, &error), qPrintable(error));
        m_ids.insert(org.name, org.id);
    }
}

ContactsForListResult TestContactList::find(const QString &text, ContactsForList::Scope scope)
{
    ContactsForList list(*m_store);
    QString error;
    const auto result = list.find(text, &error, scope);
    if (!result)
        qWarning("find failed: %s", qPrintable(error));
    return result.value_or(ContactsForListResult());
}

QStringList TestContactList::lineMap(const ContactsForListResult &result)
{
    QStringList list;
    for (const ListLine &line : result.matched)
        list << QStringLiteral("%1: %2").arg(line.number).arg(mentions(line).join(QStringLiteral("; ")));
    return list;
}

qint64 TestContactList::addItem(ItemKind kind, const QString &name, qint64 parent, const QString &hostnameOrUrl,
                                const QStringList &aliases)
{
    Item item;
    item.kind = kind;
    item.name = name;
    item.parentId = parent;
    if (kind == ItemKind::Host)
        item.hostname = hostnameOrUrl;
    else if (kind == ItemKind::Service)
        item.url = hostnameOrUrl;
    item.aliases = aliases;
    QString error;
    if (!m_store->createItem(item, &error))
        qWarning("cannot create %s: %s", qPrintable(name), qPrintable(error));
    m_ids.insert(name, item.id);
    return item.id;
}

qint64 TestContactList::addContact(const QString &name, const QString &email)
{
    Contact c;
    c.name = name;
    if (!email.isEmpty())
        c.addresses.append({0, AddressKind::Email, email, QString()});
    QString error;
    const auto id = m_store->createContact(c, &error);
    if (!id)
        qWarning("cannot create %s: %s", qPrintable(name), qPrintable(error));
    m_ids.insert(name, id.value_or(0));
    return id.value_or(0);
}

void TestContactList::assign(qint64 item, qint64 contact, const QString &role, Priority priority)
{
    Assignment a;
    a.itemId = item;
    a.contactId = contact;
    a.role = role;
    a.priority = priority;
    QString error;
    if (!m_store->addAssignment(a, &error))
        qWarning("cannot assign: %s", qPrintable(error));
}

void TestContactList::buildInventory()
{
    open(false);
    const qint64 org = m_ids.value(QStringLiteral("Northwind Trading"));
    const qint64 rackspace = addItem(ItemKind::Provider, QStringLiteral("Rackspace"), org);
    const qint64 vm = addItem(ItemKind::Host, QStringLiteral("a Rackspace VM"), rackspace);
    const qint64 db =
        addItem(ItemKind::Host, QStringLiteral("db-01"), rackspace, QStringLiteral("db-01.internal.example.com"));
    // Nobody of its own: inherits Rackspace's owner.
    addItem(ItemKind::Service, QStringLiteral("Python Wiki"), vm, QStringLiteral("https://wiki.example.com/"),
            {QStringLiteral("wiki")});
    const qint64 pypi = addItem(ItemKind::Service, QStringLiteral("PyPI"), db, QStringLiteral("https://pypi.org/"),
                                {QStringLiteral("pypi.org"), QStringLiteral("warehouse")});
    const qint64 legacy = addItem(ItemKind::Service, QStringLiteral("PyPI (legacy)"), db);
    const qint64 api =
        addItem(ItemKind::Service, QStringLiteral("api"), db, QStringLiteral("https://api.example.com/v1"));
    const qint64 api2 =
        addItem(ItemKind::Service, QStringLiteral("api-v2"), db, QStringLiteral("HTTPS://API.example.com:443/v2/"));
    // A service and a host of the same name.
    const qint64 albatrossHost = addItem(ItemKind::Host, QStringLiteral("albatross"), rackspace);
    addItem(ItemKind::Service, QStringLiteral("albatross"), albatrossHost);
    // A provider with nobody of its own: its service's first to call is the escalation.
    const qint64 fastly = addItem(ItemKind::Provider, QStringLiteral("Fastly"), org);
    addItem(ItemKind::Service, QStringLiteral("static.example.com"), fastly);

    const qint64 alice = addContact(QStringLiteral("Alice Example"), QStringLiteral("alice@example.com"));
    const qint64 bob = addContact(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    const qint64 carol = addContact(QStringLiteral("Carol"), QStringLiteral("carol@example.com"));
    const qint64 dave = addContact(QStringLiteral("Dave, Jr."), QStringLiteral("dave@example.com"));
    const qint64 esc = addContact(QStringLiteral("ops@example.com"), QStringLiteral("ops@example.com"));
    addContact(QStringLiteral("Nobody Reachable"));
    assign(pypi, bob, QStringLiteral("maintainer"), Priority::Secondary);
    assign(pypi, alice, QStringLiteral("owner"));
    assign(api, alice, QStringLiteral("owner"));
    assign(api2, dave, QStringLiteral("owner"));
    assign(legacy, m_ids.value(QStringLiteral("Nobody Reachable")), QStringLiteral("owner"));
    assign(rackspace, carol, QStringLiteral("owner"));
    assign(org, esc, QStringLiteral("escalation"));
}

Run TestContactList::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// ---- The example inventory

void TestContactList::maintenanceMail()
{
    open(true);
    const QString mail = QStringLiteral("Subject: outage\n"                                          // 1: noise
                                        "\n"                                                         // 2: blank
                                        "Dear colleagues,\n"                                         // 3: noise
                                        "Docs are gone: https://docs.python.org/3/library/os.html\n" // 4
                                        "albatross rebooted at 03:12 UTC.\n"                         // 5
                                        "wiki.python.org is down\n"                                  // 6
                                        "zanzibar.example.org and the mainframe are fine\n"          // 7: unknown names
                                        "--\n"                                                       // 8: no letters
                                        "Python Software Foundation\n"); // 9: the organisation
    const ContactsForListResult r = find(mail);
    QCOMPARE(r.lineCount, 9);
    QCOMPARE(lineMap(r),
             (QStringList{QStringLiteral("4: docs.python.org by URL"), QStringLiteral("5: albatross by name"),
                          QStringLiteral("6: wiki.python.org by name")}));
    QCOMPARE(r.unmatched, (QVector<int>{1, 3, 7, 9}));
    QCOMPARE(r.matched.at(0).mentions.at(0).text, QStringLiteral("https://docs.python.org/3/library/os.html"));
    // Own owners first (in the order the list named their items), the escalation last.
    QCOMPARE(contactLines(r), (QStringList{QStringLiteral("Benjamin Peterson: docs.python.org"),
                                           QStringLiteral("Georg Brandl: docs.python.org"),
                                           QStringLiteral("Marc-Andr\u00e9 Lemburg: wiki.python.org"),
                                           QStringLiteral("infrastructure-staff@python.org: albatross"),
                                           QStringLiteral("#python-infra: albatross")}));
    QCOMPARE(r.contacts.at(0).items.at(0).reason, QStringLiteral("owner of docs.python.org"));
    QCOMPARE(r.contacts.at(3).reasons(), QStringList{QStringLiteral("escalation: Infrastructure team")});
    QCOMPARE(r.contacts.at(3).email(), QStringLiteral("infrastructure-staff@python.org"));
    QCOMPARE(r.linesByItem().value(r.items.at(1)), QVector<int>{5});
}

void TestContactList::longestNameWins()
{
    open(true);
    const ContactsForListResult r = find(QStringLiteral("OSUOSL VM for wiki.python.org will reboot\n"
                                                        "osuosl vm FOR WIKI.PYTHON.ORG.\n"
                                                        "OSUOSL VM for the wiki.python.org\n"
                                                        "OSUOSL\n"));
    QCOMPARE(lineMap(r), (QStringList{QStringLiteral("1: OSUOSL VM for wiki.python.org by name"),
                                      QStringLiteral("2: OSUOSL VM for wiki.python.org by name"),
                                      QStringLiteral("3: OSUOSL by name; wiki.python.org by name"),
                                      QStringLiteral("4: OSUOSL by name")}));
    QCOMPARE(r.matched.at(0).mentions.at(0).text, QStringLiteral("OSUOSL VM for wiki.python.org"));
    // The host inherits from OSUOSL: its first to call is the escalation (OSUOSL has nobody).
    QVERIFY(!r.contacts.isEmpty());
}

void TestContactList::urlsAndTheirPaths_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path below a service's") << QStringLiteral("https://www.python.org/ftp/python/3.12.0/x.tgz")
                                            << QStringLiteral("1: Python downloads by URL");
    QTest::newRow("root service") << QStringLiteral("see https://www.python.org/about/ now")
                                  << QStringLiteral("1: www.python.org by URL");
    QTest::newRow("no path") << QStringLiteral("https://www.python.org") << QStringLiteral("1: www.python.org by URL");
    QTest::newRow("case") << QStringLiteral("HTTP://WWW.Python.ORG/FTP")
                          << QStringLiteral("1: Python downloads by URL");
    QTest::newRow("ftp is not ftpx") << QStringLiteral("https://www.python.org/ftpx")
                                     << QStringLiteral("1: www.python.org by URL");
    QTest::newRow("without a scheme") << QStringLiteral("www.python.org/ftp/ is slow")
                                      << QStringLiteral("1: Python downloads by URL");
    QTest::newRow("in angle brackets") << QStringLiteral("<https://docs.python.org/3/>.")
                                       << QStringLiteral("1: docs.python.org by URL");
    QTest::newRow("in parentheses") << QStringLiteral("(see https://docs.python.org)")
                                    << QStringLiteral("1: docs.python.org by URL");
    QTest::newRow("query and fragment") << QStringLiteral("https://docs.python.org/?q=1#top")
                                        << QStringLiteral("1: docs.python.org by URL");
    QTest::newRow("a port") << QStringLiteral("https://pypi.python.org:443/simple") << QStringLiteral("1: PyPI by URL");
    QTest::newRow("user and port") << QStringLiteral("ssh://root@pypi.python.org:22")
                                   << QStringLiteral("1: PyPI by URL");
    QTest::newRow("host of a URL") << QStringLiteral("pypi.python.org: 502 Bad Gateway")
                                   << QStringLiteral("1: PyPI by URL");
    QTest::newRow("name wins over URL host")
        << QStringLiteral("www.python.org is down") << QStringLiteral("1: www.python.org by name");
    QTest::newRow("short host name") << QStringLiteral("dinsdale.python.org:22 open")
                                     << QStringLiteral("1: dinsdale by short host name");
    QTest::newRow("several on one line")
        << QStringLiteral("hg.python.org, bugs.python.org;legacy.python.org")
        << QStringLiteral("1: hg.python.org by name; bugs.python.org by name; legacy.python.org by name");
    QTest::newRow("unknown host") << QStringLiteral("https://example.org/docs.python.org") << QString();
    QTest::newRow("CSV") << QStringLiteral("10.0.0.7,https://docs.python.org,high,https://hg.python.org/cpython")
                         << QStringLiteral("1: docs.python.org by URL; hg.python.org by URL");
    QTest::newRow("short host name in a URL")
        << QStringLiteral("http://dinsdale.python.org/planet/") << QStringLiteral("1: dinsdale by short host name");
    QTest::newRow("a word inside another") << QStringLiteral("albatrosses and dinsdale2") << QString();
}

void TestContactList::urlsAndTheirPaths()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    open(true);
    const ContactsForListResult r = find(line);
    QCOMPARE(lineMap(r), expected.isEmpty() ? QStringList() : QStringList{expected});
    QCOMPARE(r.unmatched, expected.isEmpty() ? QVector<int>{1} : QVector<int>());
}

void TestContactList::emailAddressesAndTheOrganisationNameNothing()
{
    open(true);
    const ContactsForListResult r = find(QStringLiteral("From: postmaster@docs.python.org\n"
                                                        "Write to infrastructure-staff@python.org or albatross@x.org\n"
                                                        "The Python Software Foundation\n"));
    QCOMPARE(r.unmatched, (QVector<int>{1, 2, 3}));
    QVERIFY(r.items.isEmpty());
}

void TestContactList::duplicateLinesAndMentions()
{
    open(true);
    const ContactsForListResult r =
        find(QStringLiteral("albatross albatross ALBATROSS\nalbatross albatross ALBATROSS\nfoo\nfoo\n"));
    QCOMPARE(lineMap(r), (QStringList{QStringLiteral("1: albatross by name"), QStringLiteral("2: albatross by name")}));
    QCOMPARE(r.unmatched, (QVector<int>{3, 4}));
    QCOMPARE(r.items.size(), 1);
    for (const ListContact &c : r.contacts)
        QCOMPARE(c.items.size(), 1);
    QCOMPARE(r.linesByItem().value(r.items.at(0)), (QVector<int>{1, 2}));
}

void TestContactList::everyoneScope()
{
    open(true);
    const ContactsForListResult first = find(QStringLiteral("docs.python.org"));
    QCOMPARE(contactLines(first), (QStringList{QStringLiteral("Benjamin Peterson: docs.python.org"),
                                               QStringLiteral("Georg Brandl: docs.python.org")}));
    const ContactsForListResult all = find(QStringLiteral("docs.python.org"), ContactsForList::Scope::Everyone);
    QCOMPARE(contactLines(all), (QStringList{QStringLiteral("Benjamin Peterson: docs.python.org"),
                                             QStringLiteral("Georg Brandl: docs.python.org"),
                                             QStringLiteral("infrastructure-staff@python.org: docs.python.org"),
                                             QStringLiteral("#python-infra: docs.python.org")}));
}

void TestContactList::noiseEmptyAndControlCharacters()
{
    open(true);
    ContactsForListResult r = find(QString());
    QCOMPARE(r.lineCount, 0);
    QVERIFY(r.matched.isEmpty() && r.unmatched.isEmpty() && r.contacts.isEmpty());

    r = find(QStringLiteral("\n\n   \n\t\n"));
    QCOMPARE(r.lineCount, 4);
    QVERIFY(r.unmatched.isEmpty());

    r = find(QStringLiteral("-----\n=====\n> > >\n...\n"));
    QVERIFY(r.unmatched.isEmpty());
    QVERIFY(r.items.isEmpty());

    // CRLF, a lone CR, NUL, ESC and bidi controls between the words.
    r = find(
        QStringLiteral("albatross\r\ndinsdale\rximinez\r\n\u0000planet.python.org\u001b[31m\n\u202ePyPI\u202c\r\n"));
    QCOMPARE(
        lineMap(r),
        (QStringList{QStringLiteral("1: albatross by name"), QStringLiteral("2: dinsdale by name; ximinez by name"),
                     QStringLiteral("3: planet.python.org by name"), QStringLiteral("4: PyPI by name")}));
    QCOMPARE(r.matched.at(0).mentions.at(0).text, QStringLiteral("albatross"));
    QCOMPARE(r.lineCount, 4);
}

void TestContactList::hugeLinesAndJunk()
{
    open(true);
    QElapsedTimer timer;
    timer.start();
    // A 5 MB line of words with a name at its end.
    QString big;
    big.reserve(5 * 1024 * 1024 + 100);
    while (big.size() < 5 * 1024 * 1024)
        big += QStringLiteral("lorem ipsum dolor ");
    big += QStringLiteral("albatross\n");
    ContactsForListResult r = find(big);
    QCOMPARE(lineMap(r), QStringList{QStringLiteral("1: albatross by name")});

    // A URL of a megabyte of closing brackets; a host name and a megabyte of slashes (no URL: "//").
    r = find(QStringLiteral("https://docs.python.org/") + QString(1024 * 1024, u')') + u'\n' +
             QStringLiteral("www.python.org/") + QString(1024 * 1024, u'/') + QStringLiteral(" albatross\n"));
    QCOMPARE(lineMap(r), (QStringList{QStringLiteral("1: docs.python.org by URL"),
                                      QStringLiteral("2: www.python.org by name; albatross by name")}));

    // A megabyte of random bytes, decoded as a file would be.
    QByteArray junk(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(18);
    for (char &c : junk)
        c = static_cast<char>(random.bounded(256));
    junk += "\nwiki.python.org\n";
    r = find(ContactsForList::decode(junk));
    QVERIFY(r.lineCount > 1);
    QCOMPARE(r.matched.constLast().number, r.lineCount);
    QCOMPARE(mentions(r.matched.constLast()), QStringList{QStringLiteral("wiki.python.org by name")});
    // Seconds, not minutes (it is a few hundred milliseconds).
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestContactList::decodesWhatFilesHold()
{
    QCOMPARE(ContactsForList::decode(QByteArray("\xEF\xBB\xBF"
                                                "albatross\n")),
             QStringLiteral("albatross\n"));
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray wide = utf16(QStringLiteral("Marc-Andr\u00e9\r\n"));
    QVERIFY(wide.startsWith("\xFF\xFE"));
    QCOMPARE(ContactsForList::decode(wide), QStringLiteral("Marc-Andr\u00e9\r\n"));
    QCOMPARE(ContactsForList::decode(QByteArray("a\xFF"
                                                "b")),
             QStringLiteral("a\uFFFDb"));
    QCOMPARE(ContactsForList::decode(QByteArray()), QString());
}

void TestContactList::lineRanges()
{
    QCOMPARE(ContactsForList::lineRanges({}), QString());
    QCOMPARE(ContactsForList::lineRanges({7}), QStringLiteral("7"));
    QCOMPARE(ContactsForList::lineRanges({1, 2, 3, 5, 8, 9}), QStringLiteral("1-3, 5, 8-9"));
    QCOMPARE(ContactsForList::lineRanges({1, 3, 5, 7, 8, 9}, 2), QStringLiteral("1, 3 and 4 more"));
    QCOMPARE(ContactsForList::lineRanges({1, 2, 3}, 1), QStringLiteral("1-3"));
}

void TestContactList::emailToLine()
{
    const auto contact = [](const QString &name, const QStringList &emails) {
        ListContact c;
        c.contact.name = name;
        c.contact.addresses.append({0, AddressKind::Irc, QStringLiteral("irc://example.org/#x"), QString()});
        for (const QString &email : emails)
            c.contact.addresses.append({0, AddressKind::Email, email, QString()});
        return c;
    };
    QStringList without;
    const QString line = ContactsForList::emailToLine(
        {contact(QStringLiteral("Ernest W. Durbin III"), {QStringLiteral("ewdurbin@example.org")}),
         contact(QStringLiteral("Marc-Andr\u00e9 Lemburg"), {QStringLiteral("mal@example.org")}),
         contact(QStringLiteral("Infra-Staff@Python.org"), {QStringLiteral("infra-staff@python.org")}),
         contact(QStringLiteral("Say \"hi\" \\ bye"), {QStringLiteral("hi@example.org"), QStringLiteral("x@y.z")}),
         contact(QStringLiteral("Evil\r\nBcc: all@example.org"), {QStringLiteral("evil@example.org")}),
         contact(QStringLiteral("Twice"), {QStringLiteral("MAL@example.org")}),
         contact(QStringLiteral("#python-infra"), {})},
        &without);
    QCOMPARE(line, QStringLiteral("\"Ernest W. Durbin III\" <ewdurbin@example.org>, "
                                  "Marc-Andr\u00e9 Lemburg <mal@example.org>, "
                                  "infra-staff@python.org, "
                                  "\"Say \\\"hi\\\" \\\\ bye\" <hi@example.org>, "
                                  "\"Evil Bcc: all@example.org\" <evil@example.org>"));
    QCOMPARE(without, QStringList{QStringLiteral("#python-infra")});
    QCOMPARE(ContactsForList::emailToLine({}), QString());
}

// ---- A purpose-built inventory

void TestContactList::aliasesHostnamesAndNamesOfSeveralWords()
{
    buildInventory();
    const ContactsForListResult r = find(QStringLiteral("the wiki is slow\n"                        // alias
                                                        "The Python Wiki, again\n"                  // two words
                                                        "python wiki\n"                             // case
                                                        "Python\n"                                  // half a name
                                                        "a Rackspace VM rebooted\n"                 // not Rackspace
                                                        "Rackspace maintenance\n"                   // the provider
                                                        "db-01.internal.example.com:5432 refused\n" // host name
                                                        "DB-01.example.org\n"                       // short name
                                                        "PyPI (legacy) 503, PyPI fine\n"            // punctuation
                                                        "\"warehouse\"\n"                           // quoted alias
                                                        "albatross\n"));                            // two kinds
    QCOMPARE(lineMap(r),
             (QStringList{QStringLiteral("1: Python Wiki by alias"), QStringLiteral("2: Python Wiki by name"),
                          QStringLiteral("3: Python Wiki by name"), QStringLiteral("5: a Rackspace VM by name"),
                          QStringLiteral("6: Rackspace by name"), QStringLiteral("7: db-01 by host name"),
                          QStringLiteral("8: db-01 by short host name"),
                          QStringLiteral("9: PyPI (legacy) by name; PyPI by name"), QStringLiteral("10: PyPI by alias"),
                          QStringLiteral("11: albatross by name; albatross by name")}));
    QCOMPARE(r.unmatched, QVector<int>{4});
    QCOMPARE(r.matched.at(1).mentions.at(0).text, QStringLiteral("Python Wiki"));
    QCOMPARE(r.matched.at(7).mentions.at(0).text, QStringLiteral("PyPI (legacy"));
    QCOMPARE(r.matched.at(9).mentions.at(0).kind, ItemKind::Host);
    QCOMPARE(r.matched.at(9).mentions.at(1).kind, ItemKind::Service);
}

void TestContactList::urlPathsOnOneHost()
{
    buildInventory();
    const ContactsForListResult r = find(QStringLiteral("https://api.example.com/v2/users 500\n"
                                                        "https://api.example.com/v1\n"
                                                        "https://api.example.com/v3\n"
                                                        "api.example.com\n"
                                                        "http://api.example.com:8443/v2\n"));
    QCOMPARE(lineMap(r), (QStringList{QStringLiteral("1: api-v2 by URL"), QStringLiteral("2: api by URL"),
                                      QStringLiteral("4: api by URL; api-v2 by URL")}));
    // No service path fits /v3, nor does port 8443 (api-v2's URL says 443): nothing.
    QCOMPARE(r.unmatched, (QVector<int>{3, 5}));
}

void TestContactList::orderOfImportance()
{
    buildInventory();
    // Named escalation-only first, then inherited, then own: the answer puts them the other way.
    const ContactsForListResult r = find(QStringLiteral("static.example.com\nalbatross\nPython Wiki\nPyPI\n"));
    QCOMPARE(contactLines(r), (QStringList{QStringLiteral("Alice Example: PyPI"), QStringLiteral("Bob: PyPI"),
                                           QStringLiteral("Carol: albatross, albatross, Python Wiki"),
                                           QStringLiteral("ops@example.com: static.example.com")}));
    QCOMPARE(r.contacts.at(3).reasons(), QStringList{QStringLiteral("escalation: Northwind Trading")});
    QCOMPARE(r.contacts.at(2).reasons(), QStringList{QStringLiteral("inherited from Rackspace (owner)")});
    QCOMPARE(r.contacts.at(1).items.at(0).reason, QStringLiteral("maintainer of PyPI"));
    QCOMPARE(r.contacts.at(1).items.at(0).priority, Priority::Secondary);
    // The service albatross is on the host albatross: both inherit Rackspace's owner.
    QCOMPARE(r.contacts.at(2).items.size(), 3);
}

void TestContactList::itemNamedTwiceAndContactOfSeveralItems()
{
    buildInventory();
    const ContactsForListResult r =
        find(QStringLiteral("PyPI is down\nhttps://pypi.org/simple/requests\nwarehouse\nhttps://api.example.com/v1\n"));
    QCOMPARE(r.items.size(), 2);
    QCOMPARE(contactLines(r), (QStringList{QStringLiteral("Alice Example: PyPI, api"), QStringLiteral("Bob: PyPI")}));
    QCOMPARE(r.linesByItem().value(m_ids.value(QStringLiteral("PyPI"))), (QVector<int>{1, 2, 3}));
    QCOMPARE(r.contacts.at(0).reasons(),
             (QStringList{QStringLiteral("owner of PyPI"), QStringLiteral("owner of api")}));
}

void TestContactList::nobodyToContact()
{
    buildInventory();
    QString error;
    // Without the organisation's escalation, a service that inherits nothing has nobody.
    for (const Assignment &a :
         test::must(m_store->assignments(m_ids.value(QStringLiteral("Northwind Trading")), test::readError())))
        QVERIFY2(m_store->removeAssignment(a.id, &error), qPrintable(error));
    const qint64 org = m_ids.value(QStringLiteral("Northwind Trading"));
    addItem(ItemKind::Service, QStringLiteral("orphan"), org);
    const ContactsForListResult r = find(QStringLiteral("orphan\nPyPI\n"));
    QCOMPARE(r.nobodyToContact, QVector<qint64>{m_ids.value(QStringLiteral("orphan"))});
    QCOMPARE(contactLines(r), (QStringList{QStringLiteral("Alice Example: PyPI"), QStringLiteral("Bob: PyPI")}));
    // A contact without an address is still listed; the To line leaves it out.
    const ContactsForListResult legacy = find(QStringLiteral("PyPI (legacy)"));
    QCOMPARE(contactLines(legacy), QStringList{QStringLiteral("Nobody Reachable: PyPI (legacy)")});
    QStringList without;
    QCOMPARE(ContactsForList::emailToLine(legacy.contacts, &without), QString());
    QCOMPARE(without, QStringList{QStringLiteral("Nobody Reachable")});
}

void TestContactList::inventoryChangesAfterInvalidate()
{
    buildInventory();
    ContactsForList list(*m_store);
    QString error;
    auto r = list.find(QStringLiteral("newbox.example.net"), &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->items.isEmpty());
    addItem(ItemKind::Host, QStringLiteral("newbox"), m_ids.value(QStringLiteral("Rackspace")),
            QStringLiteral("newbox.example.net"));
    // What was read stays until the inventory is said to have changed.
    r = list.find(QStringLiteral("newbox.example.net"), &error);
    QVERIFY(r && r->items.isEmpty());
    list.invalidate();
    r = list.find(QStringLiteral("newbox.example.net"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(lineMap(*r), QStringList{QStringLiteral("1: newbox by host name")});
    QCOMPARE(contactLines(*r), QStringList{QStringLiteral("Carol: newbox")});
}

void TestContactList::csvRows()
{
    buildInventory();
    const ContactsForListResult r = find(QStringLiteral("PyPI\nhttps://api.example.com/v2\n=cmd|' /C calc'!A0\n"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    CsvOptions options;
    options.formulaGuard = true;
    QVERIFY2(ContactsForListCsv::write(r.contacts, &buffer, options, &error), qPrintable(error));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(QString::fromUtf8(buffer.data()), &records));
    QCOMPARE(records.value(0), ContactsForListCsv::header());
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(1),
             (QStringList{QStringLiteral("Alice Example"), QStringLiteral("person"),
                          QStringLiteral("alice@example.com"), QStringLiteral("email: alice@example.com"),
                          QStringLiteral("PyPI"), QStringLiteral("owner of PyPI")}));
    QCOMPARE(records.at(2).at(0), QStringLiteral("Dave, Jr."));
    QCOMPARE(records.at(2).at(4), QStringLiteral("api-v2"));
    QCOMPARE(records.at(3).at(0), QStringLiteral("Bob"));
}

// ---- The command line

void TestContactList::cliFormats()
{
    buildInventory();
    const QString list = m_dir->filePath(QStringLiteral("list.txt"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Maintenance on Saturday\r\nPyPI\r\nhttps://api.example.com/v2/x\r\nPython Wiki\r\nnothing here\r\n");
    file.close();
    const QStringList base{QStringLiteral("contact"), QStringLiteral("--from"), list, QStringLiteral("--db"),
                           m_location};

    Run r = cli(base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("Alice Example (person) \u2014 email: alice@example.com\n"
                                   "  PyPI (line 2): owner of PyPI\n"
                                   "Dave, Jr. (person) \u2014 email: dave@example.com\n"
                                   "  api-v2 (line 3): owner of api-v2\n"
                                   "Bob (person) \u2014 email: bob@example.com\n"
                                   "  PyPI (line 2): maintainer of PyPI\n"
                                   "Carol (person) \u2014 email: carol@example.com\n"
                                   "  Python Wiki (line 4): inherited from Rackspace (owner)\n"
                                   "Nothing matched on lines: 1, 5\n"));

    r = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QStringLiteral("Nothing matched on lines: 1, 5\n"));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(r.out, &records));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0), ContactsForListCsv::header());
    QCOMPARE(records.at(2).at(0), QStringLiteral("Dave, Jr."));
    QCOMPARE(records.at(4).at(5), QStringLiteral("inherited from Rackspace (owner)"));

    r = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("emails")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Alice Example <alice@example.com>, \"Dave, Jr.\" <dave@example.com>, "
                                   "Bob <bob@example.com>, Carol <carol@example.com>\n"));
    QCOMPARE(r.err, QStringLiteral("Nothing matched on lines: 1, 5\n"));

    r = cli(base + QStringList{QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("emails")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith(QStringLiteral(", ops@example.com\n")), qPrintable(r.out));
}

void TestContactList::cliFromStandardInputAndErrors()
{
    buildInventory();
    const QStringList stdinBase{QStringLiteral("contact"), QStringLiteral("--from"), QStringLiteral("-"),
                                QStringLiteral("--db"), m_location};
    Run r = cli(stdinBase + QStringList{QStringLiteral("--format"), QStringLiteral("emails")},
                "\xEF\xBB\xBFwarehouse\nwarehouse\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Alice Example <alice@example.com>, Bob <bob@example.com>\n"));
    QCOMPARE(r.err, QString());

    // Nothing named: exit 1, and which lines.
    r = cli(stdinBase, "hello\n\nworld\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("steward: nothing in the list names an item of the inventory.\n"
                                   "Nothing matched on lines: 1, 3\n"));
    r = cli(stdinBase, QByteArray());
    QCOMPARE(r.exitCode, 1);

    // Contacts without an e-mail address on stderr.
    r = cli(stdinBase + QStringList{QStringLiteral("--format"), QStringLiteral("emails")}, "PyPI (legacy)\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("No e-mail address: Nobody Reachable\n"));

    r = cli({QStringLiteral("contact"), QStringLiteral("--from"), m_dir->filePath(QStringLiteral("missing.txt")),
             QStringLiteral("--db"), m_location});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing.txt")), qPrintable(r.err));
    r = cli({QStringLiteral("contact"), QStringLiteral("--from"), m_dir->path(), QStringLiteral("--db"), m_location});
    QCOMPARE(r.exitCode, 1);
    r = cli(stdinBase + QStringList{QStringLiteral("PyPI")});
    QCOMPARE(r.exitCode, 2);
    r = cli(stdinBase + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--all"), QStringLiteral("--db"),
             m_location});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestContactList)
#include "tst_contactlist.moc"
