#include "InventoryCopy.h"

#include "Database.h"
#include "SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <QVariant>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

#include <libpq-fe.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <stdio.h>
#endif

namespace steward {

namespace {

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

/// The key a table's rows are copied in order of.
QString keyOrder(const QString &table)
{
    static const QHash<QString, QString> keys{{QStringLiteral("provider"), QStringLiteral("item_id")},
                                              {QStringLiteral("host"), QStringLiteral("item_id")},
                                              {QStringLiteral("service"), QStringLiteral("item_id")},
                                              {QStringLiteral("team_member"), QStringLiteral("team_id, member_id")},
                                              // The graph's tables have keys of their own, not an id.
                                              {QStringLiteral("also_runs_on"), QStringLiteral("service_id, host_id")},
                                              {QStringLiteral("item_alias"), QStringLiteral("item_id, alias_key")},
                                              {QStringLiteral("item_tag"), QStringLiteral("item_id, tag")},
                                              {QStringLiteral("contact_tag"), QStringLiteral("contact_id, tag")},
                                              {QStringLiteral("link_type"), QStringLiteral("key")},
                                              {QStringLiteral("status_def"), QStringLiteral("name")},
                                              {QStringLiteral("role_def"), QStringLiteral("role")}};
    return keys.value(table, QStringLiteral("id"));
}

/// How each table is read: parents before children, so that every foreign key
/// finds its row (items by kind: a service is never under a service).
QString selectAll(const QString &table)
{
    if (table == QLatin1String("item"))
        return QStringLiteral("SELECT * FROM item ORDER BY CASE kind WHEN 'organisation' THEN 0 WHEN 'provider' THEN 1"
                              " WHEN 'host' THEN 2 ELSE 3 END, id");
    return QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, keyOrder(table));
}

bool count(Database &db, const QString &table, qint64 *rows, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next()) {
        *error = InventoryCopy::tr("Cannot count the rows of %1 in %2: %3").arg(table, db.displayName(), sqlError(q));
        return false;
    }
    *rows = q.value(0).toLongLong();
    return true;
}

/// True if @p copied.table has @p copied.rows rows in both @p source and @p target.
bool verifyCount(Database &source, Database &target, const InventoryCopy::TableCount &copied, QString *error)
{
    qint64 inSource = 0;
    qint64 inTarget = 0;
    if (!count(source, copied.table, &inSource, error) || !count(target, copied.table, &inTarget, error))
        return false;
    if (inSource == inTarget && inTarget == copied.rows)
        return true;
    *error = InventoryCopy::tr("The copy of %1 is incomplete: %2 rows in %3, %4 in %5. Nothing was written.")
                 .arg(copied.table)
                 .arg(inSource)
                 .arg(source.displayName())
                 .arg(inTarget)
                 .arg(target.displayName());
    return false;
}

/// The libpq connection under a QPSQL connection, for COPY.
PGconn *pgConnection(Database &db)
{
    // Qt 6 names the handle's type as the compiler spells it: pg_conn*, the struct
    // behind libpq's PGconn typedef (Qt 5 said PGconn*).
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// COPY data on its way to the server. Appends a few bytes at a time for a fraction of
/// what QByteArray::append() costs a call.
class CopyBuffer
{
public:
    explicit CopyBuffer(size_t capacity)
        : m_data(capacity)
    {}
    void append(const char *bytes, size_t size)
    {
        if (m_size + size > m_data.size())
            m_data.resize(std::max(m_data.size() * 2, m_size + size));
        std::memcpy(m_data.data() + m_size, bytes, size);
        m_size += size;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), size_t(bytes.size())); }
    template <typename T> void appendBigEndian(T value)
    {
        const T big = qToBigEndian(value);
        append(reinterpret_cast<const char *>(&big), sizeof big);
    }
    const char *data() const { return m_data.data(); }
    size_t size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    std::vector<char> m_data;
    size_t m_size = 0;
};

