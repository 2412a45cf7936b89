#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

class Store;

/// What deleting a contact takes with it.
struct ContactDeletionImpact
{
    QStringList assignments; ///< "owner of PyPI", one per assignment, in item order
    QStringList orphaned;    ///< names of the items left with nobody but the escalation contacts, worst first
};

/**
 * What deleting @p contactId would take with it: its assignments, and the items whose
 * who-to-contact list would then hold nobody but the escalation contacts or teams with no
 * one left in them: departure()'s answer (an inactive assignment is never counted; an item
 * the resolver cannot answer for is left out; an item it is only an escalation contact of
 * is named only when nobody at all would be left). Nothing is written. nullopt with
 * @p error when the contact does not exist or its assignments cannot be read.
 */
[[nodiscard]] std::optional<ContactDeletionImpact> contactDeletionImpact(Store &store, qint64 contactId,
                                                                         QString *error);

} // namespace steward
