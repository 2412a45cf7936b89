// The Store's graph beyond the tree: the further hosts a service runs on, aliases,
// tags, and the link types and statuses of the user's own.

#include "Store.h"

#include "SqliteStatement.h"

#include "StoreSql.h"
#include "Validation.h"

#include <QSqlError>

namespace steward {

using namespace storesql;

namespace {

QStringList builtinStatuses()
{
    return keys::knownStatuses();
}

} // namespace

bool Store::normaliseGraph(Item *item, QString *error)
{
    QString problem;
    if (!validation::normaliseList(&item->aliases, true, &problem) ||
        !validation::normaliseList(&item->tags, false, &problem)) {
        setError(error, tr("%1 (in \"%2\")").arg(problem, item->name));
        return false;
    }
    // An alias that is the name itself says nothing.
    const QString own = nameKey(item->name);
    item->aliases.removeIf([&own](const QString &alias) { return nameKey(alias) == own; });
    if (!item->alsoOn.isEmpty() && item->kind != ItemKind::Service) {
        setError(error, tr("Only a service runs on further hosts (\"%1\" is a %2).")
                            .arg(item->name, keys::itemKindLabel(item->kind)));
        return false;
    }
    QVector<qint64> hosts;
    for (qint64 id : std::as_const(item->alsoOn)) {
        if (id != item->parentId && !hosts.contains(id))
            hosts.append(id);
    }
    item->alsoOn = hosts;
    return true;
}

bool Store::checkGraph(const Item &item, QString *error)
{
    if (!item.alsoOn.isEmpty()) {
        const auto parent = itemRow(item.parentId, error);
        if (!parent)
            return false;
        if (parent->kind != ItemKind::Host) {
            setError(error,
                     tr("\"%1\" runs on further hosts, so it must be placed on a host first, not on the %2 \"%3\".")
                         .arg(item.name, keys::itemKindLabel(parent->kind), parent->name));
            return false;
        }
        for (qint64 id : item.alsoOn) {
            const auto host = itemRow(id, error);
            if (!host) {
                setError(error, tr("A host \"%1\" runs on (id %2) does not exist.").arg(item.name).arg(id));
                return false;
            }
            if (host->kind != ItemKind::Host) {
                setError(error, tr("\"%1\" cannot run on \"%2\": it is not a host.").arg(item.name, host->name));
                return false;
            }
        }
    }
    QSqlQuery &alias =
        prepared(QStringLiteral("SELECT name FROM item WHERE kind = ? AND name_key = ? AND id <> ?"
                                " UNION ALL SELECT i.name FROM item_alias a JOIN item i ON i.id = a.item_id"
                                " WHERE a.kind = ? AND a.alias_key = ? AND a.item_id <> ?"));
    const QString kind = keys::itemKind(item.kind);
    for (const QString &name : item.aliases) {
        const QString key = nameKey(name);
        alias.addBindValue(kind);
        alias.addBindValue(key);
        alias.addBindValue(item.id);
        alias.addBindValue(kind);
        alias.addBindValue(key);
        alias.addBindValue(item.id);
        if (!exec(alias, error))
            return false;
        const bool taken = alias.next();
        const QString other = taken ? alias.value(0).toString() : QString();
        alias.finish();
        if (taken) {
            setError(error, tr("\"%1\" cannot be an alias of \"%2\": the %3 \"%4\" is called so already.")
                                .arg(name, item.name, keys::itemKindLabel(item.kind), other));
            return false;
        }
    }
    return true;
}

bool Store::writeItemGraph(const Item &item, bool insert, QString *error)
{
    if (!insert) {
        for (const QString &sql : {QStringLiteral("DELETE FROM also_runs_on WHERE service_id = ?"),
                                   QStringLiteral("DELETE FROM item_alias WHERE item_id = ?"),
                                   QStringLiteral("DELETE FROM item_tag WHERE item_id = ?")}) {
            QSqlQuery &q = prepared(sql);
            q.addBindValue(item.id);
            if (!exec(q, error))
                return false;
        }
    }
    int position = 0;
    for (qint64 host : item.alsoOn) {
        QSqlQuery &q =
            bound(QStringLiteral("INSERT INTO also_runs_on (service_id, host_id, position) VALUES (?, ?, ?)"),
                  {item.id, host, position++});
        if (!exec(q, error))
            return false;
    }
    position = 0;
    for (const QString &alias : item.aliases) {
        QSqlQuery &q = bound(
            QStringLiteral("INSERT INTO item_alias (item_id, kind, alias, alias_key, position) VALUES (?, ?, ?, ?, ?)"),
            {item.id, keys::itemKind(item.kind), alias, nameKey(alias), position++});
        if (!exec(q, error))
            return false;
    }
    position = 0;
    for (const QString &tag : item.tags) {
        QSqlQuery &q = bound(QStringLiteral("INSERT INTO item_tag (item_id, tag, position) VALUES (?, ?, ?)"),
                             {item.id, tag, position++});
        if (!exec(q, error))
            return false;
    }
    return true;
}

bool Store::loadItemGraph(Item *item, QString *error)
{
    item->alsoOn.clear();
    item->aliases.clear();
    item->tags.clear();
    item->graphLoaded = true;
    QSqlQuery &hosts = bound(
        QStringLiteral("SELECT host_id FROM also_runs_on WHERE service_id = ? ORDER BY position, host_id"), {item->id});
    if (!exec(hosts, error))
        return false;
    while (hosts.next())
        item->alsoOn.append(hosts.value(0).toLongLong());
    hosts.finish();
    QSqlQuery &aliases = bound(
        QStringLiteral("SELECT alias FROM item_alias WHERE item_id = ? ORDER BY position, alias_key"), {item->id});
    if (!exec(aliases, error))
        return false;
    while (aliases.next())
        item->aliases.append(aliases.value(0).toString());
    aliases.finish();
    QSqlQuery &tags =
        bound(QStringLiteral("SELECT tag FROM item_tag WHERE item_id = ? ORDER BY position, tag"), {item->id});
    if (!exec(tags, error))
        return false;
    while (tags.next())
        item->tags.append(tags.value(0).toString());
    tags.finish();
    return true;
}

bool Store::writeContactTags(const Contact &contact, QString *error)
{
    QSqlQuery &remove = bound(QStringLiteral("DELETE FROM contact_tag WHERE contact_id = ?"), {contact.id});
    if (!exec(remove, error))
        return false;
    int position = 0;
    for (const QString &tag : contact.tags) {
        QSqlQuery &q = bound(QStringLiteral("INSERT INTO contact_tag (contact_id, tag, position) VALUES (?, ?, ?)"),
                             {contact.id, tag, position++});
        if (!exec(q, error))
            return false;
    }
    return true;
}

std::optional<QVector<Placement>> Store::placements(QString *error)
{
    return selectAll<Placement>(
        QStringLiteral("SELECT service_id, host_id, position FROM also_runs_on ORDER BY service_id, position, host_id"),
        {},
        [](const QSqlQuery &q) {
            return Placement{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
        },
        error);
}

namespace {

using TextsById = QHash<qint64, QStringList>;

/// Rows of (id, text) as lists of texts by id.
std::optional<TextsById> readTexts(QSqlQuery &q, QString *error)
{
    TextsById result;
    while (q.next())
        result[q.value(0).toLongLong()].append(q.value(1).toString());
    const bool ok = !q.lastError().isValid();
    if (!ok && error)
        *error = q.lastError().text();
    q.finish();
    if (!ok)
        return std::nullopt;
    return result;
}

} // namespace

std::optional<QHash<qint64, QStringList>> Store::aliasesByItem(QString *error)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT item_id, alias FROM item_alias ORDER BY item_id, position, alias_key"));
    if (!exec(q, error))
        return std::nullopt;
    return readTexts(q, error);
}

std::optional<QHash<qint64, QStringList>> Store::tagsByItem(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT item_id, tag FROM item_tag ORDER BY item_id, position, tag"));
    if (!exec(q, error))
        return std::nullopt;
    return readTexts(q, error);
}

namespace {

/// The table of @p kind's own columns (providers and hosts have one each).
QString kindTable(ItemKind kind)
{
    return kind == ItemKind::Provider ? QStringLiteral("provider") : QStringLiteral("host");
}

} // namespace

std::optional<QHash<qint64, QStringList>> Store::aliasesOfKind(ItemKind kind, QString *error)
{
    Q_ASSERT(kind == ItemKind::Provider || kind == ItemKind::Host);
    QSqlQuery &q = prepared(QStringLiteral("SELECT a.item_id, a.alias FROM %1 k CROSS JOIN item_alias a"
                                           " WHERE a.item_id = k.item_id ORDER BY a.item_id, a.position, a.alias_key")
                                .arg(kindTable(kind)));
    if (!exec(q, error))
        return std::nullopt;
    return readTexts(q, error);
}

std::optional<QHash<qint64, QStringList>> Store::tagsOfKind(ItemKind kind, QString *error)
{
    Q_ASSERT(kind == ItemKind::Provider || kind == ItemKind::Host);
    QSqlQuery &q = prepared(QStringLiteral("SELECT t.item_id, t.tag FROM %1 k CROSS JOIN item_tag t"
                                           " WHERE t.item_id = k.item_id ORDER BY t.item_id, t.position, t.tag")
                                .arg(kindTable(kind)));
    if (!exec(q, error))
        return std::nullopt;
    return readTexts(q, error);
}

std::optional<QHash<qint64, Store::ChildCounts>> Store::childCounts(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT parent_id, kind, count(*) FROM item"
                                           " WHERE kind IN ('host', 'service') GROUP BY parent_id, kind"));
    if (!exec(q, error))
        return std::nullopt;
    QHash<qint64, ChildCounts> counts;
    while (q.next()) {
        ChildCounts &c = counts[q.value(0).toLongLong()];
        (q.value(1).toString() == QLatin1String("host") ? c.hosts : c.services) = q.value(2).toInt();
    }
    const bool ok = !q.lastError().isValid();
    if (!ok && error)
        *error = q.lastError().text();
    q.finish();
    if (!ok)
        return std::nullopt;
    return counts;
}

