// The window on the backend under test (a PostgreSQL database when run as
// tst_server_gui_pg): opened by address, a change committed by another client shown
// without any action, a stale save refused; two windows (two clients) editing at once:
// different items both land and each sees the other's by itself, the same item is
// refused to the second with its form kept open as typed, undo never overwrites the
// other's later change, and the notification latency reported (how soon belongs to
// steward-bench: the tests wait for the event, up to 10 s, and only print the time);
// the Connect to Server dialog's address; the recent list never holds a password.

#include "ConnectDialog.h"
#include "Database.h"
#include "Dialect.h"
#include "GuiSupport.h"
#include "InventoryDocument.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "MapPanel.h"
#include "MapScene.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace steward;

class TestServerGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensAndShowsTheInventory();
    void anotherClientsEditAppears();
    void staleSaveIsRefused();
    void twoClientsEditDifferentItems();
    void twoClientsEditTheSameItem();
    void undoNeverOverwritesTheOtherClientsChange();
    void notificationLatency();
    void connectDialogBuildsTheAddress();
    void recentListHoldsNoPassword();

private:
    bool treeHas(const QString &name) { return test::modelHas(m_window->filterModel(), name); }
    /// A second window on the same inventory, with settings of its own: another Steward.
    std::unique_ptr<MainWindow> openSecondWindow();
    /// Milliseconds from @p since until @p window's tree shows @p name, waited for as it
    /// happens (-1 if not within 10 s).
    static qint64 msUntilShown(MainWindow *window, const QString &name, const QElapsedTimer &since);
    std::unique_ptr<Settings> m_otherSettings;

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
    QVERIFY2(m_window->openLocation(m_location, &error), qPrintable(error));
}

std::unique_ptr<MainWindow> TestServerGui::openSecondWindow()
{
    m_otherSettings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("other.ini")));
    auto window = std::make_unique<MainWindow>(*m_otherSettings);
    window->resize(1000, 700);
    window->show();
    QString error;
    if (!window->openLocation(m_location, &error)) {
        qWarning("second window: %s", qPrintable(error));
        return nullptr;
    }
    return window;
}

qint64 TestServerGui::msUntilShown(MainWindow *window, const QString &name, const QElapsedTimer &since)
{
    if (!QTest::qWaitFor([&] { return test::modelHas(window->filterModel(), name); }, 10000))
        return -1;
    return since.elapsed();
}

