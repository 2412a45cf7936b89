// The Store's items: the tree of organisation, providers, hosts and services.

#include "Store.h"

#include "ChangeFields.h"
#include "ServiceScan.h"
#include "SqliteBulkItemInsert.h"
#include "StoreSql.h"
#include "Validation.h"

#include <QSqlError>

#include <algorithm>
#include <limits>

namespace steward {

using namespace storesql;

namespace {

/// The history's "Created <kind> "<name>"" as tr() words it, around the name, for the bulk paths.
CreatedItemSummaries createdSummaries()
{
    CreatedItemSummaries summaries;
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        const QString marker = QStringLiteral("\x01");
        const QString summary = Store::tr("Created %1 \"%2\"").arg(keys::itemKindLabel(kind), marker);
        const qsizetype at = summary.indexOf(marker);
        summaries.before[static_cast<int>(kind)] = summary.left(at);
        summaries.after[static_cast<int>(kind)] = summary.mid(at + marker.size());
    }
    return summaries;
}

} // namespace

std::optional<qint64> Store::organisationId(QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT id FROM item WHERE kind = 'organisation' ORDER BY id LIMIT 1"));
    if (!exec(q, error))
        return std::nullopt;
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    else
        setError(error, tr("The inventory has no organisation."));
    q.finish();
    return id;
}

bool Store::checkParent(const Item &item, QString *error)
{
    if (item.name.trimmed().isEmpty()) {
        setError(error, tr("The name is required."));
        return false;
    }
    if (item.kind == ItemKind::Organisation) {
        if (item.parentId != 0) {
            setError(error, tr("An organisation cannot have a parent."));
            return false;
        }
        return true;
    }
    if (item.parentId == 0) {
        setError(error, tr("\"%1\" needs a parent.").arg(item.name));
        return false;
    }
    const auto parent = itemRow(item.parentId, error);
    if (!parent) {
        setError(error, tr("The parent of \"%1\" (id %2) does not exist.").arg(item.name).arg(item.parentId));
        return false;
    }
    bool ok = false;
    switch (item.kind) {
    case ItemKind::Organisation: break;
    case ItemKind::Provider: ok = parent->kind == ItemKind::Organisation; break;
    // A host whose provider nobody recorded sits under the organisation.
    case ItemKind::Host: ok = parent->kind == ItemKind::Provider || parent->kind == ItemKind::Organisation; break;
    case ItemKind::Service: ok = parent->kind != ItemKind::Service; break;
    }
    if (!ok) {
        setError(error, tr("A %1 cannot be placed under the %2 \"%3\".")
                            .arg(keys::itemKindLabel(item.kind), keys::itemKindLabel(parent->kind), parent->name));
    }
    return ok;
}

std::optional<TreeRow> Store::itemRow(qint64 id, QString *error)
{
    return readOne(
        QStringLiteral("SELECT id, parent_id, kind, name, status FROM item WHERE id = ?"), id,
        +[](const QSqlQuery &q) {
            TreeRow row;
            row.id = q.value(0).toLongLong();
            row.parentId = q.value(1).toLongLong();
            keys::itemKindFromKey(q.value(2).toString(), &row.kind);
            row.name = q.value(3).toString();
            row.status = q.value(4).toString();
            return row;
        },
        tr("Item %1 does not exist.").arg(id), error);
}

bool Store::checkItemName(const Item &item, QString *error)
{
    QSqlQuery &q = bound(QStringLiteral("SELECT name FROM item WHERE kind = ? AND name_key = ? AND id <> ? LIMIT 1"),
                         {keys::itemKind(item.kind), nameKey(item.name), item.id});
    if (!exec(q, error))
        return false;
    const bool taken = q.next();
    if (taken) // the item form's words
        setError(error,
                 tr("There is already a %1 called \"%2\".").arg(keys::itemKindLabel(item.kind), q.value(0).toString()));
    q.finish();
    if (taken)
        return false;
    // Another item's alias is as taken as its name.
    QSqlQuery &alias = bound(QStringLiteral("SELECT i.name FROM item_alias a JOIN item i ON i.id = a.item_id"
                                            " WHERE a.kind = ? AND a.alias_key = ? AND a.item_id <> ? LIMIT 1"),
                             {keys::itemKind(item.kind), nameKey(item.name), item.id});
    if (!exec(alias, error))
        return false;
    const bool aliased = alias.next();
    if (aliased)
        setError(error, tr("\"%1\" is already another name of the %2 \"%3\".")
                            .arg(item.name, keys::itemKindLabel(item.kind), alias.value(0).toString()));
    alias.finish();
    return !aliased;
}

