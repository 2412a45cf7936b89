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
        for (const Item &item : *ofKind)
            addItem(item);
    }
    const auto all = store.contacts(&e);
    if (!all) {
        *error = e;
        return false;
    }
    for (const Contact &c : *all) {
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
    const auto links = store.linksOfKind(LinkKind::FrontedBy, &e);
    if (!links) {
        *error = e;
        return false;
    }
    for (const Link &link : *links)
        addFrontedBy(link);
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
    const QVector<qint64> ids = names[kindIndex(kind)].value(nameKey(name));
    if (ids.size() == 1) {
        known.insert(name, ids.first());
        return ids.first();
    }
    *why = ids.isEmpty() ? Tr::tr("unknown %1 \"%2\"").arg(keys::itemKindLabel(kind), name)
                         : Tr::tr("\"%1\" is ambiguous: %2 %3s have that name")
                               .arg(name)
                               .arg(ids.size())
                               .arg(keys::itemKindLabel(kind));
    return 0;
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
