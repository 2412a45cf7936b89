#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace steward {

class InventoryDocument;

/**
 * "What if they leave?" for one contact: each item it would leave with nobody, the
 * escalation contacts only, a team with no one left or a single owner, how the contact
 * covers it and what Who to Contact would then say (departure()). Hand Over… opens the
 * hand-over for the contact (only the rows selected, if the user wants), disabled on a
 * read-only inventory; the answer is read again after it. Double-click a row to select
 * its item in the tree.
 */
class DepartureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartureDialog)
public:
    DepartureDialog(InventoryDocument &document, qint64 contactId, QWidget *parent = nullptr);

    QTreeWidget *itemsView() const { return m_items; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *handOverButton() const { return m_handOver; }
    /// The items of the rows selected, in the list's order.
    QVector<qint64> selectedItemIds() const;
    /// Reads the answer again.
    void reload();

Q_SIGNALS:
    void itemActivated(qint64 itemId);

private:
    void handOver();

    InventoryDocument &m_document;
    qint64 m_contactId;
    QString m_name;
    QLabel *m_summary;
    QTreeWidget *m_items;
    QPushButton *m_handOver;
};

} // namespace steward
