#include "LinkValidator.h"

#include <QCoreApplication>

namespace steward {
namespace {

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

LinkValidator::LinkValidator(ImportValidationState &state, const ParsedFile &file)
    : ImportFileValidator(state, file)
{}

qint64 LinkValidator::item(const char *column, const char *kindColumn, QString *name)
{
    *name = m_cols.get(column).trimmed();
    const QString kindText = m_cols.get(kindColumn).trimmed();
    if (name->isEmpty()) {
        bad(column, Tr::tr("the item is required"));
        return 0;
    }
    ItemKind kind = ItemKind::Service;
    if (kindText.isEmpty() || !keys::itemKindFromKey(kindText, &kind)) {
        bad(kindColumn, Tr::tr("unknown item kind \"%1\"; use organisation, provider, host or service").arg(kindText));
        return 0;
    }
    QString why;
    const qint64 id = m_index.findItem(kind, *name, &why);
    if (!id)
        bad(column, why);
    return id;
}

void LinkValidator::check(const CsvReader::Record &record)
{
    startRecord(record);
    const qint64 errorsBefore = errorsAtRecord();
    ImportRow preview = this->preview();
    QString fromName, toName;
    const qint64 from = item("from", "from_kind", &fromName);
    const QString typeText = m_cols.get("type").trimmed();
    auto known = m_types.constFind(typeText);
    if (known == m_types.constEnd()) {
        const QString normal = keys::normalLinkType(typeText);
        known = m_types.insert(typeText, {normal, m_index.linkTypes.contains(normal)});
    }
    const QString &type = known->first;
    const qint64 to = item("to", "to_kind", &toName);
    preview.name = fromName + QStringLiteral(" / ") + type + QStringLiteral(" / ") + toName;
    if (typeText.isEmpty()) {
        bad("type",
            Tr::tr("the type is required; the link types are %1").arg(m_index.linkTypes.join(QStringLiteral(", "))));
    } else if (!known->second) {
        bad("type", Tr::tr("unknown link type \"%1\"; the link types are %2. To use a type of your own, declare it "
                           "first as a link type (a key of letters, digits and underscores, with its label and "
                           "whether failure follows it), then import again")
                        .arg(typeText, m_index.linkTypes.join(QStringLiteral(", "))));
    }
    if (from && to && from == to)
        bad("to", Tr::tr("an item cannot be linked to itself"));
    if (errorCount() != errorsBefore) {
        m_plan.rows.append(preview);
        return;
    }
    const InventoryIndex::LinkKey key = InventoryIndex::linkKey(from, type, to);
    if (const auto other = m_state.seenLinks.constFind(key); other != m_state.seenLinks.constEnd()) {
        bad("to", Tr::tr("duplicate link: %1").arg(alsoOn(*other)));
        m_plan.rows.append(preview);
        return;
    }
    m_state.seenLinks.insert(key, {&m_fileName, m_row});
    const bool hasNote = m_cols.has("note");
    const QString note = m_cols.get("note");
    auto existing = m_index.links.find(key);
    if (existing == m_index.links.end() || existing->id == 0) {
        // New, or new with its service's served_through: made here, with its note.
        Link link;
        link.fromItem = from;
        link.toItem = to;
        link.type = type;
        link.note = hasNote ? note : QString();
        m_index.links.insert(key, link);
        m_plan.linkOps.append(link);
        preview.action = ImportRow::Action::Create;
    } else if (hasNote && existing->note != note) {
        Link link = *existing;
        link.note = note; // the index keeps the note before, for the undo
        m_plan.linkOps.append(link);
        preview.action = ImportRow::Action::Change;
        preview.changes << QStringLiteral("note");
    }
    m_plan.rows.append(std::move(preview));
}

} // namespace steward
