#include "QuickCheck.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <memory>

#include <sqlite3.h>

namespace steward {
namespace {

bool isDamage(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

int cancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

} // namespace

std::optional<QStringList> QuickCheck::run(const QString &path, const std::atomic<bool> *cancel, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QStringList> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Read-only, through a URI so that the file is never created or written.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro"));
    sqlite3 *db = nullptr;
    const int opened = sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &db,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    // Closed on every path, an unopened handle too.
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> guard(db, &sqlite3_close_v2);
    if (opened != SQLITE_OK) {
        const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(opened));
        if (isDamage(opened))
            return QStringList{why};
        return fail(tr("Cannot check %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    sqlite3_busy_timeout(db, Database::BusyTimeoutMs);
    if (cancel)
        sqlite3_progress_handler(db, 10000, &cancelled, const_cast<std::atomic<bool> *>(cancel));
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QByteArrayLiteral("PRAGMA quick_check(") + QByteArray::number(MaxProblems) + ')';
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    QStringList problems;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW)
            break;
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const QString row = QString::fromUtf8(text ? text : "");
        if (row == QLatin1String("ok"))
            continue;
        // A row may hold several problems, one a line, under "*** in database main ***".
        const QStringList lines = row.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("*** in database")))
                problems << line.trimmed();
        }
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc == SQLITE_DONE)
        return problems;
    // Damage that stops the check itself (the schema's page, say) is what it looks for.
    if (isDamage(rc))
        return problems << why;
    if (cancel && cancel->load())
        return fail(tr("The check of %1 was cancelled.").arg(QDir::toNativeSeparators(path)));
    return fail(tr("Cannot check %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace steward
