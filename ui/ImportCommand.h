#pragma once

#include "Importer.h"
#include "StoreCommand.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>

namespace steward {

/// One file of an import: its name (what errors and the history call it) and bytes.
struct ImportFile
{
    QString name;
    QByteArray data;
};

/// Runs @p work (on a worker thread) with a Store of its own on a new connection to
/// @p location, recording @p actor in the history; false with @p error if the
/// connection cannot be made or the work fails.
bool withOwnConnection(const QString &location, const QString &actor,
                       const std::function<bool(Store &, QString *)> &work, QString *error);

/**
 * An import as one undoable step. The first execute() commits the files (validated
 * again inside the transaction, one batch in the history); undo takes the import
 * back with Importer::undo (refused if a record it touched was changed since);
 * redo commits the same bytes again, which recreates what undo removed.
 *
 * Each of these runs on a worker thread through a connection of its own (tens of
 * thousands of rows take seconds): meanwhile the window keeps painting but takes no
 * input, so that nothing else changes the inventory or the undo stack before the step
 * ends, and a progress dialog shows after a moment. The window's own connection sees
 * the change as another connection's commit: see setCommittedElsewhere().
 */
class ImportCommand final : public StoreCommand
{
public:
    ImportCommand(Store &store, QVector<ImportFile> files, CommandErrorHandler onError);
    ~ImportCommand() override;

    /// The files were committed already, by another connection (ImportDialog's worker
    /// thread), with @p undo as the result: pushing the command does not commit again.
    void setCommitted(const ImportUndo &undo);
    /// Called on the window's thread after each commit through the worker's connection,
    /// so that the window looks for the change at once rather than at its next poll.
    void setCommittedElsewhere(std::function<void()> notify) { m_committedElsewhere = std::move(notify); }

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    /// Runs @p work on a worker thread with a Store on a connection of its own, and
    /// waits for it with the event loop turning (no input).
    bool onWorker(const QString &progressText, const std::function<bool(Store &, QString *)> &work, QString *error);

    Store &m_store;
    QVector<ImportFile> m_files;
    ImportUndo m_undo;
    std::function<void()> m_committedElsewhere;
};

} // namespace steward
