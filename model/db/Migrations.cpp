#include "Migrations.h"

#include "Database.h"
#include "SearchFold.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace steward {

namespace {

// Schema step 3. search_doc holds one row per searchable text (an item's name, URL,
// description, notes; a contact's name, notes and each address) with its folded form;
// search_fts indexes the folded form by trigrams (substrings of 3+ characters, case-
// insensitive). Names beginning with a query come from item's and contact's name_key
// indexes. (An index of the folded names made bulk writes a third slower.)
//
// A row's id says where it comes from, so that triggers find it without an index:
//   group << 40 | source id << 5 | field
// group: 1 organisation, 2 provider, 3 host, 4 service, 5 contact (a search reads one
// group as one rowid range); source: the item, contact or contact_address id; field:
// 0 name, 1 description, 2 notes, 3 url, 4 source_url, 5 full_name, 6 website,
// 7 location, 8 config_tool, 9 config_tool_url, 10 config_repo, 11 hostname,
// 16 an address (its field is the address kind: email, irc, ...).
QString foldingTrigger()
{
    const QStringList steps = searchfold::sqlSteps(QStringLiteral("folded"));
    QString body = QStringLiteral(" DELETE FROM search_doc WHERE id = new.id;"
                                  " INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
                                  " VALUES (new.id, new.grp, new.target_id, new.field, new.text, new.text);");
    for (const QString &step : steps)
        body += QStringLiteral(" UPDATE search_doc SET folded = %1 WHERE id = new.id;").arg(step);
    body += QStringLiteral(" INSERT INTO search_pending (id) VALUES (new.id);");
    return QStringLiteral("CREATE TRIGGER search_input_other INSTEAD OF INSERT ON search_input"
                          " WHEN length(new.text) <> length(CAST(new.text AS BLOB)) BEGIN%1 END")
        .arg(body);
}

// The searchable fields of each table: (field number, column).
const QList<QPair<int, QString>> kItemFields = {
    {0, QStringLiteral("name")}, {1, QStringLiteral("description")}, {2, QStringLiteral("notes")}};
const QList<QPair<int, QString>> kContactFields = {{0, QStringLiteral("name")}, {2, QStringLiteral("notes")}};
const struct
{
    QString table;
    QString group;
    QList<QPair<int, QString>> fields;
} kDetails[] = {
    {QStringLiteral("provider"),
     QStringLiteral("2"),
     {{5, QStringLiteral("full_name")},
      {6, QStringLiteral("website")},
      {7, QStringLiteral("location")},
      {8, QStringLiteral("config_tool")},
      {9, QStringLiteral("config_tool_url")},
      {10, QStringLiteral("config_repo")}}},
    {QStringLiteral("host"), QStringLiteral("3"), {{11, QStringLiteral("hostname")}}},
    {QStringLiteral("service"), QStringLiteral("4"), {{3, QStringLiteral("url")}, {4, QStringLiteral("source_url")}}},
};

/// An item's search group from its kind (%1: the row, such as new or item).
const QString kItemGroup =
    QStringLiteral("(CASE %1.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)");

/// The first search_doc id of a source row: group << 40 | source id << 5.
QString docBase(const QString &group, const QString &id)
{
    return QStringLiteral("((%1 << 40) + (%2 << 5))").arg(group, id);
}

QStringList searchIndexStep()
{
    const QString itemGroup = kItemGroup;
    const auto base = docBase;
    // VALUES rows for search_input: (id, grp, target_id, field, text).
    const auto rows = [&](const QString &group, const QString &id, const QString &row,
                          const QList<QPair<int, QString>> &fields) {
        QStringList values;
        for (const auto &field : fields) {
            values << QStringLiteral("SELECT %1 + %2, %3, %4.%5, '%6', %7.%6 AS text")
                          .arg(base(group, row + QLatin1Char('.') + id))
                          .arg(field.first)
                          .arg(group, row, id, field.second, row);
        }
        return values.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") WHERE text <> ''");
    };
    const auto deleteRange = [&](const QString &group, const QString &id, int first, int last) {
        return QStringLiteral("DELETE FROM search_doc WHERE id BETWEEN %1 + %2 AND %1 + %3;")
            .arg(base(group, QStringLiteral("old.") + id))
            .arg(first)
            .arg(last);
    };
    const auto changed = [](const QList<QPair<int, QString>> &fields) {
        QStringList tests;
        for (const auto &field : fields)
            tests << QStringLiteral("old.%1 IS NOT new.%1").arg(field.second);
        return tests.join(QStringLiteral(" OR "));
    };
    // Empty texts are left out before they reach the view's trigger (most fields are empty).
    const QString insertInput =
        QStringLiteral("INSERT INTO search_input (id, grp, target_id, field, text) SELECT * FROM (");

