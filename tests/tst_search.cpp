// Search: queries on the example inventory (accents, prefixes, substrings, addresses),
// grouping and order, and the index kept current by every writer: the Store, plain SQL
// from another connection, deletes that cascade.

#include "Database.h"
#include "Migrations.h"
#include "Search.h"
#include "SearchFold.h"
#include "Store.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::RawConnection;

namespace {

/// "kind:name" of every result, in order (kind: the result's own kind key).
QStringList flat(const QVector<SearchGroup> &groups)
{
    QStringList list;
    for (const SearchGroup &g : groups) {
        for (const SearchResult &r : g.results)
            list << Search::resultKindKey(r) + QLatin1Char(':') + r.name;
    }
    return list;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private:
    QStringList find(const QString &query, int limit = Search::DefaultLimit)
    {
        Search search(*m_db);
        return flat(test::must(search.search(query, limit, test::readError())));
    }
    /// Brings the index up to date, then checks it: FTS5's own integrity check, and for
    /// a few trigrams, what the index finds equals what a full scan of search_doc finds.
    bool indexIsIntact(QString *error)
    {
        {
            WriteTransaction tx(*m_db, error);
            if (!tx.isActive() || !m_db->updateSearchIndex(error) || !tx.commit(error))
                return false;
        }
        QSqlQuery q(m_db->connection());
        if (m_db->isServer())
            return trigramsAgree(error);
        if (!q.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"))) {
            *error = q.lastError().text();
            return false;
        }
        return trigramsAgree(error);
    }
    /// For a few trigrams, what the index finds equals what a full scan of search_doc
    /// finds. False with @p error when a query did not run (two failed reads would
    /// otherwise agree) or when no trigram found anything (nothing was compared).
    bool trigramsAgree(QString *error)
    {
        const bool server = m_db->isServer();
        const auto run = [&](QSqlQuery &q, const QString &sql) {
            if (q.exec(sql))
                return true;
            *error = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        };
        qsizetype found = 0;
        for (const char *gram : {"pyt", "org", "thon", "ndre", "the", "mail", "@py", "#py", "ser"}) {
            const auto ids = [&](const QString &sql, QSet<qint64> *set) {
                QSqlQuery r(m_db->connection());
                if (!r.prepare(sql)) {
                    *error = sql + QStringLiteral(": ") + r.lastError().text();
                    return false;
                }
                r.addBindValue(QString::fromLatin1(gram));
                if (!r.exec()) {
                    *error = sql + QStringLiteral(": ") + r.lastError().text();
                    return false;
                }
                while (r.next())
                    set->insert(r.value(0).toLongLong());
                return true;
            };
            // PostgreSQL: the trigram GIN index (scans turned off) against strpos().
            QSet<qint64> indexed, scanned;
            QSqlQuery set(m_db->connection());
            if (server && !run(set, QStringLiteral("SET enable_seqscan = off")))
                return false;
            if (!ids(server ? QStringLiteral("SELECT id FROM search_doc WHERE folded ILIKE '%' || ? || '%'")
                            : QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH '\"' || ? || '\"'"),
                     &indexed))
                return false;
            if (server && !run(set, QStringLiteral("SET enable_seqscan = on")))
                return false;
            if (!ids(server ? QStringLiteral("SELECT id FROM search_doc WHERE strpos(lower(folded), ?) > 0")
                            : QStringLiteral("SELECT id FROM search_doc WHERE instr(folded, ?) > 0"),
                     &scanned))
                return false;
            if (indexed != scanned) {
                *error = QStringLiteral("\"%1\": the index finds %2 rows, a scan %3")
                             .arg(QString::fromLatin1(gram))
                             .arg(indexed.size())
                             .arg(scanned.size());
                return false;
            }
            found += scanned.size();
        }
        if (found == 0) {
            *error = QStringLiteral("no trigram found anything: nothing was compared");
            return false;
        }
        return true;
    }
    /// Rows noted by SQLite's triggers and not yet in search_fts. PostgreSQL's triggers
    /// write the index itself: nothing is ever pending there.
    int pendingRows()
    {
        if (m_db->isServer())
            return 0;
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral(
                   "SELECT (SELECT count(*) FROM search_pending) + (SELECT count(*) FROM search_stale)")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QString m_file;

private Q_SLOTS:
    void init();
    void cleanup();

    void queries_data();
    void queries();
    void groupsInOrderBestFirst();
    void exactNameLeadsAcrossKinds();
    void limitAndMore();
    void snippetHighlightsTheMatch();
    void emptyAndShortQueries();
    void quotesAndOperatorsAreText();
    void sqlFoldMatchesCppFold();
    void indexFollowsStoreEdits();
    void indexFollowsDeletes();
    void indexFollowsPlainSqlFromAnotherConnection();
    void holdingsOfAContact();
    void aliasesAreFoundAsNames();
    void tagsAreFoundAndFilter();
    void tagFiltersParse();
    void indexFollowsAliasAndTagEdits();
    void bulkListsAreIndexed();
    void manyTaggedItemsByName();
};

void TestSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    QString error;
    QVERIFY2(test::createExample(m_file, &error), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_file), qPrintable(m_db->errorString()));
    m_store = std::make_unique<Store>(*m_db);
}

