<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCliCommand</name>
    <message>
        <source>Who may read or change an inventory on PostgreSQL: grant a database role viewer (read) or editor (read, write, add to the history) access, revoke it, or list the roles that have it.</source>
        <translation>Wer ein Inventar auf PostgreSQL lesen oder ändern darf: einer Datenbankrolle Lesezugriff (viewer) oder Schreibzugriff (editor: lesen, schreiben, in den Verlauf eintragen) gewähren, ihn entziehen oder die Rollen auflisten, die ihn haben.</translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation>grant, revoke oder list.</translation>
    </message>
    <message>
        <source>grant|revoke|list</source>
        <translation>grant|revoke|list</translation>
    </message>
    <message>
        <source>The database role (grant and revoke).</source>
        <translation>Die Datenbankrolle (grant und revoke).</translation>
    </message>
    <message>
        <source>[ROLE]</source>
        <translation>[ROLE]</translation>
    </message>
    <message>
        <source>viewer or editor (grant).</source>
        <translation>viewer oder editor (grant).</translation>
    </message>
    <message>
        <source>[viewer|editor]</source>
        <translation>[viewer|editor]</translation>
    </message>
    <message>
        <source>Print the SQL that grant or revoke would run, and run nothing.</source>
        <translation>Das SQL ausgeben, das grant oder revoke ausführen würde, und nichts ausführen.</translation>
    </message>
    <message>
        <source>Print the SQL that grant or revoke runs, and run it.</source>
        <translation>Das SQL ausgeben, das grant oder revoke ausführt, und es ausführen.</translation>
    </message>
    <message>
        <source>access grant takes a ROLE and viewer or editor.</source>
        <translation>access grant erwartet eine ROLE und viewer oder editor.</translation>
    </message>
    <message>
        <source>unknown access &quot;%1&quot;; use viewer or editor.</source>
        <translation>Unbekannter Zugriff „%1“; verwenden Sie viewer oder editor.</translation>
    </message>
    <message>
        <source>access revoke takes one ROLE.</source>
        <translation>access revoke erwartet genau eine ROLE.</translation>
    </message>
    <message>
        <source>access list takes no ROLE.</source>
        <translation>access list erwartet keine ROLE.</translation>
    </message>
    <message>
        <source>--dry-run and --show-sql go with grant and revoke.</source>
        <translation>--dry-run und --show-sql gehören zu grant und revoke.</translation>
    </message>
    <message>
        <source>access needs grant, revoke or list.</source>
        <translation>access braucht grant, revoke oder list.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use grant, revoke or list.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie grant, revoke oder list.</translation>
    </message>
    <message>
        <source>access is for inventories on PostgreSQL, whose roles it grants. Who may read or change %1 is up to the file&apos;s permissions (chmod, chgrp): Steward opens a file it may not write for reading only.</source>
        <translation>access ist für Inventare auf PostgreSQL, deren Rollen es Rechte gewährt. Wer %1 lesen oder ändern darf, bestimmen die Dateirechte (chmod, chgrp): Eine Datei, die Steward nicht schreiben darf, öffnet es schreibgeschützt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may now read and change %2, and add to its history (editor).</source>
        <translation>„%1“ darf %2 jetzt lesen und ändern und in seinen Verlauf eintragen (editor).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may now read %2 but not change it (viewer).</source>
        <translation>„%1“ darf %2 jetzt lesen, aber nicht ändern (viewer).</translation>
    </message>
    <message>
        <source>Through PUBLIC or a role it belongs to, it has more: %1.</source>
        <translation>Über PUBLIC oder eine Rolle, der sie angehört, hat sie mehr: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no grants of its own on %2 any more, but is still a %3 of it through PUBLIC or a role it belongs to.</source>
        <translation>„%1“ hat keine eigenen Rechte an %2 mehr, ist aber über PUBLIC oder eine Rolle, der sie angehört, weiterhin %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may no longer read or change %2.</source>
        <translation>„%1“ darf %2 nicht mehr lesen oder ändern.</translation>
    </message>
