#include "Store.h"

#include "ItemFields.h"
#include "Migrations.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <cstring>
#include <memory>
#include <string_view>
#include <thread>
#include <vector>

namespace steward {
namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.kind, i.name, i.parent_id, i.status, i.description, i.notes, i.version,"
    " p.provider_kind, p.full_name, p.website, p.location, p.config_tool, p.config_tool_url, p.config_repo,"
    " h.host_kind, h.hostname, s.url, s.source_url"
    " FROM item i LEFT JOIN provider p ON p.item_id = i.id LEFT JOIN host h ON h.item_id = i.id"
    " LEFT JOIN service s ON s.item_id = i.id ");

Item readItem(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    keys::itemKindFromKey(q.value(1).toString(), &item.kind);
    item.name = q.value(2).toString();
    item.parentId = q.value(3).toLongLong();
    item.status = q.value(4).toString();
    item.description = q.value(5).toString();
    item.notes = q.value(6).toString();
    item.version = q.value(7).toInt();
    item.providerKind = keys::providerKindFromKey(q.value(8).toString());
    item.fullName = q.value(9).toString();
    item.website = q.value(10).toString();
    item.location = q.value(11).toString();
    item.configTool = q.value(12).toString();
    item.configToolUrl = q.value(13).toString();
    item.configRepo = q.value(14).toString();
    item.hostKind = keys::hostKindFromKey(q.value(15).toString());
    item.hostname = q.value(16).toString();
    item.url = q.value(17).toString();
    item.sourceUrl = q.value(18).toString();
    return item;
}

Contact readContact(const QSqlQuery &q)
{
    Contact contact;
    contact.id = q.value(0).toLongLong();
    contact.kind = keys::contactKindFromKey(q.value(1).toString());
    contact.name = q.value(2).toString();
    contact.teamId = q.value(3).toLongLong();
    contact.notes = q.value(4).toString();
    contact.version = q.value(5).toInt();
    return contact;
}

const QString kContactSelect =
    QStringLiteral("SELECT id, kind, name, team_id, notes, version FROM contact ");

Assignment readAssignment(const QSqlQuery &q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.itemId = q.value(1).toLongLong();
    a.contactId = q.value(2).toLongLong();
    a.role = q.value(3).toString();
    a.priority = keys::priorityFromKey(q.value(4).toString());
    a.note = q.value(5).toString();
    a.position = q.value(6).toInt();
    a.version = q.value(7).toInt();
    return a;
}

/// An address from "SELECT contact_id, id, kind, value, label FROM contact_address".
Address readAddress(const QSqlQuery &q)
{
    Address address;
    address.id = q.value(1).toLongLong();
    address.kind = keys::addressKindFromKey(q.value(2).toString());
    address.value = q.value(3).toString();
    address.label = q.value(4).toString();
    return address;
}

TeamMember readTeamMember(const QSqlQuery &q)
{
    TeamMember member;
    member.teamId = q.value(0).toLongLong();
    member.memberId = q.value(1).toLongLong();
    member.role = q.value(2).toString();
    member.note = q.value(3).toString();
    member.memberName = q.value(4).toString();
    member.position = q.value(5).toInt();
    return member;
}

const QString kAssignmentSelect = QStringLiteral(
    "SELECT id, item_id, contact_id, role, priority, note, position, version FROM assignment ");

QString placeholders(int count)
{
    QString text;
    text.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        text += i ? QStringLiteral(",?") : QStringLiteral("?");
    return text;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QJsonObject assignmentFields(const Assignment &a)
{
    return {{QStringLiteral("item_id"), a.itemId},
            {QStringLiteral("contact_id"), a.contactId},
            {QStringLiteral("role"), a.role},
            {QStringLiteral("priority"), keys::priority(a.priority)},
            {QStringLiteral("note"), a.note}};
}

/// Keeps only the fields that differ, in both objects.
void keepChanged(QJsonObject *before, QJsonObject *after)
{
    const QStringList names = before->keys();
    for (const QString &name : names) {
        if (before->value(name) == after->value(name)) {
            before->remove(name);
            after->remove(name);
        }
    }
}

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

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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
    return false;
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
        // A server that went away is not "busy": say what happened and what comes next.
        if (m_db.isServer() && !m_db.isAlive())
            setError(error, tr("Not saved: the connection to the server was lost (%1). Steward connects again by "
                               "itself; save again in a moment.")
                                .arg(message.simplified()));
        else
            setError(error, tr("The inventory is busy or cannot be written: %1").arg(message));
        return false;
    }
    m_depth = 1;
    m_label = label;
    m_batchId = 0;
    bool ok = work(error);
    // One statement for the whole transaction's search index changes (see schema step 3).
    if (ok && !m_db.updateSearchIndex(&message)) {
        setError(error, tr("Cannot update the search index: %1").arg(message));
        ok = false;
    }
    m_depth = 0;
    const qint64 batchId = std::exchange(m_batchId, 0);
    if (ok && !m_db.commit(&message)) {
        setError(error, tr("Cannot save: %1").arg(message));
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
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
    QSqlQuery &batch = prepared(QStringLiteral("INSERT INTO change_batch (at, actor, label) VALUES (?, ?, ?) RETURNING id"));
    batch.addBindValue(nowUtc());
    batch.addBindValue(m_actor);
    batch.addBindValue(m_label.isEmpty() ? summary : m_label);
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
            return false;
        }
        q.finish();
    }
    return true;
}

bool Store::selectIn(const QString &sql, const QVector<qint64> &ids,
                     const std::function<void(const QSqlQuery &)> &row, QString *error)
{
    constexpr qsizetype PerStatement = 500;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
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
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_batchId);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(nullableId(itemId));
    q.addBindValue(action);
    q.addBindValue(summary);
    q.addBindValue(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    return exec(q, error);
}

QVector<HistoryEntry> Store::history(qint64 itemId, int limit, QString *error)
{
    QVector<HistoryEntry> result;
    const QString select = QStringLiteral(
        "SELECT l.id, l.batch_id, b.at, b.actor, b.label, l.entity, l.entity_id, l.item_id, l.action, l.summary,"
        " l.before, l.after FROM change_log l JOIN change_batch b ON b.id = l.batch_id ");
    QSqlQuery &q = prepared(itemId > 0 ? select + QStringLiteral("WHERE l.item_id = ? ORDER BY l.id DESC LIMIT ?")
                                       : select + QStringLiteral("ORDER BY l.id DESC LIMIT ?"));
    if (itemId > 0)
        q.addBindValue(itemId);
    q.addBindValue(limit > 0 ? limit : std::numeric_limits<int>::max());
    if (!exec(q, error))
        return result;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.batchId = q.value(1).toLongLong();
        e.at = q.value(2).toString();
        e.actor = q.value(3).toString();
        e.label = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toLongLong();
        e.itemId = q.value(7).toLongLong();
        e.action = q.value(8).toString();
        e.summary = q.value(9).toString();
        e.before = q.value(10).toString();
        e.after = q.value(11).toString();
        result.append(e);
    }
    q.finish();
    return result;
}

qint64 Store::dataVersion()
{
    // The pragma takes a read lock: while another connection commits (an import's
    // worker, another process) it would wait on the GUI thread. It does not wait; the
    // next poll looks again.
    sqlite3 *handle = SqliteStatement::handle(m_db.connection());
    if (handle)
        sqlite3_busy_timeout(handle, 0);
    QSqlQuery &q = prepared(QStringLiteral("PRAGMA data_version"));
    const bool ok = exec(q, nullptr);
    const qint64 version = ok && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    if (handle)
        sqlite3_busy_timeout(handle, Database::BusyTimeoutMs);
    return version;
}

// ---------------------------------------------------------------- items

std::optional<qint64> Store::organisationId(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM item WHERE kind = 'organisation' ORDER BY id LIMIT 1"));
    if (!exec(q, error))
        return std::nullopt;
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    else
        setError(error, tr("The inventory has no organisation."));
    q.finish();
    return id;
}

bool Store::checkParent(const Item &item, QString *error)
{
    if (item.name.trimmed().isEmpty()) {
        setError(error, tr("The name is required."));
        return false;
    }
    if (item.kind == ItemKind::Organisation) {
        if (item.parentId != 0) {
            setError(error, tr("An organisation cannot have a parent."));
            return false;
        }
        return true;
    }
    if (item.parentId == 0) {
        setError(error, tr("\"%1\" needs a parent.").arg(item.name));
        return false;
    }
    auto parent = this->item(item.parentId, error);
    if (!parent) {
        setError(error, tr("The parent of \"%1\" (id %2) does not exist.").arg(item.name).arg(item.parentId));
        return false;
    }
    bool ok = false;
    switch (item.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider: ok = parent->kind == ItemKind::Organisation; break;
    case ItemKind::Host: ok = parent->kind == ItemKind::Provider; break;
    case ItemKind::Service: ok = parent->kind != ItemKind::Service; break;
    }
    if (!ok) {
        setError(error, tr("A %1 cannot be placed under the %2 \"%3\".")
                            .arg(keys::itemKindLabel(item.kind), keys::itemKindLabel(parent->kind), parent->name));
    }
    return ok;
}

bool Store::checkItemName(const Item &item, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT name FROM item WHERE kind = ? AND name_key = ? AND id <> ? LIMIT 1"));
    q.addBindValue(keys::itemKind(item.kind));
    q.addBindValue(nameKey(item.name));
    q.addBindValue(item.id);
    if (!exec(q, error))
        return false;
    const bool taken = q.next();
    if (taken) // the item form's words
        setError(error, tr("There is already a %1 called \"%2\".").arg(keys::itemKindLabel(item.kind), q.value(0).toString()));
    q.finish();
    return !taken;
}

bool Store::checkContactName(const Contact &contact, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT name, kind FROM contact WHERE name_key = ? AND id <> ? LIMIT 1"));
    q.addBindValue(nameKey(contact.name));
    q.addBindValue(contact.id);
    if (!exec(q, error))
        return false;
    const bool taken = q.next();
    if (taken) // the contact form's words
        setError(error, tr("There is already a contact called \"%1\" (%2).")
                            .arg(q.value(0).toString(),
                                 keys::contactKindLabel(keys::contactKindFromKey(q.value(1).toString()))));
    q.finish();
    return !taken;
}

bool Store::bulkNameTaken(const QVector<Item> &items, const QVector<QString> &keys, qint64 before, QString *error)
{
    // Only on the way out of a failed insert: the unique index refused a name, or
    // something else failed (then nothing is found here and that error stands).
    QHash<QPair<QString, QString>, QString> taken; // (kind, name key) -> the name that has it
    const QSet<QString> distinct(keys.cbegin(), keys.cend());
    const QVector<QString> wanted(distinct.cbegin(), distinct.cend());
    constexpr qsizetype PerStatement = 500;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < wanted.size(); start += PerStatement) {
        const int count = static_cast<int>(std::min(PerStatement, wanted.size() - start));
        q.prepare(QStringLiteral("SELECT kind, name_key, name FROM item WHERE id <= ? AND name_key IN (%1)")
                      .arg(placeholders(count)));
        q.addBindValue(before);
        for (int i = 0; i < count; ++i)
            q.addBindValue(wanted.at(start + i));
        if (!q.exec())
            return false;
        while (q.next())
            taken.insert({q.value(0).toString(), q.value(1).toString()}, q.value(2).toString());
        q.finish();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QPair<QString, QString> key{keys::itemKind(item.kind), keys.at(i)};
        const auto other = taken.constFind(key);
        if (other != taken.constEnd()) {
            setError(error, tr("There is already a %1 called \"%2\".").arg(keys::itemKindLabel(item.kind), *other));
            return true;
        }
        taken.insert(key, item.name); // a second one of these further on is refused too
    }
    return false;
}

