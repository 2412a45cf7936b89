// The empty inventory's "start here" (ui/StartHere): shown while the inventory has no
// provider, host or service, each button doing what its menu action does, gone as soon
// as an item exists (made here, undone, made by another connection) and back when the
// last one goes; on a read-only inventory what would write is disabled. Keyboard only.
// On SQLite and PostgreSQL.

#include "Database.h"
#include "GuiSupport.h"
#include "ImportDialog.h"
#include "InventoryDocument.h"
#include "ItemForm.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StartHere.h"
#include "Store.h"
#include "TestSupport.h"
#include "UserGuide.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace steward;

class TestStartHere final : public QObject
{
    Q_OBJECT

private:
    QString inventory(const QString &name) const { return test::scratchInventory(*m_dir, name); }
    /// A new inventory with its organisation and nothing else, as `steward init F` makes.
    bool makeEmpty(const QString &location);
    StartHere *startHere() const { return m_window->findChild<StartHere *>(QStringLiteral("startHere")); }
    qint64 itemCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();

    void showsOnAnEmptyInventoryOnly();
    void createProviderMakesOneAndItGoes();
    void itComesBackWhenTheLastItemGoes();
    void anItemMadeElsewhereHidesIt();
    void importOpensTheImport();
    void openExampleCreatesItOnceAndOpensIt();
    void guideOpensTheUserGuide();
    void readOnlyDisablesWhatWouldWrite();
    void worksFromTheKeyboard();
};

void TestStartHere::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(startHere());
    // Never the user's data folder: the example goes in the test's folder.
    startHere()->setExampleLocation(m_dir->filePath(QStringLiteral("data/example.sqlite")));
}

