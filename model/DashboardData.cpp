#include "DashboardData.h"

#include "Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace steward {
namespace {

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

/// The ids of a group_concat(), ascending.
QVector<qint64> idList(const QString &text)
{
    QVector<qint64> ids;
    if (text.isEmpty())
        return ids;
    const QStringView view(text);
    ids.reserve(text.count(QLatin1Char(',')) + 1);
    qsizetype start = 0;
    for (;;) {
        const qsizetype comma = view.indexOf(QLatin1Char(','), start);
        ids.append(view.mid(start, comma < 0 ? -1 : comma - start).toLongLong());
        if (comma < 0)
            break;
        start = comma + 1;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

/// Most first, then by label.
void sortByCount(QVector<ChartEntry> *entries)
{
    std::stable_sort(entries->begin(), entries->end(), [](const ChartEntry &a, const ChartEntry &b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        return QString::compare(a.label, b.label, Qt::CaseInsensitive) < 0;
    });
}

class Reader
{
public:
    Reader(Database &db, QString *error)
        : m_query(db.connection())
        , m_error(error)
    {
        m_query.setForwardOnly(true);
    }

    /// Runs @p sql with @p values bound in order.
    QSqlQuery *run(const QString &sql, const QVariantList &values = {})
    {
        if (!m_query.prepare(sql)) {
            fail();
            return nullptr;
        }
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        if (!m_query.exec()) {
            fail();
            return nullptr;
        }
        return &m_query;
    }

private:
    void fail()
    {
        if (m_error)
            *m_error = sqlError(m_query);
    }

    QSqlQuery m_query;
    QString *m_error;
};

} // namespace

const ChartEntry *ChartSeries::find(const QString &key) const
{
    for (const ChartEntry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const ChartSeries &DashboardData::chart(Chart chart) const
{
    switch (chart) {
    case Chart::ServicesPerProvider: return servicesPerProvider;
    case Chart::HostsByStatus: return hostsByStatus;
    case Chart::ServicesByStatus: return servicesByStatus;
    case Chart::OwnershipCoverage: return ownershipCoverage;
    case Chart::TopOwners: return topOwners;
    case Chart::FrontingProviders:
    case Chart::ChartCount: break;
    }
    return frontingProviders;
}

std::optional<DashboardData> DashboardData::build(Database &db, QString *error)
{
    return build(db, Options(), error);
}

std::optional<DashboardData> DashboardData::build(Database &db, const Options &options, QString *error)
{
    DashboardData data;
    data.servicesPerProvider.title = tr("Services per provider");
    data.hostsByStatus.title = tr("Hosts by status");
    data.servicesByStatus.title = tr("Services by status");
    data.ownershipCoverage.title = tr("Ownership coverage");
    data.topOwners.title = tr("Contacts who own the most");
    data.frontingProviders.title = tr("Providers in front of the most services");

    Reader reader(db, error);
    QVariantList roles;
    for (const QString &role : options.ownerRoles)
        roles << role;
    if (roles.isEmpty())
        roles << QString(); // no role matches: nobody owns anything
    const QString roleMarks = placeholders(roles.size());

    // Services per provider: a service's provider is its parent or its host's parent.
    {
        QHash<qint64, ChartEntry> byProvider;
        QSqlQuery *q = reader.run(QStringLiteral("SELECT id, name FROM item WHERE kind = 'provider'"));
        if (!q)
            return std::nullopt;
        while (q->next()) {
            ChartEntry entry;
            entry.id = q->value(0).toLongLong();
            entry.key = QString::number(entry.id);
            entry.label = q->value(1).toString();
            byProvider.insert(entry.id, entry);
        }
        q = reader.run(QStringLiteral(
            "SELECT CASE WHEN p.kind = 'provider' THEN p.id WHEN g.kind = 'provider' THEN g.id ELSE 0 END AS provider,"
            " group_concat(s.id) FROM item s LEFT JOIN item p ON p.id = s.parent_id LEFT JOIN item g ON g.id = p.parent_id"
            " WHERE s.kind = 'service' GROUP BY provider"));
        if (!q)
            return std::nullopt;
        ChartEntry none;
        none.key = QStringLiteral("none");
        none.label = tr("no provider recorded");
        while (q->next()) {
            const qint64 provider = q->value(0).toLongLong();
            const QVector<qint64> ids = idList(q->value(1).toString());
            if (byProvider.contains(provider))
                byProvider[provider].itemIds = ids;
            else
                none.itemIds += ids;
        }
        std::sort(none.itemIds.begin(), none.itemIds.end());
        data.servicesPerProvider.entries = byProvider.values().toVector();
        sortByCount(&data.servicesPerProvider.entries);
        if (!none.itemIds.isEmpty())
            data.servicesPerProvider.entries.append(none);
    }

    // Hosts and services by status, in one pass.
    {
        QSqlQuery *q = reader.run(QStringLiteral(
            "SELECT kind, status, group_concat(id) FROM item WHERE kind IN ('host', 'service') GROUP BY kind, status"));
        if (!q)
            return std::nullopt;
        while (q->next()) {
            ChartEntry entry;
            entry.key = q->value(1).toString();
            entry.label = keys::statusLabel(entry.key);
            entry.itemIds = idList(q->value(2).toString());
            (q->value(0).toString() == QLatin1String("host") ? data.hostsByStatus : data.servicesByStatus)
                .entries.append(entry);
        }
        const QStringList known = keys::knownStatuses();
        for (ChartSeries *series : {&data.hostsByStatus, &data.servicesByStatus}) {
            std::sort(series->entries.begin(), series->entries.end(), [&known](const ChartEntry &a, const ChartEntry &b) {
                const qsizetype ra = known.contains(a.key) ? known.indexOf(a.key) : known.size();
                const qsizetype rb = known.contains(b.key) ? known.indexOf(b.key) : known.size();
                return ra != rb ? ra < rb : a.key < b.key;
            });
        }
    }

    // Ownership coverage: distinct contacts with an active owner role on the service itself.
    {
        QSqlQuery *q = reader.run(
            QStringLiteral("SELECT min(owners, 2), group_concat(id) FROM (SELECT s.id AS id,"
                           " (SELECT count(DISTINCT a.contact_id) FROM assignment a WHERE a.item_id = s.id"
                           " AND a.priority <> 'inactive' AND a.role IN (%1)) AS owners"
                           " FROM item s WHERE s.kind = 'service') GROUP BY 1")
                .arg(roleMarks),
            roles);
        if (!q)
            return std::nullopt;
        QVector<ChartEntry> entries(3);
        entries[0].key = QStringLiteral("0");
        entries[0].label = tr("no owner");
        entries[1].key = QStringLiteral("1");
        entries[1].label = tr("1 owner");
        entries[2].key = QStringLiteral("2+");
        entries[2].label = tr("2 or more owners");
        while (q->next()) {
            const int bucket = std::clamp(q->value(0).toInt(), 0, 2);
            entries[bucket].itemIds = idList(q->value(1).toString());
        }
        data.ownershipCoverage.entries = entries;
    }

    // The contacts who own the most.
    {
        QVariantList values = roles;
        values << std::max(0, options.topContacts);
        QSqlQuery *q = reader.run(
            QStringLiteral("SELECT c.id, c.name, o.items FROM (SELECT a.contact_id AS contact,"
                           " count(DISTINCT a.item_id) AS n, group_concat(DISTINCT a.item_id) AS items"
                           " FROM assignment a JOIN item i ON i.id = a.item_id"
                           " WHERE a.priority <> 'inactive' AND a.role IN (%1) AND i.kind <> 'organisation'"
                           " GROUP BY a.contact_id) o JOIN contact c ON c.id = o.contact"
                           " ORDER BY o.n DESC, c.name_key, c.id LIMIT ?")
                .arg(roleMarks),
            values);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            ChartEntry entry;
            entry.id = q->value(0).toLongLong();
            entry.key = QString::number(entry.id);
            entry.label = q->value(1).toString();
            entry.itemIds = idList(q->value(2).toString());
            data.topOwners.entries.append(entry);
        }
    }

    // Providers in front of services: from each link down its subtree to the services.
    if (!options.frontLinks.isEmpty() && options.topFronting > 0) {
        QVariantList values;
        for (LinkKind kind : options.frontLinks)
            values << keys::linkKind(kind);
        values << options.topFronting;
        QSqlQuery *q = reader.run(
            QStringLiteral("WITH RECURSIVE under(front, id) AS ("
                           " SELECT to_item, from_item FROM item_link WHERE kind IN (%1)"
                           " UNION SELECT u.front, i.id FROM item i JOIN under u ON i.parent_id = u.id)"
                           " SELECT f.id, f.name, b.services FROM (SELECT u.front AS front, count(*) AS n,"
                           " group_concat(u.id) AS services FROM under u JOIN item s ON s.id = u.id"
                           " WHERE s.kind = 'service' GROUP BY u.front) b JOIN item f ON f.id = b.front"
                           " ORDER BY b.n DESC, f.name_key, f.id LIMIT ?")
                .arg(placeholders(options.frontLinks.size())),
            values);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            ChartEntry entry;
            entry.id = q->value(0).toLongLong();
            entry.key = QString::number(entry.id);
            entry.label = q->value(1).toString();
            entry.itemIds = idList(q->value(2).toString());
            data.frontingProviders.entries.append(entry);
        }
    }
    return data;
}

} // namespace steward
