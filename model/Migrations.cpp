#include "Migrations.h"

namespace steward {

// The SQL here sticks to what SQLite and PostgreSQL both accept where that costs
// nothing: TEXT/INTEGER columns, CHECK constraints, explicit foreign keys.
const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps = {
        {1,
         {
             QStringLiteral(
                 "CREATE TABLE item ("
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
             QStringLiteral(
                 "CREATE TABLE provider ("
                 " item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
                 " provider_kind TEXT NOT NULL DEFAULT 'other',"
                 " full_name TEXT NOT NULL DEFAULT '',"
                 " website TEXT NOT NULL DEFAULT '',"
                 " location TEXT NOT NULL DEFAULT '',"
                 " config_tool TEXT NOT NULL DEFAULT '',"
                 " config_tool_url TEXT NOT NULL DEFAULT '',"
                 " config_repo TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE host ("
                 " item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
                 " host_kind TEXT NOT NULL DEFAULT 'vm' CHECK (host_kind IN ('physical','vm')),"
                 " hostname TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE service ("
                 " item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
                 " url TEXT NOT NULL DEFAULT '',"
                 " source_url TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE item_link ("
                 " id INTEGER PRIMARY KEY,"
                 " from_item INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                 " to_item INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
                 " kind TEXT NOT NULL,"
                 " note TEXT NOT NULL DEFAULT '',"
                 " UNIQUE (from_item, to_item, kind))"),
             QStringLiteral("CREATE INDEX item_link_to ON item_link(to_item)"),
             QStringLiteral(
                 "CREATE TABLE contact ("
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
             QStringLiteral(
                 "CREATE TABLE contact_address ("
                 " id INTEGER PRIMARY KEY,"
                 " contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                 " kind TEXT NOT NULL CHECK (kind IN ('email','irc','matrix','slack','url','phone')),"
                 " value TEXT NOT NULL CHECK (length(value) > 0),"
                 " label TEXT NOT NULL DEFAULT '',"
                 " position INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX contact_address_contact ON contact_address(contact_id)"),
             QStringLiteral(
                 "CREATE TABLE team_member ("
                 " team_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                 " member_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,"
                 " role TEXT NOT NULL DEFAULT 'member',"
                 " note TEXT NOT NULL DEFAULT '',"
                 " position INTEGER NOT NULL DEFAULT 0,"
                 " PRIMARY KEY (team_id, member_id),"
                 " CHECK (team_id <> member_id))"),
             QStringLiteral("CREATE INDEX team_member_member ON team_member(member_id)"),
             QStringLiteral(
                 "CREATE TABLE assignment ("
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
             QStringLiteral(
                 "CREATE TABLE change_batch ("
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
    };
    return steps;
}

} // namespace steward
