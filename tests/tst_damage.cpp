// A damaged page (issue 19, item 6): one page of a copy of the example inventory is
// overwritten with garbage, as a failing disk or a stray write would leave it. Every
// command either answers exactly as on the sound file or says the file is damaged (never
// a wrong answer); a write is refused, the file left byte for byte as it was; in the
// model, the first read or write that meets the damage marks the Database damaged and
// every later write is refused.

#include "Database.h"
#include "Reports.h"
#include "Search.h"
#include "Store.h"
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::FileSnapshot;

namespace {

struct Result
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
};

/// The first page (its root) of table or index @p name in the SQLite file @p path, and the page size.
bool rootPage(const QString &path, const QString &name, qint64 *page, qint64 *pageSize)
{
    const QString connection = QStringLiteral("damage-root");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next()) {
                *pageSize = q.value(0).toLongLong();
                q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
                q.addBindValue(name);
                ok = q.exec() && q.next();
                if (ok)
                    *page = q.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

/// Overwrites page @p page of @p path with bytes no SQLite page has.
bool damagePage(const QString &path, qint64 page, qint64 pageSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return false;
    QByteArray garbage(static_cast<qsizetype>(pageSize), '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 37 + 11) % 256);
    return file.write(garbage) == garbage.size();
}

} // namespace

class TestDamage final : public QObject
{
    Q_OBJECT

private:
    Result run(const QStringList &arguments);
    /// A copy of the example inventory with the root page of @p table damaged.
    QString damagedCopy(const QString &table, const QString &name);

    QTemporaryDir m_dir;
    QString m_sound; ///< the example inventory, undamaged

private Q_SLOTS:
    void initTestCase();

    void writeCommandIsRefused_data();
    void writeCommandIsRefused();
    void readCommandAnswersRightOrSaysDamaged_data();
    void readCommandAnswersRightOrSaysDamaged();

    void writeThatMeetsTheDamageMarksTheDatabase();
    void quickCheckFindsDamageAWriteWouldNotRead();
    void searchOnADamagedIndexSaysDamaged();
    void reportOnADamagedTableSaysDamaged();
};

void TestDamage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sound = m_dir.filePath(QStringLiteral("sound.sqlite"));
    QString error;
    QVERIFY2(test::createExample(m_sound, &error), qPrintable(error));
}

Result TestDamage::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not run to the end");
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestDamage::damagedCopy(const QString &table, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    if (!QFile::copy(m_sound, path))
        return QString();
    qint64 page = 0;
    qint64 pageSize = 0;
    if (!rootPage(path, table, &page, &pageSize) || page <= 1 || !damagePage(path, page, pageSize))
        return QString();
    return path;
}

void TestDamage::writeCommandIsRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("command");
    const QStringList assign = {QStringLiteral("assign"), QStringLiteral("docs.python.org"),
                                QStringLiteral("Alex Gaynor"), QStringLiteral("--role"), QStringLiteral("owner")};
    const QStringList link = {QStringLiteral("link"), QStringLiteral("docs.python.org"),
                              QStringLiteral("bugs.python.org"), QStringLiteral("--type"),
                              QStringLiteral("depends_on")};
    // The search index: pages assign never reads (it went on, before).
    QTest::newRow("assign, search_fts_data") << QStringLiteral("search_fts_data") << assign;
    QTest::newRow("assign, search_doc") << QStringLiteral("search_doc") << assign;
    QTest::newRow("assign, change_log") << QStringLiteral("change_log") << assign;
    QTest::newRow("assign, item") << QStringLiteral("item") << assign;
    QTest::newRow("link, search_fts_idx") << QStringLiteral("search_fts_idx") << link;
    QTest::newRow("unassign, search_doc")
        << QStringLiteral("search_doc")
        << QStringList{QStringLiteral("unassign"), QStringLiteral("docs.python.org"), QStringLiteral("Georg Brandl"),
                       QStringLiteral("--role"), QStringLiteral("owner")};
}

