#include "ItemValidator.h"

#include "NetBoxFormat.h"
#include "Reports.h"
#include "Validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace steward {
namespace {

/// The parent of @p id among @p items (0 if unknown), without copying the item: it is
/// asked once per service row.
qint64 parentIn(const QHash<qint64, Item> &items, qint64 id)
{
    const auto it = items.constFind(id);
    return it == items.constEnd() ? 0 : it->parentId;
}

/// The messages keep the translation context they had inside the importer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

ItemKind kindOf(ImportFormat format)
{
    return format == ImportFormat::Providers ? ItemKind::Provider
           : format == ImportFormat::Hosts   ? ItemKind::Host
                                             : ItemKind::Service;
}

using validation::isHostname;
using validation::isWebAddress;

} // namespace

ItemValidator::ItemValidator(ImportValidationState &state, const ParsedFile &file)
    : ImportFileValidator(state, file)
    , m_kind(kindOf(file.format))
{
    if (m_kind != ItemKind::Service || !m_cols.has("served_through"))
        return;
    for (const CsvReader::Record &record : file.records) {
        startRecord(record);
        const QString key = nameKey(m_cols.get("name"));
        if (!key.isEmpty() && !m_ahead.contains(key) && m_index.itemsNamed(m_kind, key).isEmpty())
            m_ahead.insert(key, m_index.newId());
    }
}

