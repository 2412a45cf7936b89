#include "Backup.h"

#include "Database.h"
#include "Dialect.h"
#include "InventoryCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace steward {

namespace {

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

/// What the backups of @p location are called: the file's name without its suffix, or
/// DATABASE@HOST (and _PORT when not the default) for a server.
QString backupName(const QString &location)
{
    if (!dialect::isServerLocation(location))
        return QFileInfo(location).completeBaseName();
    const dialect::ServerLocation server = dialect::parseServerLocation(location);
    QString name = server.database + QLatin1Char('@') + server.host;
    if (server.port != 5432)
        name += QLatin1Char('_') + QString::number(server.port);
    // A file name on any system: no slashes, colons or the like from a host or a socket path.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@-]"));
    return name.replace(unsafe, QStringLiteral("_"));
}

struct Pattern
{
    QRegularExpression daily;
    QRegularExpression manual;
    QRegularExpression beforeRestore;
};

Pattern patternsFor(const QString &name)
{
    const QString prefix =
        QLatin1Char('^') + QRegularExpression::escape(name) + QStringLiteral("-\\d{4}-\\d{2}-\\d{2}");
    return {QRegularExpression(prefix + QStringLiteral("\\.sqlite$")),
            QRegularExpression(prefix + QStringLiteral("-\\d{6}(-\\d+)?\\.sqlite$")),
            QRegularExpression(prefix + QStringLiteral("-\\d{6}(-\\d+)?-before-restore\\.sqlite$"))};
}

} // namespace

QString Backup::folderFor(const QString &location)
{
    const QString folder = backupName(location) + QStringLiteral(".backups");
    if (dialect::isServerLocation(location))
        // Steward's data folder (where its default inventory lives), whichever program asks.
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/steward/backups/") + folder;
    return QFileInfo(location).absoluteDir().filePath(folder);
}

QString Backup::dailyPath(const QString &location, const QDate &date)
{
    return folderFor(location) + QLatin1Char('/') + backupName(location) + QLatin1Char('-') +
           date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".sqlite");
}

QString Backup::timedPath(const QString &location, const QDateTime &time, Kind kind)
{
    const QString base = folderFor(location) + QLatin1Char('/') + backupName(location) + QLatin1Char('-') +
                         time.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString suffix =
        kind == Kind::BeforeRestore ? QStringLiteral("-before-restore.sqlite") : QStringLiteral(".sqlite");
    QString path = base + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QLatin1Char('-') + QString::number(n) + suffix;
    return path;
}

bool Backup::make(Database &source, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; it was not changed.").arg(shown));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    // Said plainly, not as SQLite's failure to open a temporary file there.
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isWritable() || !(folderInfo.permissions() & QFileDevice::WriteOwner))
        return fail(tr("Cannot back up %1 into %2: the folder is read-only.")
                        .arg(source.displayName(), QDir::toNativeSeparators(folder)));
    if (source.isServer())
        return InventoryCopy::copyToNewFile(source, path, nullptr, error);

    // VACUUM INTO reads the inventory in one read transaction (one moment of it, while
    // others go on reading; a writer's commit waits the moment it takes) and writes a
    // compact copy. It does not flush the copy to disk: publish() does, before the rename.
    const QString temporary = InventoryCopy::temporaryPath(path);
    // A read-only opening of a file that may be written has query_only on (so that it can
    // roll back an interrupted write's journal and nothing else), which VACUUM INTO obeys
    // too, though it writes only the new file: off for this statement.
    QSqlQuery pragma(source.connection());
    const bool queryOnly = pragma.exec(QStringLiteral("PRAGMA query_only")) && pragma.next() && pragma.value(0).toInt();
    pragma.finish();
    if (queryOnly)
        pragma.exec(QStringLiteral("PRAGMA query_only = OFF"));
    const auto restoreQueryOnly = qScopeGuard([&pragma, queryOnly] {
        if (queryOnly)
            pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
    });
    QSqlQuery vacuum(source.connection());
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        InventoryCopy::discard(temporary);
        return fail(tr("Cannot back up %1: %2").arg(source.displayName(), sqlError(vacuum)));
    }
    vacuum.addBindValue(temporary);
    if (!vacuum.exec()) {
        const QString message = sqlError(vacuum);
        vacuum.finish();
        InventoryCopy::discard(temporary);
        return fail(tr("Cannot back up %1: %2").arg(source.displayName(), message));
    }
    vacuum.finish();
    return InventoryCopy::publish(temporary, path, error);
}

