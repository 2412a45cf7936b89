#include "HistoryModel.h"

#include "RevertPlan.h"
#include "Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace steward {

HistoryModel::HistoryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

bool HistoryModel::setItem(qint64 itemId)
{
    m_itemId = itemId;
    m_cleared = false;
    return reload();
}

void HistoryModel::clear()
{
    m_cleared = true;
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    endResetModel();
}

bool HistoryModel::reload()
{
    if (m_cleared)
        return true;
    QString error;
    auto entries = m_store.history(m_itemId, DefaultLimit, &error);
    beginResetModel();
    m_entries = entries ? std::move(*entries) : QVector<HistoryEntry>();
    m_error = entries ? QString() : error;
    endResetModel();
    return entries.has_value();
}

bool HistoryModel::canRevert(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const HistoryEntry &entry = m_entries.at(row);
    if (!isRevertible(entry))
        return false;
    // Only while nothing later changed the same record. When that cannot be read, the
    // revert is not offered; planRevert() reads it again and says why it refuses.
    QString error;
    const auto latest = m_store.latestChangeOf(entry.entity, entry.entityId, &error);
    return latest && *latest == entry.id;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::describeChange(const HistoryEntry &entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    if (entry.action != QLatin1String("update"))
        return {};
    QStringList parts;
    const auto text = [](const QJsonValue &v) -> QString {
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return v.toVariant().toString();
    };
    for (auto it = after.begin(); it != after.end(); ++it)
        parts << QStringLiteral("%1: %2 \u2192 %3").arg(it.key(), text(before.value(it.key())), text(it.value()));
    return parts.join(QStringLiteral("; "));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
            // As the user's locale writes it; ISO 8601 in the C locale (scripts, tests).
            const QLocale locale;
            return !at.isValid()                     ? entry.at
                   : locale.language() == QLocale::C ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                     : locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        case WhoColumn: return entry.actor;
        case WhatColumn:
            return role == Qt::ToolTipRole && !entry.label.isEmpty() && entry.label != entry.summary
                       ? QStringLiteral("%1\n(%2)").arg(entry.summary, entry.label)
                       : entry.summary;
        case ChangeColumn: return describeChange(entry);
        default: return {};
        }
    case EntryIdRole: return entry.id;
    case BatchIdRole: return entry.batchId;
    case ItemIdRole: return entry.itemId;
    case ActionRole: return entry.action;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    case ChangeColumn: return tr("Change");
    default: return {};
    }
}

} // namespace steward
