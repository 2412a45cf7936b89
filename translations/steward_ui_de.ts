<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>MapExport</name>
    <message>
        <source>Steward map</source>
        <translation>Steward-Karte</translation>
    </message>
    <message>
        <source>Cannot write the SVG: %1</source>
        <translation>Das SVG kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the PNG: %1</source>
        <translation>Das PNG kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: the map is saved as .svg or .png.</source>
        <translation>%1: Die Karte wird als .svg oder .png gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>The services of the hosts without a name cannot be read: %1</source>
        <translation>Die Dienste der Hosts ohne Namen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Filter the tree by name (Ctrl+Shift+F)</source>
        <translation>Baum nach Namen filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) selected</source>
        <translation>
            <numerusform>%1 — %n Eintrag ausgewählt</numerusform>
            <numerusform>%1 — %n Einträge ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::AddLinkCommand</name>
    <message>
        <source>Link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ mit „%2“ verknüpfen</translation>
    </message>
</context>
<context>
    <name>steward::AssignCommand</name>
    <message>
        <source>Assign %1 as %2</source>
        <translation>%1 als %2 zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 as %2 to %3 items</source>
        <translation>%1 als %2 zu %3 Einträgen zuweisen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>steward::AssignDialog</name>
    <message>
        <source>Assign Contact</source>
        <translation>Kontakt zuweisen</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Assign a contact to %n selected item(s).</source>
        <translation>
            <numerusform>Einen Kontakt %n ausgewähltem Eintrag zuweisen.</numerusform>
            <numerusform>Einen Kontakt %n ausgewählten Einträgen zuweisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a contact from %n selected item(s).</source>
        <translation>
            <numerusform>Einen Kontakt von %n ausgewähltem Eintrag entfernen.</numerusform>
            <numerusform>Einen Kontakt von %n ausgewählten Einträgen entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>(any role)</source>
        <translation>(jede Rolle)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>The first day it holds (cover); none: from now on</source>
        <translation>Der erste Tag, an dem sie gilt (Vertretung); keiner: ab sofort</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>The last day it holds (cover); none: until it is removed</source>
        <translation>Der letzte Tag, an dem sie gilt (Vertretung); keiner: bis sie entfernt wird</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>Choose a contact.</source>
        <translation>Wählen Sie einen Kontakt.</translation>
    </message>
    <message>
        <source>There is no contact called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kontakt namens „%1“.</translation>
    </message>
    <message>
        <source>A role is required.</source>
        <translation>Eine Rolle ist erforderlich.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
</context>
<context>
    <name>steward::BackupActions</name>
    <message>
        <source>Restore From &amp;Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Go back to a backup of the inventory; the current state is backed up first</source>
        <translation>Zu einer Sicherung des Inventars zurückkehren; der aktuelle Stand wird zuerst gesichert</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1.</source>
        <translation>Die heutige Sicherung liegt in %1.</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Die heutige Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything %1 holds with the backup of %2?

What it holds now is backed up first (&quot;before restore&quot;), so you can undo this by restoring that backup. The undo history of this window is cleared.</source>
        <translation>Alles, was %1 enthält, durch die Sicherung vom %2 ersetzen?

Der jetzige Inhalt wird zuerst gesichert („vor Wiederherstellung“), Sie können dies also rückgängig machen, indem Sie diese Sicherung wiederherstellen. Der Rückgängig-Verlauf dieses Fensters wird geleert.</translation>
    </message>
    <message>
        <source>Restoring the inventory from the backup…</source>
        <translation>Das Inventar wird aus der Sicherung wiederhergestellt …</translation>
    </message>
    <message>
        <source>The backup was restored, but the inventory could not be opened again: %1</source>
        <translation>Die Sicherung wurde wiederhergestellt, aber das Inventar konnte nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Restored. The state before is in %1.</source>
        <translation>Wiederhergestellt. Der vorherige Stand liegt in %1.</translation>
    </message>
</context>
<context>
    <name>steward::BatchRevertDialog</name>
    <message>
        <source>Revert Batch</source>
        <translation>Stapel zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Revert “%1”&lt;/b&gt;&lt;br&gt;made by %2 on %3: %n change(s).</source>
        <translation>
            <numerusform>&lt;b&gt;„%1“ zurücknehmen&lt;/b&gt;&lt;br&gt;von %2 am %3: %n Änderung.</numerusform>
            <numerusform>&lt;b&gt;„%1“ zurücknehmen&lt;/b&gt;&lt;br&gt;von %2 am %3: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) concern records changed since the batch (or what they need): they are listed below and stay as they are if you skip them.</source>
        <translation>
            <numerusform>%n Änderung betrifft Datensätze, die seit dem Stapel geändert wurden (oder was sie brauchen): Sie ist unten aufgeführt und bleibt, wie sie ist, wenn Sie sie überspringen.</numerusform>
            <numerusform>%n Änderungen betreffen Datensätze, die seit dem Stapel geändert wurden (oder was sie brauchen): Sie sind unten aufgeführt und bleiben, wie sie sind, wenn Sie sie überspringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cannot be reverted from the history: they stay as they are.</source>
        <translation>
            <numerusform>%n Änderung kann nicht aus dem Verlauf zurückgenommen werden: Sie bleibt, wie sie ist.</numerusform>
            <numerusform>%n Änderungen können nicht aus dem Verlauf zurückgenommen werden: Sie bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be reverted, as one step that Undo takes back.</source>
        <translation>
            <numerusform>%n Änderung wird zurückgenommen, als ein Schritt, den „Rückgängig“ wieder aufhebt.</numerusform>
            <numerusform>%n Änderungen werden zurückgenommen, als ein Schritt, den „Rückgängig“ wieder aufhebt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be reverted.</source>
        <translation>Nichts kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Changed since the batch, or not revertible:</source>
        <translation>Seit dem Stapel geändert oder nicht zurücknehmbar:</translation>
    </message>
    <message>
        <source>What will be reverted:</source>
        <translation>Was zurückgenommen wird:</translation>
    </message>
    <message>
        <source>&amp;Skip Changed Records and Revert</source>
        <translation>Geänderte Datensätze &amp;überspringen und zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>Changed since the batch, or not revertible</source>
        <translation>Seit dem Stapel geändert oder nicht zurücknehmbar</translation>
    </message>
    <message>
        <source>What the revert does</source>
        <translation>Was das Zurücknehmen bewirkt</translation>
    </message>
</context>
<context>
    <name>steward::ConfirmCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>steward::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>from the keychain or ~/.pgpass when empty</source>
        <translation>aus dem Schlüsselbund oder ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <source>TLS: verify-full checks the server&apos;s certificate and name. Use it for every server that is not on this machine.</source>
        <translation>TLS: verify-full prüft das Zertifikat und den Namen des Servers. Verwenden Sie es für jeden Server, der nicht auf diesem Rechner läuft.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>steward::ContactCommands</name>
    <message>
        <source>Create %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ anlegen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Edit contacts of &quot;%1&quot;</source>
        <translation>Kontakte von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The contacts of this item were changed by someone else since the editor loaded them.</source>
        <translation>Die Kontakte dieses Eintrags wurden von jemand anderem geändert, seit der Editor sie geladen hat.</translation>
    </message>
</context>
<context>
    <name>steward::ContactDirectoryPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Be&amp;stätigen</translation>
    </message>
    <message>
        <source>What If They &amp;Leave…</source>
        <translation>Was wäre, wenn sie &amp;gehen …</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Confirm Assignments: record that everything this contact is assigned to is still right</source>
        <translation>Zuweisungen bestätigen: festhalten, dass alles, dem dieser Kontakt zugewiesen ist, noch stimmt</translation>
    </message>
    <message>
        <source>What the selected contact&apos;s leaving would leave with too few people, and hand-over</source>
        <translation>Wo der Weggang des ausgewählten Kontakts zu wenige Leute zurückließe, und Übergabe</translation>
    </message>
    <message>
        <source>Double-click to select the item in the tree</source>
        <translation>Doppelklicken, um den Eintrag im Baum auszuwählen</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a contact to see what it is assigned to.</source>
        <translation>Wählen Sie einen Kontakt, um zu sehen, wem er zugewiesen ist.</translation>
    </message>
    <message>
        <source>What %1 is assigned to cannot be read: %2</source>
        <translation>Wem %1 zugewiesen ist, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not assigned to anything.</source>
        <translation>%1 ist keinem Eintrag zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is assigned to %n item(s):</source>
        <translation>
            <numerusform>%1 ist %n Eintrag zugewiesen:</numerusform>
            <numerusform>%1 ist %n Einträgen zugewiesen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Filter the contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>What the contact is assigned to</source>
        <translation>Wem der Kontakt zugewiesen ist</translation>
    </message>
