// The Reports window and File > Import…, offscreen: a report chosen and previewed,
// sorted by a click on its header, saved as CSV and read back; a long export
// canceled with the file left as it was; a write error naming the file; the
// selection's contacts from the tree's context-menu action; an import preview with
// an error at FILE:ROW:COLUMN and the database untouched; an import undone and redone
// with the whole database compared.

#include "Database.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "Reports.h"
#include "ReportsWindow.h"
#include "ReportTableModel.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace steward;

class TestReportsGui final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool openExample();
    QStringList dump() const { return test::dumpInventory(m_window->location()); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    /// Opens File > Reports… and waits for its first preview.
    ReportsWindow *openReports();
    bool waitForPreview(ReportsWindow *reports);
    ImportDialog *openImport(const QStringList &files);
    static QByteArray readFile(const QString &path);
    /// With STEWARD_SCREENSHOT_DIR set, saves a picture of @p widget there (to look at the layout).
    static void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();

    void menusHaveTheActions();
    void chooseAReportAndPreviewIt();
    void sortByClickingTheHeader();
    void saveAsCsvAndReadItBack();
    void excelAndSafeOptions();
    void cancelALongExport();
    void writeErrorNamesTheFile();
    void exportContactsForTheSelection();
    void importPreviewShowsErrorsAndChangesNothing();
    void importPreviewSaysWhatEachRowDoes();
    void importUndoAndRedo();
};

void TestReportsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReportsGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestReportsGui::openExample()
{
    QString error;
    if (!m_window->newFile(test::scratchInventory(*m_dir, QStringLiteral("example")), true, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

bool TestReportsGui::waitForPreview(ReportsWindow *reports)
{
    QSignalSpy spy(reports, &ReportsWindow::previewFinished);
    if (!spy.wait(20000))
        return false;
    // A preview started before the last change may still finish first.
    while (reports->isPreviewRunning()) {
        if (!spy.wait(20000))
            return false;
    }
    return spy.last().at(0).toBool();
}

ReportsWindow *TestReportsGui::openReports()
{
    QAction *reports = action("reportsAction");
    if (!reports)
        return nullptr;
    reports->trigger();
    auto *window = m_window->findChild<ReportsWindow *>(QStringLiteral("reportsWindow"));
    if (!window || !waitForPreview(window))
        return nullptr;
    return window;
}

ImportDialog *TestReportsGui::openImport(const QStringList &files)
{
    action("importAction")->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    if (!dialog)
        return nullptr;
    QSignalSpy spy(dialog, &ImportDialog::validated);
    dialog->addFiles(files);
    if (!spy.wait(20000))
        return nullptr;
    return dialog;
}

QByteArray TestReportsGui::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestReportsGui::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestReportsGui::menusHaveTheActions()
{
    QVERIFY(openExample());
    QAction *reports = action("reportsAction");
    QAction *import = action("importAction");
    QAction *selection = action("exportSelectionAction");
    QVERIFY(reports && import && selection);
    QCOMPARE(reports->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(m_window->treeView()->actions().contains(selection));
    // In the File menu, with Quit still last.
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    const QList<QAction *> items = file->actions();
    QVERIFY(items.contains(reports));
    QVERIFY(items.contains(import));
    QCOMPARE(items.last()->menuRole(), QAction::QuitRole);
    QVERIFY(items.indexOf(import) < items.size() - 2);
}

void TestReportsGui::chooseAReportAndPreviewIt()
{
    QVERIFY(openExample());
    ReportsWindow *reports = openReports();
    QVERIFY(reports);
    QAbstractItemModelTester tester(reports->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reports->report(), ReportKind::Services);

    // Choose Hosts by keyboard in the combo box.
    auto *combo = reports->findChild<QComboBox *>(QStringLiteral("reportComboBox"));
    QVERIFY(combo);
    combo->setFocus();
    QSignalSpy previews(reports, &ReportsWindow::previewFinished);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(reports->report(), ReportKind::Hosts);
    QVERIFY(waitForPreview(reports) || !previews.isEmpty());

    QVector<QStringList> expected;
    Reports direct(*m_window->store());
    QVERIFY(direct.rows(ReportKind::Hosts, &expected));
    QVERIFY(expected.size() >= 5);
    ReportTableModel *model = reports->previewModel();
    QCOMPARE(model->header(), Reports::header(ReportKind::Hosts));
    QCOMPARE(model->rowCount(), expected.size());
    QCOMPARE(model->rowsInViewOrder(), expected);
    auto *table = reports->findChild<QTableView *>(QStringLiteral("previewTableView"));
    QVERIFY(table);
    QCOMPARE(table->model(), model);
    const QString summary = reports->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QString::number(expected.size())), qPrintable(summary));
    QVERIFY(!reports->grab().isNull());
    screenshot(reports, QStringLiteral("reports-hosts"));
}

void TestReportsGui::sortByClickingTheHeader()
{
    QVERIFY(openExample());
    ReportsWindow *reports = openReports();
    QVERIFY(reports);
    auto *table = reports->findChild<QTableView *>(QStringLiteral("previewTableView"));
    ReportTableModel *model = reports->previewModel();
    QVERIFY(model->rowCount() >= 5);
    const int statusColumn = static_cast<int>(model->header().indexOf(QStringLiteral("status")));
    QVERIFY(statusColumn >= 0);
    QHeaderView *header = table->horizontalHeader();
    table->scrollTo(model->index(0, statusColumn));
    const QPoint at(header->sectionViewportPosition(statusColumn) + header->sectionSize(statusColumn) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(header->sortIndicatorSection(), statusColumn);
    const auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, c).data().toString().toCaseFolded();
        return values;
    };
    QStringList ascending = column(statusColumn);
    QStringList sorted = ascending;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(ascending, sorted);
    QVERIFY(ascending.first() != ascending.last());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QStringList descending = column(statusColumn);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(descending, sorted);

    // A numeric column sorts by value: the import preview's Row column is checked
    // below; here the model on its own.
    ReportTableModel numbers;
    QAbstractItemModelTester tester(&numbers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    numbers.setTable({QStringLiteral("n")}, {{QStringLiteral("10")}, {QStringLiteral("9")}, {QStringLiteral("100")}});
    numbers.sort(0, Qt::AscendingOrder);
    QCOMPARE(numbers.rowsInViewOrder(),
             (QVector<QStringList>{{QStringLiteral("9")}, {QStringLiteral("10")}, {QStringLiteral("100")}}));
}

void TestReportsGui::saveAsCsvAndReadItBack()
{
    QVERIFY(openExample());
    ReportsWindow *reports = openReports();
    QVERIFY(reports);
    // Raw: lossless, what an import reads back.
    reports->findChild<QRadioButton *>(QStringLiteral("rawRadioButton"))->click();
    QVERIFY(!reports->csvOptions().formulaGuard);
    const QString out = path(QStringLiteral("services.csv"));
    QSignalSpy done(reports, &ReportsWindow::exportFinished);
    QVERIFY(reports->startExport(out));
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), true);
    const QByteArray bytes = readFile(out);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QVector<QStringList> records;
    QVERIFY(test::parseCsv(QString::fromUtf8(bytes), &records));
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first(), Reports::header(ReportKind::Services));
    QCOMPARE(records.mid(1), reports->previewModel()->rowsInViewOrder());
    QVERIFY(reports->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Saved")));

    // What was saved imports back as "unchanged" everywhere.
    ImportDialog *dialog = openImport({out});
    QVERIFY(dialog);
    QVERIFY(dialog->errorLines().isEmpty());
    QVERIFY(!dialog->importButton()->isEnabled());
    for (int row = 0; row < dialog->previewModel()->rowCount(); ++row)
        QCOMPARE(dialog->previewModel()->index(row, ImportDialog::ActionColumn).data().toString(),
                 QStringLiteral("unchanged"));
    dialog->close();
}

void TestReportsGui::excelAndSafeOptions()
{
    QVERIFY(openExample());
    // A service whose description a spreadsheet would run as a formula.
    Store *store = m_window->store();
    Item pypi = test::must(store->findItemsByName(QStringLiteral("PyPI"), test::readError())).first();
    pypi.description = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    QString error;
    QVERIFY2(store->updateItem(pypi, &error), qPrintable(error));
    ReportsWindow *reports = openReports();
    QVERIFY(reports);
    // Spreadsheet-safe is the default in the window.
    QVERIFY(reports->findChild<QRadioButton *>(QStringLiteral("spreadsheetSafeRadioButton"))->isChecked());
    QVERIFY(reports->csvOptions().formulaGuard);
    reports->findChild<QCheckBox *>(QStringLiteral("excelCheckBox"))->click();
    QVERIFY(reports->csvOptions().excel);
    const QString out = path(QStringLiteral("excel.csv"));
    QSignalSpy done(reports, &ReportsWindow::exportFinished);
    QVERIFY(reports->startExport(out));
    QVERIFY(done.wait(20000));
    QVERIFY(done.first().at(0).toBool());
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!bytes.contains(",=HYPERLINK"));
    QVERIFY(bytes.contains("'=HYPERLINK"));
}

