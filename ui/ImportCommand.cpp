#include "ImportCommand.h"

#include "Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward {

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
    // A fresh importer each time: commit() validates against the inventory as it is now.
    m_importer = std::make_unique<Importer>(m_store);
    for (const ImportFile &file : std::as_const(m_files))
        m_importer->addData(file.name, file.data);
    if (!m_importer->commit(text())) {
        if (error) {
            QStringList lines{m_importer->errorString()};
            const QVector<ImportError> &errors = m_importer->errors();
            for (qsizetype i = 0; i < errors.size() && i < 10; ++i)
                lines << errors.at(i).format();
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    m_undo = m_importer->undoData();
    return true;
}

void ImportCommand::setCommitted(const ImportUndo &undo)
{
    m_undo = undo;
    markExecuted();
}

bool ImportCommand::revert(QString *error)
{
    return Importer::undo(m_store, m_undo, error,
                          QCoreApplication::translate("steward::ImportCommand", "Undo %1").arg(text()));
}

} // namespace steward