</context>
<context>
    <name>steward::ContactForm</name>
    <message>
        <source>Belongs to &amp;team:</source>
        <translation>Gehört zu &amp;Team:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>on-call; team=infra (separated by &quot;;&quot;)</source>
        <translation>Bereitschaft; team=infra (durch „;“ getrennt)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Add &amp;Address</source>
        <translation>&amp;Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation>&amp;Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>There is already a contact called &quot;%1&quot; (%2).</source>
        <translation>Es gibt bereits einen Kontakt namens „%1“ (%2).</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>Wählen Sie ein Mitglied.</translation>
    </message>
    <message>
        <source>There is no contact called &quot;%1&quot;; create it first.</source>
        <translation>Es gibt keinen Kontakt namens „%1“; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A member&apos;s role is required (member, lead, ...).</source>
        <translation>Die Rolle eines Mitglieds ist erforderlich (Mitglied, Leitung, …).</translation>
    </message>
    <message>
        <source>Kind of address</source>
        <translation>Art der Adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Bezeichnung der Adresse</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Member&apos;s role</source>
        <translation>Rolle des Mitglieds</translation>
    </message>
    <message>
        <source>Note on the member</source>
        <translation>Notiz zum Mitglied</translation>
    </message>
</context>
<context>
    <name>steward::ContactsForListDialog</name>
    <message>
        <source>albatross is down
https://docs.python.org/3/ returns 502
…</source>
        <translation>albatross ist ausgefallen
https://docs.python.org/3/ liefert 502
…</translation>
    </message>
    <message>
        <source>Contacts for a List</source>
        <translation>Kontakte für eine Liste</translation>
    </message>
    <message>
        <source>Paste lines from a vulnerability scan, an outage notice or a maintenance mail: every host name, URL, service name or alias in them is looked up, and each contact is listed once with the items it covers and why.</source>
        <translation>Fügen Sie Zeilen aus einem Schwachstellenscan, einer Störungsmeldung oder einer Wartungsmail ein: Jeder Hostname, jede URL, jeder Dienstname und jeder Alias darin wird nachgeschlagen, und jeder Kontakt wird einmal aufgeführt, mit den Einträgen, für die er zuständig ist, und dem Grund.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Read the list from a text file</source>
        <translation>Die Liste aus einer Textdatei lesen</translation>
    </message>
    <message>
        <source>&amp;Everyone, not only the first to call</source>
        <translation>&amp;Alle, nicht nur die zuerst Anzurufenden</translation>
    </message>
    <message>
        <source>List every contact of each item down to the escalation, not only the nearest who are responsible</source>
        <translation>Jeden Kontakt jedes Eintrags bis zur Eskalation aufführen, nicht nur die nächsten Zuständigen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Copy as E-mail To Line</source>
        <translation>Als E-Mail-„An“-Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &quot;Name &lt;address&gt;, …&quot; of every contact with an e-mail address, for a mail&apos;s To field</source>
        <translation>„Name &lt;Adresse&gt;, …“ jedes Kontakts mit E-Mail-Adresse kopieren, für das An-Feld einer E-Mail</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern …</translation>
    </message>
    <message>
        <source>One row per contact, with its addresses, items and why: a file for a mail merge</source>
        <translation>Eine Zeile pro Kontakt, mit seinen Adressen, Einträgen und dem Grund: eine Datei für einen Serienbrief</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Nothing matched on lines %1:</source>
        <translation>Kein Treffer in den Zeilen %1:</translation>
    </message>
    <message>
        <source>Every line with a name in it matched something.</source>
        <translation>Jede Zeile mit einem Namen darin hat einen Treffer.</translation>
    </message>
    <message>
        <source>Lines that match nothing will be listed here.</source>
        <translation>Zeilen ohne Treffer werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>Cannot look the list up: %1</source>
        <translation>Die Liste kann nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 named %3; %4.</source>
        <translation>%1 von %2 nennen %3; %4.</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>Nobody to contact about %1.</source>
        <translation>Niemand zu kontaktieren wegen %1.</translation>
    </message>
    <message>
        <source>No contact has an e-mail address; nothing was copied.</source>
        <translation>Kein Kontakt hat eine E-Mail-Adresse; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>Copied the To line.</source>
        <translation>Die An-Zeile wurde kopiert.</translation>
    </message>
    <message>
        <source>No e-mail address: %1.</source>
        <translation>Keine E-Mail-Adresse: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is longer than %2 MiB; a list is read whole.</source>
        <translation>%1 ist größer als %2 MiB; eine Liste wird vollständig gelesen.</translation>
    </message>
    <message>
        <source>%1 is too long to show here (%2 lines); its lines are looked up as they are. Type or paste to look up something else.</source>
        <translation>%1 ist zu lang, um hier angezeigt zu werden (%2 Zeilen); seine Zeilen werden so nachgeschlagen, wie sie sind. Tippen oder fügen Sie etwas ein, um etwas anderes nachzuschlagen.</translation>
    </message>
    <message>
        <source>Open a List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log *.csv *.eml);;All files (*)</source>
        <translation>Textdateien (*.txt *.log *.csv *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <source>contacts-for-list.csv</source>
        <translation>kontakte-fuer-liste.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 contacts to %2.</source>
        <translation>%1 Kontakte in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The lines of a scan, an outage notice or a maintenance mail</source>
        <translation>Die Zeilen eines Scans, einer Störungsmeldung oder einer Wartungsmail</translation>
    </message>
    <message>
        <source>Whom to tell</source>
        <translation>Wen man informieren muss</translation>
    </message>
    <message>
        <source>Lines that name nothing in the inventory</source>
        <translation>Zeilen, die nichts im Inventar nennen</translation>
    </message>
</context>
<context>
    <name>steward::CreateItemCommand</name>
    <message>
        <source>Create %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ anlegen</translation>
    </message>
</context>
<context>
    <name>steward::DashboardView</name>
    <message>
        <source>Dashboard - Steward</source>
        <translation>Übersicht - Steward</translation>
    </message>
    <message>
        <source>&amp;Group services by:</source>
        <translation>Dienste &amp;gruppieren nach:</translation>
    </message>
    <message>
        <source>Group the services&apos; chart by status or by the values of a tag key (env=prod, ...)</source>
        <translation>Das Diagramm der Dienste nach Status oder nach den Werten eines Schlagwortschlüssels gruppieren (env=prod, …)</translation>
    </message>
    <message>
        <source>Click a bar or slice to select its items in the tree; right-click to save the chart.</source>
        <translation>Klicken Sie auf einen Balken oder ein Segment, um seine Einträge im Baum auszuwählen; Rechtsklick speichert das Diagramm.</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG &amp;speichern …</translation>
    </message>
    <message>
        <source>No inventory open.</source>
        <translation>Kein Inventar geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the numbers: %1</source>
        <translation>Die Zahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 services on %2 hosts. Click a bar or slice to select its items in the tree; right-click a chart to save it as PNG or SVG.</source>
        <translation>%1 Dienste auf %2 Hosts. Klicken Sie auf einen Balken oder ein Segment, um seine Einträge im Baum auszuwählen; Rechtsklick auf ein Diagramm speichert es als PNG oder SVG.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1 (keiner)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the items: %1</source>
        <translation>Die Einträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: a chart is saved as .png or .svg.</source>
        <translation>%1: Ein Diagramm wird als .png oder .svg gespeichert.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Services per provider</source>
        <translation>Dienste je Anbieter</translation>
    </message>
    <message>
        <source>Hosts by status</source>
        <translation>Hosts nach Status</translation>
    </message>
    <message>
        <source>Services by status</source>
        <translation>Dienste nach Status</translation>
    </message>
    <message>
        <source>Ownership coverage</source>
        <translation>Abdeckung der Zuständigkeit</translation>
    </message>
    <message>
        <source>Top owners</source>
        <translation>Kontakte mit den meisten Zuständigkeiten</translation>
    </message>
    <message>
        <source>Ownership freshness</source>
        <translation>Aktualität der Zuständigkeit</translation>
    </message>
    <message>
        <source>Fronting providers</source>
        <translation>Vorgeschaltete Anbieter</translation>
    </message>
</context>
<context>
    <name>steward::DeleteItemCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>steward::DepartureDialog</name>
    <message>
        <source>&amp;Hand Over…</source>
        <translation>&amp;Übergeben …</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Left with</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Covered as</source>
        <translation>Abgedeckt als</translation>
    </message>
    <message>
        <source>Who to Contact would say</source>
        <translation>Ansprechpartner würde sagen</translation>
    </message>
    <message>
        <source>Double-click to select the item in the tree</source>
        <translation>Doppelklicken, um den Eintrag im Baum auszuwählen</translation>
    </message>
    <message>
        <source>Hand this contact&apos;s assignments over to someone else (the rows selected, or all)</source>
        <translation>Die Zuweisungen dieses Kontakts an jemand anderen übergeben (die ausgewählten Zeilen oder alle)</translation>
    </message>
    <message>
        <source>What If They Leave?</source>
        <translation>Was wäre, wenn sie gehen?</translation>
    </message>
    <message>
        <source>The answer cannot be read: %1</source>
        <translation>Die Antwort kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What If %1 Leaves?</source>
        <translation>Was wäre, wenn %1 geht?</translation>
    </message>
    <message>
        <source>%1 is not assigned to any item, alone or through a team: nothing would be left uncovered.</source>
        <translation>%1 ist keinem Eintrag zugewiesen, weder allein noch über ein Team: Nichts bliebe ohne Ansprechpartner.</translation>
    </message>
    <message numerus="yes">
        <source>If %1 leaves, each of the %n item(s) they cover still has at least two people besides the escalation contacts.</source>
        <translation>
            <numerusform>Wenn %1 geht, hat der %n Eintrag, für den %1 zuständig ist, außer den Eskalationskontakten noch mindestens zwei Leute.</numerusform>
            <numerusform>Wenn %1 geht, hat jeder der %n Einträge, für die %1 zuständig ist, außer den Eskalationskontakten noch mindestens zwei Leute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 leaves, %2 of the %n item(s) they cover would be left with too few people.</source>
        <translation>
            <numerusform>Wenn %1 geht, bliebe %2 von %n Eintrag, für den %1 zuständig ist, mit zu wenigen Leuten zurück.</numerusform>
            <numerusform>Wenn %1 geht, blieben %2 der %n Einträge, für die %1 zuständig ist, mit zu wenigen Leuten zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a member of %2; handing over everything takes them out.</source>
        <translation>%1 ist Mitglied von %2; wer alles übergibt, tritt dort aus.</translation>
    </message>
    <message>
        <source>The inventory is open for reading only.</source>
        <translation>Das Inventar ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>What each item is left with</source>
        <translation>Was jedem Eintrag bleibt</translation>
    </message>
</context>
<context>
    <name>steward::DetailsPane</name>
    <message numerus="yes">
        <source>Show all (%n characters)</source>
        <translation>
            <numerusform>Alles anzeigen (%n Zeichen)</numerusform>
            <numerusform>Alles anzeigen (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item in the tree.</source>
        <translation>Wählen Sie einen Eintrag im Baum.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Configuration repository</source>
        <translation>Konfigurations-Repository</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Note of a link</source>
        <translation>Notiz einer Verknüpfung</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation>Beschreibung von %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notizen zu %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The selected item&apos;s details: status, place, addresses, links and notes</source>
        <translation>Die Details des ausgewählten Eintrags: Status, Ort, Adressen, Verknüpfungen und Notizen</translation>
    </message>
</context>
<context>
    <name>steward::EditItemCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since; undoing or redoing this step would overwrite their change. It was left as it is.</source>
        <translation>„%1“ wurde seitdem von jemand anderem geändert; diesen Schritt rückgängig zu machen oder zu wiederholen würde dessen Änderung überschreiben. Er wurde belassen, wie er ist.</translation>
    </message>
</context>
<context>
    <name>steward::HandoverCommand</name>
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
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>steward::HandoverDialog</name>
    <message>
        <source>Hand Over %1&apos;s Assignments</source>
        <translation>Zuweisungen von %1 übergeben</translation>
    </message>
    <message>
        <source>Each assignment of %1 becomes the other contact&apos;s, with the same role, priority, note, cover and place; one the other has already goes instead.</source>
        <translation>Jede Zuweisung von %1 geht an den anderen Kontakt über, mit derselben Rolle, Priorität, Notiz, Vertretung und Stelle; eine, die der andere schon hat, entfällt stattdessen.</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n assignment(s))</source>
        <translation>
            <numerusform>%1 (%n Zuweisung)</numerusform>
            <numerusform>%1 (%n Zuweisungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n item(s) selected</source>
        <translation>
            <numerusform>Nur der %n ausgewählte Eintrag</numerusform>
            <numerusform>Nur die %n ausgewählten Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>Choose who takes over.</source>
        <translation>Wählen Sie, wer übernimmt.</translation>
    </message>
    <message>
        <source>There is no contact called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kontakt namens „%1“.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) move to %1.</source>
        <translation>
            <numerusform>%n Zuweisung geht an %1 über.</numerusform>
            <numerusform>%n Zuweisungen gehen an %1 über.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) of %1 go instead: %2 has the item in that role already.</source>
        <translation>
            <numerusform>%n Zuweisung von %1 entfällt stattdessen: %2 hat den Eintrag schon in dieser Rolle.</numerusform>
            <numerusform>%n Zuweisungen von %1 entfallen stattdessen: %2 hat die Einträge schon in dieser Rolle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them %1 has only as inactive: set %1&apos;s priority on those items afterwards.</source>
        <translation>
            <numerusform>%n davon hat %1 nur als inaktiv: Setzen Sie danach die Priorität von %1 für diesen Eintrag.</numerusform>
            <numerusform>%n davon hat %1 nur als inaktiv: Setzen Sie danach die Priorität von %1 für diese Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 leaves %2.</source>
        <translation>%1 verlässt %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stays in %n team(s): only handing over everything takes them out of their teams.</source>
        <translation>
            <numerusform>%1 bleibt in %n Team: Nur wer alles übergibt, tritt aus seinen Teams aus.</numerusform>
            <numerusform>%1 bleibt in %n Teams: Nur wer alles übergibt, tritt aus seinen Teams aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is one step: Edit &gt; Undo takes all of it back.</source>
        <translation>Es ist ein Schritt: Bearbeiten &gt; Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>Roles to hand over</source>
        <translation>Zu übergebende Rollen</translation>
    </message>
