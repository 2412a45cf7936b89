#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;

namespace steward {

class InventoryDocument;
class MainWindow;
class Settings;

/**
 * The window's backups: after an inventory file opens (writable), today's backup is made
 * in a worker thread if it is not there yet (Backup::dailyPath()), and the daily ones
 * beyond the number the settings keep (Settings::Key::BackupsKept, 7 by default) are
 * removed; File > Restore From Backup… lists the backups and restores one, after backing
 * up the current state, then opens the inventory again. Installed by one call at the
 * end of the window's menus; the window itself knows nothing of it.
 */
class BackupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupActions)
public:
    /// Adds File > Restore From Backup… to @p fileMenu (before Quit) and follows the
    /// inventory the window opens.
    static BackupActions *install(MainWindow &window, QMenu *fileMenu, Settings &settings);
    /// The instance installed on @p window, or nullptr.
    static BackupActions *of(const MainWindow &window);
    /// Waits for a backup or restore still running.
    ~BackupActions() override;

    /// Starts making today's backup of the open inventory in a worker thread, if it is a
    /// writable file, backups are kept and there is none yet; false if none was started.
    bool startDailyBackup();
    /// True while a backup or restore runs.
    bool isBusy() const;
    /// File > Restore From Backup…: lists the backups, asks, and restores the chosen one.
    void showRestore();
    /// Restores the open inventory from @p backupPath in a worker thread (without asking),
    /// then opens it again; restoreFinished() follows. False if it could not start.
    bool restoreFrom(const QString &backupPath);

Q_SIGNALS:
    /// A daily backup was made at @p path, or failed with @p error (then non-empty).
    void backupFinished(const QString &path, const QString &error);
    /// A restore ended: @p beforeRestore is the backup of the state before it (empty if it
    /// failed before that); @p error is empty on success.
    void restoreFinished(const QString &beforeRestore, const QString &error);

private:
    struct Result
    {
        QString path;
        QString error;
    };
    BackupActions(MainWindow &window, Settings &settings);
    void onBackupDone();
    void onRestoreDone();
    void updateActions();

    MainWindow &m_window;
    Settings &m_settings;
    QAction *m_restoreAction = nullptr;
    QFutureWatcher<Result> m_backup;
    QFutureWatcher<Result> m_restore;
    /// From the start of a backup or a restore until its result is handled: the worker
    /// may have finished before the watcher's finished signal is delivered.
    bool m_backupBusy = false;
    bool m_restoreBusy = false;
    QString m_restoreLocation;
    QPointer<QProgressDialog> m_progress;
};

} // namespace steward
