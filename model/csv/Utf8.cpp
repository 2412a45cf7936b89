#include "Utf8.h"

#include "CsvReader.h"

#include <QChar>

namespace steward::utf8 {

void append(QByteArray *out, QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    // Written through a pointer into room made once: no per-byte capacity checks.
    const qsizetype start = out->size();
    out->resize(start + 3 * n);
    char *d = out->data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = p[i];
        if (u < 0x80) {
            *d++ = static_cast<char>(u);
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            u = QChar::surrogateToUcs4(static_cast<char16_t>(u), p[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(u)) {
            u = 0xFFFD; // a lone surrogate has no UTF-8 form
        }
        if (u < 0x800) {
            *d++ = static_cast<char>(0xC0 | (u >> 6));
            *d++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            *d++ = static_cast<char>(0xE0 | (u >> 12));
            *d++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *d++ = static_cast<char>(0x80 | (u & 0x3F));
        } else {
            // Two UTF-16 units became four bytes: within the 3 * n made above.
            *d++ = static_cast<char>(0xF0 | (u >> 18));
            *d++ = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            *d++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *d++ = static_cast<char>(0x80 | (u & 0x3F));
        }
    }
    out->truncate(d - out->constData());
}

bool isSqliteStable(QByteArrayView bytes)
{
    // Most text is ASCII: eight bytes at a time up to the first that is not.
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = firstWordWhere(bytes, [](quint64 word) { return (word & 0x8080808080808080ULL) != 0; });
    while (i < n && static_cast<unsigned char>(p[i]) < 0x80)
        ++i;
    if (i == n)
        return true;
    bytes = bytes.sliced(i); // starts a character: all before it were ASCII
    if (CsvReader::firstInvalidUtf8(bytes) >= 0)
        return false;
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
    for (qsizetype at = bytes.indexOf("\xEF\xBF"); at >= 0; at = bytes.indexOf("\xEF\xBF", at + 1)) {
        const char last = bytes.size() > at + 2 ? bytes.at(at + 2) : '\0';
        if (last == '\xBE' || last == '\xBF')
            return false;
    }
    return true;
}

} // namespace steward::utf8
