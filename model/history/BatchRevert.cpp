// Reverting a whole history batch: the plan as the caller sees it, and the steps that
// put its records back in an order that works.

#include "BatchRevert.h"

#include "BatchRevertRecords.h"
#include "ChangeFields.h"
#include "Store.h"

#include <algorithm>

namespace steward {

using namespace batchrevert;

namespace {

QString describeAction(const Record &r, const Current &now)
{
    const bool item = r.entity == kItem, contact = r.entity == kContact;
    QString name;
    if (item)
        name =
            now.items.contains(r.id) ? now.items.value(r.id).name : r.fields.value(QStringLiteral("name")).toString();
    else if (contact)
        name = now.contacts.contains(r.id) ? now.contacts.value(r.id).name
                                           : r.fields.value(QStringLiteral("name")).toString();
    switch (r.net) {
    case Net::Nothing: return Tr::tr("Nothing: the batch made it and took it away again");
    case Net::Delete:
        if (item || contact)
            return Tr::tr("Delete \"%1\"").arg(name);
        return r.entity == kMember ? Tr::tr("Take out of the team") : Tr::tr("Remove");
    case Net::Recreate:
        if (item || contact)
            return Tr::tr("Make \"%1\" again").arg(name);
        return Tr::tr("Make again");
    case Net::Update:
        if (item || contact)
            return Tr::tr("Put back %1 of \"%2\"").arg(fieldList(r.fields), name);
        return Tr::tr("Put back %1").arg(fieldList(r.fields));
    }
    return QString();
}

/// What a record put back does not get back exactly.
QString inexactness(const Record &r)
{
    if (r.net != Net::Recreate)
        return QString();
    if (r.entity == kItem)
        return Tr::tr("Made again with its recorded fields; the contacts, links and services on it that went "
                      "with it are not in the history, unless the batch removed them itself.");
    if (r.entity == kContact)
        return Tr::tr("Made again with its recorded fields; teams it was in are not in the history unless the batch "
                      "changed them itself.");
    if (r.entity == kAssignment || r.entity == kMember)
        return Tr::tr("Its place in the list is not recorded: it goes last.");
    return QString();
}

} // namespace

// --- Plan ------------------------------------------------------------------------------

int BatchRevertPlan::count(BatchRevertEntry::Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(entries.cbegin(), entries.cend(), [outcome](const auto &e) { return e.outcome == outcome; }));
}

int BatchRevertPlan::changedCount() const
{
    return count(Outcome::Conflict) + count(Outcome::Blocked);
}

QString outcomeName(BatchRevertEntry::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Revert: return Tr::tr("revert");
    case Outcome::Conflict: return Tr::tr("changed since");
    case Outcome::Blocked: return Tr::tr("blocked");
    case Outcome::Cannot: return Tr::tr("cannot be reverted");
    }
    return QString();
}

std::optional<BatchRevertPlan> planBatchRevert(Store &store, qint64 batchId, QString *error)
{
    const auto mark = store.historyMark(error);
    if (!mark)
        return std::nullopt;
    const auto entries = store.batchChanges(batchId, error);
    if (!entries)
        return std::nullopt;
    if (entries->isEmpty()) {
        fail(error, Tr::tr("There is no change %1 in the history.").arg(batchId));
        return std::nullopt;
    }
    auto basis = std::make_shared<BatchRevertBasis>();
    if (!planRecords(store, *entries, &basis->records, &basis->now, error))
        return std::nullopt;
    const Records &records = basis->records;
    const Current &now = basis->now;
    BatchRevertPlan plan;
    plan.basis = basis;
    plan.batchId = batchId;
    plan.batchLabel = entries->first().label;
    plan.batchAt = entries->first().at;
    plan.batchActor = entries->first().actor;
    plan.label = Tr::tr("Revert: %1").arg(plan.batchLabel);
    plan.lastChange = mark->lastChange;
    plan.changeCount = mark->changes;
    plan.entries.resize(entries->size());
    for (const Record &r : std::as_const(records.list)) {
        const QString action = describeAction(r, now);
        const QString reason = r.outcome == Outcome::Revert ? inexactness(r) : r.reason;
        for (int i : r.entries) {
            BatchRevertEntry &e = plan.entries[i];
            e.change = entries->at(i);
            e.outcome = r.outcome;
            e.action = action;
            e.reason = reason;
            e.since = r.since;
        }
    }
    return plan;
}

// --- Steps -------------------------------------------------------------------------------

