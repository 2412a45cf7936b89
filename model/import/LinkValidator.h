#pragma once

#include "ImportValidation.h"

namespace steward {

/**
 * Validates the rows of a links file (from, from_kind, type, to, to_kind, note): both
 * items found by name or alias within their kinds, a link type that is built in or
 * declared, no link twice. Plans the link's creation or the change of its note; a
 * link the row leaves as it is changes nothing. Links not in the file are left alone.
 */
class LinkValidator final : public ImportFileValidator
{
public:
    LinkValidator(ImportValidationState &state, const ParsedFile &file);

    void check(const CsvReader::Record &record);
    void finish() {}

private:
    /// The item the @p column names within the kind @p kindColumn says; 0 after an error.
    /// @p name is the column's text, trimmed.
    qint64 item(const char *column, const char *kindColumn, QString *name);

    /// The types as written -> their keys (keys::normalLinkType) and whether they are
    /// known: a file of 300k links names a handful.
    QHash<QString, QPair<QString, bool>> m_types;
};

} // namespace steward
