#pragma once

#include "ContactCommands.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace steward {

class Store;

/**
 * The form for a contact: its kind, name, the team it belongs to, any number of
 * typed addresses and, for a team, its members with their roles. Every field is
 * checked as the user types, the problem shown next to it; Save is available only
 * when everything is valid, Escape cancels. Like ItemForm it never writes: the
 * window turns its result into an undoable command.
 */
class ContactForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactForm)
public:
    /// @p draft with contact.id 0 is a new contact.
    ContactForm(Store &store, const ContactDraft &draft, QWidget *parent = nullptr);

    ContactDraft draft() const;
    bool isValid() const;
    /// The problem shown for "name", "tags", "address0", "member1", ..., empty if none.
    QString problem(const QString &field) const;

    /// Adds an empty address row (the "Add Address" button) and returns its value field.
    QLineEdit *addAddressRow(const Address &address = Address());
    /// Adds a member row (the "Add Member" button) and returns its member box.
    QComboBox *addMemberRow(const TeamMember &member = TeamMember());

private:
    struct AddressRow
    {
        QWidget *widget;
        QComboBox *kind;
        QLineEdit *value;
        QLineEdit *label;
        QLabel *problem;
        qint64 id; ///< as loaded, 0 for a new address
    };
    struct MemberRow
    {
        QWidget *widget;
        QComboBox *member;
        QComboBox *role;
        QLineEdit *note;
        QLabel *problem;
    };

    void validate();
    void updateKind();
    qint64 memberIdOf(const QComboBox *box) const;

    Store &m_store;
    ContactDraft m_loaded;
    QVector<Contact> m_contacts;
    QString m_contactsError; ///< why m_contacts could not be read
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_kind;
    QComboBox *m_team;
    QLabel *m_teamLabel;
    QLineEdit *m_tags;
    QLabel *m_tagsProblem;
    QPlainTextEdit *m_notes;
    QVBoxLayout *m_addressLayout;
    QVector<AddressRow> m_addresses;
    QWidget *m_membersBox;
    QVBoxLayout *m_memberLayout;
    QVector<MemberRow> m_members;
    QDialogButtonBox *m_buttons;
};

} // namespace steward