    QStringList sql = {
        QStringLiteral("CREATE TABLE search_doc ("
                       " id INTEGER PRIMARY KEY,"
                       " grp INTEGER NOT NULL,"
                       " target_id INTEGER NOT NULL,"
                       " field TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " folded TEXT NOT NULL)"),
        // External content (search_doc), no column sizes (no bm25): the index only.
        QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_doc', content_rowid='id',"
                       " tokenize='trigram', columnsize=0)"),
        // FTS5 writes its pending terms out at every statement boundary inside a
        // transaction (its xSavepoint), which made bulk writes twice as slow when the
        // triggers wrote to search_fts directly. So triggers only note what changed, and
        // Database::updateSearchIndex() brings search_fts up to date in four statements,
        // before each Store transaction commits (and when a file is opened). Searches
        // look at the noted rows too, so results are current whoever wrote.
        QStringLiteral("CREATE TABLE search_pending (id INTEGER PRIMARY KEY)"), // in search_doc, not yet in search_fts
        QStringLiteral("CREATE TABLE search_stale (id INTEGER PRIMARY KEY, folded TEXT NOT NULL)"), // the reverse
        QStringLiteral("CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN"
                       " INSERT OR IGNORE INTO search_stale (id, folded) SELECT old.id, old.folded"
                       " WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE id = old.id);"
                       " DELETE FROM search_pending WHERE id = old.id; END"),
        // Writers of search_doc go through this view, so that folding is in one place:
        // ASCII text needs only lower(), other text the steps of searchfold::sqlSteps().
        QStringLiteral("CREATE VIEW search_input AS SELECT id, grp, target_id, field, text FROM search_doc"),
        QStringLiteral(
            "CREATE TRIGGER search_input_ascii INSTEAD OF INSERT ON search_input"
            " WHEN length(new.text) = length(CAST(new.text AS BLOB)) BEGIN"
            " DELETE FROM search_doc WHERE id = new.id;"
            " INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
            " SELECT new.id, new.grp, new.target_id, new.field, new.text, lower(new.text) WHERE new.text <> '';"
            " INSERT INTO search_pending (id) SELECT new.id WHERE new.text <> '';"
            " END"),
        foldingTrigger(),
    };

    const QList<QPair<int, QString>> &itemFields = kItemFields;
    const QList<QPair<int, QString>> &contactFields = kContactFields;

    const QString newItemGroup = itemGroup.arg(QStringLiteral("new"));
    const QString oldItemGroup = itemGroup.arg(QStringLiteral("old"));
    sql << QStringLiteral("CREATE TRIGGER search_item_ai AFTER INSERT ON item BEGIN %1%2; END")
               .arg(insertInput, rows(newItemGroup, QStringLiteral("id"), QStringLiteral("new"), itemFields))
        << QStringLiteral("CREATE TRIGGER search_item_au AFTER UPDATE OF kind, name, description, notes ON item"
                          " WHEN old.kind IS NOT new.kind OR %1 BEGIN %2 %3%4; END")
               .arg(changed(itemFields), deleteRange(oldItemGroup, QStringLiteral("id"), 0, 2), insertInput,
                    rows(newItemGroup, QStringLiteral("id"), QStringLiteral("new"), itemFields))
        // Everything of the item: its own fields and its provider/host/service fields.
        << QStringLiteral("CREATE TRIGGER search_item_ad AFTER DELETE ON item BEGIN %1 END")
               .arg(deleteRange(oldItemGroup, QStringLiteral("id"), 0, 31));

    for (const auto &d : kDetails) {
        const int first = d.fields.constFirst().first;
        const int last = d.fields.constLast().first;
        const QString values = rows(d.group, QStringLiteral("item_id"), QStringLiteral("new"), d.fields);
        sql << QStringLiteral("CREATE TRIGGER search_%1_ai AFTER INSERT ON %1 BEGIN %2%3; END")
                   .arg(d.table, insertInput, values)
            << QStringLiteral("CREATE TRIGGER search_%1_au AFTER UPDATE ON %1 WHEN old.item_id IS NOT new.item_id OR %2"
                              " BEGIN %3 %4%5; END")
                   .arg(d.table, changed(d.fields), deleteRange(d.group, QStringLiteral("item_id"), first, last),
                        insertInput, values)
            << QStringLiteral("CREATE TRIGGER search_%1_ad AFTER DELETE ON %1 BEGIN %2 END")
                   .arg(d.table, deleteRange(d.group, QStringLiteral("item_id"), first, last));
    }

    const QString contactValues = rows(QStringLiteral("5"), QStringLiteral("id"), QStringLiteral("new"), contactFields);
    sql << QStringLiteral("CREATE TRIGGER search_contact_ai AFTER INSERT ON contact BEGIN %1%2; END")
               .arg(insertInput, contactValues)
        << QStringLiteral("CREATE TRIGGER search_contact_au AFTER UPDATE OF name, notes ON contact WHEN %1"
                          " BEGIN %2 %3%4; END")
               .arg(changed(contactFields), deleteRange(QStringLiteral("5"), QStringLiteral("id"), 0, 2), insertInput,
                    contactValues)
        << QStringLiteral("CREATE TRIGGER search_contact_ad AFTER DELETE ON contact BEGIN %1 END")
               .arg(deleteRange(QStringLiteral("5"), QStringLiteral("id"), 0, 2));

    // An address is found as its contact: target_id is the contact, the field its kind.
    const QString addressValues = QStringLiteral("SELECT %1 + 16, 5, new.contact_id, new.kind, new.value)")
                                      .arg(base(QStringLiteral("5"), QStringLiteral("new.id")));
    sql << QStringLiteral("CREATE TRIGGER search_address_ai AFTER INSERT ON contact_address BEGIN %1%2; END")
               .arg(insertInput, addressValues)
        << QStringLiteral(
               "CREATE TRIGGER search_address_au AFTER UPDATE ON contact_address"
               " WHEN old.id IS NOT new.id OR old.contact_id IS NOT new.contact_id OR old.kind IS NOT new.kind"
               " OR old.value IS NOT new.value BEGIN DELETE FROM search_doc WHERE id = %1 + 16; %2%3; END")
               .arg(base(QStringLiteral("5"), QStringLiteral("old.id")), insertInput, addressValues)
        << QStringLiteral("CREATE TRIGGER search_address_ad AFTER DELETE ON contact_address BEGIN"
                          " DELETE FROM search_doc WHERE id = %1 + 16; END")
               .arg(base(QStringLiteral("5"), QStringLiteral("old.id")));

    // What is already there.
    const auto populate = [&](const QString &from, const QString &group, const QString &id,
                              const QList<QPair<int, QString>> &fields) {
        for (const auto &field : fields) {
            sql << QStringLiteral("INSERT INTO search_input (id, grp, target_id, field, text)"
                                  " SELECT %1 + %2, %3, %4, '%5', %5 FROM %6 WHERE %5 <> ''")
                       .arg(base(group, id))
                       .arg(field.first)
                       .arg(group, id, field.second, from);
        }
    };
    populate(QStringLiteral("item"), itemGroup.arg(QStringLiteral("item")), QStringLiteral("id"), itemFields);
    for (const auto &d : kDetails)
        populate(d.table, d.group, QStringLiteral("item_id"), d.fields);
    populate(QStringLiteral("contact"), QStringLiteral("5"), QStringLiteral("id"), contactFields);
    sql << QStringLiteral("INSERT INTO search_input (id, grp, target_id, field, text)"
                          " SELECT %1 + 16, 5, contact_id, kind, value FROM contact_address")
               .arg(base(QStringLiteral("5"), QStringLiteral("id")));
    sql << Database::searchIndexUpdate();
    return sql;
}

