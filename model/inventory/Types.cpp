#include "Types.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace steward {
namespace {

template <typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key, E *value)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second)) {
            *value = entry.first;
            return true;
        }
    }
    return false;
}

/// The translation context of these free functions (found by lupdate as Tr::tr).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keys)
};

const std::array<std::pair<ItemKind, const char *>, 4> kItemKinds{{
    {ItemKind::Organisation, "organisation"},
    {ItemKind::Provider, "provider"},
    {ItemKind::Host, "host"},
    {ItemKind::Service, "service"},
}};

const std::array<std::pair<ProviderKind, const char *>, 6> kProviderKinds{{
    {ProviderKind::HardwareHosting, "hardware"},
    {ProviderKind::VmHosting, "vm"},
    {ProviderKind::Dns, "dns"},
    {ProviderKind::Registrar, "registrar"},
    {ProviderKind::Cdn, "cdn"},
    {ProviderKind::Other, "other"},
}};

const std::array<std::pair<HostKind, const char *>, 2> kHostKinds{{
    {HostKind::Physical, "physical"},
    {HostKind::Vm, "vm"},
}};

const std::array<std::pair<ContactKind, const char *>, 7> kContactKinds{{
    {ContactKind::Person, "person"},
    {ContactKind::Team, "team"},
    {ContactKind::MailingList, "mailing_list"},
    {ContactKind::Mailbox, "mailbox"},
    {ContactKind::ChatChannel, "chat_channel"},
    {ContactKind::IssueTracker, "issue_tracker"},
    {ContactKind::Organisation, "organisation"},
}};

const std::array<std::pair<AddressKind, const char *>, 6> kAddressKinds{{
    {AddressKind::Email, "email"},
    {AddressKind::Irc, "irc"},
    {AddressKind::Matrix, "matrix"},
    {AddressKind::Slack, "slack"},
    {AddressKind::Url, "url"},
    {AddressKind::Phone, "phone"},
}};

const std::array<std::pair<LinkKind, const char *>, 6> kLinkKinds{{
    {LinkKind::DependsOn, "depends_on"},
    {LinkKind::FrontedBy, "fronted_by"},
    {LinkKind::DnsBy, "dns_by"},
    {LinkKind::RegisteredAt, "registered_at"},
    {LinkKind::ConfiguredBy, "configured_by"},
    {LinkKind::BackedUpTo, "backed_up_to"},
}};

const std::array<std::pair<StatusCategory, const char *>, 5> kStatusCategories{{
    {StatusCategory::Operational, "operational"},
    {StatusCategory::Degraded, "degraded"},
    {StatusCategory::Down, "down"},
    {StatusCategory::Retired, "retired"},
    {StatusCategory::Planned, "planned"},
}};

const std::array<std::pair<Priority, const char *>, 4> kPriorities{{
    {Priority::Primary, "primary"},
    {Priority::Secondary, "secondary"},
    {Priority::Tertiary, "tertiary"},
    {Priority::Inactive, "inactive"},
}};

} // namespace

namespace keys {

QString itemKind(ItemKind kind)
{
    return keyOf(kItemKinds, kind);
}
bool itemKindFromKey(const QString &key, ItemKind *kind)
{
    return valueOf(kItemKinds, key, kind);
}
QString itemKindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Organisation: return Tr::tr("organisation");
    case ItemKind::Provider: return Tr::tr("provider");
    case ItemKind::Host: return Tr::tr("host");
    case ItemKind::Service: return Tr::tr("service");
    }
    return {};
}

QString providerKind(ProviderKind kind)
{
    return keyOf(kProviderKinds, kind);
}
ProviderKind providerKindFromKey(const QString &key)
{
    ProviderKind kind = ProviderKind::Other;
    valueOf(kProviderKinds, key, &kind);
    return kind;
}
QString providerKindLabel(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::HardwareHosting: return Tr::tr("hardware hosting");
    case ProviderKind::VmHosting: return Tr::tr("VM / cloud hosting");
    case ProviderKind::Dns: return Tr::tr("DNS hosting");
    case ProviderKind::Registrar: return Tr::tr("domain registrar");
    case ProviderKind::Cdn: return Tr::tr("content delivery network");
    case ProviderKind::Other: return Tr::tr("other");
    }
    return {};
}

