#include "InventoryIndex.h"

#include "Store.h"
#include "Types.h"

namespace steward {
namespace {

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

void InventoryIndex::reserve(qint64 rows)
{
    // Sized once: growing tables of 100k items (and rows) was a quarter of a new
    // import's validation (copies and fresh pages at every doubling). Existing items
    // and the files' rows: twice the rows covers an import of what is there already.
    items.reserve(2 * rows + 1024);
    for (auto &byName : names)
        byName.reserve(rows);
    links.reserve(rows);
}

void InventoryIndex::addItem(const Item &item)
{
    items.insert(item.id, item);
    names[kindIndex(item.kind)][nameKey(item.name)].append(item.id);
}

void InventoryIndex::addContact(const Contact &contact)
{
    contacts.insert(contact.id, contact);
    contactNames[nameKey(contact.name)].append(contact.id);
}

bool InventoryIndex::read(Store &store, QString *error)
{
    QString e;
    const auto org = store.organisationId(&e);
    if (!org) {
        *error = e;
        return false;
    }
    organisation = *org;
    {
        const auto rows = store.treeRows(&e);
        if (!rows) {
            *error = e;
            return false;
        }
        for (const TreeRow &r : *rows) {
            if (r.kind == ItemKind::Organisation) {
                Item item;
                item.id = r.id;
                item.kind = r.kind;
                item.name = r.name;
                addItem(item);
            }
        }
    }
    for (ItemKind kind : {ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const auto ofKind = store.itemsOfKind(kind, &e);
        if (!ofKind) {
            *error = e;
            return false;
        }
        for (Item item : *ofKind) {
            item.graphLoaded = true; // its further hosts, aliases and tags are filled in below
            addItem(item);
        }
    }
    // The graph beside the tree, so that a changed item keeps what its row leaves alone.
    const auto itemAliases = store.aliasesByItem(&e);
    const auto itemTags = itemAliases ? store.tagsByItem(&e) : std::nullopt;
    const auto placements = itemTags ? store.placements(&e) : std::nullopt;
    const auto contactTags = placements ? store.tagsByContact(&e) : std::nullopt;
    const auto types = contactTags ? store.linkTypes(&e) : std::nullopt;
    if (!types) {
        *error = e;
        return false;
    }
    for (auto it = itemAliases->cbegin(); it != itemAliases->cend(); ++it) {
        const auto item = items.find(it.key());
        if (item == items.end())
            continue;
        item->aliases = it.value();
        for (const QString &alias : it.value())
            aliases[kindIndex(item->kind)].insert(nameKey(alias), item->id);
    }
    for (auto it = itemTags->cbegin(); it != itemTags->cend(); ++it) {
        if (const auto item = items.find(it.key()); item != items.end())
            item->tags = it.value();
    }
    for (const Placement &p : *placements) {
        if (const auto item = items.find(p.serviceId); item != items.end())
            item->alsoOn.append(p.hostId);
    }
    for (const LinkType &type : *types)
        linkTypes << type.key;
    const auto all = store.contacts(&e);
    if (!all) {
        *error = e;
        return false;
    }
    for (Contact c : *all) {
        c.tags = contactTags->value(c.id);
        addContact(c);
        if (c.kind == ContactKind::Team) {
            const auto teamMembers = store.teamMembers(c.id, &e);
            if (!teamMembers) {
                *error = e;
                return false;
            }
            members.insert(c.id, *teamMembers);
        }
    }
    const auto allLinks = store.allLinks(&e);
    if (!allLinks) {
        *error = e;
        return false;
    }
    links.reserve(links.capacity() + allLinks->size()); // and the rows reserve() made room for
    for (const Link &link : *allLinks) {
        if (link.type == keys::linkKind(LinkKind::FrontedBy))
            addFrontedBy(link);
        links.insert(linkKey(link.fromItem, link.type, link.toItem), link);
    }
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const auto assignments = store.assignmentsOfKind(kind, &e);
        if (!assignments) {
            *error = e;
            return false;
        }
        for (const Assignment &a : *assignments)
            addAssignment(a);
    }
    return true;
}

void InventoryIndex::nameItem(ItemKind kind, const QString &key, qint64 id)
{
    names[kindIndex(kind)][key].append(id);
    m_unique[kindIndex(kind)].clear();
}

qint64 InventoryIndex::findItem(ItemKind kind, const QString &name, QString *why)
{
    QHash<QString, qint64> &known = m_unique[kindIndex(kind)];
    if (const auto hit = known.constFind(name); hit != known.constEnd())
        return *hit;
    const QString key = nameKey(name);
    const QVector<qint64> ids = names[kindIndex(kind)].value(key);
    if (ids.size() == 1) {
        known.insert(name, ids.first());
        return ids.first();
    }
    if (ids.isEmpty()) {
        if (const qint64 aliased = aliases[kindIndex(kind)].value(key))
            return aliased;
    }
    *why = ids.isEmpty() ? Tr::tr("unknown %1 \"%2\"").arg(keys::itemKindLabel(kind), name)
                         : Tr::tr("\"%1\" is ambiguous: %2 %3s have that name")
                               .arg(name)
                               .arg(ids.size())
                               .arg(keys::itemKindLabel(kind));
    return 0;
}

void InventoryIndex::setAliases(ItemKind kind, qint64 id, const QStringList &before, const QStringList &after)
{
    QHash<QString, qint64> &owners = aliases[kindIndex(kind)];
    for (const QString &alias : before) {
        const auto it = owners.find(nameKey(alias));
        if (it != owners.end() && *it == id)
            owners.erase(it);
    }
    for (const QString &alias : after)
        owners.insert(nameKey(alias), id);
}

qint64 InventoryIndex::findContact(const QString &name, QString *why) const
{
    const QVector<qint64> ids = contactNames.value(nameKey(name));
    if (ids.size() == 1)
        return ids.first();
    *why = ids.isEmpty() ? Tr::tr("unknown contact \"%1\"").arg(name)
                         : Tr::tr("\"%1\" is ambiguous: %2 contacts have that name").arg(name).arg(ids.size());
    return 0;
}

} // namespace steward
