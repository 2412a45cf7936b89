#include "Store.h"

#include "StoreSql.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <limits>

// The Store's core: the connection's prepared statements, write transactions with
// their change signals held until commit, and the history log. Each kind of record
// has its part in model/store/ (StoreItems.cpp, StoreContacts.cpp, ...); the bulk
// insert (SqliteBulkItemInsert) and the services report's scan (ServiceScan) are
// classes of their own there.

namespace steward {

using namespace storesql;

namespace {

/// The operating-system user, for the history.
QString osUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

} // namespace

QString Store::systemUserName()
{
    return osUserName();
}

Store::Store(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(systemUserName())
{
    // On a shared server the history names the database user: that is who is
    // accountable there, whatever the local account is called.
    if (m_db.isServer()) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            m_actor = q.value(0).toString();
    }
}

QDateTime Store::now() const
{
    QDateTime at = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return at.toUTC();
}

Store::~Store()
{
    qDeleteAll(m_queries);
}

void Store::resetStatements()
{
    qDeleteAll(m_queries);
    m_queries.clear();
    m_unprepared.clear();
}

QSqlQuery &Store::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end() && !m_unprepared.contains(sql))
        return **it;
    if (it == m_queries.end()) {
        auto *query = new QSqlQuery(m_db.connection());
        query->setForwardOnly(true);
        it = m_queries.insert(sql, query);
    }
    // A prepare that failed (say, the schema was locked) is tried again next time;
    // this time's exec() reports the error.
    if ((*it)->prepare(sql))
        m_unprepared.remove(sql);
    else
        m_unprepared.insert(sql);
    return **it;
}

bool Store::insertedId(QSqlQuery &query, qint64 *id, QString *error)
{
    // INSERT ... RETURNING id: portable to PostgreSQL, where lastInsertId() is not.
    const bool ok = query.next();
    if (ok)
        *id = query.value(0).toLongLong();
    else
        setError(error, query.lastError().isValid() ? query.lastError().text() : tr("No id was returned."));
    query.finish();
    if (!ok)
        m_db.noteDamage(error);
    return ok;
}

bool Store::exec(QSqlQuery &query, QString *error)
{
    // Qt binds a null QString as SQL NULL; every text column here is NOT NULL with ''
    // for "nothing", so a null string is sent as an empty one.
    const QVariantList values = query.boundValues();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
    }
    if (query.exec())
        return true;
    const QSqlError e = query.lastError();
    setError(error, e.databaseText().isEmpty() ? e.text() : e.databaseText());
    query.finish();
    m_db.noteDamage(error);
    return false;
}

QSqlQuery &Store::bound(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = prepared(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q;
}

bool Store::changeOne(const QString &sql, std::initializer_list<QVariant> values, const QString &missing,
                      QString *error)
{
    QSqlQuery &q = bound(sql, values);
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        setError(error, missing);
        return false;
    }
    return true;
}

std::optional<QSet<qint64>> Store::selectIds(const QString &sql, QString *error)
{
    QSqlQuery &q = prepared(sql);
    if (!exec(q, error))
        return std::nullopt;
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    q.finish();
    return ids;
}

void Store::notifyOwnershipChanged(bool contacts)
{
    // Once per commit, however many assignments a batch touched: views re-read anyway.
    if (m_depth > 0) {
        if (contacts && !m_contactsPending) {
            m_contactsPending = true;
            m_pending.append([this] {
                m_contactsPending = false;
                Q_EMIT contactsChanged();
            });
        }
        if (m_ownershipPending)
            return;
        m_ownershipPending = true;
        m_pending.append([this] {
            m_ownershipPending = false;
            Q_EMIT ownershipChanged();
        });
        return;
    }
    if (contacts)
        Q_EMIT contactsChanged();
    Q_EMIT ownershipChanged();
}

void Store::notify(std::function<void()> signal)
{
    if (m_depth > 0)
        m_pending.append(std::move(signal));
    else
        signal();
}

