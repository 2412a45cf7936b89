#include "InventoryCopy.h"

#include "Database.h"
#include "Migrations.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <libpq-fe.h>

namespace steward {

namespace {

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

/// How each table is read: parents before children, so that every foreign key
/// finds its row (items by kind: a service is never under a service).
QString selectAll(const QString &table)
{
    if (table == QLatin1String("item"))
        return QStringLiteral("SELECT * FROM item ORDER BY CASE kind WHEN 'organisation' THEN 0 WHEN 'provider' THEN 1"
                              " WHEN 'host' THEN 2 ELSE 3 END, id");
    if (table == QLatin1String("team_member"))
        return QStringLiteral("SELECT * FROM team_member ORDER BY team_id, member_id");
    if (table == QLatin1String("provider") || table == QLatin1String("host") || table == QLatin1String("service"))
        return QStringLiteral("SELECT * FROM %1 ORDER BY item_id").arg(table);
    return QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
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

/// The libpq connection under a QPSQL connection, for COPY.
PGconn *pgConnection(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// COPY's text format: \N for NULL; backslash, tab, LF and CR escaped.
void appendCopyField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

/// Streams the rows of @p read into @p table of the PostgreSQL @p target by COPY FROM
/// STDIN, in the target's open transaction. @p nullColumn is sent as NULL.
bool copyIn(PGconn *conn, const QString &table, const QStringList &columns, QSqlQuery &read, int nullColumn,
            const std::function<void(const QSqlQuery &)> &onRow, qint64 *rows, QString *error)
{
    const QByteArray command = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    PGresult *result = PQexec(conn, command.constData());
    if (PQresultStatus(result) != PGRES_COPY_IN) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQclear(result);
        return false;
    }
    PQclear(result);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    bool sent = true;
    const int count = int(columns.size());
    while (sent && read.next()) {
        for (int c = 0; c < count; ++c) {
            if (c > 0)
                buffer += '\t';
            appendCopyField(buffer, c == nullColumn ? QVariant() : read.value(c));
        }
        buffer += '\n';
        ++*rows;
        if (onRow)
            onRow(read);
        if (buffer.size() >= (1 << 20)) {
            sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
    bool ok = PQputCopyEnd(conn, sent ? nullptr : "the copy was abandoned") == 1 && sent;
    while ((result = PQgetResult(conn)) != nullptr) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    }
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return ok;
}

} // namespace

QStringList InventoryCopy::tables()
{
    return {QStringLiteral("item"),          QStringLiteral("provider"),        QStringLiteral("host"),
            QStringLiteral("service"),       QStringLiteral("item_link"),       QStringLiteral("contact"),
            QStringLiteral("contact_address"), QStringLiteral("team_member"),   QStringLiteral("assignment"),
            QStringLiteral("change_batch"),  QStringLiteral("change_log")};
}

bool InventoryCopy::copy(Database &source, Database &target, bool replace, QVector<TableCount> *counts,
                         QString *error, const Progress &progress)
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
        return fail(tr("Cannot write to %1: %2").arg(target.displayName(), message));
    }
    const auto abandon = [&](const QString &text) {
        target.rollback();
        endRead();
        return fail(text);
    };
    QSqlQuery w(target.connection());
    const QStringList all = tables();

    qint64 existing = 0;
    if (!count(target, QStringLiteral("item"), &existing, &message))
        return abandon(message);
    if (existing > 0 && !replace)
        return abandon(tr("%1 already holds an inventory (%2 items); it was not changed. "
                          "Copy into an empty inventory, or replace its contents with --replace.")
                           .arg(target.displayName())
                           .arg(existing));

