#include "DashboardData.h"

#include "Database.h"
#include "Reviews.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace steward {
namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

/// Most first, then by label (while the entries hold their items).
void sortByCount(QVector<ChartEntry> *entries)
{
    std::stable_sort(entries->begin(), entries->end(), [](const ChartEntry &a, const ChartEntry &b) {
        if (a.itemIds.size() != b.itemIds.size())
            return a.itemIds.size() > b.itemIds.size();
        return QString::compare(a.label, b.label, Qt::CaseInsensitive) < 0;
    });
}

/// The scans, through SQLite's C API: at 100k services, Qt's driver (a QVariant per
/// value) cost most of the build.
/// Sorts numbers that are not negative: least significant digit first, 16 bits a pass,
/// only as many passes as the largest needs. At 100k services a tenth of std::sort.
void radixSort(QVector<qint64> *values)
{
    if (values->size() < 1024) {
        std::sort(values->begin(), values->end());
        return;
    }
    const qint64 max = *std::max_element(values->cbegin(), values->cend());
    QVector<qint64> other(values->size());
    std::vector<qsizetype> starts(65537);
    for (int shift = 0; shift < 64 && (max >> shift) > 0; shift += 16) {
        std::fill(starts.begin(), starts.end(), 0);
        for (qint64 v : std::as_const(*values))
            ++starts[((v >> shift) & 0xFFFF) + 1];
        for (size_t d = 1; d < starts.size(); ++d)
            starts[d] += starts[d - 1];
        for (qint64 v : std::as_const(*values))
            other[starts[(v >> shift) & 0xFFFF]++] = v;
        values->swap(other);
    }
}

/// Sorts (a, b) pairs of ids, b at most @p maxSecond: packed into one number each
/// and radix sorted when they fit (ids from SQLite are positive), else by std::sort.
void sortPairs(QVector<QPair<qint64, qint64>> *pairs, qint64 maxSecond)
{
    const qint64 span = maxSecond + 1;
    qint64 maxFirst = 0;
    bool positive = true;
    for (const auto &pair : std::as_const(*pairs)) {
        maxFirst = std::max(maxFirst, pair.first);
        positive = positive && pair.first >= 0 && pair.second >= 0;
    }
    if (!positive || maxFirst >= std::numeric_limits<qint64>::max() / span - 1) {
        std::sort(pairs->begin(), pairs->end());
        return;
    }
    QVector<qint64> packed;
    packed.reserve(pairs->size());
    for (const auto &pair : std::as_const(*pairs))
        packed.append(pair.first * span + pair.second);
    radixSort(&packed);
    for (qsizetype i = 0; i < packed.size(); ++i)
        (*pairs)[i] = {packed.at(i) / span, packed.at(i) % span};
}

class Reader
{
public:
    Reader(Database &db, QString *error)
        : m_db(db.connection())
        , m_error(error)
    {}

    /// Runs @p sql with @p values (text or integers) bound in order.
    SqliteStatement *run(const QString &sql, const QVariantList &values = {})
    {
        m_query.reset(); // one statement at a time
        m_query = std::make_unique<SqliteStatement>(m_db, sql.toUtf8());
        for (int i = 0; i < values.size() && m_query->isValid(); ++i) {
            const QVariant &value = values.at(i);
            if (value.typeId() == QMetaType::QString)
                m_query->bind(i + 1, value.toString());
            else
                m_query->bind(i + 1, value.toLongLong());
        }
        if (!m_query->isValid() || m_query->hasError()) {
            fail();
            return nullptr;
        }
        return m_query.get();
    }
    /// After a loop over next(): true if it ended because the rows did.
    bool finished()
    {
        if (!m_query->hasError())
            return true;
        fail();
        return false;
    }

private:
    void fail()
    {
        if (m_error)
            *m_error = m_query->errorString();
    }

