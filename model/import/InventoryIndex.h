#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace steward {

class Store;

/**
 * The inventory as an import sees it: its items by kind and name (and alias), with
 * their further hosts, aliases and tags, its contacts by name, team members, links
 * and link types, and assignments; and, as the import's rows
 * are validated, the records they plan. Planned records get negative ids (newId())
 * until the apply step gives them real ones.
 *
 * read() fills it from a Store inside the import's transaction; a test can fill it
 * by hand with the add functions.
 */
struct InventoryIndex
{
    /// What links are indexed by: a link is one type from one item to another.
    struct LinkKey
    {
        qint64 from = 0;
        qint64 to = 0;
        QString type;

        friend bool operator==(const LinkKey &a, const LinkKey &b)
        {
            return a.from == b.from && a.to == b.to && a.type == b.type;
        }
        friend size_t qHash(const LinkKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.from, key.to, key.type);
        }
    };

    qint64 organisation = 0;
    QHash<qint64, Item> items;                    ///< existing and planned items
    QHash<QString, QVector<qint64>> names[4];     ///< per item kind: nameKey -> ids
    QHash<qint64, Contact> contacts;              ///< existing and planned contacts
    QHash<QString, QVector<qint64>> contactNames; ///< nameKey -> ids
    QHash<qint64, QVector<TeamMember>> members;   ///< existing team members
    QHash<qint64, QVector<Link>> frontedBy;       ///< existing fronted-by links by service
    QHash<QString, Assignment> assignments;       ///< existing, by assignmentKey
    QHash<QString, qint64> aliases[4];            ///< per item kind: alias key -> the item that has it
    QHash<LinkKey, Link> links;                   ///< existing and planned links
    QStringList linkTypes;                        ///< the keys of the link types, built-in and declared
    qint64 nextId = -1;

    /// Sizes the tables for an import of at most @p rows rows.
    void reserve(qint64 rows);
    /// Reads the inventory from @p store; false, with @p error, if a query failed.
    bool read(Store &store, QString *error);

    void addItem(const Item &item);
    void addContact(const Contact &contact);
    void addFrontedBy(const Link &link) { frontedBy[link.fromItem].append(link); }
    void addAssignment(const Assignment &a) { assignments.insert(assignmentKey(a.itemId, a.contactId, a.role), a); }

    /// A fresh id for a planned record.
    qint64 newId() { return nextId--; }
    /// The items of @p kind whose nameKey is @p key.
    QVector<qint64> itemsNamed(ItemKind kind, const QString &key) const { return names[kindIndex(kind)].value(key); }
    /// Records that the planned item @p id of @p kind is called @p key (nameKey): a name
    /// may become ambiguous, so findItem() forgets what it found for that kind.
    void nameItem(ItemKind kind, const QString &key, qint64 id);
    /// The one item of @p kind called @p name (as written) or with that alias, or 0 and @p why.
    qint64 findItem(ItemKind kind, const QString &name, QString *why);
    /// Gives @p id the aliases @p after (keys by nameKey) in place of @p before.
    void setAliases(ItemKind kind, qint64 id, const QStringList &before, const QStringList &after);
    /// The one contact called @p name, or 0 and @p why.
    qint64 findContact(const QString &name, QString *why) const;

    /// The key assignments are indexed by.
    static QString assignmentKey(qint64 item, qint64 contact, const QString &role)
    {
        return QStringLiteral("%1/%2/%3").arg(item).arg(contact).arg(role);
    }
    /// The key links are indexed by.
    static LinkKey linkKey(qint64 from, const QString &type, qint64 to) { return {from, to, type}; }
    /// A kind's index in the per-kind name tables.
    static int kindIndex(ItemKind kind) { return static_cast<int>(kind); }

private:
    /// Names as written -> the one item of a kind they name, for the next row that names
    /// it (100k services name 10k hosts): no case folding again.
    QHash<QString, qint64> m_unique[4];
};

} // namespace steward