bool Store::writeItemDetails(const Item &item, bool insert, QString *error)
{
    switch (item.kind) {
    case ItemKind::Organisation:
        return true;
    case ItemKind::Provider: {
        QSqlQuery &q = prepared(
            insert ? QStringLiteral("INSERT INTO provider (provider_kind, full_name, website, location, config_tool,"
                                    " config_tool_url, config_repo, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                   : QStringLiteral("UPDATE provider SET provider_kind = ?, full_name = ?, website = ?, location = ?,"
                                    " config_tool = ?, config_tool_url = ?, config_repo = ? WHERE item_id = ?"));
        q.addBindValue(keys::providerKind(item.providerKind));
        q.addBindValue(item.fullName);
        q.addBindValue(item.website);
        q.addBindValue(item.location);
        q.addBindValue(item.configTool);
        q.addBindValue(item.configToolUrl);
        q.addBindValue(item.configRepo);
        q.addBindValue(item.id);
        return exec(q, error);
    }
    case ItemKind::Host: {
        QSqlQuery &q = prepared(insert ? QStringLiteral("INSERT INTO host (host_kind, hostname, item_id) VALUES (?, ?, ?)")
                                       : QStringLiteral("UPDATE host SET host_kind = ?, hostname = ? WHERE item_id = ?"));
        q.addBindValue(keys::hostKind(item.hostKind));
        q.addBindValue(item.hostname);
        q.addBindValue(item.id);
        return exec(q, error);
    }
    case ItemKind::Service: {
        QSqlQuery &q = prepared(insert ? QStringLiteral("INSERT INTO service (url, source_url, item_id) VALUES (?, ?, ?)")
                                       : QStringLiteral("UPDATE service SET url = ?, source_url = ? WHERE item_id = ?"));
        q.addBindValue(item.url);
        q.addBindValue(item.sourceUrl);
        q.addBindValue(item.id);
        return exec(q, error);
    }
    }
    return false;
}

std::optional<qint64> Store::createItem(Item &item, QString *error)
{
    Item draft = item;
    draft.name = draft.name.trimmed();
    const bool ok = write(
        [&](QString *err) {
            if (!checkParent(draft, err))
                return false;
            if (draft.kind == ItemKind::Organisation) {
                QSqlQuery &count = prepared(QStringLiteral("SELECT count(*) FROM item WHERE kind = 'organisation'"));
                if (!exec(count, err))
                    return false;
                const bool exists = count.next() && count.value(0).toInt() > 0;
                count.finish();
                if (exists) {
                    setError(err, tr("The inventory already has an organisation."));
                    return false;
                }
            }
            if (!checkItemName(draft, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
            // An id given is kept (undo puts an item back as it was); 0 lets SQLite choose.
            q.addBindValue(nullableId(draft.id));
            q.addBindValue(keys::itemKind(draft.kind));
            q.addBindValue(draft.name);
            q.addBindValue(nameKey(draft.name));
            q.addBindValue(nullableId(draft.parentId));
            q.addBindValue(draft.status.isEmpty() ? QStringLiteral("active") : draft.status);
            q.addBindValue(draft.description);
            q.addBindValue(draft.notes);
            if (!exec(q, err))
                return false;
            if (!insertedId(q, &draft.id, err))
                return false;
            draft.version = 1;
            if (draft.status.isEmpty())
                draft.status = QStringLiteral("active");
            return writeItemDetails(draft, true, err) &&
                   logChange(QStringLiteral("item"), draft.id, draft.id, QStringLiteral("create"),
                             tr("Created %1 \"%2\"").arg(keys::itemKindLabel(draft.kind), draft.name), {},
                             itemFields(draft), err);
        },
        error);
    if (!ok)
        return std::nullopt;
    item = draft;
    const qint64 id = item.id;
    notify([this, id] { Q_EMIT itemCreated(id); });
    return id;
}

std::optional<qint64> Store::createValidatedItem(Item &item, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 0) {
        setError(error, tr("Items are created in bulk only inside a write."));
        return std::nullopt;
    }
    Item draft = item;
    draft.name = draft.name.trimmed();
    if (draft.status.isEmpty())
        draft.status = QStringLiteral("active");
    if (draft.name.isEmpty() || (draft.kind != ItemKind::Organisation && draft.parentId == 0)) {
        setError(error, tr("\"%1\" needs a name and a parent.").arg(draft.name));
        return std::nullopt;
    }
    if (!checkItemName(draft, error))
        return std::nullopt;
    // Bound by position: the same statement for every item, no name look-ups.
    static const QString insert = QStringLiteral(
        "INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
        " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, 1)");
    QSqlQuery &q = prepared(insert);
    q.bindValue(0, keys::itemKind(draft.kind));
    q.bindValue(1, draft.name);
    q.bindValue(2, nameKey(draft.name));
    q.bindValue(3, draft.parentId);
    q.bindValue(4, draft.status);
    q.bindValue(5, draft.description);
    q.bindValue(6, draft.notes);
    if (!exec(q, error))
        return std::nullopt;
    // Not RETURNING: SQLite builds a temporary table for it on every execution,
    // which costs more than the insert; this path is SQLite's anyway.
    draft.id = q.lastInsertId().toLongLong();
    q.finish();
    if (draft.id <= 0) {
        setError(error, tr("No id was returned."));
        return std::nullopt;
    }
    draft.version = 1;
    if (!writeItemDetails(draft, true, error))
        return std::nullopt;
    QJsonObject after;
    after.insert(QStringLiteral("kind"), keys::itemKind(draft.kind));
    after.insert(QStringLiteral("name"), draft.name);
    after.insert(QStringLiteral("parent_id"), draft.parentId);
    if (!logChange(QStringLiteral("item"), draft.id, draft.id, QStringLiteral("create"),
                   tr("Created %1 \"%2\"").arg(keys::itemKindLabel(draft.kind), draft.name), {}, after, error))
        return std::nullopt;
    item = draft;
    const qint64 id = item.id;
    notify([this, id] { Q_EMIT itemCreated(id); });
    return id;
}

bool Store::createValidatedItems(QVector<Item> &items, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 0) {
        setError(error, tr("Items are created in bulk only inside a write."));
        return false;
    }
    if (items.isEmpty())
        return true;
    // Every text column is NOT NULL: a null QString would bind as NULL.
    static const QString empty = QStringLiteral("");
    const auto text = [](const QString &value) -> const QString & { return value.isNull() ? empty : value; };
    QSqlQuery &last = prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM item"));
    if (!exec(last, error))
        return false;
    const qint64 before = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    QVector<QString> keys(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        item.name = item.name.trimmed();
        if (item.status.isEmpty())
            item.status = QStringLiteral("active");
        if (item.name.isEmpty() || (item.kind != ItemKind::Organisation && item.parentId <= 0)) {
            setError(error, tr("\"%1\" needs a name and a parent.").arg(item.name));
            return false;
        }
        item.id = before + 1 + i;
        item.version = 1;
        keys[i] = nameKey(item.name);
    }
    if (SqliteStatement::handle(m_db.connection()))
        return createItemsSqlite(items, keys, error);
    // PostgreSQL: multi-row inserts; its triggers write the GIN index as the rows go in.
    // Under a savepoint: after a name the unique index refuses, the transaction can
    // still say which.
    QSqlQuery savepoint(m_db.connection());
    if (!savepoint.exec(QStringLiteral("SAVEPOINT steward_bulk_items"))) {
        setError(error, savepoint.lastError().text());
        return false;
    }
    bool ok = insertRows(
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
                       " VALUES "),
        QStringLiteral("(?,?,?,?,?,?,?,?,1)"), 8, items.size(),
        [&](QSqlQuery &q, qsizetype i, int at) {
            const Item &item = items.at(i);
            q.bindValue(at, item.id);
            q.bindValue(at + 1, keys::itemKind(item.kind));
            q.bindValue(at + 2, item.name);
            q.bindValue(at + 3, keys.at(i));
            q.bindValue(at + 4, nullableId(item.parentId));
            q.bindValue(at + 5, item.status);
            q.bindValue(at + 6, text(item.description));
            q.bindValue(at + 7, text(item.notes));
        },
        error);
    if (!ok) {
        savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT steward_bulk_items"));
        bulkNameTaken(items, keys, before, error);
        return false;
    }
    if (!savepoint.exec(QStringLiteral("RELEASE SAVEPOINT steward_bulk_items"))) {
        setError(error, savepoint.lastError().text());
        return false;
    }
    // The kind-specific rows, one run per kind.
    QVector<qsizetype> ofKind[4];
    for (qsizetype i = 0; i < items.size(); ++i)
        ofKind[static_cast<int>(items.at(i).kind)].append(i);
    const auto each = [&](ItemKind kind, const std::function<void(QSqlQuery &, const Item &, int)> &bind) {
        const QVector<qsizetype> &rows = ofKind[static_cast<int>(kind)];
        return [&rows, &items, bind](QSqlQuery &q, qsizetype i, int at) { bind(q, items.at(rows.at(i)), at); };
    };
    ok = ok && insertRows(QStringLiteral("INSERT INTO provider (item_id, provider_kind, full_name, website, location,"
                                         " config_tool, config_tool_url, config_repo) VALUES "),
                          QStringLiteral("(?,?,?,?,?,?,?,?)"), 8, ofKind[static_cast<int>(ItemKind::Provider)].size(),
                          each(ItemKind::Provider,
                               [&](QSqlQuery &q, const Item &item, int at) {
                                   q.bindValue(at, item.id);
                                   q.bindValue(at + 1, keys::providerKind(item.providerKind));
                                   q.bindValue(at + 2, text(item.fullName));
                                   q.bindValue(at + 3, text(item.website));
                                   q.bindValue(at + 4, text(item.location));
                                   q.bindValue(at + 5, text(item.configTool));
                                   q.bindValue(at + 6, text(item.configToolUrl));
                                   q.bindValue(at + 7, text(item.configRepo));
                               }),
                          error);
    ok = ok && insertRows(QStringLiteral("INSERT INTO host (item_id, host_kind, hostname) VALUES "),
                          QStringLiteral("(?,?,?)"), 3, ofKind[static_cast<int>(ItemKind::Host)].size(),
                          each(ItemKind::Host,
                               [&](QSqlQuery &q, const Item &item, int at) {
                                   q.bindValue(at, item.id);
                                   q.bindValue(at + 1, keys::hostKind(item.hostKind));
                                   q.bindValue(at + 2, text(item.hostname));
                               }),
                          error);
    ok = ok && insertRows(QStringLiteral("INSERT INTO service (item_id, url, source_url) VALUES "),
                          QStringLiteral("(?,?,?)"), 3, ofKind[static_cast<int>(ItemKind::Service)].size(),
                          each(ItemKind::Service,
                               [&](QSqlQuery &q, const Item &item, int at) {
                                   q.bindValue(at, item.id);
                                   q.bindValue(at + 1, text(item.url));
                                   q.bindValue(at + 2, text(item.sourceUrl));
                               }),
                          error);
    if (!ok)
        return false;
    // The history: one compact row per item (kind, name, parent), as createValidatedItem writes.
    if (!ensureBatch(tr("Created %n item(s)", nullptr, static_cast<int>(items.size())), error))
        return false;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        if (ofKind[static_cast<int>(kind)].isEmpty())
            continue;
        // The summary as tr() words it, around the name.
        const QString marker = QStringLiteral("\x01");
        const QString summary = tr("Created %1 \"%2\"").arg(keys::itemKindLabel(kind), marker);
        const qsizetype at = summary.indexOf(marker);
        QSqlQuery &q = prepared(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
                           " SELECT ?, 'item', id, id, 'create', ? || name || ?, '{}', %1"
                           " FROM item WHERE id > ? AND kind = ? ORDER BY id")
                .arg(dialect::jsonObject(m_db.backend(), QStringLiteral("'kind', kind, 'name', name, 'parent_id', parent_id"))));
        q.addBindValue(m_batchId);
        q.addBindValue(summary.left(at));
        q.addBindValue(summary.mid(at + marker.size()));
        q.addBindValue(before);
        q.addBindValue(keys::itemKind(kind));
        if (!exec(q, error))
            return false;
        q.finish();
    }
    notifyBulk();
    return true;
}

