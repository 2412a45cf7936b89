#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace steward {

/// The columns of one import file (lower-case name -> index) and the fields of the
/// record being validated.
struct ImportColumns
{
    explicit ImportColumns(const QHash<QString, int> &columns)
    {
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            index.append({it.key(), it.value()});
    }
    // A few columns, looked up several times a row: a list compared with the
    // Latin-1 name costs less than a QHash<QString> lookup, which converts it.
    QVector<QPair<QString, int>> index;
    const QStringList *fields = nullptr;

    /// The index of the column @p name (a string literal, or text that stays as it is
    /// while this lives), or -1.
    int find(const char *name) const
    {
        // The validators name their columns with literals: a name asked for before is
        // found by its address, without comparing text (millions of times at 100k rows).
        for (const auto &seen : m_seen) {
            if (seen.first == name)
                return seen.second;
        }
        const QLatin1String wanted(name);
        int found = -1;
        for (const auto &c : index) {
            if (c.first == wanted) {
                found = c.second;
                break;
            }
        }
        m_seen.append({name, found});
        return found;
    }
    bool has(const char *name) const { return find(name) >= 0; }
    QString get(const char *name) const
    {
        const int i = find(name);
        return i < 0 ? QString() : fields->at(i);
    }
    /// The column's number as errors give it (from 1); 0 if the file has no such column.
    int column(const char *name) const { return find(name) + 1; }

private:
    mutable QVector<QPair<const char *, int>> m_seen;
};

} // namespace steward
