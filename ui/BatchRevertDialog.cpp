#include "BatchRevertDialog.h"

#include "BatchRevertModel.h"
#include "LongTextDelegate.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace steward {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setItemDelegate(new LongTextDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // Tens of thousands of rows: a fixed height each, no measuring.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

BatchRevertDialog::BatchRevertDialog(const BatchRevertPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_model(new BatchRevertModel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("batchRevertDialog"));
    setWindowTitle(tr("Revert Batch"));
    m_model->setPlan(plan);
    auto *layout = new QVBoxLayout(this);

    const QDateTime at = QDateTime::fromString(plan.batchAt, Qt::ISODateWithMs);
    const int total = static_cast<int>(plan.entries.size());
    const int reverted = plan.count(BatchRevertEntry::Outcome::Revert);
    const int changed = plan.changedCount();
    const int cannot = plan.count(BatchRevertEntry::Outcome::Cannot);
    auto *title = new QLabel(tr("<b>Revert “%1”</b><br>made by %2 on %3: %n change(s).", nullptr, total)
                                 .arg(plan.batchLabel.toHtmlEscaped(), plan.batchActor.toHtmlEscaped(),
                                      !at.isValid() ? plan.batchAt
                                      : QLocale().language() == QLocale::C
                                          ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                          : QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
                             this);
    title->setObjectName(QStringLiteral("batchTitleLabel"));
    title->setTextFormat(Qt::RichText);
    layout->addWidget(title);

    QStringList said;
    if (changed > 0)
        said << tr("%n change(s) concern records changed since the batch (or what they need): they are listed "
                   "below and stay as they are if you skip them.",
                   nullptr, changed);
    if (cannot > 0)
        said << tr("%n change(s) cannot be reverted from the history: they stay as they are.", nullptr, cannot);
    said << (reverted > 0 ? tr("%n change(s) will be reverted, as one step that Undo takes back.", nullptr, reverted)
                          : tr("Nothing can be reverted."));
    m_summary->setObjectName(QStringLiteral("batchRevertSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(said.join(QLatin1Char(' ')));
    layout->addWidget(m_summary);

    // The changed records first, with what changed since, when and by whom.
    auto *changedProxy = new QSortFilterProxyModel(this);
    changedProxy->setSourceModel(m_model);
    changedProxy->setFilterRole(BatchRevertModel::GroupRole);
    changedProxy->setFilterFixedString(QStringLiteral("changed"));
    // What changed since first, then what it blocks, then what cannot be reverted.
    changedProxy->setSortRole(BatchRevertModel::OutcomeRole);
    changedProxy->sort(BatchRevertModel::StatusColumn);
    m_changed = makeTable(this, QStringLiteral("changedTableView"), changedProxy);
    m_changed->setColumnHidden(BatchRevertModel::RevertColumn, true);
    auto *changedLabel = new QLabel(tr("Changed since the batch, or not revertible:"), this);
    changedLabel->setObjectName(QStringLiteral("changedLabel"));
    changedLabel->setBuddy(m_changed); // its name for a screen reader
    // (A label's buddy names a line edit but not a view: QAccessibleTable reads only the view's own name.)
    m_changed->setAccessibleName(tr("Changed since the batch, or not revertible"));
    layout->addWidget(changedLabel);
    layout->addWidget(m_changed, 2);
    const bool anyChanged = changed + cannot > 0;
    changedLabel->setVisible(anyChanged);
    m_changed->setVisible(anyChanged);

    auto *revertProxy = new QSortFilterProxyModel(this);
    revertProxy->setSourceModel(m_model);
    revertProxy->setFilterRole(BatchRevertModel::GroupRole);
    revertProxy->setFilterFixedString(QStringLiteral("revert"));
    m_all = makeTable(this, QStringLiteral("revertTableView"), revertProxy);
    m_all->setAccessibleName(tr("What the revert does"));
    for (int column : {BatchRevertModel::StatusColumn, BatchRevertModel::SinceColumn, BatchRevertModel::WhenColumn,
                       BatchRevertModel::WhoColumn})
        m_all->setColumnHidden(column, true);
    // A note only where something is not put back exactly (a place in a list, what went unrecorded).
    const bool notes = std::any_of(plan.entries.cbegin(), plan.entries.cend(), [](const BatchRevertEntry &e) {
        return e.outcome == BatchRevertEntry::Outcome::Revert && !e.reason.isEmpty();
    });
    m_all->setColumnHidden(BatchRevertModel::ReasonColumn, !notes);
    auto *allLabel = new QLabel(tr("What will be reverted:"), this);
    layout->addWidget(allLabel);
    layout->addWidget(m_all, 3);

    const int width = fontMetrics().averageCharWidth();
    m_changed->setColumnWidth(BatchRevertModel::ChangeColumn, 40 * width);
    m_changed->setColumnWidth(BatchRevertModel::StatusColumn, 19 * width);
    m_changed->setColumnWidth(BatchRevertModel::ReasonColumn, 42 * width);
    m_changed->setColumnWidth(BatchRevertModel::SinceColumn, 48 * width);
    m_changed->setColumnWidth(BatchRevertModel::WhenColumn, 20 * width);
    m_all->setColumnWidth(BatchRevertModel::ChangeColumn, 50 * width);
    m_all->setColumnWidth(BatchRevertModel::RevertColumn, 50 * width);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("batchRevertButtonBox"));
    if (reverted > 0) {
        m_revert = buttons->addButton(changed > 0 ? tr("&Skip Changed Records and Revert") : tr("&Revert"),
                                      QDialogButtonBox::AcceptRole);
        m_revert->setObjectName(changed > 0 ? QStringLiteral("skipChangedPushButton")
                                            : QStringLiteral("revertBatchPushButton"));
        m_revert->setDefault(changed == 0);
    }
    // With changed records, Cancel is the safe default: the user reads the list first.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(changed > 0 || reverted == 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 185 * width), 40 * fontMetrics().height());
}

BatchRevertDialog::~BatchRevertDialog() = default;

OnConflict BatchRevertDialog::onConflict() const
{
    return m_model->plan().changedCount() > 0 ? OnConflict::Skip : OnConflict::Refuse;
}

const BatchRevertPlan &BatchRevertDialog::plan() const
{
    return m_model->plan();
}

} // namespace steward
