#pragma once

#include "Records.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace steward {

class HistoryModel;
class Store;

/// The History dock: what changed, when and by whom, for the selected item or for
/// everything, narrowed by a filter.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    /// Shows the history of @p store (nullptr: nothing).
    void setStore(Store *store);
    /// The selected item; shown when "Selected item only" is checked.
    void setCurrentItem(qint64 itemId);
    /// Reads the history again (after a change).
    void refresh();

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    /// Selects the row of the proxy (for tests and keyboard users).
    void selectRow(int row);
    /// Read-only: nothing can be reverted.
    void setReadOnly(bool readOnly);
    /// Opens the whole text of the current row's change in a window ("Show all"); a
    /// long before or after is shown shortened in the table and its tooltip.
    void showChange();

    /// Asks to revert the whole batch of the current row (revertBatchRequested()).
    void requestBatchRevert();

Q_SIGNALS:
    /// The user asked to put back the values before @p entry.
    void revertRequested(const steward::HistoryEntry &entry);
    /// The user asked to revert the whole batch (one user action) @p batchId belongs to.
    void revertBatchRequested(qint64 batchId);

private:
    void apply();
    void updateRevert();
    void showContextMenu(const QPoint &at);
    void requestRevert();

    HistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_selectedOnly;
    QTableView *m_table;
    QPushButton *m_revert;
    QPushButton *m_revertBatch;
    QPushButton *m_showAll;
    qint64 m_itemId = 0;
    bool m_readOnly = false;
};

} // namespace steward
