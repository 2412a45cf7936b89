#pragma once

#include "Records.h"
#include "RevertSteps.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace steward {

class Store;
struct BatchRevertBasis;

/// One change of a batch, and what reverting the batch does with its record.
struct BatchRevertEntry
{
    enum class Outcome
    {
        Revert,   ///< put back as it was before the batch
        Conflict, ///< the record changed since the batch (or is gone): skipped or the revert cancelled
        Blocked,  ///< it depends on a record that changed since (or is needed by one): skipped with it
        Cannot    ///< the history does not hold what it would take to put it back
    };
    HistoryEntry change;
    Outcome outcome = Outcome::Revert;
    /// What reverting it does ("Delete service "x"", "Put back name, status of "x""); for
    /// a record with several changes in the batch, each of them says the same.
    QString action;
    /// Conflict, Blocked, Cannot: why. Revert: what it does not put back exactly (its
    /// place in a list the history does not record), or empty.
    QString reason;
    /// Conflict: the record's changes since the batch, oldest first (when, who, what).
    QVector<HistoryEntry> since;
};

/**
 * What reverting a whole history batch (an import, a bulk assignment, any one user
 * action) would do, read from the inventory as it is now: for each of the batch's
 * changes, its record put back as it was before the batch, or why not.
 *
 * A record created by the batch is deleted (an item only when nothing was put under it,
 * assigned to it or linked to it since; a contact only when it is not assigned, a member
 * or a team of anything since); one changed gets its changed fields back (assignments'
 * cover dates and confirmation too); one deleted is made again with its id and recorded
 * fields. A record with a later change in the history (or gone since) is a conflict,
 * listed with those changes; what depends on a conflict is blocked with it.
 *
 * What the history cannot put back is said per entry (Outcome::Cannot, or a reason on a
 * Revert): a team membership removed with no recorded role; the assignments, links and
 * memberships that a deleted item or contact took with it unrecorded; the place in its
 * list of an assignment or membership made again (it goes last).
 */
struct BatchRevertPlan
{
    qint64 batchId = 0;
    QString batchLabel; ///< the batch's label ("Import services.csv")
    QString batchAt;    ///< when (UTC, ISO 8601)
    QString batchActor; ///< who
    QString label;      ///< "Revert: <batch label>": the revert's own batch and undo step
    /// How far the history had come when planned: applying refuses if it moved on.
    qint64 lastChange = 0;
    qint64 changeCount = 0;
    QVector<BatchRevertEntry> entries; ///< in the batch's order
    /// What the plan was worked out from (the batch's records, the inventory as read):
    /// applyBatchRevert() writes from it while the history has not moved on.
    std::shared_ptr<const BatchRevertBasis> basis;

    int count(BatchRevertEntry::Outcome outcome) const;
    /// Conflicts and the entries blocked by them: what "skip changed records" leaves alone.
    int changedCount() const;
    /// Whether anything would be reverted (with the changed records skipped).
    bool hasWork() const { return count(BatchRevertEntry::Outcome::Revert) > 0; }
};

/**
 * Reads what reverting history batch @p batchId would do. Nothing is written. Fails
 * (nullopt with @p error) when there is no such batch or the inventory cannot be read.
 */
[[nodiscard]] std::optional<BatchRevertPlan> planBatchRevert(Store &store, qint64 batchId, QString *error);

/// Whether applying a plan with conflicts skips the changed records or is refused.
enum class OnConflict
{
    Refuse,
    Skip
};

/**
 * Reverts the batch @p plan describes, in one write (one history batch labelled
 * plan.label): every entry whose outcome is Revert. Refused, writing nothing, when the
 * history has moved on since the plan was made (plan again), when there are conflicts
 * and @p onConflict is Refuse, or when nothing is left to revert. Returns the steps
 * that take the revert back exactly (for an undo command: applyRevertSteps()).
 */
[[nodiscard]] std::optional<RevertSteps> applyBatchRevert(Store &store, const BatchRevertPlan &plan,
                                                          OnConflict onConflict, QString *error);

/// The outcome's name for lists and the command line ("revert", "conflict", ...).
QString outcomeName(BatchRevertEntry::Outcome outcome);

} // namespace steward
