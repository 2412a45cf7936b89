#pragma once

#include "Records.h"

#include <QJsonObject>

namespace steward {

// The fields a history entry records before and after a change (its "before" and
// "after" JSON): what the Store writes, and what a revert puts back.

/// An item's fields as the history records them (JSON, keys as the columns).
QJsonObject itemFields(const Item &item);

/// Sets the fields named in @p fields on @p item; unknown keys are ignored.
/// Used to put back the "before" values of a recorded change.
void applyItemFields(Item *item, const QJsonObject &fields);

/// A contact's fields as the history records them, addresses as an array.
QJsonObject contactFields(const Contact &contact);

/// Sets the fields named in @p fields on @p contact (the "before" of a recorded change).
void applyContactFields(Contact *contact, const QJsonObject &fields);

} // namespace steward
