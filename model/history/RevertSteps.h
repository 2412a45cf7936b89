#pragma once

#include "Records.h"

#include <QString>
#include <QVector>

#include <optional>

namespace steward {

class Store;

/// One write a revert makes (or its undo), with the records as they are to be found and
/// as they are to be left: applying it again after an undo is exact, and refused when
/// one of them was changed meanwhile.
struct RevertStep
{
    enum class Op
    {
        RemoveAssignments,
        AddAssignments,
        UpdateAssignment,
        RemoveLinks,
        AddLinks,
        SetLinkNote,
        RemoveMembers,
        AddMembers,
        SetMember,
        DeleteContacts,
        CreateContacts,
        UpdateContact,
        DeleteItems,
        CreateItems,
        UpdateItem
    };
    Op op = Op::UpdateItem;
    static RevertStep of(Op op)
    {
        RevertStep s;
        s.op = op;
        return s;
    }
    QVector<Item> items;
    QVector<Contact> contacts;
    QVector<Assignment> assignments;
    QVector<Link> links;
    QVector<TeamMember> members;
};

/// The steps of a revert, or of its undo, in the order they run.
using RevertSteps = QVector<RevertStep>;

/**
 * Runs @p steps (as applyBatchRevert() or this returned them) in one write labelled
 * @p label, and returns the steps that take them back. Refused, writing nothing, when a
 * record is not as the steps expect (changed since) or a write fails.
 */
[[nodiscard]] std::optional<RevertSteps> applyRevertSteps(Store &store, const RevertSteps &steps, const QString &label,
                                                          QString *error);

/// applyRevertSteps()'s writes inside the caller's write(): the steps that take them
/// back into @p inverse (in the order they run).
[[nodiscard]] bool runRevertSteps(Store &store, const RevertSteps &steps, RevertSteps *inverse, QString *error);

} // namespace steward