// Schema step 3 on PostgreSQL: the same search_doc rows (ids, groups and fields as
// above) written by PL/pgSQL triggers, folded by steward_fold() (the same folding as
// SQLite's triggers) and indexed by pg_trgm's GIN trigram index, which answers
// LIKE '%...%' directly. No pending/stale tables: a GIN index takes row writes well.
QStringList postgresSearchStep()
{
    QStringList sql = {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        // ASCII text needs only lowering (as on SQLite, where the triggers choose): the
        // chain of replace()s costs 20 µs a text. Not STRICT, so that PostgreSQL inlines
        // it into the statement (a call of an SQL function that is not inlined costs
        // 70 µs).
        QStringLiteral("CREATE FUNCTION steward_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE"
                       " AS $fold$ SELECT CASE WHEN t ~ '[^\\x01-\\x7f]' THEN %1"
                       " ELSE translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') END $fold$")
            .arg(dialect::postgresFoldExpression(QStringLiteral("t"))),
        QStringLiteral("CREATE TABLE search_doc ("
                       " id BIGINT PRIMARY KEY,"
                       " grp BIGINT NOT NULL,"
                       " target_id BIGINT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " folded TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX search_doc_folded ON search_doc USING gin (folded gin_trgm_ops)"),
        QStringLiteral("CREATE FUNCTION steward_search_put(p_id BIGINT, p_grp BIGINT, p_target BIGINT, p_field TEXT,"
                       " p_text TEXT) RETURNS void LANGUAGE plpgsql AS $put$ BEGIN"
                       " DELETE FROM search_doc WHERE id = p_id;"
                       " IF p_text <> '' THEN"
                       "  INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
                       "  VALUES (p_id, p_grp, p_target, p_field, p_text, steward_fold(p_text));"
                       " END IF; END $put$"),
    };
    const QString itemGroup = QStringLiteral(
        "(CASE %1.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2 WHEN 'host' THEN 3 ELSE 4 END)::BIGINT");
    const auto base = [](const QString &group, const QString &id) {
        return QStringLiteral("((%1)::BIGINT << 40) + ((%2)::BIGINT << 5)").arg(group, id);
    };
    // The steward_search_put() calls for a row's fields; @p row is NEW or the table.
    const auto calls = [&](const QString &group, const QString &row, const QString &id,
                           const QList<QPair<int, QString>> &fields) {
        QStringList list;
        for (const auto &field : fields) {
            list << QStringLiteral("steward_search_put(%1 + %2, %3, %4.%5, '%6', %4.%6)")
                        .arg(base(group, row + QLatin1Char('.') + id))
                        .arg(field.first)
                        .arg(group, row, id, field.second);
        }
        return list;
    };
    const auto deleteRange = [&](const QString &group, const QString &id, int first, int last) {
        return QStringLiteral(" DELETE FROM search_doc WHERE id BETWEEN %1 + %2 AND %1 + %3;")
            .arg(base(group, QStringLiteral("OLD.") + id))
            .arg(first)
            .arg(last);
    };
    // Every row of @p table into search_doc, set-based: no function call per row.
    const auto fill = [&](const QString &group, const QString &table, const QString &id,
                          const QList<QPair<int, QString>> &fields) {
        QStringList selects;
        for (const auto &field : fields) {
            selects << QStringLiteral(
                           "SELECT %1 + %2 AS id, %3 AS grp, %4 AS target_id, '%5' AS field, %5 AS text FROM %6")
                           .arg(base(group, id))
                           .arg(field.first)
                           .arg(group, id, field.second, table);
        }
        return QStringLiteral("INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
                              " SELECT id, grp, target_id, field, text, steward_fold(text) FROM (%1) AS rows"
                              " WHERE text <> ''")
            .arg(selects.join(QStringLiteral(" UNION ALL ")));
    };
    // One trigger function per table: on update, the old rows go and the new are put.
    const auto trigger = [&](const QString &table, const QString &oldGroup, const QString &newGroup,
                             const QString &tableGroup, const QString &id, const QList<QPair<int, QString>> &fields,
                             int deleteFirst, int deleteLast, int deleteAllLast) {
        sql << QStringLiteral("CREATE FUNCTION steward_search_%1() RETURNS trigger LANGUAGE plpgsql AS $trg$ BEGIN"
                              " IF TG_OP = 'DELETE' THEN%2 RETURN OLD; END IF;"
                              " IF TG_OP = 'UPDATE' THEN%3 END IF; PERFORM %4; RETURN NEW; END $trg$")
                   .arg(table, deleteRange(oldGroup, id, deleteFirst, deleteAllLast),
                        deleteRange(oldGroup, id, deleteFirst, deleteLast),
                        calls(newGroup, QStringLiteral("NEW"), id, fields).join(QStringLiteral(", ")))
            << QStringLiteral("CREATE TRIGGER search_%1 AFTER INSERT OR UPDATE OR DELETE ON %1"
                              " FOR EACH ROW EXECUTE FUNCTION steward_search_%1()")
                   .arg(table)
            // What is already there, in one statement.
            << fill(tableGroup, table, id, fields);
    };
    trigger(QStringLiteral("item"), itemGroup.arg(QStringLiteral("OLD")), itemGroup.arg(QStringLiteral("NEW")),
            itemGroup.arg(QStringLiteral("item")), QStringLiteral("id"), kItemFields, 0, 2, 31);
    for (const auto &d : kDetails) {
        const int first = d.fields.constFirst().first;
        const int last = d.fields.constLast().first;
        trigger(d.table, d.group, d.group, d.group, QStringLiteral("item_id"), d.fields, first, last, last);
    }
    trigger(QStringLiteral("contact"), QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("5"),
            QStringLiteral("id"), kContactFields, 0, 2, 2);
    // An address is found as its contact: target_id is the contact, the field its kind.
    sql << QStringLiteral("CREATE FUNCTION steward_search_contact_address() RETURNS trigger LANGUAGE plpgsql AS $trg$"
                          " BEGIN IF TG_OP <> 'INSERT' THEN DELETE FROM search_doc WHERE id = %1 + 16; END IF;"
                          " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
                          " PERFORM steward_search_put(%2 + 16, 5, NEW.contact_id, NEW.kind, NEW.value);"
                          " RETURN NEW; END $trg$")
               .arg(base(QStringLiteral("5"), QStringLiteral("OLD.id")),
                    base(QStringLiteral("5"), QStringLiteral("NEW.id")))
        << QStringLiteral("CREATE TRIGGER search_contact_address AFTER INSERT OR UPDATE OR DELETE ON contact_address"
                          " FOR EACH ROW EXECUTE FUNCTION steward_search_contact_address()")
        << QStringLiteral("INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
                          " SELECT %1 + 16, 5, contact_id, kind, value, steward_fold(value) FROM contact_address")
               .arg(base(QStringLiteral("5"), QStringLiteral("id")));
    return sql;
}

// Schema step 4: bulk writes of items (an import of 100k services) without the search
// triggers' work per row. While search_bulk has a row, which a writer adds and removes
// inside its own transaction so that no one else ever sees it, the AFTER INSERT
// triggers of item, provider, host and service do nothing; the writer then indexes the
// new rows set-based (Store::createValidatedItems). The triggers cost about four times
// the inserts themselves. And FTS5 gets a 16 MB pending-terms buffer and no automatic
// merging on every write (it merges when a level has crisismerge segments, 16), which
// halves the time to index 300k new texts at once.
QStringList searchBulkStep()
{
    const QString hold = QStringLiteral(" WHEN NOT EXISTS (SELECT 1 FROM search_bulk)");
    const QString insertInput =
        QStringLiteral("INSERT INTO search_input (id, grp, target_id, field, text) SELECT * FROM (");
    const auto rows = [](const QString &group, const QString &id, const QList<QPair<int, QString>> &fields) {
        QStringList values;
        for (const auto &field : fields) {
            values << QStringLiteral("SELECT %1 + %2, %3, new.%4, '%5', new.%5 AS text")
                          .arg(docBase(group, QStringLiteral("new.") + id))
                          .arg(field.first)
                          .arg(group, id, field.second);
        }
        return values.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") WHERE text <> ''");
    };
    QStringList sql = {
        QStringLiteral("CREATE TABLE search_bulk (id INTEGER PRIMARY KEY)"),
        QStringLiteral("DROP TRIGGER search_item_ai"),
        QStringLiteral("CREATE TRIGGER search_item_ai AFTER INSERT ON item%1 BEGIN %2%3; END")
            .arg(hold, insertInput, rows(kItemGroup.arg(QStringLiteral("new")), QStringLiteral("id"), kItemFields)),
    };
    for (const auto &d : kDetails) {
        sql << QStringLiteral("DROP TRIGGER search_%1_ai").arg(d.table)
            << QStringLiteral("CREATE TRIGGER search_%1_ai AFTER INSERT ON %1%2 BEGIN %3%4; END")
                   .arg(d.table, hold, insertInput, rows(d.group, QStringLiteral("item_id"), d.fields));
    }
    sql << QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 16777216)")
        << QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0)");
    return sql;
}

