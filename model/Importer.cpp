#include "Importer.h"

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
{
}

Importer::~Importer() = default;

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
    m_formats = std::move(parsed.formats);
    return parsed;
}

bool Importer::run(bool applyChanges, const QString &label)
{
    m_errors.clear();
    m_rows.clear();
    m_formats.clear();
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

    const ImportParseResult &parsed = takeParsed(parse);
    if (!m_errors.isEmpty()) {
        *err = nothingImported();
        return false;
    }
    plan.rows.reserve(parsed.totalRows);
    ImportValidation validation(index, plan, m_errors);
    validation.setProgress(m_progress, parsed.totalRows);
    validation.setCancelFlag(m_cancel);
    const bool finished = validation.run(parsed.files);
    m_rows = std::move(plan.rows);
    if (!finished) {
        *err = tr("Canceled.");
        return false;
    }
    if (!m_errors.isEmpty()) {
        *err = nothingImported();
        return false;
    }
    if (m_progress)
        m_progress(parsed.totalRows, parsed.totalRows);
    if (!applyChanges)
        return true;
    return ImportApply(m_store, m_reuse).run(index, plan, &m_undo, err);
}

QString Importer::nothingImported() const
{
    return tr("%n error(s); nothing was imported.", nullptr, static_cast<int>(m_errors.size()));
}
bool Importer::undo(Store &store, const ImportUndo &undo, QString *error, const QString &label)
{
    return store.write(
        [&](QString *err) {
            if (!store.removeAssignments(undo.createdAssignments, err))
                return false;
            for (Assignment a : undo.changedAssignments) {
                // The version the import left: anything changed since refuses the undo.
                if (!store.updateAssignment(a, err))
                    return false;
            }
            for (qint64 id : undo.createdLinks) {
                if (!store.removeLink(id, err))
                    return false;
            }
            for (Link link : undo.removedLinks) {
                link.id = 0;
                if (!store.addLink(link, err))
                    return false;
            }
            for (auto it = undo.teamsBefore.constBegin(); it != undo.teamsBefore.constEnd(); ++it) {
                const QVector<TeamMember> now = store.teamMembers(it.key(), err);
                for (const TeamMember &m : now) {
                    if (!store.removeTeamMember(it.key(), m.memberId, err))
                        return false;
                }
                for (const TeamMember &m : it.value()) {
                    if (!store.setTeamMember(m, err))
                        return false;
                }
            }
            for (Contact c : undo.changedContacts) {
                if (!store.updateContact(c, err))
                    return false;
            }
            for (Item item : undo.changedItems) {
                if (!store.updateItem(item, err))
                    return false;
            }
            for (auto it = undo.createdContacts.crbegin(); it != undo.createdContacts.crend(); ++it) {
                if (!store.deleteContact(*it, err))
                    return false;
            }
            // Children first; one signal for all of them.
            const QVector<qint64> created(undo.createdItems.crbegin(), undo.createdItems.crend());
            return store.deleteItems(created, err);
        },
        error, label.isEmpty() ? tr("Undo import") : label);
}

} // namespace steward
