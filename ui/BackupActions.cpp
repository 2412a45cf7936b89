#include "BackupActions.h"

#include "Backup.h"
#include "Database.h"
#include "InventoryDocument.h"
#include "MainWindow.h"
#include "RestoreBackupDialog.h"
#include "Settings.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace steward {

BackupActions::BackupActions(MainWindow &window, Settings &settings)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("backupActions"));
    connect(&m_backup, &QFutureWatcher<Result>::finished, this, &BackupActions::onBackupDone);
    connect(&m_restore, &QFutureWatcher<Result>::finished, this, &BackupActions::onRestoreDone);
}

BackupActions::~BackupActions()
{
    // The workers use connections of their own, not the window's: they only need to end.
    m_backup.waitForFinished();
    m_restore.waitForFinished();
}

BackupActions *BackupActions::install(MainWindow &window, QMenu *fileMenu, Settings &settings)
{
    auto *actions = new BackupActions(window, settings);
    auto *restore = new QAction(tr("Restore From &Backup…"), &window);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    restore->setStatusTip(tr("Go back to a backup of the inventory; the current state is backed up first"));
    connect(restore, &QAction::triggered, actions, &BackupActions::showRestore);
    actions->m_restoreAction = restore;

    // Before the separator above Quit, so that Quit stays last.
    QAction *before = nullptr;
    const QList<QAction *> menuActions = fileMenu->actions();
    for (qsizetype i = 0; i < menuActions.size(); ++i) {
        if (menuActions.at(i)->menuRole() == QAction::QuitRole) {
            before = i > 0 && menuActions.at(i - 1)->isSeparator() ? menuActions.at(i - 1) : menuActions.at(i);
            break;
        }
    }
    fileMenu->insertAction(before, restore);

    connect(fileMenu, &QMenu::aboutToShow, actions, &BackupActions::updateActions);
    connect(&window, &MainWindow::documentChanged, actions, [actions](InventoryDocument *document) {
        actions->updateActions();
        if (document)
            actions->startDailyBackup();
    });
    actions->updateActions();
    return actions;
}

BackupActions *BackupActions::of(const MainWindow &window)
{
    return window.findChild<BackupActions *>(QStringLiteral("backupActions"), Qt::FindDirectChildrenOnly);
}

bool BackupActions::isBusy() const
{
    return m_backupBusy || m_restoreBusy || m_backup.isRunning() || m_restore.isRunning();
}

void BackupActions::updateActions()
{
    const InventoryDocument *document = m_window.document();
    m_restoreAction->setEnabled(document && !document->database().isReadOnly() && !isBusy());
}

bool BackupActions::startDailyBackup()
{
    const InventoryDocument *document = m_window.document();
    const int keep = m_settings.value(Settings::Key::BackupsKept).toInt();
    // A server's inventory is backed up where it lives (and by "steward backup"); a
    // read-only one is someone else's to back up.
    if (!document || document->isServer() || document->database().isReadOnly() || keep < 1 || isBusy())
        return false;
    const QString location = document->location();
    const QString path = Backup::dailyPath(location, QDate::currentDate());
    if (QFileInfo::exists(path))
        return false;
    m_backupBusy = true;
    m_backup.setFuture(QtConcurrent::run([location, path, keep] {
        Result result;
        Database db;
        if (!db.open(location, Database::OpenMode::ReadOnly)) {
            result.error = db.errorString();
            return result;
        }
        if (Backup::make(db, path, &result.error))
            result.path = path;
        else
            return result;
        Backup::prune(location, keep, &result.error);
        return result;
    }));
    updateActions();
    return true;
}

void BackupActions::onBackupDone()
{
    m_backupBusy = false;
    const Result result = m_backup.result();
    if (!result.path.isEmpty())
        m_window.statusBar()->showMessage(
            tr("Today's backup is in %1.").arg(QDir::toNativeSeparators(QFileInfo(result.path).absolutePath())), 5000);
    else
        m_window.statusBar()->showMessage(tr("Today's backup failed: %1").arg(result.error), 15000);
    updateActions();
    Q_EMIT backupFinished(result.path, result.path.isEmpty() ? result.error : QString());
}

void BackupActions::showRestore()
{
    const InventoryDocument *document = m_window.document();
    if (!document || isBusy())
        return;
    const QString location = document->location();
    RestoreBackupDialog dialog(location, Backup::list(location, true), &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    const QString chosen = dialog.selectedPath();
    const QString when = QLocale().toString(QFileInfo(chosen).lastModified(), QLocale::ShortFormat);
    const auto answer = QMessageBox::question(
        &m_window, tr("Restore From Backup"),
        tr("Replace everything %1 holds with the backup of %2?\n\nWhat it holds now is backed up first "
           "(\"before restore\"), so you can undo this by restoring that backup. The undo history of this "
           "window is cleared.")
            .arg(document->database().displayName(), when),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    restoreFrom(chosen);
}

bool BackupActions::restoreFrom(const QString &backupPath)
{
    const InventoryDocument *document = m_window.document();
    if (!document || document->database().isReadOnly() || m_restoreBusy || m_restore.isRunning())
        return false;
    // A daily backup still running is of the state before: let it finish first.
    m_backup.waitForFinished();
    m_restoreLocation = document->location();
    m_progress = new QProgressDialog(tr("Restoring the inventory from the backup…"), QString(), 0, 0, &m_window);
    m_progress->setObjectName(QStringLiteral("restoreProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setCancelButton(nullptr);
    m_progress->setValue(0);
    m_restoreBusy = true;
    m_restore.setFuture(QtConcurrent::run([location = m_restoreLocation, backupPath] {
        Result result;
        Backup::restore(location, backupPath, &result.path, &result.error);
        return result;
    }));
    updateActions();
    return true;
}

void BackupActions::onRestoreDone()
{
    m_restoreBusy = false;
    if (m_progress)
        m_progress->deleteLater();
    const Result result = m_restore.result();
    QString error = result.error;
    if (error.isEmpty()) {
        // Opened again: the tree, the panels and a fresh undo stack (the old steps were
        // of the inventory as it was).
        QString reopenError;
        if (!m_window.openLocation(m_restoreLocation, &reopenError))
            error = tr("The backup was restored, but the inventory could not be opened again: %1").arg(reopenError);
        else
            m_window.statusBar()->showMessage(
                tr("Restored. The state before is in %1.").arg(QDir::toNativeSeparators(result.path)), 15000);
    }
    updateActions();
    if (!error.isEmpty())
        QMessageBox::warning(&m_window, tr("Restore From Backup"), error);
    Q_EMIT restoreFinished(result.path, error);
}

} // namespace steward
