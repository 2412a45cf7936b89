#include "BatchRevertModel.h"

#include <QDateTime>
#include <QLocale>

namespace steward {

namespace {

QString localTime(const QString &at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    // As the user's locale writes it; ISO 8601 in the C locale (scripts, tests).
    const QLocale locale;
    return !time.isValid()                   ? at
           : locale.language() == QLocale::C ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                             : locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BatchRevertModel::BatchRevertModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchRevertModel::setPlan(const BatchRevertPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int BatchRevertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.entries.size());
}

int BatchRevertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchRevertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BatchRevertEntry &e = m_plan.entries.at(index.row());
    using Outcome = BatchRevertEntry::Outcome;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn: return e.change.summary;
        case RevertColumn:
            if (e.outcome != Outcome::Revert)
                return tr("Nothing: stays as it is");
            return role == Qt::ToolTipRole && !e.reason.isEmpty() ? QStringLiteral("%1\n%2").arg(e.action, e.reason)
                                                                  : e.action;
        case StatusColumn: return outcomeName(e.outcome);
        case ReasonColumn: return e.reason;
        case SinceColumn: {
            QStringList what;
            for (const HistoryEntry &s : e.since)
                what << s.summary;
            return what.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        case WhenColumn: return e.since.isEmpty() ? QString() : localTime(e.since.last().at);
        case WhoColumn: {
            QStringList who;
            for (const HistoryEntry &s : e.since) {
                if (!who.contains(s.actor))
                    who << s.actor;
            }
            return who.join(QStringLiteral(", "));
        }
        default: return {};
        }
    case OutcomeRole: return static_cast<int>(e.outcome);
    case GroupRole: return e.outcome == Outcome::Revert ? QStringLiteral("revert") : QStringLiteral("changed");
    default: return {};
    }
}

QVariant BatchRevertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change in the batch");
    case RevertColumn: return tr("Reverting it");
    case StatusColumn: return tr("Status");
    case ReasonColumn: return tr("Why");
    case SinceColumn: return tr("Changed since");
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    default: return {};
    }
}

} // namespace steward