void TestReportsGui::cancelALongExport()
{
    // An inventory with enough services for the export to report progress (every
    // 1,024 rows): the first progress report cancels it.
    const QString file = test::scratchInventory(*m_dir, QStringLiteral("many"));
    {
        Database db;
        QVERIFY(db.create(file));
        Store store(db);
        QString error;
        QVERIFY2(store.write(
                     [&](QString *e) {
                         Item org;
                         org.kind = ItemKind::Organisation;
                         org.name = QStringLiteral("Org");
                         const auto orgId = store.createItem(org, e);
                         if (!orgId)
                             return false;
                         Item provider;
                         provider.kind = ItemKind::Provider;
                         provider.parentId = *orgId;
                         provider.name = QStringLiteral("Provider");
                         const auto providerId = store.createItem(provider, e);
                         if (!providerId)
                             return false;
                         for (int i = 0; i < 5000; ++i) {
                             Item s;
                             s.kind = ItemKind::Service;
                             s.parentId = *providerId;
                             s.name = QStringLiteral("service-%1").arg(i, 5, 10, QLatin1Char('0'));
                             if (!store.createItem(s, e))
                                 return false;
                         }
                         return true;
                     },
                     &error),
                 qPrintable(error));
    }
    QString error;
    QVERIFY2(m_window->openLocation(file, &error), qPrintable(error));
    ReportsWindow *reports = openReports();
    QVERIFY(reports);
    QCOMPARE(reports->previewModel()->rowCount(), 5000);

    const QString out = path(QStringLiteral("services.csv"));
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("what was there before\n");
    }
    // On the worker thread, as the progress dialog's Cancel button would (cancel() only sets a flag).
    connect(reports, &ReportsWindow::exportProgress, reports, &ReportsWindow::cancel, Qt::DirectConnection);
    QSignalSpy done(reports, &ReportsWindow::exportFinished);
    QVERIFY(reports->startExport(out));
    QVERIFY(reports->isExportRunning());
    QVERIFY(!reports->findChild<QPushButton *>(QStringLiteral("saveAsPushButton"))->isEnabled());
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QCOMPARE(done.first().at(1).toBool(), true);
    QCOMPARE(readFile(out), QByteArray("what was there before\n"));
    QVERIFY(reports->lastError().isEmpty());
    QVERIFY(!reports->findChild<QMessageBox *>(QStringLiteral("reportErrorMessageBox")));
    QVERIFY(reports->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("canceled")));
    QVERIFY(reports->findChild<QPushButton *>(QStringLiteral("saveAsPushButton"))->isEnabled());
    // The progress dialog is gone.
    QTRY_VERIFY(!reports->findChild<QWidget *>(QStringLiteral("exportProgressDialog")));
}

void TestReportsGui::writeErrorNamesTheFile()
{
    QVERIFY(openExample());
    ReportsWindow *reports = openReports();
    QVERIFY(reports);
    const QString out = path(QStringLiteral("no-such-folder/services.csv"));
    QSignalSpy done(reports, &ReportsWindow::exportFinished);
    QVERIFY(reports->startExport(out));
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QCOMPARE(done.first().at(1).toBool(), false);
    const QString error = done.first().at(2).toString();
    QVERIFY2(error.contains(QDir::toNativeSeparators(out)), qPrintable(error));
    auto *box = reports->findChild<QMessageBox *>(QStringLiteral("reportErrorMessageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(out)));
    box->close();
    QVERIFY(!QFile::exists(out));
}

void TestReportsGui::exportContactsForTheSelection()
{
    QVERIFY(openExample());
    QVERIFY(m_window->selectItemByName(QStringLiteral("PyPI")));
    QAction *selection = action("exportSelectionAction");
    QVERIFY(selection);
    selection->trigger();
    auto *reports = m_window->findChild<ReportsWindow *>(QStringLiteral("reportsWindow"));
    QVERIFY(reports);
    QVERIFY(waitForPreview(reports));
    QCOMPARE(reports->report(), ReportKind::Selection);
    Reports direct(*m_window->store());
    direct.setSelection(m_window->selectedItemIds());
    QVector<QStringList> expected;
    QVERIFY(direct.rows(ReportKind::Selection, &expected));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(reports->previewModel()->rowsInViewOrder(), expected);
    QCOMPARE(reports->previewModel()->header(), Reports::header(ReportKind::Selection));
    screenshot(reports, QStringLiteral("reports-selection"));
}

void TestReportsGui::importPreviewShowsErrorsAndChangesNothing()
{
    QVERIFY(openExample());
    const QStringList before = dump();
    const QString csv = path(QStringLiteral("services.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,url,status,provider,host\n"
                   "fresh.example.org,https://fresh.example.org,active,Rackspace,\n"
                   "broken.example.org,https://broken.example.org,active,Rackspace,no-such-host\n");
    }
    ImportDialog *dialog = openImport({csv});
    QVERIFY(dialog);
    // The unknown host: row 3, column 5, named with the file.
    const QStringList errors = dialog->errorLines();
    QCOMPARE(errors.size(), 1);
    const QString where = QDir::toNativeSeparators(csv) + QStringLiteral(":3:5: ");
    QVERIFY2(errors.first().startsWith(where), qPrintable(errors.first()));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("errorsListWidget"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), errors.first());
    QCOMPARE(dialog->previewModel()->rowAt(1).at(ImportDialog::ActionColumn), QStringLiteral("error"));
    QVERIFY(!dialog->importButton()->isEnabled());
    screenshot(dialog, QStringLiteral("import-errors"));
    QString why;
    QVERIFY(!dialog->import(&why));
    dialog->close();
    QCOMPARE(dump(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestReportsGui::importPreviewSaysWhatEachRowDoes()
{
    QVERIFY(openExample());
    const QString csv = path(QStringLiteral("services.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,url,provider\n"
                   "PyPI,https://pypi.org,Rackspace\n"
                   "new.python.org,https://new.python.org,Rackspace\n");
    }
    const QStringList before = dump();
    ImportDialog *dialog = openImport({csv});
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog->errorLines().isEmpty());
    ReportTableModel *model = dialog->previewModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowAt(0),
             (QStringList{QStringLiteral("services.csv"), QStringLiteral("2"), QStringLiteral("service"),
                          QStringLiteral("PyPI"), QStringLiteral("change"), QStringLiteral("url")}));
    QCOMPARE(model->rowAt(1).at(ImportDialog::ActionColumn), QStringLiteral("create"));
    QVERIFY(dialog->importButton()->isEnabled());
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("1 to create")));
    QVERIFY(!dialog->grab().isNull());
    screenshot(dialog, QStringLiteral("import-preview"));
    dialog->close();
    QCOMPARE(dump(), before);
}