bool Store::bulkNameTaken(const QVector<Item> &items, const QVector<QString> &keys, qint64 before, QString *error)
{
    // Only on the way out of a failed insert: the unique index refused a name, or
    // something else failed (then nothing is found here and that error stands).
    QHash<QPair<QString, QString>, QString> taken; // (kind, name key) -> the name that has it
    const QSet<QString> distinct(keys.cbegin(), keys.cend());
    const QVector<QString> wanted(distinct.cbegin(), distinct.cend());
    constexpr qsizetype PerStatement = 500;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < wanted.size(); start += PerStatement) {
        const int count = static_cast<int>(std::min(PerStatement, wanted.size() - start));
        q.prepare(QStringLiteral("SELECT kind, name_key, name FROM item WHERE id <= ? AND name_key IN (%1)")
                      .arg(placeholders(count)));
        q.addBindValue(before);
        for (int i = 0; i < count; ++i)
            q.addBindValue(wanted.at(start + i));
        if (!q.exec())
            return false;
        while (q.next())
            taken.insert({q.value(0).toString(), q.value(1).toString()}, q.value(2).toString());
        q.finish();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QPair<QString, QString> key{keys::itemKind(item.kind), keys.at(i)};
        const auto other = taken.constFind(key);
        if (other != taken.constEnd()) {
            setError(error, tr("There is already a %1 called \"%2\".").arg(keys::itemKindLabel(item.kind), *other));
            return true;
        }
        taken.insert(key, item.name); // a second one of these further on is refused too
    }
    return false;
}

bool Store::writeItemDetails(const Item &item, bool insert, QString *error)
{
    switch (item.kind) {
    case ItemKind::Organisation: return true;
    case ItemKind::Provider: {
        QSqlQuery &q = prepared(
            insert ? QStringLiteral("INSERT INTO provider (provider_kind, full_name, website, location, config_tool,"
                                    " config_tool_url, config_repo, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                   : QStringLiteral("UPDATE provider SET provider_kind = ?, full_name = ?, website = ?, location = ?,"
                                    " config_tool = ?, config_tool_url = ?, config_repo = ? WHERE item_id = ?"));
        q.addBindValue(keys::providerKind(item.providerKind));
        q.addBindValue(item.fullName);
        q.addBindValue(item.website);
        q.addBindValue(item.location);
        q.addBindValue(item.configTool);
        q.addBindValue(item.configToolUrl);
        q.addBindValue(item.configRepo);
        q.addBindValue(item.id);
        return exec(q, error);
    }
    case ItemKind::Host: {
        QSqlQuery &q =
            prepared(insert ? QStringLiteral("INSERT INTO host (host_kind, hostname, item_id) VALUES (?, ?, ?)")
                            : QStringLiteral("UPDATE host SET host_kind = ?, hostname = ? WHERE item_id = ?"));
        q.addBindValue(keys::hostKind(item.hostKind));
        q.addBindValue(item.hostname);
        q.addBindValue(item.id);
        return exec(q, error);
    }
    case ItemKind::Service: {
        QSqlQuery &q =
            prepared(insert ? QStringLiteral("INSERT INTO service (url, source_url, item_id) VALUES (?, ?, ?)")
                            : QStringLiteral("UPDATE service SET url = ?, source_url = ? WHERE item_id = ?"));
        q.addBindValue(item.url);
        q.addBindValue(item.sourceUrl);
        q.addBindValue(item.id);
        return exec(q, error);
    }
    }
    return false;
}

