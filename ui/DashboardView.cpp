#include "DashboardView.h"

#include "MapExport.h"
#include "Store.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace steward {
namespace {

/// After a change, wait this long for more before reading the numbers again: an import
/// or a bulk edit is one rebuild.
constexpr int RebuildDelayMs = 250;
/// Category labels longer than this are cut with "…".
constexpr int MaxLabelChars = 30;

bool isBarChart(DashboardData::Chart chart)
{
    return chart == DashboardData::Chart::ServicesPerProvider || chart == DashboardData::Chart::TopOwners ||
           chart == DashboardData::Chart::FrontingProviders;
}

QColor entryColor(DashboardData::Chart chart, const QString &key, int index)
{
    if (chart == DashboardData::Chart::OwnershipCoverage) {
        if (key == QLatin1String("0"))
            return QColor(0xd9, 0x53, 0x4f);
        if (key == QLatin1String("1"))
            return QColor(0xf0, 0xad, 0x4e);
        return QColor(0x5c, 0xb8, 0x5c);
    }
    if (chart == DashboardData::Chart::OwnershipFreshness) {
        // Amber for overdue, as Who to Contact says it; red for never confirmed at all.
        if (key == QLatin1String("never"))
            return QColor(0xd9, 0x53, 0x4f);
        if (key == QLatin1String("overdue"))
            return QColor(0xe0, 0x8e, 0x0b);
        if (key == QLatin1String("due-soon"))
            return QColor(0x5b, 0xc0, 0xde);
        return QColor(0x5c, 0xb8, 0x5c);
    }
    if (key == QLatin1String("active"))
        return QColor(0x5c, 0xb8, 0x5c);
    if (key == QLatin1String("unreachable"))
        return QColor(0xd9, 0x53, 0x4f);
    if (key == QLatin1String("needs-move"))
        return QColor(0xf0, 0xad, 0x4e);
    if (key == QLatin1String("legacy"))
        return QColor(0x99, 0x99, 0x99);
    if (key == QLatin1String("staging"))
        return QColor(0x5b, 0xc0, 0xde);
    static const QColor others[] = {QColor(0x33, 0x7a, 0xb7), QColor(0x8e, 0x6c, 0xc4), QColor(0xc4, 0x6c, 0x9e),
                                    QColor(0x6c, 0xa8, 0xc4)};
    return others[index % 4];
}

QString cut(const QString &label)
{
    return label.size() > MaxLabelChars ? label.left(MaxLabelChars - 1) + QChar(0x2026) : label;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_groupBy(new QComboBox)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    // Esc closes it, as it closes a dialog.
    auto *closeOnEscape = new QAction(this);
    closeOnEscape->setObjectName(QStringLiteral("closeDashboardAction"));
    closeOnEscape->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeOnEscape, &QAction::triggered, this, &QWidget::close);
    addAction(closeOnEscape);
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Dashboard - Steward"));
    resize(1600, 860);

    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    auto *groupLabel = new QLabel(tr("&Group services by:"));
    m_groupBy->setObjectName(QStringLiteral("groupByComboBox"));
    m_groupBy->setToolTip(tr("Group the services' chart by status or by the values of a tag key (env=prod, ...)"));
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    groupLabel->setBuddy(m_groupBy);
    top->addWidget(groupLabel);
    top->addWidget(m_groupBy);
    layout->addLayout(top);
    fillGroupingBox();
    connect(m_groupBy, &QComboBox::activated, this,
            [this](int index) { setServicesGrouping(m_groupBy->itemData(index).toString()); });
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    layout->addLayout(grid, 1);
    for (int c = 0; c < ChartCount; ++c) {
        const auto chart = static_cast<Chart>(c);
        auto *view = new QChartView;
        view->setObjectName(chartKey(chart) + QStringLiteral("ChartView"));
        view->setAccessibleName(chartName(chart));
        // Charts are drawn light: dark on a dark palette, so that their words stay readable.
        if (palette().color(QPalette::Window).lightness() < 128)
            view->chart()->setTheme(QChart::ChartThemeDark);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        view->chart()->setAnimationOptions(QChart::NoAnimation);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
        QFont title = view->chart()->titleFont();
        title.setBold(true);
        title.setPointSizeF(title.pointSizeF() * 1.1);
        view->chart()->setTitleFont(title);
        view->setToolTip(tr("Click a bar or slice to select its items in the tree; right-click to save the chart."));
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *save = new QAction(tr("&Save Chart as PNG or SVG…"), view);
        save->setObjectName(chartKey(chart) + QStringLiteral("SaveAction"));
        connect(save, &QAction::triggered, this, [this, chart] { saveAsking(chart); });
        view->addAction(save);
        m_views[c] = view;
        // Two rows of four (a third row would leave the bar charts too short for their labels);
        // the last chart takes the rest of its row, room for its legend.
        const int row = c / 4, column = c % 4;
        grid->addWidget(view, row, column, 1, c == ChartCount - 1 ? 4 - column : 1);
    }