    QSqlDatabase m_db;
    std::unique_ptr<SqliteStatement> m_query;
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

int ChartSeries::countFrom(qsizetype index) const
{
    if (index < 0 || index >= distinctFrom.size())
        return 0;
    return distinctFrom.at(index);
}

DashboardData::Series DashboardData::seriesOf(Chart chart)
{
    switch (chart) {
    case Chart::ServicesPerProvider: return &DashboardData::servicesPerProvider;
    case Chart::HostsByStatus: return &DashboardData::hostsByStatus;
    case Chart::ServicesByStatus: return &DashboardData::servicesByStatus;
    case Chart::OwnershipCoverage: return &DashboardData::ownershipCoverage;
    case Chart::TopOwners: return &DashboardData::topOwners;
    case Chart::OwnershipFreshness: return &DashboardData::ownershipFreshness;
    case Chart::FrontingProviders:
    case Chart::ChartCount: break;
    }
    return &DashboardData::frontingProviders;
}

std::optional<QVector<qint64>> DashboardData::itemsOf(Database &db, const Options &options, Series series,
                                                      const QStringList &keys, QString *error)
{
    const std::optional<DashboardData> data = read(db, options, true, error);
    if (!data)
        return std::nullopt;
    QVector<qint64> ids;
    for (const ChartEntry &entry : std::as_const((*data).*series).entries) {
        if (keys.contains(entry.key))
            ids += entry.itemIds;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

const ChartSeries &DashboardData::chart(Chart chart) const
{
    switch (chart) {
    case Chart::ServicesPerProvider: return servicesPerProvider;
    case Chart::HostsByStatus: return hostsByStatus;
    case Chart::ServicesByStatus: return servicesByStatus;
    case Chart::OwnershipCoverage: return ownershipCoverage;
    case Chart::TopOwners: return topOwners;
    case Chart::OwnershipFreshness: return ownershipFreshness;
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
    return read(db, options, false, error);
}

std::optional<DashboardData> DashboardData::read(Database &db, const Options &options, bool withIds, QString *error)
{
    DashboardData data;
    data.servicesPerProvider.title = tr("Services per provider");
    data.hostsByStatus.title = tr("Hosts by status");
    data.servicesByStatus.title = tr("Services by status");
    data.ownershipCoverage.title = tr("Ownership coverage");
    data.topOwners.title = tr("Contacts who own the most");
    data.frontingProviders.title = tr("Providers in front of the most services");
    data.ownershipFreshness.title = tr("Ownership freshness");

    // Plain scans aggregated here rather than GROUP BY queries: at 100k services those
    // sort on disk and cost seconds. The scans go through SQLite's C API (Qt's driver
    // cost more per row than SQLite) and return as few values per row as they can.
    Reader reader(db, error);

    // One scan of the items: id, kind and status packed into one number (one value
    // less per row); a status that is not one of knownStatuses() is read again by id.
    struct Node
    {
        qint64 parent = 0;
        int kind = 0;           ///< 0 organisation, 1 provider, 2 host
        QVector<qint64> fronts; ///< providers in front of it or of anything above it
    };
    struct Service
    {
        qint64 id;
        qint64 parent;
    };
    QHash<qint64, Node> nodes; // everything but services: few
    QVector<Service> services;
    const QStringList known = keys::knownStatuses();
    constexpr int Unknown = 15;
    Q_ASSERT(known.size() < Unknown);
    QString statusCase = QStringLiteral("CASE status");
    for (int i = 0; i < known.size(); ++i)
        statusCase += QStringLiteral(" WHEN '%1' THEN %2").arg(known.at(i)).arg(i);
    statusCase += QStringLiteral(" ELSE %1 END").arg(Unknown);
    QVector<QVector<qint64>> hostsByKnown(known.size()), servicesByKnown(known.size());
    bool unknownStatus = false;
    SqliteStatement *q =
        reader.run(QStringLiteral("SELECT id * 64 + CASE kind WHEN 'service' THEN 48 WHEN 'host' THEN 32"
                                  " WHEN 'provider' THEN 16 ELSE 0 END + %1, parent_id FROM item ORDER BY id")
                       .arg(statusCase));
    if (!q)
        return std::nullopt;
    while (q->next()) {
        const qint64 packed = q->integer(0);
        const qint64 id = packed >> 6;
        const int kind = static_cast<int>((packed >> 4) & 3);
        const int status = static_cast<int>(packed & 15);
        const qint64 parent = q->integer(1);
        if (kind == 3)
            services.append({id, parent});
        else
            nodes.insert(id, {parent, kind, {}});
        if (status == Unknown)
            unknownStatus = unknownStatus || kind >= 2;
        else if (kind == 3)
            servicesByKnown[status].append(id);
        else if (kind == 2)
            hostsByKnown[status].append(id);
    }
    if (!reader.finished())
        return std::nullopt;
    QHash<QString, QVector<qint64>> hostStatus, serviceStatus;
    for (int i = 0; i < known.size(); ++i) {
        if (!hostsByKnown.at(i).isEmpty())
            hostStatus.insert(known.at(i), hostsByKnown.at(i));
        if (!servicesByKnown.at(i).isEmpty())
            serviceStatus.insert(known.at(i), servicesByKnown.at(i));
    }
    if (unknownStatus) {
        QVariantList values;
        for (const QString &status : known)
            values << status;
        q = reader.run(QStringLiteral("SELECT id, kind, status FROM item WHERE kind IN ('host', 'service')"
                                      " AND status NOT IN (%1)")
                           .arg(placeholders(values.size())),
                       values);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            (q->text(1) == QLatin1String("host") ? hostStatus : serviceStatus)[q->text(2)].append(q->integer(0));
        }
        if (!reader.finished())
            return std::nullopt;
    }
    // Names of providers (for their bars): children of the organisation, by index.
    QHash<qint64, QString> names;
    q = reader.run(QStringLiteral("SELECT p.id, p.name FROM item o JOIN item p ON p.parent_id = o.id"
                                  " WHERE o.kind = 'organisation' AND p.kind = 'provider'"));
    if (!q)
        return std::nullopt;
    while (q->next())
        names.insert(q->integer(0), q->text(1));
    if (!reader.finished())
        return std::nullopt;

    // Hosts and services by status: known statuses in their order, then others by name.
    const auto statusSeries = [&known](const QHash<QString, QVector<qint64>> &byStatus, ChartSeries *series) {
        QStringList order = byStatus.keys();
        std::sort(order.begin(), order.end(), [&known](const QString &a, const QString &b) {
            const qsizetype ra = known.contains(a) ? known.indexOf(a) : known.size();
            const qsizetype rb = known.contains(b) ? known.indexOf(b) : known.size();
            return ra != rb ? ra < rb : a < b;
        });
        for (const QString &status : std::as_const(order)) {
            ChartEntry entry;
            entry.key = status;
            entry.label = keys::statusLabel(status);
            entry.itemIds = byStatus.value(status);
            std::sort(entry.itemIds.begin(), entry.itemIds.end());
            series->entries.append(entry);
        }
    };
    statusSeries(hostStatus, &data.hostsByStatus);
    statusSeries(serviceStatus, &data.servicesByStatus);

    // Services per provider: the service's parent or its host's parent.
    {
        QHash<qint64, ChartEntry> byProvider;
        for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
            if (it->kind != 1)
                continue;
            ChartEntry &entry = byProvider[it.key()];
            entry.id = it.key();
            entry.key = QString::number(it.key());
            entry.label = names.value(it.key());
        }
        ChartEntry none;
        none.key = QStringLiteral("none");
        none.label = tr("no provider recorded");
        QHash<qint64, ChartEntry *> entryOfParent;
        for (const Service &s : std::as_const(services)) {
            auto cached = entryOfParent.constFind(s.parent);
            if (cached == entryOfParent.constEnd()) {
                qint64 provider = 0;
                const auto parent = nodes.constFind(s.parent);
                if (parent != nodes.constEnd()) {
                    if (parent->kind == 1)
                        provider = s.parent;
                    else if (parent->kind == 2 && nodes.value(parent->parent).kind == 1)
                        provider = parent->parent;
                }
                cached = entryOfParent.insert(s.parent, provider ? &byProvider[provider] : &none);
            }
            (*cached)->itemIds.append(s.id); // ascending: services are read in id order
        }
        data.servicesPerProvider.entries = byProvider.values().toVector();
        sortByCount(&data.servicesPerProvider.entries);
        if (!none.itemIds.isEmpty())
            data.servicesPerProvider.entries.append(none);
    }

    // The assignments, in one scan for two charts: the owners (active, an owner role, a
    // cover that includes the day) as (item, contact) pairs, sorted by item, then contact;
    // and for ownership freshness, each active reviewed assignment as item * 4 + state (0
    // fresh, 1 due soon, 2 overdue, 3 never confirmed), sorted: an item's stalest is the
    // last of its run. No hash of every item.
    // Dates are yyyy-MM-dd text: they sort as dates.
    const QString day = (options.today.isValid() ? options.today : QDate::currentDate()).toString(Qt::ISODate);
    const QByteArray dayBytes = day.toUtf8();
    q = reader.run(QStringLiteral("SELECT role, review_days FROM role_def"));
    if (!q)
        return std::nullopt;
    QVector<RoleDef> defs;
    while (q->next()) {
        RoleDef def;
        def.role = q->text(0);
        def.declared = true;
        if (!q->isNull(1))
            def.reviewDays = static_cast<int>(q->integer(1));
        defs.append(def);
    }
    if (!reader.finished())
        return std::nullopt;
    const ReviewIntervals intervals(defs);
    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    // reviewState()'s rule on the stored text (UTC, ISO 8601 with milliseconds, which
    // sorts as it reads): overdue when confirmed before now minus the interval, due soon
    // when before that plus kDueSoonDays. No date parsed per row.
    struct Cut
    {
        bool owner = false; ///< one of Options::ownerRoles
        bool reviewed = false;
        QByteArray overdue;
        QByteArray soon;
    };
    QHash<QByteArray, Cut> cuts;
    // Rows of one role follow each other: the last role's cut is kept (no copy of the
    // role per row).
    QByteArray lastRole;
    const Cut *lastCut = nullptr;
    const auto cutOf = [&](QByteArrayView role) -> const Cut & {
        if (lastCut && role == QByteArrayView(lastRole))
            return *lastCut;
        const QByteArray key = role.toByteArray();
        auto it = cuts.constFind(key);
        if (it == cuts.constEnd()) {
            Cut cut;
            const QString name = QString::fromUtf8(role);
            cut.owner = options.ownerRoles.contains(name); // exactly, as role IN (...) compared
            if (const std::optional<int> days = intervals.daysFor(name)) {
                cut.reviewed = true;
                cut.overdue = now.addDays(-*days).toString(Qt::ISODateWithMs).toUtf8();
                cut.soon = now.addDays(ownership::kDueSoonDays - *days).toString(Qt::ISODateWithMs).toUtf8();
            }
            it = cuts.insert(key, cut);
        }
        lastRole = key;
        lastCut = &*it; // until the next look-up, which may insert (and move) it
        return *it;
    };
    // As the reviews: a cover that has ended is no longer listed, so no longer reviewed;
    // an owner's cover must also have begun.
    q = reader.run(QStringLiteral("SELECT item_id, contact_id, role, confirmed_at, valid_from FROM assignment"
                                  " WHERE priority <> 'inactive' AND (valid_until IS NULL OR valid_until >= ?)"),
                   {day});
    if (!q)
        return std::nullopt;
    QVector<QPair<qint64, qint64>> pairs; // (item, contact)
    QVector<qint64> states;
    qint64 maxItem = 0, maxContact = 0;
    while (q->next()) {
        const Cut &cut = cutOf(q->bytes(2));
        const qint64 item = q->integer(0);
        if (cut.owner && (q->isNull(4) || q->bytes(4) <= QByteArrayView(dayBytes))) {
            pairs.append({item, q->integer(1)});
            maxItem = std::max(maxItem, item);
            maxContact = std::max(maxContact, pairs.constLast().second);
        }
        if (cut.reviewed) {
            int state = 3;
            if (!q->isNull(3)) {
                const QByteArrayView at = q->bytes(3);
                state = at < QByteArrayView(cut.overdue) ? 2 : at < QByteArrayView(cut.soon) ? 1 : 0;
            }
            states.append(item * 4 + state);
        }
    }
    if (!reader.finished())
        return std::nullopt;
    sortPairs(&pairs, maxContact);
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    // Each (item, contact) once, whatever the contact's roles.

    // Ownership coverage: services with 0, 1, 2+ distinct owners (both lists in id order).
    {
        QVector<ChartEntry> entries(3);
        entries[0].key = QStringLiteral("0");
        entries[0].label = tr("no owner");
        entries[1].key = QStringLiteral("1");
        entries[1].label = tr("1 owner");
        entries[2].key = QStringLiteral("2+");
        entries[2].label = tr("2 or more owners");
        qsizetype at = 0;
        for (const Service &s : std::as_const(services)) {
            while (at < pairs.size() && pairs.at(at).first < s.id)
                ++at;
            int owners = 0;
            for (; at < pairs.size() && pairs.at(at).first == s.id; ++at)
                ++owners;
            entries[std::min(owners, 2)].itemIds.append(s.id);
        }
        data.ownershipCoverage.entries = entries;
    }

    // The contacts who own the most items (the organisation's escalation does not count).
    if (options.topContacts > 0) {
        QVector<QPair<qint64, qint64>> byContact; // (contact, item)
        byContact.reserve(pairs.size());
        for (const auto &pair : std::as_const(pairs)) {
            const auto node = nodes.constFind(pair.first);
            if (node == nodes.constEnd() || node->kind != 0)
                byContact.append({pair.second, pair.first});
        }
        sortPairs(&byContact, maxItem);
        struct Run
        {
            qint64 contact;
            qsizetype start;
            qsizetype count;
        };
        QVector<Run> runs;
        for (qsizetype i = 0; i < byContact.size();) {
            qsizetype j = i;
            while (j < byContact.size() && byContact.at(j).first == byContact.at(i).first)
                ++j;
            runs.append({byContact.at(i).first, i, j - i});
            i = j;
        }
        std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.count > b.count; });
        // Everyone tied with the last place is a candidate; names break the ties.
        qsizetype cut = std::min<qsizetype>(runs.size(), options.topContacts);
        if (cut > 0) {
            while (cut < runs.size() && runs.at(cut).count == runs.at(cut - 1).count)
                ++cut;
        }
        runs.resize(cut);
        QHash<qint64, QPair<QString, QString>> contactNames; // name, name_key
        for (qsizetype start = 0; start < runs.size(); start += 500) {
            QVariantList ids;
            for (qsizetype i = start; i < std::min<qsizetype>(runs.size(), start + 500); ++i)
                ids << runs.at(i).contact;
            q = reader.run(
                QStringLiteral("SELECT id, name, name_key FROM contact WHERE id IN (%1)").arg(placeholders(ids.size())),
                ids);
            if (!q)
                return std::nullopt;
            while (q->next())
                contactNames.insert(q->integer(0), {q->text(1), q->text(2)});
            if (!reader.finished())
                return std::nullopt;
        }
        std::sort(runs.begin(), runs.end(), [&contactNames](const Run &a, const Run &b) {
            if (a.count != b.count)
                return a.count > b.count;
            const QString ka = contactNames.value(a.contact).second;
            const QString kb = contactNames.value(b.contact).second;
            return ka != kb ? ka < kb : a.contact < b.contact;
        });
        runs.resize(std::min<qsizetype>(runs.size(), options.topContacts));
        for (const Run &run : std::as_const(runs)) {
            ChartEntry entry;
            entry.id = run.contact;
            entry.key = QString::number(run.contact);
            entry.label = contactNames.value(run.contact).first;
            entry.itemIds.reserve(run.count);
            for (qsizetype i = run.start; i < run.start + run.count; ++i)
                entry.itemIds.append(byContact.at(i).second); // ascending
            data.topOwners.entries.append(entry);
        }
    }

    // Providers in front of services: a link from the service or anything above it.
    if (!options.frontLinks.isEmpty() && options.topFronting > 0) {
        QVariantList kinds;
        for (LinkKind kind : options.frontLinks)
            kinds << keys::linkKind(kind);
        // By the from item, from the link table's own index (no hash of every item):
        // the services are walked in id order beside them.
        q = reader.run(QStringLiteral("SELECT from_item, to_item FROM item_link WHERE kind IN (%1) ORDER BY from_item")
                           .arg(placeholders(kinds.size())),
                       kinds);
        if (!q)
            return std::nullopt;
        QVector<QPair<qint64, qint64>> direct; // (item, provider in front of it), by item
        while (q->next())
            direct.append({q->integer(0), q->integer(1)});
        if (!reader.finished())
            return std::nullopt;
        const auto before = [](const QPair<qint64, qint64> &a, const QPair<qint64, qint64> &b) {
            return a.first < b.first;
        };
        if (!std::is_sorted(direct.cbegin(), direct.cend(), before)) // PostgreSQL: ordered too, but be sure
            std::stable_sort(direct.begin(), direct.end(), before);
        const auto directOf = [&direct](qint64 id, QVector<qint64> *out) {
            auto it = std::lower_bound(direct.cbegin(), direct.cend(), id,
                                       [](const QPair<qint64, qint64> &p, qint64 wanted) { return p.first < wanted; });
            for (; it != direct.cend() && it->first == id; ++it)
                out->append(it->second);
        };
        QHash<qint64, ChartEntry> behind;
        if (!direct.isEmpty()) {
            const auto merged = [](QVector<qint64> fronts, const QVector<qint64> &more) {
                for (qint64 f : more) {
                    if (!fronts.contains(f))
                        fronts.append(f);
                }
                return fronts;
            };
            // The organisation, then providers, then hosts: each inherits from its parent.
            QVector<qint64> own;
            for (int kind = 0; kind <= 2; ++kind) {
                for (auto it = nodes.begin(); it != nodes.end(); ++it) {
                    if (it->kind != kind)
                        continue;
                    own.clear();
                    directOf(it.key(), &own);
                    it->fronts = merged(nodes.value(it->parent).fronts, own);
                }
            }
            QHash<qint64, QVector<qint64>> frontsOfParent;
            auto next = direct.cbegin(); // services come in id order: a walk, not a search
            for (const Service &s : std::as_const(services)) {
                auto parent = frontsOfParent.constFind(s.parent);
                if (parent == frontsOfParent.constEnd())
                    parent = frontsOfParent.insert(s.parent, nodes.value(s.parent).fronts);
                while (next != direct.cend() && next->first < s.id)
                    ++next;
                own.clear();
                for (; next != direct.cend() && next->first == s.id; ++next)
                    own.append(next->second);
                const QVector<qint64> fronts = own.isEmpty() ? *parent : merged(*parent, own);
                for (qint64 f : fronts)
                    behind[f].itemIds.append(s.id); // ascending: services are read in id order
            }
        }
        QVector<ChartEntry> entries;
        for (auto it = behind.begin(); it != behind.end(); ++it) {
            it->id = it.key();
            it->key = QString::number(it.key());
            it->label = names.value(it.key());
            entries.append(*it);
        }
        sortByCount(&entries);
        entries.resize(std::min<qsizetype>(entries.size(), options.topFronting));
        data.frontingProviders.entries = entries;
    }

