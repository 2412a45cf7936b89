#pragma once

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

    bool writeRow(const QStringList &fields);
    QString errorString() const;

    static QString escape(const QString &field);
    /// True if a spreadsheet would take @p field for a formula.
    static bool looksLikeFormula(const QString &field);

private:
    QIODevice *m_device;
    bool m_guard = false;
    bool m_bom = false;
    bool m_started = false;
    QByteArray m_line;
    QString m_error;
};

} // namespace steward
