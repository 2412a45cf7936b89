#include "ContactResolver.h"

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace steward {
namespace {

/// Within one level: priority, then role, then the order they were assigned.
bool sameLevelBefore(const Assignment &a, const Assignment &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    const int ra = keys::roleRank(a.role), rb = keys::roleRank(b.role);
    if (ra != rb)
        return ra < rb;
    return a.position < b.position;
}

} // namespace

ContactResolver::ContactResolver(Store &store)
    : m_store(store)
{}

void ContactResolver::order(const QVector<qint64> &chain, QVector<Assignment> *assignments)
{
    assignments->erase(std::remove_if(assignments->begin(), assignments->end(),
                                      [](const Assignment &a) { return a.priority == Priority::Inactive; }),
                       assignments->end());
    const auto depthOf = [&chain](qint64 id) { return static_cast<int>(chain.indexOf(id)); };
    std::stable_sort(assignments->begin(), assignments->end(), [&](const Assignment &a, const Assignment &b) {
        const int da = depthOf(a.itemId), db = depthOf(b.itemId);
        if (da != db)
            return da < db;
        return sameLevelBefore(a, b);
    });
    // A contact reachable at several levels is listed once, at the nearest.
    QSet<qint64> seen;
    assignments->erase(std::remove_if(assignments->begin(), assignments->end(),
                                      [&seen](const Assignment &a) {
                                          if (seen.contains(a.contactId))
                                              return true;
                                          seen.insert(a.contactId);
                                          return false;
                                      }),
                       assignments->end());
}

std::optional<QVector<ResolvedContact>>
ContactResolver::describe(const QVector<qint64> &chain, const QHash<qint64, Node> &nodes,
                          const QVector<Assignment> &ordered, const QHash<qint64, Contact> &contacts, QString *error)
{
    QVector<ResolvedContact> result;
    // Team names for "escalation: infrastructure team".
    QHash<qint64, Contact> teams;
    if (m_loaded) {
        teams = m_contacts;
    } else {
        QVector<qint64> teamIds;
        for (const Contact &c : contacts) {
            if (c.teamId > 0)
                teamIds.append(c.teamId);
        }
        auto found = m_store.contactsById(teamIds, error);
        if (!found)
            return std::nullopt;
        teams = std::move(*found);
    }
    for (const Assignment &a : ordered) {
        const auto contact = contacts.constFind(a.contactId);
        if (contact == contacts.constEnd())
            continue;
        const Node source = nodes.value(a.itemId);
        ResolvedContact line;
        line.contact = *contact;
        line.role = a.role;
        line.priority = a.priority;
        line.note = a.note;
        line.sourceItemId = a.itemId;
        line.sourceItemName = source.name;
        line.sourceKind = source.kind;
        line.depth = static_cast<int>(chain.indexOf(a.itemId));
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
        result.append(line);
    }
    return result;
}

std::optional<QVector<ResolvedContact>> ContactResolver::resolve(qint64 itemId, QString *error,
                                                                 const Overrides *overrides)
{
    if (m_loaded && !overrides) {
        if (!m_nodes.contains(itemId)) {
            if (error)
                *error = tr("Item %1 does not exist.").arg(itemId);
            return std::nullopt;
        }
        QVector<qint64> chain;
        for (qint64 id = itemId; id > 0 && chain.size() < 16; id = m_nodes.value(id).parentId)
            chain.append(id);
        return describe(chain, m_nodes, orderedAssignments(itemId), m_contacts, error);
    }

    const auto ancestry = m_store.ancestry(itemId, error);
    if (!ancestry)
        return std::nullopt;
    const QVector<qint64> &chain = *ancestry;
    QHash<qint64, Node> nodes;
    for (qint64 id : chain) {
        auto item = m_store.item(id, error);
        if (!item)
            return std::nullopt;
        nodes.insert(id, {item->parentId, item->kind, item->name});
    }
    auto found = m_store.assignmentsFor(chain, error);
    if (!found)
        return std::nullopt;
    QVector<Assignment> assignments = std::move(*found);
    if (overrides && overrides->itemId > 0 && chain.contains(overrides->itemId)) {
        // As the item's assignments would be after an edit not saved yet.
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
    if (overrides && overrides->withoutContact) {
        assignments.erase(
            std::remove_if(assignments.begin(), assignments.end(),
                           [overrides](const Assignment &a) { return a.contactId == overrides->withoutContact; }),
            assignments.end());
    }
    order(chain, &assignments);
    QVector<qint64> contactIds;
    for (const Assignment &a : std::as_const(assignments))
        contactIds.append(a.contactId);
    auto byId = m_store.contactsById(contactIds, error);
    if (!byId)
        return std::nullopt;
    QHash<qint64, Contact> contacts = std::move(*byId);
    if (overrides) {
        for (auto it = overrides->newContacts.cbegin(); it != overrides->newContacts.cend(); ++it)
            contacts.insert(it.key(), it.value());
    }
    return describe(chain, nodes, assignments, contacts, error);
}

bool ContactResolver::preload(QString *error)
{
    m_loaded = false;
    const auto rows = m_store.treeRows(error);
    if (!rows)
        return false;
    QVector<Assignment> assignments;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const auto ofKind = m_store.assignmentsOfKind(kind, error);
        if (!ofKind)
            return false;
        assignments += *ofKind;
    }
    const auto contacts = m_store.contacts(error);
    if (!contacts)
        return false;
    preload(*rows, assignments);
    m_contacts.reserve(contacts->size());
    for (const Contact &c : *contacts)
        m_contacts.insert(c.id, c);
    return true;
}

void ContactResolver::preload(const QVector<TreeRow> &items, const QVector<Assignment> &assignments)
{
    m_nodes.clear();
    m_byItem.clear();
    m_contacts.clear();
    m_memo.clear();
    m_nodes.reserve(items.size());
    for (const TreeRow &row : items)
        m_nodes.insert(row.id, {row.parentId, row.kind, row.name});
    for (const Assignment &a : assignments) {
        if (a.priority != Priority::Inactive)
            m_byItem[a.itemId].append(a);
    }
    m_loaded = true;
}

QVector<Assignment> ContactResolver::orderedAssignments(qint64 itemId)
{
    // An item's list is its own assignments, then its parent's list without the
    // contacts it already has: the same order as sorting the whole chain by depth.
    // Lists of items with children are kept; 100k services share a few thousand parents.
    const auto known = m_memo.constFind(itemId);
    if (known != m_memo.constEnd())
        return *known;
    QVector<Assignment> result;
    QVector<qint64> chain;
    for (qint64 id = itemId; id > 0 && chain.size() < 16; id = m_nodes.value(id).parentId) {
        if (!m_nodes.contains(id))
            break;
        chain.append(id);
    }
    QVector<Assignment> inherited;
    int memoAt = static_cast<int>(chain.size());
    for (int i = 1; i < chain.size(); ++i) {
        const auto memo = m_memo.constFind(chain.at(i));
        if (memo != m_memo.constEnd()) {
            inherited = *memo;
            memoAt = i;
            break;
        }
    }
    // Build from the nearest remembered ancestor (or the root) down to the item.
    for (int i = memoAt - 1; i >= 0; --i) {
        const qint64 id = chain.at(i);
        QVector<Assignment> list = combine(m_byItem.value(id), inherited);
        if (i > 0 || m_nodes.value(id).kind != ItemKind::Service)
            m_memo.insert(id, list);
        inherited = std::move(list);
    }
    result = inherited;
    return result;
}

QVector<Assignment> ContactResolver::orderedAssignments(qint64 parentId, const QVector<Assignment> &own)
{
    QVector<Assignment> list;
    visitOrdered(parentId, own, [&list](const Assignment &a) {
        list.append(a);
        return true;
    });
    return list;
}

void ContactResolver::visitOrdered(qint64 parentId, const QVector<Assignment> &own,
                                   const std::function<bool(const Assignment &)> &visit)
{
    static const QVector<Assignment> none;
    const QVector<Assignment> *inherited = &none;
    if (parentId > 0) {
        auto memo = m_memo.constFind(parentId);
        if (memo == m_memo.constEnd()) {
            orderedAssignments(parentId); // remembers the lists of items with children
            memo = m_memo.constFind(parentId);
        }
        if (memo != m_memo.constEnd())
            inherited = &*memo;
    }
    eachCombined(own, *inherited, visit);
}

void ContactResolver::rememberAll()
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it->kind != ItemKind::Service)
            orderedAssignments(it.key());
    }
}

