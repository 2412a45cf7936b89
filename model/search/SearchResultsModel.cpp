#include "SearchResultsModel.h"

namespace steward {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setGroups(const QVector<SearchGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    m_message.clear();
    m_rows.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).results.isEmpty())
            continue;
        m_rows.append({g, -1});
        for (int r = 0; r < m_groups.at(g).results.size(); ++r)
            m_rows.append({g, r});
    }
    endResetModel();
}

void SearchResultsModel::setMessage(const QString &message)
{
    beginResetModel();
    m_groups.clear();
    m_rows.clear();
    m_message = message;
    if (!message.isEmpty())
        m_rows.append({-1, -1});
    endResetModel();
}

bool SearchResultsModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).result < 0;
}

const SearchResult *SearchResultsModel::resultAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).result < 0)
        return nullptr;
    const Row &r = m_rows.at(row);
    return &m_groups.at(r.group).results.at(r.result);
}

int SearchResultsModel::nextResultRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
        if (m_rows.at(r).result >= 0)
            return r;
    }
    return -1;
}

int SearchResultsModel::resultCount() const
{
    int count = 0;
    for (const SearchGroup &g : m_groups)
        count += static_cast<int>(g.results.size());
    return count;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.group < 0) {
        if (role == Qt::DisplayRole)
            return m_message;
        if (role == HeadingRole)
            return true;
        return {};
    }
    const SearchGroup &group = m_groups.at(row.group);
    if (row.result < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return group.more ? tr("%1 (more than %2)").arg(Search::kindLabel(group.kind)).arg(group.results.size())
                              : Search::kindLabel(group.kind);
        case HeadingRole: return true;
        case KindRole: return static_cast<int>(group.kind);
        default: return {};
        }
    }
    const SearchResult &result = group.results.at(row.result);
    switch (role) {
    case Qt::DisplayRole: return result.name;
    case Qt::ToolTipRole:
        return result.field == QLatin1String("name")
                   ? result.name
                   : QStringLiteral("%1\n%2: %3").arg(result.name, Search::fieldLabel(result.field), result.text);
    case HeadingRole: return false;
    case KindRole: return static_cast<int>(result.kind);
    case IdRole: return result.id;
    case KindLabelRole: return Search::resultKindLabel(result);
    case FieldLabelRole: return result.field == QLatin1String("name") ? QString() : Search::fieldLabel(result.field);
    case SnippetRole: return result.snippet;
    default: return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || isHeading(index.row()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace steward
