#pragma once

#include "ImportValidation.h"

namespace steward {

/**
 * Validates the rows of an assignments file: the item (by its kind if the file has
 * an item_kind column), the contact, the role, the priority and the cover (optional
 * valid_from and valid_until columns, yyyy-MM-dd, empty for no limit); an assignment
 * named twice in the files is an error. Plans its creation or change.
 */
class AssignmentValidator final : public ImportFileValidator
{
public:
    AssignmentValidator(ImportValidationState &state, const ParsedFile &file);

    void check(const CsvReader::Record &record);
    void finish() {}
};

} // namespace steward