void ItemValidator::check(const CsvReader::Record &record)
{
    startRecord(record);
    const qint64 errorsBefore = errorsAtRecord();
    ImportRow preview = this->preview();
    QString name, key;
    if (!checkName(preview, &name, &key))
        return;

    const ItemKind kind = m_kind;
    const QVector<qint64> ids = m_index.itemsNamed(kind, key);
    if (ids.size() > 1) {
        bad("name", Tr::tr("\"%1\" is ambiguous: %2 %3s have that name")
                        .arg(name)
                        .arg(ids.size())
                        .arg(keys::itemKindLabel(kind)));
        m_plan.rows.append(preview);
        return;
    }
    const bool create = ids.isEmpty();
    Item item;
    if (create) {
        // Another item's alias is as taken as its name.
        if (const qint64 other = m_index.aliases[InventoryIndex::kindIndex(kind)].value(key)) {
            bad("name", Tr::tr("\"%1\" is already another name of the %2 \"%3\"")
                            .arg(name, keys::itemKindLabel(kind), m_index.items.value(other).name));
            m_plan.rows.append(preview);
            return;
        }
        item.kind = kind;
        item.id = m_ahead.contains(key) ? m_ahead.take(key) : m_index.newId();
        // Under the organisation until a provider or host says otherwise (a host whose
        // provider nobody recorded stays there).
        item.parentId = m_index.organisation;
    } else {
        item = m_index.items.value(ids.first());
    }
    const Item before = item;
    item.name = name;
    const auto text = [&](const char *column, QString *field) {
        // A NetBox file adds to what Steward knows: an empty cell leaves the field alone.
        if (m_cols.has(column) && (m_dialect == ImportDialect::Steward || !m_cols.get(column).trimmed().isEmpty()))
            *field = m_cols.get(column);
    };
    const auto url = [&](const char *column, QString *field) {
        if (!m_cols.has(column))
            return;
        *field = m_cols.get(column).trimmed();
        if (!field->isEmpty() && !isWebAddress(*field))
            bad(column, Tr::tr("\"%1\" is not a web address; it should look like https://example.org/").arg(*field));
    };
    if (m_cols.has("status")) {
        item.status = m_cols.get("status").trimmed();
        if (item.status.isEmpty())
            item.status = QStringLiteral("active");
        if (hasLineBreak(item.status))
            bad("status", Tr::tr("a status cannot span lines"));
    }
    text("description", &item.description);
    text("notes", &item.notes);
    text("comments", &item.notes); // a NetBox provider's comments (a Steward file has no such column)
    checkAliasesAndTags(&item);
    QVector<qint64> linkTargets;
    bool links = false;
    QString why;
    if (kind == ItemKind::Provider) {
        if (m_cols.has("kind")) {
            const QString k = m_cols.get("kind").trimmed();
            item.providerKind = k.isEmpty() ? ProviderKind::Other : keys::providerKindFromKey(k);
            if (!k.isEmpty() && keys::providerKind(item.providerKind) != k)
                bad("kind",
                    Tr::tr("unknown provider kind \"%1\"; use hardware, vm, dns, registrar, cdn or other").arg(k));
        }
        text("full_name", &item.fullName);
        url("website", &item.website);
        text("location", &item.location);
        text("config_tool", &item.configTool);
        url("config_tool_url", &item.configToolUrl);
        url("config_repo", &item.configRepo);
    } else if (kind == ItemKind::Host) {
        if (m_cols.has("provider")) {
            const QString provider = m_cols.get("provider").trimmed();
            if (provider.isEmpty())
                item.parentId = m_index.organisation; // no provider recorded
            else if (const qint64 id = m_index.findItem(ItemKind::Provider, provider, &why))
                item.parentId = id;
            else
                bad("provider", why);
        }
        if (m_cols.has("kind")) {
            const QString k = m_cols.get("kind").trimmed();
            item.hostKind = k.isEmpty() ? HostKind::Vm : keys::hostKindFromKey(k);
            if (!k.isEmpty() && keys::hostKind(item.hostKind) != k)
                bad("kind", Tr::tr("unknown host kind \"%1\"; use physical or vm").arg(k));
        }
        if (m_cols.has("hostname")) {
            item.hostname = m_cols.get("hostname").trimmed();
            if (!item.hostname.isEmpty() && !isHostname(item.hostname))
                bad("hostname",
                    Tr::tr("\"%1\" is not a host name: letters, digits, hyphens and dots only").arg(item.hostname));
        }
    } else {
        url("url", &item.url);
        url("source_url", &item.sourceUrl);
        const bool hasHost = m_cols.has("host"), hasProvider = m_cols.has("provider"), hasHosts = m_cols.has("hosts");
        QString host = m_cols.get("host").trimmed();
        const QString provider = m_cols.get("provider").trimmed();
        // Every host it runs on, the first its place in the tree; "host" (the older
        // files' column) is that first one.
        const QStringList hosts = hasHosts ? Reports::splitNames(m_cols.get("hosts")) : QStringList();
        const qint64 errorsAtHosts = errorCount();
        QVector<qint64> hostIds;
        for (const QString &name : hosts) {
            const qint64 id = m_index.findItem(ItemKind::Host, name, &why);
            if (!id)
                bad("hosts", why);
            else if (!hostIds.contains(id))
                hostIds.append(id);
        }
        if (hasHosts && !host.isEmpty()) {
            const qint64 id = m_index.findItem(ItemKind::Host, host, &why);
            if (hosts.isEmpty() || (id && !hostIds.isEmpty() && id != hostIds.first()) ||
                (!id && nameKey(host) != nameKey(hosts.first())))
                bad("host", hosts.isEmpty()
                                ? Tr::tr("the host \"%1\" is not in hosts, which is empty; hosts lists every host, "
                                         "the host first")
                                      .arg(host)
                                : Tr::tr("the host \"%1\" must be the first of hosts (\"%2\")")
                                      .arg(host, Reports::joinNames(hosts)));
        }
        if (hasHosts)
            host = hosts.value(0);
        qint64 providerId = 0;
        if (!provider.isEmpty()) {
            providerId = m_index.findItem(ItemKind::Provider, provider, &why);
            if (!providerId)
                bad("provider", why);
        }
        if (!host.isEmpty()) {
            const qint64 hostId = hasHosts ? hostIds.value(0) : m_index.findItem(ItemKind::Host, host, &why);
            if (!hostId) {
                if (!hasHosts)
                    bad("host", why);
            } else if (providerId && parentIn(m_index.items, hostId) != providerId) {
                bad(hasHosts ? "hosts" : "host",
                    Tr::tr("the host \"%1\" is at %2, not at %3")
                        .arg(host, m_index.items.value(parentIn(m_index.items, hostId)).name, provider));
            } else {
                item.parentId = hostId;
            }
        } else if (providerId) {
            item.parentId = providerId;
        } else if (hasHost || hasProvider || hasHosts) {
            item.parentId = m_index.organisation;
        }
        if (hasHosts) {
            if (errorCount() == errorsAtHosts)
                item.alsoOn = hostIds.mid(1);
        } else if (item.parentId != before.parentId) {
            // Only the first host given: the further ones stay while it is on a host.
            const bool onHost = m_index.items.value(item.parentId).kind == ItemKind::Host;
            item.alsoOn.removeAll(item.parentId);
            if (!onHost)
                item.alsoOn.clear();
        }
        if (m_cols.has("served_through")) {
            links = true;
            const QStringList names = Reports::splitNames(m_cols.get("served_through"));
            for (const QString &target : names) {
                qint64 id = m_index.findItem(ItemKind::Provider, target, &why);
                if (!id) {
                    QVector<qint64> found;
                    for (ItemKind k : {ItemKind::Host, ItemKind::Service})
                        found += m_index.itemsNamed(k, nameKey(target));
                    id = found.size() == 1 ? found.first() : 0;
                }
                if (!id) // a service a later row of this file makes
                    id = m_ahead.value(nameKey(target));
                if (!id)
                    bad("served_through", Tr::tr("no provider, host or service is called \"%1\"").arg(target));
                else if (id == item.id)
                    bad("served_through", Tr::tr("a service cannot be served through itself"));
                else if (!linkTargets.contains(id))
                    linkTargets.append(id);
            }
        }
    }
    ImportPlan::ItemOp op;
    op.ref = item.id;
    op.create = create;
    if (create) {
        preview.action = ImportRow::Action::Create;
        op.fields = true;
        op.links = links && !linkTargets.isEmpty();
        op.linkTargets = linkTargets;
        m_index.nameItem(kind, key, item.id);
    } else {
        const auto differs = [&](const char *column, bool changed) {
            if (changed)
                preview.changes << QString::fromLatin1(column);
        };
        differs("name", item.name != before.name);
        differs("status", item.status != before.status);
        differs(kind == ItemKind::Host ? "provider" : "parent", item.parentId != before.parentId);
        differs("kind", item.providerKind != before.providerKind || item.hostKind != before.hostKind);
        differs("full_name", item.fullName != before.fullName);
        differs("website", item.website != before.website);
        differs("location", item.location != before.location);
        differs("config_tool", item.configTool != before.configTool);
        differs("config_tool_url", item.configToolUrl != before.configToolUrl);
        differs("config_repo", item.configRepo != before.configRepo);
        differs("hostname", item.hostname != before.hostname);
        differs("url", item.url != before.url);
        differs("source_url", item.sourceUrl != before.sourceUrl);
        differs("description", item.description != before.description);
        differs("notes", item.notes != before.notes);
        differs("hosts", item.alsoOn != before.alsoOn);
        differs("aliases", item.aliases != before.aliases);
        differs("tags", item.tags != before.tags);
        op.fields = !preview.changes.isEmpty();
        if (links) {
            QVector<qint64> current;
            for (const Link &l : m_index.frontedBy.value(item.id))
                current.append(l.toItem);
            QVector<qint64> wanted = linkTargets;
            std::sort(current.begin(), current.end());
            std::sort(wanted.begin(), wanted.end());
            if (current != wanted) {
                op.links = true;
                op.linkTargets = linkTargets;
                preview.changes << QStringLiteral("served_through");
            }
        }
        preview.action = preview.changes.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Change;
    }
    planServedThrough(item.id, op);
    m_index.items.emplace(item.id, std::move(item));
    if ((op.fields || op.links) && errorCount() == errorsBefore)
        m_plan.itemOps.append(std::move(op));
    m_plan.rows.append(std::move(preview));
}

