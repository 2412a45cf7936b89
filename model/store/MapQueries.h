#pragma once

#include "Database.h"
#include "Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QSqlQuery>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace steward {

/**
 * What the map's focus view reads of an inventory too large to read whole: how many
 * items there are (count(*)), and the few rows around one item, each by an indexed
 * lookup (the primary keys, item_parent, item_link's unique (from_item, ...) and
 * item_link_to, also_runs_on's key and also_runs_on_host, assignment's unique
 * (item_id, ...)). Each lookup of what hangs off one item reads at most a given number
 * of rows and counts the rest, so a hub (a load balancer fronting a hundred thousand
 * services) costs what its first rows cost plus an index count.
 *
 * The statements are prepared once per object; SQLite and PostgreSQL alike.
 */
class MapQueries final
{
    Q_DECLARE_TR_FUNCTIONS(MapQueries)
    Q_DISABLE_COPY_MOVE(MapQueries)
public:
    explicit MapQueries(Database &db);
    ~MapQueries();

    /// One item as the map needs it.
    struct Row
    {
        qint64 id = 0;
        qint64 parentId = 0;
        ItemKind kind = ItemKind::Service;
        QString name;
        QString status;
        bool unnamedHost = false; ///< a host without a hostname: not drawn, its contents are drawn in its container
    };
    /// Rows read and how many more there were.
    template <typename T> struct Capped
    {
        QVector<T> rows;
        qint64 more = 0; ///< how many were left out past the limit
    };

    /// The number of items the map draws (every item but the unnamed hosts), by two counts.
    [[nodiscard]] std::optional<qint64> drawnItemCount(QString *error);
    /// The items @p ids (those that exist), by primary key.
    [[nodiscard]] std::optional<QVector<Row>> rows(const QVector<qint64> &ids, QString *error);
    /// The items directly in @p parent: at most @p most, and how many more.
    [[nodiscard]] std::optional<Capped<Row>> children(qint64 parent, int most, QString *error);
    /// Every unnamed host (whose links the map draws from what holds it), by what holds
    /// it: one read of the host table (a twentieth of the items in a generated
    /// inventory), as no index finds the hosts without a hostname.
    [[nodiscard]] std::optional<QMultiHash<qint64, qint64>> unnamedHosts(QString *error);
    /// The links from @p item: at most @p most, and how many more.
    [[nodiscard]] std::optional<Capped<Link>> linksFrom(qint64 item, int most, QString *error);
    /// The links to @p item: at most @p most, and how many more.
    [[nodiscard]] std::optional<Capped<Link>> linksTo(qint64 item, int most, QString *error);
    /// The further hosts of service @p service (all: a service runs on few).
    [[nodiscard]] std::optional<QVector<Placement>> hostsOf(qint64 service, QString *error);
    /// The services that run on @p host as a further host: at most @p most, and how many more.
    [[nodiscard]] std::optional<Capped<Placement>> servicesOn(qint64 host, int most, QString *error);
    /// Which of @p ids have someone of their own to contact on @p day (an active
    /// assignment within its cover that is not only an escalation), as
    /// Store::itemsWithOwnContacts() says for all items.
    [[nodiscard]] std::optional<QSet<qint64>> withOwnContacts(const QVector<qint64> &ids, const QDate &day,
                                                              QString *error);

private:
    QSqlQuery &query(const QString &sql);
    bool run(QSqlQuery &q, QString *error);
    /// Runs a count(*) with @p id bound.
    std::optional<qint64> count(const QString &sql, qint64 id, QString *error);

    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace steward