std::optional<qint64> Store::createItem(Item &item, QString *error)
{
    Item draft = item;
    draft.name = draft.name.trimmed();
    if (!normaliseGraph(&draft, error) || !checkFields(validation::itemProblem(draft), error))
        return std::nullopt;
    const bool ok = write(
        [&](QString *err) {
            if (!checkParent(draft, err) || !checkGraph(draft, err))
                return false;
            if (draft.kind == ItemKind::Organisation) {
                QSqlQuery &count = prepared(QStringLiteral("SELECT count(*) FROM item WHERE kind = 'organisation'"));
                if (!exec(count, err))
                    return false;
                const bool exists = count.next() && count.value(0).toInt() > 0;
                count.finish();
                if (exists) {
                    setError(err, tr("The inventory already has an organisation."));
                    return false;
                }
            }
            if (!checkItemName(draft, err))
                return false;
            QSqlQuery &q = prepared(QStringLiteral(
                "INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
            // An id given is kept (undo puts an item back as it was); 0 lets SQLite choose.
            q.addBindValue(nullableId(draft.id));
            q.addBindValue(keys::itemKind(draft.kind));
            q.addBindValue(draft.name);
            q.addBindValue(nameKey(draft.name));
            q.addBindValue(nullableId(draft.parentId));
            q.addBindValue(draft.status.isEmpty() ? QStringLiteral("active") : draft.status);
            q.addBindValue(draft.description);
            q.addBindValue(draft.notes);
            if (!exec(q, err))
                return false;
            if (!insertedId(q, &draft.id, err))
                return false;
            draft.version = 1;
            if (draft.status.isEmpty())
                draft.status = QStringLiteral("active");
            return writeItemDetails(draft, true, err) && writeItemGraph(draft, true, err) &&
                   logChange(QStringLiteral("item"), draft.id, draft.id, QStringLiteral("create"),
                             tr("Created %1 \"%2\"").arg(keys::itemKindLabel(draft.kind), draft.name), {},
                             itemFields(draft), err);
        },
        error);
    if (!ok)
        return std::nullopt;
    item = draft;
    const qint64 id = item.id;
    notify([this, id] { Q_EMIT itemCreated(id); });
    return id;
}

std::optional<qint64> Store::createValidatedItem(Item &item, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 0) {
        setError(error, tr("Items are created in bulk only inside a write."));
        return std::nullopt;
    }
    Item draft = item;
    draft.name = draft.name.trimmed();
    if (draft.status.isEmpty())
        draft.status = QStringLiteral("active");
    if (draft.name.isEmpty() || (draft.kind != ItemKind::Organisation && draft.parentId == 0)) {
        setError(error, tr("\"%1\" needs a name and a parent.").arg(draft.name));
        return std::nullopt;
    }
    if (!checkFields(validation::itemProblem(draft), error) || !checkItemName(draft, error))
        return std::nullopt;
    // Bound by position: the same statement for every item, no name look-ups.
    static const QString insert =
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
                       " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, 1)");
    QSqlQuery &q = prepared(insert);
    q.bindValue(0, keys::itemKind(draft.kind));
    q.bindValue(1, draft.name);
    q.bindValue(2, nameKey(draft.name));
    q.bindValue(3, draft.parentId);
    q.bindValue(4, draft.status);
    q.bindValue(5, draft.description);
    q.bindValue(6, draft.notes);
    if (!exec(q, error))
        return std::nullopt;
    // Not RETURNING: SQLite builds a temporary table for it on every execution,
    // which costs more than the insert; this path is SQLite's anyway.
    draft.id = q.lastInsertId().toLongLong();
    q.finish();
    if (draft.id <= 0) {
        setError(error, tr("No id was returned."));
        return std::nullopt;
    }
    draft.version = 1;
    if (!writeItemDetails(draft, true, error))
        return std::nullopt;
    QJsonObject after;
    after.insert(QStringLiteral("kind"), keys::itemKind(draft.kind));
    after.insert(QStringLiteral("name"), draft.name);
    after.insert(QStringLiteral("parent_id"), draft.parentId);
    if (!logChange(QStringLiteral("item"), draft.id, draft.id, QStringLiteral("create"),
                   tr("Created %1 \"%2\"").arg(keys::itemKindLabel(draft.kind), draft.name), {}, after, error))
        return std::nullopt;
    item = draft;
    const qint64 id = item.id;
    notify([this, id] { Q_EMIT itemCreated(id); });
    return id;
}

bool Store::createValidatedItems(QVector<Item> &items, QString *error)
{
    return insertValidatedItems(items, false, error);
}

bool Store::restoreValidatedItems(QVector<Item> &items, QString *error)
{
    return insertValidatedItems(items, true, error);
}

