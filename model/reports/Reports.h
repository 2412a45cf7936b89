#pragma once

#include "CsvWriter.h"
#include "Records.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace steward {

class Store;

/// The reports Steward computes; their keys ("services", ...) name them on the command line.
enum class ReportKind
{
    Services,
    Hosts,
    Providers,
    Contacts,
    Assignments,
    Links,
    Gaps,
    Selection,
    Impact ///< what depends on the selection: one row per affected item, with its path and whom to call
};

/**
 * Reports over the inventory: each is a header and rows of text cells, produced
 * one row at a time (to a callback, a CSV device or a file), so that a window can
 * show them as they come, a progress bar can follow them and a Cancel button can
 * stop them. The same rows go to the screen and to CSV.
 *
 * The providers, hosts, services, contacts, assignments and links reports are also
 * the import formats (see Importer): their columns are what an import reads, and
 * columns derived from other data (owners, counts, ...) are ignored on import.
 * Several values in one cell are separated by "; " (names) or by line breaks
 * (addresses as "kind: value | label", members as "role: name | note").
 *
 * Rows come in a stable order (by name, case-folded, then id), so that the same
 * inventory always gives the same bytes.
 */
class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
public:
    /// Receives one row; returning false stops the report (run() then returns false).
    using RowSink = std::function<bool(const QStringList &row)>;
    /// Called now and then with rows done and rows expected (total may be an estimate).
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    explicit Reports(Store &store);

    static QVector<ReportKind> all();
    static QString key(ReportKind kind);
    static bool fromKey(const QString &key, ReportKind *kind);
    /// The translated title ("Services", "Gaps", ...).
    static QString title(ReportKind kind);
    static QStringList header(ReportKind kind);

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    /// A flag another thread (or a Cancel button's slot) sets to stop the report.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    /// The items of the Selection and Impact reports, in the order they were selected.
    void setSelection(const QVector<qint64> &itemIds) { m_selection = itemIds; }
    /// The day an assignment's cover (valid from/until) is judged on: whom the reports
    /// list, and the gaps' cover-ending. Unless set (or set invalid), the store's
    /// today() when a report starts.
    void setToday(const QDate &day) { m_today = day; }

    /// Produces every row of @p kind (not the header) into @p sink. False on a database
    /// error, when canceled, or when the sink says stop; errorString() says which.
    bool run(ReportKind kind, const RowSink &sink);
    /// All rows at once (for small reports and tests).
    bool rows(ReportKind kind, QVector<QStringList> *rows);
    /// The header and rows as CSV on @p device.
    bool writeCsv(ReportKind kind, QIODevice *device, const CsvOptions &options);
    /// The header and rows as CSV in @p path, through QSaveFile: the file is replaced
    /// only when everything was written; a failed write leaves it as it was.
    bool saveCsv(ReportKind kind, const QString &path, const CsvOptions &options);

    /// Writes @p path through QSaveFile with @p write: complete or not at all, and a
    /// failure (no permission, disk full) leaves an existing file as it was. A path
    /// that is not a regular file (a device such as /dev/full, a pipe) cannot be
    /// replaced and is written directly. False with @p error ("Cannot write PATH: why").
    static bool saveFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error);

    bool wasCanceled() const { return m_canceled; }
    QString errorString() const { return m_error; }

    // The multi-valued cells, shared with Importer.
    static QString joinNames(const QStringList &names);
    static QStringList splitNames(const QString &cell);
    static QString formatAddresses(const QVector<Address> &addresses);
    /// Parses formatAddresses()'s lines; false with @p error naming the bad line.
    static bool parseAddresses(const QString &cell, QVector<Address> *addresses, QString *error);
    static QString formatMembers(const QVector<TeamMember> &members);
    /// Parses formatMembers()'s lines into members with memberName and role set.
    static bool parseMembers(const QString &cell, QVector<TeamMember> *members, QString *error);

private:
    /// Receives one row as UTF-8 cells (valid during the call): the services report's
    /// way from SQLite to CSV without a QString per cell.
    using CellSink = std::function<bool(const QByteArrayView *cells, qsizetype count)>;
    /// Streams: each row goes to @p sink as the store reads it (Store::forEachService).
    bool services(const CellSink &sink);
    bool hosts(const RowSink &sink);
    bool providers(const RowSink &sink);
    bool contacts(const RowSink &sink);
    bool assignments(const RowSink &sink);
    bool links(const RowSink &sink);
    bool gaps(const RowSink &sink);
    bool selection(const RowSink &sink);
    bool impact(const RowSink &sink);
    /// Passes @p row on, checks the cancel flag and reports progress.
    bool emitRow(const RowSink &sink, const QStringList &row);
    /// False (canceled) if the cancel flag is set.
    bool proceed();
    /// Counts a row a sink @p taken (or notes that it said stop) and reports progress.
    bool rowDone(bool taken);
    void start();
    bool finish(bool ok);
    bool fail(const QString &message);
    /// The day the report judges cover on (see setToday()).
    QDate day() const;

    Store &m_store;
    ProgressHandler m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QVector<qint64> m_selection;
    QDate m_today; ///< as set; see day()
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_canceled = false;
    bool m_stopped = false;
    QString m_error;
    quint64 m_damageBefore = 0; ///< Database::damageReports() when the report started
};

} // namespace steward
