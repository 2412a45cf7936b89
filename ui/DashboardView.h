#pragma once

#include "DashboardData.h"

#include <QWidget>

#include <array>

class QChartView;
class QComboBox;
class QLabel;
class QTimer;

namespace steward {

class Store;

/**
 * The dashboard: seven charts of DashboardData (services per provider, hosts and
 * services by status, ownership coverage, the contacts who own the most, the providers
 * in front of the most services, ownership freshness: items by the stalest confirmation
 * of their assignments). The services' chart groups them by status or, chosen
 * in "Group services by", by the values of a tag key in use ("env": prod, staging,
 * "(none)"). A click on a bar, a slice or a legend entry emits
 * itemsActivated with the items it counts, so that a chart is a way into the tree.
 *
 * The numbers are read again after every change to the store (debounced), and only
 * while the dashboard is shown; a hidden dashboard catches up when shown. Each chart's
 * context menu saves it as PNG or SVG.
 */
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)
public:
    using Chart = DashboardData::Chart;
    static constexpr int ChartCount = static_cast<int>(Chart::ChartCount);
    /// Bar charts show at most this many bars; the rest are one "other" bar.
    static constexpr int MaxBars = 12;

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    /// Charts @p store's database; nullptr when no inventory is open.
    void setStore(Store *store);
    /// Something changed: read the numbers again soon if shown, else when next shown.
    void invalidate();
    /// Reads the numbers and redraws every chart now; false with @p error on a database error.
    bool rebuild(QString *error = nullptr);
    bool isStale() const { return m_stale; }
    /// How many times the numbers were read (tests: an edit was followed).
    int buildCount() const { return m_builds; }
    double lastBuildMs() const { return m_lastBuildMs; }

    const DashboardData &data() const { return m_data; }
    /// The entries drawn for @p chart, in the order of the bars (top to bottom) or slices.
    const QVector<ChartEntry> &shownEntries(Chart chart) const;
    QChartView *chartView(Chart chart) const;
    /// Groups the services' chart by @p tagKey's values (empty: by status), and redraws.
    /// A key no item has is not offered; choosing one groups by status again.
    void setServicesGrouping(const QString &tagKey);
    QString servicesGrouping() const { return m_tagKey; }
    /// The tag keys the grouping box offers (after "status").
    QStringList groupingKeys() const;
    /// What @p chart draws: its series in data(), or for the services' chart grouped by a
    /// tag key, data().servicesByTag.
    const ChartSeries &series(Chart chart) const;
    /// "servicesPerProvider", ...: the chart's key in object and file names.
    /// The chart's name before it is drawn (a screen reader's, until its title is known).
    static QString chartName(Chart chart);
    static QString chartKey(Chart chart);

    /// What a click on a bar or slice does: reads the items of the @p index'th shown entry
    /// (DashboardData::itemsOf) and emits itemsActivated with them.
    void activate(Chart chart, int index);
    /// Saves @p chart as .png or .svg (by @p path's suffix) through QSaveFile.
    bool exportChart(Chart chart, const QString &path, QString *error);

Q_SIGNALS:
    /// A bar or slice was clicked: select @p itemIds; @p description says what they are.
    void itemsActivated(const QVector<qint64> &itemIds, const QString &description);
    void shownChanged(bool shown);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void clearCharts();
    void drawBars(Chart chart);
    void drawPie(Chart chart);
    void saveAsking(Chart chart);
    void fillGroupingBox();
    void draw(Chart chart);

    Store *m_store = nullptr;
    DashboardData m_data;
    DashboardData::Options m_options; ///< what m_data was read with, for a click's items
    std::array<QVector<ChartEntry>, ChartCount> m_shown;
    std::array<QStringList, ChartCount> m_otherKeys; ///< the entries of a chart's "other" bar
    std::array<QChartView *, ChartCount> m_views{};
    QLabel *m_summary;
    QComboBox *m_groupBy;
    QString m_tagKey; ///< the services' chart groups by this tag key; empty: by status
    QTimer *m_timer;
    bool m_stale = true;
    int m_builds = 0;
    double m_lastBuildMs = 0;
};

} // namespace steward
