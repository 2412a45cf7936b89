#include "Reviews.h"

#include "Store.h"

#include <algorithm>

namespace steward {

ReviewIntervals::ReviewIntervals(const QVector<RoleDef> &defs)
{
    for (const RoleDef &def : defs) {
        if (def.declared)
            m_days.insert(def.role, def.reviewDays);
    }
}

std::optional<ReviewIntervals> ReviewIntervals::load(Store &store, QString *error)
{
    const auto defs = store.roleDefs(error);
    if (!defs)
        return std::nullopt;
    return ReviewIntervals(*defs);
}

std::optional<int> ReviewIntervals::daysFor(const QString &role) const
{
    const auto it = m_days.constFind(role);
    return it == m_days.constEnd() ? std::optional<int>(ownership::kDefaultReviewDays) : *it;
}

QString reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::NotReviewed: return QStringLiteral("not reviewed");
    case ReviewState::Fresh: return QStringLiteral("confirmed");
    case ReviewState::DueSoon: return QStringLiteral("due soon");
    case ReviewState::Overdue: return QStringLiteral("overdue");
    case ReviewState::NeverConfirmed: return QStringLiteral("never confirmed");
    }
    return QString();
}

QDateTime dueAt(const Assignment &assignment, std::optional<int> interval)
{
    if (!interval || !assignment.confirmedAt.isValid())
        return {};
    return assignment.confirmedAt.addDays(*interval);
}

bool isOverdue(const Assignment &assignment, std::optional<int> interval, const QDateTime &now)
{
    if (assignment.priority == Priority::Inactive || !interval)
        return false;
    return !assignment.confirmedAt.isValid() || dueAt(assignment, interval) < now;
}

ReviewState reviewState(const Assignment &assignment, std::optional<int> interval, const QDateTime &now)
{
    if (assignment.priority == Priority::Inactive || !interval)
        return ReviewState::NotReviewed;
    if (!assignment.confirmedAt.isValid())
        return ReviewState::NeverConfirmed;
    const QDateTime due = dueAt(assignment, interval);
    if (due < now)
        return ReviewState::Overdue;
    return due < now.addDays(ownership::kDueSoonDays) ? ReviewState::DueSoon : ReviewState::Fresh;
}

std::optional<QVector<ReviewEntry>> Reviews::list(Store &store, bool dueOnly, QString *error)
{
    const auto intervals = ReviewIntervals::load(store, error);
    if (!intervals)
        return std::nullopt;
    return list(store, *intervals, store.now(), dueOnly, error);
}

std::optional<QVector<ReviewEntry>> Reviews::list(Store &store, const ReviewIntervals &intervals, const QDateTime &now,
                                                  bool dueOnly, QString *error)
{
    // Overdue: confirmed at + days < now, that is confirmed at < now - days (UTC: a day is
    // always 86,400 s), the cut-off the query compares with.
    QHash<QString, QDateTime> cutoffs;
    const auto &declared = intervals.declared();
    for (auto it = declared.constBegin(); it != declared.constEnd(); ++it)
        cutoffs.insert(it.key(), it.value() ? now.addDays(-*it.value()) : QDateTime());
    QVector<ReviewEntry> entries;
    const bool read = store.forEachReviewRow(
        cutoffs, now.addDays(-ownership::kDefaultReviewDays), dueOnly, now.toLocalTime().date(),
        [&](ReviewRow &row) {
            ReviewEntry entry;
            entry.interval = intervals.daysFor(row.assignment.role);
            entry.dueAt = dueAt(row.assignment, entry.interval);
            entry.state = reviewState(row.assignment, entry.interval, now);
            // The query's rule and this one are the same; this one has the last word.
            if (dueOnly && !isOverdue(row.assignment, entry.interval, now))
                return;
            entry.row = std::move(row);
            entries.append(std::move(entry));
        },
        error);
    if (!read)
        return std::nullopt;
    // Oldest first; ties by name (case-folded), then role and id, so that the same
    // inventory always lists the same way.
    struct Key
    {
        int group; ///< 0 never confirmed, 1 due some time, 2 never reviewed
        qint64 at; ///< when due (or confirmed, for those never reviewed)
        QString item;
        QString contact;
        qsizetype index;
    };
    QVector<Key> keys;
    keys.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ReviewEntry &e = entries.at(i);
        const Assignment &a = e.row.assignment;
        const int group = e.state == ReviewState::NotReviewed ? 2 : !a.confirmedAt.isValid() ? 0 : 1;
        const QDateTime at = group == 1 ? e.dueAt : a.confirmedAt;
        keys.append({group, at.isValid() ? at.toMSecsSinceEpoch() : 0, e.row.itemName.toCaseFolded(),
                     e.row.contactName.toCaseFolded(), i});
    }
    std::sort(keys.begin(), keys.end(), [&entries](const Key &a, const Key &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.at != b.at)
            return a.at < b.at;
        if (a.item != b.item)
            return a.item < b.item;
        if (a.contact != b.contact)
            return a.contact < b.contact;
        const Assignment &x = entries.at(a.index).row.assignment, &y = entries.at(b.index).row.assignment;
        return x.role != y.role ? x.role < y.role : x.id < y.id;
    });
    QVector<ReviewEntry> sorted;
    sorted.reserve(entries.size());
    for (const Key &k : std::as_const(keys))
        sorted.append(std::move(entries[k.index]));
    return sorted;
}

QString Reviews::intervalText(std::optional<int> days)
{
    if (!days)
        return tr("never");
    return *days == 1 ? tr("every day") : tr("every %1 days").arg(*days);
}

QString Reviews::describe(const ReviewEntry &entry)
{
    const Assignment &a = entry.row.assignment;
    const QString who = tr("%1 (%2)").arg(entry.row.contactName, keys::roleLabel(a.role));
    const QString every = entry.interval ? tr("due %1").arg(intervalText(entry.interval)) : tr("never due");
    if (!a.confirmedAt.isValid())
        return tr("%1 never confirmed; %2").arg(who, every);
    const QString date = a.confirmedAt.toUTC().date().toString(Qt::ISODate);
    return a.confirmedBy.isEmpty() ? tr("%1 last confirmed %2; %3").arg(who, date, every)
                                   : tr("%1 last confirmed %2 by %3; %4").arg(who, date, a.confirmedBy, every);
}

QString Reviews::confirmedAgo(const QDateTime &confirmedAt, const QDateTime &now)
{
    if (!confirmedAt.isValid())
        return tr("never confirmed");
    const qint64 days = confirmedAt.daysTo(now);
    if (days <= 0)
        return tr("confirmed today");
    if (days == 1)
        return tr("confirmed yesterday");
    // Each unit from 2 on: always a plural.
    if (days < 14)
        return tr("confirmed %1 days ago").arg(days);
    if (days < 61)
        return tr("confirmed %1 weeks ago").arg(days / 7);
    if (days < 730)
        return tr("confirmed %1 months ago").arg(days * 12 / 365);
    return tr("confirmed %1 years ago").arg(days / 365);
}

} // namespace steward
