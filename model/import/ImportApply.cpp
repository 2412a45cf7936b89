#include "ImportApply.h"

#include "Store.h"

#include <QSet>

#include <algorithm>

namespace steward {

ImportApply::ImportApply(Store &store, const ImportUndo &reuse)
    : m_store(store)
    , m_reuse(reuse)
{}

template <class Record, class Read, class Write>
bool ImportApply::change(Record record, qint64 id, Read read, Write write, QVector<Record> *changed, QString *error)
{
    auto before = read(id, error);
    if (!before)
        return false;
    record.version = before->version;
    if (!write(record, error))
        return false;
    before->version = record.version;
    changed->append(*before);
    return true;
}

bool ImportApply::runItemsAndContacts(InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error)
{
    return items(index, plan, undo, error) && contacts(index, plan, undo, error);
}

bool ImportApply::runLinksAndAssignments(const InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo,
                                         QString *error)
{
    return links(index, plan, undo, error) && assignments(plan, undo, error);
}

bool ImportApply::items(InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error)
{
    // The ops are in file-kind order, so providers exist before their hosts and hosts
    // before their services. New items are made in bulk, one call per kind: every
    // parent was validated, in this transaction.
    QVector<Item> created;
    QVector<qint64> createdRefs;
    created.reserve(plan.itemOps.size());
    createdRefs.reserve(plan.itemOps.size());
    const auto createPending = [&] {
        if (created.isEmpty())
            return true;
        if (!m_store.createValidatedItems(created, error))
            return false;
        for (qsizetype i = 0; i < created.size(); ++i) {
            m_realIds.insert(createdRefs.at(i), created.at(i).id);
            undo->createdItems.append(created.at(i).id);
        }
        created.clear();
        createdRefs.clear();
        return true;
    };
    for (const ImportPlan::ItemOp &op : plan.itemOps) {
        if (!op.fields)
            continue;
        // Moved, not copied: the index is dropped after this, and an op names its item once.
        const auto planned = index.items.find(op.ref);
        Q_ASSERT(planned != index.items.end());
        Item item = std::move(*planned);
        planned->name = item.name; // the links' history names it
        if (!created.isEmpty() && created.constLast().kind != item.kind && !createPending())
            return false;
        item.parentId = real(item.parentId);
        for (qint64 &host : item.alsoOn)
            host = real(host);
        if (op.create) {
            item.id = 0;
            created.append(std::move(item));
            createdRefs.append(op.ref);
        } else if (!change(
                       std::move(item), op.ref, [this](qint64 id, QString *e) { return m_store.item(id, e); },
                       [this](Item &i, QString *e) { return m_store.updateItem(i, e); }, &undo->changedItems, error)) {
            return false;
        }
    }
    return createPending();
}

bool ImportApply::contacts(const InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error)
{
    // Teams first, so that lists and channels can name theirs.
    QVector<ImportPlan::ContactOp> contactOps = plan.contactOps;
    std::stable_sort(contactOps.begin(), contactOps.end(),
                     [&](const ImportPlan::ContactOp &a, const ImportPlan::ContactOp &b) {
                         return (index.contacts.value(a.ref).kind == ContactKind::Team) >
                                (index.contacts.value(b.ref).kind == ContactKind::Team);
                     });
    QVector<qint64> teamLater;
    for (const ImportPlan::ContactOp &op : std::as_const(contactOps)) {
        if (!op.fields)
            continue;
        Contact contact = index.contacts.value(op.ref);
        const qint64 team = real(contact.teamId);
        if (contact.teamId != 0 && team == 0)
            teamLater.append(op.ref); // a team made further down
        contact.teamId = team;
        if (op.create) {
            contact.id = m_reuse.createdContacts.value(undo->createdContacts.size(), 0);
            const auto id = m_store.createContact(contact, error);
            if (!id)
                return false;
            m_realIds.insert(op.ref, *id);
            undo->createdContacts.append(*id);
        } else if (!change(
                       std::move(contact), op.ref, [this](qint64 id, QString *e) { return m_store.contact(id, e); },
                       [this](Contact &c, QString *e) { return m_store.updateContact(c, e); }, &undo->changedContacts,
                       error)) {
            return false;
        }
    }
    for (qint64 ref : std::as_const(teamLater)) {
        auto contact = m_store.contact(real(ref), error);
        if (!contact)
            return false;
        contact->teamId = real(index.contacts.value(ref).teamId);
        if (!m_store.updateContact(*contact, error))
            return false;
    }
    for (const ImportPlan::ContactOp &op : std::as_const(contactOps)) {
        if (!op.setMembers)
            continue;
        const qint64 team = real(op.ref);
        const auto current = m_store.teamMembers(team, error);
        if (!current)
            return false;
        if (!op.create)
            undo->teamsBefore.insert(team, *current);
        for (const TeamMember &m : *current) {
            if (!m_store.removeTeamMember(team, m.memberId, error))
                return false;
        }
        for (TeamMember m : op.members) {
            m.teamId = team;
            m.memberId = real(m.memberId);
            if (!m_store.setTeamMember(m, error))
                return false;
        }
    }
    return true;
}

bool ImportApply::links(const InventoryIndex &index, const ImportPlan &plan, ImportUndo *undo, QString *error)
{
    const QString frontedBy = keys::linkKind(LinkKind::FrontedBy);
    // The fronted-by links a links file creates (with their notes): a served_through
    // naming one leaves it to the file.
    QSet<QPair<qint64, qint64>> fromFile;
    bool anyServedThrough = false;
    for (const ImportPlan::ItemOp &op : plan.itemOps)
        anyServedThrough = anyServedThrough || op.links;
    if (anyServedThrough) {
        for (const Link &link : plan.linkOps) {
            if (link.id == 0 && link.type == frontedBy)
                fromFile.insert({link.fromItem, link.toItem});
        }
    }
    const auto nameOf = [&index](qint64 ref) {
        const auto it = index.items.constFind(ref);
        return it == index.items.constEnd() ? QString() : it->name;
    };
    // Every new link is made in one bulk write, after the removals.
    QVector<Link> created;
    created.reserve(plan.linkOps.size());
    const auto create = [&](const Link &planned) {
        Link &link = created.emplace_back();
        link.fromItem = real(planned.fromItem);
        link.toItem = real(planned.toItem);
        link.type = planned.type;
        link.note = planned.note;
        link.fromName = nameOf(planned.fromItem);
        link.toName = nameOf(planned.toItem);
    };
    // A service's served_through replaces its fronted-by links.
    for (const ImportPlan::ItemOp &op : plan.itemOps) {
        if (!op.links)
            continue;
        QVector<qint64> have;
        for (const Link &link : index.frontedBy.value(op.ref)) {
            if (op.linkTargets.contains(link.toItem)) {
                have.append(link.toItem);
                continue;
            }
            if (!m_store.removeLink(link.id, error))
                return false;
            undo->removedLinks.append(link);
        }
        for (qint64 to : op.linkTargets) {
            if (have.contains(to) || fromFile.contains({op.ref, to}))
                continue;
            Link link;
            link.fromItem = op.ref;
            link.toItem = to;
            link.type = frontedBy;
            create(link);
        }
    }
    // The links file's rows: new links, and notes changed.
    for (const Link &link : plan.linkOps) {
        if (link.id == 0) {
            create(link);
            continue;
        }
        const auto before = index.links.constFind(InventoryIndex::linkKey(link.fromItem, link.type, link.toItem));
        Link was = link;
        was.note = before == index.links.constEnd() ? QString() : before->note;
        if (!m_store.setLinkNote(link.id, link.note, error))
            return false;
        undo->changedLinks.append(was);
    }
    if (!m_store.createValidatedLinks(created, error))
        return false;
    for (const Link &link : std::as_const(created))
        undo->createdLinks.append(link.id);
    return true;
}

bool ImportApply::assignments(const ImportPlan &plan, ImportUndo *undo, QString *error)
{
    undo->confirmedAt = m_reuse.confirmedAt;
    undo->confirmedBy = m_reuse.confirmedBy;
    if (!undo->confirmedAt.isValid()) {
        Assignment stamp;
        m_store.stampConfirmation(&stamp);
        undo->confirmedAt = stamp.confirmedAt;
        undo->confirmedBy = stamp.confirmedBy;
    }
    for (Assignment a : plan.assignmentOps) {
        a.itemId = real(a.itemId);
        a.contactId = real(a.contactId);
        if (a.id == 0) {
            const qsizetype n = undo->createdAssignments.size();
            if (n < m_reuse.createdAssignments.size() && n < m_reuse.createdAssignmentPositions.size()) {
                a.id = m_reuse.createdAssignments.at(n);
                a.position = m_reuse.createdAssignmentPositions.at(n);
            }
            // One import confirms what it makes at one time; a redo gives that time again.
            a.confirmedAt = undo->confirmedAt;
            a.confirmedBy = undo->confirmedBy;
            const auto id = m_store.addAssignment(a, error);
            if (!id)
                return false;
            undo->createdAssignments.append(*id);
            undo->createdAssignmentPositions.append(a.position);
        } else if (!change(
                       a, a.id, [this](qint64 id, QString *e) { return m_store.assignmentById(id, e); },
                       [this, undo](Assignment &x, QString *e) {
                           // An assignment the import changes is confirmed by it, as a new one is.
                           x.confirmedAt = undo->confirmedAt;
                           x.confirmedBy = undo->confirmedBy;
                           return m_store.updateAssignment(x, e, Store::Confirmation::AsGiven);
                       },
                       &undo->changedAssignments, error)) {
            return false;
        }
    }
    return true;
}

} // namespace steward
