<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssignOperation</name>
    <message>
        <source>An assignment needs a role.</source>
        <translation>Eine Zuweisung braucht eine Rolle.</translation>
    </message>
    <message>
        <source>%1 is already %2 of every selected item.</source>
        <translation>%1 ist bereits %2 jedes ausgewählten Eintrags.</translation>
    </message>
    <message>
        <source>%1 is already %2 of %3.</source>
        <translation>%1 ist bereits %2 von %3.</translation>
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
        <source>%1 is not assigned to the selected items%2.</source>
        <translation>%1 ist den ausgewählten Einträgen nicht%2 zugewiesen.</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
</context>
<context>
    <name>BackstageImport</name>
    <message>
        <source>&quot;%1&quot; names no kind; write it as kind:name (component:payments)</source>
        <translation>„%1“ nennt keine Art; schreiben Sie es als Art:Name (component:payments)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity reference ([kind:][namespace/]name)</source>
        <translation>„%1“ ist kein Entitätsverweis ([kind:][namespace/]name)</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>sollte eine Liste sein</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the catalog has no documents</source>
        <translation>der Katalog enthält keine Dokumente</translation>
    </message>
    <message>
        <source>a catalog document is a map (apiVersion, kind, metadata, spec)</source>
        <translation>ein Katalogdokument ist eine Zuordnung (apiVersion, kind, metadata, spec)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Backstage catalog apiVersion (backstage.io/v1alpha1)</source>
        <translation>„%1“ ist keine apiVersion eines Backstage-Katalogs (backstage.io/v1alpha1)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; Steward imports %2</source>
        <translation>unbekannte Art „%1“; Steward importiert %2</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>der Name ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Backstage name: 1 to 63 letters, digits, - _ and ., beginning and ending with a letter or a digit</source>
        <translation>„%1“ ist kein Backstage-Name: 1 bis 63 Buchstaben, Ziffern, - _ und ., am Anfang und Ende ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>should be a map</source>
        <translation>sollte eine Zuordnung sein</translation>
    </message>
    <message>
        <source>the annotation %1 should be text</source>
        <translation>die Annotation %1 sollte Text sein</translation>
    </message>
    <message>
        <source>%1 is in the catalog twice (also at %2:%3)</source>
        <translation>%1 steht zweimal im Katalog (auch bei %2:%3)</translation>
    </message>
    <message>
        <source>%1 is not a group or a user</source>
        <translation>%1 ist keine Gruppe und kein Benutzer</translation>
    </message>
    <message>
        <source>%1 stands for the organisation, not a contact</source>
        <translation>%1 steht für die Organisation, nicht für einen Kontakt</translation>
    </message>
    <message>
        <source>no system %1 in the catalog</source>
        <translation>kein System %1 im Katalog</translation>
    </message>
    <message>
        <source>no group %1 in the catalog</source>
        <translation>keine Gruppe %1 im Katalog</translation>
    </message>
    <message>
        <source>no %1 in the catalog</source>
        <translation>kein %1 im Katalog</translation>
    </message>
    <message>
        <source>%1 is not a component or a resource</source>
        <translation>%1 ist weder eine Komponente noch eine Ressource</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, not %3</source>
        <translation>Zeile %1 hat %2 Felder, nicht %3</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid YAML: nested more than %1 levels deep</source>
        <translation>kein gültiges YAML: mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; it was not changed.</source>
        <translation>%1 existiert bereits; es wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot back up %1 into %2: the folder is read-only.</source>
        <translation>%1 kann nicht in %2 gesichert werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation>%1 kann nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old backups %1.</source>
        <translation>Die alten Sicherungen %1 können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current state failed: %1</source>
        <translation>Es wurde nichts wiederhergestellt: Die Sicherung des aktuellen Stands ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>BatchRevert</name>
    <message>
        <source>Nothing: the batch made it and took it away again</source>
        <translation>Nichts: Der Stapel hat es angelegt und wieder entfernt</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Take out of the team</source>
        <translation>Aus dem Team nehmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; again</source>
        <translation>„%1“ wieder anlegen</translation>
    </message>
    <message>
        <source>Make again</source>
        <translation>Wieder anlegen</translation>
    </message>
    <message>
        <source>Put back %1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“ zurücksetzen</translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Made again with its recorded fields; the contacts, links and services on it that went with it are not in the history, unless the batch removed them itself.</source>
        <translation>Mit seinen erfassten Feldern wieder angelegt; die Kontakte, Verknüpfungen und Dienste daran, die mit ihm gingen, stehen nicht im Verlauf, außer der Stapel hat sie selbst entfernt.</translation>
    </message>
    <message>
        <source>Made again with its recorded fields; teams it was in are not in the history unless the batch changed them itself.</source>
        <translation>Mit seinen erfassten Feldern wieder angelegt; Teams, in denen er war, stehen nicht im Verlauf, außer der Stapel hat sie selbst geändert.</translation>
    </message>
    <message>
        <source>Its place in the list is not recorded: it goes last.</source>
        <translation>Sein Platz in der Liste ist nicht erfasst: Er kommt ans Ende.</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>zurücknehmen</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>seitdem geändert</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>cannot be reverted</source>
        <translation>kann nicht zurückgenommen werden</translation>
    </message>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation>Im Verlauf gibt es keine Änderung %1.</translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation>Zurücknehmen: %1</translation>
    </message>
    <message>
        <source>%1 %2 is not as the revert was planned; look at it again.</source>
        <translation>%1 %2 ist nicht mehr so wie beim Planen des Zurücknehmens; sehen Sie es sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the batch concern records changed since; skip them or cancel.</source>
        <translation>
            <numerusform>%n Änderung des Stapels betrifft Datensätze, die seitdem geändert wurden; überspringen Sie sie oder brechen Sie ab.</numerusform>
            <numerusform>%n Änderungen des Stapels betreffen Datensätze, die seitdem geändert wurden; überspringen Sie sie oder brechen Sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The revert was not prepared.</source>
        <translation>Das Zurücknehmen wurde nicht vorbereitet.</translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; can be reverted.</source>
        <translation>Nichts in „%1“ kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The inventory changed since the revert was prepared; nothing was reverted. Look at the revert again.</source>
        <translation>Das Inventar hat sich geändert, seit das Zurücknehmen vorbereitet wurde; es wurde nichts zurückgenommen. Sehen Sie sich das Zurücknehmen erneut an.</translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; is left to revert.</source>
        <translation>In „%1“ ist nichts mehr zurückzunehmen.</translation>
    </message>
    <message>
        <source>Deleted since the batch.</source>
        <translation>Seit dem Stapel gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Changed since the batch (%n change(s)).</source>
        <translation>
            <numerusform>Seit dem Stapel geändert (%n Änderung).</numerusform>
            <numerusform>Seit dem Stapel geändert (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer exists: it went with a record deleted since.</source>
        <translation>Existiert nicht mehr: Es ging mit einem seitdem gelöschten Datensatz.</translation>
    </message>
    <message>
        <source>Exists again.</source>
        <translation>Existiert wieder.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is &quot;%2&quot;&apos;s now.</source>
        <translation>Der Name „%1“ gehört jetzt „%2“.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is &quot;%2&quot;&apos;s until this revert deletes or renames it: revert the batch again afterwards.</source>
        <translation>Der Name „%1“ gehört „%2“, bis dieses Zurücknehmen es löscht oder umbenennt: Nehmen Sie den Stapel danach erneut zurück.</translation>
    </message>
    <message>
        <source>The organisation stays: an inventory always has one.</source>
        <translation>Die Organisation bleibt: Ein Inventar hat immer eine.</translation>
    </message>
    <message>
        <source>Assigned again since, as %1.</source>
        <translation>Seitdem erneut zugewiesen, als %1.</translation>
    </message>
    <message>
        <source>Linked again since.</source>
        <translation>Seitdem erneut verknüpft.</translation>
    </message>
    <message>
        <source>Needs &quot;%1&quot;, which no longer exists or stays deleted.</source>
        <translation>Braucht „%1“, das nicht mehr existiert oder gelöscht bleibt.</translation>
    </message>
    <message>
        <source>Needs the contact &quot;%1&quot;, which no longer exists or stays deleted.</source>
        <translation>Braucht den Kontakt „%1“, der nicht mehr existiert oder gelöscht bleibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under it and stays.</source>
        <translation>„%1“ liegt darunter und bleibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on it and stays.</source>
        <translation>„%1“ läuft darauf und bleibt.</translation>
    </message>
    <message>
        <source>It has a contact assigned that stays.</source>
        <translation>Ihm ist ein Kontakt zugewiesen, der bleibt.</translation>
    </message>
    <message>
        <source>It is assigned to an item, and that stays.</source>
        <translation>Er ist einem Eintrag zugewiesen, und das bleibt.</translation>
    </message>
    <message>
        <source>It is linked with &quot;%1&quot;, and that stays.</source>
        <translation>Es ist mit „%1“ verknüpft, und das bleibt.</translation>
    </message>
    <message>
        <source>A team membership of it (%1) stays.</source>
        <translation>Eine Teammitgliedschaft davon (%1) bleibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to it and stays.</source>
        <translation>„%1“ gehört dazu und bleibt.</translation>
    </message>
    <message>
        <source>The history does not record this membership&apos;s role: make it again by hand.</source>
        <translation>Der Verlauf erfasst die Rolle dieser Mitgliedschaft nicht: Legen Sie sie von Hand wieder an.</translation>
    </message>
    <message>
        <source>%1 was changed since; nothing was reverted.</source>
        <translation>%1 wurde seitdem geändert; es wurde nichts zurückgenommen.</translation>
    </message>
    <message>
        <source>An assignment</source>
        <translation>Eine Zuweisung</translation>
    </message>
    <message>
        <source>A link</source>
        <translation>Eine Verknüpfung</translation>
    </message>
    <message>
        <source>The link type &quot;%1&quot; no longer exists.</source>
        <translation>Die Verknüpfungsart „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An item of a link to make again no longer exists.</source>
        <translation>Ein Eintrag einer wieder anzulegenden Verknüpfung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A team membership</source>
        <translation>Eine Teammitgliedschaft</translation>
    </message>
    <message>
        <source>The contact &quot;%1&quot;</source>
        <translation>Der Kontakt „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>What is under, assigned to or linked with the items to delete</source>
        <translation>Was unter den zu löschenden Einträgen liegt, ihnen zugewiesen oder mit ihnen verknüpft ist</translation>
    </message>
</context>
<context>
    <name>ConfirmOperation</name>
    <message>
        <source>There is nothing to confirm.</source>
        <translation>Es gibt nichts zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>ContactDeletionImpact</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ContactResolver</name>
    <message>
        <source>escalation: %1</source>
        <translation>Eskalation: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>inherited from %1 (%2)</source>
        <translation>geerbt von %1 (%2)</translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation>Eintrag %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ContactsForList</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>short host name</source>
        <translation>kurzer Hostname</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>Die Datei ist UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the field has %L1 characters; at most %L2 are allowed</source>
        <translation>Das Feld hat %L1 Zeichen; höchstens %L2 sind erlaubt</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>kein gültiges UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>a carriage return that does not end a line; quote the field that holds it</source>
        <translation>ein Wagenrücklauf, der keine Zeile beendet; setzen Sie das Feld, das ihn enthält, in Anführungszeichen</translation>
    </message>
    <message>
        <source>text after a closing quote; a quote inside a quoted field is written twice</source>
        <translation>Text nach einem schließenden Anführungszeichen; ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and write the quote twice</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field that starts here never ends</source>
        <translation>nicht geschlossenes Anführungszeichen: Das Feld in Anführungszeichen, das hier beginnt, endet nie</translation>
    </message>
    <message numerus="yes">
        <source>wrong column count: %n field(s) where the header has %1</source>
        <translation>
            <numerusform>falsche Spaltenzahl: %n Feld, wo die Kopfzeile %1 hat</numerusform>
            <numerusform>falsche Spaltenzahl: %n Felder, wo die Kopfzeile %1 hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
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
        <source>Contacts who own the most</source>
        <translation>Kontakte mit den meisten Zuständigkeiten</translation>
    </message>
    <message>
        <source>Providers in front of the most services</source>
        <translation>Anbieter vor den meisten Diensten</translation>
    </message>
    <message>
        <source>Ownership freshness</source>
        <translation>Aktualität der Zuständigkeit</translation>
    </message>
    <message>
        <source>no provider recorded</source>
        <translation>kein Anbieter erfasst</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Besitzer</translation>
    </message>
    <message>
        <source>1 owner</source>
        <translation>1 Besitzer</translation>
    </message>
    <message>
        <source>2 or more owners</source>
        <translation>2 oder mehr Besitzer</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>nie bestätigt</translation>
    </message>
    <message>
        <source>Services by %1</source>
        <translation>Dienste nach %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s SQLite driver gives no handle.</source>
        <translation>%1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt liefert kein Handle.</translation>
    </message>
    <message>
        <source>waiting for another program&apos;s write to %1…</source>
        <translation>Warte auf den Schreibvorgang eines anderen Programms in %1 …</translation>
    </message>
    <message>
        <source>%1 is busy: another program has been writing to it for %2 s; try again.</source>
        <translation>%1 ist belegt: Ein anderes Programm schreibt seit %2 s hinein; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An interrupted write left %1-journal, which must be rolled back before %1 can be read, and the file or its folder is read-only here. Someone who may write the folder must open the inventory once (any Steward command does it); nothing was changed.</source>
        <translation>Ein unterbrochener Schreibvorgang hat %1-journal hinterlassen, das zurückgerollt werden muss, bevor %1 gelesen werden kann, und die Datei oder ihr Ordner ist hier schreibgeschützt. Jemand, der in den Ordner schreiben darf, muss das Inventar einmal öffnen (jeder Steward-Befehl tut das); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a Steward inventory or is damaged: %2</source>
        <translation>%1 ist kein Steward-Inventar oder ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>%1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server %1 is on another machine and the connection to it is not encrypted (no TLS): the inventory, and any password sent, cross the network where others may read them. Add ?sslmode=verify-full to the address to insist on TLS (the server needs a certificate).</source>
        <translation>Der Server %1 steht auf einem anderen Rechner, und die Verbindung zu ihm ist nicht verschlüsselt (kein TLS): Das Inventar und jedes gesendete Passwort gehen durch das Netz, wo andere sie lesen können. Fügen Sie der Adresse ?sslmode=verify-full hinzu, um auf TLS zu bestehen (der Server braucht ein Zertifikat).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can look things up, but changes cannot be saved.</source>
        <translation>%1 ist schreibgeschützt: Sie können nachschlagen, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 is read-only (its folder cannot be written, and SQLite keeps its journal there): you can look things up, but changes cannot be saved.</source>
        <translation>%1 ist schreibgeschützt (in seinen Ordner kann nicht geschrieben werden, und SQLite legt dort sein Journal ab): Sie können nachschlagen, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Steward inventory.</source>
        <translation>%1 ist leer: Es ist kein Steward-Inventar.</translation>
    </message>
    <message>
        <source>Your database role &quot;%1&quot; may not read this inventory: %2. Ask its owner for `steward access grant %1 viewer` (or editor).</source>
        <translation>Ihre Datenbankrolle „%1“ darf dieses Inventar nicht lesen: %2. Bitten Sie seinen Besitzer um `steward access grant %1 viewer` (oder editor).</translation>
    </message>
    <message>
        <source>Your database role &quot;%1&quot; may read this inventory but not change it (ask its owner for `steward access grant %1 editor`).</source>
        <translation>Ihre Datenbankrolle „%1“ darf dieses Inventar lesen, aber nicht ändern (bitten Sie seinen Besitzer um `steward access grant %1 editor`).</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) that only the owner of its tables can upgrade: ask them to open it once with this version of Steward. Your database role &quot;%3&quot; is not the owner.</source>
        <translation>%1 verwendet ein älteres Schema (%2), das nur der Besitzer seiner Tabellen aktualisieren kann: Bitten Sie ihn, es einmal mit dieser Version von Steward zu öffnen. Ihre Datenbankrolle „%3“ ist nicht der Besitzer.</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is an empty %2, not a Steward inventory. Use &quot;steward init&quot; or File &gt; New to make one.</source>
        <translation>%1 ist eine leere %2, kein Steward-Inventar. Legen Sie eines mit „steward init“ oder Datei &gt; Neu an.</translation>
    </message>
    <message>
        <source>%1 is a %2 of another application, not a Steward inventory. It was not changed.</source>
        <translation>%1 ist eine %2 einer anderen Anwendung, kein Steward-Inventar. Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation>%1 ist beschädigt: Seine Schemaversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Steward (schema %2; this version reads up to %3). It was not changed; please upgrade Steward.</source>
        <translation>%1 wurde von einer neueren Version von Steward geschrieben (Schema %2; diese Version liest bis %3). Es wurde nicht geändert; bitte aktualisieren Sie Steward.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded before it can be read, but it is read-only: someone who may write it must open it once with this version of Steward.</source>
        <translation>%1 verwendet ein älteres Schema (%2) und muss aktualisiert werden, bevor es gelesen werden kann, ist aber schreibgeschützt: Jemand, der es schreiben darf, muss es einmal mit dieser Version von Steward öffnen.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded first: open it once in the window, or run a command that looks things up (such as &quot;steward contact&quot;) or changes it; this one does not upgrade a file.</source>
        <translation>%1 verwendet ein älteres Schema (%2) und muss zuerst aktualisiert werden: Öffnen Sie es einmal im Fenster oder führen Sie einen Befehl aus, der nachschlägt (etwa „steward contact“) oder es ändert; dieser hier aktualisiert keine Datei.</translation>
    </message>
    <message>
        <source>%1 already has tables; it was not changed. Use an empty database.</source>
        <translation>%1 hat bereits Tabellen; es wurde nicht geändert. Verwenden Sie eine leere Datenbank.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not changed.</source>
        <translation>%1 existiert bereits; es wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is read-only.</source>
        <translation>%1 kann nicht angelegt werden: Sein Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2 It was not changed.</source>
        <translation>%1 kann nicht aktualisiert werden: %2 Es wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>%1 is open for reading only.</source>
        <translation>%1 ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>foreign key check failed to run: %1</source>
        <translation>Die Fremdschlüsselprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation>Fremdschlüssel: Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>provider &quot;%2&quot; (id %1) is not directly under the organisation</source>
        <translation>Anbieter „%2“ (ID %1) liegt nicht direkt unter der Organisation</translation>
    </message>
    <message>
        <source>host &quot;%2&quot; (id %1) is not under a provider or the organisation</source>
        <translation>Host „%2“ (ID %1) liegt nicht unter einem Anbieter oder der Organisation</translation>
    </message>
    <message>
        <source>&quot;%2&quot; (id %1) runs on further hosts, but is not a service on a host, or one of them is not a host</source>
        <translation>„%2“ (ID %1) läuft auf weiteren Hosts, ist aber kein Dienst auf einem Host, oder einer davon ist kein Host</translation>
    </message>
    <message>
        <source>service &quot;%2&quot; (id %1) is under another service</source>
        <translation>Dienst „%2“ (ID %1) liegt unter einem anderen Dienst</translation>
    </message>
    <message>
        <source>provider &quot;%2&quot; (id %1) has no provider details</source>
        <translation>Anbieter „%2“ (ID %1) hat keine Anbieterangaben</translation>
    </message>
    <message>
        <source>host &quot;%2&quot; (id %1) has no host details</source>
        <translation>Host „%2“ (ID %1) hat keine Hostangaben</translation>
    </message>
    <message>
        <source>service &quot;%2&quot; (id %1) has no service details</source>
        <translation>Dienst „%2“ (ID %1) hat keine Dienstangaben</translation>
    </message>
    <message>
        <source>contact %1 is a member of &quot;%2&quot;, which is not a team</source>
        <translation>Kontakt %1 ist Mitglied von „%2“, das kein Team ist</translation>
    </message>
    <message>
        <source>check failed to run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>the inventory has %1 organisations; it must have exactly one</source>
        <translation>Das Inventar hat %1 Organisationen; es muss genau eine haben</translation>
    </message>
    <message>
        <source>the organisation has no active escalation contact, so items without an owner have nobody to contact</source>
        <translation>Die Organisation hat keinen aktiven Eskalationskontakt, daher haben Einträge ohne Besitzer niemanden als Ansprechpartner</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; it will not be changed. Restore a backup or run `steward check`.</source>
        <translation>%1 ist beschädigt: %2; es wird nicht geändert. Stellen Sie eine Sicherung wieder her oder führen Sie `steward check` aus.</translation>
    </message>
    <message>
        <source>quick_check found %1 problem(s), the first: %2</source>
        <translation>quick_check hat %1 Problem(e) gefunden, das erste: %2</translation>
    </message>