bool Store::createItemsSqlite(QVector<Item> &items, const QVector<QString> &keys, QString *error)
{
    // Every table written set-based, INSERT ... SELECT from the items in memory (see
    // SqliteStatement::runWithRows): no SQL text or bound values per row. The search
    // triggers wait (schema step 4, the search_bulk hold; and switched off for the
    // inserts into the item tables, see SqliteTriggersOff) while search_doc is written
    // set-based too, and the new texts go into search_fts in one statement, not
    // through search_pending.
    const QSqlDatabase db = m_db.connection();
    // What the index still owes (rows deleted earlier in this transaction) goes first: a
    // 'delete' of a stale row whose id a new row takes would remove the new row's terms.
    QString message;
    if (!m_db.updateSearchIndex(&message)) {
        setError(error, message);
        return false;
    }
    if (!ensureBatch(tr("Created %n item(s)", nullptr, static_cast<int>(items.size())), error))
        return false;
    if (!execWithEach(QStringLiteral("INSERT OR IGNORE INTO search_bulk (id) VALUES (1)"), 0, error))
        return false;
    QByteArray kindKeys[4];
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service})
        kindKeys[static_cast<int>(kind)] = keys::itemKind(kind).toUtf8();
    using Cell = SqliteStatement::Cell;
    // The search texts, as the item triggers would have written them: ASCII text
    // folded here (lower-case, as SQLite's lower()) and written in id order, other text
    // through the search_input view, whose trigger folds it and notes it in
    // search_pending for the commit's index update.
    struct Field
    {
        int number;
        QByteArray label;
        const QString Item::*member;
    };
    const QHash<QString, const QString Item::*> members = {
        {QStringLiteral("name"), &Item::name},
        {QStringLiteral("description"), &Item::description},
        {QStringLiteral("notes"), &Item::notes},
        {QStringLiteral("url"), &Item::url},
        {QStringLiteral("source_url"), &Item::sourceUrl},
        {QStringLiteral("full_name"), &Item::fullName},
        {QStringLiteral("website"), &Item::website},
        {QStringLiteral("location"), &Item::location},
        {QStringLiteral("config_tool"), &Item::configTool},
        {QStringLiteral("config_tool_url"), &Item::configToolUrl},
        {QStringLiteral("config_repo"), &Item::configRepo},
        {QStringLiteral("hostname"), &Item::hostname},
    };
    QVector<Field> fields[4];
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        for (const auto &field : itemSearchFields(kind)) {
            const auto member = members.value(field.second);
            Q_ASSERT(member);
            if (member)
                fields[static_cast<int>(kind)].append({field.first, field.second.toUtf8(), member});
        }
    }
    struct Doc
    {
        qint64 id;
        qint64 group;
        qint64 target;
        const QByteArray *label;
        QByteArray text, folded; // UTF-8; folded only for ASCII text
        const QString *source;   // other text
    };
    QVector<Doc> ascii, other;
    // The history summaries as tr() words them, around the name.
    QString summaryBefore[4], summaryAfter[4];
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const QString marker = QStringLiteral("\x01");
        const QString summary = tr("Created %1 \"%2\"").arg(keys::itemKindLabel(kind), marker);
        const qsizetype at = summary.indexOf(marker);
        summaryBefore[static_cast<int>(kind)] = summary.left(at);
        summaryAfter[static_cast<int>(kind)] = summary.mid(at + marker.size());
    }
    QVector<QString> summaries;
    // Built on a second thread while this one writes the item rows: it only reads
    // items, which nothing changes until it is joined.
    std::thread prepare([&] {
        ascii.reserve(items.size() * 3);
        for (const Item &item : std::as_const(items)) {
            const qint64 group = itemSearchGroup(item.kind);
            const qint64 base = (group << 40) + (item.id << 5);
            for (const Field &field : std::as_const(fields[static_cast<int>(item.kind)])) {
                const QString &text = item.*field.member;
                if (text.isEmpty())
                    continue;
                // ASCII as the schema's triggers tell it (as many bytes as characters), no NUL.
                const bool isAscii =
                    std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() - 1u < 0x7fu; });
                if (!isAscii) {
                    other.append({base + field.number, group, item.id, &field.label, {}, {}, &text});
                    continue;
                }
                Doc doc{base + field.number, group, item.id, &field.label, text.toLatin1(), {}, nullptr};
                doc.folded = doc.text; // shared unless a letter is upper-case
                for (qsizetype i = 0; i < doc.folded.size(); ++i) {
                    const char c = doc.folded.at(i);
                    if (c >= 'A' && c <= 'Z')
                        doc.folded[i] = static_cast<char>(c - 'A' + 'a');
                }
                ascii.append(std::move(doc));
            }
        }
        summaries.reserve(items.size());
        for (const Item &item : std::as_const(items)) {
            const int kind = static_cast<int>(item.kind);
            summaries.append(summaryBefore[kind] + item.name + summaryAfter[kind]);
        }
    });
    auto joinPrepare = qScopeGuard([&] { prepare.join(); });
    // The search triggers of these four tables off, not only held: each held trigger
    // still ran a program per row to find the hold, a third of the items' insert time.
    std::optional<SqliteTriggersOff> triggersOff(std::in_place, SqliteStatement::handle(db));
    bool ok = SqliteStatement::runWithRows(
        db,
        "INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
        " SELECT c0, c1, c2, c3, c4, c5, c6, c7, 1 FROM steward_rows",
        items.size(),
        [&](qsizetype row, int column, Cell &cell) {
            const Item &item = items.at(row);
            switch (column) {
            case 0: return cell.setInteger(item.id);
            case 1: return cell.setBytes(kindKeys[static_cast<int>(item.kind)]);
            case 2: return cell.setText(item.name);
            case 3: return cell.setText(keys.at(row));
            case 4: return item.parentId > 0 ? cell.setInteger(item.parentId) : cell.setNull();
            case 5: return cell.setText(item.status);
            case 6: return cell.setText(item.description);
            case 7: return cell.setText(item.notes);
            }
            cell.setNull();
        },
        error);
    // The kind-specific rows, one statement per kind.
    QVector<qsizetype> ofKind[4];
    for (qsizetype i = 0; i < items.size(); ++i)
        ofKind[static_cast<int>(items.at(i).kind)].append(i);
    const QVector<qsizetype> &providers = ofKind[static_cast<int>(ItemKind::Provider)];
    const QVector<qsizetype> &hosts = ofKind[static_cast<int>(ItemKind::Host)];
    const QVector<qsizetype> &services = ofKind[static_cast<int>(ItemKind::Service)];
    ok = ok && (providers.isEmpty() ||
                SqliteStatement::runWithRows(
                    db,
                    "INSERT INTO provider (item_id, provider_kind, full_name, website, location, config_tool,"
                    " config_tool_url, config_repo) SELECT c0, c1, c2, c3, c4, c5, c6, c7 FROM steward_rows",
                    providers.size(),
                    [&](qsizetype row, int column, Cell &cell) {
                        const Item &item = items.at(providers.at(row));
                        switch (column) {
                        case 0: return cell.setInteger(item.id);
                        case 1: return cell.setText(keys::providerKind(item.providerKind));
                        case 2: return cell.setText(item.fullName);
                        case 3: return cell.setText(item.website);
                        case 4: return cell.setText(item.location);
                        case 5: return cell.setText(item.configTool);
                        case 6: return cell.setText(item.configToolUrl);
                        case 7: return cell.setText(item.configRepo);
                        }
                        cell.setNull();
                    },
                    error));
    ok = ok && (hosts.isEmpty() ||
                SqliteStatement::runWithRows(
                    db, "INSERT INTO host (item_id, host_kind, hostname) SELECT c0, c1, c2 FROM steward_rows",
                    hosts.size(),
                    [&](qsizetype row, int column, Cell &cell) {
                        const Item &item = items.at(hosts.at(row));
                        switch (column) {
                        case 0: return cell.setInteger(item.id);
                        case 1: return cell.setText(keys::hostKind(item.hostKind));
                        case 2: return cell.setText(item.hostname);
                        }
                        cell.setNull();
                    },
                    error));
    ok = ok && (services.isEmpty() ||
                SqliteStatement::runWithRows(
                    db, "INSERT INTO service (item_id, url, source_url) SELECT c0, c1, c2 FROM steward_rows",
                    services.size(),
                    [&](qsizetype row, int column, Cell &cell) {
                        const Item &item = items.at(services.at(row));
                        switch (column) {
                        case 0: return cell.setInteger(item.id);
                        case 1: return cell.setText(item.url);
                        case 2: return cell.setText(item.sourceUrl);
                        }
                        cell.setNull();
                    },
                    error));
    triggersOff.reset();
    joinPrepare.dismiss();
    prepare.join();
    if (!ok) {
        bulkNameTaken(items, keys, items.constFirst().id - 1, error);
        return false;
    }
    const auto docColumn = [](const Doc &doc, int column, Cell &cell) {
        switch (column) {
        case 0: return cell.setInteger(doc.id);
        case 1: return cell.setInteger(doc.group);
        case 2: return cell.setInteger(doc.target);
        case 3: return cell.setBytes(*doc.label);
        case 4: return doc.source ? cell.setText(*doc.source) : cell.setBytes(doc.text);
        case 5: return cell.setBytes(doc.folded);
        }
        cell.setNull();
    };
    ok = SqliteStatement::runWithRows(
             db,
             "INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
             " SELECT c0, c1, c2, c3, c4, c5 FROM steward_rows",
             ascii.size(), [&](qsizetype row, int column, Cell &cell) { docColumn(ascii.at(row), column, cell); },
             error) &&
         (other.isEmpty() ||
          SqliteStatement::runWithRows(
              db,
              "INSERT INTO search_input (id, grp, target_id, field, text) SELECT c0, c1, c2, c3, c4 FROM steward_rows",
              other.size(), [&](qsizetype row, int column, Cell &cell) { docColumn(other.at(row), column, cell); },
              error));
    if (!ok)
        return false;
    // The ASCII texts into search_fts in one statement (in rowid order), not through
    // search_pending: FTS5 indexes a statement's rows at once.
    if (!SqliteStatement::runWithRows(
            db, "INSERT INTO search_fts (rowid, folded) SELECT c0, c5 FROM steward_rows", ascii.size(),
            [&](qsizetype row, int column, Cell &cell) { docColumn(ascii.at(row), column, cell); }, error))
        return false;
    if (!execWithEach(QStringLiteral("DELETE FROM search_bulk WHERE id > ?"), 0, error))
        return false;
    // The history: one compact row per item (kind, name, parent), as createValidatedItem
    // writes it; the summary as tr() words it, around the name.
    if (!SqliteStatement::runWithRows(
            db,
            "INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
            " SELECT c0, 'item', c1, c1, 'create', c2, '{}', json_object('kind', c3, 'name', c4, 'parent_id', c5)"
            " FROM steward_rows",
            items.size(),
            [&](qsizetype row, int column, Cell &cell) {
                const Item &item = items.at(row);
                const int kind = static_cast<int>(item.kind);
                switch (column) {
                case 0: return cell.setInteger(m_batchId);
                case 1: return cell.setInteger(item.id);
                case 2:
                    return cell.setText(summaries.at(row));
                case 3: return cell.setBytes(kindKeys[kind]);
                case 4: return cell.setText(item.name);
                case 5: return item.parentId > 0 ? cell.setInteger(item.parentId) : cell.setNull();
                }
                cell.setNull();
            },
            error))
        return false;
    notifyBulk();
    return true;
}

