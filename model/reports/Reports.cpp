#include "Reports.h"
#include "Translations.h"

#include "ContactResolver.h"
#include "Impact.h"
#include "Reviews.h"
#include "Store.h"
#include "Utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <numeric>
#include <string>
#include <vector>

namespace steward {
namespace {

const QString kListSeparator = QStringLiteral("; ");
const QString kLabelSeparator = QStringLiteral(" | ");

/// Every item's tree row by id, with the names of its host and provider.
struct Tree
{
    QVector<TreeRow> rows;
    QHash<qint64, qsizetype> index;

    bool load(Store &store, QString *error)
    {
        auto read = store.treeRows(error);
        if (!read)
            return false;
        rows = std::move(*read);
        index.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            index.insert(rows.at(i).id, i);
        return true;
    }
    const TreeRow *row(qint64 id) const
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &rows.at(*it);
    }
    /// The nearest ancestor (or the item itself) of @p kind, or nullptr.
    const TreeRow *above(qint64 id, ItemKind kind) const
    {
        int guard = 0;
        for (const TreeRow *r = row(id); r && guard < 16; r = row(r->parentId), ++guard) {
            if (r->kind == kind)
                return r;
        }
        return nullptr;
    }
    /// Ids of @p kind ordered by kind, then name (case-folded), then id.
    QVector<qint64> sorted(const QVector<ItemKind> &kinds) const
    {
        struct Key
        {
            int kind;
            QString name;
            qint64 id;
        };
        QVector<Key> keys;
        for (const TreeRow &r : rows) {
            if (kinds.contains(r.kind))
                keys.append({static_cast<int>(kinds.indexOf(r.kind)), nameKey(r.name), r.id});
        }
        std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.name != b.name)
                return a.name < b.name;
            return a.id < b.id;
        });
        QVector<qint64> ids;
        ids.reserve(keys.size());
        for (const Key &k : keys)
            ids.append(k.id);
        return ids;
    }
};

QString priorityKey(Priority p)
{
    return keys::priority(p);
}

} // namespace

Reports::Reports(Store &store)
    : m_store(store)
{}

QVector<ReportKind> Reports::all()
{
    return {ReportKind::Services, ReportKind::Hosts,       ReportKind::Providers,
            ReportKind::Contacts, ReportKind::Assignments, ReportKind::Links,
            ReportKind::Gaps,     ReportKind::Selection,   ReportKind::Impact};
}

QString Reports::key(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Services: return QStringLiteral("services");
    case ReportKind::Hosts: return QStringLiteral("hosts");
    case ReportKind::Providers: return QStringLiteral("providers");
    case ReportKind::Contacts: return QStringLiteral("contacts");
    case ReportKind::Assignments: return QStringLiteral("assignments");
    case ReportKind::Links: return QStringLiteral("links");
    case ReportKind::Gaps: return QStringLiteral("gaps");
    case ReportKind::Selection: return QStringLiteral("selection");
    case ReportKind::Impact: return QStringLiteral("impact");
    }
    return {};
}

bool Reports::fromKey(const QString &text, ReportKind *kind)
{
    for (ReportKind k : all()) {
        if (key(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString Reports::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Services: return tr("Services");
    case ReportKind::Hosts: return tr("Hosts");
    case ReportKind::Providers: return tr("Providers");
    case ReportKind::Contacts: return tr("Contacts");
    case ReportKind::Assignments: return tr("Assignments");
    case ReportKind::Links: return tr("Links");
    case ReportKind::Gaps: return tr("Gaps");
    case ReportKind::Selection: return tr("Contacts for the Selection");
    case ReportKind::Impact: return tr("Impact of the Selection");
    }
    return {};
}

QStringList Reports::header(ReportKind kind)
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result << QString::fromLatin1(name);
        return result;
    };
    switch (kind) {
    case ReportKind::Services:
        // The first ten are the columns `steward export services` always wrote; new
        // columns go at the end, so that files in the older columns still read.
        return list({"name", "url", "status", "provider", "host", "owners", "maintainers", "contacts", "served_through",
                     "description", "primary_contact", "escalation", "source_url", "notes", "hosts", "aliases",
                     "tags"});
    case ReportKind::Hosts:
        return list(
            {"provider", "name", "kind", "hostname", "status", "services", "description", "notes", "aliases", "tags"});
    case ReportKind::Providers:
        return list({"name", "kind", "full_name", "website", "location", "config_tool", "config_tool_url",
                     "config_repo", "status", "hosts", "services", "description", "notes", "aliases", "tags"});
    case ReportKind::Contacts:
        return list({"name", "kind", "team", "addresses", "members", "notes", "member_of", "owns", "maintains",
                     "other_roles", "tags"});
    case ReportKind::Assignments:
        return list({"item", "item_kind", "contact", "role", "priority", "note", "valid_from", "valid_until"});
    case ReportKind::Links: return list({"from", "from_kind", "type", "to", "to_kind", "note"});
    case ReportKind::Gaps: return list({"gap", "item", "item_kind", "detail"});
    case ReportKind::Selection: return list({"name", "kind", "addresses", "items", "reasons"});
    case ReportKind::Impact: return list({"item", "item_kind", "path", "contacts"});
    }
    return {};
}

// ---------------------------------------------------------------- cells

QString Reports::joinNames(const QStringList &names)
{
    return names.join(kListSeparator);
}

