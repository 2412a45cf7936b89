#pragma once

#include "Records.h"

#include <QString>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/// What assigning or unassigning a contact changed, as saved: enough to reverse it exactly.
struct OwnershipChange
{
    QVector<Assignment> added;   ///< the new assignments, with their ids and places
    QVector<Assignment> removed; ///< the assignments taken away, as they were (ids, places)
    int unchanged = 0;           ///< items left alone: already so
};

/// One contact, in one role and priority, for several items.
struct AssignRequest
{
    QVector<qint64> itemIds;
    qint64 contactId = 0;
    QString role; ///< trimmed by assignContact()
    Priority priority = Priority::Primary;
    QString note;
    // Initialised here, so that a request written without them (brace-initialised) has no limit.
    QDate validFrom{}; ///< cover: the first and last day it holds; invalid: no limit
    QDate validUntil{};
};

/// Whether a change that would change nothing is refused (a user's request: say so)
/// or accepted (a redo, where someone may have made the same change meanwhile).
enum class IfUnchanged
{
    Refuse,
    Accept
};

/**
 * Assigns the request's contact to its items in one write (one transaction, one batch
 * in the history named @p label). An item that already has the contact in that role is
 * left alone and counted in OwnershipChange::unchanged. Refused, changing nothing, when
 * the contact does not exist, the role is empty, or (with IfUnchanged::Refuse) every
 * item already has the contact in that role: "Alice is already owner of PyPI." for one
 * item, "... of every selected item." for several.
 *
 * The window's AssignCommand and the command line's `steward assign` both call this.
 */
[[nodiscard]] std::optional<OwnershipChange> assignContact(Store &store, const AssignRequest &request,
                                                           const QString &label, QString *error,
                                                           IfUnchanged ifUnchanged = IfUnchanged::Refuse);

/**
 * Removes @p contactId's assignments (of @p role, or of every role when it is empty)
 * from @p itemIds in one write named @p label. Refused, changing nothing, when the
 * contact does not exist or (with IfUnchanged::Refuse) none of the items has it:
 * "Alice is not assigned to PyPI." / "Alice is not owner of PyPI." for one item,
 * "Alice is not assigned to the selected items (as owner)." for several.
 */
[[nodiscard]] std::optional<OwnershipChange> unassignContact(Store &store, const QVector<qint64> &itemIds,
                                                             qint64 contactId, const QString &role,
                                                             const QString &label, QString *error,
                                                             IfUnchanged ifUnchanged = IfUnchanged::Refuse);

/**
 * Takes back what assignContact() or unassignContact() did, in one write named
 * @p label: the added assignments go, the removed ones come back with their role,
 * priority, note and place. The ids of those put back are updated in @p change, so
 * that the change can be applied and reversed again.
 */
[[nodiscard]] bool reverseOwnershipChange(Store &store, OwnershipChange *change, const QString &label, QString *error);

} // namespace steward