std::optional<QVector<QPair<qint64, QString>>> Store::servicesOnHost(qint64 hostId, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, name FROM item WHERE parent_id = ? AND kind = 'service'"
                                           " UNION ALL SELECT s.id, s.name FROM also_runs_on a CROSS JOIN item s"
                                           " WHERE a.host_id = ? AND s.id = a.service_id"));
    q.addBindValue(hostId);
    q.addBindValue(hostId);
    if (!exec(q, error))
        return std::nullopt;
    QVector<QPair<qint64, QString>> services;
    while (q.next())
        services.append({q.value(0).toLongLong(), q.value(1).toString()});
    const bool ok = !q.lastError().isValid();
    if (!ok && error)
        *error = q.lastError().text();
    q.finish();
    if (!ok)
        return std::nullopt;
    return services;
}

std::optional<QHash<qint64, QStringList>> Store::tagsByContact(QString *error)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT contact_id, tag FROM contact_tag ORDER BY contact_id, position, tag"));
    if (!exec(q, error))
        return std::nullopt;
    return readTexts(q, error);
}

std::optional<QVector<qint64>> Store::itemsTagged(const QString &tag, QString *error)
{
    const QString text = tag.trimmed();
    QVector<qint64> ids;
    // "env" finds "env" and every "env=..."; "env=prod" finds that tag only. Both through
    // the tag indexes (a LIKE would read every tag: SQLite's is case-insensitive).
    const QStringList key = dialect::tagKeyValues(text);
    QSqlQuery &q =
        text.contains(QLatin1Char('='))
            ? bound(QStringLiteral("SELECT DISTINCT item_id FROM item_tag WHERE tag = ? ORDER BY item_id"), {text})
            : bound(QStringLiteral("SELECT DISTINCT item_id FROM item_tag WHERE %1 ORDER BY item_id")
                        .arg(dialect::tagKeyMatch(m_db.backend(), QStringLiteral("tag"))),
                    {key.at(0), key.at(1), key.at(2)});
    if (!exec(q, error))
        return std::nullopt;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

bool Store::checkLinkType(const QString &type, QString *error)
{
    LinkKind builtin;
    if (keys::linkKindFromKey(type, &builtin))
        return true;
    QSqlQuery &q = bound(QStringLiteral("SELECT 1 FROM link_type WHERE key = ?"), {type});
    if (!exec(q, error))
        return false;
    const bool found = q.next();
    q.finish();
    if (!found) {
        QStringList known;
        const auto types = linkTypes(error);
        if (!types)
            return false;
        for (const LinkType &t : *types)
            known << t.key;
        setError(error, tr("\"%1\" is not a link type; the link types are %2 (declare one of your own first).")
                            .arg(type, known.join(QStringLiteral(", "))));
    }
    return found;
}

std::optional<QVector<LinkType>> Store::linkTypes(QString *error)
{
    QVector<LinkType> types;
    for (LinkKind kind : keys::linkKinds())
        types.append({keys::linkKind(kind), keys::linkKindLabel(kind), keys::linkKindCarriesFailure(kind), true});
    QSqlQuery &q = prepared(QStringLiteral("SELECT key, label, carries_failure FROM link_type ORDER BY key"));
    if (!exec(q, error))
        return std::nullopt;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString label = q.value(1).toString();
        types.append({key, label.isEmpty() ? QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')) : label,
                      q.value(2).toInt() != 0, false});
    }
    q.finish();
    return types;
}