bool Store::updateItem(Item &item, QString *error)
{
    Item draft = item;
    draft.name = draft.name.trimmed();
    draft.status = draft.status.trimmed();
    if (draft.status.isEmpty())
        draft.status = QStringLiteral("active");
    const bool ok = write(
        [&](QString *err) {
            auto current = this->item(draft.id, err);
            if (!current) {
                setError(err, tr("\"%1\" no longer exists; someone may have deleted it.").arg(draft.name));
                return false;
            }
            if (current->kind != draft.kind) {
                setError(err, tr("The kind of \"%1\" cannot be changed.").arg(draft.name));
                return false;
            }
            if (!checkParent(draft, err) || !checkItemName(draft, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral(
                "UPDATE item SET name = ?, name_key = ?, parent_id = ?, status = ?, description = ?, notes = ?,"
                " version = version + 1 WHERE id = ? AND version = ?"));
            q.addBindValue(draft.name);
            q.addBindValue(nameKey(draft.name));
            q.addBindValue(nullableId(draft.parentId));
            q.addBindValue(draft.status);
            q.addBindValue(draft.description);
            q.addBindValue(draft.notes);
            q.addBindValue(draft.id);
            q.addBindValue(draft.version);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("\"%1\" was changed by someone else since it was loaded (version %2, now %3).")
                                  .arg(current->name)
                                  .arg(draft.version)
                                  .arg(current->version));
                return false;
            }
            ++draft.version;
            if (!writeItemDetails(draft, false, err))
                return false;
            QJsonObject before = itemFields(*current), after = itemFields(draft);
            keepChanged(&before, &after);
            if (before.isEmpty() && after.isEmpty())
                return true;
            return logChange(QStringLiteral("item"), draft.id, draft.id, QStringLiteral("update"),
                             tr("Changed %1 of \"%2\"").arg(after.keys().join(QStringLiteral(", ")), draft.name),
                             before, after, err);
        },
        error);
    if (!ok)
        return false;
    item = draft;
    const qint64 id = item.id;
    notify([this, id] { Q_EMIT itemUpdated(id); });
    return true;
}

bool Store::deleteItem(qint64 id, QString *error)
{
    const bool ok = write([&](QString *err) { return removeItemRows(id, err); }, error);
    if (ok)
        notify([this, id] { Q_EMIT itemRemoved(id); });
    return ok;
}

bool Store::deleteItems(const QVector<qint64> &ids, QString *error)
{
    Q_ASSERT(m_depth > 0);
    // What removeItemRows() does for each id in turn, a few hundred ids a statement: a
    // statement per item, several per item, took 5 ms an item on a server (the undo of
    // a 20k import, 100 s). Each id's subtree goes with it, recorded as it was; an id
    // that went with an earlier one's subtree is not deleted twice.
    constexpr int chunk = 400;
    QSet<qint64> gone;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        QVector<qint64> roots;
        for (qint64 id : ids.mid(start, chunk)) {
            if (!gone.contains(id))
                roots.append(id);
        }
        const int n = static_cast<int>(roots.size());
        if (n == 0)
            continue;
        // The subtrees, each item once with the first root (in the given order) above it.
        QSqlQuery tree(m_db.connection());
        tree.setForwardOnly(true);
        tree.prepare(QStringLiteral("WITH RECURSIVE subtree(id, root, depth) AS (SELECT id, id, 0 FROM item"
                                    " WHERE id IN (%1) UNION ALL SELECT i.id, s.root, s.depth + 1 FROM item i"
                                    " JOIN subtree s ON i.parent_id = s.id) SELECT id, root, depth FROM subtree")
                         .arg(placeholders(n)));
        for (qint64 id : roots)
            tree.addBindValue(id);
        if (!exec(tree, error))
            return false;
        QHash<qint64, int> order; // root -> its place in roots
        for (int i = 0; i < n; ++i)
            order.insert(roots.at(i), i);
        struct Gone
        {
            qint64 id;
            int root;  // the place of its root in roots
            int depth; // below that root
        };
        QHash<qint64, Gone> below;
        while (tree.next()) {
            const qint64 id = tree.value(0).toLongLong();
            const Gone g{id, order.value(tree.value(1).toLongLong()), tree.value(2).toInt()};
            // An id in roots is its own root (it is deleted as itself, not with a parent).
            const auto own = order.constFind(id);
            const Gone best = own != order.constEnd() ? Gone{id, *own, 0} : g;
            auto it = below.find(id);
            if (it == below.end())
                below.insert(id, best);
            else if (best.root < it->root || (best.root == it->root && best.depth < it->depth))
                *it = best;
        }
        tree.finish();
        for (qint64 id : roots) {
            if (!below.contains(id)) {
                setError(error, tr("Item %1 does not exist or cannot be deleted.").arg(id));
                return false;
            }
        }
        // As removeItemRows() records them: each root, then its subtree parents first.
        QVector<Gone> list = below.values();
        std::sort(list.begin(), list.end(), [](const Gone &a, const Gone &b) {
            return a.root != b.root ? a.root < b.root : a.depth != b.depth ? a.depth < b.depth : a.id < b.id;
        });
        QHash<qint64, Item> items;
        QVector<qint64> listed;
        listed.reserve(list.size());
        for (const Gone &g : std::as_const(list))
            listed.append(g.id);
        const bool read = selectIn(
            kItemSelect + QStringLiteral("WHERE i.id IN (%1)"), listed,
            [&items](const QSqlQuery &q) {
                const Item item = readItem(q);
                items.insert(item.id, item);
            },
            error);
        if (!read)
            return false;
        for (qint64 id : roots) {
            if (items.value(id).kind == ItemKind::Organisation) {
                setError(error, tr("Item %1 does not exist or cannot be deleted.").arg(id));
                return false;
            }
        }
        if (!ensureBatch(tr("Deleted %n item(s)", nullptr, static_cast<int>(list.size())), error))
            return false;
        const bool logged = insertRows(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                           " after) VALUES "),
            QStringLiteral("(?,'item',?,?,'delete',?,?,'{}')"), 5, list.size(),
            [&](QSqlQuery &q, qsizetype i, int at) {
                const Gone &g = list.at(i);
                const Item &old = items[g.id];
                const QString kind = keys::itemKindLabel(old.kind);
                q.bindValue(at, m_batchId);
                q.bindValue(at + 1, g.id);
                q.bindValue(at + 2, g.id);
                q.bindValue(at + 3, g.depth == 0 ? tr("Deleted %1 \"%2\"").arg(kind, old.name)
                                                 : tr("Deleted %1 \"%2\" with its parent").arg(kind, old.name));
                q.bindValue(at + 4, QString::fromUtf8(QJsonDocument(itemFields(old)).toJson(QJsonDocument::Compact)));
            },
            error);
        if (!logged)
            return false;
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM item WHERE id IN (%1)").arg(placeholders(n)));
        for (qint64 id : roots)
            remove.addBindValue(id);
        if (!exec(remove, error))
            return false;
        for (const Gone &g : std::as_const(list))
            gone.insert(g.id);
    }
    if (!ids.isEmpty())
        notifyBulk();
    return true;
}

bool Store::subtreeIds(qint64 id, QVector<qint64> *ids, QString *error)
{
    // Parents before children: the recursive query walks down level by level.
    QSqlQuery &tree = prepared(QStringLiteral(
        "WITH RECURSIVE subtree(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION ALL"
        " SELECT i.id, s.depth + 1 FROM item i JOIN subtree s ON i.parent_id = s.id) SELECT id FROM subtree ORDER BY depth"));
    tree.addBindValue(id);
    if (!exec(tree, error))
        return false;
    while (tree.next())
        ids->append(tree.value(0).toLongLong());
    tree.finish();
    return true;
}

bool Store::removeItemRows(qint64 id, QString *err)
{
    // Every item that goes, the subtree too, is recorded with what it was.
    QVector<qint64> ids;
    if (!subtreeIds(id, &ids, err))
        return false;
    for (qint64 gone : std::as_const(ids)) {
        auto old = item(gone, err);
        if (!old)
            return false;
        const QString summary = gone == id ? tr("Deleted %1 \"%2\"").arg(keys::itemKindLabel(old->kind), old->name)
                                           : tr("Deleted %1 \"%2\" with its parent").arg(keys::itemKindLabel(old->kind), old->name);
        if (!logChange(QStringLiteral("item"), gone, gone, QStringLiteral("delete"), summary, itemFields(*old), {}, err))
            return false;
    }
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM item WHERE id = ? AND kind <> 'organisation'"));
    q.addBindValue(id);
    if (!exec(q, err))
        return false;
    if (q.numRowsAffected() != 1) {
        setError(err, tr("Item %1 does not exist or cannot be deleted.").arg(id));
        return false;
    }
    return true;
}

std::optional<Item> Store::item(qint64 id, QString *error)
{
    return readOne(kItemSelect + QStringLiteral("WHERE i.id = ?"), id, readItem, tr("Item %1 does not exist.").arg(id),
                   error);
}

bool Store::treeRows(QVector<TreeRow> *rows, QString *error)
{
    // The kind comes back as a number: one string less per row matters at 100k rows.
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, parent_id, CASE kind WHEN 'service' THEN 3 WHEN 'host' THEN 2 WHEN 'provider' THEN 1 ELSE 0 END,"
        " name, status FROM item"));
    static_assert(static_cast<int>(ItemKind::Service) == 3 && static_cast<int>(ItemKind::Host) == 2 &&
                  static_cast<int>(ItemKind::Provider) == 1 && static_cast<int>(ItemKind::Organisation) == 0);
    if (!exec(q, error))
        return false;
    // Statuses repeat; sharing one QString per distinct value keeps 100k rows small.
    QHash<QString, QString> statuses;
    while (q.next()) {
        TreeRow row;
        row.id = q.value(0).toLongLong();
        row.parentId = q.value(1).toLongLong();
        row.kind = static_cast<ItemKind>(q.value(2).toInt());
        row.name = q.value(3).toString();
        const QString status = q.value(4).toString();
        auto it = statuses.find(status);
        if (it == statuses.end())
            it = statuses.insert(status, status);
        row.status = *it;
        rows->append(std::move(row));
    }
    const bool ok = !q.lastError().isValid();
    if (!ok)
        setError(error, q.lastError().databaseText());
    q.finish();
    return ok;
}