void TestSearch::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSearch::queries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first"); // the best result ("kind:name")
    QTest::addColumn<QStringList>("alsoFound");

    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QString mal = s("person:Marc-Andr\xc3\xa9 Lemburg");
    // Accents, either way round, and case.
    QTest::newRow("andre finds André") << s("andre") << mal << QStringList();
    QTest::newRow("André") << s("Andr\xc3\xa9") << mal << QStringList();
    QTest::newRow("ANDRE") << s("ANDRE") << mal << QStringList();
    QTest::newRow("decomposed accent") << s("andre\xcc\x81") << mal << QStringList();
    QTest::newRow("substring with accent") << s("ndre") << mal << QStringList();
    QTest::newRow("two words") << s("marc lemburg") << mal << QStringList();
    // Channels, lists and addresses.
    QTest::newRow("python-inf") << s("python-inf") << s("chat_channel:#python-infra")
                                << QStringList{s("team:Infrastructure team")};
    QTest::newRow("#python-infra") << s("#python-infra") << s("chat_channel:#python-infra") << QStringList();
    QTest::newRow("email address") << s("infrastructure-staff@python.org")
                                   << s("mailing_list:infrastructure-staff@python.org")
                                   << QStringList{s("team:Infrastructure team")};
    QTest::newRow("mailbox") << s("postmaster@") << s("mailbox:postmaster@python.org") << QStringList();
    QTest::newRow("irc network") << s("freenode") << s("chat_channel:#python-infra")
                                 << QStringList{s("team:Infrastructure team")};
    QTest::newRow("tracker url") << s("pythondotorg/issues") << s("issue_tracker:pythondotorg issue tracker")
                                 << QStringList();
    // Prefixes of names, even short ones.
    QTest::newRow("py") << s("py") << s("service:PyPI")
                        << QStringList{s("service:PyPy website"), s("service:PyCon website"),
                                       s("service:Python downloads"), s("organisation:Python Software Foundation"),
                                       s("mailing_list:python-dev@python.org")};
    QTest::newRow("doc") << s("doc") << s("service:docs.python.org")
                         << QStringList{s("host:Rackspace VM for docs.python.org")};
    QTest::newRow("exact name first") << s("pypi") << s("service:PyPI") << QStringList{s("provider:Rackspace")};
    QTest::newRow("albatross") << s("albatross") << s("service:mail.python.org")
                               << QStringList{s("host:albatross"), s("provider:XS4ALL")};
    // Substrings, URLs, descriptions, notes and provider details.
    QTest::newRow("substring of a name") << s("ython.or") << s("service:hg.python.org")
                                         << QStringList{s("service:docs.python.org"),
                                                        s("mailing_list:python-dev@python.org")};
    QTest::newRow("jython") << s("jython") << s("service:www.jython.org")
                            << QStringList{s("host:Rackspace VM for www.jython.org")};
    QTest::newRow("url") << s("pypi.python.org") << s("service:PyPI") << QStringList();
    QTest::newRow("url with scheme") << s("https://us.pycon") << s("service:PyCon website")
                                     << QStringList{s("organisation:Python Software Foundation")};
    QTest::newRow("description") << s("mercurial") << s("service:hg.python.org")
                                 << QStringList{s("organisation:Python Software Foundation")};
    QTest::newRow("notes") << s("canonical source for PEPs") << s("service:legacy.python.org") << QStringList();
    QTest::newRow("provider full name") << s("oregon state") << s("provider:OSUOSL") << QStringList();
    QTest::newRow("config tool") << s("chef") << s("provider:OSUOSL") << QStringList();
    QTest::newRow("config repo") << s("pypi-salt") << s("service:PyPI") << QStringList{s("provider:Rackspace")};
    QTest::newRow("contact notes") << s("hanging out") << s("chat_channel:#python-infra") << QStringList();
    QTest::newRow("nothing") << s("zzzz") << QString() << QStringList();
}

void TestSearch::queries()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(QStringList, alsoFound);
    const QStringList found = find(query, 20);
    if (first.isEmpty()) {
        QCOMPARE(found, QStringList());
        return;
    }
    QVERIFY2(!found.isEmpty(), qPrintable(query));
    // The best of its group comes first in the group; the group of "first" may follow others.
    const QString kindOfFirst = first.section(QLatin1Char(':'), 0, 0);
    QStringList sameGroup;
    const bool contactFirst = !QStringList{QStringLiteral("service"), QStringLiteral("host"),
                                           QStringLiteral("provider"), QStringLiteral("organisation")}
                                   .contains(kindOfFirst);
    for (const QString &r : found) {
        const QString kind = r.section(QLatin1Char(':'), 0, 0);
        const bool isItem = QStringList{QStringLiteral("service"), QStringLiteral("host"), QStringLiteral("provider"),
                                        QStringLiteral("organisation")}
                                .contains(kind);
        if (contactFirst ? !isItem : kind == kindOfFirst)
            sameGroup << r;
    }
    QVERIFY2(!sameGroup.isEmpty() && sameGroup.first() == first, qPrintable(found.join(QStringLiteral(" | "))));
    for (const QString &other : alsoFound)
        QVERIFY2(found.contains(other),
                 qPrintable(other + QStringLiteral(" not in ") + found.join(QStringLiteral(" | "))));
}

void TestSearch::groupsInOrderBestFirst()
{
    Search search(*m_db);
    QString error;
    const auto found = search.search(QStringLiteral("python"), 50, &error);
    QVERIFY2(found, qPrintable(error));
    const QVector<SearchGroup> &groups = *found;
    QVector<SearchKind> kinds;
    for (const SearchGroup &g : groups) {
        kinds << g.kind;
        QVERIFY(!g.results.isEmpty());
        for (int i = 1; i < g.results.size(); ++i)
            QVERIFY(g.results.at(i - 1).score >= g.results.at(i).score);
        for (const SearchResult &r : g.results) {
            QCOMPARE(r.kind, g.kind);
            QVERIFY(r.id > 0);
            QVERIFY(!r.name.isEmpty());
        }
    }
    // Groups with a name beginning with the query (services, the organisation, lists
    // such as python-dev@) before those where it is only inside names or other fields;
    // otherwise in the kinds' order.
    QCOMPARE(kinds, (QVector<SearchKind>{SearchKind::Service, SearchKind::Organisation, SearchKind::Contact,
                                         SearchKind::Host, SearchKind::Provider}));
    // A name beginning with the query before one that only contains it, before other fields.
    const QVector<SearchResult> &services = groups.first().results;
    QCOMPARE(services.first().name, QStringLiteral("Python downloads"));
    QCOMPARE(services.first().field, QStringLiteral("name"));
    // Each item once, with its best field.
    QSet<qint64> seen;
    for (const SearchResult &r : services) {
        QVERIFY(!seen.contains(r.id));
        seen.insert(r.id);
    }
    // The organisation matched by name; a contact result carries its contact kind.
    QCOMPARE(groups.at(1).results.first().name, QStringLiteral("Python Software Foundation"));
    bool sawList = false;
    for (const SearchResult &r : groups.at(2).results)
        sawList =
            sawList || (r.name == QStringLiteral("python-dev@python.org") && r.contactKind == ContactKind::MailingList);
    QVERIFY(sawList);
}

