#include "ContactOrder.h"

#include "Translations.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace steward {

void ContactOrder::setNames(const QHash<qint64, QString> &names)
{
    m_rank.clear();
    m_rank.reserve(names.size());
    struct Entry
    {
        qint64 id;
        QString name;
    };
    std::vector<Entry> entries;
    entries.reserve(static_cast<size_t>(names.size()));
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        entries.push_back({it.key(), it.value()});
    // The sort keys once each (10k contacts, many comparisons); the C locale's collator
    // does not ignore case in its keys: there, case-folded text sorts by code point.
    // What scripts read (SourceTextScope: CSV) has the C locale's order whatever the
    // user's: a German collator puts "Émile" before "zed", code points after it.
    const QLocale locale = SourceTextScope::active() ? QLocale::c() : QLocale();
    std::vector<int> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::vector<int> rank(entries.size());
    if (locale.language() == QLocale::C) {
        std::vector<QString> folded;
        folded.reserve(entries.size());
        for (const Entry &e : entries)
            folded.push_back(e.name.toCaseFolded());
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = folded[a].compare(folded[b]);
            return c != 0 ? c < 0 : entries[a].id < entries[b].id;
        });
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] =
                i > 0 && folded[order[i]] == folded[order[i - 1]] ? rank[order[i - 1]] : static_cast<int>(i);
    } else {
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> sortKeys;
        sortKeys.reserve(entries.size());
        for (const Entry &e : entries)
            sortKeys.push_back(collator.sortKey(e.name));
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = sortKeys[a].compare(sortKeys[b]);
            return c != 0 ? c < 0 : entries[a].id < entries[b].id;
        });
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = i > 0 && sortKeys[order[i]].compare(sortKeys[order[i - 1]]) == 0 ? rank[order[i - 1]]
                                                                                              : static_cast<int>(i);
    }
    for (size_t i = 0; i < entries.size(); ++i)
        m_rank.insert(entries[i].id, rank[i]);
}

void ContactOrder::setContacts(const QHash<qint64, Contact> &contacts)
{
    QHash<qint64, QString> names;
    names.reserve(contacts.size());
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it)
        names.insert(it.key(), it->name);
    setNames(names);
}

} // namespace steward