bool Store::unnamedHosts(QSet<qint64> *ids, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT item_id FROM host WHERE hostname = ''"));
    if (!exec(q, error))
        return false;
    while (q.next())
        ids->insert(q.value(0).toLongLong());
    q.finish();
    return true;
}

QVector<Item> Store::findItemsByName(const QString &name, QString *error)
{
    QVector<Item> result;
    QSqlQuery &q = prepared(kItemSelect + QStringLiteral("WHERE i.name_key = ? ORDER BY i.id"));
    q.addBindValue(nameKey(name));
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readItem(q));
    q.finish();
    return result;
}

QVector<Item> Store::searchItems(const QString &text, int limit, QString *error)
{
    QVector<Item> result;
    // The pattern is a bound value; LIKE wildcards in the user's text are escaped.
    QString pattern = nameKey(text);
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery &q = prepared(kItemSelect + QStringLiteral("WHERE i.name_key LIKE ? ESCAPE '\\' ORDER BY i.name_key LIMIT ?"));
    q.addBindValue(QStringLiteral("%") + pattern + QStringLiteral("%"));
    q.addBindValue(limit);
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readItem(q));
    q.finish();
    return result;
}

QVector<qint64> Store::ancestry(qint64 id, QString *error)
{
    QVector<qint64> chain;
    QSqlQuery &q = prepared(QStringLiteral("SELECT parent_id FROM item WHERE id = ?"));
    qint64 current = id;
    // The tree is at most four levels deep; the bound guards against a damaged file.
    while (current > 0 && chain.size() < 16) {
        q.addBindValue(current);
        if (!exec(q, error))
            return {};
        if (!q.next()) {
            q.finish();
            if (chain.isEmpty())
                setError(error, tr("Item %1 does not exist.").arg(id));
            break;
        }
        chain.append(current);
        current = q.value(0).toLongLong();
        q.finish();
    }
    return chain;
}

QVector<Item> Store::services(QString *error)
{
    return itemsOfKind(ItemKind::Service, error);
}

QVector<Item> Store::itemsOfKind(ItemKind kind, QString *error)
{
    QVector<Item> result;
    QSqlQuery &q = prepared(kItemSelect + QStringLiteral("WHERE i.kind = ? ORDER BY i.name_key, i.id"));
    q.addBindValue(keys::itemKind(kind));
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readItem(q));
    q.finish();
    return result;
}

bool Store::forEachService(const std::function<bool(int lane, const ServiceRow &)> &visit, QString *error,
                           const AncestorsSink &ancestors, int lanes)
{
    // Four flat scans through SQLite's C API, joined here: correlated subqueries per
    // service and Qt's per-value cost were most of the time at 100k services. Text
    // stays in SQLite's UTF-8 (see SqliteStatement::utf8) all the way to the CSV.
    const QSqlDatabase db = m_db.connection();
    const auto failed = [error](const SqliteStatement &statement) {
        setError(error, statement.errorString());
        return false;
    };
    // One read transaction, so that the scans see the same inventory.
    sqlite3 *handle = SqliteStatement::handle(db);
    const bool ownTransaction = handle && !inTransaction() && SqliteStatement::isAutocommit(handle);
    if (ownTransaction) {
        SqliteStatement begin(db, "BEGIN");
        if (!begin.next() && begin.hasError())
            return failed(begin);
    }
    const auto finish = [&](bool ok) {
        if (ownTransaction) {
            SqliteStatement end(db, "COMMIT");
            if (!end.next() && end.hasError() && ok)
                return failed(end);
        }
        return ok;
    };

    // The links and the active assignments: read on a second connection on the other
    // core while this one reads the items (see SqliteSnapshotReader), else here after them.
    struct Packed
    {
        qint64 itemId;
        qint64 contactId;
        qint64 id;
        int position;
        int role;
        Priority priority;
    };
    struct Side
    {
        QHash<qint64, QByteArray> servedThrough; ///< each item's fronted-by links, by name
        QVector<Packed> packed;                  ///< every active assignment, as numbers
        QVector<QString> roles;                  ///< packed's roles, one of each
        QString error;
    };
    const auto readSide = [](const auto &statement, Side *side) {
        QByteArray scratch;
        {
            std::unique_ptr<SqliteStatement> q =
                statement("SELECT l.from_item, t.name FROM item_link l JOIN item t ON t.id = l.to_item"
                          " WHERE l.kind = 'fronted_by' ORDER BY l.from_item, t.name_key, t.id");
            while (q->next()) {
                QByteArray &names = side->servedThrough[q->integer(0)];
                if (!names.isEmpty())
                    names += "; ";
                names += q->utf8(1, &scratch);
            }
            if (q->hasError()) {
                side->error = q->errorString();
                return false;
            }
        }
        // The priority is told apart here by its first letter (primary, secondary,
        // tertiary, inactive: the schema allows no other): a CASE and a WHERE in the
        // statement cost more than the test.
        QHash<QByteArray, int> roleIndex;
        std::unique_ptr<SqliteStatement> q =
            statement("SELECT item_id, contact_id, id, position, role, priority FROM assignment");
        while (q->next()) {
            const QByteArrayView priority = q->bytes(5);
            const char p = priority.isEmpty() ? 'p' : priority.front();
            if (p == 'i')
                continue;
            const QByteArrayView role = q->bytes(4);
            // A look-up by the bytes in place; only a new role is copied.
            auto it = roleIndex.constFind(QByteArray::fromRawData(role.data(), role.size()));
            if (it == roleIndex.constEnd()) {
                it = roleIndex.insert(role.toByteArray(), static_cast<int>(side->roles.size()));
                side->roles.append(q->text(4));
            }
            side->packed.append({q->integer(0), q->integer(1), q->integer(2), static_cast<int>(q->integer(3)), *it,
                                 p == 's'   ? Priority::Secondary
                                 : p == 't' ? Priority::Tertiary
                                            : Priority::Primary});
        }
        if (q->hasError()) {
            side->error = q->errorString();
            return false;
        }
        // By item, then in the order they were assigned: each service's are one run.
        // Assignments made with their services are in that order already.
        const auto before = [](const Packed &a, const Packed &b) {
            if (a.itemId != b.itemId)
                return a.itemId < b.itemId;
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        };
        if (!std::is_sorted(side->packed.cbegin(), side->packed.cend(), before))
            std::sort(side->packed.begin(), side->packed.end(), before);
        return true;
    };
    Side side;
    std::thread sideThread;
    bool sideRead = false; // by the thread
    if (ownTransaction) {
        // The read lock first: it is what keeps the second connection's view the same.
        SqliteStatement lock(db, "SELECT 1 FROM item LIMIT 1");
        lock.next();
        if (lock.hasError())
            return finish(failed(lock));
        QString why;
        if (std::shared_ptr<SqliteSnapshotReader> reader = SqliteSnapshotReader::open(handle, &why)) {
            sideThread = std::thread([reader, &side, &sideRead, &readSide] {
                sideRead = readSide(
                    [&reader](QByteArrayView sql) { return std::make_unique<SqliteStatement>(reader->handle(), sql); },
                    &side);
            });
        }
    }
    // Joined on every way out (the lambdas above refer to this frame).
    struct Joiner
    {
        std::thread &thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner{sideThread};

    // Every item in one scan of the table, in table order (a scan by the name index
    // visits the table and the service rows at random, which was half the time): the
    // services are kept and sorted here as SQLite's BINARY collation sorts, by the
    // bytes of the name key, then by id; the others (few) say where services run.
    // PostgreSQL sorts by its own collation, as the tree does: there the statement
    // orders them.
    enum Field { Key, Name, Url, Status, Description, SourceUrl, Notes, FieldCount };
    struct Service
    {
        qint64 id;
        qint64 parentId;
        const char *text; ///< its fields, one after the other
        int length[FieldCount];
    };
    QVector<Service> services;
    // The services' text, in blocks that never move: a growing buffer would be copied
    // each time it grew (about 12 MB at 100k services).
    std::vector<std::unique_ptr<char[]>> blocks;
    constexpr qsizetype blockSize = 1 << 20;
    qsizetype blockLeft = 0;
    char *blockAt = nullptr;
    struct Place
    {
        QByteArray host;
        QByteArray provider;
    };
    QHash<qint64, Place> places;
    QVector<TreeRow> ancestorItems;
    QByteArray scratch;
    {
        struct Node
        {
            qint64 parentId;
            QByteArray kind;
            QByteArray name;
        };
        QHash<qint64, Node> nodes;
        // On SQLite the service rows are a second scan in the same (rowid) order, merged
        // here: a look-up of each in the table cost more than reading it.
        const bool sqlite = handle != nullptr;
        SqliteStatement q(db, sqlite ? QByteArrayView("SELECT id, parent_id, kind, name_key, name, status, description,"
                                                      " notes FROM item ORDER BY id")
                                     : QByteArrayView("SELECT i.id, i.parent_id, i.kind, i.name_key, i.name, i.status,"
                                                      " i.description, i.notes, s.item_id, s.url, s.source_url"
                                                      " FROM item i LEFT JOIN service s ON s.item_id = i.id"
                                                      " ORDER BY i.name_key, i.id"));
        std::unique_ptr<SqliteStatement> serviceScan;
        if (sqlite)
            serviceScan.reset(new SqliteStatement(db, "SELECT item_id, url, source_url FROM service ORDER BY item_id"));
        SqliteStatement &s = sqlite ? *serviceScan : q;
        const int sAt = sqlite ? 0 : 8; // where the service's columns start in s
        bool more = !sqlite || s.next();
        QByteArrayView field[FieldCount];
        QByteArray text[FieldCount]; // room for text SQLite holds in a form that needs converting
        static constexpr int column[FieldCount] = {3, 4, -1, 5, 6, -2, 7}; // negative: of the service
        while (q.next()) {
            const qint64 id = q.integer(0);
            const QByteArrayView kind = q.bytes(2);
            if (kind != "service") {
                nodes.insert(id, {q.integer(1), kind.toByteArray(), q.utf8(4, &scratch).toByteArray()});
                continue;
            }
            if (sqlite) {
                while (more && s.integer(0) < id)
                    more = s.next();
            }
            if (!more || s.integer(sAt) != id)
                continue; // a service item without its service row: not listed, as by a join
            Service service{id, q.integer(1), nullptr, {}};
            qsizetype size = 0;
            for (int f = 0; f < FieldCount; ++f) {
                // The key is compared, never shown: SQLite's own bytes are what it sorts.
                field[f] = f == Key        ? q.bytes(column[f])
                           : column[f] > 0 ? q.utf8(column[f], &text[f])
                                           : s.utf8(sAt - column[f], &text[f]);
                service.length[f] = static_cast<int>(field[f].size());
                size += field[f].size();
            }
            if (size > blockLeft) {
                const qsizetype room = std::max(blockSize, size);
                blocks.emplace_back(new char[room]);
                blockAt = blocks.back().get();
                blockLeft = room;
            }
            service.text = blockAt;
            for (const QByteArrayView &f : field) {
                memcpy(blockAt, f.data(), f.size());
                blockAt += f.size();
            }
            blockLeft -= size;
            services.append(service);
        }
        if (q.hasError())
            return finish(failed(q));
        if (s.hasError())
            return finish(failed(s));
        if (sqlite) {
            const auto before = [](const Service &a, const Service &b) {
                const std::string_view x(a.text, a.length[Key]), y(b.text, b.length[Key]);
                const int order = x.compare(y);
                return order != 0 ? order < 0 : a.id < b.id;
            };
            // Inventories made in name order (an import, a generated one) are sorted
            // already; else pointers are sorted, not the rows.
            if (!std::is_sorted(services.cbegin(), services.cend(), before)) {
                std::vector<const Service *> order;
                order.reserve(services.size());
                for (const Service &service : std::as_const(services))
                    order.push_back(&service);
                std::sort(order.begin(), order.end(),
                          [&before](const Service *a, const Service *b) { return before(*a, *b); });
                QVector<Service> sorted;
                sorted.reserve(services.size());
                for (const Service *service : order)
                    sorted.append(*service);
                services.swap(sorted);
            }
        }
        // Where a service under each item runs: that item as its host or provider, the
        // host's parent as its provider.
        ancestorItems.reserve(nodes.size());
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            TreeRow item;
            item.id = it.key();
            item.parentId = it->parentId;
            item.kind = it->kind == "host" ? ItemKind::Host : it->kind == "provider" ? ItemKind::Provider
                                                                                    : ItemKind::Organisation;
            item.name = QString::fromUtf8(it->name);
            ancestorItems.append(item);
            const auto grand = nodes.constFind(it->parentId);
            Place &place = places[it.key()];
            if (it->kind == "host")
                place.host = it->name;
            if (it->kind == "provider")
                place.provider = it->name;
            else if (grand != nodes.cend() && grand->kind == "provider")
                place.provider = grand->name;
        }
    }
    if (sideThread.joinable()) {
        sideThread.join();        if (!sideRead) // a failure on the second connection: read again here
            side = Side();
    }
    if (!sideRead && !readSide([&db](QByteArrayView sql) { return std::make_unique<SqliteStatement>(db, sql); },
                               &side)) {
        setError(error, side.error);
        return finish(false);
    }
    const QHash<qint64, QByteArray> &servedThrough = side.servedThrough;
    const QVector<Packed> &packed = side.packed;
    const QVector<QString> &roles = side.roles;
    const auto assignmentOf = [&roles](const Packed &p) {
        Assignment assignment;
        assignment.id = p.id;
        assignment.itemId = p.itemId;
        assignment.contactId = p.contactId;
        assignment.role = roles.at(p.role);
        assignment.priority = p.priority;
        assignment.position = p.position;
        return assignment;
    };
    // The read transaction ends here: what follows is the caller's, row by row.
    if (!finish(true))
        return false;
    if (ancestors) {
        QVector<Assignment> inherited;
        for (const Packed &p : std::as_const(packed)) {
            if (places.contains(p.itemId))
                inherited.append(assignmentOf(p));
        }
        ancestors(ancestorItems, inherited);
    }

    // The rows, in one lane or two (see the header).
    std::atomic<bool> stop{false};
    const auto visitRange = [&](int lane, qsizetype from, qsizetype to) {
        ServiceRow row;
        for (qsizetype i = from; i < to; ++i) {
            if (stop.load(std::memory_order_relaxed))
                return false;
            const Service &service = services.at(i);
            const char *text = service.text;
            QByteArrayView field[FieldCount];
            for (int f = 0; f < FieldCount; ++f) {
                field[f] = QByteArrayView(text, service.length[f]);
                text += service.length[f];
            }
            row.id = service.id;
            row.parentId = service.parentId;
            row.name = field[Name];
            row.url = field[Url];
            row.status = field[Status];
            row.description = field[Description];
            row.sourceUrl = field[SourceUrl];
            row.notes = field[Notes];
            const auto place = places.constFind(row.parentId);
            row.host = place == places.constEnd() ? QByteArrayView() : place->host;
            row.provider = place == places.constEnd() ? QByteArrayView() : place->provider;
            const auto served = servedThrough.constFind(row.id);
            row.servedThrough = served == servedThrough.constEnd() ? QByteArrayView() : *served;
            row.assignments.clear();
            auto a = std::lower_bound(packed.cbegin(), packed.cend(), row.id,
                                      [](const Packed &x, qint64 id) { return x.itemId < id; });
            for (; a != packed.cend() && a->itemId == row.id; ++a)
                row.assignments.append(assignmentOf(*a));
            if (!visit(lane, row)) {
                stop.store(true, std::memory_order_relaxed);
                return false;
            }
        }
        return true;
    };
    const qsizetype count = services.size();
    // Below a few thousand rows a thread costs more than it saves.
    if (lanes < 2 || count < 4096)
        return visitRange(0, 0, count);
    const qsizetype half = count / 2;
    bool secondOk = false;
    std::thread second([&] { secondOk = visitRange(1, half, count); });
    const bool firstOk = visitRange(0, 0, half);
    second.join();
    return firstOk && secondOk;
}