bool Store::insertValidatedItems(QVector<Item> &items, bool keepIds, QString *error)
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 0) {
        setError(error, tr("Items are created in bulk only inside a write."));
        return false;
    }
    if (items.isEmpty())
        return true;
    // Every text column is NOT NULL: a null QString would bind as NULL.
    static const QString empty = QStringLiteral("");
    const auto text = [](const QString &value) -> const QString & { return value.isNull() ? empty : value; };
    QSqlQuery &last = prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM item"));
    if (!exec(last, error))
        return false;
    const qint64 before = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    QVector<QString> keys(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        item.name = item.name.trimmed();
        if (item.status.isEmpty())
            item.status = QStringLiteral("active");
        if (item.name.isEmpty() || (item.kind != ItemKind::Organisation && item.parentId <= 0)) {
            setError(error, tr("\"%1\" needs a name and a parent.").arg(item.name));
            return false;
        }
        if (!checkFields(validation::itemProblem(item), error))
            return false;
        if (!keepIds) {
            item.id = before + 1 + i;
        } else if (item.id <= 0) {
            setError(error, tr("\"%1\" has no id to be made again with.").arg(item.name));
            return false;
        }
        item.version = 1;
        keys[i] = nameKey(item.name);
    }
    if (m_db.backend() == Backend::SQLite) {
        // What the index still owes (rows deleted earlier in this transaction) goes
        // first: a 'delete' of a stale row whose id a new row takes would remove the
        // new row's terms.
        QString message;
        if (!m_db.updateSearchIndex(&message)) {
            setError(error, message);
            return false;
        }
        if (!ensureBatch(tr("Created %n item(s)", nullptr, static_cast<int>(items.size())), error))
            return false;
        if (!SqliteBulkItemInsert(m_db, m_batchId, createdSummaries()).run(items, keys, error)) {
            // With kept ids, every item in the inventory now was there before.
            bulkNameTaken(items, keys, keepIds ? std::numeric_limits<qint64>::max() : before, error);
            return false;
        }
        notifyBulk();
        return true;
    }
    // PostgreSQL: multi-row inserts; its triggers write the GIN index as the rows go in.
    // Under a savepoint: after a name the unique index refuses, the transaction can
    // still say which.
    QSqlQuery savepoint(m_db.connection());
    if (!savepoint.exec(QStringLiteral("SAVEPOINT steward_bulk_items"))) {
        setError(error, savepoint.lastError().text());
        return false;
    }
    bool ok = insertRows(
        QStringLiteral("INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
                       " VALUES "),
        QStringLiteral("(?,?,?,?,?,?,?,?,1)"), 8, items.size(),
        [&](QSqlQuery &q, qsizetype i, int at) {
            const Item &item = items.at(i);
            q.bindValue(at, item.id);
            q.bindValue(at + 1, keys::itemKind(item.kind));
            q.bindValue(at + 2, item.name);
            q.bindValue(at + 3, keys.at(i));
            q.bindValue(at + 4, nullableId(item.parentId));
            q.bindValue(at + 5, item.status);
            q.bindValue(at + 6, text(item.description));
            q.bindValue(at + 7, text(item.notes));
        },
        error);
    if (!ok) {
        savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT steward_bulk_items"));
        bulkNameTaken(items, keys, keepIds ? std::numeric_limits<qint64>::max() : before, error);
        return false;
    }
    if (!savepoint.exec(QStringLiteral("RELEASE SAVEPOINT steward_bulk_items"))) {
        setError(error, savepoint.lastError().text());
        return false;
    }
    // The kind-specific rows, one run per kind.
    QVector<qsizetype> ofKind[4];
    for (qsizetype i = 0; i < items.size(); ++i)
        ofKind[static_cast<int>(items.at(i).kind)].append(i);
    const auto each = [&](ItemKind kind, const std::function<void(QSqlQuery &, const Item &, int)> &bind) {
        const QVector<qsizetype> &rows = ofKind[static_cast<int>(kind)];
        return [&rows, &items, bind](QSqlQuery &q, qsizetype i, int at) { bind(q, items.at(rows.at(i)), at); };
    };
    ok = ok && insertRows(QStringLiteral("INSERT INTO provider (item_id, provider_kind, full_name, website, location,"
                                         " config_tool, config_tool_url, config_repo) VALUES "),
                          QStringLiteral("(?,?,?,?,?,?,?,?)"), 8, ofKind[static_cast<int>(ItemKind::Provider)].size(),
                          each(ItemKind::Provider,
                               [&](QSqlQuery &q, const Item &item, int at) {
                                   q.bindValue(at, item.id);
                                   q.bindValue(at + 1, keys::providerKind(item.providerKind));
                                   q.bindValue(at + 2, text(item.fullName));
                                   q.bindValue(at + 3, text(item.website));
                                   q.bindValue(at + 4, text(item.location));
                                   q.bindValue(at + 5, text(item.configTool));
                                   q.bindValue(at + 6, text(item.configToolUrl));
                                   q.bindValue(at + 7, text(item.configRepo));
                               }),
                          error);
    ok = ok && insertRows(QStringLiteral("INSERT INTO host (item_id, host_kind, hostname) VALUES "),
                          QStringLiteral("(?,?,?)"), 3, ofKind[static_cast<int>(ItemKind::Host)].size(),
                          each(ItemKind::Host,
                               [&](QSqlQuery &q, const Item &item, int at) {
                                   q.bindValue(at, item.id);
                                   q.bindValue(at + 1, keys::hostKind(item.hostKind));
                                   q.bindValue(at + 2, text(item.hostname));
                               }),
                          error);
    ok = ok && insertRows(QStringLiteral("INSERT INTO service (item_id, url, source_url) VALUES "),
                          QStringLiteral("(?,?,?)"), 3, ofKind[static_cast<int>(ItemKind::Service)].size(),
                          each(ItemKind::Service,
                               [&](QSqlQuery &q, const Item &item, int at) {
                                   q.bindValue(at, item.id);
                                   q.bindValue(at + 1, text(item.url));
                                   q.bindValue(at + 2, text(item.sourceUrl));
                               }),
                          error);
    if (!ok)
        return false;
    // The history: one compact row per item (kind, name, parent), as createValidatedItem writes.
    if (!ensureBatch(tr("Created %n item(s)", nullptr, static_cast<int>(items.size())), error))
        return false;
    const CreatedItemSummaries summaries = createdSummaries();
    if (keepIds) {
        // Not a run of ids after the largest: the rows from the items in memory.
        ok = insertRows(
            QStringLiteral(
                "INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after) VALUES "),
            QStringLiteral("(?,'item',?,?,'create',?,'{}',?)"), 5, items.size(),
            [&](QSqlQuery &q, qsizetype i, int at) {
                const Item &item = items.at(i);
                const int kind = static_cast<int>(item.kind);
                QJsonObject after;
                after.insert(QStringLiteral("kind"), keys::itemKind(item.kind));
                after.insert(QStringLiteral("name"), item.name);
                after.insert(QStringLiteral("parent_id"), item.parentId > 0 ? QJsonValue(item.parentId) : QJsonValue());
                q.bindValue(at, m_batchId);
                q.bindValue(at + 1, item.id);
                q.bindValue(at + 2, item.id);
                q.bindValue(at + 3, summaries.before[kind] + item.name + summaries.after[kind]);
                q.bindValue(at + 4, compactJson(after));
            },
            error);
        if (!ok)
            return false;
    }
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        if (keepIds || ofKind[static_cast<int>(kind)].isEmpty())
            continue;
        QSqlQuery &q =
            prepared(QStringLiteral(
                         "INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
                         " SELECT ?, 'item', id, id, 'create', ? || name || ?, '{}', %1"
                         " FROM item WHERE id > ? AND kind = ? ORDER BY id")
                         .arg(dialect::jsonObject(
                             m_db.backend(), QStringLiteral("'kind', kind, 'name', name, 'parent_id', parent_id"))));
        q.addBindValue(m_batchId);
        q.addBindValue(summaries.before[static_cast<int>(kind)]);
        q.addBindValue(summaries.after[static_cast<int>(kind)]);
        q.addBindValue(before);
        q.addBindValue(keys::itemKind(kind));
        if (!exec(q, error))
            return false;
        q.finish();
    }
    // The further hosts, aliases and tags, many rows a statement.
    struct Entry
    {
        qsizetype item;
        int position;
    };
    QVector<Entry> hosts, aliases, tags;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        for (int p = 0; p < item.alsoOn.size(); ++p)
            hosts.append({i, p});
        for (int p = 0; p < item.aliases.size(); ++p)
            aliases.append({i, p});
        for (int p = 0; p < item.tags.size(); ++p)
            tags.append({i, p});
    }
    ok = insertRows(
             QStringLiteral("INSERT INTO also_runs_on (service_id, host_id, position) VALUES "),
             QStringLiteral("(?,?,?)"), 3, hosts.size(),
             [&](QSqlQuery &q, qsizetype i, int at) {
                 const Entry &e = hosts.at(i);
                 q.bindValue(at, items.at(e.item).id);
                 q.bindValue(at + 1, items.at(e.item).alsoOn.at(e.position));
                 q.bindValue(at + 2, e.position);
             },
             error) &&
         insertRows(
             QStringLiteral("INSERT INTO item_alias (item_id, kind, alias, alias_key, position) VALUES "),
             QStringLiteral("(?,?,?,?,?)"), 5, aliases.size(),
             [&](QSqlQuery &q, qsizetype i, int at) {
                 const Entry &e = aliases.at(i);
                 const Item &item = items.at(e.item);
                 q.bindValue(at, item.id);
                 q.bindValue(at + 1, keys::itemKind(item.kind));
                 q.bindValue(at + 2, item.aliases.at(e.position));
                 q.bindValue(at + 3, nameKey(item.aliases.at(e.position)));
                 q.bindValue(at + 4, e.position);
             },
             error) &&
         insertRows(
             QStringLiteral("INSERT INTO item_tag (item_id, tag, position) VALUES "), QStringLiteral("(?,?,?)"), 3,
             tags.size(),
             [&](QSqlQuery &q, qsizetype i, int at) {
                 const Entry &e = tags.at(i);
                 q.bindValue(at, items.at(e.item).id);
                 q.bindValue(at + 1, items.at(e.item).tags.at(e.position));
                 q.bindValue(at + 2, e.position);
             },
             error);
    if (!ok)
        return false;
    notifyBulk();
    return true;
}

