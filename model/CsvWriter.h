#pragma once

#include <QIODevice>
#include <QStringList>

namespace steward {

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

    /// Prefix a leading =, +, -, @ with a single quote (OWASP CSV injection advice).
    void setFormulaGuard(bool on) { m_guard = on; }

    bool writeRow(const QStringList &fields);
    QString errorString() const;

    static QString escape(const QString &field);

private:
    QIODevice *m_device;
    bool m_guard = false;
    QString m_error;
};

} // namespace steward