// Schema step 4 on PostgreSQL: nothing to do. Its triggers write the GIN index as rows
// go in, which costs little, so bulk writers do not hold them (and FTS5's settings
// have no counterpart). The version number moves on as on SQLite.
QStringList postgresBulkStep()
{
    return {QStringLiteral("SELECT 1")};
}

// Schema step 5: names unique within a kind (items) and among contacts, as the forms,
// the importer and the command line's look-ups have them: the name key (trimmed, case
// folded). The item index replaces item_name_key and leads with the name key, so that it
// still serves look-ups by name across kinds, and an import writes no more index
// entries per item than before. contact_name_key becomes unique.
QStringList uniqueNamesStep()
{
    return {QStringLiteral("DROP INDEX item_name_key"),
            QStringLiteral("CREATE UNIQUE INDEX item_name_key_kind ON item(name_key, kind)"),
            QStringLiteral("DROP INDEX contact_name_key"),
            QStringLiteral("CREATE UNIQUE INDEX contact_name_key ON contact(name_key)")};
}

// Schema step 6: the inventory as a graph. A service runs on its parent and on any
// further hosts (also_runs_on, in order); items have aliases (unique within a kind, as
// names are) and tags, contacts have tags; link types and statuses of the user's own
// are declared with what they mean (whether a link carries failure, a status's
// category). The history records hosts, aliases and tags as fields of their item or
// contact, so change_log's entities stay as they are.
QStringList graphStep()
{
    return {QStringLiteral("CREATE TABLE also_runs_on ("
                           " service_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                           " host_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (service_id, host_id),"
                           " CHECK (service_id <> host_id))"),
            QStringLiteral("CREATE INDEX also_runs_on_host ON also_runs_on(host_id)"),
            QStringLiteral("CREATE TABLE item_alias ("
                           " item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('organisation','provider','host','service')),"
                           " alias TEXT NOT NULL CHECK (length(alias) > 0),"
                           " alias_key TEXT NOT NULL,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (item_id, alias_key))"),
            QStringLiteral("CREATE UNIQUE INDEX item_alias_key_kind ON item_alias(alias_key, kind)"),
            QStringLiteral("CREATE TABLE item_tag ("
                           " item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL CHECK (length(tag) > 0),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (item_id, tag))"),
            QStringLiteral("CREATE INDEX item_tag_tag ON item_tag(tag)"),
            QStringLiteral("CREATE TABLE contact_tag ("
                           " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL CHECK (length(tag) > 0),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (contact_id, tag))"),
            QStringLiteral("CREATE INDEX contact_tag_tag ON contact_tag(tag)"),
            QStringLiteral("CREATE TABLE link_type ("
                           " key TEXT PRIMARY KEY CHECK (length(key) > 0),"
                           " label TEXT NOT NULL DEFAULT '',"
                           " carries_failure INTEGER NOT NULL DEFAULT 1 CHECK (carries_failure IN (0, 1)))"),
            QStringLiteral("CREATE TABLE status_def ("
                           " name TEXT PRIMARY KEY CHECK (length(name) > 0),"
                           " category TEXT NOT NULL"
                           "  CHECK (category IN ('operational','degraded','down','retired','planned')))")};
}

// Schema step 6, search: an item's aliases and tags, and a contact's tags, are indexed
// too, each list as one search_doc row (field 12 "alias", 13 "tag"; the texts one a line,
// in their order), so that a search ranks each alias or tag on its own (Search splits
// the row at line breaks) and an exact alias counts as an exact name. An item's kind,
// which gives its rows' group, never changes (Store refuses it).
struct SearchList
{
    QString table;  ///< item_alias, item_tag, contact_tag
    QString owner;  ///< its item or contact column
    QString column; ///< the text
    QString order;  ///< the texts' order (%1: the table's alias and a dot, or nothing)
    int field;      ///< in search_doc's ids
    QString label;  ///< search_doc.field
    bool contact;   ///< group 5 (a contact's) rather than the item's
};

const SearchList kSearchLists[] = {
    {QStringLiteral("item_alias"), QStringLiteral("item_id"), QStringLiteral("alias"),
     QStringLiteral("%1position, %1alias_key"), 12, QStringLiteral("alias"), false},
    {QStringLiteral("item_tag"), QStringLiteral("item_id"), QStringLiteral("tag"), QStringLiteral("%1position, %1tag"),
     13, QStringLiteral("tag"), false},
    {QStringLiteral("contact_tag"), QStringLiteral("contact_id"), QStringLiteral("tag"),
     QStringLiteral("%1position, %1tag"), 13, QStringLiteral("tag"), true},
};

/// SQLite: the statements that write @p list's search row of the item or contact @p id
/// (an expression such as new.item_id) again: its old row goes (whatever the item's
/// kind, so that a deleted item leaves nothing) and the texts, if any, go in through
/// search_input.
QString sqliteListRefresh(const SearchList &list, const QString &id)
{
    QString remove;
    if (list.contact) {
        remove = QStringLiteral("DELETE FROM search_doc WHERE id = %1 + %2;")
                     .arg(docBase(QStringLiteral("5"), id))
                     .arg(list.field);
    } else {
        QStringList ids;
        for (int group = 1; group <= 4; ++group)
            ids << QStringLiteral("%1 + %2").arg(docBase(QString::number(group), id)).arg(list.field);
        remove = QStringLiteral("DELETE FROM search_doc WHERE id IN (%1);").arg(ids.join(QStringLiteral(", ")));
    }
    const QString group = list.contact ? QStringLiteral("5") : kItemGroup.arg(QStringLiteral("o"));
    // A subquery's ORDER BY under an aggregate is kept (SQLite does not flatten it).
    return remove + QStringLiteral(" INSERT INTO search_input (id, grp, target_id, field, text) SELECT * FROM ("
                                   "SELECT %1 + %2, %3, o.id, '%4', (SELECT group_concat(v, char(10)) FROM"
                                   " (SELECT %5 AS v FROM %6 WHERE %7 = %8 ORDER BY %9)) AS text FROM %10 o"
                                   " WHERE o.id = %8) WHERE text IS NOT NULL;")
                        .arg(docBase(group, QStringLiteral("o.id")))
                        .arg(list.field)
                        .arg(group, list.label, list.column, list.table, list.owner, id, list.order.arg(QString()),
                             list.contact ? QStringLiteral("contact") : QStringLiteral("item"));
}

