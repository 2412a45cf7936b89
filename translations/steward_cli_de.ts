<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCliCommand</name>
    <message>
        <source>Who may read or change an inventory on PostgreSQL: grant a database role viewer (read) or editor (read, write, add to the history) access, revoke it, or list the roles that have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant|revoke|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role (grant and revoke).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ROLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer or editor (grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[viewer|editor]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SQL that grant or revoke would run, and run nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SQL that grant or revoke runs, and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access grant takes a ROLE and viewer or editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown access &quot;%1&quot;; use viewer or editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access revoke takes one ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access list takes no ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --show-sql go with grant and revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access needs grant, revoke or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use grant, revoke or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access is for inventories on PostgreSQL, whose roles it grants. Who may read or change %1 is up to the file&apos;s permissions (chmod, chgrp): Steward opens a file it may not write for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may now read and change %2, and add to its history (editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may now read %2 but not change it (viewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through PUBLIC or a role it belongs to, it has more: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no grants of its own on %2 any more, but is still a %3 of it through PUBLIC or a role it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may no longer read or change %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignCliCommand</name>
    <message>
        <source>Assign a contact to an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider, host or service name (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s name (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner, maintainer, contact, escalation, sponsor, or your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary (default), secondary, tertiary or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note shown with the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed only from this day on (yyyy-MM-dd): cover that starts later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed only until this day, included (yyyy-MM-dd): &quot;covering until&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign takes an ITEM and a CONTACT (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign needs --role ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;; use primary, secondary, tertiary or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date; write it as yyyy-MM-dd (2027-01-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until %1 is before --from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 (%3%4) of %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCliCommand</name>
    <message>
        <source>Make a consistent copy of the inventory, history included, while others keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file (default: in the backups folder beside the inventory, named with the date and time; for a server&apos;s inventory, in Steward&apos;s data folder). Never replaced if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no arguments besides --db and -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o takes a file; to copy an inventory to a server use &quot;steward copy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCliCommand</name>
    <message>
        <source>Check the inventory&apos;s integrity and foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments besides --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>The inventory file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite met a damaged page while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;steward --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEWARD_LOCK_WAIT must be a whole number of seconds from 0 to 86400, not &quot;%1&quot;; waiting 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; %2 items have that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; %2 contacts have that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2, id %3, in %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmCliCommand</name>
    <message>
        <source>Confirm that the items&apos; contacts are still right: their assignments are stamped now, by you, in one change of the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers, hosts or services (case-insensitive); none with --contact: everything it is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this contact&apos;s assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assignments in this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm takes one ITEM or more, or --contact NAME (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 of anything.</source>
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
        <source>%1 has no assignments to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nobody as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the Assignments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Ownership of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Ownership of %1 Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed %1 as %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assignments confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCliCommand</name>
    <message>
        <source>Who to contact about an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider, host or service name (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of ITEM: every item the lines of FILE name (- reads standard input), each contact once; --format text, csv or emails (a To line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from: every contact of each item, not only the first to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all goes with --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact takes exactly one ITEM (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody to contact about &quot;%1&quot;: the organisation has no escalation contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, covering until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsForListCli</name>
    <message>
        <source>Whom to contact about the things a list names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 MiB; a list is read whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact --from FILE takes no ITEM: the list names the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; with --from use text, csv or emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matched on lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to contact about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the list names an item of the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyCliCommand</name>
    <message>
        <source>Copy a whole inventory, history included, to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory to copy (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new or empty inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the target holds (default: refuse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy takes no arguments besides --from, --to and --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs --to FILE or --to postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartureCliCommand</name>
    <message>
        <source>What if a contact leaves: the items it would leave with nobody, the escalation contacts only, an empty team or a single owner, and what Who to Contact would then say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s name (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure takes exactly one contact NAME (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned to any item, alone or through a team: nothing would be left uncovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If %1 leaves, each of the %n item(s) they cover still has at least two people besides the escalation contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 leaves, %2 of the %n item(s) they cover would be left with too few people:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]: %3 (covered as %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Who to Contact would say: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCliCommand</name>
    <message>
        <source>Export a report as CSV (RFC 4180, UTF-8, CRLF). Raw by default: every value exactly as stored, for re-import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selection and impact reports: the items (names, case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a spreadsheet: start with a UTF-8 byte-order mark; implies --safe unless --raw is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet-safe: prefix cells starting with = + - @ tab or CR with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw, lossless, for re-import (the default without --excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one REPORT (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; the reports are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export selection takes one or more ITEMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export impact takes exactly one ITEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--safe and --raw exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverCliCommand</name>
    <message>
        <source>Hand a contact&apos;s assignments over to another in one step: each becomes TO&apos;s with the same role, priority, note, cover and place (one TO has already goes instead). Handing over everything also takes FROM out of its teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact who hands over (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact who takes over (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assignments in this role (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assignments of this item (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be handed over; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover takes FROM and TO, two contacts (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n of %1&apos;s assignments to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) would move from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) moved from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 would go instead: %2 has the item in that role already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 went instead: %2 has the item in that role already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them %1 has only as inactive: set %1&apos;s priority on those items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would leave %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stays in %n team(s): only handing over everything takes them out of their teams.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCliCommand</name>
    <message>
        <source>What changed, when and by whom; newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this item&apos;s history (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N changes (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes at most one ITEM (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactCliCommand</name>
    <message>
        <source>What fails when an item fails: everything that depends on it, through where it runs and every link that carries failure, with the path and whom to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider, host or service name or alias (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact takes exactly one ITEM (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing depends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If %1 fails, %n item(s) fail with it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCliCommand</name>
    <message>
        <source>Import providers, hosts, services, contacts, assignments and links from CSV files (the formats the exports write). Every row is checked first; any error and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, recognised by their header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show what each row would do; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one or more FILEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %L1 more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would create %1, change %2, leave %3 unchanged (dry run: nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, changed %2, left %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCliCommand</name>
    <message>
        <source>Create a new inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to create; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it with the example inventory (the PSF&apos;s infrastructure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name (without --example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to contact when nobody else is (without --example): an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--escalation is for a new, empty inventory; the example has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--escalation: &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCliCommand</name>
    <message>
        <source>Link two items: FROM depends on, is served through, ... TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item that has the link: a name or alias (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item it links to: a name or alias (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link type: depends_on, fronted_by (served through), dns_by, registered_at, configured_by, backed_up_to, or one of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM is of this kind: provider, host, service, organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO is of this kind: provider, host, service, organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown kind &quot;%2&quot;; the kinds are organisation, provider, host, service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 is called &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no item is called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is ambiguous: %3 have that name; say which with --%4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link takes a FROM and a TO item (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: link needs a type (depends_on, fronted_by, dns_by, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not a link type; the link types are %2 (declare one of your own first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: %1 %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTypeCliCommand</name>
    <message>
        <source>Declare a link type of your own (or change its label and meaning), or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type&apos;s key: letters, digits and underscores (&quot;replicates_to&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the type reads as (default: the key with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failure does not follow links of this type (as &quot;configured by&quot;): impact stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link type (refused while a link has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-type takes one KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove takes no --label or --no-failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the link type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a link type; a failure follows its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a link type; a failure does not follow its links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTypesCliCommand</name>
    <message>
        <source>List the link types, built-in and your own, with their labels and whether a failure follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-types takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCliCommand</name>
    <message>
        <source>Draw the inventory&apos;s map as SVG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory (default: the one the window opens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT (.svg or .png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw only ITEM&apos;s neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --focus: how many rings of linked items (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map takes no other arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map needs -o OUT.svg or -o OUT.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps takes a number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not drawn on the map (the organisation, or a host without a name).</source>
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
    <name>RevertCliCommand</name>
    <message>
        <source>Revert one batch of the history (one user action: an import, an assignment to many items) as one new change; without BATCH, list the recent batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s number, as the list without BATCH shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the records changed since the batch as they are and revert the rest (without it, such records refuse the revert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what reverting would do; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without BATCH: at most N batches (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert takes at most one BATCH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCH is a batch&apos;s number (steward revert lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (batch %2, %3, by %4): %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the batch concern records changed since; nothing was reverted. --skip-changed reverts the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverted %n change(s) of &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n change(s) as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCliCommand</name>
    <message>
        <source>The assignments and when they were last confirmed, oldest first: never confirmed, then by when they fall due (each role&apos;s review interval; see `steward roles`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those overdue: never confirmed, or longer ago than their interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due: every assignment was confirmed within its role&apos;s interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no assignments to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 as %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
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
</context>
<context>
    <name>RoleCliCommand</name>
    <message>
        <source>Set how often a role&apos;s assignments are to be confirmed (a role of your own is declared so), or remove a role of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role (&quot;owner&quot;, &quot;on-call&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between confirmations (1 to 3650), or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N|never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a role of your own: its assignments then have the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role takes one ROLE (quote a role with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove takes no --review-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role ROLE needs --review-days N (1 to 3650) or never, or --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review-days takes a number of days from 1 to 3650, or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the role &quot;%1&quot;; its assignments, if any, are to be confirmed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments as %1 are to be confirmed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments as %1 are never due for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesCliCommand</name>
    <message>
        <source>List the roles, built-in and your own, with how often their assignments are to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCliCommand</name>
    <message>
        <source>Search names, addresses, URLs, descriptions and notes of items and contacts (case- and accent-insensitive; prefixes and substrings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for (quote several words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N matches of each kind (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search takes exactly one QUERY (quote several words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more %1; narrow the query or raise --limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCliCommand</name>
    <message>
        <source>Declare a status of your own with its category (its colour and icon, and whether an item with it works), or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status (&quot;read-only&quot;, &quot;redirect&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational, degraded, down, retired or planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the status (refused while an item has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes one NAME (quote a name with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove takes no --category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status NAME needs --category (%1), or --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the categories are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a status meaning %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusesCliCommand</name>
    <message>
        <source>List the statuses, built-in and your own, with their categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statuses takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnassignCliCommand</name>
    <message>
        <source>Remove a contact&apos;s assignment from an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider, host or service name (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact&apos;s name (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this role (default: every role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassign takes an ITEM and a CONTACT (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s) of %1 from %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlinkCliCommand</name>
    <message>
        <source>Remove the links from one item to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item that has the link: a name or alias (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item it links to: a name or alias (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only links of this type (default: every type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM is of this kind: provider, host, service, organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO is of this kind: provider, host, service, organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink takes a FROM and a TO item (quote names with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no link from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: there is no %1 link from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n link(s) from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage:
  steward [--db FILE]                         open the inventory in the window
  steward --db FILE --screenshot OUT.png [--select ITEM] [--filter TEXT] [--panel details|history|contacts]
                  [--impact] [--focus] [--size WxH] [--contact NAME] [--dialog NAME]
                                              save a screenshot of the window and exit
  steward map [--db FILE] -o OUT.svg|OUT.png [--focus ITEM [--steps N]]
                                              draw the map (no display needed)
  steward init FILE [--example | [--organisation NAME] [--escalation EMAIL]]
                                              create a new inventory
  steward contact ITEM [--db FILE] [--format text|csv]
                                              who to contact about ITEM
  steward contact --from FILE|- [--db FILE] [--format text|csv|emails] [--all]
                                              whom to tell about the things a list names
  steward impact ITEM [--db FILE] [--format text|csv]
                                              what fails when ITEM fails, how, whom to call
  steward export REPORT [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              a report as CSV: services, hosts, providers,
                                              contacts, assignments, gaps
  steward export selection ITEM... [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              the contacts of the items, and why
  steward export impact ITEM [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              what depends on ITEM: path and contacts
  steward import FILE... [--db FILE] [--dry-run]
                                              import CSV files (all rows or nothing)
  steward check [--db FILE]                   integrity and foreign-key check
  steward assign ITEM CONTACT --role ROLE [--priority P] [--note TEXT] [--db FILE]
                                              assign a contact to an item
  steward unassign ITEM CONTACT [--role ROLE] [--db FILE]
                                              remove a contact&apos;s assignment
  steward departure NAME [--db FILE] [--format text|csv]
                                              what if NAME leaves: the items left thin
  steward handover FROM TO [--role R]... [--item ITEM]... [--dry-run] [--db FILE]
                                              hand FROM&apos;s assignments over to TO
  steward link FROM TO --type TYPE [--note TEXT] [--from-kind K] [--to-kind K] [--db FILE]
                                              link two items (depends_on, fronted_by, ...)
  steward unlink FROM TO [--type TYPE] [--from-kind K] [--to-kind K] [--db FILE]
                                              remove the links from FROM to TO
  steward history [ITEM] [--db FILE] [--format text|csv] [--limit N]
                                              what changed, when and by whom
  steward revert [BATCH] [--db FILE] [--skip-changed] [--dry-run] [--format text|csv]
                                              revert one batch of the history as one new change
                                              (without BATCH: the recent batches)
  steward search QUERY [--db FILE] [--format text|csv] [--limit N]
                                              find items and contacts by name, alias, address, URL,
                                              text; tag:KEY or tag:KEY=VALUE keeps tagged ones
  steward copy --to FILE|URL [--from FILE|URL] [--replace]
                                              copy a whole inventory to another database
  steward backup [--db FILE] [-o FILE]        a consistent copy while others keep working
  steward status NAME --category C [--db FILE]
                                              declare a status of your own: C is operational,
                                              degraded, down, retired or planned
  steward status --remove NAME [--db FILE]    remove a status of your own
  steward statuses [--db FILE] [--format text|csv]
                                              the statuses and their categories
  steward link-type KEY [--label L] [--no-failure] [--db FILE]
                                              declare a link type of your own (--no-failure:
                                              impact does not follow it)
  steward link-type --remove KEY [--db FILE]  remove a link type of your own
  steward link-types [--db FILE] [--format text|csv]
                                              the link types, their labels and meaning
  steward review [--due] [--db FILE] [--format text|csv]
                                              assignments by when they were last confirmed,
                                              oldest first (--due: only those overdue)
  steward confirm ITEM... [--contact NAME] [--role R] [--db FILE]
                                              confirm that the items&apos; contacts are still right
  steward role ROLE --review-days N|never [--db FILE]
                                              how often a role&apos;s assignments are confirmed
  steward role --remove ROLE [--db FILE]      remove a role of your own
  steward roles [--db FILE] [--format text|csv]
                                              the roles and their review intervals
  steward access grant ROLE viewer|editor | revoke ROLE | list [--db URL] [--dry-run | --show-sql]
                                              who may read or change an inventory on PostgreSQL
  steward --help | --version

Without --db, Steward uses %1.
Every FILE may also be a PostgreSQL database: postgresql://USER@HOST:PORT/DATABASE
(passwords from ~/.pgpass or PGPASSWORD, never in the address; ?sslmode=verify-full is passed on).
Exit codes: 0 success, 1 failure, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;steward --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--panel is details, history or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialog is ownership, contact, connect, restore, list, roles, dashboard, departure, handover, revert-batch or assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialog %1 needs --contact NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select, --filter, --panel, --dialog, --contact, --impact, --focus and --size go with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT in pixels, at least 400x300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one contact is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
