// Backstage catalogs in the window: File > Import… takes catalog-info.yaml files beside
// CSV (the preview shows each document's rows at its line; one bad document and Import
// stays disabled, the error at FILE:LINE:COLUMN), the import is one undo step, and File >
// Export Backstage Catalog… writes what `steward export backstage` writes.

#include "BackstageExport.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(STEWARD_TEST_DATA_DIR "/backstage/") + name;
}

/// Every cell of @p model, a row a line.
QString cells(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList line;
        for (int column = 0; column < model->columnCount(); ++column)
            line << model->index(row, column).data().toString();
        lines << line.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBackstageGui final : public QObject
{
    Q_OBJECT

private:
    ImportDialog *openImport(const QStringList &files);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();
    void catalogImportsAsOneUndoStep();
    void badCatalogIsShownAndCannotBeImported();
    void exportWritesTheCatalog();
};

void TestBackstageGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QString error;
    QVERIFY2(m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error),
             qPrintable(error));
}

void TestBackstageGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

ImportDialog *TestBackstageGui::openImport(const QStringList &files)
{
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    if (!dialog)
        return nullptr;
    QSignalSpy validated(dialog, &ImportDialog::validated);
    dialog->addFiles(files);
    if (!validated.wait(60000))
        return nullptr;
    return dialog;
}

void TestBackstageGui::catalogImportsAsOneUndoStep()
{
    const QStringList before = test::dumpInventory(m_window->location());
    ImportDialog *dialog = openImport({data(QStringLiteral("catalog-info.yaml")), data(QStringLiteral("org.yaml"))});
    QVERIFY(dialog);
    QVERIFY2(dialog->errorLines().isEmpty(), qPrintable(dialog->errorLines().join(QLatin1Char('\n'))));
    QVERIFY(dialog->importButton()->isEnabled());
    // The preview: the rows the documents make, at their documents' lines.
    const QString preview = cells(dialog->findChild<QTableView *>(QStringLiteral("previewTableView"))->model());
    QVERIFY2(preview.contains(QStringLiteral("Payments API")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Payments team")), qPrintable(preview));
    if (qEnvironmentVariableIsSet("STEWARD_SCREENSHOT_DIR"))
        dialog->grab().save(QDir(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"))
                                .filePath(QStringLiteral("backstage-import-dialog.png")));
    QCOMPARE(test::dumpInventory(m_window->location()), before); // the preview wrote nothing

    QSignalSpy imported(dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().at(0).toBool(), true);
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    QVERIFY(
        !test::must(m_window->store()->findItemsByName(QStringLiteral("Payments API"), test::readError())).isEmpty());
    undo->undo();
    QTRY_COMPARE(test::dumpInventory(m_window->location()), before);
    undo->redo();
    QTRY_VERIFY(
        !test::must(m_window->store()->findItemsByName(QStringLiteral("checkout-web"), test::readError())).isEmpty());
}

void TestBackstageGui::badCatalogIsShownAndCannotBeImported()
{
    const QStringList before = test::dumpInventory(m_window->location());
    const QString bad = data(QStringLiteral("bad/catalog-info.yaml"));
    ImportDialog *dialog = openImport({bad, data(QStringLiteral("bad/org.yaml"))});
    QVERIFY(dialog);
    QCOMPARE(dialog->errorLines().size(), 1);
    QVERIFY2(dialog->errorLines().first().startsWith(QDir::toNativeSeparators(bad) + QStringLiteral(":49:7: ")),
             qPrintable(dialog->errorLines().first()));
    QVERIFY(!dialog->importButton()->isEnabled());
    if (qEnvironmentVariableIsSet("STEWARD_SCREENSHOT_DIR"))
        dialog->grab().save(QDir(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"))
                                .filePath(QStringLiteral("backstage-import-dialog-error.png")));
    QCOMPARE(test::dumpInventory(m_window->location()), before);
}

void TestBackstageGui::exportWritesTheCatalog()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("exportBackstageAction"));
    QVERIFY(action->isEnabled());
    // In the File menu, after Import….
    QMenu *fileMenu = m_window->menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(fileMenu);
    const QList<QAction *> actions = fileMenu->actions();
    const auto import = std::find_if(actions.cbegin(), actions.cend(),
                                     [](const QAction *a) { return a->objectName() == QLatin1String("importAction"); });
    QVERIFY(import != actions.cend() && import + 1 != actions.cend() && *(import + 1) == action);
    if (qEnvironmentVariableIsSet("STEWARD_SCREENSHOT_DIR")) {
        fileMenu->popup(m_window->mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(fileMenu));
        fileMenu->setActiveAction(action);
        fileMenu->grab().save(
            QDir(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR")).filePath(QStringLiteral("backstage-file-menu.png")));
        fileMenu->hide();
    }
    const QString path = m_dir->filePath(QStringLiteral("catalog-info.yaml"));
    QString error;
    QVERIFY2(ReportActions::exportBackstage(*m_window, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    BackstageExport exporter(*m_window->store());
    QByteArray expected;
    QVERIFY(exporter.run(&expected));
    QCOMPARE(file.readAll(), expected);
    QVERIFY(expected.contains("kind: Component\nmetadata:\n  name: docs.python.org\n"));
    // A folder that cannot be written: an error naming the file, nothing written.
    QVERIFY(!ReportActions::exportBackstage(*m_window, QStringLiteral("/nonexistent/dir/c.yaml"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/dir/c.yaml")), qPrintable(error));
}

QTEST_MAIN(TestBackstageGui)
#include "tst_backstage_gui.moc"