QStringList sqliteSearchListsStep()
{
    QStringList sql;
    // Bulk writers hold the inserts' triggers (search_bulk, step 4) and index the lists
    // set-based afterwards (indexBulkSearchLists).
    const QString hold = QStringLiteral(" WHEN NOT EXISTS (SELECT 1 FROM search_bulk)");
    for (const SearchList &list : kSearchLists) {
        const QString owner = list.owner;
        sql << QStringLiteral("CREATE TRIGGER search_%1_ai AFTER INSERT ON %1%2 BEGIN %3 END")
                   .arg(list.table, hold, sqliteListRefresh(list, QStringLiteral("new.") + owner))
            << QStringLiteral("CREATE TRIGGER search_%1_ad AFTER DELETE ON %1 BEGIN %2 END")
                   .arg(list.table, sqliteListRefresh(list, QStringLiteral("old.") + owner))
            << QStringLiteral("CREATE TRIGGER search_%1_au AFTER UPDATE ON %1 BEGIN %2 %3 END")
                   .arg(list.table, sqliteListRefresh(list, QStringLiteral("old.") + owner),
                        sqliteListRefresh(list, QStringLiteral("new.") + owner));
    }
    return sql;
}

/// PostgreSQL: the statements that write @p list's search rows of the items or contacts
/// whose ids @p ids selects (a transition table's, set-based). An item no longer there
/// has had its rows taken by its own trigger.
QString postgresListRefresh(const SearchList &list, const QString &ids)
{
    const auto base = [](const QString &group, const QString &id) {
        return QStringLiteral("((%1)::BIGINT << 40) + ((%2)::BIGINT << 5)").arg(group, id);
    };
    const QString group = list.contact ? QStringLiteral("5")
                                       : QStringLiteral("(CASE o.kind WHEN 'organisation' THEN 1 WHEN 'provider' THEN 2"
                                                        " WHEN 'host' THEN 3 ELSE 4 END)");
    const QString owners = list.contact ? QStringLiteral("contact") : QStringLiteral("item");
    const QString remove = QStringLiteral(" DELETE FROM search_doc d USING %1 o WHERE o.id IN (%2) AND d.id = %3 + %4;")
                               .arg(owners, ids, base(group, QStringLiteral("o.id")))
                               .arg(list.field);
    // A contact's rows are found without the contact, which a cascade has taken already.
    const QString removeContact =
        QStringLiteral(" DELETE FROM search_doc WHERE id IN (SELECT %1 + %2 FROM (%3) AS o(id));")
            .arg(base(QStringLiteral("5"), QStringLiteral("o.id")))
            .arg(list.field)
            .arg(ids);
    return (list.contact ? removeContact : remove) +
           QStringLiteral(" INSERT INTO search_doc (id, grp, target_id, field, text, folded)"
                          " SELECT %1 + %2, s.grp, s.id, '%3', s.text, steward_fold(s.text) FROM"
                          " (SELECT o.id, %4 AS grp, string_agg(t.%5, chr(10) ORDER BY %6) AS text"
                          " FROM %7 o JOIN %8 t ON t.%9 = o.id WHERE o.id IN (%10) GROUP BY o.id%11) AS s;")
               .arg(base(QStringLiteral("s.grp"), QStringLiteral("s.id")))
               .arg(list.field)
               .arg(list.label, group, list.column, list.order.arg(QStringLiteral("t.")), owners, list.table,
                    list.owner, ids, list.contact ? QString() : QStringLiteral(", o.kind"));
}

QStringList postgresSearchListsStep()
{
    QStringList sql;
    for (const SearchList &list : kSearchLists) {
        const QString fromNew = QStringLiteral("SELECT %1 FROM new_rows").arg(list.owner);
        const QString fromOld = QStringLiteral("SELECT %1 FROM old_rows").arg(list.owner);
        // Statement triggers with transition tables: a multi-row insert (a bulk import) is
        // indexed in one pass.
        sql << QStringLiteral("CREATE FUNCTION steward_search_%1() RETURNS trigger LANGUAGE plpgsql AS $trg$ BEGIN"
                              " IF TG_OP = 'INSERT' THEN%2 ELSIF TG_OP = 'DELETE' THEN%3 ELSE%4 END IF;"
                              " RETURN NULL; END $trg$")
                   .arg(list.table, postgresListRefresh(list, fromNew), postgresListRefresh(list, fromOld),
                        postgresListRefresh(list, fromNew + QStringLiteral(" UNION ") + fromOld))
            << QStringLiteral("CREATE TRIGGER search_%1_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS new_rows"
                              " FOR EACH STATEMENT EXECUTE FUNCTION steward_search_%1()")
                   .arg(list.table)
            << QStringLiteral("CREATE TRIGGER search_%1_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS old_rows"
                              " FOR EACH STATEMENT EXECUTE FUNCTION steward_search_%1()")
                   .arg(list.table)
            << QStringLiteral("CREATE TRIGGER search_%1_update AFTER UPDATE ON %1 REFERENCING OLD TABLE AS old_rows"
                              " NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION steward_search_%1()")
                   .arg(list.table);
    }
    return sql;
}

QStringList graphSearchStep()
{
    return graphStep() + sqliteSearchListsStep();
}

QStringList postgresGraphStep()
{
    QStringList sql;
    for (const QString &statement : graphStep())
        sql << dialect::schemaStatement(Backend::PostgreSQL, statement);
    return sql + postgresSearchListsStep();
}