namespace {

/// The writes that put the records of @p records whose outcome is Revert back, in an
/// order that works: what hangs on a record goes before it and comes back after it.
std::optional<RevertSteps> buildSteps(const Records &records, const Current &now, QString *error)
{
    using Op = RevertStep::Op;
    RevertStep removeAssignments = RevertStep::of(Op::RemoveAssignments), removeLinks = RevertStep::of(Op::RemoveLinks),
               removeMembers = RevertStep::of(Op::RemoveMembers), createContacts = RevertStep::of(Op::CreateContacts),
               createItems = RevertStep::of(Op::CreateItems), addAssignments = RevertStep::of(Op::AddAssignments),
               addLinks = RevertStep::of(Op::AddLinks), deleteContacts = RevertStep::of(Op::DeleteContacts),
               deleteItems = RevertStep::of(Op::DeleteItems);
    RevertStep addMembers = RevertStep::of(Op::AddMembers);
    RevertSteps updates;
    const auto missing = [error](const Record &r) {
        fail(error, Tr::tr("%1 %2 is not as the revert was planned; look at it again.").arg(r.entity).arg(r.id));
        return std::nullopt;
    };
    for (const Record &r : records.list) {
        if (r.outcome != Outcome::Revert || r.net == Net::Nothing)
            continue;
        const QJsonObject &f = r.fields;
        if (r.entity == kItem) {
            if (r.net == Net::Recreate) {
                createItems.items.append(itemFromFields(r.id, f));
                continue;
            }
            if (!now.items.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                deleteItems.items.append(now.items.value(r.id));
            } else {
                RevertStep s = RevertStep::of(Op::UpdateItem);
                Item target = now.items.value(r.id);
                applyItemFields(&target, f);
                s.items = {target};
                updates.append(s);
            }
        } else if (r.entity == kContact) {
            if (r.net == Net::Recreate) {
                createContacts.contacts.append(contactFromFields(r.id, f));
                continue;
            }
            if (!now.contacts.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                deleteContacts.contacts.append(now.contacts.value(r.id));
            } else {
                RevertStep s = RevertStep::of(Op::UpdateContact);
                Contact target = now.contacts.value(r.id);
                applyContactFields(&target, f);
                s.contacts = {target};
                updates.append(s);
            }
        } else if (r.entity == kAssignment) {
            if (r.net == Net::Recreate) {
                Assignment a = assignmentFromFields(r.id, f);
                applyAssignmentFields(&a, f);
                addAssignments.assignments.append(a);
                continue;
            }
            if (!now.assignments.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                removeAssignments.assignments.append(now.assignments.value(r.id));
            } else {
                RevertStep s = RevertStep::of(Op::UpdateAssignment);
                Assignment target = now.assignments.value(r.id);
                applyAssignmentFields(&target, f);
                s.assignments = {target};
                updates.append(s);
            }
        } else if (r.entity == kLink) {
            if (r.net == Net::Recreate) {
                addLinks.links.append(linkFromFields(r.id, f));
                continue;
            }
            if (!now.links.contains(r.id))
                return missing(r);
            if (r.net == Net::Delete) {
                removeLinks.links.append(now.links.value(r.id));
            } else {
                RevertStep s = RevertStep::of(Op::SetLinkNote);
                Link target = now.links.value(r.id);
                target.note = f.value(QStringLiteral("note")).toString(target.note);
                s.links = {target, now.links.value(r.id)};
                updates.append(s);
            }
        } else if (r.entity == kMember) {
            const TeamMember *current = now.member(r.team, r.id);
            if (r.net == Net::Recreate) {
                addMembers.members.append(memberFromFields(f));
                continue;
            }
            if (!current)
                return missing(r);
            if (r.net == Net::Delete) {
                removeMembers.members.append(*current);
            } else {
                RevertStep s = RevertStep::of(Op::SetMember);
                TeamMember target = *current;
                target.role = f.value(QStringLiteral("role")).toString(target.role);
                target.note = f.value(QStringLiteral("note")).toString(target.note);
                s.members = {target, *current};
                updates.append(s);
            }
        }
    }
    RevertSteps steps;
    const auto add = [&steps](const RevertStep &s) {
        if (!s.items.isEmpty() || !s.contacts.isEmpty() || !s.assignments.isEmpty() || !s.links.isEmpty() ||
            !s.members.isEmpty())
            steps.append(s);
    };
    add(removeAssignments);
    add(removeLinks);
    add(removeMembers);
    add(createContacts);
    add(createItems);
    for (const RevertStep &s : std::as_const(updates))
        add(s);
    add(addAssignments);
    add(addLinks);
    add(addMembers);
    add(deleteContacts);
    add(deleteItems);
    return steps;
}

} // namespace

std::optional<RevertSteps> applyBatchRevert(Store &store, const BatchRevertPlan &plan, OnConflict onConflict,
                                            QString *error)
{
    if (plan.changedCount() > 0 && onConflict == OnConflict::Refuse) {
        fail(error, Tr::tr("%n change(s) of the batch concern records changed since; skip them or cancel.", nullptr,
                           plan.changedCount()));
        return std::nullopt;
    }
    if (!plan.basis) {
        fail(error, Tr::tr("The revert was not prepared."));
        return std::nullopt;
    }
    if (!plan.hasWork()) {
        fail(error, Tr::tr("Nothing in \"%1\" can be reverted.").arg(plan.batchLabel));
        return std::nullopt;
    }
    RevertSteps inverse;
    const bool ok = store.write(
        [&](QString *err) {
            // The plan was read outside this transaction: anything since, and it is stale.
            const auto mark = store.historyMark(err);
            if (!mark)
                return false;
            if (*mark != Store::HistoryMark{plan.lastChange, plan.changeCount})
                return fail(err, Tr::tr("The inventory changed since the revert was prepared; nothing was reverted. "
                                        "Look at the revert again."));
            // Nothing was written since the plan was read: it holds as it was read.
            const auto steps = buildSteps(plan.basis->records, plan.basis->now, err);
            if (!steps)
                return false;
            if (steps->isEmpty())
                return fail(err, Tr::tr("Nothing in \"%1\" is left to revert.").arg(plan.batchLabel));
            return runRevertSteps(store, *steps, &inverse, err);
        },
        error, plan.label);
    if (!ok)
        return std::nullopt;
    return inverse;
}

} // namespace steward
