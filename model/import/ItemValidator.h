#pragma once

#include "ImportValidation.h"

namespace steward {

/**
 * Validates the rows of a providers, hosts or services file: the name, the status,
 * the columns of the kind, aliases and tags, the provider or hosts it is at and, for
 * a service, what it is served through. Plans the item's creation or change and, for a
 * service, the replacement of its fronted-by links.
 */
class ItemValidator final : public ImportFileValidator
{
public:
    ItemValidator(ImportValidationState &state, const ParsedFile &file);

    void check(const CsvReader::Record &record);
    void finish() {}

private:
    /// The row's aliases (unique within the kind, in the inventory and the files) and
    /// tags, into @p item.
    void checkAliasesAndTags(Item *item);
    /// Notes in the index the fronted-by links @p op leaves item @p id with.
    void planServedThrough(qint64 id, const ImportPlan::ItemOp &op);

    const ItemKind m_kind;
    /// The services this file creates, by name key, with the ids planned for them
    /// before its first row: a row may be served through a service a later row makes
    /// (the services report lists them by name, not in the order they depend on each other).
    QHash<QString, qint64> m_ahead;
};

} // namespace steward