    QStringList foreignKeys; // PostgreSQL: the indexes and foreign keys to put back
    if (target.isServer()) {
        // Row triggers (ids, search index) are off for the bulk write; the sequences and
        // the search index are brought up to date at the end, in this transaction.
        for (const QString &table : all) {
            if (!w.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)))
                return abandon(tr("Cannot prepare %1: %2").arg(target.displayName(), sqlError(w)));
        }
        // The foreign keys too: checked row by row they cost more than the copy itself;
        // added back at the end, each is checked in one pass over its table.
        if (!w.exec(QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                                   " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")))
            return abandon(tr("Cannot prepare %1: %2").arg(target.displayName(), sqlError(w)));
        QStringList drops;
        while (w.next()) {
            drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(w.value(0).toString(), w.value(1).toString());
            foreignKeys << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                               .arg(w.value(0).toString(), w.value(1).toString(), w.value(2).toString());
        }
        // Likewise the secondary indexes (not those behind a key): built once at the end.
        if (!w.exec(QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                                   " JOIN pg_class c ON c.oid = i.indexrelid"
                                   " JOIN pg_class t ON t.oid = i.indrelid"
                                   " WHERE t.relnamespace = current_schema()::regnamespace"
                                   " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                                   " AND c.relname <> 'search_doc_folded'")))
            return abandon(tr("Cannot prepare %1: %2").arg(target.displayName(), sqlError(w)));
        while (w.next()) {
            drops << QStringLiteral("DROP INDEX %1").arg(w.value(0).toString());
            foreignKeys.prepend(w.value(1).toString());
        }
        drops << QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'");
        for (const QString &statement : std::as_const(drops)) {
            if (!w.exec(statement))
                return abandon(tr("Cannot prepare %1: %2").arg(target.displayName(), sqlError(w)));
        }
    }
    if (existing > 0) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (!w.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
                return abandon(tr("Cannot empty %1 of %2: %3").arg(*it, target.displayName(), sqlError(w)));
        }
    }

    QVector<TableCount> copied;
    QStringList idTables; // with an id column of their own, numbered by a sequence on PostgreSQL
    for (const QString &table : all) {
        QSqlQuery r(source.connection());
        r.setForwardOnly(true);
        if (!r.exec(selectAll(table))) {
            const QString why = sqlError(r);
            return abandon(tr("Cannot read %1 of %2: %3").arg(table, source.displayName(), why));
        }
        const QSqlRecord record = r.record();
        const int columns = record.count();
        QStringList names;
        int teamColumn = -1;
        if (record.contains(QStringLiteral("id")))
            idTables << table;
        for (int c = 0; c < columns; ++c) {
            names << record.fieldName(c);
            if (table == QLatin1String("contact") && record.fieldName(c) == QLatin1String("team_id"))
                teamColumn = c;
        }
        QVector<QPair<QVariant, QVariant>> teams; // contact id, team id: set after every contact is in
        qint64 rows = 0;
        PGconn *conn = target.isServer() ? pgConnection(target) : nullptr;
        if (conn) {
            // PostgreSQL: COPY, about ten times the rows a second of batched INSERTs.
            const auto noteTeam = [&](const QSqlQuery &q) {
                if (teamColumn >= 0 && !q.value(teamColumn).isNull())
                    teams.append({q.value(0), q.value(teamColumn)});
            };
            if (!copyIn(conn, table, names, r, teamColumn, noteTeam, &rows, &message))
                return abandon(tr("Cannot copy %1 into %2: %3").arg(table, target.displayName(), message));
            if (progress)
                progress(table, rows);
        }
        // SQLite: many rows a statement.
        const int batch = std::max(1, std::min(500, 20000 / std::max(1, columns)));
        const QString row = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                            QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(QLatin1Char(',')));
        QSqlQuery full(target.connection());
        if (!conn)
            full.prepare(head + QStringList(batch, row).join(QLatin1Char(',')));
        QVector<QVariant> values;
        values.reserve(batch * columns);
        const auto flush = [&](QSqlQuery &q, int rowCount) {
            for (int i = 0; i < rowCount * columns; ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                return false;
            rows += rowCount;
            values.clear();
            if (progress)
                progress(table, rows);
            return true;
        };
        while (!conn && r.next()) {
            for (int c = 0; c < columns; ++c) {
                QVariant value = r.value(c);
                if (c == teamColumn && !value.isNull()) {
                    teams.append({r.value(0), value});
                    value = QVariant(QMetaType::fromType<qint64>());
                }
                values.append(value);
            }
            if (values.size() == batch * columns && !flush(full, batch))
                return abandon(tr("Cannot copy %1 into %2: %3").arg(table, target.displayName(), sqlError(full)));
        }
        if (!values.isEmpty()) {
            const int rest = int(values.size() / columns);
            QSqlQuery tail(target.connection());
            tail.prepare(head + QStringList(rest, row).join(QLatin1Char(',')));
            if (!flush(tail, rest))
                return abandon(tr("Cannot copy %1 into %2: %3").arg(table, target.displayName(), sqlError(tail)));
        }
        if (!teams.isEmpty()) {
            QSqlQuery team(target.connection());
            team.prepare(QStringLiteral("UPDATE contact SET team_id = ? WHERE id = ?"));
            for (const auto &t : std::as_const(teams)) {
                team.bindValue(0, t.second);
                team.bindValue(1, t.first);
                if (!team.exec())
                    return abandon(tr("Cannot copy contact into %1: %2").arg(target.displayName(), sqlError(team)));
            }
        }
        copied.append({table, rows});
    }

    if (target.isServer()) {
        QStringList finish;
        for (const QString &table : idTables) {
            finish << QStringLiteral("SELECT setval(s, (SELECT COALESCE(max(id), 0) + 1 FROM %1), false)"
                                     " FROM pg_get_serial_sequence('%1', 'id') AS s WHERE s IS NOT NULL")
                          .arg(table);
        }
        finish << foreignKeys << postgresSearchRebuild();
        for (const QString &table : all)
            finish << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table);
        for (const QString &statement : std::as_const(finish)) {
            if (!w.exec(statement))
                return abandon(tr("Cannot finish the copy into %1: %2").arg(target.displayName(), sqlError(w)));
        }
    } else if (!target.updateSearchIndex(&message)) {
        return abandon(tr("Cannot update the search index of %1: %2").arg(target.displayName(), message));
    }

    // Every table as many rows as the source's, read back from the target.
    for (const TableCount &c : std::as_const(copied)) {
        qint64 inSource = 0;
        qint64 inTarget = 0;
        if (!count(source, c.table, &inSource, &message) || !count(target, c.table, &inTarget, &message))
            return abandon(message);
        if (inSource != inTarget || inTarget != c.rows)
            return abandon(tr("The copy of %1 is incomplete: %2 rows in %3, %4 in %5. Nothing was written.")
                               .arg(c.table)
                               .arg(inSource)
                               .arg(source.displayName())
                               .arg(inTarget)
                               .arg(target.displayName()));
    }
    if (!target.commit(&message)) {
        endRead();
        return fail(tr("Cannot save the copy into %1: %2").arg(target.displayName(), message));
    }
    endRead();
    if (counts)
        *counts = copied;
    return true;
}

} // namespace steward
