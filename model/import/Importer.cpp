#include "Importer.h"

#include "BackstageImport.h"
#include "ImportApply.h"
#include "ImportPlan.h"
#include "ImportValidation.h"
#include "InventoryIndex.h"
#include "Store.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace steward {

Importer::Importer(Store &store)
    : m_store(store)
{}

Importer::~Importer()
{
    for (std::thread &release : m_releases)
        release.join();
}

template <class T> void Importer::releaseLater(T &&what)
{
    auto owned = std::make_shared<std::decay_t<T>>(std::forward<T>(what));
    m_releases.emplace_back([owned = std::move(owned)]() mutable { owned.reset(); });
}

void Importer::addFile(const QString &path)
{
    ImportSource file;
    file.name = path;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        file.readError = in.errorString();
    else
        file.data = in.readAll();
    m_files.append(file);
}

void Importer::addData(const QString &name, const QByteArray &data)
{
    m_files.append({name, data, QString()});
}

QHash<QString, ImportFormat> Importer::formats() const
{
    return m_formats;
}

int Importer::count(ImportRow::Action action) const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [action](const ImportRow &r) { return r.action == action; }));
}

bool Importer::validate()
{
    return run(false, QString());
}

bool Importer::commit(const QString &label)
{
    return run(true, label);
}

ImportParseResult &Importer::takeParsed(ImportParse &parse)
{
    ImportParseResult &parsed = parse.wait();
    m_errors = std::move(parsed.errors);
    m_moreErrors = parsed.moreErrors;
    m_formats = std::move(parsed.formats);
    m_dialects = std::move(parsed.dialects);
    return parsed;
}

bool Importer::run(bool applyChanges, const QString &label)
{
    m_errors.clear();
    m_moreErrors = 0;
    m_rows.clear();
    m_formats.clear();
    m_dialects.clear();
    m_undo = ImportUndo();
    m_error.clear();

    // Parsed on a second thread while this one opens the transaction and reads the
    // inventory (both about a fifth of a second at 100k rows); joined before the rows
    // are validated.
    ImportParse parse(m_files);
    parse.start();

    QString message;
    bool ok = false;
    if (applyChanges) {
        QStringList names;
        for (const ImportSource &f : std::as_const(m_files))
            names << QFileInfo(f.name).fileName();
        ok = m_store.write([&](QString *err) { return validateAndApply(parse, true, err); }, &message,
                           label.isEmpty() ? tr("Import %1").arg(names.join(QStringLiteral(", "))) : label);
        if (ok)
            m_undo.batchId = m_store.lastBatchId();
        else
            m_undo = ImportUndo();
    } else {
        ok = validateAndApply(parse, false, &message);
    }
    if (parse.running()) {
        // The inventory could not be read (or written): the files' own errors come first.
        takeParsed(parse);
        if (!m_errors.isEmpty())
            message = nothingImported();
    }
    if (!ok)
        m_error = message;
    for (std::thread &release : m_releases)
        release.join();
    m_releases.clear();
    return ok;
}

