#pragma once

#include "AssignmentCommands.h"
#include "Importer.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <memory>

namespace steward {

/// One file of an import: its name (what errors and the history call it) and bytes.
struct ImportFile
{
    QString name;
    QByteArray data;
};

/**
 * An import as one undoable step. The first execute() commits the files (validated
 * again inside the transaction, one batch in the history); undo takes the import
 * back with Importer::undo (refused if a record it touched was changed since);
 * redo commits the same bytes again, which recreates what undo removed.
 */
class ImportCommand final : public StoreCommand
{
public:
    ImportCommand(Store &store, QVector<ImportFile> files, CommandErrorHandler onError);
    ~ImportCommand() override;

    /// The importer of the last commit: its rows, errors and undo data.
    const Importer &importer() const { return *m_importer; }
    /// The files were committed already, by another connection (ImportDialog's worker
    /// thread), with @p undo as the result: pushing the command does not commit again.
    void setCommitted(const ImportUndo &undo);

protected:
    bool apply(QString *error) override;
    bool revert(QString *error) override;

private:
    Store &m_store;
    QVector<ImportFile> m_files;
    std::unique_ptr<Importer> m_importer;
    ImportUndo m_undo;
};

} // namespace steward
