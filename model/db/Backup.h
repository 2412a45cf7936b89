#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace steward {

class Database;

/**
 * Backups of an inventory: consistent copies made while others keep working, kept in a
 * folder beside it, and restored by copying one back.
 *
 * A backup of a file is SQLite's VACUUM INTO (one moment of the inventory, read while
 * other programs keep reading and writing) into a temporary file in the target folder;
 * a server's inventory goes through InventoryCopy into a file. Either way the file is
 * flushed to disk, checked to open as an inventory, and only then renamed into place
 * (InventoryCopy::publish()): a backup file is whole or absent.
 *
 * Where they are kept: beside the file FOLDER/NAME.sqlite in FOLDER/NAME.backups/; for a
 * server's inventory in Steward's data folder (~/.local/share/steward/backups/DATABASE@HOST.backups/).
 * The names say what each is: NAME-YYYY-MM-DD.sqlite (the window's daily backup, of
 * which the newest few are kept), NAME-YYYY-MM-DD-HHMMSS.sqlite (made by "steward backup"),
 * NAME-YYYY-MM-DD-HHMMSS-before-restore.sqlite (taken just before a restore, so that the
 * restore can be undone by restoring it). Only daily backups are ever removed (prune()).
 */
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    enum class Kind
    {
        Daily,        ///< the window's backup of the day
        Manual,       ///< "steward backup" without -o
        BeforeRestore ///< the state just before a restore
    };

    struct Entry
    {
        QString path;
        Kind kind = Kind::Manual;
        QDateTime time; ///< when it was made (the file's time)
        qint64 size = 0;
        qint64 items = -1; ///< -1 when not counted or unreadable
        qint64 contacts = -1;
    };

    /// The folder the backups of @p location (a file or a server address) are kept in.
    static QString folderFor(const QString &location);
    /// The daily backup of @p location for @p date.
    static QString dailyPath(const QString &location, const QDate &date);
    /// A backup of @p location of @p kind (Manual or BeforeRestore) made at @p time; a
    /// name not yet taken.
    static QString timedPath(const QString &location, const QDateTime &time, Kind kind);

    /// Makes a consistent copy of @p source (open, in any mode) as a new file at @p path,
    /// creating its folder. Fails if @p path exists; never leaves a half-made file there.
    static bool make(Database &source, const QString &path, QString *error);

    /// The backups of @p location, newest first; with @p counts, the items and contacts
    /// of each (each file opened read-only).
    static QVector<Entry> list(const QString &location, bool counts);
    /// The number of items and contacts in the backup at @p path.
    static std::optional<std::pair<qint64, qint64>> counts(const QString &path, QString *error);

    /// Removes the daily backups of @p location but the newest @p keep; returns the paths
    /// removed. Other backups are left alone.
    static QStringList prune(const QString &location, int keep, QString *error);

    /**
     * Restores the inventory at @p location (a file or a server) from the backup at
     * @p backupPath: first a backup of its current state (timedPath(BeforeRestore), whose
     * path goes to @p beforeRestore), then a copy of the backup into it, replacing what it
     * holds, in one transaction (InventoryCopy::copy() with replace). A backup with an
     * older schema is upgraded on a copy of it, never in place.
     */
    static bool restore(const QString &location, const QString &backupPath, QString *beforeRestore, QString *error);
};

} // namespace steward
