#pragma once

#include "Records.h"

#include <QString>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/// What confirming assignments changed: each as it was and as it was saved.
struct ConfirmChange
{
    QVector<Assignment> before; ///< as they were: the confirmations undo puts back
    QVector<Assignment> after;  ///< as saved: the one stamp (now, by the actor) and their versions
};

/**
 * Confirms the assignments @p ids ("this is still true"): each gets the same stamp (one
 * Store::now(), by Store::actor()) in one write: one transaction, one history batch named
 * @p label, one "Confirmed X as ROLE of ITEM" entry per assignment. An id repeated counts
 * once. Refused, changing nothing, when @p ids is empty or one of them is gone.
 *
 * The window's ConfirmCommand and the command line's `steward confirm` both call this.
 */
[[nodiscard]] std::optional<ConfirmChange> confirmAssignments(Store &store, const QVector<qint64> &ids,
                                                              const QString &label, QString *error);

/**
 * Writes the confirmations of @p confirmations (by position) over @p current in one write
 * named @p label (Store::Confirmation::AsGiven): undo gives ConfirmChange::before, redo
 * ConfirmChange::after. @p current is what is stored (its versions); it is updated to
 * what was saved. Refused when one of them was changed or removed by someone else since.
 */
[[nodiscard]] bool putBackConfirmations(Store &store, QVector<Assignment> *current,
                                        const QVector<Assignment> &confirmations, const QString &label, QString *error);

/// The ids of the assignments of @p itemIds (each item once), in item order then position:
/// only @p contactId's when it is not 0, only of @p role when it is not empty.
[[nodiscard]] std::optional<QVector<qint64>> assignmentsOfItemsToConfirm(Store &store, const QVector<qint64> &itemIds,
                                                                         qint64 contactId, const QString &role,
                                                                         QString *error);
/// The ids of every assignment of @p contactId (only of @p role when it is not empty).
[[nodiscard]] std::optional<QVector<qint64>> assignmentsOfContactToConfirm(Store &store, qint64 contactId,
                                                                           const QString &role, QString *error);

} // namespace steward