</context>
<context>
    <name>DepartureText</name>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>nobody at all</source>
        <translation>überhaupt niemand</translation>
    </message>
    <message>
        <source>escalation only</source>
        <translation>nur Eskalation</translation>
    </message>
    <message>
        <source>a team with no one left</source>
        <translation>ein Team, in dem niemand mehr ist</translation>
    </message>
    <message>
        <source>a single owner</source>
        <translation>ein einziger Besitzer</translation>
    </message>
    <message>
        <source>%1 (%2; no one left in it)</source>
        <translation>%1 (%2; niemand mehr darin)</translation>
    </message>
    <message>
        <source>%1 (%2; only %3 left in it)</source>
        <translation>%1 (%2; nur noch %3 darin)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse; schreiben Sie postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 names no server: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 nennt keinen Server: Schreiben Sie postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 nennt keine Datenbank: Schreiben Sie postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1: the parameter &quot;%2&quot; cannot be passed to the server.</source>
        <translation>%1: Der Parameter „%2“ kann nicht an den Server weitergegeben werden.</translation>
    </message>
    <message>
        <source>A password written in a server address would be readable by every user of this machine (ps) for as long as Steward runs, so it is not taken on the command line. Leave it out of the address and give it in PGPASSWORD or ~/.pgpass (chmod 600), or open the inventory in the window, which asks for it and keeps it in your keychain.</source>
        <translation>Ein Passwort in einer Serveradresse wäre für jeden Benutzer dieses Rechners lesbar (ps), solange Steward läuft, daher wird es auf der Befehlszeile nicht angenommen. Lassen Sie es aus der Adresse weg und geben Sie es in PGPASSWORD oder ~/.pgpass (chmod 600) an, oder öffnen Sie das Inventar im Fenster, das danach fragt und es in Ihrem Schlüsselbund ablegt.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>%1&apos;s assignments or teams changed since the hand-over to %2 was planned; nothing was changed. Look at it again.</source>
        <translation>Die Zuweisungen oder Teams von %1 haben sich geändert, seit die Übergabe an %2 geplant wurde; es wurde nichts geändert. Sehen Sie sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 cannot hand over to itself: choose someone else.</source>
        <translation>%1 kann nicht an sich selbst übergeben: Wählen Sie jemand anderen.</translation>
    </message>
    <message>
        <source>%1 has nothing to hand over: no assignments and no teams.</source>
        <translation>%1 hat nichts zu übergeben: keine Zuweisungen und keine Teams.</translation>
    </message>
    <message>
        <source>%1 has nothing to hand over: no assignments.</source>
        <translation>%1 hat nichts zu übergeben: keine Zuweisungen.</translation>
    </message>
    <message>
        <source>%1 has no assignment as %2 (only as %3).</source>
        <translation>%1 hat keine Zuweisung als %2 (nur als %3).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not assigned to the %n item(s) given.</source>
        <translation>
            <numerusform>%1 ist dem angegebenen %n Eintrag nicht zugewiesen.</numerusform>
            <numerusform>%1 ist den angegebenen %n Einträgen nicht zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no assignment as %2 on the %n item(s) given.</source>
        <translation>
            <numerusform>%1 hat keine Zuweisung als %2 bei dem angegebenen %n Eintrag.</numerusform>
            <numerusform>%1 hat keine Zuweisung als %2 bei den angegebenen %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed %1 as %2 of %3 over to %4</source>
        <translation>%1 als %2 von %3 an %4 übergeben</translation>
    </message>
    <message>
        <source>The hand-over from %1 to %2 was not applied.</source>
        <translation>Die Übergabe von %1 an %2 wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Assignments %1 was handed from %2 changed since; the hand-over cannot be taken back and nothing was changed.</source>
        <translation>Zuweisungen, die %1 von %2 übergeben wurden, haben sich seitdem geändert; die Übergabe kann nicht zurückgenommen werden, und es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Handed %1 of %2 back from %3 to %4</source>
        <translation>%1 von %2 von %3 an %4 zurückgegeben</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>runs on</source>
        <translation>läuft auf</translation>
    </message>
    <message>
        <source>hosted by</source>
        <translation>gehostet bei</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>the item is required</source>
        <translation>Der Eintrag ist erforderlich</translation>
    </message>
    <message>
        <source>unknown item kind &quot;%1&quot;; use organisation, provider, host or service</source>
        <translation>Unbekannte Art von Eintrag „%1“; verwenden Sie organisation, provider, host oder service</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation>Unbekannter Eintrag „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 items have that name; add an item_kind column</source>
        <translation>„%1“ ist mehrdeutig: %2 Einträge haben diesen Namen; fügen Sie eine Spalte item_kind hinzu</translation>
    </message>
    <message>
        <source>the contact is required</source>
        <translation>Der Kontakt ist erforderlich</translation>
    </message>
    <message>
        <source>the role is required</source>
        <translation>Die Rolle ist erforderlich</translation>
    </message>
    <message>
        <source>a role cannot span lines</source>
        <translation>Eine Rolle kann nicht über mehrere Zeilen gehen</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;; use primary, secondary, tertiary or inactive</source>
        <translation>Unbekannte Priorität „%1“; verwenden Sie primary, secondary, tertiary oder inactive</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as yyyy-MM-dd (2027-01-15), or leave it empty for no limit</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als yyyy-MM-dd (2027-01-15) oder lassen Sie es leer für keine Begrenzung</translation>
    </message>
    <message>
        <source>valid until %1 is before valid from %2</source>
        <translation>gültig bis %1 liegt vor gültig ab %2</translation>
    </message>
    <message>
        <source>duplicate assignment: %1</source>
        <translation>Doppelte Zuweisung: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 contacts have that name</source>
        <translation>„%1“ ist mehrdeutig: %2 Kontakte haben diesen Namen</translation>
    </message>
    <message>
        <source>unknown contact kind &quot;%1&quot;; use person, team, mailing_list, mailbox, chat_channel, issue_tracker or organisation</source>
        <translation>Unbekannte Kontaktart „%1“; verwenden Sie person, team, mailing_list, mailbox, chat_channel, issue_tracker oder organisation</translation>
    </message>
    <message>
        <source>bad email address &quot;%1&quot;</source>
        <translation>Ungültige E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>bad %1 address &quot;%2&quot;</source>
        <translation>Ungültige Adresse (%1) „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team</source>
        <translation>„%1“ ist kein Team</translation>
    </message>
    <message>
        <source>only a team has members</source>
        <translation>Nur ein Team hat Mitglieder</translation>
    </message>
    <message>
        <source>a team cannot be its own member</source>
        <translation>Ein Team kann nicht sein eigenes Mitglied sein</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was imported.</source>
        <translation>
            <numerusform>%n Fehler; es wurde nichts importiert.</numerusform>
            <numerusform>%n Fehler; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>not an import file: the header has neither a &quot;name&quot; column (providers, hosts, services, contacts) nor &quot;item&quot;, &quot;contact&quot; and &quot;role&quot; (assignments) nor &quot;from&quot;, &quot;from_kind&quot;, &quot;type&quot;, &quot;to&quot; and &quot;to_kind&quot; (links)</source>
        <translation>Keine Importdatei: Die Kopfzeile hat weder eine Spalte „name“ (Anbieter, Hosts, Dienste, Kontakte) noch „item“, „contact“ und „role“ (Zuweisungen) noch „from“, „from_kind“, „type“, „to“ und „to_kind“ (Verknüpfungen)</translation>
    </message>
    <message>
        <source>cannot tell whether this is a %1 file; add the columns of one of them (see the exports)</source>
        <translation>Es ist nicht zu erkennen, ob dies eine Datei für %1 ist; fügen Sie die Spalten einer davon hinzu (siehe die Exporte)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs at least a header</source>
        <translation>Die Datei ist leer; sie braucht mindestens eine Kopfzeile</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; a %2 file has the columns %3</source>
        <translation>Unbekannte Spalte „%1“; eine Datei für %2 hat die Spalten %3</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>Die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>also on row %1</source>
        <translation>auch in Zeile %1</translation>
    </message>
    <message>
        <source>also in %1 row %2</source>
        <translation>auch in %1, Zeile %2</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>Der Name ist erforderlich</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot;: %2</source>
        <translation>Doppelter Name „%1“: %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ ist unbekannt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: %2 %3s have that name</source>
        <translation>„%1“ ist mehrdeutig: %2 Einträge der Art %3 haben diesen Namen</translation>
    </message>
    <message>
        <source>unknown contact &quot;%1&quot;</source>
        <translation>Unbekannter Kontakt „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already another name of the %2 &quot;%3&quot;</source>
        <translation>„%1“ ist bereits ein anderer Name von %2 „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; it should look like https://example.org/</source>
        <translation>„%1“ ist keine Webadresse; sie sollte wie https://example.org/ aussehen</translation>
    </message>
    <message>
        <source>a status cannot span lines</source>
        <translation>Ein Status kann nicht über mehrere Zeilen gehen</translation>
    </message>
    <message>
        <source>unknown provider kind &quot;%1&quot;; use hardware, vm, dns, registrar, cdn or other</source>
        <translation>Unbekannte Anbieterart „%1“; verwenden Sie hardware, vm, dns, registrar, cdn oder other</translation>
    </message>
    <message>
        <source>unknown host kind &quot;%1&quot;; use physical or vm</source>
        <translation>Unbekannte Hostart „%1“; verwenden Sie physical oder vm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: letters, digits, hyphens and dots only</source>
        <translation>„%1“ ist kein Hostname: nur Buchstaben, Ziffern, Bindestriche und Punkte</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is not in hosts, which is empty; hosts lists every host, the host first</source>
        <translation>Der Host „%1“ steht nicht in hosts, das leer ist; hosts führt jeden Host auf, den Host zuerst</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; must be the first of hosts (&quot;%2&quot;)</source>
        <translation>Der Host „%1“ muss der erste in hosts sein („%2“)</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is at %2, not at %3</source>
        <translation>Der Host „%1“ liegt bei %2, nicht bei %3</translation>
    </message>
    <message>
        <source>no provider, host or service is called &quot;%1&quot;</source>
        <translation>Kein Anbieter, Host oder Dienst heißt „%1“</translation>
    </message>
    <message>
        <source>a service cannot be served through itself</source>
        <translation>Ein Dienst kann nicht über sich selbst ausgeliefert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias of &quot;%2&quot;: the %3 &quot;%4&quot; is called so already</source>
        <translation>„%1“ kann kein Alias von „%2“ sein: %3 „%4“ heißt bereits so</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias of &quot;%2&quot;: it is an alias of the %3 &quot;%4&quot; already</source>
        <translation>„%1“ kann kein Alias von „%2“ sein: Es ist bereits ein Alias von %3 „%4“</translation>
    </message>
    <message>
        <source>the type is required; the link types are %1</source>
        <translation>Die Art ist erforderlich; die Verknüpfungsarten sind %1</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot;; the link types are %2. To use a type of your own, declare it first as a link type (a key of letters, digits and underscores, with its label and whether failure follows it), then import again</source>
        <translation>Unbekannte Verknüpfungsart „%1“; die Verknüpfungsarten sind %2. Um eine eigene Art zu verwenden, legen Sie sie zuerst als Verknüpfungsart an (ein Schlüssel aus Buchstaben, Ziffern und Unterstrichen, mit ihrer Beschriftung und ob ein Ausfall ihr folgt), und importieren Sie dann erneut</translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation>Ein Eintrag kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>duplicate link: %1</source>
        <translation>Doppelte Verknüpfung: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a column of Steward&apos;s %2 files, not of NetBox&apos;s: this file is read as %3 (it has a column only NetBox&apos;s have), whose columns are %4</source>
        <translation>„%1“ ist eine Spalte der %2-Dateien von Steward, nicht der von NetBox: diese Datei wird als %3 gelesen (sie hat eine Spalte, die nur NetBox-Dateien haben), deren Spalten %4 sind</translation>
    </message>
    <message>
        <source>the slug is required (NetBox&apos;s providers have one)</source>
        <translation>der Slug ist erforderlich (Anbieter in NetBox haben einen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slug: letters, digits, hyphens and underscores only, at most 100</source>
        <translation>„%1“ ist kein Slug: nur Buchstaben, Ziffern, Binde- und Unterstriche, höchstens 100</translation>
    </message>
    <message>
        <source>a NetBox file (it has the column %1) needs a &quot;name&quot; column</source>
        <translation>eine NetBox-Datei (sie hat die Spalte %1) braucht eine Spalte „name“</translation>
    </message>
    <message>
        <source>cannot tell whether this is a NetBox providers file (it has &quot;slug&quot;) or a NetBox contacts file (it has %1)</source>
        <translation>es ist nicht zu erkennen, ob dies eine NetBox-Anbieterdatei (sie hat „slug“) oder eine NetBox-Kontaktdatei (sie hat %1) ist</translation>
    </message>
    <message>
        <source>this looks like a NetBox file (it has %1), but a NetBox providers file needs &quot;slug&quot; and a NetBox contacts file one of %2</source>
        <translation>dies sieht aus wie eine NetBox-Datei (sie hat %1), aber eine NetBox-Anbieterdatei braucht „slug“ und eine NetBox-Kontaktdatei eine der Spalten %2</translation>
    </message>
    <message>
        <source>NetBox providers</source>
        <translation>NetBox-Anbieter</translation>
    </message>
    <message>
        <source>NetBox contacts</source>
        <translation>NetBox-Kontakte</translation>
    </message>
    <message>
        <source>Steward providers</source>
        <translation>Steward-Anbieter</translation>
    </message>
    <message>
        <source>Steward hosts</source>
        <translation>Steward-Hosts</translation>
    </message>
    <message>
        <source>Steward services</source>
        <translation>Steward-Dienste</translation>
    </message>
    <message>
        <source>Steward contacts</source>
        <translation>Steward-Kontakte</translation>
    </message>
    <message>
        <source>Steward assignments</source>
        <translation>Steward-Zuweisungen</translation>
    </message>
    <message>
        <source>Steward links</source>
        <translation>Steward-Verknüpfungen</translation>
    </message>
</context>
<context>
    <name>InventoryCopy</name>
    <message>
        <source>Cannot count the rows of %1 in %2: %3</source>
        <translation>Die Zeilen von %1 in %2 können nicht gezählt werden: %3</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete: %2 rows in %3, %4 in %5. Nothing was written.</source>
        <translation>Die Kopie von %1 ist unvollständig: %2 Zeilen in %3, %4 in %5. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 of %2 is not a whole number that fits: %3</source>
        <translation>%1 von %2 ist keine ganze Zahl, die passt: %3</translation>
    </message>
    <message>
        <source>Cannot copy into %1: its connection offers no COPY.</source>
        <translation>In %1 kann nicht kopiert werden: Seine Verbindung bietet kein COPY.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2.</source>
        <translation>%1 von %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2: %3</source>
        <translation>%1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot finish the copy into %1: %2</source>
        <translation>Die Kopie nach %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 in bulk.</source>
        <translation>%1 kann nicht im Block geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot empty %1 of %2: %3</source>
        <translation>%1 von %2 kann nicht geleert werden: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1: it has more columns than a bulk write takes.</source>
        <translation>%1 kann nicht kopiert werden: Es hat mehr Spalten, als ein Blockschreibvorgang annimmt.</translation>
    </message>
    <message>
        <source>Cannot copy contact into %1: %2</source>
        <translation>Kontakt kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot build the search index of %1: %2</source>
        <translation>Der Suchindex von %1 kann nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 kann nicht auf sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: open both with this Steward first.</source>
        <translation>%1 hat Schema %2 und %3 Schema %4: Öffnen Sie zuerst beide mit diesem Steward.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already holds an inventory (%2 items); it was not changed. Copy into an empty inventory, or replace its contents with --replace.</source>
        <translation>%1 enthält bereits ein Inventar (%2 Einträge); es wurde nicht geändert. Kopieren Sie in ein leeres Inventar, oder ersetzen Sie seinen Inhalt mit --replace.</translation>
    </message>
    <message>
        <source>Cannot mark %1 as an inventory: %2</source>
        <translation>%1 kann nicht als Inventar markiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the copy into %1: %2</source>
        <translation>Die Kopie nach %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; it was not changed.</source>
        <translation>%1 existiert bereits; es wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: the copy could not be written to disk.</source>
        <translation>%1 kann nicht gespeichert werden: Die Kopie konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>The copy for %1 does not open as an inventory: %2</source>
        <translation>Die Kopie für %1 lässt sich nicht als Inventar öffnen: %2</translation>
    </message>
    <message>
        <source>The copy for %1 is damaged: %2</source>
        <translation>Die Kopie für %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 was written, but its folder could not be flushed to disk.</source>
        <translation>%1 wurde geschrieben, aber sein Ordner konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>the file exists</source>
        <translation>Die Datei existiert</translation>
    </message>
</context>
<context>
    <name>MapQueries</name>
    <message>
        <source>The map&apos;s neighbourhood cannot be read: %1</source>
        <translation>Die Umgebung auf der Karte kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>ids %1 and %2</source>
        <translation>IDs %1 und %2</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>names must be unique (an item&apos;s within its kind, a contact&apos;s among contacts), and these are used more than once: %1. Rename or delete all but one of each with the version of Steward that wrote it, then open it again.</source>
        <translation>Namen müssen eindeutig sein (der eines Eintrags innerhalb seiner Art, der eines Kontakts unter den Kontakten), und diese werden mehr als einmal verwendet: %1. Benennen oder löschen Sie jeweils alle bis auf einen mit der Version von Steward, die die Datei geschrieben hat, und öffnen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>QueryPlan</name>
    <message>
        <source>The server&apos;s plan could not be read: %1</source>
        <translation>Der Plan des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the inventory&apos;s own statuses: a handful</source>
        <translation>die eigenen Status des Inventars: eine Handvoll</translation>
    </message>
    <message>
        <source>the roles and their review intervals: a handful</source>
        <translation>die Rollen und ihre Überprüfungsintervalle: eine Handvoll</translation>
    </message>
    <message>
        <source>the inventory&apos;s own link types: a handful</source>
        <translation>die eigenen Verknüpfungsarten des Inventars: eine Handvoll</translation>
    </message>
    <message>
        <source>the schema&apos;s marks on a server: a few rows</source>
        <translation>die Markierungen des Schemas auf einem Server: wenige Zeilen</translation>
    </message>
    <message>
        <source>one row while a bulk write holds the search index&apos;s triggers</source>
        <translation>eine Zeile, während ein Blockschreibvorgang die Trigger des Suchindex hält</translation>
    </message>
    <message>
        <source>FTS5&apos;s settings of the search index, which it reads itself: a few rows</source>
        <translation>die Einstellungen von FTS5 für den Suchindex, die es selbst liest: wenige Zeilen</translation>
    </message>
</context>
<context>
    <name>QuickCheck</name>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Contacts for the Selection</source>
        <translation>Kontakte für die Auswahl</translation>
    </message>
    <message>
        <source>Impact of the Selection</source>
        <translation>Auswirkung der Auswahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address; write one per line as &quot;email: name@example.org&quot; (kinds: email, irc, matrix, slack, url, phone)</source>
        <translation>„%1“ ist keine Adresse; schreiben Sie eine pro Zeile als „email: name@example.org“ (Arten: email, irc, matrix, slack, url, phone)</translation>
    </message>
    <message>
        <source>the %1 address in &quot;%2&quot; is empty</source>
        <translation>Die Adresse (%1) in „%2“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member; write one per line as &quot;lead: name&quot; or &quot;member: name&quot;</source>
        <translation>„%1“ ist kein Mitglied; schreiben Sie eines pro Zeile als „lead: Name“ oder „member: Name“</translation>
    </message>
    <message>
        <source>the member in &quot;%1&quot; has no name</source>
        <translation>Das Mitglied in „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>SQLite met a damaged page while reading</source>
        <translation>SQLite ist beim Lesen auf eine beschädigte Seite gestoßen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist die Festplatte voll?)</translation>
    </message>
    <message>
        <source>%1 (only %2 of %3 bytes were written)</source>
        <translation>%1 (nur %2 von %3 Bytes wurden geschrieben)</translation>
    </message>
    <message>
        <source>nobody to contact at all</source>
        <translation>überhaupt niemand als Ansprechpartner</translation>
    </message>
    <message>
        <source>only the escalation contacts: %1</source>
        <translation>nur die Eskalationskontakte: %1</translation>
    </message>
    <message>
        <source>%1 is its only owner</source>
        <translation>%1 ist der einzige Besitzer</translation>
    </message>
    <message>
        <source>%1 is its only owner, as the only member of %2</source>
        <translation>%1 ist der einzige Besitzer, als einziges Mitglied von %2</translation>
    </message>
    <message>
        <source>every assignment is inactive: %1</source>
        <translation>jede Zuweisung ist inaktiv: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no owner of its own; first to call: %1</source>
        <translation>kein eigener Besitzer; zuerst anzurufen: %1</translation>
    </message>
    <message>
        <source>its owner %1 has no members; first to call: %2</source>
        <translation>sein Besitzer %1 hat keine Mitglieder; zuerst anzurufen: %2</translation>
    </message>
    <message>
        <source>%1 (%2) covers until %3; then: %4</source>
        <translation>%1 (%2) vertritt bis %3; danach: %4</translation>
    </message>
    <message>
        <source>no address at all; not the first to call about anything</source>
        <translation>überhaupt keine Adresse; bei nichts der erste Ansprechpartner</translation>
    </message>
    <message>
        <source>no address at all; first to call about 1 item</source>
        <translation>überhaupt keine Adresse; erster Ansprechpartner für 1 Eintrag</translation>
    </message>
    <message>
        <source>no address at all; first to call about %1 items</source>
        <translation>überhaupt keine Adresse; erster Ansprechpartner für %1 Einträge</translation>
    </message>
    <message>
        <source>its lists and channels with one: %1</source>
        <translation>seine Listen und Kanäle mit einer: %1</translation>
    </message>
    <message>
        <source>%1 of its %2 members have one</source>
        <translation>%1 seiner %2 Mitglieder haben eine</translation>
    </message>
    <message>
        <source> (a team is reached through its own addresses only; %1)</source>
        <translation> (ein Team ist nur über seine eigenen Adressen erreichbar; %1)</translation>
    </message>
    <message>
        <source>first to call is %1, who has no address</source>
        <translation>erster Ansprechpartner ist %1, der keine Adresse hat</translation>
    </message>
    <message>
        <source>runs on %1 (%2)</source>
        <translation>läuft auf %1 (%2)</translation>
    </message>
    <message>
        <source>runs on no host or provider</source>
        <translation>läuft auf keinem Host oder Anbieter</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>The contact of this assignment no longer exists.</source>
        <translation>Der Kontakt dieser Zuweisung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This kind of change cannot be reverted from the history; edit the record instead, or use Undo.</source>
        <translation>Diese Art von Änderung kann nicht aus dem Verlauf zurückgenommen werden; bearbeiten Sie stattdessen den Datensatz oder verwenden Sie Rückgängig.</translation>
    </message>
    <message>
        <source>A later change to the same record depends on this one; revert that first.</source>
        <translation>Eine spätere Änderung desselben Datensatzes hängt von dieser ab; nehmen Sie zuerst jene zurück.</translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation>Zurücknehmen: %1</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>never due</source>
        <translation>nie fällig</translation>
    </message>
    <message>
        <source>%1 never confirmed; %2</source>
        <translation>%1 nie bestätigt; %2</translation>
    </message>
    <message>
        <source>%1 last confirmed %2; %3</source>
        <translation>%1 zuletzt bestätigt %2; %3</translation>
    </message>
    <message>
        <source>%1 last confirmed %2 by %3; %4</source>
        <translation>%1 zuletzt bestätigt %2 von %3; %4</translation>
    </message>
    <message>
        <source>never confirmed</source>
        <translation>nie bestätigt</translation>
    </message>
    <message>
        <source>confirmed today</source>
        <translation>heute bestätigt</translation>
    </message>
    <message>
        <source>confirmed yesterday</source>
        <translation>gestern bestätigt</translation>
    </message>
    <message>
        <source>confirmed %1 days ago</source>
        <translation>vor %1 Tagen bestätigt</translation>
    </message>
    <message>
        <source>confirmed %1 weeks ago</source>
        <translation>vor %1 Wochen bestätigt</translation>
    </message>
    <message>
        <source>confirmed %1 months ago</source>
        <translation>vor %1 Monaten bestätigt</translation>
    </message>
    <message>
        <source>confirmed %1 years ago</source>
        <translation>vor %1 Jahren bestätigt</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>SQLite met a damaged page while searching</source>
        <translation>SQLite ist beim Suchen auf eine beschädigte Seite gestoßen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>configuration tool</source>
        <translation>Konfigurationswerkzeug</translation>
    </message>
    <message>
        <source>configuration repository</source>
        <translation>Konfigurations-Repository</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>this database holds no Steward inventory.</source>
        <translation>Diese Datenbank enthält kein Steward-Inventar.</translation>
    </message>
    <message>
        <source>it has no USAGE privilege on the schema %1</source>
        <translation>sie hat kein USAGE-Recht am Schema %1</translation>
    </message>
    <message>
        <source>it has no privileges on its tables</source>
        <translation>sie hat keine Rechte an seinen Tabellen</translation>
    </message>
    <message>
        <source>it may not read the tables %1</source>
        <translation>sie darf die Tabellen %1 nicht lesen</translation>
    </message>
    <message>
        <source>name the role to grant access to.</source>
        <translation>Nennen Sie die Rolle, der Zugriff gewährt werden soll.</translation>
    </message>
    <message>
        <source>PUBLIC is every role of the server; grant access to a role of its own.</source>
        <translation>PUBLIC ist jede Rolle des Servers; gewähren Sie einer eigenen Rolle Zugriff.</translation>
    </message>
    <message>
        <source>only the owner of the inventory&apos;s tables may grant access; your role &quot;%1&quot; is not it.</source>
        <translation>Nur der Besitzer der Tabellen des Inventars darf Zugriff gewähren; Ihre Rolle „%1“ ist es nicht.</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; owns the inventory (or is a superuser): it may do everything already.</source>
        <translation>Die Rolle „%1“ besitzt das Inventar (oder ist Superuser): Sie darf bereits alles.</translation>
    </message>
    <message>
        <source>the server has no role &quot;%1&quot;, and your role may not create one: ask the server&apos;s administrator to run CREATE ROLE %2 LOGIN.</source>
        <translation>Der Server hat keine Rolle „%1“, und Ihre Rolle darf keine anlegen: Bitten Sie die Administration des Servers, CREATE ROLE %2 LOGIN auszuführen.</translation>
    </message>
    <message>
        <source>name the role to revoke access from.</source>
        <translation>Nennen Sie die Rolle, der der Zugriff entzogen werden soll.</translation>
    </message>
    <message>
        <source>only the owner of the inventory&apos;s tables may revoke access; your role &quot;%1&quot; is not it.</source>
        <translation>Nur der Besitzer der Tabellen des Inventars darf Zugriff entziehen; Ihre Rolle „%1“ ist es nicht.</translation>
    </message>
    <message>
        <source>the server has no role &quot;%1&quot;.</source>
        <translation>Der Server hat keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; owns the inventory (or is a superuser); its access cannot be revoked.</source>
        <translation>Die Rolle „%1“ besitzt das Inventar (oder ist Superuser); ihr Zugriff kann nicht entzogen werden.</translation>
    </message>