/// Appends @p text to @p out in COPY's text format: backslash, tab, LF and CR escaped.
void appendCopyText(CopyBuffer &out, QByteArrayView text)
{
    const char *run = text.data();
    const char *const end = run + text.size();
    for (const char *p = run; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(run, size_t(p - run));
        const char escaped[2] = {'\\', c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\'};
        out.append(escaped, 2);
        run = p + 1;
    }
    out.append(run, size_t(end - run));
}

/// How a column goes in COPY's binary format: as text, or as a whole number of so many
/// bytes. Other column types (none in the schema yet) make the table go as text.
enum class CopyField
{
    Text,
    Int2,
    Int4,
    Int8
};

/// How @p columns of @p table go in COPY's binary format, read from the target with
/// @p w: empty if one has a type other than text or a whole number; nothing if the
/// types could not be read (@p w has the error).
std::optional<QVector<CopyField>> copyFields(QSqlQuery &w, const QString &table, const QStringList &columns)
{
    if (!w.exec(QStringLiteral("SELECT attname, format_type(atttypid, NULL) FROM pg_attribute"
                               " WHERE attrelid = '%1'::regclass AND attnum > 0 AND NOT attisdropped")
                    .arg(table)))
        return std::nullopt;
    QHash<QString, CopyField> types;
    bool binary = true;
    while (w.next()) {
        const QString type = w.value(1).toString();
        if (type == QLatin1String("text") || type.startsWith(QLatin1String("character varying")))
            types.insert(w.value(0).toString(), CopyField::Text);
        else if (type == QLatin1String("bigint"))
            types.insert(w.value(0).toString(), CopyField::Int8);
        else if (type == QLatin1String("integer"))
            types.insert(w.value(0).toString(), CopyField::Int4);
        else if (type == QLatin1String("smallint"))
            types.insert(w.value(0).toString(), CopyField::Int2);
        else
            binary = false;
    }
    QVector<CopyField> fields;
    for (const QString &column : columns) {
        if (!types.contains(column))
            binary = false;
        fields << types.value(column);
    }
    return binary ? fields : QVector<CopyField>();
}

/// Streams the rows of @p read into @p table of the PostgreSQL @p target by COPY FROM
/// STDIN, in the target's open transaction: in binary format if @p fields says how each
/// column goes (the server then neither scans for line ends and escapes nor parses
/// numbers), else in text format.
bool copyIn(PGconn *conn, const QString &table, const QStringList &columns, const QVector<CopyField> &fields,
            SqliteStatement &read, qint64 *rows, QString *error)
{
    const bool binary = !fields.isEmpty();
    // FREEZE: the table was emptied by TRUNCATE in this transaction, so its rows can be
    // written frozen (visible once it commits, as a TRUNCATE's emptiness is): the first
    // reads afterwards (index builds, key checks, counts) then set no hint bits.
    const QByteArray command =
        QStringLiteral("COPY %1 (%2) FROM STDIN WITH (FREEZE%3)")
            .arg(table, columns.join(QLatin1Char(',')), binary ? QStringLiteral(", FORMAT binary") : QString())
            .toUtf8();
    PGresult *result = PQexec(conn, command.constData());
    if (PQresultStatus(result) != PGRES_COPY_IN) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQclear(result);
        return false;
    }
    PQclear(result);
    constexpr size_t chunk = 1 << 20;
    CopyBuffer buffer(chunk + (chunk >> 2));
    if (binary) {
        // Signature, flags, no header extension.
        buffer.append("PGCOPY\n\377\r\n\0", 11);
        buffer.appendBigEndian<qint32>(0);
        buffer.appendBigEndian<qint32>(0);
    }
    QByteArray scratch;
    bool sent = true;
    const int count = int(columns.size());
    // A whole number: as SQLite stores it, or from the source's text; else an error
    // that names it, as the server's text format would.
    const auto number = [&](int c, qint64 min, qint64 max, qint64 *value) {
        if (read.isInteger(c)) {
            *value = read.integer(c);
            if (*value >= min && *value <= max)
                return true;
        }
        const QByteArrayView text = read.bytes(c);
        const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), *value);
        if (failure == std::errc() && end == text.data() + text.size() && *value >= min && *value <= max)
            return true;
        *error = InventoryCopy::tr("%1 of %2 is not a whole number that fits: %3")
                     .arg(columns.at(c), table, QString::fromUtf8(text));
        return false;
    };
    while (sent && read.next()) {
        if (binary)
            buffer.appendBigEndian<qint16>(qint16(count));
        for (int c = 0; c < count && sent; ++c) {
            if (!binary) {
                if (c > 0)
                    buffer.append("\t", 1);
                if (read.isNull(c))
                    buffer.append("\\N", 2);
                else
                    appendCopyText(buffer, read.utf8(c, &scratch));
                continue;
            }
            qint64 value = 0;
            if (read.isNull(c)) {
                buffer.appendBigEndian<qint32>(-1);
            } else if (fields.at(c) == CopyField::Text) {
                const QByteArrayView text = read.utf8(c, &scratch);
                buffer.appendBigEndian<qint32>(qint32(text.size()));
                buffer.append(text);
            } else if (fields.at(c) == CopyField::Int8) {
                sent = number(c, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), &value);
                buffer.appendBigEndian<qint32>(8);
                buffer.appendBigEndian<qint64>(value);
            } else if (fields.at(c) == CopyField::Int4) {
                sent = number(c, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max(), &value);
                buffer.appendBigEndian<qint32>(4);
                buffer.appendBigEndian<qint32>(qint32(value));
            } else {
                sent = number(c, std::numeric_limits<qint16>::min(), std::numeric_limits<qint16>::max(), &value);
                buffer.appendBigEndian<qint32>(2);
                buffer.appendBigEndian<qint16>(qint16(value));
            }
        }
        if (!binary)
            buffer.append("\n", 1);
        ++*rows;
        if (sent && buffer.size() >= chunk) {
            sent = PQputCopyData(conn, buffer.data(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (read.hasError()) {
        sent = false;
        *error = read.errorString();
    }
    if (sent && binary)
        buffer.appendBigEndian<qint16>(-1);
    if (sent && buffer.size() > 0)
        sent = PQputCopyData(conn, buffer.data(), int(buffer.size())) == 1;
    bool ok = PQputCopyEnd(conn, sent ? nullptr : "the copy was abandoned") == 1 && sent;
    while ((result = PQgetResult(conn)) != nullptr) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            if (error->isEmpty())
                *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    }
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return ok;
}

/// Into PostgreSQL: the tables emptied and filled by COPY with no trigger, key or index
/// in the way; those come back at the end, each index built and each foreign key
/// checked in one pass over its table.
bool copyIntoServer(Database &source, Database &target, QVector<InventoryCopy::TableCount> *copied, QString *error,
                    const InventoryCopy::Progress &progress)
{
    PGconn *conn = pgConnection(target);
    if (!conn) {
        *error = InventoryCopy::tr("Cannot copy into %1: its connection offers no COPY.").arg(target.displayName());
        return false;
    }
    QSqlQuery w(target.connection());
    // The search index's rows are copied as they are: the source's triggers kept them in
    // step with its rows (on SQLite, folded exactly as steward_fold() folds), and
    // copying them costs a fraction of deriving and folding them again. Its trigram
    // index is built at the end like the others.
    const QStringList written = InventoryCopy::tables() + QStringList{QStringLiteral("search_doc")};
    const QString tableList = QStringLiteral("'%1'").arg(written.join(QStringLiteral("', '")));
    const QString preparing = InventoryCopy::tr("Cannot prepare %1: %2");
    const auto failed = [&](const QString &what) {
        *error = QString(what).arg(target.displayName(), sqlError(w));
        return false;
    };
    const auto run = [&](const QStringList &statements, const QString &what) {
        for (const QString &statement : statements) {
            if (!w.exec(statement))
                return failed(what);
        }
        return true;
    };

    // Memory for the index builds and for the hash joins that check the foreign keys.
    if (!run(
            {QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"), QStringLiteral("SET LOCAL work_mem = '64MB'")},
            preparing))
        return false;
    // The row triggers (ids, search index) go for the bulk write and come back at the
    // end; the sequences are brought up to date then. Dropped, not disabled: a table
    // with a BEFORE trigger, even a disabled one, gets its COPY one row at a time.
    QStringList drops;
    QStringList triggers;
    if (!w.exec(QStringLiteral("SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid),"
                               " CASE tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA'"
                               " WHEN 'A' THEN 'ENABLE ALWAYS' END"
                               " FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text IN (%1)")
                    .arg(tableList)))
        return failed(preparing);
    while (w.next()) {
        const QString table = w.value(0).toString();
        const QString name = w.value(1).toString();
        drops << QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table);
        triggers << w.value(2).toString();
        if (!w.value(3).isNull()) // as it was if not simply enabled
            triggers << QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3").arg(table, w.value(3).toString(), name);
    }
    // The foreign keys too: checked row by row they cost more than the copy itself;
    // added back at the end, each is checked in one pass over its table.
    QStringList indexes;
    QStringList foreignKeys;
    if (!w.exec(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                               " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")))
        return failed(preparing);
    while (w.next()) {
        drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(w.value(0).toString(), w.value(1).toString());
        foreignKeys << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                           .arg(w.value(0).toString(), w.value(1).toString(), w.value(2).toString());
    }
    // And the keys' own indexes (primary and unique): an index built from the sorted
    // rows at the end costs a fraction of one updated row by row. The foreign keys
    // that need them come back after them.
    QStringList keys;
    if (!w.exec(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                               " WHERE contype IN ('p', 'u') AND connamespace = current_schema()::regnamespace"
                               " AND conrelid::regclass::text IN (%1)")
                    .arg(tableList)))
        return failed(preparing);
    while (w.next()) {
        drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(w.value(0).toString(), w.value(1).toString());
        keys << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                    .arg(w.value(0).toString(), w.value(1).toString(), w.value(2).toString());
    }
    // Likewise the secondary indexes (not those behind a key), the search index's
    // trigram index among them: built once at the end.
    if (!w.exec(QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                               " JOIN pg_class c ON c.oid = i.indexrelid"
                               " JOIN pg_class t ON t.oid = i.indrelid"
                               " WHERE t.relnamespace = current_schema()::regnamespace AND t.relname IN (%1)"
                               " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")
                    .arg(tableList)))
        return failed(preparing);
    while (w.next()) {
        drops << QStringLiteral("DROP INDEX %1").arg(w.value(0).toString());
        indexes << w.value(1).toString();
    }
    // TRUNCATE rather than DELETE: no dead rows left behind for the copy's index
    // inserts to wade through, and it lets COPY write frozen rows. Like a DELETE it is
    // undone if the copy fails; the tables are locked against everyone until it ends.
    drops << QStringLiteral("TRUNCATE %1").arg(written.join(QStringLiteral(", ")));
    if (!run(drops, preparing))
        return false;

    QStringList sequences;
    for (const QString &table : written) {
        const QSqlRecord record = source.connection().record(table);
        QStringList columns;
        for (int c = 0; c < record.count(); ++c)
            columns << record.fieldName(c);
        if (columns.isEmpty()) {
            *error = InventoryCopy::tr("Cannot read %1 of %2.").arg(table, source.displayName());
            return false;
        }
        // In key order (free on SQLite: the rowid), with no regard for foreign keys,
        // which are not there yet.
        const QString key = keyOrder(table);
        SqliteStatement read(
            source.connection(),
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QLatin1Char(',')), table, key).toUtf8());
        if (!read.isValid()) {
            *error = InventoryCopy::tr("Cannot read %1 of %2: %3").arg(table, source.displayName(), read.errorString());
            return false;
        }
        const std::optional<QVector<CopyField>> fields = copyFields(w, table, columns);
        if (!fields) {
            *error = InventoryCopy::tr("Cannot copy %1 into %2: %3").arg(table, target.displayName(), sqlError(w));
            return false;
        }
        QString message;
        qint64 rows = 0;
        if (!copyIn(conn, table, columns, *fields, read, &rows, &message)) {
            *error = InventoryCopy::tr("Cannot copy %1 into %2: %3").arg(table, target.displayName(), message);
            return false;
        }
        if (table == QLatin1String("search_doc")) {
            // Not an inventory table of its own, but checked as they are.
            if (!verifyCount(source, target, {table, rows}, error))
                return false;
            continue;
        }
        if (progress)
            progress(table, rows);
        copied->append({table, rows});
        // Numbered by a sequence: it moves on past the copied ids.
        if (columns.contains(QLatin1String("id"))) {
            sequences << QStringLiteral("SELECT setval(s, (SELECT COALESCE(max(id), 0) + 1 FROM %1), false)"
                                        " FROM pg_get_serial_sequence('%1', 'id') AS s WHERE s IS NOT NULL")
                             .arg(table);
        }
    }

    // The sequences after the keys, whose indexes give max(id) at once.
    return run(keys + sequences + indexes + foreignKeys + triggers,
               InventoryCopy::tr("Cannot finish the copy into %1: %2"));
}