// Schema step 7: a history nobody can forge. A file has no roles, so on SQLite the step
// only moves the version on; on PostgreSQL the server, not the client, says who changed
// what and when, and the history can only be added to:
// - every change batch is stamped BEFORE INSERT with session_user (the role that logged
//   in, whatever SET ROLE says since) and the server's clock, in the format Store writes
//   (Qt::ISODateWithMs in UTC: 2024-03-01T09:30:00.123Z), whatever the client sent;
// - UPDATE, DELETE and TRUNCATE of change_batch and change_log are refused for every role
//   but the tables' owner, grants or not. The owner may anyway drop the triggers; its
//   `steward copy --replace` does (InventoryCopy drops and restores every trigger of the
//   tables it fills), so that a copied history keeps its actors and times.
QStringList postgresHistoryStep()
{
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION steward_history_stamp() RETURNS trigger LANGUAGE plpgsql AS $stamp$ BEGIN"
            " NEW.actor := session_user;"
            " NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
            " RETURN NEW; END $stamp$"),
        QStringLiteral("CREATE OR REPLACE TRIGGER change_batch_stamp BEFORE INSERT ON change_batch FOR EACH ROW"
                       " EXECUTE FUNCTION steward_history_stamp()"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION steward_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $append$ BEGIN"
            " IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN"
            "  IF TG_LEVEL = 'STATEMENT' THEN RETURN NULL; END IF;"
            "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
            "  RETURN NEW;"
            " END IF;"
            " RAISE EXCEPTION 'The history of this inventory can only be added to: % of % is refused to role %.',"
            "  TG_OP, TG_TABLE_NAME, current_user"
            "  USING ERRCODE = 'insufficient_privilege',"
            "  HINT = 'Only the owner of the inventory''s tables may change or remove its history.';"
            " END $append$"),
        // A change belongs to a batch of the role that writes it: no role can slip changes
        // into another's batch (the history would then say Alice made them). One check per
        // statement, over the rows it added, not one per row: an import adds many.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION steward_history_own_batch() RETURNS trigger LANGUAGE plpgsql AS $own$ BEGIN"
            " IF EXISTS (SELECT 1 FROM steward_added_changes a JOIN change_batch b ON b.id = a.batch_id"
            "            WHERE b.actor <> session_user) THEN"
            "  RAISE EXCEPTION 'A change may only be added to a history batch of role %.', session_user"
            "   USING ERRCODE = 'insufficient_privilege';"
            " END IF;"
            " RETURN NULL; END $own$"),
    };
}

QStringList postgresHistoryTriggers()
{
    QStringList sql;
    for (const QString &table : {QStringLiteral("change_batch"), QStringLiteral("change_log")}) {
        sql << QStringLiteral("CREATE OR REPLACE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW"
                              " EXECUTE FUNCTION steward_history_append_only()")
                   .arg(table)
            << QStringLiteral("CREATE OR REPLACE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT"
                              " EXECUTE FUNCTION steward_history_append_only()")
                   .arg(table);
    }
    sql << QStringLiteral("DROP TRIGGER IF EXISTS change_log_own_batch ON change_log")
        << QStringLiteral("CREATE TRIGGER change_log_own_batch AFTER INSERT ON change_log"
                          " REFERENCING NEW TABLE AS steward_added_changes FOR EACH STATEMENT"
                          " EXECUTE FUNCTION steward_history_own_batch()");
    return sql;
}

QString idList(const QVector<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    const QString last = numbers.takeLast();
    return QCoreApplication::translate("Migrations", "ids %1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

} // namespace

QStringList duplicateNames(const QSqlDatabase &db, QString *error)
{
    QStringList problems;
    for (const bool items : {true, false}) {
        // Items within a kind, contacts among all contacts.
        const QString table = items ? QStringLiteral("item") : QStringLiteral("contact");
        const QString group = items ? QStringLiteral("kind, name_key") : QStringLiteral("name_key");
        const QString join = items ? QStringLiteral("d.kind = r.kind AND d.name_key = r.name_key")
                                   : QStringLiteral("d.name_key = r.name_key");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT r.kind, r.name_key, r.id, r.name FROM %1 r JOIN (SELECT %2 FROM %1 GROUP BY %2"
                               " HAVING count(*) > 1) d ON %3 ORDER BY %4r.name_key, r.id")
                    .arg(table, group, join, items ? QStringLiteral("r.kind, ") : QString()))) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        QString groupKind, groupKey, groupName;
        QVector<qint64> ids;
        const auto flush = [&] {
            if (ids.size() < 2)
                return;
            ItemKind itemKind = ItemKind::Service;
            const QString label = keys::itemKindFromKey(groupKind, &itemKind)
                                      ? keys::itemKindLabel(itemKind)
                                      : QCoreApplication::translate("Migrations", "contact");
            problems << QStringLiteral("%1 \"%2\" (%3)").arg(label, groupName, idList(ids));
        };
        while (q.next()) {
            const QString k = items ? q.value(0).toString() : QString(), key = q.value(1).toString();
            if (ids.isEmpty() || k != groupKind || key != groupKey) {
                flush();
                ids.clear();
                groupKind = k;
                groupKey = key;
                groupName = q.value(3).toString();
            }
            ids.append(q.value(2).toLongLong());
        }
        flush();
    }
    return problems;
}

QStringList uniqueNamesProblems(const QSqlDatabase &db, QString *error)
{
    const QStringList duplicates = duplicateNames(db, error);
    if (duplicates.isEmpty())
        return {};
    return {QCoreApplication::translate("Migrations",
                                        "names must be unique (an item's within its kind, a contact's among contacts), "
                                        "and these are used more than once: %1. Rename or delete all but one of each "
                                        "with the version of Steward that wrote it, then open it again.")
                .arg(duplicates.join(QStringLiteral("; ")))};
}

QStringList migrationStatements(const Migration &step, Backend backend)
{
    if (backend == Backend::PostgreSQL && !step.postgresql.isEmpty())
        return step.postgresql;
    QStringList statements;
    if (backend == Backend::PostgreSQL && step.number == 1) {
        // Store writes "id = NULL" for "choose one" and a known id to put a record back
        // (undo), as SQLite's INTEGER PRIMARY KEY takes both. On PostgreSQL this trigger
        // does the same for an identity column: NULL takes the sequence's next value, a
        // given id moves the sequence past it.
        statements << QStringLiteral(
            "CREATE FUNCTION steward_assign_id() RETURNS trigger LANGUAGE plpgsql AS $id$ BEGIN"
            " IF NEW.id IS NULL THEN NEW.id := nextval(TG_ARGV[0]);"
            " ELSIF NEW.id >= nextval(TG_ARGV[0]) THEN PERFORM setval(TG_ARGV[0], NEW.id); END IF;"
            " RETURN NEW; END $id$");
    }
    static const QRegularExpression identityTable(QStringLiteral("^CREATE TABLE (\\w+) \\( id INTEGER PRIMARY KEY,"));
    for (const QString &statement : step.statements) {
        statements << dialect::schemaStatement(backend, statement);
        const QRegularExpressionMatch table = identityTable.match(statement);
        if (backend == Backend::PostgreSQL && table.hasMatch()) {
            statements << QStringLiteral("CREATE TRIGGER %1_id BEFORE INSERT ON %1 FOR EACH ROW"
                                         " EXECUTE FUNCTION steward_assign_id('%1_id_seq')")
                              .arg(table.captured(1));
        }
    }
    return statements;
}