</context>
<context>
    <name>steward::HistoryPanel</name>
    <message>
        <source>Selected item only</source>
        <translation>Nur ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>&amp;Revert This Change</source>
        <translation>Diese Änderung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Revert &amp;Batch…</source>
        <translation>&amp;Stapel zurücknehmen …</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Put back the values from before this change: an item&apos;s or contact&apos;s edit, or an assignment added, changed or removed, while it is the newest change of its record.</source>
        <translation>Die Werte von vor dieser Änderung wiederherstellen: die Bearbeitung eines Eintrags oder Kontakts oder eine hinzugefügte, geänderte oder entfernte Zuweisung, solange sie die neueste Änderung ihres Datensatzes ist.</translation>
    </message>
    <message>
        <source>Put back everything the user action of this change did (an import, an assignment to many items), as one step: records changed since are listed first, to skip or to cancel.</source>
        <translation>Alles zurücknehmen, was die Benutzeraktion dieser Änderung getan hat (ein Import, eine Zuweisung zu vielen Einträgen), als ein Schritt: Seitdem geänderte Datensätze werden zuerst aufgeführt, zum Überspringen oder Abbrechen.</translation>
    </message>
    <message>
        <source>The whole of this change, with long values in full (or double-click the row)</source>
        <translation>Diese Änderung vollständig, mit langen Werten ganz (oder doppelklicken Sie auf die Zeile)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What changed, when and by whom; the newest first</source>
        <translation>Was sich wann durch wen geändert hat; das Neueste zuerst</translation>
    </message>
</context>
<context>
    <name>steward::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Importing again…</source>
        <translation>Erneuter Import …</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Taking the import back…</source>
        <translation>Der Import wird zurückgenommen …</translation>
    </message>