void TestDamage::writeCommandIsRefused()
{
    QFETCH(QString, table);
    QFETCH(QStringList, command);
    const QString path = damagedCopy(table, QStringLiteral("write"));
    QVERIFY(!path.isEmpty());
    const FileSnapshot before = FileSnapshot::of(path);

    const Result r = run(command + QStringList{QStringLiteral("--db"), path});
    QVERIFY2(!r.crashed, qPrintable(r.err));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("steward: %1 is damaged: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("; it will not be changed. Restore a backup or run `steward check`.")),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("is damaged")), 1);
    QVERIFY(FileSnapshot::of(path) == before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestDamage::readCommandAnswersRightOrSaysDamaged_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("command");
    const QStringList tables = {
        QStringLiteral("search_fts_data"),   QStringLiteral("search_doc"), QStringLiteral("item"),
        QStringLiteral("assignment"),        QStringLiteral("contact"),    QStringLiteral("contact_address"),
        QStringLiteral("item_name_key_kind")};
    const QList<QStringList> commands = {
        {QStringLiteral("contact"), QStringLiteral("docs.python.org")},
        {QStringLiteral("contact"), QStringLiteral("docs.python.org"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("export"), QStringLiteral("contacts")},
        {QStringLiteral("export"), QStringLiteral("services")},
        {QStringLiteral("export"), QStringLiteral("assignments")},
        {QStringLiteral("search"), QStringLiteral("python")},
        {QStringLiteral("impact"), QStringLiteral("Rackspace")},
        {QStringLiteral("history")},
    };
    for (const QString &table : tables) {
        for (const QStringList &command : commands)
            QTest::addRow("%s, %s", qPrintable(command.join(QLatin1Char(' '))), qPrintable(table)) << table << command;
    }
}

void TestDamage::readCommandAnswersRightOrSaysDamaged()
{
    QFETCH(QString, table);
    QFETCH(QStringList, command);
    const Result sound = run(command + QStringList{QStringLiteral("--db"), m_sound});
    QCOMPARE(sound.exitCode, 0);
    QVERIFY(!sound.out.isEmpty());

    const QString path = damagedCopy(table, QStringLiteral("read"));
    QVERIFY(!path.isEmpty());
    const FileSnapshot before = FileSnapshot::of(path);
    const Result r = run(command + QStringList{QStringLiteral("--db"), path});
    QVERIFY2(!r.crashed, qPrintable(r.err));
    if (r.exitCode == 0) {
        // The damage is where this command does not read: the same answer, byte for byte.
        QCOMPARE(r.out, sound.out);
    } else {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("steward: %1 is damaged: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("is damaged")), 1);
    }
    QVERIFY(FileSnapshot::of(path) == before);
}

void TestDamage::writeThatMeetsTheDamageMarksTheDatabase()
{
    // search_doc is written by the triggers of every change of an item's name.
    const QString path = damagedCopy(QStringLiteral("search_doc"), QStringLiteral("model-write"));
    QVERIFY(!path.isEmpty());
    const FileSnapshot before = FileSnapshot::of(path);
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(!db.isDamaged());
        Store store(db);
        QSignalSpy damageFound(&store, &Store::damageFound);
        QString error;
        auto found = store.findItemsByName(QStringLiteral("docs.python.org"), &error);
        QVERIFY2(found && found->size() == 1, qPrintable(error));
        Item item = found->first();
        item.name = QStringLiteral("documentation.python.org");
        QVERIFY(!store.updateItem(item, &error));
        QVERIFY(db.isDamaged());
        // The window turns read-only on this signal.
        QCOMPARE(damageFound.count(), 1);
        QVERIFY(!db.damageDetail().isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("%1 is damaged: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(error));
        QVERIFY(error.endsWith(QStringLiteral("; it will not be changed. Restore a backup or run `steward check`.")));
        QCOMPARE(error, db.damageMessage());

        // From then on every write is refused, though this one would not read the damaged page.
        Contact contact;
        contact.kind = ContactKind::Person;
        contact.name = QStringLiteral("Nobody New");
        error.clear();
        QVERIFY(!store.createContact(contact, &error));
        QCOMPARE(error, db.damageMessage());
        error.clear();
        QVERIFY(!db.beginWrite(&error));
        QCOMPARE(error, db.damageMessage());
    }
    QVERIFY(FileSnapshot::of(path) == before);
}

void TestDamage::quickCheckFindsDamageAWriteWouldNotRead()
{
    const QString path = damagedCopy(QStringLiteral("search_fts_data"), QStringLiteral("quick-check"));
    QVERIFY(!path.isEmpty());
    const FileSnapshot before = FileSnapshot::of(path);
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QString error;
        QVERIFY(!db.checkBeforeWrite(&error));
        QVERIFY(db.isDamaged());
        QCOMPARE(error, db.damageMessage());
        QVERIFY2(error.contains(QStringLiteral("quick_check found")), qPrintable(error));
    }
    QVERIFY(FileSnapshot::of(path) == before);

    Database sound;
    QVERIFY(sound.open(m_sound));
    QString error;
    QVERIFY2(sound.checkBeforeWrite(&error), qPrintable(error));
    QVERIFY(sound.quickCheck(&error));
    QVERIFY(!sound.isDamaged());
}

void TestDamage::searchOnADamagedIndexSaysDamaged()
{
    for (const QString &table : {QStringLiteral("search_fts_data"), QStringLiteral("search_doc")}) {
        const QString path = damagedCopy(table, QStringLiteral("search"));
        QVERIFY(!path.isEmpty());
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        Search search(db);
        QString error;
        const auto groups = search.search(QStringLiteral("python"), Search::DefaultLimit, &error);
        QVERIFY2(!groups, qPrintable(table));
        QCOMPARE(error, db.damageMessage());
        QVERIFY(db.isDamaged());
    }
}

void TestDamage::reportOnADamagedTableSaysDamaged()
{
    const QString path = damagedCopy(QStringLiteral("contact"), QStringLiteral("report"));
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    Store store(db);
    Reports reports(store);
    QVector<QStringList> rows;
    QVERIFY(!reports.rows(ReportKind::Contacts, &rows));
    QVERIFY(db.isDamaged());
    QCOMPARE(reports.errorString(), db.damageMessage());
}

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
