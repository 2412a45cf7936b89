// Revert Batch in the window, offscreen: the History panel's button and context menu,
// the dialog listing the records changed since (what, when, who), Skip and Cancel, one
// undo step that undo and redo take back and make again exactly, a plan gone stale
// while the dialog was open, and read-only inventories.

#include "BatchRevertDialog.h"
#include "BatchRevertModel.h"
#include "Database.h"
#include "GuiSupport.h"
#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "Importer.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"
#include "TreeFilterModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace steward;

class TestBatchRevertGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void skipChangedRecordsRevertsTheRestAsOneUndoStep();
    void cancelChangesNothing();
    void contextMenuOpensTheSameDialog();
    void aPlanGoneStaleIsRefused();
    void modelOfThePlan();
    void readOnlyInventoryCannotRevert();

private:
    /// Northwind imported as one batch (its id), then shop.northwind.example edited by "bob".
    qint64 buildInventory();
    /// Opens the inventory in the window and shows the whole history with a row of
    /// @p batch selected.
    void openAndSelectBatch(qint64 batch, Database::OpenMode mode = Database::OpenMode::ReadWrite);
    QPushButton *revertBatchButton() const
    {
        return m_window->historyPanel()->findChild<QPushButton *>(QStringLiteral("revertBatchPushButton"));
    }
    QStringList dump() const { return test::dumpInventory(m_location); }
    static void shoot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestBatchRevertGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = test::scratchInventory(*m_dir, QStringLiteral("northwind"));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBatchRevertGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestBatchRevertGui::shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STEWARD_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

qint64 TestBatchRevertGui::buildInventory()
{
    QString error;
    if (!test::createEmpty(m_location, QStringLiteral("Northwind Trading"), &error))
        qFatal("%s", qPrintable(error));
    Database db;
    if (!db.open(m_location))
        qFatal("%s", qPrintable(db.errorString()));
    Store store(db);
    if (!store.defineStatus({QStringLiteral("redirect"), StatusCategory::Degraded, false}, &error) ||
        !store.defineStatus({QStringLiteral("read-only"), StatusCategory::Degraded, false}, &error))
        qFatal("%s", qPrintable(error));
    Importer importer(store);
    const QDir data(QStringLiteral(STEWARD_TEST_DATA_DIR "/realistic"));
    for (const QString &file : data.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        importer.addFile(data.filePath(file));
    if (!importer.commit(QStringLiteral("Import Northwind")))
        qFatal("%s", qPrintable(importer.errorString()));
    const qint64 batch = importer.undoData().batchId;
    store.setActor(QStringLiteral("bob"));
    Item shop = test::must(store.findItemsByName(QStringLiteral("shop.northwind.example"), test::readError())).first();
    shop.notes = QStringLiteral("Checkout moved to the new provider.");
    if (!store.updateItem(shop, &error))
        qFatal("%s", qPrintable(error));
    return batch;
}

void TestBatchRevertGui::openAndSelectBatch(qint64 batch, Database::OpenMode mode)
{
    QString error;
    QVERIFY2(m_window->openLocation(m_location, &error, mode), qPrintable(error));
    HistoryPanel *panel = m_window->historyPanel();
    auto *selectedOnly = panel->findChild<QCheckBox *>(QStringLiteral("historySelectedOnlyCheckBox"));
    QVERIFY(selectedOnly);
    selectedOnly->setChecked(false);
    QSortFilterProxyModel *rows = panel->filterModel();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(HistoryModel::BatchIdRole).toLongLong() == batch) {
            panel->selectRow(row);
            return;
        }
    }
    QFAIL("the batch is not in the history panel");
}

void TestBatchRevertGui::skipChangedRecordsRevertsTheRestAsOneUndoStep()
{
    const qint64 batch = buildInventory();
    openAndSelectBatch(batch);
    const QStringList edited = dump();
    QPushButton *button = revertBatchButton();
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->count();

    bool checked = false;
    test::onNextModal<BatchRevertDialog>([&checked](BatchRevertDialog *dialog) {
        // The changed record first: what changed since, when, who.
        auto *changed = dialog->findChild<QTableView *>(QStringLiteral("changedTableView"));
        QVERIFY(changed && changed->isVisible());
        QAbstractItemModel *model = changed->model();
        QVERIFY(model->rowCount() >= 1);
        const auto cell = [model](int column) { return model->index(0, column).data().toString(); };
        QCOMPARE(cell(BatchRevertModel::ChangeColumn), QStringLiteral("Created service \"shop.northwind.example\""));
        QCOMPARE(cell(BatchRevertModel::StatusColumn), QStringLiteral("changed since"));
        QVERIFY2(cell(BatchRevertModel::SinceColumn).contains(QStringLiteral("notes")),
                 qPrintable(cell(BatchRevertModel::SinceColumn)));
        QVERIFY(!cell(BatchRevertModel::WhenColumn).isEmpty());
        QCOMPARE(cell(BatchRevertModel::WhoColumn),
                 test::backend() == Backend::PostgreSQL ? test::serverUser() : QStringLiteral("bob"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("batchRevertSummaryLabel"));
        QVERIFY(summary && summary->text().contains(QStringLiteral("changed since")));
        // No plain "Revert" while records changed: skip them, or cancel.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("revertBatchPushButton")));
        auto *skip = dialog->findChild<QPushButton *>(QStringLiteral("skipChangedPushButton"));
        QVERIFY(skip);
        shoot(dialog, QStringLiteral("revert-dialog.png"));
        checked = true;
        skip->click();
    });
    button->click();
    QVERIFY(checked);

    // One undo step, named after the batch; the edited service and what it stands on stay.
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Revert: Import Northwind"));
    Store &store = *m_window->store();
    const auto shop = test::must(store.findItemsByName(QStringLiteral("shop.northwind.example"), test::readError()));
    QCOMPARE(shop.size(), 1);
    QCOMPARE(shop.first().notes, QStringLiteral("Checkout moved to the new provider."));
    QVERIFY(test::must(store.findItemsByName(QStringLiteral("Hetzner"), test::readError())).isEmpty());
    QVERIFY(test::must(store.findItemsByName(QStringLiteral("haproxy"), test::readError())).isEmpty());
    const QStringList reverted = dump();
    QVERIFY(reverted != edited);
    // The tree follows.
    QVERIFY(!test::modelHas(m_window->filterModel(), QStringLiteral("Hetzner")));
    QVERIFY(test::modelHas(m_window->filterModel(), QStringLiteral("shop.northwind.example")));

    for (int round = 0; round < 2; ++round) {
        undo->undo();
        QCOMPARE(dump(), edited);
        QVERIFY(test::modelHas(m_window->filterModel(), QStringLiteral("Hetzner")));
        undo->redo();
        QCOMPARE(dump(), reverted);
    }
}

void TestBatchRevertGui::cancelChangesNothing()
{
    const qint64 batch = buildInventory();
    openAndSelectBatch(batch);
    const QStringList before = dump();
    const qint64 lastChange = test::must(m_window->store()->lastChangeId(test::readError()));
    const int steps = m_window->undoStack()->count();
    test::onNextModal<BatchRevertDialog>([](BatchRevertDialog *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("batchRevertButtonBox"));
        QVERIFY(buttons);
        // With records changed since, Cancel is the default: Enter does not revert.
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
        buttons->button(QDialogButtonBox::Cancel)->click();
    });
    revertBatchButton()->click();
    QCOMPARE(dump(), before);
    QCOMPARE(test::must(m_window->store()->lastChangeId(test::readError())), lastChange);
    QCOMPARE(m_window->undoStack()->count(), steps);
}

