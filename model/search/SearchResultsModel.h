#pragma once

#include "Search.h"

#include <QAbstractListModel>

namespace steward {

/**
 * The search box's list: one heading row per kind ("Services", "Contacts", ...)
 * followed by that kind's results, best first, in the order Search::search gives.
 * Heading rows are neither enabled nor selectable, so the keyboard steps over them.
 */
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)
public:
    enum Role
    {
        HeadingRole = Qt::UserRole, ///< bool: a group's heading row
        KindRole,                   ///< int, a SearchKind
        IdRole,                     ///< qint64: the item's or contact's id
        KindLabelRole,              ///< the result's own kind ("service", "mailing list")
        FieldLabelRole,             ///< the matched field's label ("web address"), empty for the name
        SnippetRole,                ///< the matched text around the match
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setGroups(const QVector<SearchGroup> &groups);
    /// No results: one heading row saying @p message ("No matches"), or none if empty.
    void setMessage(const QString &message);
    void clear() { setGroups({}); }
    QString message() const { return m_message; }
    const QVector<SearchGroup> &groups() const { return m_groups; }

    bool isHeading(int row) const;
    /// The result on @p row, nullptr for a heading or an invalid row.
    const SearchResult *resultAt(int row) const;
    /// The first result's row (-1 if none); the next or previous result's row from @p row
    /// (-1 if none).
    int firstResultRow() const { return nextResultRow(-1, 1); }
    int nextResultRow(int row, int step) const;
    int resultCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        int group = 0;   ///< -1: the message
        int result = -1; ///< -1: the group's heading
    };

    QVector<SearchGroup> m_groups;
    QVector<Row> m_rows;
    QString m_message;
};

} // namespace steward
