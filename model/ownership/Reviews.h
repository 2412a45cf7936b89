#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace steward {

class Store;

namespace ownership {

/// The review interval of a role the inventory does not declare (role_def has no row).
constexpr int kDefaultReviewDays = 180;
/// How far ahead "due soon" looks (the dashboard's freshness chart).
constexpr int kDueSoonDays = 30;

} // namespace ownership

/**
 * How often each role's assignments are to be confirmed: the inventory's role_def rows
 * (Store::roleDefs()), ownership::kDefaultReviewDays for a role without one.
 */
class ReviewIntervals final
{
public:
    /// No declarations: every role has the default.
    ReviewIntervals() = default;
    explicit ReviewIntervals(const QVector<RoleDef> &defs);
    /// The inventory's intervals; nullopt with @p error on a database error.
    [[nodiscard]] static std::optional<ReviewIntervals> load(Store &store, QString *error);

    /// Days between reviews of @p role's assignments; none: never reviewed.
    std::optional<int> daysFor(const QString &role) const;
    /// The roles declared, with their intervals (roles not in it have the default).
    const QHash<QString, std::optional<int>> &declared() const { return m_days; }

private:
    QHash<QString, std::optional<int>> m_days;
};

/// Where an assignment stands in its reviews.
enum class ReviewState
{
    NotReviewed,    ///< inactive, or its role is never reviewed: never due
    Fresh,          ///< confirmed within its interval, not due within kDueSoonDays
    DueSoon,        ///< confirmed within its interval, due within kDueSoonDays
    Overdue,        ///< confirmed, but longer ago than its interval
    NeverConfirmed, ///< never confirmed (made before Steward kept it): overdue too
};

/// "overdue", "never confirmed", ...: as the command line and CSV write it.
QString reviewStateKey(ReviewState state);

/// When @p assignment is next due: its confirmation plus @p interval days. Invalid when it
/// was never confirmed (due since always) or has no interval (never due).
QDateTime dueAt(const Assignment &assignment, std::optional<int> interval);
/// Whether @p assignment is overdue at @p now: active, its role reviewed, and never confirmed
/// or confirmed more than @p interval days before @p now (exactly @p interval days is not).
bool isOverdue(const Assignment &assignment, std::optional<int> interval, const QDateTime &now);
/// isOverdue(), with the states in between.
ReviewState reviewState(const Assignment &assignment, std::optional<int> interval, const QDateTime &now);

/// One assignment in the reviews: what it is, what its names are, and where it stands.
struct ReviewEntry
{
    ReviewRow row; ///< the assignment (id, item, contact, role, priority, confirmation) and names
    std::optional<int> interval;
    QDateTime dueAt; ///< see dueAt(); invalid: never confirmed, or never due
    ReviewState state = ReviewState::NotReviewed;
};

/**
 * The reviews: which assignments are due for a confirmation. Reads through one scan
 * (Store::forEachReviewRow()) with each role's cut-off (now minus its interval) bound, so that
 * "what is due" at 200k assignments is one query that reads only the due ones.
 */
class Reviews final
{
    Q_DECLARE_TR_FUNCTIONS(Reviews)
public:
    /// The assignments that are not inactive, oldest first: never confirmed first, then by
    /// when they fell (or fall) due, those never reviewed last (by confirmation); then by
    /// item name, contact name, role. With @p dueOnly, only the overdue ones.
    [[nodiscard]] static std::optional<QVector<ReviewEntry>> list(Store &store, bool dueOnly, QString *error);
    /// list() with the intervals and time given (tests, the gaps report with its own clock).
    [[nodiscard]] static std::optional<QVector<ReviewEntry>> list(Store &store, const ReviewIntervals &intervals,
                                                                  const QDateTime &now, bool dueOnly, QString *error);

    /// "Alice (owner) last confirmed 2025-09-01 by bob; due every 180 days": the gaps report's words.
    static QString describe(const ReviewEntry &entry);
    /// "every 180 days", "every day", "never": a review interval in words.
    static QString intervalText(std::optional<int> days);
    /// "confirmed 14 months ago", "confirmed today", "never confirmed": how long ago, in words.
    static QString confirmedAgo(const QDateTime &confirmedAt, const QDateTime &now);
};

} // namespace steward
