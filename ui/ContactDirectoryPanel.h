#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace steward {

class ContactListModel;
class Store;

/**
 * The contacts directory: every person, team, list and channel with its first
 * address, filterable; New, Edit, Delete, Confirm (its assignments are still right) and
 * What If They Leave…; and, for the selected contact, what it is assigned to
 * (double-click an entry to select that item in the tree).
 * The list is read again only when contacts change, and only while it is shown.
 */
class ContactDirectoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDirectoryPanel)
public:
    explicit ContactDirectoryPanel(QWidget *parent = nullptr);

    void setStore(Store *store);
    /// The contact list changed: read it again (now if shown, else when next shown).
    void reload();
    /// One contact changed: its row alone is read again.
    void updateContact(qint64 id);
    /// Assignments changed: read the selected contact's items again.
    void refreshOwned();
    qint64 currentContactId() const;
    bool selectContact(qint64 id);
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The selected contact's assignments as shown: "owner of PyPI", ...
    QStringList ownedLines() const;
    /// Read-only: New, Edit, Delete and Confirm disabled, a double-click opens no form.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void newRequested();
    void editRequested(qint64 contactId);
    void deleteRequested(qint64 contactId);
    /// Confirm: everything the contact is assigned to is still right.
    void confirmRequested(qint64 contactId);
    /// What If They Leave… for the selected contact (a read: also on a read-only inventory).
    void departureRequested(qint64 contactId);
    void itemActivated(qint64 itemId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    /// Says under the list that the contacts cannot be read, and why.
    void showReadError(const QString &error);

    Store *m_store = nullptr;
    bool m_stale = true;
    bool m_readOnly = false;
    QLineEdit *m_filter;
    ContactListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_confirm;
    QPushButton *m_departure;
    QLabel *m_ownedTitle;
    QListWidget *m_owned;
};

} // namespace steward