void TestSearch::exactNameLeadsAcrossKinds()
{
    // Services whose notes mention Fastly come before providers in the kinds' order; the
    // provider named exactly "Fastly" leads all the same.
    QStringList found = find(QStringLiteral("fastly"));
    QCOMPARE(found.value(0), QStringLiteral("provider:Fastly"));
    QVERIFY2(found.contains(QStringLiteral("service:www.python.org")), qPrintable(found.join(QStringLiteral(" | "))));

    // A name beginning with the query comes next, even of the last kind, before the
    // services that only mention it.
    Contact c;
    c.kind = ContactKind::MailingList;
    c.name = QStringLiteral("fastly-support@example.org");
    QString error;
    QVERIFY2(m_store->createContact(c, &error), qPrintable(error));
    found = find(QStringLiteral("FASTLY"));
    QCOMPARE(found.mid(0, 2), (QStringList{QStringLiteral("provider:Fastly"),
                                           QStringLiteral("mailing_list:fastly-support@example.org")}));
    QCOMPARE(found.value(2).section(QLatin1Char(':'), 0, 0), QStringLiteral("service"));

    // An exact name of a later kind leads a prefix of an earlier one: the host "Fast"
    // before the provider Fastly and the list.
    Item host;
    host.kind = ItemKind::Host;
    host.name = QStringLiteral("Fast");
    host.parentId = test::must(m_store->findItemsByName(QStringLiteral("Fastly"), test::readError())).first().id;
    QVERIFY2(m_store->createItem(host, &error), qPrintable(error));
    Item service;
    service.kind = ItemKind::Service;
    service.name = QStringLiteral("fast");
    service.parentId = host.id;
    QVERIFY2(m_store->createItem(service, &error), qPrintable(error));
    // Two exact names: their groups keep the kinds' order, services first; then the
    // groups with names beginning with "fast".
    Search search(*m_db);
    const QVector<SearchGroup> groups = test::must(search.search(QStringLiteral("fast"), 20, test::readError()));
    QVector<SearchKind> kinds;
    QStringList firsts;
    for (const SearchGroup &g : groups) {
        kinds << g.kind;
        firsts << Search::resultKindKey(g.results.first()) + QLatin1Char(':') + g.results.first().name;
    }
    QCOMPARE(kinds,
             (QVector<SearchKind>{SearchKind::Service, SearchKind::Host, SearchKind::Provider, SearchKind::Contact}));
    QCOMPARE(firsts, (QStringList{QStringLiteral("service:fast"), QStringLiteral("host:Fast"),
                                  QStringLiteral("provider:Fastly"),
                                  QStringLiteral("mailing_list:fastly-support@example.org")}));

    // With a limit of one per kind, the same order of groups.
    const QVector<SearchGroup> one = test::must(search.search(QStringLiteral("fastly"), 1, test::readError()));
    kinds.clear();
    for (const SearchGroup &g : one)
        kinds << g.kind;
    QCOMPARE(kinds, (QVector<SearchKind>{SearchKind::Provider, SearchKind::Contact, SearchKind::Service}));
}

void TestSearch::limitAndMore()
{
    Search search(*m_db);
    const QVector<SearchGroup> all = test::must(search.search(QStringLiteral("python.org"), 100, test::readError()));
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.first().kind, SearchKind::Service);
    const qsizetype services = all.first().results.size();
    QVERIFY2(services >= 12, qPrintable(QString::number(services)));
    QVERIFY(!all.first().more);
    const QVector<SearchGroup> three = test::must(search.search(QStringLiteral("python.org"), 3, test::readError()));
    QCOMPARE(three.first().results.size(), 3);
    QVERIFY(three.first().more);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(three.first().results.at(i).id, all.first().results.at(i).id);
}

void TestSearch::snippetHighlightsTheMatch()
{
    Search search(*m_db);
    const QVector<SearchGroup> groups =
        test::must(search.search(QStringLiteral("ndre"), Search::DefaultLimit, test::readError()));
    QCOMPARE(groups.size(), 1);
    const SearchResult &r = groups.first().results.first();
    QCOMPARE(r.field, QStringLiteral("name"));
    QCOMPARE(r.snippet, QString::fromUtf8("Marc-Andr\xc3\xa9 Lemburg"));
    QCOMPARE(r.highlights.size(), 1);
    QCOMPARE(r.snippet.mid(r.highlights.first().first, r.highlights.first().second), QString::fromUtf8("ndr\xc3\xa9"));

    // A long text is cut around the match.
    const QVector<SearchGroup> cdn =
        test::must(search.search(QStringLiteral("end-user latency"), Search::DefaultLimit, test::readError()));
    QVERIFY(!cdn.isEmpty());
    const SearchResult &fastly = cdn.first().results.first();
    QCOMPARE(fastly.name, QStringLiteral("Fastly"));
    QCOMPARE(fastly.field, QStringLiteral("description"));
    QVERIFY(fastly.snippet.size() <= 82);
    QVERIFY(fastly.snippet.startsWith(QChar(0x2026)));
    QCOMPARE(fastly.highlights.size(), 2);
    QCOMPARE(fastly.snippet.mid(fastly.highlights.at(0).first, fastly.highlights.at(0).second),
             QStringLiteral("end-user"));
    QCOMPARE(fastly.snippet.mid(fastly.highlights.at(1).first, fastly.highlights.at(1).second),
             QStringLiteral("latency"));
}

void TestSearch::emptyAndShortQueries()
{
    QCOMPARE(find(QString()), QStringList());
    QCOMPARE(find(QStringLiteral("   ")), QStringList());
    // One letter: names beginning with it.
    const QStringList x = find(QStringLiteral("x"));
    QCOMPARE(x, (QStringList{QStringLiteral("host:ximinez"), QStringLiteral("provider:XS4ALL")}));
    // Three characters: substrings too; the name beginning with them first.
    QCOMPARE(find(QStringLiteral("hg.")),
             (QStringList{QStringLiteral("service:hg.python.org"), QStringLiteral("host:OSUOSL VM for hg.python.org"),
                          QStringLiteral("organisation:Python Software Foundation")}));
}

void TestSearch::quotesAndOperatorsAreText()
{
    // FTS5 syntax in the query is searched for as text, never run.
    for (const char *text : {"\"", "\"pypi", "py\"pi", "pypi*", "NOT pypi", "a OR b", "(pypi)", "NEAR(a b)", "col:pypi",
                             "^pypi", "'; DROP TABLE item; --"}) {
        Search search(*m_db);
        QString error;
        QVERIFY2(search.search(QString::fromLatin1(text), 10, &error),
                 qPrintable(QString::fromLatin1(text) + QStringLiteral(": ") + error));
    }
    QCOMPARE(test::must(m_store->countItems(ItemKind::Service, test::readError())), 15);
}

void TestSearch::sqlFoldMatchesCppFold()
{
    // The triggers fold in SQL what the query side folds in C++: both must agree.
    const QStringList names = {
        QString::fromUtf8("\xc3\x86r\xc3\xb8sk\xc3\xb8"
                          "bing \xc5\x81\xc3\xb3"
                          "d\xc5\xba"),
        QString::fromUtf8("\xc5\xa0KODA Stra\xc3\x9f"
                          "e \xc4\xb2ssel"),
        QString::fromUtf8("Cafe\xcc\x81 Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m \xc3\x9e\xc3\xb3r"),
        QString::fromUtf8("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xe6\x9d\xb1\xe4\xba\xac"),
        QStringLiteral("Plain ASCII Name")};
    for (const QString &name : names) {
        Contact c;
        c.name = name;
        QString error;
        QVERIFY2(m_store->createContact(c, &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT folded FROM search_doc WHERE grp = 5 AND target_id = ? AND field = 'name'"));
        q.addBindValue(c.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), searchfold::indexFold(name));
    }
    QCOMPARE(searchfold::indexFold(QString::fromUtf8("Marc-Andr\xc3\xa9")), QStringLiteral("marc-andre"));
    QCOMPARE(searchfold::fold(QString::fromUtf8("STRA\xc3\x9f"
                                                "E")),
             QStringLiteral("strasse"));
    QCOMPARE(find(QStringLiteral("lodz")), QStringList{QString::fromUtf8("person:\xc3\x86r\xc3\xb8sk\xc3\xb8"
                                                                         "bing \xc5\x81\xc3\xb3"
                                                                         "d\xc5\xba")});
    QCOMPARE(find(QStringLiteral("strasse")).size(), 1);
    QCOMPARE(find(QStringLiteral("angstrom")).size(), 1);
    QCOMPARE(find(QString::fromUtf8("\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba")).size(),
             1); // "моск": case folded by FTS5
    QString error;
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::indexFollowsStoreEdits()
{
    QString error;
    QCOMPARE(pendingRows(), 0); // every Store transaction leaves the index up to date
    // A new service under a host, found by name, URL and description.
    const QVector<Item> albatross =
        test::must(m_store->findItemsByName(QStringLiteral("albatross"), test::readError()));
    QCOMPARE(albatross.size(), 1);
    Item s;
    s.kind = ItemKind::Service;
    s.parentId = albatross.first().id;
    s.name = QString::fromUtf8("Caf\xc3\xa9 list archive");
    s.url = QStringLiteral("https://mail.python.org/archives/cafe");
    s.description = QStringLiteral("Hyperkitty for the coffee lovers.");
    QVERIFY2(m_store->createItem(s, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("cafe list")), QStringList{QString::fromUtf8("service:Caf\xc3\xa9 list archive")});
    QCOMPARE(find(QStringLiteral("hyperkitty")), QStringList{QString::fromUtf8("service:Caf\xc3\xa9 list archive")});
    QCOMPARE(find(QStringLiteral("archives/cafe")), QStringList{QString::fromUtf8("service:Caf\xc3\xa9 list archive")});

    // Renamed and re-described: the old words are gone, the new ones found.
    s.name = QStringLiteral("Mail archive");
    s.description = QStringLiteral("Archives of the lists.");
    s.url = QStringLiteral("https://mail.python.org/archives/");
    QVERIFY2(m_store->updateItem(s, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("hyperkitty")), QStringList());
    QCOMPARE(find(QStringLiteral("cafe")), QStringList());
    QCOMPARE(find(QStringLiteral("mail archive")), QStringList{QStringLiteral("service:Mail archive")});

    // A contact's name and addresses.
    Contact c;
    c.kind = ContactKind::Person;
    c.name = QString::fromUtf8("\xc5\x81ukasz Langa");
    c.addresses = {{0, AddressKind::Email, QStringLiteral("lukasz@example.org"), QString()},
                   {0, AddressKind::Matrix, QStringLiteral("@ambv:python.org"), QString()}};
    QVERIFY2(m_store->createContact(c, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("lukasz")), QStringList{QString::fromUtf8("person:\xc5\x81ukasz Langa")});
    QCOMPARE(find(QStringLiteral("ambv")), QStringList{QString::fromUtf8("person:\xc5\x81ukasz Langa")});
    c.addresses = {{0, AddressKind::Email, QStringLiteral("langa@example.org"), QString()}};
    QVERIFY2(m_store->updateContact(c, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("ambv")), QStringList());
    QCOMPARE(find(QStringLiteral("langa@")), QStringList{QString::fromUtf8("person:\xc5\x81ukasz Langa")});
    // Another kind of host detail: the host name.
    Item host = test::must(m_store->item(albatross.first().id, test::readError()));
    host.hostname = QStringLiteral("albatross.python.org");
    QVERIFY2(m_store->updateItem(host, &error), qPrintable(error));
    QVERIFY(find(QStringLiteral("albatross.python")).contains(QStringLiteral("host:albatross")));
    QCOMPARE(pendingRows(), 0);
    QVERIFY2(indexIsIntact(&error), qPrintable(error));

    // Inside a transaction, before it commits, search sees its own changes.
    QVERIFY(m_store->write(
        [&](QString *err) {
            Item draft;
            draft.kind = ItemKind::Service;
            draft.parentId = albatross.first().id;
            draft.name = QStringLiteral("uncommitted.python.org");
            if (!m_store->createItem(draft, err))
                return false;
            return find(QStringLiteral("ncommitted")) == QStringList{QStringLiteral("service:uncommitted.python.org")};
        },
        &error));
}

void TestSearch::indexFollowsDeletes()
{
    QString error;
    // Deleting Rackspace takes its hosts and services, and their index rows, with it.
    const QVector<Item> rackspace =
        test::must(m_store->findItemsByName(QStringLiteral("Rackspace"), test::readError()));
    QCOMPARE(rackspace.size(), 1);
    QVERIFY(!find(QStringLiteral("jython")).isEmpty());
    QVERIFY2(m_store->deleteItem(rackspace.first().id, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("jython")), QStringList());
    QCOMPARE(find(QStringLiteral("pypi-salt")), QStringList());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_doc d WHERE grp < 5 AND NOT EXISTS"
                                  " (SELECT 1 FROM item i WHERE i.id = d.target_id)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();

    const QVector<Contact> list =
        test::must(m_store->findContactsByName(QStringLiteral("infrastructure-staff@python.org"), test::readError()));
    QCOMPARE(list.size(), 1);
    QVERIFY2(m_store->deleteContact(list.first().id, &error), qPrintable(error));
    // The team's own address is still there; the list is not.
    QCOMPARE(find(QStringLiteral("infrastructure-staff")), QStringList{QStringLiteral("team:Infrastructure team")});
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_doc d WHERE grp = 5 AND NOT EXISTS"
                                  " (SELECT 1 FROM contact c WHERE c.id = d.target_id)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::indexFollowsPlainSqlFromAnotherConnection()
{
    {
        // Another program, with plain SQL and no Steward code: triggers keep the index.
        RawConnection raw(m_file);
        QVERIFY(raw.isOpen());
        QString error;
        if (!m_db->isServer())
            QVERIFY2(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &error), qPrintable(error));
        QVERIFY2(raw.exec(QString::fromUtf8("INSERT INTO contact (id, kind, name, name_key) VALUES"
                                            " (900, 'person', 'Jos\xc3\xa9 Mu\xc3\xb1oz', 'jos\xc3\xa9 mu\xc3\xb1oz')"),
                          &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO contact_address (contact_id, kind, value)"
                                         " VALUES (900, 'email', 'jose@imported.example')"),
                          &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, description)"
                                         " SELECT 901, 'service', 'imported.example', 'imported.example', id,"
                                         " 'Came in by plain SQL.' FROM item WHERE kind = 'organisation'"),
                          &error),
                 qPrintable(error));
        QVERIFY2(
            raw.exec(QStringLiteral("INSERT INTO service (item_id, url) VALUES (901, 'https://imported.example/app')"),
                     &error),
            qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("UPDATE item SET notes = 'Moved by a script.' WHERE name = 'wiki.python.org'"),
                          &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("DELETE FROM item WHERE name = 'planet.python.org'"), &error),
                 qPrintable(error));
    }
    // SQLite's triggers noted the changes; search_fts does not have them yet, search
    // reads them. PostgreSQL's triggers have written the index.
    QVERIFY(m_db->isServer() || pendingRows() > 0);
    QCOMPARE(find(QStringLiteral("munoz")), QStringList{QString::fromUtf8("person:Jos\xc3\xa9 Mu\xc3\xb1oz")});
    QCOMPARE(find(QStringLiteral("jose@imported")), QStringList{QString::fromUtf8("person:Jos\xc3\xa9 Mu\xc3\xb1oz")});
    QCOMPARE(find(QStringLiteral("imported.example/app")), QStringList{QStringLiteral("service:imported.example")});
    QCOMPARE(find(QStringLiteral("plain sql")), QStringList{QStringLiteral("service:imported.example")});
    QCOMPARE(find(QStringLiteral("by a script")), QStringList{QStringLiteral("service:wiki.python.org")});
    QCOMPARE(find(QStringLiteral("planet")), QStringList());
    QString error;
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
    QCOMPARE(pendingRows(), 0);
    // The same results from the index.
    QCOMPARE(find(QStringLiteral("munoz")), QStringList{QString::fromUtf8("person:Jos\xc3\xa9 Mu\xc3\xb1oz")});
    QCOMPARE(find(QStringLiteral("by a script")), QStringList{QStringLiteral("service:wiki.python.org")});
    QCOMPARE(find(QStringLiteral("planet")), QStringList());

    // Opening the file read-write brings the index up to date too.
    {
        RawConnection raw(m_file);
        QVERIFY(raw.exec(QStringLiteral("UPDATE contact SET name = 'Jo Munro' WHERE id = 900")));
    }
    QVERIFY(m_db->isServer() || pendingRows() > 0);
    {
        Database other;
        QVERIFY2(other.open(m_file), qPrintable(other.errorString()));
    }
    QCOMPARE(pendingRows(), 0);
    QCOMPARE(find(QStringLiteral("munoz")), QStringList());
    QCOMPARE(find(QStringLiteral("munro")), QStringList{QStringLiteral("person:Jo Munro")});
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::holdingsOfAContact()
{
    Search search(*m_db);
    const auto holdingsOf = [&](const QString &name) {
        const QVector<Contact> found = test::must(m_store->findContactsByName(name, test::readError()));
        QStringList lines;
        if (found.size() != 1)
            return lines;
        for (const Holding &h : test::must(search.holdings(found.first().id, test::readError()))) {
            lines << QStringLiteral("%1 %2%3").arg(h.role, h.itemName,
                                                   h.viaTeamId ? QStringLiteral(" via ") + h.viaTeamName : QString());
        }
        return lines;
    };
    QCOMPARE(holdingsOf(QStringLiteral("Georg Brandl")),
             (QStringList{QStringLiteral("owner docs.python.org"), QStringLiteral("owner hg.python.org")}));
    // Benjamin Peterson: his own, then the team's (he is a member).
    QCOMPARE(holdingsOf(QStringLiteral("Benjamin Peterson")),
             (QStringList{QStringLiteral("owner docs.python.org"), QStringLiteral("contact www.jython.org"),
                          QStringLiteral("maintainer Dyn via Infrastructure team"),
                          QStringLiteral("maintainer Gandi via Infrastructure team")}));
    QCOMPARE(holdingsOf(QStringLiteral("#python-infra")),
             QStringList{QStringLiteral("escalation Python Software Foundation")});
    QCOMPARE(holdingsOf(QStringLiteral("Infrastructure team")),
             (QStringList{QStringLiteral("maintainer Dyn"), QStringLiteral("maintainer Gandi")}));
}

namespace {

/// The one item of @p kind named @p name (its aliases and tags read with it).
Item itemNamed(Store &store, const QString &name, ItemKind kind)
{
    for (const Item &item : test::must(store.findItemsByName(name, test::readError()))) {
        if (item.kind == kind)
            return test::must(store.item(item.id, test::readError()));
    }
    return {};
}

/// The search rows of aliases and tags (id, field, text, folded), in id order.
QStringList listRows(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList rows;
    if (!q.exec(QStringLiteral("SELECT id, grp, target_id, field, text, folded FROM search_doc"
                               " WHERE field IN ('alias', 'tag') ORDER BY id")))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList columns;
        for (int c = 0; c < 6; ++c)
            columns << q.value(c).toString();
        rows << columns.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

void TestSearch::aliasesAreFoundAsNames()
{
    QString error;
    Item docs = itemNamed(*m_store, QStringLiteral("docs.python.org"), ItemKind::Service);
    QVERIFY(docs.id > 0);
    docs.aliases = {QStringLiteral("doc.python.org"), QString::fromUtf8("Documentaci\xc3\xb3n de Python")};
    QVERIFY2(m_store->updateItem(docs, &error), qPrintable(error));

    // An exact alias: the item, with the alias as what matched, scored as an exact name
    // of its length ("www.python.org" is as long as "doc.python.org").
    Search search(*m_db);
    const QVector<SearchGroup> groups =
        test::must(search.search(QStringLiteral("Doc.Python.org"), Search::DefaultLimit, test::readError()));
    QVERIFY(!groups.isEmpty());
    const SearchResult &alias = groups.first().results.first();
    QCOMPARE(alias.kind, SearchKind::Service);
    QCOMPARE(alias.id, docs.id);
    QCOMPARE(alias.name, QStringLiteral("docs.python.org"));
    QCOMPARE(alias.field, QStringLiteral("alias"));
    QCOMPARE(alias.text, QStringLiteral("doc.python.org"));
    QCOMPARE(alias.snippet.mid(alias.highlights.value(0).first, alias.highlights.value(0).second),
             QStringLiteral("doc.python.org"));
    QCOMPARE(Search::fieldLabel(alias.field), QStringLiteral("alias"));
    const QVector<SearchGroup> www =
        test::must(search.search(QStringLiteral("www.python.org"), Search::DefaultLimit, test::readError()));
    QCOMPARE(www.first().results.first().field, QStringLiteral("name"));
    QCOMPARE(alias.score, www.first().results.first().score);
    // Each alias on its own, accents folded, words in any order.
    QCOMPARE(find(QStringLiteral("documentacion")), QStringList{QStringLiteral("service:docs.python.org")});
    QCOMPARE(find(QStringLiteral("python documentacion")), QStringList{QStringLiteral("service:docs.python.org")});
    // Words of two different aliases are not one match.
    QCOMPARE(find(QStringLiteral("documentacion doc.python")), QStringList());

    // An exact alias leads whatever its kind, as an exact name does: the host "docs"
    // before the services whose names begin with "docs".
    Item vm = itemNamed(*m_store, QStringLiteral("Rackspace VM for docs.python.org"), ItemKind::Host);
    QVERIFY(vm.id > 0);
    vm.aliases = {QStringLiteral("docs")};
    QVERIFY2(m_store->updateItem(vm, &error), qPrintable(error));
    const QStringList found = find(QStringLiteral("docs"));
    QCOMPARE(found.value(0), QStringLiteral("host:Rackspace VM for docs.python.org"));
    QCOMPARE(found.value(1), QStringLiteral("service:docs.python.org"));
    // Aliases beginning with the query are found as names are, from one letter on.
    QVERIFY2(find(QStringLiteral("do")).contains(QStringLiteral("host:Rackspace VM for docs.python.org")),
             qPrintable(find(QStringLiteral("do")).join(QStringLiteral(" | "))));
    const QStringList d = find(QStringLiteral("Doc.p"));
    QCOMPARE(d.value(0), QStringLiteral("service:docs.python.org"));
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::tagsAreFoundAndFilter()
{
    QString error;
    const auto tag = [&](const QString &name, ItemKind kind, const QStringList &tags) {
        Item item = itemNamed(*m_store, name, kind);
        QVERIFY2(item.id > 0, qPrintable(name));
        item.tags = tags;
        QVERIFY2(m_store->updateItem(item, &error), qPrintable(error));
    };
    tag(QStringLiteral("docs.python.org"), ItemKind::Service,
        {QStringLiteral("env=prod"), QStringLiteral("pci"), QStringLiteral("category=python-core")});
    tag(QStringLiteral("www.python.org"), ItemKind::Service, {QStringLiteral("env=prod")});
    tag(QStringLiteral("staging.python.org"), ItemKind::Service, {QStringLiteral("env=staging")});
    tag(QStringLiteral("wiki.python.org"), ItemKind::Service, {QStringLiteral("team=web ops")});
    tag(QStringLiteral("albatross"), ItemKind::Host, {QStringLiteral("env=prod")});
    Contact mal =
        test::must(m_store->findContactsByName(QString::fromUtf8("Marc-Andr\xc3\xa9 Lemburg"), test::readError()))
            .value(0);
    QVERIFY(mal.id > 0);
    mal.tags = {QStringLiteral("pci"), QStringLiteral("board")};
    QVERIFY2(m_store->updateContact(mal, &error), qPrintable(error));
    const QString malName = QString::fromUtf8("person:Marc-Andr\xc3\xa9 Lemburg");

    // Tags are text like any other: found by a word of them.
    QCOMPARE(find(QStringLiteral("python-core")), QStringList{QStringLiteral("service:docs.python.org")});
    QCOMPARE(find(QStringLiteral("board")), QStringList{malName});

    // tag:key=value alone: what has that tag, by name in each kind.
    QCOMPARE(find(QStringLiteral("tag:env=prod")),
             (QStringList{QStringLiteral("service:docs.python.org"), QStringLiteral("service:www.python.org"),
                          QStringLiteral("host:albatross")}));
    // tag:key: the key with any value (and the bare tag); contacts too.
    QCOMPARE(find(QStringLiteral("tag:env")),
             (QStringList{QStringLiteral("service:docs.python.org"), QStringLiteral("service:staging.python.org"),
                          QStringLiteral("service:www.python.org"), QStringLiteral("host:albatross")}));
    QCOMPARE(find(QStringLiteral("TAG:pci")), (QStringList{QStringLiteral("service:docs.python.org"), malName}));
    QCOMPARE(find(QStringLiteral("tag:\"team=web ops\"")), QStringList{QStringLiteral("service:wiki.python.org")});
    QCOMPARE(find(QStringLiteral("tag:team")), QStringList{QStringLiteral("service:wiki.python.org")});
    // Neither a value nor a key of another tag's prefix.
    QCOMPARE(find(QStringLiteral("tag:env=pro")), QStringList());
    QCOMPARE(find(QStringLiteral("tag:en")), QStringList());
    QCOMPARE(find(QStringLiteral("tag:nothing")), QStringList());
    // Several: all must hold.
    QCOMPARE(find(QStringLiteral("tag:env=prod tag:pci")), QStringList{QStringLiteral("service:docs.python.org")});
    // With text: the text's results among what has the tag, ranked as ever.
    QCOMPARE(find(QStringLiteral("www tag:env=prod")), QStringList{QStringLiteral("service:www.python.org")});
    QCOMPARE(find(QStringLiteral("tag:env=prod w")), QStringList{QStringLiteral("service:www.python.org")});
    const QStringList python = find(QStringLiteral("tag:env python.org"));
    QVERIFY2(python.contains(QStringLiteral("service:staging.python.org")) &&
                 python.contains(QStringLiteral("service:docs.python.org")) &&
                 !python.contains(QStringLiteral("service:wiki.python.org")) &&
                 !python.contains(QStringLiteral("service:mail.python.org")),
             qPrintable(python.join(QStringLiteral(" | "))));
    QCOMPARE(find(QStringLiteral("lemburg tag:pci")), QStringList{malName});
    QCOMPARE(find(QStringLiteral("lemburg tag:env")), QStringList());
    // A bare "tag:" (being typed) filters nothing and finds nothing by itself.
    QCOMPARE(find(QStringLiteral("tag:")), QStringList());
    QCOMPARE(find(QStringLiteral("tag: www.python")), find(QStringLiteral("www.python")));

    // What a tag filter's result shows: the tag, with the filter's part highlighted.
    Search search(*m_db);
    const QVector<SearchGroup> groups =
        test::must(search.search(QStringLiteral("tag:category"), Search::DefaultLimit, test::readError()));
    QCOMPARE(groups.size(), 1);
    const SearchResult &r = groups.first().results.first();
    QCOMPARE(r.name, QStringLiteral("docs.python.org"));
    QCOMPARE(r.field, QStringLiteral("tag"));
    QCOMPARE(r.text, QStringLiteral("category=python-core"));
    QCOMPARE(r.snippet.mid(r.highlights.value(0).first, r.highlights.value(0).second), QStringLiteral("category"));
    QCOMPARE(Search::fieldLabel(r.field), QStringLiteral("tag"));
    // A limit per kind, with more.
    const QVector<SearchGroup> one = test::must(search.search(QStringLiteral("tag:env"), 1, test::readError()));
    QCOMPARE(one.size(), 2);
    QCOMPARE(one.first().kind, SearchKind::Service);
    QCOMPARE(one.first().results.size(), 1);
    QVERIFY(one.first().more);
    QVERIFY(!one.last().more);
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::tagFiltersParse()
{
    QVector<Search::TagFilter> filters;
    QCOMPARE(Search::splitTagFilters(QStringLiteral("  docs  tag:env=prod  Tag:\"team=web ops\" org tag: "), &filters),
             QStringLiteral("docs org"));
    QCOMPARE(filters.size(), 2);
    QCOMPARE(filters.at(0).tag, QStringLiteral("env=prod"));
    QVERIFY(filters.at(0).withValue);
    QCOMPARE(filters.at(1).tag, QStringLiteral("team=web ops"));
    filters.clear();
    QCOMPARE(Search::splitTagFilters(QStringLiteral("tag:pci"), &filters), QString());
    QCOMPARE(filters.size(), 1);
    QVERIFY(!filters.at(0).withValue);
    // "tag:" only at the start of a word.
    filters.clear();
    QCOMPARE(Search::splitTagFilters(QStringLiteral("etag:x"), &filters), QStringLiteral("etag:x"));
    QVERIFY(filters.isEmpty());
}

void TestSearch::indexFollowsAliasAndTagEdits()
{
    QString error;
    Item vm = itemNamed(*m_store, QStringLiteral("Rackspace VM for docs.python.org"), ItemKind::Host);
    vm.aliases = {QStringLiteral("docs-vm-1"), QString::fromUtf8("h\xc3\xb4te docs")};
    vm.tags = {QStringLiteral("env=prod"), QStringLiteral("os=debian")};
    QVERIFY2(m_store->updateItem(vm, &error), qPrintable(error));
    QCOMPARE(pendingRows(), 0);
    const QString vmName = QStringLiteral("host:Rackspace VM for docs.python.org");
    QCOMPARE(find(QStringLiteral("docs-vm-1")).value(0), vmName);
    QCOMPARE(find(QStringLiteral("hote docs")), QStringList{vmName});
    QCOMPARE(find(QStringLiteral("os=debian")), QStringList{vmName});
    // Changed: the old texts go, the new are found.
    vm.aliases = {QStringLiteral("docs-vm-2")};
    vm.tags = {QStringLiteral("os=ubuntu")};
    QVERIFY2(m_store->updateItem(vm, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("docs-vm-1")), QStringList());
    QCOMPARE(find(QStringLiteral("hote")), QStringList());
    QCOMPARE(find(QStringLiteral("debian")), QStringList());
    QCOMPARE(find(QStringLiteral("tag:env")), QStringList());
    QCOMPARE(find(QStringLiteral("docs-vm-2")).value(0), vmName);
    QCOMPARE(find(QStringLiteral("tag:os=ubuntu")), QStringList{vmName});
    // Removed: nothing left of them in the index.
    vm.aliases.clear();
    vm.tags.clear();
    QVERIFY2(m_store->updateItem(vm, &error), qPrintable(error));
    QCOMPARE(find(QStringLiteral("docs-vm")), QStringList());
    QCOMPARE(find(QStringLiteral("ubuntu")), QStringList());
    QCOMPARE(listRows(*m_db), QStringList());

    // By plain SQL from another connection, as the other texts.
    {
        RawConnection raw(m_file);
        QVERIFY(raw.isOpen());
        if (!m_db->isServer())
            QVERIFY2(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &error), qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO item_alias (item_id, kind, alias, alias_key, position)"
                                         " SELECT id, kind, 'the mail host', 'the mail host', 0 FROM item"
                                         " WHERE name = 'albatross'"),
                          &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO item_tag (item_id, tag, position)"
                                         " SELECT id, 'role=mail', 0 FROM item WHERE name = 'albatross'"),
                          &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO contact_tag (contact_id, tag, position)"
                                         " SELECT id, 'oncall', 0 FROM contact WHERE name = 'Infrastructure team'"),
                          &error),
                 qPrintable(error));
    }
    QCOMPARE(find(QStringLiteral("the mail host")), QStringList{QStringLiteral("host:albatross")});
    QCOMPARE(find(QStringLiteral("tag:role=mail mail")), QStringList{QStringLiteral("host:albatross")});
    QCOMPARE(find(QStringLiteral("tag:oncall")), QStringList{QStringLiteral("team:Infrastructure team")});
    QVERIFY2(indexIsIntact(&error), qPrintable(error));

    // Deleting the host and the team takes their aliases' and tags' rows with them.
    const Item albatross = itemNamed(*m_store, QStringLiteral("albatross"), ItemKind::Host);
    QVERIFY2(m_store->deleteItem(albatross.id, &error), qPrintable(error));
    const QVector<Contact> team =
        test::must(m_store->findContactsByName(QStringLiteral("Infrastructure team"), test::readError()));
    QCOMPARE(team.size(), 1);
    QVERIFY2(m_store->deleteContact(team.first().id, &error), qPrintable(error));
    QCOMPARE(listRows(*m_db), QStringList());
    QCOMPARE(find(QStringLiteral("the mail host")), QStringList());
    QCOMPARE(find(QStringLiteral("oncall")), QStringList());
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::bulkListsAreIndexed()
{
    // A bulk import's new items with their aliases and tags: on SQLite the list rows go in
    // while the search_bulk hold keeps their triggers waiting, and indexBulkSearchLists()
    // indexes them set-based; PostgreSQL's statement triggers index a multi-row insert.
    QString error;
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    QVector<Item> items;
    for (int i = 0; i < 3; ++i) {
        Item s;
        s.kind = ItemKind::Service;
        s.parentId = org;
        s.name = QStringLiteral("bulk-%1.example.org").arg(i);
        items.append(s);
    }
    const bool server = m_db->isServer();
    const bool ok = m_store->write(
        [&](QString *err) {
            if (!m_store->createValidatedItems(items, err))
                return false;
            QSqlQuery q(m_db->connection());
            const auto run = [&](const QString &sql) {
                if (q.exec(sql))
                    return true;
                *err = sql + QStringLiteral(": ") + q.lastError().text();
                return false;
            };
            const QString first = QString::number(items.first().id), last = QString::number(items.last().id);
            return (server || run(QStringLiteral("INSERT INTO search_bulk (id) VALUES (1)"))) &&
                   run(QStringLiteral("INSERT INTO item_alias (item_id, kind, alias, alias_key, position) VALUES"
                                      " (%1, 'service', 'Bulk One', 'bulk one', 0),"
                                      " (%1, 'service', 'Premi\u00e8re', 'premi\u00e8re', 1),"
                                      " (%2, 'service', 'Bulk Three', 'bulk three', 0)")
                           .arg(first, last)) &&
                   run(QStringLiteral("INSERT INTO item_tag (item_id, tag, position) VALUES"
                                      " (%1, 'env=prod', 1), (%1, 'bulk', 0), (%2, 'env=prod', 0)")
                           .arg(first, last)) &&
                   indexBulkSearchLists(*m_db, items.first().id, items.last().id, err) &&
                   (server || run(QStringLiteral("DELETE FROM search_bulk")));
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(pendingRows(), 0);
    QCOMPARE(find(QStringLiteral("bulk one")), QStringList{QStringLiteral("service:bulk-0.example.org")});
    QCOMPARE(find(QStringLiteral("premiere")), QStringList{QStringLiteral("service:bulk-0.example.org")});
    QCOMPARE(find(QStringLiteral("tag:env=prod")),
             (QStringList{QStringLiteral("service:bulk-0.example.org"), QStringLiteral("service:bulk-2.example.org")}));
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
    // The rows are the ones the triggers write, texts in their order.
    const QStringList bulk = listRows(*m_db);
    QCOMPARE(bulk.size(), 4);
    QVERIFY2(bulk.first().endsWith(QString::fromUtf8("|alias|Bulk One\nPremi\xc3\xa8re|bulk one\npremiere")),
             qPrintable(bulk.first()));
    QVERIFY2(bulk.at(1).endsWith(QStringLiteral("|tag|bulk\nenv=prod|bulk\nenv=prod")), qPrintable(bulk.at(1)));
    {
        RawConnection raw(m_file);
        QVERIFY2(raw.exec(QStringLiteral("UPDATE item_alias SET position = position"), &error), qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("UPDATE item_tag SET position = position"), &error), qPrintable(error));
    }
    QCOMPARE(listRows(*m_db), bulk);
    QVERIFY2(indexIsIntact(&error), qPrintable(error));
}

void TestSearch::manyTaggedItemsByName()
{
    // More tagged items than the tag index is read for: items are read by name instead,
    // with the same results as for a few.
    QString error;
    const qint64 org = test::must(m_store->organisationId(test::readError()));
    QVector<Item> items;
    for (int i = 0; i < 2100; ++i) {
        Item s;
        s.kind = ItemKind::Service;
        s.parentId = org;
        s.name = QStringLiteral("tagged-%1.example.org").arg(2100 - i, 4, 10, QLatin1Char('0'));
        items.append(s);
    }
    QVERIFY2(m_store->write(
                 [&](QString *err) {
                     if (!m_store->createValidatedItems(items, err))
                         return false;
                     QSqlQuery q(m_db->connection());
                     if (q.exec(QStringLiteral("INSERT INTO item_tag (item_id, tag, position) SELECT id,"
                                               " CASE WHEN id % 2 = 0 THEN 'env=prod' ELSE 'env=dev' END, 0"
                                               " FROM item WHERE name LIKE 'tagged-%'")))
                         return true;
                     *err = q.lastError().text();
                     return false;
                 },
                 &error),
             qPrintable(error));
    Item albatross = itemNamed(*m_store, QStringLiteral("albatross"), ItemKind::Host);
    albatross.tags = {QStringLiteral("env=prod")};
    QVERIFY2(m_store->updateItem(albatross, &error), qPrintable(error));
    Item docs = itemNamed(*m_store, QStringLiteral("docs.python.org"), ItemKind::Service);
    docs.tags = {QStringLiteral("env=prod"), QStringLiteral("pci")};
    QVERIFY2(m_store->updateItem(docs, &error), qPrintable(error));

    Search search(*m_db);
    const QVector<SearchGroup> env = test::must(search.search(QStringLiteral("tag:env"), 3, test::readError()));
    QCOMPARE(flat(env),
             (QStringList{QStringLiteral("service:docs.python.org"), QStringLiteral("service:tagged-0001.example.org"),
                          QStringLiteral("service:tagged-0002.example.org"), QStringLiteral("host:albatross")}));
    QVERIFY(env.first().more);
    QVERIFY(!env.last().more);
    QCOMPARE(env.first().results.value(1).text, QStringLiteral("env=dev"));
    const QStringList prod = flat(test::must(search.search(QStringLiteral("tag:env=prod"), 2, test::readError())));
    QCOMPARE(prod.size(), 3);
    QCOMPARE(prod.value(0), QStringLiteral("service:docs.python.org"));
    QVERIFY2(prod.value(1).startsWith(QStringLiteral("service:tagged-")), qPrintable(prod.value(1)));
    QCOMPARE(prod.value(2), QStringLiteral("host:albatross"));
    // With a second filter, only what has both.
    QCOMPARE(find(QStringLiteral("tag:env tag:pci")), QStringList{QStringLiteral("service:docs.python.org")});
    QCOMPARE(find(QStringLiteral("tag:env=dev tag:pci")), QStringList());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