bool Store::write(const std::function<bool(QString *)> &work, QString *error, const QString &label)
{
    if (m_depth > 0) {
        // A savepoint, so that a nested write that fails takes back its own statements
        // (and signals) even when the caller goes on and commits the rest.
        QSqlQuery savepoint(m_db.connection());
        if (!savepoint.exec(QStringLiteral("SAVEPOINT steward_nested"))) {
            setError(error, savepoint.lastError().text());
            return false;
        }
        const qsizetype pending = m_pending.size();
        const bool ownershipPending = m_ownershipPending;
        const bool contactsPending = m_contactsPending;
        const bool bulkPending = m_bulkPending;
        ++m_depth;
        const bool ok = work(error);
        --m_depth;
        if (!ok) {
            savepoint.exec(QStringLiteral("ROLLBACK TO steward_nested"));
            m_pending.resize(pending);
            if (!ownershipPending)
                m_ownershipPending = false;
            if (!contactsPending)
                m_contactsPending = false;
            if (!bulkPending)
                m_bulkPending = false;
        }
        savepoint.exec(QStringLiteral("RELEASE steward_nested"));
        return ok;
    }
    QString message;
    if (!m_db.beginWrite(&message)) {
        if (m_db.isDamaged()) {
            setError(error, message);
            Q_EMIT damageFound();
            return false;
        }
        // A server that went away is not "busy": say what happened and what comes next.
        QString why; // the probe's answer; @p message says what failed
        if (m_db.isServer() && !m_db.isAlive(&why))
            setError(error, tr("Not saved: the connection to the server was lost (%1). Steward connects again by "
                               "itself; save again in a moment.")
                                .arg(message.simplified()));
        else if (m_db.isReadOnly() || m_db.lastWriteWasBusy()) // the message says it all
            setError(error, message);
        else
            setError(error, tr("The inventory is busy or cannot be written: %1").arg(message));
        return false;
    }
    m_depth = 1;
    m_label = label;
    m_batchId = 0;
    // A read that met a damaged page may only have stopped early, with no error for the
    // caller to see; SQLite's log saw it. Nothing is committed after that.
    const quint64 damageBefore = Database::damageReports();
    bool ok = work(error);
    // One statement for the whole transaction's search index changes (see schema step 3).
    if (ok && !m_db.updateSearchIndex(&message)) {
        setError(error, tr("Cannot update the search index: %1").arg(message));
        ok = false;
    }
    m_depth = 0;
    const qint64 batchId = std::exchange(m_batchId, 0);
    if (ok && !m_db.isServer() && Database::damageReports() != damageBefore) {
        m_db.markDamaged(tr("SQLite met a damaged page while this change was being made"));
        setError(error, m_db.damageMessage());
        ok = false;
    }
    if (ok && !m_db.commit(&message)) {
        setError(error, m_db.lastWriteWasBusy() ? message : tr("Cannot save: %1").arg(message));
        ok = false;
    }
    if (!ok) {
        if (!m_db.isServer() && Database::damageReports() != damageBefore && !m_db.isDamaged()) {
            m_db.markDamaged(error ? *error : QString());
            setError(error, m_db.damageMessage());
        }
        m_db.noteDamage(error);
        m_db.rollback();
        if (m_db.isDamaged())
            Q_EMIT damageFound();
        m_pending.clear();
        m_ownershipPending = false;
        m_contactsPending = false;
        m_bulkPending = false;
        return false;
    }
    m_lastBatchId = batchId;
    const auto pending = std::exchange(m_pending, {});
    for (const auto &signal : pending)
        signal();
    return true;
}

bool Store::ensureBatch(const QString &summary, QString *error)
{
    // The batch is made with its first change, so a write that changes nothing leaves no trace.
    if (m_batchId != 0)
        return true;
    QSqlQuery &batch =
        bound(QStringLiteral("INSERT INTO change_batch (at, actor, label) VALUES (?, ?, ?) RETURNING id"),
              {now().toString(Qt::ISODateWithMs), m_actor, m_label.isEmpty() ? summary : m_label});
    return exec(batch, error) && insertedId(batch, &m_batchId, error);
}

bool Store::execWithEach(const QString &sql, qint64 value, QString *error)
{
    QSqlQuery &q = prepared(sql);
    for (int i = 0, n = static_cast<int>(sql.count(QLatin1Char('?'))); i < n; ++i)
        q.bindValue(i, value);
    const bool ok = exec(q, error);
    q.finish();
    return ok;
}

bool Store::insertRows(const QString &head, const QString &row, int columns, qsizetype count,
                       const std::function<void(QSqlQuery &, qsizetype, int)> &bind, QString *error)
{
    // Many rows a statement: one exec (and one trip through the driver) per chunk.
    constexpr qsizetype PerStatement = 64;
    for (qsizetype start = 0; start < count; start += PerStatement) {
        const qsizetype rows = std::min(PerStatement, count - start);
        QString sql = head;
        sql.reserve(head.size() + rows * (row.size() + 1));
        for (qsizetype i = 0; i < rows; ++i) {
            if (i > 0)
                sql += QLatin1Char(',');
            sql += row;
        }
        QSqlQuery &q = prepared(sql);
        for (qsizetype i = 0; i < rows; ++i)
            bind(q, start + i, static_cast<int>(i) * columns);
        if (!q.exec()) {
            const QSqlError e = q.lastError();
            setError(error, e.databaseText().isEmpty() ? e.text() : e.databaseText());
            q.finish();
            m_db.noteDamage(error);
            return false;
        }
        q.finish();
    }
    return true;
}