void TestServerGui::cleanup()
{
    m_window.reset();
    m_otherSettings.reset();
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

void TestServerGui::anotherClientsEditAppears()
{
    // Another client (its own connection, as another Steward would have) renames a service.
    Database other;
    QVERIFY2(other.open(m_location), qPrintable(other.errorString()));
    Store store(other);
    Item item = test::must(store.findItemsByName(QStringLiteral("wiki.python.org"), test::readError())).value(0);
    item.name = QStringLiteral("wiki2.python.org");
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(store.updateItem(item, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(treeHas(QStringLiteral("wiki2.python.org")), 10000);
    qInfo("edit visible in the window after %lld ms", timer.elapsed());
    QVERIFY(!treeHas(QStringLiteral("wiki.python.org")));
    // The map follows too (it is laid out again a moment later, off the UI thread).
    MapScene *scene = m_window->mapPanel()->scene();
    QTRY_VERIFY_WITH_TIMEOUT(scene->itemFor(item.id) && scene->itemFor(item.id)->node().name == item.name, 5000);
}

void TestServerGui::staleSaveIsRefused()
{
    Store &mine = *m_window->store();
    Item stale = test::must(mine.findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
    QVERIFY(stale.id > 0);
    {
        Database other;
        QVERIFY2(other.open(m_location), qPrintable(other.errorString()));
        Store theirs(other);
        Item fresh = test::must(theirs.item(stale.id, test::readError()));
        fresh.notes = QStringLiteral("Theirs.");
        QString error;
        QVERIFY2(theirs.updateItem(fresh, &error), qPrintable(error));
    }
    stale.notes = QStringLiteral("Mine, from an old copy.");
    QString error;
    QVERIFY(!mine.updateItem(stale, &error));
    QVERIFY2(!error.isEmpty(), "a refused save says why");
    QCOMPARE(test::must(mine.item(stale.id, test::readError())).notes, QStringLiteral("Theirs."));
}

void TestServerGui::twoClientsEditDifferentItems()
{
    std::unique_ptr<MainWindow> other = openSecondWindow();
    QVERIFY(other);
    MainWindow *mine = m_window.get();
    // Both load an item before either saves, as two people with a form open each would.
    const Item pypi = test::must(mine->store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
    const Item docs =
        test::must(other->store()->findItemsByName(QStringLiteral("docs.python.org"), test::readError())).value(0);
    QVERIFY(pypi.id > 0 && docs.id > 0);
    Item pypiEdited = pypi;
    pypiEdited.name = QStringLiteral("PyPI (warehouse)");
    Item docsEdited = docs;
    docsEdited.name = QStringLiteral("docs.python.org (Sphinx)");
    docsEdited.status = QStringLiteral("legacy");

    QString error;
    QElapsedTimer mineSaved;
    mineSaved.start();
    QVERIFY2(mine->document()->saveItem(pypi, pypiEdited, &error), qPrintable(error));
    QElapsedTimer otherSaved;
    otherSaved.start();
    QVERIFY2(other->document()->saveItem(docs, docsEdited, &error), qPrintable(error));
    // Both land, and each window shows the other's by itself.
    const qint64 toOther = msUntilShown(other.get(), pypiEdited.name, mineSaved);
    const qint64 toMine = msUntilShown(mine, docsEdited.name, otherSaved);
    qInfo("seen by the other window after %lld ms and %lld ms", toOther, toMine);
    QVERIFY2(toOther >= 0, "the other window never showed my edit");
    QVERIFY2(toMine >= 0, "my window never showed the other's edit");
    QVERIFY(!test::modelHas(other->filterModel(), QStringLiteral("PyPI")));
    QVERIFY(!treeHas(QStringLiteral("docs.python.org")));
    for (MainWindow *window : {mine, other.get()}) {
        QCOMPARE(test::must(window->store()->item(pypi.id, test::readError())).name, pypiEdited.name);
        QCOMPARE(test::must(window->store()->item(docs.id, test::readError())).status, QStringLiteral("legacy"));
        // Each undo stack holds its own edit only.
        QCOMPARE(window->undoStack()->count(), 1);
    }
    QCOMPARE(mine->undoStack()->undoText(), QStringLiteral("Rename \"PyPI\" to \"PyPI (warehouse)\""));
    // Each undoes its own: the other's edit stays.
    mine->undoStack()->undo();
    QCOMPARE(test::must(mine->store()->item(pypi.id, test::readError())).name, QStringLiteral("PyPI"));
    QCOMPARE(test::must(mine->store()->item(docs.id, test::readError())).name, docsEdited.name);
    QTRY_VERIFY_WITH_TIMEOUT(test::modelHas(other->filterModel(), QStringLiteral("PyPI")), 10000);
}

void TestServerGui::twoClientsEditTheSameItem()
{
    std::unique_ptr<MainWindow> other = openSecondWindow();
    QVERIFY(other);
    const Item loaded =
        test::must(m_window->store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0);
    QVERIFY(m_window->selectItemByName(QStringLiteral("PyPI")));
    const QString typedName = QStringLiteral("PyPI (typed here)");
    const QString typedNotes = QStringLiteral("Typed while someone else saved.");
    bool reached = false;
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        // Whatever happens below, the form closes, so the test never hangs on it.
        const auto closeForm = qScopeGuard([form] {
            if (form->isVisible())
                form->reject();
        });
        QPushButton *save = test::typeIntoItemForm(form, typedName, typedNotes);
        QVERIFY(save);
        const auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        const auto *notes = form->findChild<QPlainTextEdit *>(QStringLiteral("notesTextEdit"));

        // Meanwhile the other window saves the same item (its own form's values).
        Item theirs = test::must(other->store()->item(loaded.id, test::readError()));
        QCOMPARE(theirs.version, loaded.version);
        Item theirsEdited = theirs;
        theirsEdited.description = QStringLiteral("Changed in the other window.");
        QString error;
        QVERIFY2(other->document()->saveItem(theirs, theirsEdited, &error), qPrintable(error));

        // Save here: refused as stale; the window says so and offers its choices.
        QString boxText;
        test::onNextModal<QMessageBox>([&](QMessageBox *box) {
            boxText = box->text();
            QAbstractButton *cancel = box->button(QMessageBox::Cancel);
            QVERIFY2(cancel, qPrintable(QStringLiteral("no Cancel button in \"%1\"").arg(box->text())));
            cancel->click();
        });
        save->click();
        QVERIFY2(boxText.contains(QStringLiteral("changed by someone else")), qPrintable(boxText));
        // Cancel keeps editing: the form is open with everything typed, and says why.
        QVERIFY(form->isVisible());
        QCOMPARE(name->text(), typedName);
        QCOMPARE(notes->toPlainText(), typedNotes);
        QVERIFY2(form->saveError().contains(QStringLiteral("changed by someone else")), qPrintable(form->saveError()));
        // Nothing of it was written; theirs is there.
        const Item now = test::must(m_window->store()->item(loaded.id, test::readError()));
        QCOMPARE(now.name, loaded.name);
        QCOMPARE(now.notes, loaded.notes);
        QCOMPARE(now.description, theirsEdited.description);
        QCOMPARE(m_window->undoStack()->count(), 0);

        // Save again and overwrite, knowingly: the typed values land.
        test::onNextModal<QMessageBox>([&](QMessageBox *box) {
            QAbstractButton *overwrite = nullptr;
            QStringList offered;
            for (QAbstractButton *button : box->buttons()) {
                offered << button->text();
                if (button->text() == QLatin1String("&Overwrite"))
                    overwrite = button;
            }
            // Missing, the test fails here and now, and onNextModal closes the box.
            QVERIFY2(overwrite,
                     qPrintable(QStringLiteral("no &Overwrite button, only: ") + offered.join(QLatin1String(", "))));
            overwrite->click();
        });
        save->click();
        QVERIFY(!form->isVisible());
        QCOMPARE(form->result(), int(QDialog::Accepted));
        reached = true;
    });
    m_window->findChild<QAction *>(QStringLiteral("editItemAction"))->trigger();
    QVERIFY(reached);
    const Item saved = test::must(m_window->store()->item(loaded.id, test::readError()));
    QCOMPARE(saved.name, typedName);
    QCOMPARE(saved.notes, typedNotes);
    QCOMPARE(saved.description, loaded.description); // the form's values, all of them
    QCOMPARE(m_window->undoStack()->count(), 1);
    // The other window shows it by itself.
    QElapsedTimer since;
    since.start();
    const qint64 seen = msUntilShown(other.get(), typedName, since);
    QVERIFY2(seen >= 0, "the other window never showed it");
    qInfo("seen by the other window after %lld ms", seen);
    // And the other window's own stale save of it is refused in turn.
    Item stale = test::must(other->store()->item(loaded.id, test::readError()));
    --stale.version;
    Item staleEdited = stale;
    staleEdited.status = QStringLiteral("legacy");
    QString error;
    QVERIFY(!other->document()->saveItem(stale, staleEdited, &error));
    QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
    QCOMPARE(test::must(other->store()->item(loaded.id, test::readError())).status, saved.status);
}

void TestServerGui::undoNeverOverwritesTheOtherClientsChange()
{
    std::unique_ptr<MainWindow> other = openSecondWindow();
    QVERIFY(other);
    const qint64 pypi =
        test::must(m_window->store()->findItemsByName(QStringLiteral("PyPI"), test::readError())).value(0).id;
    const Item original = test::must(m_window->store()->item(pypi, test::readError()));
    QString error;
    // Mine: PyPI becomes legacy.
    Item mine = original;
    mine.status = QStringLiteral("legacy");
    QVERIFY2(m_window->document()->saveItem(original, mine, &error), qPrintable(error));
    // Theirs, on top of it: a new description.
    const Item theirsLoaded = test::must(other->store()->item(pypi, test::readError()));
    QCOMPARE(theirsLoaded.status, QStringLiteral("legacy"));
    Item theirs = theirsLoaded;
    theirs.description = QStringLiteral("Theirs, made after mine.");
    QVERIFY2(other->document()->saveItem(theirsLoaded, theirs, &error), qPrintable(error));

    // Undoing mine now would put back the description from before theirs: refused,
    // said, and the step leaves the stack (it cannot be undone any more).
    const QStringList before = test::dumpInventory(m_location);
    QString said;
    test::onNextModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    m_window->undoStack()->undo();
    QVERIFY2(said.contains(QStringLiteral("changed by someone else")), qPrintable(said));
    QCOMPARE(test::dumpInventory(m_location), before);
    QCOMPARE(test::must(m_window->store()->item(pypi, test::readError())).status, QStringLiteral("legacy"));
    QCOMPARE(test::must(m_window->store()->item(pypi, test::readError())).description, theirs.description);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!m_window->undoStack()->canRedo());

    // The other window's undo of its own, latest change is fine, and leaves mine.
    other->undoStack()->undo();
    QCOMPARE(test::must(other->store()->item(pypi, test::readError())).description, original.description);
    QCOMPARE(test::must(other->store()->item(pypi, test::readError())).status, QStringLiteral("legacy"));
    other->undoStack()->redo();
    QCOMPARE(test::must(other->store()->item(pypi, test::readError())).description, theirs.description);
}

void TestServerGui::notificationLatency()
{
    std::unique_ptr<MainWindow> other = openSecondWindow();
    QVERIFY(other);
    // Renames, each committed by one window and waited for in the other, both ways.
    QVector<qint64> latencies;
    const qint64 id =
        test::must(m_window->store()->findItemsByName(QStringLiteral("wiki.python.org"), test::readError()))
            .value(0)
            .id;
    for (int i = 0; i < 6; ++i) {
        MainWindow *writer = i % 2 ? other.get() : m_window.get();
        MainWindow *reader = i % 2 ? m_window.get() : other.get();
        const Item loaded = test::must(writer->store()->item(id, test::readError()));
        Item renamed = loaded;
        renamed.name = QStringLiteral("wiki-%1.python.org").arg(i);
        QString error;
        QElapsedTimer since;
        since.start();
        QVERIFY2(writer->document()->saveItem(loaded, renamed, &error), qPrintable(error));
        const qint64 ms = msUntilShown(reader, renamed.name, since);
        QVERIFY2(ms >= 0, qPrintable(renamed.name));
        latencies << ms;
    }
    std::sort(latencies.begin(), latencies.end());
    qInfo("commit to the other window's tree: median %lld ms, worst %lld ms (%s)", latencies.at(latencies.size() / 2),
          latencies.last(), test::backend() == Backend::PostgreSQL ? "LISTEN/NOTIFY" : "polling the file");
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
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://alice@db.example.org:6432/inventory?sslmode=verify-full"));
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
    m_settings->addRecentLocation(QStringLiteral("postgresql://carol:hunter2@db.example.org/inv"));
    const QStringList recent = m_settings->recentLocations();
    QCOMPARE(recent.value(0), QStringLiteral("postgresql://carol@db.example.org/inv"));
    for (const QString &entry : recent)
        QVERIFY(!entry.contains(QLatin1String("hunter2")));
    QCOMPARE(dialect::displayLocation(QStringLiteral("postgresql://carol:hunter2@db.example.org/inv")),
             QStringLiteral("postgresql://carol@db.example.org/inv"));
    QVERIFY(!dialect::displayLocation(QStringLiteral("postgres://u:p@w@h/d")).contains(QLatin1String(":p")));
}

QTEST_MAIN(TestServerGui)
#include "tst_server_gui.moc"
