#include "SqliteStatement.h"

#include "Utf8.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace steward {

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

bool SqliteStatement::isAutocommit(sqlite3 *handle)
{
    return sqlite3_get_autocommit(handle) != 0;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, QByteArrayView sql) : m_db(handle(db))
{
    if (!m_db) {
        m_error = tr("The database is not an open SQLite connection.");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        fail();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::bind(int index, qint64 value)
{
    return m_stmt && (sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK || fail());
}

bool SqliteStatement::bind(int index, const QString &value)
{
    // As Qt's driver binds text: UTF-16, copied by SQLite.
    return m_stmt && (sqlite3_bind_text16(m_stmt, index, value.utf16(), static_cast<int>(value.size() * 2),
                                          SQLITE_TRANSIENT) == SQLITE_OK ||
                      fail());
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    // Done (or failed): let go of the read lock now, not when the object goes.
    sqlite3_reset(m_stmt);
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView SqliteStatement::utf8(int column, QByteArray *scratch) const
{
    const QByteArrayView raw = bytes(column);
    if (utf8::isSqliteStable(raw))
        return raw;
    scratch->clear();
    utf8::append(scratch, text(column));
    return *scratch;
}

QString SqliteStatement::text(int column) const
{
    const void *text = sqlite3_column_text16(m_stmt, column);
    return text ? QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_stmt, column) / 2)
                : QString();
}

} // namespace steward
