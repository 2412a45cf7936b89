#pragma once

#include "ImportValidation.h"

namespace steward {

/**
 * Validates the rows of a contacts file: the name, the kind, notes and addresses
 * (by the contact form's rules) as each row comes; the team and the members once
 * the whole file is read (finish()), since they may name contacts further down.
 * Plans the contact's creation or change and its team's members.
 */
class ContactValidator final : public ImportFileValidator
{
public:
    ContactValidator(ImportValidationState &state, const ParsedFile &file);

    void check(const CsvReader::Record &record);
    /// Resolves the teams and members of the file's rows.
    void finish();

private:
    /// A row waiting for its team and members.
    struct Pending
    {
        const CsvReader::Record *record;
        qsizetype previewAt;
        Contact before;
        Contact contact;
        bool create;
    };
    void resolve(Pending &pending);
    /// The columns of a NetBox contacts file (NetBoxFormat.h) into @p c: tags and
    /// groups into its tags, email, phone and link added to its addresses, the rest
    /// into its notes.
    void checkNetBox(Contact *c);

    QVector<Pending> m_pending;
};

} // namespace steward
