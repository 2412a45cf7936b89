#include "StatusesAndLinkTypesDialog.h"

#include "Readable.h"
#include "Reviews.h"
#include "Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {
namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(180);
    return t;
}

QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

/// A cell that cannot be edited; a built-in row is drawn greyed.
QTableWidgetItem *cell(const QString &text, bool builtin)
{
    auto *item = new QTableWidgetItem(text);
    if (builtin)
        item->setForeground(QColor(0x75, 0x75, 0x75));
    return item;
}

} // namespace

StatusesAndLinkTypesDialog::StatusesAndLinkTypesDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_statuses(table({tr("Status"), tr("Category"), tr("Declared by")}, QStringLiteral("statusesTableWidget"), this))
    , m_statusName(new QLineEdit(this))
    , m_statusCategory(new QComboBox(this))
    , m_removeStatus(new QPushButton(tr("&Remove Status"), this))
    , m_statusMessage(messageLabel(QStringLiteral("statusMessageLabel"), this))
    , m_linkTypes(table({tr("Key"), tr("Label"), tr("Failure follows"), tr("Declared by")},
                        QStringLiteral("linkTypesTableWidget"), this))
    , m_linkKey(new QLineEdit(this))
    , m_linkLabel(new QLineEdit(this))
    , m_carriesFailure(new QCheckBox(tr("A failure of the target reaches the item that has the link"), this))
    , m_removeLinkType(new QPushButton(tr("Remo&ve Link Type"), this))
    , m_linkTypeMessage(messageLabel(QStringLiteral("linkTypeMessageLabel"), this))
    , m_tabs(new QTabWidget(this))
    , m_roles(table({tr("Role"), tr("Confirmed every"), tr("Declared by")}, QStringLiteral("rolesTableWidget"), this))
    , m_roleName(new QLineEdit(this))
    , m_reviewDays(new QSpinBox(this))
    , m_neverReviewed(new QCheckBox(tr("&Never: its assignments are not reviewed"), this))
    , m_removeRole(new QPushButton(tr("Remove R&ole"), this))
    , m_roleMessage(messageLabel(QStringLiteral("roleMessageLabel"), this))
{
    setObjectName(QStringLiteral("statusesAndLinkTypesDialog"));
    setWindowTitle(tr("Statuses, Link Types and Roles"));
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(QStringLiteral("typesTabWidget"));
    layout->addWidget(m_tabs, 1);
    auto *typesTab = new QWidget(m_tabs);
    auto *columns = new QHBoxLayout(typesTab);
    m_tabs->addTab(typesTab, tr("S&tatuses and Link Types"));
    m_tabs->addTab(makeRolesTab(), tr("Ro&les"));

    // Statuses
    auto *statuses = new QGroupBox(tr("Statuses"), this);
    auto *statusLayout = new QVBoxLayout(statuses);
    auto *statusHelp = new QLabel(
        tr("The category gives a status its colour and icon, and tells impact and the gaps report whether an item "
           "with it works."),
        statuses);
    statusHelp->setWordWrap(true);
    statusLayout->addWidget(statusHelp);
    statusLayout->addWidget(m_statuses, 1);
    auto *statusForm = new QFormLayout;
    m_statusName->setObjectName(QStringLiteral("statusNameLineEdit"));
    m_statusName->setPlaceholderText(tr("read-only, redirect, ..."));
    statusForm->addRow(tr("&Name:"), m_statusName);
    m_statusCategory->setObjectName(QStringLiteral("statusCategoryComboBox"));
    for (StatusCategory category : keys::statusCategories())
        m_statusCategory->addItem(keys::statusCategoryLabel(category), keys::statusCategory(category));
    statusForm->addRow(tr("&Category:"), m_statusCategory);
    statusLayout->addLayout(statusForm);
    auto *statusButtons = new QHBoxLayout;
    auto *defineStatus = new QPushButton(tr("&Declare Status"), statuses);
    defineStatus->setObjectName(QStringLiteral("defineStatusButton"));
    m_removeStatus->setObjectName(QStringLiteral("removeStatusButton"));
    statusButtons->addWidget(defineStatus);
    statusButtons->addWidget(m_removeStatus);
    statusButtons->addStretch();
    statusLayout->addLayout(statusButtons);
    statusLayout->addWidget(m_statusMessage);
    columns->addWidget(statuses, 1);

    // Link types
    auto *links = new QGroupBox(tr("Link types"), this);
    auto *linkLayout = new QVBoxLayout(links);
    auto *linkHelp = new QLabel(tr("Impact follows every link type whose failure follows: what depends on an item "
                                   "breaks with it; what is only configured by it does not."),
                                links);
    linkHelp->setWordWrap(true);
    linkLayout->addWidget(linkHelp);
    linkLayout->addWidget(m_linkTypes, 1);
    auto *linkForm = new QFormLayout;
    m_linkKey->setObjectName(QStringLiteral("linkTypeKeyLineEdit"));
    m_linkKey->setPlaceholderText(tr("replicates_to (letters, digits, underscores)"));
    linkForm->addRow(tr("&Key:"), m_linkKey);
    m_linkLabel->setObjectName(QStringLiteral("linkTypeLabelLineEdit"));
    m_linkLabel->setPlaceholderText(tr("replicates to"));
    linkForm->addRow(tr("&Label:"), m_linkLabel);
    m_carriesFailure->setObjectName(QStringLiteral("carriesFailureCheckBox"));
    m_carriesFailure->setChecked(true);
    linkForm->addRow(QString(), m_carriesFailure);
    linkLayout->addLayout(linkForm);
    auto *linkButtons = new QHBoxLayout;
    auto *defineLink = new QPushButton(tr("Declare &Link Type"), links);
    defineLink->setObjectName(QStringLiteral("defineLinkTypeButton"));
    m_removeLinkType->setObjectName(QStringLiteral("removeLinkTypeButton"));
    linkButtons->addWidget(defineLink);
    linkButtons->addWidget(m_removeLinkType);
    linkButtons->addStretch();
    linkLayout->addLayout(linkButtons);
    linkLayout->addWidget(m_linkTypeMessage);
    columns->addWidget(links, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(defineStatus, &QPushButton::clicked, this, [this] { this->defineStatus(); });
    connect(m_removeStatus, &QPushButton::clicked, this, [this] { removeStatus(); });
    connect(defineLink, &QPushButton::clicked, this, [this] { this->defineLinkType(); });
    connect(m_removeLinkType, &QPushButton::clicked, this, [this] { removeLinkType(); });
    connect(m_statuses, &QTableWidget::itemSelectionChanged, this, &StatusesAndLinkTypesDialog::statusSelected);
    connect(m_linkTypes, &QTableWidget::itemSelectionChanged, this, &StatusesAndLinkTypesDialog::linkTypeSelected);
    reload();
    resize(980, 560);
}

void StatusesAndLinkTypesDialog::reload()
{
    QString error;
    m_statuses->setRowCount(0);
    if (const auto defs = m_store.statusDefs(&error)) {
        for (const StatusDef &def : *defs) {
            const int row = m_statuses->rowCount();
            m_statuses->insertRow(row);
            auto *name = cell(def.builtin ? keys::statusLabel(def.name) : def.name, def.builtin);
            name->setData(Qt::UserRole, def.name);
            name->setData(Qt::UserRole + 1, def.builtin);
            name->setData(Qt::UserRole + 2, keys::statusCategory(def.category));
            m_statuses->setItem(row, 0, name);
            m_statuses->setItem(row, 1, cell(keys::statusCategoryLabel(def.category), def.builtin));
            m_statuses->setItem(row, 2, cell(def.builtin ? tr("Steward") : tr("you"), def.builtin));
        }
    } else {
        showMessage(m_statusMessage, tr("The statuses cannot be read: %1").arg(error), true);
    }
    m_linkTypes->setRowCount(0);
    if (const auto types = m_store.linkTypes(&error)) {
        for (const LinkType &type : *types) {
            const int row = m_linkTypes->rowCount();
            m_linkTypes->insertRow(row);
            auto *key = cell(type.key, type.builtin);
            key->setData(Qt::UserRole, type.key);
            key->setData(Qt::UserRole + 1, type.builtin);
            key->setData(Qt::UserRole + 2, type.carriesFailure);
            m_linkTypes->setItem(row, 0, key);
            m_linkTypes->setItem(row, 1, cell(type.label, type.builtin));
            m_linkTypes->setItem(row, 2, cell(type.carriesFailure ? tr("yes") : tr("no"), type.builtin));
            m_linkTypes->setItem(row, 3, cell(type.builtin ? tr("Steward") : tr("you"), type.builtin));
        }
    } else {
        showMessage(m_linkTypeMessage, tr("The link types cannot be read: %1").arg(error), true);
    }
    m_roles->setRowCount(0);
    if (const auto defs = m_store.roleDefs(&error)) {
        const ReviewIntervals intervals(*defs);
        for (const RoleDef &def : *defs) {
            const int row = m_roles->rowCount();
            m_roles->insertRow(row);
            const std::optional<int> days = intervals.daysFor(def.role);
            auto *name = cell(def.builtin ? keys::roleLabel(def.role) : def.role, false);
            name->setData(Qt::UserRole, def.role);
            name->setData(Qt::UserRole + 1, def.builtin);
            name->setData(Qt::UserRole + 2, days ? *days : 0);
            m_roles->setItem(row, 0, name);
            m_roles->setItem(row, 1, cell(Reviews::intervalText(days), false));
            m_roles->setItem(row, 2, cell(def.builtin ? tr("Steward") : tr("you"), false));
        }
    } else {
        showMessage(m_roleMessage, tr("The roles cannot be read: %1").arg(error), true);
    }
    m_statuses->resizeColumnsToContents();
    m_linkTypes->resizeColumnsToContents();
    m_roles->resizeColumnsToContents();
    statusSelected();
    linkTypeSelected();
    roleSelected();
}

QWidget *StatusesAndLinkTypesDialog::makeRolesTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *help = new QLabel(tr("How often the assignments of each role are to be confirmed (Edit > Confirm Ownership, "
                               "or Confirm on a contact): later than that, Who to Contact says they are overdue and "
                               "the gaps report lists them. A role not listed here is to be confirmed %1.")
                                .arg(Reviews::intervalText(ownership::kDefaultReviewDays)),
                            tab);
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(m_roles, 1);
    auto *form = new QFormLayout;
    m_roleName->setObjectName(QStringLiteral("roleNameLineEdit"));
    m_roleName->setPlaceholderText(tr("owner, on-call, data steward, ..."));
    form->addRow(tr("&Role:"), m_roleName);
    m_reviewDays->setObjectName(QStringLiteral("reviewDaysSpinBox"));
    m_reviewDays->setRange(1, 3650);
    m_reviewDays->setValue(ownership::kDefaultReviewDays);
    m_reviewDays->setSuffix(tr(" days"));
    form->addRow(tr("Confirm &every:"), m_reviewDays);
    m_neverReviewed->setObjectName(QStringLiteral("neverReviewedCheckBox"));
    form->addRow(QString(), m_neverReviewed);
    connect(m_neverReviewed, &QCheckBox::toggled, m_reviewDays,
            [this](bool never) { m_reviewDays->setEnabled(!never); });
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *define = new QPushButton(tr("Set &Interval"), tab);
    define->setObjectName(QStringLiteral("defineRoleButton"));
    m_removeRole->setObjectName(QStringLiteral("removeRoleButton"));
    buttons->addWidget(define);
    buttons->addWidget(m_removeRole);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_roleMessage);
    connect(define, &QPushButton::clicked, this, [this] { defineRole(); });
    connect(m_removeRole, &QPushButton::clicked, this, [this] { removeRole(); });
    connect(m_roles, &QTableWidget::itemSelectionChanged, this, &StatusesAndLinkTypesDialog::roleSelected);
    return tab;
}

