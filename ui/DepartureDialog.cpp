#include "DepartureDialog.h"

#include "Departure.h"
#include "HandoverDialog.h"
#include "InventoryDocument.h"
#include "StatusStyle.h"
#include "Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {
namespace {

enum Column
{
    ItemColumn,
    LeftWithColumn,
    CoveredAsColumn,
    WouldSayColumn,
    ColumnCount
};

constexpr int ItemIdRole = Qt::UserRole;

/// Red for what leaves nobody to call, amber for a single owner.
QColor colourOf(LeftWith leftWith)
{
    return leftWith == LeftWith::SingleOwner ? QColor(0xb2, 0x6a, 0x00) : QColor(0xb7, 0x1c, 0x1c);
}

} // namespace

DepartureDialog::DepartureDialog(InventoryDocument &document, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_contactId(contactId)
    , m_summary(new QLabel(this))
    , m_items(new QTreeWidget(this))
    , m_handOver(new QPushButton(tr("&Hand Over…"), this))
{
    setObjectName(QStringLiteral("departureDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("departureSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_items->setObjectName(QStringLiteral("departureTreeWidget"));
    m_items->setAccessibleName(tr("What each item is left with"));
    m_items->setColumnCount(ColumnCount);
    m_items->setHeaderLabels({tr("Item"), tr("Left with"), tr("Covered as"), tr("Who to Contact would say")});
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAlternatingRowColors(true);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setToolTip(tr("Double-click to select the item in the tree"));
    m_items->header()->setStretchLastSection(true);
    layout->addWidget(m_items, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_handOver->setToolTip(tr("Hand this contact's assignments over to someone else (the rows selected, or all)"));
    buttons->addButton(m_handOver, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_handOver, &QPushButton::clicked, this, &DepartureDialog::handOver);
    connect(m_items, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *row) { Q_EMIT itemActivated(row->data(ItemColumn, ItemIdRole).toLongLong()); });
    resize(1100, 520);
    reload();
}

void DepartureDialog::reload()
{
    m_items->clear();
    m_handOver->setEnabled(false);
    QString error;
    const auto answer = m_document.departure(m_contactId, &error);
    if (!answer) {
        setWindowTitle(tr("What If They Leave?"));
        m_summary->setText(tr("The answer cannot be read: %1").arg(error));
        return;
    }
    m_name = answer->contact.name;
    setWindowTitle(tr("What If %1 Leaves?").arg(m_name));
    QString summary;
    if (answer->itemsCovered == 0)
        summary =
            tr("%1 is not assigned to any item, alone or through a team: nothing would be left uncovered.").arg(m_name);
    else if (answer->items.isEmpty())
        summary = tr("If %1 leaves, each of the %n item(s) they cover still has at least two people besides the "
                     "escalation contacts.",
                     nullptr, answer->itemsCovered)
                      .arg(m_name);
    else
        summary = tr("If %1 leaves, %2 of the %n item(s) they cover would be left with too few people.", nullptr,
                     answer->itemsCovered)
                      .arg(m_name)
                      .arg(answer->items.size());
    if (!answer->teams.isEmpty()) {
        QStringList teams;
        for (const TeamMember &m : answer->teams) {
            QString unread; // a team that cannot be read is named by its id
            const auto team = m_document.store().contact(m.teamId, &unread);
            teams << (team ? team->name : QString::number(m.teamId));
        }
        summary += QLatin1Char(' ') + tr("%1 is a member of %2; handing over everything takes them out.")
                                          .arg(m_name, teams.join(QStringLiteral(", ")));
    }
    m_summary->setText(summary);

    QList<QTreeWidgetItem *> rows;
    rows.reserve(answer->items.size());
    for (const DepartureItem &item : answer->items) {
        auto *row = new QTreeWidgetItem;
        row->setText(ItemColumn, item.itemName);
        row->setToolTip(ItemColumn, keys::itemKindLabel(item.kind));
        row->setData(ItemColumn, ItemIdRole, item.itemId);
        row->setText(LeftWithColumn, DepartureText::label(item.leftWith));
        // Readable on the list's own background, a dark one too.
        row->setForeground(LeftWithColumn,
                           StatusStyle::readableOn(colourOf(item.leftWith), m_items->palette().color(QPalette::Base)));
        row->setText(CoveredAsColumn, item.coveredAs.join(QStringLiteral(", ")));
        const QString says = DepartureText::wouldSay(item);
        row->setText(WouldSayColumn, says);
        row->setToolTip(WouldSayColumn, says);
        rows << row;
    }
    m_items->addTopLevelItems(rows);
    for (int column = 0; column < WouldSayColumn; ++column)
        m_items->resizeColumnToContents(column);
    const bool anything = !answer->assignments.isEmpty() || !answer->teams.isEmpty();
    m_handOver->setEnabled(anything && !m_document.isReadOnly());
    if (m_document.isReadOnly())
        m_handOver->setToolTip(m_document.readOnlyReason().isEmpty() ? tr("The inventory is open for reading only.")
                                                                     : m_document.readOnlyReason());
}

QVector<qint64> DepartureDialog::selectedItemIds() const
{
    QVector<qint64> ids;
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_items->topLevelItem(i);
        if (row->isSelected())
            ids << row->data(ItemColumn, ItemIdRole).toLongLong();
    }
    return ids;
}

void DepartureDialog::handOver()
{
    HandoverDialog dialog(m_document, m_contactId, selectedItemIds(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace steward
