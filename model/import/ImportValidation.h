#pragma once

#include "ImportColumns.h"
#include "ImportParse.h"
#include "ImportPlan.h"
#include "ImportTypes.h"
#include "InventoryIndex.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <algorithm>
#include <atomic>
#include <functional>

namespace steward {

/// Where an import first names a record (a name key, or an assignment's key) among
/// the files of one format.
struct NamedAt
{
    const QString *file; ///< the ImportSource's name: the same file, not only the same name
    int row;
};

/// What the validators of one import share: the index they read and plan into, the
/// plan they fill, the errors they report, and where the files of the format being
/// validated named each record so far (a record named twice is an error, whichever
/// file the second row is in).
struct ImportValidationState
{
    InventoryIndex &index;
    ImportPlan &plan;
    QVector<ImportError> &errors;
    QHash<QString, NamedAt> seen;
    QHash<InventoryIndex::LinkKey, NamedAt> seenLinks = {}; ///< the same for the links files
    qint64 moreErrors = 0; ///< the errors beyond the first kMaxImportErrors: counted, not kept
};

/**
 * The base of the validators of one file: its name and columns, and the wording of
 * the errors they share. A validator's check() validates one record; finish() runs
 * once the file's records are checked.
 */
class ImportFileValidator
{
    Q_DISABLE_COPY_MOVE(ImportFileValidator)
public:
    /// Starts on @p record and checks the length and the characters of each of its
    /// fields (validation::textProblem, by the kind of its column): an error there is
    /// the only one its column gets on this row.
    void checkRecord(const CsvReader::Record &record);

protected:
    ImportFileValidator(ImportValidationState &state, const ParsedFile &file);
    ~ImportFileValidator() = default;

    /// Starts on @p record: its fields are what m_cols reads, its row what bad() reports.
    void startRecord(const CsvReader::Record &record)
    {
        m_cols.fields = &record.fields;
        m_row = record.row;
        m_current = &record;
        m_badColumns = m_flagged.isEmpty() ? QVector<int>() : m_flagged.value(&record);
    }
    /// Reports @p message on the current row, in @p column (the first column if the
    /// file has none), unless checkRecord() found that column's text bad already.
    void bad(const char *column, const QString &message) { report(std::max(1, m_cols.column(column)), message); }
    /// The same by the column's number (from 1). Past the first kMaxImportErrors of the
    /// import, errors are counted, not kept.
    void report(int column, const QString &message)
    {
        if (m_badColumns.contains(column))
            return;
        if (m_state.errors.size() < kMaxImportErrors)
            m_state.errors.append({m_fileName, m_row, column, message});
        else
            ++m_state.moreErrors;
    }
    static bool hasLineBreak(const QString &text)
    {
        return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    }
    qint64 errorCount() const { return m_state.errors.size() + m_state.moreErrors; }
    /// errorCount() before the current record's checkRecord(), if it had one.
    qint64 errorsAtRecord() const { return m_checked == m_current ? m_errorsAtRecord : errorCount(); }
    /// "also on row N" or "also in FILE row N": where the other row naming it is.
    QString alsoOn(const NamedAt &other) const;
    /// The preview row of the current row, with no action yet.
    ImportRow preview() const;
    /// The "name" column of a providers, hosts, services or contacts row: false (the
    /// preview row added to the plan) if it is missing or named twice in the files;
    /// else @p name and its @p key (nameKey).
    bool checkName(ImportRow &preview, QString *name, QString *key);
    /// A list cell (tags, aliases): ";"-separated in Steward's files (Reports::splitNames),
    /// ","-separated in NetBox's (netbox::splitList).
    QStringList splitList(const QString &cell) const;

    ImportValidationState &m_state;
    InventoryIndex &m_index;
    ImportPlan &m_plan;
    const QString &m_fileName;
    const ImportFormat m_format;
    const ImportDialect m_dialect; ///< Steward's columns or NetBox's
    ImportColumns m_cols;
    int m_row = 0;

private:
    /// The columns whose text checkRecord() refused on the current row, and on every
    /// row that has such columns (a contact's row is finished after the others).
    QVector<int> m_badColumns;
    QHash<const CsvReader::Record *, QVector<int>> m_flagged;
    const CsvReader::Record *m_current = nullptr;
    const CsvReader::Record *m_checked = nullptr;
    qint64 m_errorsAtRecord = 0;
    /// For each column of the file (by index): the kind of text it holds and its name.
    QVector<QPair<int, QString>> m_textKinds;
};

/**
 * The third step of an import: validates the parsed files format by format (in
 * kImportFormats order, so that a row may name what an earlier format creates),
 * each with its validator (ItemValidator, ContactValidator, AssignmentValidator,
 * LinkValidator).
 * Every problem is an ImportError; every row gets an ImportRow in the plan, and
 * the rows without errors their operations.
 */
class ImportValidation final
{
    Q_DISABLE_COPY_MOVE(ImportValidation)
public:
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    ImportValidation(InventoryIndex &index, ImportPlan &plan, QVector<ImportError> &errors);

    /// @p handler (kept by reference: it must outlive run()) is called every 1,024
    /// rows with the rows done and @p total.
    void setProgress(const ProgressHandler &handler, qint64 total)
    {
        m_progress = &handler;
        m_total = total;
    }
    /// Checked at every row.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// The errors beyond the first kMaxImportErrors (counted, not kept).
    qint64 moreErrors() const { return m_state.moreErrors; }

    /// Validates every row of @p files; false if it was canceled.
    bool run(const QVector<ParsedFile> &files) { return run(files, 0, kImportFormats.size()); }
    /// Validates the rows of @p files of the formats kImportFormats[@p first] up to
    /// (not including) kImportFormats[@p last], in that order; false if it was canceled.
    bool run(const QVector<ParsedFile> &files, size_t first, size_t last);

private:
    bool tick()
    {
        ++m_done;
        if (m_progress && *m_progress && (m_done & 1023) == 0)
            (*m_progress)(m_done, m_total);
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            m_canceled = true;
        return !m_canceled;
    }
    template <class Validator> void checkFile(const ParsedFile &file);

    ImportValidationState m_state;
    const ProgressHandler *m_progress = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_canceled = false;
};

} // namespace steward
