#include "ContactListModel.h"

namespace steward {

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContactListModel::setContacts(const QVector<Contact> &contacts)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(contacts.size());
    for (const Contact &c : contacts)
        m_rows.append(rowFor(c));
    endResetModel();
}

ContactListModel::Row ContactListModel::rowFor(const Contact &c)
{
    return {c.id, c.name, keys::contactKindLabel(c.kind),
            c.addresses.isEmpty() ? QString() : c.addresses.first().value};
}

void ContactListModel::upsert(const Contact &contact)
{
    const QModelIndex at = indexOf(contact.id);
    if (at.isValid()) {
        m_rows[at.row()] = rowFor(contact);
        Q_EMIT dataChanged(index(at.row(), 0), index(at.row(), ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(rowFor(contact));
    endInsertRows();
}

void ContactListModel::remove(qint64 id)
{
    const QModelIndex at = indexOf(id);
    if (!at.isValid())
        return;
    beginRemoveRows(QModelIndex(), at.row(), at.row());
    m_rows.removeAt(at.row());
    endRemoveRows();
}

QModelIndex ContactListModel::indexOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, NameColumn);
    }
    return {};
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return row.name;
    case KindColumn: return row.kind;
    case AddressColumn: return row.address;
    default: return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case AddressColumn: return tr("Address");
    default: return {};
    }
}

} // namespace steward
