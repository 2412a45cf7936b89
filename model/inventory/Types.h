#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace steward {

/// The kinds of node in the inventory tree: organisation -> provider -> host -> service.
enum class ItemKind
{
    Organisation,
    Provider,
    Host,
    Service
};

/// Kinds of provider, stored as stable keys ("hardware", "vm", ...).
enum class ProviderKind
{
    HardwareHosting,
    VmHosting,
    Dns,
    Registrar,
    Cdn,
    Other
};

enum class HostKind
{
    Physical,
    Vm
};

enum class ContactKind
{
    Person,
    Team,
    MailingList,
    Mailbox,
    ChatChannel,
    IssueTracker,
    Organisation
};

enum class AddressKind
{
    Email,
    Irc,
    Matrix,
    Slack,
    Url,
    Phone
};

/// The built-in types of link between items that are not parent/child (stored as
/// keys; a user's own link types are keys of the link_type table).
enum class LinkKind
{
    FrontedBy,
    DnsBy,
    RegisteredAt,
    ConfiguredBy,
    DependsOn,
    BackedUpTo
};

/// What a status means, whatever it is called: it gives the status its colour and
/// icon, and tells impact and the gaps report whether the item works.
enum class StatusCategory
{
    Operational,
    Degraded,
    Down,
    Retired,
    Planned
};

/// Priorities as in NetBox; inactive assignments are kept but never listed as contacts.
enum class Priority
{
    Primary,
    Secondary,
    Tertiary,
    Inactive
};

/**
 * Stable string keys for the enums above (what the database stores) and their
 * translatable labels (what the user sees). Unknown keys map to std::nullopt-like
 * fallbacks so that a database written by a newer Steward still displays.
 */
namespace keys {
QString itemKind(ItemKind kind);
bool itemKindFromKey(const QString &key, ItemKind *kind);
QString itemKindLabel(ItemKind kind);

QString providerKind(ProviderKind kind);
ProviderKind providerKindFromKey(const QString &key);
QString providerKindLabel(ProviderKind kind);

QString hostKind(HostKind kind);
HostKind hostKindFromKey(const QString &key);
QString hostKindLabel(HostKind kind);

QString contactKind(ContactKind kind);
ContactKind contactKindFromKey(const QString &key);
QString contactKindLabel(ContactKind kind);

QString addressKind(AddressKind kind);
AddressKind addressKindFromKey(const QString &key);
QString addressKindLabel(AddressKind kind);

QString linkKind(LinkKind kind);
bool linkKindFromKey(const QString &key, LinkKind *kind);
QString linkKindLabel(LinkKind kind);
/// Every built-in link type, in the order forms and legends list them.
QList<LinkKind> linkKinds();
/// Whether a failure of a link's target reaches the item that has the link (a
/// dependency, a load balancer, DNS) or not (configuration, backups).
bool linkKindCarriesFailure(LinkKind kind);
/// A link type key as typed by a user ("depends on", "Depends-On", "served_through")
/// as stored: trimmed, lower case, spaces and hyphens as underscores; "served_through"
/// is the built-in "fronted_by", "dns_hosted_by" is "dns_by".
QString normalLinkType(const QString &text);
/// Whether @p key is a valid link type key (letters, digits, underscores; 1-40).
bool isValidLinkTypeKey(const QString &key);

QString statusCategory(StatusCategory category);
bool statusCategoryFromKey(const QString &key, StatusCategory *category);
QString statusCategoryLabel(StatusCategory category);
QList<StatusCategory> statusCategories();
/// The category of a built-in status; any other status without a declaration of its
/// own is operational (as it was drawn before statuses had categories).
StatusCategory builtinStatusCategory(const QString &status);

QString priority(Priority priority);
Priority priorityFromKey(const QString &key);
QString priorityLabel(Priority priority);
int priorityRank(const QString &key);

/// Well-known statuses; any other text is allowed and shown as it is.
QStringList knownStatuses();
QString statusLabel(const QString &status);

/// Well-known assignment roles (extendable: any other text is allowed).
QStringList knownRoles();
QString roleLabel(const QString &role);
/// The built-in roles' rank in the order contacts are listed: owner 0, maintainer 1,
/// contact 2, escalation 3, sponsor 4; any other role (the user's own) 100.
int roleRank(const QString &role);
/// The order of roles within one priority: the built-in ones by roleRank(), then the
/// user's own by name (case-insensitive, then as written). Negative, 0 or positive.
int compareRoles(const QString &a, const QString &b);
/// A day as Who to Contact, the editor and the gaps say it: "15 Jan 2027", with the
/// default locale's month names.
QString dayLabel(const QDate &day);

/// Team membership roles.
QStringList teamRoles();
} // namespace keys

/// The case-folded form used for case-insensitive name look-ups (stored in name_key).
QString nameKey(const QString &name);

} // namespace steward
