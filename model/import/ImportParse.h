#pragma once

#include "BackstagePlaces.h"
#include "CsvReader.h"
#include "ImportTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <thread>

namespace steward {

/// One file an import was given: its bytes, or why they could not be read.
struct ImportSource
{
    QString name;
    QByteArray data;
    QString readError;
};

/// One file whose syntax and header are good: its format, its columns (lower-case
/// name -> index) and its records (the header left out).
struct ParsedFile
{
    const ImportSource *file = nullptr;
    ImportFormat format = ImportFormat::Services;
    ImportDialect dialect = ImportDialect::Steward; ///< whose columns (NetBox's: see NetBoxFormat.h)
    QVector<CsvReader::Record> records;
    QHash<QString, int> columns;
};

/// What parsing the files found: the good files in the order given, every file's
/// syntax and header errors, and the format each good file was recognised as.
struct ImportParseResult
{
    QVector<ParsedFile> files;
    QVector<ImportError> errors; ///< the first kMaxImportErrors
    qint64 moreErrors = 0;       ///< how many more there were
    QHash<QString, ImportFormat> formats;
    QHash<QString, ImportDialect> dialects; ///< the same files: whose columns they are in
    qint64 totalRows = 0;                   ///< the records of the good files
    /// The Backstage catalogs' records' places, by file name (BackstageImport::locate).
    QHash<QString, BackstagePlaces> backstage;
};

/**
 * The first step of an import: files -> parsed rows per format. Reads each file as
 * strict CSV, recognises its format by its header and checks every column name; the
 * errors of all the files are reported together. It reads nothing but the files.
 *
 * start() parses on a second thread (while the importer opens its transaction and
 * reads the inventory); wait() joins it and hands over the result. The files must
 * outlive the parse: the result points into them.
 */
class ImportParse final
{
    Q_DISABLE_COPY_MOVE(ImportParse)
public:
    explicit ImportParse(const QVector<ImportSource> &files);
    ~ImportParse();

    /// Starts parsing on a second thread.
    void start();
    /// Whether a parse was started and not yet waited for.
    bool running() const { return m_thread.joinable(); }
    /// Joins the second thread (or parses here if it was never started) and returns
    /// the result; the second and later calls return it again.
    ImportParseResult &wait();

    /// Parses @p files on this thread.
    static ImportParseResult parse(const QVector<ImportSource> &files);
    /// At most one record a line: an upper bound of the rows of @p files, known
    /// before they are parsed (to size the tables of the later steps).
    static qint64 rowsBound(const QVector<ImportSource> &files);
    /// The format whose columns @p header matches best; false, with @p why, if none
    /// or a tie.
    static bool recognise(const QStringList &header, ImportFormat *format, QString *why);
    /// The same, and whether the columns are Steward's or NetBox's (a NetBox contacts or
    /// providers file: netbox::recognise()).
    static bool recognise(const QStringList &header, ImportFormat *format, ImportDialect *dialect, QString *why);
    /// A format's key, as the reports name it ("services").
    static QString formatKey(ImportFormat format);

private:
    const QVector<ImportSource> &m_files;
    ImportParseResult m_result;
    std::thread m_thread;
    bool m_done = false;
};

} // namespace steward
