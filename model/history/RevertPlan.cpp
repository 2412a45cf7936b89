#include "RevertPlan.h"

#include "ChangeFields.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace steward {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RevertPlan)
};

std::optional<RevertPlan> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

/// An assignment's entry: the item's contacts with this change taken back.
std::optional<RevertPlan> planAssignmentRevert(Store &store, const HistoryEntry &entry, const QJsonObject &before,
                                               RevertPlan plan, QString *error)
{
    if (!store.item(entry.itemId, error))
        return std::nullopt;
    const auto found = store.assignments(entry.itemId, error);
    if (!found)
        return std::nullopt;
    const QVector<Assignment> &current = *found;
    QVector<Assignment> after = current;
    if (entry.action == QLatin1String("create")) {
        after.erase(std::remove_if(after.begin(), after.end(),
                                   [&entry](const Assignment &a) { return a.id == entry.entityId; }),
                    after.end());
    } else {
        Assignment restored;
        restored.itemId = entry.itemId;
        restored.contactId = before.value(QStringLiteral("contact_id")).toInteger();
        restored.role = before.value(QStringLiteral("role")).toString();
        restored.priority = keys::priorityFromKey(before.value(QStringLiteral("priority")).toString());
        restored.note = before.value(QStringLiteral("note")).toString();
        if (entry.action == QLatin1String("delete")) {
            const auto contacts = store.contactsById({restored.contactId}, error);
            if (!contacts)
                return std::nullopt;
            if (!contacts->contains(restored.contactId))
                return refuse(error, Tr::tr("The contact of this assignment no longer exists."));
            after.append(restored);
        } else {
            for (Assignment &a : after) {
                if (a.id != entry.entityId)
                    continue;
                // Only the fields this change touched go back.
                if (before.contains(QStringLiteral("contact_id")))
                    a.contactId = restored.contactId;
                if (before.contains(QStringLiteral("role")))
                    a.role = restored.role;
                if (before.contains(QStringLiteral("priority")))
                    a.priority = restored.priority;
                if (before.contains(QStringLiteral("note")))
                    a.note = restored.note;
            }
        }
    }
    plan.kind = RevertPlan::Kind::Ownership;
    plan.itemId = entry.itemId;
    plan.assignmentsNow = current;
    plan.assignmentsReverted = after;
    return plan;
}

} // namespace

bool isRevertible(const HistoryEntry &entry)
{
    const bool update = entry.action == QLatin1String("update");
    if (entry.entity == QLatin1String("item"))
        return update && entry.itemId > 0;
    if (entry.entity == QLatin1String("assignment"))
        return entry.itemId > 0;
    if (entry.entity == QLatin1String("contact"))
        return update;
    return false;
}

std::optional<RevertPlan> planRevert(Store &store, const HistoryEntry &entry, QString *error)
{
    if (!isRevertible(entry))
        return refuse(error, Tr::tr("This kind of change cannot be reverted from the history; edit the record "
                                    "instead, or use Undo."));
    const auto latest = store.latestChangeOf(entry.entity, entry.entityId, error);
    if (!latest)
        return std::nullopt;
    if (*latest != entry.id)
        return refuse(error, Tr::tr("A later change to the same record depends on this one; revert that first."));
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    RevertPlan plan;
    plan.label = Tr::tr("Revert: %1").arg(entry.summary);

    if (entry.entity == QLatin1String("item")) {
        auto current = store.item(entry.itemId, error);
        if (!current)
            return std::nullopt;
        plan.kind = RevertPlan::Kind::Item;
        plan.itemNow = *current;
        plan.itemReverted = *current;
        applyItemFields(&plan.itemReverted, before);
        return plan;
    }
    if (entry.entity == QLatin1String("contact")) {
        auto current = store.contact(entry.entityId, error);
        if (!current)
            return std::nullopt;
        plan.kind = RevertPlan::Kind::Contact;
        plan.contactNow = *current;
        plan.contactReverted = *current;
        auto members = store.teamMembers(current->id, error);
        if (!members)
            return std::nullopt;
        plan.teamMembers = std::move(*members);
        applyContactFields(&plan.contactReverted, before);
        return plan;
    }
    return planAssignmentRevert(store, entry, before, std::move(plan), error);
}

} // namespace steward
