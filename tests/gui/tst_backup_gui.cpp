// The window's backups (issue 19), offscreen: today's backup made in a worker after an
// inventory opens (the window answers meanwhile), the daily ones pruned to the setting,
// File > Restore From Backup… listing them, and a restore round trip: restored, shown,
// and undone by restoring the backup taken just before it.

#include "Backup.h"
#include "BackupActions.h"
#include "GuiSupport.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "RestoreBackupDialog.h"
#include "Settings.h"
#include "Store.h"
#include "TestSupport.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace steward;

class TestBackupGui final : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool openExample();
    bool waitForBackup();
    bool restore(const QString &backup, QString *beforeRestore);
    QStringList dump() const { return test::dumpInventory(m_window->location()); }
    bool changeDocs(const QString &notes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init();
    void cleanup();

    void dailyBackupAfterOpening();
    void dailyBackupsArePruned();
    void noBackupWhenNoneAreKept();
    void dialogListsTheBackups();
    void restoreRoundTrip();
};

void TestBackupGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("steward.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackupGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestBackupGui::openExample()
{
    QString error;
    if (!m_window->newFile(path(QStringLiteral("example.sqlite")), true, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

bool TestBackupGui::waitForBackup()
{
    BackupActions *actions = BackupActions::of(*m_window);
    if (!actions)
        return false;
    QSignalSpy spy(actions, &BackupActions::backupFinished);
    if (actions->isBusy() && !spy.wait(20000))
        return false;
    return spy.isEmpty() || spy.last().at(1).toString().isEmpty();
}

bool TestBackupGui::restore(const QString &backup, QString *beforeRestore)
{
    BackupActions *actions = BackupActions::of(*m_window);
    QSignalSpy spy(actions, &BackupActions::restoreFinished);
    if (!actions->restoreFrom(backup) || !spy.wait(20000)) {
        qWarning("the restore did not start or end");
        return false;
    }
    *beforeRestore = spy.last().at(0).toString();
    const QString error = spy.last().at(1).toString();
    if (!error.isEmpty())
        qWarning() << error;
    return error.isEmpty();
}

bool TestBackupGui::changeDocs(const QString &notes)
{
    Store &store = m_window->document()->store();
    Item docs = test::must(store.findItemsByName(QStringLiteral("docs.python.org"), test::readError())).value(0);
    Item after = docs;
    after.notes = notes;
    QString error;
    if (!m_window->document()->saveItem(docs, after, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void TestBackupGui::dailyBackupAfterOpening()
{
    QVERIFY(openExample());
    const QString daily = Backup::dailyPath(m_window->location(), QDate::currentDate());
    QVERIFY(waitForBackup());
    QVERIFY(QFile::exists(daily));
    QCOMPARE(test::dumpInventory(daily), dump());
    // Opened again the same day: none made, the one of the day kept.
    QString error;
    QVERIFY2(m_window->openLocation(m_window->location(), &error), qPrintable(error));
    QVERIFY(!BackupActions::of(*m_window)->isBusy());
    QCOMPARE(Backup::list(m_window->location(), false).size(), 1);
}

void TestBackupGui::dailyBackupsArePruned()
{
    m_settings->setValue(Settings::Key::BackupsKept, 3);
    const QString location = path(QStringLiteral("example.sqlite"));
    QString error;
    QVERIFY2(test::createExample(location, &error), qPrintable(error));
    {
        Database db;
        QVERIFY2(db.open(location, Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
        for (int d = 1; d <= 5; ++d)
            QVERIFY2(Backup::make(db, Backup::dailyPath(location, QDate::currentDate().addDays(-d)), &error),
                     qPrintable(error));
    }
    QVERIFY2(m_window->openLocation(location, &error), qPrintable(error));
    QVERIFY(waitForBackup());
    const QVector<Backup::Entry> left = Backup::list(location, false);
    QCOMPARE(left.size(), 3);
    for (int d = 0; d < 6; ++d)
        QCOMPARE(QFile::exists(Backup::dailyPath(location, QDate::currentDate().addDays(-d))), d < 3);
}

void TestBackupGui::noBackupWhenNoneAreKept()
{
    m_settings->setValue(Settings::Key::BackupsKept, 0);
    QVERIFY(openExample());
    QVERIFY(!BackupActions::of(*m_window)->isBusy());
    QVERIFY(!QFile::exists(Backup::folderFor(m_window->location())));
}

void TestBackupGui::dialogListsTheBackups()
{
    QVERIFY(openExample());
    QVERIFY(waitForBackup());
    QString error;
    {
        Database db;
        QVERIFY2(db.open(m_window->location(), Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
        QVERIFY2(Backup::make(
                     db,
                     Backup::timedPath(m_window->location(), QDateTime::currentDateTime(), Backup::Kind::BeforeRestore),
                     &error),
                 qPrintable(error));
    }
    const auto items = Backup::counts(m_window->location(), &error);
    QVERIFY2(items, qPrintable(error));
    QAction *restoreAction = m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    QVERIFY(restoreAction);
    QVERIFY(restoreAction->isEnabled());
    bool listed = false;
    test::onNextModal<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsTreeWidget"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QStringList kinds;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            kinds << list->topLevelItem(i)->text(1);
            QCOMPARE(list->topLevelItem(i)->text(3), QString::number(items->first));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("before restore"), QStringLiteral("daily")}));
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("restore-backup.png")));
        listed = true;
        dialog->reject();
    });
    restoreAction->trigger();
    QVERIFY(listed);
}

void TestBackupGui::restoreRoundTrip()
{
    QVERIFY(openExample());
    QVERIFY(waitForBackup());
    const QString daily = Backup::dailyPath(m_window->location(), QDate::currentDate());
    const QStringList saved = dump();
    QVERIFY(changeDocs(QStringLiteral("changed after the backup")));
    const QStringList changed = dump();
    QVERIFY(saved != changed);
    QVERIFY(m_window->undoStack()->canUndo());

    // Through the menu: the dialog, the question, the restore.
    QSignalSpy finished(BackupActions::of(*m_window), &BackupActions::restoreFinished);
    test::onNextModal<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        QVERIFY(dialog->selectPath(daily));
        test::onNextModal<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(QLatin1String("backed up first")));
            box->button(QMessageBox::Yes)->click();
        });
        dialog->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(1).toString(), QString());
    const QString beforeRestore = finished.last().at(0).toString();
    QCOMPARE(dump(), saved);
    // The window shows the restored inventory, with a fresh undo stack.
    QVERIFY(!m_window->undoStack()->canUndo());
    Item docs =
        test::must(m_window->document()->store().findItemsByName(QStringLiteral("docs.python.org"), test::readError()))
            .value(0);
    QVERIFY(docs.notes != QStringLiteral("changed after the backup"));
    // The state before is listed, and restoring it undoes the restore.
    const QVector<Backup::Entry> entries = Backup::list(m_window->location(), false);
    QCOMPARE(entries.value(0).path, QFileInfo(beforeRestore).absoluteFilePath());
    QCOMPARE(entries.value(0).kind, Backup::Kind::BeforeRestore);
    QString second;
    QVERIFY(restore(beforeRestore, &second));
    QCOMPARE(dump(), changed);
    docs =
        test::must(m_window->document()->store().findItemsByName(QStringLiteral("docs.python.org"), test::readError()))
            .value(0);
    QCOMPARE(docs.notes, QStringLiteral("changed after the backup"));
    QCOMPARE(test::dumpInventory(second), saved);
}

QTEST_MAIN(TestBackupGui)
#include "tst_backup_gui.moc"
