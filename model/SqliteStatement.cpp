#include "SqliteStatement.h"

#include "Utf8.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
        if (!db.isOpen()) {
            m_error = tr("The database is not open.");
            return;
        }
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(QString::fromUtf8(sql.data(), sql.size())))
            m_error = m_query->lastError().text();
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
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool SqliteStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return true;
    }
    return m_stmt && (sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK || fail());
}

bool SqliteStatement::bind(int index, const QString &value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return true;
    }
    // As Qt's driver binds text: UTF-16, copied by SQLite.
    return m_stmt && (sqlite3_bind_text16(m_stmt, index, value.utf16(), static_cast<int>(value.size() * 2),
                                          SQLITE_TRANSIENT) == SQLITE_OK ||
                      fail());
}

bool SqliteStatement::next()
{
    if (m_query) {
        if (!m_error.isEmpty())
            return false;
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec()) {
                m_error = m_query->lastError().text();
                return false;
            }
        }
        if (!m_query->next()) {
            m_query->finish();
            return false;
        }
        const int columns = m_query->record().count();
        m_row.resize(columns);
        m_null.resize(columns);
        m_integer.resize(columns);
        for (int c = 0; c < columns; ++c) {
            const QVariant value = m_query->value(c);
            m_null[c] = value.isNull();
            m_integer[c] = value.toLongLong();
            m_row[c] = value.toString().toUtf8();
        }
        return true;
    }
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
    if (m_query)
        return m_integer.value(column);
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_query)
        return m_null.value(column, true);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return !m_query && sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    if (m_query)
        return column < m_row.size() && !m_null.at(column) ? QByteArrayView(m_row.at(column)) : QByteArrayView();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView SqliteStatement::utf8(int column, QByteArray *scratch) const
{
    if (m_query)
        return bytes(column); // QString's own UTF-8: well-formed by construction
    const QByteArrayView raw = bytes(column);
    if (utf8::isSqliteStable(raw))
        return raw;
    scratch->clear();
    utf8::append(scratch, text(column));
    return *scratch;
}

QString SqliteStatement::text(int column) const
{
    if (m_query)
        return QString::fromUtf8(bytes(column));
    const void *text = sqlite3_column_text16(m_stmt, column);
    return text ? QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_stmt, column) / 2)
                : QString();
}

} // namespace steward