QHash<qint64, QString> Store::contactNames(QString *error)
{
    QHash<qint64, QString> names;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, name FROM contact"));
    if (!exec(q, error))
        return names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return names;
}

int Store::countItems(ItemKind kind, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT count(*) FROM item WHERE kind = ?"));
    q.addBindValue(keys::itemKind(kind));
    if (!exec(q, error))
        return -1;
    const int count = q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return count;
}

// ---------------------------------------------------------------- links

std::optional<qint64> Store::addLink(Link &link, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            if (link.fromItem == link.toItem) {
                setError(err, tr("An item cannot be linked to itself."));
                return false;
            }
            // A given id (an import's redo) is kept.
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO item_link (id, from_item, to_item, kind, note) VALUES (?, ?, ?, ?, ?) RETURNING id"));
            q.addBindValue(nullableId(link.id));
            q.addBindValue(link.fromItem);
            q.addBindValue(link.toItem);
            q.addBindValue(keys::linkKind(link.kind));
            q.addBindValue(link.note);
            if (!exec(q, err))
                return false;
            if (!insertedId(q, &link.id, err))
                return false;
            const QJsonObject fields{{QStringLiteral("from_item"), link.fromItem},
                                     {QStringLiteral("to_item"), link.toItem},
                                     {QStringLiteral("kind"), keys::linkKind(link.kind)},
                                     {QStringLiteral("note"), link.note}};
            return logChange(QStringLiteral("link"), link.id, link.fromItem, QStringLiteral("create"),
                             tr("%1 %2 %3").arg(itemName(link.fromItem), keys::linkKindLabel(link.kind), itemName(link.toItem)),
                             {}, fields,
                             err);
        },
        error);
    if (!ok)
        return std::nullopt;
    notifyOwnershipChanged();
    return link.id;
}

bool Store::removeLink(qint64 id, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &old = prepared(QStringLiteral("SELECT from_item, to_item, kind, note FROM item_link WHERE id = ?"));
            old.addBindValue(id);
            if (!exec(old, err))
                return false;
            if (old.next()) {
                const QJsonObject fields{{QStringLiteral("from_item"), old.value(0).toLongLong()},
                                         {QStringLiteral("to_item"), old.value(1).toLongLong()},
                                         {QStringLiteral("kind"), old.value(2).toString()},
                                         {QStringLiteral("note"), old.value(3).toString()}};
                old.finish();
                if (!logChange(QStringLiteral("link"), id, fields.value(QStringLiteral("from_item")).toInteger(),
                               QStringLiteral("delete"), tr("Removed a link"), fields, {}, err))
                    return false;
            }
            old.finish();
            QSqlQuery &q = prepared(QStringLiteral("DELETE FROM item_link WHERE id = ?"));
            q.addBindValue(id);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("Link %1 does not exist.").arg(id));
                return false;
            }
            return true;
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

QVector<Link> Store::links(qint64 itemId, QString *error)
{
    QVector<Link> result;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT l.id, l.from_item, l.to_item, l.kind, l.note, f.name, t.name FROM item_link l"
        " JOIN item f ON f.id = l.from_item JOIN item t ON t.id = l.to_item"
        " WHERE l.from_item = ? OR l.to_item = ? ORDER BY l.kind, t.name_key, f.name_key"));
    q.addBindValue(itemId);
    q.addBindValue(itemId);
    if (!exec(q, error))
        return result;
    while (q.next()) {
        Link link;
        if (!keys::linkKindFromKey(q.value(3).toString(), &link.kind))
            continue; // a link kind from a newer Steward
        link.id = q.value(0).toLongLong();
        link.fromItem = q.value(1).toLongLong();
        link.toItem = q.value(2).toLongLong();
        link.note = q.value(4).toString();
        link.fromName = q.value(5).toString();
        link.toName = q.value(6).toString();
        result.append(link);
    }
    q.finish();
    return result;
}

QVector<Link> Store::linksOfKind(LinkKind kind, QString *error)
{
    QVector<Link> result;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT l.id, l.from_item, l.to_item, l.note, f.name, t.name FROM item_link l"
        " JOIN item f ON f.id = l.from_item JOIN item t ON t.id = l.to_item"
        " WHERE l.kind = ? ORDER BY l.from_item, t.name_key"));
    q.addBindValue(keys::linkKind(kind));
    if (!exec(q, error))
        return result;
    while (q.next()) {
        Link link;
        link.kind = kind;
        link.id = q.value(0).toLongLong();
        link.fromItem = q.value(1).toLongLong();
        link.toItem = q.value(2).toLongLong();
        link.note = q.value(3).toString();
        link.fromName = q.value(4).toString();
        link.toName = q.value(5).toString();
        result.append(link);
    }
    q.finish();
    return result;
}

// ---------------------------------------------------------------- contacts

bool Store::writeAddresses(const Contact &contact, QString *error)
{
    QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM contact_address WHERE contact_id = ?"));
    remove.addBindValue(contact.id);
    if (!exec(remove, error))
        return false;
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO contact_address (id, contact_id, kind, value, label, position) VALUES (?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Address &address : contact.addresses) {
        if (address.value.trimmed().isEmpty()) {
            setError(error, tr("An address of \"%1\" is empty.").arg(contact.name));
            return false;
        }
        // An address kept from the loaded contact keeps its id (so undo gives back the same rows).
        insert.addBindValue(nullableId(address.id));
        insert.addBindValue(contact.id);
        insert.addBindValue(keys::addressKind(address.kind));
        insert.addBindValue(address.value.trimmed());
        insert.addBindValue(address.label);
        insert.addBindValue(position++);
        if (!exec(insert, error))
            return false;
    }
    return true;
}

std::optional<qint64> Store::createContact(Contact &contact, QString *error)
{
    Contact draft = contact;
    draft.name = draft.name.trimmed();
    const bool ok = write(
        [&](QString *err) {
            if (draft.name.isEmpty()) {
                setError(err, tr("The name is required."));
                return false;
            }
            if (!checkContactName(draft, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO contact (id, kind, name, name_key, team_id, notes, version) VALUES (?, ?, ?, ?, ?, ?, 1)"
                " RETURNING id"));
            // An id given (undo putting a deleted contact back) is kept.
            q.addBindValue(nullableId(draft.id));
            q.addBindValue(keys::contactKind(draft.kind));
            q.addBindValue(draft.name);
            q.addBindValue(nameKey(draft.name));
            q.addBindValue(nullableId(draft.teamId));
            q.addBindValue(draft.notes);
            if (!exec(q, err))
                return false;
            if (!insertedId(q, &draft.id, err))
                return false;
            draft.version = 1;
            return writeAddresses(draft, err) &&
                   logChange(QStringLiteral("contact"), draft.id, 0, QStringLiteral("create"),
                             tr("Created %1 \"%2\"").arg(keys::contactKindLabel(draft.kind), draft.name), {},
                             contactFields(draft), err);
        },
        error);
    if (!ok)
        return std::nullopt;
    contact = draft;
    notify([this, id = contact.id] { Q_EMIT contactChanged(id); });
    notifyOwnershipChanged(true);
    return contact.id;
}

