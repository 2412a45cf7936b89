#include "HandoverDialog.h"

#include "InventoryDocument.h"
#include "Readable.h"
#include "Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

HandoverDialog::HandoverDialog(InventoryDocument &document, qint64 fromId, const QVector<qint64> &selectedItemIds,
                               QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_fromId(fromId)
    , m_selected(selectedItemIds)
    , m_to(new QComboBox(this))
    , m_roles(new QListWidget(this))
    , m_onlySelected(new QCheckBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("handoverDialog"));
    Store &store = document.store();
    QString error;
    const auto from = store.contact(fromId, &error);
    m_fromName = from ? from->name : QString::number(fromId);
    setWindowTitle(tr("Hand Over %1's Assignments").arg(m_fromName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each assignment of %1 becomes the other contact's, with the same role, priority, "
                                "note, cover and place; one the other has already goes instead.")
                                 .arg(m_fromName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_to->setObjectName(QStringLiteral("handoverToComboBox"));
    m_to->setEditable(true);
    m_to->setInsertPolicy(QComboBox::NoInsert);
    if (const auto contacts = store.contacts(&error)) {
        for (const Contact &c : *contacts) {
            if (c.id == fromId)
                continue;
            m_contacts.append({c.id, c.name});
            m_to->addItem(c.name, c.id);
        }
    }
    m_to->setCurrentIndex(-1);
    m_to->lineEdit()->setPlaceholderText(tr("Type part of a name"));
    m_to->completer()->setFilterMode(Qt::MatchContains);
    m_to->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_to->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    form->addRow(tr("&To:"), m_to);

    // The roles the contact has, each with how many assignments: all ticked.
    m_roles->setObjectName(QStringLiteral("handoverRolesList"));
    m_roles->setAccessibleName(tr("Roles to hand over"));
    QMap<QString, int> counts;
    if (const auto own = store.assignmentLines(Store::By::Contact, {fromId}, &error)) {
        for (const Assignment &a : *own)
            ++counts[a.role];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto *role = new QListWidgetItem(
            tr("%1 (%n assignment(s))", nullptr, it.value()).arg(keys::roleLabel(it.key())), m_roles);
        role->setData(Qt::UserRole, it.key());
        role->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        role->setCheckState(Qt::Checked);
    }
    m_roles->setMaximumHeight(std::max(60, std::min(6, static_cast<int>(counts.size())) * 24 + 8));
    form->addRow(tr("&Roles:"), m_roles);
    layout->addLayout(form);

    m_onlySelected->setObjectName(QStringLiteral("onlySelectedCheckBox"));
    // Only where it was opened with rows selected (the departure's list).
    m_onlySelected->setText(tr("Only the %n item(s) selected", nullptr, static_cast<int>(m_selected.size())));
    m_onlySelected->setVisible(!m_selected.isEmpty());
    layout->addWidget(m_onlySelected);

    m_preview->setObjectName(QStringLiteral("handoverPreviewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumHeight(72);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_preview, 1);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand Over"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QComboBox::editTextChanged, this, &HandoverDialog::replan);
    connect(m_roles, &QListWidget::itemChanged, this, &HandoverDialog::replan);
    connect(m_onlySelected, &QCheckBox::toggled, this, &HandoverDialog::replan);
    resize(520, 420);
    replan();
}

qint64 HandoverDialog::toId() const
{
    const QString typed = m_to->currentText().trimmed();
    for (const auto &[id, name] : m_contacts) {
        if (name.compare(typed, Qt::CaseInsensitive) == 0)
            return id;
    }
    return 0;
}

void HandoverDialog::replan()
{
    m_plan.reset();
    QStringList roles;
    bool every = true;
    for (int i = 0; i < m_roles->count(); ++i) {
        const QListWidgetItem *role = m_roles->item(i);
        if (role->checkState() == Qt::Checked)
            roles << role->data(Qt::UserRole).toString();
        else
            every = false;
    }
    QString text;
    bool problem = true;
    const qint64 to = toId();
    if (m_to->currentText().trimmed().isEmpty()) {
        text = tr("Choose who takes over.");
    } else if (to == 0) {
        text = tr("There is no contact called \"%1\".").arg(m_to->currentText().trimmed());
    } else if (roles.isEmpty() && m_roles->count() > 0) {
        text = tr("Choose at least one role.");
    } else {
        QString error;
        m_plan = planHandover(m_document.store(), m_fromId, to, every ? QStringList() : roles,
                              m_onlySelected->isChecked() ? m_selected : QVector<qint64>(), &error);
        if (!m_plan) {
            text = error;
        } else {
            problem = false;
            const Handover &h = *m_plan;
            QStringList lines;
            lines << tr("%n assignment(s) move to %1.", nullptr, static_cast<int>(h.moves.size())).arg(h.to.name);
            if (!h.merges.isEmpty())
                lines << tr("%n assignment(s) of %1 go instead: %2 has the item in that role already.", nullptr,
                            static_cast<int>(h.merges.size()))
                             .arg(h.from.name, h.to.name);
            if (h.mergedIntoInactive > 0)
                lines << tr("%n of them %1 has only as inactive: set %1's priority on those items afterwards.", nullptr,
                            h.mergedIntoInactive)
                             .arg(h.to.name);
            if (!h.teams.isEmpty()) {
                QStringList teams;
                for (const TeamMember &m : h.teams)
                    teams << h.teamNames.value(m.teamId);
                lines << tr("%1 leaves %2.").arg(h.from.name, teams.join(QStringLiteral(", ")));
            } else if (h.teamsKept > 0) {
                lines << tr("%1 stays in %n team(s): only handing over everything takes them out of their teams.",
                            nullptr, h.teamsKept)
                             .arg(h.from.name);
            }
            lines << tr("It is one step: Edit > Undo takes all of it back.");
            text = lines.join(QLatin1Char('\n'));
        }
    }
    m_preview->setText(text);
    m_preview->setStyleSheet(problem ? readable::colours(QStringLiteral("color: #b71c1c"), m_preview) : QString());
    const bool readOnly = m_document.isReadOnly();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plan.has_value() && !readOnly);
    if (readOnly)
        m_buttons->button(QDialogButtonBox::Ok)->setToolTip(m_document.readOnlyReason());
}

void HandoverDialog::accept()
{
    if (!m_plan)
        return;
    QString error;
    if (m_document.handOver(*m_plan, &error)) {
        QDialog::accept();
        return;
    }
    // Someone changed something since: show the plan as it is now, and why.
    replan();
    m_preview->setText(error + QStringLiteral("\n\n") + m_preview->text());
    m_preview->setStyleSheet(readable::colours(QStringLiteral("color: #b71c1c"), m_preview));
}

} // namespace steward
