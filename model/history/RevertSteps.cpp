// The writes of a batch revert and of its undo: each step checks that its records are
// as it expects, writes, and returns the step that takes it back.

#include "RevertSteps.h"

#include "Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRevert)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Runs the writes of steps, collecting the steps that take them back.
class StepRunner
{
public:
    explicit StepRunner(Store &store)
        : m_store(store)
    {}

    bool run(const RevertStep &s, RevertSteps *inverse, QString *error)
    {
        using Op = RevertStep::Op;
        RevertStep back;
        bool ok = false;
        switch (s.op) {
        case Op::RemoveAssignments: ok = removeAssignments(s, &back, error); break;
        case Op::AddAssignments: ok = addAssignments(s, &back, error); break;
        case Op::UpdateAssignment: ok = updateAssignment(s, &back, error); break;
        case Op::RemoveLinks: ok = removeLinks(s, &back, error); break;
        case Op::AddLinks: ok = addLinks(s, &back, error); break;
        case Op::SetLinkNote: ok = setLinkNote(s, &back, error); break;
        case Op::RemoveMembers: ok = removeMembers(s, &back, error); break;
        case Op::AddMembers: ok = addMembers(s, &back, error); break;
        case Op::SetMember: ok = setMember(s, &back, error); break;
        case Op::DeleteContacts: ok = deleteContacts(s, &back, error); break;
        case Op::CreateContacts: ok = createContacts(s, &back, error); break;
        case Op::UpdateContact: ok = updateContact(s, &back, error); break;
        case Op::DeleteItems: ok = deleteItems(s, &back, error); break;
        case Op::CreateItems: ok = createItems(s, &back, error); break;
        case Op::UpdateItem: ok = updateItem(s, &back, error); break;
        }
        if (ok)
            inverse->prepend(back);
        return ok;
    }

private:
    static bool changedSince(QString *error, const QString &what)
    {
        return fail(error, Tr::tr("%1 was changed since; nothing was reverted.").arg(what));
    }

