#include "ContactDirectoryPanel.h"

#include "ContactListModel.h"
#include "Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace steward {
namespace {

constexpr int IdRole = ContactListModel::IdRole;

} // namespace

ContactDirectoryPanel::ContactDirectoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_model(new ContactListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_add(new QPushButton(tr("&New…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_confirm(new QPushButton(tr("Con&firm"), this))
    , m_departure(new QPushButton(tr("What If They &Leave…"), this))
    , m_ownedTitle(new QLabel(this))
    , m_owned(new QListWidget(this))
{
    setObjectName(QStringLiteral("contactDirectoryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setObjectName(QStringLiteral("contactFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter the contacts"));
    setAccessibleName(tr("Contacts"));
    m_filter->setPlaceholderText(tr("Filter contacts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("contactListView"));
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 2);

    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("newContactButton"));
    m_edit->setObjectName(QStringLiteral("editContactButton"));
    m_delete->setObjectName(QStringLiteral("deleteContactButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    m_confirm->setObjectName(QStringLiteral("confirmContactButton"));
    m_confirm->setToolTip(tr("Confirm Assignments: record that everything this contact is assigned to is still right"));
    buttons->addWidget(m_confirm);
    buttons->addStretch();
    m_departure->setObjectName(QStringLiteral("departureButton"));
    m_departure->setToolTip(tr("What the selected contact's leaving would leave with too few people, and hand-over"));
    buttons->addWidget(m_departure);
    layout->addLayout(buttons);

    m_ownedTitle->setObjectName(QStringLiteral("ownedTitleLabel"));
    m_ownedTitle->setWordWrap(true);
    layout->addWidget(m_ownedTitle);
    m_owned->setObjectName(QStringLiteral("ownedList"));
    m_owned->setAccessibleName(tr("What the contact is assigned to"));
    m_owned->setToolTip(tr("Double-click to select the item in the tree"));
    layout->addWidget(m_owned, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QPushButton::clicked, this, &ContactDirectoryPanel::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT editRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT deleteRequested(id);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT confirmRequested(id);
    });
    connect(m_departure, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT departureRequested(id);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (m_readOnly)
            return;
        if (const qint64 id = currentContactId())
            Q_EMIT editRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContactDirectoryPanel::refreshOwned);
    connect(m_owned, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *line) { Q_EMIT itemActivated(line->data(IdRole).toLongLong()); });
    refreshOwned();
}

void ContactDirectoryPanel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void ContactDirectoryPanel::reload()
{
    m_stale = true;
    if (isVisible() || !m_store)
        load();
}

void ContactDirectoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A dock behind another tab is shown for a moment while the window lays itself
    // out: read only if it is still shown once the window has settled.
    QTimer::singleShot(250, this, [this] {
        if (m_stale && isVisible() && !visibleRegion().isEmpty())
            load();
    });
}

void ContactDirectoryPanel::load()
{
    m_stale = false;
    const qint64 current = currentContactId();
    QString error;
    const auto contacts = m_store ? m_store->contacts(&error) : std::make_optional(QVector<Contact>());
    m_model->setContacts(contacts.value_or(QVector<Contact>()));
    if (!contacts) {
        showReadError(error);
        return;
    }
    if (!current || !selectContact(current))
        refreshOwned();
}

void ContactDirectoryPanel::showReadError(const QString &error)
{
    m_owned->clear();
    m_ownedTitle->setText(tr("The contacts cannot be read: %1").arg(error));
}

void ContactDirectoryPanel::updateContact(qint64 id)
{
    if (m_stale || !m_store)
        return; // read whole when next shown
    QString error;
    const auto found = m_store->contactsById({id}, &error);
    if (!found) {
        // Read whole next time; until then, say why this one is not up to date.
        m_stale = true;
        showReadError(error);
        return;
    }
    if (found->contains(id))
        m_model->upsert(found->value(id));
    else
        m_model->remove(id);
}

qint64 ContactDirectoryPanel::currentContactId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

bool ContactDirectoryPanel::selectContact(qint64 id)
{
    if (m_stale)
        load();
    const QModelIndex found = m_model->indexOf(id);
    if (!found.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(found);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(found);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ContactDirectoryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const qint64 id = currentContactId();
    m_add->setEnabled(!readOnly);
    m_edit->setEnabled(id != 0 && !readOnly);
    m_delete->setEnabled(id != 0 && !readOnly);
    m_confirm->setEnabled(id != 0 && !readOnly);
    m_departure->setEnabled(id != 0);
}

void ContactDirectoryPanel::refreshOwned()
{
    m_owned->clear();
    const qint64 id = currentContactId();
    m_add->setEnabled(!m_readOnly);
    m_edit->setEnabled(id != 0 && !m_readOnly);
    m_delete->setEnabled(id != 0 && !m_readOnly);
    m_confirm->setEnabled(id != 0 && !m_readOnly);
    m_departure->setEnabled(id != 0);
    if (!m_store || !id) {
        m_ownedTitle->setText(tr("Select a contact to see what it is assigned to."));
        return;
    }
    const QString name = m_view->currentIndex().siblingAtColumn(0).data().toString();
    QString error;
    const auto assigned = m_store->assignmentsOfContact(id, &error);
    if (!assigned) {
        m_ownedTitle->setText(tr("What %1 is assigned to cannot be read: %2").arg(name, error));
        return;
    }
    const QVector<Assignment> &owned = *assigned;
    m_ownedTitle->setText(owned.isEmpty()
                              ? tr("%1 is not assigned to anything.").arg(name)
                              : tr("%1 is assigned to %n item(s):", nullptr, static_cast<int>(owned.size())).arg(name));
    for (const Assignment &a : owned) {
        QString unread; // an item that cannot be read is named by its id
        const auto item = m_store->item(a.itemId, &unread);
        QString text = tr("%1 of %2").arg(keys::roleLabel(a.role), item ? item->name : QString::number(a.itemId));
        if (a.priority != Priority::Primary)
            text += QStringLiteral(" (%1)").arg(keys::priorityLabel(a.priority).toLower());
        auto *line = new QListWidgetItem(text, m_owned);
        line->setData(IdRole, a.itemId);
    }
}

QStringList ContactDirectoryPanel::ownedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_owned->count(); ++i)
        lines << m_owned->item(i)->text();
    return lines;
}

} // namespace steward