bool Store::defineLinkType(const LinkType &type, QString *error)
{
    const QString key = keys::normalLinkType(type.key);
    LinkKind builtin;
    if (keys::linkKindFromKey(key, &builtin)) {
        setError(error, tr("\"%1\" is a built-in link type; it cannot be changed.").arg(key));
        return false;
    }
    if (!keys::isValidLinkTypeKey(key)) {
        setError(error,
                 tr("\"%1\" cannot be a link type: use letters, digits and underscores (at most 40).").arg(type.key));
        return false;
    }
    if (const QString problem = validation::textProblem(validation::TextField::Name, tr("label"), type.label.trimmed());
        !problem.isEmpty()) {
        setError(error, tr("The link type \"%1\" cannot be saved: %2.").arg(key, problem));
        return false;
    }
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &q = bound(QStringLiteral("DELETE FROM link_type WHERE key = ?"), {key});
            if (!exec(q, err))
                return false;
            QSqlQuery &insert =
                bound(QStringLiteral("INSERT INTO link_type (key, label, carries_failure) VALUES (?, ?, ?)"),
                      {key, type.label.trimmed(), type.carriesFailure ? 1 : 0});
            return exec(insert, err);
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

bool Store::removeLinkType(const QString &key, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &used = bound(QStringLiteral("SELECT count(*) FROM item_link WHERE kind = ?"), {key});
            if (!exec(used, err))
                return false;
            const int count = used.next() ? used.value(0).toInt() : 0;
            used.finish();
            if (count > 0) {
                setError(err,
                         tr("The link type \"%1\" is used by %n link(s); remove them first.", nullptr, count).arg(key));
                return false;
            }
            return changeOne(QStringLiteral("DELETE FROM link_type WHERE key = ?"), {key},
                             tr("There is no link type \"%1\" of your own.").arg(key), err);
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

std::optional<QVector<StatusDef>> Store::statusDefs(QString *error)
{
    QVector<StatusDef> statuses;
    for (const QString &name : builtinStatuses())
        statuses.append({name, keys::builtinStatusCategory(name), true});
    QSqlQuery &q = prepared(QStringLiteral("SELECT name, category FROM status_def ORDER BY name"));
    if (!exec(q, error))
        return std::nullopt;
    while (q.next()) {
        StatusDef def;
        def.name = q.value(0).toString();
        keys::statusCategoryFromKey(q.value(1).toString(), &def.category);
        statuses.append(def);
    }
    q.finish();
    return statuses;
}

bool Store::defineStatus(const StatusDef &status, QString *error)
{
    const QString name = status.name.trimmed();
    if (name.isEmpty() || name.size() > 40 || name.contains(QLatin1Char(';'))) {
        setError(error, tr("\"%1\" cannot be a status: give a name of 1 to 40 characters without \";\".").arg(name));
        return false;
    }
    // No control characters or direction overrides, as in every name (shown escaped).
    if (const QString bad = validation::badCharacter(validation::TextField::Name, name); !bad.isEmpty()) {
        setError(error, tr("This status cannot be saved: it has %1.").arg(bad));
        return false;
    }
    if (builtinStatuses().contains(name)) {
        setError(error, tr("\"%1\" is a built-in status; it cannot be changed.").arg(name));
        return false;
    }
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &q = bound(QStringLiteral("DELETE FROM status_def WHERE name = ?"), {name});
            if (!exec(q, err))
                return false;
            QSqlQuery &insert = bound(QStringLiteral("INSERT INTO status_def (name, category) VALUES (?, ?)"),
                                      {name, keys::statusCategory(status.category)});
            return exec(insert, err);
        },
        error);
    if (ok)
        notifyBulk(); // every item of that status is drawn anew
    return ok;
}

