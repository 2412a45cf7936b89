#include "BackstageExport.h"

#include "BackstageCatalog.h"
#include "Records.h"
#include "Reports.h"
#include "Store.h"
#include "Translations.h"

#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>

namespace steward {
namespace {

using namespace backstage;

/// One report's rows, read by column name.
struct Table
{
    QStringList header;
    QVector<QStringList> rows;
    QString at(const QStringList &row, const char *column) const
    {
        return row.value(header.indexOf(QLatin1String(column)));
    }
};

/// One document, as it will be written.
struct Document
{
    QString kind;
    QString name;
    QString title;
    QString description;
    std::map<QString, QString> annotations;
    QStringList tags;
    struct Link
    {
        QString url, title, type;
    };
    QVector<Link> links;
    QString type, lifecycle, owner, system;
    QStringList dependsOn;
    std::optional<QString> displayName, email;
    QString leader;
    std::optional<QStringList> memberOf, members, children;
};

void scalar(YAML::Emitter &out, const QString &text)
{
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void key(YAML::Emitter &out, const char *name)
{
    out << YAML::Key << name << YAML::Value;
}

void list(YAML::Emitter &out, const char *name, const QStringList &values)
{
    key(out, name);
    if (values.isEmpty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        return;
    }
    out << YAML::BeginSeq;
    for (const QString &v : values)
        scalar(out, v);
    out << YAML::EndSeq;
}

std::string emit(const Document &d)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    key(out, "apiVersion");
    out << "backstage.io/v1alpha1";
    key(out, "kind");
    out << d.kind.toStdString();
    key(out, "metadata");
    out << YAML::BeginMap;
    key(out, "name");
    scalar(out, d.name);
    if (!d.title.isEmpty()) {
        key(out, "title");
        scalar(out, d.title);
    }
    if (!d.description.isEmpty()) {
        key(out, "description");
        scalar(out, d.description);
    }
    if (!d.annotations.empty()) {
        key(out, "annotations");
        out << YAML::BeginMap;
        for (const auto &[k, v] : d.annotations) {
            out << YAML::Key << k.toStdString() << YAML::Value;
            scalar(out, v);
        }
        out << YAML::EndMap;
    }
    if (!d.tags.isEmpty())
        list(out, "tags", d.tags);
    if (!d.links.isEmpty()) {
        key(out, "links");
        out << YAML::BeginSeq;
        for (const Document::Link &l : d.links) {
            out << YAML::BeginMap;
            key(out, "url");
            scalar(out, l.url);
            key(out, "title");
            scalar(out, l.title);
            key(out, "type");
            scalar(out, l.type);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    key(out, "spec");
    out << YAML::BeginMap;
    if (!d.type.isEmpty()) {
        key(out, "type");
        scalar(out, d.type);
    }
    if (!d.lifecycle.isEmpty()) {
        key(out, "lifecycle");
        scalar(out, d.lifecycle);
    }
    if (!d.owner.isEmpty()) {
        key(out, "owner");
        scalar(out, d.owner);
    }
    if (!d.system.isEmpty()) {
        key(out, "system");
        scalar(out, d.system);
    }
    if (!d.dependsOn.isEmpty())
        list(out, "dependsOn", d.dependsOn);
    if (d.displayName || d.email) {
        key(out, "profile");
        out << YAML::BeginMap;
        if (d.displayName) {
            key(out, "displayName");
            scalar(out, *d.displayName);
        }
        if (d.email) {
            key(out, "email");
            scalar(out, *d.email);
        }
        out << YAML::EndMap;
    }
    if (d.memberOf)
        list(out, "memberOf", *d.memberOf);
    if (!d.leader.isEmpty()) {
        key(out, "leader");
        scalar(out, d.leader);
    }
    if (d.members)
        list(out, "members", *d.members);
    if (d.children)
        list(out, "children", *d.children);
    out << YAML::EndMap << YAML::EndMap;
    return out.c_str();
}

/// Valid, unique names within each Backstage kind.
class Names
{
public:
    QString take(const QString &kind, const QString &real)
    {
        QSet<QString> &used = m_used[kind];
        const QString base = toName(real);
        QString name = base;
        for (int n = 2; used.contains(name.toLower()); ++n) {
            const QString suffix = QLatin1Char('-') + QString::number(n);
            name = base.left(63 - suffix.size()) + suffix;
        }
        used.insert(name.toLower());
        return name;
    }

private:
    QHash<QString, QSet<QString>> m_used;
};

QString itemKey(const QString &kind, const QString &name)
{
    return kind + QLatin1Char('\n') + name;
}

} // namespace

BackstageExport::BackstageExport(Store &store)
    : m_store(store)
{}

bool BackstageExport::run(QByteArray *catalog)
{
    // A catalog is a file other programs read, as CSV is: its text (the reports' rows it
    // is made of, a link's title) never follows the locale.
    const SourceTextScope english;
    Reports reports(m_store);
    const auto read = [&](ReportKind kind, Table *table) {
        table->header = Reports::header(kind);
        if (reports.rows(kind, &table->rows))
            return true;
        m_error = reports.errorString();
        return false;
    };
    Table providers, hosts, services, contacts, assignments, links;
    if (!read(ReportKind::Providers, &providers) || !read(ReportKind::Hosts, &hosts) ||
        !read(ReportKind::Services, &services) || !read(ReportKind::Contacts, &contacts) ||
        !read(ReportKind::Assignments, &assignments) || !read(ReportKind::Links, &links))
        return false;

    // Each item's assignments and links, in the reports' order.
    QHash<QString, QVector<QStringList>> itemAssignments, itemLinks;
    QString organisation;
    for (const QStringList &row : std::as_const(assignments.rows)) {
        const QString kind = assignments.at(row, "item_kind"), item = assignments.at(row, "item");
        if (kind == QLatin1String("organisation"))
            organisation = item;
        itemAssignments[itemKey(kind, item)].append(
            {assignments.at(row, "contact"), assignments.at(row, "role"), assignments.at(row, "priority"),
             assignments.at(row, "note"), assignments.at(row, "valid_from"), assignments.at(row, "valid_until")});
    }
    for (const QStringList &row : std::as_const(links.rows)) {
        const QString kind = links.at(row, "from_kind"), item = links.at(row, "from");
        if (kind == QLatin1String("organisation"))
            organisation = item;
        itemLinks[itemKey(kind, item)].append(
            {links.at(row, "type"), links.at(row, "to"), links.at(row, "to_kind"), links.at(row, "note")});
    }

    // Names first: references need them.
    Names names;
    QHash<QString, QString> refs; // itemKey or "contact\n" + name -> entity reference
    const QString orgName = organisation.isEmpty() ? QString() : names.take(QStringLiteral("group"), organisation);
    for (const QStringList &row : std::as_const(contacts.rows)) {
        const QString name = contacts.at(row, "name");
        const bool person = contacts.at(row, "kind") == QLatin1String("person");
        const QString kind = person ? QStringLiteral("user") : QStringLiteral("group");
        refs.insert(itemKey(QStringLiteral("contact"), name), kind + QLatin1Char(':') + names.take(kind, name));
    }
    for (const QStringList &row : std::as_const(providers.rows))
        refs.insert(itemKey(QStringLiteral("provider"), providers.at(row, "name")),
                    QStringLiteral("resource:") + names.take(QStringLiteral("resource"), providers.at(row, "name")));
    for (const QStringList &row : std::as_const(hosts.rows))
        refs.insert(itemKey(QStringLiteral("host"), hosts.at(row, "name")),
                    QStringLiteral("resource:") + names.take(QStringLiteral("resource"), hosts.at(row, "name")));
    for (const QStringList &row : std::as_const(services.rows))
        refs.insert(itemKey(QStringLiteral("service"), services.at(row, "name")),
                    QStringLiteral("component:") + names.take(QStringLiteral("component"), services.at(row, "name")));
    const auto nameOf = [](const QString &ref) { return ref.mid(ref.indexOf(QLatin1Char(':')) + 1); };
    const auto contactRef = [&](const QString &name) { return refs.value(itemKey(QStringLiteral("contact"), name)); };

    // The owner of each item: its own, else its parent's.
    const auto ownOwner = [&](const QString &key) -> QString {
        const QVector<QStringList> list = itemAssignments.value(key);
        // Active assignments before inactive ones; owner, then maintainer, then any role.
        for (bool inactiveToo : {false, true}) {
            for (const char *role : {"owner", "maintainer", ""}) {
                for (const QStringList &a : list) {
                    if ((!*role || a.at(1) == QLatin1String(role)) &&
                        (inactiveToo || a.at(2) != QLatin1String("inactive")))
                        return a.at(0);
                }
            }
        }
        return {};
    };
    QHash<QString, QString> hostProvider;
    for (const QStringList &row : std::as_const(hosts.rows))
        hostProvider.insert(hosts.at(row, "name"), hosts.at(row, "provider"));
    const auto ownerOf = [&](const QString &kind, const QString &name, const QString &provider,
                             const QString &host) -> QString {
        QString owner = ownOwner(itemKey(kind, name));
        if (owner.isEmpty() && !host.isEmpty())
            owner = ownOwner(itemKey(QStringLiteral("host"), host));
        const QString p = !provider.isEmpty() ? provider : hostProvider.value(host);
        if (owner.isEmpty() && !p.isEmpty())
            owner = ownOwner(itemKey(QStringLiteral("provider"), p));
        if (owner.isEmpty() && !organisation.isEmpty())
            owner = ownOwner(itemKey(QStringLiteral("organisation"), organisation));
        return owner.isEmpty() ? QStringLiteral("unknown") : contactRef(owner);
    };

    const auto splitTags = [](const QString &cell, Document *d, const QString &extra) {
        const QStringList tags = Reports::splitNames(cell);
        for (const QString &t : tags) {
            if (isValidTag(t))
                d->tags << t;
        }
        QStringList derived = d->tags;
        if (!extra.isEmpty())
            derived << extra;
        if (derived.join(QStringLiteral("; ")) != cell)
            d->annotations[QStringLiteral("steward.io/tags")] = cell;
    };
    const auto annotate = [](Document *d, const QString &column, const QString &value) {
        if (!value.isEmpty())
            d->annotations[QString::fromLatin1(kPrefix) + column] = value;
    };
    // The real name, when the name is not it, as the title (what Backstage shows).
    const auto realName = [](Document *d, const QString &real) {
        if (d->name != real)
            d->title = real;
    };
    // An item's assignments: spec.owner alone when it says them all, else the annotation too.
    const auto ownership = [&](Document *d, const QString &key, const QString &owner) {
        const QVector<QStringList> list = itemAssignments.value(key);
        d->owner = owner;
        if (list.size() == 1 &&
            list.first() == QStringList{list.first().at(0), QStringLiteral("owner"), QStringLiteral("primary"),
                                        QString(), QString(), QString()} &&
            contactRef(list.first().at(0)) == owner)
            return;
        d->annotations[QString::fromLatin1(kAssignmentsAnnotation)] = csvLines(list);
    };
    // An item's links: spec.dependsOn, and the annotation unless dependsOn says them all.
    const auto linking = [&](Document *d, const QString &key) {
        const QVector<QStringList> list = itemLinks.value(key);
        bool complete = true;
        for (const QStringList &l : list) {
            const QString target = refs.value(itemKey(l.at(2), l.at(1)));
            if (l.at(0) == QLatin1String(kDependsOn) && !target.isEmpty()) {
                d->dependsOn << target;
                complete = complete && l.at(3).isEmpty();
            } else {
                complete = false;
            }
        }
        if (!complete)
            d->annotations[QString::fromLatin1(kLinksAnnotation)] = csvLines(list);
    };
    const auto link = [](Document *d, const QString &url, const QString &title, const char *type) {
        if (!url.isEmpty())
            d->links.append({url, title, QString::fromLatin1(type)});
    };

    QVector<Document> docs;
    if (!organisation.isEmpty()) {
        Document d;
        d.kind = QStringLiteral("Group");
        d.name = orgName;
        d.type = QStringLiteral("organization");
        d.displayName = organisation;
        d.children = QStringList();
        d.annotations[QString::fromLatin1(kItemKindAnnotation)] = QStringLiteral("organisation");
        const QString key = itemKey(QStringLiteral("organisation"), organisation);
        if (itemAssignments.contains(key))
            d.annotations[QString::fromLatin1(kAssignmentsAnnotation)] = csvLines(itemAssignments.value(key));
        if (itemLinks.contains(key))
            d.annotations[QString::fromLatin1(kLinksAnnotation)] = csvLines(itemLinks.value(key));
        docs.append(d);
    }

    // Contacts: who is a member of which team, for Users' memberOf.
    QHash<QString, QStringList> memberOf;
    for (const QStringList &row : std::as_const(contacts.rows)) {
        QVector<TeamMember> members;
        QString why;
        if (Reports::parseMembers(contacts.at(row, "members"), &members, &why)) {
            for (const TeamMember &m : std::as_const(members))
                memberOf[m.memberName].append(contactRef(contacts.at(row, "name")));
        }
    }
    for (const QStringList &row : std::as_const(contacts.rows)) {
        const QString name = contacts.at(row, "name"), kind = contacts.at(row, "kind");
        const QString ref = contactRef(name);
        Document d;
        const bool person = kind == QLatin1String("person");
        d.kind = person ? QStringLiteral("User") : QStringLiteral("Group");
        d.name = nameOf(ref);
        d.displayName = name;
        d.description = contacts.at(row, "notes");
        if (!person) {
            d.type = kind == QLatin1String("team") ? kind : QString(kind).replace(QLatin1Char('_'), QLatin1Char('-'));
            d.children = QStringList();
        }
        annotate(&d, QStringLiteral("team"), contacts.at(row, "team"));
        const QString addresses = contacts.at(row, "addresses");
        for (const QString &line : addresses.split(QLatin1Char('\n'))) {
            const QString email = line.mid(7).section(QStringLiteral(" | "), 0, 0);
            if (line.startsWith(QLatin1String("email: ")) && !email.isEmpty()) {
                d.email = email;
                break;
            }
        }
        if ((d.email ? QStringLiteral("email: ") + *d.email : QString()) != addresses)
            d.annotations[QStringLiteral("steward.io/addresses")] = addresses;
        if (person) {
            d.memberOf = memberOf.value(name);
        } else {
            QVector<TeamMember> members;
            QString why;
            QStringList derived;
            d.members = QStringList();
            if (Reports::parseMembers(contacts.at(row, "members"), &members, &why)) {
                // The first lead is spec.leader (Backstage has one); the import reads it back.
                for (const TeamMember &m : std::as_const(members)) {
                    if (m.role == QLatin1String("lead") && d.leader.isEmpty())
                        d.leader = contactRef(m.memberName);
                }
                for (const TeamMember &m : std::as_const(members)) {
                    const QString ref = contactRef(m.memberName);
                    if (!d.members->contains(ref)) {
                        d.members->append(ref);
                        derived << (ref == d.leader ? QStringLiteral("lead: ") : QStringLiteral("member: ")) +
                                       m.memberName;
                    }
                }
            }
            if (derived.join(QLatin1Char('\n')) != contacts.at(row, "members"))
                d.annotations[QStringLiteral("steward.io/members")] = contacts.at(row, "members");
        }
        splitTags(contacts.at(row, "tags"), &d, QString());
        docs.append(d);
    }

    // Systems: the services' tags "system=NAME".
    QVector<Document> systems;
    QHash<QString, QString> systemRefs;
    const auto systemOf = [](const QString &tags) {
        for (const QString &t : Reports::splitNames(tags)) {
            if (t.startsWith(QLatin1String("system=")) && t.size() > 7)
                return t.mid(7);
        }
        return QString();
    };

    // An item's system (spec.system) from its tags, the System made on first sight;
    // its tags, with the annotation unless metadata.tags and the system say them.
    const auto systemAndTags = [&](Document *d, const QString &tags) {
        const QString system = systemOf(tags);
        if (!system.isEmpty()) {
            if (!systemRefs.contains(system)) {
                Document s;
                s.kind = QStringLiteral("System");
                s.name = names.take(QStringLiteral("system"), system);
                realName(&s, system);
                s.owner = d->owner;
                systemRefs.insert(system, s.name);
                systems.append(s);
            }
            d->system = QStringLiteral("system:") + systemRefs.value(system);
        }
        splitTags(tags, d, system.isEmpty() ? QString() : QStringLiteral("system=") + system);
    };

    QVector<Document> items;
    // An item's document: its kind, name, real name, description and type (the item's kind).
    const auto itemDocument = [&](const char *kind, const QString &itemKind, const QString &name,
                                  const QString &description) {
        Document d;
        d.kind = QLatin1String(kind);
        d.name = nameOf(refs.value(itemKey(itemKind, name)));
        realName(&d, name);
        d.description = description;
        d.type = itemKind;
        return d;
    };
    // Its system and tags, ownership and links, and it is done.
    const auto finishItem = [&](Document &d, const QString &key, const QString &tags) {
        systemAndTags(&d, tags);
        ownership(&d, key, d.owner);
        linking(&d, key);
        items.append(d);
    };
    for (const QStringList &row : std::as_const(providers.rows)) {
        const QString name = providers.at(row, "name");
        const QString key = itemKey(QStringLiteral("provider"), name);
        Document d = itemDocument("Resource", QStringLiteral("provider"), name, providers.at(row, "description"));
        for (const char *column : {"kind", "full_name", "location", "config_tool", "status", "notes", "aliases"})
            annotate(&d, QLatin1String(column), providers.at(row, column));
        link(&d, providers.at(row, "website"), QStringLiteral("Website"), "website");
        link(&d, providers.at(row, "config_tool_url"), QStringLiteral("Configuration tool"), "config_tool_url");
        link(&d, providers.at(row, "config_repo"), QStringLiteral("Configuration repository"), "config_repo");
        d.owner = ownerOf(QStringLiteral("provider"), name, QString(), QString());
        finishItem(d, key, providers.at(row, "tags"));
    }
    for (const QStringList &row : std::as_const(hosts.rows)) {
        const QString name = hosts.at(row, "name");
        const QString key = itemKey(QStringLiteral("host"), name);
        Document d = itemDocument("Resource", QStringLiteral("host"), name, hosts.at(row, "description"));
        for (const char *column : {"provider", "kind", "hostname", "status", "notes", "aliases"})
            annotate(&d, QLatin1String(column), hosts.at(row, column));
        d.owner = ownerOf(QStringLiteral("host"), name, hosts.at(row, "provider"), QString());
        finishItem(d, key, hosts.at(row, "tags"));
    }
    for (const QStringList &row : std::as_const(services.rows)) {
        const QString name = services.at(row, "name");
        const QString key = itemKey(QStringLiteral("service"), name);
        Document d = itemDocument("Component", QStringLiteral("service"), name, services.at(row, "description"));
        const QString status = services.at(row, "status");
        d.lifecycle = lifecycleOfStatus(status);
        if (statusOfLifecycle(d.lifecycle) != status)
            d.annotations[QStringLiteral("steward.io/status")] = status;
        for (const char *column : {"provider", "hosts", "served_through", "notes", "aliases"})
            annotate(&d, QLatin1String(column), services.at(row, column));
        link(&d, services.at(row, "url"), QStringLiteral("Service"), "url");
        link(&d, services.at(row, "source_url"), QStringLiteral("Source"), "source_url");
        const QString hostList = services.at(row, "hosts");
        d.owner = ownerOf(QStringLiteral("service"), name, services.at(row, "provider"),
                          Reports::splitNames(hostList).value(0));
        finishItem(d, key, services.at(row, "tags"));
    }
    docs += systems;
    docs += items;

    catalog->clear();
    for (const Document &d : std::as_const(docs)) {
        catalog->append("---\n");
        catalog->append(QByteArray::fromStdString(emit(d)));
        catalog->append('\n');
    }
    return true;
}

} // namespace steward
