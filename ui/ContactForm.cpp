#include "ContactForm.h"

#include "Readable.h"
#include "Store.h"
#include "Validation.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {
namespace {

constexpr ContactKind kKinds[] = {ContactKind::Person,      ContactKind::Team,        ContactKind::MailingList,
                                  ContactKind::Mailbox,     ContactKind::ChatChannel, ContactKind::IssueTracker,
                                  ContactKind::Organisation};
constexpr AddressKind kAddressKinds[] = {AddressKind::Email, AddressKind::Irc, AddressKind::Matrix,
                                         AddressKind::Slack, AddressKind::Url, AddressKind::Phone};

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), label));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void setProblemText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ContactForm::ContactForm(Store &store, const ContactDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_loaded(draft)
    , m_name(new QLineEdit(draft.contact.name, this))
    , m_nameProblem(problemLabel(this, QStringLiteral("nameProblemLabel")))
    , m_kind(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_teamLabel(new QLabel(tr("Belongs to &team:"), this))
    , m_tags(new QLineEdit(draft.contact.tags.join(QStringLiteral("; ")), this))
    , m_tagsProblem(problemLabel(this, QStringLiteral("tagsProblemLabel")))
    , m_notes(new QPlainTextEdit(draft.contact.notes, this))
    , m_addressLayout(new QVBoxLayout)
    , m_membersBox(new QGroupBox(tr("Members"), this))
    , m_memberLayout(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    QString error;
    if (auto contacts = store.contacts(&error))
        m_contacts = std::move(*contacts);
    else
        m_contactsError = tr("The contacts cannot be read: %1").arg(error);
    setObjectName(QStringLiteral("contactForm"));
    setWindowTitle(draft.contact.id ? tr("Edit %1").arg(draft.contact.name)
                                    : tr("New %1").arg(keys::contactKindLabel(draft.contact.kind)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);

    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (ContactKind kind : kKinds)
        m_kind->addItem(keys::contactKindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(draft.contact.kind)));
    form->addRow(tr("&Kind:"), m_kind);

    m_team->setObjectName(QStringLiteral("teamComboBox"));
    m_team->addItem(tr("(none)"), 0);
    for (const Contact &c : std::as_const(m_contacts)) {
        if (c.kind == ContactKind::Team && c.id != draft.contact.id)
            m_team->addItem(c.name, c.id);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(draft.contact.teamId)));
    m_teamLabel->setBuddy(m_team);
    form->addRow(m_teamLabel, m_team);

    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("on-call; team=infra (separated by \";\")"));
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(QString(), m_tagsProblem);

    auto *addresses = new QGroupBox(tr("Addresses"), this);
    auto *addressOuter = new QVBoxLayout(addresses);
    addressOuter->addLayout(m_addressLayout);
    auto *addAddress = new QPushButton(tr("Add &Address"), addresses);
    addAddress->setObjectName(QStringLiteral("addAddressButton"));
    addressOuter->addWidget(addAddress, 0, Qt::AlignLeft);
    connect(addAddress, &QPushButton::clicked, this, [this] { addAddressRow()->setFocus(); });
    layout->addWidget(addresses);

    m_membersBox->setObjectName(QStringLiteral("membersGroupBox"));
    auto *memberOuter = new QVBoxLayout(m_membersBox);
    memberOuter->addLayout(m_memberLayout);
    auto *addMember = new QPushButton(tr("Add &Member"), m_membersBox);
    addMember->setObjectName(QStringLiteral("addMemberButton"));
    memberOuter->addWidget(addMember, 0, Qt::AlignLeft);
    connect(addMember, &QPushButton::clicked, this, [this] { addMemberRow()->setFocus(); });
    layout->addWidget(m_membersBox);

    auto *notesForm = new QFormLayout;
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    notesForm->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(notesForm);
    layout->addWidget(m_buttons);

    for (const Address &a : draft.contact.addresses)
        addAddressRow(a);
    for (const TeamMember &m : draft.members)
        addMemberRow(m);

    connect(m_name, &QLineEdit::textChanged, this, &ContactForm::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &ContactForm::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ContactForm::updateKind);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKind();
    resize(620, sizeHint().height());
}

