#include "ImportValidation.h"

#include "AssignmentValidator.h"
#include "ContactValidator.h"
#include "ItemValidator.h"
#include "LinkValidator.h"
#include "Types.h"

#include <QCoreApplication>
#include <QDir>

namespace steward {
namespace {

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace

ImportFileValidator::ImportFileValidator(ImportValidationState &state, const ParsedFile &file)
    : m_state(state)
    , m_index(state.index)
    , m_plan(state.plan)
    , m_fileName(file.file->name)
    , m_format(file.format)
    , m_cols(file.columns)
{}

QString ImportFileValidator::alsoOn(const NamedAt &other) const
{
    return other.file == &m_fileName // this file, not another one of the same name
               ? Tr::tr("also on row %1").arg(other.row)
               : Tr::tr("also in %1 row %2").arg(QDir::toNativeSeparators(*other.file)).arg(other.row);
}

ImportRow ImportFileValidator::preview() const
{
    ImportRow preview;
    preview.file = m_fileName;
    preview.row = m_row;
    preview.format = m_format;
    return preview;
}

bool ImportFileValidator::checkName(ImportRow &preview, QString *name, QString *key)
{
    *name = m_cols.get("name").trimmed();
    preview.name = *name;
    if (name->isEmpty()) {
        bad("name", Tr::tr("the name is required"));
        m_plan.rows.append(preview);
        return false;
    }
    if (hasLineBreak(*name))
        bad("name", Tr::tr("a name cannot span lines"));
    *key = nameKey(*name);
    if (const auto other = m_state.seen.constFind(*key); other != m_state.seen.constEnd()) {
        bad("name", Tr::tr("duplicate name \"%1\": %2").arg(*name, alsoOn(*other)));
        m_plan.rows.append(preview);
        return false;
    }
    m_state.seen.insert(*key, {&m_fileName, m_row});
    return true;
}

ImportValidation::ImportValidation(InventoryIndex &index, ImportPlan &plan, QVector<ImportError> &errors)
    : m_state{index, plan, errors, {}}
{}

template <class Validator> void ImportValidation::checkFile(const ParsedFile &file)
{
    Validator validator(m_state, file);
    for (const CsvReader::Record &record : file.records) {
        if (!tick())
            break;
        validator.check(record);
    }
    validator.finish();
}

bool ImportValidation::run(const QVector<ParsedFile> &files, size_t first, size_t last)
{
    for (size_t i = first; i < last && i < kImportFormats.size(); ++i) {
        const ImportFormat format = kImportFormats[i];
        m_state.seen.clear();
        m_state.seenLinks.clear();
        qsizetype ofFormat = 0;
        for (const ParsedFile &p : files)
            ofFormat += p.format == format ? p.records.size() : 0;
        if (format == ImportFormat::Links)
            m_state.seenLinks.reserve(ofFormat);
        else
            m_state.seen.reserve(ofFormat);
        for (const ParsedFile &p : files) {
            if (p.format != format)
                continue;
            switch (format) {
            case ImportFormat::Providers:
            case ImportFormat::Hosts:
            case ImportFormat::Services: checkFile<ItemValidator>(p); break;
            case ImportFormat::Contacts: checkFile<ContactValidator>(p); break;
            case ImportFormat::Assignments: checkFile<AssignmentValidator>(p); break;
            case ImportFormat::Links: checkFile<LinkValidator>(p); break;
            }
        }
    }
    return !m_canceled;
}

} // namespace steward
