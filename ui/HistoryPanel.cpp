#include "HistoryPanel.h"

#include "HistoryModel.h"
#include "LongText.h"
#include "LongTextDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace steward {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_selectedOnly(new QCheckBox(tr("Selected item only"), this))
    , m_table(new QTableView(this))
    , m_revert(new QPushButton(tr("&Revert This Change"), this))
    , m_revertBatch(new QPushButton(tr("Revert &Batch…"), this))
    , m_showAll(new QPushButton(tr("Show &All"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("historyFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter the history"));
    setAccessibleName(tr("History"));
    m_filter->setPlaceholderText(tr("Filter the history"));
    m_filter->setClearButtonEnabled(true);
    m_selectedOnly->setObjectName(QStringLiteral("historySelectedOnlyCheckBox"));
    m_selectedOnly->setChecked(true);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_selectedOnly);
    layout->addLayout(bar);

    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setAccessibleName(tr("History"));
    m_table->setAccessibleDescription(tr("What changed, when and by whom; the newest first"));
    m_table->setModel(m_proxy);
    // A before or after may be a megabyte: drawn and tipped shortened, whole in Show All.
    m_table->setItemDelegate(new LongTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    m_revert->setObjectName(QStringLiteral("revertPushButton"));
    m_revert->setToolTip(tr(
        "Put back the values from before this change: an item's or contact's edit, or an assignment added, changed or removed, while it is the newest change of its record."));
    m_revert->setEnabled(false);
    m_revertBatch->setObjectName(QStringLiteral("revertBatchPushButton"));
    m_revertBatch->setToolTip(
        tr("Put back everything the user action of this change did (an import, an assignment to many items), as one "
           "step: records changed since are listed first, to skip or to cancel."));
    m_revertBatch->setEnabled(false);
    m_showAll->setObjectName(QStringLiteral("showAllChangePushButton"));
    m_showAll->setToolTip(tr("The whole of this change, with long values in full (or double-click the row)"));
    m_showAll->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_showAll);
    buttons->addWidget(m_revertBatch);
    buttons->addWidget(m_revert);
    layout->addLayout(buttons);
    connect(m_showAll, &QPushButton::clicked, this, &HistoryPanel::showChange);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryPanel::showChange);
    connect(m_revert, &QPushButton::clicked, this, &HistoryPanel::requestRevert);
    connect(m_revertBatch, &QPushButton::clicked, this, &HistoryPanel::requestBatchRevert);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryPanel::showContextMenu);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &HistoryPanel::apply);
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setStore(Store *store)
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_itemId = 0; // ids belong to the inventory that was open
    if (!store)
        return;
    m_model = new HistoryModel(*store, this);
    m_proxy->setSourceModel(m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistoryPanel::updateRevert);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateRevert);
    // Sized by the header, not measured when the table is still empty.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(HistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::WhoColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::ChangeColumn, QHeaderView::Stretch);
    apply();
}

void HistoryPanel::setCurrentItem(qint64 itemId)
{
    // The same item again (the window re-reads it after every change): refresh()
    // already re-reads the history then, once.
    if (itemId == m_itemId)
        return;
    m_itemId = itemId;
    if (m_selectedOnly->isChecked())
        apply();
}

void HistoryPanel::refresh()
{
    if (m_model)
        m_model->reload();
}

void HistoryPanel::selectRow(int row)
{
    m_table->setCurrentIndex(m_proxy->index(row, 0));
}

void HistoryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateRevert();
}

void HistoryPanel::showChange()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!m_model || !index.isValid())
        return;
    const auto column = [&](int c) { return m_model->index(index.row(), c).data().toString(); };
    const QString text = QStringLiteral("%1 · %2 · %3\n\n%4")
                             .arg(column(HistoryModel::WhenColumn), column(HistoryModel::WhoColumn),
                                  column(HistoryModel::WhatColumn), column(HistoryModel::ChangeColumn));
    longtext::showAll(this, tr("Change"), text);
}

void HistoryPanel::updateRevert()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    m_revert->setEnabled(!m_readOnly && m_model && index.isValid() && m_model->canRevert(index.row()));
    m_revertBatch->setEnabled(!m_readOnly && m_model && index.isValid());
    m_showAll->setEnabled(m_model && index.isValid());
}

void HistoryPanel::requestRevert()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!m_readOnly && m_model && m_model->canRevert(index.row()))
        Q_EMIT revertRequested(m_model->entryAt(index.row()));
}

void HistoryPanel::requestBatchRevert()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!m_readOnly && m_model && index.isValid())
        Q_EMIT revertBatchRequested(m_model->entryAt(index.row()).batchId);
}

void HistoryPanel::showContextMenu(const QPoint &at)
{
    const QModelIndex clicked = m_table->indexAt(at);
    if (!m_model || !clicked.isValid())
        return;
    m_table->setCurrentIndex(clicked);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("historyContextMenu"));
    QAction *revert = menu.addAction(m_revert->text(), this, &HistoryPanel::requestRevert);
    revert->setEnabled(m_revert->isEnabled());
    QAction *batch = menu.addAction(m_revertBatch->text(), this, &HistoryPanel::requestBatchRevert);
    batch->setEnabled(m_revertBatch->isEnabled());
    menu.addSeparator();
    menu.addAction(m_showAll->text(), this, &HistoryPanel::showChange);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void HistoryPanel::apply()
{
    if (!m_model)
        return;
    if (m_selectedOnly->isChecked() && m_itemId == 0)
        m_model->clear(); // nothing selected: nothing to show (not the whole history)
    else
        m_model->setItem(m_selectedOnly->isChecked() ? m_itemId : 0);
}

} // namespace steward
