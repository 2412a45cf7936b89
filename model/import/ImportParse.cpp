#include "ImportParse.h"

#include "BackstageImport.h"
#include "NetBoxFormat.h"
#include "Reports.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QSet>

#include <thread>
#include <vector>

namespace steward {
namespace {

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

QStringList requiredColumns(ImportFormat format)
{
    if (format == ImportFormat::Assignments)
        return {QStringLiteral("item"), QStringLiteral("contact"), QStringLiteral("role")};
    if (format == ImportFormat::Links)
        return {QStringLiteral("from"), QStringLiteral("from_kind"), QStringLiteral("type"), QStringLiteral("to"),
                QStringLiteral("to_kind")};
    return {QStringLiteral("name")};
}

} // namespace

ImportParse::ImportParse(const QVector<ImportSource> &files)
    : m_files(files)
{}

ImportParse::~ImportParse()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ImportParse::start()
{
    Q_ASSERT(!m_done && !m_thread.joinable());
    m_thread = std::thread([this] { m_result = parse(m_files); });
}

ImportParseResult &ImportParse::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    else if (!m_done)
        m_result = parse(m_files);
    m_done = true;
    return m_result;
}

qint64 ImportParse::rowsBound(const QVector<ImportSource> &files)
{
    qint64 bound = 0;
    for (const ImportSource &file : files)
        bound += file.data.count('\n') + 1;
    return bound;
}

QString ImportParse::formatKey(ImportFormat format)
{
    return Reports::key(importReport(format));
}

bool ImportParse::recognise(const QStringList &header, ImportFormat *format, QString *why)
{
    ImportDialect dialect;
    return recognise(header, format, &dialect, why);
}

bool ImportParse::recognise(const QStringList &header, ImportFormat *format, ImportDialect *dialect, QString *why)
{
    QSet<QString> columns;
    for (const QString &name : header)
        columns.insert(name.trimmed().toLower());
    // A column only NetBox's files have makes it NetBox's; Steward's own files have none.
    *dialect = ImportDialect::NetBox;
    switch (netbox::recognise(columns, format, why)) {
    case netbox::Header::NetBox: return true;
    case netbox::Header::Bad: return false;
    case netbox::Header::NotNetBox: break;
    }
    *dialect = ImportDialect::Steward;
    int best = 0;
    QVector<ImportFormat> winners;
    for (ImportFormat f : kImportFormats) {
        bool complete = true;
        for (const QString &required : requiredColumns(f))
            complete = complete && columns.contains(required);
        if (!complete)
            continue;
        int score = 0;
        for (const QString &known : Reports::header(importReport(f)))
            score += columns.contains(known) ? 1 : 0;
        if (score > best) {
            best = score;
            winners = {f};
        } else if (score == best) {
            winners.append(f);
        }
    }
    if (winners.size() == 1) {
        *format = winners.first();
        return true;
    }
    if (winners.isEmpty()) {
        *why = Tr::tr("not an import file: the header has neither a \"name\" column (providers, hosts, services, "
                      "contacts) nor \"item\", \"contact\" and \"role\" (assignments) nor \"from\", "
                      "\"from_kind\", \"type\", \"to\" and \"to_kind\" (links)");
    } else {
        QStringList keys;
        for (ImportFormat f : std::as_const(winners))
            keys << formatKey(f);
        *why = Tr::tr("cannot tell whether this is a %1 file; add the columns of one of them (see the exports)")
                   .arg(keys.join(Tr::tr(" or ")));
    }
    return false;
}

ImportParseResult ImportParse::parse(const QVector<ImportSource> &files)
{
    ImportParseResult result;
    const auto error = [&result](const QString &file, int row, int column, const QString &message) {
        if (result.errors.size() < kMaxImportErrors)
            result.errors.append({file, row, column, message});
        else
            ++result.moreErrors;
    };
    // The files' CSV read at once, each on a thread of its own beyond the first (a
    // services file and its links file: a third of a second each at 100k services);
    // what they hold is then taken in the order given.
    std::vector<CsvReader> readers(static_cast<size_t>(files.size()));
    // No field is longer than the longest a column takes (a description): a longer
    // one (50 MB in a cell) is refused as it is read, never copied.
    for (CsvReader &reader : readers)
        reader.setMaxFieldLength(validation::maxLength(validation::TextField::Text));
    {
        std::vector<std::thread> others;
        for (qsizetype i = 1; i < files.size(); ++i) {
            if (files.at(i).readError.isEmpty() && !BackstageImport::isCatalog(files.at(i)))
                others.emplace_back([&readers, &files, i] { readers[size_t(i)].parse(files.at(i).data); });
        }
        if (!files.isEmpty() && files.first().readError.isEmpty() && !BackstageImport::isCatalog(files.first()))
            readers.front().parse(files.first().data);
        for (std::thread &other : others)
            other.join();
    }
    for (qsizetype f = 0; f < files.size(); ++f) {
        const ImportSource &file = files.at(f);
        if (!file.readError.isEmpty()) {
            error(file.name, 0, 0, Tr::tr("cannot read the file: %1").arg(file.readError));
            continue;
        }
        if (BackstageImport::isCatalog(file))
            continue; // read below, all the catalogs together
        const CsvReader &reader = readers[size_t(f)];
        for (const CsvError &e : reader.errors())
            error(file.name, e.row, e.column, e.message);
        result.moreErrors += reader.moreErrors();
        if (!reader.errors().isEmpty())
            continue;
        if (reader.records().isEmpty()) {
            error(file.name, 1, 1, Tr::tr("the file is empty; it needs at least a header"));
            continue;
        }
        ParsedFile p;
        p.file = &file;
        const QStringList header = reader.records().first().fields;
        QString why;
        if (!recognise(header, &p.format, &p.dialect, &why)) {
            error(file.name, 1, 1, why);
            continue;
        }
        const bool netBox = p.dialect == ImportDialect::NetBox;
        const QStringList known = netBox ? netbox::columns(p.format) : Reports::header(importReport(p.format));
        bool headerOk = true;
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            if (netBox && !known.contains(name)) {
                // NetBox's exports have more columns than its import reads (id, created,
                // custom fields): ignored. Steward's own columns of that kind are not: the
                // file would be read without them.
                if (Reports::header(importReport(p.format)).contains(name)) {
                    error(file.name, 1, i + 1,
                          Tr::tr("\"%1\" is a column of Steward's %2 files, not of NetBox's: this file is read as "
                                 "%3 (it has a column only NetBox's have), whose columns are %4")
                              .arg(header.at(i), formatKey(p.format), importFormatName(p.format, p.dialect),
                                   known.join(QStringLiteral(", "))));
                    headerOk = false;
                }
                continue;
            }
            if (!known.contains(name)) {
                error(file.name, 1, i + 1,
                      Tr::tr("unknown column \"%1\"; a %2 file has the columns %3")
                          .arg(header.at(i), formatKey(p.format), known.join(QStringLiteral(", "))));
                headerOk = false;
            } else if (p.columns.contains(name)) {
                error(file.name, 1, i + 1, Tr::tr("the column \"%1\" appears twice").arg(name));
                headerOk = false;
            } else {
                p.columns.insert(name, i);
            }
        }
        if (!headerOk)
            continue;
        result.formats.insert(file.name, p.format);
        result.dialects.insert(file.name, p.dialect);
        p.records = reader.records().mid(1);
        result.totalRows += p.records.size();
        result.files.append(std::move(p));
    }
    // Backstage catalogs (.yaml, .yml): their documents as records of the same formats.
    BackstageImport::parse(files, &result, error);
    return result;
}

} // namespace steward