bool Importer::validateAndApply(ImportParse &parse, bool applyChanges, QString *err)
{
    // Index, then (once the files are parsed) validate into a plan, then apply it.
    const qint64 rowsBound = ImportParse::rowsBound(m_files);
    InventoryIndex index;
    index.reserve(rowsBound);
    ImportPlan plan;
    plan.itemOps.reserve(rowsBound);
    if (!index.read(m_store, err))
        return false;

    ImportParseResult &parsed = takeParsed(parse);
    if (!m_errors.isEmpty()) {
        *err = nothingImported();
        return false;
    }
    BackstageImport::resolveNames(index, &parsed); // references to the inventory's contacts and services
    plan.rows.reserve(parsed.totalRows);
    ImportValidation validation(index, plan, m_errors);
    validation.setProgress(m_progress, parsed.totalRows);
    validation.setCancelFlag(m_cancel);
    // The links are validated last and written after the items and contacts. When the
    // rows before them are good and the changes are applied, the links are validated on
    // a second thread while this one writes the items and contacts, which share nothing
    // with them (ImportApply::runItemsAndContacts): with 300k links that is a second's
    // work done meanwhile. Errors there still leave nothing written: the write fails.
    static_assert(kImportFormats.back() == ImportFormat::Links, "the links are validated last");
    const size_t links = kImportFormats.size() - 1;
    bool finished = validation.run(parsed.files, 0, links);
    const bool overlap = finished && applyChanges && m_errors.isEmpty() &&
                         std::any_of(parsed.files.cbegin(), parsed.files.cend(),
                                     [](const ParsedFile &f) { return f.format == ImportFormat::Links; });
    ImportApply apply(m_store, m_reuse);
    bool applied = true;
    if (overlap) {
        std::thread linksThread([&] { finished = validation.run(parsed.files, links, links + 1); });
        applied = apply.runItemsAndContacts(index, plan, &m_undo, err);
        linksThread.join();
    } else if (finished) {
        finished = validation.run(parsed.files, links, links + 1);
    }
    m_moreErrors += validation.moreErrors();
    m_rows = std::move(plan.rows);
    BackstageImport::locate(parsed.backstage, &m_errors, &m_rows); // catalogs' rows -> line and column
    releaseLater(std::move(parsed.files));                         // the plan and the index have what the rows said
    if (!finished) {
        *err = tr("Canceled.");
        return false;
    }
    if (!m_errors.isEmpty()) {
        *err = nothingImported();
        return false;
    }
    if (!applied) // a write failed (err says which)
        return false;
    if (m_progress)
        m_progress(parsed.totalRows, parsed.totalRows);
    if (!applyChanges)
        return true;
    applied = overlap ? apply.runLinksAndAssignments(index, plan, &m_undo, err) : apply.run(index, plan, &m_undo, err);
    releaseLater(std::move(index)); // freed while the transaction commits
    releaseLater(std::move(plan));
    return applied;
}

QString Importer::nothingImported() const
{
    return tr("%n error(s); nothing was imported.", nullptr, static_cast<int>(errorCount()));
}
bool Importer::undo(Store &store, const ImportUndo &undo, QString *error, const QString &label)
{
    // Each write in turn over a list; the first that fails stops the undo.
    const auto each = [](const auto &list, const auto &write) { return std::all_of(list.begin(), list.end(), write); };
    return store.write(
        [&](QString *err) {
            // The versions the import left: anything changed since refuses the undo.
            return store.removeAssignments(undo.createdAssignments, err) &&
                   each(undo.changedAssignments,
                        [&](Assignment a) { return store.updateAssignment(a, err, Store::Confirmation::AsGiven); }) &&
                   each(undo.changedLinks, [&](const Link &l) { return store.setLinkNote(l.id, l.note, err); }) &&
                   each(undo.createdLinks, [&](qint64 id) { return store.removeLink(id, err); }) &&
                   each(undo.removedLinks,
                        [&](Link link) {
                            link.id = 0;
                            return store.addLink(link, err).has_value();
                        }) &&
                   each(undo.teamsBefore.keys(),
                        [&](qint64 team) {
                            const auto current = store.teamMembers(team, err);
                            return current &&
                                   each(*current,
                                        [&](const TeamMember &m) {
                                            return store.removeTeamMember(team, m.memberId, err);
                                        }) &&
                                   each(undo.teamsBefore.value(team),
                                        [&](const TeamMember &m) { return store.setTeamMember(m, err); });
                        }) &&
                   each(undo.changedContacts, [&](Contact c) { return store.updateContact(c, err); }) &&
                   each(undo.changedItems, [&](Item item) { return store.updateItem(item, err); }) &&
                   // Contacts and items: the last created first; items children first, one signal for all.
                   each(QVector<qint64>(undo.createdContacts.crbegin(), undo.createdContacts.crend()),
                        [&](qint64 id) { return store.deleteContact(id, err); }) &&
                   store.deleteItems(QVector<qint64>(undo.createdItems.crbegin(), undo.createdItems.crend()), err);
        },
        error, label.isEmpty() ? tr("Undo import") : label);
}

} // namespace steward
