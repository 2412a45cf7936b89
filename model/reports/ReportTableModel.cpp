#include "ReportTableModel.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace steward {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const QStringList &header, QVector<QStringList> rows)
{
    beginResetModel();
    m_header = header;
    m_rows = std::move(rows);
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({}, {});
}

const QStringList &ReportTableModel::rowAt(int row) const
{
    return m_rows.at(m_order.at(row));
}

QVector<QStringList> ReportTableModel::rowsInViewOrder() const
{
    QVector<QStringList> rows;
    rows.reserve(m_order.size());
    for (int i : m_order)
        rows.append(m_rows.at(i));
    return rows;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows.at(m_order.at(index.row()));
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (cell.contains(QLatin1Char('\n'))) {
            QString shown = cell;
            shown.remove(QLatin1Char('\r'));
            return shown.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
        }
        return cell;
    case Qt::ToolTipRole:
        // Long or multi-line cells are clipped in the table: the tooltip shows them whole.
        return cell.size() > 40 || cell.contains(QLatin1Char('\n')) ? QVariant(cell) : QVariant();
    case RawTextRole: return cell;
    case SourceRowRole: return m_order.at(index.row());
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_header.size() ? QVariant(m_header.at(section)) : QVariant();
    return section + 1;
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_header.size())
        return;
    const qsizetype n = m_rows.size();
    const auto cellOf = [&](qsizetype i) -> const QString & {
        static const QString empty;
        const QStringList &row = m_rows.at(i);
        return column < row.size() ? row.at(column) : empty;
    };
    // Whole numbers sort by value; everything else by text.
    bool numeric = true;
    QVector<qint64> numbers;
    numbers.resize(n);
    for (qsizetype i = 0; i < n && numeric; ++i) {
        const QString &cell = cellOf(i);
        if (cell.isEmpty()) {
            numbers[i] = std::numeric_limits<qint64>::min();
            continue;
        }
        numbers[i] = cell.toLongLong(&numeric);
    }
    QVector<int> sorted(n);
    std::iota(sorted.begin(), sorted.end(), 0);
    if (numeric) {
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            return order == Qt::AscendingOrder ? numbers.at(a) < numbers.at(b) : numbers.at(b) < numbers.at(a);
        });
    } else {
        numbers.clear();
        QVector<QString> keys(n);
        for (qsizetype i = 0; i < n; ++i)
            keys[i] = cellOf(i).toCaseFolded();
        const auto less = [&](int a, int b) {
            const int c = QString::compare(keys.at(a), keys.at(b));
            return c != 0 ? c < 0 : QString::compare(cellOf(a), cellOf(b)) < 0;
        };
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](int a, int b) { return order == Qt::AscendingOrder ? less(a, b) : less(b, a); });
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Keep selections and the current index on the same rows.
    const QModelIndexList persistent = persistentIndexList();
    QVector<int> sourceOf;
    sourceOf.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        sourceOf.append(m_order.at(index.row()));
    m_order = std::move(sorted);
    if (!persistent.isEmpty()) {
        QVector<int> viewRow(n);
        for (qsizetype i = 0; i < n; ++i)
            viewRow[m_order.at(i)] = static_cast<int>(i);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i)
            moved.append(index(viewRow.at(sourceOf.at(i)), persistent.at(i).column()));
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace steward