bool Store::updateItem(Item &item, QString *error)
{
    Item draft = item;
    draft.name = draft.name.trimmed();
    draft.status = draft.status.trimmed();
    if (draft.status.isEmpty())
        draft.status = QStringLiteral("active");
    if (!normaliseGraph(&draft, error))
        return false;
    const bool ok = write(
        [&](QString *err) {
            auto current = this->item(draft.id, err);
            if (!current) {
                setError(err, tr("\"%1\" no longer exists; someone may have deleted it.").arg(draft.name));
                return false;
            }
            if (current->kind != draft.kind) {
                setError(err, tr("The kind of \"%1\" cannot be changed.").arg(draft.name));
                return false;
            }
            if (!draft.graphLoaded) { // read in bulk: its further hosts, aliases and tags stay
                draft.alsoOn = current->alsoOn;
                draft.aliases = current->aliases;
                draft.tags = current->tags;
                draft.graphLoaded = true;
            }
            // What it holds already stays, whatever its length; what changes is checked.
            if (!checkFields(validation::itemProblem(draft, &*current), err))
                return false;
            // The name is checked only when it changes: the record holds it already otherwise.
            if (!checkParent(draft, err) || !checkGraph(draft, err) ||
                (nameKey(draft.name) != nameKey(current->name) && !checkItemName(draft, err)))
                return false;
            if (!changeOne(
                    QStringLiteral("UPDATE item SET name = ?, name_key = ?, parent_id = ?, status = ?, description = ?,"
                                   " notes = ?, version = version + 1 WHERE id = ? AND version = ?"),
                    {draft.name, nameKey(draft.name), nullableId(draft.parentId), draft.status, draft.description,
                     draft.notes, draft.id, draft.version},
                    tr("\"%1\" was changed by someone else since it was loaded (version %2, now %3).")
                        .arg(current->name)
                        .arg(draft.version)
                        .arg(current->version),
                    err))
                return false;
            ++draft.version;
            if (!writeItemDetails(draft, false, err))
                return false;
            const bool graphChanged =
                draft.alsoOn != current->alsoOn || draft.aliases != current->aliases || draft.tags != current->tags;
            if (graphChanged && !writeItemGraph(draft, false, err))
                return false;
            QJsonObject before = itemFields(*current), after = itemFields(draft);
            // Both sides name every graph field, so that emptying one is recorded (and reverted).
            addGraphFields(&before, *current, true);
            addGraphFields(&after, draft, true);
            keepChanged(&before, &after);
            if (before.isEmpty() && after.isEmpty())
                return true;
            return logChange(QStringLiteral("item"), draft.id, draft.id, QStringLiteral("update"),
                             tr("Changed %1 of \"%2\"").arg(after.keys().join(QStringLiteral(", ")), draft.name),
                             before, after, err);
        },
        error);
    if (!ok)
        return false;
    item = draft;
    const qint64 id = item.id;
    notify([this, id] { Q_EMIT itemUpdated(id); });
    return true;
}

