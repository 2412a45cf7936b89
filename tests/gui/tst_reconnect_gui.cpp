// The server going away mid-session (PostgreSQL only: tst_reconnect_gui_pg): the
// window says so, connects again by itself, listens again, and its edits work again;
// a command against a server that is not there exits 1 with the reason.

#include "ChangeWatcher.h"
#include "Database.h"
#include "Dialect.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestReconnectGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverRestartIsSurvived();
    void commandWithoutServerExitsWithTheReason();

private:
    QTemporaryDir m_dir;
};

void TestReconnectGui::initTestCase()
{
    QCOMPARE(test::backend(), Backend::PostgreSQL);
}

void TestReconnectGui::serverRestartIsSurvived()
{
    const QString location = test::scratchInventory(m_dir, QStringLiteral("restart"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Settings settings(m_dir.filePath(QStringLiteral("steward.ini")));
    MainWindow window(settings);
    window.show();
    QVERIFY2(window.openFile(location, &error), qPrintable(error));
    QSignalSpy lost(window.changeWatcher(), &ChangeWatcher::connectionLost);
    QSignalSpy restored(window.changeWatcher(), &ChangeWatcher::connectionRestored);

    // The server restarts: every session of it ends.
    QProcess restart;
    restart.start(QStringLiteral(STEWARD_PG_CLUSTER),
                  {QStringLiteral("restart"), qEnvironmentVariable("STEWARD_TEST_PG_STATE")});
    QVERIFY(restart.waitForFinished(60000));
    QCOMPARE(restart.exitCode(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 5000);
    QVERIFY(!lost.first().value(0).toString().isEmpty()); // the reason, as the server put it
    QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 10000);
    QVERIFY(!window.connectionLabel()->isVisible());

    // Listening again: another client's edit reaches the window.
    {
        Database other;
        QVERIFY2(other.open(location), qPrintable(other.errorString()));
        Store theirs(other);
        Item item = theirs.findItemsByName(QStringLiteral("wiki.python.org")).value(0);
        item.name = QStringLiteral("wiki-after-restart.python.org");
        QVERIFY2(theirs.updateItem(item, &error), qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(test::modelHas(window.filterModel(), QStringLiteral("wiki-after-restart.python.org")), 2000);
    // And the window's own edits work on the new session.
    Item mine = window.store()->findItemsByName(QStringLiteral("PyPI")).value(0);
    mine.notes = QStringLiteral("Saved after the restart.");
    QVERIFY2(window.store()->updateItem(mine, &error), qPrintable(error));
    QCOMPARE(window.store()->item(mine.id)->notes, QStringLiteral("Saved after the restart."));
}

void TestReconnectGui::commandWithoutServerExitsWithTheReason()
{
    // Port 1 on loopback: nobody listens there.
    QProcess p;
    p.start(QStringLiteral(STEWARD_BINARY), {QStringLiteral("contact"), QStringLiteral("PyPI"), QStringLiteral("--db"),
                                             QStringLiteral("postgresql://steward@127.0.0.1:1/nowhere")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("Cannot connect to postgresql://steward@127.0.0.1:1/nowhere")), qPrintable(err));
}

QTEST_MAIN(TestReconnectGui)
#include "tst_reconnect_gui.moc"
