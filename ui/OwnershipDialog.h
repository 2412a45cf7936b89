#pragma once

#include "ContactResolver.h"
#include "Records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace steward {

class Store;

/**
 * The ownership editor for one item: its assignments (contact, role, priority, cover
 * from and until a day, note) in an editable table, those not listed today greyed, a searchable picker that adds a
 * contact or creates one on the spot, and next to it what the who-to-contact panel will then say. Save is available
 * only when every row is valid; nothing is written until the window turns the result into one undoable step.
 */
class OwnershipDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnershipDialog)
public:
    OwnershipDialog(Store &store, qint64 itemId, QWidget *parent = nullptr);

    qint64 itemId() const { return m_item.id; }
    QString itemName() const { return m_item.name; }
    /// The assignments as loaded (with their versions).
    QVector<Assignment> loaded() const { return m_loaded; }
    /// The assignments as edited: id 0 for new ones, a contact id below 0 for a contact created here.
    QVector<Assignment> assignments() const;
    /// Contacts created in the editor, with ids below 0.
    QVector<Contact> newContacts() const { return m_newContacts; }
    bool isValid() const;
    QString problem() const;
    /// The lines of the preview: "name: reason".
    QStringList preview() const;

    /// "ended 30 Nov 2026" or "starts 1 Dec 2026" for a row not listed today (shown greyed),
    /// else empty.
    QString coverState(int row) const;

    /// Replaces the rows with @p assignments (a reload after someone else's change).
    void setAssignments(const QVector<Assignment> &loaded, const QVector<Assignment> &rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        Assignment assignment;
        QString contactName;
    };
    void addRow(const Assignment &assignment, const QString &contactName);
    void onAdd();
    void onRemove();
    void updatePicker();
    void refresh();
    void showCover(const QVector<Assignment> &rows);
    QString contactNameOf(qint64 id) const;
    qint64 pickedContactId() const;

    Store &m_store;
    ContactResolver m_resolver;
    Item m_item;
    QVector<Contact> m_contacts;
    QString m_readError; ///< what could not be read when the dialog opened: shown, and no save
    QVector<Contact> m_newContacts;
    QVector<Assignment> m_loaded;
    QVector<Row> m_rows;
    QTableWidget *m_table;
    QComboBox *m_picker;
    QComboBox *m_pickRole;
    QComboBox *m_pickPriority;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward
