#include "ContactResolver.h"

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace steward {
namespace {

} // namespace

ContactResolver::ContactResolver(Store &store)
    : m_store(store)
{
}

bool ContactResolver::resolve(qint64 itemId, QVector<ResolvedContact> *result, QString *error,
                              const Overrides *overrides)
{
    result->clear();
    const QVector<qint64> chain = m_store.ancestry(itemId, error);
    if (chain.isEmpty())
        return false;

    QHash<qint64, Item> items;
    for (qint64 id : chain) {
        auto item = m_store.item(id, error);
        if (!item)
            return false;
        items.insert(id, *item);
    }
    QString queryError;
    QVector<Assignment> assignments = m_store.assignmentsFor(chain, &queryError);
    if (!queryError.isEmpty()) {
        if (error)
            *error = queryError;
        return false;
    }
    if (overrides && overrides->itemId > 0 && chain.contains(overrides->itemId)) {
        assignments.erase(std::remove_if(assignments.begin(), assignments.end(),
                                         [overrides](const Assignment &a) { return a.itemId == overrides->itemId; }),
                          assignments.end());
        for (int i = 0; i < overrides->assignments.size(); ++i) {
            Assignment a = overrides->assignments.at(i);
            a.itemId = overrides->itemId;
            a.position = i;
            assignments.append(a);
        }
    }
    const qint64 without = overrides ? overrides->withoutContact : 0;
    assignments.erase(std::remove_if(assignments.begin(), assignments.end(),
                                     [without](const Assignment &a) {
                                         return a.priority == Priority::Inactive || (without && a.contactId == without);
                                     }),
                      assignments.end());

    const auto depthOf = [&chain](qint64 id) { return static_cast<int>(chain.indexOf(id)); };
    std::stable_sort(assignments.begin(), assignments.end(), [&](const Assignment &a, const Assignment &b) {
        const int da = depthOf(a.itemId), db = depthOf(b.itemId);
        if (da != db)
            return da < db;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        const int ra = keys::roleRank(a.role), rb = keys::roleRank(b.role);
        if (ra != rb)
            return ra < rb;
        return a.position < b.position;
    });

    QVector<qint64> contactIds;
    for (const Assignment &a : assignments)
        contactIds.append(a.contactId);
    QHash<qint64, Contact> contacts = m_store.contactsById(contactIds, &queryError);
    if (!queryError.isEmpty()) {
        if (error)
            *error = queryError;
        return false;
    }
    if (overrides) {
        for (auto it = overrides->newContacts.cbegin(); it != overrides->newContacts.cend(); ++it)
            contacts.insert(it.key(), it.value());
    }
    // Team names for "escalation: infrastructure team".
    QVector<qint64> teamIds;
    for (const Contact &c : contacts) {
        if (c.teamId > 0)
            teamIds.append(c.teamId);
    }
    const QHash<qint64, Contact> teams = m_store.contactsById(teamIds, nullptr);

    QSet<qint64> seen;
    for (const Assignment &a : assignments) {
        if (seen.contains(a.contactId) || !contacts.contains(a.contactId))
            continue;
        seen.insert(a.contactId);
        const Item &source = items[a.itemId];
        ResolvedContact line;
        line.contact = contacts.value(a.contactId);
        line.role = a.role;
        line.priority = a.priority;
        line.note = a.note;
        line.sourceItemId = source.id;
        line.sourceItemName = source.name;
        line.sourceKind = source.kind;
        line.depth = depthOf(a.itemId);
        const QString role = keys::roleLabel(a.role);
        if (a.role == QLatin1String("escalation")) {
            const QString via = line.contact.teamId > 0 && teams.contains(line.contact.teamId)
                                    ? teams.value(line.contact.teamId).name
                                    : source.name;
            line.reason = tr("escalation: %1").arg(via);
        } else if (line.depth == 0) {
            line.reason = tr("%1 of %2").arg(role, source.name);
        } else {
            line.reason = tr("inherited from %1 (%2)").arg(source.name, role);
        }
        result->append(line);
    }
    return true;
}

} // namespace steward
