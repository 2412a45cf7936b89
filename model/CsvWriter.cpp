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
        if (!needsQuotes(field)) {
            if (guard)
                m_line += '\'';
            m_line += field.toUtf8();
            continue;
        }
        m_line += '"';
        if (guard)
            m_line += '\'';
        const QByteArray bytes = field.toUtf8();
        for (const char c : bytes) {
            if (c == '"')
                m_line += '"';
            m_line += c;
        }
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