</context>
<context>
    <name>steward::ImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add the files to import.</source>
        <translation>Fügen Sie die zu importierenden Dateien hinzu.</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 rows</source>
        <translation>Prüfen … %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Importing: checking again… %1 of %2 rows</source>
        <translation>Import: erneute Prüfung … %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Importing: saving %1 rows…</source>
        <translation>Import: %1 Zeilen werden gespeichert …</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Canceled. Press Add Files… or Remove to check again.</source>
        <translation>Abgebrochen. Drücken Sie „Dateien hinzufügen …“ oder „Entfernen“, um erneut zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n Problem gefunden: Nichts kann importiert werden, bevor es behoben ist.</numerusform>
            <numerusform>%n Probleme gefunden: Nichts kann importiert werden, bevor sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check the files: %1</source>
        <translation>Die Dateien können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged.</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 unverändert.</translation>
    </message>
    <message>
        <source>Press Import to apply them in one step.</source>
        <translation>Drücken Sie „Importieren“, um sie in einem Schritt zu übernehmen.</translation>
    </message>
    <message>
        <source>Nothing to import: the inventory already has everything these files say.</source>
        <translation>Nichts zu importieren: Das Inventar enthält bereits alles, was diese Dateien sagen.</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… und %1 weitere Fehler</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Probleme (%1):</translation>
    </message>
    <message>
        <source>There is nothing checked to import.</source>
        <translation>Es ist nichts Geprüftes zu importieren.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Providers, hosts, services, contacts and assignments, as CSV files in the columns their reports write, NetBox&apos;s contacts and providers CSV, or Backstage catalogs (catalog-info.yaml). Rows are matched by name; records not in the files are left alone. Nothing changes until you press Import, and the import is undone in one step.</source>
        <translation>Anbieter, Hosts, Dienste, Kontakte und Zuweisungen als CSV-Dateien in den Spalten, die ihre Berichte schreiben, die Kontakte- und Anbieter-CSV-Dateien von NetBox oder Backstage-Kataloge (catalog-info.yaml). Zeilen werden über den Namen zugeordnet; Datensätze, die nicht in den Dateien stehen, bleiben unverändert. Nichts ändert sich, bevor Sie auf Importieren klicken, und der Import wird in einem Schritt rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Each row of the files and what importing it would do</source>
        <translation>Jede Zeile der Dateien und was ihr Import bewirken würde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Each problem found, as file, row and column</source>
        <translation>Jedes gefundene Problem, mit Datei, Zeile und Spalte</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>CSV files and Backstage catalogs (*.csv *.yaml *.yml);;CSV files (*.csv);;Backstage catalogs (*.yaml *.yml);;All files (*)</source>
        <translation>CSV-Dateien und Backstage-Kataloge (*.csv *.yaml *.yml);;CSV-Dateien (*.csv);;Backstage-Kataloge (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>steward::InventoryDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is open for reading only: nothing can be changed.</source>
        <translation>%1 ist nur zum Lesen geöffnet: Nichts kann geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (und %n weiteres Problem)</numerusform>
            <numerusform>%1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory is damaged: %1. Steward will not change it. Restore a backup (File &gt; Restore From Backup…) or run `steward check`.</source>
        <translation>Das Inventar ist beschädigt: %1. Steward wird es nicht ändern. Stellen Sie eine Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen …) oder führen Sie `steward check` aus.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>Move %1 items to %2</source>
        <translation>%1 Einträge nach %2 verschieben</translation>
    </message>
    <message>
        <source>None of the selected items has anyone to confirm.</source>
        <translation>Keiner der ausgewählten Einträge hat jemanden zu bestätigen.</translation>
    </message>
    <message>
        <source>%1 has nobody of its own to confirm.</source>
        <translation>%1 hat niemanden eigenen zu bestätigen.</translation>
    </message>
    <message>
        <source>Confirm Ownership of %1 Items</source>
        <translation>Zuständigkeit für %1 Einträge bestätigen</translation>
    </message>
    <message>
        <source>Confirm Ownership of %1</source>
        <translation>Zuständigkeit für %1 bestätigen</translation>
    </message>
    <message>
        <source>Confirmed 1 assignment.</source>
        <translation>1 Zuweisung bestätigt.</translation>
    </message>
    <message>
        <source>Confirmed %1 assignments.</source>
        <translation>%1 Zuweisungen bestätigt.</translation>
    </message>
    <message>
        <source>%1 is not assigned to anything.</source>
        <translation>%1 ist keinem Eintrag zugewiesen.</translation>
    </message>
    <message>
        <source>Confirm the Assignments of %1</source>
        <translation>Die Zuweisungen von %1 bestätigen</translation>
    </message>
    <message>
        <source>Confirmed 1 assignment of %1.</source>
        <translation>1 Zuweisung von %1 bestätigt.</translation>
    </message>
    <message>
        <source>Confirmed %1 assignments of %2.</source>
        <translation>%1 Zuweisungen von %2 bestätigt.</translation>
    </message>
