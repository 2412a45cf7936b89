#pragma once

#include "Reports.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QTableView;

namespace steward {

class ReportTableModel;

/**
 * The Reports window (File > Reports…): choose a report, look at it in a sortable
 * table, save it as CSV. Reports run on a worker thread with a connection of their
 * own to the inventory file, so that the window never freezes: the preview fills in
 * when it is ready, and Save As CSV… shows a progress dialog whose Cancel stops the
 * export and leaves any existing file as it was (Reports::saveCsv writes through
 * QSaveFile).
 *
 * The CSV options: spreadsheet-safe (the default here: cells a spreadsheet would run
 * as a formula get a leading apostrophe) or raw (lossless, for re-import), and
 * Excel-compatible (a UTF-8 byte-order mark) on top of either.
 */
class ReportsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)
public:
    explicit ReportsWindow(QWidget *parent = nullptr);
    ~ReportsWindow() override;

    /// The inventory the reports read; a new path clears the preview and runs it again.
    void setLocation(const QString &location);
    QString location() const { return m_location; }
    /// The items of the Selection report ("Export Contacts for Selection…").
    void setSelection(const QVector<qint64> &itemIds);
    /// Shows @p kind and runs its preview.
    void setReport(ReportKind kind);
    ReportKind report() const;

    CsvOptions csvOptions() const;
    ReportTableModel *previewModel() const { return m_model; }
    bool isPreviewRunning() const;
    bool isExportRunning() const;

    /// Runs the preview of the current report again, now.
    void refresh();
    /// Runs it once control returns to the event loop (several changes, one run).
    void scheduleRefresh();
    /// Exports the current report to @p path on the worker thread (what Save As CSV…
    /// does once a file is chosen); exportFinished() says how it went.
    bool startExport(const QString &path);
    /// Stops a running export or preview (thread-safe: it only sets a flag).
    void cancel();
    /// The last error shown ("Cannot write /x/y.csv: ..."), empty after a success.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void previewFinished(bool ok);
    /// Emitted from the worker thread; connect with Qt::DirectConnection only to code
    /// that is thread-safe, such as cancel().
    void exportProgress(qint64 done, qint64 total);
    /// Emitted from the worker thread while a preview runs.
    void previewProgress(qint64 done, qint64 total);
    void exportFinished(bool ok, bool canceled, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct PreviewResult
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        QVector<QStringList> rows;
    };
    struct ExportResult
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        qint64 rows = 0;
    };
    void onSaveAs();
    void onPreviewDone();
    void onExportDone();
    void updateButtons();
    void fitColumns();
    void showError(const QString &message);

    QString m_location;
    QVector<qint64> m_selection;
    QComboBox *m_reportCombo;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QProgressBar *m_previewProgress;
    QTableView *m_table;
    ReportTableModel *m_model;
    QRadioButton *m_safe;
    QRadioButton *m_raw;
    QCheckBox *m_excel;
    QPushButton *m_saveAs;
    QPushButton *m_close;
    QProgressDialog *m_progress = nullptr;
    QString m_exportPath;
    QString m_lastError;
    bool m_refreshScheduled = false;

    // Each run has its own cancel flag, shared with its worker: a new preview
    // cancels the old one without waiting for it.
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    std::shared_ptr<std::atomic_bool> m_exportCancel;
    QFutureWatcher<PreviewResult> *m_previewWatcher;
    QFutureWatcher<ExportResult> *m_exportWatcher;
    bool m_exportActive = false;
    /// The workers' own pool: the destructor waits for every run, also for a
    /// preview that a newer one replaced, before the signals they emit go away.
    QThreadPool m_pool;
};

} // namespace steward
