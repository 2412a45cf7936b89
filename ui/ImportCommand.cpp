#include "ImportCommand.h"

#include "Database.h"
#include "Store.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace steward {

bool withOwnConnection(const QString &location, const QString &actor,
                       const std::function<bool(Store &, QString *)> &work, QString *error)
{
    Database db;
    if (!db.open(location)) {
        *error = db.errorString();
        return false;
    }
    Store store(db);
    store.setActor(actor);
    return work(store, error);
}

ImportCommand::ImportCommand(Store &store, QVector<ImportFile> files, CommandErrorHandler onError)
    : StoreCommand(std::move(onError))
    , m_store(store)
    , m_files(std::move(files))
{
    QStringList names;
    for (const ImportFile &file : std::as_const(m_files))
        names << QFileInfo(file.name).fileName();
    setText(QCoreApplication::translate("steward::ImportCommand", "Import %1").arg(names.join(QStringLiteral(", "))));
}

ImportCommand::~ImportCommand() = default;

bool ImportCommand::apply(QString *error)
{
    const QVector<ImportFile> files = m_files;
    const QString label = text();
    const ImportUndo previous = m_undo;
    ImportUndo undo;
    const bool ok = onWorker(
        QCoreApplication::translate("steward::ImportCommand", "Importing again…"),
        [&files, &label, &previous, &undo](Store &store, QString *why) {
            // A fresh importer each time: commit() validates against the inventory as it
            // is now. What it creates gets the ids it had before the undo, so that later
            // steps naming those records still find them.
            Importer importer(store);
            importer.reuseIds(previous);
            for (const ImportFile &file : files)
                importer.addData(file.name, file.data);
            if (!importer.commit(label)) {
                QStringList lines{importer.errorString()};
                const QVector<ImportError> &errors = importer.errors();
                for (qsizetype i = 0; i < errors.size() && i < 10; ++i)
                    lines << errors.at(i).format();
                *why = lines.join(QLatin1Char('\n'));
                return false;
            }
            undo = importer.undoData();
            return true;
        },
        error);
    if (ok)
        m_undo = undo;
    return ok;
}

void ImportCommand::setCommitted(const ImportUndo &undo)
{
    m_undo = undo;
    markExecuted();
}

bool ImportCommand::revert(QString *error)
{
    const ImportUndo undo = m_undo;
    const QString label = QCoreApplication::translate("steward::ImportCommand", "Undo %1").arg(text());
    return onWorker(
        QCoreApplication::translate("steward::ImportCommand", "Taking the import back…"),
        [&undo, &label](Store &store, QString *why) { return Importer::undo(store, undo, why, label); }, error);
}

bool ImportCommand::onWorker(const QString &progressText, const std::function<bool(Store &, QString *)> &work,
                             QString *error)
{
    struct Result
    {
        bool ok = false;
        QString error;
    };
    const QString location = m_store.database().path();
    const QString actor = m_store.actor();
    // The work's captures live on this stack frame, which waits for it below.
    QFuture<Result> future = QtConcurrent::run([location, actor, &work] {
        Result result;
        result.ok = withOwnConnection(location, actor, work, &result.error);
        return result;
    });
    {
        QProgressDialog progress(progressText, QString(), 0, 0, QApplication::activeWindow());
        progress.setWindowTitle(text());
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setCancelButton(nullptr); // a transaction half done is never shown: it ends or rolls back
        progress.setMinimumDuration(500);
        QEventLoop loop;
        QFutureWatcher<Result> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const Result result = future.result();
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    if (m_committedElsewhere)
        m_committedElsewhere();
    return true;
}

} // namespace steward