</context>
<context>
    <name>SqliteSnapshotReader</name>
    <message>
        <source>The first connection is not in a transaction.</source>
        <translation>Die erste Verbindung ist in keiner Transaktion.</translation>
    </message>
    <message>
        <source>The first connection&apos;s transaction has not read yet, or writes.</source>
        <translation>Die Transaktion der ersten Verbindung hat noch nicht gelesen oder schreibt.</translation>
    </message>
    <message>
        <source>The inventory is not a file.</source>
        <translation>Das Inventar ist keine Datei.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr.</translation>
    </message>
    <message>
        <source>No journal mode.</source>
        <translation>Kein Journal-Modus.</translation>
    </message>
    <message>
        <source>The inventory is in WAL mode.</source>
        <translation>Das Inventar ist im WAL-Modus.</translation>
    </message>
    <message>
        <source>The read did not begin a transaction.</source>
        <translation>Das Lesen hat keine Transaktion begonnen.</translation>
    </message>
    <message>
        <source>The inventory file has moved since it was opened.</source>
        <translation>Die Inventardatei wurde verschoben, seit sie geöffnet wurde.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Rows from memory are read only by SQLite.</source>
        <translation>Zeilen aus dem Speicher liest nur SQLite.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>StatementLog</name>
    <message>
        <source>The inventory is not open.</source>
        <translation>Das Inventar ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The connection has no SQLite handle.</source>
        <translation>Die Verbindung hat kein SQLite-Handle.</translation>
    </message>
    <message>
        <source>Another log records this connection.</source>
        <translation>Ein anderes Protokoll zeichnet diese Verbindung auf.</translation>
    </message>
    <message>
        <source>The connection has no libpq handle.</source>
        <translation>Die Verbindung hat kein libpq-Handle.</translation>
    </message>
    <message>
        <source>No memory for the statement log.</source>
        <translation>Kein Speicher für das Anweisungsprotokoll.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>Not an email address; it should look like name@example.org.</source>
        <translation>Keine E-Mail-Adresse; sie sollte wie name@example.org aussehen.</translation>
    </message>
    <message>
        <source>Not an IRC channel; it should look like #channel or irc://irc.libera.chat/#channel.</source>
        <translation>Kein IRC-Kanal; er sollte wie #kanal oder irc://irc.libera.chat/#kanal aussehen.</translation>
    </message>
    <message>
        <source>Not a Matrix address; it should look like #room:example.org or @user:example.org.</source>
        <translation>Keine Matrix-Adresse; sie sollte wie #raum:example.org oder @benutzer:example.org aussehen.</translation>
    </message>
    <message>
        <source>Not a Slack channel; it should look like #channel or https://example.slack.com/....</source>
        <translation>Kein Slack-Kanal; er sollte wie #kanal oder https://example.slack.com/... aussehen.</translation>
    </message>
    <message>
        <source>Not a web address; it should look like https://example.org/.</source>
        <translation>Keine Webadresse; sie sollte wie https://example.org/ aussehen.</translation>
    </message>
    <message>
        <source>Not a telephone number; use digits, spaces and an optional leading +.</source>
        <translation>Keine Telefonnummer; verwenden Sie Ziffern, Leerzeichen und wahlweise ein führendes +.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a character it cannot have (%3).</source>
        <translation>%1 „%2“ enthält ein Zeichen, das nicht erlaubt ist (%3).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2…&quot; is longer than %3 characters.</source>
        <translation>%1 „%2…“ ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no key before &quot;=&quot;.</source>
        <translation>Das Schlagwort „%1“ hat keinen Schlüssel vor „=“.</translation>
    </message>
    <message>
        <source>the line break %1</source>
        <translation>den Zeilenumbruch %1</translation>
    </message>
    <message>
        <source>the bidirectional control %1, which makes text read differently from what it is</source>
        <translation>das bidirektionale Steuerzeichen %1, das Text anders lesen lässt, als er ist</translation>
    </message>
    <message>
        <source>the invisible direction mark %1</source>
        <translation>die unsichtbare Richtungsmarke %1</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <translation>das Steuerzeichen %1</translation>
    </message>
    <message>
        <source>the %1 has %L2 characters; at most %L3 are allowed</source>
        <translation>%1 hat %L2 Zeichen; höchstens %L3 sind erlaubt</translation>
    </message>
    <message>
        <source>the %1 cannot have %2</source>
        <translation>%1 darf nicht %2 enthalten</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Der Status</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>Der vollständige Name</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Die Website</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Der Standort</translation>
    </message>
    <message>
        <source>configuration tool</source>
        <translation>Das Konfigurationswerkzeug</translation>
    </message>
    <message>
        <source>configuration tool URL</source>
        <translation>Die URL des Konfigurationswerkzeugs</translation>
    </message>
    <message>
        <source>configuration repository</source>
        <translation>Das Konfigurations-Repository</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Der Hostname</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Die URL</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>Die Quell-URL</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Der Alias</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Das Schlagwort</translation>
    </message>
    <message>
        <source>the contact &quot;%1&quot;</source>
        <translation>Kontakt „%1“</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>address label</source>
        <translation>Die Adressbezeichnung</translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation>eine Zuweisung</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>The date %1 is out of range (%2).</source>
        <translation>Das Datum %1 liegt außerhalb des gültigen Bereichs (%2).</translation>
    </message>
    <message>
        <source>It would be valid until %1, before it is valid from %2 (%3).</source>
        <translation>Es wäre gültig bis %1, bevor es ab %2 gültig ist (%3).</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>eine Verknüpfung</translation>
    </message>
    <message>
        <source>a team member</source>
        <translation>ein Teammitglied</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
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
        <source>hardware hosting</source>
        <translation>Hardware-Hosting</translation>
    </message>
    <message>
        <source>VM / cloud hosting</source>
        <translation>VM-/Cloud-Hosting</translation>
    </message>
    <message>
        <source>DNS hosting</source>
        <translation>DNS-Hosting</translation>
    </message>
    <message>
        <source>domain registrar</source>
        <translation>Domain-Registrar</translation>
    </message>
    <message>
        <source>content delivery network</source>
        <translation>Content Delivery Network</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>physical server</source>
        <translation>physischer Server</translation>
    </message>
    <message>
        <source>virtual machine</source>
        <translation>virtuelle Maschine</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>mailing list</source>
        <translation>Mailingliste</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>chat channel</source>
        <translation>Chat-Kanal</translation>
    </message>
    <message>
        <source>issue tracker</source>
        <translation>Ticketsystem</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IRC</source>
        <translation>IRC</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>served through</source>
        <translation>ausgeliefert über</translation>
    </message>
    <message>
        <source>DNS hosted by</source>
        <translation>DNS gehostet bei</translation>
    </message>
    <message>
        <source>domains registered at</source>
        <translation>Domains registriert bei</translation>
    </message>
    <message>
        <source>configured by</source>
        <translation>konfiguriert durch</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>backed up to</source>
        <translation>gesichert bei</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>tertiary</source>
        <translation>tertiär</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>needs to be moved</source>
        <translation>muss umziehen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>maintainer</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>Sponsor</translation>
    </message>