QList<QPair<int, QString>> itemSearchLists()
{
    QList<QPair<int, QString>> lists;
    for (const SearchList &list : kSearchLists) {
        if (!list.contact)
            lists.append({list.field, list.label});
    }
    return lists;
}

QList<QPair<int, QString>> itemSearchFields(ItemKind kind)
{
    QList<QPair<int, QString>> fields = kItemFields;
    const QString table = kind == ItemKind::Provider  ? QStringLiteral("provider")
                          : kind == ItemKind::Host    ? QStringLiteral("host")
                          : kind == ItemKind::Service ? QStringLiteral("service")
                                                      : QString();
    for (const auto &d : kDetails) {
        if (d.table == table)
            fields += d.fields;
    }
    std::sort(fields.begin(), fields.end());
    return fields;
}

bool indexBulkSearchLists(Database &db, qint64 firstId, qint64 lastId, QString *error)
{
    if (db.isServer() || firstId > lastId)
        return true;
    QSqlQuery q(db.connection());
    const auto run = [&](const QString &sql) {
        q.prepare(sql);
        q.addBindValue(firstId);
        q.addBindValue(lastId);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    };
    const QString ascii = QStringLiteral("length(s.text) = length(CAST(s.text AS BLOB))");
    for (const SearchList &list : kSearchLists) {
        if (list.contact)
            continue;
        // Each item's texts in their order: SQLite keeps the input order within a group.
        const QString rows =
            QStringLiteral("SELECT %1 + %2, %3, o.id, '%4', s.text FROM (SELECT %5 AS id, group_concat(v, char(10))"
                           " AS text FROM (SELECT %5, %6 AS v FROM %7 WHERE %5 BETWEEN ? AND ? ORDER BY %5, %8)"
                           " GROUP BY %5) AS s JOIN item o ON o.id = s.id WHERE ")
                .arg(docBase(kItemGroup.arg(QStringLiteral("o")), QStringLiteral("o.id")))
                .arg(list.field)
                .arg(kItemGroup.arg(QStringLiteral("o")), list.label, list.owner, list.column, list.table,
                     list.order.arg(QString()));
        // ASCII texts straight into search_doc (folded as the triggers fold them), as the
        // bulk insert writes the items' own texts; any other through search_input.
        if (!run(QStringLiteral("INSERT INTO search_doc (id, grp, target_id, field, text, folded) SELECT *, lower(text)"
                                " FROM (%1%2)")
                     .arg(rows, ascii)))
            return false;
        if (!run(QStringLiteral("SELECT 1 FROM %1 WHERE %2 BETWEEN ? AND ? AND length(%3) <> length(CAST(%3 AS BLOB))"
                                " LIMIT 1")
                     .arg(list.table, list.owner, list.column)))
            return false;
        const bool other = q.next();
        q.finish();
        if (other && !run(QStringLiteral("INSERT INTO search_input (id, grp, target_id, field, text) %1NOT (%2)")
                              .arg(rows, ascii)))
            return false;
    }
    // Into search_fts in one statement in rowid order (the rows search_input wrote wait in
    // search_pending for the commit's index update, as the triggers' do).
    QStringList ranges;
    for (int group = 1; group <= 4; ++group) {
        ranges << QStringLiteral("SELECT id, folded FROM search_doc WHERE id BETWEEN %1 + 12 AND %2 + 13"
                                 " AND (id & 31) IN (12, 13) AND id NOT IN (SELECT id FROM search_pending)")
                      .arg(docBase(QString::number(group), QString::number(firstId)),
                           docBase(QString::number(group), QString::number(lastId)));
    }
    if (!q.exec(QStringLiteral("INSERT INTO search_fts (rowid, folded) %1")
                    .arg(ranges.join(QStringLiteral(" UNION ALL "))))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

int itemSearchGroup(ItemKind kind)
{
    // As kItemGroup's CASE numbers them.
    switch (kind) {
    case ItemKind::Organisation: return 1;
    case ItemKind::Provider: return 2;
    case ItemKind::Host: return 3;
    case ItemKind::Service: return 4;
    }
    return 4;
}

// Schema step 8: ownership that stays true. Every assignment says when it was last
// confirmed and by whom (a new one or an edit confirms it), and may be valid only from
// and/or until a date (cover). Each role has a review interval in days (NULL: never
// reviewed), kept in the inventory with the built-in roles' defaults; a role without a
// row has the default of an undeclared role (ownership::kDefaultReviewDays).
// Assignments made before this step take their confirmation from the history: the last
// change recorded for them, or none (never confirmed) when the history has nothing.
static QStringList ownershipStep()
{
    const QString lastChange = QStringLiteral(
        "(SELECT b.%1 FROM change_log l JOIN change_batch b ON b.id = l.batch_id"
        " WHERE l.item_id = assignment.item_id AND l.entity = 'assignment' AND l.entity_id = assignment.id"
        " ORDER BY l.id DESC LIMIT 1)");
    return {QStringLiteral("ALTER TABLE assignment ADD COLUMN confirmed_at TEXT"),
            QStringLiteral("ALTER TABLE assignment ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE assignment ADD COLUMN valid_from TEXT"
                           " CHECK (valid_from IS NULL OR length(valid_from) = 10)"),
            QStringLiteral("ALTER TABLE assignment ADD COLUMN valid_until TEXT"
                           " CHECK (valid_until IS NULL OR length(valid_until) = 10)"),
            QStringLiteral("UPDATE assignment SET confirmed_at = %1, confirmed_by = coalesce(%2, '')")
                .arg(lastChange.arg(QStringLiteral("at")), lastChange.arg(QStringLiteral("actor"))),
            // "Who covers until when": the cover-ending report reads them by date.
            QStringLiteral("CREATE INDEX assignment_valid_until ON assignment(valid_until)"),
            QStringLiteral("CREATE TABLE role_def ("
                           " role TEXT PRIMARY KEY CHECK (length(role) > 0),"
                           " review_days INTEGER CHECK (review_days IS NULL OR review_days > 0))"),
            QStringLiteral("INSERT INTO role_def (role, review_days) VALUES ('owner', 180), ('maintainer', 180),"
                           " ('contact', 365), ('escalation', 90), ('sponsor', 365)")};
}

// Schema step 9: queries that stay logarithmic (issue 20). Each index serves a statement
// of a hot path that tests/tst_queryplan.cpp found reading a whole table.
static QStringList queryPlanStep()
{
    return {// The items of some kinds in name order: a tag search whose tag many services
            // carry reads the organisation, providers and hosts by name (Search::tagged()),
            // which item_name_key_kind, name first, served only by reading every item.
            QStringLiteral("CREATE INDEX item_kind_name ON item(kind, name_key)"),
            // The items (contacts) with a tag, or with a tag's key as a range of it
            // (dialect::tagKeyMatch(): the tree's filter, the search), from the index alone:
            // without the id in it, each entry found was one more look-up in the table.
            QStringLiteral("DROP INDEX item_tag_tag"),
            QStringLiteral("CREATE INDEX item_tag_tag ON item_tag(tag, item_id)"),
            QStringLiteral("DROP INDEX contact_tag_tag"),
            QStringLiteral("CREATE INDEX contact_tag_tag ON contact_tag(tag, contact_id)")};
}

// Step 9 on PostgreSQL: the same, and the tags in code-point order. A tag's key ("env")
// finds "env" and every "env=..." as a range (dialect::tagKeyMatch()); the database's own
// collation need not sort "env=" before "env>", COLLATE "C" does (SQLite's BINARY does).
static QStringList postgresQueryPlanStep()
{
    return queryPlanStep() +
           QStringList{
               QStringLiteral("CREATE INDEX item_tag_tag_c ON item_tag ((tag COLLATE \"C\"), item_id)"),
               QStringLiteral("CREATE INDEX contact_tag_tag_c ON contact_tag ((tag COLLATE \"C\"), contact_id)")};
}

// The SQL here sticks to what SQLite and PostgreSQL both accept where that costs
// nothing: TEXT/INTEGER columns, CHECK constraints, explicit foreign keys.
const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE item ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('organisation','provider','host','service')),"
                            " name TEXT NOT NULL CHECK (length(name) > 0),"
                            " name_key TEXT NOT NULL,"
                            " parent_id INTEGER REFERENCES item(id) ON DELETE CASCADE,"
                            " status TEXT NOT NULL DEFAULT 'active',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " CHECK ((kind = 'organisation') = (parent_id IS NULL)))"),
             QStringLiteral("CREATE INDEX item_parent ON item(parent_id)"),
             QStringLiteral("CREATE INDEX item_name_key ON item(name_key)"),
             QStringLiteral("CREATE TABLE provider ("
                            " item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
                            " provider_kind TEXT NOT NULL DEFAULT 'other',"
                            " full_name TEXT NOT NULL DEFAULT '',"
                            " website TEXT NOT NULL DEFAULT '',"
                            " location TEXT NOT NULL DEFAULT '',"
                            " config_tool TEXT NOT NULL DEFAULT '',"
                            " config_tool_url TEXT NOT NULL DEFAULT '',"
                            " config_repo TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE host ("
                            " item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
                            " host_kind TEXT NOT NULL DEFAULT 'vm' CHECK (host_kind IN ('physical','vm')),"
                            " hostname TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE service ("
                            " item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
                            " url TEXT NOT NULL DEFAULT '',"
                            " source_url TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE item_link ("
                            " id INTEGER PRIMARY KEY,"
                            " from_item INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                            " to_item INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (from_item, to_item, kind))"),
             QStringLiteral("CREATE INDEX item_link_to ON item_link(to_item)"),
             QStringLiteral("CREATE TABLE contact ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('person','team','mailing_list','mailbox',"
                            "'chat_channel','issue_tracker','organisation')),"
                            " name TEXT NOT NULL CHECK (length(name) > 0),"
                            " name_key TEXT NOT NULL,"
                            " team_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX contact_name_key ON contact(name_key)"),
             QStringLiteral("CREATE INDEX contact_team ON contact(team_id)"),
             QStringLiteral("CREATE TABLE contact_address ("
                            " id INTEGER PRIMARY KEY,"
                            " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('email','irc','matrix','slack','url','phone')),"
                            " value TEXT NOT NULL CHECK (length(value) > 0),"
                            " label TEXT NOT NULL DEFAULT '',"
                            " position INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX contact_address_contact ON contact_address(contact_id)"),
             QStringLiteral("CREATE TABLE team_member ("
                            " team_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                            " member_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                            " role TEXT NOT NULL DEFAULT 'member',"
                            " note TEXT NOT NULL DEFAULT '',"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (team_id, member_id),"
                            " CHECK (team_id <> member_id))"),
             QStringLiteral("CREATE INDEX team_member_member ON team_member(member_id)"),
             QStringLiteral("CREATE TABLE assignment ("
                            " id INTEGER PRIMARY KEY,"
                            " item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                            " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                            " role TEXT NOT NULL CHECK (length(role) > 0),"
                            " priority TEXT NOT NULL DEFAULT 'primary'"
                            "  CHECK (priority IN ('primary','secondary','tertiary','inactive')),"
                            " note TEXT NOT NULL DEFAULT '',"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " UNIQUE (item_id, contact_id, role))"),
             QStringLiteral("CREATE INDEX assignment_contact ON assignment(contact_id)"),
         }},
        // History: every committed change, grouped by the user action that made it.
        {2,
         {
             QStringLiteral("CREATE TABLE change_batch ("
                            " id INTEGER PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " label TEXT NOT NULL DEFAULT '')"),
             // No foreign key to item: the history of an item outlives the item.
             QStringLiteral(
                 "CREATE TABLE change_log ("
                 " id INTEGER PRIMARY KEY,"
                 " batch_id INTEGER NOT NULL REFERENCES change_batch(id) ON DELETE CASCADE,"
                 " entity TEXT NOT NULL CHECK (entity IN ('item','contact','assignment','link','team_member')),"
                 " entity_id INTEGER NOT NULL,"
                 " item_id INTEGER,"
                 " action TEXT NOT NULL CHECK (action IN ('create','update','delete')),"
                 " summary TEXT NOT NULL DEFAULT '',"
                 " before TEXT NOT NULL DEFAULT '{}',"
                 " after TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX change_log_item ON change_log(item_id)"),
             QStringLiteral("CREATE INDEX change_log_batch ON change_log(batch_id)"),
         }},
        // Search: a folded copy of every searchable text, indexed by FTS5's trigram
        // tokenizer, kept current by triggers so that every writer keeps it right.
        {3, searchIndexStep(), postgresSearchStep()},
        {4, searchBulkStep(), postgresBulkStep()},
        // Names unique within a kind: refused, with the names, while duplicates remain.
        {5, uniqueNamesStep(), {}, uniqueNamesProblems},
        // The graph: several hosts, aliases, tags, link types and statuses of one's own.
        {6, graphSearchStep(), postgresGraphStep()},
        // A history nobody can forge: the server names the actor and the time, and the
        // history is append-only (PostgreSQL only; on SQLite the version moves on).
        {7, {}, postgresHistoryStep() + postgresHistoryTriggers()},
        // Ownership that stays true: confirmations, cover dates, review intervals.
        {8, ownershipStep()},
        // Queries that stay logarithmic: the indexes tst_queryplan found missing.
        {9, queryPlanStep(), postgresQueryPlanStep()},
    };
    return steps;
}

} // namespace steward
