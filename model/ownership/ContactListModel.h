#pragma once

#include "Records.h"

#include <QAbstractTableModel>

namespace steward {

/**
 * Every contact as a row: name, kind and first address. A plain table over one
 * vector, so that reading 10,000 contacts again after an edit costs one reset, not
 * 30,000 item objects.
 */
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit ContactListModel(QObject *parent = nullptr);

    void setContacts(const QVector<Contact> &contacts);
    /// Adds @p contact, or updates its row if it is there.
    void upsert(const Contact &contact);
    void remove(qint64 id);
    QModelIndex indexOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id;
        QString name;
        QString kind;
        QString address;
    };
    static Row rowFor(const Contact &contact);

    QVector<Row> m_rows;
};

} // namespace steward