</context>
<context>
    <name>AssignCliCommand</name>
    <message>
        <source>Assign a contact to an item.</source>
        <translation>Einem Eintrag einen Kontakt zuweisen.</translation>
    </message>
    <message>
        <source>A provider, host or service name (case-insensitive).</source>
        <translation>Der Name eines Anbieters, Hosts oder Dienstes (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>A contact&apos;s name (case-insensitive).</source>
        <translation>Der Name eines Kontakts (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>owner, maintainer, contact, escalation, sponsor, or your own.</source>
        <translation>owner, maintainer, contact, escalation, sponsor oder eine eigene Rolle.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>primary (default), secondary, tertiary or inactive.</source>
        <translation>primary (Standard), secondary, tertiary oder inactive.</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>A note shown with the contact.</source>
        <translation>Eine Notiz, die mit dem Kontakt angezeigt wird.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Listed only from this day on (yyyy-MM-dd): cover that starts later.</source>
        <translation>Erst ab diesem Tag aufgeführt (yyyy-MM-dd): eine Vertretung, die später beginnt.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Listed only until this day, included (yyyy-MM-dd): &quot;covering until&quot;.</source>
        <translation>Nur bis einschließlich dieses Tages aufgeführt (yyyy-MM-dd): „vertritt bis“.</translation>
    </message>
    <message>
        <source>assign takes an ITEM and a CONTACT (quote names with spaces).</source>
        <translation>assign erwartet einen Eintrag (ITEM) und einen Kontakt (CONTACT); setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>assign needs --role ROLE.</source>
        <translation>assign braucht --role ROLE.</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;; use primary, secondary, tertiary or inactive.</source>
        <translation>Unbekannte Priorität „%1“; verwenden Sie primary, secondary, tertiary oder inactive.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date; write it as yyyy-MM-dd (2027-01-15).</source>
        <translation>--%1 „%2“ ist kein Datum; schreiben Sie es als yyyy-MM-dd (2027-01-15).</translation>
    </message>
    <message>
        <source>--until %1 is before --from %2.</source>
        <translation>--until %1 liegt vor --from %2.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 as %3</source>
        <translation>%2: %1 als %3 zuweisen</translation>
    </message>
    <message>
        <source>, from %1 until %2</source>
        <translation>, vom %1 bis %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, ab %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3%4) of %5.</source>
        <translation>%1 ist jetzt %2 (%3%4) von %5.</translation>
    </message>
</context>
<context>
    <name>BackupCliCommand</name>
    <message>
        <source>Make a consistent copy of the inventory, history included, while others keep working.</source>
        <translation>Eine konsistente Kopie des Inventars samt Verlauf anlegen, während andere weiterarbeiten.</translation>
    </message>
    <message>
        <source>The new file (default: in the backups folder beside the inventory, named with the date and time; for a server&apos;s inventory, in Steward&apos;s data folder). Never replaced if it exists.</source>
        <translation>Die neue Datei (Standard: im Ordner „backups“ neben dem Inventar, benannt nach Datum und Uhrzeit; für ein Inventar auf einem Server im Datenordner von Steward). Eine vorhandene Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>backup takes no arguments besides --db and -o.</source>
        <translation>backup erwartet außer --db und -o keine Argumente.</translation>
    </message>
    <message>
        <source>-o takes a file; to copy an inventory to a server use &quot;steward copy&quot;.</source>
        <translation>-o erwartet eine Datei; um ein Inventar auf einen Server zu kopieren, verwenden Sie „steward copy“.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation>%1 nach %2 gesichert (%3 KB).</translation>
    </message>
</context>
<context>
    <name>CheckCliCommand</name>
    <message>
        <source>Check the inventory&apos;s integrity and foreign keys.</source>
        <translation>Integrität und Fremdschlüssel des Inventars prüfen.</translation>
    </message>
    <message>
        <source>check takes no arguments besides --db.</source>
        <translation>check erwartet außer --db keine Argumente.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: in Ordnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 problem(s) found.</source>
        <translation>%1 Problem(e) gefunden.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>The inventory file (default: %1).</source>
        <translation>Die Inventardatei (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>text or csv.</source>
        <translation>text oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>SQLite met a damaged page while reading</source>
        <translation>SQLite ist beim Lesen auf eine beschädigte Seite gestoßen</translation>
    </message>
    <message>
        <source>steward: %1</source>
        <translation>steward: %1</translation>
    </message>
    <message>
        <source>Try &quot;steward --help&quot;.</source>
        <translation>Versuchen Sie „steward --help“.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or csv.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie text oder csv.</translation>
    </message>
    <message>
        <source>STEWARD_LOCK_WAIT must be a whole number of seconds from 0 to 86400, not &quot;%1&quot;; waiting 60 s.</source>
        <translation>STEWARD_LOCK_WAIT muss eine ganze Zahl von Sekunden zwischen 0 und 86400 sein, nicht „%1“; es wird 60 s gewartet.</translation>
    </message>
    <message>
        <source>%1 is open for reading only.</source>
        <translation>%1 ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation>Kein Eintrag heißt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; %2 items have that name.</source>
        <translation>„%1“ ist mehrdeutig; %2 Einträge haben diesen Namen.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Meinten Sie:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>no contact is called &quot;%1&quot;.</source>
        <translation>Kein Kontakt heißt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; %2 contacts have that name.</source>
        <translation>„%1“ ist mehrdeutig; %2 Kontakte haben diesen Namen.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>  %1 (%2, id %3)</source>
        <translation>  %1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>  %1 (%2, id %3, in %4)</source>
        <translation>  %1 (%2, ID %3, in %4)</translation>
    </message>
</context>
<context>
    <name>ConfirmCliCommand</name>
    <message>
        <source>Confirm that the items&apos; contacts are still right: their assignments are stamped now, by you, in one change of the history.</source>
        <translation>Bestätigen, dass die Kontakte der Einträge noch stimmen: Ihre Zuweisungen werden jetzt, mit Ihnen als Urheber, in einer Änderung des Verlaufs abgezeichnet.</translation>
    </message>
    <message>
        <source>Providers, hosts or services (case-insensitive); none with --contact: everything it is assigned to.</source>
        <translation>Anbieter, Hosts oder Dienste (ohne Beachtung der Groß-/Kleinschreibung); keiner mit --contact: alles, dem der Kontakt zugewiesen ist.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s assignments.</source>
        <translation>Nur die Zuweisungen dieses Kontakts.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only assignments in this role.</source>
        <translation>Nur Zuweisungen in dieser Rolle.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>confirm takes one ITEM or more, or --contact NAME (quote names with spaces).</source>
        <translation>confirm erwartet einen oder mehrere Einträge (ITEM) oder --contact NAME; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--role needs a role.</source>
        <translation>--role braucht eine Rolle.</translation>
    </message>
    <message>
        <source>the %1 items</source>
        <translation>die %1 Einträge</translation>
    </message>
    <message>
        <source>%1 is not assigned to anything.</source>
        <translation>%1 ist nichts zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is not %2 of anything.</source>
        <translation>%1 ist bei nichts %2.</translation>
    </message>
    <message>
        <source>%1 is not assigned to %2.</source>
        <translation>%1 ist %2 nicht zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is not %2 of %3.</source>
        <translation>%1 ist nicht %2 von %3.</translation>
    </message>
    <message>
        <source>%1 has no assignments to confirm.</source>
        <translation>%1 hat keine Zuweisungen zu bestätigen.</translation>
    </message>
    <message>
        <source>%1 has nobody as %2.</source>
        <translation>%1 hat niemanden als %2.</translation>
    </message>
    <message>
        <source>Confirm the Assignments of %1</source>
        <translation>Zuweisungen von %1 bestätigen</translation>
    </message>
    <message>
        <source>Confirm Ownership of %1</source>
        <translation>Zuständigkeit für %1 bestätigen</translation>
    </message>
    <message>
        <source>Confirm Ownership of %1 Items</source>
        <translation>Zuständigkeit für %1 Einträge bestätigen</translation>
    </message>
    <message>
        <source>Confirmed %1 as %2 of %3.</source>
        <translation>%1 als %2 von %3 bestätigt.</translation>
    </message>
    <message>
        <source>%1 assignments confirmed.</source>
        <translation>%1 Zuweisungen bestätigt.</translation>
    </message>
</context>
<context>
    <name>ContactCliCommand</name>
    <message>
        <source>Who to contact about an item.</source>
        <translation>An wen man sich wegen eines Eintrags wendet.</translation>
    </message>
    <message>
        <source>A provider, host or service name (case-insensitive).</source>
        <translation>Der Name eines Anbieters, Hosts oder Dienstes (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Instead of ITEM: every item the lines of FILE name (- reads standard input), each contact once; --format text, csv or emails (a To line).</source>
        <translation>Statt ITEM: jeder Eintrag, den die Zeilen von FILE nennen (- liest die Standardeingabe), jeder Kontakt einmal; --format text, csv oder emails (eine An-Zeile).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --from: every contact of each item, not only the first to call.</source>
        <translation>Mit --from: jeder Kontakt jedes Eintrags, nicht nur der erste Ansprechpartner.</translation>
    </message>
    <message>
        <source>--all goes with --from.</source>
        <translation>--all gehört zu --from.</translation>
    </message>
    <message>
        <source>contact takes exactly one ITEM (quote names with spaces).</source>
        <translation>contact erwartet genau einen Eintrag (ITEM); setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>nobody to contact about &quot;%1&quot;: the organisation has no escalation contact.</source>
        <translation>Niemand ist wegen „%1“ zu kontaktieren: Die Organisation hat keinen Eskalationskontakt.</translation>
    </message>
    <message>
        <source>, covering until %1</source>
        <translation>, Vertretung bis %1</translation>
    </message>
</context>
<context>
    <name>ContactsForListCli</name>
    <message>
        <source>Whom to contact about the things a list names.</source>
        <translation>An wen man sich wegen der Dinge wendet, die eine Liste nennt.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is longer than %2 MiB; a list is read whole.</source>
        <translation>%1 ist größer als %2 MiB; eine Liste wird als Ganzes gelesen.</translation>
    </message>
    <message>
        <source>contact --from FILE takes no ITEM: the list names the items.</source>
        <translation>contact --from FILE erwartet keinen Eintrag (ITEM): Die Liste nennt die Einträge.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; with --from use text, csv or emails.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie mit --from text, csv oder emails.</translation>
    </message>
    <message>
        <source>Nothing matched on lines: %1</source>
        <translation>Nichts gefunden in den Zeilen: %1</translation>
    </message>
    <message>
        <source>Nobody to contact about: %1</source>
        <translation>Niemand zu kontaktieren wegen: %1</translation>
    </message>
    <message>
        <source>nothing in the list names an item of the inventory.</source>
        <translation>Nichts in der Liste nennt einen Eintrag des Inventars.</translation>
    </message>
    <message>
        <source>No e-mail address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CopyCliCommand</name>
    <message>
        <source>Copy a whole inventory, history included, to another database.</source>
        <translation>Ein ganzes Inventar samt Verlauf in eine andere Datenbank kopieren.</translation>
    </message>
    <message>
        <source>The inventory to copy (default: %1).</source>
        <translation>Das zu kopierende Inventar (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>Where to copy it: a new or empty inventory.</source>
        <translation>Wohin es kopiert wird: ein neues oder leeres Inventar.</translation>
    </message>
    <message>
        <source>Replace what the target holds (default: refuse).</source>
        <translation>Ersetzen, was das Ziel enthält (Standard: ablehnen).</translation>
    </message>
    <message>
        <source>copy takes no arguments besides --from, --to and --replace.</source>
        <translation>copy erwartet außer --from, --to und --replace keine Argumente.</translation>
    </message>
    <message>
        <source>copy needs --to FILE or --to postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>copy braucht --to FILE oder --to postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 s: %4.</source>
        <translation>%1 in %3 s nach %2 kopiert: %4.</translation>
    </message>
</context>
<context>
    <name>DepartureCliCommand</name>
    <message>
        <source>What if a contact leaves: the items it would leave with nobody, the escalation contacts only, an empty team or a single owner, and what Who to Contact would then say.</source>
        <translation>Was, wenn ein Kontakt geht: die Einträge, die er ohne jemanden, nur mit den Eskalationskontakten, mit einem leeren Team oder mit einem einzigen Besitzer zurückließe, und was „Ansprechpartner“ dann sagen würde.</translation>
    </message>
    <message>
        <source>A contact&apos;s name (case-insensitive).</source>
        <translation>Der Name eines Kontakts (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>departure takes exactly one contact NAME (quote names with spaces).</source>
        <translation>departure erwartet genau einen Kontakt-NAME; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <translation>%1 ist Mitglied von %2.</translation>
    </message>
    <message>
        <source>%1 is not assigned to any item, alone or through a team: nothing would be left uncovered.</source>
        <translation>%1 ist keinem Eintrag zugewiesen, weder allein noch über ein Team: Es bliebe nichts ohne Ansprechpartner.</translation>
    </message>
    <message numerus="yes">
        <source>If %1 leaves, each of the %n item(s) they cover still has at least two people besides the escalation contacts.</source>
        <translation>
            <numerusform>Wenn %1 geht, hat der %n Eintrag, den %1 abdeckt, außer den Eskalationskontakten noch mindestens zwei Personen.</numerusform>
            <numerusform>Wenn %1 geht, hat jeder der %n Einträge, die %1 abdeckt, außer den Eskalationskontakten noch mindestens zwei Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 leaves, %2 of the %n item(s) they cover would be left with too few people:</source>
        <translation>
            <numerusform>Wenn %1 geht, blieben %2 von %n Eintrag, den %1 abdeckt, mit zu wenigen Personen zurück:</numerusform>
            <numerusform>Wenn %1 geht, blieben %2 der %n Einträge, die %1 abdeckt, mit zu wenigen Personen zurück:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]: %3 (covered as %4)</source>
        <translation>%1 [%2]: %3 (abgedeckt als %4)</translation>
    </message>
    <message>
        <source>    Who to Contact would say: %1</source>
        <translation>    „Ansprechpartner“ würde sagen: %1</translation>
    </message>
</context>
<context>
    <name>ExportCliCommand</name>
    <message>
        <source>For the selection and impact reports: the items (names, case-insensitive).</source>
        <translation>Für die Berichte selection und impact: die Einträge (Namen, ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (replaced only when complete).</source>
        <translation>In FILE statt in die Standardausgabe schreiben (erst ersetzt, wenn vollständig).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>For a spreadsheet: start with a UTF-8 byte-order mark; implies --safe unless --raw is given.</source>
        <translation>Für eine Tabellenkalkulation: mit einer UTF-8-Bytereihenfolgemarke beginnen; schließt --safe ein, außer wenn --raw angegeben ist.</translation>
    </message>
    <message>
        <source>Spreadsheet-safe: prefix cells starting with = + - @ tab or CR with an apostrophe.</source>
        <translation>Sicher für Tabellenkalkulationen: Zellen, die mit = + - @ Tab oder CR beginnen, ein Apostroph voranstellen.</translation>
    </message>
    <message>
        <source>Raw, lossless, for re-import (the default without --excel).</source>
        <translation>Roh, verlustfrei, zum erneuten Import (der Standard ohne --excel).</translation>
    </message>
    <message>
        <source>export takes exactly one REPORT (%1).</source>
        <translation>export erwartet genau einen Bericht (REPORT: %1).</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; the reports are: %2.</source>
        <translation>Unbekannter Bericht „%1“; die Berichte sind: %2.</translation>
    </message>
    <message>
        <source>export selection takes one or more ITEMs.</source>
        <translation>export selection erwartet einen oder mehrere Einträge (ITEM).</translation>
    </message>
    <message>
        <source>export impact takes exactly one ITEM.</source>
        <translation>export impact erwartet genau einen Eintrag (ITEM).</translation>
    </message>
    <message>
        <source>--safe and --raw exclude each other.</source>
        <translation>--safe und --raw schließen einander aus.</translation>
    </message>
    <message>
        <source>Export a report as CSV (RFC 4180, UTF-8, CRLF). Raw by default: every value exactly as stored, for re-import. &quot;export backstage&quot; writes the inventory as a Backstage catalog (YAML).</source>
        <translation>Einen Bericht als CSV exportieren (RFC 4180, UTF-8, CRLF). Standardmäßig roh: jeder Wert genau wie gespeichert, zum erneuten Import. „export backstage“ schreibt das Inventar als Backstage-Katalog (YAML).</translation>
    </message>
    <message>
        <source>The report: %1; or backstage: the inventory as a Backstage catalog (YAML).</source>
        <translation>Der Bericht: %1; oder backstage: das Inventar als Backstage-Katalog (YAML).</translation>
    </message>
    <message>
        <source>export backstage takes no ITEM.</source>
        <translation>export backstage nimmt kein ITEM.</translation>
    </message>
    <message>
        <source>--%1 is for CSV; a Backstage catalog is YAML.</source>
        <translation>--%1 gilt für CSV; ein Backstage-Katalog ist YAML.</translation>
    </message>
</context>
<context>
    <name>HandoverCliCommand</name>
    <message>
        <source>Hand a contact&apos;s assignments over to another in one step: each becomes TO&apos;s with the same role, priority, note, cover and place (one TO has already goes instead). Handing over everything also takes FROM out of its teams.</source>
        <translation>Die Zuweisungen eines Kontakts in einem Schritt an einen anderen übergeben: Jede wird mit derselben Rolle, Priorität, Notiz, Vertretung und Stelle zu einer von TO (eine, die TO schon hat, entfällt stattdessen). Wer alles übergibt, verlässt damit auch seine Teams.</translation>
    </message>
    <message>
        <source>The contact who hands over (case-insensitive).</source>
        <translation>Der Kontakt, der übergibt (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>The contact who takes over (case-insensitive).</source>
        <translation>Der Kontakt, der übernimmt (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Only assignments in this role (repeat for several).</source>
        <translation>Nur Zuweisungen in dieser Rolle (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Only assignments of this item (repeat for several).</source>
        <translation>Nur Zuweisungen dieses Eintrags (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>Show what would be handed over; change nothing.</source>
        <translation>Zeigen, was übergeben würde; nichts ändern.</translation>
    </message>
    <message>
        <source>handover takes FROM and TO, two contacts (quote names with spaces).</source>
        <translation>handover erwartet FROM und TO, zwei Kontakte; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--role needs a role.</source>
        <translation>--role braucht eine Rolle.</translation>
    </message>
    <message>
        <source>Hand over %1 to %2</source>
        <translation>%1 an %2 übergeben</translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n of %1&apos;s assignments to %2</source>
        <translation>
            <numerusform>%n Zuweisung von %1 an %2 übergeben</numerusform>
            <numerusform>%n Zuweisungen von %1 an %2 übergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation>  %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) would move from %1 to %2.</source>
        <translation>
            <numerusform>%n Zuweisung würde von %1 zu %2 wechseln.</numerusform>
            <numerusform>%n Zuweisungen würden von %1 zu %2 wechseln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>%n Zuweisung ist von %1 zu %2 gewechselt.</numerusform>
            <numerusform>%n Zuweisungen sind von %1 zu %2 gewechselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 would go instead: %2 has the item in that role already.</source>
        <translation>
            <numerusform>%n Zuweisung von %1 würde stattdessen entfallen: %2 hat den Eintrag bereits in dieser Rolle.</numerusform>
            <numerusform>%n Zuweisungen von %1 würden stattdessen entfallen: %2 hat die Einträge bereits in dieser Rolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 went instead: %2 has the item in that role already.</source>
        <translation>
            <numerusform>%n Zuweisung von %1 ist stattdessen entfallen: %2 hat den Eintrag bereits in dieser Rolle.</numerusform>
            <numerusform>%n Zuweisungen von %1 sind stattdessen entfallen: %2 hat die Einträge bereits in dieser Rolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them %1 has only as inactive: set %1&apos;s priority on those items.</source>
        <translation>
            <numerusform>%n davon hat %1 nur als inaktiv: Setzen Sie die Priorität von %1 bei diesem Eintrag.</numerusform>
            <numerusform>%n davon hat %1 nur als inaktiv: Setzen Sie die Priorität von %1 bei diesen Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would leave %2.</source>
        <translation>%1 würde %2 verlassen.</translation>
    </message>
    <message>
        <source>%1 left %2.</source>
        <translation>%1 hat %2 verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stays in %n team(s): only handing over everything takes them out of their teams.</source>
        <translation>
            <numerusform>%1 bleibt in %n Team: Nur wer alles übergibt, verlässt seine Teams.</numerusform>
            <numerusform>%1 bleibt in %n Teams: Nur wer alles übergibt, verlässt seine Teams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>HistoryCliCommand</name>
    <message>
        <source>What changed, when and by whom; newest first.</source>
        <translation>Was sich wann und durch wen geändert hat; Neuestes zuerst.</translation>
    </message>
    <message>
        <source>Only this item&apos;s history (optional).</source>
        <translation>Nur der Verlauf dieses Eintrags (optional).</translation>
    </message>
    <message>
        <source>At most N changes (default: all).</source>
        <translation>Höchstens N Änderungen (Standard: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>history takes at most one ITEM (quote names with spaces).</source>
        <translation>history erwartet höchstens einen Eintrag (ITEM); setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--limit takes a number.</source>
        <translation>--limit erwartet eine Zahl.</translation>
    </message>
</context>
<context>
    <name>ImpactCliCommand</name>
    <message>
        <source>What fails when an item fails: everything that depends on it, through where it runs and every link that carries failure, with the path and whom to call.</source>
        <translation>Was ausfällt, wenn ein Eintrag ausfällt: alles, was von ihm abhängt – über den Ort, an dem es läuft, und jede Verknüpfung, die einen Ausfall weiterträgt –, mit dem Pfad und wen man anruft.</translation>
    </message>
    <message>
        <source>A provider, host or service name or alias (case-insensitive).</source>
        <translation>Der Name oder Alias eines Anbieters, Hosts oder Dienstes (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>impact takes exactly one ITEM (quote names with spaces).</source>
        <translation>impact erwartet genau einen Eintrag (ITEM); setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Nothing depends on %1.</source>
        <translation>Nichts hängt von %1 ab.</translation>
    </message>
    <message numerus="yes">
        <source>If %1 fails, %n item(s) fail with it:</source>
        <translation>
            <numerusform>Wenn %1 ausfällt, fällt %n Eintrag mit aus:</numerusform>
            <numerusform>Wenn %1 ausfällt, fallen %n Einträge mit aus:</numerusform>
        </translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>anrufen: %1</translation>
    </message>
    <message>
        <source>Dependency cycles:</source>
        <translation>Abhängigkeitszyklen:</translation>
    </message>
</context>
<context>
    <name>ImportCliCommand</name>
    <message>
        <source>Check and show what each row would do; write nothing.</source>
        <translation>Prüfen und zeigen, was jede Zeile tun würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>import takes one or more FILEs.</source>
        <translation>import erwartet eine oder mehrere Dateien (FILE).</translation>
    </message>
    <message>
        <source>… and %L1 more errors</source>
        <translation>… und %L1 weitere Fehler</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Would create %1, change %2, leave %3 unchanged (dry run: nothing written).</source>
        <translation>Würde %1 anlegen, %2 ändern, %3 unverändert lassen (Probelauf: nichts geschrieben).</translation>
    </message>
    <message>
        <source>Created %1, changed %2, left %3 unchanged.</source>
        <translation>%1 angelegt, %2 geändert, %3 unverändert gelassen.</translation>
    </message>
    <message>
        <source>Import providers, hosts, services, contacts, assignments and links from CSV files (the formats the exports write) and Backstage catalogs (.yaml, .yml). Every row is checked first; any error and nothing is written.</source>
        <translation>Anbieter, Hosts, Dienste, Kontakte, Zuweisungen und Verknüpfungen aus CSV-Dateien (in den Formaten, die die Exporte schreiben) und Backstage-Katalogen (.yaml, .yml) importieren. Jede Zeile wird zuerst geprüft; bei einem Fehler wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>CSV files, recognised by their header (Steward&apos;s own, or NetBox&apos;s contacts and providers), or Backstage catalogs (.yaml, .yml).</source>
        <translation>CSV-Dateien, erkannt an ihrer Kopfzeile (die eigenen von Steward oder die Kontakte und Anbieter von NetBox), oder Backstage-Kataloge (.yaml, .yml).</translation>
    </message>
</context>
<context>
    <name>InitCliCommand</name>
    <message>
        <source>Create a new inventory.</source>
        <translation>Ein neues Inventar anlegen.</translation>
    </message>
    <message>
        <source>The file to create; it must not exist.</source>
        <translation>Die anzulegende Datei; sie darf nicht existieren.</translation>
    </message>
    <message>
        <source>Fill it with the example inventory (the PSF&apos;s infrastructure).</source>
        <translation>Mit dem Beispielinventar füllen (der Infrastruktur der PSF).</translation>
    </message>
    <message>
        <source>The organisation&apos;s name (without --example).</source>
        <translation>Der Name der Organisation (ohne --example).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>The address to contact when nobody else is (without --example): an email address.</source>
        <translation>Die Adresse für den Fall, dass sonst niemand zuständig ist (ohne --example): eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>init takes exactly one FILE.</source>
        <translation>init erwartet genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>--escalation is for a new, empty inventory; the example has its own.</source>
        <translation>--escalation ist für ein neues, leeres Inventar; das Beispiel hat seine eigene.</translation>
    </message>
    <message>
        <source>--escalation: &quot;%1&quot; is not an email address.</source>
        <translation>--escalation: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>cannot fill %1: %2</source>
        <translation>%1 kann nicht gefüllt werden: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
</context>
<context>
    <name>LinkCliCommand</name>
    <message>
        <source>Link two items: FROM depends on, is served through, ... TO.</source>
        <translation>Zwei Einträge verknüpfen: FROM hängt ab von, wird ausgeliefert über, … TO.</translation>
    </message>
    <message>
        <source>The item that has the link: a name or alias (case-insensitive).</source>
        <translation>Der Eintrag, der die Verknüpfung hat: ein Name oder Alias (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>The item it links to: a name or alias (case-insensitive).</source>
        <translation>Der Eintrag, auf den sie verweist: ein Name oder Alias (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>The link type: depends_on, fronted_by (served through), dns_by, registered_at, configured_by, backed_up_to, or one of your own.</source>
        <translation>Die Verknüpfungsart: depends_on, fronted_by (ausgeliefert über), dns_by, registered_at, configured_by, backed_up_to oder eine eigene.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A note on the link.</source>
        <translation>Eine Notiz zur Verknüpfung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>FROM is of this kind: provider, host, service, organisation.</source>
        <translation>FROM ist von dieser Art: provider, host, service, organisation.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>TO is of this kind: provider, host, service, organisation.</source>
        <translation>TO ist von dieser Art: provider, host, service, organisation.</translation>
    </message>
    <message>
        <source>--%1: unknown kind &quot;%2&quot;; the kinds are organisation, provider, host, service.</source>
        <translation>--%1: Unbekannte Art „%2“; die Arten sind organisation, provider, host, service.</translation>
    </message>
    <message>
        <source>%1: no %2 is called &quot;%3&quot;.</source>
        <translation>%1: Kein %2 heißt „%3“.</translation>
    </message>
    <message>
        <source>%1: no item is called &quot;%2&quot;.</source>
        <translation>%1: Kein Eintrag heißt „%2“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is ambiguous: %3 have that name; say which with --%4 %5.</source>
        <translation>%1: „%2“ ist mehrdeutig: %3 haben diesen Namen; geben Sie mit --%4 %5 an, welcher gemeint ist.</translation>
    </message>
    <message>
        <source>link takes a FROM and a TO item (quote names with spaces).</source>
        <translation>link erwartet einen FROM- und einen TO-Eintrag; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--type: link needs a type (depends_on, fronted_by, dns_by, ...).</source>
        <translation>--type: link braucht eine Art (depends_on, fronted_by, dns_by, …).</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not a link type; the link types are %2 (declare one of your own first).</source>
        <translation>--type: „%1“ ist keine Verknüpfungsart; die Verknüpfungsarten sind %2 (legen Sie zuerst eine eigene an).</translation>
    </message>
    <message>
        <source>Linked: %1 %2 %3.</source>
        <translation>Verknüpft: %1 %2 %3.</translation>
    </message>
</context>
<context>
    <name>LinkTypeCliCommand</name>
    <message>
        <source>Declare a link type of your own (or change its label and meaning), or remove one.</source>
        <translation>Eine eigene Verknüpfungsart anlegen (oder ihre Beschriftung und Bedeutung ändern) oder eine entfernen.</translation>
    </message>
    <message>
        <source>The type&apos;s key: letters, digits and underscores (&quot;replicates_to&quot;).</source>
        <translation>Der Schlüssel der Art: Buchstaben, Ziffern und Unterstriche („replicates_to“).</translation>
    </message>
    <message>
        <source>What the type reads as (default: the key with spaces).</source>
        <translation>Wie die Art gelesen wird (Standard: der Schlüssel mit Leerzeichen).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>A failure does not follow links of this type (as &quot;configured by&quot;): impact stops there.</source>
        <translation>Ein Ausfall folgt Verknüpfungen dieser Art nicht (wie „konfiguriert durch“): Die Auswirkung endet dort.</translation>
    </message>
    <message>
        <source>Remove the link type (refused while a link has it).</source>
        <translation>Die Verknüpfungsart entfernen (abgelehnt, solange eine Verknüpfung sie hat).</translation>
    </message>
    <message>
        <source>link-type takes one KEY.</source>
        <translation>link-type erwartet genau einen Schlüssel (KEY).</translation>
    </message>
    <message>
        <source>--remove takes no --label or --no-failure.</source>
        <translation>--remove erwartet weder --label noch --no-failure.</translation>
    </message>
    <message>
        <source>Removed the link type &quot;%1&quot;.</source>
        <translation>Die Verknüpfungsart „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a link type; a failure follows its links.</source>
        <translation>„%1“ (%2) ist eine Verknüpfungsart; ein Ausfall folgt ihren Verknüpfungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is a link type; a failure does not follow its links.</source>
        <translation>„%1“ (%2) ist eine Verknüpfungsart; ein Ausfall folgt ihren Verknüpfungen nicht.</translation>
    </message>
</context>
<context>
    <name>LinkTypesCliCommand</name>
    <message>
        <source>List the link types, built-in and your own, with their labels and whether a failure follows them.</source>
        <translation>Die Verknüpfungsarten auflisten, eingebaute und eigene, mit ihren Beschriftungen und ob ein Ausfall ihnen folgt.</translation>
    </message>
    <message>
        <source>link-types takes no arguments.</source>
        <translation>link-types erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>failure follows</source>
        <translation>Ausfall folgt</translation>
    </message>
    <message>
        <source>failure stops</source>
        <translation>Ausfall endet</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigene</translation>
    </message>
</context>
<context>
    <name>MapCliCommand</name>
    <message>
        <source>Draw the inventory&apos;s map as SVG or PNG.</source>
        <translation>Die Karte des Inventars als SVG oder PNG zeichnen.</translation>
    </message>
    <message>
        <source>The inventory (default: the one the window opens).</source>
        <translation>Das Inventar (Standard: das, welches das Fenster öffnet).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write to OUT (.svg or .png).</source>
        <translation>In OUT schreiben (.svg oder .png).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Draw only ITEM&apos;s neighbourhood.</source>
        <translation>Nur die Umgebung von ITEM zeichnen.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>With --focus: how many rings of linked items (default 0).</source>
        <translation>Mit --focus: wie viele Ringe verknüpfter Einträge (Standard 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>map takes no other arguments.</source>
        <translation>map erwartet keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>map needs -o OUT.svg or -o OUT.png.</source>
        <translation>map braucht -o OUT.svg oder -o OUT.png.</translation>
    </message>
    <message>
        <source>--steps takes a number from 0.</source>
        <translation>--steps erwartet eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation>Kein Eintrag heißt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not drawn on the map (the organisation, or a host without a name).</source>
        <translation>„%1“ ist auf der Karte nicht eingezeichnet (die Organisation oder ein Host ohne Namen).</translation>
    </message>
</context>
<context>
    <name>RevertCliCommand</name>
    <message>
        <source>Revert one batch of the history (one user action: an import, an assignment to many items) as one new change; without BATCH, list the recent batches.</source>
        <translation>Einen Stapel des Verlaufs (eine Aktion eines Benutzers: ein Import, eine Zuweisung an viele Einträge) als eine neue Änderung zurücknehmen; ohne BATCH die letzten Stapel auflisten.</translation>
    </message>
    <message>
        <source>The batch&apos;s number, as the list without BATCH shows it.</source>
        <translation>Die Nummer des Stapels, wie die Liste ohne BATCH sie zeigt.</translation>
    </message>
    <message>
        <source>Leave the records changed since the batch as they are and revert the rest (without it, such records refuse the revert).</source>
        <translation>Datensätze, die seit dem Stapel geändert wurden, so lassen, wie sie sind, und den Rest zurücknehmen (ohne diese Option verhindern solche Datensätze das Zurücknehmen).</translation>
    </message>
    <message>
        <source>Show what reverting would do; write nothing.</source>
        <translation>Zeigen, was das Zurücknehmen tun würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Without BATCH: at most N batches (default 20).</source>
        <translation>Ohne BATCH: höchstens N Stapel (Standard 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>revert takes at most one BATCH.</source>
        <translation>revert erwartet höchstens einen Stapel (BATCH).</translation>
    </message>
    <message>
        <source>--limit takes a number of at least 1.</source>
        <translation>--limit erwartet eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>BATCH is a batch&apos;s number (steward revert lists them).</source>
        <translation>BATCH ist die Nummer eines Stapels (steward revert listet sie auf).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (batch %2, %3, by %4): %n change(s).</source>
        <translation>
            <numerusform>%1 (Stapel %2, %3, von %4): %n Änderung.</numerusform>
            <numerusform>%1 (Stapel %2, %3, von %4): %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Seitdem: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the batch concern records changed since; nothing was reverted. --skip-changed reverts the rest.</source>
        <translation>
            <numerusform>%n Änderung des Stapels betrifft Datensätze, die seitdem geändert wurden; es wurde nichts zurückgenommen. --skip-changed nimmt den Rest zurück.</numerusform>
            <numerusform>%n Änderungen des Stapels betreffen Datensätze, die seitdem geändert wurden; es wurde nichts zurückgenommen. --skip-changed nimmt den Rest zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverted %n change(s) of &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Änderung von „%1“ zurückgenommen.</numerusform>
            <numerusform>%n Änderungen von „%1“ zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n change(s) as they are.</source>
        <translation>
            <numerusform>%n Änderung so gelassen, wie sie ist.</numerusform>
            <numerusform>%n Änderungen so gelassen, wie sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCliCommand</name>
    <message>
        <source>The assignments and when they were last confirmed, oldest first: never confirmed, then by when they fall due (each role&apos;s review interval; see `steward roles`).</source>
        <translation>Die Zuweisungen und wann sie zuletzt bestätigt wurden, Älteste zuerst: nie bestätigte, dann nach Fälligkeit (das Überprüfungsintervall jeder Rolle; siehe `steward roles`).</translation>
    </message>
    <message>
        <source>Only those overdue: never confirmed, or longer ago than their interval.</source>
        <translation>Nur überfällige: nie bestätigt oder länger her als ihr Intervall.</translation>
    </message>
    <message>
        <source>review takes no arguments.</source>
        <translation>review erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Nothing is due: every assignment was confirmed within its role&apos;s interval.</source>
        <translation>Nichts ist fällig: Jede Zuweisung wurde innerhalb des Intervalls ihrer Rolle bestätigt.</translation>
    </message>
    <message>
        <source>There are no assignments to review.</source>
        <translation>Es gibt keine Zuweisungen zu überprüfen.</translation>
    </message>
    <message>
        <source>never due</source>
        <translation>nie fällig</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>bestätigt %1</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>nie bestätigt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 as %4; %5</source>
        <translation>%1 (%2): %3 als %4; %5</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>keine Überprüfung</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>RoleCliCommand</name>
    <message>
        <source>Set how often a role&apos;s assignments are to be confirmed (a role of your own is declared so), or remove a role of your own.</source>
        <translation>Festlegen, wie oft die Zuweisungen einer Rolle zu bestätigen sind (so wird eine eigene Rolle angelegt), oder eine eigene Rolle entfernen.</translation>
    </message>
    <message>
        <source>The role (&quot;owner&quot;, &quot;on-call&quot;).</source>
        <translation>Die Rolle („owner“, „on-call“).</translation>
    </message>
    <message>
        <source>Days between confirmations (1 to 3650), or never.</source>
        <translation>Tage zwischen Bestätigungen (1 bis 3650) oder never.</translation>
    </message>
    <message>
        <source>N|never</source>
        <translation>N|never</translation>
    </message>
    <message>
        <source>Remove a role of your own: its assignments then have the default.</source>
        <translation>Eine eigene Rolle entfernen: Ihre Zuweisungen erhalten dann den Standard.</translation>
    </message>
    <message>
        <source>role takes one ROLE (quote a role with spaces).</source>
        <translation>role erwartet genau eine Rolle (ROLE); setzen Sie eine Rolle mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--remove takes no --review-days.</source>
        <translation>--remove erwartet kein --review-days.</translation>
    </message>
    <message>
        <source>role ROLE needs --review-days N (1 to 3650) or never, or --remove.</source>
        <translation>role ROLE braucht --review-days N (1 bis 3650) oder never, oder --remove.</translation>
    </message>
    <message>
        <source>--review-days takes a number of days from 1 to 3650, or never.</source>
        <translation>--review-days erwartet eine Anzahl Tage von 1 bis 3650 oder never.</translation>
    </message>
    <message>
        <source>Removed the role &quot;%1&quot;; its assignments, if any, are to be confirmed %2.</source>
        <translation>Die Rolle „%1“ wurde entfernt; ihre Zuweisungen, falls vorhanden, sind %2 zu bestätigen.</translation>
    </message>
    <message>
        <source>Assignments as %1 are to be confirmed %2.</source>
        <translation>Zuweisungen als %1 sind %2 zu bestätigen.</translation>
    </message>
    <message>
        <source>Assignments as %1 are never due for review.</source>
        <translation>Zuweisungen als %1 werden nie zur Überprüfung fällig.</translation>
    </message>
</context>
<context>
    <name>RolesCliCommand</name>
    <message>
        <source>List the roles, built-in and your own, with how often their assignments are to be confirmed.</source>
        <translation>Die Rollen auflisten, eingebaute und eigene, mit der Angabe, wie oft ihre Zuweisungen zu bestätigen sind.</translation>
    </message>
    <message>
        <source>roles takes no arguments.</source>
        <translation>roles erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Any other role: %1.</source>
        <translation>Jede andere Rolle: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCliCommand</name>
    <message>
        <source>Search names, addresses, URLs, descriptions and notes of items and contacts (case- and accent-insensitive; prefixes and substrings).</source>
        <translation>Namen, Adressen, URLs, Beschreibungen und Notizen von Einträgen und Kontakten durchsuchen (ohne Beachtung von Groß-/Kleinschreibung und Akzenten; Präfixe und Teilzeichenketten).</translation>
    </message>
    <message>
        <source>What to look for (quote several words).</source>
        <translation>Wonach gesucht wird (mehrere Wörter in Anführungszeichen).</translation>
    </message>
    <message>
        <source>At most N matches of each kind (default: 20).</source>
        <translation>Höchstens N Treffer jeder Art (Standard: 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>search takes exactly one QUERY (quote several words).</source>
        <translation>search erwartet genau eine Suchanfrage (QUERY); setzen Sie mehrere Wörter in Anführungszeichen.</translation>
    </message>
    <message>
        <source>search needs a QUERY that is not empty.</source>
        <translation>search braucht eine Suchanfrage (QUERY), die nicht leer ist.</translation>
    </message>
    <message>
        <source>--limit takes a number greater than 0.</source>
        <translation>--limit erwartet eine Zahl größer als 0.</translation>
    </message>
    <message>
        <source>(more %1; narrow the query or raise --limit)</source>
        <translation>(%1 weitere; grenzen Sie die Suche ein oder erhöhen Sie --limit)</translation>
    </message>
    <message>
        <source>nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>StatusCliCommand</name>
    <message>
        <source>Declare a status of your own with its category (its colour and icon, and whether an item with it works), or remove one.</source>
        <translation>Einen eigenen Status mit seiner Kategorie anlegen (seine Farbe und sein Symbol und ob ein Eintrag mit ihm funktioniert) oder einen entfernen.</translation>
    </message>
    <message>
        <source>The status (&quot;read-only&quot;, &quot;redirect&quot;).</source>
        <translation>Der Status („read-only“, „redirect“).</translation>
    </message>
    <message>
        <source>operational, degraded, down, retired or planned.</source>
        <translation>operational, degraded, down, retired oder planned.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Remove the status (refused while an item has it).</source>
        <translation>Den Status entfernen (abgelehnt, solange ein Eintrag ihn hat).</translation>
    </message>
    <message>
        <source>status takes one NAME (quote a name with spaces).</source>
        <translation>status erwartet genau einen NAME; setzen Sie einen Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--remove takes no --category.</source>
        <translation>--remove erwartet kein --category.</translation>
    </message>
    <message>
        <source>status NAME needs --category (%1), or --remove.</source>
        <translation>status NAME braucht --category (%1) oder --remove.</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the categories are %2.</source>
        <translation>Unbekannte Kategorie „%1“; die Kategorien sind %2.</translation>
    </message>
    <message>
        <source>Removed the status &quot;%1&quot;.</source>
        <translation>Der Status „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a status meaning %2.</source>
        <translation>„%1“ ist ein Status mit der Bedeutung %2.</translation>
    </message>
</context>
<context>
    <name>StatusesCliCommand</name>
    <message>
        <source>List the statuses, built-in and your own, with their categories.</source>
        <translation>Die Status auflisten, eingebaute und eigene, mit ihren Kategorien.</translation>
    </message>
    <message>
        <source>statuses takes no arguments.</source>
        <translation>statuses erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigener</translation>
    </message>
</context>
<context>
    <name>UnassignCliCommand</name>
    <message>
        <source>Remove a contact&apos;s assignment from an item.</source>
        <translation>Die Zuweisung eines Kontakts von einem Eintrag entfernen.</translation>
    </message>
    <message>
        <source>A provider, host or service name (case-insensitive).</source>
        <translation>Der Name eines Anbieters, Hosts oder Dienstes (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>A contact&apos;s name (case-insensitive).</source>
        <translation>Der Name eines Kontakts (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Only this role (default: every role).</source>
        <translation>Nur diese Rolle (Standard: jede Rolle).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>unassign takes an ITEM and a CONTACT (quote names with spaces).</source>
        <translation>unassign erwartet einen Eintrag (ITEM) und einen Kontakt (CONTACT); setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Unassign %1 from %2</source>
        <translation>%2: Zuweisung von %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s) of %1 from %2.</source>
        <translation>
            <numerusform>%2: %n Zuweisung von %1 entfernt.</numerusform>
            <numerusform>%2: %n Zuweisungen von %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlinkCliCommand</name>
    <message>
        <source>Remove the links from one item to another.</source>
        <translation>Die Verknüpfungen von einem Eintrag zu einem anderen entfernen.</translation>
    </message>
    <message>
        <source>The item that has the link: a name or alias (case-insensitive).</source>
        <translation>Der Eintrag, der die Verknüpfung hat: ein Name oder Alias (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>The item it links to: a name or alias (case-insensitive).</source>
        <translation>Der Eintrag, auf den sie verweist: ein Name oder Alias (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Only links of this type (default: every type).</source>
        <translation>Nur Verknüpfungen dieser Art (Standard: jede Art).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>FROM is of this kind: provider, host, service, organisation.</source>
        <translation>FROM ist von dieser Art: provider, host, service, organisation.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>TO is of this kind: provider, host, service, organisation.</source>
        <translation>TO ist von dieser Art: provider, host, service, organisation.</translation>
    </message>
    <message>
        <source>unlink takes a FROM and a TO item (quote names with spaces).</source>
        <translation>unlink erwartet einen FROM- und einen TO-Eintrag; setzen Sie Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>there is no link from %1 to %2.</source>
        <translation>Es gibt keine Verknüpfung von %1 zu %2.</translation>
    </message>
    <message>
        <source>--type: there is no %1 link from %2 to %3.</source>
        <translation>--type: Es gibt keine Verknüpfung der Art %1 von %2 zu %3.</translation>
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation>Verknüpfung von %1 zu %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n link(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Verknüpfung von %1 zu %2 entfernt.</numerusform>
            <numerusform>%n Verknüpfungen von %1 zu %2 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &quot;steward --help&quot;.</source>
        <translation>Versuchen Sie „steward --help“.</translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation>--screenshot braucht --db FILE.</translation>
    </message>
    <message>
        <source>--panel is details, history or contacts.</source>
        <translation>--panel ist details, history oder contacts.</translation>
    </message>
    <message>
        <source>--dialog %1 needs --contact NAME.</source>
        <translation>--dialog %1 braucht --contact NAME.</translation>
    </message>
    <message>
        <source>--select, --filter, --panel, --dialog, --contact, --impact, --focus and --size go with --screenshot.</source>
        <translation>--select, --filter, --panel, --dialog, --contact, --impact, --focus und --size gehören zu --screenshot.</translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT in pixels, at least 400x300.</source>
        <translation>--size ist BREITExHÖHE in Pixeln, mindestens 400x300.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no item is called &quot;%1&quot;.</source>
        <translation>Kein Eintrag heißt „%1“.</translation>
    </message>
    <message>
        <source>no one contact is called &quot;%1&quot;.</source>
        <translation>Nicht genau ein Kontakt heißt „%1“.</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>Inventar öffnen</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>kein Verlauf</translation>
    </message>
    <message>
        <source>--dialog is ownership, contact, connect, restore, list, roles, dashboard, departure, handover, revert-batch, assign or user-guide.</source>
        <translation>--dialog ist ownership, contact, connect, restore, list, roles, dashboard, departure, handover, revert-batch, assign oder user-guide.</translation>
    </message>
    <message>
        <source>--palette is dark.</source>
        <translation>--palette ist dark.</translation>
    </message>
    <message>
        <source>no style is called &quot;%1&quot;; there are: %2.</source>
        <translation>kein Stil heißt „%1“; es gibt: %2.</translation>
    </message>
    <message>
        <source>Usage:
  steward [--db FILE] [--style NAME] [--palette dark]
                                              open the inventory in the window (a Qt style, e.g.
                                              Fusion; a dark palette)
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
                                              contacts, assignments, links, gaps
  steward export selection ITEM... [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              the contacts of the items, and why
  steward export impact ITEM [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              what depends on ITEM: path and contacts
  steward export backstage [--db FILE] [-o FILE]
                                              the inventory as a Backstage catalog (YAML)
  steward import FILE... [--db FILE] [--dry-run]
                                              import CSV files or Backstage catalogs
                                              (all rows or nothing)
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
        <translation>Aufruf:
  steward [--db FILE] [--style NAME] [--palette dark]
                                              das Inventar im Fenster öffnen (ein Qt-Stil, z. B.
                                              Fusion; eine dunkle Farbpalette)
  steward --db FILE --screenshot OUT.png [--select ITEM] [--filter TEXT] [--panel details|history|contacts]
                  [--impact] [--focus] [--size WxH] [--contact NAME] [--dialog NAME]
                                              ein Bildschirmfoto des Fensters speichern und beenden
  steward map [--db FILE] -o OUT.svg|OUT.png [--focus ITEM [--steps N]]
                                              die Karte zeichnen (ohne Bildschirm)
  steward init FILE [--example | [--organisation NAME] [--escalation EMAIL]]
                                              ein neues Inventar anlegen
  steward contact ITEM [--db FILE] [--format text|csv]
                                              an wen man sich wegen ITEM wendet
  steward contact --from FILE|- [--db FILE] [--format text|csv|emails] [--all]
                                              wen man über die Dinge einer Liste informiert
  steward impact ITEM [--db FILE] [--format text|csv]
                                              was ausfällt, wenn ITEM ausfällt, wie, wen man anruft
  steward export REPORT [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              ein Bericht als CSV: services, hosts, providers,
                                              contacts, assignments, links, gaps
  steward export selection ITEM... [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              die Kontakte der Einträge und warum
  steward export impact ITEM [--db FILE] [-o FILE] [--excel] [--raw | --safe]
                                              was von ITEM abhängt: Pfad und Kontakte
  steward export backstage [--db FILE] [-o FILE]
                                              das Inventar als Backstage-Katalog (YAML)
  steward import FILE... [--db FILE] [--dry-run]
                                              CSV-Dateien oder Backstage-Kataloge importieren
                                              (alle Zeilen oder keine)
  steward check [--db FILE]                   Integritäts- und Fremdschlüsselprüfung
  steward assign ITEM CONTACT --role ROLE [--priority P] [--note TEXT] [--db FILE]
                                              einem Eintrag einen Kontakt zuweisen
  steward unassign ITEM CONTACT [--role ROLE] [--db FILE]
                                              die Zuweisung eines Kontakts entfernen
  steward departure NAME [--db FILE] [--format text|csv]
                                              was, wenn NAME geht: die Einträge, die dünn besetzt bleiben
  steward handover FROM TO [--role R]... [--item ITEM]... [--dry-run] [--db FILE]
                                              die Zuweisungen von FROM an TO übergeben
  steward link FROM TO --type TYPE [--note TEXT] [--from-kind K] [--to-kind K] [--db FILE]
                                              zwei Einträge verknüpfen (depends_on, fronted_by, ...)
  steward unlink FROM TO [--type TYPE] [--from-kind K] [--to-kind K] [--db FILE]
                                              die Verknüpfungen von FROM zu TO entfernen
  steward history [ITEM] [--db FILE] [--format text|csv] [--limit N]
                                              was sich wann und durch wen geändert hat
  steward revert [BATCH] [--db FILE] [--skip-changed] [--dry-run] [--format text|csv]
                                              einen Stapel des Verlaufs als eine neue Änderung
                                              zurücknehmen (ohne BATCH: die letzten Stapel)
  steward search QUERY [--db FILE] [--format text|csv] [--limit N]
                                              Einträge und Kontakte nach Name, Alias, Adresse, URL,
                                              Text finden; tag:KEY oder tag:KEY=VALUE behält markierte
  steward copy --to FILE|URL [--from FILE|URL] [--replace]
                                              ein ganzes Inventar in eine andere Datenbank kopieren
  steward backup [--db FILE] [-o FILE]        eine konsistente Kopie, während andere weiterarbeiten
  steward status NAME --category C [--db FILE]
                                              einen eigenen Status anlegen: C ist operational,
                                              degraded, down, retired oder planned
  steward status --remove NAME [--db FILE]    einen eigenen Status entfernen
  steward statuses [--db FILE] [--format text|csv]
                                              die Status und ihre Kategorien
  steward link-type KEY [--label L] [--no-failure] [--db FILE]
                                              eine eigene Verknüpfungsart anlegen (--no-failure:
                                              die Auswirkung folgt ihr nicht)
  steward link-type --remove KEY [--db FILE]  eine eigene Verknüpfungsart entfernen
  steward link-types [--db FILE] [--format text|csv]
                                              die Verknüpfungsarten, ihre Beschriftungen und Bedeutung
  steward review [--due] [--db FILE] [--format text|csv]
                                              Zuweisungen danach, wann sie zuletzt bestätigt wurden,
                                              Älteste zuerst (--due: nur überfällige)
  steward confirm ITEM... [--contact NAME] [--role R] [--db FILE]
                                              bestätigen, dass die Kontakte der Einträge noch stimmen
  steward role ROLE --review-days N|never [--db FILE]
                                              wie oft die Zuweisungen einer Rolle bestätigt werden
  steward role --remove ROLE [--db FILE]      eine eigene Rolle entfernen
  steward roles [--db FILE] [--format text|csv]
                                              die Rollen und ihre Überprüfungsintervalle
  steward access grant ROLE viewer|editor | revoke ROLE | list [--db URL] [--dry-run | --show-sql]
                                              wer ein Inventar auf PostgreSQL lesen oder ändern darf
  steward --help | --version

Ohne --db verwendet Steward %1.
Jede FILE kann auch eine PostgreSQL-Datenbank sein: postgresql://USER@HOST:PORT/DATABASE
(Passwörter aus ~/.pgpass oder PGPASSWORD, nie in der Adresse; ?sslmode=verify-full wird weitergegeben).
Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.</translation>
    </message>
</context>
</TS>
