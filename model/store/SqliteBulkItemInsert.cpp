#include "SqliteBulkItemInsert.h"

#include "Migrations.h"
#include "SqliteStatement.h"
#include "StoreSql.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <thread>

namespace steward {

using storesql::setError;

bool SqliteBulkItemInsert::run(const QVector<Item> &items, const QVector<QString> &keys, QString *error)
{
    // Every table written set-based, INSERT ... SELECT from the items in memory (see
    // SqliteStatement::runWithRows): no SQL text or bound values per row. The search
    // triggers wait (schema step 4, the search_bulk hold; and switched off for the
    // inserts into the item tables, see SqliteTriggersOff) while search_doc is written
    // set-based too, and the new texts go into search_fts in one statement, not
    // through search_pending.
    const QSqlDatabase db = m_db.connection();
    QSqlQuery hold(db);
    if (!hold.exec(QStringLiteral("INSERT OR IGNORE INTO search_bulk (id) VALUES (1)"))) {
        setError(error, hold.lastError().text());
        return false;
    }
    QByteArray kindKeys[4];
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service})
        kindKeys[static_cast<int>(kind)] = keys::itemKind(kind).toUtf8();
    using Cell = SqliteStatement::Cell;
    // The search texts, as the item triggers would have written them: ASCII text
    // folded here (lower-case, as SQLite's lower()) and written in id order, other text
    // through the search_input view, whose trigger folds it and notes it in
    // search_pending for the commit's index update.
    struct Field
    {
        int number;
        QByteArray label;
        const QString Item::*member;
    };
    const QHash<QString, const QString Item::*> members = {
        {QStringLiteral("name"), &Item::name},
        {QStringLiteral("description"), &Item::description},
        {QStringLiteral("notes"), &Item::notes},
        {QStringLiteral("url"), &Item::url},
        {QStringLiteral("source_url"), &Item::sourceUrl},
        {QStringLiteral("full_name"), &Item::fullName},
        {QStringLiteral("website"), &Item::website},
        {QStringLiteral("location"), &Item::location},
        {QStringLiteral("config_tool"), &Item::configTool},
        {QStringLiteral("config_tool_url"), &Item::configToolUrl},
        {QStringLiteral("config_repo"), &Item::configRepo},
        {QStringLiteral("hostname"), &Item::hostname},
    };
    QVector<Field> fields[4];
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service}) {
        for (const auto &field : itemSearchFields(kind)) {
            const auto member = members.value(field.second);
            Q_ASSERT(member);
            if (member)
                fields[static_cast<int>(kind)].append({field.first, field.second.toUtf8(), member});
        }
    }
    // The aliases and tags, one search row per item and list (their texts one a line, in
    // their order), as indexBulkSearchLists() would write them: with the items' own.
    struct List
    {
        int number;
        QByteArray label;
        const QStringList Item::*member;
    };
    QVector<List> lists;
    for (const auto &list : itemSearchLists()) {
        const QStringList Item::*member = list.second == QLatin1String("alias") ? &Item::aliases
                                          : list.second == QLatin1String("tag") ? &Item::tags
                                                                                : nullptr;
        Q_ASSERT(member);
        if (member)
            lists.append({list.first, list.second.toUtf8(), member});
    }
    struct Doc
    {
        qint64 id;
        qint64 group;
        qint64 target;
        const QByteArray *label;
        QByteArray text, folded; // UTF-8; folded only for ASCII text
        QString source;          // other text
    };
    QVector<Doc> ascii, other;
    QVector<QString> summaries;
    // Built on a second thread while this one writes the item rows: it only reads
    // items, which nothing changes until it is joined.
    std::thread prepare([&] {
        ascii.reserve(items.size() * 5);
        const auto add = [&](qint64 id, qint64 group, qint64 target, const QByteArray *label, const QString &text) {
            // ASCII as the schema's triggers tell it (as many bytes as characters), no NUL.
            const bool isAscii =
                std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() - 1u < 0x7fu; });
            if (!isAscii) {
                other.append({id, group, target, label, {}, {}, text});
                return;
            }
            Doc doc{id, group, target, label, text.toLatin1(), {}, {}};
            doc.folded = doc.text; // shared unless a letter is upper-case
            for (qsizetype i = 0; i < doc.folded.size(); ++i) {
                const char c = doc.folded.at(i);
                if (c >= 'A' && c <= 'Z')
                    doc.folded[i] = static_cast<char>(c - 'A' + 'a');
            }
            ascii.append(std::move(doc));
        };
        for (const Item &item : std::as_const(items)) {
            const qint64 group = itemSearchGroup(item.kind);
            const qint64 base = (group << 40) + (item.id << 5);
            // In id order: the fields' numbers come before the lists'.
            for (const Field &field : std::as_const(fields[static_cast<int>(item.kind)])) {
                const QString &text = item.*field.member;
                if (!text.isEmpty())
                    add(base + field.number, group, item.id, &field.label, text);
            }
            for (const List &list : std::as_const(lists)) {
                const QStringList &texts = item.*list.member;
                if (!texts.isEmpty())
                    add(base + list.number, group, item.id, &list.label, texts.join(QLatin1Char('\n')));
            }
        }
        summaries.reserve(items.size());
        for (const Item &item : std::as_const(items)) {
            const int kind = static_cast<int>(item.kind);
            summaries.append(m_summaries.before[kind] + item.name + m_summaries.after[kind]);
        }
    });
    auto joinPrepare = qScopeGuard([&] { prepare.join(); });
    // The search triggers of these four tables off, not only held: each held trigger
    // still ran a program per row to find the hold, a third of the items' insert time.
    std::optional<SqliteTriggersOff> triggersOff(std::in_place, SqliteStatement::handle(db));
    bool ok = SqliteStatement::runWithRows(
        db,
        "INSERT INTO item (id, kind, name, name_key, parent_id, status, description, notes, version)"
        " SELECT c0, c1, c2, c3, c4, c5, c6, c7, 1 FROM steward_rows",
        items.size(),
        [&](qsizetype row, int column, Cell &cell) {
            const Item &item = items.at(row);
            switch (column) {
            case 0: return cell.setInteger(item.id);
            case 1: return cell.setBytes(kindKeys[static_cast<int>(item.kind)]);
            case 2: return cell.setText(item.name);
            case 3: return cell.setText(keys.at(row));
            case 4: return item.parentId > 0 ? cell.setInteger(item.parentId) : cell.setNull();
            case 5: return cell.setText(item.status);
            case 6: return cell.setText(item.description);
            case 7: return cell.setText(item.notes);
            }
            cell.setNull();
        },
        error);
    // The kind-specific rows, one statement per kind.
    QVector<qsizetype> ofKind[4];
    for (qsizetype i = 0; i < items.size(); ++i)
        ofKind[static_cast<int>(items.at(i).kind)].append(i);
    const QVector<qsizetype> &providers = ofKind[static_cast<int>(ItemKind::Provider)];
    const QVector<qsizetype> &hosts = ofKind[static_cast<int>(ItemKind::Host)];
    const QVector<qsizetype> &services = ofKind[static_cast<int>(ItemKind::Service)];
    ok = ok && (providers.isEmpty() ||
                SqliteStatement::runWithRows(
                    db,
                    "INSERT INTO provider (item_id, provider_kind, full_name, website, location, config_tool,"
                    " config_tool_url, config_repo) SELECT c0, c1, c2, c3, c4, c5, c6, c7 FROM steward_rows",
                    providers.size(),
                    [&](qsizetype row, int column, Cell &cell) {
                        const Item &item = items.at(providers.at(row));
                        switch (column) {
                        case 0: return cell.setInteger(item.id);
                        case 1: return cell.setText(keys::providerKind(item.providerKind));
                        case 2: return cell.setText(item.fullName);
                        case 3: return cell.setText(item.website);
                        case 4: return cell.setText(item.location);
                        case 5: return cell.setText(item.configTool);
                        case 6: return cell.setText(item.configToolUrl);
                        case 7: return cell.setText(item.configRepo);
                        }
                        cell.setNull();
                    },
                    error));
    ok = ok &&
         (hosts.isEmpty() ||
          SqliteStatement::runWithRows(
              db, "INSERT INTO host (item_id, host_kind, hostname) SELECT c0, c1, c2 FROM steward_rows", hosts.size(),
              [&](qsizetype row, int column, Cell &cell) {
                  const Item &item = items.at(hosts.at(row));
                  switch (column) {
                  case 0: return cell.setInteger(item.id);
                  case 1: return cell.setText(keys::hostKind(item.hostKind));
                  case 2: return cell.setText(item.hostname);
                  }
                  cell.setNull();
              },
              error));
    ok = ok &&
         (services.isEmpty() ||
          SqliteStatement::runWithRows(
              db, "INSERT INTO service (item_id, url, source_url) SELECT c0, c1, c2 FROM steward_rows", services.size(),
              [&](qsizetype row, int column, Cell &cell) {
                  const Item &item = items.at(services.at(row));
                  switch (column) {
                  case 0: return cell.setInteger(item.id);
                  case 1: return cell.setText(item.url);
                  case 2: return cell.setText(item.sourceUrl);
                  }
                  cell.setNull();
              },
              error));
    triggersOff.reset();
    joinPrepare.dismiss();
    prepare.join();
    if (!ok)
        return false;
    const auto docColumn = [](const Doc &doc, int column, Cell &cell) {
        switch (column) {
        case 0: return cell.setInteger(doc.id);
        case 1: return cell.setInteger(doc.group);
        case 2: return cell.setInteger(doc.target);
        case 3: return cell.setBytes(*doc.label);
        case 4: return doc.source.isNull() ? cell.setBytes(doc.text) : cell.setText(doc.source);
        case 5: return cell.setBytes(doc.folded);
        }
        cell.setNull();
    };
    ok = SqliteStatement::runWithRows(
             db,
             "INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
             " SELECT c0, c1, c2, c3, c4, c5 FROM steward_rows",
             ascii.size(), [&](qsizetype row, int column, Cell &cell) { docColumn(ascii.at(row), column, cell); },
             error) &&
         (other.isEmpty() ||
          SqliteStatement::runWithRows(
              db,
              "INSERT INTO search_input (id, grp, target_id, field, text) SELECT c0, c1, c2, c3, c4 FROM steward_rows",
              other.size(), [&](qsizetype row, int column, Cell &cell) { docColumn(other.at(row), column, cell); },
              error));
    if (!ok)
        return false;
    // The ASCII texts into search_fts in one statement (in rowid order), not through
    // search_pending: FTS5 indexes a statement's rows at once.
    if (!SqliteStatement::runWithRows(
            db, "INSERT INTO search_fts (rowid, folded) SELECT c0, c5 FROM steward_rows", ascii.size(),
            [&](qsizetype row, int column, Cell &cell) { docColumn(ascii.at(row), column, cell); }, error))
        return false;
    // The further hosts, aliases and tags, whose search rows are written above: their
    // triggers off too.
    triggersOff.emplace(SqliteStatement::handle(db));
    if (!writeGraph(items, error))
        return false;
    triggersOff.reset();
    if (!hold.exec(QStringLiteral("DELETE FROM search_bulk WHERE id > 0"))) {
        setError(error, hold.lastError().text());
        return false;
    }
    // The history: one compact row per item (kind, name, parent), as createValidatedItem
    // writes it; the summary as tr() words it, around the name.
    return SqliteStatement::runWithRows(
        db,
        "INSERT INTO change_log (batch_id, entity, entity_id, item_id, action, summary, before, after)"
        " SELECT c0, 'item', c1, c1, 'create', c2, '{}', json_object('kind', c3, 'name', c4, 'parent_id', c5)"
        " FROM steward_rows",
        items.size(),
        [&](qsizetype row, int column, Cell &cell) {
            const Item &item = items.at(row);
            const int kind = static_cast<int>(item.kind);
            switch (column) {
            case 0: return cell.setInteger(m_batchId);
            case 1: return cell.setInteger(item.id);
            case 2: return cell.setText(summaries.at(row));
            case 3: return cell.setBytes(kindKeys[kind]);
            case 4: return cell.setText(item.name);
            case 5: return item.parentId > 0 ? cell.setInteger(item.parentId) : cell.setNull();
            }
            cell.setNull();
        },
        error);
}

