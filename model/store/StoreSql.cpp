#include "StoreSql.h"

#include "SqliteStatement.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace steward::storesql {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

extern const QString kItemSelect;
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
    item.graphLoaded = false; // Store::loadItemGraph() reads further hosts, aliases and tags
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

extern const QString kContactSelect;
const QString kContactSelect = QStringLiteral("SELECT id, kind, name, team_id, notes, version FROM contact ");

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
    a.confirmedAt = confirmationTime(q.value(8));
    a.confirmedBy = q.value(9).toString();
    a.validFrom = dateFromText(q.value(10));
    a.validUntil = dateFromText(q.value(11));
    return a;
}

QDateTime confirmationTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QVariant confirmationText(const QDateTime &at)
{
    // An invalid QVariant, not a null QString: Store::exec() sends those as ''.
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDate dateFromText(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateText(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

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

extern const QString kChangeSelect;
const QString kChangeSelect = QStringLiteral(
    "SELECT l.id, l.batch_id, b.at, b.actor, b.label, l.entity, l.entity_id, l.item_id, l.action, l.summary,"
    " l.before, l.after FROM change_log l JOIN change_batch b ON b.id = l.batch_id ");

HistoryEntry readChange(const QSqlQuery &q)
{
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
    return e;
}

Assignment AssignmentLineReader::read(const SqliteStatement &q)
{
    Assignment a;
    a.id = q.integer(0);
    a.itemId = q.integer(1);
    a.contactId = q.integer(2);
    const QByteArrayView role = q.bytes(3), priority = q.bytes(4);
    auto knownRole = m_roles.constFind(QByteArray::fromRawData(role.data(), role.size()));
    if (knownRole == m_roles.constEnd())
        knownRole = m_roles.insert(role.toByteArray(), q.text(3));
    a.role = *knownRole;
    auto knownPriority = m_priorities.constFind(QByteArray::fromRawData(priority.data(), priority.size()));
    if (knownPriority == m_priorities.constEnd())
        knownPriority = m_priorities.insert(priority.toByteArray(), keys::priorityFromKey(q.text(4)));
    a.priority = *knownPriority;
    if (!q.bytes(5).isEmpty())
        a.note = q.text(5);
    a.position = static_cast<int>(q.integer(6));
    a.version = static_cast<int>(q.integer(7));
    if (!q.isNull(8))
        a.validFrom = QDate::fromString(q.text(8), Qt::ISODate);
    if (!q.isNull(9))
        a.validUntil = QDate::fromString(q.text(9), Qt::ISODate);
    return a;
}

void sortByItemAndPlace(QVector<Assignment> *assignments)
{
    std::sort(assignments->begin(), assignments->end(), [](const Assignment &a, const Assignment &b) {
        if (a.itemId != b.itemId)
            return a.itemId < b.itemId;
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
}

extern const QString kAssignmentSelect;
const QString kAssignmentSelect =
    QStringLiteral("SELECT id, item_id, contact_id, role, priority, note, position, version, confirmed_at,"
                   " confirmed_by, valid_from, valid_until FROM assignment ");

QByteArray idList(const QVector<qint64> &ids, qsizetype from, qsizetype to)
{
    QByteArray list;
    list.reserve((to - from) * 8);
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            list += ',';
        list += QByteArray::number(ids.at(i));
    }
    return list;
}

bool scanIds(const QSqlDatabase &db, const QByteArray &sql, const QVector<qint64> &ids, QString *error,
             const std::function<void(const SqliteStatement &)> &row)
{
    constexpr qsizetype PerStatement = 1000;
    for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
        SqliteStatement q(
            db, QByteArray(sql).replace("%1", idList(ids, start, std::min(ids.size(), start + PerStatement))));
        while (q.next())
            row(q);
        if (q.hasError() || !q.isValid()) {
            setError(error, q.errorString());
            return false;
        }
    }
    return true;
}

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
            {QStringLiteral("note"), a.note},
            {QStringLiteral("valid_from"), QJsonValue::fromVariant(dateText(a.validFrom))},
            {QStringLiteral("valid_until"), QJsonValue::fromVariant(dateText(a.validUntil))},
            {QStringLiteral("confirmed_at"), QJsonValue::fromVariant(confirmationText(a.confirmedAt))},
            {QStringLiteral("confirmed_by"), a.confirmedBy}};
}

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

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace steward::storesql
