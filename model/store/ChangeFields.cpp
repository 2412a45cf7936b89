#include "ChangeFields.h"

#include <QJsonArray>

namespace steward {

namespace {

QJsonArray textArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

QStringList textList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

} // namespace

void addGraphFields(QJsonObject *fields, const Item &item, bool always)
{
    if (always || !item.alsoOn.isEmpty()) {
        QJsonArray hosts;
        for (qint64 id : item.alsoOn)
            hosts.append(id);
        fields->insert(QStringLiteral("also_runs_on"), hosts);
    }
    if (always || !item.aliases.isEmpty())
        fields->insert(QStringLiteral("aliases"), textArray(item.aliases));
    if (always || !item.tags.isEmpty())
        fields->insert(QStringLiteral("tags"), textArray(item.tags));
}

QJsonObject itemFields(const Item &item)
{
    QJsonObject o{{QStringLiteral("kind"), keys::itemKind(item.kind)}, {QStringLiteral("name"), item.name},
                  {QStringLiteral("parent_id"), item.parentId},        {QStringLiteral("status"), item.status},
                  {QStringLiteral("description"), item.description},   {QStringLiteral("notes"), item.notes}};
    switch (item.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider:
        o.insert(QStringLiteral("provider_kind"), keys::providerKind(item.providerKind));
        o.insert(QStringLiteral("full_name"), item.fullName);
        o.insert(QStringLiteral("website"), item.website);
        o.insert(QStringLiteral("location"), item.location);
        o.insert(QStringLiteral("config_tool"), item.configTool);
        o.insert(QStringLiteral("config_tool_url"), item.configToolUrl);
        o.insert(QStringLiteral("config_repo"), item.configRepo);
        break;
    case ItemKind::Host:
        o.insert(QStringLiteral("host_kind"), keys::hostKind(item.hostKind));
        o.insert(QStringLiteral("hostname"), item.hostname);
        break;
    case ItemKind::Service:
        o.insert(QStringLiteral("url"), item.url);
        o.insert(QStringLiteral("source_url"), item.sourceUrl);
        break;
    }
    addGraphFields(&o, item, false);
    return o;
}

void applyItemFields(Item *item, const QJsonObject &fields)
{
    const auto text = [&fields](const char *key, QString *target) {
        const QString name = QString::fromLatin1(key);
        if (fields.contains(name))
            *target = fields.value(name).toString();
    };
    text("name", &item->name);
    text("status", &item->status);
    text("description", &item->description);
    text("notes", &item->notes);
    if (fields.contains(QStringLiteral("parent_id")))
        item->parentId = fields.value(QStringLiteral("parent_id")).toInteger();
    if (fields.contains(QStringLiteral("provider_kind")))
        item->providerKind = keys::providerKindFromKey(fields.value(QStringLiteral("provider_kind")).toString());
    text("full_name", &item->fullName);
    text("website", &item->website);
    text("location", &item->location);
    text("config_tool", &item->configTool);
    text("config_tool_url", &item->configToolUrl);
    text("config_repo", &item->configRepo);
    if (fields.contains(QStringLiteral("host_kind")))
        item->hostKind = keys::hostKindFromKey(fields.value(QStringLiteral("host_kind")).toString());
    text("hostname", &item->hostname);
    text("url", &item->url);
    text("source_url", &item->sourceUrl);
    if (fields.contains(QStringLiteral("also_runs_on"))) {
        item->alsoOn.clear();
        const QJsonArray hosts = fields.value(QStringLiteral("also_runs_on")).toArray();
        for (const QJsonValue &id : hosts)
            item->alsoOn.append(id.toInteger());
    }
    if (fields.contains(QStringLiteral("aliases")))
        item->aliases = textList(fields.value(QStringLiteral("aliases")));
    if (fields.contains(QStringLiteral("tags")))
        item->tags = textList(fields.value(QStringLiteral("tags")));
}

QJsonObject contactFields(const Contact &contact)
{
    QJsonArray addresses;
    for (const Address &a : contact.addresses) {
        addresses.append(QJsonObject{{QStringLiteral("kind"), keys::addressKind(a.kind)},
                                     {QStringLiteral("value"), a.value},
                                     {QStringLiteral("label"), a.label}});
    }
    QJsonObject o{{QStringLiteral("kind"), keys::contactKind(contact.kind)},
                  {QStringLiteral("name"), contact.name},
                  {QStringLiteral("team_id"), contact.teamId},
                  {QStringLiteral("notes"), contact.notes},
                  {QStringLiteral("addresses"), addresses}};
    if (!contact.tags.isEmpty())
        o.insert(QStringLiteral("tags"), textArray(contact.tags));
    return o;
}

void applyContactFields(Contact *contact, const QJsonObject &fields)
{
    if (fields.contains(QStringLiteral("kind")))
        contact->kind = keys::contactKindFromKey(fields.value(QStringLiteral("kind")).toString());
    if (fields.contains(QStringLiteral("name")))
        contact->name = fields.value(QStringLiteral("name")).toString();
    if (fields.contains(QStringLiteral("team_id")))
        contact->teamId = fields.value(QStringLiteral("team_id")).toInteger();
    if (fields.contains(QStringLiteral("notes")))
        contact->notes = fields.value(QStringLiteral("notes")).toString();
    if (fields.contains(QStringLiteral("addresses"))) {
        contact->addresses.clear();
        const QJsonArray addresses = fields.value(QStringLiteral("addresses")).toArray();
        for (const QJsonValue &value : addresses) {
            const QJsonObject o = value.toObject();
            Address a;
            a.kind = keys::addressKindFromKey(o.value(QStringLiteral("kind")).toString());
            a.value = o.value(QStringLiteral("value")).toString();
            a.label = o.value(QStringLiteral("label")).toString();
            contact->addresses.append(a);
        }
    }
    if (fields.contains(QStringLiteral("tags")))
        contact->tags = textList(fields.value(QStringLiteral("tags")));
}

} // namespace steward