void TestBatchRevertGui::contextMenuOpensTheSameDialog()
{
    const qint64 batch = buildInventory();
    openAndSelectBatch(batch);
    auto *table = m_window->historyPanel()->findChild<QTableView *>(QStringLiteral("historyTableView"));
    QVERIFY(table);
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    bool menuSeen = false, dialogSeen = false;
    test::onNextModal<BatchRevertDialog>([&dialogSeen](BatchRevertDialog *dialog) {
        dialogSeen = true;
        dialog->reject();
    });
    QTimer::singleShot(50, this, [&menuSeen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Revert &Batch…")) {
                QVERIFY(action->isEnabled());
                menuSeen = true;
                action->trigger();
                menu->close();
                return;
            }
        }
        menu->close();
    });
    const QPoint at = table->visualRect(current).center();
    Q_EMIT table->customContextMenuRequested(at);
    QVERIFY(menuSeen);
    QTRY_VERIFY(dialogSeen);
}

void TestBatchRevertGui::aPlanGoneStaleIsRefused()
{
    // Someone else changes the inventory while the dialog is open: the revert is
    // refused with the reason, and nothing is written.
    const qint64 batch = buildInventory();
    openAndSelectBatch(batch);
    QString meanwhile;
    test::onNextModal<BatchRevertDialog>([this, &meanwhile](BatchRevertDialog *dialog) {
        Database other;
        QVERIFY(other.open(m_location));
        Store store(other);
        Item org = test::must(store.item(test::must(store.organisationId(test::readError())), test::readError()));
        org.notes = QStringLiteral("changed meanwhile");
        QString error;
        QVERIFY2(store.updateItem(org, &error), qPrintable(error));
        meanwhile = QStringLiteral("done");
        test::onNextModal<QMessageBox>([](QMessageBox *box) {
            QVERIFY2(box->text().contains(QStringLiteral("changed since the revert was prepared")),
                     qPrintable(box->text()));
            box->accept();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("skipChangedPushButton"))->click();
    });
    const int steps = m_window->undoStack()->count();
    revertBatchButton()->click();
    QCOMPARE(meanwhile, QStringLiteral("done"));
    QCOMPARE(m_window->undoStack()->count(), steps);
    QVERIFY(!test::must(m_window->store()->findItemsByName(QStringLiteral("Hetzner"), test::readError())).isEmpty());
}

void TestBatchRevertGui::modelOfThePlan()
{
    const qint64 batch = buildInventory();
    Database db;
    QVERIFY(db.open(m_location));
    Store store(db);
    QString error;
    const auto plan = planBatchRevert(store, batch, &error);
    QVERIFY2(plan, qPrintable(error));
    BatchRevertModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(*plan);
    QCOMPARE(model.rowCount(), plan->entries.size());
    QCOMPARE(model.columnCount(), int(BatchRevertModel::ColumnCount));
    int changed = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(BatchRevertModel::GroupRole).toString() == QLatin1String("changed"))
            ++changed;
    }
    QCOMPARE(changed, plan->changedCount() + plan->count(BatchRevertEntry::Outcome::Cannot));
    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBatchRevertGui::readOnlyInventoryCannotRevert()
{
    const qint64 batch = buildInventory();
    openAndSelectBatch(batch, Database::OpenMode::ReadOnly);
    QVERIFY(m_window->isReadOnly());
    QVERIFY(!revertBatchButton()->isEnabled());
    // Asked anyway (a stale signal, a script): refused by the document, nothing written.
    const QStringList before = dump();
    QString error;
    QVERIFY(!m_window->document()->planBatchRevert(batch, &error));
    QVERIFY(!error.isEmpty());
    m_window->historyPanel()->requestBatchRevert(); // does nothing while read-only
    QCOMPARE(dump(), before);
}

QTEST_MAIN(TestBatchRevertGui)
#include "tst_batchrevert_gui.moc"
