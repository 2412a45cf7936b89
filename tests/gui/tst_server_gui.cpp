// The window on the backend under test (a PostgreSQL database when run as
// tst_server_gui_pg): opened by address, a change committed by another client shown
// within a second, a stale save refused; the Connect to Server dialog's address; the
// recent list never holds a password.

#include "ConnectDialog.h"
#include "Database.h"
#include "Dialect.h"
#include "MainWindow.h"
#include "MapPanel.h"
#include "MapScene.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace steward;

class TestServerGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensAndShowsTheInventory();
    void anotherClientsEditAppearsWithinASecond();
    void staleSaveIsRefused();
    void connectDialogBuildsTheAddress();
    void recentListHoldsNoPassword();

private:
    bool treeHas(const QString &name) { return test::modelHas(m_window->filterModel(), name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestServerGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = test::scratchInventory(*m_dir, QStringLiteral("window"));
    QString error;
    QVERIFY2(test::createExample(m_location, &error), qPrintable(error));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY2(m_window->openFile(m_location, &error), qPrintable(error));
}

void TestServerGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestServerGui::opensAndShowsTheInventory()
{
    QVERIFY(treeHas(QStringLiteral("docs.python.org")));
    QVERIFY(treeHas(QStringLiteral("ximinez")));
    QVERIFY(m_window->windowTitle().contains(m_location.startsWith(QLatin1String("postgresql"))
                                                 ? dialect::parseServerLocation(m_location).database
                                                 : QStringLiteral("window.sqlite")));
}

void TestServerGui::anotherClientsEditAppearsWithinASecond()
{
    // Another client (its own connection, as another Steward would have) renames a service.
    Database other;
    QVERIFY2(other.open(m_location), qPrintable(other.errorString()));
    Store store(other);
    Item item = store.findItemsByName(QStringLiteral("wiki.python.org")).value(0);
    item.name = QStringLiteral("wiki2.python.org");
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(store.updateItem(item, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(treeHas(QStringLiteral("wiki2.python.org")), 2000);
    const qint64 latency = timer.elapsed();
    qInfo("edit visible in the window after %lld ms", latency);
    QVERIFY2(latency <= 1000, qPrintable(QString::number(latency)));
    QVERIFY(!treeHas(QStringLiteral("wiki.python.org")));
    // The map follows too (it is laid out again a moment later, off the UI thread).
    MapScene *scene = m_window->mapPanel()->scene();
    QTRY_VERIFY_WITH_TIMEOUT(scene->itemFor(item.id) && scene->itemFor(item.id)->node().name == item.name, 5000);
}

void TestServerGui::staleSaveIsRefused()
{
    Store &mine = *m_window->store();
    Item stale = mine.findItemsByName(QStringLiteral("PyPI")).value(0);
    QVERIFY(stale.id > 0);
    {
        Database other;
        QVERIFY2(other.open(m_location), qPrintable(other.errorString()));
        Store theirs(other);
        Item fresh = *theirs.item(stale.id);
        fresh.notes = QStringLiteral("Theirs.");
        QString error;
        QVERIFY2(theirs.updateItem(fresh, &error), qPrintable(error));
    }
    stale.notes = QStringLiteral("Mine, from an old copy.");
    QString error;
    QVERIFY(!mine.updateItem(stale, &error));
    QVERIFY2(!error.isEmpty(), "a refused save says why");
    QCOMPARE(mine.item(stale.id)->notes, QStringLiteral("Theirs."));
}

void TestServerGui::connectDialogBuildsTheAddress()
{
    ConnectDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("db.example.org"));
    dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(6432);
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("inventory"));
    dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("s3cret"));
    // A remote server: the certificate and its name are checked by default.
    QCOMPARE(dialog.location(),
             QStringLiteral("postgresql://alice@db.example.org:6432/inventory?sslmode=verify-full"));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QVERIFY(!dialog.location().contains(QLatin1String("s3cret")));
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("localhost"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"))->currentText(), QStringLiteral("prefer"));
    // Filled again from an address, as when a password is asked for again.
    ConnectDialog again;
    again.setLocation(QStringLiteral("postgresql://bob@10.0.0.5:5433/team?sslmode=require"), QStringLiteral("wrong"));
    QCOMPARE(again.location(), QStringLiteral("postgresql://bob@10.0.0.5:5433/team?sslmode=require"));
}

void TestServerGui::recentListHoldsNoPassword()
{
    m_settings->addRecentFile(QStringLiteral("postgresql://carol:hunter2@db.example.org/inv"));
    const QStringList recent = m_settings->recentFiles();
    QCOMPARE(recent.value(0), QStringLiteral("postgresql://carol@db.example.org/inv"));
    for (const QString &entry : recent)
        QVERIFY(!entry.contains(QLatin1String("hunter2")));
    QCOMPARE(dialect::displayLocation(QStringLiteral("postgresql://carol:hunter2@db.example.org/inv")),
             QStringLiteral("postgresql://carol@db.example.org/inv"));
    QVERIFY(!dialect::displayLocation(QStringLiteral("postgres://u:p@w@h/d")).contains(QLatin1String(":p")));
}

QTEST_MAIN(TestServerGui)
#include "tst_server_gui.moc"
