#pragma once

#include "Records.h"

#include <QString>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/**
 * A recorded change turned into the edit that puts back what it replaced: an item's
 * or a contact's values as they were, or an item's contacts as they were. Applying it
 * is the caller's (an undo command: EditItemCommand, EditContactCommand,
 * OwnershipCommand), so that the revert is itself undoable.
 */
struct RevertPlan
{
    enum class Kind
    {
        Item,
        Contact,
        Ownership
    };
    Kind kind = Kind::Item;
    QString label; ///< "Revert: <the entry's summary>"

    // Kind::Item: the item as it is now, and with the entry's "before" values put back.
    Item itemNow;
    Item itemReverted;

    // Kind::Contact: likewise for a contact; its team members stay as they are.
    Contact contactNow;
    Contact contactReverted;
    QVector<TeamMember> teamMembers;

    // Kind::Ownership: the item's assignments now, and as they would be reverted.
    qint64 itemId = 0;
    QVector<Assignment> assignmentsNow;
    QVector<Assignment> assignmentsReverted;
};

/// Kinds of change a history entry can be reverted from: an item's or a contact's
/// edit, and an assignment's creation, edit or removal.
bool isRevertible(const HistoryEntry &entry);

/**
 * What reverting @p entry would change, read from the store as it is now. Refused
 * (nullopt with @p error) when the kind cannot be reverted, when a later change to the
 * same record depends on this one, when the record is gone, or when an assignment's
 * contact no longer exists. Nothing is written.
 */
[[nodiscard]] std::optional<RevertPlan> planRevert(Store &store, const HistoryEntry &entry, QString *error);

} // namespace steward