bool Store::removeStatus(const QString &name, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &used = bound(QStringLiteral("SELECT count(*) FROM item WHERE status = ?"), {name});
            if (!exec(used, err))
                return false;
            const int count = used.next() ? used.value(0).toInt() : 0;
            used.finish();
            if (count > 0) {
                setError(
                    err,
                    tr("The status \"%1\" is used by %n item(s); give them another first.", nullptr, count).arg(name));
                return false;
            }
            return changeOne(QStringLiteral("DELETE FROM status_def WHERE name = ?"), {name},
                             tr("There is no status \"%1\" of your own.").arg(name), err);
        },
        error);
    if (ok)
        notifyBulk();
    return ok;
}

// ---------------------------------------------------------------- links in bulk (the importer)

bool Store::createValidatedLinks(QVector<Link> &links, QString *error)
{
    return insertValidatedLinks(links, false, error);
}

bool Store::restoreValidatedLinks(QVector<Link> &links, QString *error)
{
    return insertValidatedLinks(links, true, error);
}

bool Store::insertValidatedLinks(QVector<Link> &links, bool keepIds, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 0) {
        setError(error, tr("Links are created in bulk only inside a write."));
        return false;
    }
    if (links.isEmpty())
        return true;
    for (const Link &link : std::as_const(links)) {
        if (!checkFields(validation::linkNoteProblem(link.note), error))
            return false;
    }
    QSqlQuery &last = prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM item_link"));
    if (!exec(last, error))
        return false;
    const qint64 before = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    // The history's summary as addLink() words it, with each type's label once.
    QHash<QString, QString> labels;
    QVector<QString> summaries;
    summaries.reserve(links.size());
    const QString pattern = tr("%1 %2 %3");
    const bool plain = pattern == QLatin1String("%1 %2 %3");
    for (qsizetype i = 0; i < links.size(); ++i) {
        Link &link = links[i];
        if (!keepIds) {
            link.id = before + 1 + i;
        } else if (link.id <= 0) {
            setError(error, tr("A link has no id to be made again with."));
            return false;
        }
        auto label = labels.constFind(link.type);
        if (label == labels.constEnd())
            label = labels.insert(link.type, linkTypeLabel(link.type));
        summaries.append(plain ? link.fromName + QLatin1Char(' ') + *label + QLatin1Char(' ') + link.toName
                               : pattern.arg(link.fromName, *label, link.toName));
    }
    if (!ensureBatch(tr("Created %n link(s)", nullptr, static_cast<int>(links.size())), error))
        return false;
    if (m_db.backend() == Backend::SQLite) {
        using Cell = SqliteStatement::Cell;
        const QSqlDatabase db = m_db.connection();
        const auto linkColumn = [&](qsizetype row, int column, Cell &cell) {
            const Link &link = links.at(row);
            switch (column) {
            case 0: return cell.setInteger(link.id);
            case 1: return cell.setInteger(link.fromItem);
            case 2: return cell.setInteger(link.toItem);
            case 3: return cell.setText(link.type);
            case 4: return cell.setText(link.note);
            case 5: return cell.setText(summaries.at(row));
            case 6: return cell.setInteger(m_batchId);
            }
            cell.setNull();
        };
        // The history's after as logChange() writes it: compact JSON, keys in order.
        const bool ok =
            SqliteStatement::runWithRows(db,
                                         "INSERT INTO item_link (id, from_item, to_item, kind, note)"
                                         " SELECT c0, c1, c2, c3, c4 FROM steward_rows",
                                         links.size(), linkColumn, error) &&
            SqliteStatement::runWithRows(
                db,
                "INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
                " SELECT c6, 'link', c0, c1, 'create', c5, '{}',"
                " json_object('from_item', c1, 'kind', c3, 'note', c4, 'to_item', c2) FROM steward_rows",
                links.size(), linkColumn, error);
        if (ok)
            notifyOwnershipChanged();
        return ok;
    }
    const bool ok = insertRows(
                        QStringLiteral("INSERT INTO item_link (id, from_item, to_item, kind, note) VALUES "),
                        QStringLiteral("(?,?,?,?,?)"), 5, links.size(),
                        [&](QSqlQuery &q, qsizetype i, int at) {
                            const Link &link = links.at(i);
                            q.bindValue(at, link.id);
                            q.bindValue(at + 1, link.fromItem);
                            q.bindValue(at + 2, link.toItem);
                            q.bindValue(at + 3, link.type);
                            q.bindValue(at + 4, link.note.isNull() ? QStringLiteral("") : link.note);
                        },
                        error) &&
                    insertRows(
                        QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary,"
                                       " before, after) VALUES "),
                        QStringLiteral("(?,'link',?,?,'create',?,'{}',?)"), 5, links.size(),
                        [&](QSqlQuery &q, qsizetype i, int at) {
                            const Link &link = links.at(i);
                            const QJsonObject after{{QStringLiteral("from_item"), link.fromItem},
                                                    {QStringLiteral("to_item"), link.toItem},
                                                    {QStringLiteral("kind"), link.type},
                                                    {QStringLiteral("note"), link.note}};
                            q.bindValue(at, m_batchId);
                            q.bindValue(at + 1, link.id);
                            q.bindValue(at + 2, link.fromItem);
                            q.bindValue(at + 3, summaries.at(i));
                            q.bindValue(at + 4, compactJson(after));
                        },
                        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

