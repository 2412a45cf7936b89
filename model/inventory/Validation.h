#pragma once

#include "Types.h"

#include <QString>

namespace steward::validation {

/// http or https with a host: what the URL fields of items and contacts accept.
bool isWebAddress(const QString &text);
/// Letters, digits and hyphens in dot-separated labels ("albatross.python.org").
bool isHostname(const QString &text);
/// One address "local@domain.tld", no spaces, no display name.
bool isEmailAddress(const QString &text);
/// Why @p value is not a well-formed address of @p kind, or an empty string if it is.
QString addressProblem(AddressKind kind, const QString &value);

/// Tags or aliases as stored: each trimmed, empty ones dropped, a repeat (after case
/// folding for aliases, exactly for tags) dropped. Fills @p problem and returns false
/// for one that cannot be stored: a ";" (the lists' separator in CSV), a control
/// character, a tag with an empty key ("=prod"), more than 200 characters.
bool normaliseList(QStringList *list, bool aliases, QString *problem);
/// "key=value" splits at the first "="; a bare tag is a key with no value.
QString tagKey(const QString &tag);

} // namespace steward::validation