std::optional<QVector<Item>> Store::servicesThatStay(const QVector<qint64> &subtree, QString *error)
{
    const QSet<qint64> inside(subtree.cbegin(), subtree.cend());
    QSet<qint64> services;
    const auto placements = this->placements(error);
    if (!placements)
        return std::nullopt;
    for (const Placement &p : *placements) {
        if (inside.contains(p.serviceId) && !inside.contains(p.hostId))
            services.insert(p.serviceId);
    }
    QVector<Item> stay;
    for (qint64 id : subtree) { // in subtree order: the same order every time
        if (!services.contains(id))
            continue;
        auto service = item(id, error);
        if (!service)
            return std::nullopt;
        stay.append(*service);
    }
    return stay;
}

bool Store::deleteItem(qint64 id, QString *error)
{
    const bool ok = write(
        [&](QString *err) {
            // A service on a load-balanced pair stays when one of the pair goes: it
            // moves to the first of its hosts that stays.
            const auto ids = subtreeIds(id, err);
            if (!ids)
                return false;
            const auto stay = servicesThatStay(*ids, err);
            if (!stay)
                return false;
            const QSet<qint64> inside(ids->cbegin(), ids->cend());
            for (Item service : *stay) {
                QVector<qint64> hosts;
                for (qint64 host : std::as_const(service.alsoOn)) {
                    if (!inside.contains(host))
                        hosts.append(host);
                }
                service.parentId = hosts.takeFirst();
                service.alsoOn = hosts;
                if (!updateItem(service, err))
                    return false;
            }
            return removeItemRows(id, err);
        },
        error);
    if (ok)
        notify([this, id] { Q_EMIT itemRemoved(id); });
    return ok;
}