/// Into SQLite: a few thousand rows a statement, parents before children (its foreign
/// keys are checked as rows go in). The search triggers are off meanwhile (each row's would
/// fold and note its texts one at a time: most of the copy's time): the search rows are
/// copied as they are, as into a server, and the trigram index is built from them once.
bool copyIntoFile(Database &source, Database &target, qint64 existing, QVector<InventoryCopy::TableCount> *copied,
                  QString *error, const InventoryCopy::Progress &progress)
{
    QSqlQuery w(target.connection());
    const SqliteTriggersOff triggersOff(SqliteStatement::handle(target.connection()));
    if (!triggersOff.isOff()) {
        *error = InventoryCopy::tr("Cannot write %1 in bulk.").arg(target.displayName());
        return false;
    }
    const QStringList all = InventoryCopy::tables() + QStringList{QStringLiteral("search_doc")};
    // A new inventory has the built-in roles' review intervals: the source's take their place.
    if (existing == 0 && !w.exec(QStringLiteral("DELETE FROM role_def"))) {
        *error = InventoryCopy::tr("Cannot empty %1 of %2: %3")
                     .arg(QStringLiteral("role_def"), target.displayName(), sqlError(w));
        return false;
    }
    if (existing > 0) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (!w.exec(QStringLiteral("DELETE FROM %1").arg(*it))) {
                *error = InventoryCopy::tr("Cannot empty %1 of %2: %3").arg(*it, target.displayName(), sqlError(w));
                return false;
            }
        }
    }
    for (const QString &table : all) {
        QSqlQuery r(source.connection());
        r.setForwardOnly(true);
        if (!r.exec(selectAll(table))) {
            *error = InventoryCopy::tr("Cannot read %1 of %2: %3").arg(table, source.displayName(), sqlError(r));
            return false;
        }
        const QSqlRecord record = r.record();
        const int columns = record.count();
        QStringList names;
        int teamColumn = -1;
        for (int c = 0; c < columns; ++c) {
            names << record.fieldName(c);
            if (table == QLatin1String("contact") && record.fieldName(c) == QLatin1String("team_id"))
                teamColumn = c;
        }
        QVector<QPair<QVariant, QVariant>> teams; // contact id, team id: set after every contact is in
        qint64 rows = 0;
        // Rows go in a chunk at a time, INSERT ... SELECT from the chunk in memory
        // (SqliteStatement::runWithRows): Qt's driver binds a statement's values one by
        // one, looking each up by position in a list, which at thousands of values a
        // statement cost more than the copy.
        if (columns > 12) {
            *error = InventoryCopy::tr("Cannot copy %1: it has more columns than a bulk write takes.").arg(table);
            return false;
        }
        constexpr int chunkRows = 8192;
        QStringList selected;
        for (int c = 0; c < columns; ++c)
            selected << QStringLiteral("c%1").arg(c);
        const QByteArray insert = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM steward_rows")
                                      .arg(table, names.join(QLatin1Char(',')), selected.join(QLatin1Char(',')))
                                      .toUtf8();
        QVector<QVariant> values;
        values.reserve(chunkRows * columns);
        const auto flush = [&] {
            const qsizetype rowCount = values.size() / columns;
            QString why;
            const bool ok = SqliteStatement::runWithRows(
                target.connection(), insert, rowCount,
                [&](qsizetype row, int column, SqliteStatement::Cell &cell) {
                    const QVariant &value = values.at(row * columns + column);
                    if (value.isNull())
                        return cell.setNull();
                    switch (value.typeId()) {
                    case QMetaType::Bool:
                    case QMetaType::Int:
                    case QMetaType::UInt:
                    case QMetaType::Long:
                    case QMetaType::ULong:
                    case QMetaType::LongLong:
                    case QMetaType::ULongLong: return cell.setInteger(value.toLongLong());
                    default: return cell.setText(value.toString());
                    }
                },
                &why);
            if (!ok) {
                *error = InventoryCopy::tr("Cannot copy %1 into %2: %3").arg(table, target.displayName(), why);
                return false;
            }
            rows += rowCount;
            values.clear();
            if (progress)
                progress(table, rows);
            return true;
        };
        while (r.next()) {
            for (int c = 0; c < columns; ++c) {
                QVariant value = r.value(c);
                if (c == teamColumn && !value.isNull()) {
                    teams.append({r.value(0), value});
                    value = QVariant(QMetaType::fromType<qint64>());
                }
                values.append(value);
            }
            if (values.size() == chunkRows * columns && !flush())
                return false;
        }
        if (r.lastError().isValid()) {
            *error = InventoryCopy::tr("Cannot read %1 of %2: %3").arg(table, source.displayName(), sqlError(r));
            return false;
        }
        if (!values.isEmpty() && !flush())
            return false;
        if (!teams.isEmpty()) {
            QSqlQuery team(target.connection());
            team.prepare(QStringLiteral("UPDATE contact SET team_id = ? WHERE id = ?"));
            for (const auto &t : std::as_const(teams)) {
                team.bindValue(0, t.second);
                team.bindValue(1, t.first);
                if (!team.exec()) {
                    *error =
                        InventoryCopy::tr("Cannot copy contact into %1: %2").arg(target.displayName(), sqlError(team));
                    return false;
                }
            }
        }
        copied->append({table, rows});
    }
    // Nothing is owed to the index (no trigger noted anything): it is built whole.
    for (const QString &statement :
         {QStringLiteral("DELETE FROM search_pending"), QStringLiteral("DELETE FROM search_stale"),
          QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")}) {
        if (!w.exec(statement)) {
            *error =
                InventoryCopy::tr("Cannot build the search index of %1: %2").arg(target.displayName(), sqlError(w));
            return false;
        }
    }
    return true;
}

} // namespace

