#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/// One problem found in a CSV file: where (record and column, both from 1; the
/// header is row 1) and what.
struct CsvError
{
    int row = 0;
    int column = 0;
    QString message;

    /// "FILE:ROW:COLUMN: message", as the command line prints it.
    QString format(const QString &file) const;
    bool operator==(const CsvError &other) const
    {
        return row == other.row && column == other.column && message == other.message;
    }
};

/**
 * A strict RFC 4180 reader. UTF-8 with or without a byte-order mark; records end
 * with CRLF or LF (a final record may end without one); fields may be quoted, and
 * quoted fields may hold delimiters, doubled quotes, CR and LF. The delimiter
 * (comma, semicolon or tab) is detected from the header line unless set.
 *
 * It does not guess: a quote inside an unquoted field, text after a closing quote,
 * a bare CR, an unterminated quoted field, bytes that are not UTF-8 and a record
 * whose number of fields differs from the header's are all errors, each reported
 * with its row and column, and parsing goes on where it can so that every problem
 * is listed at once. Empty lines are skipped (they still count as rows).
 *
 * Rows are numbered as a spreadsheet numbers them: record N is row N, whatever
 * line breaks its quoted fields hold.
 *
 * Hostile files: a UTF-16 file (with or without a byte-order mark) is one error and
 * nothing else; a field longer than setMaxFieldLength() is an error and is kept
 * empty (its text is never copied); past kMaxErrors errors are counted, not kept.
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Record
    {
        int row = 0;
        QStringList fields;
    };

    /// The errors kept; moreErrors() counts the rest.
    static constexpr int kMaxErrors = 1000;

    CsvReader() = default;

    /// The delimiter to use; a null QChar (the default) detects it from the header.
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }
    /// Whether every record must have as many fields as the first (default: true).
    void setRequireUniformWidth(bool on) { m_uniform = on; }
    /// The longest field read, in characters; a longer one is an error and read as
    /// empty. 0 (the default): no limit.
    void setMaxFieldLength(qsizetype length) { m_maxField = length; }

    /// Parses @p data; false if any error was found (records() still holds what was read).
    bool parse(const QByteArray &data);

    /// Every record, the header first.
    const QVector<Record> &records() const { return m_records; }
    /// The first kMaxErrors errors, in the order found.
    const QVector<CsvError> &errors() const { return m_errors; }
    /// How many errors there were beyond those errors() holds.
    qint64 moreErrors() const { return m_moreErrors; }
    QChar delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }

    /// Comma, semicolon or tab: whichever occurs most often, outside quotes, in the
    /// first record of @p text (comma when none does).
    static QChar detectDelimiter(QStringView text);
    /// The byte offset of the first byte of @p data that is not valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView data);
    /// Whether @p data looks like UTF-16 text: a UTF-16 byte-order mark, or (without
    /// one) a zero byte in every other position of the first line, as ASCII text in
    /// UTF-16 has.
    static bool looksLikeUtf16(QByteArrayView data);

private:
    void error(int row, int column, const QString &message);

    QChar m_forcedDelimiter;
    QChar m_delimiter = QLatin1Char(',');
    bool m_uniform = true;
    bool m_bom = false;
    qsizetype m_maxField = 0;
    QVector<Record> m_records;
    QVector<CsvError> m_errors;
    qint64 m_moreErrors = 0;
};

} // namespace steward