bool Store::deleteItems(const QVector<qint64> &ids, QString *error)
{
    Q_ASSERT(m_depth > 0);
    // What removeItemRows() does for each id in turn, a few hundred ids a statement: a
    // statement per item, several per item, took 5 ms an item on a server (the undo of
    // a 20k import, 100 s). Each id's subtree goes with it, recorded as it was; an id
    // that went with an earlier one's subtree is not deleted twice.
    constexpr int chunk = 400;
    QSet<qint64> gone;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        QVector<qint64> roots;
        for (qint64 id : ids.mid(start, chunk)) {
            if (!gone.contains(id))
                roots.append(id);
        }
        const int n = static_cast<int>(roots.size());
        if (n == 0)
            continue;
        // The subtrees, each item once with the first root (in the given order) above it.
        QSqlQuery tree(m_db.connection());
        tree.setForwardOnly(true);
        tree.prepare(QStringLiteral("WITH RECURSIVE subtree(id, root, depth) AS (SELECT id, id, 0 FROM item"
                                    " WHERE id IN (%1) UNION ALL SELECT i.id, s.root, s.depth + 1 FROM item i"
                                    " JOIN subtree s ON i.parent_id = s.id) SELECT id, root, depth FROM subtree")
                         .arg(placeholders(n)));
        for (qint64 id : roots)
            tree.addBindValue(id);
        if (!exec(tree, error))
            return false;
        QHash<qint64, int> order; // root -> its place in roots
        for (int i = 0; i < n; ++i)
            order.insert(roots.at(i), i);
        struct Gone
        {
            qint64 id;
            int root;  // the place of its root in roots
            int depth; // below that root
        };
        QHash<qint64, Gone> below;
        while (tree.next()) {
            const qint64 id = tree.value(0).toLongLong();
            const Gone g{id, order.value(tree.value(1).toLongLong()), tree.value(2).toInt()};
            // An id in roots is its own root (it is deleted as itself, not with a parent).
            const auto own = order.constFind(id);
            const Gone best = own != order.constEnd() ? Gone{id, *own, 0} : g;
            auto it = below.find(id);
            if (it == below.end())
                below.insert(id, best);
            else if (best.root < it->root || (best.root == it->root && best.depth < it->depth))
                *it = best;
        }
        tree.finish();
        for (qint64 id : roots) {
            if (!below.contains(id)) {
                setError(error, tr("Item %1 does not exist or cannot be deleted.").arg(id));
                return false;
            }
        }
        // As removeItemRows() records them: each root, then its subtree parents first.
        QVector<Gone> list = below.values();
        std::sort(list.begin(), list.end(), [](const Gone &a, const Gone &b) {
            return a.root != b.root ? a.root < b.root : a.depth != b.depth ? a.depth < b.depth : a.id < b.id;
        });
        QHash<qint64, Item> items;
        QVector<qint64> listed;
        listed.reserve(list.size());
        for (const Gone &g : std::as_const(list))
            listed.append(g.id);
        // Whole, further hosts, aliases and tags too: the history records what went, so
        // that a revert of this batch can make it again.
        const auto read = itemsById(listed, error);
        if (!read)
            return false;
        for (const Item &item : *read)
            items.insert(item.id, item);
        for (qint64 id : roots) {
            if (items.value(id).kind == ItemKind::Organisation) {
                setError(error, tr("Item %1 does not exist or cannot be deleted.").arg(id));
                return false;
            }
        }
        if (!ensureBatch(tr("Deleted %n item(s)", nullptr, static_cast<int>(list.size())), error))
            return false;
        const bool logged = insertRows(
            QStringLiteral("INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before,"
                           " after) VALUES "),
            QStringLiteral("(?,'item',?,?,'delete',?,?,'{}')"), 5, list.size(),
            [&](QSqlQuery &q, qsizetype i, int at) {
                const Gone &g = list.at(i);
                const Item &old = items[g.id];
                const QString kind = keys::itemKindLabel(old.kind);
                q.bindValue(at, m_batchId);
                q.bindValue(at + 1, g.id);
                q.bindValue(at + 2, g.id);
                q.bindValue(at + 3, g.depth == 0 ? tr("Deleted %1 \"%2\"").arg(kind, old.name)
                                                 : tr("Deleted %1 \"%2\" with its parent").arg(kind, old.name));
                q.bindValue(at + 4, compactJson(itemFields(old)));
            },
            error);
        if (!logged)
            return false;
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM item WHERE id IN (%1)").arg(placeholders(n)));
        for (qint64 id : roots)
            remove.addBindValue(id);
        if (!exec(remove, error))
            return false;
        for (const Gone &g : std::as_const(list))
            gone.insert(g.id);
    }
    if (!ids.isEmpty())
        notifyBulk();
    return true;
}

std::optional<QVector<qint64>> Store::subtreeIds(qint64 id, QString *error)
{
    // Parents before children: the recursive query walks down level by level.
    QSqlQuery &tree = prepared(QStringLiteral(
        "WITH RECURSIVE subtree(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION ALL"
        " SELECT i.id, s.depth + 1 FROM item i JOIN subtree s ON i.parent_id = s.id) SELECT id FROM subtree ORDER BY depth"));
    tree.addBindValue(id);
    if (!exec(tree, error))
        return std::nullopt;
    QVector<qint64> ids;
    while (tree.next())
        ids.append(tree.value(0).toLongLong());
    tree.finish();
    return ids;
}

bool Store::removeItemRows(qint64 id, QString *err)
{
    // Every item that goes, the subtree too, is recorded with what it was.
    const auto ids = subtreeIds(id, err);
    if (!ids)
        return false;
    for (qint64 gone : *ids) {
        auto old = item(gone, err);
        if (!old)
            return false;
        const QString summary =
            gone == id ? tr("Deleted %1 \"%2\"").arg(keys::itemKindLabel(old->kind), old->name)
                       : tr("Deleted %1 \"%2\" with its parent").arg(keys::itemKindLabel(old->kind), old->name);
        if (!logChange(QStringLiteral("item"), gone, gone, QStringLiteral("delete"), summary, itemFields(*old), {},
                       err))
            return false;
    }
    return changeOne(QStringLiteral("DELETE FROM item WHERE id = ? AND kind <> 'organisation'"), {id},
                     tr("Item %1 does not exist or cannot be deleted.").arg(id), err);
}

std::optional<Item> Store::item(qint64 id, QString *error)
{
    auto item = readOne(kItemSelect + QStringLiteral("WHERE i.id = ?"), id, readItem,
                        tr("Item %1 does not exist.").arg(id), error);
    if (item && !loadItemGraph(&*item, error))
        return std::nullopt;
    return item;
}

