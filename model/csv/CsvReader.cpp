#include "CsvReader.h"

#include <QDir>

#include <limits>

namespace steward {

QString CsvError::format(const QString &file) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(QDir::toNativeSeparators(file)).arg(row).arg(column).arg(message);
}

void CsvReader::error(int row, int column, const QString &message)
{
    if (m_errors.size() < kMaxErrors)
        m_errors.append({row, column, message});
    else
        ++m_moreErrors;
}

bool CsvReader::looksLikeUtf16(QByteArrayView data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return true;
    // ASCII in UTF-16: a zero byte beside every character. UTF-8 text has no zero
    // bytes at all, unless a field holds NUL (which the importer refuses anyway).
    const qsizetype n = std::min<qsizetype>(data.size(), 512) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += data.at(i) == 0 ? 1 : 0;
        oddZeros += data.at(i + 1) == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    return (evenZeros * 4 >= pairs * 3 && oddZeros == 0) || (oddZeros * 4 >= pairs * 3 && evenZeros == 0);
}

qsizetype CsvReader::firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            break;
        } else if (c == QLatin1Char(',')) {
            ++commas;
        } else if (c == QLatin1Char(';')) {
            ++semicolons;
        } else if (c == QLatin1Char('\t')) {
            ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool CsvReader::parse(const QByteArray &bytes)
{
    m_records.clear();
    m_errors.clear();
    m_moreErrors = 0;
    QByteArrayView data(bytes);
    if (looksLikeUtf16(data)) {
        // Said once: read as UTF-8 it would be a bad byte, a wrong header, NULs...
        m_bom = false;
        error(1, 1, tr("the file is UTF-16; save it as UTF-8"));
        return false;
    }
    m_bom = data.startsWith("\xEF\xBB\xBF");
    if (m_bom)
        data = data.sliced(3);
    const qsizetype badByte = firstInvalidUtf8(data);
    const QString text = QString::fromUtf8(data);
    // Where the first bad byte lands in the decoded text, to report its row and column.
    const qsizetype badChar = badByte < 0 ? -1 : QString::fromUtf8(data.first(badByte)).size();
    m_delimiter = m_forcedDelimiter.isNull() ? detectDelimiter(text) : m_forcedDelimiter;
    const QChar delimiter = m_delimiter;

    enum class State
    {
        StartField,
        Unquoted,
        Quoted,
        AfterQuote
    };
    State state = State::StartField;
    int row = 1;
    int column = 1;
    int quoteRow = 0, quoteColumn = 0;
    bool fieldFlagged = false; // one error per field is enough
    bool lineEmpty = true;
    QStringList fields;
    QString field;
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    // The field's characters are copied a run at a time, not one by one: [runStart,
    // runEnd) of the text is the run not yet in field.
    qsizetype runStart = 0, runEnd = 0;
    // A field past m_maxField is measured, not copied: fieldLength counts what was
    // appended and left out.
    const qsizetype maxField = m_maxField > 0 ? m_maxField : std::numeric_limits<qsizetype>::max();
    qsizetype dropped = 0;
    const auto add = [&](qsizetype i) {
        if (runEnd == i && runEnd > runStart) {
            runEnd = i + 1;
            return;
        }
        if (runEnd > runStart) {
            if (field.size() + (runEnd - runStart) <= maxField && dropped == 0) {
                field.append(p + runStart, runEnd - runStart);
            } else {
                dropped += field.size() + (runEnd - runStart);
                field = QString();
            }
        }
        runStart = i;
        runEnd = i + 1;
    };
    const auto fieldEmpty = [&] { return field.isEmpty() && runEnd == runStart && dropped == 0; };
    qsizetype width = 0;

    const auto endField = [&] {
        const qsizetype length = dropped + field.size() + (runEnd - runStart);
        if (length > maxField && state != State::Quoted) {
            error(row, column, tr("the field has %L1 characters; at most %L2 are allowed").arg(length).arg(maxField));
            field = QString();
        } else if (length > maxField) {
            field = QString(); // an unterminated quote: that error says what happened
        } else if (runEnd > runStart) {
            if (field.isEmpty())
                field = QString(p + runStart, runEnd - runStart);
            else
                field.append(p + runStart, runEnd - runStart);
        }
        dropped = 0;
        runStart = runEnd = 0;
        fields.append(std::move(field));
        field = QString();
        state = State::StartField;
        fieldFlagged = false;
    };
    const auto endRecord = [&] {
        if (lineEmpty && fields.isEmpty() && fieldEmpty() && state == State::StartField) {
            // An empty line: no record, but it is a row in a spreadsheet's eyes.
        } else {
            endField();
            width = fields.size();
            m_records.append({row, std::move(fields)});
            fields = QStringList();
            fields.reserve(width);
        }
        state = State::StartField;
        fieldFlagged = false;
        lineEmpty = true;
        ++row;
        column = 1;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p[i];
        if (i == badChar) {
            error(row, column,
                  tr("not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                      .arg(static_cast<unsigned char>(data.at(badByte)), 2, 16, QLatin1Char('0')));
        }
        if (state == State::Quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                    add(i); // one of the two quotes
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                add(i);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            ++column;
            lineEmpty = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && p[i + 1] == QLatin1Char('\n')) {
                ++i;
                endRecord();
            } else {
                error(row, column, tr("a carriage return that does not end a line; quote the field that holds it"));
                lineEmpty = false;
                endRecord();
            }
        } else if (state == State::AfterQuote) {
            if (!fieldFlagged) {
                error(row, column, tr("text after a closing quote; a quote inside a quoted field is written twice"));
                fieldFlagged = true;
            }
            lineEmpty = false;
        } else if (c == QLatin1Char('"')) {
            lineEmpty = false;
            if (state == State::StartField) {
                state = State::Quoted;
                quoteRow = row;
                quoteColumn = column;
            } else {
                if (!fieldFlagged) {
                    error(row, column,
                          tr("a quote inside an unquoted field; quote the whole field and write the quote twice"));
                    fieldFlagged = true;
                }
                add(i);
            }
        } else {
            add(i);
            state = State::Unquoted;
            lineEmpty = false;
        }
    }
    bool unterminated = false;
    if (state == State::Quoted) {
        error(quoteRow, quoteColumn, tr("unterminated quote: the quoted field that starts here never ends"));
        endField();
        m_records.append({row, fields});
        unterminated = true;
    } else if (!lineEmpty || !fields.isEmpty() || !fieldEmpty() || state != State::StartField) {
        endRecord();
    }

    if (m_uniform && !m_records.isEmpty()) {
        const qsizetype width = m_records.first().fields.size();
        // The record an unterminated quote swallowed has no meaningful width.
        const qsizetype checked = m_records.size() - (unterminated ? 1 : 0);
        for (qsizetype i = 0; i < checked; ++i) {
            const Record &record = m_records.at(i);
            if (record.fields.size() != width) {
                error(record.row, static_cast<int>(std::min(record.fields.size(), width) + 1),
                      tr("wrong column count: %n field(s) where the header has %1", nullptr,
                         static_cast<int>(record.fields.size()))
                          .arg(width));
            }
        }
    }
    return m_errors.isEmpty();
}

} // namespace steward