QStringList InventoryCopy::tables()
{
    return {QStringLiteral("item"),
            QStringLiteral("provider"),
            QStringLiteral("host"),
            QStringLiteral("service"),
            QStringLiteral("also_runs_on"),
            QStringLiteral("item_alias"),
            QStringLiteral("item_tag"),
            QStringLiteral("link_type"),
            QStringLiteral("status_def"),
            QStringLiteral("role_def"),
            QStringLiteral("item_link"),
            QStringLiteral("contact"),
            QStringLiteral("contact_address"),
            QStringLiteral("contact_tag"),
            QStringLiteral("team_member"),
            QStringLiteral("assignment"),
            QStringLiteral("change_batch"),
            QStringLiteral("change_log")};
}

QString InventoryCopy::temporaryPath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral("%1.partial-%2")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

bool InventoryCopy::isTemporaryName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("\\.partial-[0-9a-f]{8}(-journal)?$"));
    return pattern.match(fileName).hasMatch();
}

bool InventoryCopy::copy(Database &source, Database &target, bool replace, QVector<TableCount> *counts, QString *error,
                         const Progress &progress)
{
    return copyRows(source, target, replace, false, counts, error, progress);
}

bool InventoryCopy::copyRows(Database &source, Database &target, bool replace, bool markAtCommit,
                             QVector<TableCount> *counts, QString *error, const Progress &progress)
{
    QString message;
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (source.path() == target.path())
        return fail(tr("%1 cannot be copied onto itself.").arg(source.displayName()));
    if (source.schemaVersion() != target.schemaVersion())
        return fail(tr("%1 has schema %2 and %3 schema %4: open both with this Steward first.")
                        .arg(source.displayName())
                        .arg(source.schemaVersion())
                        .arg(target.displayName())
                        .arg(target.schemaVersion()));

    // The source is read in one transaction too, so that the copy is one moment of it.
    QSqlQuery readTx(source.connection());
    if (!readTx.exec(source.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                       : QStringLiteral("BEGIN")))
        return fail(tr("Cannot read %1: %2").arg(source.displayName(), sqlError(readTx)));
    const auto endRead = [&] { QSqlQuery(source.connection()).exec(QStringLiteral("ROLLBACK")); };

    if (!target.beginWrite(&message)) {
        endRead();
        return fail(target.lastWriteWasBusy() ? message
                                              : tr("Cannot write to %1: %2").arg(target.displayName(), message));
    }
    const auto abandon = [&](const QString &text) {
        target.rollback();
        endRead();
        return fail(text);
    };

    qint64 existing = 0;
    if (!count(target, QStringLiteral("item"), &existing, &message))
        return abandon(message);
    if (existing > 0 && !replace)
        return abandon(tr("%1 already holds an inventory (%2 items); it was not changed. "
                          "Copy into an empty inventory, or replace its contents with --replace.")
                           .arg(target.displayName())
                           .arg(existing));

    QVector<TableCount> copied;
    const bool written = target.isServer() ? copyIntoServer(source, target, &copied, &message, progress)
                                           : copyIntoFile(source, target, existing, &copied, &message, progress);
    if (!written)
        return abandon(message);

    // Every table as many rows as the source's, read back from the target.
    for (const TableCount &c : std::as_const(copied)) {
        if (!verifyCount(source, target, c, &message))
            return abandon(message);
    }
    // A new file carries Steward's mark from this commit on, never before (copyToNewFile()).
    if (markAtCommit) {
        QSqlQuery mark(target.connection());
        if (!mark.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)))
            return abandon(tr("Cannot mark %1 as an inventory: %2").arg(target.displayName(), sqlError(mark)));
    }
    if (!target.commit(&message)) {
        endRead();
        return fail(target.lastWriteWasBusy()
                        ? message
                        : tr("Cannot save the copy into %1: %2").arg(target.displayName(), message));
    }
    endRead();
    if (counts)
        *counts = copied;
    return true;
}