</context>
<context>
    <name>steward::ItemForm</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The places it can go cannot be read: %1</source>
        <translation>Die möglichen Orte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Configuration tool:</source>
        <translation>&amp;Konfigurationswerkzeug:</translation>
    </message>
    <message>
        <source>Configuration tool &amp;URL:</source>
        <translation>&amp;URL des Konfigurationswerkzeugs:</translation>
    </message>
    <message>
        <source>Configuration &amp;repository:</source>
        <translation>Konfigurations-&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>empty for an unnamed VM</source>
        <translation>leer für eine unbenannte VM</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>S&amp;ource code:</source>
        <translation>&amp;Quellcode:</translation>
    </message>
    <message>
        <source>other names it is known by, one a line</source>
        <translation>andere Namen, unter denen er bekannt ist, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>A&amp;liasse:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>env=prod; pci (separated by &quot;;&quot;)</source>
        <translation>env=prod; pci (durch „;“ getrennt)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>The item could not be saved.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>none (under the organisation)</source>
        <translation>keiner (unter der Organisation)</translation>
    </message>
    <message>
        <source>nothing (under the organisation)</source>
        <translation>nichts (unter der Organisation)</translation>
    </message>
    <message>
        <source>Or directly on a &amp;provider:</source>
        <translation>Oder direkt bei einem &amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Teil von:</translation>
    </message>
    <message>
        <source>The first host is its place in the tree; it runs on the others too.</source>
        <translation>Der erste Host ist sein Platz im Baum; er läuft auch auf den anderen.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Host</source>
        <translation>&amp;Host hinzufügen</translation>
    </message>
    <message>
        <source>Runs on &amp;hosts:</source>
        <translation>Läuft auf &amp;Hosts:</translation>
    </message>
    <message>
        <source>%1 (first: its place in the tree)</source>
        <translation>%1 (erster: sein Platz im Baum)</translation>
    </message>
    <message>
        <source>(it runs on the hosts above)</source>
        <translation>(er läuft auf den Hosts oben)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>What it depends on, is served through, ...: the type, the item by name or alias, and a note.</source>
        <translation>Wovon er abhängt, worüber er ausgeliefert wird, …: die Art, der Eintrag nach Name oder Alias und eine Notiz.</translation>
    </message>
    <message>
        <source>Add L&amp;ink</source>
        <translation>Verknüpfung h&amp;inzufügen</translation>
    </message>
    <message>
        <source>The link types cannot be read: %1</source>
        <translation>Die Verknüpfungsarten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The aliases cannot be read: %1</source>
        <translation>Die Aliasse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The links cannot be read: %1</source>
        <translation>Die Verknüpfungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>item name or alias</source>
        <translation>Eintragsname oder Alias</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Diese Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Choose the item it links to.</source>
        <translation>Wählen Sie den Eintrag, mit dem verknüpft wird.</translation>
    </message>
    <message>
        <source>Nothing is called &quot;%1&quot;.</source>
        <translation>Nichts heißt „%1“.</translation>
    </message>
    <message>
        <source>Several items are called &quot;%1&quot;; add the kind, as in &quot;%1 (%2)&quot;.</source>
        <translation>Mehrere Einträge heißen „%1“; geben Sie die Art an, wie in „%1 (%2)“.</translation>
    </message>
    <message>
        <source>An item cannot be linked to itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken: the %2 &quot;%3&quot; is called so.</source>
        <translation>„%1“ ist vergeben: %2 „%3“ heißt so.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The name cannot be checked: %1</source>
        <translation>Der Name kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>There is already a %1 called &quot;%2&quot;.</source>
        <translation>Es gibt bereits %1 namens „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias of the %2 &quot;%3&quot;.</source>
        <translation>„%1“ ist ein Alias von %2 „%3“.</translation>
    </message>
    <message>
        <source>Add a host, or choose a provider or nothing (under the organisation).</source>
        <translation>Fügen Sie einen Host hinzu oder wählen Sie einen Anbieter oder nichts (unter der Organisation).</translation>
    </message>
    <message>
        <source>Choose where it belongs.</source>
        <translation>Wählen Sie, wohin er gehört.</translation>
    </message>
    <message>
        <source>Not a web address; it should look like https://example.org/.</source>
        <translation>Keine Webadresse; sie sollte wie https://example.org/ aussehen.</translation>
    </message>
    <message>
        <source>A host name has letters, digits, hyphens and dots only.</source>
        <translation>Ein Hostname besteht nur aus Buchstaben, Ziffern, Bindestrichen und Punkten.</translation>
    </message>
    <message>
        <source>This link is listed twice.</source>
        <translation>Diese Verknüpfung ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host to add</source>
        <translation>Hinzuzufügender Host</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>Verknüpfungsart</translation>
    </message>
    <message>
        <source>Linked item</source>
        <translation>Verknüpfter Eintrag</translation>
    </message>
    <message>
        <source>Note on the link</source>
        <translation>Notiz zur Verknüpfung</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Who to Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation>&amp;Schreibgeschützt öffnen …</translation>
    </message>
    <message>
        <source>Open an inventory to look things up, without any way to change it</source>
        <translation>Ein Inventar zum Nachschlagen öffnen, ohne jede Möglichkeit, es zu ändern</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit Ser&amp;ver verbinden …</translation>
    </message>
    <message>
        <source>Open an inventory a team shares on a PostgreSQL server</source>
        <translation>Ein Inventar öffnen, das ein Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>&amp;Karte exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Assign Contact to Selection…</source>
        <translation>Kontakt der Auswahl &amp;zuweisen …</translation>
    </message>
    <message>
        <source>Re&amp;move Contact from Selection…</source>
        <translation>Kontakt von der Auswahl &amp;entfernen …</translation>
    </message>
    <message>
        <source>Con&amp;firm Ownership</source>
        <translation>Zuständigkeit &amp;bestätigen</translation>
    </message>
    <message>
        <source>Record that the selected items&apos; contacts are still right (one step to undo)</source>
        <translation>Festhalten, dass die Kontakte der ausgewählten Einträge noch stimmen (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Your &amp;Name in the History…</source>
        <translation>Ihr &amp;Name im Verlauf …</translation>
    </message>
    <message>
        <source>An inventory on a server records your database role as the author of your changes: the server sets it, and no name chosen here applies.</source>
        <translation>Ein Inventar auf einem Server hält Ihre Datenbankrolle als Urheber Ihrer Änderungen fest: Der Server setzt sie, und ein hier gewählter Name gilt nicht.</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>New &amp;Provider…</source>
        <translation>Neuer &amp;Anbieter …</translation>
    </message>
    <message>
        <source>New &amp;Host…</source>
        <translation>Neuer &amp;Host …</translation>
    </message>
    <message>
        <source>New &amp;Service…</source>
        <translation>Neuer &amp;Dienst …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Edit &amp;Contacts…</source>
        <translation>&amp;Kontakte bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Contact…</source>
        <translation>Kontakt &amp;löschen …</translation>
    </message>
    <message>
        <source>Con&amp;firm Assignments</source>
        <translation>Zuweisungen be&amp;stätigen</translation>
    </message>
    <message>
        <source>Record that everything the selected contact is assigned to is still right</source>
        <translation>Festhalten, dass alles, dem der ausgewählte Kontakt zugewiesen ist, noch stimmt</translation>
    </message>
    <message>
        <source>What If They &amp;Leave…</source>
        <translation>Was wäre, wenn sie &amp;gehen …</translation>
    </message>
    <message>
        <source>&amp;Hand Over…</source>
        <translation>&amp;Übergeben …</translation>
    </message>
    <message>
        <source>Show &amp;Contacts</source>
        <translation>Kontakte &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Ü&amp;ber Steward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Connection to the server lost (%1). Reconnecting…</source>
        <translation>Verbindung zum Server verloren (%1). Neue Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Imported changes shown.</source>
        <translation>Importierte Änderungen werden angezeigt.</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>New Inventory</source>
        <translation>Neues Inventar</translation>
    </message>
    <message>
        <source>Steward inventories (*.sqlite *.db);;All files (*)</source>
        <translation>Steward-Inventare (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; Steward does not overwrite files.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen; Steward überschreibt keine Dateien.</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>Inventar öffnen</translation>
    </message>
    <message>
        <source>Open Inventory Read-Only</source>
        <translation>Inventar schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Das Passwort wurde nicht gemerkt: %1</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;What runs where, who owns it, and whom to contact.&lt;/p&gt;&lt;p&gt;Inventory: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Steward %1&lt;/h3&gt;&lt;p&gt;Was wo läuft, wem es gehört und an wen man sich wendet.&lt;/p&gt;&lt;p&gt;Inventar: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assign Contact</source>
        <translation>Kontakt zuweisen</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Confirm Ownership</source>
        <translation>Zuständigkeit bestätigen</translation>
    </message>
    <message>
        <source>Confirm Assignments</source>
        <translation>Zuweisungen bestätigen</translation>
    </message>
    <message>
        <source>Edit Item</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>It is now called &quot;%1&quot;, status %2. Overwrite it with your values, reload the form with what was saved, or cancel to keep editing?</source>
        <translation>Er heißt jetzt „%1“, Status %2. Mit Ihren Werten überschreiben, das Formular mit dem Gespeicherten neu laden oder abbrechen, um weiter zu bearbeiten?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The organisation itself cannot be deleted.</source>
        <translation>Die Organisation selbst kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact assignment(s)</source>
        <translation>
            <numerusform>%n Kontaktzuweisung</numerusform>
            <numerusform>%n Kontaktzuweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) that also run on other hosts stay there: %1.</source>
        <translation>
            <numerusform>%n Dienst, der auch auf anderen Hosts läuft, bleibt dort: %1.</numerusform>
            <numerusform>%n Dienste, die auch auf anderen Hosts laufen, bleiben dort: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the %1 &quot;%2&quot;?</source>
        <translation>%1 „%2“ löschen?</translation>
    </message>
    <message>
        <source>Nothing else goes with it. You can undo this.</source>
        <translation>Nichts anderes geht mit. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>With it go %1. You can undo this.</source>
        <translation>Mit ihm gehen %1. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Edit Contacts</source>
        <translation>Kontakte bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Its contacts are now: %1.

Overwrite them with yours, or go back to the editor to look again?</source>
        <translation>Seine Kontakte sind jetzt: %1.

Mit Ihren überschreiben oder zum Editor zurückkehren, um noch einmal nachzusehen?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Back to the Editor</source>
        <translation>&amp;Zurück zum Editor</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>It is now &quot;%1&quot; (%2), addresses: %3. Overwrite it with your values, or reload the form with what was saved?</source>
        <translation>Er ist jetzt „%1“ (%2), Adressen: %3. Mit Ihren Werten überschreiben oder das Formular mit dem Gespeicherten neu laden?</translation>
    </message>
    <message>
        <source>Revert Batch</source>
        <translation>Stapel zurücknehmen</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>It is not assigned to anything.</source>
        <translation>Er ist keinem Eintrag zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>With it go %n assignment(s): %1.</source>
        <translation>
            <numerusform>Mit ihm geht %n Zuweisung: %1.</numerusform>
            <numerusform>Mit ihm gehen %n Zuweisungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would be left with nobody to contact but the escalation contacts: %1.</source>
        <translation>
            <numerusform>%n Eintrag bliebe ohne Ansprechpartner außer den Eskalationskontakten: %1.</numerusform>
            <numerusform>%n Einträge blieben ohne Ansprechpartner außer den Eskalationskontakten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Your Name in the History</source>
        <translation>Ihr Name im Verlauf</translation>
    </message>
    <message>
        <source>The History records changes you make under this name.
Leave it empty to use your login name (%1).
An inventory on a server records your database user instead.</source>
        <translation>Der Verlauf hält Ihre Änderungen unter diesem Namen fest.
Lassen Sie ihn leer, um Ihren Anmeldenamen (%1) zu verwenden.
Ein Inventar auf einem Server hält stattdessen Ihren Datenbankbenutzer fest.</translation>
    </message>
    <message>
        <source>map-focus.svg</source>
        <translation>karte-fokus.svg</translation>
    </message>
    <message>
        <source>map.svg</source>
        <translation>karte.svg</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Map saved as %1</source>
        <translation>Karte gespeichert als %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The change could not be applied: %1</source>
        <translation>Die Änderung konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Mit anderswo gespeicherten Änderungen aktualisiert.</translation>
    </message>
    <message>
        <source>Cannot read the changes saved elsewhere: %1</source>
        <translation>Die anderswo gespeicherten Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot look for &quot;%1&quot;: %2</source>
        <translation>Nach „%1“ kann nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 [read-only] - Steward</source>
        <translation>%1 [schreibgeschützt] - Steward</translation>
    </message>
    <message>
        <source>%1 - Steward</source>
        <translation>%1 - Steward</translation>
    </message>
    <message>
        <source>Read-only: opened for reading only. Nothing can be changed; connect again with File &gt; Connect to Server… to make changes.</source>
        <translation>Schreibgeschützt: nur zum Lesen geöffnet. Nichts kann geändert werden; verbinden Sie sich erneut mit Datei &gt; Mit Server verbinden …, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Read-only: opened for reading only. Nothing can be changed; open it with File &gt; Open… to make changes.</source>
        <translation>Schreibgeschützt: nur zum Lesen geöffnet. Nichts kann geändert werden; öffnen Sie es mit Datei &gt; Öffnen …, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>%1 providers, %2 hosts, %3 services</source>
        <translation>%1 Anbieter, %2 Hosts, %3 Dienste</translation>
    </message>
    <message>
        <source>Cannot count the items: %1</source>
        <translation>Die Einträge können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot;: more than %2 matching, the first %2 shown (type more to narrow) · %3</source>
        <translation>Filter „%1“: mehr als %2 Treffer, die ersten %2 werden angezeigt (tippen Sie weiter, um einzugrenzen) · %3</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot;: %2 matching · %3</source>
        <translation>Filter „%1“: %2 Treffer · %3</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Baum filtern</translation>
    </message>
    <message>
        <source>Shows only the items whose name contains what is typed</source>
        <translation>Zeigt nur die Einträge, deren Name das Eingegebene enthält</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>The organisation&apos;s providers, hosts and services, each with its status</source>
        <translation>Die Anbieter, Hosts und Dienste der Organisation, jeweils mit ihrem Status</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>Zule&amp;tzt geöffnet</translation>
    </message>
    <message>
        <source>Statuses, &amp;Link Types and Roles…</source>
        <translation>Status, &amp;Verknüpfungsarten und Rollen …</translation>
    </message>
    <message>
        <source>Filter &amp;Tree</source>
        <translation>Baum &amp;filtern</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Who to Contact</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Undo History</source>
        <translation>&amp;Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next of the tree, the map and the panels</source>
        <translation>Den Tastaturfokus zum nächsten von Baum, Karte und Bereichen bewegen</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>V&amp;origer Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous of the tree, the map and the panels</source>
        <translation>Den Tastaturfokus zum vorigen von Baum, Karte und Bereichen bewegen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>steward::MapOverview</name>
    <message>
        <source>Overview of the whole map</source>
        <translation>Überblick über die ganze Karte</translation>
    </message>
    <message>
        <source>The whole map: the rectangle is the part in view; click or drag to move it</source>
        <translation>Die ganze Karte: Das Rechteck ist der sichtbare Teil; klicken oder ziehen Sie, um ihn zu verschieben</translation>
    </message>
</context>
<context>
    <name>steward::MapPanel</name>
    <message>
        <source>nobody to contact but escalation</source>
        <translation>niemand zu kontaktieren außer der Eskalation</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zur &amp;Auswahl</translation>
    </message>
    <message>
        <source>F&amp;ocus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <source>Show only the selected item&apos;s neighbourhood: its provider, host, services and everything linked to them</source>
        <translation>Nur die Umgebung des ausgewählten Eintrags zeigen: seinen Anbieter, Host, seine Dienste und alles, was mit ihnen verknüpft ist</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>Erwei&amp;tern</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>Aus&amp;wirkung</translation>
    </message>
    <message>
        <source>Highlight everything that depends on the selected provider or host</source>
        <translation>Alles hervorheben, was vom ausgewählten Anbieter oder Host abhängt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Affected service</source>
        <translation>Betroffener Dienst</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>How it depends on it</source>
        <translation>Wie er davon abhängt</translation>
    </message>
    <message>
        <source>Reading and laying out the map…</source>
        <translation>Die Karte wird gelesen und angeordnet …</translation>
    </message>
    <message numerus="yes">
        <source>%n items: select a provider, host or service to see its neighbourhood, or turn Focus off to lay out everything.</source>
        <translation>
            <numerusform>%n Eintrag: Wählen Sie einen Anbieter, Host oder Dienst, um seine Umgebung zu sehen, oder schalten Sie den Fokus aus, um alles anzuordnen.</numerusform>
            <numerusform>%n Einträge: Wählen Sie einen Anbieter, Host oder Dienst, um seine Umgebung zu sehen, oder schalten Sie den Fokus aus, um alles anzuordnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus: select a provider, host or service to see its neighbourhood.</source>
        <translation>Fokus: Wählen Sie einen Anbieter, Host oder Dienst, um seine Umgebung zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Focus on %1: %n item(s)</source>
        <translation>
            <numerusform>Fokus auf %1: %n Eintrag</numerusform>
            <numerusform>Fokus auf %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), laid out in %1 ms</source>
        <translation>
            <numerusform>%n Eintrag, angeordnet in %1 ms</numerusform>
            <numerusform>%n Einträge, angeordnet in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln more linked or contained not drawn</source>
        <translation>
            <numerusform>; %Ln weiterer verknüpfter oder enthaltener nicht gezeichnet</numerusform>
            <numerusform>; %Ln weitere verknüpfte oder enthaltene nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped opening up at %n items</source>
        <translation>
            <numerusform>; Aufklappen bei %n Eintrag angehalten</numerusform>
            <numerusform>; Aufklappen bei %n Einträgen angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affected service(s)</source>
        <translation>
            <numerusform>%n betroffener Dienst</numerusform>
            <numerusform>%n betroffene Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out to keep the focus view readable: select an item nearer it, or turn Focus off to lay out everything.</source>
        <translation>Weggelassen, damit die Fokusansicht lesbar bleibt: Wählen Sie einen Eintrag näher daran oder schalten Sie den Fokus aus, um alles anzuordnen.</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
