<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssignOperation</name>
    <message>
        <source>An assignment needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2 of every selected item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to the selected items%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 into %2: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old backups %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current state failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRevert</name>
    <message>
        <source>Nothing: the batch made it and took it away again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made again with its recorded fields; the contacts, links and services on it that went with it are not in the history, unless the batch removed them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made again with its recorded fields; teams it was in are not in the history unless the batch changed them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its place in the list is not recorded: it goes last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not as the revert was planned; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the batch concern records changed since; skip them or cancel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The revert was not prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory changed since the revert was prepared; nothing was reverted. Look at the revert again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; is left to revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted since the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed since the batch (%n change(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No longer exists: it went with a record deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is &quot;%2&quot;&apos;s now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is &quot;%2&quot;&apos;s until this revert deletes or renames it: revert the batch again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation stays: an inventory always has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned again since, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked again since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &quot;%1&quot;, which no longer exists or stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the contact &quot;%1&quot;, which no longer exists or stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under it and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on it and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a contact assigned that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is assigned to an item, and that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is linked with &quot;%1&quot;, and that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team membership of it (%1) stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to it and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history does not record this membership&apos;s role: make it again by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed since; nothing was reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link type &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of a link to make again no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is under, assigned to or linked with the items to delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmOperation</name>
    <message>
        <source>There is nothing to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDeletionImpact</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactResolver</name>
    <message>
        <source>escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsForList</name>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short host name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field has %L1 characters; at most %L2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return that does not end a line; quote the field that holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote; a quote inside a quoted field is written twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and write the quote twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field that starts here never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrong column count: %n field(s) where the header has %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Services per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts who own the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers in front of the most services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 or more owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s SQLite driver gives no handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another program&apos;s write to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program has been writing to it for %2 s; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted write left %1-journal, which must be rolled back before %1 can be read, and the file or its folder is read-only here. Someone who may write the folder must open the inventory once (any Steward command does it); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Steward inventory or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is on another machine and the connection to it is not encrypted (no TLS): the inventory, and any password sent, cross the network where others may read them. Add ?sslmode=verify-full to the address to insist on TLS (the server needs a certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can look things up, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (its folder cannot be written, and SQLite keeps its journal there): you can look things up, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Steward inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role &quot;%1&quot; may not read this inventory: %2. Ask its owner for `steward access grant %1 viewer` (or editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role &quot;%1&quot; may read this inventory but not change it (ask its owner for `steward access grant %1 editor`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) that only the owner of its tables can upgrade: ask them to open it once with this version of Steward. Your database role &quot;%3&quot; is not the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty %2, not a Steward inventory. Use &quot;steward init&quot; or File &gt; New to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 of another application, not a Steward inventory. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Steward (schema %2; this version reads up to %3). It was not changed; please upgrade Steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded before it can be read, but it is read-only: someone who may write it must open it once with this version of Steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first: open it once in the window, or run a command that looks things up (such as &quot;steward contact&quot;) or changes it; this one does not upgrade a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has tables; it was not changed. Use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2 It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key check failed to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%2&quot; (id %1) is not directly under the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%2&quot; (id %1) is not under a provider or the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; (id %1) runs on further hosts, but is not a service on a host, or one of them is not a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%2&quot; (id %1) is under another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%2&quot; (id %1) has no provider details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%2&quot; (id %1) has no host details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%2&quot; (id %1) has no service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1 is a member of &quot;%2&quot;, which is not a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check failed to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory has %1 organisations; it must have exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation has no active escalation contact, so items without an owner have nobody to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2; it will not be changed. Restore a backup or run `steward check`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick_check found %1 problem(s), the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartureText</name>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team with no one left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; no one left in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; only %3 left in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no server: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parameter &quot;%2&quot; cannot be passed to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password written in a server address would be readable by every user of this machine (ps) for as long as Steward runs, so it is not taken on the command line. Leave it out of the address and give it in PGPASSWORD or ~/.pgpass (chmod 600), or open the inventory in the window, which asks for it and keeps it in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>%1&apos;s assignments or teams changed since the hand-over to %2 was planned; nothing was changed. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot hand over to itself: choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to hand over: no assignments and no teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing to hand over: no assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no assignment as %2 (only as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not assigned to the %n item(s) given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no assignment as %2 on the %n item(s) given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handed %1 as %2 of %3 over to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over from %1 to %2 was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments %1 was handed from %2 changed since; the hand-over cannot be taken back and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed %1 of %2 back from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the item is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;; use organisation, provider, host or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 items have that name; add an item_kind column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role cannot span lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;; use primary, secondary, tertiary or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as yyyy-MM-dd (2027-01-15), or leave it empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1 is before valid from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 contacts have that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown contact kind &quot;%1&quot;; use person, team, mailing_list, mailbox, chat_channel, issue_tracker or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad email address &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad %1 address &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a team has members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team cannot be its own member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an import file: the header has neither a &quot;name&quot; column (providers, hosts, services, contacts) nor &quot;item&quot;, &quot;contact&quot; and &quot;role&quot; (assignments) nor &quot;from&quot;, &quot;from_kind&quot;, &quot;type&quot;, &quot;to&quot; and &quot;to_kind&quot; (links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether this is a %1 file; add the columns of one of them (see the exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs at least a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; a %2 file has the columns %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also on row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also in %1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 %3s have that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown contact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already another name of the %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; it should look like https://example.org/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status cannot span lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider kind &quot;%1&quot;; use hardware, vm, dns, registrar, cdn or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host kind &quot;%1&quot;; use physical or vm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: letters, digits, hyphens and dots only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is not in hosts, which is empty; hosts lists every host, the host first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; must be the first of hosts (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is at %2, not at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider, host or service is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service cannot be served through itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias of &quot;%2&quot;: the %3 &quot;%4&quot; is called so already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias of &quot;%2&quot;: it is an alias of the %3 &quot;%4&quot; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is required; the link types are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot;; the link types are %2. To use a type of your own, declare it first as a link type (a key of letters, digits and underscores, with its label and whether failure follows it), then import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryCopy</name>
    <message>
        <source>Cannot count the rows of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete: %2 rows in %3, %4 in %5. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is not a whole number that fits: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy into %1: its connection offers no COPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the copy into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot empty %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1: it has more columns than a bulk write takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy contact into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the search index of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: open both with this Steward first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds an inventory (%2 items); it was not changed. Copy into an empty inventory, or replace its contents with --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark %1 as an inventory: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the copy into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: the copy could not be written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for %1 does not open as an inventory: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but its folder could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapQueries</name>
    <message>
        <source>The map&apos;s neighbourhood cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>ids %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names must be unique (an item&apos;s within its kind, a contact&apos;s among contacts), and these are used more than once: %1. Rename or delete all but one of each with the version of Steward that wrote it, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryPlan</name>
    <message>
        <source>The server&apos;s plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory&apos;s own statuses: a handful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roles and their review intervals: a handful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory&apos;s own link types: a handful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema&apos;s marks on a server: a few rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row while a bulk write holds the search index&apos;s triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTS5&apos;s settings of the search index, which it reads itself: a few rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCheck</name>
    <message>
        <source>Cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts for the Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of the Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; write one per line as &quot;email: name@example.org&quot; (kinds: email, irc, matrix, slack, url, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 address in &quot;%2&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member; write one per line as &quot;lead: name&quot; or &quot;member: name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member in &quot;%1&quot; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite met a damaged page while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only %2 of %3 bytes were written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody to contact at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the escalation contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is its only owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is its only owner, as the only member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every assignment is inactive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner of its own; first to call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner %1 has no members; first to call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) covers until %3; then: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address at all; not the first to call about anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address at all; first to call about 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address at all; first to call about %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lists and channels with one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 members have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a team is reached through its own addresses only; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first to call is %1, who has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on no host or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>The contact of this assignment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of change cannot be reverted from the history; edit the record instead, or use Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later change to the same record depends on this one; revert that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never confirmed; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last confirmed %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last confirmed %2 by %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1 weeks ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1 years ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>SQLite met a damaged page while searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>this database holds no Steward inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no USAGE privilege on the schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no privileges on its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may not read the tables %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the role to grant access to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC is every role of the server; grant access to a role of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the owner of the inventory&apos;s tables may grant access; your role &quot;%1&quot; is not it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; owns the inventory (or is a superuser): it may do everything already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no role &quot;%1&quot;, and your role may not create one: ask the server&apos;s administrator to run CREATE ROLE %2 LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the role to revoke access from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the owner of the inventory&apos;s tables may revoke access; your role &quot;%1&quot; is not it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; owns the inventory (or is a superuser); its access cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteSnapshotReader</name>
    <message>
        <source>The first connection is not in a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first connection&apos;s transaction has not read yet, or writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is in WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read did not begin a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory file has moved since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Rows from memory are read only by SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementLog</name>
    <message>
        <source>The inventory is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no SQLite handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another log records this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no libpq handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory for the statement log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address; it should look like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IRC channel; it should look like #channel or irc://irc.libera.chat/#channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Matrix address; it should look like #room:example.org or @user:example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Slack channel; it should look like #channel or https://example.slack.com/....</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address; it should look like https://example.org/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a telephone number; use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a character it cannot have (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2…&quot; is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no key before &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line break %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bidirectional control %1, which makes text read differently from what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invisible direction mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has %L2 characters; at most %L3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 cannot have %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration tool URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is out of range (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would be valid until %1, before it is valid from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM / cloud hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content delivery network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains registered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs to be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::BatchRevertModel</name>
    <message>
        <source>Nothing: stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ChangeWatcher</name>
    <message>
        <source>the server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::InventoryTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::MapGraph</name>
    <message>
        <source>also runs on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::SearchResultsModel</name>
    <message>
        <source>%1 (more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::Store</name>
    <message>
        <source>No id was returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to the server was lost (%1). Steward connects again by itself; save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite met a damaged page while this change was being made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 to %2 as %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment was removed by someone else since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment was changed or removed by someone else since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 as %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 of %2&apos;s assignment to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 as %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a contact called &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address of &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed or deleted by someone else since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 (%2) with the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team cannot be a member of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 is not a member of team %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a service runs on further hosts (&quot;%1&quot; is a %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on further hosts, so it must be placed on a host first, not on the %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host &quot;%1&quot; runs on (id %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run on &quot;%2&quot;: it is not a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias of &quot;%2&quot;: the %3 &quot;%4&quot; is called so already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link type; the link types are %2 (declare one of your own first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in link type; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a link type: use letters, digits and underscores (at most 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link type &quot;%1&quot; cannot be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The link type &quot;%1&quot; is used by %n link(s); remove them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no link type &quot;%1&quot; of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a status: give a name of 1 to 40 characters without &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This status cannot be saved: it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in status; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The status &quot;%1&quot; is used by %n item(s); give them another first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot; of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are created in bulk only inside a write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link has no id to be made again with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the note of %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed the contact of %n assignment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n assignment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory has no organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot have a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent of &quot;%1&quot; (id %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be placed under the %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already another name of the %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory already has an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are created in bulk only inside a write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name and a parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no id to be made again with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The kind of &quot;%1&quot; cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since it was loaded (version %2, now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not exist or cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 &quot;%2&quot; with its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are removed in bulk only inside a write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role cannot be saved: it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review interval is from 1 to %1 days, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; give it another interval instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot; of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
