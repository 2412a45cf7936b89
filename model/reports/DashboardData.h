#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace steward {

class Database;

/// One bar or slice of a chart: what it counts and how many. The items it stands for are
/// read when it is clicked (DashboardData::itemsOf), not with the numbers.
struct ChartEntry
{
    QString key;       ///< stable: a status key, "0"/"1"/"2+", or a provider's or contact's id
    QString label;     ///< what the chart shows (translated)
    qint64 id = 0;     ///< the provider or contact the entry is about; 0 for none
    int itemCount = 0; ///< how many items it counts
    int count() const { return itemCount; }
    /// Only while DashboardData reads the items of a click: the items counted, ascending.
    /// Always empty in what build() returns.
    QVector<qint64> itemIds;
};

/// One chart: its title and entries in the order to draw them.
struct ChartSeries
{
    QString title;
    QVector<ChartEntry> entries;
    /// distinctFrom[k]: how many distinct items entries k, k + 1, ... count together (an
    /// item counted by two entries once), for an "other" bar of the tail; one more than
    /// the entries (the last 0).
    QVector<int> distinctFrom;
    /// The entry with @p key, or nullptr.
    const ChartEntry *find(const QString &key) const;
    /// How many distinct items the entries from @p index on count.
    int countFrom(qsizetype index) const;
};

/**
 * The numbers behind the dashboard's charts, from one scan of the items, one of the
 * assignments and two small queries through SQLite's C API, aggregated in C++ (about
 * 100 ms at 100k services):
 *
 * - servicesPerProvider: every provider with the services it hosts (on its hosts or
 *   directly), most first; services with no provider recorded are one more entry (id 0,
 *   key "none"), shown only when there are any;
 * - hostsByStatus, servicesByStatus: one entry per status (known statuses in their
 *   usual order, then others by name);
 * - ownershipCoverage: services with 0, 1 and 2+ distinct owners (active assignments with
 *   one of Options::ownerRoles whose cover includes Options::today; inherited ones do
 *   not count), keys "0", "1", "2+";
 * - topOwners: the contacts that own the most items (not counting the organisation),
 *   most first, at most Options::topContacts; itemIds are what they own;
 * - frontingProviders: the providers in front of the most services (Options::frontLinks,
 *   "served through Fastly"), a link from a host or provider covering everything under
 *   it; most first, at most Options::topFronting; itemIds are the services behind;
 * - tagKeys: the tag keys in use on any item ("env" of "env=prod", a bare tag "pci"
 *   itself), sorted case-insensitively: what a chart can be grouped by;
 * - servicesByTag: with Options::tagKey, the services grouped by that key's value (key
 *   "env=prod", label "prod"; a bare tag "pci" is its own entry), most first, and
 *   "(none)" (key empty) for the services without the key, last; a service with two
 *   values of the key counts in both. Empty without Options::tagKey.
 * - ownershipFreshness: the items by the stalest of their active assignments whose role is
 *   reviewed (see Reviews.h): keys "fresh" ("up to date": all confirmed within their interval,
 *   none due within ownership::kDueSoonDays), "due-soon", "overdue", "never" (one never confirmed);
 *   items without such an assignment are not counted.
 *
 * Ties are broken by name. Plain data: build it again after an edit or import.
 *
 * A click selects an entry's items, read then by itemsOf(). Hosts without a host name ("a Rackspace VM") are
 * not nodes of InventoryTreeModel (their services sit under the provider), so a view
 * selecting the hosts of a status selects those hosts' services instead.
 */
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)
public:
    enum class Chart
    {
        ServicesPerProvider,
        HostsByStatus,
        ServicesByStatus,
        OwnershipCoverage,
        TopOwners,
        FrontingProviders,
        OwnershipFreshness,
        ChartCount
    };

    struct Options
    {
        QStringList ownerRoles{QStringLiteral("owner"), QStringLiteral("maintainer")};
        QVector<LinkKind> frontLinks{LinkKind::FrontedBy};
        int topContacts = 10;
        int topFronting = 10;
        /// Group the services by this tag key (servicesByTag); empty for none.
        QString tagKey;
        /// What time it is for ownershipFreshness (Store::now()); invalid: the system clock.
        QDateTime now;
        /// The day an owner's cover (valid from/until) is judged on; invalid: today.
        QDate today;
    };

    ChartSeries servicesPerProvider;
    ChartSeries hostsByStatus;
    ChartSeries servicesByStatus;
    ChartSeries ownershipCoverage;
    ChartSeries topOwners;
    ChartSeries frontingProviders;
    ChartSeries ownershipFreshness;
    ChartSeries servicesByTag;
    QStringList tagKeys;

    const ChartSeries &chart(Chart chart) const;

    /// Reads everything from @p db; std::nullopt with @p error on a database error.
    [[nodiscard]] static std::optional<DashboardData> build(Database &db, const Options &options, QString *error);
    [[nodiscard]] static std::optional<DashboardData> build(Database &db, QString *error);

    /// A chart's series, for itemsOf(): &DashboardData::servicesPerProvider, ...
    using Series = ChartSeries DashboardData::*;
    /// The series of @p chart (as chart()).
    static Series seriesOf(Chart chart);
    /**
     * The items counted by the entries of @p series with any of @p keys (an "other" bar:
     * the keys of the entries it stands for), each once, ascending: what a click selects.
     * Read now, with @p options as build() had them (an edit since then shows). Empty for
     * keys no entry has; std::nullopt with @p error on a database error.
     */
    [[nodiscard]] static std::optional<QVector<qint64>> itemsOf(Database &db, const Options &options, Series series,
                                                                const QStringList &keys, QString *error);

private:
    /// build(), with every entry's itemIds when @p withIds.
    static std::optional<DashboardData> read(Database &db, const Options &options, bool withIds, QString *error);
};

} // namespace steward
