#pragma once

// What the Store's parts (Store.cpp and model/store/Store*.cpp) share: the row
// readers, the column lists they read, and small helpers for bound values and the
// history's JSON. Not for use outside the Store.

#include "Records.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace steward {
class SqliteStatement;
}

namespace steward::storesql {

/// A bound id, or NULL for "none" (0): an id column's NULL lets the database choose.
QVariant nullableId(qint64 id);
/// "1,2,3" for ids @p from to @p to (exclusive) of @p ids: ids are numbers, never user text.
QByteArray idList(const QVector<qint64> &ids, qsizetype from, qsizetype to);
/// Runs @p sql (its "%1" replaced by a list of ids) over @p ids a thousand at a time on
/// @p db, calling @p row for each row; false with @p error when a statement fails.
bool scanIds(const QSqlDatabase &db, const QByteArray &sql, const QVector<qint64> &ids, QString *error,
             const std::function<void(const SqliteStatement &)> &row);
/// "?,?,?" for @p count values.
QString placeholders(int count);
void setError(QString *error, const QString &message);
/// True if @p problem (a validation:: check's answer) is empty; else false with it as the error.
inline bool checkFields(const QString &problem, QString *error)
{
    if (problem.isEmpty())
        return true;
    setError(error, problem);
    return false;
}
/// @p object as the history's compact JSON text.
QString compactJson(const QJsonObject &object);

/// "SELECT ... FROM item i LEFT JOIN ... " with the kind's columns, as readItem() reads them.
extern const QString kItemSelect;
Item readItem(const QSqlQuery &q);
/// "SELECT id, kind, name, team_id, notes, version FROM contact ", as readContact() reads them.
extern const QString kContactSelect;
Contact readContact(const QSqlQuery &q);
/// "SELECT id, item_id, contact_id, role, priority, note, position, version FROM assignment ".
extern const QString kAssignmentSelect;
Assignment readAssignment(const QSqlQuery &q);
/// The history's rows: kChangeSelect, then a WHERE and an ORDER; readChange() reads one.
extern const QString kChangeSelect;
HistoryEntry readChange(const QSqlQuery &q);
/// Reads the rows of kAssignmentLineSelect (no note-less copies, no confirmation), sharing
/// one QString per role and priority among them: the bulk readers' way at 100k rows.
class AssignmentLineReader
{
public:
    Assignment read(const SqliteStatement &q);

private:
    QHash<QByteArray, QString> m_roles;
    QHash<QByteArray, Priority> m_priorities;
};
/// The columns AssignmentLineReader reads ("... FROM assignment " follows).
inline constexpr const char kAssignmentLineSelect[] =
    "SELECT id, item_id, contact_id, role, priority, note, position, version, valid_from, valid_until FROM assignment ";
/// Sorts @p assignments by item, then place, then id: the order an item's list is in.
void sortByItemAndPlace(QVector<Assignment> *assignments);
/// An assignment's confirmed_at as stored (UTC, ISO 8601 with milliseconds; NULL: never).
QDateTime confirmationTime(const QVariant &value);
QVariant confirmationText(const QDateTime &at);
/// A cover date as stored (yyyy-MM-dd; NULL: no limit).
QDate dateFromText(const QVariant &value);
QVariant dateText(const QDate &date);
/// An address from "SELECT contact_id, id, kind, value, label FROM contact_address".
Address readAddress(const QSqlQuery &q);
/// A member from "SELECT m.team_id, m.member_id, m.role, m.note, c.name, m.position".
TeamMember readTeamMember(const QSqlQuery &q);

/// An assignment's fields as the history records them.
QJsonObject assignmentFields(const Assignment &a);
/// Keeps only the fields that differ, in both objects.
void keepChanged(QJsonObject *before, QJsonObject *after);

} // namespace steward::storesql
