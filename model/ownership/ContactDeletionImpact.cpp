#include "ContactDeletionImpact.h"

#include "ContactResolver.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactDeletionImpact)
};

} // namespace

std::optional<ContactDeletionImpact> contactDeletionImpact(Store &store, ContactResolver &resolver, qint64 contactId,
                                                           QString *error)
{
    const auto assignments = store.assignmentsOfContact(contactId, error);
    if (!assignments)
        return std::nullopt;
    ContactDeletionImpact impact;
    ContactResolver::Overrides without;
    without.withoutContact = contactId;
    QSet<qint64> checked;
    for (const Assignment &a : *assignments) {
        QString unread; // an item that cannot be read is named by its id, as documented
        const auto item = store.item(a.itemId, &unread);
        const QString name = item ? item->name : QString::number(a.itemId);
        impact.assignments << Tr::tr("%1 of %2").arg(keys::roleLabel(a.role), name);
        // One not listed today (inactive, or out of its cover) leaves the answer as it is.
        if (checked.contains(a.itemId) || !a.listedOn(resolver.today()))
            continue;
        checked.insert(a.itemId);
        // Who would be left: nobody, or only the escalation contacts.
        // An item the resolver cannot answer for is left out, as documented.
        const auto left = resolver.resolve(a.itemId, &unread, &without);
        if (!left)
            continue;
        const bool nobody = std::all_of(left->begin(), left->end(),
                                        [](const ResolvedContact &r) { return r.role == QLatin1String("escalation"); });
        if (nobody)
            impact.orphaned << name;
    }
    return impact;
}

} // namespace steward
