#include "ImportDialog.h"

#include "Database.h"
#include "ReportTableModel.h"
#include "Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward {
namespace {

/// More than this many problems are summed up in one line: a wrong file can have one per row.
constexpr int ShownErrors = 1000;

} // namespace

ImportDialog::ImportDialog(Store &store, QUndoStack *undoStack, QString location, CommandErrorHandler onError,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_location(std::move(location))
    , m_onError(std::move(onError))
    , m_fileList(new QListWidget(this))
    , m_addFiles(new QPushButton(tr("&Add Files…"), this))
    , m_removeFiles(new QPushButton(tr("&Remove"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_table(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_errorsLabel(new QLabel(tr("Problems:"), this))
    , m_errorList(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_watcher(new QFutureWatcher<Result>(this))
    , m_commitWatcher(new QFutureWatcher<CommitResult>(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Providers, hosts, services, contacts and assignments, as CSV files in the columns "
           "their reports write, NetBox's contacts and providers CSV, or Backstage catalogs (catalog-info.yaml). Rows are matched by "
           "name; records not in the files are left alone. Nothing changes until you press Import, and the import is undone in one step."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filesRow = new QHBoxLayout;
    m_fileList->setObjectName(QStringLiteral("filesListWidget"));
    m_fileList->setAccessibleName(tr("Files to import"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setMaximumHeight(m_fileList->fontMetrics().height() * 5 + 8);
    filesRow->addWidget(m_fileList, 1);
    auto *fileButtons = new QVBoxLayout;
    m_addFiles->setObjectName(QStringLiteral("addFilesPushButton"));
    m_removeFiles->setObjectName(QStringLiteral("removeFilesPushButton"));
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_removeFiles);
    fileButtons->addStretch(1);
    filesRow->addLayout(fileButtons);
    layout->addLayout(filesRow);

    auto *statusRow = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Add the files to import."));
    m_progress->setObjectName(QStringLiteral("validateProgressBar"));
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelValidationPushButton"));
    m_cancel->hide();
    statusRow->addWidget(m_summary, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    m_table->setObjectName(QStringLiteral("previewTableView"));
    m_table->setAccessibleName(tr("Preview"));
    m_table->setAccessibleDescription(tr("Each row of the files and what importing it would do"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);
    auto *errors = new QWidget(splitter);
    auto *errorsLayout = new QVBoxLayout(errors);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    m_errorsLabel->setObjectName(QStringLiteral("errorsLabel"));
    m_errorsLabel->setBuddy(m_errorList);
    m_errorList->setObjectName(QStringLiteral("errorsListWidget"));
    m_errorList->setAccessibleName(tr("Problems"));
    m_errorList->setAccessibleDescription(tr("Each problem found, as file, row and column"));
    m_errorList->setUniformItemSizes(true);
    errorsLayout->addWidget(m_errorsLabel);
    errorsLayout->addWidget(m_errorList, 1);
    splitter->addWidget(errors);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_import->setObjectName(QStringLiteral("importPushButton"));
    m_import->setDefault(true);
    m_buttons->setObjectName(QStringLiteral("importButtonBox"));
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::onAddFiles);
    connect(m_removeFiles, &QPushButton::clicked, this, &ImportDialog::onRemoveFiles);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] { import(); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::onValidated);
    connect(m_commitWatcher, &QFutureWatcherBase::finished, this, &ImportDialog::onCommitted);
    connect(
        this, &ImportDialog::validationProgress, this,
        [this](qint64 done, qint64 total) {
            if (!isValidating() && !isImporting())
                return;
            m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
            m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
            const QString rows = QLocale().toString(done), of = QLocale().toString(total);
            if (isValidating())
                m_summary->setText(tr("Checking… %1 of %2 rows").arg(rows, of));
            else if (done < total)
                m_summary->setText(tr("Importing: checking again… %1 of %2 rows").arg(rows, of));
            else
                m_summary->setText(tr("Importing: saving %1 rows…").arg(of));
        },
        Qt::QueuedConnection);

    resize(1000, 640);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    cancel();
    m_pool.waitForDone();
}

QString ImportDialog::actionLabel(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Create: return tr("create");
    case ImportRow::Action::Change: return tr("change");
    case ImportRow::Action::Unchanged: return tr("unchanged");
    }
    return {};
}

QString ImportDialog::kindLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Providers: return tr("provider");
    case ImportFormat::Hosts: return tr("host");
    case ImportFormat::Services: return tr("service");
    case ImportFormat::Contacts: return tr("contact");
    case ImportFormat::Assignments: return tr("assignment");
    case ImportFormat::Links: return tr("link");
    }
    return {};
}

QStringList ImportDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_fileList->count(); ++i)
        paths << m_fileList->item(i)->data(Qt::UserRole).toString();
    return paths;
}

bool ImportDialog::isValidating() const
{
    return m_watcher->isRunning();
}

bool ImportDialog::isImporting() const
{
    return m_command != nullptr;
}

void ImportDialog::reject()
{
    // A commit cannot be stopped once it writes; its undo step is pushed when it ends.
    if (isImporting())
        return;
    QDialog::reject();
}

void ImportDialog::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ImportDialog::onAddFiles()
{
    const QString dir = m_fileList->count() > 0 ? QFileInfo(files().constLast()).absolutePath()
                                                : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Files"), dir,
                                      tr("CSV files and Backstage catalogs (*.csv *.yaml *.yml);;CSV files "
                                         "(*.csv);;Backstage catalogs (*.yaml *.yml);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void ImportDialog::addFiles(const QStringList &paths)
{
    const QStringList have = files();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (have.contains(absolute))
            continue;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(absolute), m_fileList);
        item->setData(Qt::UserRole, absolute);
    }
    validate();
}

void ImportDialog::onRemoveFiles()
{
    const QList<QListWidgetItem *> selected = m_fileList->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    validate();
}

void ImportDialog::validate()
{
    cancel(); // a check of the old list of files is not wanted any more
    m_validFiles.clear();
    m_toDo = 0;
    m_model->clear();
    m_errorList->clear();
    m_errorLines.clear();
    const QStringList paths = files();
    if (paths.isEmpty()) {
        m_summary->setText(tr("Add the files to import."));
        m_progress->hide();
        m_cancel->hide();
        updateButtons();
        return;
    }
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = flag;
    m_summary->setText(tr("Checking…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    const QString location = m_location;
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [this, location, paths, flag] {
        Result result;
        // The bytes read here are the bytes Import commits: a file changed on disk
        // in between does not slip in unchecked.
        for (const QString &path : paths) {
            QFile file(path);
            ImportFile f{path, {}};
            if (file.open(QIODevice::ReadOnly))
                f.data = file.readAll();
            else
                result.errors.append({path, 0, 0, tr("cannot read the file: %1").arg(file.errorString())});
            result.files.append(f);
        }
        if (!result.errors.isEmpty())
            return result;
        Database db;
        if (!db.open(location, Database::OpenMode::ReadOnly)) {
            result.error = db.errorString();
            return result;
        }
        {
            Store store(db);
            Importer importer(store);
            for (const ImportFile &f : std::as_const(result.files))
                importer.addData(f.name, f.data);
            importer.setCancelFlag(flag.get());
            importer.setProgressHandler([this](qint64 done, qint64 total) { Q_EMIT validationProgress(done, total); });
            result.ok = importer.validate();
            result.canceled = flag->load();
            result.error = importer.errorString();
            result.rows = importer.rows();
            result.errors = importer.errors();
            result.moreErrors = importer.moreErrors();
            result.creates = importer.count(ImportRow::Action::Create);
            result.changes = importer.count(ImportRow::Action::Change);
            result.unchanged = importer.count(ImportRow::Action::Unchanged);
            for (const ImportFile &f : std::as_const(result.files))
                result.formatNames.insert(f.name, importer.formatName(f.name));
        }
        return result;
    }));
    updateButtons();
}

void ImportDialog::onValidated()
{
    Result result = m_watcher->result();
    m_progress->hide();
    m_cancel->hide();
    // Each file with what its header was recognised as: Steward's own or NetBox's.
    for (int i = 0; i < m_fileList->count(); ++i) {
        QListWidgetItem *item = m_fileList->item(i);
        const QString path = item->data(Qt::UserRole).toString();
        const QString format = result.formatNames.value(path);
        item->setText(format.isEmpty() ? QDir::toNativeSeparators(path)
                                       : tr("%1 — %2").arg(QDir::toNativeSeparators(path), format));
    }
    // A row with a problem does nothing, whatever it would have done.
    QSet<QPair<QString, int>> bad;
    for (const ImportError &e : std::as_const(result.errors))
        bad.insert({e.file, e.row});
    QVector<QStringList> rows;
    rows.reserve(result.rows.size());
    for (const ImportRow &r : std::as_const(result.rows)) {
        const bool failed = bad.contains({r.file, r.row});
        rows.append({QDir::toNativeSeparators(QFileInfo(r.file).fileName()), QString::number(r.row),
                     kindLabel(r.format), r.name, failed ? tr("error") : actionLabel(r.action),
                     failed ? QString() : r.changes.join(QStringLiteral(", "))});
    }
    m_model->setTable({tr("File"), tr("Row"), tr("Kind"), tr("Name"), tr("Action"), tr("Changes")}, std::move(rows));
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(FileColumn, metrics.horizontalAdvance(QStringLiteral("assignments.csv")) + 24);
    header->resizeSection(RowColumn, metrics.horizontalAdvance(QStringLiteral("1000000")) + 24);
    header->resizeSection(KindColumn, metrics.horizontalAdvance(QStringLiteral("assignment")) + 24);
    header->resizeSection(NameColumn, 320);
    header->resizeSection(ActionColumn, metrics.horizontalAdvance(QStringLiteral("unchanged")) + 24);
    showErrors(result.errors, result.moreErrors);

    const QLocale locale;
    if (result.canceled) {
        m_summary->setText(tr("Canceled. Press Add Files… or Remove to check again."));
    } else if (!result.errors.isEmpty()) {
        m_summary->setText(tr("%n problem(s) found: nothing can be imported until they are fixed.", nullptr,
                              static_cast<int>(result.errors.size() + result.moreErrors)));
    } else if (!result.ok) {
        m_summary->setText(tr("Cannot check the files: %1").arg(result.error));
    } else {
        m_validFiles = result.files;
        m_toDo = result.creates + result.changes;
        const QString counts = tr("%1 to create, %2 to change, %3 unchanged.")
                                   .arg(locale.toString(result.creates), locale.toString(result.changes),
                                        locale.toString(result.unchanged));
        m_summary->setText(m_toDo > 0 ? counts + QLatin1Char(' ') + tr("Press Import to apply them in one step.")
                                      : counts + QLatin1Char(' ') +
                                            tr("Nothing to import: the inventory already "
                                               "has everything these files say."));
    }
    updateButtons();
    Q_EMIT validated(result.ok && !result.canceled);
}

void ImportDialog::showErrors(const QVector<ImportError> &errors, qint64 moreErrors)
{
    m_errorList->clear();
    m_errorLines.clear();
    for (const ImportError &e : errors)
        m_errorLines << e.format();
    // The importer lists the first 1,000 and counts the rest.
    const qint64 more = m_errorLines.size() - std::min<qint64>(m_errorLines.size(), ShownErrors) + moreErrors;
    QStringList shown = m_errorLines.mid(0, ShownErrors);
    if (more > 0)
        shown << tr("… and %1 more errors").arg(QLocale().toString(more));
    m_errorList->addItems(shown);
    const qint64 total = errors.size() + moreErrors;
    m_errorsLabel->setText(total == 0 ? tr("Problems: none") : tr("Problems (%1):").arg(QLocale().toString(total)));
}

bool ImportDialog::import(QString *error)
{
    if (isValidating() || isImporting() || m_validFiles.isEmpty() || m_toDo == 0) {
        if (error)
            *error = tr("There is nothing checked to import.");
        return false;
    }
    m_command = std::make_unique<ImportCommand>(m_store, m_validFiles, m_onError);
    m_command->setCommittedElsewhere(m_committedElsewhere);
    // Validated again and committed on the worker thread, through a connection of its
    // own: the window keeps painting. The main window's store sees another connection's
    // commit (ChangeWatcher); imported() lets it look at once.
    const QString location = m_location;
    const QString actor = m_store.actor();
    const QString label = m_command->text();
    const QVector<ImportFile> files = m_validFiles;
    m_summary->setText(tr("Importing…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_commitWatcher->setFuture(QtConcurrent::run(&m_pool, [this, location, actor, label, files] {
        CommitResult result;
        withOwnConnection(
            location, actor,
            [&](Store &store, QString *why) {
                Importer importer(store);
                for (const ImportFile &f : files)
                    importer.addData(f.name, f.data);
                importer.setProgressHandler(
                    [this](qint64 done, qint64 total) { Q_EMIT validationProgress(done, total); });
                result.ok = importer.commit(label);
                *why = importer.errorString();
                result.errors = importer.errors();
                result.moreErrors = importer.moreErrors();
                result.undo = importer.undoData();
                return result.ok;
            },
            &result.error);
        return result;
    }));
    updateButtons();
    return true;
}

void ImportDialog::onCommitted()
{
    const CommitResult result = m_commitWatcher->result();
    std::unique_ptr<ImportCommand> command = std::move(m_command);
    m_progress->hide();
    if (!result.ok) {
        // Validated again inside the transaction: the inventory changed since the check.
        showErrors(result.errors, result.moreErrors);
        m_summary->setText(tr("Nothing was imported: %1").arg(result.error));
        m_validFiles.clear();
        m_toDo = 0;
        updateButtons();
        Q_EMIT imported(false);
        return;
    }
    command->setCommitted(result.undo);
    m_undoStack->push(command.release());
    if (m_committedElsewhere)
        m_committedElsewhere();
    Q_EMIT imported(true);
    accept();
}

void ImportDialog::updateButtons()
{
    const bool busy = isValidating() || isImporting();
    m_import->setEnabled(!busy && !m_validFiles.isEmpty() && m_toDo > 0 && m_errorLines.isEmpty());
    m_removeFiles->setEnabled(!busy && !m_fileList->selectedItems().isEmpty());
    m_addFiles->setEnabled(!busy);
}

} // namespace steward
