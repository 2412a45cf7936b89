// The server going away mid-session (PostgreSQL only: tst_reconnect_gui_pg): the
// window says so, connects again by itself, listens again, and its edits work again;
// an item form open through the restart keeps what was typed, its save fails with the
// reason and writes nothing, and saving again once connected lands and reaches the
// other window; a command against a server that is not there exits 1 with the reason.

#include "ChangeWatcher.h"
#include "ContactForm.h"
#include "Database.h"
#include "Dialect.h"
#include "GuiSupport.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;

class TestReconnectGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverRestartIsSurvived();
    void openFormSurvivesARestart();
    void newContactFormSurvivesARestart();
    void commandWithoutServerExitsWithTheReason();

private:
    /// Restarts the test cluster (same port, same data): every session of it ends.
    static bool restartServer();

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
    QVERIFY2(window.openLocation(location, &error), qPrintable(error));
    QSignalSpy lost(window.changeWatcher(), &ChangeWatcher::connectionLost);
    QSignalSpy restored(window.changeWatcher(), &ChangeWatcher::connectionRestored);

    // The server restarts: every session of it ends.
    QVERIFY(restartServer());

    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 5000);
    QVERIFY(!lost.first().value(0).toString().isEmpty()); // the reason, as the server put it
    QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 10000);
    QVERIFY(!window.connectionLabel()->isVisible());

    // Listening again: another client's edit reaches the window.
    {
        Database other;
        QVERIFY2(other.open(location), qPrintable(other.errorString()));
        Store theirs(other);
        Item item = test::must(theirs.findItemsByName(QStringLiteral("wiki.python.org"), test::readError())).value(0);
        item.name = QStringLiteral("wiki-after-restart.python.org");
        QVERIFY2(theirs.updateItem(item, &error), qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(test::modelHas(window.filterModel(), QStringLiteral("wiki-after-restart.python.org")),
                             10000);
    // And the window's own edits work on the new session.
    Item mine = test::must(window.store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
    mine.notes = QStringLiteral("Saved after the restart.");
    QVERIFY2(window.store()->updateItem(mine, &error), qPrintable(error));
    QCOMPARE(test::must(window.store()->item(mine.id, test::readError())).notes,
             QStringLiteral("Saved after the restart."));
}

bool TestReconnectGui::restartServer()
{
    QProcess restart;
    restart.start(QStringLiteral(STEWARD_PG_CLUSTER),
                  {QStringLiteral("restart"), qEnvironmentVariable("STEWARD_TEST_PG_STATE")});
    return restart.waitForFinished(60000) && restart.exitStatus() == QProcess::NormalExit && restart.exitCode() == 0;
}

void TestReconnectGui::openFormSurvivesARestart()
{
    const QString location = test::scratchInventory(m_dir, QStringLiteral("form"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Settings settings(m_dir.filePath(QStringLiteral("form.ini")));
    MainWindow window(settings);
    window.show();
    QVERIFY2(window.openLocation(location, &error), qPrintable(error));
    // Another Steward on the same inventory, which goes through the restart too.
    Settings otherSettings(m_dir.filePath(QStringLiteral("other.ini")));
    MainWindow other(otherSettings);
    other.show();
    QVERIFY2(other.openLocation(location, &error), qPrintable(error));
    QSignalSpy restored(window.changeWatcher(), &ChangeWatcher::connectionRestored);
    QSignalSpy otherRestored(other.changeWatcher(), &ChangeWatcher::connectionRestored);

    const qint64 pypi =
        test::must(window.store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0).id;
    QVERIFY(window.selectItemByName(QStringLiteral("PyPI")));
    const QStringList before = test::dumpInventory(location);
    const QString typedName = QStringLiteral("PyPI (saved after the restart)");
    const QString typedNotes = QStringLiteral("Typed while the server restarted.");
    bool reached = false;
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        const auto closeForm = qScopeGuard([form] {
            if (form->isVisible())
                form->reject();
        });
        QPushButton *save = test::typeIntoItemForm(form, typedName, typedNotes);
        QVERIFY(save);
        const auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        const auto *notes = form->findChild<QPlainTextEdit *>(QStringLiteral("notesTextEdit"));

        // The server restarts while the form is open, and the user presses Save.
        QVERIFY(restartServer());
        save->click();
        // Refused with the reason; the form is open with everything typed.
        qInfo("the form says: %s", qPrintable(form->saveError()));
        QVERIFY(form->isVisible());
        QVERIFY2(form->saveError().contains(QLatin1String("the connection to the server was lost")),
                 qPrintable(form->saveError()));
        QCOMPARE(name->text(), typedName);
        QCOMPARE(notes->toPlainText(), typedNotes);
        QCOMPARE(window.undoStack()->count(), 0);
        // Nothing of it reached the database (no half-applied change).
        QCOMPARE(test::dumpInventory(location), before);

        // Connected again (the window says so and reloads behind the form): Save again.
        QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 10000);
        QVERIFY(form->isVisible());
        QCOMPARE(name->text(), typedName);
        save->click();
        QVERIFY2(!form->isVisible(), qPrintable(form->saveError()));
        QCOMPARE(form->result(), int(QDialog::Accepted));
        reached = true;
    });
    window.findChild<QAction *>(QStringLiteral("editItemAction"))->trigger();
    QVERIFY(reached);
    const Item saved = test::must(window.store()->item(pypi, test::readError()));
    QCOMPARE(saved.name, typedName);
    QCOMPARE(saved.notes, typedNotes);
    QCOMPARE(window.undoStack()->count(), 1);
    // Once, in one piece: one change in the history for it.
    QCOMPARE(test::must(window.store()->history(pypi, 1, test::readError())).value(0).action, QStringLiteral("update"));
    QVERIFY(test::must(window.store()->history(pypi, 2, test::readError())).value(1).action != QLatin1String("update"));
    // The other window, connected again too, shows it.
    QTRY_VERIFY_WITH_TIMEOUT(otherRestored.count() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(test::modelHas(other.filterModel(), typedName), 10000);
    QVERIFY(!test::modelHas(other.filterModel(), QStringLiteral("PyPI")));
}

void TestReconnectGui::newContactFormSurvivesARestart()
{
    const QString location = test::scratchInventory(m_dir, QStringLiteral("contact"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    Settings settings(m_dir.filePath(QStringLiteral("contact.ini")));
    MainWindow window(settings);
    window.show();
    QVERIFY2(window.openLocation(location, &error), qPrintable(error));
    QSignalSpy restored(window.changeWatcher(), &ChangeWatcher::connectionRestored);
    const QStringList before = test::dumpInventory(location);
    const QString typed = QStringLiteral("Lukasz Langa");
    QString said;
    bool reopened = false;
    test::onNextModal<ContactForm>([&](ContactForm *form) {
        const auto closeForm = qScopeGuard([form] {
            if (form->isVisible())
                form->reject();
        });
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        QPushButton *save = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(name && save);
        QTest::keyClicks(name, typed);
        QVERIFY(save->isEnabled());
        QVERIFY(restartServer());
        // Save fails: the window says why, then shows the form again as typed.
        test::onNextModal<QMessageBox>([&](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        test::onNextModal<ContactForm>([&](ContactForm *again) {
            const auto closeAgain = qScopeGuard([again] {
                if (again->isVisible())
                    again->reject();
            });
            auto *name = again->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
            QVERIFY(name);
            QCOMPARE(name->text(), typed);
            QCOMPARE(test::dumpInventory(location), before);
            // Once connected again, Save lands.
            QTRY_VERIFY_WITH_TIMEOUT(restored.count() >= 1, 10000);
            again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QCOMPARE(again->result(), int(QDialog::Accepted));
            reopened = true;
        });
        save->click();
    });
    window.findChild<QAction *>(QStringLiteral("newContactAction"))->trigger();
    QVERIFY2(said.contains(QLatin1String("the connection to the server was lost")), qPrintable(said));
    QVERIFY(reopened);
    QCOMPARE(test::must(window.store()->findContactsByName(typed, test::readError())).size(), 1);
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
    QVERIFY2(err.contains(QLatin1String("Cannot connect to postgresql://steward@127.0.0.1:1/nowhere")),
             qPrintable(err));
}

QTEST_MAIN(TestReconnectGui)
#include "tst_reconnect_gui.moc"
