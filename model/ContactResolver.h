#pragma once

#include <QCoreApplication>

#include "Records.h"

#include <QHash>
#include <QVector>

namespace steward {

class Store;

/// One line of "who to contact": a contact, how it is assigned and why it is listed.
struct ResolvedContact
{
    Contact contact;
    QString role;           ///< the assignment's role key ("owner", "escalation", ...)
    Priority priority = Priority::Primary;
    QString note;           ///< the assignment's note, e.g. "particularly"
    qint64 sourceItemId = 0;
    QString sourceItemName;
    ItemKind sourceKind = ItemKind::Service;
    int depth = 0;          ///< 0: the item itself, 1: its parent, ...
    QString reason;         ///< "owner of docs.python.org", "inherited from Rackspace", ...
};

/**
 * Answers "whom do I contact about this item?". It walks up the tree: the item's own
 * active assignments first, then its parent's, up to the organisation's escalation
 * contacts. Within one level, contacts are ordered by priority, then role (owner,
 * maintainer, contact, escalation, sponsor), then the order they were assigned.
 * A contact reachable at several levels is listed once, at the nearest.
 * Inactive assignments are never listed.
 */
class ContactResolver final
{
    Q_DECLARE_TR_FUNCTIONS(ContactResolver)
public:
    explicit ContactResolver(Store &store);

    /// "What if": the answer as it would be after an edit that is not saved yet.
    struct Overrides
    {
        qint64 itemId = 0;                   ///< the item whose assignments are replaced, or 0
        QVector<Assignment> assignments;     ///< that item's assignments as they would be
        QHash<qint64, Contact> newContacts;  ///< contacts not saved yet (ids below 0)
        qint64 withoutContact = 0;           ///< as if this contact were deleted
    };

    /// Fills @p result; returns false with @p error on a database error or unknown item.
    bool resolve(qint64 itemId, QVector<ResolvedContact> *result, QString *error = nullptr,
                 const Overrides *overrides = nullptr);

private:
    Store &m_store;
};

} // namespace steward