void ContactResolver::visitRemembered(qint64 parentId, const QVector<Assignment> &own,
                                      const std::function<bool(const Assignment &)> &visit) const
{
    static const QVector<Assignment> none;
    const auto memo = m_memo.constFind(parentId);
    eachCombined(own, memo == m_memo.constEnd() ? none : *memo, visit);
}

template <typename Visit>
void ContactResolver::eachCombined(const QVector<Assignment> &own, const QVector<Assignment> &inherited, Visit &&visit)
{
    // Pointers, sorted in place: no list, no copies (once per service in the services
    // report). Inactive assignments are never listed.
    QVarLengthArray<const Assignment *, 16> sorted;
    for (const Assignment &a : own) {
        if (a.priority != Priority::Inactive)
            sorted.append(&a);
    }
    const auto before = [](const Assignment *a, const Assignment *b) { return sameLevelBefore(*a, *b); };
    if (sorted.size() <= 16) {
        // Stable insertion sort: an item's own list is short; std::stable_sort allocates.
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            for (qsizetype j = i; j > 0 && before(sorted[j], sorted[j - 1]); --j)
                std::swap(sorted[j], sorted[j - 1]);
        }
    } else {
        std::stable_sort(sorted.begin(), sorted.end(), before);
    }
    QVarLengthArray<qint64, 16> listed; // the contacts of the item's own level
    for (const Assignment *a : std::as_const(sorted)) {
        if (listed.contains(a->contactId))
            continue;
        listed.append(a->contactId);
        if (!visit(*a))
            return;
    }
    for (const Assignment &a : inherited) {
        if (!listed.contains(a.contactId) && !visit(a))
            return;
    }
}

QVector<Assignment> ContactResolver::combine(const QVector<Assignment> &own, const QVector<Assignment> &inherited)
{
    QVector<Assignment> list;
    list.reserve(own.size() + inherited.size());
    eachCombined(own, inherited, [&list](const Assignment &a) {
        list.append(a);
        return true;
    });
    return list;
}

const Contact *ContactResolver::preloadedContact(qint64 id) const
{
    const auto it = m_contacts.constFind(id);
    return it == m_contacts.constEnd() ? nullptr : &*it;
}

} // namespace steward
