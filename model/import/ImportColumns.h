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

    int find(const char *name) const
    {
        const QLatin1String wanted(name);
        for (const auto &c : index) {
            if (c.first == wanted)
                return c.second;
        }
        return -1;
    }
    bool has(const char *name) const { return find(name) >= 0; }
    QString get(const char *name) const
    {
        const int i = find(name);
        return i < 0 ? QString() : fields->at(i);
    }
    /// The column's number as errors give it (from 1); 0 if the file has no such column.
    int column(const char *name) const { return find(name) + 1; }
};

} // namespace steward
