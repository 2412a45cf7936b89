// File > Import… of NetBox's contacts and providers CSV (tests/data/netbox), offscreen:
// the dialog names what it recognised each file as, imports both in one undo step of
// the window, and undo takes them back.

#include "ImportDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;

class TestNetBoxGui final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();
    void importsNetBoxFilesInOneUndoStep();
};

void TestNetBoxGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNetBoxGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestNetBoxGui::importsNetBoxFilesInOneUndoStep()
{
    QString error;
    QVERIFY2(m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error),
             qPrintable(error));
    const QStringList before = test::dumpInventory(m_window->location());
    const QDir data(QStringLiteral(STEWARD_TEST_DATA_DIR "/netbox"));
    const QString contacts = data.absoluteFilePath(QStringLiteral("contacts.csv"));
    const QString providers = data.absoluteFilePath(QStringLiteral("providers.csv"));

    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    QVERIFY(dialog);
    QSignalSpy validated(dialog, &ImportDialog::validated);
    dialog->addFiles({contacts, providers});
    QVERIFY(validated.wait(60000));
    QVERIFY2(dialog->errorLines().isEmpty(), qPrintable(dialog->errorLines().join(QLatin1Char('\n'))));

    // Each file with what it was recognised as.
    auto *files = dialog->findChild<QListWidget *>(QStringLiteral("filesListWidget"));
    QVERIFY(files);
    QCOMPARE(files->count(), 2);
    QCOMPARE(files->item(0)->text(), QDir::toNativeSeparators(contacts) + QStringLiteral(" — NetBox contacts"));
    QCOMPARE(files->item(1)->text(), QDir::toNativeSeparators(providers) + QStringLiteral(" — NetBox providers"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("8 to create, 1 to change, 0 unchanged.")),
             qPrintable(summary->text()));

    QSignalSpy imported(dialog, &ImportDialog::imported);
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().at(0).toBool(), true);
    Store *store = m_window->store();
    QCOMPARE(test::must(store->findContactsByName(QStringLiteral("Marc-André Lemburg"), test::readError())).size(), 1);
    QCOMPARE(test::must(store->findItemsByName(QStringLiteral("hurricane-electric"), test::readError())).size(), 1);

    // One step on the window's undo stack: undo takes everything back, redo brings it again.
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(test::dumpInventory(m_window->location()), before);
    undo->redo();
    QTRY_COMPARE(test::must(store->findContactsByName(QStringLiteral("Zoë O'Brien"), test::readError())).size(), 1);
    QVERIFY(test::dumpInventory(m_window->location()) != before);
    undo->undo();
    QCOMPARE(test::dumpInventory(m_window->location()), before);
}

QTEST_MAIN(TestNetBoxGui)
#include "tst_netbox_gui.moc"
