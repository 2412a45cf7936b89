#pragma once

#include "Records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace steward {

class OptionalDateEdit;

/**
 * Chooses a contact, a role, a priority and optionally the days it holds (cover) to
 * assign to (or, in Remove mode, a
 * contact and optionally a role to remove from) the selected items. The contact box
 * completes any part of a name; OK is available only for a known contact and a role.
 */
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)
public:
    enum class Mode
    {
        Assign,
        Remove
    };

    AssignDialog(Mode mode, const QVector<Contact> &contacts, int itemCount, QWidget *parent = nullptr);

    qint64 contactId() const;
    QString contactName() const;
    /// The role; empty in Remove mode means every role.
    QString role() const;
    Priority priority() const;
    /// The cover's first and last day (Assign mode); invalid: no limit.
    QDate validFrom() const;
    QDate validUntil() const;

private:
    void validate();

    Mode m_mode;
    QVector<Contact> m_contacts;
    QComboBox *m_contact;
    QComboBox *m_role;
    QComboBox *m_priority = nullptr;
    OptionalDateEdit *m_validFrom = nullptr;
    OptionalDateEdit *m_validUntil = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward
