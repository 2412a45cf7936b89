#pragma once

#include "ImportParse.h"
#include "ImportTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace steward {

class Store;

/**
 * Imports providers, hosts, services, contacts, assignments and links from CSV files
 * in the formats the reports of the same names write (Reports::header), and contacts
 * and providers from NetBox's CSV (NetBoxFormat.h): each file is recognised by its header, columns are matched by name
 * (case-insensitively), and records by name (an item's within its kind, a contact's) or, for assignments, by item,
 * contact and role, for links by from, type and to (items by name or alias). A row creates, changes or leaves alone one
 * record; records not in the files are left alone.
 *
 * validate() checks every row against the inventory and the other files and reports
 * every problem; commit() validates again inside one write transaction and applies
 * everything or nothing, as one batch in the history. Importing the same files twice
 * changes nothing the second time.
 *
 * It runs as a pipeline of steps, each a unit of model/import with its own tests:
 * ImportParse (files -> parsed rows, on a second thread), InventoryIndex (the
 * inventory as the import sees it), ImportValidation with a validator per format
 * (-> errors and an ImportPlan), ImportApply (the plan written in the transaction).
 *
 * @code
 * Importer importer(store);
 * importer.addFile("services.csv");
 * if (!importer.validate()) { for (auto &e : importer.errors()) print(e.format()); }
 * else if (importer.commit(tr("Import"))) { undoStack.push(... importer.undoData() ...); }
 * @endcode
 */
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    explicit Importer(Store &store);
    ~Importer();
    Q_DISABLE_COPY_MOVE(Importer)

    /// Reads @p path; a file that cannot be read is an error of validate().
    void addFile(const QString &path);
    /// Adds CSV text under @p name (what errors call the file).
    void addData(const QString &name, const QByteArray &data);

    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;
    /// Called as the rows are validated, on the thread that validates them: commit()
    /// validates the links files' rows on a second thread of its own.
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    /// Checked while validating; commit() is not interrupted once it writes.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// Checks every file and row without writing; fills rows() and errors().
    bool validate();
    /// Validates again and applies everything in one transaction labelled @p label
    /// (one history batch); false, with nothing written, on any error.
    bool commit(const QString &label = QString());
    /// For a redo: the records commit() creates take the ids (and assignments the
    /// places) that @p previous, the undone commit of the same files, gave them, in
    /// the same order, so that later steps naming them still find them. (PostgreSQL
    /// never hands out an id twice; SQLite would give the same ones.)
    void reuseIds(const ImportUndo &previous) { m_reuse = previous; }

    /// The first kMaxImportErrors (1,000) errors.
    const QVector<ImportError> &errors() const { return m_errors; }
    /// How many errors there were beyond those errors() lists (counted, not kept).
    qint64 moreErrors() const { return m_moreErrors; }
    /// Every error, listed or counted.
    qint64 errorCount() const { return m_errors.size() + m_moreErrors; }
    const QVector<ImportRow> &rows() const { return m_rows; }
    /// The format each file was recognised as (after validate()).
    QHash<QString, ImportFormat> formats() const;
    /// Whose columns each of those files is in: Steward's or NetBox's (NetBoxFormat.h).
    QHash<QString, ImportDialect> dialects() const { return m_dialects; }
    /// What the file @p name was recognised as, for the user ("NetBox contacts"), or
    /// an empty string if it was not (after validate()).
    QString formatName(const QString &name) const
    {
        return m_formats.contains(name) ? importFormatName(m_formats.value(name), m_dialects.value(name)) : QString();
    }
    int count(ImportRow::Action action) const;
    /// After commit(): what it did, for undo.
    const ImportUndo &undoData() const { return m_undo; }
    /// A one-line summary of errors or of what commit() did.
    QString errorString() const { return m_error; }

    /// Takes back an import as one step (one history batch labelled @p label).
    /// An undo command's redo commits the same files again with a fresh Importer:
    /// validated against the inventory as it then is, it recreates what undo removed,
    /// with the same ids (reuseIds(); ImportCommand in ui/ does exactly this).
    /// Refused, changing nothing, if a record it touched was changed since.
    static bool undo(Store &store, const ImportUndo &undo, QString *error, const QString &label = QString());

    /// A format's key, as the reports name it ("services").
    static QString formatKey(ImportFormat format) { return ImportParse::formatKey(format); }
    /// The format whose columns @p header matches best; false if none or a tie.
    static bool recognise(const QStringList &header, ImportFormat *format, QString *why)
    {
        return ImportParse::recognise(header, format, why);
    }

private:
    bool run(bool apply, const QString &label);
    bool validateAndApply(ImportParse &parse, bool apply, QString *error);
    /// Joins the parser (once) and takes its errors and formats.
    ImportParseResult &takeParsed(ImportParse &parse);
    /// Frees @p what on a second thread (joined before run() returns): what a large
    /// import no longer needs is millions of strings, a tenth of a second or more to
    /// free while the writes or the commit go on.
    template <class T> void releaseLater(T &&what);
    /// "N error(s); nothing was imported."
    QString nothingImported() const;

    Store &m_store;
    QVector<ImportSource> m_files;
    QVector<ImportError> m_errors;
    qint64 m_moreErrors = 0;
    QVector<ImportRow> m_rows;
    QHash<QString, ImportFormat> m_formats;
    QHash<QString, ImportDialect> m_dialects;
    ImportUndo m_undo;
    ImportUndo m_reuse;
    QString m_error;
    ProgressHandler m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    std::vector<std::thread> m_releases;
};

} // namespace steward