void TestStartHere::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestStartHere::makeEmpty(const QString &location)
{
    QString error;
    if (!InventoryDocument::create(location, false, QStringLiteral("Northwind Trading"), &error)) {
        qWarning("create failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

qint64 TestStartHere::itemCount() const
{
    const auto counts = test::must(m_window->store()->itemCounts(test::readError()));
    return counts.providers + counts.hosts + counts.services;
}

void TestStartHere::showsOnAnEmptyInventoryOnly()
{
    // Before any inventory is open: nothing to start.
    QVERIFY(!startHere()->isVisible());

    const QString empty = inventory(QStringLiteral("empty"));
    QVERIFY(makeEmpty(empty));
    QString error;
    QVERIFY2(m_window->openLocation(empty, &error), qPrintable(error));
    QVERIFY(startHere()->isVisible());
    for (QCommandLinkButton *button : {startHere()->createProviderButton(), startHere()->importButton(),
                                       startHere()->exampleButton(), startHere()->guideButton()}) {
        QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
        QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    }

    // An inventory with items: not shown.
    const QString example = inventory(QStringLiteral("example"));
    QVERIFY2(InventoryDocument::create(example, true, QString(), &error), qPrintable(error));
    QVERIFY2(m_window->openLocation(example, &error), qPrintable(error));
    QVERIFY(!startHere()->isVisible());

    // And back to the empty one: shown again.
    QVERIFY2(m_window->openLocation(empty, &error), qPrintable(error));
    QVERIFY(startHere()->isVisible());
}

void TestStartHere::createProviderMakesOneAndItGoes()
{
    const QString location = inventory(QStringLiteral("create"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(startHere()->isVisible());

    bool saved = false;
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        QPushButton *save = test::typeIntoItemForm(form, QStringLiteral("Hetzner"), QStringLiteral("Falkenstein"));
        QVERIFY(save);
        QVERIFY(save->isEnabled());
        save->click();
        saved = !form->isVisible();
    });
    startHere()->createProviderButton()->click();
    QVERIFY(saved);

    // The provider exists, under the organisation, and Start here is gone.
    const auto found = test::must(m_window->store()->findItemsByName(QStringLiteral("Hetzner"), test::readError()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, ItemKind::Provider);
    QCOMPARE(itemCount(), 1);
    QVERIFY(!startHere()->isVisible());
}

void TestStartHere::itComesBackWhenTheLastItemGoes()
{
    const QString location = inventory(QStringLiteral("comeback"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));

    test::onNextModal<ItemForm>([&](ItemForm *form) {
        QPushButton *save = test::typeIntoItemForm(form, QStringLiteral("OVH"), QString());
        QVERIFY(save);
        save->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("newProviderAction"))->trigger();
    QCOMPARE(itemCount(), 1);
    QVERIFY(!startHere()->isVisible());

    // Undo the provider: the inventory is empty again, and says where to start.
    m_window->undoStack()->undo();
    QCOMPARE(itemCount(), 0);
    QTRY_VERIFY(startHere()->isVisible());
    // Redo: gone again.
    m_window->undoStack()->redo();
    QCOMPARE(itemCount(), 1);
    QVERIFY(!startHere()->isVisible());

    // Deleting an item while another remains: still hidden. Deleting the last (asked
    // first) brings it back.
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        QPushButton *save = test::typeIntoItemForm(form, QStringLiteral("Scaleway"), QString());
        QVERIFY(save);
        save->click();
    });
    QVERIFY(m_window->selectItemByName(QStringLiteral("Northwind Trading")));
    m_window->findChild<QAction *>(QStringLiteral("newProviderAction"))->trigger();
    QCOMPARE(itemCount(), 2);
    for (const QString &name : {QStringLiteral("OVH"), QStringLiteral("Scaleway")}) {
        QVERIFY(m_window->selectItemByName(name));
        test::onNextModal<QMessageBox>([](QMessageBox *box) {
            QAbstractButton *remove = nullptr;
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    remove = button;
            }
            QVERIFY(remove);
            remove->click();
        });
        m_window->deleteCurrentItem();
        if (name == QLatin1String("OVH")) {
            QCOMPARE(itemCount(), 1);
            QTest::qWait(100);
            QVERIFY(!startHere()->isVisible());
        }
    }
    QCOMPARE(itemCount(), 0);
    QTRY_VERIFY(startHere()->isVisible());
}

void TestStartHere::anItemMadeElsewhereHidesIt()
{
    const QString location = inventory(QStringLiteral("elsewhere"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(startHere()->isVisible());

    // Another Steward (or the command line) adds a provider.
    {
        Database other;
        QVERIFY2(other.open(location), qPrintable(other.errorString()));
        Store otherStore(other);
        const qint64 organisation =
            test::must(otherStore.findItemsByName(QStringLiteral("Northwind Trading"), test::readError())).first().id;
        Item provider;
        provider.kind = ItemKind::Provider;
        provider.name = QStringLiteral("Made elsewhere");
        provider.parentId = organisation;
        QVERIFY2(otherStore.createItem(provider, &error), qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!startHere()->isVisible(), 5000);
}

void TestStartHere::importOpensTheImport()
{
    const QString location = inventory(QStringLiteral("import"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(!m_window->findChild<ImportDialog *>());
    startHere()->importButton()->click();
    QTRY_VERIFY(m_window->findChild<ImportDialog *>() && m_window->findChild<ImportDialog *>()->isVisible());
    m_window->findChild<ImportDialog *>()->close();
    // Nothing imported: still empty, still shown.
    QCOMPARE(itemCount(), 0);
    QVERIFY(startHere()->isVisible());
}

void TestStartHere::openExampleCreatesItOnceAndOpensIt()
{
    const QString location = inventory(QStringLiteral("before-example"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    const QString example = startHere()->exampleLocation();
    QVERIFY(!QFileInfo::exists(example));

    startHere()->exampleButton()->click();
    QCOMPARE(m_window->location(), example);
    QVERIFY(QFileInfo::exists(example));
    QVERIFY(!startHere()->isVisible());
    QVERIFY(!test::must(m_window->store()->findItemsByName(QStringLiteral("docs.python.org"), test::readError()))
                 .isEmpty());
    // The empty inventory is as it was.
    {
        Database first;
        QVERIFY2(first.open(location), qPrintable(first.errorString()));
        Store firstStore(first);
        const auto counts = test::must(firstStore.itemCounts(test::readError()));
        QCOMPARE(counts.providers + counts.hosts + counts.services, 0);
    }

    // A second time it opens the same example (with what was changed in it), not a new one.
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        QPushButton *save = test::typeIntoItemForm(form, QStringLiteral("Kept in the example"), QString());
        QVERIFY(save);
        save->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("newProviderAction"))->trigger();
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(startHere()->isVisible());
    startHere()->exampleButton()->click();
    QCOMPARE(m_window->location(), example);
    QCOMPARE(
        test::must(m_window->store()->findItemsByName(QStringLiteral("Kept in the example"), test::readError())).size(),
        1);
}

void TestStartHere::guideOpensTheUserGuide()
{
    const QString location = inventory(QStringLiteral("guide"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(!m_window->findChild<UserGuide *>());
    startHere()->guideButton()->click();
    auto *guide = m_window->findChild<UserGuide *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Where the data lives")));
    // Help > User Guide (F1) raises the same window, not a second one.
    m_window->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    QCOMPARE(m_window->findChildren<UserGuide *>().size(), 1);
}

void TestStartHere::readOnlyDisablesWhatWouldWrite()
{
    const QString location = inventory(QStringLiteral("readonly"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error, Database::OpenMode::ReadOnly), qPrintable(error));
    QVERIFY(m_window->isReadOnly());
    QVERIFY(startHere()->isVisible());
    QVERIFY(!startHere()->createProviderButton()->isEnabled());
    QVERIFY(!startHere()->importButton()->isEnabled());
    QVERIFY(startHere()->exampleButton()->isEnabled());
    QVERIFY(startHere()->guideButton()->isEnabled());
    // A click on a disabled button does nothing (no form opens).
    QTest::mouseClick(startHere()->createProviderButton(), Qt::LeftButton);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(itemCount(), 0);

    // Opened for writing again: enabled again.
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(!m_window->isReadOnly());
    QVERIFY(startHere()->createProviderButton()->isEnabled());
    QVERIFY(startHere()->importButton()->isEnabled());
}

void TestStartHere::worksFromTheKeyboard()
{
    const QString location = inventory(QStringLiteral("keyboard"));
    QVERIFY(makeEmpty(location));
    QString error;
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // From the tree, Tab reaches every button, in order.
    m_window->treeView()->setFocus();
    QTRY_VERIFY(m_window->treeView()->hasFocus());
    QList<QWidget *> reached;
    for (int i = 0; i < 40 && reached.size() < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (qobject_cast<QCommandLinkButton *>(focus) && startHere()->isAncestorOf(focus) && !reached.contains(focus))
            reached << focus;
    }
    QCOMPARE(reached, (QList<QWidget *>{startHere()->createProviderButton(), startHere()->importButton(),
                                        startHere()->exampleButton(), startHere()->guideButton()}));

    // Space on Create a Provider opens the form; Escape closes it; nothing is made.
    bool opened = false;
    test::onNextModal<ItemForm>([&](ItemForm *form) {
        opened = true;
        QTest::keyClick(form, Qt::Key_Escape);
    });
    startHere()->createProviderButton()->setFocus();
    QTest::keyClick(startHere()->createProviderButton(), Qt::Key_Space);
    QTRY_VERIFY(opened);
    QCOMPARE(itemCount(), 0);
    QVERIFY(startHere()->isVisible());

    // F1 opens the guide.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("userGuideAction"))->shortcut(), QKeySequence(Qt::Key_F1));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    startHere()->guideButton()->setFocus();
    QTest::keyClick(startHere()->guideButton(), Qt::Key_F1);
    QTRY_VERIFY(m_window->findChild<UserGuide *>() && m_window->findChild<UserGuide *>()->isVisible());
}

QTEST_MAIN(TestStartHere)
#include "tst_starthere.moc"
