#include "AssignDialog.h"

#include "OptionalDateEdit.h"
#include "Readable.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

AssignDialog::AssignDialog(Mode mode, const QVector<Contact> &contacts, int itemCount, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_contacts(contacts)
    , m_contact(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(mode == Mode::Assign ? tr("Assign Contact") : tr("Remove Contact"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(mode == Mode::Assign ? tr("Assign a contact to %n selected item(s).", nullptr, itemCount)
                                        : tr("Remove a contact from %n selected item(s).", nullptr, itemCount),
                   this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_contact->setObjectName(QStringLiteral("contactComboBox"));
    m_contact->setEditable(true);
    m_contact->setInsertPolicy(QComboBox::NoInsert);
    for (const Contact &c : std::as_const(m_contacts))
        m_contact->addItem(c.name, c.id);
    m_contact->setCurrentIndex(-1);
    m_contact->lineEdit()->setPlaceholderText(tr("Type part of a name"));
    m_contact->completer()->setFilterMode(Qt::MatchContains);
    m_contact->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_contact->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    form->addRow(tr("&Contact:"), m_contact);

    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_role->setEditable(true);
    if (mode == Mode::Remove)
        m_role->addItem(tr("(any role)"), QString());
    for (const QString &role : keys::knownRoles())
        m_role->addItem(keys::roleLabel(role), role);
    form->addRow(tr("&Role:"), m_role);

    if (mode == Mode::Assign) {
        m_priority = new QComboBox(this);
        m_priority->setObjectName(QStringLiteral("priorityComboBox"));
        for (Priority p : {Priority::Primary, Priority::Secondary, Priority::Tertiary, Priority::Inactive})
            m_priority->addItem(keys::priorityLabel(p), static_cast<int>(p));
        form->addRow(tr("&Priority:"), m_priority);
        // Cover: "covering for Alice until 15 January"; empty, it holds from now on.
        m_validFrom = new OptionalDateEdit(this);
        m_validFrom->setObjectName(QStringLiteral("validFromDateEdit"));
        m_validFrom->setToolTip(tr("The first day it holds (cover); none: from now on"));
        form->addRow(tr("Valid &from:"), m_validFrom);
        m_validUntil = new OptionalDateEdit(this);
        m_validUntil->setObjectName(QStringLiteral("validUntilDateEdit"));
        m_validUntil->setToolTip(tr("The last day it holds (cover); none: until it is removed"));
        form->addRow(tr("Valid &until:"), m_validUntil);
        connect(m_validFrom, &OptionalDateEdit::dateChanged, this, &AssignDialog::validate);
        connect(m_validUntil, &OptionalDateEdit::dateChanged, this, &AssignDialog::validate);
    }
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), m_problem));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_contact, &QComboBox::editTextChanged, this, &AssignDialog::validate);
    connect(m_role, &QComboBox::editTextChanged, this, &AssignDialog::validate);
    validate();
}

qint64 AssignDialog::contactId() const
{
    const QString typed = m_contact->currentText().trimmed();
    for (const Contact &c : m_contacts) {
        if (c.name.compare(typed, Qt::CaseInsensitive) == 0)
            return c.id;
    }
    return 0;
}

QString AssignDialog::contactName() const
{
    for (const Contact &c : m_contacts) {
        if (c.id == contactId())
            return c.name;
    }
    return {};
}

QString AssignDialog::role() const
{
    // A listed role gives its key; anything typed is a role of the user's own.
    const int index = m_role->findText(m_role->currentText().trimmed(), Qt::MatchFixedString);
    if (index >= 0)
        return m_role->itemData(index).toString();
    return m_role->currentText().trimmed();
}

Priority AssignDialog::priority() const
{
    return m_priority ? static_cast<Priority>(m_priority->currentData().toInt()) : Priority::Primary;
}

QDate AssignDialog::validFrom() const
{
    return m_validFrom ? m_validFrom->date() : QDate();
}

QDate AssignDialog::validUntil() const
{
    return m_validUntil ? m_validUntil->date() : QDate();
}

void AssignDialog::validate()
{
    QString problem;
    if (m_contact->currentText().trimmed().isEmpty())
        problem = tr("Choose a contact.");
    else if (contactId() == 0)
        problem = tr("There is no contact called \"%1\".").arg(m_contact->currentText().trimmed());
    else if (m_mode == Mode::Assign && role().isEmpty())
        problem = tr("A role is required.");
    else if (validFrom().isValid() && validUntil().isValid() && validUntil() < validFrom())
        problem = tr("The last day is before the first.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace steward
