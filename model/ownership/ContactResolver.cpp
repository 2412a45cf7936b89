#include "ContactResolver.h"

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace steward {

ContactResolver::ContactResolver(Store &store)
    : m_store(store)
    , m_today(store.today())
{}

void ContactResolver::setToday(const QDate &day)
{
    m_todaySet = day.isValid();
    m_today = m_todaySet ? day : m_store.today();
    // What was worked out for another day.
    m_memo.clear();
    m_firstInherited.clear();
    m_firstInheritedIds.clear();
}

void ContactResolver::refreshToday()
{
    if (m_todaySet)
        return;
    const QDate day = m_store.today();
    if (day != m_today) {
        m_today = day;
        m_memo.clear();
        m_firstInherited.clear();
        m_firstInheritedIds.clear();
    }
}

void ContactResolver::setContactNames(const QHash<qint64, QString> &names)
{
    m_order.setNames(names);
    m_memo.clear();
    m_firstInherited.clear();
    m_firstInheritedIds.clear();
}

ContactResolver::Levels ContactResolver::levelsOf(qint64 itemId, const QHash<qint64, Node> &nodes,
                                                  const QVector<qint64> &alsoOn, qint64 parentId)
{
    Levels levels{{itemId}};
    QSet<qint64> seen{itemId};
    qint64 organisation = 0;
    QVector<qint64> current{itemId};
    // Sixteen levels at most, as the tree's depth is bounded: a damaged parent loop ends.
    while (!current.isEmpty() && levels.size() < 16) {
        QVector<qint64> next;
        for (qint64 id : std::as_const(current)) {
            const auto node = nodes.constFind(id);
            if (node == nodes.constEnd() && !(id == itemId && parentId > 0))
                continue;
            QVector<qint64> above{node == nodes.constEnd() ? parentId : node->parentId};
            if (id == itemId)
                above += alsoOn;
            for (qint64 up : std::as_const(above)) {
                if (up <= 0 || seen.contains(up) || !nodes.contains(up))
                    continue;
                seen.insert(up);
                // The organisation's contacts (the escalation) come last, whatever the depth.
                if (nodes.value(up).kind == ItemKind::Organisation)
                    organisation = up;
                else
                    next.append(up);
            }
        }
        if (!next.isEmpty())
            levels.append(next);
        current = std::move(next);
    }
    if (organisation)
        levels.append(QVector<qint64>{organisation});
    return levels;
}

QVector<ContactResolver::Listed> ContactResolver::walk(const Levels &levels,
                                                       const QHash<qint64, QVector<Assignment>> &byItem,
                                                       const ContactOrder &order, const QDate &day, qint64 without)
{
    QVector<Listed> result;
    QHash<qint64, qsizetype> listedAt; // contact -> its line
    for (int depth = 0; depth < levels.size(); ++depth) {
        for (qint64 id : levels.at(depth)) {
            QVector<Assignment> own = byItem.value(id);
            own.erase(std::remove_if(own.begin(), own.end(),
                                     [&day, without](const Assignment &a) {
                                         return !a.listedOn(day) || (without != 0 && a.contactId == without);
                                     }),
                      own.end());
            std::stable_sort(own.begin(), own.end(),
                             [&order](const Assignment &a, const Assignment &b) { return order.before(a, b); });
            QSet<qint64> ofThisItem; // a contact with two roles on one item: the first
            for (const Assignment &a : std::as_const(own)) {
                if (ofThisItem.contains(a.contactId))
                    continue;
                ofThisItem.insert(a.contactId);
                const auto at = listedAt.constFind(a.contactId);
                if (at == listedAt.constEnd()) {
                    listedAt.insert(a.contactId, result.size());
                    result.append({a, {}, depth});
                } else if (result.at(*at).depth == depth) {
                    // Another item of the same level (the second host of a pair) lists it too.
                    result[*at].alsoFrom.append(a);
                }
            }
        }
    }
    return result;
}

std::optional<QVector<ResolvedContact>> ContactResolver::describe(const QHash<qint64, Node> &nodes,
                                                                  const QVector<Listed> &listed,
                                                                  const QHash<qint64, Contact> &contacts,
                                                                  QString *error)
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
    for (const Listed &l : listed) {
        const Assignment &a = l.assignment;
        const auto contact = contacts.constFind(a.contactId);
        if (contact == contacts.constEnd())
            continue;
        const Node source = nodes.value(a.itemId);
        ResolvedContact line;
        line.contact = *contact;
        line.role = a.role;
        line.priority = a.priority;
        line.note = a.note;
        line.confirmedAt = a.confirmedAt;
        line.confirmedBy = a.confirmedBy;
        line.sourceItemId = a.itemId;
        line.sourceItemName = source.name;
        line.sourceKind = source.kind;
        line.depth = l.depth;
        line.validFrom = a.validFrom;
        line.validUntil = a.validUntil;
        const auto reasonOf = [&](const Assignment &from) {
            const QString name = nodes.value(from.itemId).name;
            const QString role = keys::roleLabel(from.role);
            if (from.role == QLatin1String("escalation")) {
                const QString via = line.contact.teamId > 0 && teams.contains(line.contact.teamId)
                                        ? teams.value(line.contact.teamId).name
                                        : name;
                return tr("escalation: %1").arg(via);
            }
            if (l.depth == 0)
                return tr("%1 of %2").arg(role, name);
            return tr("inherited from %1 (%2)").arg(name, role);
        };
        QStringList reasons{reasonOf(a)};
        for (const Assignment &also : l.alsoFrom) {
            line.alsoFromItemIds.append(also.itemId);
            const QString reason = reasonOf(also);
            if (!reasons.contains(reason))
                reasons << reason;
        }
        line.reason = reasons.join(QStringLiteral("; "));
        result.append(line);
    }
    return result;
}