bool Store::setLinkNote(qint64 id, const QString &note, QString *error)
{
    if (!checkFields(validation::linkNoteProblem(note), error))
        return false;
    const bool ok = write(
        [&](QString *err) {
            QSqlQuery &old =
                bound(QStringLiteral("SELECT from_item, to_item, kind, note FROM item_link WHERE id = ?"), {id});
            if (!exec(old, err))
                return false;
            if (!old.next()) {
                old.finish();
                setError(err, tr("Link %1 does not exist.").arg(id));
                return false;
            }
            const qint64 from = old.value(0).toLongLong(), to = old.value(1).toLongLong();
            const QString type = old.value(2).toString(), before = old.value(3).toString();
            old.finish();
            if (before == note)
                return true;
            if (!changeOne(QStringLiteral("UPDATE item_link SET note = ? WHERE id = ?"), {note, id},
                           tr("Link %1 does not exist.").arg(id), err))
                return false;
            return logChange(QStringLiteral("link"), id, from, QStringLiteral("update"),
                             tr("Changed the note of %1 %2 %3").arg(itemName(from), linkTypeLabel(type), itemName(to)),
                             {{QStringLiteral("note"), before}}, {{QStringLiteral("note"), note}}, err);
        },
        error);
    if (ok)
        notifyOwnershipChanged();
    return ok;
}

