#include "SearchFold.h"

#include <QHash>
#include <QStringList>

#include <QVector>

#include <algorithm>

namespace steward::searchfold {
namespace {

struct Fold
{
    char16_t from;
    const char *to;
};

// Latin-1 Supplement and Latin Extended-A letters, folded to lower-case ASCII (NFKD
// without marks, plus the letters that do not decompose: ß, æ, ø, ł, đ, þ, ...).
// Frozen: schema step 3's triggers hold this table (see SearchFold.h).
const Fold kFolds[] = {
    {0x00C0, "a"},  {0x00C1, "a"},  {0x00C2, "a"},  {0x00C3, "a"}, {0x00C4, "a"},  {0x00C5, "a"},  {0x00C6, "ae"},
    {0x00C7, "c"},  {0x00C8, "e"},  {0x00C9, "e"},  {0x00CA, "e"}, {0x00CB, "e"},  {0x00CC, "i"},  {0x00CD, "i"},
    {0x00CE, "i"},  {0x00CF, "i"},  {0x00D0, "d"},  {0x00D1, "n"}, {0x00D2, "o"},  {0x00D3, "o"},  {0x00D4, "o"},
    {0x00D5, "o"},  {0x00D6, "o"},  {0x00D8, "o"},  {0x00D9, "u"}, {0x00DA, "u"},  {0x00DB, "u"},  {0x00DC, "u"},
    {0x00DD, "y"},  {0x00DE, "th"}, {0x00DF, "ss"}, {0x00E0, "a"}, {0x00E1, "a"},  {0x00E2, "a"},  {0x00E3, "a"},
    {0x00E4, "a"},  {0x00E5, "a"},  {0x00E6, "ae"}, {0x00E7, "c"}, {0x00E8, "e"},  {0x00E9, "e"},  {0x00EA, "e"},
    {0x00EB, "e"},  {0x00EC, "i"},  {0x00ED, "i"},  {0x00EE, "i"}, {0x00EF, "i"},  {0x00F0, "d"},  {0x00F1, "n"},
    {0x00F2, "o"},  {0x00F3, "o"},  {0x00F4, "o"},  {0x00F5, "o"}, {0x00F6, "o"},  {0x00F8, "o"},  {0x00F9, "u"},
    {0x00FA, "u"},  {0x00FB, "u"},  {0x00FC, "u"},  {0x00FD, "y"}, {0x00FE, "th"}, {0x00FF, "y"},  {0x0100, "a"},
    {0x0101, "a"},  {0x0102, "a"},  {0x0103, "a"},  {0x0104, "a"}, {0x0105, "a"},  {0x0106, "c"},  {0x0107, "c"},
    {0x0108, "c"},  {0x0109, "c"},  {0x010A, "c"},  {0x010B, "c"}, {0x010C, "c"},  {0x010D, "c"},  {0x010E, "d"},
    {0x010F, "d"},  {0x0110, "d"},  {0x0111, "d"},  {0x0112, "e"}, {0x0113, "e"},  {0x0114, "e"},  {0x0115, "e"},
    {0x0116, "e"},  {0x0117, "e"},  {0x0118, "e"},  {0x0119, "e"}, {0x011A, "e"},  {0x011B, "e"},  {0x011C, "g"},
    {0x011D, "g"},  {0x011E, "g"},  {0x011F, "g"},  {0x0120, "g"}, {0x0121, "g"},  {0x0122, "g"},  {0x0123, "g"},
    {0x0124, "h"},  {0x0125, "h"},  {0x0126, "h"},  {0x0127, "h"}, {0x0128, "i"},  {0x0129, "i"},  {0x012A, "i"},
    {0x012B, "i"},  {0x012C, "i"},  {0x012D, "i"},  {0x012E, "i"}, {0x012F, "i"},  {0x0130, "i"},  {0x0131, "i"},
    {0x0132, "ij"}, {0x0133, "ij"}, {0x0134, "j"},  {0x0135, "j"}, {0x0136, "k"},  {0x0137, "k"},  {0x0138, "k"},
    {0x0139, "l"},  {0x013A, "l"},  {0x013B, "l"},  {0x013C, "l"}, {0x013D, "l"},  {0x013E, "l"},  {0x013F, "l"},
    {0x0140, "l"},  {0x0141, "l"},  {0x0142, "l"},  {0x0143, "n"}, {0x0144, "n"},  {0x0145, "n"},  {0x0146, "n"},
    {0x0147, "n"},  {0x0148, "n"},  {0x0149, "n"},  {0x014A, "n"}, {0x014B, "n"},  {0x014C, "o"},  {0x014D, "o"},
    {0x014E, "o"},  {0x014F, "o"},  {0x0150, "o"},  {0x0151, "o"}, {0x0152, "oe"}, {0x0153, "oe"}, {0x0154, "r"},
    {0x0155, "r"},  {0x0156, "r"},  {0x0157, "r"},  {0x0158, "r"}, {0x0159, "r"},  {0x015A, "s"},  {0x015B, "s"},
    {0x015C, "s"},  {0x015D, "s"},  {0x015E, "s"},  {0x015F, "s"}, {0x0160, "s"},  {0x0161, "s"},  {0x0162, "t"},
    {0x0163, "t"},  {0x0164, "t"},  {0x0165, "t"},  {0x0166, "t"}, {0x0167, "t"},  {0x0168, "u"},  {0x0169, "u"},
    {0x016A, "u"},  {0x016B, "u"},  {0x016C, "u"},  {0x016D, "u"}, {0x016E, "u"},  {0x016F, "u"},  {0x0170, "u"},
    {0x0171, "u"},  {0x0172, "u"},  {0x0173, "u"},  {0x0174, "w"}, {0x0175, "w"},  {0x0176, "y"},  {0x0177, "y"},
    {0x0178, "y"},  {0x0179, "z"},  {0x017A, "z"},  {0x017B, "z"}, {0x017C, "z"},  {0x017D, "z"},  {0x017E, "z"},
    {0x017F, "s"},
};

// Combining accents a decomposed (NFD) text may carry: removed.
const char16_t kMarks[] = {0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0x0306, 0x0307,
                           0x0308, 0x030A, 0x030B, 0x030C, 0x0323, 0x0327, 0x0328};

const QHash<char16_t, QString> &foldTable()
{
    static const QHash<char16_t, QString> table = [] {
        QHash<char16_t, QString> t;
        for (const Fold &f : kFolds)
            t.insert(f.from, QString::fromLatin1(f.to));
        for (char16_t mark : kMarks)
            t.insert(mark, QString());
        return t;
    }();
    return table;
}

} // namespace

QString indexFold(const QString &text)
{
    const QHash<char16_t, QString> &table = foldTable();
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            result += (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
            continue;
        }
        const auto it = table.constFind(u);
        if (it != table.constEnd())
            result += *it;
        else
            result += c;
    }
    return result;
}

QString fold(const QString &text)
{
    return indexFold(text.normalized(QString::NormalizationForm_C)).toCaseFolded();
}

QStringList sqlSteps(const QString &operand)
{
    // SQLite's parser takes about 30 nested calls; the chain is applied in steps.
    constexpr int PerStep = 24;
    QVector<QPair<int, QString>> replacements;
    for (const Fold &f : kFolds)
        replacements.append({int(f.from), QString::fromLatin1(f.to)});
    for (char16_t mark : kMarks)
        replacements.append({int(mark), QString()});
    QStringList steps;
    for (qsizetype start = 0; start < replacements.size(); start += PerStep) {
        QString chain = operand;
        for (qsizetype i = start; i < std::min(start + PerStep, replacements.size()); ++i)
            chain = QStringLiteral("replace(%1,char(%2),'%3')")
                        .arg(chain)
                        .arg(replacements.at(i).first)
                        .arg(replacements.at(i).second);
        steps << chain;
    }
    steps.last() = QStringLiteral("lower(%1)").arg(steps.last());
    return steps;
}

} // namespace steward::searchfold
