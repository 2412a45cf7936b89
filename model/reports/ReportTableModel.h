#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace steward {

/**
 * A table of text rows under a header: the preview of a report or of an import.
 * Rows are held as they came (a report's 100k rows are a few tens of megabytes)
 * and sorting only reorders an index, so that it stays quick at that size; a column
 * whose every non-empty cell is a whole number sorts by value, the others by text
 * (case-folded, then as written, then in the order the rows came).
 *
 * Cells that span lines (addresses, members) are shown on one line, their lines
 * separated by "; "; the tooltip has them as they are.
 */
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)
public:
    enum Role
    {
        RawTextRole = Qt::UserRole,
        SourceRowRole
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    /// Replaces everything; the order is the order of @p rows until sort() is called.
    void setTable(const QStringList &header, QVector<QStringList> rows);
    void clear();

    const QStringList &header() const { return m_header; }
    /// The row shown at @p row (after sorting), as it came.
    const QStringList &rowAt(int row) const;
    /// Every row in the order shown.
    QVector<QStringList> rowsInViewOrder() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
    QVector<int> m_order; ///< view row -> index in m_rows
};

} // namespace steward