QLineEdit *ContactForm::addAddressRow(const Address &address)
{
    auto *widget = new QWidget(this);
    auto *outer = new QVBoxLayout(widget);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    outer->addLayout(line);
    AddressRow row{widget,
                   new QComboBox(widget),
                   new QLineEdit(address.value, widget),
                   new QLineEdit(address.label, widget),
                   problemLabel(widget, QStringLiteral("addressProblemLabel")),
                   address.id};
    row.kind->setObjectName(QStringLiteral("addressKindComboBox"));
    row.kind->setAccessibleName(tr("Kind of address"));
    for (AddressKind kind : kAddressKinds)
        row.kind->addItem(keys::addressKindLabel(kind), static_cast<int>(kind));
    row.kind->setCurrentIndex(row.kind->findData(static_cast<int>(address.kind)));
    row.value->setObjectName(QStringLiteral("addressValueLineEdit"));
    row.value->setAccessibleName(tr("Address"));
    row.value->setPlaceholderText(tr("address"));
    row.label->setObjectName(QStringLiteral("addressLabelLineEdit"));
    row.label->setAccessibleName(tr("Address label"));
    row.label->setPlaceholderText(tr("label (optional)"));
    auto *remove = new QToolButton(widget);
    remove->setObjectName(QStringLiteral("removeAddressButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this address"));
    line->addWidget(row.kind);
    line->addWidget(row.value, 2);
    line->addWidget(row.label, 1);
    line->addWidget(remove);
    outer->addWidget(row.problem);
    m_addressLayout->addWidget(widget);
    m_addresses.append(row);
    connect(row.kind, &QComboBox::currentIndexChanged, this, &ContactForm::validate);
    connect(row.value, &QLineEdit::textChanged, this, &ContactForm::validate);
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        m_addresses.erase(std::remove_if(m_addresses.begin(), m_addresses.end(),
                                         [widget](const AddressRow &r) { return r.widget == widget; }),
                          m_addresses.end());
        widget->deleteLater();
        validate();
    });
    validate();
    return row.value;
}

QComboBox *ContactForm::addMemberRow(const TeamMember &member)
{
    auto *widget = new QWidget(this);
    auto *outer = new QVBoxLayout(widget);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    outer->addLayout(line);
    MemberRow row{widget, new QComboBox(widget), new QComboBox(widget), new QLineEdit(member.note, widget),
                  problemLabel(widget, QStringLiteral("memberProblemLabel"))};
    row.member->setObjectName(QStringLiteral("memberComboBox"));
    row.member->setAccessibleName(tr("Member"));
    row.member->setEditable(true);
    row.member->setInsertPolicy(QComboBox::NoInsert);
    for (const Contact &c : std::as_const(m_contacts)) {
        if (c.id != m_loaded.contact.id)
            row.member->addItem(c.name, c.id);
    }
    row.member->completer()->setFilterMode(Qt::MatchContains);
    row.member->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    row.member->setCurrentIndex(member.memberId ? row.member->findData(member.memberId) : -1);
    if (!member.memberId)
        row.member->setEditText(QString());
    row.role->setObjectName(QStringLiteral("memberRoleComboBox"));
    row.role->setAccessibleName(tr("Member's role"));
    row.role->setEditable(true);
    row.role->addItems(keys::teamRoles());
    row.role->setCurrentText(member.role);
    row.note->setObjectName(QStringLiteral("memberNoteLineEdit"));
    row.note->setAccessibleName(tr("Note on the member"));
    row.note->setPlaceholderText(tr("note (optional)"));
    auto *remove = new QToolButton(widget);
    remove->setObjectName(QStringLiteral("removeMemberButton"));
    remove->setText(tr("Remove"));
    line->addWidget(row.member, 2);
    line->addWidget(row.role, 1);
    line->addWidget(row.note, 2);
    line->addWidget(remove);
    outer->addWidget(row.problem);
    m_memberLayout->addWidget(widget);
    m_members.append(row);
    connect(row.member, &QComboBox::editTextChanged, this, &ContactForm::validate);
    connect(row.role, &QComboBox::editTextChanged, this, &ContactForm::validate);
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        m_members.erase(std::remove_if(m_members.begin(), m_members.end(),
                                       [widget](const MemberRow &r) { return r.widget == widget; }),
                        m_members.end());
        widget->deleteLater();
        validate();
    });
    validate();
    return row.member;
}

void ContactForm::updateKind()
{
    const auto kind = static_cast<ContactKind>(m_kind->currentData().toInt());
    m_membersBox->setVisible(kind == ContactKind::Team);
    // A team's members say who is in it; anything else may belong to a team.
    m_team->setVisible(kind != ContactKind::Team);
    m_teamLabel->setVisible(kind != ContactKind::Team);
    validate();
}

qint64 ContactForm::memberIdOf(const QComboBox *box) const
{
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text, Qt::MatchFixedString);
    return index >= 0 ? box->itemData(index).toLongLong() : 0;
}