    m_timer->setSingleShot(true);
    m_timer->setInterval(RebuildDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            rebuild();
    });
    m_summary->setText(tr("No inventory open."));
}

DashboardView::~DashboardView() = default;

QString DashboardView::chartName(Chart chart)
{
    switch (chart) {
    case Chart::ServicesPerProvider: return tr("Services per provider");
    case Chart::HostsByStatus: return tr("Hosts by status");
    case Chart::ServicesByStatus: return tr("Services by status");
    case Chart::OwnershipCoverage: return tr("Ownership coverage");
    case Chart::TopOwners: return tr("Top owners");
    case Chart::OwnershipFreshness: return tr("Ownership freshness");
    case Chart::FrontingProviders:
    case Chart::ChartCount: break;
    }
    return tr("Fronting providers");
}

QString DashboardView::chartKey(Chart chart)
{
    switch (chart) {
    case Chart::ServicesPerProvider: return QStringLiteral("servicesPerProvider");
    case Chart::HostsByStatus: return QStringLiteral("hostsByStatus");
    case Chart::ServicesByStatus: return QStringLiteral("servicesByStatus");
    case Chart::OwnershipCoverage: return QStringLiteral("ownershipCoverage");
    case Chart::TopOwners: return QStringLiteral("topOwners");
    case Chart::OwnershipFreshness: return QStringLiteral("ownershipFreshness");
    case Chart::FrontingProviders:
    case Chart::ChartCount: break;
    }
    return QStringLiteral("frontingProviders");
}

void DashboardView::setStore(Store *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_tagKey.clear(); // another inventory has other tags
    if (m_store) {
        connect(m_store, &Store::itemCreated, this, &DashboardView::invalidate);
        connect(m_store, &Store::itemUpdated, this, &DashboardView::invalidate);
        connect(m_store, &Store::itemRemoved, this, &DashboardView::invalidate);
        connect(m_store, &Store::ownershipChanged, this, &DashboardView::invalidate);
        connect(m_store, &QObject::destroyed, this, [this] {
            m_store = nullptr;
            m_timer->stop();
            m_data = DashboardData();
            clearCharts();
        });
    }
    m_data = DashboardData();
    clearCharts();
    m_stale = true;
    if (m_store && isVisible())
        rebuild();
    else if (!m_store)
        m_summary->setText(tr("No inventory open."));
}

void DashboardView::invalidate()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

const QVector<ChartEntry> &DashboardView::shownEntries(Chart chart) const
{
    return m_shown.at(static_cast<size_t>(chart));
}

QChartView *DashboardView::chartView(Chart chart) const
{
    return m_views.at(static_cast<size_t>(chart));
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_store)
        rebuild();
    Q_EMIT shownChanged(true);
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
    Q_EMIT shownChanged(false);
}

void DashboardView::clearCharts()
{
    for (int c = 0; c < ChartCount; ++c) {
        QChart *chart = m_views[c]->chart();
        chart->removeAllSeries();
        const auto axes = chart->axes();
        for (QAbstractAxis *axis : axes) {
            chart->removeAxis(axis);
            delete axis;
        }
        m_shown[c].clear();
        m_otherKeys[c].clear();
    }
}