</context>
<context>
    <name>steward::MapScene</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
</context>
<context>
    <name>steward::MapView</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>The inventory&apos;s providers, hosts and services as boxes. The arrow keys move to the nearest box that way, Return shows its details, Backspace goes to the box that holds it</source>
        <translation>Die Anbieter, Hosts und Dienste des Inventars als Kästen. Die Pfeiltasten gehen zum nächsten Kasten in dieser Richtung, Eingabe zeigt seine Details, Rücktaste geht zu dem Kasten, der ihn enthält</translation>
    </message>
</context>
<context>
    <name>steward::OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pick a day from the calendar, or type it as yyyy-MM-dd</source>
        <translation>Wählen Sie einen Tag im Kalender oder geben Sie ihn als JJJJ-MM-TT ein</translation>
    </message>
    <message>
        <source>No day: no limit</source>
        <translation>Kein Tag: keine Grenze</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>steward::OwnershipDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Kontakte von %1</translation>
    </message>
    <message>
        <source>Who owns, maintains or is the contact for the %1 &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Wer %1 &lt;b&gt;%2&lt;/b&gt; besitzt, betreut oder dafür Kontakt ist:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Listed from this day on; none: from now (cover that starts later)</source>
        <translation>Ab diesem Tag aufgeführt; keiner: ab sofort (Vertretung, die später beginnt)</translation>
    </message>
    <message>
        <source>Listed until this day, included; none: no end (&quot;covering until 15 Jan 2027&quot;)</source>
        <translation>Bis einschließlich diesem Tag aufgeführt; keiner: ohne Ende („Vertretung bis 15. Jan. 2027“)</translation>
    </message>
    <message>
        <source>Remove the selected contact from this item (Delete)</source>
        <translation>Den ausgewählten Kontakt von diesem Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Type part of a name, or a new name</source>
        <translation>Teil eines Namens oder einen neuen Namen eingeben</translation>
    </message>
    <message>
        <source>as</source>
        <translation>als</translation>
    </message>
    <message>
        <source>The Who to Contact panel will then say:</source>
        <translation>Der Bereich „Ansprechpartner“ wird dann sagen:</translation>
    </message>
    <message>
        <source>New contact, created when you save</source>
        <translation>Neuer Kontakt, wird beim Speichern angelegt</translation>
    </message>
    <message>
        <source>&amp;New Contact &quot;%1&quot;…</source>
        <translation>&amp;Neuer Kontakt „%1“ …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has just been created here already.</source>
        <translation>„%1“ wurde hier gerade schon angelegt.</translation>
    </message>
    <message>
        <source>Row %1 (%2): a role is required.</source>
        <translation>Zeile %1 (%2): Eine Rolle ist erforderlich.</translation>
    </message>
    <message>
        <source>Row %1 (%2): valid until is before valid from.</source>
        <translation>Zeile %1 (%2): „Gültig bis“ liegt vor „Gültig ab“.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice as %3.</source>
        <translation>Zeile %1: %2 ist doppelt als %3 aufgeführt.</translation>
    </message>
    <message>
        <source>Nobody: this item would have no one to contact.</source>
        <translation>Niemand: Dieser Eintrag hätte niemanden zu kontaktieren.</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>endete %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not listed in Who to Contact today (%1); kept until removed</source>
        <translation>Heute nicht unter „Ansprechpartner“ aufgeführt (%1); bleibt, bis er entfernt wird</translation>
    </message>
    <message>
        <source>Contacts and roles</source>
        <translation>Kontakte und Rollen</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Priority of %1</source>
        <translation>Priorität von %1</translation>
    </message>
    <message>
        <source>Valid from, for %1</source>
        <translation>Gültig ab, für %1</translation>
    </message>
    <message>
        <source>Valid until, for %1</source>
        <translation>Gültig bis, für %1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