void ContactForm::validate()
{
    const QString name = m_name->text().trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("A name is required.");
    } else {
        // Contact names are unique: "steward assign ITEM CONTACT" must find one.
        const QString key = nameKey(name);
        for (const Contact &other : std::as_const(m_contacts)) {
            if (other.id != m_loaded.contact.id && nameKey(other.name) == key) {
                nameProblem = tr("There is already a contact called \"%1\" (%2).")
                                  .arg(other.name, keys::contactKindLabel(other.kind));
                break;
            }
        }
    }
    // Contacts that could not be read (the server gone) are said, without keeping Save
    // from trying: the Store refuses a name taken.
    setProblemText(m_nameProblem, nameProblem.isEmpty() ? m_contactsError : nameProblem);
    bool valid = nameProblem.isEmpty();

    // Tags as the Store keeps them: no control characters, a key before any "=".
    QStringList tags = m_tags->text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QString tagsProblem;
    validation::normaliseList(&tags, false, &tagsProblem);
    setProblemText(m_tagsProblem, tagsProblem);
    valid = valid && tagsProblem.isEmpty();

    for (const AddressRow &row : std::as_const(m_addresses)) {
        const QString problem =
            validation::addressProblem(static_cast<AddressKind>(row.kind->currentData().toInt()), row.value->text());
        setProblemText(row.problem, problem);
        valid = valid && problem.isEmpty();
    }

    const bool team = static_cast<ContactKind>(m_kind->currentData().toInt()) == ContactKind::Team;
    QSet<qint64> seen;
    for (const MemberRow &row : std::as_const(m_members)) {
        QString problem;
        const qint64 id = memberIdOf(row.member);
        if (row.member->currentText().trimmed().isEmpty())
            problem = tr("Choose a member.");
        else if (!id)
            problem =
                tr("There is no contact called \"%1\"; create it first.").arg(row.member->currentText().trimmed());
        else if (seen.contains(id))
            problem = tr("%1 is listed twice.").arg(row.member->currentText().trimmed());
        else if (row.role->currentText().trimmed().isEmpty())
            problem = tr("A member's role is required (member, lead, ...).");
        seen.insert(id);
        setProblemText(row.problem, problem);
        valid = valid && (!team || problem.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

bool ContactForm::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Save)->isEnabled();
}

QString ContactForm::problem(const QString &field) const
{
    if (field == QLatin1String("name"))
        return m_nameProblem->text();
    if (field == QLatin1String("tags"))
        return m_tagsProblem->text();
    if (field.startsWith(QLatin1String("address"))) {
        const int i = field.mid(7).toInt();
        return i < m_addresses.size() ? m_addresses.at(i).problem->text() : QString();
    }
    if (field.startsWith(QLatin1String("member"))) {
        const int i = field.mid(6).toInt();
        return i < m_members.size() ? m_members.at(i).problem->text() : QString();
    }
    return QString();
}

ContactDraft ContactForm::draft() const
{
    ContactDraft out;
    out.contact = m_loaded.contact;
    out.contact.name = m_name->text().trimmed();
    out.contact.kind = static_cast<ContactKind>(m_kind->currentData().toInt());
    out.contact.teamId = out.contact.kind == ContactKind::Team ? 0 : m_team->currentData().toLongLong();
    out.contact.notes = m_notes->toPlainText().trimmed();
    out.contact.tags = m_tags->text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QString unused; // a problem is shown in the form, which then does not save
    validation::normaliseList(&out.contact.tags, false, &unused);
    out.contact.addresses.clear();
    for (const AddressRow &row : m_addresses) {
        Address a;
        a.id = row.id;
        a.kind = static_cast<AddressKind>(row.kind->currentData().toInt());
        a.value = row.value->text().trimmed();
        a.label = row.label->text().trimmed();
        out.contact.addresses.append(a);
    }
    if (out.contact.kind == ContactKind::Team) {
        for (const MemberRow &row : m_members) {
            TeamMember m;
            m.teamId = out.contact.id;
            m.memberId = memberIdOf(row.member);
            m.memberName = row.member->currentText().trimmed();
            // "Lead" typed is the known role "lead".
            const int known = row.role->findText(row.role->currentText().trimmed(), Qt::MatchFixedString);
            m.role = known >= 0 ? row.role->itemText(known) : row.role->currentText().trimmed();
            m.note = row.note->text().trimmed();
            // A member kept from the loaded team keeps its place.
            m.position = -1;
            for (const TeamMember &loaded : m_loaded.members) {
                if (loaded.memberId == m.memberId)
                    m.position = loaded.position;
            }
            out.members.append(m);
        }
    }
    return out;
}

} // namespace steward