bool InventoryCopy::copyToNewFile(Database &source, const QString &path, QVector<TableCount> *counts, QString *error,
                                  const Progress &progress)
{
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; it was not changed.").arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    const QString temporary = temporaryPath(path);
    QString message;
    {
        Database target;
        if (!target.create(temporary))
            return fail(target.errorString());
        // Killed from here on, the file says it is no inventory ("of another
        // application") besides its name saying it is unfinished.
        QSqlQuery unmark(target.connection());
        if (!unmark.exec(QStringLiteral("PRAGMA application_id = 0"))) {
            message = tr("Cannot write %1: %2").arg(target.displayName(), sqlError(unmark));
            unmark.finish();
            target.close();
            discard(temporary);
            return fail(message);
        }
        unmark.finish();
        if (!copyRows(source, target, false, true, counts, &message, progress)) {
            target.close();
            discard(temporary);
            return fail(message);
        }
    }
    return publish(temporary, path, error);
}

namespace {

/// Flushes @p path (a file or a folder) to disk.
bool flushToDisk(const QString &path, bool folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path)
    Q_UNUSED(folder)
    return true;
#endif
}

/// Renames @p from to @p to, failing if @p to exists (never replacing a file).
bool renameNoReplace(const QString &from, const QString &to, QString *why)
{
#ifdef Q_OS_LINUX
    const QByteArray a = QFile::encodeName(from);
    const QByteArray b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // A file system without RENAME_NOREPLACE: a hard link fails as well if the name is taken.
    if (::link(a.constData(), b.constData()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::unlink(a.constData());
    return true;
#else
    if (QFileInfo::exists(to)) {
        *why = InventoryCopy::tr("the file exists");
        return false;
    }
    QFile file(from);
    if (file.rename(to))
        return true;
    *why = file.errorString();
    return false;
#endif
}

} // namespace

bool InventoryCopy::publish(const QString &temporary, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &text) {
        discard(temporary);
        if (error)
            *error = text;
        return false;
    };
    if (!flushToDisk(temporary, false))
        return fail(tr("Cannot save %1: the copy could not be written to disk.").arg(shown));
    {
        Database check;
        if (!check.open(temporary, Database::OpenMode::ReadOnlyAsItIs))
            return fail(tr("The copy for %1 does not open as an inventory: %2").arg(shown, check.errorString()));
        QSqlQuery quick(check.connection());
        if (!quick.exec(QStringLiteral("PRAGMA quick_check")) || !quick.next() ||
            quick.value(0).toString() != QLatin1String("ok"))
            return fail(tr("The copy for %1 is damaged: %2")
                            .arg(shown, quick.lastError().isValid() ? sqlError(quick) : quick.value(0).toString()));
    }
    QString why;
    if (!renameNoReplace(temporary, path, &why))
        return fail(QFileInfo::exists(path) ? tr("%1 already exists; it was not changed.").arg(shown)
                                            : tr("Cannot save %1: %2").arg(shown, why));
    if (!flushToDisk(QFileInfo(path).absolutePath(), true)) {
        if (error)
            *error = tr("%1 was written, but its folder could not be flushed to disk.").arg(shown);
        return false;
    }
    return true;
}

void InventoryCopy::discard(const QString &temporary)
{
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-journal"));
}

} // namespace steward
