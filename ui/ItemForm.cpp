#include "ItemForm.h"

#include "Store.h"
#include "Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace steward {

using validation::isWebAddress;

ItemForm::ItemForm(Store &store, const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_item(item)
    , m_status(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
    , m_saveError(new QLabel(this))
{
    setObjectName(QStringLiteral("itemForm"));
    const QString kind = keys::itemKindLabel(item.kind);
    setWindowTitle(item.id ? tr("Edit %1").arg(item.name) : tr("New %1").arg(kind));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);

    addLine(QStringLiteral("name"), tr("&Name:"), item.name);

    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->setEditable(true);
    for (const QString &status : keys::knownStatuses())
        m_status->addItem(keys::statusLabel(status), status);
    const int statusIndex = m_status->findData(item.status);
    if (statusIndex >= 0)
        m_status->setCurrentIndex(statusIndex);
    else
        m_status->setEditText(item.status);
    m_form->addRow(tr("&Status:"), m_status);

    if (item.kind != ItemKind::Organisation) {
        // Where it can go: a provider under the organisation, a host under a
        // provider, a service under a host, a provider or the organisation.
        m_parent = new QComboBox(this);
        m_parent->setObjectName(QStringLiteral("parentComboBox"));
        QString error;
        auto read = store.treeRows(&error);
        if (!read)
            m_parentsError = tr("The places it can go cannot be read: %1").arg(error);
        QVector<TreeRow> rows = read.value_or(QVector<TreeRow>());
        std::sort(rows.begin(), rows.end(), [](const TreeRow &a, const TreeRow &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const TreeRow &row : std::as_const(rows)) {
            const bool allowed = (item.kind == ItemKind::Provider && row.kind == ItemKind::Organisation) ||
                                 (item.kind == ItemKind::Host && row.kind == ItemKind::Provider) ||
                                 (item.kind == ItemKind::Service && row.kind != ItemKind::Service);
            if (allowed && row.id != item.id)
                m_parent->addItem(QStringLiteral("%1 (%2)").arg(row.name, keys::itemKindLabel(row.kind)), row.id);
        }
        m_parent->setCurrentIndex(m_parent->findData(item.parentId));
        m_form->addRow(item.kind == ItemKind::Service ? tr("Runs &on:") : tr("&Part of:"), m_parent);
        auto *problem = new QLabel(this);
        problem->setObjectName(QStringLiteral("parentProblemLabel"));
        problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_problems.insert(QStringLiteral("parent"), problem);
        m_form->addRow(QString(), problem);
        connect(m_parent, &QComboBox::currentIndexChanged, this, &ItemForm::validate);
    }

    switch (item.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider:
        m_providerKind = new QComboBox(this);
        m_providerKind->setObjectName(QStringLiteral("providerKindComboBox"));
        for (ProviderKind k : {ProviderKind::HardwareHosting, ProviderKind::VmHosting, ProviderKind::Dns,
                               ProviderKind::Registrar, ProviderKind::Cdn, ProviderKind::Other})
            m_providerKind->addItem(keys::providerKindLabel(k), static_cast<int>(k));
        m_providerKind->setCurrentIndex(m_providerKind->findData(static_cast<int>(item.providerKind)));
        m_form->addRow(tr("&Kind:"), m_providerKind);
        addLine(QStringLiteral("fullName"), tr("&Full name:"), item.fullName);
        addLine(QStringLiteral("website"), tr("&Website:"), item.website);
        addLine(QStringLiteral("location"), tr("&Location:"), item.location);
        addLine(QStringLiteral("configTool"), tr("&Configuration tool:"), item.configTool);
        addLine(QStringLiteral("configToolUrl"), tr("Configuration tool &URL:"), item.configToolUrl);
        addLine(QStringLiteral("configRepo"), tr("Configuration &repository:"), item.configRepo);
        break;
    case ItemKind::Host:
        m_hostKind = new QComboBox(this);
        m_hostKind->setObjectName(QStringLiteral("hostKindComboBox"));
        m_hostKind->addItem(keys::hostKindLabel(HostKind::Physical), static_cast<int>(HostKind::Physical));
        m_hostKind->addItem(keys::hostKindLabel(HostKind::Vm), static_cast<int>(HostKind::Vm));
        m_hostKind->setCurrentIndex(m_hostKind->findData(static_cast<int>(item.hostKind)));
        m_form->addRow(tr("&Kind:"), m_hostKind);
        addLine(QStringLiteral("hostname"), tr("&Host name:"), item.hostname)
            ->setPlaceholderText(tr("empty for an unnamed VM"));
        break;
    case ItemKind::Service:
        addLine(QStringLiteral("url"), tr("&URL:"), item.url);
        addLine(QStringLiteral("sourceUrl"), tr("S&ource code:"), item.sourceUrl);
        break;
    }
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_description->setPlainText(item.description);
    m_description->setTabChangesFocus(true);
    m_form->addRow(tr("&Description:"), m_description);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setPlainText(item.notes);
    m_notes->setTabChangesFocus(true);
    m_form->addRow(tr("N&otes:"), m_notes);

    // Why Save failed (stale, the server gone): shown above the buttons, with what was
    // typed kept, so the user can save again once the cause is gone.
    m_saveError->setObjectName(QStringLiteral("saveErrorLabel"));
    m_saveError->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_saveError->setWordWrap(true);
    m_saveError->setVisible(false);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isValid())
            return;
        QString error;
        if (m_saveHandler && !m_saveHandler(this->item(), &error)) {
            m_saveError->setText(error.isEmpty() ? tr("The item could not be saved.") : error);
            m_saveError->setVisible(true);
            return;
        }
        m_saveError->clear();
        m_saveError->setVisible(false);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    validate();
}

QLineEdit *ItemForm::addLine(const QString &field, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(field + QStringLiteral("LineEdit"));
    auto *problem = new QLabel(this);
    problem->setObjectName(field + QStringLiteral("ProblemLabel"));
    problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    problem->setVisible(false);
    m_form->addRow(label, edit);
    m_form->addRow(QString(), problem);
    m_lines.insert(field, edit);
    m_problems.insert(field, problem);
    connect(edit, &QLineEdit::textChanged, this, &ItemForm::validate);
    return edit;
}

void ItemForm::setProblem(const QString &field, const QString &message)
{
    if (QLabel *label = m_problems.value(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

QString ItemForm::saveError() const
{
    return m_saveError->text();
}

QString ItemForm::problem(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label ? label->text() : QString();
}

bool ItemForm::isValid() const
{
    for (const QLabel *label : m_problems) {
        if (!label->text().isEmpty())
            return false;
    }
    return true;
}

void ItemForm::validate()
{
    const QString name = m_lines.value(QStringLiteral("name"))->text().trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("A name is required.");
    } else {
        // Names are unique within a kind: "steward contact NAME" must find one item.
        QString error;
        const auto sameName = m_store.findItemsByName(name, &error);
        // Not read (the server gone): said where save errors are, without keeping Save
        // from trying (the Store refuses a name taken), and taken back once it reads.
        const QString checkError = sameName ? QString() : tr("The name cannot be checked: %1").arg(error);
        if (checkError != m_checkError && (m_saveError->text().isEmpty() || m_saveError->text() == m_checkError)) {
            m_saveError->setText(checkError);
            m_saveError->setVisible(!checkError.isEmpty());
        }
        m_checkError = checkError;
        for (const Item &other : sameName.value_or(QVector<Item>())) {
            if (other.id != m_item.id && other.kind == m_item.kind) {
                nameProblem =
                    tr("There is already a %1 called \"%2\".").arg(keys::itemKindLabel(other.kind), other.name);
                break;
            }
        }
    }
    setProblem(QStringLiteral("name"), nameProblem);
    if (m_parent)
        setProblem(QStringLiteral("parent"), !m_parentsError.isEmpty()      ? m_parentsError
                                             : m_parent->currentIndex() < 0 ? tr("Choose where it belongs.")
                                                                            : QString());
    for (const char *field : {"website", "configToolUrl", "configRepo", "url", "sourceUrl"}) {
        const QString key = QString::fromLatin1(field);
        if (const QLineEdit *edit = m_lines.value(key)) {
            const QString text = edit->text().trimmed();
            setProblem(key, text.isEmpty() || isWebAddress(text)
                                ? QString()
                                : tr("Not a web address; it should look like https://example.org/."));
        }
    }
    if (const QLineEdit *edit = m_lines.value(QStringLiteral("hostname"))) {
        const QString text = edit->text().trimmed();
        setProblem(QStringLiteral("hostname"), text.isEmpty() || validation::isHostname(text)
                                                   ? QString()
                                                   : tr("A host name has letters, digits, hyphens and dots only."));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(isValid());
}

Item ItemForm::item() const
{
    Item out = m_item;
    const auto text = [this](const char *field) {
        const QLineEdit *edit = m_lines.value(QString::fromLatin1(field));
        return edit ? edit->text().trimmed() : QString();
    };
    out.name = text("name");
    const int statusIndex = m_status->findText(m_status->currentText());
    out.status = statusIndex >= 0 ? m_status->itemData(statusIndex).toString() : m_status->currentText().trimmed();
    if (m_parent)
        out.parentId = m_parent->currentData().toLongLong();
    out.description = m_description->toPlainText().trimmed();
    out.notes = m_notes->toPlainText().trimmed();
    switch (out.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider:
        out.providerKind = static_cast<ProviderKind>(m_providerKind->currentData().toInt());
        out.fullName = text("fullName");
        out.website = text("website");
        out.location = text("location");
        out.configTool = text("configTool");
        out.configToolUrl = text("configToolUrl");
        out.configRepo = text("configRepo");
        break;
    case ItemKind::Host:
        out.hostKind = static_cast<HostKind>(m_hostKind->currentData().toInt());
        out.hostname = text("hostname");
        break;
    case ItemKind::Service:
        out.url = text("url");
        out.sourceUrl = text("sourceUrl");
        break;
    }
    return out;
}

} // namespace steward