void StatusesAndLinkTypesDialog::roleSelected()
{
    const QTableWidgetItem *item = m_roles->item(m_roles->currentRow(), 0);
    const bool selected = item && m_roles->selectionModel()->hasSelection();
    m_removeRole->setEnabled(selected && !item->data(Qt::UserRole + 1).toBool());
    // The selected role is filled in, to change its interval.
    if (selected) {
        m_roleName->setText(item->data(Qt::UserRole).toString());
        const int days = item->data(Qt::UserRole + 2).toInt();
        m_neverReviewed->setChecked(days == 0);
        if (days > 0)
            m_reviewDays->setValue(days);
    }
}

QString StatusesAndLinkTypesDialog::roleMessage() const
{
    return m_roleMessage->text();
}

bool StatusesAndLinkTypesDialog::defineRole()
{
    const QString role = m_roleName->text().trimmed();
    const std::optional<int> days =
        m_neverReviewed->isChecked() ? std::nullopt : std::optional<int>(m_reviewDays->value());
    QString error;
    if (!m_store.defineRole(role, days, &error)) {
        showMessage(m_roleMessage, error, true);
        return false;
    }
    reload();
    showMessage(m_roleMessage,
                days ? tr("Assignments as %1 are to be confirmed %2.").arg(role, Reviews::intervalText(days))
                     : tr("Assignments as %1 are never due for review.").arg(role),
                false);
    return true;
}