void ItemValidator::checkAliasesAndTags(Item *item)
{
    QString problem;
    if (m_cols.has("tags")) {
        QStringList tags = splitList(m_cols.get("tags"));
        if (m_dialect == ImportDialect::NetBox) // NetBox's tags join those the item has
            tags = item->tags + tags;
        if (!validation::normaliseList(&tags, false, &problem))
            bad("tags", problem);
        else
            item->tags = tags;
    }
    const char *column = "aliases";
    QStringList aliases;
    if (m_cols.has("slug")) {
        // A NetBox provider's slug is one more name it is known by: added to its aliases,
        // which stay (a slug NetBox changed leaves the old one, as a name does).
        column = "slug";
        const QString slug = m_cols.get("slug").trimmed();
        if (slug.isEmpty()) {
            bad("slug", Tr::tr("the slug is required (NetBox's providers have one)"));
            return;
        }
        if (!netbox::isSlug(slug)) {
            bad("slug",
                Tr::tr("\"%1\" is not a slug: letters, digits, hyphens and underscores only, at most 100").arg(slug));
            return;
        }
        aliases = item->aliases;
        aliases.append(slug);
    } else if (!m_cols.has("aliases")) {
        return;
    } else {
        aliases = Reports::splitNames(m_cols.get("aliases"));
    }
    if (!validation::normaliseList(&aliases, true, &problem)) {
        bad(column, problem);
        return;
    }
    // An alias that is the name itself says nothing.
    const QString own = nameKey(item->name);
    aliases.removeIf([&own](const QString &alias) { return nameKey(alias) == own; });
    // Unique within the kind among names and aliases, in the inventory and the files.
    const int kind = InventoryIndex::kindIndex(item->kind);
    const QString label = keys::itemKindLabel(item->kind);
    bool clash = false;
    for (const QString &alias : std::as_const(aliases)) {
        const QString key = nameKey(alias);
        for (qint64 other : m_index.names[kind].value(key)) {
            if (other != item->id) {
                bad(column, Tr::tr("\"%1\" cannot be an alias of \"%2\": the %3 \"%4\" is called so already")
                                .arg(alias, item->name, label, m_index.items.value(other).name));
                clash = true;
            }
        }
        const qint64 owner = m_index.aliases[kind].value(key);
        if (owner && owner != item->id) {
            bad(column, Tr::tr("\"%1\" cannot be an alias of \"%2\": it is an alias of the %3 \"%4\" already")
                            .arg(alias, item->name, label, m_index.items.value(owner).name));
            clash = true;
        }
    }
    if (clash)
        return;
    m_index.setAliases(item->kind, item->id, item->aliases, aliases);
    item->aliases = aliases;
}

void ItemValidator::planServedThrough(qint64 id, const ImportPlan::ItemOp &op)
{
    // The links file (validated later) sees the fronted-by links as this row leaves them.
    if (!op.links)
        return;
    const QString type = keys::linkKind(LinkKind::FrontedBy);
    for (const Link &link : m_index.frontedBy.value(id)) {
        if (!op.linkTargets.contains(link.toItem))
            m_index.links.remove(InventoryIndex::linkKey(id, type, link.toItem));
    }
    for (qint64 target : op.linkTargets) {
        const InventoryIndex::LinkKey key = InventoryIndex::linkKey(id, type, target);
        if (!m_index.links.contains(key)) {
            Link link;
            link.fromItem = id;
            link.toItem = target;
            link.type = type;
            m_index.links.insert(key, link); // id 0: planned
        }
    }
}

} // namespace steward
