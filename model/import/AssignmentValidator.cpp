#include "AssignmentValidator.h"

#include "Validation.h"

#include <QCoreApplication>

namespace steward {
namespace {

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

AssignmentValidator::AssignmentValidator(ImportValidationState &state, const ParsedFile &file)
    : ImportFileValidator(state, file)
{}

void AssignmentValidator::check(const CsvReader::Record &record)
{
    startRecord(record);
    const qint64 errorsBefore = errorsAtRecord();
    ImportRow preview = this->preview();
    const QString itemName = m_cols.get("item").trimmed();
    const QString kindText = m_cols.get("item_kind").trimmed();
    const QString contactName = m_cols.get("contact").trimmed();
    const QString role = m_cols.get("role").trimmed();
    const QString priorityText = m_cols.get("priority").trimmed();
    qint64 itemId = 0;
    QString why;
    ItemKind kind = ItemKind::Service;
    if (itemName.isEmpty()) {
        bad("item", Tr::tr("the item is required"));
    } else if (!kindText.isEmpty() && !keys::itemKindFromKey(kindText, &kind)) {
        bad("item_kind", Tr::tr("unknown item kind \"%1\"; use organisation, provider, host or service").arg(kindText));
    } else if (!kindText.isEmpty() && kind == ItemKind::Organisation) {
        itemId = m_index.organisation; // whatever this inventory's organisation is called
    } else if (!kindText.isEmpty()) {
        itemId = m_index.findItem(kind, itemName, &why);
        if (!itemId)
            bad("item", why);
    } else {
        QVector<qint64> found;
        for (ItemKind k : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service})
            found += m_index.itemsNamed(k, nameKey(itemName));
        if (found.size() == 1)
            itemId = found.first();
        else
            bad("item", found.isEmpty() ? Tr::tr("unknown item \"%1\"").arg(itemName)
                                        : Tr::tr("\"%1\" is ambiguous: %2 items have that name; add an item_kind "
                                                 "column")
                                              .arg(itemName)
                                              .arg(found.size()));
    }
    const qint64 contactId = contactName.isEmpty() ? 0 : m_index.findContact(contactName, &why);
    if (contactName.isEmpty())
        bad("contact", Tr::tr("the contact is required"));
    else if (!contactId)
        bad("contact", why);
    if (role.isEmpty())
        bad("role", Tr::tr("the role is required"));
    else if (hasLineBreak(role))
        bad("role", Tr::tr("a role cannot span lines"));
    Priority priority = Priority::Primary;
    if (!priorityText.isEmpty()) {
        priority = keys::priorityFromKey(priorityText);
        if (keys::priority(priority) != priorityText)
            bad("priority",
                Tr::tr("unknown priority \"%1\"; use primary, secondary, tertiary or inactive").arg(priorityText));
    }
    // Cover (optional columns): empty is no limit.
    const auto day = [this](const char *column, QDate *into) {
        const QString text = m_cols.get(column).trimmed();
        if (text.isEmpty())
            return;
        if (const auto parsed = validation::parseDay(text))
            *into = *parsed;
        else
            bad(column, Tr::tr("\"%1\" is not a date; write it as yyyy-MM-dd (2027-01-15), or leave it empty for "
                               "no limit")
                            .arg(text));
    };
    QDate validFrom, validUntil;
    day("valid_from", &validFrom);
    day("valid_until", &validUntil);
    if (validFrom.isValid() && validUntil.isValid() && validUntil < validFrom)
        bad("valid_until", Tr::tr("valid until %1 is before valid from %2")
                               .arg(validUntil.toString(Qt::ISODate), validFrom.toString(Qt::ISODate)));
    preview.name = QStringLiteral("%1 / %2 / %3").arg(itemName, contactName, role);
    if (itemId && contactId && !role.isEmpty()) {
        const QString key = InventoryIndex::assignmentKey(itemId, contactId, role);
        if (const auto other = m_state.seen.constFind(key); other != m_state.seen.constEnd()) {
            bad("role", Tr::tr("duplicate assignment: %1").arg(alsoOn(*other)));
        } else {
            m_state.seen.insert(key, {&m_fileName, m_row});
        }
        const auto existing = m_index.assignments.constFind(key);
        Assignment a = existing != m_index.assignments.constEnd() ? *existing : Assignment();
        a.itemId = itemId;
        a.contactId = contactId;
        a.role = role;
        if (m_cols.has("priority") || existing == m_index.assignments.constEnd())
            a.priority = priority;
        if (m_cols.has("note"))
            a.note = m_cols.get("note");
        if (m_cols.has("valid_from"))
            a.validFrom = validFrom;
        if (m_cols.has("valid_until"))
            a.validUntil = validUntil;
        if (existing == m_index.assignments.constEnd()) {
            a.id = 0;
            preview.action = ImportRow::Action::Create;
        } else {
            if (a.priority != existing->priority)
                preview.changes << QStringLiteral("priority");
            if (a.note != existing->note)
                preview.changes << QStringLiteral("note");
            if (a.validFrom != existing->validFrom)
                preview.changes << QStringLiteral("valid_from");
            if (a.validUntil != existing->validUntil)
                preview.changes << QStringLiteral("valid_until");
            preview.action = preview.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Change;
        }
        if (preview.action != ImportRow::Action::Unchanged && errorCount() == errorsBefore)
            m_plan.assignmentOps.append(a);
    }
    m_plan.rows.append(preview);
}

} // namespace steward
