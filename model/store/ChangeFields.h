#pragma once

#include "Records.h"

#include <QJsonObject>

namespace steward {

// The fields a history entry records before and after a change (its "before" and
// "after" JSON): what the Store writes, and what a revert puts back.

/// An item's fields as the history records them (JSON, keys as the columns).
QJsonObject itemFields(const Item &item);

/// Adds an item's further hosts, aliases and tags to @p fields ("also_runs_on",
/// "aliases", "tags"): with @p always, even when empty (an update that empties them
/// records what they were and that they are gone); otherwise only those it has, so
/// that an item without them is recorded as before they existed.
void addGraphFields(QJsonObject *fields, const Item &item, bool always);

/// Sets the fields named in @p fields on @p item; unknown keys are ignored.
/// Used to put back the "before" values of a recorded change.
void applyItemFields(Item *item, const QJsonObject &fields);

/// A contact's fields as the history records them, addresses as an array.
QJsonObject contactFields(const Contact &contact);

/// Sets the fields named in @p fields on @p contact (the "before" of a recorded change).
void applyContactFields(Contact *contact, const QJsonObject &fields);

} // namespace steward
