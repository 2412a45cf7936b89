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

} // namespace steward::validation
