#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

class ContactResolver;
class Store;

/// What deleting a contact takes with it.
struct ContactDeletionImpact
{
    QStringList assignments; ///< "owner of PyPI", one per assignment, in item order
    QStringList orphaned;    ///< names of the items left with nobody but the escalation contacts
};

/**
 * What deleting @p contactId would take with it: its assignments, and the items whose
 * who-to-contact list would then hold nobody but the escalation contacts (an inactive
 * assignment is never counted; an item the resolver cannot answer for is left out).
 * Nothing is written. nullopt with @p error when the contact's assignments cannot be read.
 */
[[nodiscard]] std::optional<ContactDeletionImpact> contactDeletionImpact(Store &store, ContactResolver &resolver,
                                                                         qint64 contactId, QString *error);

} // namespace steward
