#pragma once

#include "ContactResolver.h"
#include "Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/// What an item would be left with once a contact has gone, worst first.
enum class LeftWith
{
    Nobody,         ///< no one at all, not even an escalation contact
    EscalationOnly, ///< nobody but the escalation contacts
    EmptyTeam,      ///< nobody but teams that have no one left in them (and the escalation contacts)
    SingleOwner     ///< one person left to call besides the escalation contacts
};

/// One item a leaver would leave thinly covered.
struct DepartureItem
{
    qint64 itemId = 0;
    QString itemName;
    ItemKind kind = ItemKind::Service;
    LeftWith leftWith = LeftWith::EscalationOnly;
    /// How the leaver covers it: "owner", "owner through Platform team", in assignment order.
    QStringList coveredAs;
    /// What Who to Contact would then say first: its lines (without the leaver) up to the
    /// first level that lists someone who is someone (a team with no one left is not).
    /// The contacts are named, without their addresses.
    QVector<ResolvedContact> wouldSay;
    /// Teams among those lines that would have no one left in them.
    QSet<qint64> emptyTeams;
    /// Teams among those lines that would have one member left: that member's name.
    QHash<qint64, QString> lastMembers;
};

/// "What if this contact leaves?"
struct Departure
{
    Contact contact;
    QVector<TeamMember> teams; ///< the teams it is a member of
    /// Its own assignments (inactive ones too), by item then position, without their
    /// confirmations (Store::assignmentLines()).
    QVector<Assignment> assignments;
    QHash<qint64, QString> itemNames; ///< the names of the items of @ref assignments and @ref items
    int itemsCovered = 0;             ///< items it covers actively, itself or through its teams
    /// The items it would leave with nobody, the escalation contacts only, an empty team or
    /// a single person: worst first, then by name.
    QVector<DepartureItem> items;
};

/**
 * What happens to the items @p contactId covers if it leaves: every item it is actively
 * assigned to, itself or through a team it is a member of, whose who-to-contact answer
 * without it (ContactResolver with Overrides::withoutContact) would hold nobody, only
 * escalation contacts, only teams with no one left, or a single person. People are
 * counted once: a person, or each remaining member of a team (a team with no members
 * recorded counts as one; one whose only member was the leaver as no one), the
 * escalation contacts not at all. An item the leaver covers only as an escalation contact
 * is listed only when nobody at all would be left. Nothing is written; the answer is
 * read from a few queries however many items the contact covers. nullopt with @p error
 * when the contact does not exist or the inventory cannot be read.
 */
[[nodiscard]] std::optional<Departure> departure(Store &store, qint64 contactId, QString *error);

/// Words and keys for LeftWith: "escalation only" / "escalation-only", ...
struct DepartureText
{
    Q_DECLARE_TR_FUNCTIONS(DepartureText)
public:
    static QString label(LeftWith leftWith);
    static QString key(LeftWith leftWith);
    /// One line of Who to Contact as the departure answer shows it: "Alice (owner of PyPI)",
    /// "Platform team (owner of PyPI; no one left in it)", "Web team (owner of PyPI; only
    /// Bob left in it)" (@p lastMember).
    static QString line(const ResolvedContact &contact, bool emptyTeam, const QString &lastMember = QString());
    /// wouldSay as one text, lines joined by "; ", or "nobody".
    static QString wouldSay(const DepartureItem &item);
};

} // namespace steward