    // Ownership freshness: each item by the stalest of its reviewed assignments.
    {
        radixSort(&states);
        QVector<ChartEntry> entries(4);
        const char *stateKeys[] = {"fresh", "due-soon", "overdue", "never"};
        entries[0].label = tr("up to date");
        entries[1].label = tr("due soon"); // within kDueSoonDays
        entries[2].label = tr("overdue");
        entries[3].label = tr("never confirmed");
        for (int i = 0; i < 4; ++i)
            entries[i].key = QString::fromLatin1(stateKeys[i]);
        for (qsizetype i = 0; i < states.size(); ++i) {
            if (i + 1 < states.size() && states.at(i + 1) / 4 == states.at(i) / 4)
                continue;                                                                 // not the item's stalest
            entries[static_cast<int>(states.at(i) % 4)].itemIds.append(states.at(i) / 4); // ascending
        }
        data.ownershipFreshness.entries = entries;
    }

    // The tag keys in use: the distinct tags read through their index, keys taken here.
    q = reader.run(QStringLiteral("SELECT DISTINCT tag FROM item_tag"));
    if (!q)
        return std::nullopt;
    while (q->next()) {
        const QString tag = q->text(0);
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? tag : tag.left(equals);
        if (!data.tagKeys.contains(key))
            data.tagKeys.append(key);
    }
    if (!reader.finished())
        return std::nullopt;
    std::sort(data.tagKeys.begin(), data.tagKeys.end(), [](const QString &a, const QString &b) {
        const int folded = QString::compare(a, b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });

    // Services by a tag key's value: the bare key or "key=..." exactly (tags are
    // case-sensitive), compared by substr so that both backends agree.
    if (!options.tagKey.isEmpty()) {
        const QString key = options.tagKey;
        data.servicesByTag.title = tr("Services by %1").arg(key);
        const QString prefix = key + QLatin1Char('=');
        q = reader.run(QStringLiteral("SELECT t.item_id, t.tag FROM item_tag t JOIN item i ON i.id = t.item_id"
                                      " WHERE i.kind = 'service' AND (t.tag = ? OR substr(t.tag, 1, length(?)) = ?)"),
                       {key, prefix, prefix});
        if (!q)
            return std::nullopt;
        QHash<QString, ChartEntry> byValue;
        QSet<qint64> tagged;
        while (q->next()) {
            const qint64 id = q->integer(0);
            const QString tag = q->text(1);
            ChartEntry &entry = byValue[tag];
            if (entry.key.isEmpty()) {
                entry.key = tag;
                entry.label = tag == key ? tag : tag.mid(prefix.size());
            }
            entry.itemIds.append(id);
            tagged.insert(id);
        }
        if (!reader.finished())
            return std::nullopt;
        QVector<ChartEntry> entries;
        for (auto it = byValue.begin(); it != byValue.end(); ++it) {
            std::sort(it->itemIds.begin(), it->itemIds.end());
            entries.append(*it);
        }
        sortByCount(&entries);
        ChartEntry none;
        none.label = tr("(none)");
        for (const Service &s : std::as_const(services)) {
            if (!tagged.contains(s.id))
                none.itemIds.append(s.id); // ascending: services are read in id order
        }
        if (!none.itemIds.isEmpty())
            entries.append(none);
        data.servicesByTag.entries = entries;
    }

    // The counts, and for an "other" bar the distinct items of each tail; then the ids go
    // unless a click asked for them.
    // An item is in one entry of these (a sum will do), in several of the others.
    const QVector<ChartSeries *> disjoint{&data.servicesPerProvider, &data.hostsByStatus, &data.servicesByStatus,
                                          &data.ownershipCoverage, &data.ownershipFreshness};
    for (ChartSeries *series :
         disjoint + QVector<ChartSeries *>{&data.topOwners, &data.frontingProviders, &data.servicesByTag}) {
        QVector<ChartEntry> &entries = series->entries;
        series->distinctFrom = QVector<int>(entries.size() + 1, 0);
        QSet<qint64> seen;
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (disjoint.contains(series)) {
                series->distinctFrom[i] =
                    series->distinctFrom.at(i + 1) + static_cast<int>(entries.at(i).itemIds.size());
                continue;
            }
            for (qint64 id : std::as_const(entries.at(i).itemIds))
                seen.insert(id);
            series->distinctFrom[i] = static_cast<int>(seen.size());
        }
        for (ChartEntry &entry : entries) {
            entry.itemCount = static_cast<int>(entry.itemIds.size());
            if (!withIds)
                entry.itemIds = {};
        }
    }
    return data;
}

} // namespace steward