    bool removeAssignments(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Assignment &a : s.assignments)
            ids.append(a.id);
        const auto current = m_store.assignmentsById(ids, error);
        if (!current)
            return false;
        QHash<qint64, int> versions;
        for (const Assignment &a : *current)
            versions.insert(a.id, a.version);
        for (const Assignment &a : s.assignments) {
            if (versions.value(a.id, -1) != a.version)
                return changedSince(error, Tr::tr("An assignment"));
        }
        *back = RevertStep::of(RevertStep::Op::AddAssignments);
        back->assignments = *current;
        return m_store.removeAssignments(ids, error);
    }

    bool addAssignments(const RevertStep &s, RevertStep *back, QString *error)
    {
        // One without a place recorded goes last in its item's list.
        QHash<qint64, int> next;
        QVector<qint64> items;
        for (const Assignment &a : s.assignments) {
            if (a.position < 0)
                items.append(a.itemId);
        }
        if (!items.isEmpty()) {
            const auto current = m_store.assignmentsFor(items, error);
            if (!current)
                return false;
            for (const Assignment &a : *current)
                next[a.itemId] = std::max(next.value(a.itemId), a.position + 1);
        }
        *back = RevertStep::of(RevertStep::Op::RemoveAssignments);
        for (Assignment a : s.assignments) {
            if (a.position < 0)
                a.position = next[a.itemId]++;
            if (!m_store.addAssignment(a, error))
                return false;
            back->assignments.append(a);
        }
        return true;
    }

    bool updateAssignment(const RevertStep &s, RevertStep *back, QString *error)
    {
        Assignment target = s.assignments.first();
        const auto current = m_store.assignmentById(target.id, error);
        if (!current)
            return false;
        if (current->version != target.version)
            return changedSince(error, Tr::tr("An assignment"));
        if (!m_store.updateAssignment(target, error, Store::Confirmation::AsGiven))
            return false;
        *back = RevertStep::of(RevertStep::Op::UpdateAssignment);
        Assignment was = *current;
        was.version = target.version;
        back->assignments = {was};
        return true;
    }

    static bool sameLink(const Link &a, const Link &b)
    {
        return a.fromItem == b.fromItem && a.toItem == b.toItem && a.type == b.type && a.note == b.note;
    }

    bool removeLinks(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Link &l : s.links)
            ids.append(l.id);
        const auto current = m_store.linksById(ids, error);
        if (!current)
            return false;
        QHash<qint64, Link> byId;
        for (const Link &l : *current)
            byId.insert(l.id, l);
        *back = RevertStep::of(RevertStep::Op::AddLinks);
        for (const Link &l : s.links) {
            if (!byId.contains(l.id) || !sameLink(byId.value(l.id), l))
                return changedSince(error, Tr::tr("A link"));
            back->links.append(byId.value(l.id));
        }
        return m_store.removeLinks(ids, error);
    }

    bool addLinks(const RevertStep &s, RevertStep *back, QString *error)
    {
        // The bulk path trusts its caller: the types still declared, the names for the history.
        const auto types = m_store.linkTypes(error);
        if (!types)
            return false;
        QSet<QString> declared;
        for (const LinkType &t : *types)
            declared.insert(t.key);
        QVector<qint64> ends;
        for (const Link &l : s.links)
            ends << l.fromItem << l.toItem;
        const auto items = m_store.itemsById(ends, error);
        if (!items)
            return false;
        QHash<qint64, QString> names;
        for (const Item &item : *items)
            names.insert(item.id, item.name);
        QVector<Link> links = s.links;
        for (Link &l : links) {
            if (!declared.contains(l.type))
                return fail(error, Tr::tr("The link type \"%1\" no longer exists.").arg(l.type));
            if (!names.contains(l.fromItem) || !names.contains(l.toItem))
                return fail(error, Tr::tr("An item of a link to make again no longer exists."));
            l.fromName = names.value(l.fromItem);
            l.toName = names.value(l.toItem);
        }
        if (!m_store.restoreValidatedLinks(links, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::RemoveLinks);
        back->links = links;
        return true;
    }

    bool setLinkNote(const RevertStep &s, RevertStep *back, QString *error)
    {
        const Link &target = s.links.at(0), &expected = s.links.at(1);
        const auto current = m_store.linksById({target.id}, error);
        if (!current)
            return false;
        if (current->isEmpty() || !sameLink(current->first(), expected))
            return changedSince(error, Tr::tr("A link"));
        if (!m_store.setLinkNote(target.id, target.note, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::SetLinkNote);
        back->links = {expected, target};
        return true;
    }

    std::optional<std::optional<TeamMember>> membership(qint64 team, qint64 member, QString *error)
    {
        const auto members = m_store.teamMembers(team, error);
        if (!members)
            return std::nullopt;
        for (const TeamMember &m : *members) {
            if (m.memberId == member)
                return std::optional<TeamMember>(m);
        }
        return std::optional<TeamMember>();
    }

    static bool sameMember(const TeamMember &a, const TeamMember &b) { return a.role == b.role && a.note == b.note; }

    bool removeMembers(const RevertStep &s, RevertStep *back, QString *error)
    {
        *back = RevertStep::of(RevertStep::Op::AddMembers);
        for (const TeamMember &m : s.members) {
            const auto current = membership(m.teamId, m.memberId, error);
            if (!current)
                return false;
            if (!*current || !sameMember(**current, m))
                return changedSince(error, Tr::tr("A team membership"));
            if (!m_store.removeTeamMember(m.teamId, m.memberId, error))
                return false;
            back->members.append(**current); // with its place, for undo
        }
        return true;
    }

    bool addMembers(const RevertStep &s, RevertStep *back, QString *error)
    {
        *back = RevertStep::of(RevertStep::Op::RemoveMembers);
        for (const TeamMember &m : s.members) {
            const auto current = membership(m.teamId, m.memberId, error);
            if (!current)
                return false;
            if (*current)
                return changedSince(error, Tr::tr("A team membership"));
            if (!m_store.setTeamMember(m, error))
                return false;
            back->members.append(m);
        }
        return true;
    }

    /// One membership's role and note back; members = {as it is to be left, as it is to be found}.
    bool setMember(const RevertStep &s, RevertStep *back, QString *error)
    {
        TeamMember target = s.members.at(0);
        const auto current = membership(target.teamId, target.memberId, error);
        if (!current)
            return false;
        if (!*current || !sameMember(**current, s.members.at(1)))
            return changedSince(error, Tr::tr("A team membership"));
        target.position = (*current)->position;
        if (!m_store.setTeamMember(target, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::SetMember);
        back->members = {**current, target};
        return true;
    }

    bool deleteContacts(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Contact &c : s.contacts)
            ids.append(c.id);
        // With their addresses (and their ids) and tags, to be made again as they are.
        const auto found = m_store.contactsById(ids, error);
        if (!found)
            return false;
        const QHash<qint64, Contact> &current = *found;
        // The lists of a team go before the team.
        QVector<Contact> order = s.contacts;
        const QSet<qint64> set(ids.cbegin(), ids.cend());
        std::stable_sort(order.begin(), order.end(), [&set](const Contact &a, const Contact &b) {
            return set.contains(a.teamId) && !set.contains(b.teamId);
        });
        *back = RevertStep::of(RevertStep::Op::CreateContacts);
        for (const Contact &c : std::as_const(order)) {
            if (!current.contains(c.id) || current.value(c.id).version != c.version)
                return changedSince(error, Tr::tr("The contact \"%1\"").arg(c.name));
            const auto snapshot = m_store.snapshotContact(c.id, error);
            if (!snapshot)
                return false;
            if (!snapshot->assignments.isEmpty() || !snapshot->memberships.isEmpty() || !snapshot->teamOf.isEmpty())
                return changedSince(error, Tr::tr("The contact \"%1\"").arg(c.name));
            if (!m_store.deleteContact(c.id, error))
                return false;
        }
        // Made again teams first, as they were.
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            back->contacts.append(current.value(it->id));
        return true;
    }

    bool createContacts(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<Contact> order = s.contacts;
        QSet<qint64> set;
        for (const Contact &c : s.contacts)
            set.insert(c.id);
        // A team before its lists.
        std::stable_sort(order.begin(), order.end(), [&set](const Contact &a, const Contact &b) {
            return !set.contains(a.teamId) && set.contains(b.teamId);
        });
        *back = RevertStep::of(RevertStep::Op::DeleteContacts);
        for (Contact c : std::as_const(order)) {
            if (!m_store.createContact(c, error))
                return false;
            back->contacts.append(c);
        }
        return true;
    }

    bool updateContact(const RevertStep &s, RevertStep *back, QString *error)
    {
        Contact target = s.contacts.first();
        const auto found = m_store.contactsById({target.id}, error);
        if (!found)
            return false;
        const QHash<qint64, Contact> &current = *found;
        if (!current.contains(target.id) || current.value(target.id).version != target.version)
            return changedSince(error, Tr::tr("The contact \"%1\"").arg(target.name));
        if (!m_store.updateContact(target, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::UpdateContact);
        Contact was = current.value(target.id);
        was.version = target.version;
        back->contacts = {was};
        return true;
    }

    bool deleteItems(const RevertStep &s, RevertStep *back, QString *error)
    {
        QVector<qint64> ids;
        for (const Item &item : s.items)
            ids.append(item.id);
        const auto current = m_store.itemsById(ids, error);
        if (!current)
            return false;
        QHash<qint64, int> versions;
        for (const Item &item : *current)
            versions.insert(item.id, item.version);
        for (const Item &item : s.items) {
            if (versions.value(item.id, -1) != item.version)
                return changedSince(error, Tr::tr("\"%1\"").arg(item.name));
        }
        // Nothing may go with them that the revert does not take itself (a delete takes
        // what hangs on an item along unrecorded): refused if anything does.
        const QSet<qint64> set(ids.cbegin(), ids.cend());
        const auto children = m_store.childrenOf(ids, error);
        const auto assignments = children ? m_store.assignmentsFor(ids, error) : std::nullopt;
        const auto links = assignments ? m_store.linksOfItems(ids, error) : std::nullopt;
        const auto placements = links ? m_store.placementsOn(ids, error) : std::nullopt;
        if (!placements)
            return false;
        const bool childStays = std::any_of(children->cbegin(), children->cend(),
                                            [&set](const TreeRow &row) { return !set.contains(row.id); });
        const bool placedStays = std::any_of(placements->cbegin(), placements->cend(),
                                             [&set](const Placement &p) { return !set.contains(p.serviceId); });
        if (childStays || placedStays || !assignments->isEmpty() || !links->isEmpty())
            return changedSince(error, Tr::tr("What is under, assigned to or linked with the items to delete"));
        // Children first: each recorded as deleted itself, not "with its parent".
        QVector<Item> order = *current;
        std::stable_sort(order.begin(), order.end(),
                         [](const Item &a, const Item &b) { return a.kind != b.kind ? a.kind > b.kind : a.id > b.id; });
        QVector<qint64> ordered;
        for (const Item &item : std::as_const(order))
            ordered.append(item.id);
        if (!m_store.deleteItems(ordered, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::CreateItems);
        back->items = *current;
        return true;
    }

    bool createItems(const RevertStep &s, RevertStep *back, QString *error)
    {
        // Parents before children (kinds go down the tree), further hosts before their services.
        QVector<Item> order = s.items;
        std::stable_sort(order.begin(), order.end(),
                         [](const Item &a, const Item &b) { return a.kind != b.kind ? a.kind < b.kind : a.id < b.id; });
        if (!m_store.restoreValidatedItems(order, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::DeleteItems);
        back->items = order;
        return true;
    }

    bool updateItem(const RevertStep &s, RevertStep *back, QString *error)
    {
        Item target = s.items.first();
        const auto current = m_store.itemsById({target.id}, error);
        if (!current)
            return false;
        if (current->isEmpty() || current->first().version != target.version)
            return changedSince(error, Tr::tr("\"%1\"").arg(target.name));
        target.graphLoaded = true;
        if (!m_store.updateItem(target, error))
            return false;
        *back = RevertStep::of(RevertStep::Op::UpdateItem);
        Item was = current->first();
        was.version = target.version;
        back->items = {was};
        return true;
    }

    Store &m_store;
};

} // namespace

bool runRevertSteps(Store &store, const RevertSteps &steps, RevertSteps *inverse, QString *error)
{
    StepRunner runner(store);
    for (const RevertStep &s : steps) {
        if (!runner.run(s, inverse, error))
            return false;
    }
    return true;
}

std::optional<RevertSteps> applyRevertSteps(Store &store, const RevertSteps &steps, const QString &label,
                                            QString *error)
{
    RevertSteps inverse;
    if (!store.write([&](QString *err) { return runRevertSteps(store, steps, &inverse, err); }, error, label))
        return std::nullopt;
    return inverse;
}

} // namespace steward
