#include "ContactDeletionImpact.h"

#include "Departure.h"

#include <QCoreApplication>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactDeletionImpact)
};

} // namespace

std::optional<ContactDeletionImpact> contactDeletionImpact(Store &store, qint64 contactId, QString *error)
{
    // A deleted contact is one that has left, and out of its teams too: the same answer.
    const auto gone = departure(store, contactId, error);
    if (!gone)
        return std::nullopt;
    ContactDeletionImpact impact;
    for (const Assignment &a : gone->assignments) {
        impact.assignments << Tr::tr("%1 of %2")
                                  .arg(keys::roleLabel(a.role),
                                       gone->itemNames.value(a.itemId, QString::number(a.itemId)));
    }
    for (const DepartureItem &item : gone->items) {
        if (item.leftWith != LeftWith::SingleOwner)
            impact.orphaned << item.itemName;
    }
    return impact;
}

} // namespace steward
