#include "ContactsPanel.h"

#include "Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace steward {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ContactsPanel::ContactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_ownedTitle(new QLabel(this))
    , m_owned(new QListWidget(this))
{
    setObjectName(QStringLiteral("contactsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setObjectName(QStringLiteral("contactFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter contacts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Address")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("contactListView"));
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
    auto *add = new QPushButton(tr("&New…"), this);
    add->setObjectName(QStringLiteral("newContactButton"));
    m_edit->setObjectName(QStringLiteral("editContactButton"));
    m_delete->setObjectName(QStringLiteral("deleteContactButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_ownedTitle->setObjectName(QStringLiteral("ownedTitleLabel"));
    m_ownedTitle->setWordWrap(true);
    layout->addWidget(m_ownedTitle);
    m_owned->setObjectName(QStringLiteral("ownedList"));
    m_owned->setToolTip(tr("Double-click to select the item in the tree"));
    layout->addWidget(m_owned, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &ContactsPanel::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT editRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT deleteRequested(id);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (const qint64 id = currentContactId())
            Q_EMIT editRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContactsPanel::refreshOwned);
    connect(m_owned, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *line) { Q_EMIT itemActivated(line->data(IdRole).toLongLong()); });
    refreshOwned();
}

void ContactsPanel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void ContactsPanel::reload()
{
    m_stale = true;
    if (isVisible() || !m_store)
        load();
}

void ContactsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A dock behind another tab is shown for a moment while the window lays itself
    // out: read only if it is still shown once the window has settled.
    QTimer::singleShot(250, this, [this] {
        if (m_stale && isVisible() && !visibleRegion().isEmpty())
            load();
    });
}

void ContactsPanel::load()
{
    m_stale = false;
    const qint64 current = currentContactId();
    // Filled while the sorting proxy is detached: it would sort again after every cell.
    m_proxy->setSourceModel(nullptr);
    m_model->removeRows(0, m_model->rowCount());
    const QVector<Contact> contacts = m_store ? m_store->contacts() : QVector<Contact>();
    m_model->setRowCount(static_cast<int>(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const Contact &c = contacts.at(row);
        auto *name = new QStandardItem(c.name);
        name->setData(c.id, IdRole);
        m_model->setItem(row, 0, name);
        m_model->setItem(row, 1, new QStandardItem(keys::contactKindLabel(c.kind)));
        m_model->setItem(row, 2, new QStandardItem(c.addresses.isEmpty() ? QString() : c.addresses.first().value));
    }
    m_proxy->setSourceModel(m_model);
    m_view->sortByColumn(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    if (!current || !selectContact(current))
        refreshOwned();
}

qint64 ContactsPanel::currentContactId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

bool ContactsPanel::selectContact(qint64 id)
{
    if (m_stale)
        load();
    const QModelIndexList found = m_model->match(m_model->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    QModelIndex index = m_proxy->mapFromSource(found.first());
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(found.first());
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ContactsPanel::refreshOwned()
{
    m_owned->clear();
    const qint64 id = currentContactId();
    m_edit->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    if (!m_store || !id) {
        m_ownedTitle->setText(tr("Select a contact to see what it is assigned to."));
        return;
    }
    const QString name = m_view->currentIndex().siblingAtColumn(0).data().toString();
    const QVector<Assignment> owned = m_store->assignmentsOfContact(id);
    m_ownedTitle->setText(owned.isEmpty() ? tr("%1 is not assigned to anything.").arg(name)
                                          : tr("%1 is assigned to %n item(s):", nullptr, static_cast<int>(owned.size()))
                                                .arg(name));
    for (const Assignment &a : owned) {
        const auto item = m_store->item(a.itemId);
        QString text = tr("%1 of %2").arg(keys::roleLabel(a.role), item ? item->name : QString::number(a.itemId));
        if (a.priority != Priority::Primary)
            text += QStringLiteral(" (%1)").arg(keys::priorityLabel(a.priority).toLower());
        auto *line = new QListWidgetItem(text, m_owned);
        line->setData(IdRole, a.itemId);
    }
}

QStringList ContactsPanel::ownedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_owned->count(); ++i)
        lines << m_owned->item(i)->text();
    return lines;
}

} // namespace steward
