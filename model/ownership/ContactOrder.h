#pragma once

#include "Records.h"

#include <QHash>

#include <climits>

namespace steward {

/**
 * The order in which contacts of one level are listed (Who to Contact, the resolver's
 * every path, the services report's columns): by priority (primary, secondary,
 * tertiary); then by role: the built-in roles in keys::roleRank()'s order (owner,
 * maintainer, contact, escalation, sponsor), then the user's own roles by name; then
 * by the contact's name, as the default locale sorts it and ignoring case (the C
 * locale: case-folded, by code point); then in the order they were assigned. Not in
 * the order they were entered.
 */
class ContactOrder final
{
public:
    /// Ranks the contacts of @p names (id -> name) by name; replaces what was set.
    void setNames(const QHash<qint64, QString> &names);
    void setContacts(const QHash<qint64, Contact> &contacts);
    /// The place of @p contactId's name among those set (names that sort as equal share
    /// it); a contact not set comes after all of them.
    int nameRank(qint64 contactId) const
    {
        const auto it = m_rank.constFind(contactId);
        return it == m_rank.constEnd() ? INT_MAX : *it;
    }
    /// Whether @p a is listed before @p b within one level (see above).
    bool before(const Assignment &a, const Assignment &b) const
    {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.role != b.role) {
            const int byRole = keys::compareRoles(a.role, b.role);
            if (byRole != 0)
                return byRole < 0;
        }
        if (a.contactId != b.contactId) {
            const int ra = nameRank(a.contactId), rb = nameRank(b.contactId);
            if (ra != rb)
                return ra < rb;
        }
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    }

private:
    QHash<qint64, int> m_rank;
};

} // namespace steward