std::optional<QVector<ResolvedContact>> ContactResolver::resolve(qint64 itemId, QString *error,
                                                                 const Overrides *overrides)
{
    // Leaving out a contact is answered from memory as well: the same walk without it.
    const bool onlyWithout =
        overrides && overrides->itemId <= 0 && overrides->newContacts.isEmpty() && overrides->withoutContact != 0;
    if (m_loaded && (!overrides || onlyWithout)) {
        if (!m_nodes.contains(itemId)) {
            if (error)
                *error = tr("Item %1 does not exist.").arg(itemId);
            return std::nullopt;
        }
        const Levels levels = levelsOf(itemId, m_nodes, m_alsoOn.value(itemId));
        return describe(m_nodes, walk(levels, m_byItem, m_order, m_today, overrides ? overrides->withoutContact : 0),
                        m_contacts, error);
    }
    if (!m_loaded)
        refreshToday();

    // The item, every host it runs on, and everything above them.
    const auto item = m_store.item(itemId, error);
    if (!item)
        return std::nullopt;
    QHash<qint64, Node> nodes;
    nodes.insert(itemId, {item->parentId, item->kind, item->name});
    for (qint64 start : QVector<qint64>{item->parentId} + item->alsoOn) {
        if (start <= 0 || nodes.contains(start))
            continue;
        const auto ancestry = m_store.ancestry(start, error);
        if (!ancestry)
            return std::nullopt;
        for (qint64 id : *ancestry) {
            if (nodes.contains(id))
                continue;
            auto above = m_store.item(id, error);
            if (!above)
                return std::nullopt;
            nodes.insert(id, {above->parentId, above->kind, above->name});
        }
    }
    const Levels levels = levelsOf(itemId, nodes, item->alsoOn);
    QVector<qint64> walked;
    for (const QVector<qint64> &level : levels)
        walked += level;
    auto found = m_store.assignmentsFor(walked, error);
    if (!found)
        return std::nullopt;
    QVector<Assignment> assignments = std::move(*found);
    if (overrides && overrides->itemId > 0 && walked.contains(overrides->itemId)) {
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
    QHash<qint64, QVector<Assignment>> byItem;
    QVector<qint64> contactIds; // of every line that may be listed: their names order them
    for (const Assignment &a : std::as_const(assignments)) {
        byItem[a.itemId].append(a);
        if (a.listedOn(m_today))
            contactIds.append(a.contactId);
    }
    auto byId = m_store.contactsById(contactIds, error);
    if (!byId)
        return std::nullopt;
    QHash<qint64, Contact> contacts = std::move(*byId);
    if (overrides) {
        for (auto it = overrides->newContacts.cbegin(); it != overrides->newContacts.cend(); ++it)
            contacts.insert(it.key(), it.value());
    }
    ContactOrder order;
    order.setContacts(contacts);
    return describe(nodes, walk(levels, byItem, order, m_today), contacts, error);
}

std::optional<QVector<ResolvedContact>> ContactResolver::firstToCall(qint64 itemId, QString *error)
{
    const auto first = [](QVector<ResolvedContact> all) {
        if (!all.isEmpty()) {
            const int depth = all.constFirst().depth;
            all.erase(
                std::find_if(all.begin(), all.end(), [depth](const ResolvedContact &c) { return c.depth != depth; }),
                all.end());
        }
        return all;
    };
    const auto node = m_nodes.constFind(itemId);
    if (!m_loaded || node == m_nodes.constEnd()) {
        auto all = resolve(itemId, error);
        if (!all)
            return std::nullopt;
        return first(std::move(*all));
    }
    // Its own contacts, when it has any: the nearest level.
    const QVector<Assignment> own = m_byItem.value(itemId);
    const QDate day = m_today;
    const bool hasOwn = std::any_of(own.begin(), own.end(), [&day](const Assignment &a) { return a.listedOn(day); });
    if (hasOwn) {
        auto mine = describe(m_nodes, walk(Levels{{itemId}}, m_byItem, m_order, m_today), m_contacts, error);
        if (!mine)
            return std::nullopt;
        if (!mine->isEmpty())
            return mine;
        // Contacts of its own that cannot be read: as resolve() answers it.
        auto all = resolve(itemId, error);
        if (!all)
            return std::nullopt;
        return first(std::move(*all));
    }
    // Nobody of its own: the answer of the levels above, the same for every item with the
    // same parent and further hosts (unless the item is itself above them: a damaged tree).
    const QVector<qint64> alsoOn = m_alsoOn.value(itemId);
    const QVector<qint64> key = QVector<qint64>{node->parentId} + alsoOn;
    auto known = m_firstInherited.constFind(key);
    if (known == m_firstInherited.constEnd()) {
        // Walked for an item that is nowhere (id 0) with that parent and those hosts.
        const Levels levels = levelsOf(0, m_nodes, alsoOn, node->parentId);
        Inherited inherited;
        for (const QVector<qint64> &level : levels)
            inherited.walked += QSet<qint64>(level.begin(), level.end());
        auto all = describe(m_nodes, walk(levels, m_byItem, m_order, m_today), m_contacts, error);
        if (!all)
            return std::nullopt;
        inherited.contacts = first(std::move(*all));
        known = m_firstInherited.insert(key, inherited);
    }
    if (!known->walked.contains(itemId))
        return known->contacts;
    auto all = resolve(itemId, error);
    if (!all)
        return std::nullopt;
    return first(std::move(*all));
}

QVector<qint64> ContactResolver::firstLevelIds(const QVector<Listed> &listed) const
{
    QVector<qint64> ids;
    for (const Listed &l : listed) {
        if (l.depth != listed.constFirst().depth)
            break;
        if (m_contacts.contains(l.assignment.contactId))
            ids.append(l.assignment.contactId);
    }
    return ids;
}

QVector<qint64> ContactResolver::firstToCallIds(qint64 itemId)
{
    const auto node = m_nodes.constFind(itemId);
    if (!m_loaded || node == m_nodes.constEnd())
        return {};
    // As firstToCall(): its own contacts when it has any, else the levels above, shared.
    const QDate day = m_today;
    const QVector<Assignment> own = m_byItem.value(itemId);
    if (std::any_of(own.begin(), own.end(), [&day](const Assignment &a) { return a.listedOn(day); }))
        return firstLevelIds(walk(Levels{{itemId}}, m_byItem, m_order, m_today));
    const QVector<qint64> alsoOn = m_alsoOn.value(itemId);
    const QVector<qint64> key = QVector<qint64>{node->parentId} + alsoOn;
    auto known = m_firstInheritedIds.constFind(key);
    if (known == m_firstInheritedIds.constEnd()) {
        const Levels levels = levelsOf(0, m_nodes, alsoOn, node->parentId);
        InheritedIds inherited;
        for (const QVector<qint64> &level : levels)
            inherited.walked += QSet<qint64>(level.begin(), level.end());
        inherited.ids = firstLevelIds(walk(levels, m_byItem, m_order, m_today));
        known = m_firstInheritedIds.insert(key, inherited);
    }
    if (!known->walked.contains(itemId))
        return known->ids;
    return firstLevelIds(walk(levelsOf(itemId, m_nodes, alsoOn), m_byItem, m_order, m_today));
}

bool ContactResolver::preload(QString *error)
{
    m_loaded = false;
    refreshToday();
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
    const auto placements = m_store.placements(error);
    if (!placements)
        return false;
    preload(*rows, assignments);
    setPlacements(*placements);
    m_contacts.reserve(contacts->size());
    for (const Contact &c : *contacts)
        m_contacts.insert(c.id, c);
    m_order.setContacts(m_contacts);
    return true;
}

void ContactResolver::preload(const QVector<TreeRow> &items, const QVector<Assignment> &assignments)
{
    refreshToday();
    m_nodes.clear();
    m_byItem.clear();
    m_contacts.clear();
    m_memo.clear();
    m_firstInherited.clear();
    m_firstInheritedIds.clear();
    m_alsoOn.clear();
    m_nodes.reserve(items.size());
    for (const TreeRow &row : items)
        m_nodes.insert(row.id, {row.parentId, row.kind, row.name});
    for (const Assignment &a : assignments) {
        if (a.priority != Priority::Inactive)
            m_byItem[a.itemId].append(a);
    }
    m_loaded = true;
}

void ContactResolver::setPlacements(const QVector<Placement> &placements)
{
    m_alsoOn.clear();
    for (const Placement &p : placements)
        m_alsoOn[p.serviceId].append(p.hostId);
    m_memo.clear();
    m_firstInherited.clear();
    m_firstInheritedIds.clear();
}

bool ContactResolver::preloadFor(const QVector<TreeRow> &items, const QVector<Placement> &placements,
                                 const QVector<qint64> &itemIds, QString *error, Preload preload)
{
    const bool names = preload == Preload::Names;
    m_loaded = false;
    refreshToday();
    m_nodes.clear();
    m_nodes.reserve(items.size());
    for (const TreeRow &row : items)
        m_nodes.insert(row.id, {row.parentId, row.kind, row.name});
    setPlacements(placements);
    // Many items: every assignment in one scan is quicker than a few hundred ids a query.
    // (What the answers walk includes the items: no need to gather it when they are many.)
    // (A quarter of the inventory, at least 5,000: 10k items of 100k read quicker by id.)
    const qsizetype manyItems = std::max<qsizetype>(5000, items.size() / 4);
    QSet<qint64> walked;
    for (qsizetype i = 0; !names && i < itemIds.size() && walked.size() <= manyItems; ++i) {
        const qint64 id = itemIds.at(i);
        for (const QVector<qint64> &level : levelsOf(id, m_nodes, m_alsoOn.value(id))) {
            for (qint64 at : level)
                walked.insert(at);
        }
    }
    QVector<Assignment> assignments;
    if (names) {
        // @p items are what the answers walk (Store::treeAround()): the assignments of each.
        QVector<qint64> all;
        all.reserve(items.size());
        for (const TreeRow &row : items)
            all.append(row.id);
        auto found = m_store.assignmentLines(Store::By::Item, all, error);
        if (!found)
            return false;
        assignments = std::move(*found);
    } else if (walked.size() > manyItems) {
        auto all = m_store.activeAssignments(error);
        if (!all)
            return false;
        assignments = std::move(*all);
    } else {
        const auto found = m_store.assignmentsFor(QVector<qint64>(walked.cbegin(), walked.cend()), error);
        if (!found)
            return false;
        assignments = *found;
        std::stable_sort(assignments.begin(), assignments.end(), [](const Assignment &a, const Assignment &b) {
            return a.itemId != b.itemId ? a.itemId < b.itemId : a.position < b.position;
        });
    }
    m_byItem.clear();
    m_memo.clear();
    m_firstInherited.clear();
    m_firstInheritedIds.clear();
    QVector<qint64> contactIds;
    for (const Assignment &a : std::as_const(assignments)) {
        if (a.priority == Priority::Inactive)
            continue;
        m_byItem[a.itemId].append(a);
        contactIds.append(a.contactId);
    }
    auto contacts = names ? m_store.contactRecords(contactIds, error) : m_store.contactsById(contactIds, error);
    if (!contacts)
        return false;
    m_contacts = std::move(*contacts);
    // And the teams the escalation contacts belong to, for "escalation: Infrastructure team".
    QVector<qint64> teamIds;
    for (const Contact &c : std::as_const(m_contacts)) {
        if (c.teamId > 0 && !m_contacts.contains(c.teamId))
            teamIds.append(c.teamId);
    }
    auto teams = names ? m_store.contactRecords(teamIds, error) : m_store.contactsById(teamIds, error);
    if (!teams)
        return false;
    m_contacts.insert(*teams);
    m_order.setContacts(m_contacts);
    m_loaded = true;
    return true;
}

QVector<Assignment> ContactResolver::orderedAssignments(qint64 itemId)
{
    // A service on several hosts walks them all (not remembered: nothing is under it).
    if (const auto alsoOn = m_alsoOn.constFind(itemId); alsoOn != m_alsoOn.constEnd() && !alsoOn->isEmpty()) {
        QVector<Assignment> list;
        for (const Listed &l : walk(levelsOf(itemId, m_nodes, *alsoOn), m_byItem, m_order, m_today))
            list.append(l.assignment);
        return list;
    }

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

void ContactResolver::visitOnHosts(qint64 serviceId, qint64 parentId, const QVector<qint64> &alsoOn,
                                   const QVector<Assignment> &own,
                                   const std::function<bool(const Assignment &)> &visit) const
{
    Levels levels = levelsOf(serviceId, m_nodes, alsoOn, parentId);
    levels.removeFirst(); // the service itself: its own assignments are @p own
    QVector<Assignment> inherited;
    for (const Listed &l : walk(levels, m_byItem, m_order, m_today))
        inherited.append(l.assignment);
    eachCombined(own, inherited, visit);
}

template <typename Visit>
void ContactResolver::eachCombined(const QVector<Assignment> &own, const QVector<Assignment> &inherited,
                                   Visit &&visit) const
{
    // Pointers, sorted in place: no list, no copies (once per service in the services
    // report). Inactive assignments are never listed, nor those out of their cover.
    QVarLengthArray<const Assignment *, 16> sorted;
    for (const Assignment &a : own) {
        if (a.listedOn(m_today))
            sorted.append(&a);
    }
    const auto before = [this](const Assignment *a, const Assignment *b) { return m_order.before(*a, *b); };
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

QVector<Assignment> ContactResolver::combine(const QVector<Assignment> &own, const QVector<Assignment> &inherited) const
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