bool DashboardView::rebuild(QString *error)
{
    m_timer->stop();
    if (!m_store) {
        clearCharts();
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    QString message;
    DashboardData::Options options;
    options.tagKey = m_tagKey;
    options.now = m_store->now();
    options.today = m_store->today();
    std::optional<DashboardData> data = DashboardData::build(m_store->database(), options, &message);
    if (!data) {
        m_summary->setText(tr("Cannot read the numbers: %1").arg(message));
        if (error)
            *error = message;
        return false;
    }
    m_data = std::move(*data);
    m_options = options;
    m_stale = false;
    ++m_builds;
    // The key chosen is no longer in use (its last tag removed): by status again.
    if (!m_tagKey.isEmpty() && !m_data.tagKeys.contains(m_tagKey)) {
        m_tagKey.clear();
        m_data.servicesByTag = ChartSeries();
    }
    fillGroupingBox();
    clearCharts();
    for (int c = 0; c < ChartCount; ++c)
        draw(static_cast<Chart>(c));
    m_lastBuildMs = timer.nsecsElapsed() / 1e6;
    int services = 0, hosts = 0;
    for (const ChartEntry &e : std::as_const(m_data.servicesByStatus.entries))
        services += e.count();
    for (const ChartEntry &e : std::as_const(m_data.hostsByStatus.entries))
        hosts += e.count();
    const QLocale locale;
    m_summary->setText(tr("%1 services on %2 hosts. Click a bar or slice to select its items in the tree; "
                          "right-click a chart to save it as PNG or SVG.")
                           .arg(locale.toString(services), locale.toString(hosts)));
    return true;
}

void DashboardView::fillGroupingBox()
{
    m_groupBy->clear();
    m_groupBy->addItem(tr("status"), QString());
    for (const QString &key : std::as_const(m_data.tagKeys))
        m_groupBy->addItem(tr("tag %1").arg(key), key);
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(m_tagKey)));
    m_groupBy->setEnabled(m_groupBy->count() > 1);
}

QStringList DashboardView::groupingKeys() const
{
    return m_data.tagKeys;
}

void DashboardView::setServicesGrouping(const QString &tagKey)
{
    // Taken back by the rebuild when no item has the key.
    m_tagKey = tagKey.trimmed();
    if (m_store)
        rebuild();
    else
        fillGroupingBox();
}

const ChartSeries &DashboardView::series(Chart chart) const
{
    if (chart == Chart::ServicesByStatus && !m_tagKey.isEmpty())
        return m_data.servicesByTag;
    return m_data.chart(chart);
}

void DashboardView::draw(Chart chart)
{
    // Grouped by a tag key, the services' chart has as many entries as values: bars.
    if (isBarChart(chart) || (chart == Chart::ServicesByStatus && !m_tagKey.isEmpty()))
        drawBars(chart);
    else
        drawPie(chart);
    // What a screen reader says of it: its title, then each entry in words.
    QChartView *view = m_views[static_cast<int>(chart)];
    const QString title = view->chart()->title();
    view->setAccessibleName(title.isEmpty() ? chartName(chart) : title);
    QStringList entries;
    const QLocale locale;
    for (const ChartEntry &entry : std::as_const(m_shown[static_cast<int>(chart)]))
        entries << tr("%1: %2").arg(entry.label, locale.toString(entry.count()));
    view->setAccessibleDescription(entries.join(QLatin1String("; ")));
}

