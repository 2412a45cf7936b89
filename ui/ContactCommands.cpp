#include "ContactCommands.h"

#include <QCoreApplication>

namespace steward {
namespace {

/// The strings of this file, in one context for lupdate and for the translator.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ContactCommands)
};

bool hasId(const QVector<Assignment> &list, qint64 id)
{
    return id > 0 && std::any_of(list.begin(), list.end(), [id](const Assignment &a) { return a.id == id; });
}

bool sameAssignment(const Assignment &a, const Assignment &b)
{
    return a.contactId == b.contactId && a.role == b.role && a.priority == b.priority && a.note == b.note &&
           a.validFrom == b.validFrom && a.validUntil == b.validUntil;
}

} // namespace

bool syncTeamMembers(Store &store, qint64 teamId, const QVector<TeamMember> &members, QString *error)
{
    const auto stored = store.teamMembers(teamId, error);
    if (!stored)
        return false;
    const QVector<TeamMember> &current = *stored;
    for (const TeamMember &c : current) {
        const bool kept =
            std::any_of(members.begin(), members.end(), [&c](const TeamMember &m) { return m.memberId == c.memberId; });
        if (!kept && !store.removeTeamMember(teamId, c.memberId, error))
            return false;
    }
    for (TeamMember m : members) {
        m.teamId = teamId;
        const auto found = std::find_if(current.begin(), current.end(),
                                        [&m](const TeamMember &c) { return c.memberId == m.memberId; });
        const bool unchanged = found != current.end() && found->role == m.role && found->note == m.note &&
                               (m.position < 0 || found->position == m.position);
        if (unchanged)
            continue;
        if (found != current.end() && m.position < 0)
            m.position = found->position; // a changed role keeps the member's place
        if (!store.setTeamMember(m, error))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------- create

CreateContactCommand::CreateContactCommand(Store &store, ContactDraft draft, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_draft(std::move(draft))
{
    m_draft.contact.id = 0;
    setText(Tr::tr("Create %1 \"%2\"").arg(keys::contactKindLabel(m_draft.contact.kind), m_draft.contact.name));
}

bool CreateContactCommand::apply(QString *error)
{
    Contact copy = m_draft.contact;
    const bool ok = m_store.write(
        [&](QString *err) {
            if (!m_store.createContact(copy, err))
                return false;
            return copy.kind != ContactKind::Team || syncTeamMembers(m_store, copy.id, m_draft.members, err);
        },
        error, text());
    if (ok)
        m_draft.contact.id = copy.id; // redo puts it back with the same id
    return ok;
}

bool CreateContactCommand::revert(QString *error)
{
    return m_store.write([&](QString *err) { return m_store.deleteContact(m_draft.contact.id, err); }, error,
                         Tr::tr("Undo: %1").arg(text()));
}

// ---------------------------------------------------------------- edit

EditContactCommand::EditContactCommand(Store &store, ContactDraft before, ContactDraft after,
                                       CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before.contact.name == m_after.contact.name
                ? Tr::tr("Edit \"%1\"").arg(m_after.contact.name)
                : Tr::tr("Rename \"%1\" to \"%2\"").arg(m_before.contact.name, m_after.contact.name));
}

bool EditContactCommand::apply(QString *error)
{
    const bool ok = save(m_after, m_first, text(), error);
    if (ok)
        m_first = false;
    return ok;
}

bool EditContactCommand::revert(QString *error)
{
    return save(m_before, false, Tr::tr("Undo: %1").arg(text()), error);
}

bool EditContactCommand::save(const ContactDraft &values, bool checkVersion, const QString &label, QString *error)
{
    return m_store.write(
        [&](QString *err) {
            Contact copy = values.contact;
            if (!checkVersion) {
                // Undo and redo apply to the record as it is now.
                auto current = m_store.contact(copy.id, err);
                if (!current)
                    return false;
                copy.version = current->version;
            }
            if (!m_store.updateContact(copy, err))
                return false;
            const QVector<TeamMember> members = copy.kind == ContactKind::Team ? values.members : QVector<TeamMember>();
            return syncTeamMembers(m_store, copy.id, members, err);
        },
        error, label);
}

// ---------------------------------------------------------------- delete

DeleteContactCommand::DeleteContactCommand(Store &store, qint64 contactId, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_contactId(contactId)
{
    QString unread; // a contact that cannot be read is named by its id
    const auto contact = m_store.contact(contactId, &unread);
    setText(Tr::tr("Delete \"%1\"").arg(contact ? contact->name : QString::number(contactId)));
}

bool DeleteContactCommand::apply(QString *error)
{
    // Read each time, in the delete's own transaction (see DeleteItemCommand::apply).
    return m_store.write(
        [&](QString *err) {
            auto snapshot = m_store.snapshotContact(m_contactId, err);
            if (!snapshot)
                return false;
            m_snapshot = std::move(*snapshot);
            return m_store.deleteContact(m_contactId, err);
        },
        error, text());
}

bool DeleteContactCommand::revert(QString *error)
{
    return m_store.restoreContact(m_snapshot, error, Tr::tr("Undo: %1").arg(text()));
}

// ---------------------------------------------------------------- ownership

OwnershipCommand::OwnershipCommand(Store &store, qint64 itemId, QString itemName, QVector<Assignment> before,
                                   QVector<Assignment> after, QVector<Contact> newContacts, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_itemId(itemId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_newContacts(std::move(newContacts))
{
    setText(Tr::tr("Edit contacts of \"%1\"").arg(itemName));
}

bool OwnershipCommand::apply(QString *error)
{
    QHash<qint64, qint64> contactIds = m_contactIds;
    QVector<Assignment> after = m_after;
    const bool ok = m_store.write(
        [&](QString *err) {
            if (m_first) {
                // Refuse if anyone changed this item's contacts since the editor loaded them.
                const auto found = m_store.assignments(m_itemId, err);
                if (!found)
                    return false;
                const QVector<Assignment> &current = *found;
                bool same = current.size() == m_before.size();
                for (const Assignment &b : std::as_const(m_before)) {
                    same = same && std::any_of(current.begin(), current.end(), [&b](const Assignment &c) {
                               return c.id == b.id && c.version == b.version;
                           });
                }
                if (!same) {
                    if (err)
                        *err = Tr::tr("The contacts of this item were changed by someone else since the editor loaded "
                                      "them.");
                    return false;
                }
            }
            for (Contact c : std::as_const(m_newContacts)) {
                const qint64 draftId = c.id;
                c.id = contactIds.value(draftId, 0); // on redo: the id it had
                if (!m_store.createContact(c, err))
                    return false;
                contactIds.insert(draftId, c.id);
            }
            for (const Assignment &b : std::as_const(m_before)) {
                if (!hasId(after, b.id) && !m_store.removeAssignment(b.id, err))
                    return false;
            }
            for (Assignment &a : after) {
                if (a.contactId < 0)
                    a.contactId = contactIds.value(a.contactId);
                const auto old =
                    std::find_if(m_before.begin(), m_before.end(), [&a](const Assignment &b) { return b.id == a.id; });
                if (a.id > 0 && old != m_before.end()) {
                    if (sameAssignment(a, *old))
                        continue;
                    auto current = m_store.assignmentById(a.id, err);
                    if (!current)
                        return false;
                    Assignment copy = a;
                    copy.itemId = m_itemId;
                    copy.position = current->position;
                    copy.version = current->version;
                    // The user's edit confirms it; a redo puts back that confirmation.
                    if (!m_store.updateAssignment(copy, err,
                                                  m_first ? Store::Confirmation::Now : Store::Confirmation::AsGiven))
                        return false;
                    a.confirmedAt = copy.confirmedAt;
                    a.confirmedBy = copy.confirmedBy;
                    continue;
                }
                // New: the first time SQLite picks its id and place; on redo it gets them back.
                a.itemId = m_itemId;
                if (!m_store.addAssignment(a, err))
                    return false;
                // As saved (its place), read in the same transaction: what redo puts back.
                auto saved = m_store.assignmentById(a.id, err);
                if (!saved)
                    return false;
                a = *saved;
            }
            return true;
        },
        error, text());
    if (!ok)
        return false;
    // Remember what the first run created, so that redo recreates exactly that.
    m_contactIds = contactIds;
    m_after = after;
    m_first = false;
    return true;
}

bool OwnershipCommand::revert(QString *error)
{
    return m_store.write(
        [&](QString *err) {
            for (const Assignment &a : std::as_const(m_after)) {
                if (!hasId(m_before, a.id) && !m_store.removeAssignment(a.id, err))
                    return false;
            }
            for (const Assignment &b : std::as_const(m_before)) {
                const auto now =
                    std::find_if(m_after.begin(), m_after.end(), [&b](const Assignment &a) { return a.id == b.id; });
                if (now == m_after.end() || sameAssignment(*now, b))
                    continue;
                auto current = m_store.assignmentById(b.id, err);
                if (!current)
                    return false;
                Assignment copy = b;
                copy.position = current->position;
                copy.version = current->version;
                if (!m_store.updateAssignment(copy, err, Store::Confirmation::AsGiven))
                    return false;
            }
            for (const Assignment &b : std::as_const(m_before)) {
                if (hasId(m_after, b.id))
                    continue;
                Assignment copy = b; // same id and place as before
                if (!m_store.addAssignment(copy, err))
                    return false;
            }
            for (auto it = m_contactIds.cbegin(); it != m_contactIds.cend(); ++it) {
                if (!m_store.deleteContact(it.value(), err))
                    return false;
            }
            return true;
        },
        error, Tr::tr("Undo: %1").arg(text()));
}

} // namespace steward
