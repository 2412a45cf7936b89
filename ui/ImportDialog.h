#pragma once

#include "ImportCommand.h"
#include "Importer.h"
#include "StoreCommand.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QUndoStack;

namespace steward {

class ReportTableModel;
class Store;

/**
 * File > Import…: choose CSV files, see what importing them would do, then import.
 * The files are read and validated on a worker thread (a read-only connection of its
 * own) with a progress bar and a Cancel button; the preview lists every row with
 * what it does to the inventory (create, change, unchanged, and which columns
 * change), and every problem as FILE:ROW:COLUMN. Import is offered only when there
 * is no problem and something to do; it pushes one ImportCommand, which validates
 * again inside its transaction, so the import is one step in the history and in
 * the undo stack.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    enum Column
    {
        FileColumn,
        RowColumn,
        KindColumn,
        NameColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount
    };

    ImportDialog(Store &store, QUndoStack *undoStack, QString location, CommandErrorHandler onError,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Adds files (as the Add Files… button does) and validates them all.
    void addFiles(const QStringList &paths);
    QStringList files() const;
    bool isValidating() const;
    /// True while Import commits on the worker thread.
    bool isImporting() const;
    /// Stops a running validation (thread-safe).
    void cancel();
    /// Starts importing what was validated, on a worker thread with a connection of its
    /// own (the window keeps painting); imported() follows, and on success the dialog
    /// accepts with one undoable step pushed. False with @p error if refused at once.
    bool import(QString *error = nullptr);
    /// Called after each commit through another connection than the store's: the
    /// import itself, and its undo and redo (see ImportCommand).
    void setCommittedElsewhere(std::function<void()> notify) { m_committedElsewhere = std::move(notify); }

    ReportTableModel *previewModel() const { return m_model; }
    /// The problems found, as FILE:ROW:COLUMN: message.
    QStringList errorLines() const { return m_errorLines; }
    QPushButton *importButton() const { return m_import; }

    static QString actionLabel(ImportRow::Action action);
    static QString kindLabel(ImportFormat format);

Q_SIGNALS:
    void validated(bool ok);
    /// Emitted from the worker thread, while checking and while importing.
    void validationProgress(qint64 done, qint64 total);
    /// The worker's import finished; @p ok: it committed (another connection wrote the
    /// file, so the main window's store should look for the change now).
    void imported(bool ok);

protected:
    void reject() override;

private:
    struct Result
    {
        bool ok = false;
        bool canceled = false;
        QString error;
        QVector<ImportFile> files;
        QVector<ImportRow> rows;
        QVector<ImportError> errors;
        qint64 moreErrors = 0; ///< beyond those listed (Importer::moreErrors())
        int creates = 0;
        int changes = 0;
        int unchanged = 0;
        QHash<QString, QString> formatNames; ///< what each file was recognised as ("NetBox contacts")
    };
    struct CommitResult
    {
        bool ok = false;
        QString error;
        QVector<ImportError> errors;
        qint64 moreErrors = 0;
        ImportUndo undo;
    };
    void validate();
    void onValidated();
    void onCommitted();
    void onAddFiles();
    void onRemoveFiles();
    void showErrors(const QVector<ImportError> &errors, qint64 moreErrors);
    void updateButtons();

    Store &m_store;
    QUndoStack *m_undoStack;
    QString m_location;
    CommandErrorHandler m_onError;
    std::function<void()> m_committedElsewhere;
    QListWidget *m_fileList;
    QPushButton *m_addFiles;
    QPushButton *m_removeFiles;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    ReportTableModel *m_model;
    QLabel *m_errorsLabel;
    QListWidget *m_errorList;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QStringList m_errorLines;
    /// What the last validation read and found good; empty until then.
    QVector<ImportFile> m_validFiles;
    int m_toDo = 0;

    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<Result> *m_watcher;
    QFutureWatcher<CommitResult> *m_commitWatcher;
    /// The step the running import becomes once it has committed.
    std::unique_ptr<ImportCommand> m_command;
    QThreadPool m_pool;
};

} // namespace steward