std::optional<QVector<TreeRow>> Store::treeRows(QString *error, bool services)
{
    // The kind comes back as a number: one string less per row matters at 100k rows.
    QSqlQuery &q = prepared(
        QStringLiteral(
            "SELECT id, parent_id, CASE kind WHEN 'service' THEN 3 WHEN 'host' THEN 2 WHEN 'provider' THEN 1 ELSE 0 END,"
            " name, status FROM item%1")
            .arg(services ? QString() : QStringLiteral(" WHERE kind IN ('organisation', 'provider', 'host')")));
    static_assert(static_cast<int>(ItemKind::Service) == 3 && static_cast<int>(ItemKind::Host) == 2 &&
                  static_cast<int>(ItemKind::Provider) == 1 && static_cast<int>(ItemKind::Organisation) == 0);
    if (!exec(q, error))
        return std::nullopt;
    QVector<TreeRow> rows;
    // Statuses repeat; sharing one QString per distinct value keeps 100k rows small.
    QHash<QString, QString> statuses;
    while (q.next()) {
        TreeRow row;
        row.id = q.value(0).toLongLong();
        row.parentId = q.value(1).toLongLong();
        row.kind = static_cast<ItemKind>(q.value(2).toInt());
        row.name = q.value(3).toString();
        const QString status = q.value(4).toString();
        auto it = statuses.find(status);
        if (it == statuses.end())
            it = statuses.insert(status, status);
        row.status = *it;
        rows.append(std::move(row));
    }
    const bool ok = !q.lastError().isValid();
    if (!ok)
        setError(error, q.lastError().databaseText());
    q.finish();
    if (!ok)
        return std::nullopt;
    return rows;
}

std::optional<QSet<qint64>> Store::unnamedHosts(QString *error)
{
    return selectIds(QStringLiteral("SELECT item_id FROM host WHERE hostname = ''"), error);
}

std::optional<QVector<std::pair<qint64, QString>>> Store::hostnamesAndUrls(QString *error)
{
    return selectAll<std::pair<qint64, QString>>(
        QStringLiteral("SELECT item_id, hostname FROM host WHERE hostname <> ''"
                       " UNION ALL SELECT item_id, url FROM service WHERE url <> ''"),
        {},
        [](const QSqlQuery &q) { return std::pair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString()); },
        error);
}

std::optional<QVector<Item>> Store::findItemsByName(const QString &name, QString *error)
{
    // By name, then by alias (an alias is unique within its kind, as a name is). The ids
    // as one list of two look-ups: "name_key = ? OR id IN (...)" is a look-up of both on
    // SQLite, but PostgreSQL reads every item to check the OR.
    const QString key = nameKey(name);
    auto items = selectAll(kItemSelect + QStringLiteral("WHERE i.id IN (SELECT id FROM item WHERE name_key = ?"
                                                        " UNION ALL SELECT item_id FROM item_alias WHERE alias_key = ?)"
                                                        " ORDER BY i.name_key <> ?, i.id"),
                           {key, key, key}, readItem, error);
    // Few: each whole, further hosts, aliases and tags too.
    if (items) {
        for (Item &item : *items) {
            if (!loadItemGraph(&item, error))
                return std::nullopt;
        }
    }
    return items;
}

std::optional<QVector<Item>> Store::searchItems(const QString &text, int limit, QString *error)
{
    QVector<Item> result;
    // The pattern is a bound value; LIKE wildcards in the user's text are escaped.
    QString pattern = nameKey(text);
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery &q =
        bound(kItemSelect + QStringLiteral("WHERE i.name_key LIKE ? ESCAPE '\\' ORDER BY i.name_key LIMIT ?"),
              {QStringLiteral("%") + pattern + QStringLiteral("%"), limit});
    if (!exec(q, error))
        return std::nullopt;
    while (q.next())
        result.append(readItem(q));
    q.finish();
    return result;
}

std::optional<QVector<qint64>> Store::ancestry(qint64 id, QString *error)
{
    QVector<qint64> chain;
    QSqlQuery &q = prepared(QStringLiteral("SELECT parent_id FROM item WHERE id = ?"));
    qint64 current = id;
    // The tree is at most four levels deep; the bound guards against a damaged file.
    while (current > 0 && chain.size() < 16) {
        q.addBindValue(current);
        if (!exec(q, error))
            return std::nullopt;
        if (!q.next()) {
            q.finish();
            if (chain.isEmpty()) {
                setError(error, tr("Item %1 does not exist.").arg(id));
                return std::nullopt;
            }
            break;
        }
        chain.append(current);
        current = q.value(0).toLongLong();
        q.finish();
    }
    return chain;
}

std::optional<QVector<Item>> Store::services(QString *error)
{
    return itemsOfKind(ItemKind::Service, error);
}

std::optional<QVector<Item>> Store::itemsOfKind(ItemKind kind, QString *error)
{
    return selectAll(kItemSelect + QStringLiteral("WHERE i.kind = ? ORDER BY i.name_key, i.id"), {keys::itemKind(kind)},
                     readItem, error);
}

bool Store::forEachService(const std::function<bool(const ServiceRow &)> &visit, QString *error,
                           const AncestorsSink &ancestors)
{
    return ServiceScan(m_db, inTransaction()).run(visit, error, ancestors);
}

std::optional<int> Store::countItems(ItemKind kind, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT count(*) FROM item WHERE kind = ?"));
    q.addBindValue(keys::itemKind(kind));
    if (!exec(q, error))
        return std::nullopt;
    std::optional<int> count;
    if (q.next())
        count = q.value(0).toInt();
    else
        setError(error, q.lastError().isValid() ? q.lastError().text() : tr("The items cannot be counted."));
    q.finish();
    return count;
}

} // namespace steward
