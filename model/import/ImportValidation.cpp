#include "ImportValidation.h"

#include "AssignmentValidator.h"
#include "ContactValidator.h"
#include "ItemValidator.h"
#include "LinkValidator.h"
#include "NetBoxFormat.h"
#include "Reports.h"
#include "Types.h"
#include "Validation.h"

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
    , m_dialect(file.dialect)
    , m_cols(file.columns)
{
    using validation::TextField;
    // The kind of text of each column; a column not named here (a list: aliases, tags,
    // hosts, addresses, members) is free text whose parts are checked as they are read.
    static const QHash<QString, TextField> kinds{
        {QStringLiteral("name"), TextField::Name},
        {QStringLiteral("status"), TextField::Name},
        {QStringLiteral("provider"), TextField::Name},
        {QStringLiteral("host"), TextField::Name},
        {QStringLiteral("team"), TextField::Name},
        {QStringLiteral("item"), TextField::Name},
        {QStringLiteral("contact"), TextField::Name},
        {QStringLiteral("from"), TextField::Name},
        {QStringLiteral("to"), TextField::Name},
        {QStringLiteral("kind"), TextField::Name},
        {QStringLiteral("from_kind"), TextField::Name},
        {QStringLiteral("to_kind"), TextField::Name},
        {QStringLiteral("type"), TextField::Name},
        {QStringLiteral("priority"), TextField::Name},
        {QStringLiteral("hostname"), TextField::Hostname},
        {QStringLiteral("url"), TextField::Url},
        {QStringLiteral("source_url"), TextField::Url},
        {QStringLiteral("website"), TextField::Url},
        {QStringLiteral("config_tool_url"), TextField::Url},
        {QStringLiteral("config_repo"), TextField::Url},
        {QStringLiteral("full_name"), TextField::Line},
        {QStringLiteral("location"), TextField::Line},
        {QStringLiteral("config_tool"), TextField::Line},
        {QStringLiteral("role"), TextField::Line},
        {QStringLiteral("note"), TextField::Note},
        {QStringLiteral("description"), TextField::Text},
        {QStringLiteral("notes"), TextField::Text},
        // NetBox's contacts and providers (NetBoxFormat.h)
        {QStringLiteral("slug"), TextField::Name},
        {QStringLiteral("title"), TextField::Line},
        {QStringLiteral("phone"), TextField::Line},
        {QStringLiteral("email"), TextField::Address},
        {QStringLiteral("link"), TextField::Url},
        {QStringLiteral("address"), TextField::Text},
        {QStringLiteral("comments"), TextField::Text},
    };
    int width = 0;
    for (auto it = file.columns.constBegin(); it != file.columns.constEnd(); ++it)
        width = std::max(width, it.value() + 1);
    m_textKinds.resize(width, {static_cast<int>(TextField::Text), QString()});
    for (auto it = file.columns.constBegin(); it != file.columns.constEnd(); ++it)
        m_textKinds[it.value()] = {static_cast<int>(kinds.value(it.key(), TextField::Text)), it.key()};
}

void ImportFileValidator::checkRecord(const CsvReader::Record &record)
{
    startRecord(record);
    m_checked = &record;
    m_errorsAtRecord = errorCount();
    const qsizetype n = std::min(record.fields.size(), m_textKinds.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto &[kind, name] = m_textKinds.at(i);
        if (name.isEmpty())
            continue;
        const QString problem =
            validation::textProblem(static_cast<validation::TextField>(kind), name, record.fields.at(i));
        if (!problem.isEmpty()) {
            report(static_cast<int>(i) + 1, problem);
            m_badColumns.append(static_cast<int>(i) + 1);
        }
    }
    if (!m_badColumns.isEmpty())
        m_flagged.insert(&record, m_badColumns);
}

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
    *key = nameKey(*name);
    if (const auto other = m_state.seen.constFind(*key); other != m_state.seen.constEnd()) {
        bad("name", Tr::tr("duplicate name \"%1\": %2").arg(*name, alsoOn(*other)));
        m_plan.rows.append(preview);
        return false;
    }
    m_state.seen.insert(*key, {&m_fileName, m_row});
    return true;
}

QStringList ImportFileValidator::splitList(const QString &cell) const
{
    return m_dialect == ImportDialect::NetBox ? netbox::splitList(cell) : Reports::splitNames(cell);
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
        validator.checkRecord(record);
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
