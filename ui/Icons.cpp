#include "Icons.h"

#include <QHash>

// The icons are compiled into the steward_ui static library; a static library's
// resources must be registered explicitly, once, outside any namespace.
static void registerResources()
{
    Q_INIT_RESOURCE(steward);
}

namespace steward::icons {

QIcon named(const QString &name)
{
    static const bool registered = (registerResources(), true);
    Q_UNUSED(registered);
    // QIcon loads the SVG once per name; the cache keeps the tree's painting cheap.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QIcon forItem(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Organisation: return named(QStringLiteral("organisation"));
    case ItemKind::Provider: return named(QStringLiteral("provider"));
    case ItemKind::Host: return named(QStringLiteral("host"));
    case ItemKind::Service: return named(QStringLiteral("service"));
    }
    return {};
}

QIcon forContact(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Person: return named(QStringLiteral("person"));
    case ContactKind::Team:
    case ContactKind::Organisation: return named(QStringLiteral("team"));
    case ContactKind::MailingList:
    case ContactKind::Mailbox: return named(QStringLiteral("list"));
    case ContactKind::ChatChannel: return named(QStringLiteral("channel"));
    case ContactKind::IssueTracker: return named(QStringLiteral("tracker"));
    }
    return {};
}

} // namespace steward::icons