void TestReportsGui::importUndoAndRedo()
{
    QVERIFY(openExample());
    const QStringList before = dump();
    const QString providers = path(QStringLiteral("providers.csv"));
    const QString services = path(QStringLiteral("services.csv"));
    const QString assignments = path(QStringLiteral("assignments.csv"));
    const auto write = [](const QString &name, const QByteArray &bytes) {
        QFile file(name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(providers, "name,kind,location\nHetzner,vm,Falkenstein\n"));
    QVERIFY(write(services, "name,url,provider,status\n"
                            "PyPI,https://pypi.org,Rackspace,active\n"
                            "fresh.example.org,https://fresh.example.org,Hetzner,staging\n"));
    QVERIFY(write(assignments, "item,item_kind,contact,role,priority\n"
                               "fresh.example.org,service,Georg Brandl,owner,primary\n"));
    ImportDialog *dialog = openImport({services, assignments, providers});
    QVERIFY(dialog);
    QVERIFY2(dialog->errorLines().isEmpty(), qPrintable(dialog->errorLines().join(QLatin1Char('\n'))));
    QPushButton *importButton = dialog->importButton();
    QVERIFY(importButton->isEnabled());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(importButton, Qt::LeftButton);
    // The import commits on a worker thread; the dialog accepts when it has.
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 60000);

    const QStringList imported = dump();
    QVERIFY(imported != before);
    QVERIFY(!test::must(m_window->store()->findItemsByName(QStringLiteral("fresh.example.org"), test::readError()))
                 .isEmpty());
    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    QVERIFY(undo->undoText().startsWith(QStringLiteral("Import ")));
    // One batch in the history.
    const QVector<HistoryEntry> history = test::must(m_window->store()->history(0, 50, test::readError()));
    QVERIFY(!history.isEmpty());
    const qint64 batch = history.first().batchId;
    int inBatch = 0;
    for (const HistoryEntry &e : history)
        inBatch += e.batchId == batch ? 1 : 0;
    QVERIFY(inBatch >= 4); // the provider, PyPI's url, the service, the assignment

    undo->undo();
    QCOMPARE(dump(), before);
    QVERIFY(test::must(m_window->store()->findItemsByName(QStringLiteral("fresh.example.org"), test::readError()))
                .isEmpty());
    undo->redo();
    // The same rows again, with the same ids: PostgreSQL's sequences never hand out an
    // id twice, so the redo gives the records the ids they had (a later step names them).
    QCOMPARE(dump(), imported);
    undo->undo();
    QCOMPARE(dump(), before);
}

QTEST_MAIN(TestReportsGui)
#include "tst_reports_gui.moc"