QString hostKind(HostKind kind)
{
    return keyOf(kHostKinds, kind);
}
HostKind hostKindFromKey(const QString &key)
{
    HostKind kind = HostKind::Vm;
    valueOf(kHostKinds, key, &kind);
    return kind;
}
QString hostKindLabel(HostKind kind)
{
    return kind == HostKind::Physical ? Tr::tr("physical server") : Tr::tr("virtual machine");
}

QString contactKind(ContactKind kind)
{
    return keyOf(kContactKinds, kind);
}
ContactKind contactKindFromKey(const QString &key)
{
    ContactKind kind = ContactKind::Person;
    valueOf(kContactKinds, key, &kind);
    return kind;
}
QString contactKindLabel(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Person: return Tr::tr("person");
    case ContactKind::Team: return Tr::tr("team");
    case ContactKind::MailingList: return Tr::tr("mailing list");
    case ContactKind::Mailbox: return Tr::tr("mailbox");
    case ContactKind::ChatChannel: return Tr::tr("chat channel");
    case ContactKind::IssueTracker: return Tr::tr("issue tracker");
    case ContactKind::Organisation: return Tr::tr("organisation");
    }
    return {};
}

QString addressKind(AddressKind kind)
{
    return keyOf(kAddressKinds, kind);
}
AddressKind addressKindFromKey(const QString &key)
{
    AddressKind kind = AddressKind::Url;
    valueOf(kAddressKinds, key, &kind);
    return kind;
}
QString addressKindLabel(AddressKind kind)
{
    switch (kind) {
    case AddressKind::Email: return Tr::tr("email");
    case AddressKind::Irc: return Tr::tr("IRC");
    case AddressKind::Matrix: return Tr::tr("Matrix");
    case AddressKind::Slack: return Tr::tr("Slack");
    case AddressKind::Url: return Tr::tr("web");
    case AddressKind::Phone: return Tr::tr("phone");
    }
    return {};
}

QString linkKind(LinkKind kind)
{
    return keyOf(kLinkKinds, kind);
}
bool linkKindFromKey(const QString &key, LinkKind *kind)
{
    return valueOf(kLinkKinds, key, kind);
}
QString linkKindLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::FrontedBy: return Tr::tr("served through");
    case LinkKind::DnsBy: return Tr::tr("DNS hosted by");
    case LinkKind::RegisteredAt: return Tr::tr("domains registered at");
    case LinkKind::ConfiguredBy: return Tr::tr("configured by");
    case LinkKind::DependsOn: return Tr::tr("depends on");
    case LinkKind::BackedUpTo: return Tr::tr("backed up to");
    }
    return {};
}
QList<LinkKind> linkKinds()
{
    QList<LinkKind> kinds;
    for (const auto &entry : kLinkKinds)
        kinds.append(entry.first);
    return kinds;
}
bool linkKindCarriesFailure(LinkKind kind)
{
    return kind != LinkKind::ConfiguredBy && kind != LinkKind::BackedUpTo;
}
QString normalLinkType(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (key == QLatin1String("served_through"))
        return QStringLiteral("fronted_by");
    if (key == QLatin1String("dns_hosted_by"))
        return QStringLiteral("dns_by");
    if (key == QLatin1String("domains_registered_at"))
        return QStringLiteral("registered_at");
    return key;
}
bool isValidLinkTypeKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 40)
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