void DashboardView::drawBars(Chart which)
{
    const int c = static_cast<int>(which);
    const ChartSeries &series = this->series(which);
    QVector<ChartEntry> &shown = m_shown[c];
    shown = series.entries;
    m_otherKeys[c].clear();
    if (shown.size() > MaxBars) {
        // The long tail is one bar, so that the chart stays readable at any size.
        ChartEntry other;
        other.key = QStringLiteral("other");
        other.itemCount = series.countFrom(MaxBars - 1); // an item in two of them once
        for (int i = MaxBars - 1; i < shown.size(); ++i)
            m_otherKeys[c].append(shown.at(i).key); // read on a click
        other.label = tr("%n other(s)", nullptr, static_cast<int>(shown.size()) - (MaxBars - 1));
        shown.resize(MaxBars - 1);
        shown.append(other);
    }
    QChart *chart = m_views[c]->chart();
    chart->setTitle(series.title);
    chart->legend()->hide();
    if (shown.isEmpty()) {
        chart->setTitle(tr("%1 (none)").arg(series.title));
        return;
    }
    // Bars are drawn bottom up: the first entry goes last, so that it is on top.
    auto *set = new QBarSet(series.title);
    set->setColor(entryColor(which, QString(), 0));
    // The chart's own text colour: its background is the chart theme's, not the palette's.
    set->setLabelColor(chart->titleBrush().color());
    QStringList categories;
    QSet<QString> used;
    int most = 0;
    for (int i = static_cast<int>(shown.size()) - 1; i >= 0; --i) {
        const ChartEntry &entry = shown.at(i);
        *set << entry.count();
        most = std::max(most, entry.count());
        // The axis needs distinct labels: two providers may share a name.
        QString label = cut(entry.label);
        for (int n = 2; used.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(cut(entry.label)).arg(n);
        used.insert(label);
        categories << label;
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    // A lone bar is not a wall.
    bars->setBarWidth(shown.size() < 4 ? 0.2 * shown.size() : 0.75);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    // Whole numbers only, with room after the longest bar for its label.
    const int step = std::max(1, static_cast<int>(std::ceil(most / 4.0)));
    const int top = step * (most / step + 1);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, top);
    axisX->setTickCount(top / step + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    const int count = static_cast<int>(shown.size());
    connect(set, &QBarSet::clicked, this, [this, which, count](int index) { activate(which, count - 1 - index); });
}

void DashboardView::drawPie(Chart which)
{
    const int c = static_cast<int>(which);
    const ChartSeries &series = this->series(which);
    QVector<ChartEntry> &shown = m_shown[c];
    m_otherKeys[c].clear();
    shown.clear();
    int total = 0;
    for (const ChartEntry &entry : series.entries) {
        if (entry.count() > 0) {
            shown.append(entry);
            total += entry.count();
        }
    }
    QChart *chart = m_views[c]->chart();
    chart->setTitle(series.title);
    if (shown.isEmpty()) {
        chart->setTitle(tr("%1 (none)").arg(series.title));
        chart->legend()->hide();
        return;
    }
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.35);
    pie->setPieSize(0.85);
    const QLocale locale;
    for (int i = 0; i < shown.size(); ++i) {
        const ChartEntry &entry = shown.at(i);
        QPieSlice *slice =
            pie->append(tr("%1: %2").arg(cut(entry.label), locale.toString(entry.count())), entry.count());
        slice->setColor(entryColor(which, entry.key, i));
        slice->setBorderColor(Qt::white);
        // The count on the slice when it has room; the legend names them all.
        slice->setLabel(locale.toString(entry.count()));
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        slice->setLabelVisible(entry.count() * 14 >= total);
        connect(slice, &QPieSlice::clicked, this, [this, which, i] { activate(which, i); });
    }
    chart->addSeries(pie);
    QLegend *legend = chart->legend();
    legend->show();
    // Below the pie, where the labels have the chart's width.
    legend->setAlignment(Qt::AlignBottom);
    // A label cut short for room says the whole of it when the pointer rests on it.
    legend->setShowToolTips(true);
    const auto markers = legend->markers(pie);
    for (int i = 0; i < markers.size() && i < shown.size(); ++i) {
        const ChartEntry &entry = shown.at(i);
        markers.at(i)->setLabel(tr("%1: %2").arg(cut(entry.label), locale.toString(entry.count())));
        connect(markers.at(i), &QLegendMarker::clicked, this, [this, which, i] { activate(which, i); });
    }
}

void DashboardView::activate(Chart chart, int index)
{
    const QVector<ChartEntry> &shown = shownEntries(chart);
    if (index < 0 || index >= shown.size())
        return;
    const ChartEntry &entry = shown.at(index);
    if (!m_store)
        return;
    // The items are read now, not with the numbers: the "other" bar's are its entries'.
    const QStringList &others = m_otherKeys[static_cast<int>(chart)];
    const QStringList keys = !others.isEmpty() && index == shown.size() - 1 ? others : QStringList{entry.key};
    const DashboardData::Series which = chart == Chart::ServicesByStatus && !m_tagKey.isEmpty()
                                            ? &DashboardData::servicesByTag
                                            : DashboardData::seriesOf(chart);
    QString message;
    const auto ids = DashboardData::itemsOf(m_store->database(), m_options, which, keys, &message);
    if (!ids) {
        m_summary->setText(tr("Cannot read the items: %1").arg(message));
        return;
    }
    Q_EMIT itemsActivated(*ids, tr("%1: %2").arg(series(chart).title, entry.label));
}

bool DashboardView::exportChart(Chart chart, const QString &path, QString *error)
{
    mapexport::Format format;
    if (!mapexport::formatFor(path, &format)) {
        if (error)
            *error = tr("%1: a chart is saved as .png or .svg.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QChartView *view = chartView(chart);
    // A dashboard never shown has not laid its charts out: give them a size to draw at.
    if (!view->isVisible())
        view->chart()->resize(QSizeF(720, 480));
    QGraphicsScene *scene = view->scene();
    return mapexport::save(*scene, path, error);
}

void DashboardView::saveAsking(Chart chart)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                      QDir::home().filePath(chartKey(chart) + QStringLiteral(".png")),
                                                      tr("PNG images (*.png);;SVG drawings (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportChart(chart, file, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

} // namespace steward