</context>
<context>
    <name>steward::BatchRevertModel</name>
    <message>
        <source>Nothing: stays as it is</source>
        <translation>Nichts: bleibt, wie es ist</translation>
    </message>
    <message>
        <source>Change in the batch</source>
        <translation>Änderung im Stapel</translation>
    </message>
    <message>
        <source>Reverting it</source>
        <translation>Beim Zurücknehmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>steward::ChangeWatcher</name>
    <message>
        <source>the server does not answer</source>
        <translation>Der Server antwortet nicht</translation>
    </message>
</context>
<context>
    <name>steward::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>steward::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>steward::InventoryTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>steward::MapGraph</name>
    <message>
        <source>also runs on</source>
        <translation>läuft auch auf</translation>
    </message>
</context>
<context>
    <name>steward::SearchResultsModel</name>
    <message>
        <source>%1 (more than %2)</source>
        <translation>%1 (mehr als %2)</translation>
    </message>
</context>
<context>
    <name>steward::Store</name>
    <message>
        <source>No id was returned.</source>
        <translation>Es wurde keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Not saved: the connection to the server was lost (%1). Steward connects again by itself; save again in a moment.</source>
        <translation>Nicht gespeichert: Die Verbindung zum Server ist verloren gegangen (%1). Steward verbindet sich von selbst neu; speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The inventory is busy or cannot be written: %1</source>
        <translation>Das Inventar ist belegt oder kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>Der Suchindex kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>SQLite met a damaged page while this change was being made</source>
        <translation>SQLite ist bei dieser Änderung auf eine beschädigte Seite gestoßen</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>The role is required.</source>
        <translation>Die Rolle ist erforderlich.</translation>
    </message>
    <message>
        <source>Assigned %1 to %2 as %3 (%4)</source>
        <translation>%2: %1 als %3 zugewiesen (%4)</translation>
    </message>
    <message>
        <source>The assignment was removed by someone else since it was loaded.</source>
        <translation>Die Zuweisung wurde seit dem Laden von jemand anderem entfernt.</translation>
    </message>
    <message>
        <source>The assignment was changed or removed by someone else since it was loaded.</source>
        <translation>Die Zuweisung wurde seit dem Laden von jemand anderem geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Confirmed %1 as %2 of %3</source>
        <translation>%1 als %2 von %3 bestätigt</translation>
    </message>
    <message>
        <source>Changed %1 of %2&apos;s assignment to %3</source>
        <translation>%1 der Zuweisung von %2 an %3 geändert</translation>
    </message>
    <message>
        <source>Removed %1 as %2 of %3</source>
        <translation>%1 als %2 von %3 entfernt</translation>
    </message>
    <message>
        <source>Assignment %1 does not exist.</source>
        <translation>Zuweisung %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung entfernt</numerusform>
            <numerusform>%n Zuweisungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a contact called &quot;%1&quot; (%2).</source>
        <translation>Es gibt bereits einen Kontakt namens „%1“ (%2).</translation>
    </message>
    <message>
        <source>An address of &quot;%1&quot; is empty.</source>
        <translation>Eine Adresse von „%1“ ist leer.</translation>
    </message>
    <message>
        <source>%1 (in &quot;%2&quot;)</source>
        <translation>%1 (in „%2“)</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Created %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ angelegt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists; someone may have deleted it.</source>
        <translation>„%1“ existiert nicht mehr; jemand hat es vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed or deleted by someone else since it was loaded.</source>
        <translation>„%1“ wurde seit dem Laden von jemand anderem geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Changed %1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“ geändert</translation>
    </message>
    <message>
        <source>Contact %1 does not exist.</source>
        <translation>Kontakt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Removed %1 (%2) with the contact</source>
        <translation>%1 (%2) mit dem Kontakt entfernt</translation>
    </message>
    <message>
        <source>Deleted %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ gelöscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team.</source>
        <translation>„%1“ ist kein Team.</translation>
    </message>
    <message>
        <source>A team cannot be a member of itself.</source>
        <translation>Ein Team kann nicht Mitglied von sich selbst sein.</translation>
    </message>
    <message>
        <source>Made %1 %2 of %3</source>
        <translation>%1 zu %2 von %3 gemacht</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>Contact %1 is not a member of team %2.</source>
        <translation>Kontakt %1 ist kein Mitglied von Team %2.</translation>
    </message>
    <message>
        <source>Only a service runs on further hosts (&quot;%1&quot; is a %2).</source>
        <translation>Nur ein Dienst läuft auf weiteren Hosts („%1“ ist vom Typ %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs on further hosts, so it must be placed on a host first, not on the %2 &quot;%3&quot;.</source>
        <translation>„%1“ läuft auf weiteren Hosts, muss also zuerst auf einen Host gesetzt werden, nicht auf %2 „%3“.</translation>
    </message>
    <message>
        <source>A host &quot;%1&quot; runs on (id %2) does not exist.</source>
        <translation>Ein Host, auf dem „%1“ läuft (ID %2), existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run on &quot;%2&quot;: it is not a host.</source>
        <translation>„%1“ kann nicht auf „%2“ laufen: Das ist kein Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias of &quot;%2&quot;: the %3 &quot;%4&quot; is called so already.</source>
        <translation>„%1“ kann kein Alias von „%2“ sein: %3 „%4“ heißt bereits so.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link type; the link types are %2 (declare one of your own first).</source>
        <translation>„%1“ ist keine Verknüpfungsart; die Verknüpfungsarten sind %2 (legen Sie zuerst eine eigene an).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in link type; it cannot be changed.</source>
        <translation>„%1“ ist eine eingebaute Verknüpfungsart; sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a link type: use letters, digits and underscores (at most 40).</source>
        <translation>„%1“ kann keine Verknüpfungsart sein: Verwenden Sie Buchstaben, Ziffern und Unterstriche (höchstens 40).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>The link type &quot;%1&quot; cannot be saved: %2.</source>
        <translation>Die Verknüpfungsart „%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The link type &quot;%1&quot; is used by %n link(s); remove them first.</source>
        <translation>
            <numerusform>Die Verknüpfungsart „%1“ wird von %n Verknüpfung verwendet; entfernen Sie sie zuerst.</numerusform>
            <numerusform>Die Verknüpfungsart „%1“ wird von %n Verknüpfungen verwendet; entfernen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no link type &quot;%1&quot; of your own.</source>
        <translation>Es gibt keine eigene Verknüpfungsart „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a status: give a name of 1 to 40 characters without &quot;;&quot;.</source>
        <translation>„%1“ kann kein Status sein: Geben Sie einen Namen mit 1 bis 40 Zeichen ohne „;“ an.</translation>
    </message>
    <message>
        <source>This status cannot be saved: it has %1.</source>
        <translation>Dieser Status kann nicht gespeichert werden: Er enthält %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in status; it cannot be changed.</source>
        <translation>„%1“ ist ein eingebauter Status; er kann nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The status &quot;%1&quot; is used by %n item(s); give them another first.</source>
        <translation>
            <numerusform>Der Status „%1“ wird von %n Eintrag verwendet; geben Sie ihm zuerst einen anderen.</numerusform>
            <numerusform>Der Status „%1“ wird von %n Einträgen verwendet; geben Sie ihnen zuerst einen anderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no status &quot;%1&quot; of your own.</source>
        <translation>Es gibt keinen eigenen Status „%1“.</translation>
    </message>
    <message>
        <source>Links are created in bulk only inside a write.</source>
        <translation>Verknüpfungen werden nur innerhalb eines Schreibvorgangs im Block angelegt.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>A link has no id to be made again with.</source>
        <translation>Eine Verknüpfung hat keine ID, mit der sie wieder angelegt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung angelegt</numerusform>
            <numerusform>%n Verknüpfungen angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 does not exist.</source>
        <translation>Verknüpfung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Changed the note of %1 %2 %3</source>
        <translation>Notiz von %1 %2 %3 geändert</translation>
    </message>
    <message numerus="yes">
        <source>Changed the contact of %n assignment(s)</source>
        <translation>
            <numerusform>Kontakt von %n Zuweisung geändert</numerusform>
            <numerusform>Kontakt von %n Zuweisungen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung zurückgesetzt</numerusform>
            <numerusform>%n Zuweisungen zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory has no organisation.</source>
        <translation>Das Inventar hat keine Organisation.</translation>
    </message>
    <message>
        <source>An organisation cannot have a parent.</source>
        <translation>Eine Organisation kann kein übergeordnetes Element haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a parent.</source>
        <translation>„%1“ braucht ein übergeordnetes Element.</translation>
    </message>
    <message>
        <source>The parent of &quot;%1&quot; (id %2) does not exist.</source>
        <translation>Das übergeordnete Element von „%1“ (ID %2) existiert nicht.</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under the %2 &quot;%3&quot;.</source>
        <translation>Ein Eintrag der Art %1 kann nicht unter %2 „%3“ stehen.</translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation>Eintrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is already a %1 called &quot;%2&quot;.</source>
        <translation>Es gibt bereits einen Eintrag der Art %1 namens „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already another name of the %2 &quot;%3&quot;.</source>
        <translation>„%1“ ist bereits ein anderer Name von %2 „%3“.</translation>
    </message>
    <message>
        <source>The inventory already has an organisation.</source>
        <translation>Das Inventar hat bereits eine Organisation.</translation>
    </message>
    <message>
        <source>Items are created in bulk only inside a write.</source>
        <translation>Einträge werden nur innerhalb eines Schreibvorgangs im Block angelegt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name and a parent.</source>
        <translation>„%1“ braucht einen Namen und ein übergeordnetes Element.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no id to be made again with.</source>
        <translation>„%1“ hat keine ID, mit der es wieder angelegt werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Created %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag angelegt</numerusform>
            <numerusform>%n Einträge angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>The kind of &quot;%1&quot; cannot be changed.</source>
        <translation>Die Art von „%1“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else since it was loaded (version %2, now %3).</source>
        <translation>„%1“ wurde seit dem Laden von jemand anderem geändert (Version %2, jetzt %3).</translation>
    </message>
    <message>
        <source>Item %1 does not exist or cannot be deleted.</source>
        <translation>Eintrag %1 existiert nicht oder kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag gelöscht</numerusform>
            <numerusform>%n Einträge gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 &quot;%2&quot; with its parent</source>
        <translation>%1 „%2“ mit seinem übergeordneten Element gelöscht</translation>
    </message>
    <message>
        <source>The items cannot be counted.</source>
        <translation>Die Einträge können nicht gezählt werden.</translation>
    </message>
    <message>
        <source>An item cannot be linked to itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>Removed a link</source>
        <translation>Eine Verknüpfung entfernt</translation>
    </message>
    <message>
        <source>Links are removed in bulk only inside a write.</source>
        <translation>Verknüpfungen werden nur innerhalb eines Schreibvorgangs im Block entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung entfernt</numerusform>
            <numerusform>%n Verknüpfungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>This role cannot be saved: it has %1.</source>
        <translation>Diese Rolle kann nicht gespeichert werden: Sie enthält %1.</translation>
    </message>
    <message>
        <source>A role has at most 200 characters.</source>
        <translation>Eine Rolle hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>A review interval is from 1 to %1 days, or never.</source>
        <translation>Ein Überprüfungsintervall liegt zwischen 1 und %1 Tagen oder ist never.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; give it another interval instead.</source>
        <translation>„%1“ ist eine eingebaute Rolle; geben Sie ihr stattdessen ein anderes Intervall.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot; of your own.</source>
        <translation>Es gibt keine eigene Rolle „%1“.</translation>
    </message>
</context>
</TS>
