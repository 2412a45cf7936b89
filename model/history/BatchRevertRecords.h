#pragma once

// The inside of BatchRevert (model/history): a batch's changes grouped by record, what
// putting each record back means, and the inventory as the plan read it. Shared by
// BatchRevert.cpp, BatchRevertRecords.cpp and BatchRevertPlanner.cpp; not for use
// outside them.

#include "BatchRevert.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace steward {

class Store;

namespace batchrevert {

/// The translation context of every message of a batch revert.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRevert)
};

using Outcome = BatchRevertEntry::Outcome;

inline const QString kItem = QStringLiteral("item");
inline const QString kContact = QStringLiteral("contact");
inline const QString kAssignment = QStringLiteral("assignment");
inline const QString kLink = QStringLiteral("link");
inline const QString kMember = QStringLiteral("team_member");

/// Sets @p error to @p message; false.
bool fail(QString *error, const QString &message);
/// A history entry's before or after.
QJsonObject parse(const QString &text);

/// What the batch did to a record, taken back: it goes, comes back, or gets fields back.
enum class Net
{
    Nothing, ///< made and removed by the batch (or changed and changed back)
    Delete,  ///< the batch made it
    Recreate,
    Update
};

/// One record the batch changed, with all its changes in the batch.
struct Record
{
    QString entity;
    qint64 id = 0;   ///< the entity's id (a membership's: the member's)
    qint64 team = 0; ///< a membership's team
    QVector<int> entries;
    Net net = Net::Nothing;
    /// Recreate: the record as it was; Update: the fields to put back.
    QJsonObject fields;
    Outcome outcome = Outcome::Revert;
    QString reason;
    QVector<HistoryEntry> since;
};

/// A record's key: entity, id and (a membership) team.
inline QString keyOf(const QString &entity, qint64 id, qint64 team = 0)
{
    return entity + QLatin1Char(':') + QString::number(id) + QLatin1Char(':') + QString::number(team);
}

/// The team a team_member entry names (its entity id is the member's).
qint64 teamOf(const QJsonObject &before, const QJsonObject &after);

/// A batch's records, in the order of their first change, with what undoing each means.
struct Records
{
    QVector<Record> list;
    QHash<QString, int> byKey;

    Record *find(const QString &entity, qint64 id, qint64 team = 0)
    {
        const auto it = byKey.constFind(keyOf(entity, id, team));
        return it == byKey.constEnd() ? nullptr : &list[*it];
    }
    const Record *find(const QString &entity, qint64 id, qint64 team = 0) const
    {
        const auto it = byKey.constFind(keyOf(entity, id, team));
        return it == byKey.constEnd() ? nullptr : &list.at(*it);
    }
};

/**
 * Groups @p entries (a batch's, in order) by record and works out, from the last change
 * back to the first, what each record was before the batch. A membership's state before
 * comes from @p memberships (every change of the members concerned): the history's
 * team_member entries record a role only when one is made, and every save makes one.
 */
Records groupRecords(const QVector<HistoryEntry> &entries, const QVector<HistoryEntry> &memberships);

// Records from the history's fields (a recorded "before" or a deleted record's whole)
QVector<qint64> idsFrom(const QJsonArray &array);
/// An assignment made again: with its id, last in its item's list (position -1).
Assignment assignmentFromFields(qint64 id, const QJsonObject &f);
/// Sets the assignment fields named in @p f (a recorded "before") on @p a.
void applyAssignmentFields(Assignment *a, const QJsonObject &f);
Link linkFromFields(qint64 id, const QJsonObject &f);
TeamMember memberFromFields(const QJsonObject &f);
Item itemFromFields(qint64 id, const QJsonObject &f);
Contact contactFromFields(qint64 id, const QJsonObject &f);
/// "name, status" from the keys of a recorded "before".
QString fieldList(const QJsonObject &fields);

/// What the inventory holds now of the records a batch names, read in bulk.
struct Current
{
    QHash<qint64, Item> items;
    QHash<qint64, Contact> contacts;
    QHash<qint64, Assignment> assignments;
    QHash<qint64, Link> links;
    QHash<qint64, QVector<TeamMember>> teams; ///< the members of each team concerned

    const TeamMember *member(qint64 team, qint64 member) const
    {
        const auto it = teams.constFind(team);
        if (it == teams.constEnd())
            return nullptr;
        for (const TeamMember &m : *it) {
            if (m.memberId == member)
                return &m;
        }
        return nullptr;
    }
};

/// Contacts by id with their addresses and tags, into @p into.
bool readContacts(Store &store, const QVector<qint64> &ids, QHash<qint64, Contact> *into, QString *error);
/// Reads what @p records name now: the records themselves and those they refer to.
bool readCurrent(Store &store, const Records &records, Current *now, QString *error);
bool existsNow(const Current &now, const Record &r);

/**
 * The batch's records (@p entries, a whole batch in order) and what each would become,
 * read from the store as it is now: grouped (groupRecords()), read (readCurrent()), and
 * each record's outcome: changed since the batch, blocked by one that was, or reverted
 * (BatchRevertPlanner.cpp).
 */
bool planRecords(Store &store, const QVector<HistoryEntry> &entries, Records *records, Current *now, QString *error);

} // namespace batchrevert

/// The records a plan was made from and the inventory as it read them.
struct BatchRevertBasis
{
    batchrevert::Records records;
    batchrevert::Current now;
};

} // namespace steward
