// The Store's contacts, their addresses and teams.

#include "Store.h"

#include "ChangeFields.h"
#include "StoreSql.h"
#include "Validation.h"

#include <QJsonArray>

#include <QSqlError>

#include <algorithm>

namespace steward {

using namespace storesql;

bool Store::checkContactName(const Contact &contact, QString *error)
{
    QSqlQuery &q = bound(QStringLiteral("SELECT name, kind FROM contact WHERE name_key = ? AND id <> ? LIMIT 1"),
                         {nameKey(contact.name), contact.id});
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

std::optional<QHash<qint64, QString>> Store::contactNames(QString *error)
{
    QHash<qint64, QString> names;
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, name FROM contact"));
    if (!exec(q, error))
        return std::nullopt;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return names;
}

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
    QString problem;
    if (!validation::normaliseList(&draft.tags, false, &problem)) {
        setError(error, tr("%1 (in \"%2\")").arg(problem, draft.name));
        return {};
    }
    if (!checkFields(validation::contactProblem(draft), error))
        return {};
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
            return writeAddresses(draft, err) && writeContactTags(draft, err) &&
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
    QString problem;
    if (!validation::normaliseList(&draft.tags, false, &problem)) {
        setError(error, tr("%1 (in \"%2\")").arg(problem, draft.name));
        return {};
    }
    const bool ok = write(
        [&](QString *err) {
            if (draft.name.isEmpty()) {
                setError(err, tr("The name is required."));
                return false;
            }
            const auto found = contactsById({draft.id}, err);
            if (!found)
                return false;
            if (!found->contains(draft.id)) {
                setError(err, tr("\"%1\" no longer exists; someone may have deleted it.").arg(draft.name));
                return false;
            }
            const Contact current = found->value(draft.id);
            if (!checkFields(validation::contactProblem(draft, &current), err))
                return false;
            // The name is checked only when it changes: the record holds it already otherwise.
            if (nameKey(draft.name) != nameKey(current.name) && !checkContactName(draft, err))
                return false;
            if (!changeOne(QStringLiteral("UPDATE contact SET kind = ?, name = ?, name_key = ?, team_id = ?, notes = ?,"
                                          " version = version + 1 WHERE id = ? AND version = ?"),
                           {keys::contactKind(draft.kind), draft.name, nameKey(draft.name), nullableId(draft.teamId),
                            draft.notes, draft.id, draft.version},
                           tr("\"%1\" was changed or deleted by someone else since it was loaded.").arg(draft.name),
                           err))
                return false;
            ++draft.version;
            if (!writeAddresses(draft, err))
                return false;
            QJsonObject before = contactFields(current), after = contactFields(draft);
            if (draft.tags != current.tags) {
                // Both sides name the tags, so that adding the first is recorded (and reverted) too.
                if (!writeContactTags(draft, err))
                    return false;
                before.insert(QStringLiteral("tags"), QJsonArray::fromStringList(current.tags));
                after.insert(QStringLiteral("tags"), QJsonArray::fromStringList(draft.tags));
            }
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
            const auto found = contactsById({id}, err);
            if (!found)
                return false;
            if (!found->contains(id)) {
                setError(err, tr("Contact %1 does not exist.").arg(id));
                return false;
            }
            const Contact gone = found->value(id);
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
                               tr("Removed %1 (%2) with the contact").arg(gone.name, a.role), assignmentFields(a), {},
                               err))
                    return false;
            }
            if (!logChange(QStringLiteral("contact"), id, 0, QStringLiteral("delete"),
                           tr("Deleted %1 \"%2\"").arg(keys::contactKindLabel(gone.kind), gone.name),
                           contactFields(gone), {}, err))
                return false;
            return changeOne(QStringLiteral("DELETE FROM contact WHERE id = ?"), {id},
                             tr("Contact %1 does not exist.").arg(id), err);
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
        if (!query.exec(QStringLiteral("SELECT contact_id, tag FROM contact_tag ORDER BY contact_id, position, tag"))) {
            setError(error, query.lastError().text());
            return false;
        }
        while (query.next()) {
            const auto contact = contacts->find(query.value(0).toLongLong());
            if (contact != contacts->end())
                contact->tags.append(query.value(1).toString());
        }
        return true;
    }
    const QVector<qint64> ids = contacts->keys().toVector();
    return selectIn(
               QStringLiteral("SELECT contact_id, id, kind, value, label FROM contact_address"
                              " WHERE contact_id IN (%1) ORDER BY contact_id, position, id"),
               ids,
               [contacts](const QSqlQuery &q) {
                   (*contacts)[q.value(0).toLongLong()].addresses.append(readAddress(q));
               },
               error) &&
           selectIn(
               QStringLiteral("SELECT contact_id, tag FROM contact_tag WHERE contact_id IN (%1)"
                              " ORDER BY contact_id, position, tag"),
               ids,
               [contacts](const QSqlQuery &q) {
                   (*contacts)[q.value(0).toLongLong()].tags.append(q.value(1).toString());
               },
               error);
}

