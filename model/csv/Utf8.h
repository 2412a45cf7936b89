#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstring>

namespace steward::utf8 {

/// Appends @p text to @p out as UTF-8; a lone surrogate (which has no UTF-8 form)
/// becomes U+FFFD. What CsvWriter writes for a QString.
void append(QByteArray *out, QStringView text);

/**
 * True if @p bytes are UTF-8 that reading them as UTF-16 through SQLite and writing
 * them back with append() gives unchanged: well-formed (no overlong forms, surrogates
 * or code points above U+10FFFF) and without U+FFFE or U+FFFF, which SQLite's
 * conversion turns into U+FFFD.
 */
bool isSqliteStable(QByteArrayView bytes);

/**
 * Where a byte-by-byte look at @p bytes must start: the offset of the first eight-byte
 * word for which @p test (given the word as a number) is true, or of the tail shorter
 * than a word. For scans of every byte of a large export.
 */
template <typename WordTest> qsizetype firstWordWhere(QByteArrayView bytes, WordTest test)
{
    qsizetype i = 0;
    for (quint64 word = 0; i + 8 <= bytes.size(); i += 8) {
        std::memcpy(&word, bytes.data() + i, 8);
        if (test(word))
            break;
    }
    return i;
}

} // namespace steward::utf8