QStringList Reports::splitNames(const QString &cell)
{
    QStringList names;
    const QStringList parts = cell.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

QString Reports::formatAddresses(const QVector<Address> &addresses)
{
    QStringList lines;
    for (const Address &a : addresses) {
        QString line = keys::addressKind(a.kind) + QStringLiteral(": ") + a.value;
        if (!a.label.isEmpty())
            line += kLabelSeparator + a.label;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool Reports::parseAddresses(const QString &cell, QVector<Address> *addresses, QString *error)
{
    addresses->clear();
    const QStringList lines = cell.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString kindKey = colon < 0 ? QString() : line.left(colon).trimmed();
        Address address;
        if (colon < 0 || keys::addressKind(keys::addressKindFromKey(kindKey)) != kindKey) {
            *error = tr("\"%1\" is not an address; write one per line as \"email: name@example.org\" "
                        "(kinds: email, irc, matrix, slack, url, phone)")
                         .arg(line);
            return false;
        }
        address.kind = keys::addressKindFromKey(kindKey);
        QString rest = line.mid(colon + 1);
        if (rest.startsWith(QLatin1Char(' ')))
            rest.remove(0, 1);
        const qsizetype bar = rest.indexOf(kLabelSeparator);
        address.value = (bar < 0 ? rest : rest.left(bar)).trimmed();
        address.label = bar < 0 ? QString() : rest.mid(bar + kLabelSeparator.size());
        if (address.value.isEmpty()) {
            *error = tr("the %1 address in \"%2\" is empty").arg(kindKey, line);
            return false;
        }
        addresses->append(address);
    }
    return true;
}

QString Reports::formatMembers(const QVector<TeamMember> &members)
{
    QStringList lines;
    for (const TeamMember &m : members) {
        QString line = m.role + QStringLiteral(": ") + m.memberName;
        if (!m.note.isEmpty())
            line += kLabelSeparator + m.note;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool Reports::parseMembers(const QString &cell, QVector<TeamMember> *members, QString *error)
{
    members->clear();
    const QStringList lines = cell.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        TeamMember member;
        member.role = colon < 0 ? QString() : line.left(colon).trimmed();
        if (!keys::teamRoles().contains(member.role)) {
            *error = tr("\"%1\" is not a member; write one per line as \"lead: name\" or \"member: name\"").arg(line);
            return false;
        }
        const QString rest = line.mid(colon + 2);
        const qsizetype bar = rest.indexOf(kLabelSeparator);
        member.memberName = (bar < 0 ? rest : rest.left(bar)).trimmed();
        member.note = bar < 0 ? QString() : rest.mid(bar + kLabelSeparator.size());
        if (member.memberName.isEmpty()) {
            *error = tr("the member in \"%1\" has no name").arg(line);
            return false;
        }
        members->append(member);
    }
    return true;
}

// ---------------------------------------------------------------- running

bool Reports::fail(const QString &message)
{
    m_error = message;
    return false;
}

QDate Reports::day() const
{
    return m_today.isValid() ? m_today : m_store.today();
}

bool Reports::proceed()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_canceled = true;
        return fail(tr("Canceled."));
    }
    return true;
}

bool Reports::rowDone(bool taken)
{
    if (!taken) {
        m_stopped = true;
        return false;
    }
    ++m_done;
    if (m_progress && (m_done & 1023) == 0) {
        m_progress(m_done, std::max(m_done, m_total));
    }
    return true;
}

bool Reports::emitRow(const RowSink &sink, const QStringList &row)
{
    return proceed() && rowDone(sink(row));
}

void Reports::start()
{
    m_error.clear();
    m_canceled = false;
    m_stopped = false;
    m_done = 0;
    m_total = 0;
    m_damageBefore = Database::damageReports();
}

bool Reports::finish(bool ok)
{
    // A read that met a damaged page may only have stopped early: a short report is a
    // wrong one, so it fails with the damage, whatever the rows said.
    Database &db = m_store.database();
    if (!db.isServer() && Database::damageReports() != m_damageBefore) {
        if (!db.isDamaged())
            db.markDamaged(!ok && !m_error.isEmpty() ? m_error : tr("SQLite met a damaged page while reading"));
        m_error = db.damageMessage();
        return false;
    }
    if (!ok)
        db.noteDamage(&m_error);
    if (ok && m_progress)
        m_progress(m_done, m_done);
    if (!ok && m_stopped && m_error.isEmpty())
        m_error = tr("Stopped.");
    return ok;
}

bool Reports::run(ReportKind kind, const RowSink &sink)
{
    start();
    bool ok = false;
    switch (kind) {
    case ReportKind::Services:
        ok = services([&](const QByteArrayView *cells, qsizetype count) {
            QStringList row;
            row.reserve(count);
            for (qsizetype i = 0; i < count; ++i)
                row << QString::fromUtf8(cells[i]);
            return emitRow(sink, row);
        });
        break;
    case ReportKind::Hosts: ok = hosts(sink); break;
    case ReportKind::Providers: ok = providers(sink); break;
    case ReportKind::Contacts: ok = contacts(sink); break;
    case ReportKind::Assignments: ok = assignments(sink); break;
    case ReportKind::Links: ok = links(sink); break;
    case ReportKind::Gaps: ok = gaps(sink); break;
    case ReportKind::Selection: ok = selection(sink); break;
    case ReportKind::Impact: ok = impact(sink); break;
    }
    return finish(ok);
}

bool Reports::rows(ReportKind kind, QVector<QStringList> *rows)
{
    rows->clear();
    return run(kind, [rows](const QStringList &row) {
        rows->append(row);
        return true;
    });
}

bool Reports::writeCsv(ReportKind kind, QIODevice *device, const CsvOptions &options)
{
    // A gap's detail, a contact's reasons: in the file, always as written, whatever the locale.
    const SourceTextScope english;
    CsvWriter csv(device, options);
    // Large writes: a device write per row cost more than making the row.
    csv.setBufferSize(256 * 1024);
    if (!csv.writeRow(header(kind)))
        return fail(csv.errorString());
    QString writeError;
    const auto written = [&](bool ok) {
        if (!ok)
            writeError = csv.errorString();
        return ok;
    };
    bool ok = false;
    if (kind == ReportKind::Services) {
        // The cells go from SQLite to the file as UTF-8, never as QString, each row
        // written as it is read.
        start();
        ok = finish(services([&](const QByteArrayView *cells, qsizetype count) {
            return proceed() && rowDone(written(csv.writeRow(cells, count)));
        }));
    } else {
        ok = run(kind, [&](const QStringList &row) { return written(csv.writeRow(row)); });
    }
    if (ok && !written(csv.flush()))
        ok = false;
    if (!ok && !writeError.isEmpty())
        m_error = writeError;
    return ok;
}

bool Reports::saveFile(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // QSaveFile would put a regular file in the place of a device node.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly))
            return failed(device.errorString());
        QString why;
        if (!write(&device, &why))
            return failed(why);
        if (!device.flush() || device.error() != QFileDevice::NoError)
            return failed(device.errorString());
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QString why;
    if (!write(&file, &why)) {
        file.cancelWriting();
        return failed(why);
    }
    // Qt 6.4 reports a short write (a full disk, a file size limit) as success when
    // part of a block was written: compare what reached the file with what was written.
    errno = 0;
    const bool flushed = file.flush();
    const int flushError = errno;
    if (!flushed || file.size() != file.pos()) {
        // The system's reason ("No space left on device"), not Qt's "Unknown error" (in any language).
        const QString system = flushError != 0 ? QString::fromLocal8Bit(std::strerror(flushError)) : QString();
        const QString reason =
            file.size() != file.pos()
                ? (system.isEmpty()
                       ? tr("only %1 of %2 bytes could be written (is the disk full?)").arg(file.size()).arg(file.pos())
                       : tr("%1 (only %2 of %3 bytes were written)").arg(system).arg(file.size()).arg(file.pos()))
            : !system.isEmpty() && isQtUnknownError(file.errorString()) ? system
                                                                        : file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

bool Reports::saveCsv(ReportKind kind, const QString &path, const CsvOptions &options)
{
    QString error;
    const bool ok = saveFile(
        path,
        [&](QIODevice *device, QString *why) {
            if (writeCsv(kind, device, options))
                return true;
            *why = m_error;
            return false;
        },
        &error);
    if (!ok && !m_canceled)
        m_error = error;
    return ok;
}

// ---------------------------------------------------------------- the reports

bool Reports::services(const CellSink &sink)
{
    // The store reads every service with its own assignments, and gives the
    // organisation, providers and hosts (for the inherited contacts) first; each row
    // is written as it is visited. Cells are UTF-8 from end to end.
    QString error;
    // The total only feeds progress (a count is a scan of the items).
    m_total = 0;
    if (m_progress) {
        const auto total = m_store.countItems(ItemKind::Service, &error);
        if (!total)
            return fail(error);
        m_total = *total;
    }
    ContactResolver resolver(m_store);
    const QDate today = day();
    resolver.setToday(today);
    // Contact names in UTF-8 by id: in a vector when the ids are dense (they are
    // looked up 300k times at 100k services), else in a hash.
    const auto names = m_store.contactNames(&error);
    if (!names)
        return fail(error);
    const QHash<qint64, QString> &contactNames = *names;
    // The contacts of one priority and role by name, in the columns as in the lists.
    resolver.setContactNames(contactNames);
    const ContactOrder &order = resolver.order();
    qint64 maxId = 0;
    for (auto it = contactNames.cbegin(); it != contactNames.cend(); ++it)
        maxId = std::max(maxId, it.key());
    const bool dense = maxId <= 4 * contactNames.size() + 1024;
    QVector<QByteArray> byIndex(dense ? maxId + 1 : 0);
    QHash<qint64, QByteArray> byHash;
    for (auto it = contactNames.cbegin(); it != contactNames.cend(); ++it) {
        QByteArray name;
        utf8::append(&name, it.value());
        if (dense)
            byIndex[it.key()] = name;
        else
            byHash.insert(it.key(), name);
    }
    const QByteArray unknown;
    const auto nameOf = [&](qint64 contactId) -> const QByteArray & {
        if (dense)
            return contactId >= 0 && contactId < byIndex.size() ? byIndex.at(contactId) : unknown;
        const auto it = byHash.constFind(contactId);
        return it == byHash.constEnd() ? unknown : *it;
    };
    /// Names joined as joinNames() joins them (a std::string: QByteArray's append
    /// costs several times the copy of a short name, 300k times at 100k services).
    struct NameList
    {
        std::string text;
        void clear() { text.clear(); } // keeps its room
        void add(QByteArrayView name)
        {
            if (!text.empty())
                text.append("; ", 2);
            text.append(name.data(), name.size());
        }
        QByteArrayView view() const { return QByteArrayView(text.data(), static_cast<qsizetype>(text.size())); }
    };
    struct Lists
    {
        NameList owners, maintainers, others, escalation;
        std::vector<const Assignment *> own; // the service's listed today, in order
    } l;
    const bool ok = m_store.forEachService(
        [&](const ServiceRow &service) {
            l.owners.clear();
            l.maintainers.clear();
            l.others.clear();
            l.escalation.clear();
            l.own.clear();
            for (const Assignment &a : service.assignments) {
                if (a.listedOn(today))
                    l.own.push_back(&a);
            }
            // Stable insertion sort: a service has a few (std::stable_sort allocates).
            for (size_t i = 1; i < l.own.size(); ++i) {
                for (size_t j = i; j > 0 && order.before(*l.own[j], *l.own[j - 1]); --j)
                    std::swap(l.own[j], l.own[j - 1]);
            }
            for (const Assignment *listed : l.own) {
                const Assignment &a = *listed;
                NameList &list = a.role == QLatin1String("owner")        ? l.owners
                                 : a.role == QLatin1String("maintainer") ? l.maintainers
                                                                         : l.others;
                list.add(nameOf(a.contactId));
            }
            // Its contact list, as resolve() gives it: only the first and the escalations.
            QByteArrayView primary;
            bool first = true;
            const auto visit = [&](const Assignment &a) {
                if (first)
                    primary = nameOf(a.contactId);
                first = false;
                if (a.role == QLatin1String("escalation"))
                    l.escalation.add(nameOf(a.contactId));
                return true;
            };
            if (service.alsoOn.isEmpty())
                resolver.visitRemembered(service.parentId, service.assignments, visit);
            else
                resolver.visitOnHosts(service.id, service.parentId, service.alsoOn, service.assignments, visit);
            const QByteArrayView cells[] = {
                service.name,    service.url,          service.status,    service.provider,      service.host,
                l.owners.view(), l.maintainers.view(), l.others.view(),   service.servedThrough, service.description,
                primary,         l.escalation.view(),  service.sourceUrl, service.notes,         service.hosts,
                service.aliases, service.tags};
            static_assert(std::size(cells) == 17, "the columns of header(ReportKind::Services)");
            return sink(cells, std::size(cells));
        },
        &error,
        [&resolver](const QVector<TreeRow> &items, const QVector<Assignment> &assignments) {
            resolver.preload(items, assignments);
            // Every list made now: the rows then only read them.
            resolver.rememberAll();
        });
    if (!ok && !m_canceled && !m_stopped)
        return fail(error);
    return ok;
}

bool Reports::hosts(const RowSink &sink)
{
    // The hosts and their providers, and each host's services read when its row is
    // written: the memory is the hosts', whatever the number of services.
    QString error;
    auto hostsOfKind = m_store.itemsOfKind(ItemKind::Host, &error);
    if (!hostsOfKind)
        return fail(error);
    QVector<Item> hosts = std::move(*hostsOfKind);
    m_total = hosts.size();
    const auto providers = m_store.itemsOfKind(ItemKind::Provider, &error);
    if (!providers)
        return fail(error);
    QHash<qint64, const Item *> providerOf;
    for (const Item &p : *providers)
        providerOf.insert(p.id, &p);
    // By the name of what the host is under (a provider, or the organisation); within
    // one, by name as the query gave them.
    QHash<qint64, QString> parentKey;
    for (const Item &h : std::as_const(hosts)) {
        if (parentKey.contains(h.parentId))
            continue;
        const Item *provider = providerOf.value(h.parentId);
        QString name = provider ? provider->name : QString();
        if (!provider) {
            const auto parent = m_store.item(h.parentId, &error);
            if (!parent && !error.isEmpty())
                return fail(error);
            name = parent ? parent->name : QString();
            error.clear();
        }
        parentKey.insert(h.parentId, name.isNull() ? QString() : nameKey(name));
    }
    std::stable_sort(hosts.begin(), hosts.end(), [&](const Item &a, const Item &b) {
        return parentKey.value(a.parentId) < parentKey.value(b.parentId);
    });
    const auto aliases = m_store.aliasesOfKind(ItemKind::Host, &error);
    const auto tags = aliases ? m_store.tagsOfKind(ItemKind::Host, &error) : std::nullopt;
    if (!tags)
        return fail(error);
    for (const Item &h : std::as_const(hosts)) {
        if (!proceed())
            return false;
        auto on = m_store.servicesOnHost(h.id, &error);
        if (!on)
            return fail(error);
        struct Named
        {
            QString key;
            qint64 id;
            QString name;
        };
        QVector<Named> named;
        named.reserve(on->size());
        for (const auto &[id, name] : std::as_const(*on))
            named.append({nameKey(name), id, name});
        std::sort(named.begin(), named.end(),
                  [](const Named &a, const Named &b) { return a.key != b.key ? a.key < b.key : a.id < b.id; });
        QStringList names;
        for (const Named &n : std::as_const(named))
            names << n.name;
        // A host whose provider nobody recorded is under the organisation: no provider.
        const Item *provider = providerOf.value(h.parentId);
        const QStringList row = {provider ? provider->name : QString(),
                                 h.name,
                                 keys::hostKind(h.hostKind),
                                 h.hostname,
                                 h.status,
                                 joinNames(names),
                                 h.description,
                                 h.notes,
                                 joinNames(aliases->value(h.id)),
                                 joinNames(tags->value(h.id))};
        if (!emitRow(sink, row))
            return false;
    }
    return true;
}

bool Reports::providers(const RowSink &sink)
{
    // Counted by SQL, not from a copy of the tree: the memory is the providers' and
    // hosts', whatever the number of services.
    QString error;
    const auto providersOfKind = m_store.itemsOfKind(ItemKind::Provider, &error);
    if (!providersOfKind)
        return fail(error);
    const QVector<Item> &providers = *providersOfKind;
    m_total = providers.size();
    const auto aliases = m_store.aliasesOfKind(ItemKind::Provider, &error);
    const auto tags = aliases ? m_store.tagsOfKind(ItemKind::Provider, &error) : std::nullopt;
    const auto under = tags ? m_store.childCounts(&error) : std::nullopt;
    const auto hosts = under ? m_store.itemsOfKind(ItemKind::Host, &error) : std::nullopt;
    if (!hosts)
        return fail(error);
    // A provider's hosts are directly under it (a host is under a provider or the
    // organisation); its services are under it or under one of its hosts.
    QHash<qint64, int> hostCount, serviceCount;
    for (auto it = under->cbegin(); it != under->cend(); ++it) {
        hostCount[it.key()] += it->hosts;
        serviceCount[it.key()] += it->services;
    }
    for (const Item &h : *hosts)
        serviceCount[h.parentId] += under->value(h.id).services;
    for (const Item &p : providers) {
        const QStringList row = {p.name,
                                 keys::providerKind(p.providerKind),
                                 p.fullName,
                                 p.website,
                                 p.location,
                                 p.configTool,
                                 p.configToolUrl,
                                 p.configRepo,
                                 p.status,
                                 QString::number(hostCount.value(p.id)),
                                 QString::number(serviceCount.value(p.id)),
                                 p.description,
                                 p.notes,
                                 joinNames(aliases->value(p.id)),
                                 joinNames(tags->value(p.id))};
        if (!emitRow(sink, row))
            return false;
    }
    return true;
}

bool Reports::contacts(const RowSink &sink)
{
    QString error;
    Tree tree;
    if (!tree.load(m_store, &error))
        return fail(error);
    const auto allContacts = m_store.contacts(&error);
    if (!allContacts)
        return fail(error);
    const QVector<Contact> &contacts = *allContacts;
    m_total = contacts.size();
    const auto tags = m_store.tagsByContact(&error);
    if (!tags)
        return fail(error);
    QHash<qint64, const Contact *> byId;
    for (const Contact &c : contacts)
        byId.insert(c.id, &c);
    QHash<qint64, QVector<TeamMember>> members;
    QHash<qint64, QStringList> memberOf;
    for (const Contact &c : contacts) {
        if (c.kind != ContactKind::Team)
            continue;
        const auto list = m_store.teamMembers(c.id, &error);
        if (!list)
            return fail(error);
        members.insert(c.id, *list);
        for (const TeamMember &m : *list)
            memberOf[m.memberId] << c.name;
    }
    // What each one is assigned to, in the order of the items (by kind, then name).
    QHash<qint64, qsizetype> itemOrder;
    const QVector<qint64> ordered =
        tree.sorted({ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service});
    for (qsizetype i = 0; i < ordered.size(); ++i)
        itemOrder.insert(ordered.at(i), i);
    QVector<Assignment> all;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const auto ofKind = m_store.assignmentsOfKind(kind, &error);
        if (!ofKind)
            return fail(error);
        all += *ofKind;
    }
    std::stable_sort(all.begin(), all.end(), [&](const Assignment &a, const Assignment &b) {
        return itemOrder.value(a.itemId) < itemOrder.value(b.itemId);
    });
    QHash<qint64, QStringList> owns, maintains, other;
    for (const Assignment &a : std::as_const(all)) {
        if (a.priority == Priority::Inactive)
            continue;
        const TreeRow *item = tree.row(a.itemId);
        const QString name = item ? item->name : QString();
        if (a.role == QLatin1String("owner"))
            owns[a.contactId] << name;
        else if (a.role == QLatin1String("maintainer"))
            maintains[a.contactId] << name;
        else
            other[a.contactId] << a.role + QStringLiteral(": ") + name;
    }
    for (const Contact &c : contacts) {
        const Contact *team = c.teamId > 0 ? byId.value(c.teamId, nullptr) : nullptr;
        const QStringList row = {c.name,
                                 keys::contactKind(c.kind),
                                 team ? team->name : QString(),
                                 formatAddresses(c.addresses),
                                 formatMembers(members.value(c.id)),
                                 c.notes,
                                 joinNames(memberOf.value(c.id)),
                                 joinNames(owns.value(c.id)),
                                 joinNames(maintains.value(c.id)),
                                 joinNames(other.value(c.id)),
                                 joinNames(tags->value(c.id))};
        if (!emitRow(sink, row))
            return false;
    }
    return true;
}

bool Reports::assignments(const RowSink &sink)
{
    // Streamed by the store, item after item in name order: nothing held but the
    // contacts' names.
    QString error;
    const auto names = m_store.contactNames(&error);
    if (!names)
        return fail(error);
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const QString kindKey = keys::itemKind(kind);
        const bool ok = m_store.forEachAssignmentOfKind(
            kind,
            [&](const QString &item, const Assignment &a) {
                return emitRow(sink, {item, kindKey, names->value(a.contactId), a.role, priorityKey(a.priority), a.note,
                                      a.validFrom.toString(Qt::ISODate), a.validUntil.toString(Qt::ISODate)});
            },
            &error);
        if (!ok)
            return m_canceled || m_stopped ? false : fail(error);
    }
    return true;
}

bool Reports::links(const RowSink &sink)
{
    QString error;
    Tree tree;
    if (!tree.load(m_store, &error))
        return fail(error);
    const auto all = m_store.allLinks(&error);
    if (!all)
        return fail(error);
    m_total = all->size();
    // By the from item's name (case-folded), its kind, the type, the to item's name;
    // then the to item's kind and the ids, so that the same links give the same bytes.
    struct Row
    {
        const Link *link;
        const TreeRow *from;
        const TreeRow *to;
        QString fromKey;
        QString toKey;
    };
    QVector<Row> rows;
    rows.reserve(all->size());
    for (const Link &link : *all) {
        const TreeRow *from = tree.row(link.fromItem);
        const TreeRow *to = tree.row(link.toItem);
        if (from && to)
            rows.append({&link, from, to, nameKey(from->name), nameKey(to->name)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.fromKey != b.fromKey)
            return a.fromKey < b.fromKey;
        if (a.from->kind != b.from->kind)
            return a.from->kind < b.from->kind;
        if (a.from->id != b.from->id)
            return a.from->id < b.from->id;
        if (a.link->type != b.link->type)
            return a.link->type < b.link->type;
        if (a.toKey != b.toKey)
            return a.toKey < b.toKey;
        if (a.to->kind != b.to->kind)
            return a.to->kind < b.to->kind;
        return a.link->id < b.link->id;
    });
    for (const Row &r : std::as_const(rows)) {
        const QStringList row = {r.from->name, keys::itemKind(r.from->kind), r.link->type,
                                 r.to->name,   keys::itemKind(r.to->kind),   r.link->note};
        if (!emitRow(sink, row))
            return false;
    }
    return true;
}

bool Reports::gaps(const RowSink &sink)
{
    QString error;
    Tree tree;
    if (!tree.load(m_store, &error))
        return fail(error);
    const QDate today = day();
    ContactResolver resolver(m_store);
    resolver.setToday(today);
    if (!resolver.preload(&error))
        return fail(error);
    QHash<qint64, QVector<Assignment>> own; // every assignment, inactive ones too
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const auto list = m_store.assignmentsOfKind(kind, &error);
        if (!list)
            return fail(error);
        for (const Assignment &a : *list)
            own[a.itemId].append(a);
    }
    const auto contactName = [&resolver](qint64 id) {
        const Contact *c = resolver.preloadedContact(id);
        return c ? c->name : QString();
    };
    const QVector<qint64> items = tree.sorted({ItemKind::Provider, ItemKind::Host, ItemKind::Service});
    m_total = items.size();
    const auto emitGap = [&](const char *gap, const TreeRow *item, const QString &detail) {
        return emitRow(sink, {QString::fromLatin1(gap), item->name, keys::itemKind(item->kind), detail});
    };

    // Nobody to contact but the escalation contacts (or nobody at all).
    for (qint64 id : items) {
        const QVector<Assignment> ordered = resolver.orderedAssignments(id);
        QStringList names;
        bool onlyEscalation = true;
        for (const Assignment &a : ordered) {
            if (a.role != QLatin1String("escalation"))
                onlyEscalation = false;
            names << contactName(a.contactId);
        }
        if (!onlyEscalation)
            continue;
        const QString detail = names.isEmpty() ? tr("nobody to contact at all")
                                               : tr("only the escalation contacts: %1").arg(joinNames(names));
        if (!emitGap("escalation-only", tree.row(id), detail))
            return false;
    }
    // A team's members, read once per team asked about.
    QHash<qint64, QVector<TeamMember>> teamMembers;
    const auto membersOf = [&](qint64 teamId) -> const QVector<TeamMember> * {
        auto known = teamMembers.constFind(teamId);
        if (known == teamMembers.constEnd()) {
            auto read = m_store.teamMembers(teamId, &error);
            if (!read)
                return nullptr;
            known = teamMembers.insert(teamId, std::move(*read));
        }
        return &*known;
    };
    // Who owns each service of its own today, counting people: a team with two members or
    // more is not a single point; a team of one is its member; a team of none is nobody.
    struct Owners
    {
        QVector<qint64> people; ///< distinct, in the order met
        bool shared = false;    ///< a team of two or more
        QString throughTeam;    ///< the team the only person owns it through, if it is so
        QStringList emptyTeams; ///< owner teams with no members
    };
    const auto ownersOf = [&](qint64 id, Owners *owners) {
        // Held here: the pointers below point into it.
        const QVector<Assignment> ofItem = own.value(id);
        QVector<const Assignment *> listed;
        for (const Assignment &a : ofItem) {
            if (a.role == QLatin1String("owner") && a.listedOn(today))
                listed.append(&a);
        }
        std::stable_sort(listed.begin(), listed.end(), [&resolver](const Assignment *a, const Assignment *b) {
            return resolver.order().before(*a, *b);
        });
        bool direct = false;
        for (const Assignment *a : std::as_const(listed)) {
            const Contact *c = resolver.preloadedContact(a->contactId);
            if (!c || c->kind != ContactKind::Team) {
                direct = true;
                if (!owners->people.contains(a->contactId))
                    owners->people.append(a->contactId);
                continue;
            }
            const QVector<TeamMember> *members = membersOf(c->id);
            if (!members)
                return false;
            if (members->size() >= 2) {
                owners->shared = true;
            } else if (members->size() == 1) {
                if (!owners->people.contains(members->first().memberId))
                    owners->people.append(members->first().memberId);
                if (owners->throughTeam.isEmpty())
                    owners->throughTeam = c->name;
            } else {
                owners->emptyTeams << c->name;
            }
        }
        if (direct)
            owners->throughTeam.clear();
        return true;
    };
    // Bus factor 1: services with one person to own them (see ownersOf).
    QHash<qint64, Owners> ownersById;
    for (qint64 id : items) {
        const TreeRow *item = tree.row(id);
        if (item->kind != ItemKind::Service)
            continue;
        Owners owners;
        if (!ownersOf(id, &owners))
            return fail(error);
        if (!owners.shared && owners.people.size() == 1) {
            const QString who = contactName(owners.people.first());
            const QString detail =
                owners.throughTeam.isEmpty()
                    ? tr("%1 is its only owner").arg(who)
                    : tr("%1 is its only owner, as the only member of %2").arg(who, owners.throughTeam);
            if (!emitGap("single-owner", item, detail))
                return false;
        }
        ownersById.insert(id, owners);
    }
    // Assignments that are all inactive.
    for (qint64 id : items) {
        const QVector<Assignment> list = own.value(id);
        if (list.isEmpty())
            continue;
        QStringList names;
        bool allInactive = true;
        for (const Assignment &a : list) {
            allInactive = allInactive && a.priority == Priority::Inactive;
            names << QStringLiteral("%1 (%2)").arg(contactName(a.contactId), a.role);
        }
        if (allInactive &&
            !emitGap("inactive-only", tree.row(id), tr("every assignment is inactive: %1").arg(joinNames(names))))
            return false;
    }
    // Whom Who to Contact lists first about an item, as "name (reason)".
    const auto firstLines = [&](const QVector<ResolvedContact> &lines) {
        QStringList names;
        for (const ResolvedContact &r : lines)
            names << tr("%1 (%2)").arg(r.contact.name, r.reason);
        return names.isEmpty() ? tr("nobody to contact at all") : joinNames(names);
    };
    // No owner of its own: services whose own listed owners are none (or teams with no
    // members), whoever else is listed for them.
    for (qint64 id : items) {
        const TreeRow *item = tree.row(id);
        if (item->kind != ItemKind::Service)
            continue;
        const Owners owners = ownersById.value(id);
        if (owners.shared || !owners.people.isEmpty())
            continue;
        const auto first = resolver.firstToCall(id, &error);
        if (!first)
            return fail(error);
        const QString detail = owners.emptyTeams.isEmpty()
                                   ? tr("no owner of its own; first to call: %1").arg(firstLines(*first))
                                   : tr("its owner %1 has no members; first to call: %2")
                                         .arg(joinNames(owners.emptyTeams), firstLines(*first));
        if (!emitGap("no-owner", item, detail))
            return false;
    }
    // Cover ending: assignments listed today whose last day is within 14 days, and who is
    // listed first the day after.
    {
        struct Ending
        {
            qint64 itemId;
            Assignment assignment;
            QString after;
        };
        QVector<Ending> ending;
        const QVector<qint64> everything =
            tree.sorted({ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service});
        for (qint64 id : everything) {
            for (const Assignment &a : own.value(id)) {
                if (a.validUntil.isValid() && a.listedOn(today) && a.validUntil <= today.addDays(14))
                    ending.append({id, a, {}});
            }
        }
        // The answers of each day after, one day at a time; then today again.
        QVector<qsizetype> byDay(ending.size());
        std::iota(byDay.begin(), byDay.end(), 0);
        std::stable_sort(byDay.begin(), byDay.end(), [&ending](qsizetype a, qsizetype b) {
            return ending.at(a).assignment.validUntil < ending.at(b).assignment.validUntil;
        });
        for (qsizetype i : std::as_const(byDay)) {
            Ending &e = ending[i];
            const QDate after = e.assignment.validUntil.addDays(1);
            if (resolver.today() != after)
                resolver.setToday(after);
            const auto first = resolver.firstToCall(e.itemId, &error);
            if (!first)
                return fail(error);
            e.after = firstLines(*first);
        }
        resolver.setToday(today);
        for (const Ending &e : std::as_const(ending)) {
            const Assignment &a = e.assignment;
            if (!emitGap(
                    "cover-ending", tree.row(e.itemId),
                    tr("%1 (%2) covers until %3; then: %4")
                        .arg(contactName(a.contactId), keys::roleLabel(a.role), keys::dayLabel(a.validUntil), e.after)))
                return false;
        }
    }
    // Contacts nobody can reach (no address at all; a team or list only through its own
    // addresses, not its members' nor its lists'), each followed by the items whose
    // first to call include it.
    {
        QVector<const Contact *> unreachable;
        for (const Contact &c : resolver.preloadedContacts()) {
            if (c.addresses.isEmpty())
                unreachable.append(&c);
        }
        std::sort(unreachable.begin(), unreachable.end(), [](const Contact *a, const Contact *b) {
            const QString ka = nameKey(a->name), kb = nameKey(b->name);
            return ka != kb ? ka < kb : a->id < b->id;
        });
        QHash<qint64, QVector<qint64>> reliedOn; // contact -> items, in item order
        if (!unreachable.isEmpty()) {
            QSet<qint64> wanted;
            for (const Contact *c : std::as_const(unreachable))
                wanted.insert(c->id);
            const QVector<qint64> everything =
                tree.sorted({ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service});
            for (qint64 id : everything) {
                if (!proceed())
                    return false;
                for (qint64 contactId : resolver.firstToCallIds(id)) {
                    if (wanted.contains(contactId))
                        reliedOn[contactId].append(id);
                }
            }
        }
        // The lists and channels of each team that have an address, by name: not the team's.
        QHash<qint64, QStringList> teamLists;
        for (const Contact &c : resolver.preloadedContacts()) {
            if (c.teamId > 0 && !c.addresses.isEmpty())
                teamLists[c.teamId] << c.name;
        }
        for (const Contact *c : std::as_const(unreachable)) {
            const QVector<qint64> items = reliedOn.value(c->id);
            QString detail = items.isEmpty() ? tr("no address at all; not the first to call about anything")
                             : items.size() == 1
                                 ? tr("no address at all; first to call about 1 item")
                                 : tr("no address at all; first to call about %1 items").arg(items.size());
            if (c->kind == ContactKind::Team) {
                const QVector<TeamMember> *members = membersOf(c->id);
                if (!members)
                    return fail(error);
                int reachable = 0;
                for (const TeamMember &m : *members) {
                    const Contact *member = resolver.preloadedContact(m.memberId);
                    reachable += member && !member->addresses.isEmpty() ? 1 : 0;
                }
                // What would reach someone, and does not count as reaching the team.
                QStringList others;
                QStringList lists = teamLists.value(c->id);
                if (!lists.isEmpty()) {
                    std::sort(lists.begin(), lists.end(),
                              [](const QString &a, const QString &b) { return nameKey(a) < nameKey(b); });
                    others << tr("its lists and channels with one: %1").arg(lists.join(QStringLiteral(", ")));
                }
                if (reachable > 0)
                    others << tr("%1 of its %2 members have one").arg(reachable).arg(members->size());
                if (!others.isEmpty())
                    detail += tr(" (a team is reached through its own addresses only; %1)")
                                  .arg(others.join(QStringLiteral("; ")));
            }
            if (!emitRow(sink, {QStringLiteral("unreachable-contact"), c->name, QStringLiteral("contact"), detail}))
                return false;
            for (qint64 id : items) {
                if (!emitGap("unreachable-contact", tree.row(id),
                             tr("first to call is %1, who has no address").arg(c->name)))
                    return false;
            }
        }
    }
    // Services on hosts that are unreachable or to be moved.
    for (const char *status : {"unreachable", "needs-move"}) {
        const QString wanted = QString::fromLatin1(status);
        for (qint64 id : items) {
            const TreeRow *item = tree.row(id);
            if (item->kind != ItemKind::Service)
                continue;
            const TreeRow *host = tree.above(item->parentId, ItemKind::Host);
            if (!host || host->status != wanted)
                continue;
            const QString gap = QStringLiteral("host-") + wanted;
            const QString detail = tr("runs on %1 (%2)").arg(host->name, keys::statusLabel(host->status));
            if (!emitRow(sink, {gap, item->name, keys::itemKind(item->kind), detail}))
                return false;
        }
    }
    // The graph: placement, dependencies, cycles.
    Impact graph;
    if (!graph.load(m_store, &error))
        return fail(error);
    const auto defs = m_store.statusDefs(&error);
    if (!defs)
        return fail(error);
    QHash<QString, StatusCategory> categories;
    for (const StatusDef &def : *defs)
        categories.insert(def.name, def.category);
    const auto categoryOf = [&categories](const QString &status) {
        const auto it = categories.constFind(status);
        return it == categories.constEnd() ? keys::builtinStatusCategory(status) : *it;
    };

    // Services that run nowhere: directly in the organisation.
    for (qint64 id : items) {
        const TreeRow *item = tree.row(id);
        const TreeRow *parent = tree.row(item->parentId);
        if (item->kind == ItemKind::Service && parent && parent->kind == ItemKind::Organisation &&
            !emitGap("no-placement", item, tr("runs on no host or provider")))
            return false;
    }
    // What depends on something down or retired (placement or a link that carries failure).
    QHash<qint64, QVector<Impact::Dependency>> byDependent;
    for (const Impact::Dependency &d : graph.dependencies())
        byDependent[d.dependent].append(d);
    for (const char *gap : {"dependency-down", "dependency-retired"}) {
        const StatusCategory wanted =
            qstrcmp(gap, "dependency-down") == 0 ? StatusCategory::Down : StatusCategory::Retired;
        for (qint64 id : items) {
            const TreeRow *item = tree.row(id);
            for (const Impact::Dependency &d : byDependent.value(id)) {
                const TreeRow *on = tree.row(d.on);
                if (!on || categoryOf(on->status) != wanted)
                    continue;
                // A service on its unreachable host is host-unreachable already.
                if (d.placement && d.on == item->parentId && on->kind == ItemKind::Host &&
                    on->status == QLatin1String("unreachable"))
                    continue;
                if (!emitGap(gap, item, tr("%1 %2 (%3)").arg(d.relation, on->name, keys::statusLabel(on->status))))
                    return false;
            }
        }
    }
    // Dependency cycles: reported, never refused.
    for (const ImpactCycle &cycle : graph.cycles()) {
        if (!emitGap("dependency-cycle", tree.row(cycle.items.first()), cycle.text))
            return false;
    }
    // Links that carry no failure (configured by, backed up to) to something retired.
    QHash<qint64, qsizetype> order;
    for (qsizetype i = 0; i < items.size(); ++i)
        order.insert(items.at(i), i);
    QVector<Link> quiet = graph.quietLinks();
    std::stable_sort(quiet.begin(), quiet.end(), [&order](const Link &a, const Link &b) {
        return order.value(a.fromItem) < order.value(b.fromItem);
    });
    for (const Link &link : std::as_const(quiet)) {
        const TreeRow *from = tree.row(link.fromItem), *to = tree.row(link.toItem);
        if (!from || !to || categoryOf(to->status) != StatusCategory::Retired)
            continue;
        if (!emitGap("link-to-retired", from,
                     tr("%1 %2 (%3)").arg(graph.linkTypeLabel(link.type), to->name, keys::statusLabel(to->status))))
            return false;
    }
    // Ownership nobody has confirmed for longer than its role's review interval (or ever),
    // oldest first, as `steward review --due` lists it.
    const auto overdue = Reviews::list(m_store, true, &error);
    if (!overdue)
        return fail(error);
    for (const ReviewEntry &entry : *overdue) {
        if (!emitRow(sink, {QStringLiteral("review-overdue"), entry.row.itemName, keys::itemKind(entry.row.itemKind),
                            Reviews::describe(entry)}))
            return false;
    }
    return true;
}

