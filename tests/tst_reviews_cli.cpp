// steward review, confirm, role and roles, run as a process on an inventory of the
// backend under test (tst_reviews_cli_pg: a database of the test server). Exit codes:
// 0 success, 1 failure, 2 usage. Confirmations are aged by hand (SQL past Steward) so that
// the tests do not depend on today.

#include "Database.h"
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::RawConnection;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestReviewsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rolesAndTheirIntervals();
    void roleUsageErrorsAndRefusals_data();
    void roleUsageErrorsAndRefusals();
    void reviewListsOldestFirst();
    void reviewCsv();
    void confirmItemsIsOneChange();
    void confirmAContactOrRole();
    void confirmRefusesUnknownNamesChangingNothing_data();
    void confirmRefusesUnknownNamesChangingNothing();
    void confirmOnAReadOnlyFile();

private:
    Result run(const QStringList &arguments);
    /// Ages the example: every confirmation on 2000-01-01 by alice (overdue whatever today is), Georg
    /// Brandl's of docs.python.org on 1999-09-01 by bob, Richard Jones's never.
    bool age();
    QString sql(const QString &query) { return RawConnection(m_db).value(query).toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestReviewsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::scratchInventory(*m_dir, QStringLiteral("psf"));
    const Result r = run({QStringLiteral("init"), m_db, QStringLiteral("--example")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestReviewsCli::cleanup()
{
    m_dir.reset();
}

Result TestReviewsCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(STEWARD_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not run: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool TestReviewsCli::age()
{
    RawConnection raw(m_db);
    return raw.exec(QStringLiteral("UPDATE assignment SET confirmed_at = '2000-01-01T09:00:00.000Z', confirmed_by = "
                                   "'alice'")) &&
           raw.exec(QStringLiteral(
               "UPDATE assignment SET confirmed_at = NULL, confirmed_by = '' WHERE contact_id = (SELECT id FROM "
               "contact WHERE name = 'Richard Jones')")) &&
           raw.exec(QStringLiteral(
               "UPDATE assignment SET confirmed_at = '1999-09-01T12:00:00.000Z', confirmed_by = 'bob' WHERE "
               "contact_id = (SELECT id FROM contact WHERE name = 'Georg Brandl') AND item_id = (SELECT id FROM item "
               "WHERE name = 'docs.python.org')"));
}

void TestReviewsCli::rolesAndTheirIntervals()
{
    Result r =
        run({QStringLiteral("roles"), QStringLiteral("--db"), m_db, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("role,review_days,declared\r\nowner,180,built-in\r\nmaintainer,180,built-in\r\n"
                                   "contact,365,built-in\r\nescalation,90,built-in\r\nsponsor,365,built-in\r\n"));
    r = run({QStringLiteral("role"), QStringLiteral("owner"), QStringLiteral("--review-days"), QStringLiteral("90"),
             QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Assignments as owner are to be confirmed every 90 days.\n"));
    r = run({QStringLiteral("role"), QStringLiteral("on-call"), QStringLiteral("--review-days"),
             QStringLiteral("Never"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Assignments as on-call are never due for review.\n"));
    r = run({QStringLiteral("role"), QStringLiteral("data steward"), QStringLiteral("--review-days"),
             QStringLiteral("1"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Assignments as data steward are to be confirmed every day.\n"));
    r = run({QStringLiteral("roles"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("owner")) && lines.at(0).contains(QStringLiteral("every 90 days")),
             qPrintable(r.out));
    QVERIFY2(lines.at(5).startsWith(QStringLiteral("data steward")) && lines.at(5).contains(QStringLiteral("your own")),
             qPrintable(r.out));
    QVERIFY2(lines.at(6).startsWith(QStringLiteral("on-call")) && lines.at(6).contains(QStringLiteral("never")),
             qPrintable(r.out));
    QCOMPARE(lines.at(7), QStringLiteral("Any other role: every 180 days."));
    // Removed: gone from the list.
    r = run(
        {QStringLiteral("role"), QStringLiteral("--remove"), QStringLiteral("on-call"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.out,
        QStringLiteral("Removed the role \"on-call\"; its assignments, if any, are to be confirmed every 180 days.\n"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM role_def")), QStringLiteral("6"));
}

void TestReviewsCli::roleUsageErrorsAndRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no days") << QStringList{QStringLiteral("role"), QStringLiteral("owner")} << 2
                             << QStringLiteral("needs --review-days");
    QTest::newRow("zero") << QStringList{QStringLiteral("role"), QStringLiteral("owner"),
                                         QStringLiteral("--review-days"), QStringLiteral("0")}
                          << 2 << QStringLiteral("from 1 to 3650");
    QTest::newRow("too many") << QStringList{QStringLiteral("role"), QStringLiteral("owner"),
                                             QStringLiteral("--review-days"), QStringLiteral("3651")}
                              << 2 << QStringLiteral("from 1 to 3650");
    QTest::newRow("words") << QStringList{QStringLiteral("role"), QStringLiteral("owner"),
                                          QStringLiteral("--review-days"), QStringLiteral("often")}
                           << 2 << QStringLiteral("from 1 to 3650");
    QTest::newRow("both") << QStringList{QStringLiteral("role"), QStringLiteral("x"), QStringLiteral("--review-days"),
                                         QStringLiteral("5"), QStringLiteral("--remove")}
                          << 2 << QStringLiteral("--remove takes no --review-days");
    QTest::newRow("two roles") << QStringList{QStringLiteral("role"), QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("--review-days"), QStringLiteral("5")}
                               << 2 << QStringLiteral("one ROLE");
    QTest::newRow("built-in removed") << QStringList{QStringLiteral("role"), QStringLiteral("--remove"),
                                                     QStringLiteral("owner")}
                                      << 1 << QStringLiteral("\"owner\" is a built-in role");
    QTest::newRow("not declared") << QStringList{QStringLiteral("role"), QStringLiteral("--remove"),
                                                 QStringLiteral("nobody")}
                                  << 1 << QStringLiteral("There is no role \"nobody\" of your own.");
    QTest::newRow("roles with an argument") << QStringList{QStringLiteral("roles"), QStringLiteral("owner")} << 2
                                            << QStringLiteral("roles takes no arguments");
    QTest::newRow("review with an argument") << QStringList{QStringLiteral("review"), QStringLiteral("PyPI")} << 2
                                             << QStringLiteral("review takes no arguments");
    QTest::newRow("review as xml") << QStringList{QStringLiteral("review"), QStringLiteral("--format"),
                                                  QStringLiteral("xml")}
                                   << 2 << QStringLiteral("xml");
    QTest::newRow("confirm nothing") << QStringList{QStringLiteral("confirm")} << 2
                                     << QStringLiteral("confirm takes one ITEM or more, or --contact NAME");
}

void TestReviewsCli::roleUsageErrorsAndRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QStringList before = test::wholeInventory(m_db);
    const Result r = run(arguments + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(test::wholeInventory(m_db), before);
}

void TestReviewsCli::reviewListsOldestFirst()
{
    // Fresh from init: confirmed just now, nothing due.
    Result r = run({QStringLiteral("review"), QStringLiteral("--due"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Nothing is due: every assignment was confirmed within its role's interval.\n"));
    QVERIFY(age());
    r = run({QStringLiteral("review"), QStringLiteral("--due"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Everything of the example is overdue: never confirmed first, then Georg's (due
    // 2000-02-28), then the escalations (90 days: 2000-03-31), ..., the contacts (365) last.
    QCOMPARE(lines.size(), 20);
    QCOMPARE(
        lines.at(0),
        QStringLiteral("now         never confirmed  PyPI (service): Richard Jones as maintainer; never confirmed"));
    QCOMPARE(lines.at(1),
             QStringLiteral("2000-02-28  overdue          docs.python.org (service): Georg Brandl as owner; "
                            "confirmed 1999-09-01 by bob"));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("2000-03-31  overdue          Python Software Foundation")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(19).startsWith(QStringLiteral("2000-12-31  overdue")), qPrintable(lines.at(19)));
    // A role never reviewed: its assignments are never due, and listed last without --due.
    r = run({QStringLiteral("role"), QStringLiteral("contact"), QStringLiteral("--review-days"),
             QStringLiteral("never"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("review"), QStringLiteral("--due"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 15);
    QVERIFY(!r.out.contains(QStringLiteral("as contact")));
    r = run({QStringLiteral("review"), QStringLiteral("--db"), m_db});
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 20);
    QVERIFY2(lines.at(19).startsWith(QStringLiteral("never due   not reviewed")), qPrintable(lines.at(19)));
}

void TestReviewsCli::reviewCsv()
{
    QVERIFY(age());
    const Result r = run({QStringLiteral("review"), QStringLiteral("--due"), QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines.at(0), QStringLiteral("item,item_kind,contact,role,priority,confirmed_at,confirmed_by,review_days,"
                                         "due_at,state"));
    QCOMPARE(lines.at(1), QStringLiteral("PyPI,service,Richard Jones,maintainer,primary,,,180,,never confirmed"));
    QCOMPARE(lines.at(2), QStringLiteral("docs.python.org,service,Georg Brandl,owner,primary,1999-09-01T12:00:00.000Z,"
                                         "bob,180,2000-02-28T12:00:00.000Z,overdue"));
}

void TestReviewsCli::confirmItemsIsOneChange()
{
    QVERIFY(age());
    Result r = run({QStringLiteral("confirm"), QStringLiteral("pypi"), QStringLiteral("docs.python.org"),
                    QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Confirmed Ernest W. Durbin III as maintainer of PyPI.\n"
                                   "Confirmed Donald Stufft as maintainer of PyPI.\n"
                                   "Confirmed Richard Jones as maintainer of PyPI.\n"
                                   "Confirmed Benjamin Peterson as owner of docs.python.org.\n"
                                   "Confirmed Georg Brandl as owner of docs.python.org.\n"
                                   "5 assignments confirmed.\n"));
    // One stamp, by the one who ran it, in one change of the history.
    const QString actor = test::backend() == Backend::SQLite ? QStringLiteral("tester") : test::serverUser();
    QCOMPARE(
        sql(QStringLiteral("SELECT count(DISTINCT confirmed_at) FROM assignment WHERE confirmed_by = '%1'").arg(actor)),
        QStringLiteral("1"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM assignment WHERE confirmed_by = '%1'").arg(actor)),
             QStringLiteral("5"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = (SELECT max(id) FROM change_batch)")),
             QStringLiteral("5"));
    QCOMPARE(sql(QStringLiteral("SELECT label FROM change_batch ORDER BY id DESC LIMIT 1")),
             QStringLiteral("Confirm Ownership of 2 Items"));
    r = run({QStringLiteral("history"), QStringLiteral("PyPI"), QStringLiteral("--limit"), QStringLiteral("1"),
             QStringLiteral("--db"), m_db});
    QVERIFY2(r.out.contains(QStringLiteral("Confirmed Richard Jones as maintainer of PyPI")), qPrintable(r.out));
    // No longer due.
    r = run({QStringLiteral("review"), QStringLiteral("--due"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 15);
    QVERIFY(!r.out.contains(QStringLiteral("PyPI")));
    QVERIFY(!r.out.contains(QStringLiteral("docs.python.org")));
}

void TestReviewsCli::confirmAContactOrRole()
{
    QVERIFY(age());
    Result r = run({QStringLiteral("confirm"), QStringLiteral("PyPI"), QStringLiteral("--contact"),
                    QStringLiteral("richard jones"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Confirmed Richard Jones as maintainer of PyPI.\n"));
    QCOMPARE(sql(QStringLiteral("SELECT label FROM change_batch ORDER BY id DESC LIMIT 1")),
             QStringLiteral("Confirm Ownership of PyPI"));
    // Every assignment of a contact, or only those of a role.
    r = run({QStringLiteral("confirm"), QStringLiteral("--contact"), QStringLiteral("Benjamin Peterson"),
             QStringLiteral("--role"), QStringLiteral("contact"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Confirmed Benjamin Peterson as contact of www.jython.org.\n"));
    r = run({QStringLiteral("confirm"), QStringLiteral("--contact"), QStringLiteral("Georg Brandl"),
             QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Confirmed Georg Brandl as owner of docs.python.org.\n"
                                   "Confirmed Georg Brandl as owner of hg.python.org.\n"
                                   "2 assignments confirmed.\n"));
    QCOMPARE(sql(QStringLiteral("SELECT label FROM change_batch ORDER BY id DESC LIMIT 1")),
             QStringLiteral("Confirm the Assignments of Georg Brandl"));
    r = run({QStringLiteral("review"), QStringLiteral("--due"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 20 - 4);
}

void TestReviewsCli::confirmRefusesUnknownNamesChangingNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown item") << QStringList{QStringLiteral("PyPI"), QStringLiteral("nope.python.org")}
                                  << QStringLiteral("steward: no item is called \"nope.python.org\".");
    QTest::newRow("unknown contact") << QStringList{QStringLiteral("PyPI"), QStringLiteral("--contact"),
                                                    QStringLiteral("Nobody")}
                                     << QStringLiteral("steward: no contact is called \"Nobody\".");
    QTest::newRow("not assigned") << QStringList{QStringLiteral("PyPI"), QStringLiteral("--contact"),
                                                 QStringLiteral("Georg Brandl")}
                                  << QStringLiteral("steward: Georg Brandl is not assigned to PyPI.");
    QTest::newRow("no such role") << QStringList{QStringLiteral("PyPI"), QStringLiteral("--role"),
                                                 QStringLiteral("owner")}
                                  << QStringLiteral("steward: PyPI has nobody as owner.");
    QTest::newRow("contact without assignments")
        << QStringList{QStringLiteral("--contact"), QStringLiteral("Georg Brandl"), QStringLiteral("--role"),
                       QStringLiteral("sponsor")}
        << QStringLiteral("steward: Georg Brandl is not sponsor of anything.");
}

void TestReviewsCli::confirmRefusesUnknownNamesChangingNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QVERIFY(age());
    const QStringList before = test::wholeInventory(m_db);
    const Result r =
        run(QStringList{QStringLiteral("confirm")} + arguments + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(test::wholeInventory(m_db), before);
}

void TestReviewsCli::confirmOnAReadOnlyFile()
{
    if (test::backend() != Backend::SQLite)
        QSKIP("a file's permissions: SQLite only (a server's roles are tst_access's)");
    QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const test::FileSnapshot before = test::FileSnapshot::of(m_db);
    Result r = run({QStringLiteral("confirm"), QStringLiteral("PyPI"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("read")), qPrintable(r.err));
    QVERIFY(test::FileSnapshot::of(m_db) == before);
    // Looking is allowed.
    r = run({QStringLiteral("review"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 20);
}

QTEST_GUILESS_MAIN(TestReviewsCli)
#include "tst_reviews_cli.moc"
