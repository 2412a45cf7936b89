#include "CsvWriter.h"

#include "Utf8.h"

#include <QFileDevice>
#include <QVarLengthArray>

#include <cerrno>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
{}

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_guard(options.formulaGuard)
    , m_bom(options.excel)
{}

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

CsvWriter::~CsvWriter()
{
    flush();
}

namespace {

#if !defined(__SSE2__)
/// True if a byte of @p word is @p byte (the classic "has zero byte" test).
constexpr bool hasByte(quint64 word, unsigned char byte)
{
    const quint64 x = word ^ (0x0101010101010101ULL * byte);
    return ((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL) != 0;
}
#endif

/// How many bytes after a copied cell appendCell() may read (and never use).
constexpr qsizetype kSlack = 16;

/// True if one of the @p n bytes at @p p makes the cell quoted. With SSE2 (every
/// x86-64) sixteen at a time, the last sixteen masked: up to kSlack bytes after them
/// are read, which must be in the same buffer.
bool needsQuotes(const char *p, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    for (; i < n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (n - i < 16)
            bits &= (1u << (n - i)) - 1;
        if (bits != 0)
            return true;
    }
    return false;
#else
    i = utf8::firstWordWhere(QByteArrayView(p, n), [](quint64 word) {
        return hasByte(word, ',') || hasByte(word, '"') || hasByte(word, '\r') || hasByte(word, '\n');
    });
    for (; i < n; ++i) {
        if (p[i] == ',' || p[i] == '"' || p[i] == '\r' || p[i] == '\n')
            return true;
    }
    return false;
#endif
}

} // namespace

char *CsvWriter::appendCell(char *out, QByteArrayView cell) const
{
    const char first = cell.isEmpty() ? '\0' : cell.front();
    const bool guard =
        m_guard && (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r');
    // Most cells need no quotes: copied at once, then looked at in the copy (which
    // has room after it), and written again quoted only if they need it.
    char *text = out + (guard ? 1 : 0);
    memcpy(text, cell.data(), cell.size());
    if (!needsQuotes(text, cell.size())) {
        if (guard)
            *out = '\'';
        return text + cell.size();
    }
    *out++ = '"';
    if (guard)
        *out++ = '\'';
    for (const char c : cell) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    *out++ = '"';
    return out;
}

bool CsvWriter::flush()
{
    if (m_pending.isEmpty())
        return true;
    errno = 0;
    const bool ok = m_device->write(m_pending) == m_pending.size();
    const int writeError = errno;
    m_pending.truncate(0); // keeps its room for the next rows
    if (!ok) {
        // A short write leaves the device without an error of its own ("Unknown error"):
        // the system's reason says what happened ("No space left on device").
        m_error = writeError != 0 && qobject_cast<QFileDevice *>(m_device)
                      ? QString::fromLocal8Bit(std::strerror(writeError))
                      : m_device->errorString();
    }
    return ok;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    m_field.truncate(0);
    QVarLengthArray<qsizetype, 16> ends;
    for (const QString &field : fields) {
        utf8::append(&m_field, field);
        ends.append(m_field.size());
    }
    QVarLengthArray<QByteArrayView, 16> cells;
    for (qsizetype i = 0, start = 0; i < ends.size(); start = ends.at(i), ++i)
        cells.append(QByteArrayView(m_field.constData() + start, ends.at(i) - start));
    return writeRow(cells.constData(), cells.size());
}

bool CsvWriter::writeRow(const QByteArrayView *cells, qsizetype count)
{
    // The row is written through a pointer into room made once (each cell at worst
    // doubled, quoted, guarded and followed by a comma), then cut to what it took.
    qsizetype room = 3 + 2 + kSlack;
    for (qsizetype i = 0; i < count; ++i)
        room += 2 * cells[i].size() + 4;
    const qsizetype start = m_pending.size();
    m_pending.resize(start + room);
    char *out = m_pending.data() + start;
    if (!m_started && m_bom && start == 0) {
        memcpy(out, "\xEF\xBB\xBF", 3);
        out += 3;
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (i)
            *out++ = ',';
        out = appendCell(out, cells[i]);
    }
    *out++ = '\r';
    *out++ = '\n';
    m_pending.truncate(out - m_pending.constData());
    m_started = true;
    // Written at once (the default) or when the buffer is full.
    return m_pending.size() < m_bufferSize || flush();
}

QString CsvWriter::errorString() const
{
    return m_error;
}

} // namespace steward