namespace {

/// Statuses and link types repeat: one QString each, shared by every row.
QString interned(QHash<QByteArray, QString> *texts, QByteArrayView bytes)
{
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    auto it = texts->constFind(key);
    if (it == texts->constEnd())
        it = texts->insert(QByteArray(bytes.data(), bytes.size()), QString::fromUtf8(bytes));
    return *it;
}

TreeRow readTreeRow(const SqliteStatement &q, QHash<QByteArray, QString> *statuses)
{
    TreeRow row;
    row.id = q.integer(0);
    row.parentId = q.isNull(1) ? 0 : q.integer(1);
    row.kind = static_cast<ItemKind>(q.integer(2));
    row.name = q.text(3);
    row.status = interned(statuses, q.bytes(4));
    return row;
}

/// A read of several statements as one snapshot: on SQLite outside a transaction, one
/// of its own (the other backend reads each statement as it is).
class ReadTransaction final
{
public:
    explicit ReadTransaction(const QSqlDatabase &db, Backend backend)
        : m_db(db)
    {
        sqlite3 *handle = backend == Backend::SQLite ? SqliteStatement::handle(db) : nullptr;
        if (!handle || !SqliteStatement::isAutocommit(handle))
            return;
        SqliteStatement begin(db, "BEGIN");
        if (!begin.next() && begin.hasError())
            m_error = begin.errorString();
        else
            m_open = true;
    }
    QString error() const { return m_error; }
    /// Ends it; false (and @p error when @p ok) if that fails.
    bool end(bool ok, QString *error)
    {
        if (!m_open)
            return ok;
        m_open = false;
        SqliteStatement commit(m_db, "COMMIT");
        if (!commit.next() && commit.hasError() && ok) {
            setError(error, commit.errorString());
            return false;
        }
        return ok;
    }
    ~ReadTransaction() { end(true, nullptr); }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace

bool Store::graphAround(const QVector<qint64> &sources, const QSet<QString> &quietTypes, qsizetype limit,
                        GraphAround *graph, QString *error)
{
    *graph = {};
    const QSqlDatabase db = m_db.connection();
    ReadTransaction transaction(db, m_db.backend());
    if (!transaction.error().isEmpty()) {
        setError(error, transaction.error());
        return false;
    }
    QHash<QByteArray, QString> texts;
    QSet<qint64> known;
    // Runs @p sql (%1: a list of ids, %2: a LIMIT or nothing) over @p ids in parts,
    // each row to @p row; at most @p most rows in all when @p most >= 0.
    const auto scan = [&](const char *sql, const QVector<qint64> &ids, qsizetype most,
                          const std::function<void(const SqliteStatement &)> &row) {
        constexpr qsizetype PerStatement = 1000;
        qsizetype read = 0;
        for (qsizetype start = 0; start < ids.size(); start += PerStatement) {
            QByteArray list;
            for (qsizetype i = start; i < std::min(ids.size(), start + PerStatement); ++i) {
                if (i > start)
                    list += ',';
                list += QByteArray::number(ids.at(i));
            }
            const QByteArray cap = most >= 0 ? " LIMIT " + QByteArray::number(most - read + 1) : QByteArray();
            SqliteStatement q(db, QByteArray(sql).replace("%1", list).replace("%2", cap));
            while (q.next()) {
                row(q);
                ++read;
            }
            if (q.hasError() || !q.isValid()) {
                setError(error, q.errorString());
                return false;
            }
            if (most >= 0 && read > most)
                break;
        }
        return true;
    };
    const auto size = [graph] { return graph->rows.size() + graph->links.size(); };
    const auto addRows = [&](const QVector<qint64> &ids, QVector<TreeRow> *to, QVector<qint64> *added) {
        return scan("SELECT id, parent_id, CASE kind WHEN 'service' THEN 3 WHEN 'host' THEN 2"
                    " WHEN 'provider' THEN 1 ELSE 0 END, name, status FROM item WHERE id IN (%1)%2",
                    ids, -1, [&](const SqliteStatement &q) {
                        TreeRow row = readTreeRow(q, &texts);
                        if (added)
                            added->append(row.id);
                        to->append(std::move(row));
                    });
    };

    // The sources, then level by level what their failure reaches: what is in or runs
    // on an item, and what links to it with a type that carries failure.
    QVector<qint64> frontier;
    if (!addRows(sources, &graph->rows, &frontier))
        return transaction.end(false, error);
    qint64 organisationSource = 0; // its failure as such takes nothing in it along
    for (const TreeRow &row : std::as_const(graph->rows)) {
        known.insert(row.id);
        if (row.kind == ItemKind::Organisation)
            organisationSource = row.id;
    }
    while (!frontier.isEmpty()) {
        QVector<qint64> next, pending;
        QVector<qint64> parents = frontier;
        parents.removeAll(organisationSource);
        const bool children =
            scan("SELECT id, parent_id, CASE kind WHEN 'service' THEN 3 WHEN 'host' THEN 2"
                 " WHEN 'provider' THEN 1 ELSE 0 END, name, status FROM item WHERE parent_id IN (%1)%2",
                 parents, limit - size(), [&](const SqliteStatement &q) {
                     TreeRow row = readTreeRow(q, &texts);
                     if (known.contains(row.id))
                         return;
                     known.insert(row.id);
                     next.append(row.id);
                     graph->rows.append(std::move(row));
                 });
        if (!children)
            return transaction.end(false, error);
        if (size() > limit)
            return transaction.end(true, error); // too much: not complete
        const bool linked = scan("SELECT service_id FROM also_runs_on WHERE host_id IN (%1)%2", frontier,
                                 limit - size(), [&](const SqliteStatement &q) { pending.append(q.integer(0)); }) &&
                            scan("SELECT id, from_item, to_item, kind FROM item_link WHERE to_item IN (%1)%2", frontier,
                                 limit - size(), [&](const SqliteStatement &q) {
                                     Link link;
                                     link.id = q.integer(0);
                                     link.fromItem = q.integer(1);
                                     link.toItem = q.integer(2);
                                     link.type = interned(&texts, q.bytes(3));
                                     if (!quietTypes.contains(link.type))
                                         pending.append(link.fromItem);
                                     graph->links.append(std::move(link));
                                 });
        if (!linked)
            return transaction.end(false, error);
        std::sort(pending.begin(), pending.end());
        pending.erase(std::unique(pending.begin(), pending.end()), pending.end());
        pending.erase(std::remove_if(pending.begin(), pending.end(), [&](qint64 id) { return known.contains(id); }),
                      pending.end());
        if (size() + pending.size() > limit)
            return transaction.end(true, error);
        if (!addRows(pending, &graph->rows, &next))
            return transaction.end(false, error);
        for (qint64 id : std::as_const(pending))
            known.insert(id);
        frontier = std::move(next);
    }

    // Everything reached: the further hosts of its services, and the items above it
    // and those hosts that are not among it (whom to call walks them).
    QVector<qint64> services;
    for (const TreeRow &row : std::as_const(graph->rows)) {
        if (row.kind == ItemKind::Service)
            services.append(row.id);
    }
    if (!scan("SELECT service_id, host_id, position FROM also_runs_on WHERE service_id IN (%1)%2", services, -1,
              [&](const SqliteStatement &q) {
                  graph->placements.append({q.integer(0), q.integer(1), static_cast<int>(q.integer(2))});
              }))
        return transaction.end(false, error);
    std::sort(graph->placements.begin(), graph->placements.end(), [](const Placement &a, const Placement &b) {
        if (a.serviceId != b.serviceId)
            return a.serviceId < b.serviceId;
        return a.position != b.position ? a.position < b.position : a.hostId < b.hostId;
    });
    QVector<qint64> above;
    const auto wantAbove = [&](qint64 id) {
        if (id > 0 && !known.contains(id)) {
            known.insert(id);
            above.append(id);
        }
    };
    for (const TreeRow &row : std::as_const(graph->rows))
        wantAbove(row.parentId);
    for (const Placement &p : std::as_const(graph->placements))
        wantAbove(p.hostId);
    while (!above.isEmpty()) {
        const qsizetype from = graph->context.size();
        if (!addRows(above, &graph->context, nullptr))
            return transaction.end(false, error);
        above.clear();
        for (qsizetype i = from; i < graph->context.size(); ++i)
            wantAbove(graph->context.at(i).parentId);
    }
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(graph->rows.begin(), graph->rows.end(), byId);
    std::sort(graph->links.begin(), graph->links.end(), byId);
    graph->complete = true;
    return transaction.end(true, error);
}

bool Store::graphScan(QVector<TreeRow> *rows, QVector<Link> *links, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    sqlite3 *handle = m_db.backend() == Backend::SQLite ? SqliteStatement::handle(db) : nullptr;
    const bool ownTransaction = handle && SqliteStatement::isAutocommit(handle);
    if (ownTransaction) {
        SqliteStatement begin(db, "BEGIN");
        if (!begin.next() && begin.hasError()) {
            setError(error, begin.errorString());
            return false;
        }
    }
    bool ok = true;
    {
        // By id, as graphAround() reads a part of it (SQLite's order without it).
        SqliteStatement q(db, "SELECT id, parent_id, CASE kind WHEN 'service' THEN 3 WHEN 'host' THEN 2"
                              " WHEN 'provider' THEN 1 ELSE 0 END, name, status FROM item ORDER BY id");
        QHash<QByteArray, QString> statuses;
        rows->clear();
        while (q.next())
            rows->append(readTreeRow(q, &statuses));
        if (q.hasError() || !q.isValid()) {
            setError(error, q.errorString());
            ok = false;
        }
    }
    if (ok) {
        QHash<QByteArray, QString> types;
        links->clear();
        {
            // Room for them all at once: a Link is large, and growing moves them all.
            SqliteStatement count(db, "SELECT count(*) FROM item_link");
            if (count.next())
                links->reserve(count.integer(0));
        }
        SqliteStatement q(db, "SELECT id, from_item, to_item, kind FROM item_link ORDER BY id");
        while (q.next()) {
            Link link;
            link.id = q.integer(0);
            link.fromItem = q.integer(1);
            link.toItem = q.integer(2);
            link.type = interned(&types, q.bytes(3));
            links->append(std::move(link));
        }
        if (q.hasError() || !q.isValid()) {
            setError(error, q.errorString());
            ok = false;
        }
    }
    if (ownTransaction) {
        SqliteStatement end(db, "COMMIT");
        if (!end.next() && end.hasError() && ok) {
            setError(error, end.errorString());
            ok = false;
        }
    }
    return ok;
}

} // namespace steward