std::optional<Contact> Store::contact(qint64 id, QString *error)
{
    const auto found = contactsById({id}, error);
    if (!found)
        return std::nullopt;
    if (!found->contains(id)) {
        setError(error, tr("Contact %1 does not exist.").arg(id));
        return std::nullopt;
    }
    return found->value(id);
}

std::optional<QHash<qint64, Contact>> Store::contactsById(const QVector<qint64> &wanted, QString *error)
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
    if (!read || !loadAddresses(&result, error))
        return std::nullopt;
    return result;
}

std::optional<QVector<Contact>> Store::contacts(QString *error)
{
    QVector<Contact> ordered;
    QSqlQuery &q = prepared(kContactSelect + QStringLiteral("ORDER BY name_key, id"));
    if (!exec(q, error))
        return std::nullopt;
    QHash<qint64, Contact> byId;
    QVector<qint64> order;
    while (q.next()) {
        Contact contact = readContact(q);
        order.append(contact.id);
        byId.insert(contact.id, contact);
    }
    q.finish();
    if (!loadAddresses(&byId, error))
        return std::nullopt;
    ordered.reserve(order.size());
    for (qint64 id : order)
        ordered.append(byId.value(id));
    return ordered;
}

std::optional<QVector<Contact>> Store::findContactsByName(const QString &name, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM contact WHERE name_key = ? ORDER BY id"));
    q.addBindValue(nameKey(name));
    if (!exec(q, error))
        return std::nullopt;
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    const auto found = contactsById(ids, error);
    if (!found)
        return std::nullopt;
    QVector<Contact> result;
    for (qint64 id : ids)
        result.append(found->value(id));
    return result;
}

bool Store::setTeamMember(const TeamMember &member, QString *error)
{
    if (!checkFields(validation::teamMemberProblem(member), error))
        return false;
    const bool ok = write(
        [&](QString *err) {
            auto team = contact(member.teamId, err);
            if (!team)
                return false;
            if (team->kind != ContactKind::Team) {
                setError(err, tr("\"%1\" is not a team.").arg(team->name));
                return false;
            }
            QSqlQuery &remove = bound(QStringLiteral("DELETE FROM team_member WHERE team_id = ? AND member_id = ?"),
                                      {member.teamId, member.memberId});
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
            return changeOne(QStringLiteral("DELETE FROM team_member WHERE team_id = ? AND member_id = ?"),
                             {teamId, memberId}, tr("Contact %1 is not a member of team %2.").arg(memberId).arg(teamId),
                             err);
        },
        error);
    if (ok)
        notifyOwnershipChanged(true);
    return ok;
}

std::optional<QVector<TeamMember>> Store::teamMembers(qint64 teamId, QString *error)
{
    return selectAll(
        QStringLiteral(
            "SELECT m.team_id, m.member_id, m.role, m.note, c.name, m.position FROM team_member m"
            " JOIN contact c ON c.id = m.member_id"
            " WHERE m.team_id = ? ORDER BY CASE m.role WHEN 'lead' THEN 0 ELSE 1 END, m.position, c.name_key"),
        {teamId}, readTeamMember, error);
}

std::optional<QVector<TeamMember>> Store::memberships(qint64 contactId, QString *error)
{
    return selectAll(
        QStringLiteral(
            "SELECT m.team_id, m.member_id, m.role, m.note, c.name, m.position FROM team_member m"
            " JOIN contact c ON c.id = m.member_id WHERE m.team_id = ? OR m.member_id = ? ORDER BY m.team_id, m.position"),
        {contactId, contactId}, readTeamMember, error);
}

std::optional<QVector<Assignment>> Store::assignmentsOfContact(qint64 contactId, QString *error)
{
    return selectAll(kAssignmentSelect + QStringLiteral("WHERE contact_id = ? ORDER BY item_id, position, id"),
                     {contactId}, readAssignment, error);
}

} // namespace steward
