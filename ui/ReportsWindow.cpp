#include "ReportsWindow.h"

#include "Database.h"
#include "LongTextDelegate.h"
#include "ReportTableModel.h"
#include "Store.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace steward {
namespace {

/// Runs @p work with a store on a read-only connection of its own: QtSql connections
/// belong to the thread that opened them, so a worker never shares the window's.
bool withOwnConnection(const QString &path, const std::function<bool(Store &, QString *)> &work, QString *error)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        *error = db.errorString();
        return false;
    }
    Store store(db);
    return work(store, error);
}

} // namespace

ReportsWindow::ReportsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_reportCombo(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_summary(new QLabel(this))
    , m_previewProgress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_safe(new QRadioButton(tr("&Spreadsheet-safe"), this))
    , m_raw(new QRadioButton(tr("&Raw (lossless, for re-import)"), this))
    , m_excel(new QCheckBox(tr("&Excel-compatible (UTF-8 byte-order mark)"), this))
    , m_saveAs(new QPushButton(tr("Save &As CSV…"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_previewWatcher(new QFutureWatcher<PreviewResult>(this))
    , m_exportWatcher(new QFutureWatcher<ExportResult>(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    m_pool.setMaxThreadCount(2);
    // Esc closes it, as it closes a dialog.
    auto *closeOnEscape = new QAction(this);
    closeOnEscape->setObjectName(QStringLiteral("closeReportsAction"));
    closeOnEscape->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeOnEscape, &QAction::triggered, this, &QWidget::close);
    addAction(closeOnEscape);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *reportLabel = new QLabel(tr("R&eport:"), this);
    reportLabel->setBuddy(m_reportCombo);
    m_reportCombo->setObjectName(QStringLiteral("reportComboBox"));
    const QVector<ReportKind> kinds = Reports::all();
    for (ReportKind kind : kinds)
        m_reportCombo->addItem(Reports::title(kind), static_cast<int>(kind));
    m_refresh->setObjectName(QStringLiteral("refreshPushButton"));
    m_refresh->setToolTip(tr("Read the report again from the inventory"));
    top->addWidget(reportLabel);
    top->addWidget(m_reportCombo, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    auto *status = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewProgress->setObjectName(QStringLiteral("previewProgressBar"));
    m_previewProgress->setMaximumWidth(240);
    m_previewProgress->setTextVisible(false);
    m_previewProgress->hide();
    status->addWidget(m_summary, 1);
    status->addWidget(m_previewProgress);
    layout->addLayout(status);

    m_table->setObjectName(QStringLiteral("previewTableView"));
    m_table->setAccessibleName(tr("Report preview"));
    m_table->setModel(m_model);
    // A cell may hold a description of a megabyte: drawn and tipped shortened.
    m_table->setItemDelegate(new LongTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights: 100k rows are laid out without measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // Rows stay in the report's own order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    auto *options = new QGroupBox(tr("CSV"), this);
    options->setObjectName(QStringLiteral("csvOptionsGroupBox"));
    auto *optionsLayout = new QHBoxLayout(options);
    m_safe->setObjectName(QStringLiteral("spreadsheetSafeRadioButton"));
    m_safe->setToolTip(tr("Cells that start with =, +, -, @, a tab or a line break get a leading apostrophe, "
                          "so that a spreadsheet shows them instead of running them as formulas"));
    m_safe->setChecked(true);
    m_raw->setObjectName(QStringLiteral("rawRadioButton"));
    m_raw->setToolTip(tr("Every cell exactly as stored: use this for files you will import again"));
    m_excel->setObjectName(QStringLiteral("excelCheckBox"));
    m_excel->setToolTip(tr("Start the file with a UTF-8 byte-order mark, so that Excel reads accented letters "
                           "correctly (lines end with CRLF in every mode)"));
    optionsLayout->addWidget(m_safe);
    optionsLayout->addWidget(m_raw);
    optionsLayout->addSpacing(24);
    optionsLayout->addWidget(m_excel);
    optionsLayout->addStretch(1);
    layout->addWidget(options);

    auto *buttons = new QHBoxLayout;
    m_saveAs->setObjectName(QStringLiteral("saveAsPushButton"));
    m_close->setObjectName(QStringLiteral("closePushButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_reportCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        scheduleRefresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ReportsWindow::refresh);
    connect(m_saveAs, &QPushButton::clicked, this, &ReportsWindow::onSaveAs);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_previewWatcher, &QFutureWatcherBase::finished, this, &ReportsWindow::onPreviewDone);
    connect(m_exportWatcher, &QFutureWatcherBase::finished, this, &ReportsWindow::onExportDone);
    connect(
        this, &ReportsWindow::previewProgress, this,
        [this](qint64 done, qint64 total) {
            if (!isPreviewRunning())
                return;
            m_previewProgress->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
            m_previewProgress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
            m_summary->setText(tr("Reading… %1 rows").arg(QLocale().toString(done)));
        },
        Qt::QueuedConnection);
    connect(
        this, &ReportsWindow::exportProgress, this,
        [this](qint64 done, qint64 total) {
            if (!m_progress || !isExportRunning())
                return;
            m_progress->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
            m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
        },
        Qt::QueuedConnection);

    resize(1100, 640);
    updateButtons();
}

ReportsWindow::~ReportsWindow()
{
    cancel();
    // Workers emit this window's signals: none may outlive it.
    m_pool.waitForDone();
}

void ReportsWindow::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    m_model->clear();
    scheduleRefresh();
}

void ReportsWindow::scheduleRefresh()
{
    // Setting the path, the selection and the report one after the other reads once.
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QMetaObject::invokeMethod(this, &ReportsWindow::refresh, Qt::QueuedConnection);
}

void ReportsWindow::setSelection(const QVector<qint64> &itemIds)
{
    m_selection = itemIds;
    const int index = m_reportCombo->findData(static_cast<int>(ReportKind::Selection));
    m_reportCombo->setItemText(
        index,
        tr("%1 (%n item(s))", nullptr, static_cast<int>(itemIds.size())).arg(Reports::title(ReportKind::Selection)));
    if (report() == ReportKind::Selection)
        scheduleRefresh();
}

void ReportsWindow::setReport(ReportKind kind)
{
    const int index = m_reportCombo->findData(static_cast<int>(kind));
    if (index == m_reportCombo->currentIndex())
        scheduleRefresh();
    else
        m_reportCombo->setCurrentIndex(index);
}

ReportKind ReportsWindow::report() const
{
    return static_cast<ReportKind>(m_reportCombo->currentData().toInt());
}

CsvOptions ReportsWindow::csvOptions() const
{
    CsvOptions options;
    options.excel = m_excel->isChecked();
    options.formulaGuard = m_safe->isChecked();
    return options;
}

bool ReportsWindow::isPreviewRunning() const
{
    return m_previewWatcher->isRunning();
}

bool ReportsWindow::isExportRunning() const
{
    // Until its end is handled here, not until the worker returns: the thread may be
    // done before the event loop delivers that.
    return m_exportActive;
}

void ReportsWindow::cancel()
{
    if (m_previewCancel)
        m_previewCancel->store(true);
    if (m_exportCancel)
        m_exportCancel->store(true);
}

void ReportsWindow::refresh()
{
    m_refreshScheduled = false;
    if (m_previewCancel)
        m_previewCancel->store(true); // the previous preview, if it still runs, is not wanted
    m_model->clear();
    if (m_location.isEmpty()) {
        m_summary->setText(tr("No inventory is open."));
        updateButtons();
        return;
    }
    const ReportKind kind = report();
    if (kind == ReportKind::Selection && m_selection.isEmpty()) {
        m_summary->setText(tr("No items are selected: select items in the tree, then choose "
                              "Export Contacts for Selection… from its context menu."));
        updateButtons();
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_previewCancel = cancel;
    m_summary->setText(tr("Reading…"));
    m_previewProgress->setRange(0, 0);
    m_previewProgress->show();
    const QString path = m_location;
    const QVector<qint64> selection = m_selection;
    m_previewWatcher->setFuture(QtConcurrent::run(&m_pool, [this, path, kind, selection, cancel] {
        PreviewResult result;
        result.ok = withOwnConnection(
            path,
            [&](Store &store, QString *error) {
                Reports reports(store);
                reports.setSelection(selection);
                reports.setCancelFlag(cancel.get());
                reports.setProgressHandler([this](qint64 done, qint64 total) { Q_EMIT previewProgress(done, total); });
                if (reports.rows(kind, &result.rows))
                    return true;
                result.canceled = reports.wasCanceled();
                *error = reports.errorString();
                return false;
            },
            &result.error);
        return result;
    }));
    updateButtons();
}

void ReportsWindow::onPreviewDone()
{
    // A replaced run's watcher never reports; this is the current one.
    PreviewResult result = m_previewWatcher->result();
    m_previewProgress->hide();
    if (!result.ok) {
        m_summary->setText(result.canceled ? tr("Canceled.") : tr("Cannot read the report: %1").arg(result.error));
        updateButtons();
        Q_EMIT previewFinished(false);
        return;
    }
    const qsizetype count = result.rows.size();
    m_model->setTable(Reports::header(report()), std::move(result.rows));
    fitColumns();
    m_summary->setText(tr("%1: %n row(s)", nullptr, static_cast<int>(std::min<qsizetype>(count, INT_MAX)))
                           .arg(Reports::title(report())));
    updateButtons();
    Q_EMIT previewFinished(true);
}

void ReportsWindow::fitColumns()
{
    // Measured on the header and the first rows only: quick at 100k rows.
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    const int sampled = std::min(m_model->rowCount(), 200);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width =
            header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 32;
        for (int row = 0; row < sampled; ++row)
            width = std::max(width, metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 16);
        header->resizeSection(column, std::min(width, 360));
    }
}

void ReportsWindow::onSaveAs()
{
    const QString dir = m_exportPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                               : QFileInfo(m_exportPath).absolutePath();
    const QString suggested = QDir(dir).filePath(Reports::key(report()) + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report as CSV"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        startExport(path);
}

bool ReportsWindow::startExport(const QString &path)
{
    if (isExportRunning() || m_location.isEmpty())
        return false;
    m_exportPath = path;
    m_lastError.clear();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_exportCancel = cancel;
    const ReportKind kind = report();
    const CsvOptions options = csvOptions();
    const QString location = m_location;
    const QVector<qint64> selection = m_selection;

    m_progress = new QProgressDialog(tr("Saving %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Save As CSV"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportsWindow::cancel);

    m_exportActive = true;
    m_exportWatcher->setFuture(QtConcurrent::run(&m_pool, [this, location, path, kind, options, selection, cancel] {
        ExportResult result;
        result.ok = withOwnConnection(
            location,
            [&](Store &store, QString *error) {
                Reports reports(store);
                reports.setSelection(selection);
                reports.setCancelFlag(cancel.get());
                reports.setProgressHandler([&](qint64 done, qint64 total) {
                    result.rows = done;
                    Q_EMIT exportProgress(done, total);
                });
                if (reports.saveCsv(kind, path, options))
                    return true;
                result.canceled = reports.wasCanceled();
                *error = reports.errorString();
                return false;
            },
            &result.error);
        return result;
    }));
    updateButtons();
    return true;
}

void ReportsWindow::onExportDone()
{
    m_exportActive = false;
    const ExportResult result = m_exportWatcher->result();
    if (m_progress) {
        // setValue() of a modal progress dialog processes events: this may run inside it.
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateButtons();
    const QString file = QDir::toNativeSeparators(m_exportPath);
    if (result.ok) {
        m_summary->setText(
            tr("Saved %n row(s) to %1.", nullptr, static_cast<int>(std::min<qint64>(result.rows, INT_MAX))).arg(file));
    } else if (result.canceled) {
        m_summary->setText(tr("Saving %1 was canceled; nothing was written.").arg(file));
    } else {
        // The error names the file ("Cannot write /x/services.csv: ..."); a database
        // error does not, so say which file was not written.
        showError(result.error.contains(file) ? result.error : tr("%1 was not saved: %2").arg(file, result.error));
    }
    Q_EMIT exportFinished(result.ok, result.canceled, result.ok || result.canceled ? QString() : m_lastError);
}

void ReportsWindow::showError(const QString &message)
{
    m_lastError = message;
    m_summary->setText(message);
    // Not exec(): the window (and a test driving it) goes on while the message is up.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save As CSV"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("reportErrorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReportsWindow::updateButtons()
{
    const bool exporting = isExportRunning();
    m_saveAs->setEnabled(!exporting && !m_location.isEmpty() &&
                         !(report() == ReportKind::Selection && m_selection.isEmpty()));
    m_reportCombo->setEnabled(!exporting);
    m_refresh->setEnabled(!exporting && !m_location.isEmpty());
}

void ReportsWindow::closeEvent(QCloseEvent *event)
{
    // A preview that is no longer looked at is stopped; an export goes on to its end
    // or until its progress dialog's Cancel.
    if (m_previewCancel)
        m_previewCancel->store(true);
    QWidget::closeEvent(event);
}

} // namespace steward