QString statusCategory(StatusCategory category)
{
    return keyOf(kStatusCategories, category);
}
bool statusCategoryFromKey(const QString &key, StatusCategory *category)
{
    return valueOf(kStatusCategories, key, category);
}
QString statusCategoryLabel(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Operational: return Tr::tr("operational");
    case StatusCategory::Degraded: return Tr::tr("degraded");
    case StatusCategory::Down: return Tr::tr("down");
    case StatusCategory::Retired: return Tr::tr("retired");
    case StatusCategory::Planned: return Tr::tr("planned");
    }
    return {};
}
QList<StatusCategory> statusCategories()
{
    QList<StatusCategory> categories;
    for (const auto &entry : kStatusCategories)
        categories.append(entry.first);
    return categories;
}
StatusCategory builtinStatusCategory(const QString &status)
{
    if (status == QLatin1String("legacy") || status == QLatin1String("needs-move"))
        return StatusCategory::Degraded;
    if (status == QLatin1String("unreachable"))
        return StatusCategory::Down;
    if (status == QLatin1String("retired"))
        return StatusCategory::Retired;
    if (status == QLatin1String("planned"))
        return StatusCategory::Planned;
    return StatusCategory::Operational;
}

QString priority(Priority value)
{
    return keyOf(kPriorities, value);
}
Priority priorityFromKey(const QString &key)
{
    Priority value = Priority::Primary;
    valueOf(kPriorities, key, &value);
    return value;
}
QString priorityLabel(Priority value)
{
    switch (value) {
    case Priority::Primary: return Tr::tr("primary");
    case Priority::Secondary: return Tr::tr("secondary");
    case Priority::Tertiary: return Tr::tr("tertiary");
    case Priority::Inactive: return Tr::tr("inactive");
    }
    return {};
}
int priorityRank(const QString &key)
{
    Priority value = Priority::Tertiary;
    if (!valueOf(kPriorities, key, &value))
        return 3;
    return static_cast<int>(value);
}

QStringList knownStatuses()
{
    return {QStringLiteral("active"),     QStringLiteral("staging"),     QStringLiteral("legacy"),
            QStringLiteral("needs-move"), QStringLiteral("unreachable"), QStringLiteral("planned"),
            QStringLiteral("retired")};
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("active"))
        return Tr::tr("active");
    if (status == QLatin1String("staging"))
        return Tr::tr("staging");
    if (status == QLatin1String("legacy"))
        return Tr::tr("legacy");
    if (status == QLatin1String("needs-move"))
        return Tr::tr("needs to be moved");
    if (status == QLatin1String("unreachable"))
        return Tr::tr("unreachable");
    if (status == QLatin1String("planned"))
        return Tr::tr("planned");
    if (status == QLatin1String("retired"))
        return Tr::tr("retired");
    return status;
}

QStringList knownRoles()
{
    return {QStringLiteral("owner"), QStringLiteral("maintainer"), QStringLiteral("contact"),
            QStringLiteral("escalation"), QStringLiteral("sponsor")};
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("owner"))
        return Tr::tr("owner");
    if (role == QLatin1String("maintainer"))
        return Tr::tr("maintainer");
    if (role == QLatin1String("contact"))
        return Tr::tr("contact");
    if (role == QLatin1String("escalation"))
        return Tr::tr("escalation");
    if (role == QLatin1String("sponsor"))
        return Tr::tr("sponsor");
    return role;
}

int roleRank(const QString &role)
{
    // Called for every comparison when contacts are ordered: no list built per call.
    static const QStringList roles = knownRoles();
    const int index = static_cast<int>(roles.indexOf(role));
    return index < 0 ? 100 : index;
}

int compareRoles(const QString &a, const QString &b)
{
    const int ra = roleRank(a), rb = roleRank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra < 100 || a == b)
        return 0;
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded : a.compare(b);
}

QString dayLabel(const QDate &day)
{
    // In a file (SourceTextScope) the day never follows the locale.
    return (SourceTextScope::active() ? QLocale::c() : QLocale()).toString(day, QStringLiteral("d MMM yyyy"));
}

QStringList teamRoles()
{
    return {QStringLiteral("lead"), QStringLiteral("member")};
}

} // namespace keys

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace steward
