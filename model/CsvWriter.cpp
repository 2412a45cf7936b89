#include "CsvWriter.h"

namespace steward {
namespace {

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_guard(options.formulaGuard)
    , m_bom(options.excel)
{
}

QString CsvWriter::escape(const QString &field)
{
    if (!needsQuotes(field))
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool CsvWriter::looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const char16_t first = field.at(0).unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

namespace {

/// Appends @p text to @p out as UTF-8, doubling quotes if @p quoted: no temporary per field.
void appendUtf8(QByteArray &out, const QString &text, bool quoted)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = p[i];
        if (u < 0x80) {
            if (quoted && u == u'"')
                out += '"';
            out += static_cast<char>(u);
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            u = QChar::surrogateToUcs4(static_cast<char16_t>(u), p[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(u)) {
            u = 0xFFFD; // a lone surrogate has no UTF-8 form
        }
        if (u < 0x800) {
            out += static_cast<char>(0xC0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            out += static_cast<char>(0xE0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (u >> 18));
            out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (u & 0x3F));
        }
    }
}

} // namespace

bool CsvWriter::writeRow(const QStringList &fields)
{
    // One buffer reused for every row: the export of 100k rows allocates once.
    m_line.clear();
    if (!m_started && m_bom)
        m_line += "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_line += ',';
        const QString &field = fields.at(i);
        const bool guard = m_guard && looksLikeFormula(field);
        const bool quoted = needsQuotes(field);
        if (quoted)
            m_line += '"';
        if (guard)
            m_line += '\'';
        appendUtf8(m_line, field, quoted);
        if (quoted)
            m_line += '"';
    }
    m_line += "\r\n";
    if (m_device->write(m_line) != m_line.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_started = true;
    return true;
}

QString CsvWriter::errorString() const
{
    return m_error;
}

} // namespace steward
