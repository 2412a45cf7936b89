#pragma once

#include "Types.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace steward {

/// One node of the inventory: organisation, provider, host or service, with the
/// columns of its kind. Fields of other kinds are ignored when saved.
struct Item
{
    qint64 id = 0;
    ItemKind kind = ItemKind::Service;
    QString name;
    qint64 parentId = 0;
    QString status = QStringLiteral("active");
    QString description;
    QString notes;
    int version = 0;

    // provider
    ProviderKind providerKind = ProviderKind::Other;
    QString fullName;
    QString website;
    QString location;
    QString configTool;
    QString configToolUrl;
    QString configRepo;

    // host
    HostKind hostKind = HostKind::Vm;
    QString hostname; ///< empty for an unnamed host ("a Rackspace VM")

    // service
    QString url;
    QString sourceUrl;
    /// The hosts a service runs on besides its parent, in order (a load-balanced pair:
    /// the parent is the first host, these the others). Only when the parent is a host.
    QVector<qint64> alsoOn;

    /// Other names it is known by (docs.python.org and doc.python.org): unique within
    /// its kind among names and aliases, found by every look-up by name.
    QStringList aliases;
    /// Tags, "key=value" or a bare "key" ("pci", "env=prod"), in the order given.
    QStringList tags;
    /// False for an item read in bulk without alsoOn, aliases and tags (Store::itemsOfKind(),
    /// searchItems()): updating it leaves those as they are in the inventory. Set it
    /// when you fill them in yourself.
    bool graphLoaded = true;
};

/// One further host a service runs on (a row of also_runs_on).
struct Placement
{
    qint64 serviceId = 0;
    qint64 hostId = 0;
    int position = 0;
};

/// The few columns the tree needs, for every item at once.
struct TreeRow
{
    qint64 id = 0;
    qint64 parentId = 0;
    ItemKind kind = ItemKind::Service;
    QString name;
    QString status;
};

/// A row of one branch of the tree (Store::treeChildren()).
struct TreeBranchRow
{
    qint64 id = 0;
    qint64 parentId = 0; ///< the item's own parent (an unnamed host for some services)
    ItemKind kind = ItemKind::Service;
    bool hasChildren = false;
    bool further = false; ///< a service shown under this branch as a further host of its
    QString name;
    QString status;
};

/// A typed link between two items ("docs.python.org is served through Fastly").
struct Link
{
    qint64 id = 0;
    qint64 fromItem = 0;
    qint64 toItem = 0;
    QString type = QStringLiteral("fronted_by"); ///< a built-in LinkKind's key or a user's own link type
    QString note;
    QString fromName; ///< filled by queries
    QString toName;   ///< filled by queries
};

/// A type of link: a built-in one or the user's own.
struct LinkType
{
    QString key;                ///< as stored in links ("depends_on", "replicates_to")
    QString label;              ///< what the user sees ("depends on")
    bool carriesFailure = true; ///< whether impact follows it
    bool builtin = false;
};

/// A status and what it means; the built-in statuses are declared by Steward.
struct StatusDef
{
    QString name;
    StatusCategory category = StatusCategory::Operational;
    bool builtin = false;
};

struct Address
{
    qint64 id = 0;
    AddressKind kind = AddressKind::Email;
    QString value;
    QString label;
};

struct Contact
{
    qint64 id = 0;
    ContactKind kind = ContactKind::Person;
    QString name;
    qint64 teamId = 0; ///< the team a mailing list or channel belongs to, or 0
    QString notes;
    int version = 0;
    QVector<Address> addresses;
    QStringList tags; ///< as an item's
};

struct TeamMember
{
    qint64 teamId = 0;
    qint64 memberId = 0;
    QString role = QStringLiteral("member");
    QString note;
    int position = -1;  ///< its place in the team; -1 adds it at the end
    QString memberName; ///< filled by queries
};

struct Assignment
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 contactId = 0;
    QString role = QStringLiteral("owner");
    Priority priority = Priority::Primary;
    QString note;
    int position = 0;
    int version = 0;
    /// When someone last said this is still true, UTC: set when it is made or edited, and
    /// by Confirm. Invalid: never (made before Steward kept it, with no history).
    QDateTime confirmedAt;
    QString confirmedBy; ///< who confirmed it (the history's actor then)
    /// Cover: the first and last day it holds (both included); invalid: no limit.
    QDate validFrom;
    QDate validUntil;

    /// Whether @p day is within its cover (both ends included; no dates: every day).
    /// Whatever its priority: an inactive assignment is never listed, on any day.
    bool holdsOn(const QDate &day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validUntil.isValid() || day <= validUntil);
    }
    /// Listed as a contact on @p day: not inactive, and within its cover.
    bool listedOn(const QDate &day) const { return priority != Priority::Inactive && holdsOn(day); }
};

/// A role and how often its assignments are to be confirmed.
struct RoleDef
{
    QString role;
    std::optional<int> reviewDays; ///< none: never reviewed
    bool builtin = false;          ///< owner, maintainer, contact, escalation, sponsor
    bool declared = false;         ///< has a row in the inventory (else the default applies)
};

/// An assignment as the reviews list it (Store::forEachReviewRow()): its id, item, contact,
/// role, priority and confirmation, with the names of its item and contact.
struct ReviewRow
{
    Assignment assignment;
    QString itemName;
    ItemKind itemKind = ItemKind::Service;
    QString contactName;
};

/// One service as the services report streams it: its columns, where it runs, what
/// it is served through, and its own active assignments (contactId, role, priority,
/// position, validFrom and validUntil only; whatever their cover: the caller judges
/// it), in the order they were assigned. Text is UTF-8, byte for byte
/// what a QString of it would encode to, and valid only while the row is visited.
struct ServiceRow
{
    qint64 id = 0;
    qint64 parentId = 0;
    QByteArrayView name;
    QByteArrayView url;
    QByteArrayView status;
    QByteArrayView provider;
    QByteArrayView host;
    QByteArrayView servedThrough; ///< the names of the items it is fronted by, "; "-separated, by name
    QByteArrayView description;
    QByteArrayView sourceUrl;
    QByteArrayView notes;
    QByteArrayView hosts;   ///< every host it runs on, "; "-separated: the parent first, then the further ones
    QByteArrayView aliases; ///< "; "-separated, in order
    QByteArrayView tags;    ///< "; "-separated, in order
    QVector<qint64> alsoOn; ///< the further hosts' ids (not the parent), by position, as Store::placements() has them
    QVector<Assignment> assignments;
};

/// One recorded change: who changed what, when, with the values before and after
/// (JSON objects holding the changed fields only).
struct HistoryEntry
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString at; ///< UTC, ISO 8601 with milliseconds
    QString actor;
    QString label;  ///< the user action ("Assign Alice to PyPI"), shared by its batch
    QString entity; ///< item, contact, assignment, link, team_member
    qint64 entityId = 0;
    qint64 itemId = 0; ///< the item concerned, 0 for contacts
    QString action;    ///< create, update, delete
    QString summary;
    QString before;
    QString after;
};

} // namespace steward