bool Store::selectIn(const QString &sql, const QVector<qint64> &ids, const std::function<void(const QSqlQuery &)> &row,
                     QString *error)
{
    constexpr qsizetype PerStatement = 500;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (ids.size() > PerStatement) {
        // Many ids: one statement with one value, the ids as an array the database
        // unpacks. Hundreds of ? a statement cost more to prepare and bind than the
        // look-ups themselves (10k ids: 40 ms in chunks, a few in one).
        const bool server = m_db.backend() == Backend::PostgreSQL;
        QString array;
        array.reserve(ids.size() * 7);
        array += server ? QLatin1Char('{') : QLatin1Char('[');
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i > 0)
                array += QLatin1Char(',');
            array += QString::number(ids.at(i));
        }
        array += server ? QLatin1Char('}') : QLatin1Char(']');
        query.prepare(sql.arg(server ? QStringLiteral("SELECT unnest(CAST(? AS bigint[]))")
                                     : QStringLiteral("SELECT value FROM json_each(?)")));
        query.addBindValue(array);
        if (!exec(query, error))
            return false;
        while (query.next())
            row(query);
        query.finish();
        return true;
    }
    for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
        const int count = static_cast<int>(std::min(PerStatement, ids.size() - start));
        query.prepare(sql.arg(placeholders(count)));
        for (int i = 0; i < count; ++i)
            query.addBindValue(ids.at(start + i));
        if (!exec(query, error))
            return false;
        while (query.next())
            row(query);
        query.finish();
    }
    return true;
}

void Store::notifyBulk()
{
    if (m_bulkPending)
        return;
    m_bulkPending = true;
    notify([this] {
        m_bulkPending = false;
        Q_EMIT bulkChanged();
    });
    notifyOwnershipChanged(true);
}

bool Store::logChange(const QString &entity, qint64 entityId, qint64 itemId, const QString &action,
                      const QString &summary, const QJsonObject &before, const QJsonObject &after, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (!ensureBatch(summary, error))
        return false;
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_batchId);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(nullableId(itemId));
    q.addBindValue(action);
    q.addBindValue(summary);
    q.addBindValue(compactJson(before));
    q.addBindValue(compactJson(after));
    return exec(q, error);
}

std::optional<QVector<HistoryEntry>> Store::history(qint64 itemId, int limit, QString *error)
{
    QVector<HistoryEntry> result;
    const QString &select = kChangeSelect;
    QSqlQuery &q = prepared(itemId > 0 ? select + QStringLiteral("WHERE l.item_id = ? ORDER BY l.id DESC LIMIT ?")
                                       : select + QStringLiteral("ORDER BY l.id DESC LIMIT ?"));
    if (itemId > 0)
        q.addBindValue(itemId);
    q.addBindValue(limit > 0 ? limit : std::numeric_limits<int>::max());
    if (!exec(q, error))
        return std::nullopt;
    while (q.next())
        result.append(readChange(q));
    q.finish();
    return result;
}

qint64 Store::dataVersion()
{
    // The pragma takes a read lock: while another connection commits (an import's
    // worker, another process) it would wait on the GUI thread. It does not wait; the
    // next poll looks again.
    m_db.setWaitForLocks(false);
    QSqlQuery &q = prepared(QStringLiteral("PRAGMA data_version"));
    const bool ok = exec(q, nullptr);
    const qint64 version = ok && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    m_db.setWaitForLocks(true);
    return version;
}

std::optional<qint64> Store::latestChangeOf(const QString &entity, qint64 entityId, QString *error)
{
    QSqlQuery &q =
        bound(QStringLiteral("SELECT max(id) FROM change_log WHERE entity = ? AND entity_id = ?"), {entity, entityId});
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QString Store::nameFrom(const QString &sql, qint64 id)
{
    // For history summaries: a name if there is one, else the id.
    QSqlQuery &q = prepared(sql);
    q.addBindValue(id);
    if (!exec(q, nullptr))
        return QString::number(id);
    const QString name = q.next() ? q.value(0).toString() : QString::number(id);
    q.finish();
    return name;
}

QString Store::itemName(qint64 id)
{
    return nameFrom(QStringLiteral("SELECT name FROM item WHERE id = ?"), id);
}

QString Store::contactName(qint64 id)
{
    return nameFrom(QStringLiteral("SELECT name FROM contact WHERE id = ?"), id);
}

} // namespace steward
