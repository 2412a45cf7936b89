#pragma once

#include "ImportValidation.h"

namespace steward {

/**
 * Validates the rows of a providers, hosts or services file: the name, the status,
 * the columns of the kind, the provider or host it is at and, for a service, the
 * providers it is served through. Plans the item's creation or change and, for a
 * service, the replacement of its fronted-by links.
 */
class ItemValidator final : public ImportFileValidator
{
public:
    ItemValidator(ImportValidationState &state, const ParsedFile &file);

    void check(const CsvReader::Record &record);
    void finish() {}

private:
    const ItemKind m_kind;
};

} // namespace steward