bool Store::updateContact(Contact &contact, QString *error)
{
    Contact draft = contact;
    draft.name = draft.name.trimmed();
    const bool ok = write(
        [&](QString *err) {
            if (draft.name.isEmpty()) {
                setError(err, tr("The name is required."));
                return false;
            }
            const QHash<qint64, Contact> found = contactsById({draft.id}, err);
            if (!found.contains(draft.id)) {
                setError(err, tr("\"%1\" no longer exists; someone may have deleted it.").arg(draft.name));
                return false;
            }
            const Contact current = found.value(draft.id);
            if (!checkContactName(draft, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral(
                "UPDATE contact SET kind = ?, name = ?, name_key = ?, team_id = ?, notes = ?, version = version + 1"
                " WHERE id = ? AND version = ?"));
            q.addBindValue(keys::contactKind(draft.kind));
            q.addBindValue(draft.name);
            q.addBindValue(nameKey(draft.name));
            q.addBindValue(nullableId(draft.teamId));
            q.addBindValue(draft.notes);
            q.addBindValue(draft.id);
            q.addBindValue(draft.version);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("\"%1\" was changed or deleted by someone else since it was loaded.").arg(draft.name));
                return false;
            }
            ++draft.version;
            if (!writeAddresses(draft, err))
                return false;
            QJsonObject before = contactFields(current), after = contactFields(draft);
            keepChanged(&before, &after);
            if (before.isEmpty() && after.isEmpty())
                return true;
            return logChange(QStringLiteral("contact"), draft.id, 0, QStringLiteral("update"),
                             tr("Changed %1 of \"%2\"").arg(after.keys().join(QStringLiteral(", ")), draft.name),
                             before, after, err);
        },
        error);
    if (!ok)
        return false;
    contact = draft;
    notify([this, id = contact.id] { Q_EMIT contactChanged(id); });
    notifyOwnershipChanged(true);
    return true;
}

bool Store::deleteContact(qint64 id, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            const QHash<qint64, Contact> found = contactsById({id}, err);
            if (!found.contains(id)) {
                setError(err, tr("Contact %1 does not exist.").arg(id));
                return false;
            }
            const Contact gone = found.value(id);
            // Its assignments go with it: each item's history says so.
            QSqlQuery &owned = prepared(kAssignmentSelect + QStringLiteral("WHERE contact_id = ? ORDER BY id"));
            owned.addBindValue(id);
            if (!exec(owned, err))
                return false;
            QVector<Assignment> assignments;
            while (owned.next())
                assignments.append(readAssignment(owned));
            owned.finish();
            for (const Assignment &a : std::as_const(assignments)) {
                if (!logChange(QStringLiteral("assignment"), a.id, a.itemId, QStringLiteral("delete"),
                               tr("Removed %1 (%2) with the contact").arg(gone.name, a.role), assignmentFields(a), {}, err))
                    return false;
            }
            if (!logChange(QStringLiteral("contact"), id, 0, QStringLiteral("delete"),
                           tr("Deleted %1 \"%2\"").arg(keys::contactKindLabel(gone.kind), gone.name), contactFields(gone),
                           {}, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral("DELETE FROM contact WHERE id = ?"));
            q.addBindValue(id);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("Contact %1 does not exist.").arg(id));
                return false;
            }
            return true;
        },
        error);
    if (ok) {
        notify([this, id] { Q_EMIT contactChanged(id); });
        notifyOwnershipChanged(true);
    }
    return ok;
}

bool Store::loadAddresses(QHash<qint64, Contact> *contacts, QString *error)
{
    if (contacts->isEmpty())
        return true;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (contacts->size() > 1000) {
        // Most of the contacts: one scan of every address beats many look-ups by id.
        if (!query.exec(QStringLiteral("SELECT contact_id, id, kind, value, label FROM contact_address"
                                       " ORDER BY contact_id, position, id"))) {
            setError(error, query.lastError().text());
            return false;
        }
        while (query.next()) {
            const auto contact = contacts->find(query.value(0).toLongLong());
            if (contact != contacts->end())
                contact->addresses.append(readAddress(query));
        }
        return true;
    }
    return selectIn(QStringLiteral("SELECT contact_id, id, kind, value, label FROM contact_address"
                                   " WHERE contact_id IN (%1) ORDER BY contact_id, position, id"),
                    contacts->keys().toVector(),
                    [contacts](const QSqlQuery &q) {
                        (*contacts)[q.value(0).toLongLong()].addresses.append(readAddress(q));
                    },
                    error);
}

std::optional<Contact> Store::contact(qint64 id, QString *error)
{
    const QHash<qint64, Contact> found = contactsById({id}, error);
    if (found.isEmpty()) {
        setError(error, tr("Contact %1 does not exist.").arg(id));
        return std::nullopt;
    }
    return found.value(id);
}

QHash<qint64, Contact> Store::contactsById(const QVector<qint64> &wanted, QString *error)
{
    QHash<qint64, Contact> result;
    if (wanted.isEmpty())
        return result;
    // Callers pass one id per assignment; each contact is read once.
    QVector<qint64> ids = wanted;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const bool read = selectIn(
        kContactSelect + QStringLiteral("WHERE id IN (%1)"), ids,
        [&result](const QSqlQuery &q) {
            const Contact contact = readContact(q);
            result.insert(contact.id, contact);
        },
        error);
    if (!read)
        return {};
    if (!loadAddresses(&result, error))
        return {};
    return result;
}

QVector<Contact> Store::contacts(QString *error)
{
    QVector<Contact> ordered;
    QSqlQuery &q = prepared(kContactSelect + QStringLiteral("ORDER BY name_key, id"));
    if (!exec(q, error))
        return ordered;
    QHash<qint64, Contact> byId;
    QVector<qint64> order;
    while (q.next()) {
        Contact contact = readContact(q);
        order.append(contact.id);
        byId.insert(contact.id, contact);
    }
    q.finish();
    if (!loadAddresses(&byId, error))
        return {};
    ordered.reserve(order.size());
    for (qint64 id : order)
        ordered.append(byId.value(id));
    return ordered;
}

QVector<Contact> Store::findContactsByName(const QString &name, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM contact WHERE name_key = ? ORDER BY id"));
    q.addBindValue(nameKey(name));
    if (!exec(q, error))
        return {};
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    const QHash<qint64, Contact> found = contactsById(ids, error);
    QVector<Contact> result;
    for (qint64 id : ids)
        result.append(found.value(id));
    return result;
}

// ---------------------------------------------------------------- teams

bool Store::setTeamMember(const TeamMember &member, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            auto team = contact(member.teamId, err);
            if (!team)
                return false;
            if (team->kind != ContactKind::Team) {
                setError(err, tr("\"%1\" is not a team.").arg(team->name));
                return false;
            }
            QSqlQuery &remove = prepared(QStringLiteral("DELETE FROM team_member WHERE team_id = ? AND member_id = ?"));
            remove.addBindValue(member.teamId);
            remove.addBindValue(member.memberId);
            if (!exec(remove, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO team_member (team_id, member_id, role, note, position)"
                " VALUES (?, ?, ?, ?, coalesce(?, (SELECT coalesce(max(position), -1) + 1 FROM team_member"
                " WHERE team_id = ?)))"));
            if (member.memberId == member.teamId) {
                setError(err, tr("A team cannot be a member of itself."));
                return false;
            }
            q.addBindValue(member.teamId);
            q.addBindValue(member.memberId);
            q.addBindValue(member.role.trimmed().isEmpty() ? QStringLiteral("member") : member.role.trimmed());
            q.addBindValue(member.note);
            q.addBindValue(member.position >= 0 ? QVariant(member.position) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(member.teamId);
            if (!exec(q, err))
                return false;
            const QJsonObject fields{{QStringLiteral("team_id"), member.teamId},
                                     {QStringLiteral("member_id"), member.memberId},
                                     {QStringLiteral("role"), member.role},
                                     {QStringLiteral("note"), member.note}};
            return logChange(QStringLiteral("team_member"), member.memberId, 0, QStringLiteral("create"),
                             tr("Made %1 %2 of %3").arg(contactName(member.memberId), member.role, team->name), {},
                             fields, err);
        },
        error);
    if (ok)
        notifyOwnershipChanged(true);
    return ok;
}

bool Store::removeTeamMember(qint64 teamId, qint64 memberId, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            if (!logChange(QStringLiteral("team_member"), memberId, 0, QStringLiteral("delete"),
                           tr("Removed %1 from %2").arg(contactName(memberId), contactName(teamId)),
                           {{QStringLiteral("team_id"), teamId}, {QStringLiteral("member_id"), memberId}}, {}, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral("DELETE FROM team_member WHERE team_id = ? AND member_id = ?"));
            q.addBindValue(teamId);
            q.addBindValue(memberId);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("Contact %1 is not a member of team %2.").arg(memberId).arg(teamId));
                return false;
            }
            return true;
        },
        error);
    if (ok)
        notifyOwnershipChanged(true);
    return ok;
}

QVector<TeamMember> Store::teamMembers(qint64 teamId, QString *error)
{
    QVector<TeamMember> result;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT m.team_id, m.member_id, m.role, m.note, c.name, m.position FROM team_member m"
        " JOIN contact c ON c.id = m.member_id"
        " WHERE m.team_id = ? ORDER BY CASE m.role WHEN 'lead' THEN 0 ELSE 1 END, m.position, c.name_key"));
    q.addBindValue(teamId);
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readTeamMember(q));
    q.finish();
    return result;
}

QVector<TeamMember> Store::memberships(qint64 contactId, QString *error)
{
    QVector<TeamMember> result;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT m.team_id, m.member_id, m.role, m.note, c.name, m.position FROM team_member m"
        " JOIN contact c ON c.id = m.member_id WHERE m.team_id = ? OR m.member_id = ? ORDER BY m.team_id, m.position"));
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readTeamMember(q));
    q.finish();
    return result;
}

bool Store::snapshotContact(qint64 id, ContactSnapshot *snapshot, QString *error)
{
    auto found = contact(id, error);
    if (!found)
        return false;
    snapshot->contact = *found;
    QString err;
    snapshot->assignments = assignmentsOfContact(id, &err);
    snapshot->memberships = memberships(id, &err);
    snapshot->teamOf.clear();
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM contact WHERE team_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (exec(q, &err)) {
        while (q.next())
            snapshot->teamOf.append(q.value(0).toLongLong());
        q.finish();
    }
    if (!err.isEmpty()) {
        setError(error, err);
        return false;
    }
    return true;
}

bool Store::restoreContact(const ContactSnapshot &snapshot, QString *error, const QString &label)
{
    return write(
        [&](QString *err) {
            Contact contact = snapshot.contact;
            if (!createContact(contact, err))
                return false;
            for (TeamMember member : snapshot.memberships) {
                if (!setTeamMember(member, err))
                    return false;
            }
            for (Assignment a : snapshot.assignments) {
                if (!addAssignment(a, err))
                    return false;
            }
            // The lists and channels that belonged to the team belong to it again
            // (the delete cleared their team without changing them otherwise).
            QSqlQuery &q = prepared(QStringLiteral("UPDATE contact SET team_id = ? WHERE id = ?"));
            for (qint64 member : snapshot.teamOf) {
                q.addBindValue(snapshot.contact.id);
                q.addBindValue(member);
                if (!exec(q, err))
                    return false;
            }
            return true;
        },
        error, label);
}