bool Reports::selection(const RowSink &sink)
{
    QString error;
    ContactResolver resolver(m_store);
    // One look-up per item is quicker for a few items; reading everything once for many.
    if (m_selection.size() > 200 && !resolver.preload(&error))
        return fail(error);
    struct Entry
    {
        Contact contact;
        QStringList items;
        QStringList reasons;
    };
    QVector<Entry> entries;
    QHash<qint64, qsizetype> index;
    for (qint64 itemId : std::as_const(m_selection)) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_canceled = true;
            return fail(tr("Canceled."));
        }
        const auto resolved = resolver.resolve(itemId, &error);
        if (!resolved)
            return fail(error);
        const auto item = m_store.item(itemId, &error);
        if (!item)
            return fail(error);
        for (const ResolvedContact &r : *resolved) {
            auto it = index.constFind(r.contact.id);
            if (it == index.constEnd()) {
                it = index.insert(r.contact.id, entries.size());
                entries.append({r.contact, {}, {}});
            }
            Entry &entry = entries[*it];
            if (!entry.items.contains(item->name))
                entry.items << item->name;
            if (!entry.reasons.contains(r.reason))
                entry.reasons << r.reason;
        }
    }
    m_total = entries.size();
    for (const Entry &e : std::as_const(entries)) {
        QStringList addresses;
        for (const Address &a : e.contact.addresses)
            addresses << (a.kind == AddressKind::Email ? QStringLiteral("mailto:") + a.value : a.value);
        if (!emitRow(sink, {e.contact.name, keys::contactKind(e.contact.kind), joinNames(addresses), joinNames(e.items),
                            joinNames(e.reasons)}))
            return false;
    }
    return true;
}

bool Reports::impact(const RowSink &sink)
{
    QString error;
    Impact analysis;
    // Only what the selection's failure reaches is read (all of it when that is much).
    if (!analysis.loadAround(m_store, m_selection, &error))
        return fail(error);
    ImpactResult result = analysis.of(m_selection);
    if (!analysis.addContacts(m_store, &result, &error, day()))
        return fail(error);
    m_total = result.affected.size();
    for (const ImpactedItem &item : std::as_const(result.affected)) {
        QStringList contacts;
        for (const ResolvedContact &c : item.contacts)
            contacts << c.contact.name;
        if (!emitRow(sink, {item.name, keys::itemKind(item.kind), item.pathText, joinNames(contacts)}))
            return false;
    }
    return true;
}

} // namespace steward
