#pragma once

#include <QString>

namespace steward {

class Store;

/**
 * The name the history records for changes made through @p store, set on it. On a
 * server the history names the database user (the Store's own choice, left alone): a
 * name chosen on one machine would let anyone sign a shared history as anyone. On a
 * file it is @p configuredName (trimmed) or, when that is empty, the operating-system
 * user. Returns the name now in use.
 */
QString applyHistoryActor(Store &store, const QString &configuredName);

} // namespace steward
