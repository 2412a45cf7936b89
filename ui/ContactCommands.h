#pragma once

#include "Records.h"
#include "Store.h"
#include "StoreCommand.h"

namespace steward {

/// A contact with its team members (for a team), as a form edits it.
struct ContactDraft
{
    Contact contact;
    QVector<TeamMember> members; ///< position -1 for a member added in the form
};

/// Creates a contact (and a team's members); undo deletes it, redo puts it back with the same id.
class CreateContactCommand final : public StoreCommand
{
public:
    CreateContactCommand(Store &store, ContactDraft draft, CommandErrorHandler onError);
    qint64 contactId() const { return m_draft.contact.id; }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    ContactDraft m_draft;
};

/// Saves a contact's new values, addresses and members; undo saves the old ones back.
/// The first save carries the version the form loaded, so someone else's change is refused.
class EditContactCommand final : public StoreCommand
{
public:
    EditContactCommand(Store &store, ContactDraft before, ContactDraft after, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    bool save(const ContactDraft &values, bool checkVersion, const QString &label, QString *error);

    Store &m_store;
    ContactDraft m_before;
    ContactDraft m_after;
    bool m_first = true;
};

/// Deletes a contact with its assignments and memberships; undo puts all of it back.
class DeleteContactCommand final : public StoreCommand
{
public:
    DeleteContactCommand(Store &store, qint64 contactId, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    qint64 m_contactId;
    Store::ContactSnapshot m_snapshot; ///< what went with it, taken by each delete
};

/**
 * The ownership editor's result for one item, as one step: contacts created on the
 * spot (ids below 0 in the draft), assignments removed, changed and added. Refused
 * if the item's assignments changed since the editor loaded them.
 */
class OwnershipCommand final : public StoreCommand
{
public:
    OwnershipCommand(Store &store, qint64 itemId, QString itemName, QVector<Assignment> before,
                     QVector<Assignment> after, QVector<Contact> newContacts, CommandErrorHandler onError);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    qint64 m_itemId;
    QVector<Assignment> m_before;       ///< as loaded
    QVector<Assignment> m_after;        ///< id 0 for new ones until first saved
    QVector<Contact> m_newContacts;     ///< ids below 0 until first saved
    QHash<qint64, qint64> m_contactIds; ///< draft id -> saved id
    bool m_first = true;
};

/// Makes a team's members what @p members says, touching only what differs.
bool syncTeamMembers(Store &store, qint64 teamId, const QVector<TeamMember> &members, QString *error);

} // namespace steward