bool StatusesAndLinkTypesDialog::removeRole()
{
    const QTableWidgetItem *item = m_roles->item(m_roles->currentRow(), 0);
    const QString role = item ? item->data(Qt::UserRole).toString() : m_roleName->text().trimmed();
    QString error;
    if (!m_store.removeRoleDef(role, &error)) {
        showMessage(m_roleMessage, error, true);
        return false;
    }
    reload();
    showMessage(m_roleMessage,
                tr("The role \"%1\" was removed; its assignments, if any, are to be confirmed %2.")
                    .arg(role, Reviews::intervalText(ownership::kDefaultReviewDays)),
                false);
    return true;
}

void StatusesAndLinkTypesDialog::showMessage(QLabel *label, const QString &text, bool refused)
{
    label->setText(text);
    label->setStyleSheet(
        readable::colours(refused ? QStringLiteral("color: #b71c1c") : QStringLiteral("color: #1b5e20"), label));
    label->setVisible(!text.isEmpty());
}

QString StatusesAndLinkTypesDialog::statusMessage() const
{
    return m_statusMessage->text();
}

QString StatusesAndLinkTypesDialog::linkTypeMessage() const
{
    return m_linkTypeMessage->text();
}

void StatusesAndLinkTypesDialog::statusSelected()
{
    const QTableWidgetItem *item = m_statuses->item(m_statuses->currentRow(), 0);
    const bool own = item && m_statuses->selectionModel()->hasSelection() && !item->data(Qt::UserRole + 1).toBool();
    m_removeStatus->setEnabled(own);
    // One's own status is filled in, to change its category.
    if (own) {
        m_statusName->setText(item->data(Qt::UserRole).toString());
        m_statusCategory->setCurrentIndex(m_statusCategory->findData(item->data(Qt::UserRole + 2)));
    }
}

