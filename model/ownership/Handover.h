#pragma once

#include "Records.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/**
 * Handing over one contact's assignments to another: what it would do (the plan, made
 * by planHandover() and shown before it is applied), and once applied, the exact record
 * undo puts back and redo applies again.
 */
struct Handover
{
    Contact from;
    Contact to;
    QStringList roles;       ///< only these roles (empty: every role)
    QVector<qint64> itemIds; ///< only these items (empty: every item)
    /// Every role of every item: then @ref from is also taken out of its teams.
    bool everything = false;
    /// @ref from's assignments that become @ref to's (same role, priority, note, cover and
    /// place), as they are now: their contacts and versions are checked when applied.
    QVector<Assignment> moves;
    /// @ref from's assignments that go instead, because @ref to has the item in that role
    /// already; as they are now.
    QVector<Assignment> merges;
    /// The teams @ref from is taken out of (only when handing over everything), with the
    /// role, note and place it had in each.
    QVector<TeamMember> teams;
    /// The teams @ref from stays in because not everything is handed over.
    int teamsKept = 0;
    /// Merges where @ref to has the item in that role only as inactive and @ref from not:
    /// the item is left with @ref to's inactive assignment there (the plan says so).
    int mergedIntoInactive = 0;
    /// The names of the items of moves and merges, and of the teams, for the plan's words.
    QHash<qint64, QString> itemNames;
    QHash<qint64, QString> teamNames;
    /// Set by the first applyHandover(): the confirmation the moved assignments got (now, by
    /// the actor); a redo gives them the same.
    QDateTime confirmedAt;
    QString confirmedBy;
    /// True once applied (and not reverted since).
    bool applied = false;

    bool isEmpty() const { return moves.isEmpty() && merges.isEmpty() && teams.isEmpty(); }
};

/**
 * What handing over @p fromId's assignments to @p toId would do: of the roles @p roles
 * (trimmed; empty: every role) on the items @p itemIds (empty: every item). Nothing is
 * written. nullopt with @p error when a contact does not exist, @p fromId is @p toId, or
 * there is nothing to hand over ("Alice has no assignment as sponsor.").
 */
[[nodiscard]] std::optional<Handover> planHandover(Store &store, qint64 fromId, qint64 toId, const QStringList &roles,
                                                   const QVector<qint64> &itemIds, QString *error);

/**
 * Applies @p handover in one write (one transaction, one history batch named @p label):
 * each move becomes @p handover->to's, confirmed now by the actor (or, applied again, as
 * the first time); each merge is removed; @p handover->from leaves each team of teams.
 * A history row per assignment changed, a few statements per few hundred assignments.
 * Refused, changing nothing, when anything of the plan changed since it was made (an
 * assignment edited, added or removed, a membership gone, the other contact given or
 * taken an item in that role): make the plan again. On success @p handover is the
 * exact record revertHandover() needs.
 */
[[nodiscard]] bool applyHandover(Store &store, Handover *handover, const QString &label, QString *error);

/**
 * Takes back an applied @p handover in one write named @p label: the moved assignments
 * are @p handover->from's again with their ids, places and confirmations, the merged
 * ones come back with theirs, and the memberships with their role, note and place.
 * Refused, changing nothing, when any of it changed since. Afterwards applyHandover()
 * with the same @p handover does exactly the same again (redo).
 */
[[nodiscard]] bool revertHandover(Store &store, Handover *handover, const QString &label, QString *error);

/// planHandover() and applyHandover() at once: the record of what was done.
[[nodiscard]] std::optional<Handover> handover(Store &store, qint64 fromId, qint64 toId, const QStringList &roles,
                                               const QVector<qint64> &itemIds, const QString &label, QString *error);

} // namespace steward