bool SqliteBulkItemInsert::writeGraph(const QVector<Item> &items, QString *error)
{
    // The further hosts, aliases and tags, a statement per table for all the items.
    const QSqlDatabase db = m_db.connection();
    using Cell = SqliteStatement::Cell;
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
    QByteArray kindKeys[4];
    for (ItemKind kind : {ItemKind::Organisation, ItemKind::Provider, ItemKind::Host, ItemKind::Service})
        kindKeys[static_cast<int>(kind)] = keys::itemKind(kind).toUtf8();
    return (hosts.isEmpty() ||
            SqliteStatement::runWithRows(
                db, "INSERT INTO also_runs_on (service_id, host_id, position) SELECT c0, c1, c2 FROM steward_rows",
                hosts.size(),
                [&](qsizetype row, int column, Cell &cell) {
                    const Entry &e = hosts.at(row);
                    const Item &item = items.at(e.item);
                    switch (column) {
                    case 0: return cell.setInteger(item.id);
                    case 1: return cell.setInteger(item.alsoOn.at(e.position));
                    case 2: return cell.setInteger(e.position);
                    }
                    cell.setNull();
                },
                error)) &&
           (aliases.isEmpty() || SqliteStatement::runWithRows(
                                     db,
                                     "INSERT INTO item_alias (item_id, kind, alias, alias_key, position)"
                                     " SELECT c0, c1, c2, c3, c4 FROM steward_rows",
                                     aliases.size(),
                                     [&](qsizetype row, int column, Cell &cell) {
                                         const Entry &e = aliases.at(row);
                                         const Item &item = items.at(e.item);
                                         switch (column) {
                                         case 0: return cell.setInteger(item.id);
                                         case 1: return cell.setBytes(kindKeys[static_cast<int>(item.kind)]);
                                         case 2: return cell.setText(item.aliases.at(e.position));
                                         case 3: return cell.setText(nameKey(item.aliases.at(e.position)));
                                         case 4: return cell.setInteger(e.position);
                                         }
                                         cell.setNull();
                                     },
                                     error)) &&
           (tags.isEmpty() ||
            SqliteStatement::runWithRows(
                db, "INSERT INTO item_tag (item_id, tag, position) SELECT c0, c1, c2 FROM steward_rows", tags.size(),
                [&](qsizetype row, int column, Cell &cell) {
                    const Entry &e = tags.at(row);
                    const Item &item = items.at(e.item);
                    switch (column) {
                    case 0: return cell.setInteger(item.id);
                    case 1: return cell.setText(item.tags.at(e.position));
                    case 2: return cell.setInteger(e.position);
                    }
                    cell.setNull();
                },
                error));
}

} // namespace steward
