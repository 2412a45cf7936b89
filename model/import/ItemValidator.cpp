#include "ItemValidator.h"

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
{}

void ItemValidator::check(const CsvReader::Record &record)
{
    startRecord(record);
    const int errorsBefore = errorCount();
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
        item.kind = kind;
        item.id = m_index.newId();
        item.parentId = m_index.organisation;
        if (kind == ItemKind::Host)
            item.parentId = 0; // a host needs its provider
    } else {
        item = m_index.items.value(ids.first());
    }
    const Item before = item;
    item.name = name;
    const auto text = [&](const char *column, QString *field) {
        if (m_cols.has(column))
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
            if (provider.isEmpty()) {
                bad("provider", Tr::tr("a host needs its provider"));
            } else if (const qint64 id = m_index.findItem(ItemKind::Provider, provider, &why)) {
                item.parentId = id;
            } else {
                bad("provider", why);
            }
        } else if (create) {
            bad("name", Tr::tr("a new host needs a provider column"));
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
        const bool hasHost = m_cols.has("host"), hasProvider = m_cols.has("provider");
        const QString host = m_cols.get("host").trimmed();
        const QString provider = m_cols.get("provider").trimmed();
        qint64 providerId = 0;
        if (!provider.isEmpty()) {
            providerId = m_index.findItem(ItemKind::Provider, provider, &why);
            if (!providerId)
                bad("provider", why);
        }
        if (!host.isEmpty()) {
            const qint64 hostId = m_index.findItem(ItemKind::Host, host, &why);
            if (!hostId) {
                bad("host", why);
            } else if (providerId && parentIn(m_index.items, hostId) != providerId) {
                bad("host", Tr::tr("the host \"%1\" is at %2, not at %3")
                                .arg(host, m_index.items.value(parentIn(m_index.items, hostId)).name, provider));
            } else {
                item.parentId = hostId;
            }
        } else if (providerId) {
            item.parentId = providerId;
        } else if (hasHost || hasProvider) {
            item.parentId = m_index.organisation;
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
                if (!id)
                    bad("served_through", Tr::tr("unknown provider \"%1\"").arg(target));
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
    m_index.items.insert(item.id, item);
    if ((op.fields || op.links) && errorCount() == errorsBefore)
        m_plan.itemOps.append(op);
    m_plan.rows.append(preview);
}

} // namespace steward
