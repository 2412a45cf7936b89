#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QStringList>

namespace steward {

/// How a CSV file is written: the choices the export dialog and the command line offer.
struct CsvOptions
{
    /// Excel-compatible: a UTF-8 byte-order mark first, so that Excel reads UTF-8
    /// (records end with CRLF in every mode, as RFC 4180 says).
    bool excel = false;
    /// Spreadsheet-safe: a cell starting with =, +, -, @, tab or CR gets a leading
    /// apostrophe (OWASP's advice against formula injection). Off: raw, lossless,
    /// for re-import.
    bool formulaGuard = false;
};

/**
 * Writes RFC 4180 CSV in UTF-8 to any QIODevice: fields with a comma, quote, CR or
 * LF are quoted, quotes doubled, records end with CRLF. A field that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) is written as it is;
 * exports that must be formula-safe say so with setFormulaGuard().
 */
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const CsvOptions &options);

    /// Prefix a leading =, +, -, @, tab or CR with a single quote (OWASP CSV injection advice).
    void setFormulaGuard(bool on) { m_guard = on; }
    /// Start the output with a UTF-8 byte-order mark (written with the first row).
    void setByteOrderMark(bool on) { m_bom = on; }

    /**
     * Rows are written to the device one at a time (the default, 0), or gathered
     * until @p bytes are held and then written in one go: far fewer device writes
     * for a large export, which must then end with flush(). A failed write shows in
     * the writeRow() or flush() that makes it.
     */
    void setBufferSize(qsizetype bytes) { m_bufferSize = bytes; }
    /// Writes what is held; false (with errorString()) if the device refuses it.
    bool flush();
    /// Flushes what is held; a failure then goes unreported: call flush() first.
    ~CsvWriter();

    bool writeRow(const QStringList &fields);
    /// A row of cells already in UTF-8 (as SQLite holds text): the same bytes as
    /// writeRow() with the fields they encode.
    bool writeRow(const QByteArrayView *cells, qsizetype count);
    QString errorString() const;

    static QString escape(const QString &field);
    /// True if a spreadsheet would take @p field for a formula.
    static bool looksLikeFormula(const QString &field);

private:
    Q_DISABLE_COPY_MOVE(CsvWriter)
    /// Writes @p cell at @p out (quoted and guarded as needed); returns where it ended.
    char *appendCell(char *out, QByteArrayView cell) const;

    QIODevice *m_device;
    bool m_guard = false;
    bool m_bom = false;
    bool m_started = false;
    qsizetype m_bufferSize = 0;
    QByteArray m_pending; ///< rows not yet written
    QByteArray m_field;   ///< a QString row's fields in UTF-8, reused
    QString m_error;
};

} // namespace steward