QVector<Assignment> Store::assignmentsOfContact(qint64 contactId, QString *error)
{
    QVector<Assignment> result;
    QSqlQuery &q = prepared(kAssignmentSelect + QStringLiteral("WHERE contact_id = ? ORDER BY item_id, position, id"));
    q.addBindValue(contactId);
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readAssignment(q));
    q.finish();
    return result;
}

std::optional<qint64> Store::latestChangeOf(const QString &entity, qint64 entityId, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT max(id) FROM change_log WHERE entity = ? AND entity_id = ?"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

// ---------------------------------------------------------------- assignments

std::optional<qint64> Store::addAssignment(Assignment &assignment, QString *error)
{
    Assignment draft = assignment;
    const bool ok = write(
        [&](QString *err) {
            if (draft.role.trimmed().isEmpty()) {
                setError(err, tr("The role is required."));
                return false;
            }
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO assignment (id, item_id, contact_id, role, priority, note, position, version)"
                " VALUES (?, ?, ?, ?, ?, ?,"
                " coalesce(?, (SELECT coalesce(max(position), -1) + 1 FROM assignment WHERE item_id = ?)), 1)"
                " RETURNING id, position"));
            // An id given (undo putting an assignment back) keeps its id and place.
            const bool restoring = draft.id > 0;
            q.addBindValue(nullableId(draft.id));
            q.addBindValue(draft.itemId);
            q.addBindValue(draft.contactId);
            q.addBindValue(draft.role.trimmed());
            q.addBindValue(keys::priority(draft.priority));
            q.addBindValue(draft.note);
            q.addBindValue(restoring ? QVariant(draft.position) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(draft.itemId);
            if (!exec(q, err))
                return false;
            if (!q.next()) {
                setError(err, q.lastError().isValid() ? q.lastError().text() : tr("No id was returned."));
                q.finish();
                return false;
            }
            // The place it took, for an import's redo to give it again.
            draft.id = q.value(0).toLongLong();
            draft.position = q.value(1).toInt();
            q.finish();
            draft.version = 1;
            draft.role = draft.role.trimmed();
            return logChange(QStringLiteral("assignment"), draft.id, draft.itemId, QStringLiteral("create"),
                             tr("Assigned %1 to %2 as %3 (%4)")
                                 .arg(contactName(draft.contactId), itemName(draft.itemId), draft.role,
                                      keys::priority(draft.priority)),
                             {}, assignmentFields(draft), err);
        },
        error);
    if (!ok)
        return std::nullopt;
    assignment = draft;
    notifyOwnershipChanged();
    return assignment.id;
}

bool Store::updateAssignment(Assignment &assignment, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            const auto current = assignmentById(assignment.id, nullptr);
            if (!current) {
                setError(err, tr("The assignment was removed by someone else since it was loaded."));
                return false;
            }
            QSqlQuery &q = prepared(QStringLiteral(
                "UPDATE assignment SET contact_id = ?, role = ?, priority = ?, note = ?, position = ?,"
                " version = version + 1 WHERE id = ? AND version = ?"));
            if (assignment.role.trimmed().isEmpty()) {
                setError(err, tr("The role is required."));
                return false;
            }
            q.addBindValue(assignment.contactId);
            q.addBindValue(assignment.role.trimmed());
            q.addBindValue(keys::priority(assignment.priority));
            q.addBindValue(assignment.note);
            q.addBindValue(assignment.position);
            q.addBindValue(assignment.id);
            q.addBindValue(assignment.version);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("The assignment was changed or removed by someone else since it was loaded."));
                return false;
            }
            Assignment now = assignment;
            now.role = now.role.trimmed();
            QJsonObject before = assignmentFields(*current), after = assignmentFields(now);
            keepChanged(&before, &after);
            if (before.isEmpty() && after.isEmpty())
                return true;
            return logChange(QStringLiteral("assignment"), now.id, now.itemId, QStringLiteral("update"),
                             tr("Changed %1 of %2's assignment to %3")
                                 .arg(after.keys().join(QStringLiteral(", ")), contactName(now.contactId),
                                      itemName(now.itemId)),
                             before, after, err);
        },
        error);
    if (!ok)
        return false;
    assignment.role = assignment.role.trimmed();
    ++assignment.version;
    notifyOwnershipChanged();
    return true;
}

bool Store::removeAssignment(qint64 id, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            const auto gone = assignmentById(id, nullptr);
            if (gone && !logChange(QStringLiteral("assignment"), id, gone->itemId, QStringLiteral("delete"),
                                   tr("Removed %1 as %2 of %3")
                                       .arg(contactName(gone->contactId), gone->role, itemName(gone->itemId)),
                                   assignmentFields(*gone), {}, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral("DELETE FROM assignment WHERE id = ?"));
            q.addBindValue(id);
            if (!exec(q, err))
                return false;
            if (q.numRowsAffected() != 1) {
                setError(err, tr("Assignment %1 does not exist.").arg(id));
                return false;
            }
            return true;
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

bool Store::removeAssignments(const QVector<qint64> &ids, QString *error)
{
    Q_ASSERT(m_depth > 0);
    // A statement or two per chunk, not six per assignment (5 ms each on a server).
    constexpr int chunk = 400;
    const auto namesOf = [this](const QString &table, const QSet<qint64> &wanted, QHash<qint64, QString> *names,
                                QString *err) {
        return selectIn(QStringLiteral("SELECT id, name FROM %1 WHERE id IN (%2)").arg(table, QStringLiteral("%1")),
                        QVector<qint64>(wanted.cbegin(), wanted.cend()),
                        [names](const QSqlQuery &q) { names->insert(q.value(0).toLongLong(), q.value(1).toString()); },
                        err);
    };
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QVector<qint64> part = ids.mid(start, chunk);
        const int n = static_cast<int>(part.size());
        QHash<qint64, Assignment> found;
        QSet<qint64> items, contacts;
        const bool read = selectIn(
            kAssignmentSelect + QStringLiteral("WHERE id IN (%1)"), part,
            [&](const QSqlQuery &q) {
                const Assignment a = readAssignment(q);
                found.insert(a.id, a);
                items.insert(a.itemId);
                contacts.insert(a.contactId);
            },
            error);
        if (!read)
            return false;
        for (qint64 id : part) {
            if (!found.contains(id)) {
                setError(error, tr("Assignment %1 does not exist.").arg(id));
                return false;
            }
        }
        QHash<qint64, QString> itemNames, contactNames;
        if (!namesOf(QStringLiteral("item"), items, &itemNames, error) ||
            !namesOf(QStringLiteral("contact"), contacts, &contactNames, error))
            return false;
        if (!ensureBatch(tr("Removed %n assignment(s)", nullptr, n), error))
            return false;
        const bool logged = insertRows(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                           " after) VALUES "),
            QStringLiteral("(?,'assignment',?,?,'delete',?,?,'{}')"), 5, n,
            [&](QSqlQuery &q, qsizetype i, int at) {
                const Assignment &gone = found[part.at(i)];
                q.bindValue(at, m_batchId);
                q.bindValue(at + 1, gone.id);
                q.bindValue(at + 2, gone.itemId);
                q.bindValue(at + 3, tr("Removed %1 as %2 of %3")
                                        .arg(contactNames.value(gone.contactId, QString::number(gone.contactId)),
                                             gone.role,
                                             itemNames.value(gone.itemId, QString::number(gone.itemId))));
                q.bindValue(at + 4,
                            QString::fromUtf8(QJsonDocument(assignmentFields(gone)).toJson(QJsonDocument::Compact)));
            },
            error);
        if (!logged)
            return false;
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM assignment WHERE id IN (%1)").arg(placeholders(n)));
        for (qint64 id : part)
            remove.addBindValue(id);
        if (!exec(remove, error))
            return false;
    }
    if (!ids.isEmpty())
        notifyOwnershipChanged();
    return true;
}

bool Store::snapshotSubtree(qint64 id, Snapshot *snapshot, QString *error)
{
    *snapshot = {};
    QVector<qint64> ids;
    if (!subtreeIds(id, &ids, error))
        return false;
    for (qint64 itemId : std::as_const(ids)) {
        auto item = this->item(itemId, error);
        if (!item)
            return false;
        snapshot->items.append(*item);
    }
    QString queryError;
    snapshot->assignments = assignmentsFor(ids, &queryError);
    QSet<qint64> seen;
    for (qint64 itemId : std::as_const(ids)) {
        for (const Link &link : links(itemId, &queryError)) {
            if (!seen.contains(link.id)) {
                seen.insert(link.id);
                snapshot->links.append(link);
            }
        }
    }
    if (!queryError.isEmpty()) {
        setError(error, queryError);
        return false;
    }
    return true;
}

bool Store::restoreSnapshot(const Snapshot &snapshot, QString *error, const QString &label)
{
    return write(
        [&](QString *err) {
            for (Item item : snapshot.items) {
                if (!createItem(item, err))
                    return false;
            }
            for (Assignment a : snapshot.assignments) {
                if (!addAssignment(a, err))
                    return false;
            }
            for (Link link : snapshot.links) {
                link.id = 0;
                if (!addLink(link, err))
                    return false;
            }
            return true;
        },
        error, label);
}

std::optional<Assignment> Store::assignmentById(qint64 id, QString *error)
{
    return readOne(kAssignmentSelect + QStringLiteral("WHERE id = ?"), id, readAssignment,
                   tr("Assignment %1 does not exist.").arg(id), error);
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

QVector<Assignment> Store::assignments(qint64 itemId, QString *error)
{
    return assignmentsFor({itemId}, error);
}

bool Store::itemsWithOwnContacts(QSet<qint64> *ids, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT DISTINCT item_id FROM assignment WHERE priority <> 'inactive' AND role <> 'escalation'"));
    if (!exec(q, error))
        return false;
    while (q.next())
        ids->insert(q.value(0).toLongLong());
    q.finish();
    return true;
}

QVector<Assignment> Store::assignmentsOfKind(ItemKind kind, QString *error)
{
    return assignmentsOfItems(QStringLiteral("kind = ?"), keys::itemKind(kind), error);
}

QVector<Assignment> Store::assignmentsOfItems(const QString &condition, const QString &kind, QString *error)
{
    // Looked up by item, not found in a scan of every assignment joined to its item:
    // for the providers and hosts of 100k services, 5 ms instead of 40.
    QVector<Assignment> result;
    QSqlQuery &q =
        prepared(kAssignmentSelect + QStringLiteral("WHERE item_id IN (SELECT id FROM item WHERE %1)"
                                                    " ORDER BY item_id, position, id")
                                         .arg(condition));
    q.addBindValue(kind);
    if (!exec(q, error))
        return result;
    while (q.next())
        result.append(readAssignment(q));
    q.finish();
    return result;
}

QVector<Assignment> Store::assignmentsFor(const QVector<qint64> &itemIds, QString *error)
{
    QVector<Assignment> result;
    if (!selectIn(kAssignmentSelect + QStringLiteral("WHERE item_id IN (%1) ORDER BY item_id, position, id"), itemIds,
                  [&result](const QSqlQuery &q) { result.append(readAssignment(q)); }, error))
        return {};
    return result;
}

} // namespace steward