</context>
<context>
    <name>steward::RemoveLinkCommand</name>
    <message>
        <source>Unlink &quot;%1&quot; from &quot;%2&quot;</source>
        <translation>Verknüpfung „%1“ – „%2“ lösen</translation>
    </message>
</context>
<context>
    <name>steward::ReportActions</name>
    <message>
        <source>Look at a report of the inventory and save it as CSV</source>
        <translation>Einen Bericht über das Inventar ansehen und als CSV speichern</translation>
    </message>
    <message>
        <source>Whom to contact for the selected items, as a report you can save as CSV</source>
        <translation>Wen man zu den ausgewählten Einträgen kontaktiert, als Bericht, den Sie als CSV speichern können</translation>
    </message>
    <message>
        <source>Contacts for a &amp;List…</source>
        <translation>Kontakte für eine &amp;Liste …</translation>
    </message>
    <message>
        <source>Paste the lines of a scan, an outage notice or a maintenance mail and see whom to tell</source>
        <translation>Die Zeilen eines Scans, einer Störungsmeldung oder einer Wartungsmail einfügen und sehen, wen man informieren muss</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add or update providers, hosts, services, contacts and assignments from CSV files</source>
        <translation>Anbieter, Hosts, Dienste, Kontakte und Zuweisungen aus CSV-Dateien hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The change could not be applied: %1</source>
        <translation>Die Änderung konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>Beri&amp;chte …</translation>
    </message>
    <message>
        <source>Export &amp;Contacts for Selection…</source>
        <translation>Kontakte für &amp;Auswahl exportieren …</translation>
    </message>
    <message>
        <source>Export Bac&amp;kstage Catalog…</source>
        <translation>Bac&amp;kstage-Katalog exportieren …</translation>
    </message>
    <message>
        <source>Save the inventory as a Backstage catalog (catalog-info.yaml)</source>
        <translation>Das Inventar als Backstage-Katalog speichern (catalog-info.yaml)</translation>
    </message>
    <message>
        <source>Export Backstage Catalog</source>
        <translation>Backstage-Katalog exportieren</translation>
    </message>
    <message>
        <source>Backstage catalogs (*.yaml *.yml);;All files (*)</source>
        <translation>Backstage-Kataloge (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the Backstage catalog %1</source>
        <translation>Backstage-Katalog %1 gespeichert</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Kein Inventar ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>steward::ReportsWindow</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe</source>
        <translation>&amp;Tabellenkalkulationssicher</translation>
    </message>
    <message>
        <source>&amp;Raw (lossless, for re-import)</source>
        <translation>&amp;Roh (verlustfrei, zum erneuten Import)</translation>
    </message>
    <message>
        <source>&amp;Excel-compatible (UTF-8 byte-order mark)</source>
        <translation>&amp;Excel-kompatibel (UTF-8-Bytereihenfolgemarkierung)</translation>
    </message>
    <message>
        <source>Save &amp;As CSV…</source>
        <translation>&amp;Als CSV speichern …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>R&amp;eport:</source>
        <translation>B&amp;ericht:</translation>
    </message>
    <message>
        <source>Read the report again from the inventory</source>
        <translation>Den Bericht erneut aus dem Inventar lesen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Cells that start with =, +, -, @, a tab or a line break get a leading apostrophe, so that a spreadsheet shows them instead of running them as formulas</source>
        <translation>Zellen, die mit =, +, -, @, einem Tabulator oder einem Zeilenumbruch beginnen, erhalten einen führenden Apostroph, damit eine Tabellenkalkulation sie anzeigt, statt sie als Formeln auszuführen</translation>
    </message>
    <message>
        <source>Every cell exactly as stored: use this for files you will import again</source>
        <translation>Jede Zelle genau wie gespeichert: Verwenden Sie dies für Dateien, die Sie wieder importieren</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte-order mark, so that Excel reads accented letters correctly (lines end with CRLF in every mode)</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarkierung beginnen, damit Excel Umlaute und Akzente richtig liest (Zeilen enden in jedem Modus mit CRLF)</translation>
    </message>
    <message>
        <source>Reading… %1 rows</source>
        <translation>Lesen … %1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Kein Inventar ist geöffnet.</translation>
    </message>
    <message>
        <source>No items are selected: select items in the tree, then choose Export Contacts for Selection… from its context menu.</source>
        <translation>Keine Einträge ausgewählt: Wählen Sie Einträge im Baum und dann „Kontakte für Auswahl exportieren …“ aus dessen Kontextmenü.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lesen …</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>Der Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save As CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 was canceled; nothing was written.</source>
        <translation>Das Speichern von %1 wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>steward::RestoreBackupDialog</name>
    <message>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. They are kept in %2.</source>
        <translation>Es gibt noch keine Sicherungen von %1. Sie werden in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose the state to go back to. What %1 holds now is backed up first, so a restore can be undone by restoring that backup (&quot;before restore&quot;). Backups are kept in %2.</source>
        <translation>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Was %1 jetzt enthält, wird zuerst gesichert, sodass eine Wiederherstellung rückgängig gemacht werden kann, indem Sie diese Sicherung wiederherstellen („vor Wiederherstellung“). Sicherungen werden in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>steward backup</source>
        <translation>per steward backup</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vor Wiederherstellung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>steward::RevertBatchCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>steward::SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Alles durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search items and contacts by name, web address, description, notes, email address or channel.
Up and Down choose a result, Return shows it, Escape closes the list.</source>
        <translation>Einträge und Kontakte nach Name, Webadresse, Beschreibung, Notizen, E-Mail-Adresse oder Kanal durchsuchen.
Pfeil hoch und runter wählen ein Ergebnis, Eingabe zeigt es an, Escape schließt die Liste.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search items and contacts; Up and Down choose a result, Return shows it</source>
        <translation>Einträge und Kontakte durchsuchen; Pfeil hoch und runter wählen ein Ergebnis, Eingabe zeigt es an</translation>
    </message>
</context>
<context>
    <name>steward::StartHere</name>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start here&lt;/h3&gt;&lt;p&gt;This inventory has no providers, hosts or services yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hier beginnen&lt;/h3&gt;&lt;p&gt;Dieses Inventar hat noch keine Anbieter, Hosts oder Dienste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Provider</source>
        <translation>Einen Anbieter anlegen</translation>
    </message>
    <message>
        <source>Where things run: a hosting company, a cloud, your own machine room. Hosts and services go in it.</source>
        <translation>Wo etwas läuft: ein Hoster, eine Cloud, Ihr eigener Maschinenraum. Hosts und Dienste kommen hinein.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <source>Bring in providers, hosts, services, contacts and their assignments from a spreadsheet saved as CSV. Every row is checked before anything is written.</source>
        <translation>Anbieter, Hosts, Dienste, Kontakte und ihre Zuweisungen aus einer als CSV gespeicherten Tabelle übernehmen. Jede Zeile wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Open the Example Inventory</source>
        <translation>Das Beispielinventar öffnen</translation>
    </message>
    <message>
        <source>The Python Software Foundation&apos;s infrastructure, to look around in. It is a file of its own: this inventory stays as it is.</source>
        <translation>Die Infrastruktur der Python Software Foundation, zum Umsehen. Sie ist eine eigene Datei: Dieses Inventar bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Read the User Guide</source>
        <translation>Das Benutzerhandbuch lesen</translation>
    </message>
    <message>
        <source>How Steward answers whom to contact, and everything it does (F1).</source>
        <translation>Wie Steward beantwortet, an wen man sich wendet, und alles, was es kann (F1).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>steward::StatusesAndLinkTypesDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>&amp;Remove Status</source>
        <translation>Status &amp;entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Failure follows</source>
        <translation>Ausfall folgt</translation>
    </message>
    <message>
        <source>A failure of the target reaches the item that has the link</source>
        <translation>Ein Ausfall des Ziels erreicht den Eintrag, der die Verknüpfung hat</translation>
    </message>
    <message>
        <source>Remo&amp;ve Link Type</source>
        <translation>Verknüpfungsart ent&amp;fernen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Confirmed every</source>
        <translation>Bestätigt alle</translation>
    </message>
    <message>
        <source>&amp;Never: its assignments are not reviewed</source>
        <translation>&amp;Nie: Ihre Zuweisungen werden nicht überprüft</translation>
    </message>
    <message>
        <source>Remove R&amp;ole</source>
        <translation>R&amp;olle entfernen</translation>
    </message>
    <message>
        <source>Statuses, Link Types and Roles</source>
        <translation>Status, Verknüpfungsarten und Rollen</translation>
    </message>
    <message>
        <source>S&amp;tatuses and Link Types</source>
        <translation>S&amp;tatus und Verknüpfungsarten</translation>
    </message>
    <message>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;llen</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The category gives a status its colour and icon, and tells impact and the gaps report whether an item with it works.</source>
        <translation>Die Kategorie gibt einem Status seine Farbe und sein Symbol und sagt der Auswirkung und dem Lückenbericht, ob ein Eintrag mit ihm funktioniert.</translation>
    </message>
    <message>
        <source>read-only, redirect, ...</source>
        <translation>read-only, redirect, …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Declare Status</source>
        <translation>Status &amp;festlegen</translation>
    </message>
    <message>
        <source>Link types</source>
        <translation>Verknüpfungsarten</translation>
    </message>
    <message>
        <source>Impact follows every link type whose failure follows: what depends on an item breaks with it; what is only configured by it does not.</source>
        <translation>Die Auswirkung folgt jeder Verknüpfungsart, der ein Ausfall folgt: Was von einem Eintrag abhängt, fällt mit ihm aus; was nur durch ihn konfiguriert wird, nicht.</translation>
    </message>
    <message>
        <source>replicates_to (letters, digits, underscores)</source>
        <translation>replicates_to (Buchstaben, Ziffern, Unterstriche)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>replicates to</source>
        <translation>repliziert nach</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Declare &amp;Link Type</source>
        <translation>&amp;Verknüpfungsart festlegen</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>The statuses cannot be read: %1</source>
        <translation>Die Status können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The link types cannot be read: %1</source>
        <translation>Die Verknüpfungsarten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The roles cannot be read: %1</source>
        <translation>Die Rollen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>How often the assignments of each role are to be confirmed (Edit &gt; Confirm Ownership, or Confirm on a contact): later than that, Who to Contact says they are overdue and the gaps report lists them. A role not listed here is to be confirmed %1.</source>
        <translation>Wie oft die Zuweisungen jeder Rolle zu bestätigen sind (Bearbeiten &gt; Zuständigkeit bestätigen oder „Bestätigen“ bei einem Kontakt): Danach sagt „Ansprechpartner“, dass sie überfällig sind, und der Lückenbericht führt sie auf. Eine hier nicht aufgeführte Rolle ist %1 zu bestätigen.</translation>
    </message>
    <message>
        <source>owner, on-call, data steward, ...</source>
        <translation>Besitzer, Bereitschaft, Datenverantwortliche, …</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Confirm &amp;every:</source>
        <translation>Bestätigen &amp;alle:</translation>
    </message>
    <message>
        <source>Set &amp;Interval</source>
        <translation>&amp;Intervall setzen</translation>
    </message>
    <message>
        <source>Assignments as %1 are to be confirmed %2.</source>
        <translation>Zuweisungen als %1 sind %2 zu bestätigen.</translation>
    </message>
    <message>
        <source>Assignments as %1 are never due for review.</source>
        <translation>Zuweisungen als %1 sind nie zur Überprüfung fällig.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; was removed; its assignments, if any, are to be confirmed %2.</source>
        <translation>Die Rolle „%1“ wurde entfernt; ihre Zuweisungen, falls vorhanden, sind %2 zu bestätigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a status meaning %2.</source>
        <translation>„%1“ ist ein Status mit der Bedeutung %2.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; was removed.</source>
        <translation>Der Status „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link type; a failure follows its links.</source>
        <translation>„%1“ ist eine Verknüpfungsart; ein Ausfall folgt ihren Verknüpfungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link type; a failure does not follow its links.</source>
        <translation>„%1“ ist eine Verknüpfungsart; ein Ausfall folgt ihren Verknüpfungen nicht.</translation>
    </message>
    <message>
        <source>The link type &quot;%1&quot; was removed.</source>
        <translation>Die Verknüpfungsart „%1“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>steward::StepsCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
</context>
<context>
    <name>steward::UnassignCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2 items</source>
        <translation>%1 von %2 Einträgen entfernen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>steward::UserGuide</name>
    <message>
        <source>Steward User Guide</source>
        <translation>Steward-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>This guide has no section &quot;%1&quot;.</source>
        <translation>Dieses Handbuch hat keinen Abschnitt „%1“.</translation>
    </message>
    <message>
        <source>The command reference is Steward&apos;s manual page: run &quot;man steward&quot;, or &quot;steward --help&quot; and &quot;steward COMMAND --help&quot;.</source>
        <translation>Die Befehlsreferenz ist Stewards Handbuchseite: Führen Sie „man steward“ aus, oder „steward --help“ und „steward BEFEHL --help“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of this guide: it is in the docs folder of Steward&apos;s source.</source>
        <translation>„%1“ gehört nicht zu diesem Handbuch: Es liegt im Ordner docs von Stewards Quellcode.</translation>
    </message>
</context>
<context>
    <name>steward::WhoToContactPanel</name>
    <message>
        <source>covering until %1</source>
        <translation>Vertretung bis %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an item to see whom to contact.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Eintrag, um zu sehen, an wen man sich wendet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Never confirmed: it was made before Steward recorded confirmations.</source>
        <translation>Nie bestätigt: Die Zuweisung entstand, bevor Steward Bestätigungen festhielt.</translation>
    </message>
    <message>
        <source>Last confirmed on %1 UTC.</source>
        <translation>Zuletzt bestätigt am %1 UTC.</translation>
    </message>
    <message>
        <source>Last confirmed on %1 UTC by %2.</source>
        <translation>Zuletzt bestätigt am %1 UTC von %2.</translation>
    </message>
    <message>
        <source>A %1 is to be confirmed %2.</source>
        <translation>Ein(e) %1 ist %2 zu bestätigen.</translation>
    </message>
    <message>
        <source>A %1 is never due for review.</source>
        <translation>Ein(e) %1 ist nie zur Überprüfung fällig.</translation>
    </message>
    <message>
        <source>Due since %1.</source>
        <translation>Fällig seit %1.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#777&quot;&gt;no address recorded&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#777&quot;&gt;keine Adresse erfasst&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Copy %1 and its addresses</source>
        <translation>%1 und seine Adressen kopieren</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Nobody to contact about %1.&lt;/b&gt; Give the organisation an escalation contact.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;Niemand zu kontaktieren wegen %1.&lt;/b&gt; Geben Sie der Organisation einen Eskalationskontakt.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who to contact about %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;An wen man sich wegen %1 wendet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Whom to contact about the selected item, in order, and why each is listed</source>
        <translation>An wen man sich wegen des ausgewählten Eintrags wendet, der Reihe nach, und warum jeder aufgeführt ist</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>steward::keychain</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
</TS>
