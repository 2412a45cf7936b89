#include "CsvWriter.h"

namespace steward {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::escape(const QString &field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        QString field = fields.at(i);
        if (m_guard && !field.isEmpty()) {
            const QChar first = field.at(0);
            if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
                field.prepend(QLatin1Char('\''));
        }
        line += escape(field);
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

QString CsvWriter::errorString() const
{
    return m_error;
}

} // namespace steward