QVector<Backup::Entry> Backup::list(const QString &location, bool withCounts)
{
    const Pattern patterns = patternsFor(backupName(location));
    QVector<Entry> entries;
    const QFileInfoList files =
        QDir(folderFor(location)).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Readable);
    for (const QFileInfo &file : files) {
        Entry entry;
        const QString name = file.fileName();
        if (patterns.daily.match(name).hasMatch())
            entry.kind = Kind::Daily;
        else if (patterns.beforeRestore.match(name).hasMatch())
            entry.kind = Kind::BeforeRestore;
        else if (patterns.manual.match(name).hasMatch())
            entry.kind = Kind::Manual;
        else
            continue;
        entry.path = file.absoluteFilePath();
        entry.time = file.lastModified();
        entry.size = file.size();
        if (withCounts) {
            if (const auto c = counts(entry.path, nullptr)) {
                entry.items = c->first;
                entry.contacts = c->second;
            }
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.time != b.time ? a.time > b.time : a.path > b.path; });
    return entries;
}

std::optional<std::pair<qint64, qint64>> Backup::counts(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnlyAsItIs)) {
        if (error)
            *error = db.errorString();
        return std::nullopt;
    }
    QSqlQuery q(db.connection());
    qint64 values[2] = {0, 0};
    const QString tables[2] = {QStringLiteral("item"), QStringLiteral("contact")};
    for (int i = 0; i < 2; ++i) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(tables[i])) || !q.next()) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), sqlError(q));
            return std::nullopt;
        }
        values[i] = q.value(0).toLongLong();
    }
    return std::make_pair(values[0], values[1]);
}

QStringList Backup::prune(const QString &location, int keep, QString *error)
{
    QStringList removed;
    if (keep < 1)
        return removed;
    const Pattern patterns = patternsFor(backupName(location));
    QStringList daily =
        QDir(folderFor(location)).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    daily.erase(std::remove_if(daily.begin(), daily.end(),
                               [&](const QString &name) { return !patterns.daily.match(name).hasMatch(); }),
                daily.end());
    // Named by date: newest first.
    QStringList failed;
    for (qsizetype i = keep; i < daily.size(); ++i) {
        const QString path = QDir(folderFor(location)).filePath(daily.at(i));
        if (QFile::remove(path))
            removed << path;
        else
            failed << QDir::toNativeSeparators(path);
    }
    if (!failed.isEmpty() && error)
        *error = tr("Cannot remove the old backups %1.").arg(failed.join(QStringLiteral(", ")));
    return removed;
}

bool Backup::restore(const QString &location, const QString &backupPath, QString *beforeRestore, QString *error)
{
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    Database target;
    if (!target.open(location))
        return fail(target.errorString());
    if (target.isReadOnly())
        return fail(tr("%1 is read-only: %2").arg(target.displayName(), target.readOnlyReason()));

    Database source;
    if (!source.open(backupPath, Database::OpenMode::ReadOnly))
        return fail(source.errorString());
    // A backup from before this Steward's schema: upgraded on a copy of it, so that the
    // backup itself stays as it was.
    QString upgraded;
    const auto dropUpgraded = [&] {
        if (upgraded.isEmpty())
            return;
        source.close();
        InventoryCopy::discard(upgraded);
    };
    if (source.schemaVersion() != target.schemaVersion()) {
        source.close();
        upgraded = InventoryCopy::temporaryPath(backupPath);
        if (!QFile::copy(backupPath, upgraded) ||
            !QFile::setPermissions(upgraded, QFile::permissions(upgraded) | QFileDevice::WriteOwner) ||
            !source.open(upgraded)) {
            const QString message = source.errorString();
            dropUpgraded();
            return fail(tr("Cannot upgrade the backup %1: %2").arg(QDir::toNativeSeparators(backupPath), message));
        }
    }

    // The state before, so that the restore can be undone by restoring it.
    const QString before = timedPath(location, QDateTime::currentDateTime(), Kind::BeforeRestore);
    QString message;
    if (!make(target, before, &message)) {
        dropUpgraded();
        return fail(tr("Nothing was restored: the backup of the current state failed: %1").arg(message));
    }
    if (beforeRestore)
        *beforeRestore = before;
    const bool ok = InventoryCopy::copy(source, target, true, nullptr, &message);
    dropUpgraded();
    if (!ok)
        return fail(tr("Nothing was restored: %1").arg(message));
    return true;
}

} // namespace steward