void StatusesAndLinkTypesDialog::linkTypeSelected()
{
    const QTableWidgetItem *item = m_linkTypes->item(m_linkTypes->currentRow(), 0);
    const bool own = item && m_linkTypes->selectionModel()->hasSelection() && !item->data(Qt::UserRole + 1).toBool();
    m_removeLinkType->setEnabled(own);
    if (own) {
        m_linkKey->setText(item->data(Qt::UserRole).toString());
        m_linkLabel->setText(m_linkTypes->item(m_linkTypes->currentRow(), 1)->text());
        m_carriesFailure->setChecked(item->data(Qt::UserRole + 2).toBool());
    }
}

bool StatusesAndLinkTypesDialog::defineStatus()
{
    StatusDef def;
    def.name = m_statusName->text().trimmed();
    keys::statusCategoryFromKey(m_statusCategory->currentData().toString(), &def.category);
    QString error;
    if (!m_store.defineStatus(def, &error)) {
        showMessage(m_statusMessage, error, true);
        return false;
    }
    reload();
    showMessage(m_statusMessage,
                tr("\"%1\" is a status meaning %2.").arg(def.name, keys::statusCategoryLabel(def.category)), false);
    return true;
}

bool StatusesAndLinkTypesDialog::removeStatus()
{
    const QTableWidgetItem *item = m_statuses->item(m_statuses->currentRow(), 0);
    const QString name = item ? item->data(Qt::UserRole).toString() : m_statusName->text().trimmed();
    QString error;
    if (!m_store.removeStatus(name, &error)) {
        showMessage(m_statusMessage, error, true);
        return false;
    }
    reload();
    showMessage(m_statusMessage, tr("The status \"%1\" was removed.").arg(name), false);
    return true;
}

bool StatusesAndLinkTypesDialog::defineLinkType()
{
    LinkType type;
    type.key = m_linkKey->text().trimmed();
    type.label = m_linkLabel->text().trimmed();
    type.carriesFailure = m_carriesFailure->isChecked();
    QString error;
    if (!m_store.defineLinkType(type, &error)) {
        showMessage(m_linkTypeMessage, error, true);
        return false;
    }
    reload();
    const QString key = keys::normalLinkType(type.key);
    showMessage(m_linkTypeMessage,
                type.carriesFailure ? tr("\"%1\" is a link type; a failure follows its links.").arg(key)
                                    : tr("\"%1\" is a link type; a failure does not follow its links.").arg(key),
                false);
    return true;
}

bool StatusesAndLinkTypesDialog::removeLinkType()
{
    const QTableWidgetItem *item = m_linkTypes->item(m_linkTypes->currentRow(), 0);
    const QString key = item ? item->data(Qt::UserRole).toString() : m_linkKey->text().trimmed();
    QString error;
    if (!m_store.removeLinkType(key, &error)) {
        showMessage(m_linkTypeMessage, error, true);
        return false;
    }
    reload();
    showMessage(m_linkTypeMessage, tr("The link type \"%1\" was removed.").arg(key), false);
    return true;
}

} // namespace steward
