<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Case management for the microloan advisors of Wirtschaftsförderung Dortmund, service centre DLZW.</source>
        <translation>Fallverwaltung für die Mikrokreditberatung der Wirtschaftsförderung Dortmund, Dienstleistungszentrum Wirtschaft (DLZW).</translation>
    </message>
    <message>
        <source>About DLZW Desktop</source>
        <translation>Über DLZW Desktop</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Programmname und Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Reference data and licences</source>
        <translation>Referenzdaten und Lizenzen</translation>
    </message>
    <message>
        <source>Reference data sources and licences</source>
        <translation>Quellen und Lizenzen der Referenzdaten</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>AnnualReportView</name>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Choose the period and the variant, then generate the report.</source>
        <translation>Wählen Sie Zeitraum und Fassung und erstellen Sie dann den Bericht.</translation>
    </message>
    <message>
        <source>Counts below k and the cells that would reveal them are replaced by a dot; case numbers, names and the case-level sheet are left out.</source>
        <translation>Fallzahlen unter k und die Felder, aus denen sie sich zurückrechnen ließen, werden durch einen Punkt ersetzt; Fallnummern, Namen und die Falldaten-Tabelle entfallen.</translation>
    </message>
    <message>
        <source>Internal variant: all figures, an appendix with case numbers and business names, and a sheet of anonymised case data. Not for passing on.</source>
        <translation>Interne Fassung: alle Zahlen, ein Anhang mit Fallnummern und Unternehmensnamen und eine Tabelle anonymisierter Falldaten. Nicht zur Weitergabe.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Ordner für den Bericht</translation>
    </message>
    <message>
        <source>Generating the report for {period}…</source>
        <translation>Der Bericht für {period} wird erstellt …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Report written: {files}</source>
        <translation>Bericht geschrieben: {files}</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The PDF was written but cannot be previewed here.</source>
        <translation>Das PDF wurde geschrieben, kann hier aber nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Calendar &amp;year</source>
        <translation>Kale&amp;nderjahr</translation>
    </message>
    <message>
        <source>Report a calendar year</source>
        <translation>Bericht über ein Kalenderjahr</translation>
    </message>
    <message>
        <source>Report year</source>
        <translation>Berichtsjahr</translation>
    </message>
    <message>
        <source>Date &amp;range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Report a range of days</source>
        <translation>Bericht über einen beliebigen Zeitraum</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>P&amp;ublished variant (for reports that leave the agency)</source>
        <translation>&amp;Veröffentlichungsfassung (für Berichte, die das Haus verlassen)</translation>
    </message>
    <message>
        <source>Published variant</source>
        <translation>Veröffentlichungsfassung</translation>
    </message>
    <message>
        <source>Smallest count shown (&amp;k)</source>
        <translation>Kleinste gezeigte Fallzahl (&amp;k)</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Kleinste gezeigte Fallzahl</translation>
    </message>
    <message>
        <source>Variant explanation</source>
        <translation>Erläuterung der Fassung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>PD&amp;F</translation>
    </message>
    <message>
        <source>Write a PDF</source>
        <translation>PDF schreiben</translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation>Excel-Arbeits&amp;mappe</translation>
    </message>
    <message>
        <source>Write an Excel workbook</source>
        <translation>Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Open &amp;PDF in the system viewer</source>
        <translation>PDF im &amp;Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Show folder</source>
        <translation>O&amp;rdner anzeigen</translation>
    </message>
    <message>
        <source>Folder for the report files</source>
        <translation>Ordner für die Berichtsdateien</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Generate report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>Generate the report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Bericht abbrechen</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stand des Berichts</translation>
    </message>
    <message>
        <source>Open the PDF with the system viewer</source>
        <translation>PDF mit dem Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Open &amp;workbook</source>
        <translation>Arbe&amp;itsmappe öffnen</translation>
    </message>
    <message>
        <source>Open the Excel workbook</source>
        <translation>Excel-Arbeitsmappe öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the report</source>
        <translation>Ordner des Berichts anzeigen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview heading</source>
        <translation>Überschrift der Vorschau</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom of the preview</source>
        <translation>Zoom der Vorschau</translation>
    </message>
    <message>
        <source>Preview of the PDF report</source>
        <translation>Vorschau des PDF-Berichts</translation>
    </message>
</context>
<context>
    <name>AppointmentConsultationDialog</name>
    <message>
        <source>Consultation with {who} on {date} at {place}</source>
        <translation>Beratung von {who} am {date} in {place}</translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation>Beratung erfassen</translation>
    </message>
    <message>
        <source>Who was advised</source>
        <translation>Wer beraten wurde</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Everybody</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Entries shown: {count}</source>
        <translation>Angezeigte Einträge: {count}</translation>
    </message>
    <message>
        <source>Checking every entry of the audit trail…</source>
        <translation>Jeder Eintrag des Änderungsprotokolls wird geprüft …</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>{lines} lines written to {path}.</source>
        <translation>{lines} Zeilen in {path} geschrieben.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries checked, {redacted} of them redacted for data protection.</source>
        <translation>Das Änderungsprotokoll ist unverändert: {count} Einträge geprüft, davon {redacted} aus Datenschutzgründen geschwärzt.</translation>
    </message>
    <message>
        <source>it was written outside DLZW Desktop</source>
        <translation>er wurde außerhalb von DLZW Desktop geschrieben</translation>
    </message>
    <message>
        <source>its values were changed afterwards</source>
        <translation>seine Werte wurden nachträglich geändert</translation>
    </message>
    <message>
        <source>who, when or what it refers to was changed afterwards</source>
        <translation>wer, wann oder worauf er sich bezieht, wurde nachträglich geändert</translation>
    </message>
    <message>
        <source>an entry before it was removed, or entries were inserted</source>
        <translation>ein Eintrag davor wurde entfernt oder es wurden Einträge eingefügt</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry {seq} does not match ({reason}). Keep the backups and tell the administrator and the data protection officer.</source>
        <translation>Das Änderungsprotokoll wurde verändert: Eintrag {seq} stimmt nicht ({reason}). Bewahren Sie die Sicherungen auf und informieren Sie die Administration und die/den Datenschutzbeauftragte/n.</translation>
    </message>
    <message>
        <source>Audit trail – DLZW Desktop</source>
        <translation>Änderungsprotokoll – DLZW Desktop</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>MK-2026-0042</source>
        <translation>MK-2026-0042</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Person's name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer/in</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer/in</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>&amp;Integrität prüfen</translation>
    </message>
    <message>
        <source>Check the integrity of the audit trail</source>
        <translation>Integrität des Änderungsprotokolls prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Nach E&amp;xcel exportieren …</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(redacted for data protection)</source>
        <translation>(aus Datenschutzgründen geschwärzt)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Created</source>
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
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>The office database lives on the PostgreSQL server. It is backed up there every night (pg_dump with the roles); the administrator restores it with pg_restore, as the deployment guide describes.</source>
        <translation>Die Bürodatenbank liegt auf dem PostgreSQL-Server. Sie wird dort jede Nacht gesichert (pg_dump mit den Rollen); die Administration stellt sie mit pg_restore wieder her, wie im Betriebshandbuch beschrieben.</translation>
    </message>
    <message>
        <source>DLZW Desktop backs up this database every day and whenever you quit, checks every backup and keeps the newest of the last 7 days, 4 weeks and 12 months. A restore first saves the current state as a safety copy.</source>
        <translation>DLZW Desktop sichert diese Datenbank täglich und bei jedem Beenden, prüft jede Sicherung und behält die jeweils neueste der letzten 7 Tage, 4 Wochen und 12 Monate. Vor einer Wiederherstellung wird der aktuelle Stand als Sicherheitskopie gespeichert.</translation>
    </message>
    <message>
        <source>Writing backup…</source>
        <translation>Sicherung wird geschrieben …</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Sicherung geschrieben und geprüft: {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>DLZW backup (*.sqlite3);;All files (*)</source>
        <translation>DLZW-Sicherung (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database with the backup {name}?

Everything entered after that backup is replaced; the current state is saved as a safety copy first, so nothing is lost. Everybody signs in again afterwards.</source>
        <translation>Die Datenbank durch die Sicherung {name} ersetzen?

Alles, was nach dieser Sicherung erfasst wurde, wird ersetzt; der aktuelle Stand wird vorher als Sicherheitskopie gespeichert, es geht also nichts verloren. Danach melden sich alle neu an.</translation>
    </message>
    <message>
        <source>Backups – DLZW Desktop</source>
        <translation>Sicherungen – DLZW Desktop</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Ausgewählte &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Aus &amp;Datei wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Record a walk-in</source>
        <translation>Besuch ohne Termin erfassen</translation>
    </message>
    <message>
        <source>Book a slot</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>{slot} (taken)</source>
        <translation>{slot} (belegt)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Für: {name}</translation>
    </message>
    <message>
        <source>For: {name} (not yet recorded as a person)</source>
        <translation>Für: {name} (noch nicht als Person erfasst)</translation>
    </message>
    <message>
        <source>Search for a person or case, or type the visitor's name.</source>
        <translation>Suchen Sie eine Person oder einen Fall, oder geben Sie den Namen der Besucherin oder des Besuchers ein.</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;Arrived at</source>
        <translation>&amp;Gekommen um</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Ankunftszeit</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search persons and cases</source>
        <translation>Personen und Fälle suchen</translation>
    </message>
    <message>
        <source>Name, case number or business …</source>
        <translation>Name, Fallnummer oder Unternehmen …</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>Gefun&amp;den</translation>
    </message>
    <message>
        <source>Persons and cases found</source>
        <translation>Gefundene Personen und Fälle</translation>
    </message>
    <message>
        <source>&amp;Or name</source>
        <translation>&amp;Oder Name</translation>
    </message>
    <message>
        <source>Name of a visitor not yet recorded</source>
        <translation>Name einer noch nicht erfassten Person</translation>
    </message>
    <message>
        <source>Co&amp;ncern</source>
        <translation>A&amp;nliegen</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>e.g. financing, documents, finding premises</source>
        <translation>z. B. Finanzierung, Unterlagen, Standortsuche</translation>
    </message>
    <message>
        <source>Chosen person or case</source>
        <translation>Gewählte Person oder gewählter Fall</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>BoroughMapWidget</name>
    <message>
        <source>Selected borough: {name}</source>
        <translation>Gewählter Stadtbezirk: {name}</translation>
    </message>
    <message>
        <source>No borough selected</source>
        <translation>Kein Stadtbezirk gewählt</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>New business</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Edit business</source>
        <translation>Unternehmen bearbeiten</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>– not chosen –</source>
        <translation>– nicht gewählt –</translation>
    </message>
    <message>
        <source>No area known for this postcode: choose borough and district.</source>
        <translation>Für diese Postleitzahl ist kein Gebiet bekannt: Wählen Sie Stadtbezirk und statistischen Bezirk.</translation>
    </message>
    <message>
        <source>Suggested from the postcode; it covers several areas ({names}). Please check.</source>
        <translation>Aus der Postleitzahl vorgeschlagen; sie umfasst mehrere Gebiete ({names}). Bitte prüfen Sie.</translation>
    </message>
    <message>
        <source>Suggested from the postcode ({names}). Please confirm.</source>
        <translation>Aus der Postleitzahl vorgeschlagen ({names}). Bitte bestätigen Sie.</translation>
    </message>
    <message>
        <source>A business with a similar name is already recorded at this address. Use it, or confirm that this is another business.</source>
        <translation>Unter dieser Anschrift ist bereits ein Unternehmen mit ähnlichem Namen erfasst. Verwenden Sie es oder bestätigen Sie, dass es ein anderes Unternehmen ist.</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>gleiche Anschrift</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Legal form</source>
        <translation>&amp;Rechtsform</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>&amp;Sector (WZ 2008)</source>
        <translation>&amp;Branche (WZ 2008)</translation>
    </message>
    <message>
        <source>WZ 2008 class: type part of its name</source>
        <translation>WZ-2008-Klasse: einen Teil des Namens eintippen</translation>
    </message>
    <message>
        <source>e.g. hairdresser, bakery, restaurant</source>
        <translation>z. B. Friseur, Backwaren, Gastronomie</translation>
    </message>
    <message>
        <source>&amp;Founded on</source>
        <translation>&amp;Gegründet am</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>Gründungsdatum</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Founding is planned</source>
        <translation>Gründung ist geplant</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepl&amp;ant</translation>
    </message>
    <message>
        <source>Emplo&amp;yees</source>
        <translation>Besch&amp;äftigte</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;traße</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Area suggested from the postcode</source>
        <translation>Aus der Postleitzahl vorgeschlagenes Gebiet</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Borough</source>
        <translation>&amp;Stadtbezirk</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>Statistischer Be&amp;zirk</translation>
    </message>
    <message>
        <source>Statistical district</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;izen</translation>
    </message>
    <message>
        <source>Notes on the business</source>
        <translation>Notizen zum Unternehmen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People of the business</source>
        <translation>Personen des Unternehmens</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <source>Find a recorded person by name</source>
        <translation>Eine erfasste Person nach Namen suchen</translation>
    </message>
    <message>
        <source>Type a name …</source>
        <translation>Namen eingeben …</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Ro&amp;lle</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the person in this role</source>
        <translation>Die Person in dieser Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>Ne&amp;ue Person …</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Eine neue Person erfassen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Die ausgewählte Person entfernen</translation>
    </message>
    <message>
        <source>Already recorded?</source>
        <translation>Schon erfasst?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelerfassungen</translation>
    </message>
    <message>
        <source>Businesses that look the same</source>
        <translation>Unternehmen, die gleich aussehen</translation>
    </message>
    <message>
        <source>&amp;Use the selected business</source>
        <translation>Ausgewähltes Unternehmen &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected existing business</source>
        <translation>Das ausgewählte vorhandene Unternehmen verwenden</translation>
    </message>
    <message>
        <source>It is another business – record new</source>
        <translation>Anderes Unternehmen – neu erfassen</translation>
    </message>
    <message>
        <source>Record a new business anyway</source>
        <translation>Trotzdem ein neues Unternehmen erfassen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Gründer/innen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Im Stand seit</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Gezählt am</translation>
    </message>
    <message>
        <source>Created (people)</source>
        <translation>Geschaffen (Personen)</translation>
    </message>
    <message>
        <source>Created (FTE)</source>
        <translation>Geschaffen (VZÄ)</translation>
    </message>
    <message>
        <source>Secured (people)</source>
        <translation>Gesichert (Personen)</translation>
    </message>
    <message>
        <source>Secured (FTE)</source>
        <translation>Gesichert (VZÄ)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>– not chosen –</source>
        <translation>– nicht gewählt –</translation>
    </message>
    <message>
        <source>– nobody yet –</source>
        <translation>– noch niemand –</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>ab {date}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Stage: {stage} since {since}</source>
        <translation>Bearbeitungsstand: {stage} seit {since}</translation>
    </message>
    <message>
        <source>&amp;Next: {stage}…</source>
        <translation>&amp;Weiter: {stage} …</translation>
    </message>
    <message>
        <source>&amp;Next stage…</source>
        <translation>&amp;Weiter …</translation>
    </message>
    <message>
        <source>Back to {stage}</source>
        <translation>Zurück auf {stage}</translation>
    </message>
    <message>
        <source>Before {stage}: {problems}</source>
        <translation>Vor „{stage}“: {problems}</translation>
    </message>
    <message>
        <source>Follow-up loan possible from {date}</source>
        <translation>Folgekredit möglich ab {date}</translation>
    </message>
    <message>
        <source>Earlier loans of this business: {amount}</source>
        <translation>Frühere Kredite dieses Unternehmens: {amount}</translation>
    </message>
    <message>
        <source>planned for {date}</source>
        <translation>geplant für {date}</translation>
    </message>
    <message>
        <source>founded on {date}</source>
        <translation>gegründet am {date}</translation>
    </message>
    <message>
        <source>{count} consultations, {hours} h {minutes} min in all</source>
        <translation>{count} Beratungen, insgesamt {hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>Still missing: {kinds}</source>
        <translation>Es fehlen noch: {kinds}</translation>
    </message>
    <message>
        <source>All documents on the checklist are in.</source>
        <translation>Alle Unterlagen der Checkliste liegen vor.</translation>
    </message>
    <message>
        <source>Enter the amount and the term to see the instalment plan.</source>
        <translation>Geben Sie Betrag und Laufzeit ein, um den Tilgungsplan zu sehen.</translation>
    </message>
    <message>
        <source>Instalment {instalment} a month over {months} months ({grace} repayment-free, {grace_payment} interest each); interest in all {interest}, fee {fee}.</source>
        <translation>Rate {instalment} monatlich über {months} Monate ({grace} tilgungsfrei mit je {grace_payment} Zinsen); Zinsen insgesamt {interest}, Gebühr {fee}.</translation>
    </message>
    <message>
        <source>Verdict: {verdict}.</source>
        <translation>Ergebnis: {verdict}.</translation>
    </message>
    <message>
        <source>Free each month: {free}; the instalment takes {ratio} % of it.</source>
        <translation>Monatlich frei: {free}; die Rate beansprucht {ratio} % davon.</translation>
    </message>
    <message>
        <source>Chart of the instalment plan</source>
        <translation>Diagramm des Tilgungsplans</translation>
    </message>
    <message>
        <source>Instalments: interest and repayment per month</source>
        <translation>Raten: Zinsen und Tilgung pro Monat</translation>
    </message>
    <message>
        <source>You wrote this recommendation: a second person signs it off.</source>
        <translation>Sie haben diese Empfehlung verfasst: Eine zweite Person gibt sie frei.</translation>
    </message>
    <message>
        <source>Signing off needs the role of a team lead.</source>
        <translation>Zum Freigeben ist die Rolle einer Teamleitung nötig.</translation>
    </message>
    <message>
        <source>No recommendation yet. It is written while the case is in assessment.</source>
        <translation>Noch keine Empfehlung. Sie wird geschrieben, während der Fall in Prüfung ist.</translation>
    </message>
    <message>
        <source>Written by {author}, signed off by {signer} on {date}: sent to the lender.</source>
        <translation>Verfasst von {author}, freigegeben von {signer} am {date}: an den Kreditgeber versandt.</translation>
    </message>
    <message>
        <source>Written by {author} on {date}; rate {rate} %, fee {fee}. Waiting for a second person's sign-off.</source>
        <translation>Verfasst von {author} am {date}; Zinssatz {rate} %, Gebühr {fee}. Wartet auf die Freigabe durch eine zweite Person.</translation>
    </message>
    <message>
        <source>{decision} on {date}</source>
        <translation>{decision} am {date}</translation>
    </message>
    <message>
        <source>paid out on {date}</source>
        <translation>ausgezahlt am {date}</translation>
    </message>
    <message>
        <source>A follow-up loan is possible from {date} (after {months} months of trouble-free repayment).</source>
        <translation>Ein Folgekredit ist ab {date} möglich (nach {months} Monaten störungsfreier Tilgung).</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>due on {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>The follow-ups at 6, 12 and 24 months are scheduled at payout.</source>
        <translation>Die Nachfragen nach 6, 12 und 24 Monaten werden bei der Auszahlung geplant.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This case has unsaved changes. Save them before leaving?</source>
        <translation>Dieser Fall hat ungespeicherte Änderungen. Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Move case {number} to {stage}?</source>
        <translation>Fall {number} auf „{stage}“ setzen?</translation>
    </message>
    <message>
        <source>Move case {number} back from {current} to {target}? Give the reason; it stays in the history.</source>
        <translation>Fall {number} von „{current}“ zurück auf „{target}“ setzen? Geben Sie die Begründung an; sie bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Close case {number}? Choose the outcome.</source>
        <translation>Fall {number} abschließen? Wählen Sie das Ergebnis.</translation>
    </message>
    <message>
        <source>Role of {name} in the business</source>
        <translation>Rolle von {name} im Unternehmen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove {name} as {role} from the business? The person's record stays.</source>
        <translation>{name} als {role} aus dem Unternehmen entfernen? Der Datensatz der Person bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Beratung löschen</translation>
    </message>
    <message>
        <source>Delete the consultation of {date}? It stays in the audit trail.</source>
        <translation>Die Beratung vom {date} löschen? Sie bleibt im Änderungsprotokoll erhalten.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Eine Datei anhängen</translation>
    </message>
    <message>
        <source>Save the recommendation letter</source>
        <translation>Das Empfehlungsschreiben speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the package to the lender</source>
        <translation>Ordner für das Paket an den Kreditgeber</translation>
    </message>
    <message>
        <source>Written for the lender:</source>
        <translation>Für den Kreditgeber geschrieben:</translation>
    </message>
    <message>
        <source>The recommendation is not signed off yet: the letter is a draft.</source>
        <translation>Die Empfehlung ist noch nicht freigegeben: Das Schreiben ist ein Entwurf.</translation>
    </message>
    <message>
        <source>Birth dates not passed on, because no consent to the transfer to the lender is recorded: {names}. Record the consent first if the lender needs them.</source>
        <translation>Geburtsdaten nicht weitergegeben, weil keine Einwilligung zur Weitergabe an den Kreditgeber erfasst ist: {names}. Erfassen Sie zuerst die Einwilligung, wenn der Kreditgeber sie benötigt.</translation>
    </message>
    <message>
        <source>Package for the lender</source>
        <translation>Paket für den Kreditgeber</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Moved back from {old} to {new}</source>
        <translation>Zurückgesetzt von „{old}“ auf „{new}“</translation>
    </message>
    <message>
        <source>Stage {old} → {new}</source>
        <translation>Stand „{old}“ → „{new}“</translation>
    </message>
    <message>
        <source>Consultation, {minutes} min, {place}</source>
        <translation>Beratung, {minutes} Min., {place}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
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
        <source>← &amp;Cases</source>
        <translation>← &amp;Fälle</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Zurück zur Fallliste</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Stage of the case</source>
        <translation>Bearbeitungsstand des Falls</translation>
    </message>
    <message>
        <source>Move the case to the next stage</source>
        <translation>Den Fall auf den nächsten Stand setzen</translation>
    </message>
    <message>
        <source>Step &amp;back…</source>
        <translation>Schritt &amp;zurück …</translation>
    </message>
    <message>
        <source>Move the case one step back</source>
        <translation>Den Fall einen Schritt zurücksetzen</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Fall abs&amp;chließen …</translation>
    </message>
    <message>
        <source>Close the case with an outcome</source>
        <translation>Den Fall mit einem Ergebnis abschließen</translation>
    </message>
    <message>
        <source>What the next step needs</source>
        <translation>Was der nächste Schritt braucht</translation>
    </message>
    <message>
        <source>Case tabs</source>
        <translation>Bereiche des Falls</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>&amp;Berater/in</translation>
    </message>
    <message>
        <source>Advisor in charge</source>
        <translation>Zuständige Berater/in</translation>
    </message>
    <message>
        <source>How the client came</source>
        <translation>Wie die Kundin / der Kunde zu uns kam</translation>
    </message>
    <message>
        <source>Requested amount in euros</source>
        <translation>Beantragter Betrag in Euro</translation>
    </message>
    <message>
        <source>e.g. 8.500,00</source>
        <translation>z. B. 8.500,00</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Verwendungszweck</translation>
    </message>
    <message>
        <source>Purpose of the loan</source>
        <translation>Verwendungszweck des Kredits</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>P&amp;rogramm</translation>
    </message>
    <message>
        <source>Loan programme</source>
        <translation>Kreditprogramm</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Eröffnet am</translation>
    </message>
    <message>
        <source>Date the case was opened</source>
        <translation>Datum der Falleröffnung</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notizen zum Fall</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Den Fall speichern</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Änder&amp;ungen verwerfen</translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Follow-up loan</source>
        <translation>Folgekredit</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Reminders of this case</source>
        <translation>Wiedervorlagen dieses Falls</translation>
    </message>
    <message>
        <source>Add &amp;reminder…</source>
        <translation>Wiedervor&amp;lage anlegen …</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Eine Wiedervorlage anlegen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected reminder as done</source>
        <translation>Die ausgewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Angaben zum Unternehmen</translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation>Zu&amp;gang</translation>
    </message>
    <message>
        <source>Requested a&amp;mount (EUR)</source>
        <translation>Beantragter Be&amp;trag (EUR)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Edit b&amp;usiness…</source>
        <translation>Unternehmen &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the business</source>
        <translation>Das Unternehmen bearbeiten</translation>
    </message>
    <message>
        <source>People of the business</source>
        <translation>Personen des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person h&amp;inzufügen …</translation>
    </message>
    <message>
        <source>Add a person to the business</source>
        <translation>Eine Person zum Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Pe&amp;rson bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Die ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove from business</source>
        <translation>Aus dem Unternehmen &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected person from the business</source>
        <translation>Die ausgewählte Person aus dem Unternehmen entfernen</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>&amp;Record consultation…</source>
        <translation>Beratung &amp;erfassen …</translation>
    </message>
    <message>
        <source>Record a consultation</source>
        <translation>Eine Beratung erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected consultation</source>
        <translation>Die ausgewählte Beratung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected consultation</source>
        <translation>Die ausgewählte Beratung löschen</translation>
    </message>
    <message>
        <source>Consultation time</source>
        <translation>Beratungszeit</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Document checklist</source>
        <translation>Checkliste der Unterlagen</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Status of the selected document</source>
        <translation>Status der ausgewählten Unterlage</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>Date of the status</source>
        <translation>Datum des Status</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>Status &amp;setzen</translation>
    </message>
    <message>
        <source>Set the status of the selected document</source>
        <translation>Den Status der ausgewählten Unterlage setzen</translation>
    </message>
    <message>
        <source>Attach f&amp;ile…</source>
        <translation>Datei anhän&amp;gen …</translation>
    </message>
    <message>
        <source>Add to chec&amp;klist</source>
        <translation>Zur Chec&amp;kliste hinzufügen</translation>
    </message>
    <message>
        <source>Business s&amp;urplus / month</source>
        <translation>&amp;Überschuss des Unternehmens / Monat</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>&amp;Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Repayment-free &amp;months</source>
        <translation>Tilgungsfreie &amp;Monate</translation>
    </message>
    <message>
        <source>Lende&amp;r</source>
        <translation>&amp;Kreditgeber</translation>
    </message>
    <message>
        <source>Assessment s&amp;ummary</source>
        <translation>Zusammenfassung der &amp;Prüfung</translation>
    </message>
    <message>
        <source>Save rec&amp;ommendation</source>
        <translation>Empfehlung &amp;speichern</translation>
    </message>
    <message>
        <source>Si&amp;gn off (second person)</source>
        <translation>Fre&amp;igeben (zweite Person)</translation>
    </message>
    <message>
        <source>Recommendation letter (&amp;PDF)…</source>
        <translation>Empfehlungssch&amp;reiben (PDF) …</translation>
    </message>
    <message>
        <source>Pac&amp;kage for the lender…</source>
        <translation>Paket für den Kreditgeber &amp;vorbereiten …</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>E&amp;ntscheidung</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <source>Condition&amp;s</source>
        <translation>Aufla&amp;gen</translation>
    </message>
    <message>
        <source>Record dec&amp;ision</source>
        <translation>Entscheidung &amp;erfassen</translation>
    </message>
    <message>
        <source>Paid out on</source>
        <translation>Ausgezahlt am</translation>
    </message>
    <message>
        <source>Arrears (EUR)</source>
        <translation>R&amp;ückstand (EUR)</translation>
    </message>
    <message>
        <source>Record month</source>
        <translation>Monat erfassen</translation>
    </message>
    <message>
        <source>Jobs c&amp;reated (people)</source>
        <translation>Arbeitsplätze &amp;geschaffen (Personen)</translation>
    </message>
    <message>
        <source>Created (FT&amp;E)</source>
        <translation>Geschaffen (&amp;VZÄ)</translation>
    </message>
    <message>
        <source>Record co&amp;unt</source>
        <translation>Zählung &amp;erfassen</translation>
    </message>
    <message>
        <source>Attach a file to the selected document</source>
        <translation>Eine Datei an die ausgewählte Unterlage anhängen</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the file of the selected document</source>
        <translation>Die Datei der ausgewählten Unterlage öffnen</translation>
    </message>
    <message>
        <source>Document to add to the checklist</source>
        <translation>Unterlage, die zur Checkliste hinzukommt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the document to the checklist</source>
        <translation>Die Unterlage zur Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Affordability</source>
        <translation>Kapitaldienstfähigkeit</translation>
    </message>
    <message>
        <source>Household &amp;income / month</source>
        <translation>Haushalts&amp;einkommen / Monat</translation>
    </message>
    <message>
        <source>Household income per month in euros</source>
        <translation>Haushaltseinkommen pro Monat in Euro</translation>
    </message>
    <message>
        <source>e.g. 1.450,00</source>
        <translation>z. B. 1.450,00</translation>
    </message>
    <message>
        <source>Household &amp;expenses / month</source>
        <translation>Haushaltsaus&amp;gaben / Monat</translation>
    </message>
    <message>
        <source>Household expenses per month in euros</source>
        <translation>Haushaltsausgaben pro Monat in Euro</translation>
    </message>
    <message>
        <source>e.g. 1.100,00</source>
        <translation>z. B. 1.100,00</translation>
    </message>
    <message>
        <source>Monthly surplus of the business in euros (may be negative)</source>
        <translation>Monatlicher Überschuss des Unternehmens in Euro (darf negativ sein)</translation>
    </message>
    <message>
        <source>e.g. 600,00</source>
        <translation>z. B. 600,00</translation>
    </message>
    <message>
        <source>Planned term in months</source>
        <translation>Geplante Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>Repayment-free months</source>
        <translation>Tilgungsfreie Monate</translation>
    </message>
    <message>
        <source>Save the household budget</source>
        <translation>Die Haushaltsrechnung speichern</translation>
    </message>
    <message>
        <source>Affordability verdict</source>
        <translation>Ergebnis der Tragfähigkeitsprüfung</translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation>Tilgungsplan</translation>
    </message>
    <message>
        <source>Recommendation and loan</source>
        <translation>Empfehlung und Kredit</translation>
    </message>
    <message>
        <source>Recommendation to the lender</source>
        <translation>Empfehlung an den Kreditgeber</translation>
    </message>
    <message>
        <source>&amp;Amount (EUR)</source>
        <translation>&amp;Betrag (EUR)</translation>
    </message>
    <message>
        <source>Recommended amount in euros</source>
        <translation>Empfohlener Betrag in Euro</translation>
    </message>
    <message>
        <source>Recommended term in months</source>
        <translation>Empfohlene Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>Recommended repayment-free months</source>
        <translation>Empfohlene tilgungsfreie Monate</translation>
    </message>
    <message>
        <source>Date of the recommendation</source>
        <translation>Datum der Empfehlung</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Assessment summary for the lender</source>
        <translation>Zusammenfassung der Prüfung für den Kreditgeber</translation>
    </message>
    <message>
        <source>Save the recommendation</source>
        <translation>Die Empfehlung speichern</translation>
    </message>
    <message>
        <source>Sign off the recommendation</source>
        <translation>Die Empfehlung freigeben</translation>
    </message>
    <message>
        <source>Create the recommendation letter as PDF</source>
        <translation>Das Empfehlungsschreiben als PDF erstellen</translation>
    </message>
    <message>
        <source>Export the recommendation package for the lender</source>
        <translation>Empfehlungspaket für den Kreditgeber exportieren</translation>
    </message>
    <message>
        <source>State of the recommendation</source>
        <translation>Stand der Empfehlung</translation>
    </message>
    <message>
        <source>Lender's decision and payout</source>
        <translation>Entscheidung des Kreditgebers und Auszahlung</translation>
    </message>
    <message>
        <source>Lender's decision</source>
        <translation>Entscheidung des Kreditgebers</translation>
    </message>
    <message>
        <source>Date of the lender's decision</source>
        <translation>Datum der Entscheidung des Kreditgebers</translation>
    </message>
    <message>
        <source>Approved amount in euros (empty: as recommended)</source>
        <translation>Bewilligter Betrag in Euro (leer: wie empfohlen)</translation>
    </message>
    <message>
        <source>as recommended</source>
        <translation>wie empfohlen</translation>
    </message>
    <message>
        <source>Conditions of the lender</source>
        <translation>Auflagen des Kreditgebers</translation>
    </message>
    <message>
        <source>Record the lender's decision</source>
        <translation>Die Entscheidung des Kreditgebers erfassen</translation>
    </message>
    <message>
        <source>Date of the payout</source>
        <translation>Datum der Auszahlung</translation>
    </message>
    <message>
        <source>Record pa&amp;yout</source>
        <translation>Auszahlung d&amp;okumentieren</translation>
    </message>
    <message>
        <source>Record the payout</source>
        <translation>Die Auszahlung erfassen</translation>
    </message>
    <message>
        <source>State of the loan</source>
        <translation>Stand des Kredits</translation>
    </message>
    <message>
        <source>Monthly monitoring</source>
        <translation>Monatliche Begleitung</translation>
    </message>
    <message>
        <source>Repayment months</source>
        <translation>Monate der Rückzahlung</translation>
    </message>
    <message>
        <source>Month monitored</source>
        <translation>Begleiteter Monat</translation>
    </message>
    <message>
        <source>MM.YYYY</source>
        <translation>MM.JJJJ</translation>
    </message>
    <message>
        <source>Repayment status</source>
        <translation>Status der Rückzahlung</translation>
    </message>
    <message>
        <source>Amount in arrears in euros</source>
        <translation>Rückstand in Euro</translation>
    </message>
    <message>
        <source>Record the month</source>
        <translation>Den Monat erfassen</translation>
    </message>
    <message>
        <source>When a follow-up loan becomes possible</source>
        <translation>Wann ein Folgekredit möglich wird</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Jobs created and secured</source>
        <translation>Geschaffene und gesicherte Arbeitsplätze</translation>
    </message>
    <message>
        <source>Record a count</source>
        <translation>Eine Zählung erfassen</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Wa&amp;nn</translation>
    </message>
    <message>
        <source>Occasion of the count</source>
        <translation>Anlass der Zählung</translation>
    </message>
    <message>
        <source>Counted &amp;on</source>
        <translation>Gezählt a&amp;m</translation>
    </message>
    <message>
        <source>Date of the count</source>
        <translation>Datum der Zählung</translation>
    </message>
    <message>
        <source>Jobs created, people</source>
        <translation>Geschaffene Arbeitsplätze, Personen</translation>
    </message>
    <message>
        <source>Jobs created, full-time equivalents</source>
        <translation>Geschaffene Arbeitsplätze, Vollzeitäquivalente</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>z. B. 1,5</translation>
    </message>
    <message>
        <source>Jobs &amp;secured (people)</source>
        <translation>Arbeitsplätze ge&amp;sichert (Personen)</translation>
    </message>
    <message>
        <source>Jobs secured, people</source>
        <translation>Gesicherte Arbeitsplätze, Personen</translation>
    </message>
    <message>
        <source>Secured (F&amp;TE)</source>
        <translation>Gesichert (VZ&amp;Ä)</translation>
    </message>
    <message>
        <source>Jobs secured, full-time equivalents</source>
        <translation>Gesicherte Arbeitsplätze, Vollzeitäquivalente</translation>
    </message>
    <message>
        <source>e.g. 1,0</source>
        <translation>z. B. 1,0</translation>
    </message>
    <message>
        <source>Record the jobs count</source>
        <translation>Die Zählung der Arbeitsplätze erfassen</translation>
    </message>
    <message>
        <source>Jobs counts due</source>
        <translation>Fällige Zählungen der Arbeitsplätze</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Everything that happened in this case</source>
        <translation>Alles, was in diesem Fall geschehen ist</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Enter opens a case · Ctrl+F search · Ctrl+N new case</source>
        <translation>Eingabe öffnet einen Fall · Strg+F Suche · Strg+N neuer Fall</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Bearbeitungsstände</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Alle Berater/innen</translation>
    </message>
    <message>
        <source>All boroughs</source>
        <translation>Alle Stadtbezirke</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>More than {count} cases</source>
        <translation>Mehr als {count} Fälle</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} Fälle</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titel des Bereichs</translation>
    </message>
    <message>
        <source>I&amp;mport list…</source>
        <translation>Liste i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import cases or consultations from a list</source>
        <translation>Fälle oder Beratungen aus einer Liste importieren</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall …</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Einen neuen Fall eröffnen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Search cases by number, name, business or notes</source>
        <translation>Fälle nach Nummer, Name, Unternehmen oder Notizen suchen</translation>
    </message>
    <message>
        <source>Number, name, business or notes – results appear as you type</source>
        <translation>Nummer, Name, Unternehmen oder Notizen – Treffer erscheinen beim Tippen</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Bearbei&amp;tungsstand</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Bearbeitungsstand filtern</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>&amp;Berater/in</translation>
    </message>
    <message>
        <source>Filter by advisor</source>
        <translation>Nach Berater/in filtern</translation>
    </message>
    <message>
        <source>&amp;Borough</source>
        <translation>Stadtbe&amp;zirk</translation>
    </message>
    <message>
        <source>Filter by borough</source>
        <translation>Nach Stadtbezirk filtern</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Filter by year opened</source>
        <translation>Nach Eröffnungsjahr filtern</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Filter by loan programme</source>
        <translation>Nach Kreditprogramm filtern</translation>
    </message>
    <message>
        <source>Number of cases found</source>
        <translation>Anzahl der gefundenen Fälle</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>Tastaturhinweis</translation>
    </message>
</context>
<context>
    <name>ComingView</name>
    <message>
        <source>Section title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>What this section will offer</source>
        <translation>Was dieser Bereich bieten wird</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{who} saved this record at {when} while you were editing it. Below are the fields you both changed differently: choose for each whether to keep your value or theirs.</source>
        <translation>{who} hat diesen Datensatz um {when} gespeichert, während Sie ihn bearbeitet haben. Unten stehen die Felder, die Sie beide unterschiedlich geändert haben: Wählen Sie für jedes, ob Ihr Wert oder der gespeicherte gelten soll.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>the same time</source>
        <translation>derselben Zeit</translation>
    </message>
    <message>
        <source>Nothing is saved until you confirm; fields you did not change keep the stored value.</source>
        <translation>Gespeichert wird erst, wenn Sie bestätigen; Felder, die Sie nicht geändert haben, behalten den gespeicherten Wert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Gespeicherter Wert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Keep my value for {field}</source>
        <translation>Meinen Wert für {field} behalten</translation>
    </message>
    <message>
        <source>Take the stored value for {field}</source>
        <translation>Den gespeicherten Wert für {field} übernehmen</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>Meine Auswahl speichern</translation>
    </message>
    <message>
        <source>Someone else saved in the meantime</source>
        <translation>Inzwischen hat jemand anderes gespeichert</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Fields saved differently</source>
        <translation>Unterschiedlich gespeicherte Felder</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>&amp;Alle meine behalten</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Alle meine Werte behalten</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Alle &amp;gespeicherten übernehmen</translation>
    </message>
    <message>
        <source>Take all stored values</source>
        <translation>Alle gespeicherten Werte übernehmen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents of {name}</source>
        <translation>Einwilligungen von {name}</translation>
    </message>
    <message>
        <source>Consents of {name} – DLZW Desktop</source>
        <translation>Einwilligungen von {name} – DLZW Desktop</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Withdrawal recorded.</source>
        <translation>Widerruf erfasst.</translation>
    </message>
    <message>
        <source>Consents – DLZW Desktop</source>
        <translation>Einwilligungen – DLZW Desktop</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Consents per purpose</source>
        <translation>Einwilligungen je Zweck</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Erteilt am</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation>Form der Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Note on the consent</source>
        <translation>Notiz zur Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Einwilligung e&amp;rfassen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Ausgewählte Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Widerrufen am</translation>
    </message>
    <message>
        <source>Date of withdrawal</source>
        <translation>Datum des Widerrufs</translation>
    </message>
    <message>
        <source>Record wi&amp;thdrawal</source>
        <translation>Widerruf erfa&amp;ssen</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Widerruf erfassen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>not given</source>
        <translation>nicht erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>widerrufen am {day}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ConsultationDayDialog</name>
    <message>
        <source>Change consultation day</source>
        <translation>Sprechtag ändern</translation>
    </message>
    <message>
        <source>Plan a consultation day</source>
        <translation>Sprechtag planen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No slot fits between these times.</source>
        <translation>Zwischen diesen Uhrzeiten passt kein Termin.</translation>
    </message>
    <message>
        <source>Appointment slots per advisor: {count}</source>
        <translation>Termine je Beraterin oder Berater: {count}</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the consultation day</source>
        <translation>Datum des Sprechtags</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>e.g. Quartiersbüro Nordmarkt, Mallinckrodtstraße 12</source>
        <translation>z. B. Quartiersbüro Nordmarkt, Mallinckrodtstraße 12</translation>
    </message>
    <message>
        <source>&amp;Borough</source>
        <translation>Stadtbezi&amp;rk</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Di&amp;strict</source>
        <translation>&amp;Statistischer Bezirk</translation>
    </message>
    <message>
        <source>Statistical district</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>Partner &amp;initiative</source>
        <translation>Partner&amp;initiative</translation>
    </message>
    <message>
        <source>Partner initiative</source>
        <translation>Partnerinitiative</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Slot &amp;length</source>
        <translation>&amp;Terminlänge</translation>
    </message>
    <message>
        <source>Slot length in minutes</source>
        <translation>Terminlänge in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Number of slots</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Advisors</source>
        <translation>Beratung d&amp;urch</translation>
    </message>
    <message>
        <source>Advisors of the day</source>
        <translation>Beraterinnen und Berater des Tages</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ConsultationDaysView</name>
    <message>
        <source>{time} (walk-in)</source>
        <translation>{time} (ohne Termin)</translation>
    </message>
    <message>
        <source>free ({count} places)</source>
        <translation>frei ({count} Plätze)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Partner initiative</source>
        <translation>Partnerinitiative</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>DLZW Desktop</source>
        <translation>DLZW Desktop</translation>
    </message>
    <message>
        <source>Conflict&amp;s ({count})…</source>
        <translation>Kon&amp;flikte ({count}) …</translation>
    </message>
    <message>
        <source>Conflict&amp;s…</source>
        <translation>Kon&amp;flikte …</translation>
    </message>
    <message>
        <source>Laptop kit {code} for the consultation day(s) {days}, checked out on {date} by {user}. Everything is stored encrypted on this laptop. Back in the office, write a check-in package and hand it in with the passphrase.</source>
        <translation>Laptop-Set {code} für den Sprechtag bzw. die Sprechtage {days}, ausgegeben am {date} von {user}. Alles wird verschlüsselt auf diesem Laptop gespeichert. Erstellen Sie zurück im Büro ein Rückgabepaket und geben Sie es mit der Passphrase ab.</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed records not yet checked in</source>
        <translation>{new} neue, {changed} geänderte Datensätze noch nicht zurückgegeben</translation>
    </message>
    <message>
        <source>No consultation day chosen</source>
        <translation>Kein Sprechtag gewählt</translation>
    </message>
    <message>
        <source>Plan a consultation day with “New day…”.</source>
        <translation>Planen Sie einen Sprechtag mit „Neuer Sprechtag …“.</translation>
    </message>
    <message>
        <source>{start}–{end}, slots of {minutes} minutes</source>
        <translation>{start}–{end}, Termine zu {minutes} Minuten</translation>
    </message>
    <message>
        <source>Area: {area}</source>
        <translation>Gebiet: {area}</translation>
    </message>
    <message>
        <source>Partner initiative: {name}</source>
        <translation>Partnerinitiative: {name}</translation>
    </message>
    <message>
        <source>Advisors: {names}</source>
        <translation>Beratung: {names}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>{booked} of {capacity} places booked, {walk_ins} walk-ins</source>
        <translation>{booked} von {capacity} Plätzen gebucht, {walk_ins} ohne Termin</translation>
    </message>
    <message>
        <source>Consultation day saved.</source>
        <translation>Sprechtag gespeichert.</translation>
    </message>
    <message>
        <source>Delete the consultation day of {date} at {place}?</source>
        <translation>Den Sprechtag am {date} in {place} löschen?</translation>
    </message>
    <message>
        <source>Consultation day deleted.</source>
        <translation>Sprechtag gelöscht.</translation>
    </message>
    <message>
        <source>Walk-in recorded: {name}</source>
        <translation>Besuch ohne Termin erfasst: {name}</translation>
    </message>
    <message>
        <source>Booked: {time} {name}</source>
        <translation>Gebucht: {time} {name}</translation>
    </message>
    <message>
        <source>Consultation recorded: {name}</source>
        <translation>Beratung erfasst: {name}</translation>
    </message>
    <message>
        <source>Appointment updated: {name}</source>
        <translation>Termin aktualisiert: {name}</translation>
    </message>
    <message>
        <source>Cancel the appointment of {name} at {time}? The slot becomes free again.</source>
        <translation>Den Termin von {name} um {time} absagen? Der Termin wird wieder frei.</translation>
    </message>
    <message>
        <source>Save appointment list</source>
        <translation>Terminliste speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Appointment list saved: {path}</source>
        <translation>Terminliste gespeichert: {path}</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file saved: {path}</source>
        <translation>Kalenderdatei gespeichert: {path}</translation>
    </message>
    <message>
        <source>Laptop kit {code} written to {path} ({count} records).</source>
        <translation>Laptop-Set {code} gespeichert unter {path} ({count} Datensätze).</translation>
    </message>
    <message>
        <source>Laptop kit refreshed: {added} records added, {updated} updated; {kept} records with laptop changes kept for the next check-in.</source>
        <translation>Laptop-Set aktualisiert: {added} Datensätze hinzugefügt, {updated} aktualisiert; {kept} Datensätze mit Änderungen vom Laptop für die nächste Rückgabe behalten.</translation>
    </message>
    <message>
        <source>Import check-in package</source>
        <translation>Rückgabepaket importieren</translation>
    </message>
    <message>
        <source>Check-in package (*{suffix})</source>
        <translation>Rückgabepaket (*{suffix})</translation>
    </message>
    <message>
        <source>Package {number} of a laptop kit: {path}
Enter the passphrase of the kit. Nothing is written unless the package is complete, unchanged and belongs to this office.</source>
        <translation>Paket {number} eines Laptop-Sets: {path}
Geben Sie die Passphrase des Sets ein. Es werden nur Daten übernommen, wenn das Paket vollständig und unverändert ist und zu diesem Büro gehört.</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Das Paket wird importiert …</translation>
    </message>
    <message>
        <source>This package of laptop kit {code} was imported before; nothing changed.</source>
        <translation>Dieses Paket des Laptop-Sets {code} wurde bereits importiert; es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Package {number} of laptop kit {code} imported: {inserted} new and {updated} updated records, {conflicts} conflicts to decide.</source>
        <translation>Paket {number} des Laptop-Sets {code} importiert: {inserted} neue und {updated} aktualisierte Datensätze, {conflicts} Konflikte zu entscheiden.</translation>
    </message>
    <message>
        <source>New cases received office numbers: {numbers}</source>
        <translation>Neue Fälle haben Büro-Nummern erhalten: {numbers}</translation>
    </message>
    <message>
        <source>Decide the conflicts now?</source>
        <translation>Die Konflikte jetzt entscheiden?</translation>
    </message>
    <message>
        <source>Write check-in package</source>
        <translation>Rückgabepaket erstellen</translation>
    </message>
    <message>
        <source>Enter the passphrase of this kit. The package is encrypted with it; the office needs it to import the package.</source>
        <translation>Geben Sie die Passphrase dieses Sets ein. Das Paket wird damit verschlüsselt; das Büro benötigt sie zum Importieren.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Das Paket wird erstellt …</translation>
    </message>
    <message>
        <source>Check-in package {number} written with {count} records: {path}
Hand it in at the office; the kit keeps everything until the office has imported it.</source>
        <translation>Rückgabepaket {number} mit {count} Datensätzen erstellt: {path}
Geben Sie es im Büro ab; das Set behält alles, bis das Büro es importiert hat.</translation>
    </message>
    <message>
        <source>Consultation days</source>
        <translation>Sprechtage</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>Laptop kit</source>
        <translation>Laptop-Set</translation>
    </message>
    <message>
        <source>Changes not yet checked in</source>
        <translation>Noch nicht zurückgegebene Änderungen</translation>
    </message>
    <message>
        <source>Write check-in &amp;package…</source>
        <translation>Rückgabe&amp;paket erstellen …</translation>
    </message>
    <message>
        <source>Write a check-in package for the office</source>
        <translation>Ein Rückgabepaket für das Büro erstellen</translation>
    </message>
    <message>
        <source>&amp;New day…</source>
        <translation>&amp;Neuer Sprechtag …</translation>
    </message>
    <message>
        <source>Plan a new consultation day</source>
        <translation>Einen neuen Sprechtag planen</translation>
    </message>
    <message>
        <source>&amp;Edit day…</source>
        <translation>Sprechta&amp;g bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected consultation day</source>
        <translation>Den gewählten Sprechtag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete day</source>
        <translation>Sprechtag l&amp;öschen</translation>
    </message>
    <message>
        <source>Delete the selected consultation day</source>
        <translation>Den gewählten Sprechtag löschen</translation>
    </message>
    <message>
        <source>Check &amp;out laptop kit…</source>
        <translation>Laptop-&amp;Set ausgeben …</translation>
    </message>
    <message>
        <source>Check out a laptop kit for consultation days</source>
        <translation>Ein Laptop-Set für Sprechtage ausgeben</translation>
    </message>
    <message>
        <source>&amp;Refresh kit…</source>
        <translation>Set akt&amp;ualisieren …</translation>
    </message>
    <message>
        <source>Refresh a laptop kit from the office</source>
        <translation>Ein Laptop-Set aus dem Büro aktualisieren</translation>
    </message>
    <message>
        <source>Import pac&amp;kage…</source>
        <translation>Paket &amp;importieren …</translation>
    </message>
    <message>
        <source>Consultation da&amp;ys</source>
        <translation>Sprech&amp;tage</translation>
    </message>
    <message>
        <source>Cancel appoint&amp;ment</source>
        <translation>Ter&amp;min absagen</translation>
    </message>
    <message>
        <source>E&amp;xport calendar file (.ics)…</source>
        <translation>&amp;Kalenderdatei (.ics) exportieren …</translation>
    </message>
    <message>
        <source>Import a laptop's check-in package</source>
        <translation>Das Rückgabepaket eines Laptops importieren</translation>
    </message>
    <message>
        <source>Decide conflicts between laptop and office</source>
        <translation>Konflikte zwischen Laptop und Büro entscheiden</translation>
    </message>
    <message>
        <source>Show &amp;past days</source>
        <translation>&amp;Vergangene Tage zeigen</translation>
    </message>
    <message>
        <source>Show past consultation days</source>
        <translation>Vergangene Sprechtage zeigen</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>Details of the day</source>
        <translation>Angaben zum Tag</translation>
    </message>
    <message>
        <source>Appo&amp;intments</source>
        <translation>Te&amp;rmine</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Buchen …</translation>
    </message>
    <message>
        <source>Book a slot</source>
        <translation>Einen Termin buchen</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Ohne Termin …</translation>
    </message>
    <message>
        <source>Record a walk-in</source>
        <translation>Einen Besuch ohne Termin erfassen</translation>
    </message>
    <message>
        <source>Record &amp;consultation…</source>
        <translation>Beratung &amp;erfassen …</translation>
    </message>
    <message>
        <source>Record the consultation of the selected appointment</source>
        <translation>Die Beratung zum gewählten Termin erfassen</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>&amp;Wahrgenommen</translation>
    </message>
    <message>
        <source>Mark the selected appointment as attended</source>
        <translation>Den gewählten Termin als wahrgenommen markieren</translation>
    </message>
    <message>
        <source>Did no&amp;t come</source>
        <translation>Nicht ers&amp;chienen</translation>
    </message>
    <message>
        <source>Mark that the person did not come</source>
        <translation>Markieren, dass die Person nicht erschienen ist</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Den gewählten Termin absagen</translation>
    </message>
    <message>
        <source>Appointment &amp;list (PDF)…</source>
        <translation>Termin&amp;liste (PDF) …</translation>
    </message>
    <message>
        <source>Save the appointment list as PDF</source>
        <translation>Die Terminliste als PDF speichern</translation>
    </message>
    <message>
        <source>Save the booked appointments as a calendar file</source>
        <translation>Die gebuchten Termine als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Record consultation</source>
        <translation>Beratung erfassen</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Beratung bearbeiten</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the consultation</source>
        <translation>Datum der Beratung</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Place of the consultation</source>
        <translation>Ort der Beratung</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>&amp;Berater/in</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language of the consultation</source>
        <translation>Sprache der Beratung</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Notes on the consultation</source>
        <translation>Notizen zur Beratung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Loading this year's figures…</source>
        <translation>Die Zahlen des Jahres werden geladen …</translation>
    </message>
    <message>
        <source>{year} so far: {count} of {target} recommendations, {volume} of {volume_target} recommended; {payouts} payouts; {jobs} jobs created; programme cost per job {per_job} (target at most {per_job_target}).</source>
        <translation>{year} bisher: {count} von {target} Empfehlungen, {volume} von {volume_target} empfohlen; {payouts} Auszahlungen; {jobs} Arbeitsplätze geschaffen; Programmkosten je Arbeitsplatz {per_job} (Ziel höchstens {per_job_target}).</translation>
    </message>
    <message>
        <source>{year}: share of the target reached</source>
        <translation>{year}: erreichter Anteil des Ziels</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Cost per job</source>
        <translation>Kosten je Arbeitsplatz</translation>
    </message>
    <message>
        <source>Reached (%)</source>
        <translation>Erreicht (%)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Open cases by stage ({count})</source>
        <translation>Offene Fälle nach Stand ({count})</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>LWSI index, whole city (estimated)</source>
        <translation>LWSI-Index, Gesamtstadt (geschätzt)</translation>
    </message>
    <message>
        <source>LWSI index, whole city</source>
        <translation>LWSI-Index, Gesamtstadt</translation>
    </message>
    <message>
        <source>LWSI: no index computed yet (Reports → LWSI)</source>
        <translation>LWSI: noch kein Index berechnet (Berichte → LWSI)</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>LWSI: not available for your role</source>
        <translation>LWSI: für Ihre Rolle nicht verfügbar</translation>
    </message>
    <message>
        <source>The key figures are not available for your role.</source>
        <translation>Die Kennzahlen sind für Ihre Rolle nicht verfügbar.</translation>
    </message>
    <message>
        <source>Key figures of the year</source>
        <translation>Kennzahlen des Jahres</translation>
    </message>
    <message>
        <source>This year's figures against their targets</source>
        <translation>Zahlen des Jahres im Vergleich mit den Zielen</translation>
    </message>
    <message>
        <source>Open cases by stage</source>
        <translation>Offene Fälle nach Stand</translation>
    </message>
    <message>
        <source>Trend of the local value-creation indicator</source>
        <translation>Verlauf des lokalen Wertschöpfungsindikators</translation>
    </message>
    <message>
        <source>Open reminders by due date</source>
        <translation>Offene Wiedervorlagen nach Fälligkeit</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message>
        <source>People found: {count}</source>
        <translation>Gefundene Personen: {count}</translation>
    </message>
    <message>
        <source>Lift &amp;legal hold…</source>
        <translation>Aufbewahrungspflicht aufhe&amp;ben …</translation>
    </message>
    <message>
        <source>&amp;Legal hold…</source>
        <translation>Aufbewahrungspflic&amp;ht …</translation>
    </message>
    <message>
        <source>Folder for the information (Art. 15)</source>
        <translation>Ordner für die Auskunft (Art. 15)</translation>
    </message>
    <message>
        <source>Writing the information…</source>
        <translation>Auskunft wird geschrieben …</translation>
    </message>
    <message>
        <source>Information written to {folder} (PDF, JSON and {files} files).</source>
        <translation>Auskunft in {folder} geschrieben (PDF, JSON und {files} Dateien).</translation>
    </message>
    <message>
        <source>Why is the legal hold of {name} lifted?</source>
        <translation>Warum wird die Aufbewahrungspflicht für {name} aufgehoben?</translation>
    </message>
    <message>
        <source>Why must the data of {name} be kept (for example the file number of a court case)? While the hold lasts, the person is restricted instead of anonymised.</source>
        <translation>Warum müssen die Daten von {name} aufbewahrt werden (zum Beispiel Aktenzeichen eines Gerichtsverfahrens)? Solange die Pflicht besteht, wird die Verarbeitung eingeschränkt statt anonymisiert.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>Legal hold saved.</source>
        <translation>Aufbewahrungspflicht gespeichert.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>On whose request and when (for example: letter of 02.01.2027)?</source>
        <translation>Auf wessen Antrag und wann (zum Beispiel: Schreiben vom 02.01.2027)?</translation>
    </message>
    <message>
        <source>Erase {name} for good? Names, contact details, notes and files are removed from the database and its audit trail; the statistics keep only what they count. This cannot be undone. Backups made before now still contain the person until they rotate away.</source>
        <translation>{name} endgültig löschen? Namen, Kontaktdaten, Notizen und Dateien werden aus der Datenbank und ihrem Änderungsprotokoll entfernt; die Statistik behält nur, was sie zählt. Das lässt sich nicht rückgängig machen. Ältere Sicherungen enthalten die Person noch, bis sie aus der Rotation fallen.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Erased: {rows} records anonymised, {files} files deleted.</source>
        <translation>Gelöscht: {rows} Datensätze anonymisiert, {files} Dateien entfernt.</translation>
    </message>
    <message>
        <source>Kept because other people run them too: {names}.</source>
        <translation>Erhalten, weil weitere Personen beteiligt sind: {names}.</translation>
    </message>
    <message>
        <source>Periods saved.</source>
        <translation>Fristen gespeichert.</translation>
    </message>
    <message>
        <source>The yearly run has not been made yet.</source>
        <translation>Der jährliche Lauf wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Last run: {day}.</source>
        <translation>Letzter Lauf: {day}.</translation>
    </message>
    <message>
        <source>restrict (legal hold)</source>
        <translation>einschränken (Aufbewahrungspflicht)</translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation>anonymisieren</translation>
    </message>
    <message>
        <source>{name}: {action}, due since {day}</source>
        <translation>{name}: {action}, fällig seit {day}</translation>
    </message>
    <message>
        <source>Files to delete: {files}; visitor names to clear: {names}; request notes to clear: {notes}</source>
        <translation>Zu löschende Dateien: {files}; zu leerende Besuchernamen: {names}; zu leerende Gesuchsnotizen: {notes}</translation>
    </message>
    <message>
        <source>On {day}, {count} people are due.</source>
        <translation>Am {day} sind {count} Personen fällig.</translation>
    </message>
    <message>
        <source>Run retention</source>
        <translation>Aufbewahrungslauf ausführen</translation>
    </message>
    <message>
        <source>Anonymise everybody whose retention periods have ended, restrict people under a legal hold and delete expired files now? This cannot be undone.</source>
        <translation>Jetzt alle Personen anonymisieren, deren Aufbewahrungsfristen abgelaufen sind, Personen mit Aufbewahrungspflicht einschränken und abgelaufene Dateien löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Done: {anonymised} anonymised, {restricted} restricted, {files} files deleted, {names} visitor names cleared.</source>
        <translation>Fertig: {anonymised} anonymisiert, {restricted} eingeschränkt, {files} Dateien gelöscht, {names} Besuchernamen geleert.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>Export the record of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten exportieren</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
    <message>
        <source>Data protection – DLZW Desktop</source>
        <translation>Datenschutz – DLZW Desktop</translation>
    </message>
    <message>
        <source>Data protection tasks</source>
        <translation>Datenschutzaufgaben</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>Person &amp;suchen</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>&amp;Information (Art. 15)…</source>
        <translation>&amp;Auskunft (Art. 15) …</translation>
    </message>
    <message>
        <source>Export information on the person (Art. 15)</source>
        <translation>Auskunft über die Person exportieren (Art. 15)</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Einwilligungen …</translation>
    </message>
    <message>
        <source>Consents of the person</source>
        <translation>Einwilligungen der Person</translation>
    </message>
    <message>
        <source>Set or lift legal hold</source>
        <translation>Aufbewahrungspflicht setzen oder aufheben</translation>
    </message>
    <message>
        <source>&amp;Erase (Art. 17)…</source>
        <translation>&amp;Löschen (Art. 17) …</translation>
    </message>
    <message>
        <source>Erase the person (Art. 17)</source>
        <translation>Person löschen (Art. 17)</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Auf&amp;bewahrung</translation>
    </message>
    <message>
        <source>How long each kind of record is kept, in months. Once everything about a person is past its period, the yearly run anonymises the person: names, contact details, notes and files go; what the statistics count stays. People under a legal hold are restricted instead.</source>
        <translation>Wie lange jede Art von Datensatz aufbewahrt wird, in Monaten. Sobald alles über eine Person die Frist überschritten hat, anonymisiert der jährliche Lauf die Person: Namen, Kontaktdaten, Notizen und Dateien werden entfernt; was die Statistik zählt, bleibt. Bei Personen mit Aufbewahrungspflicht wird die Verarbeitung stattdessen eingeschränkt.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Cases with a recommendation or loan</source>
        <translation>Fälle mit Empfehlung oder Kredit</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Cases without a loan</source>
        <translation>Fälle ohne Kredit</translation>
    </message>
    <message>
        <source>People without a case (from the last contact)</source>
        <translation>Personen ohne Fall (ab dem letzten Kontakt)</translation>
    </message>
    <message>
        <source>Files of closed cases</source>
        <translation>Dateien abgeschlossener Fälle</translation>
    </message>
    <message>
        <source>Names on consultation-day appointments</source>
        <translation>Namen bei Sprechtag-Terminen</translation>
    </message>
    <message>
        <source>Notes of finished space requests</source>
        <translation>Notizen erledigter Gesuche</translation>
    </message>
    <message>
        <source>Sa&amp;ve periods</source>
        <translation>&amp;Fristen speichern</translation>
    </message>
    <message>
        <source>Save retention periods</source>
        <translation>Aufbewahrungsfristen speichern</translation>
    </message>
    <message>
        <source>Last retention run</source>
        <translation>Letzter Aufbewahrungslauf</translation>
    </message>
    <message>
        <source>Show what is &amp;due</source>
        <translation>Fälli&amp;ges anzeigen</translation>
    </message>
    <message>
        <source>Show what is due</source>
        <translation>Fälliges anzeigen</translation>
    </message>
    <message>
        <source>Ru&amp;n now…</source>
        <translation>Jetzt &amp;ausführen …</translation>
    </message>
    <message>
        <source>Run the retention now</source>
        <translation>Aufbewahrungslauf jetzt ausführen</translation>
    </message>
    <message>
        <source>What the run would do</source>
        <translation>Was der Lauf tun würde</translation>
    </message>
    <message>
        <source>Rec&amp;ord of processing</source>
        <translation>&amp;Verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>The record of processing activities (Art. 30 GDPR) describes purposes, people concerned, kinds of data, recipients, retention periods and the technical and organisational measures. It uses this database's organisation settings and retention periods.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) beschreibt Zwecke, betroffene Personen, Datenkategorien, Empfänger, Löschfristen sowie die technischen und organisatorischen Maßnahmen. Es verwendet die Organisationseinstellungen und Aufbewahrungsfristen dieser Datenbank.</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Verzeichnis als PDF exportieren</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Export the record as Markdown</source>
        <translation>Verzeichnis als Markdown exportieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Opening the database {location}…</source>
        <translation>Datenbank {location} wird geöffnet …</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Database cannot be used</source>
        <translation>Datenbank kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Choose another place for the database, or quit.</source>
        <translation>Wählen Sie einen anderen Speicherort für die Datenbank oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <source>Open another database, or quit. Nothing was changed.</source>
        <translation>Öffnen Sie eine andere Datenbank oder beenden Sie das Programm. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Andere Datenbank wählen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>The laptop kit was not opened. Open it again with File → Open database, or choose another database.</source>
        <translation>Das Laptop-Set wurde nicht geöffnet. Öffnen Sie es erneut über Datei → Datenbank öffnen, oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Welcome! Set up DLZW Desktop in the window in front.</source>
        <translation>Willkommen! Richten Sie DLZW Desktop im Fenster davor ein.</translation>
    </message>
    <message>
        <source>Setup was cancelled: DLZW Desktop uses a database on this computer. Enter the organisation under Settings; File &gt; Open database chooses another database.</source>
        <translation>Die Einrichtung wurde abgebrochen: DLZW Desktop verwendet eine Datenbank auf diesem Computer. Tragen Sie die Organisation unter Einstellungen ein; Datei &gt; Datenbank öffnen … wählt eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Saving the database password…</source>
        <translation>Das Datenbank-Passwort wird gespeichert …</translation>
    </message>
    <message>
        <source>Open laptop kit</source>
        <translation>Laptop-Set öffnen</translation>
    </message>
    <message>
        <source>{path} is an encrypted laptop kit. Enter its passphrase.</source>
        <translation>{path} ist ein verschlüsseltes Laptop-Set. Geben Sie seine Passphrase ein.</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Choose Administration &gt; Sign in… to sign in, or quit.</source>
        <translation>Niemand ist angemeldet. Wählen Sie Verwaltung &gt; Anmelden …, oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <source>Saving the organisation details…</source>
        <translation>Die Angaben zur Organisation werden gespeichert …</translation>
    </message>
    <message>
        <source>The organisation details were not saved: {reason} An administrator can enter them under Settings.</source>
        <translation>Die Angaben zur Organisation wurden nicht gespeichert: {reason} Die Administration kann sie unter Einstellungen eintragen.</translation>
    </message>
    <message>
        <source>The yearly retention run is due: Administration &gt; Data protection &gt; Retention.</source>
        <translation>Der jährliche Aufbewahrungslauf ist fällig: Verwaltung &gt; Datenschutz &gt; Aufbewahrung.</translation>
    </message>
    <message>
        <source>DLZW database (*.sqlite3);;Laptop kit (*.dlzwkit);;All files (*)</source>
        <translation>DLZW-Datenbank (*.sqlite3);;Laptop-Set (*.dlzwkit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>You were signed out after {minutes} minutes without activity. Sign in again to go on; nothing you entered is lost.</source>
        <translation>Sie wurden nach {minutes} Minuten ohne Aktivität abgemeldet. Melden Sie sich erneut an, um weiterzuarbeiten; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als andere Person anmelden</translation>
    </message>
    <message>
        <source>The laptop kit was locked after {minutes} minutes without activity. Enter its passphrase to go on; nothing you entered is lost.</source>
        <translation>Das Laptop-Set wurde nach {minutes} Minuten ohne Aktivität gesperrt. Geben Sie seine Passphrase ein, um weiterzuarbeiten; nichts von Ihren Eingaben geht verloren.</translation>
    </message>
    <message>
        <source>Database moved away</source>
        <translation>Datenbank nicht mehr am Ort</translation>
    </message>
    <message>
        <source>Saving is not possible until the file is back. Nothing saved before is lost.</source>
        <translation>Speichern ist erst wieder möglich, wenn die Datei zurück ist. Bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out now? Entries in open forms that are not saved yet would be lost.</source>
        <translation>Jetzt abmelden? Noch nicht gespeicherte Eingaben in offenen Formularen gingen verloren.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Restoring the database from {name}…</source>
        <translation>Die Datenbank wird aus {name} wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restored from {name}; the previous state is kept as {safety}.</source>
        <translation>Aus {name} wiederhergestellt; der vorherige Stand bleibt als {safety} erhalten.</translation>
    </message>
    <message>
        <source>Daily backup written and verified.</source>
        <translation>Tägliche Sicherung geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Leere Datenbank</translation>
    </message>
    <message>
        <source>This database is still empty. Load demo data ({count} fictitious cases with people, businesses and consultations) to try DLZW Desktop?

Do not use demo data in a database with real cases.</source>
        <translation>Diese Datenbank ist noch leer. Möchten Sie Demo-Daten laden ({count} erfundene Fälle mit Personen, Unternehmen und Beratungen), um DLZW Desktop auszuprobieren?

Verwenden Sie Demo-Daten nicht in einer Datenbank mit echten Fällen.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demo-Daten laden</translation>
    </message>
    <message>
        <source>Demo data is never loaded into a laptop kit: it would travel back to the office.</source>
        <translation>In ein Laptop-Set werden keine Demodaten geladen: Sie würden mit der Rückgabe ins Büro gelangen.</translation>
    </message>
    <message>
        <source>Add {count} fictitious demo cases to this database?</source>
        <translation>{count} erfundene Demo-Fälle zu dieser Datenbank hinzufügen?</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Demo-Daten werden geladen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Fortschritt beim Laden der Demo-Daten</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demo-Daten geladen.</translation>
    </message>
    <message>
        <source>Loading demo data was cancelled; nothing was added.</source>
        <translation>Das Laden der Demo-Daten wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite-Datenbank (*.sqlite3)</translation>
    </message>
    <message>
        <source>Writing backup…</source>
        <translation>Sicherung wird geschrieben …</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Sicherung geschrieben und geprüft: {path}</translation>
    </message>
</context>
<context>
    <name>DemandTableModel</name>
    <message>
        <source>Meeting on {day}</source>
        <translation>Treffen am {day}</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>WZ code</source>
        <translation>WZ-Schlüssel</translation>
    </message>
    <message>
        <source>Missed offer</source>
        <translation>Fehlendes Angebot</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong that should not have. Your saved data is safe; the last action was not completed. Please tell your administrator and attach the log file.</source>
        <translation>Etwas ist schiefgegangen, das nicht hätte passieren dürfen. Ihre gespeicherten Daten sind sicher; der letzte Vorgang wurde nicht abgeschlossen. Bitte informieren Sie Ihre Administration und fügen Sie die Protokolldatei bei.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Technical details (also written to the log file)</source>
        <translation>Technische Details (auch in der Protokolldatei gespeichert)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Das Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Create the administrator – DLZW Desktop</source>
        <translation>Administrationskonto anlegen – DLZW Desktop</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. Create the administrator account now: from then on everybody signs in with a user name and password. The administrator creates the accounts of colleagues.</source>
        <translation>Diese Datenbank hat noch keine Benutzerkonten. Legen Sie jetzt das Administrationskonto an: Ab dann melden sich alle mit Benutzername und Passwort an. Die Administration legt die Konten der Kolleginnen und Kollegen an.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. a.yilmaz</source>
        <translation>z. B. a.yilmaz</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>e.g. Ayşe Yılmaz</source>
        <translation>z. B. Ayşe Yılmaz</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data are fictitious but realistic examples: {count} microloan cases with founders, businesses and consultations, vacant properties, quarters and initiatives. All names, addresses and figures are invented. They help you to get to know the screens and to try things out.</source>
        <translation>Demo-Daten sind erfundene, aber realistische Beispiele: {count} Mikrokredit-Fälle mit Gründerinnen und Gründern, Unternehmen und Beratungen, dazu leer stehende Immobilien, Quartiere und Initiativen. Alle Namen, Anschriften und Zahlen sind ausgedacht. Mit ihnen lernen Sie die Bildschirme kennen und können gefahrlos ausprobieren.</translation>
    </message>
    <message>
        <source>&amp;Load demo data ({count} fictitious cases)</source>
        <translation>&amp;Demo-Daten laden ({count} erfundene Fälle)</translation>
    </message>
    <message>
        <source>Where should the database be stored?</source>
        <translation>Wo soll die Datenbank gespeichert werden?</translation>
    </message>
    <message>
        <source>DLZW database (*.sqlite3);;Laptop kit (*.dlzwkit);;All files (*)</source>
        <translation>DLZW-Datenbank (*.sqlite3);;Laptop-Set (*.dlzwkit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the place for the database…</source>
        <translation>Der Speicherort wird geprüft …</translation>
    </message>
    <message>
        <source>Connecting to {server} (at most {seconds} seconds)…</source>
        <translation>Verbindung zu {server} wird hergestellt (höchstens {seconds} Sekunden) …</translation>
    </message>
    <message>
        <source>Not tested yet: Test connection checks the address now; Next checks it before it goes on.</source>
        <translation>Noch nicht geprüft: „Verbindung testen“ prüft die Adresse sofort; „Weiter“ prüft sie, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}, database {database}, login {login}.</source>
        <translation>Verbunden: PostgreSQL {version}, Datenbank {database}, Anmeldung {login}.</translation>
    </message>
    <message>
        <source>The database is empty: DLZW Desktop sets it up when you finish.</source>
        <translation>Die Datenbank ist leer: DLZW Desktop richtet sie beim Fertigstellen ein.</translation>
    </message>
    <message>
        <source>The database is empty, but the login {login} may not set it up (create tables and roles). Set it up once with the owner's login (dlzw init, see the administration guide), or ask the administration.</source>
        <translation>Die Datenbank ist leer, aber die Anmeldung {login} darf sie nicht einrichten (Tabellen und Rollen anlegen). Richten Sie sie einmal mit der Anmeldung des Eigentümers ein (dlzw init, siehe Handbuch für die Administration), oder wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>It holds a DLZW database of this version: it is opened as it is.</source>
        <translation>Sie enthält eine DLZW-Datenbank dieser Version: Sie wird unverändert geöffnet.</translation>
    </message>
    <message>
        <source>It holds a DLZW database of an older version: it is upgraded when it is opened. Make sure a current backup exists.</source>
        <translation>Sie enthält eine DLZW-Datenbank einer älteren Version: Sie wird beim Öffnen aktualisiert. Stellen Sie sicher, dass eine aktuelle Sicherung vorliegt.</translation>
    </message>
    <message>
        <source>It holds a DLZW database of an older version, which only its owner may upgrade. Ask the administration to run dlzw init, then test again.</source>
        <translation>Sie enthält eine DLZW-Datenbank einer älteren Version, die nur ihr Eigentümer aktualisieren darf. Bitten Sie die Administration, dlzw init auszuführen, und testen Sie danach erneut.</translation>
    </message>
    <message>
        <source>It holds a DLZW database of a newer version. This DLZW Desktop is too old for it: install the current version. Nothing was changed.</source>
        <translation>Sie enthält eine DLZW-Datenbank einer neueren Version. Dieses DLZW Desktop ist dafür zu alt: Installieren Sie die aktuelle Version. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>It holds tables of another program, not a DLZW database. Choose an empty database or a DLZW database; nothing was changed.</source>
        <translation>Sie enthält Tabellen eines anderen Programms, keine DLZW-Datenbank. Wählen Sie eine leere Datenbank oder eine DLZW-Datenbank; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A new database will be created here.</source>
        <translation>Hier wird eine neue Datenbank angelegt.</translation>
    </message>
    <message>
        <source>A DLZW database is already stored here: it is opened as it is.</source>
        <translation>Hier liegt bereits eine DLZW-Datenbank: Sie wird unverändert geöffnet.</translation>
    </message>
    <message>
        <source>A DLZW database of an older version is stored here: it is upgraded when it is opened.</source>
        <translation>Hier liegt eine DLZW-Datenbank einer älteren Version: Sie wird beim Öffnen aktualisiert.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of DLZW Desktop, which this version cannot open: install the current version, or choose another file.</source>
        <translation>Diese Datei stammt von einer neueren Version von DLZW Desktop, die diese Version nicht öffnen kann: Installieren Sie die aktuelle Version, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>This is an encrypted laptop kit: DLZW Desktop asks for its passphrase when it opens it.</source>
        <translation>Dies ist ein verschlüsseltes Laptop-Set: DLZW Desktop fragt beim Öffnen nach seiner Passphrase.</translation>
    </message>
    <message>
        <source>This file is not a DLZW database. Choose another file name; the file stays untouched.</source>
        <translation>Diese Datei ist keine DLZW-Datenbank. Wählen Sie einen anderen Dateinamen; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>It already holds people and cases.</source>
        <translation>Sie enthält bereits Personen und Fälle.</translation>
    </message>
    <message>
        <source>Warning: this is a network drive. A database file there can be damaged when several computers use it; several workstations share a PostgreSQL database instead.</source>
        <translation>Achtung: Dies ist ein Netzlaufwerk. Eine Datenbankdatei dort kann beschädigt werden, wenn mehrere Computer sie nutzen; mehrere Arbeitsplätze teilen sich stattdessen eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>From the office database (the laptop kit brings it along).</source>
        <translation>Aus der Büro-Datenbank (das Laptop-Set bringt sie mit).</translation>
    </message>
    <message>
        <source>The database already names its organisation ({name}); it stays as it is. Change it under Settings.</source>
        <translation>Die Datenbank nennt bereits ihre Organisation ({name}); sie bleibt unverändert. Ändern können Sie sie unter Einstellungen.</translation>
    </message>
    <message>
        <source>PostgreSQL database {location}</source>
        <translation>PostgreSQL-Datenbank {location}</translation>
    </message>
    <message>
        <source>The password is saved for your user account in {file} (readable only by you), not in the settings of DLZW Desktop.</source>
        <translation>Das Passwort wird für Ihr Benutzerkonto in {file} gespeichert (nur für Sie lesbar), nicht in den Einstellungen von DLZW Desktop.</translation>
    </message>
    <message>
        <source>File {path}</source>
        <translation>Datei {path}</translation>
    </message>
    <message>
        <source>None (the database is not empty).</source>
        <translation>Keine (die Datenbank ist nicht leer).</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>{count} fictitious cases are loaded after you have signed in.</source>
        <translation>{count} erfundene Fälle werden nach Ihrer Anmeldung geladen.</translation>
    </message>
    <message>
        <source>None: you start with an empty database.</source>
        <translation>Keine: Sie beginnen mit einer leeren Datenbank.</translation>
    </message>
    <message>
        <source>Next, DLZW Desktop opens the laptop kit and asks for its passphrase.</source>
        <translation>Danach öffnet DLZW Desktop das Laptop-Set und fragt nach seiner Passphrase.</translation>
    </message>
    <message>
        <source>Next, DLZW Desktop sets up the database and asks you for the administrator account: the administrator signs in first and creates the accounts of colleagues.</source>
        <translation>Danach richtet DLZW Desktop die Datenbank ein und fragt nach dem Administrationskonto: Die Administration meldet sich als Erste an und legt die Konten der Kolleginnen und Kollegen an.</translation>
    </message>
    <message>
        <source>Next, DLZW Desktop opens the database. You sign in with your account; if the database has no accounts yet, you create the administrator account.</source>
        <translation>Danach öffnet DLZW Desktop die Datenbank. Sie melden sich mit Ihrem Konto an; hat die Datenbank noch keine Konten, legen Sie das Administrationskonto an.</translation>
    </message>
    <message>
        <source>Set up DLZW Desktop</source>
        <translation>DLZW Desktop einrichten</translation>
    </message>
    <message>
        <source>Welcome to DLZW Desktop</source>
        <translation>Willkommen bei DLZW Desktop</translation>
    </message>
    <message>
        <source>Set up DLZW Desktop in a few steps. First, the organisation: its name and letterhead head every letter, exposé and report.</source>
        <translation>Richten Sie DLZW Desktop in wenigen Schritten ein. Zuerst die Organisation: Ihr Name und Briefkopf stehen über jedem Schreiben, Exposé und Bericht.</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>&amp;Name der Organisation</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Organisational &amp;unit</source>
        <translation>Organisations&amp;einheit</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Letterhead &amp;address</source>
        <translation>&amp;Anschrift im Briefkopf</translation>
    </message>
    <message>
        <source>Letterhead address</source>
        <translation>Anschrift im Briefkopf</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straße und Hausnummer
Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>&amp;Contact line</source>
        <translation>&amp;Kontaktzeile</translation>
    </message>
    <message>
        <source>Contact line of the letterhead</source>
        <translation>Kontaktzeile im Briefkopf</translation>
    </message>
    <message>
        <source>Telephone · e-mail · website</source>
        <translation>Telefon · E-Mail · Internetseite</translation>
    </message>
    <message>
        <source>These details are stored in the database and shared by everyone who uses it. You can change them later under Settings.</source>
        <translation>Diese Angaben werden in der Datenbank gespeichert und gelten für alle, die sie nutzen. Sie können sie später unter Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Note on the organisation</source>
        <translation>Hinweis zur Organisation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where should the data be stored?</source>
        <translation>Wo sollen die Daten gespeichert werden?</translation>
    </message>
    <message>
        <source>In a file on this computer for a single workstation, or in a shared PostgreSQL database for several workstations in the office.</source>
        <translation>In einer Datei auf diesem Computer für einen einzelnen Arbeitsplatz, oder in einer gemeinsamen PostgreSQL-Datenbank für mehrere Arbeitsplätze im Büro.</translation>
    </message>
    <message>
        <source>&amp;Local file on this computer (one workstation)</source>
        <translation>Datei auf &amp;diesem Computer (ein Arbeitsplatz)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Speicher&amp;ort</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>An existing DLZW database at this place is opened as it is. Do not use a network drive: several workstations share a PostgreSQL database.</source>
        <translation>Eine DLZW-Datenbank, die hier bereits liegt, wird unverändert geöffnet. Bitte kein Netzlaufwerk verwenden: Mehrere Arbeitsplätze teilen sich eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Note on the file</source>
        <translation>Hinweis zur Datei</translation>
    </message>
    <message>
        <source>Shared database on a &amp;server (PostgreSQL)</source>
        <translation>Gemeinsame Datenbank auf einem &amp;Server (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Address of the PostgreSQL database</source>
        <translation>Adresse der PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>postgresql://dbserver/dlzw</source>
        <translation>postgresql://dbserver/dlzw</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password of the database login</source>
        <translation>Passwort der Datenbank-Anmeldung</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur, wenn der Server danach fragt</translation>
    </message>
    <message>
        <source>A login other than your Windows user name goes in front of the server, like login@dbserver. Leave the password empty when the administration has set up a password file or Windows sign-in for you.</source>
        <translation>Eine andere Anmeldung als Ihr Windows-Benutzername steht vor dem Server, etwa anmeldung@dbserver. Lassen Sie das Passwort leer, wenn die Administration eine Passwortdatei oder die Windows-Anmeldung für Sie eingerichtet hat.</translation>
    </message>
    <message>
        <source>Note on the server address</source>
        <translation>Hinweis zur Serveradresse</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Demo data for trying it out</source>
        <translation>Demo-Daten zum Ausprobieren</translation>
    </message>
    <message>
        <source>Load fictitious examples to learn DLZW Desktop, or start with an empty database.</source>
        <translation>Laden Sie erfundene Beispiele, um DLZW Desktop kennenzulernen, oder beginnen Sie mit einer leeren Datenbank.</translation>
    </message>
    <message>
        <source>About demo data</source>
        <translation>Über Demo-Daten</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Demo-Daten laden</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demo-Daten laden</translation>
    </message>
    <message>
        <source>Do not load demo data into the database you will use for real cases: the examples would be counted in reports. You can load them later into a practice database with File &gt; Load demo data.</source>
        <translation>Laden Sie keine Demo-Daten in die Datenbank, mit der Sie wirklich arbeiten werden: Die Beispiele würden in Berichten mitgezählt. In eine Übungsdatenbank können Sie sie später über Datei &gt; Demo-Daten laden … holen.</translation>
    </message>
    <message>
        <source>Warning about demo data</source>
        <translation>Warnung zu Demo-Daten</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>Check your choices. Finish stores them and opens the database.</source>
        <translation>Prüfen Sie Ihre Angaben. „Fertigstellen“ speichert sie und öffnet die Datenbank.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Demo data:</source>
        <translation>Demo-Daten:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo-Daten</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
</context>
<context>
    <name>GlobalSearchPopup</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobilie</translation>
    </message>
    <message>
        <source>Show all matching cases…</source>
        <translation>Alle passenden Fälle anzeigen …</translation>
    </message>
    <message>
        <source>Show all matching people…</source>
        <translation>Alle passenden Personen anzeigen …</translation>
    </message>
    <message>
        <source>Show all matching businesses…</source>
        <translation>Alle passenden Unternehmen anzeigen …</translation>
    </message>
    <message>
        <source>Show all matching properties…</source>
        <translation>Alle passenden Immobilien anzeigen …</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Type at least two characters to search.</source>
        <translation>Geben Sie mindestens zwei Zeichen ein, um zu suchen.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Nichts gefunden für „{text}“.</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>Type a case number, a name, a business or a street; arrow keys choose a result, Enter opens it.</source>
        <translation>Geben Sie eine Fallnummer, einen Namen, ein Unternehmen oder eine Straße ein; mit den Pfeiltasten wählen Sie einen Treffer, Enter öffnet ihn.</translation>
    </message>
    <message>
        <source>Search cases, people, businesses and properties…</source>
        <translation>Fälle, Personen, Unternehmen und Immobilien durchsuchen …</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>Tastaturhinweis</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc closes</source>
        <translation>↑ ↓ auswählen · Enter öffnet · Esc schließt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows with notes or problems</source>
        <translation>Zeilen mit Hinweisen oder Problemen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Zu importierende Liste wählen</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Listen (*.xlsx *.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Step 1 of 5: the list</source>
        <translation>Schritt 1 von 5: die Liste</translation>
    </message>
    <message>
        <source>Step 2 of 5: worksheet and column titles</source>
        <translation>Schritt 2 von 5: Tabellenblatt und Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Step 3 of 5: columns</source>
        <translation>Schritt 3 von 5: Spalten zuordnen</translation>
    </message>
    <message>
        <source>Step 4 of 5: check every row</source>
        <translation>Schritt 4 von 5: jede Zeile prüfen</translation>
    </message>
    <message>
        <source>Step 5 of 5: import</source>
        <translation>Schritt 5 von 5: importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading {name} in a protected process…</source>
        <translation>{name} wird in einem geschützten Prozess gelesen …</translation>
    </message>
    <message>
        <source>{rows} rows read.</source>
        <translation>{rows} Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Reading was stopped.</source>
        <translation>Das Lesen wurde angehalten.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <source>Still needed: a column for {fields}.</source>
        <translation>Es fehlt noch eine Spalte für: {fields}.</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>Jede Zeile wird mit der Datenbank abgeglichen …</translation>
    </message>
    <message>
        <source>{rows} rows with data: {ready} ready, {notes} with notes, {duplicates} duplicates, {errors} with errors (these are not imported).
Will be imported: {imported} as new, {linked} linked to existing records; {skipped} skipped.</source>
        <translation>{rows} Zeilen mit Daten: {ready} in Ordnung, {notes} mit Hinweisen, {duplicates} Dubletten, {errors} mit Fehlern (diese werden nicht importiert).
Importiert werden: {imported} neu, {linked} mit vorhandenen Datensätzen verknüpft; {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>{empty} empty rows were left out.</source>
        <translation>{empty} leere Zeilen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Row {row}: {record}</source>
        <translation>Zeile {row}: {record}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Bericht gespeichert: {path}</translation>
    </message>
    <message>
        <source>Importing {count} rows of {name} ({linked} linked to existing records). All rows are written together: if you stop, or a row cannot be written, nothing is kept.</source>
        <translation>{count} Zeilen aus {name} werden importiert ({linked} mit vorhandenen Datensätzen verknüpft). Alle Zeilen werden gemeinsam geschrieben: Wenn Sie anhalten oder eine Zeile nicht geschrieben werden kann, wird nichts übernommen.</translation>
    </message>
    <message>
        <source>Imported: {imported} rows ({linked} linked to existing records). Recorded: {created}.</source>
        <translation>Importiert: {imported} Zeilen ({linked} mit vorhandenen Datensätzen verknüpft). Erfasst: {created}.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Der Import wurde angehalten. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>Der Import ist fehlgeschlagen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>roles in businesses</source>
        <translation>Rollen in Unternehmen</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>stage entries</source>
        <translation>Phaseneinträge</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>Checklistenpunkte</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>properties</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>status entries</source>
        <translation>Statuseinträge</translation>
    </message>
    <message>
        <source>in row {row}</source>
        <translation>in Zeile {row}</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>in der Datenbank</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>Duplicate {where} ({certainty}): {label} – {reasons}</source>
        <translation>Dublette {where} ({certainty}): {label} – {reasons}</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <source>Step of the import</source>
        <translation>Schritt des Imports</translation>
    </message>
    <message>
        <source>&amp;What the list holds</source>
        <translation>Was die &amp;Liste enthält</translation>
    </message>
    <message>
        <source>Kind of list</source>
        <translation>Art der Liste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file</source>
        <translation>Eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx) and CSV files (UTF-8, UTF-8 with BOM or Windows-1252; commas or semicolons) can be imported. The file is read in a separate, protected process: files that are damaged, contain macros or try to exhaust the computer are refused.</source>
        <translation>Importiert werden können Excel-Arbeitsmappen (.xlsx) und CSV-Dateien (UTF-8, UTF-8 mit BOM oder Windows-1252; Komma oder Semikolon). Die Datei wird in einem eigenen, geschützten Prozess gelesen: Beschädigte Dateien, Dateien mit Makros und Dateien, die den Rechner überlasten wollen, werden abgewiesen.</translation>
    </message>
    <message>
        <source>Which files can be imported</source>
        <translation>Welche Dateien importiert werden können</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Message about the file</source>
        <translation>Meldung zur Datei</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>&amp;Tabellenblatt</translation>
    </message>
    <message>
        <source>Worksheet to import</source>
        <translation>Zu importierendes Tabellenblatt</translation>
    </message>
    <message>
        <source>Column &amp;titles in row</source>
        <translation>Spalten&amp;überschriften in Zeile</translation>
    </message>
    <message>
        <source>Row holding the column titles</source>
        <translation>Zeile mit den Spaltenüberschriften</translation>
    </message>
    <message>
        <source>The first rows of the file (the row with the column titles is marked):</source>
        <translation>Die ersten Zeilen der Datei (die Zeile mit den Spaltenüberschriften ist markiert):</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Choose for each field the column of the file that holds it. The suggestion comes from the column titles; fields marked * are required.</source>
        <translation>Wählen Sie für jedes Feld die Spalte der Datei, in der es steht. Der Vorschlag ergibt sich aus den Spaltenüberschriften; mit * markierte Felder sind Pflicht.</translation>
    </message>
    <message>
        <source>How to assign the columns</source>
        <translation>So ordnen Sie die Spalten zu</translation>
    </message>
    <message>
        <source>Saved &amp;assignment</source>
        <translation>Gespeicherte &amp;Zuordnung</translation>
    </message>
    <message>
        <source>Saved column assignments</source>
        <translation>Gespeicherte Spaltenzuordnungen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply the saved column assignment</source>
        <translation>Gespeicherte Spaltenzuordnung übernehmen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the saved column assignment</source>
        <translation>Gespeicherte Spaltenzuordnung löschen</translation>
    </message>
    <message>
        <source>Column of the file for each field</source>
        <translation>Spalte der Datei für jedes Feld</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Speichern &amp;als</translation>
    </message>
    <message>
        <source>Name of the column assignment</source>
        <translation>Name der Spaltenzuordnung</translation>
    </message>
    <message>
        <source>e.g. Liste vom Jobcenter</source>
        <translation>z. B. Liste vom Jobcenter</translation>
    </message>
    <message>
        <source>&amp;Save assignment</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the column assignment</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>Fields still without a column</source>
        <translation>Felder noch ohne Spalte</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Save &amp;report (XLSX)…</source>
        <translation>&amp;Bericht speichern (XLSX) …</translation>
    </message>
    <message>
        <source>Save the list of problems as an Excel file</source>
        <translation>Liste der Probleme als Excel-Datei speichern</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to them</source>
        <translation>Zeilen der Datei und was mit ihnen geschieht</translation>
    </message>
    <message>
        <source>Problems and duplicates of the selected row</source>
        <translation>Probleme und Dubletten der gewählten Zeile</translation>
    </message>
    <message>
        <source>Selected rows:</source>
        <translation>Gewählte Zeilen:</translation>
    </message>
    <message>
        <source>Import the selected rows</source>
        <translation>Gewählte Zeilen importieren</translation>
    </message>
    <message>
        <source>&amp;Link to existing</source>
        <translation>Mit vorhandenem &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Use the existing records for the selected rows</source>
        <translation>Für die gewählten Zeilen die vorhandenen Datensätze verwenden</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Skip the selected rows</source>
        <translation>Gewählte Zeilen überspringen</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <source>Save the report of the import as an Excel file</source>
        <translation>Bericht über den Import als Excel-Datei speichern</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Edit initiative</source>
        <translation>Initiative bearbeiten</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>(no quarter: districts only)</source>
        <translation>(kein Quartier: nur Bezirke)</translation>
    </message>
    <message>
        <source>{count} district(s) ticked</source>
        <translation>{count} Bezirk(e) ausgewählt</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name of the initiative</source>
        <translation>Name der Initiative</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Type of initiative</source>
        <translation>Art der Initiative</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>Quarter of the initiative</source>
        <translation>Quartier der Initiative</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on the initiative</source>
        <translation>Notizen zur Initiative</translation>
    </message>
    <message>
        <source>Statistical districts</source>
        <translation>Statistische Bezirke</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Filter districts by name</source>
        <translation>Bezirke nach Namen filtern</translation>
    </message>
    <message>
        <source>e.g. Hörde</source>
        <translation>z. B. Hörde</translation>
    </message>
    <message>
        <source>Districts of the initiative</source>
        <translation>Bezirke der Initiative</translation>
    </message>
    <message>
        <source>Number of ticked districts</source>
        <translation>Anzahl ausgewählter Bezirke</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Choose a quarter, tick districts, or both.</source>
        <translation>Wählen Sie ein Quartier, kreuzen Sie Bezirke an oder beides.</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Speichern oder abbrechen</translation>
    </message>
</context>
<context>
    <name>KitCheckoutDialog</name>
    <message>
        <source>Refresh laptop kit</source>
        <translation>Laptop-Set aktualisieren</translation>
    </message>
    <message>
        <source>Choose the kit file from the laptop and enter its passphrase. The kit receives what changed in the office; what was recorded on the laptop and not yet checked in stays. Tick days to add to the kit (for several days in a row).</source>
        <translation>Wählen Sie die Set-Datei vom Laptop und geben Sie ihre Passphrase ein. Das Set erhält, was sich im Büro geändert hat; was auf dem Laptop erfasst und noch nicht zurückgegeben wurde, bleibt erhalten. Haken Sie Tage an, die hinzukommen sollen (für mehrere Sprechtage hintereinander).</translation>
    </message>
    <message>
        <source>&amp;Add days</source>
        <translation>Tage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Check out laptop kit</source>
        <translation>Laptop-Set ausgeben</translation>
    </message>
    <message>
        <source>The kit holds the chosen days with their appointments, the people and cases booked, and what is needed to work on them without network. It is encrypted with the passphrase; tell the advisor the passphrase in person, never with the kit.</source>
        <translation>Das Set enthält die gewählten Tage mit ihren Terminen, die gebuchten Personen und Fälle und alles, was für die Arbeit ohne Netz nötig ist. Es wird mit der Passphrase verschlüsselt; nennen Sie der Beraterin oder dem Berater die Passphrase persönlich, niemals zusammen mit dem Set.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters; a few unrelated words work well.</source>
        <translation>Die Passphrase braucht mindestens {count} Zeichen; einige Wörter ohne Zusammenhang eignen sich gut.</translation>
    </message>
    <message>
        <source>Laptop kit (*{suffix})</source>
        <translation>Laptop-Set (*{suffix})</translation>
    </message>
    <message>
        <source>Choose the laptop kit</source>
        <translation>Laptop-Set wählen</translation>
    </message>
    <message>
        <source>Save the laptop kit</source>
        <translation>Laptop-Set speichern</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>Consultation days for the kit</source>
        <translation>Sprechtage für das Set</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>&amp;Beratung durch</translation>
    </message>
    <message>
        <source>Advisor who takes the laptop</source>
        <translation>Beraterin oder Berater, die bzw. der den Laptop mitnimmt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Kit file</source>
        <translation>Set-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose the kit file</source>
        <translation>Die Set-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>Wiederh&amp;olen</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export to Excel</source>
        <extracomment>The role under which list models of this application give raw values (see ui.report_table_model).</extracomment>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Die Liste wird gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading more rows of the list…</source>
        <translation>Weitere Zeilen der Liste werden geladen…</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>{path} wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>LocalEconomyChart</name>
    <message>
        <source>Chart: supported businesses by sector, quarter and city</source>
        <translation>Diagramm: geförderte Unternehmen nach Branche, Quartier und Stadt</translation>
    </message>
    <message>
        <source>No supported businesses yet</source>
        <translation>Noch keine geförderten Unternehmen</translation>
    </message>
    <message>
        <source>Supported businesses by WZ section (share in %)</source>
        <translation>Geförderte Unternehmen nach WZ-Abschnitt (Anteil in %)</translation>
    </message>
    <message>
        <source>Dortmund</source>
        <translation>Dortmund</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>LwsiView</name>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>LWSI</source>
        <translation>LWSI</translation>
    </message>
    <message>
        <source>Direct value added</source>
        <translation>Direkte Wertschöpfung</translation>
    </message>
    <message>
        <source>Per inhabitant</source>
        <translation>Je Einwohner/in</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Reactivated m²</source>
        <translation>Reaktivierte m²</translation>
    </message>
    <message>
        <source>Index (4 quarters)</source>
        <translation>Index (4 Quartale)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Estimated inputs</source>
        <translation>Geschätzte Eingaben</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>GVA per worker</source>
        <translation>BWS je Erwerbstätigen</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>multiplier (default without survey)</source>
        <translation>Multiplikator (Vorgabewert ohne Befragung)</translation>
    </message>
    <message>
        <source>GVA of section {section} (NRW average)</source>
        <translation>BWS Abschnitt {section} (NRW-Durchschnitt)</translation>
    </message>
    <message>
        <source>fewer than four quarters</source>
        <translation>weniger als vier Quartale</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>no base</source>
        <translation>keine Basis</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Gesamtstadt</translation>
    </message>
    <message>
        <source>{name} (base year {year})</source>
        <translation>{name} (Basisjahr {year})</translation>
    </message>
    <message>
        <source>{area}: nothing computed yet. Import a GVA table if needed, then choose Compute.</source>
        <translation>{area}: noch nichts berechnet. Importieren Sie bei Bedarf eine BWS-Tabelle und wählen Sie dann „Berechnen“.</translation>
    </message>
    <message>
        <source>{area}: no index yet – it needs four computed quarters and a base year with value.</source>
        <translation>{area}: noch kein Index – dafür sind vier berechnete Quartale und ein Basisjahr mit Wert nötig.</translation>
    </message>
    <message>
        <source>{area}: index {index} after {quarter} (base year {year} = 100); target ≥ {goal}: {status}</source>
        <translation>{area}: Index {index} nach {quarter} (Basisjahr {year} = 100); Ziel ≥ {goal}: {status}</translation>
    </message>
    <message>
        <source>Estimated inputs: {inputs}. Source of the GVA values: {source}.</source>
        <translation>Geschätzte Eingaben: {inputs}. Quelle der BWS-Werte: {source}.</translation>
    </message>
    <message>
        <source>No estimated inputs. Source of the GVA values: {source}.</source>
        <translation>Keine geschätzten Eingaben. Quelle der BWS-Werte: {source}.</translation>
    </message>
    <message>
        <source>LWSI per quarter and index (estimated)</source>
        <translation>LWSI je Quartal und Index (geschätzt)</translation>
    </message>
    <message>
        <source>LWSI per quarter and index</source>
        <translation>LWSI je Quartal und Index</translation>
    </message>
    <message>
        <source>LWSI in thousand €</source>
        <translation>LWSI in Tausend €</translation>
    </message>
    <message>
        <source>thousand €</source>
        <translation>Tausend €</translation>
    </message>
    <message>
        <source>Index (base year = 100)</source>
        <translation>Index (Basisjahr = 100)</translation>
    </message>
    <message>
        <source>Target {goal}</source>
        <translation>Ziel {goal}</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>{count} supported businesses without WZ section, district or jobs count were left out.</source>
        <translation>{count} geförderte Unternehmen ohne WZ-Abschnitt, Bezirk oder Arbeitsplatzangabe blieben unberücksichtigt.</translation>
    </message>
    <message>
        <source>Reference tables</source>
        <translation>Referenztabellen</translation>
    </message>
    <message>
        <source>Area of the indicator</source>
        <translation>Gebiet des Indikators</translation>
    </message>
    <message>
        <source>Ar&amp;ea</source>
        <translation>&amp;Gebiet</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Compute the base year and every quarter up to the last completed one, and store them with their inputs</source>
        <translation>Basisjahr und alle Quartale bis zum letzten abgeschlossenen berechnen und mit ihren Eingaben speichern</translation>
    </message>
    <message>
        <source>Compute the indicator</source>
        <translation>Indikator berechnen</translation>
    </message>
    <message>
        <source>Computation progress</source>
        <translation>Fortschritt der Berechnung</translation>
    </message>
    <message>
        <source>&amp;Import reference table…</source>
        <translation>Referenztabelle &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a reference table</source>
        <translation>Referenztabelle importieren</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Stand der Zielerreichung</translation>
    </message>
    <message>
        <source>Trend of the indicator</source>
        <translation>Verlauf des Indikators</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>&amp;Quartale</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Nach E&amp;xcel exportieren …</translation>
    </message>
    <message>
        <source>Export the quarters to Excel</source>
        <translation>Quartale nach Excel exportieren</translation>
    </message>
    <message>
        <source>Indicator per calendar quarter</source>
        <translation>Indikator je Kalenderquartal</translation>
    </message>
    <message>
        <source>&amp;Reference tables</source>
        <translation>&amp;Referenztabellen</translation>
    </message>
    <message>
        <source>Export &amp;table list…</source>
        <translation>&amp;Tabellenliste exportieren …</translation>
    </message>
    <message>
        <source>Export the reference tables to Excel</source>
        <translation>Referenztabellen nach Excel exportieren</translation>
    </message>
    <message>
        <source>Imported reference tables</source>
        <translation>Importierte Referenztabellen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DLZW Desktop – Microloan advice</source>
        <translation>DLZW Desktop – Mikrokreditberatung</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Here advisors will follow each microloan case from the first consultation through documents, assessment and recommendation to the lender's decision, payout and monitoring. This section is being built.</source>
        <translation>Hier begleiten Sie jeden Mikrokreditfall von der Erstberatung über Unterlagen, Prüfung und Empfehlung bis zur Entscheidung des Kreditgebers, zur Auszahlung und zur Begleitung. Dieser Bereich befindet sich im Aufbau.</translation>
    </message>
    <message>
        <source>People &amp; businesses</source>
        <translation>Personen &amp; Unternehmen</translation>
    </message>
    <message>
        <source>Here you will record founders, co-founders and guarantors and their businesses, with a duplicate check at intake. This section is being built.</source>
        <translation>Hier erfassen Sie Gründerinnen und Gründer, Mitgründende und Bürgen sowie ihre Unternehmen, mit Dublettenprüfung bei der Aufnahme. Dieser Bereich befindet sich im Aufbau.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Here you will keep the register of vacant shops and workshops, the space requests of founders and the explained matches between them. This section is being built.</source>
        <translation>Hier führen Sie das Verzeichnis leerstehender Ladenlokale und Werkstätten, die Raumgesuche von Gründenden und die begründeten Vorschläge zwischen beiden. Dieser Bereich befindet sich im Aufbau.</translation>
    </message>
    <message>
        <source>Quarters &amp; initiatives</source>
        <translation>Quartiere &amp; Initiativen</translation>
    </message>
    <message>
        <source>Consultation days</source>
        <translation>Sprechtage</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Here you will produce the annual microfinance report as PDF and Excel, programme costs per job and the local value-creation indicator. This section is being built.</source>
        <translation>Hier erstellen Sie den Jahresbericht Mikrofinanzierung als PDF und Excel, die Programmkosten je Arbeitsplatz und den lokalen Wertschöpfungsindikator. Dieser Bereich befindet sich im Aufbau.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Verwendete Datenbank</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldete Person</translation>
    </message>
    <message>
        <source>Background activity</source>
        <translation>Hintergrundaktivität</translation>
    </message>
    <message>
        <source>Laptop kit</source>
        <translation>Laptop-Set</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Benutzer/in: {name}</translation>
    </message>
    <message>
        <source>Laptop kit {code} · consultation day {days}</source>
        <translation>Laptop-Set {code} · Sprechtag {days}</translation>
    </message>
    <message>
        <source>This is an encrypted copy for working offline. Write a check-in package in the section Consultation days and import it in the office.</source>
        <translation>Dies ist eine verschlüsselte Kopie für die Arbeit ohne Netz. Erstellen Sie im Bereich Sprechtage ein Rückgabepaket und importieren Sie es im Büro.</translation>
    </message>
    <message>
        <source>No records opened yet</source>
        <translation>Noch keine Datensätze geöffnet</translation>
    </message>
    <message>
        <source>Export list to Excel</source>
        <translation>Liste nach Excel exportieren</translation>
    </message>
    <message>
        <source>Click into the list you want to export, then choose Export list again.</source>
        <translation>Klicken Sie in die Liste, die Sie exportieren möchten, und wählen Sie dann erneut „Liste nach Excel exportieren“.</translation>
    </message>
    <message>
        <source>DLZW Desktop</source>
        <translation>DLZW Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Choose a section of the application</source>
        <translation>Wählen Sie einen Bereich des Programms</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recently opened</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>Überall &amp;suchen …</translation>
    </message>
    <message>
        <source>Search cases, people, businesses and properties (Ctrl+K)</source>
        <translation>Fälle, Personen, Unternehmen und Immobilien durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern …</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demo-Daten laden …</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>Liste nach &amp;Excel exportieren…</translation>
    </message>
    <message>
        <source>Export the list you are in to an Excel workbook, as filtered and sorted on screen</source>
        <translation>Die Liste, in der Sie arbeiten, so gefiltert und sortiert wie angezeigt als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Liste &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer/innen …</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Data protection…</source>
        <translation>&amp;Datenschutz …</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>Sicherungen und &amp;Wiederherstellung …</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Mein Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About DLZW Desktop</source>
        <translation>Ü&amp;ber DLZW Desktop</translation>
    </message>
</context>
<context>
    <name>MatchCandidateTableModel</name>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobilie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Rent incl. charges</source>
        <translation>Miete inkl. NK</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobilie</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>MatchingSettingsDialog</name>
    <message>
        <source>Matching settings</source>
        <translation>Einstellungen der Vermittlung</translation>
    </message>
    <message>
        <source>Weights of the score parts (0 switches a part off)</source>
        <translation>Gewichte der Bewertungsteile (0 schaltet einen Teil ab)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Weight of the size fit</source>
        <translation>Gewicht der passenden Größe</translation>
    </message>
    <message>
        <source>&amp;Rent:</source>
        <translation>&amp;Miete:</translation>
    </message>
    <message>
        <source>Weight of the rent fit</source>
        <translation>Gewicht der passenden Miete</translation>
    </message>
    <message>
        <source>Weight of the location preference</source>
        <translation>Gewicht der Wunschlage</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Lage:</translation>
    </message>
    <message>
        <source>Fea&amp;tures:</source>
        <translation>&amp;Ausstattung:</translation>
    </message>
    <message>
        <source>Weight of the wished features</source>
        <translation>Gewicht der gewünschten Ausstattung</translation>
    </message>
    <message>
        <source>&amp;Demand profile:</source>
        <translation>&amp;Bedarfsprofil:</translation>
    </message>
    <message>
        <source>Weight of the fit with the district's demand</source>
        <translation>Gewicht der Passung zum Bedarf im Bezirk</translation>
    </message>
    <message>
        <source>Re&amp;novation effort:</source>
        <translation>Re&amp;novierungsaufwand:</translation>
    </message>
    <message>
        <source>Weight of the renovation effort</source>
        <translation>Gewicht des Renovierungsaufwands</translation>
    </message>
    <message>
        <source>Tolerances of the hard filters</source>
        <translation>Spielräume der Ausschlusskriterien</translation>
    </message>
    <message>
        <source>&amp;Area may differ by:</source>
        <translation>&amp;Fläche darf abweichen um:</translation>
    </message>
    <message>
        <source>Tolerance of the size range in percent</source>
        <translation>Spielraum der Flächenspanne in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rent may e&amp;xceed by:</source>
        <translation>Miete darf über&amp;schreiten um:</translation>
    </message>
    <message>
        <source>Tolerance of the rent limit in percent</source>
        <translation>Spielraum der Höchstmiete in Prozent</translation>
    </message>
    <message>
        <source>Move-in &amp;grace:</source>
        <translation>&amp;Karenz beim Einzug:</translation>
    </message>
    <message>
        <source>Days a property may become free after the wished move-in</source>
        <translation>Tage, die eine Immobilie nach dem Wunschtermin frei werden darf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Anmietungs-Fonds (the city rents a unit and sublets it cheaply to a founder)</source>
        <translation>Anmietungs-Fonds (die Stadt mietet eine Fläche an und vermietet sie günstig an Gründende weiter)</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>F&amp;onds:</translation>
    </message>
    <message>
        <source>Flag matches the fund can take</source>
        <translation>Vorschläge kennzeichnen, die der Fonds übernehmen kann</translation>
    </message>
    <message>
        <source>Flag matches the Anmietungs-Fonds can take</source>
        <translation>Vorschläge kennzeichnen, die der Anmietungs-Fonds übernehmen kann</translation>
    </message>
    <message>
        <source>&amp;Largest area:</source>
        <translation>Größte Fläc&amp;he:</translation>
    </message>
    <message>
        <source>Largest area the fund rents, in square metres</source>
        <translation>Größte Fläche, die der Fonds anmietet, in Quadratmetern</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>Ground fl&amp;oor:</source>
        <translation>Erdg&amp;eschoss:</translation>
    </message>
    <message>
        <source>Only units on the ground floor</source>
        <translation>Nur Flächen im Erdgeschoss</translation>
    </message>
    <message>
        <source>The fund rents only units on the ground floor</source>
        <translation>Der Fonds mietet nur Flächen im Erdgeschoss an</translation>
    </message>
    <message>
        <source>Fits the &amp;profile from:</source>
        <translation>Passt zum &amp;Profil ab:</translation>
    </message>
    <message>
        <source>Least demand fit in percent for the fund</source>
        <translation>Mindestpassung zum Bedarf in Prozent für den Fonds</translation>
    </message>
    <message>
        <source>Longest s&amp;ublease:</source>
        <translation>Längste &amp;Untervermietung:</translation>
    </message>
    <message>
        <source>Longest sublease in months</source>
        <translation>Längste Untervermietung in Monaten</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>The settings apply to everyone who uses this database. Changing them needs the permission to change settings.</source>
        <translation>Die Einstellungen gelten für alle, die mit dieser Datenbank arbeiten. Zum Ändern ist die Berechtigung „Einstellungen ändern“ nötig.</translation>
    </message>
    <message>
        <source>R&amp;estore defaults</source>
        <translation>Standar&amp;dwerte</translation>
    </message>
    <message>
        <source>Restore the default settings</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Change meeting of {name}</source>
        <translation>Sitzung von {name} ändern</translation>
    </message>
    <message>
        <source>Record meeting of {name}</source>
        <translation>Sitzung von {name} erfassen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Missing offer (WZ 2008)</source>
        <translation>Fehlendes Angebot (WZ 2008)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Whole area of the initiative</source>
        <translation>Gesamtes Gebiet der Initiative</translation>
    </message>
    <message>
        <source>(type a name or choose an advisor)</source>
        <translation>(Namen eingeben oder Berater/in wählen)</translation>
    </message>
    <message>
        <source>No WZ 2008 class found</source>
        <translation>Keine WZ-2008-Klasse gefunden</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Sitzungs&amp;datum</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Datum der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Agreed actions (each becomes a reminder)</source>
        <translation>Vereinbarte Maßnahmen (jede wird zur Wiedervorlage)</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>Ow&amp;ner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>Who does it (advisor or name)</source>
        <translation>Wer sie erledigt (Berater/in oder Name)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>F&amp;ällig</translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation>Fälligkeitsdatum der Maßnahme</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Ausgewählte Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Offers the neighbourhood misses (they feed the demand profile used by matching)</source>
        <translation>Im Quartier fehlende Angebote (fließen in das Bedarfsprofil für die Vermittlung ein)</translation>
    </message>
    <message>
        <source>Missing offers</source>
        <translation>Fehlende Angebote</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>Search WZ 2008 sector</source>
        <translation>WZ-2008-Branche suchen</translation>
    </message>
    <message>
        <source>e.g. Bäckerei or 10.71</source>
        <translation>z. B. Bäckerei oder 10.71</translation>
    </message>
    <message>
        <source>Matching WZ 2008 sectors</source>
        <translation>Passende WZ-2008-Branchen</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Be&amp;zirk</translation>
    </message>
    <message>
        <source>District that misses the offer</source>
        <translation>Bezirk, dem das Angebot fehlt</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Gewicht</translation>
    </message>
    <message>
        <source>Weight (1 missed, 10 missed badly)</source>
        <translation>Gewicht (1 = wird vermisst, 10 = wird dringend vermisst)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>A&amp;nmerkung</translation>
    </message>
    <message>
        <source>Note on the missing offer</source>
        <translation>Anmerkung zum fehlenden Angebot</translation>
    </message>
    <message>
        <source>Add o&amp;ffer</source>
        <translation>Angebot hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add the missing offer</source>
        <translation>Fehlendes Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected missing offer</source>
        <translation>Ausgewähltes fehlendes Angebot entfernen</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Speichern oder abbrechen</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Sprecher/in</translation>
    </message>
    <message>
        <source>Deputy spokesperson</source>
        <translation>Stellv. Sprecher/in</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Kassenwart/in</translation>
    </message>
    <message>
        <source>Property owner</source>
        <translation>Eigentümer/in</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Mitglied ändern</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Nobody found. People and businesses are created in the people section.</source>
        <translation>Niemand gefunden. Personen und Unternehmen werden im Bereich Personen &amp; Unternehmen angelegt.</translation>
    </message>
    <message>
        <source>Search and choose a person or business above.</source>
        <translation>Suchen und wählen Sie oben eine Person oder ein Unternehmen.</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Mitglied: {name}</translation>
    </message>
    <message>
        <source>A business is invited through its founders who consented; record it for them as people.</source>
        <translation>Ein Unternehmen wird über seine Gründer/innen eingeladen, die eingewilligt haben; erfassen Sie die Einwilligung bei diesen Personen.</translation>
    </message>
    <message>
        <source>Looking up recorded consent…</source>
        <translation>Erfasste Einwilligung wird gesucht …</translation>
    </message>
    <message>
        <source>Consent recorded since {date}.</source>
        <translation>Einwilligung erfasst seit {date}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: this person is not invited.</source>
        <translation>Einwilligung am {date} widerrufen: Diese Person wird nicht eingeladen.</translation>
    </message>
    <message>
        <source>No consent recorded: this person is not invited.</source>
        <translation>Keine Einwilligung erfasst: Diese Person wird nicht eingeladen.</translation>
    </message>
    <message>
        <source>Please choose a person or business first.</source>
        <translation>Bitte wählen Sie zuerst eine Person oder ein Unternehmen.</translation>
    </message>
    <message>
        <source>&amp;Search person or business</source>
        <translation>Person oder Unternehmen &amp;suchen</translation>
    </message>
    <message>
        <source>Search people and businesses by name</source>
        <translation>Personen und Unternehmen nach Namen suchen</translation>
    </message>
    <message>
        <source>at least 2 letters of the name</source>
        <translation>mindestens 2 Buchstaben des Namens</translation>
    </message>
    <message>
        <source>People and businesses found</source>
        <translation>Gefundene Personen und Unternehmen</translation>
    </message>
    <message>
        <source>Chosen member</source>
        <translation>Gewähltes Mitglied</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Role in the initiative</source>
        <translation>Rolle in der Initiative</translation>
    </message>
    <message>
        <source>&amp;Contact person of the initiative</source>
        <translation>&amp;Ansprechpartner/in der Initiative</translation>
    </message>
    <message>
        <source>Contact person of the initiative</source>
        <translation>Ansprechpartner/in der Initiative</translation>
    </message>
    <message>
        <source>Consent to invitations from local initiatives</source>
        <translation>Einwilligung in Einladungen lokaler Initiativen</translation>
    </message>
    <message>
        <source>Recorded consent</source>
        <translation>Erfasste Einwilligung</translation>
    </message>
    <message>
        <source>Record consent &amp;given on</source>
        <translation>&amp;Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Record consent to invitations</source>
        <translation>Einwilligung in Einladungen erfassen</translation>
    </message>
    <message>
        <source>Day the consent was given</source>
        <translation>Tag der Einwilligung</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Form of the consent</source>
        <translation>Form der Einwilligung</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Speichern oder abbrechen</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find a recorded business by name</source>
        <translation>Ein erfasstes Unternehmen nach Namen suchen</translation>
    </message>
    <message>
        <source>Type the name of the business …</source>
        <translation>Namen des Unternehmens eingeben …</translation>
    </message>
    <message>
        <source>&amp;New business…</source>
        <translation>&amp;Neues Unternehmen …</translation>
    </message>
    <message>
        <source>Record a new business</source>
        <translation>Ein neues Unternehmen erfassen</translation>
    </message>
    <message>
        <source>Matching businesses</source>
        <translation>Passende Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>&amp;Berater/in</translation>
    </message>
    <message>
        <source>Advisor in charge</source>
        <translation>Zuständige Berater/in</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Zugang</translation>
    </message>
    <message>
        <source>How the client came</source>
        <translation>Wie die Kundin / der Kunde zu uns kam</translation>
    </message>
    <message>
        <source>Requested a&amp;mount (EUR)</source>
        <translation>Beantragter Be&amp;trag (EUR)</translation>
    </message>
    <message>
        <source>Op&amp;ened on</source>
        <translation>Eröffnet a&amp;m</translation>
    </message>
    <message>
        <source>Requested amount in euros</source>
        <translation>Beantragter Betrag in Euro</translation>
    </message>
    <message>
        <source>e.g. 8.500,00</source>
        <translation>z. B. 8.500,00</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Verwendungszweck</translation>
    </message>
    <message>
        <source>Purpose of the loan</source>
        <translation>Verwendungszweck des Kredits</translation>
    </message>
    <message>
        <source>Date of the first contact</source>
        <translation>Datum des Erstkontakts</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Welcome, {name}. Here is where things stand.</source>
        <translation>Willkommen, {name}. Hier sehen Sie den aktuellen Stand.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Vacant properties</source>
        <translation>Leerstehende Immobilien</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>In dieser Datenbank</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Fälle nach Bearbeitungsstand</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Family &amp;name:</source>
        <translation>Famili&amp;enname:</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neue Eigentümerin / neuer Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Owner is:</source>
        <translation>&amp;Eigentümer/in ist:</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>Person oder Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Family name or company name</source>
        <translation>Familienname oder Firmenname</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Vornamen:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Passphrase &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Die Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>At least 12 characters, or a passphrase of four words (for example: Kaffee Fahrrad Hafen Wolke). Not your user name or your name, and not a well-known password.</source>
        <translation>Mindestens 12 Zeichen oder eine Passphrase aus vier Wörtern (zum Beispiel: Kaffee Fahrrad Hafen Wolke). Nicht Ihr Benutzername oder Ihr Name und kein bekanntes Passwort.</translation>
    </message>
    <message>
        <source>✓ The password meets the rules.</source>
        <translation>✓ Das Passwort erfüllt die Regeln.</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <source>Change the password of {name}.</source>
        <translation>Passwort von {name} ändern.</translation>
    </message>
    <message>
        <source>An administrator set your password. Please choose your own now; nobody else will know it.</source>
        <translation>Ihr Passwort wurde von der Administration vergeben. Bitte wählen Sie jetzt ein eigenes; niemand sonst wird es kennen.</translation>
    </message>
    <message>
        <source>Assign a new password to {name}. Tell it to them in person; they choose their own at the next sign-in. A lock after wrong passwords is lifted.</source>
        <translation>Neues Passwort für {name} vergeben. Teilen Sie es persönlich mit; bei der nächsten Anmeldung wird ein eigenes gewählt. Eine Sperre nach falschen Passwörtern wird aufgehoben.</translation>
    </message>
    <message>
        <source>Assign password – DLZW Desktop</source>
        <translation>Passwort vergeben – DLZW Desktop</translation>
    </message>
    <message>
        <source>Change password – DLZW Desktop</source>
        <translation>Passwort ändern – DLZW Desktop</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Password – DLZW Desktop</source>
        <translation>Passwort – DLZW Desktop</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>Neues Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Sector (WZ 2008)</source>
        <translation>Branche (WZ 2008)</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People &amp; businesses</source>
        <translation>Personen &amp; Unternehmen</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titel des Bereichs</translation>
    </message>
    <message>
        <source>People and businesses</source>
        <translation>Personen und Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Search persons by name</source>
        <translation>Personen nach Namen suchen</translation>
    </message>
    <message>
        <source>Name …</source>
        <translation>Name …</translation>
    </message>
    <message>
        <source>I&amp;mport list…</source>
        <translation>Liste i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Import persons and businesses from a list</source>
        <translation>Personen und Unternehmen aus einer Liste importieren</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person …</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Eine neue Person erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Die ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>Einwi&amp;lligungen …</translation>
    </message>
    <message>
        <source>Consents of the selected person</source>
        <translation>Einwilligungen der ausgewählten Person</translation>
    </message>
    <message>
        <source>Record or withdraw the consents of the selected person, per purpose, with date and form</source>
        <translation>Einwilligungen der ausgewählten Person je Zweck mit Datum und Form erfassen oder widerrufen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search businesses by name</source>
        <translation>Unternehmen nach Namen suchen</translation>
    </message>
    <message>
        <source>New &amp;business…</source>
        <translation>Neues &amp;Unternehmen …</translation>
    </message>
    <message>
        <source>Record a new business</source>
        <translation>Ein neues Unternehmen erfassen</translation>
    </message>
    <message>
        <source>Edit the selected business</source>
        <translation>Das ausgewählte Unternehmen bearbeiten</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>These persons are already recorded with a similar name and the same birth date or address. Use the existing record, or confirm that this is someone else.</source>
        <translation>Diese Personen sind bereits mit ähnlichem Namen und demselben Geburtsdatum oder derselben Anschrift erfasst. Verwenden Sie den vorhandenen Datensatz oder bestätigen Sie, dass es jemand anderes ist.</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>gleiche Anschrift</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Familienname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Vornamen</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Sp&amp;rachen</translation>
    </message>
    <message>
        <source>Preferred languages as codes</source>
        <translation>Bevorzugte Sprachen als Kürzel</translation>
    </message>
    <message>
        <source>e.g. de, tr</source>
        <translation>z. B. de, tr</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Permit &amp;valid until</source>
        <translation>Titel gültig &amp;bis</translation>
    </message>
    <message>
        <source>Residence permit valid until</source>
        <translation>Aufenthaltstitel gültig bis</translation>
    </message>
    <message>
        <source>G&amp;ender (voluntary)</source>
        <translation>Geschl&amp;echt (freiwillig)</translation>
    </message>
    <message>
        <source>Gender, voluntary</source>
        <translation>Geschlecht, freiwillige Angabe</translation>
    </message>
    <message>
        <source>Migration bac&amp;kground (voluntary)</source>
        <translation>Migrations&amp;hintergrund (freiwillig)</translation>
    </message>
    <message>
        <source>Migration background, voluntary</source>
        <translation>Migrationshintergrund, freiwillige Angabe</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Notes on the person</source>
        <translation>Notizen zur Person</translation>
    </message>
    <message>
        <source>Already recorded?</source>
        <translation>Schon erfasst?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelerfassungen</translation>
    </message>
    <message>
        <source>Persons that look the same</source>
        <translation>Personen, die gleich aussehen</translation>
    </message>
    <message>
        <source>&amp;Use the selected person</source>
        <translation>Ausgewählte Person &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected existing person</source>
        <translation>Die ausgewählte vorhandene Person verwenden</translation>
    </message>
    <message>
        <source>It is someone &amp;else – record new</source>
        <translation>Andere Person – &amp;neu erfassen</translation>
    </message>
    <message>
        <source>Record a new person anyway</source>
        <translation>Trotzdem eine neue Person erfassen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>PersonHitTableModel</name>
    <message>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProgrammeCostDialog</name>
    <message>
        <source>Cost item {year}</source>
        <translation>Kostenposten {year}</translation>
    </message>
    <message>
        <source>Change cost item</source>
        <translation>Kostenposten ändern</translation>
    </message>
    <message>
        <source>Take the write-offs of {year}…</source>
        <translation>Abschreibungen {year} übernehmen …</translation>
    </message>
    <message>
        <source>Loan losses {year} (written off: {amount})</source>
        <translation>Kreditausfälle {year} (abgeschrieben: {amount})</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>Kostenposten</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>Kostenart</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description of the cost item</source>
        <translation>Beschreibung des Kostenpostens</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>Be&amp;trag (€)</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Betrag in Euro</translation>
    </message>
    <message>
        <source>e.g. 1.234,56</source>
        <translation>z. B. 1.234,56</translation>
    </message>
    <message>
        <source>Take the write-offs of the year</source>
        <translation>Abschreibungen des Jahres übernehmen</translation>
    </message>
</context>
<context>
    <name>ProgrammeCostsView</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>fixed for this year</source>
        <translation>für dieses Jahr festgelegt</translation>
    </message>
    <message>
        <source>from Settings</source>
        <translation>aus den Einstellungen</translation>
    </message>
    <message>
        <source>Consultations in {year}: {hours} hours × {rate} per hour ({source}) = {amount}. This line is computed; it is not entered as an item.</source>
        <translation>Beratungen {year}: {hours} Stunden × {rate} je Stunde ({source}) = {amount}. Diese Zeile wird berechnet, nicht als Posten erfasst.</translation>
    </message>
    <message>
        <source>Programme cost {year}: {total}</source>
        <translation>Programmkosten {year}: {total}</translation>
    </message>
    <message>
        <source>per job created</source>
        <translation>je geschaffenem Arbeitsplatz</translation>
    </message>
    <message>
        <source>per job secured</source>
        <translation>je gesichertem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Cost {label}: no jobs recorded in the follow-ups of {year}</source>
        <translation>Kosten {label}: keine Arbeitsplätze in den Nacherhebungen {year} erfasst</translation>
    </message>
    <message>
        <source>Cost {label}: {total} ÷ {jobs} = {per_job}</source>
        <translation>Kosten {label}: {total} ÷ {jobs} = {per_job}</translation>
    </message>
    <message>
        <source>Delete cost item</source>
        <translation>Kostenposten löschen</translation>
    </message>
    <message>
        <source>Delete the cost item “{description}” ({amount})?</source>
        <translation>Den Kostenposten „{description}“ ({amount}) löschen?</translation>
    </message>
    <message>
        <source>Programme costs {year}</source>
        <translation>Programmkosten {year}</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Jah&amp;r</translation>
    </message>
    <message>
        <source>Year of the programme costs</source>
        <translation>Jahr der Programmkosten</translation>
    </message>
    <message>
        <source>Staff time from the consultations</source>
        <translation>Personalzeit aus den Beratungen</translation>
    </message>
    <message>
        <source>Staff time and its cost</source>
        <translation>Personalzeit und ihre Kosten</translation>
    </message>
    <message>
        <source>Hourly &amp;rate for this year (€)</source>
        <translation>&amp;Stundensatz für dieses Jahr (€)</translation>
    </message>
    <message>
        <source>Hourly rate for this year</source>
        <translation>Stundensatz für dieses Jahr</translation>
    </message>
    <message>
        <source>Fix the hourly rate for this year</source>
        <translation>Stundensatz für dieses Jahr festlegen</translation>
    </message>
    <message>
        <source>Use the rate from &amp;Settings</source>
        <translation>Satz aus den &amp;Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Use the hourly rate from Settings</source>
        <translation>Stundensatz aus den Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Further cost items of the year</source>
        <translation>Weitere Kostenposten des Jahres</translation>
    </message>
    <message>
        <source>Cost items</source>
        <translation>Kostenposten</translation>
    </message>
    <message>
        <source>F&amp;ix rate for this year</source>
        <translation>Satz für dieses Jahr &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>Add a cost item</source>
        <translation>Kostenposten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected cost item</source>
        <translation>Ausgewählten Kostenposten bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lös&amp;chen</translation>
    </message>
    <message>
        <source>Delete the selected cost item</source>
        <translation>Ausgewählten Kostenposten löschen</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Nach E&amp;xcel exportieren …</translation>
    </message>
    <message>
        <source>Export the cost items to Excel</source>
        <translation>Kostenposten nach Excel exportieren</translation>
    </message>
    <message>
        <source>Cost per job</source>
        <translation>Kosten je Arbeitsplatz</translation>
    </message>
    <message>
        <source>Programme cost per job</source>
        <translation>Programmkosten je Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>PropertiesView</name>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Leerstand</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Not yet let (vacant, reserved)</source>
        <translation>Noch nicht vermietet (leer, reserviert)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Lease signed or business opened</source>
        <translation>Mietvertrag unterschrieben oder Geschäft eröffnet</translation>
    </message>
    <message>
        <source>Vacant properties</source>
        <translation>Leerstehende Immobilien</translation>
    </message>
    <message>
        <source>Reactivated m² in the year</source>
        <translation>Reaktivierte m² im Jahr</translation>
    </message>
    <message>
        <source>All boroughs</source>
        <translation>Alle Stadtbezirke</translation>
    </message>
    <message>
        <source>– search a sector –</source>
        <translation>– Branche suchen –</translation>
    </message>
    <message>
        <source>Reactivated in {year}: {units} properties let, {area} (each letting counts on its day).</source>
        <translation>Reaktiviert {year}: {units} Immobilien vermietet, {area} (jede Vermietung zählt an ihrem Tag).</translation>
    </message>
    <message>
        <source>Showing the borough {name} only. Choose “All boroughs” or click {name} on the map again to show everything.</source>
        <translation>Es wird nur der Stadtbezirk {name} gezeigt. Wählen Sie „Alle Stadtbezirke“ oder klicken Sie {name} auf der Karte noch einmal an, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Letting counts the property’s area as reactivated on this day and rejects its open matches.</source>
        <translation>Die Vermietung zählt die Fläche an diesem Tag als reaktiviert und lehnt die offenen Vorschläge der Immobilie ab.</translation>
    </message>
    <message>
        <source>The property is no longer offered; its open matches are rejected.</source>
        <translation>Die Immobilie wird nicht mehr angeboten; ihre offenen Vorschläge werden abgelehnt.</translation>
    </message>
    <message>
        <source>A reserved property is not proposed to further applicants.</source>
        <translation>Eine reservierte Immobilie wird keinen weiteren Bewerberinnen und Bewerbern vorgeschlagen.</translation>
    </message>
    <message>
        <source>The property is offered again from this day.</source>
        <translation>Die Immobilie wird ab diesem Tag wieder angeboten.</translation>
    </message>
    <message>
        <source>The business has opened: the unit is in use again.</source>
        <translation>Das Geschäft hat eröffnet: Die Fläche wird wieder genutzt.</translation>
    </message>
    <message>
        <source>Change the status of {property}</source>
        <translation>Status von {property} ändern</translation>
    </message>
    <message>
        <source>Now: {status} since {day}.</source>
        <translation>Jetzt: {status} seit {day}.</translation>
    </message>
    <message>
        <source>Save the exposé</source>
        <translation>Exposé speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exposé saved: &lt;a href="{url}"&gt;{name}&lt;/a&gt;</source>
        <translation>Exposé gespeichert: &lt;a href="{url}"&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Ranking the open requests for {property}…</source>
        <translation>Die offenen Gesuche für {property} werden bewertet …</translation>
    </message>
    <message>
        <source>Open requests that {property} suits: {count}, best first. Select one to see why.</source>
        <translation>Offene Gesuche, zu denen {property} passt: {count}, die besten zuerst. Wählen Sie eines, um die Begründung zu sehen.</translation>
    </message>
    <message>
        <source>{property} is not proposed to anyone: the owner has not consented to the listing.</source>
        <translation>{property} wird niemandem vorgeschlagen: Die Eigentümerseite hat der Vermarktung nicht zugestimmt.</translation>
    </message>
    <message>
        <source>{property} is not proposed to anyone: it is not vacant.</source>
        <translation>{property} wird niemandem vorgeschlagen: Die Immobilie steht nicht leer.</translation>
    </message>
    <message>
        <source>No open request suits {property}.</source>
        <translation>Kein offenes Gesuch passt zu {property}.</translation>
    </message>
    <message>
        <source>Close or reopen the request of {applicant}</source>
        <translation>Gesuch von {applicant} schließen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Now: {status}.</source>
        <translation>Jetzt: {status}.</translation>
    </message>
    <message>
        <source>Its open matches are rejected.</source>
        <translation>Seine offenen Vorschläge werden abgelehnt.</translation>
    </message>
    <message>
        <source>Found space without a match; its open matches are rejected.</source>
        <translation>Fläche ohne Vermittlung gefunden; die offenen Vorschläge werden abgelehnt.</translation>
    </message>
    <message>
        <source>Ranking the vacant properties for {applicant}…</source>
        <translation>Die leerstehenden Immobilien für {applicant} werden bewertet …</translation>
    </message>
    <message>
        <source>Vacant properties that suit the request of {applicant}: {count}, best first. Only properties whose owner consented to the listing are proposed.</source>
        <translation>Leerstehende Immobilien, die zum Gesuch von {applicant} passen: {count}, die besten zuerst. Vorgeschlagen werden nur Immobilien, deren Eigentümerseite der Vermarktung zugestimmt hat.</translation>
    </message>
    <message>
        <source>No vacant property with the owner’s consent suits the request of {applicant}. Check the size range, the rent limit and the must-haves.</source>
        <translation>Keine leerstehende Immobilie mit Zustimmung der Eigentümerseite passt zum Gesuch von {applicant}. Prüfen Sie die Flächenspanne, die Höchstmiete und die Muss-Kriterien.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>{applicant} and {property}</source>
        <translation>{applicant} und {property}</translation>
    </message>
    <message>
        <source>Stage now: {stage}. {explanation}</source>
        <translation>Stand jetzt: {stage}. {explanation}</translation>
    </message>
    <message>
        <source>The property becomes let and its {area} count as reactivated on this day; the request is fulfilled and the other open matches of both are rejected.</source>
        <translation>Die Immobilie gilt als vermietet, ihre {area} zählen an diesem Tag als reaktiviert; das Gesuch ist erfüllt und die übrigen offenen Vorschläge beider werden abgelehnt.</translation>
    </message>
    <message>
        <source>The property is marked as reactivated.</source>
        <translation>Die Immobilie wird als reaktiviert gekennzeichnet.</translation>
    </message>
    <message>
        <source>Say why, so that the next proposal fits better.</source>
        <translation>Nennen Sie den Grund, damit der nächste Vorschlag besser passt.</translation>
    </message>
    <message>
        <source>Quarter {name}</source>
        <translation>Quartier {name}</translation>
    </message>
    <message>
        <source>– no sector found –</source>
        <translation>– keine Branche gefunden –</translation>
    </message>
    <message>
        <source>Schematic map: the 12 boroughs in their rough arrangement. Import the city’s borough boundaries (GeoJSON, WGS84, from the open data portal) for the real outlines.</source>
        <translation>Schematische Karte: die 12 Stadtbezirke in ihrer ungefähren Lage. Für die echten Umrisse importieren Sie die Stadtbezirksgrenzen der Stadt (GeoJSON, WGS84, aus dem Open-Data-Portal).</translation>
    </message>
    <message>
        <source>Outlines from the imported boundary file ({count} boroughs).</source>
        <translation>Umrisse aus der importierten Grenzdatei ({count} Stadtbezirke).</translation>
    </message>
    <message>
        <source>Not matched to a borough and left out: {names}.</source>
        <translation>Keinem Stadtbezirk zugeordnet und weggelassen: {names}.</translation>
    </message>
    <message>
        <source>Import borough boundaries</source>
        <translation>Stadtbezirksgrenzen importieren</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>&amp;Borough:</source>
        <translation>Stadtbezi&amp;rk:</translation>
    </message>
    <message>
        <source>Show properties, requests and matches of this borough</source>
        <translation>Immobilien, Gesuche und Vorschläge dieses Stadtbezirks zeigen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search by street, applicant or sector</source>
        <translation>Nach Straße, Bewerber/in oder Branche suchen</translation>
    </message>
    <message>
        <source>Street, applicant, sector…</source>
        <translation>Straße, Bewerber/in, Branche …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the lists</source>
        <translation>Listen aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Liste importieren …</translation>
    </message>
    <message>
        <source>Import vacant properties from a list (File › Import list…, Ctrl+I)</source>
        <translation>Leerstände aus einer Liste importieren (Datei › Liste importieren …, Strg+I)</translation>
    </message>
    <message>
        <source>Matching se&amp;ttings…</source>
        <translation>Einstellungen der Ver&amp;mittlung …</translation>
    </message>
    <message>
        <source>Weights and rules of the matching</source>
        <translation>Gewichte und Regeln der Vermittlung</translation>
    </message>
    <message>
        <source>Active borough filter</source>
        <translation>Aktiver Stadtbezirksfilter</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Parts of the properties section</source>
        <translation>Teile des Bereichs Immobilien</translation>
    </message>
    <message>
        <source>Pr&amp;operties</source>
        <translation>&amp;Immobilien</translation>
    </message>
    <message>
        <source>&amp;New property…</source>
        <translation>&amp;Neue Immobilie …</translation>
    </message>
    <message>
        <source>Record a new property</source>
        <translation>Neue Immobilie erfassen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected property</source>
        <translation>Gewählte Immobilie bearbeiten</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern …</translation>
    </message>
    <message>
        <source>Change the status of the selected property</source>
        <translation>Status der gewählten Immobilie ändern</translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation>&amp;Fotos …</translation>
    </message>
    <message>
        <source>F&amp;ind requests</source>
        <translation>Ges&amp;uche finden</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Propose to this app&amp;licant</source>
        <translation>Dieser Bewerbung v&amp;orschlagen</translation>
    </message>
    <message>
        <source>C&amp;lose or reopen…</source>
        <translation>Schließen oder wieder ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>F&amp;ind properties</source>
        <translation>Immobi&amp;lien finden</translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation>Gebie&amp;t:</translation>
    </message>
    <message>
        <source>M&amp;issed offer (WZ):</source>
        <translation>&amp;Fehlendes Angebot (WZ):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Distri&amp;ct map</source>
        <translation>Bezirks&amp;karte</translation>
    </message>
    <message>
        <source>Use schematic ma&amp;p</source>
        <translation>Schematische Karte ver&amp;wenden</translation>
    </message>
    <message>
        <source>Photos of the selected property</source>
        <translation>Fotos der gewählten Immobilie</translation>
    </message>
    <message>
        <source>Import vacant properties from a list</source>
        <translation>Leerstehende Objekte aus einer Liste importieren</translation>
    </message>
    <message>
        <source>E&amp;xposé…</source>
        <translation>E&amp;xposé …</translation>
    </message>
    <message>
        <source>Save an exposé of the selected property as PDF</source>
        <translation>Exposé der gewählten Immobilie als PDF speichern</translation>
    </message>
    <message>
        <source>Rank the open requests for the selected property</source>
        <translation>Offene Gesuche für die gewählte Immobilie bewerten</translation>
    </message>
    <message>
        <source>Which properties to show</source>
        <translation>Welche Immobilien gezeigt werden</translation>
    </message>
    <message>
        <source>Select a property and choose “Find requests” to see which open requests it suits.</source>
        <translation>Wählen Sie eine Immobilie und „Gesuche finden“, um zu sehen, zu welchen offenen Gesuchen sie passt.</translation>
    </message>
    <message>
        <source>Ranked candidates with score parts</source>
        <translation>Bewertete Kandidaten mit Bewertungsteilen</translation>
    </message>
    <message>
        <source>Explanation of the selected candidate</source>
        <translation>Begründung zum gewählten Kandidaten</translation>
    </message>
    <message>
        <source>Propose the property to the selected applicant</source>
        <translation>Die Immobilie der gewählten Bewerbung vorschlagen</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Gesuche</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neues Gesuch …</translation>
    </message>
    <message>
        <source>Record a new space request</source>
        <translation>Neues Gesuch erfassen</translation>
    </message>
    <message>
        <source>Edit the selected request</source>
        <translation>Gewähltes Gesuch bearbeiten</translation>
    </message>
    <message>
        <source>Close or reopen the selected request</source>
        <translation>Gewähltes Gesuch schließen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Rank the vacant properties for the selected request</source>
        <translation>Leerstehende Immobilien für das gewählte Gesuch bewerten</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Welche Gesuche gezeigt werden</translation>
    </message>
    <message>
        <source>Space requests</source>
        <translation>Gesuche</translation>
    </message>
    <message>
        <source>Select a request and choose “Find properties” to see the vacant properties that suit it.</source>
        <translation>Wählen Sie ein Gesuch und „Immobilien finden“, um die passenden leerstehenden Immobilien zu sehen.</translation>
    </message>
    <message>
        <source>Pro&amp;pose this property</source>
        <translation>Diese Immobilie v&amp;orschlagen</translation>
    </message>
    <message>
        <source>Propose the selected property to the applicant</source>
        <translation>Die gewählte Immobilie der Bewerbung vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>Nächster &amp;Schritt …</translation>
    </message>
    <message>
        <source>Move the selected match to its next stage</source>
        <translation>Gewählten Vorschlag zum nächsten Stand bringen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>Reject the selected match with a reason</source>
        <translation>Gewählten Vorschlag mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Which matches to show</source>
        <translation>Welche Vorschläge gezeigt werden</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Details of the selected match</source>
        <translation>Einzelheiten zum gewählten Vorschlag</translation>
    </message>
    <message>
        <source>Reactivated space this year</source>
        <translation>In diesem Jahr reaktivierte Fläche</translation>
    </message>
    <message>
        <source>&amp;Demand profiles</source>
        <translation>&amp;Bedarfsprofile</translation>
    </message>
    <message>
        <source>District or quarter whose demand profile is shown</source>
        <translation>Bezirk oder Quartier, dessen Bedarfsprofil gezeigt wird</translation>
    </message>
    <message>
        <source>Offers the residents of this area miss, as WZ codes with a weight from above 0 to 10 (10 = missed badly). Matching favours founders whose sector fills a gap; a quarter’s entries apply to all its districts.</source>
        <translation>Angebote, die den Menschen in diesem Gebiet fehlen, als WZ-Schlüssel mit einem Gewicht über 0 bis 10 (10 = fehlt sehr). Die Vermittlung bevorzugt Gründungen, deren Branche eine Lücke schließt; die Einträge eines Quartiers gelten für alle seine Bezirke.</translation>
    </message>
    <message>
        <source>Missed offers of the area</source>
        <translation>Fehlende Angebote des Gebiets</translation>
    </message>
    <message>
        <source>WZ sector of the missed offer</source>
        <translation>WZ-Branche des fehlenden Angebots</translation>
    </message>
    <message>
        <source>Type e.g. Bäckerei or 47.24</source>
        <translation>z. B. Bäckerei oder 47.24 eingeben</translation>
    </message>
    <message>
        <source>Matching WZ sectors</source>
        <translation>Passende WZ-Branchen</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Ge&amp;wicht:</translation>
    </message>
    <message>
        <source>Weight of the missed offer</source>
        <translation>Gewicht des fehlenden Angebots</translation>
    </message>
    <message>
        <source>Note on the missed offer</source>
        <translation>Notiz zum fehlenden Angebot</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hi&amp;nzufügen</translation>
    </message>
    <message>
        <source>Add the missed offer to the profile</source>
        <translation>Fehlendes Angebot zum Profil hinzufügen</translation>
    </message>
    <message>
        <source>Save wei&amp;ght</source>
        <translation>Gewicht &amp;speichern</translation>
    </message>
    <message>
        <source>Save the weight and note of the selected entry</source>
        <translation>Gewicht und Notiz des gewählten Eintrags speichern</translation>
    </message>
    <message>
        <source>Remove the selected entry from the profile</source>
        <translation>Gewählten Eintrag aus dem Profil entfernen</translation>
    </message>
    <message>
        <source>Map of the boroughs; arrow keys choose a borough, Enter filters the lists by it</source>
        <translation>Karte der Stadtbezirke; mit den Pfeiltasten einen Stadtbezirk wählen, mit der Eingabetaste die Listen danach filtern</translation>
    </message>
    <message>
        <source>What the map colours</source>
        <translation>Was die Karte einfärbt</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year of the reactivated space</source>
        <translation>Jahr der reaktivierten Fläche</translation>
    </message>
    <message>
        <source>Figures per borough</source>
        <translation>Zahlen je Stadtbezirk</translation>
    </message>
    <message>
        <source>Where the map comes from</source>
        <translation>Woher die Karte stammt</translation>
    </message>
    <message>
        <source>&amp;Import boundaries…</source>
        <translation>Grenzen im&amp;portieren …</translation>
    </message>
    <message>
        <source>Import borough boundaries from a GeoJSON file</source>
        <translation>Stadtbezirksgrenzen aus einer GeoJSON-Datei importieren</translation>
    </message>
    <message>
        <source>Forget the imported boundaries and show the schematic map</source>
        <translation>Importierte Grenzen verwerfen und die schematische Karte zeigen</translation>
    </message>
</context>
<context>
    <name>PropertyDialog</name>
    <message>
        <source>Edit property</source>
        <translation>Immobilie bearbeiten</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Neue Immobilie</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– auswählen –</translation>
    </message>
    <message>
        <source>– no owner recorded –</source>
        <translation>– keine Eigentümerseite erfasst –</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobilie</translation>
    </message>
    <message>
        <source>Location and space</source>
        <translation>Lage und Fläche</translation>
    </message>
    <message>
        <source>&amp;Street and no.:</source>
        <translation>&amp;Straße und Nr.:</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>44137</source>
        <translation>44137</translation>
    </message>
    <message>
        <source>&amp;Borough:</source>
        <translation>Stadt&amp;bezirk:</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Statistischer Be&amp;zirk:</translation>
    </message>
    <message>
        <source>Statistical district</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>&amp;Fläche (m²):</translation>
    </message>
    <message>
        <source>Usable area in square metres</source>
        <translation>Nutzfläche in Quadratmetern</translation>
    </message>
    <message>
        <source>85,5</source>
        <translation>85,5</translation>
    </message>
    <message>
        <source>Roo&amp;ms:</source>
        <translation>R&amp;äume:</translation>
    </message>
    <message>
        <source>F&amp;loor note:</source>
        <translation>Hin&amp;weis zum Geschoss:</translation>
    </message>
    <message>
        <source>Find owner:</source>
        <translation>Eigent&amp;ümer/in suchen:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Eigen&amp;tümer/in:</translation>
    </message>
    <message>
        <source>&amp;New owner…</source>
        <translation>Neu erfass&amp;en …</translation>
    </message>
    <message>
        <source>Shop &amp;window:</source>
        <translation>S&amp;chaufenster:</translation>
    </message>
    <message>
        <source>Step-fr&amp;ee:</source>
        <translation>St&amp;ufenlos:</translation>
    </message>
    <message>
        <source>Further fea&amp;tures:</source>
        <translation>Weitere &amp;Ausstattung:</translation>
    </message>
    <message>
        <source>Service c&amp;harges (€/month):</source>
        <translation>Nebenk&amp;osten (€/Monat):</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Zustan&amp;d:</translation>
    </message>
    <message>
        <source>Renovat&amp;ion needs:</source>
        <translation>Reno&amp;vierungsbedarf:</translation>
    </message>
    <message>
        <source>Reason for vacanc&amp;y:</source>
        <translation>Grund des &amp;Leerstands:</translation>
    </message>
    <message>
        <source>Internal notes:</source>
        <translation>&amp;Interne Notizen:</translation>
    </message>
    <message>
        <source>Number of rooms (0 = not known)</source>
        <translation>Anzahl der Räume (0 = unbekannt)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Geschoss:</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>On the ground floor</source>
        <translation>Im Erdgeschoss</translation>
    </message>
    <message>
        <source>Floor note, e.g. first floor with lift</source>
        <translation>Hinweis zum Geschoss, z. B. 1. OG mit Aufzug</translation>
    </message>
    <message>
        <source>Owner and consent to the listing</source>
        <translation>Eigentümerseite und Zustimmung zur Vermarktung</translation>
    </message>
    <message>
        <source>Search owners by name</source>
        <translation>Eigentümerinnen und Eigentümer nach Namen suchen</translation>
    </message>
    <message>
        <source>Name of the person or company</source>
        <translation>Name der Person oder Firma</translation>
    </message>
    <message>
        <source>Owner of the property</source>
        <translation>Eigentümer/in der Immobilie</translation>
    </message>
    <message>
        <source>Record a new owner</source>
        <translation>Neue Eigentümerin / neuen Eigentümer erfassen</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>Zustimmu&amp;ng:</translation>
    </message>
    <message>
        <source>The owner consents to the listing</source>
        <translation>Die Eigentümerseite stimmt der Vermarktung zu</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Zustimmung erteilt a&amp;m:</translation>
    </message>
    <message>
        <source>Day the owner consented</source>
        <translation>Tag der Zustimmung</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Uses and features</source>
        <translation>Nutzung und Ausstattung</translation>
    </message>
    <message>
        <source>Possible &amp;uses:</source>
        <translation>M&amp;ögliche Nutzungen:</translation>
    </message>
    <message>
        <source>Possible uses</source>
        <translation>Mögliche Nutzungen</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Has a shop window</source>
        <translation>Hat ein Schaufenster</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Has step-free access</source>
        <translation>Hat einen stufenlosen Zugang</translation>
    </message>
    <message>
        <source>Further features</source>
        <translation>Weitere Ausstattung</translation>
    </message>
    <message>
        <source>Rent, condition and vacancy</source>
        <translation>Miete, Zustand und Leerstand</translation>
    </message>
    <message>
        <source>Cold &amp;rent (€/month):</source>
        <translation>&amp;Kaltmiete (€/Monat):</translation>
    </message>
    <message>
        <source>Cold rent in euros a month</source>
        <translation>Kaltmiete in Euro pro Monat</translation>
    </message>
    <message>
        <source>850,00</source>
        <translation>850,00</translation>
    </message>
    <message>
        <source>Service charges in euros a month</source>
        <translation>Nebenkosten in Euro pro Monat</translation>
    </message>
    <message>
        <source>150,00</source>
        <translation>150,00</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Renovation cost (&amp;€):</source>
        <translation>Renovierungskosten (&amp;€):</translation>
    </message>
    <message>
        <source>Estimated renovation cost in euros</source>
        <translation>Geschätzte Renovierungskosten in Euro</translation>
    </message>
    <message>
        <source>empty if not known</source>
        <translation>leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>Renovation needs</source>
        <translation>Renovierungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Vacant since:</source>
        <translation>Lee&amp;r seit:</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Leer seit</translation>
    </message>
    <message>
        <source>Reason for the vacancy</source>
        <translation>Grund des Leerstands</translation>
    </message>
    <message>
        <source>Internal notes (never printed in the exposé)</source>
        <translation>Interne Notizen (erscheinen nie im Exposé)</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PropertyInputs</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <source>Size fit</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rent fit</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>Renovierung</translation>
    </message>
</context>
<context>
    <name>PropertyPhotosDialog</name>
    <message>
        <source>Photos of {property}. PNG and JPEG files; the first six appear in the exposé.</source>
        <translation>Fotos von {property}. PNG- und JPEG-Dateien; die ersten sechs erscheinen im Exposé.</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Property of the photos</source>
        <translation>Immobilie der Fotos</translation>
    </message>
    <message>
        <source>Photos of the property</source>
        <translation>Fotos der Immobilie</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>Foto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Gewähltes Foto entfernen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PropertyTableModel</name>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Rent incl. charges</source>
        <translation>Miete inkl. NK</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner consent</source>
        <translation>Zustimmung Eigentümer/in</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Leer seit</translation>
    </message>
    <message>
        <source>Open matches</source>
        <translation>Offene Vorschläge</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <source>Edit quarter</source>
        <translation>Quartier bearbeiten</translation>
    </message>
    <message>
        <source>New quarter</source>
        <translation>Neues Quartier</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>{count} district(s) ticked</source>
        <translation>{count} Bezirk(e) ausgewählt</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name of the quarter</source>
        <translation>Name des Quartiers</translation>
    </message>
    <message>
        <source>&amp;Base year</source>
        <translation>&amp;Basisjahr</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Basisjahr</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Status of the quarter</source>
        <translation>Status des Quartiers</translation>
    </message>
    <message>
        <source>&amp;Responsible advisor</source>
        <translation>&amp;Zuständige Beratung</translation>
    </message>
    <message>
        <source>Responsible advisor</source>
        <translation>Zuständige Beraterin / zuständiger Berater</translation>
    </message>
    <message>
        <source>&amp;LWSI goal</source>
        <translation>&amp;LWSI-Ziel</translation>
    </message>
    <message>
        <source>LWSI goal in percent</source>
        <translation>LWSI-Ziel in Prozent</translation>
    </message>
    <message>
        <source>Reactivated &amp;units (goal)</source>
        <translation>Reaktivierte &amp;Einheiten (Ziel)</translation>
    </message>
    <message>
        <source>Goal: reactivated units</source>
        <translation>Ziel: reaktivierte Einheiten</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Recomm&amp;ended loans (goal)</source>
        <translation>Empfohlene &amp;Kredite (Ziel)</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Goal: recommended loans</source>
        <translation>Ziel: empfohlene Kredite</translation>
    </message>
    <message>
        <source>&amp;Jobs (goal)</source>
        <translation>&amp;Arbeitsplätze (Ziel)</translation>
    </message>
    <message>
        <source>Goal: jobs created or secured</source>
        <translation>Ziel: geschaffene oder gesicherte Arbeitsplätze</translation>
    </message>
    <message>
        <source>Allow &amp;overlapping with other quarters</source>
        <translation>Über&amp;schneidung mit anderen Quartieren erlauben</translation>
    </message>
    <message>
        <source>Allow overlapping with other quarters</source>
        <translation>Überschneidung mit anderen Quartieren erlauben</translation>
    </message>
    <message>
        <source>Notes on the quarter</source>
        <translation>Notizen zum Quartier</translation>
    </message>
    <message>
        <source>Statistical districts</source>
        <translation>Statistische Bezirke</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Filter districts by name</source>
        <translation>Bezirke nach Namen filtern</translation>
    </message>
    <message>
        <source>e.g. Hörde</source>
        <translation>z. B. Hörde</translation>
    </message>
    <message>
        <source>Districts of the quarter</source>
        <translation>Bezirke des Quartiers</translation>
    </message>
    <message>
        <source>Number of ticked districts</source>
        <translation>Anzahl ausgewählter Bezirke</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A district can be in two quarters at once only when both allow overlapping.</source>
        <translation>Ein Bezirk kann nur dann zugleich in zwei Quartieren liegen, wenn beide Überschneidungen erlauben.</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Speichern oder abbrechen</translation>
    </message>
</context>
<context>
    <name>QuartersView</name>
    <message>
        <source>Residents</source>
        <translation>Einwohner/innen</translation>
    </message>
    <message>
        <source>Residents with a migration background (%)</source>
        <translation>Einwohner/innen mit Migrationshintergrund (%)</translation>
    </message>
    <message>
        <source>Supported businesses per 1,000 residents</source>
        <translation>Geförderte Unternehmen je 1.000 Einwohner/innen</translation>
    </message>
    <message>
        <source>Registered businesses</source>
        <translation>Gewerbebetriebe (Bestand)</translation>
    </message>
    <message>
        <source>Supported per 100 registered businesses</source>
        <translation>Gefördert je 100 Gewerbebetriebe</translation>
    </message>
    <message>
        <source>Trade registrations</source>
        <translation>Gewerbeanmeldungen</translation>
    </message>
    <message>
        <source>Vacant commercial units (statistics)</source>
        <translation>Gewerbeleerstände (Statistik)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Bezirke</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Basisjahr</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Sector (WZ 2008)</source>
        <translation>Branche (WZ 2008)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>Genutzt seit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Quarter / districts</source>
        <translation>Quartier / Bezirke</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner/innen</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Letzte Sitzung</translation>
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
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>District / sector</source>
        <translation>Bezirk / Branche</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>consent since {date}</source>
        <translation>Einwilligung seit {date}</translation>
    </message>
    <message>
        <source>no consent: not invited</source>
        <translation>keine Einwilligung: wird nicht eingeladen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Missing offers</source>
        <translation>Fehlende Angebote</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Dortmund</source>
        <translation>Dortmund</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Consultations, quarter</source>
        <translation>Beratungen Quartier</translation>
    </message>
    <message>
        <source>Consultations, city</source>
        <translation>Beratungen Stadt</translation>
    </message>
    <message>
        <source>Founders speaking it</source>
        <translation>Gründer/innen (bevorzugt)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>Alle Quartiere</translation>
    </message>
    <message>
        <source>DLZW Desktop</source>
        <translation>DLZW Desktop</translation>
    </message>
    <message>
        <source>No quarter chosen</source>
        <translation>Kein Quartier gewählt</translation>
    </message>
    <message>
        <source>Choose a quarter on the left, or define one with “New quarter”.</source>
        <translation>Wählen Sie links ein Quartier oder legen Sie mit „Neues Quartier“ eines an.</translation>
    </message>
    <message>
        <source>Districts: {names}</source>
        <translation>Bezirke: {names}</translation>
    </message>
    <message>
        <source>Status: {status} · base year {year} · responsible: {who}</source>
        <translation>Status: {status} · Basisjahr {year} · zuständig: {who}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Shares districts with: {names} (overlapping allowed).</source>
        <translation>Teilt Bezirke mit: {names} (Überschneidung erlaubt).</translation>
    </message>
    <message>
        <source>Goal +{goal} %: not computed yet.</source>
        <translation>Ziel +{goal} %: noch nicht berechnet.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>Ziel nicht erreicht</translation>
    </message>
    <message>
        <source>no base value</source>
        <translation>kein Basiswert</translation>
    </message>
    <message>
        <source>Index {index} ({period}) against the goal +{goal} %: {verdict}{estimated}</source>
        <translation>Index {index} ({period}) gegenüber dem Ziel +{goal} %: {verdict}{estimated}</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immobilien</translation>
    </message>
    <message>
        <source>Consultation days</source>
        <translation>Sprechtage</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>{achieved} (no goal set)</source>
        <translation>{achieved} (kein Ziel gesetzt)</translation>
    </message>
    <message>
        <source>{achieved} of {goal} ({percent} %)</source>
        <translation>{achieved} von {goal} ({percent} %)</translation>
    </message>
    <message>
        <source>Quarter {name} saved.</source>
        <translation>Quartier {name} gespeichert.</translation>
    </message>
    <message>
        <source>Delete the quarter {name}? Its cases, businesses and properties stay.</source>
        <translation>Quartier {name} löschen? Seine Fälle, Unternehmen und Immobilien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Quarter {name} deleted.</source>
        <translation>Quartier {name} gelöscht.</translation>
    </message>
    <message>
        <source>Mark as open</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>No initiative chosen</source>
        <translation>Keine Initiative gewählt</translation>
    </message>
    <message>
        <source>Choose an initiative above, or found one with “New initiative”.</source>
        <translation>Wählen Sie oben eine Initiative oder gründen Sie mit „Neue Initiative“ eine.</translation>
    </message>
    <message>
        <source>{kind} · {area} · contact persons: {contacts}</source>
        <translation>{kind} · {area} · Ansprechpartner/innen: {contacts}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Members ({count}, {invited} may be invited)</source>
        <translation>Mitglieder ({count}, {invited} dürfen eingeladen werden)</translation>
    </message>
    <message>
        <source>Meetings ({count})</source>
        <translation>Sitzungen ({count})</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Wiedervorlagen ({count})</translation>
    </message>
    <message>
        <source>Initiative {name} saved.</source>
        <translation>Initiative {name} gespeichert.</translation>
    </message>
    <message>
        <source>Delete the initiative {name} with its members, meetings, open reminders and the missing offers it noted?</source>
        <translation>Initiative {name} mit ihren Mitgliedern, Sitzungen, offenen Wiedervorlagen und den notierten fehlenden Angeboten löschen?</translation>
    </message>
    <message>
        <source>Initiative {name} deleted.</source>
        <translation>Initiative {name} gelöscht.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Remove {name} from the initiative?</source>
        <translation>{name} aus der Initiative entfernen?</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Save member list</source>
        <translation>Mitgliederliste speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Member list saved: {path}</source>
        <translation>Mitgliederliste gespeichert: {path}</translation>
    </message>
    <message>
        <source>Save invitation list</source>
        <translation>Einladungsliste speichern</translation>
    </message>
    <message>
        <source>Invitation list saved with {invited} people; {left} member(s) without recorded consent are not on it: {path}</source>
        <translation>Einladungsliste mit {invited} Personen gespeichert; {left} Mitglied(er) ohne erfasste Einwilligung stehen nicht darauf: {path}</translation>
    </message>
    <message>
        <source>Meeting of {date} saved: {actions} action(s) as reminders, {offers} missing offer(s).</source>
        <translation>Sitzung vom {date} gespeichert: {actions} Maßnahme(n) als Wiedervorlagen, {offers} fehlende(s) Angebot(e).</translation>
    </message>
    <message>
        <source>Delete the meeting of {date} with its open reminders and missing offers?</source>
        <translation>Sitzung vom {date} mit ihren offenen Wiedervorlagen und fehlenden Angeboten löschen?</translation>
    </message>
    <message>
        <source>Meeting deleted.</source>
        <translation>Sitzung gelöscht.</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes saved: {path}</source>
        <translation>Protokoll gespeichert: {path}</translation>
    </message>
    <message>
        <source>Reminder updated.</source>
        <translation>Wiedervorlage aktualisiert.</translation>
    </message>
    <message>
        <source>Define a quarter to see its local economy.</source>
        <translation>Legen Sie ein Quartier an, um seine lokale Ökonomie zu sehen.</translation>
    </message>
    <message>
        <source>Supported businesses (with a case)</source>
        <translation>Geförderte Unternehmen (mit Fall)</translation>
    </message>
    <message>
        <source>of these with a microloan paid out</source>
        <translation>davon mit ausgezahltem Mikrokredit</translation>
    </message>
    <message>
        <source>Migrant-led (answer yes)</source>
        <translation>Migrantisch geführt (Angabe ja)</translation>
    </message>
    <message>
        <source>Not migrant-led (answer no)</source>
        <translation>Nicht migrantisch geführt (Angabe nein)</translation>
    </message>
    <message>
        <source>Not stated (counted separately)</source>
        <translation>Keine Angabe (gesondert gezählt)</translation>
    </message>
    <message>
        <source>Share migrant-led of those who answered</source>
        <translation>Anteil migrantisch geführt an den Angaben</translation>
    </message>
    <message>
        <source>Vacant units now</source>
        <translation>Leerstände aktuell</translation>
    </message>
    <message>
        <source>Reactivated units</source>
        <translation>Reaktivierte Einheiten</translation>
    </message>
    <message>
        <source>of these since the base year {year}</source>
        <translation>davon seit dem Basisjahr {year}</translation>
    </message>
    <message>
        <source>Reference figures from imported district statistics; each with its year and source.</source>
        <translation>Vergleichswerte aus importierten Bezirksstatistiken, jeweils mit Jahr und Quelle.</translation>
    </message>
    <message>
        <source>No district statistics cover all districts of this quarter yet. Import a table with “Import district statistics” to set the quarter against the city.</source>
        <translation>Noch keine Bezirksstatistik deckt alle Bezirke dieses Quartiers ab. Importieren Sie eine Tabelle mit „Bezirksstatistik importieren“, um das Quartier mit der Stadt zu vergleichen.</translation>
    </message>
    <message>
        <source>{figures} figures imported ({replaced} replaced) for {years}.</source>
        <translation>{figures} Werte importiert ({replaced} ersetzt) für {years}.</translation>
    </message>
    <message>
        <source>Save local economy picture</source>
        <translation>Bild der lokalen Ökonomie speichern</translation>
    </message>
    <message>
        <source>Local economy picture saved: {path}</source>
        <translation>Bild der lokalen Ökonomie gespeichert: {path}</translation>
    </message>
    <message>
        <source>Quarters &amp; initiatives</source>
        <translation>Quartiere &amp; Initiativen</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>Target quarters with their goals, local initiatives with their members and meetings, and the local economy picture of each quarter next to the city.</source>
        <translation>Zielquartiere mit ihren Zielen, lokale Initiativen mit Mitgliedern und Sitzungen und das Bild der lokalen Ökonomie je Quartier im Vergleich zur Stadt.</translation>
    </message>
    <message>
        <source>Section introduction</source>
        <translation>Einführung in den Bereich</translation>
    </message>
    <message>
        <source>Quarters, initiatives and local economy</source>
        <translation>Quartiere, Initiativen und lokale Ökonomie</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>&amp;Quartiere</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Show quarters with status</source>
        <translation>Quartiere mit Status anzeigen</translation>
    </message>
    <message>
        <source>&amp;New quarter…</source>
        <translation>&amp;Neues Quartier …</translation>
    </message>
    <message>
        <source>New quarter</source>
        <translation>Neues Quartier</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected quarter</source>
        <translation>Ausgewähltes Quartier bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected quarter</source>
        <translation>Ausgewähltes Quartier löschen</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Quarter name</source>
        <translation>Name des Quartiers</translation>
    </message>
    <message>
        <source>Quarter summary</source>
        <translation>Überblick über das Quartier</translation>
    </message>
    <message>
        <source>Progress against the goals (since 1 January of the base year)</source>
        <translation>Stand der Ziele (seit 1. Januar des Basisjahres)</translation>
    </message>
    <message>
        <source>LWSI</source>
        <translation>LWSI</translation>
    </message>
    <message>
        <source>LWSI progress</source>
        <translation>Stand des LWSI</translation>
    </message>
    <message>
        <source>Reactivated units against the goal</source>
        <translation>Reaktivierte Einheiten im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>Recommended loans</source>
        <translation>Empfohlene Kredite</translation>
    </message>
    <message>
        <source>Recommended loans against the goal</source>
        <translation>Empfohlene Kredite im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>Jobs created or secured</source>
        <translation>Geschaffene oder gesicherte Arbeitsplätze</translation>
    </message>
    <message>
        <source>Jobs against the goal</source>
        <translation>Arbeitsplätze im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>Everything in the quarter</source>
        <translation>Alles im Quartier</translation>
    </message>
    <message>
        <source>Cases in the quarter</source>
        <translation>Fälle im Quartier</translation>
    </message>
    <message>
        <source>Businesses in the quarter</source>
        <translation>Unternehmen im Quartier</translation>
    </message>
    <message>
        <source>Properties in the quarter</source>
        <translation>Immobilien im Quartier</translation>
    </message>
    <message>
        <source>Consultation days in the quarter</source>
        <translation>Sprechtage im Quartier</translation>
    </message>
    <message>
        <source>Initiatives in the quarter</source>
        <translation>Initiativen im Quartier</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativen</translation>
    </message>
    <message>
        <source>Q&amp;uarter</source>
        <translation>Q&amp;uartier</translation>
    </message>
    <message>
        <source>Show initiatives in quarter</source>
        <translation>Initiativen im Quartier anzeigen</translation>
    </message>
    <message>
        <source>Ne&amp;w initiative…</source>
        <translation>Neue Ini&amp;tiative …</translation>
    </message>
    <message>
        <source>E&amp;dit initiative…</source>
        <translation>Initiative &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Chan&amp;ge member…</source>
        <translation>Mitglied ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Me&amp;mber list (XLSX)…</source>
        <translation>Mitgliede&amp;rliste (XLSX) …</translation>
    </message>
    <message>
        <source>Invitati&amp;on list (XLSX)…</source>
        <translation>Einladun&amp;gsliste (XLSX) …</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>Edit the selected initiative</source>
        <translation>Ausgewählte Initiative bearbeiten</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Initiative löschen</translation>
    </message>
    <message>
        <source>Delete the selected initiative</source>
        <translation>Ausgewählte Initiative löschen</translation>
    </message>
    <message>
        <source>Initiative name</source>
        <translation>Name der Initiative</translation>
    </message>
    <message>
        <source>Initiative summary</source>
        <translation>Überblick über die Initiative</translation>
    </message>
    <message>
        <source>Initiative details</source>
        <translation>Einzelheiten der Initiative</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Mitglied hinzufügen …</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation>Ausgewähltes Mitglied ändern</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Ausgewähltes Mitglied entfernen</translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Mitgliederliste exportieren</translation>
    </message>
    <message>
        <source>Export the invitation list</source>
        <translation>Einladungsliste exportieren</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Record &amp;meeting…</source>
        <translation>&amp;Sitzung erfassen …</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Sitzung erfassen</translation>
    </message>
    <message>
        <source>Change meeting…</source>
        <translation>Sitzung ändern …</translation>
    </message>
    <message>
        <source>Change the selected meeting</source>
        <translation>Ausgewählte Sitzung ändern</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Ausgewählte Sitzung löschen</translation>
    </message>
    <message>
        <source>Minutes (&amp;PDF)…</source>
        <translation>Protokoll (&amp;PDF) …</translation>
    </message>
    <message>
        <source>Save the minutes of the selected meeting as PDF</source>
        <translation>Protokoll der ausgewählten Sitzung als PDF speichern</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Reminders of the initiative</source>
        <translation>Wiedervorlagen der Initiative</translation>
    </message>
    <message>
        <source>Mar&amp;k as done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected reminder as done</source>
        <translation>Ausgewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>Show done reminders</source>
        <translation>Erledigte Wiedervorlagen zeigen</translation>
    </message>
    <message>
        <source>&amp;Local economy</source>
        <translation>&amp;Lokale Ökonomie</translation>
    </message>
    <message>
        <source>Qu&amp;arter</source>
        <translation>Qua&amp;rtier</translation>
    </message>
    <message>
        <source>Quarter of the local economy picture</source>
        <translation>Quartier für das Bild der lokalen Ökonomie</translation>
    </message>
    <message>
        <source>Import district &amp;statistics…</source>
        <translation>Bezirks&amp;statistik importieren …</translation>
    </message>
    <message>
        <source>Import district statistics</source>
        <translation>Bezirksstatistik importieren</translation>
    </message>
    <message>
        <source>E&amp;xport (XLSX)…</source>
        <translation>E&amp;xportieren (XLSX) …</translation>
    </message>
    <message>
        <source>Export the local economy picture</source>
        <translation>Bild der lokalen Ökonomie exportieren</translation>
    </message>
    <message>
        <source>Key figures of the quarter and the city</source>
        <translation>Kennzahlen des Quartiers und der Stadt</translation>
    </message>
    <message>
        <source>Languages advice was given in</source>
        <translation>Sprachen der Beratung</translation>
    </message>
    <message>
        <source>Reference figures from district statistics</source>
        <translation>Vergleichswerte aus der Bezirksstatistik</translation>
    </message>
    <message>
        <source>District statistics in use</source>
        <translation>Verwendete Bezirksstatistik</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
</context>
<context>
    <name>ReferenceTableImportDialog</name>
    <message>
        <source>Gross value added per worker by WZ section (NRW)</source>
        <translation>Bruttowertschöpfung je Erwerbstätigen nach WZ-Abschnitt (NRW)</translation>
    </message>
    <message>
        <source>Population by statistical district</source>
        <translation>Einwohner nach statistischem Bezirk</translation>
    </message>
    <message>
        <source>Two columns: the WZ section (a letter from A to U, or a range such as G-I) and the gross value added per worker in euros per year. Add a row 'Insgesamt' with the value for all sections; it stands in for sections without a value. Header and footnote rows are skipped. CSV (semicolon) or XLSX, at most 5 MB.</source>
        <translation>Zwei Spalten: der WZ-Abschnitt (ein Buchstabe von A bis U oder ein Bereich wie G-I) und die Bruttowertschöpfung je Erwerbstätigen in Euro im Jahr. Fügen Sie eine Zeile „Insgesamt“ mit dem Wert für alle Abschnitte hinzu; er gilt für Abschnitte ohne eigenen Wert. Kopf- und Fußnotenzeilen werden übersprungen. CSV (Semikolon) oder XLSX, höchstens 5 MB.</translation>
    </message>
    <message>
        <source>Two columns: the statistical district (code such as 061, or the name) and the number of inhabitants. Header and footnote rows are skipped. CSV (semicolon) or XLSX, at most 5 MB.</source>
        <translation>Zwei Spalten: der statistische Bezirk (Kennziffer wie 061 oder der Name) und die Zahl der Einwohner. Kopf- und Fußnotenzeilen werden übersprungen. CSV (Semikolon) oder XLSX, höchstens 5 MB.</translation>
    </message>
    <message>
        <source>Reference table</source>
        <translation>Referenztabelle</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Import reference table</source>
        <translation>Referenztabelle importieren</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Kind of reference table</source>
        <translation>Art der Referenztabelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Source of the table</source>
        <translation>Quelle der Tabelle</translation>
    </message>
    <message>
        <source>&amp;Year of the values</source>
        <translation>&amp;Jahr der Werte</translation>
    </message>
    <message>
        <source>Year of the values</source>
        <translation>Jahr der Werte</translation>
    </message>
    <message>
        <source>Reference &amp;date</source>
        <translation>&amp;Stichtag</translation>
    </message>
    <message>
        <source>Reference date of the population</source>
        <translation>Stichtag der Einwohnerzahl</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anmerkung</translation>
    </message>
    <message>
        <source>Note on the table</source>
        <translation>Anmerkung zur Tabelle</translation>
    </message>
    <message>
        <source>How the file must look</source>
        <translation>So muss die Datei aussehen</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>F&amp;ür</translation>
    </message>
    <message>
        <source>Who the reminder is for</source>
        <translation>Für wen die Wiedervorlage ist</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Enter or a double click opens the case.</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Fall.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Due today and overdue ({count})</source>
        <translation>Heute fällig und überfällig ({count})</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>Nichts fällig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Waiting for sign-off ({count})</source>
        <translation>Warten auf Freigabe ({count})</translation>
    </message>
    <message>
        <source>{number} · {business} · written by {author}</source>
        <translation>{number} · {business} · verfasst von {author}</translation>
    </message>
    <message>
        <source>No recommendation is waiting for sign-off.</source>
        <translation>Keine Empfehlung wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>In the same stage for more than {days} days ({count})</source>
        <translation>Seit mehr als {days} Tagen im selben Stand ({count})</translation>
    </message>
    <message>
        <source>{number} · {business} · {stage} for {days} days</source>
        <translation>{number} · {business} · seit {days} Tagen „{stage}“</translation>
    </message>
    <message>
        <source>No case is stuck.</source>
        <translation>Kein Fall hängt fest.</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Heute fällig und überfällig</translation>
    </message>
    <message>
        <source>Reminders due today and overdue</source>
        <translation>Heute fällige und überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected reminder as done</source>
        <translation>Die ausgewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>How to open a case</source>
        <translation>Wie ein Fall geöffnet wird</translation>
    </message>
    <message>
        <source>Waiting for sign-off</source>
        <translation>Warten auf Freigabe</translation>
    </message>
    <message>
        <source>Cases waiting for sign-off</source>
        <translation>Fälle, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Stuck in their stage</source>
        <translation>Hängen im Bearbeitungsstand fest</translation>
    </message>
    <message>
        <source>Cases stuck in their stage</source>
        <translation>Fälle, die in ihrem Bearbeitungsstand festhängen</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titel des Bereichs</translation>
    </message>
    <message>
        <source>Report areas</source>
        <translation>Berichtsbereiche</translation>
    </message>
    <message>
        <source>&amp;Annual report</source>
        <translation>&amp;Jahresbericht</translation>
    </message>
    <message>
        <source>Programme &amp;costs</source>
        <translation>&amp;Programmkosten</translation>
    </message>
    <message>
        <source>&amp;LWSI</source>
        <translation>&amp;LWSI</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>As the system (German unless English)</source>
        <translation>Wie das System (Deutsch, außer bei englischem System)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Bereichstitel</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Change database</source>
        <translation>Datenbank wechseln</translation>
    </message>
    <message>
        <source>Language changes take effect after a restart.</source>
        <translation>Änderungen der Sprache werden nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Restart hint</source>
        <translation>Hinweis zum Neustart</translation>
    </message>
    <message>
        <source>Organisation (shared by all users of this database)</source>
        <translation>Organisation (gilt für alle, die diese Datenbank nutzen)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Organisations&amp;einheit</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Letterhead &amp;address</source>
        <translation>Briefkopf-Ansch&amp;rift</translation>
    </message>
    <message>
        <source>Letterhead address</source>
        <translation>Anschrift im Briefkopf</translation>
    </message>
    <message>
        <source>Letterhead co&amp;ntact</source>
        <translation>Briefkopf-&amp;Kontakt</translation>
    </message>
    <message>
        <source>Staff hourly ra&amp;te (EUR)</source>
        <translation>St&amp;undensatz Personal (EUR)</translation>
    </message>
    <message>
        <source>Flag cases unchanged for (da&amp;ys)</source>
        <translation>Fälle markieren nach (&amp;Tagen) ohne Änderung</translation>
    </message>
    <message>
        <source>Letterhead contact line</source>
        <translation>Kontaktzeile im Briefkopf</translation>
    </message>
    <message>
        <source>Staff hourly rate in euros</source>
        <translation>Stundensatz des Personals in Euro</translation>
    </message>
    <message>
        <source>62,00</source>
        <translation>62,00</translation>
    </message>
    <message>
        <source>Days after which a case counts as stuck in its stage</source>
        <translation>Tage, nach denen ein Fall als in seinem Bearbeitungsstand festhängend gilt</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt s&amp;ichern …</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Datenbank jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>Please enter your user name and password.</source>
        <translation>Bitte geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Sign in – DLZW Desktop</source>
        <translation>Anmelden – DLZW Desktop</translation>
    </message>
    <message>
        <source>Please sign in with your user name and password.</source>
        <translation>Bitte melden Sie sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>SpaceRequestDialog</name>
    <message>
        <source>Edit space request</source>
        <translation>Gesuch bearbeiten</translation>
    </message>
    <message>
        <source>New space request</source>
        <translation>Neues Gesuch</translation>
    </message>
    <message>
        <source>– no sector –</source>
        <translation>– keine Branche –</translation>
    </message>
    <message>
        <source>Space request</source>
        <translation>Gesuch</translation>
    </message>
    <message>
        <source>Who is looking</source>
        <translation>Wer sucht</translation>
    </message>
    <message>
        <source>Re&amp;quest of:</source>
        <translation>Gesuch &amp;von:</translation>
    </message>
    <message>
        <source>Kind of applicant</source>
        <translation>Art der Bewerbung</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Search the applicant by name or case number</source>
        <translation>Bewerber/in nach Namen oder Fallnummer suchen</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Bewerber/in:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>What is wanted</source>
        <translation>Was gesucht wird</translation>
    </message>
    <message>
        <source>Intended &amp;use:</source>
        <translation>Geplante &amp;Nutzung:</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Geplante Nutzung</translation>
    </message>
    <message>
        <source>Find &amp;sector (WZ):</source>
        <translation>Branche s&amp;uchen (WZ):</translation>
    </message>
    <message>
        <source>Search the WZ sector</source>
        <translation>WZ-Branche suchen</translation>
    </message>
    <message>
        <source>e.g. Bäckerei, Friseur or 96.02</source>
        <translation>z. B. Bäckerei, Friseur oder 96.02</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>Branc&amp;he:</translation>
    </message>
    <message>
        <source>WZ sector of the business</source>
        <translation>WZ-Branche des Vorhabens</translation>
    </message>
    <message>
        <source>Area f&amp;rom (m²):</source>
        <translation>Fläche &amp;ab (m²):</translation>
    </message>
    <message>
        <source>Smallest area in square metres</source>
        <translation>Kleinste Fläche in Quadratmetern</translation>
    </message>
    <message>
        <source>empty: no minimum</source>
        <translation>leer: keine Untergrenze</translation>
    </message>
    <message>
        <source>Area &amp;to (m²):</source>
        <translation>Fläche b&amp;is (m²):</translation>
    </message>
    <message>
        <source>Largest area in square metres</source>
        <translation>Größte Fläche in Quadratmetern</translation>
    </message>
    <message>
        <source>empty: no maximum</source>
        <translation>leer: keine Obergrenze</translation>
    </message>
    <message>
        <source>Ma&amp;x. rent incl. charges (€):</source>
        <translation>Höchstmie&amp;te inkl. NK (€):</translation>
    </message>
    <message>
        <source>Highest monthly rent including service charges</source>
        <translation>Höchste Monatsmiete einschließlich Nebenkosten</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>leer: keine Grenze</translation>
    </message>
    <message>
        <source>Earliest &amp;move-in:</source>
        <translation>Frühester &amp;Einzug:</translation>
    </message>
    <message>
        <source>Earliest move-in date</source>
        <translation>Frühester Einzugstermin</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Must-&amp;haves:</source>
        <translation>&amp;Muss-Kriterien:</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>Must be on the ground floor</source>
        <translation>Muss im Erdgeschoss liegen</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Must have a shop window</source>
        <translation>Muss ein Schaufenster haben</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Must have step-free access</source>
        <translation>Muss stufenlos zugänglich sein</translation>
    </message>
    <message>
        <source>N&amp;ice to have:</source>
        <translation>Wün&amp;schenswert:</translation>
    </message>
    <message>
        <source>Features that are nice to have</source>
        <translation>Wünschenswerte Ausstattung</translation>
    </message>
    <message>
        <source>Preferred boroughs or districts</source>
        <translation>Bevorzugte Stadtbezirke oder Bezirke</translation>
    </message>
    <message>
        <source>Tick whole boroughs or single districts; nothing ticked means anywhere in Dortmund.</source>
        <translation>Kreuzen Sie ganze Stadtbezirke oder einzelne statistische Bezirke an; ohne Auswahl gilt ganz Dortmund.</translation>
    </message>
    <message>
        <source>Preferred boroughs and districts</source>
        <translation>Bevorzugte Stadtbezirke und Bezirke</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Notes on the request</source>
        <translation>Notizen zum Gesuch</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>SpaceRequestTableModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>ab {low}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>bis {high}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Sector (WZ)</source>
        <translation>Branche (WZ)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Max. rent</source>
        <translation>Höchstmiete</translation>
    </message>
    <message>
        <source>Preferred areas</source>
        <translation>Wunschlagen</translation>
    </message>
    <message>
        <source>Must-haves</source>
        <translation>Muss-Kriterien</translation>
    </message>
    <message>
        <source>Move-in from</source>
        <translation>Einzug ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open matches</source>
        <translation>Offene Vorschläge</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Bearbeitungsstand ändern</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation>Ergebnis des Falls</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Reason, kept in the case history</source>
        <translation>Begründung, bleibt im Verlauf des Falls erhalten</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Schaltflächen des Dialogs</translation>
    </message>
</context>
<context>
    <name>StatisticsImportDialog</name>
    <message>
        <source>Looking up stored district statistics…</source>
        <translation>Gespeicherte Bezirksstatistiken werden gesucht …</translation>
    </message>
    <message>
        <source>No district statistics are stored yet.</source>
        <translation>Es sind noch keine Bezirksstatistiken gespeichert.</translation>
    </message>
    <message>
        <source>{figure} {year}: {districts} districts{city} – {source}</source>
        <translation>{figure} {year}: {districts} Bezirke{city} – {source}</translation>
    </message>
    <message>
        <source> and the city total</source>
        <translation> und Stadtwert</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Choose district statistics</source>
        <translation>Bezirksstatistik wählen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import district statistics</source>
        <translation>Bezirksstatistik importieren</translation>
    </message>
    <message>
        <source>How the table should look</source>
        <translation>Wie die Tabelle aussehen soll</translation>
    </message>
    <message>
        <source>A CSV or XLSX table with one row per statistical district (and optionally one for Dortmund as a whole): a column 'Bezirk', optionally 'Jahr', and columns such as 'Einwohner', 'Migrationshintergrund', 'Betriebe', 'Gewerbeanmeldungen' or 'Leerstände'. Figures of the same district, figure and year are replaced.</source>
        <translation>Eine CSV- oder XLSX-Tabelle mit einer Zeile je statistischem Bezirk (und wahlweise einer für Dortmund insgesamt): eine Spalte „Bezirk“, wahlweise „Jahr“ und Spalten wie „Einwohner“, „Migrationshintergrund“, „Betriebe“, „Gewerbeanmeldungen“ oder „Leerstände“. Werte desselben Bezirks, derselben Kennzahl und desselben Jahres werden ersetzt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Source of the figures</source>
        <translation>Quelle der Werte</translation>
    </message>
    <message>
        <source>Publisher, table, date retrieved</source>
        <translation>Herausgeber, Tabelle, Abrufdatum</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Year the figures refer to</source>
        <translation>Bezugsjahr der Werte</translation>
    </message>
    <message>
        <source>from the table's 'Jahr' column</source>
        <translation>aus der Spalte „Jahr“ der Tabelle</translation>
    </message>
    <message>
        <source>District statistics already stored</source>
        <translation>Bereits gespeicherte Bezirksstatistiken</translation>
    </message>
    <message>
        <source>Import or cancel</source>
        <translation>Importieren oder abbrechen</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (Pflicht):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>What this step is about</source>
        <translation>Worum es bei diesem Schritt geht</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;Neuer Stand:</translation>
    </message>
    <message>
        <source>Next status or stage</source>
        <translation>Nächster Status oder Stand</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>Day of the step</source>
        <translation>Tag des Schritts</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Reason for the step</source>
        <translation>Begründung des Schritts</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note, e.g. time and place of the viewing</source>
        <translation>Notiz, z. B. Zeit und Ort der Besichtigung</translation>
    </message>
    <message>
        <source>What happens when the step is saved</source>
        <translation>Was beim Speichern des Schritts geschieht</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Here the laptop and the office changed the same thing differently, or one side deleted what the other changed. The office value stays until you decide. Compare both values and keep the office value, take the laptop value, or enter the right one.</source>
        <translation>Hier haben Laptop und Büro dasselbe unterschiedlich geändert, oder eine Seite hat gelöscht, was die andere geändert hat. Bis Sie entscheiden, gilt der Wert des Büros. Vergleichen Sie beide Werte und behalten Sie den Wert des Büros, übernehmen Sie den Wert vom Laptop oder geben Sie den richtigen ein.</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>Keine Konflikte warten auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>{record} {name} – {field} (laptop kit {kit})</source>
        <translation>{record} {name} – {field} (Laptop-Set {kit})</translation>
    </message>
    <message>
        <source>Both sides changed this field after the kit was checked out.</source>
        <translation>Beide Seiten haben dieses Feld nach der Ausgabe des Sets geändert.</translation>
    </message>
    <message>
        <source>One side deleted the record while the other changed it, so nothing was deleted. Decide whether it stays or goes.</source>
        <translation>Eine Seite hat den Datensatz gelöscht, während die andere ihn geändert hat; deshalb wurde nichts gelöscht. Entscheiden Sie, ob er bleibt oder gelöscht wird.</translation>
    </message>
    <message>
        <source>The record was removed from the office database (data protection) after the kit was checked out; the laptop's changes cannot be applied.</source>
        <translation>Der Datensatz wurde nach der Ausgabe des Sets aus der Datenbank des Büros entfernt (Datenschutz); die Änderungen vom Laptop lassen sich nicht übernehmen.</translation>
    </message>
    <message>
        <source>(record removed)</source>
        <translation>(Datensatz entfernt)</translation>
    </message>
    <message>
        <source>At check-out the value was: {value}</source>
        <translation>Bei der Ausgabe lautete der Wert: {value}</translation>
    </message>
    <message>
        <source>Both sides created this record independently.</source>
        <translation>Beide Seiten haben diesen Datensatz unabhängig voneinander angelegt.</translation>
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
        <source>Decided by {user} on {date}: {decision} ({value}).</source>
        <translation>Entschieden von {user} am {date}: {decision} ({value}).</translation>
    </message>
    <message>
        <source>Conflicts between laptop and office</source>
        <translation>Konflikte zwischen Laptop und Büro</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Show &amp;decided conflicts</source>
        <translation>Entschiedene Konflikte &amp;zeigen</translation>
    </message>
    <message>
        <source>Show decided conflicts</source>
        <translation>Entschiedene Konflikte zeigen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Datensatz und Feld</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Office value</source>
        <translation>Wert im Büro</translation>
    </message>
    <message>
        <source>Value in the office</source>
        <translation>Wert im Büro</translation>
    </message>
    <message>
        <source>Keep &amp;office value</source>
        <translation>Wert des &amp;Büros behalten</translation>
    </message>
    <message>
        <source>Keep the office value</source>
        <translation>Den Wert des Büros behalten</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Laptop value</source>
        <translation>Wert vom Laptop</translation>
    </message>
    <message>
        <source>Value on the laptop</source>
        <translation>Wert auf dem Laptop</translation>
    </message>
    <message>
        <source>Take &amp;laptop value</source>
        <translation>Wert vom &amp;Laptop übernehmen</translation>
    </message>
    <message>
        <source>Take the laptop value</source>
        <translation>Den Wert vom Laptop übernehmen</translation>
    </message>
    <message>
        <source>Value at check-out</source>
        <translation>Wert bei der Ausgabe</translation>
    </message>
    <message>
        <source>Or &amp;enter</source>
        <translation>Oder &amp;eingeben</translation>
    </message>
    <message>
        <source>Value to store instead</source>
        <translation>Stattdessen zu speichernder Wert</translation>
    </message>
    <message>
        <source>&amp;Save this value</source>
        <translation>Diesen Wert &amp;speichern</translation>
    </message>
    <message>
        <source>Save the entered value</source>
        <translation>Den eingegebenen Wert speichern</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role in a business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>Schritt im Ablauf</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>Advisor of a day</source>
        <translation>Beratung an einem Sprechtag</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Angehängte Datei</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migrationshintergrund</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Residence permit until</source>
        <translation>Aufenthaltstitel bis</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Sector (WZ 2008)</source>
        <translation>Branche (WZ 2008)</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>Gründungsdatum</translation>
    </message>
    <message>
        <source>Founding planned</source>
        <translation>Gründung geplant</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Gewünschter Betrag</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Beratung durch</translation>
    </message>
    <message>
        <source>Loan programme</source>
        <translation>Kreditprogramm</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>Haushaltseinkommen</translation>
    </message>
    <message>
        <source>Household expenses</source>
        <translation>Haushaltsausgaben</translation>
    </message>
    <message>
        <source>Business surplus</source>
        <translation>Betriebsüberschuss</translation>
    </message>
    <message>
        <source>Planned term (months)</source>
        <translation>Geplante Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Grace period (months)</source>
        <translation>Tilgungsfreie Zeit (Monate)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status seit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Slot length (minutes)</source>
        <translation>Terminlänge (Minuten)</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besucher/in</translation>
    </message>
    <message>
        <source>Partner initiative</source>
        <translation>Partnerinitiative</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Ganzer Datensatz</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message>
        <source>deleted on {date}</source>
        <translation>gelöscht am {date}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user – DLZW Desktop</source>
        <translation>Neue Benutzerin / neuer Benutzer – DLZW Desktop</translation>
    </message>
    <message>
        <source>Edit user – DLZW Desktop</source>
        <translation>Benutzer/in bearbeiten – DLZW Desktop</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Nothing was saved. Open the user again to see the stored state.</source>
        <translation>Es wurde nichts gespeichert. Öffnen Sie die Benutzerin bzw. den Benutzer erneut, um den gespeicherten Stand zu sehen.</translation>
    </message>
    <message>
        <source>User – DLZW Desktop</source>
        <translation>Benutzer/in – DLZW Desktop</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. b.becker</source>
        <translation>z. B. b.becker</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>Erstes &amp;Passwort</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Erstes Passwort</translation>
    </message>
    <message>
        <source>Repea&amp;t password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>gesperrt bis {time}</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>must choose a password</source>
        <translation>Muss ein Passwort wählen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>New password of {name} saved; they choose their own at the next sign-in.</source>
        <translation>Neues Passwort für {name} gespeichert; bei der nächsten Anmeldung wird ein eigenes gewählt.</translation>
    </message>
    <message>
        <source>{name} unlocked.</source>
        <translation>{name} entsperrt.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer/in deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer sign in; their history stays.</source>
        <translation>{name} deaktivieren? Eine Anmeldung ist dann nicht mehr möglich; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>{name} reactivated.</source>
        <translation>{name} reaktiviert.</translation>
    </message>
    <message>
        <source>{name} deactivated.</source>
        <translation>{name} deaktiviert.</translation>
    </message>
    <message>
        <source>Sessions now end after {minutes} minutes without activity (from the next sign-in).</source>
        <translation>Sitzungen enden jetzt nach {minutes} Minuten ohne Aktivität (ab der nächsten Anmeldung).</translation>
    </message>
    <message>
        <source>Users – DLZW Desktop</source>
        <translation>Benutzer/innen – DLZW Desktop</translation>
    </message>
    <message>
        <source>Everybody who works with this database has an account of their own. Deactivated accounts keep their history but can no longer sign in.</source>
        <translation>Alle, die mit dieser Datenbank arbeiten, haben ein eigenes Konto. Deaktivierte Konten behalten ihren Verlauf, können sich aber nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer/innen</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neue Benutzerin / neuer Benutzer</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer/in bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Assign password…</source>
        <translation>Passwort &amp;vergeben …</translation>
    </message>
    <message>
        <source>Assign a new password</source>
        <translation>Neues Passwort vergeben</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Benutzer/in entsperren</translation>
    </message>
    <message>
        <source>Deactivate or reactivate user</source>
        <translation>Benutzer/in deaktivieren oder reaktivieren</translation>
    </message>
    <message>
        <source>Sign out after this many &amp;minutes without activity</source>
        <translation>Abmelden nach so vielen &amp;Minuten ohne Aktivität</translation>
    </message>
    <message>
        <source>Session timeout in minutes</source>
        <translation>Sitzungsdauer ohne Aktivität in Minuten</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save session timeout</source>
        <translation>Sitzungsdauer speichern</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>removed for good</source>
        <translation>endgültig entfernt</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role in a business</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer/in</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immobilie</translation>
    </message>
    <message>
        <source>Space request</source>
        <translation>Gesuch</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Loan programme</source>
        <translation>Kreditprogramm</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
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
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Zeilenköpfe</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Rows read: {rows}</source>
        <translation>Gelesene Zeilen: {rows}</translation>
    </message>
    <message>
        <source>Rows with data in {file}: {rows}</source>
        <translation>Zeilen mit Daten in {file}: {rows}</translation>
    </message>
    <message>
        <source>importable</source>
        <translation>importierbar</translation>
    </message>
    <message>
        <source>of these linked to existing records</source>
        <translation>davon mit vorhandenen Datensätzen verknüpft</translation>
    </message>
    <message>
        <source>duplicates skipped</source>
        <translation>Dubletten übersprungen</translation>
    </message>
    <message>
        <source>rows with errors</source>
        <translation>Zeilen mit Fehlern</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>created: {records}</source>
        <translation>angelegt: {records}</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Bericht: {path}</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>Nothing new to import: no row adds a record (see the figures above and the report).</source>
        <translation>Nichts Neues zu importieren: Keine Zeile ergänzt einen Datensatz (siehe die Zahlen oben und den Bericht).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Rows with errors: {rows}, so nothing was imported. Correct them (see the report) or import the other rows with --skip-invalid.</source>
        <translation>Zeilen mit Fehlern: {rows}, daher wurde nichts importiert. Korrigieren Sie sie (siehe Bericht) oder importieren Sie die übrigen Zeilen mit --skip-invalid.</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>roles in businesses</source>
        <translation>Rollen in Unternehmen</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>stage entries</source>
        <translation>Phaseneinträge</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>Checklistenpunkte</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>properties</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>status entries</source>
        <translation>Statuseinträge</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>'{feature}' is recorded by its own check box, not as a further feature.</source>
        <translation>„{feature}“ wird mit einem eigenen Kästchen erfasst, nicht als weitere Ausstattung.</translation>
    </message>
    <message>
        <source>'{field}' is not a field of this import.</source>
        <translation>„{field}“ ist kein Feld dieses Imports.</translation>
    </message>
    <message>
        <source>'{language}' is not a language code. Use two letters, e.g. de, tr, ar, pl, uk.</source>
        <translation>„{language}“ ist kein Sprachkürzel. Verwenden Sie zwei Buchstaben, z. B. de, tr, ar, pl, uk.</translation>
    </message>
    <message>
        <source>'{section}' is not a WZ 2008 section. Use one capital letter from A to U.</source>
        <translation>„{section}“ ist kein Abschnitt der WZ 2008. Verwenden Sie einen Großbuchstaben von A bis U.</translation>
    </message>
    <message>
        <source>'{text}' is far too large for an amount. Please check the number of digits.</source>
        <translation>„{text}“ ist als Betrag viel zu groß. Bitte prüfen Sie die Zahl der Stellen.</translation>
    </message>
    <message>
        <source>'{text}' is not a German postcode. Enter five digits, e.g. 44137.</source>
        <translation>„{text}“ ist keine deutsche Postleitzahl. Bitte geben Sie fünf Ziffern ein, z. B. 44137.</translation>
    </message>
    <message>
        <source>'{text}' is not a WZ 2008 sector code. Enter it like 47.24 (class), 47.2 (group), 47 (division) or G (section).</source>
        <translation>„{text}“ ist kein Wirtschaftszweig-Schlüssel der WZ 2008. Bitte so eingeben: 47.24 (Klasse), 47.2 (Gruppe), 47 (Abteilung) oder G (Abschnitt).</translation>
    </message>
    <message>
        <source>'{text}' is not a date. Write it as DD.MM.YYYY, e.g. 31.12.2026.</source>
        <translation>„{text}“ ist kein Datum. Bitte im Format TT.MM.JJJJ eingeben, z. B. 31.12.2026.</translation>
    </message>
    <message>
        <source>'{text}' is not a number of full-time equivalents. Write it like 1,5.</source>
        <translation>„{text}“ ist keine Zahl von Vollzeitäquivalenten. Schreiben Sie sie z. B. als 1,5.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount. Write it like 1.234,56 (dot for thousands, comma for cents).</source>
        <translation>„{text}“ ist kein Betrag. Bitte so eingeben: 1.234,56 (Punkt für Tausender, Komma für Cent).</translation>
    </message>
    <message>
        <source>'{text}' is not an area. Write it like 85 or 85,5 (comma for decimals).</source>
        <translation>„{text}“ ist keine Flächenangabe. Schreiben Sie z. B. 85 oder 85,5 (Komma für Nachkommastellen).</translation>
    </message>
    <message>
        <source>'{text}' is not an e-mail address. Check it, e.g. name@example.de.</source>
        <translation>„{text}“ ist keine E-Mail-Adresse. Bitte prüfen Sie sie, z. B. name@example.de.</translation>
    </message>
    <message>
        <source>'{text}' looks like an English number. Write amounts the German way, e.g. 1.234,56.</source>
        <translation>„{text}“ sieht wie eine englische Zahl aus. Bitte Beträge im deutschen Format eingeben, z. B. 1.234,56.</translation>
    </message>
    <message>
        <source>'{text}': there is no month {month}.</source>
        <translation>„{text}“: Einen Monat {month} gibt es nicht.</translation>
    </message>
    <message>
        <source>'{text}': this month has only {last} days.</source>
        <translation>„{text}“: Dieser Monat hat nur {last} Tage.</translation>
    </message>
    <message>
        <source>'{text}': {year} is not a leap year, February has 28 days.</source>
        <translation>„{text}“: {year} ist kein Schaltjahr, der Februar hat 28 Tage.</translation>
    </message>
    <message>
        <source>'{value}' is neither yes nor no. Write ja or nein (or x for yes).</source>
        <translation>„{value}“ ist weder ja noch nein. Schreiben Sie ja oder nein (oder x für ja).</translation>
    </message>
    <message>
        <source>'{value}' is not a German postcode (five digits).</source>
        <translation>„{value}“ ist keine deutsche Postleitzahl (fünf Ziffern).</translation>
    </message>
    <message>
        <source>'{value}' is not a date.</source>
        <translation>„{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>'{value}' is not a date. Write it as DD.MM.YYYY.</source>
        <translation>„{value}“ ist kein Datum. Bitte im Format TT.MM.JJJJ eingeben.</translation>
    </message>
    <message>
        <source>'{value}' is not a duration in minutes.</source>
        <translation>„{value}“ ist keine Dauer in Minuten.</translation>
    </message>
    <message>
        <source>'{value}' is not a language the import knows. Write the language in German (e.g. Türkisch) or as a two-letter code (tr).</source>
        <translation>„{value}“ ist keine Sprache, die der Import kennt. Schreiben Sie die Sprache auf Deutsch (z. B. Türkisch) oder als Kürzel aus zwei Buchstaben (tr).</translation>
    </message>
    <message>
        <source>'{value}' is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>'{value}' is not a postcode.</source>
        <translation>„{value}“ ist keine Postleitzahl.</translation>
    </message>
    <message>
        <source>'{value}' is not a value for '{field_label}'. Use one of: {allowed}.</source>
        <translation>„{value}“ ist kein zulässiger Wert für „{field_label}“. Verwenden Sie einen dieser Werte: {allowed}.</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number.</source>
        <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>'{value}' is not allowed in {what}. Choose one of: {allowed}.</source>
        <translation>„{value}“ ist bei {what} nicht zulässig. Bitte wählen Sie eines von: {allowed}.</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address. Enter one address per cell, like name@example.de.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse. Geben Sie eine Adresse pro Zelle ein, z. B. name@example.de.</translation>
    </message>
    <message>
        <source>'{value}' looks like a year, not a date. Enter the full date, e.g. 31.12.{value}.</source>
        <translation>„{value}“ sieht wie eine Jahreszahl aus, nicht wie ein Datum. Geben Sie das vollständige Datum ein, z. B. 31.12.{value}.</translation>
    </message>
    <message>
        <source>'{value}' was read as {date}. Write four-digit years to be sure.</source>
        <translation>„{value}“ wurde als {date} gelesen. Schreiben Sie die Jahreszahl vierstellig, damit das Datum eindeutig ist.</translation>
    </message>
    <message>
        <source>A 'valid until' date belongs to a residence permit. Choose the residence status first, or clear the date.</source>
        <translation>Ein „gültig bis“-Datum gehört zu einem Aufenthaltstitel. Wählen Sie zuerst den Aufenthaltsstatus oder löschen Sie das Datum.</translation>
    </message>
    <message>
        <source>A business with a similar name at the same address is already recorded: {names}. Open the existing record, or confirm that this is a different business.</source>
        <translation>Ein Unternehmen mit ähnlichem Namen unter derselben Anschrift ist bereits erfasst: {names}. Öffnen Sie den vorhandenen Datensatz oder bestätigen Sie, dass es ein anderes Unternehmen ist.</translation>
    </message>
    <message>
        <source>A case cannot be opened on a future date ({date}). Enter the day of the first contact.</source>
        <translation>Ein Fall kann nicht mit einem Datum in der Zukunft eröffnet werden ({date}). Geben Sie den Tag des Erstkontakts ein.</translation>
    </message>
    <message>
        <source>A case in stage {from_stage} can only be moved back one step, to {target}.</source>
        <translation>Ein Fall im Bearbeitungsstand „{from_stage}“ kann nur um einen Schritt zurückgesetzt werden, auf „{target}“.</translation>
    </message>
    <message>
        <source>A case in stage {from_stage} cannot move to {to_stage}. Possible next stages: {allowed}.</source>
        <translation>Ein Fall im Bearbeitungsstand „{from_stage}“ kann nicht nach „{to_stage}“ wechseln. Mögliche nächste Bearbeitungsstände: {allowed}.</translation>
    </message>
    <message>
        <source>A case in stage {from_stage} is at the start of the workflow and cannot be moved back.</source>
        <translation>Ein Fall im Bearbeitungsstand „{from_stage}“ steht am Anfang des Ablaufs und kann nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>A chosen borough or district does not exist.</source>
        <translation>Ein gewählter Stadtbezirk oder Bezirk existiert nicht.</translation>
    </message>
    <message>
        <source>A cold rent of {value} € a month for {area} m² is not plausible (at most {per_m2} € per m²). Check for a typo: enter the monthly rent, not the yearly rent or the price.</source>
        <translation>Eine Kaltmiete von {value} € im Monat für {area} m² ist nicht plausibel (höchstens {per_m2} € je m²). Bitte prüfen Sie auf einen Tippfehler: Einzugeben ist die Monatsmiete, nicht die Jahresmiete oder der Kaufpreis.</translation>
    </message>
    <message>
        <source>A consent cannot be given on {date}, which lies in the future. Enter the day it was given.</source>
        <translation>Eine Einwilligung kann nicht am {date} erteilt worden sein, das liegt in der Zukunft. Geben Sie den Tag an, an dem sie erteilt wurde.</translation>
    </message>
    <message>
        <source>A consent to the listing needs the owner who gave it. Choose or record the owner first.</source>
        <translation>Eine Zustimmung zur Vermarktung braucht die Eigentümerseite, die sie erteilt hat. Bitte wählen oder erfassen Sie zuerst die Eigentümerin oder den Eigentümer.</translation>
    </message>
    <message>
        <source>A consultation is recorded after it took place; {date} lies in the future. Use a reminder to plan one.</source>
        <translation>Eine Beratung wird erfasst, nachdem sie stattgefunden hat; der {date} liegt in der Zukunft. Planen Sie Beratungen mit einer Wiedervorlage.</translation>
    </message>
    <message>
        <source>A cost item must be 0 EUR or more. Enter the amount without a minus sign.</source>
        <translation>Ein Kostenposten muss 0 Euro oder mehr betragen. Geben Sie den Betrag ohne Minuszeichen ein.</translation>
    </message>
    <message>
        <source>A district is listed twice. Tick each district once.</source>
        <translation>Ein Bezirk ist doppelt aufgeführt. Wählen Sie jeden Bezirk nur einmal.</translation>
    </message>
    <message>
        <source>A field in line {line} is longer than {limit} characters; often a closing quote (") is missing. Correct the file and import it again.</source>
        <translation>Ein Feld in Zeile {line} ist länger als {limit} Zeichen; häufig fehlt dann ein schließendes Anführungszeichen ("). Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>A first loan under {programme} is at most {cap} (you entered {amount}). Record the amount the programme allows and note the rest of the need in the purpose.</source>
        <translation>Ein Erstkredit im Programm {programme} beträgt höchstens {cap} (Sie haben {amount} eingegeben). Erfassen Sie den Betrag, den das Programm zulässt, und notieren Sie den übrigen Bedarf beim Verwendungszweck.</translation>
    </message>
    <message>
        <source>A follow-up loan is not possible under {programme}: the earlier loan paid out on {disbursed} was written off.</source>
        <translation>Im Programm {programme} ist kein Folgekredit möglich: Der frühere Kredit, ausgezahlt am {disbursed}, wurde abgeschrieben.</translation>
    </message>
    <message>
        <source>A follow-up loan needs an earlier loan. Enter the earlier loans or record this one as a first loan.</source>
        <translation>Ein Folgekredit setzt einen früheren Kredit voraus. Tragen Sie die früheren Kredite ein oder erfassen Sie diesen Kredit als Erstkredit.</translation>
    </message>
    <message>
        <source>A follow-up loan needs {months} months of trouble-free repayment after the payout on {disbursed} under {programme}: it is possible from {possible_from}, not on {date}.</source>
        <translation>Im Programm {programme} setzt ein Folgekredit {months} Monate störungsfreie Rückzahlung nach der Auszahlung am {disbursed} voraus. Er ist ab dem {possible_from} möglich, nicht schon am {date}.</translation>
    </message>
    <message>
        <source>A follow-up loan needs {months} months of trouble-free repayment under {programme}; after the repayment problem in {trouble_month} it is possible from {possible_from}, not on {date}.</source>
        <translation>Im Programm {programme} setzt ein Folgekredit {months} Monate störungsfreie Rückzahlung voraus. Nach der Rückzahlungsstörung im Monat {trouble_month} ist er ab dem {possible_from} möglich, nicht schon am {date}.</translation>
    </message>
    <message>
        <source>A goal count must be a whole number above 0 (or left empty for no goal).</source>
        <translation>Ein Zielwert muss eine ganze Zahl über 0 sein (oder leer bleiben, wenn es kein Ziel gibt).</translation>
    </message>
    <message>
        <source>A laptop kit cannot check out another kit. Check out kits in the office database.</source>
        <translation>Ein Laptop-Set kann kein weiteres Set ausgeben. Geben Sie Sets in der Datenbank des Büros aus.</translation>
    </message>
    <message>
        <source>A laptop kit is not backed up: write a check-in package instead (section Consultation days). The package is encrypted and carries everything recorded on the laptop.</source>
        <translation>Ein Laptop-Set wird nicht gesichert: Erstellen Sie stattdessen ein Rückgabepaket (Bereich Sprechtage). Das Paket ist verschlüsselt und enthält alles, was auf dem Laptop erfasst wurde.</translation>
    </message>
    <message>
        <source>A lender named {name} is already recorded. Choose it from the list.</source>
        <translation>Ein Kreditgeber namens {name} ist bereits erfasst. Wählen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>A line of the organisation details is longer than {limit} characters. Shorten it.</source>
        <translation>Eine Zeile der Angaben zur Organisation ist länger als {limit} Zeichen. Bitte kürzen Sie sie.</translation>
    </message>
    <message>
        <source>A local multiplier (LM3) lies between 1 and 3; {value} is not possible. Check the survey result.</source>
        <translation>Ein lokaler Multiplikator (LM3) liegt zwischen 1 und 3; {value} ist nicht möglich. Bitte prüfen Sie das Ergebnis der Erhebung.</translation>
    </message>
    <message>
        <source>A match at stage '{current}' cannot move to '{target}'. Allowed next: {allowed}.</source>
        <translation>Ein Vorschlag im Stand „{current}“ kann nicht zu „{target}“ wechseln. Möglich ist als Nächstes: {allowed}.</translation>
    </message>
    <message>
        <source>A payout is recorded for an approved case (this one is in {stage}).</source>
        <translation>Eine Auszahlung wird für einen bewilligten Fall erfasst (dieser ist im Bearbeitungsstand {stage}).</translation>
    </message>
    <message>
        <source>A person with a similar name and the same birth date or address is already recorded: {names}. Open the existing record, or confirm that this is a different person.</source>
        <translation>Eine Person mit ähnlichem Namen und demselben Geburtsdatum oder derselben Anschrift ist bereits erfasst: {names}. Öffnen Sie den vorhandenen Datensatz oder bestätigen Sie, dass es eine andere Person ist.</translation>
    </message>
    <message>
        <source>A property can have at most {limit} photos. Remove one before adding another.</source>
        <translation>Eine Immobilie kann höchstens {limit} Fotos haben. Bitte entfernen Sie eines, bevor Sie ein weiteres hinzufügen.</translation>
    </message>
    <message>
        <source>A property that is '{current}' cannot become '{target}'. Allowed next: {allowed}.</source>
        <translation>Eine Immobilie im Status „{current}“ kann nicht „{target}“ werden. Möglich ist als Nächstes: {allowed}.</translation>
    </message>
    <message>
        <source>A quarter needs at least one statistical district. Tick the districts it covers.</source>
        <translation>Ein Quartier braucht mindestens einen statistischen Bezirk. Wählen Sie die Bezirke, die es umfasst.</translation>
    </message>
    <message>
        <source>A recommendation is signed off once the case is in stage {expected} (it is in {stage}).</source>
        <translation>Eine Empfehlung wird freigegeben, wenn der Fall im Bearbeitungsstand {expected} ist (er ist im Stand {stage}).</translation>
    </message>
    <message>
        <source>A recommendation is written while the case is in assessment (it is in {stage}). Move the case to assessment first.</source>
        <translation>Eine Empfehlung wird während der Prüfung geschrieben (der Fall ist im Stand {stage}). Setzen Sie den Fall zuerst auf Prüfung.</translation>
    </message>
    <message>
        <source>A rent limit of {value} € a month is not plausible. Check for a typo (at most 250.000 €).</source>
        <translation>Eine Höchstmiete von {value} € im Monat ist nicht plausibel. Bitte prüfen Sie auf einen Tippfehler (höchstens 250.000 €).</translation>
    </message>
    <message>
        <source>A report covers at most five years; {start} to {end} is longer. Choose a shorter period.</source>
        <translation>Ein Bericht umfasst höchstens fünf Jahre; {start} bis {end} ist länger. Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>A retention period must be between 1 and {maximum} months.</source>
        <translation>Eine Aufbewahrungsfrist muss zwischen 1 und {maximum} Monaten liegen.</translation>
    </message>
    <message>
        <source>A stored LWSI computation cannot be read ({reason}). Restore the database from a backup or compute the figure again.</source>
        <translation>Eine gespeicherte LWSI-Berechnung kann nicht gelesen werden ({reason}). Stellen Sie die Datenbank aus einer Sicherung wieder her oder berechnen Sie den Wert neu.</translation>
    </message>
    <message>
        <source>A term of {term} months is longer than {max_term} months. Check the entry: the term is given in months, e.g. 48 for four years.</source>
        <translation>Eine Laufzeit von {term} Monaten ist länger als {max_term} Monate. Bitte prüfen Sie die Eingabe: Die Laufzeit wird in Monaten angegeben, z. B. 48 für vier Jahre.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 characters: lower-case letters, digits, dot, hyphen or underscore, starting with a letter or digit (for example a.yilmaz).</source>
        <translation>Ein Benutzername hat 2 bis 64 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, am Anfang ein Buchstabe oder eine Ziffer (zum Beispiel a.yilmaz).</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Beraterin/Berater</translation>
    </message>
    <message>
        <source>After earlier loans of {previous}, at most {remaining} can be requested under {programme} (total cap {cap}; you entered {amount}).</source>
        <translation>Nach früheren Krediten von {previous} können im Programm {programme} höchstens {remaining} beantragt werden (Gesamtgrenze {cap}; Sie haben {amount} eingegeben).</translation>
    </message>
    <message>
        <source>All loans together may be at most {cap} under {programme}. After earlier loans of {previous} this loan may be at most {remaining} (you entered {amount}).</source>
        <translation>Im Programm {programme} dürfen alle Kredite zusammen höchstens {cap} betragen. Nach früheren Krediten über {previous} darf dieser Kredit höchstens {remaining} betragen (eingegeben: {amount}).</translation>
    </message>
    <message>
        <source>All matching weights are 0. Give at least one score part a positive weight.</source>
        <translation>Alle Gewichte für die Vorschläge sind 0. Bitte geben Sie mindestens einem Bewertungsteil ein positives Gewicht.</translation>
    </message>
    <message>
        <source>An action text is too long. Keep it under 2000 characters; put details in the minutes.</source>
        <translation>Ein Maßnahmentext ist zu lang. Bleiben Sie unter 2000 Zeichen; Einzelheiten gehören ins Protokoll.</translation>
    </message>
    <message>
        <source>An administrator set your password: choose your own first with `dlzw passwd`.</source>
        <translation>Ihr Passwort wurde von der Administration vergeben: Wählen Sie zuerst ein eigenes mit `dlzw passwd`.</translation>
    </message>
    <message>
        <source>An amount in arrears ({amount}) belongs to the status 'in arrears'. Choose it, or clear the amount.</source>
        <translation>Ein Rückstandsbetrag ({amount}) gehört zum Status „im Rückstand“. Wählen Sie diesen Status oder löschen Sie den Betrag.</translation>
    </message>
    <message>
        <source>An appointment slot lasts between {minimum} and {maximum} minutes.</source>
        <translation>Ein Termin dauert zwischen {minimum} und {maximum} Minuten.</translation>
    </message>
    <message>
        <source>An area cannot be negative (you entered {text}).</source>
        <translation>Eine Fläche kann nicht negativ sein (Sie haben {text} eingegeben).</translation>
    </message>
    <message>
        <source>An interest rate of {rate} % a year is implausible (at most {max_rate} %). Check the entry: enter the nominal annual rate, e.g. 7,9.</source>
        <translation>Ein Zinssatz von {rate} % pro Jahr ist nicht plausibel (höchstens {max_rate} %). Bitte prüfen Sie die Eingabe: Geben Sie den nominalen Jahreszins ein, z. B. 7,9.</translation>
    </message>
    <message>
        <source>An owner is a person or a business, not a case.</source>
        <translation>Eigentümer/in ist eine Person oder ein Unternehmen, kein Fall.</translation>
    </message>
    <message>
        <source>Applicant's family name</source>
        <translation>Nachname (Antragsteller/in)</translation>
    </message>
    <message>
        <source>Applicant's given names</source>
        <translation>Vornamen (Antragsteller/in)</translation>
    </message>
    <message>
        <source>Appointments are booked at {times}, which the new hours or slot length would drop. Move or cancel them first.</source>
        <translation>Um {times} sind Termine gebucht, die mit den neuen Zeiten oder der neuen Terminlänge wegfallen würden. Verlegen Sie sie oder sagen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <source>Assign a column of the file to: {labels}.</source>
        <translation>Ordnen Sie diesen Feldern eine Spalte der Datei zu: {labels}.</translation>
    </message>
    <message>
        <source>At most {max_grace} repayment-free months are allowed under {programme} (you entered {grace}).</source>
        <translation>Im Programm {programme} sind höchstens {max_grace} tilgungsfreie Monate zulässig (eingegeben: {grace}).</translation>
    </message>
    <message>
        <source>Ayşe Yılmaz</source>
        <translation>Ayşe Yılmaz</translation>
    </message>
    <message>
        <source>Before the lender's decision can be recorded, a second person must sign off the recommendation written by {author}.</source>
        <translation>Bevor die Entscheidung des Kreditgebers erfasst werden kann, muss eine zweite Person die Empfehlung von {author} freigeben.</translation>
    </message>
    <message>
        <source>Between {starts_at} and {ends_at} there is no room for one slot of {minutes} minutes. Extend the hours or shorten the slots.</source>
        <translation>Zwischen {starts_at} und {ends_at} ist kein Platz für einen Termin von {minutes} Minuten. Verlängern Sie die Zeiten oder verkürzen Sie die Termine.</translation>
    </message>
    <message>
        <source>Björn Kröger</source>
        <translation>Björn Kröger</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Business borough</source>
        <translation>Stadtbezirk des Unternehmens</translation>
    </message>
    <message>
        <source>Business city</source>
        <translation>Ort des Unternehmens</translation>
    </message>
    <message>
        <source>Business district</source>
        <translation>Stadtteil des Unternehmens</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Business notes</source>
        <translation>Bemerkungen zum Unternehmen</translation>
    </message>
    <message>
        <source>Business postcode</source>
        <translation>Postleitzahl des Unternehmens</translation>
    </message>
    <message>
        <source>Business street</source>
        <translation>Straße des Unternehmens</translation>
    </message>
    <message>
        <source>Business surplus</source>
        <translation>Monatlicher Überschuss des Unternehmens</translation>
    </message>
    <message>
        <source>Business {business} is recorded as active until {to}, before it started on {start}. Correct the start or end date.</source>
        <translation>Das Unternehmen {business} ist als aktiv bis {to} erfasst, also vor seinem Beginn am {start}. Bitte korrigieren Sie das Anfangs- oder Enddatum.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Cases with a loan must be kept at least as long as cases without one.</source>
        <translation>Fälle mit Kredit müssen mindestens so lange aufbewahrt werden wie Fälle ohne Kredit.</translation>
    </message>
    <message>
        <source>Choose PDF, Excel or both.</source>
        <translation>Wählen Sie PDF, Excel oder beides.</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file (the file {name} is neither).</source>
        <translation>Wählen Sie eine CSV- oder XLSX-Datei (die Datei {name} ist keine von beiden).</translation>
    </message>
    <message>
        <source>Choose a base year between 2000 and 2100 (not {year}).</source>
        <translation>Wählen Sie ein Basisjahr zwischen 2000 und 2100 (nicht {year}).</translation>
    </message>
    <message>
        <source>Choose a person or case, or enter the name of the visitor.</source>
        <translation>Wählen Sie eine Person oder einen Fall, oder geben Sie den Namen der Besucherin oder des Besuchers ein.</translation>
    </message>
    <message>
        <source>Choose a report year between 2000 and 2100 (not {year}).</source>
        <translation>Wählen Sie ein Berichtsjahr zwischen 2000 und 2100 (nicht {year}).</translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100 for the cost item (not {year}).</source>
        <translation>Wählen Sie für den Kostenposten ein Jahr zwischen 2000 und 2100 (nicht {year}).</translation>
    </message>
    <message>
        <source>Choose at least one consultation day for the laptop kit.</source>
        <translation>Wählen Sie mindestens einen Sprechtag für das Laptop-Set.</translation>
    </message>
    <message>
        <source>Choose at least one possible use (e.g. retail or office).</source>
        <translation>Bitte wählen Sie mindestens eine mögliche Nutzung (z. B. Einzelhandel oder Büro).</translation>
    </message>
    <message>
        <source>Choose either a district or a quarter for the missed offer.</source>
        <translation>Bitte wählen Sie für das fehlende Angebot entweder einen Bezirk oder ein Quartier.</translation>
    </message>
    <message>
        <source>Choose either a person or a business as the member.</source>
        <translation>Wählen Sie entweder eine Person oder ein Unternehmen als Mitglied.</translation>
    </message>
    <message>
        <source>Choose one of the rows of the file as the header row.</source>
        <translation>Wählen Sie eine Zeile der Datei als Überschriftenzeile.</translation>
    </message>
    <message>
        <source>Choose the WZ 2008 class from the list that appears while you type part of its name.</source>
        <translation>Wählen Sie die WZ-2008-Klasse aus der Liste, die beim Eintippen eines Namensteils erscheint.</translation>
    </message>
    <message>
        <source>Choose the WZ 2008 class from the list.</source>
        <translation>Wählen Sie die WZ-2008-Klasse aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the advisors from the list.</source>
        <translation>Wählen Sie die Beraterinnen und Berater aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the borough from the list.</source>
        <translation>Wählen Sie den Stadtbezirk aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the business from the list (type part of its name), or record a new business.</source>
        <translation>Wählen Sie das Unternehmen aus der Liste (tippen Sie einen Teil des Namens) oder erfassen Sie ein neues Unternehmen.</translation>
    </message>
    <message>
        <source>Choose the district from the list.</source>
        <translation>Wählen Sie den statistischen Bezirk aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die Datei für den Import.</translation>
    </message>
    <message>
        <source>Choose the missing offer's sector from the WZ 2008 list.</source>
        <translation>Wählen Sie die Branche des fehlenden Angebots aus der WZ-2008-Liste.</translation>
    </message>
    <message>
        <source>Choose the office or the laptop value for this field.</source>
        <translation>Wählen Sie für dieses Feld den Wert des Büros oder den vom Laptop.</translation>
    </message>
    <message>
        <source>Choose the partner initiative from the list.</source>
        <translation>Wählen Sie die Partnerinitiative aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the person from the list that appears while you type, or record a new person.</source>
        <translation>Wählen Sie die Person aus der Liste, die beim Tippen erscheint, oder erfassen Sie eine neue Person.</translation>
    </message>
    <message>
        <source>Choose the quarter the initiative works in, or tick at least one district.</source>
        <translation>Wählen Sie das Quartier, in dem die Initiative tätig ist, oder mindestens einen Bezirk.</translation>
    </message>
    <message>
        <source>Choose who is looking: search the person, business or case and pick it from the list.</source>
        <translation>Bitte wählen Sie, wer sucht: Suchen Sie die Person, das Unternehmen oder den Fall und wählen Sie den Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Client's family name</source>
        <translation>Nachname (Ratsuchende/r)</translation>
    </message>
    <message>
        <source>Client's given names</source>
        <translation>Vornamen (Ratsuchende/r)</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Cold rent</source>
        <translation>Kaltmiete</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Zustimmung erteilt am</translation>
    </message>
    <message>
        <source>Consent to {purpose} is already recorded (given on {day}). Withdraw it first if the person consents anew.</source>
        <translation>Eine Einwilligung für „{purpose}“ ist bereits erfasst (erteilt am {day}). Erfassen Sie zuerst den Widerruf, wenn die Person neu einwilligt.</translation>
    </message>
    <message>
        <source>DLZW Desktop reads reference tables as .csv or .xlsx, not {suffix}. Save the table in one of these formats.</source>
        <translation>DLZW Desktop liest Referenztabellen als .csv oder .xlsx, nicht als {suffix}. Speichern Sie die Tabelle in einem dieser Formate.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Decide whether the record stays or is deleted: keep the office state or take the laptop's.</source>
        <translation>Entscheiden Sie, ob der Datensatz bestehen bleibt oder gelöscht wird: Behalten Sie den Stand im Büro oder übernehmen Sie den Stand vom Laptop.</translation>
    </message>
    <message>
        <source>Demo data with seed {seed} is already in this database. Choose another seed or a new database file.</source>
        <translation>Demo-Daten mit dem Startwert {seed} sind bereits in dieser Datenbank. Bitte wählen Sie einen anderen Startwert oder eine neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>Describe each agreed action (it is empty).</source>
        <translation>Beschreiben Sie jede vereinbarte Maßnahme (der Text ist leer).</translation>
    </message>
    <message>
        <source>Describe the cost item (e.g. 'Rent of the advice office'), so the report can name it.</source>
        <translation>Beschreiben Sie den Kostenposten (z. B. „Miete Beratungsbüro“), damit der Bericht ihn nennen kann.</translation>
    </message>
    <message>
        <source>Dimitrios Papadopoulos</source>
        <translation>Dimitrios Papadopoulos</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Each field and each column can be assigned only once (column {column}).</source>
        <translation>Jedes Feld und jede Spalte kann nur einmal zugeordnet werden (Spalte {column}).</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Enter a name for the column assignment.</source>
        <translation>Geben Sie einen Namen für die Spaltenzuordnung ein.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, e.g. 10:30.</source>
        <translation>Geben Sie eine Uhrzeit als HH:MM ein, z. B. 10:30.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter an hourly rate between 0 and 10.000 EUR.</source>
        <translation>Geben Sie einen Stundensatz zwischen 0 und 10.000 Euro ein.</translation>
    </message>
    <message>
        <source>Enter full-time equivalents with at most two decimal places, e.g. 1,5.</source>
        <translation>Geben Sie Vollzeitäquivalente mit höchstens zwei Nachkommastellen ein, z. B. 1,5.</translation>
    </message>
    <message>
        <source>Enter how many minutes the consultation took (1 to 1440).</source>
        <translation>Geben Sie ein, wie viele Minuten die Beratung gedauert hat (1 bis 1440).</translation>
    </message>
    <message>
        <source>Enter one language per cell (found '{value}').</source>
        <translation>Geben Sie nur eine Sprache pro Zelle ein (gefunden: „{value}“).</translation>
    </message>
    <message>
        <source>Enter the address of the PostgreSQL database, e.g. postgresql://dbserver/dlzw.</source>
        <translation>Geben Sie die Adresse der PostgreSQL-Datenbank ein, z. B. postgresql://dbserver/dlzw.</translation>
    </message>
    <message>
        <source>Enter the amount in arrears (more than 0,00 €).</source>
        <translation>Geben Sie den Rückstand ein (mehr als 0,00 €).</translation>
    </message>
    <message>
        <source>Enter the complete path of the database file, starting with the drive or the top folder, or click Browse… to choose a place.</source>
        <translation>Geben Sie den vollständigen Pfad der Datenbankdatei ein, beginnend mit dem Laufwerk oder dem obersten Ordner, oder wählen Sie mit „Durchsuchen …“ einen Ort.</translation>
    </message>
    <message>
        <source>Enter the duration in minutes, between 1 and {max_minutes} (you entered {minutes}).</source>
        <translation>Geben Sie die Dauer in Minuten ein, zwischen 1 und {max_minutes} (Sie haben {minutes} eingegeben).</translation>
    </message>
    <message>
        <source>Enter the file name of the database, or click Browse… to choose a place.</source>
        <translation>Geben Sie den Dateinamen der Datenbank ein, oder wählen Sie mit „Durchsuchen …“ einen Ort.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation: it heads every letter and report.</source>
        <translation>Geben Sie den Namen der Organisation ein: Er steht über jedem Schreiben und Bericht.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the laptop kit.</source>
        <translation>Bitte geben Sie die Passphrase des Laptop-Sets ein.</translation>
    </message>
    <message>
        <source>Enter the payout date of the earlier loan, so that the waiting time for a follow-up loan can be checked.</source>
        <translation>Bitte geben Sie das Auszahlungsdatum des früheren Kredits ein, damit die Wartezeit für einen Folgekredit geprüft werden kann.</translation>
    </message>
    <message>
        <source>Enter the source of the figures (publisher, table, date retrieved), e.g. 'Dortmunder Statistik, Bevölkerung nach Bezirken, abgerufen 03.2026'.</source>
        <translation>Geben Sie die Quelle der Werte an (Herausgeber, Tabelle, Abrufdatum), z. B. „Dortmunder Statistik, Bevölkerung nach Bezirken, abgerufen 03.2026“.</translation>
    </message>
    <message>
        <source>Enter the year the values refer to (1990 to 2100), not {year}.</source>
        <translation>Geben Sie das Jahr an, auf das sich die Werte beziehen (1990 bis 2100), nicht {year}.</translation>
    </message>
    <message>
        <source>Enter where the consultation day takes place.</source>
        <translation>Geben Sie ein, wo der Sprechtag stattfindet.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Files are not kept on a laptop kit (they would be stored unencrypted). Set the document's status here and scan or attach the file in the office.</source>
        <translation>Auf einem Laptop-Set werden keine Dateien abgelegt (sie lägen unverschlüsselt auf dem Laptop). Setzen Sie hier den Status der Unterlage und scannen oder hängen Sie die Datei im Büro an.</translation>
    </message>
    <message>
        <source>Files of type '{extension}' cannot be imported. Save the list as an Excel workbook (.xlsx) or as CSV and import that file.</source>
        <translation>Dateien vom Typ „{extension}“ können nicht importiert werden. Speichern Sie die Liste als Excel-Arbeitsmappe (.xlsx) oder als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Geschoss</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>Gründungsdatum</translation>
    </message>
    <message>
        <source>Founding planned</source>
        <translation>Gründung geplant</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Give a reason for moving this case back from {from_stage} to {to_stage}; it is kept in the case history.</source>
        <translation>Bitte geben Sie einen Grund an, warum dieser Fall von „{from_stage}“ auf „{to_stage}“ zurückgesetzt wird. Der Grund wird im Fallverlauf gespeichert.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Grace period (months)</source>
        <translation>Tilgungsfreie Monate</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>Household expenses</source>
        <translation>Haushaltsausgaben</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>Haushaltseinkommen</translation>
    </message>
    <message>
        <source>Import a table of gross value added per worker by WZ section first (Reports, LWSI, Import reference table).</source>
        <translation>Importieren Sie zuerst eine Tabelle der Bruttowertschöpfung je Erwerbstätigen nach WZ-Abschnitt (Berichte, LWSI, Referenztabelle importieren).</translation>
    </message>
    <message>
        <source>In {name} latitude and longitude are swapped. GeoJSON needs longitude first; export the file again in WGS84 (EPSG:4326) with the axis order longitude, latitude.</source>
        <translation>In {name} sind Breite und Länge vertauscht. GeoJSON braucht zuerst die Länge; bitte exportieren Sie die Datei erneut in WGS84 (EPSG:4326) mit der Achsenfolge Länge, Breite.</translation>
    </message>
    <message>
        <source>Invisible control characters were removed from the text.</source>
        <translation>Unsichtbare Steuerzeichen wurden aus dem Text entfernt.</translation>
    </message>
    <message>
        <source>Jobs are counted at {occasion} once the loan has been paid out. Record the payout first, or count the jobs at intake.</source>
        <translation>Arbeitsplätze werden zum Zeitpunkt „{occasion}“ gezählt, wenn der Kredit ausgezahlt ist. Erfassen Sie zuerst die Auszahlung oder zählen Sie die Arbeitsplätze bei Aufnahme.</translation>
    </message>
    <message>
        <source>Jörg Schäfer</source>
        <translation>Jörg Schäfer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Let on</source>
        <translation>Vermietet am</translation>
    </message>
    <message>
        <source>Line {line} is longer than {limit} characters. Check that the file really is a list saved as CSV; Save the list in Excel as 'CSV UTF-8 (comma delimited)' and import that file.</source>
        <translation>Zeile {line} ist länger als {limit} Zeichen. Prüfen Sie, ob die Datei wirklich eine als CSV gespeicherte Liste ist; speichern Sie die Liste in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Line {line} of the file is not valid CSV. Save the list in Excel as 'CSV UTF-8 (comma delimited)' and import that file.</source>
        <translation>Zeile {line} der Datei ist kein gültiges CSV. Speichern Sie die Liste in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Line {line}: '{key}' is not a WZ 2008 section. Start the first column with the section letter (A to U, or a range like G-I) or write 'Insgesamt' for all sections.</source>
        <translation>Zeile {line}: „{key}“ ist kein Abschnitt der WZ 2008. Beginnen Sie die erste Spalte mit dem Buchstaben des Abschnitts (A bis U oder ein Bereich wie G-I) oder schreiben Sie „Insgesamt“ für alle Abschnitte.</translation>
    </message>
    <message>
        <source>Line {line}: district '{key}' appears twice. Each district may appear once.</source>
        <translation>Zeile {line}: Der Bezirk „{key}“ kommt doppelt vor. Jeder Bezirk darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Line {line}: section {section} already has a value. Each section may appear once.</source>
        <translation>Zeile {line}: Der Abschnitt {section} hat bereits einen Wert. Jeder Abschnitt darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Line {line}: the value for all sections ('{key}') appears twice. Keep one.</source>
        <translation>Zeile {line}: Der Wert für alle Abschnitte („{key}“) kommt doppelt vor. Behalten Sie einen.</translation>
    </message>
    <message>
        <source>Line {line}: {value} EUR per worker is not plausible for '{key}'. Values lie above 0 and below 10 million EUR.</source>
        <translation>Zeile {line}: {value} Euro je Erwerbstätigen sind für „{key}“ nicht plausibel. Die Werte liegen über 0 und unter 10 Millionen Euro.</translation>
    </message>
    <message>
        <source>Line {line}: {value} is not a plausible number of inhabitants for '{key}'. Enter whole numbers from 0 to 1,000,000.</source>
        <translation>Zeile {line}: {value} ist keine plausible Einwohnerzahl für „{key}“. Geben Sie ganze Zahlen von 0 bis 1.000.000 ein.</translation>
    </message>
    <message>
        <source>Małgorzata Nowak</source>
        <translation>Małgorzata Nowak</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migrationshintergrund</translation>
    </message>
    <message>
        <source>Name the laptop kit file with the ending {suffix}.</source>
        <translation>Geben Sie der Datei des Laptop-Sets die Endung {suffix}.</translation>
    </message>
    <message>
        <source>Name the package file with the ending {suffix}.</source>
        <translation>Geben Sie der Paketdatei die Endung {suffix}.</translation>
    </message>
    <message>
        <source>Name the source of the table (publisher, table and date retrieved), so figures can be traced.</source>
        <translation>Nennen Sie die Quelle der Tabelle (Herausgeber, Tabelle und Abrufdatum), damit die Zahlen nachvollziehbar sind.</translation>
    </message>
    <message>
        <source>Name the source of the value-added table (publisher and table), so figures can be traced.</source>
        <translation>Bitte geben Sie die Quelle der Wertschöpfungstabelle an (herausgebende Stelle und Tabelle), damit die Zahlen nachvollziehbar sind.</translation>
    </message>
    <message>
        <source>Name where the multiplier comes from (survey and year, or the literature for an estimate).</source>
        <translation>Bitte geben Sie an, woher der Multiplikator stammt (Erhebung und Jahr oder, bei einer Schätzung, die Fachliteratur).</translation>
    </message>
    <message>
        <source>No column with known figures was found. Name the columns e.g. 'Einwohner', 'Migrationshintergrund', 'Betriebe', 'Gewerbeanmeldungen' or 'Leerstände'.</source>
        <translation>Es wurde keine Spalte mit bekannten Kennzahlen gefunden. Benennen Sie die Spalten z. B. „Einwohner“, „Migrationshintergrund“, „Betriebe“, „Gewerbeanmeldungen“ oder „Leerstände“.</translation>
    </message>
    <message>
        <source>No loan programme is in force on {date}. Ask an administrator to record the programme valid on that date, or check the date.</source>
        <translation>Am {date} gilt kein Kreditprogramm. Bitten Sie die Administration, das an diesem Tag gültige Programm zu erfassen, oder prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>No quarterly LWSI values are available yet. Compute the last four quarters first.</source>
        <translation>Es liegen noch keine LWSI-Quartalswerte vor. Berechnen Sie zuerst die letzten vier Quartale.</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>Kein Betrag.</translation>
    </message>
    <message>
        <source>Not an area.</source>
        <translation>Keine Flächenangabe.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing answers at {host}, port {port}. Check the port, and ask the administration whether PostgreSQL runs there and accepts connections from the network.</source>
        <translation>Unter {host}, Port {port} antwortet nichts. Prüfen Sie den Port, und fragen Sie die Administration, ob PostgreSQL dort läuft und Verbindungen aus dem Netz annimmt.</translation>
    </message>
    <message>
        <source>Numbers of jobs cannot be negative. Enter 0 where there are none.</source>
        <translation>Zahlen von Arbeitsplätzen können nicht negativ sein. Geben Sie 0 ein, wo es keine gibt.</translation>
    </message>
    <message>
        <source>On the office database you sign in as your own database login ({login}). Use that name, or ask the database administrator.</source>
        <translation>An der Bürodatenbank melden Sie sich mit Ihrem eigenen Datenbank-Login ({login}) an. Verwenden Sie diesen Namen oder wenden Sie sich an die Datenbankadministration.</translation>
    </message>
    <message>
        <source>One of the chosen districts does not exist (any more). Reload the district list.</source>
        <translation>Einer der gewählten Bezirke existiert nicht (mehr). Laden Sie die Bezirksliste neu.</translation>
    </message>
    <message>
        <source>Only a laptop kit is unlocked with its passphrase. Sign in with your password.</source>
        <translation>Nur ein Laptop-Set wird mit seiner Passphrase entsperrt. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Only ground floor, shop window and step-free access can be must-haves (not {features}).</source>
        <translation>Muss-Kriterien können nur Erdgeschoss, Schaufenster und stufenloser Zugang sein (nicht {features}).</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer/in</translation>
    </message>
    <message>
        <source>Owner's consent</source>
        <translation>Zustimmung Eigentümer/in</translation>
    </message>
    <message>
        <source>Part '{member}' of the workbook contains an XML document type declaration. Excel never writes one, and it can be used to attack the computer. Save the file again from Excel and import the new copy.</source>
        <translation>Der Bestandteil „{member}“ der Arbeitsmappe enthält eine XML-Dokumenttypdeklaration. Excel schreibt so etwas nie, und sie kann für Angriffe auf den Computer genutzt werden. Speichern Sie die Datei in Excel erneut und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <source>Part '{member}' of the workbook is compressed {ratio}:1, far more than Excel ever does; such files are made to exhaust memory. Save the list again from Excel and import the new file.</source>
        <translation>Der Bestandteil „{member}“ der Arbeitsmappe ist im Verhältnis {ratio}:1 komprimiert, weit stärker, als Excel es je tut; solche Dateien sollen den Arbeitsspeicher erschöpfen. Speichern Sie die Liste in Excel erneut und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>Part '{member}' of the workbook uses a compression method Excel does not use. Save the file again from Excel and import the new copy.</source>
        <translation>Der Bestandteil „{member}“ der Arbeitsmappe verwendet ein Komprimierungsverfahren, das Excel nicht verwendet. Speichern Sie die Datei in Excel erneut und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Beratungsort</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>Bitte geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>Please enter a whole number of at least 0.</source>
        <translation>Bitte geben Sie eine ganze Zahl ab 0 ein.</translation>
    </message>
    <message>
        <source>Please enter an amount.</source>
        <translation>Bitte geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Please enter an area in square metres.</source>
        <translation>Bitte geben Sie eine Fläche in Quadratmetern ein.</translation>
    </message>
    <message>
        <source>Please enter the day the owner consented to the listing.</source>
        <translation>Bitte geben Sie den Tag ein, an dem die Eigentümerseite der Vermarktung zugestimmt hat.</translation>
    </message>
    <message>
        <source>Please enter the owner's name (family name or company).</source>
        <translation>Bitte geben Sie den Namen ein (Familienname oder Firma).</translation>
    </message>
    <message>
        <source>Please enter the person's name.</source>
        <translation>Bitte geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Please enter the street and house number.</source>
        <translation>Bitte geben Sie Straße und Hausnummer ein.</translation>
    </message>
    <message>
        <source>Please fill in: {label}.</source>
        <translation>Bitte ausfüllen: {label}.</translation>
    </message>
    <message>
        <source>Please give a file name, not a folder.</source>
        <translation>Bitte geben Sie einen Dateinamen an, keinen Ordner.</translation>
    </message>
    <message>
        <source>Please give a reason for '{target}' (e.g. the rent was too high for the founder).</source>
        <translation>Bitte begründen Sie „{target}“ (z. B. war die Miete für die Gründung zu hoch).</translation>
    </message>
    <message>
        <source>Please give a reason for this step; it is kept in the case history.</source>
        <translation>Bitte begründen Sie diesen Schritt; die Begründung bleibt im Verlauf des Falls erhalten.</translation>
    </message>
    <message>
        <source>Please give the initiative a name.</source>
        <translation>Bitte geben Sie der Initiative einen Namen.</translation>
    </message>
    <message>
        <source>Please give the programme a name.</source>
        <translation>Bitte geben Sie dem Programm einen Namen.</translation>
    </message>
    <message>
        <source>Please give the quarter a name.</source>
        <translation>Bitte geben Sie dem Quartier einen Namen.</translation>
    </message>
    <message>
        <source>Please give the reason for the legal hold (for example the file number of a court case).</source>
        <translation>Bitte geben Sie den Grund der Aufbewahrungspflicht an (zum Beispiel das Aktenzeichen eines Gerichtsverfahrens).</translation>
    </message>
    <message>
        <source>Please say why the property becomes '{target}' (e.g. for whom it is reserved).</source>
        <translation>Bitte geben Sie an, warum die Immobilie „{target}“ wird (z. B. für wen sie reserviert ist).</translation>
    </message>
    <message>
        <source>Please say why the request becomes '{status}'.</source>
        <translation>Bitte geben Sie an, warum das Gesuch „{status}“ wird.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Bitte melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Rania Haddad</source>
        <translation>Rania Haddad</translation>
    </message>
    <message>
        <source>Reading the file needed more than {limit_mb} MB of memory and was stopped. Split the list into smaller files and import them one after the other.</source>
        <translation>Das Lesen der Datei hat mehr als {limit_mb} MB Arbeitsspeicher benötigt und wurde abgebrochen. Teilen Sie die Liste auf kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>Reading the file took longer than {seconds} seconds and was stopped. Split the list into smaller files, or save it again from Excel, and import again.</source>
        <translation>Das Lesen der Datei hat länger als {seconds} Sekunden gedauert und wurde abgebrochen. Teilen Sie die Liste auf kleinere Dateien auf oder speichern Sie sie in Excel erneut, und importieren Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>Reason for vacancy</source>
        <translation>Grund des Leerstands</translation>
    </message>
    <message>
        <source>Record the visitor as a person (or open a case) and link them to the appointment first; a consultation belongs to a person or a case.</source>
        <translation>Erfassen Sie die Besucherin oder den Besucher zuerst als Person (oder legen Sie einen Fall an) und verknüpfen Sie sie mit dem Termin; eine Beratung gehört zu einer Person oder einem Fall.</translation>
    </message>
    <message>
        <source>Renovation cost</source>
        <translation>Renovierungskosten</translation>
    </message>
    <message>
        <source>Renovation needs</source>
        <translation>Renovierungsbedarf</translation>
    </message>
    <message>
        <source>Renée Hölscher</source>
        <translation>Renée Hölscher</translation>
    </message>
    <message>
        <source>Repayment is monitored once the loan has been paid out. Record the payout first.</source>
        <translation>Die Rückzahlung wird begleitet, sobald der Kredit ausgezahlt ist. Erfassen Sie zuerst die Auszahlung.</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Beantragter Kreditbetrag</translation>
    </message>
    <message>
        <source>Residence permit valid until</source>
        <translation>Aufenthaltstitel gültig bis</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Row {row} could not be written ({detail}), so nothing was imported. Correct the row (or leave it out) and import again.</source>
        <translation>Zeile {row} konnte nicht geschrieben werden ({detail}), deshalb wurde nichts importiert. Korrigieren Sie die Zeile (oder lassen Sie sie aus) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row} has data in column {column}; at most {limit} columns can be imported. Delete the columns you do not need and import again.</source>
        <translation>Zeile {row} enthält Daten in Spalte {column}; es können höchstens {limit} Spalten importiert werden. Löschen Sie die Spalten, die Sie nicht benötigen, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: '{text}' appears twice for the same year ({count} problem(s) in the file). Label borough subtotals 'Stadtbezirk …' and import again.</source>
        <translation>Zeile {row}: „{text}“ kommt für dasselbe Jahr doppelt vor ({count} Problem(e) in der Datei). Bezeichnen Sie Zwischensummen der Stadtbezirke mit „Stadtbezirk …“ und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: '{text}' is not a number ({count} problem(s) in the file). Correct the cell and import again.</source>
        <translation>Zeile {row}: „{text}“ ist keine Zahl ({count} Problem(e) in der Datei). Korrigieren Sie die Zelle und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: '{text}' is not one of Dortmund's statistical districts ({count} problem(s) in the file). Correct the names and import again.</source>
        <translation>Zeile {row}: „{text}“ ist kein statistischer Bezirk Dortmunds ({count} Problem(e) in der Datei). Korrigieren Sie die Namen und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: the figure {text} is negative ({count} problem(s) in the file). Correct the cell and import again.</source>
        <translation>Zeile {row}: Der Wert {text} ist negativ ({count} Problem(e) in der Datei). Korrigieren Sie die Zelle und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: the year '{text}' is not plausible ({count} problem(s) in the file). Enter years like 2025 and import again.</source>
        <translation>Zeile {row}: Das Jahr „{text}“ ist nicht plausibel ({count} Problem(e) in der Datei). Geben Sie Jahre wie 2025 an und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Save the export as an Excel workbook (.xlsx).</source>
        <translation>Speichern Sie den Export als Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>Search the missed offer by name or WZ code and choose it from the list.</source>
        <translation>Bitte suchen Sie das fehlende Angebot nach Namen oder WZ-Schlüssel und wählen Sie es aus der Liste.</translation>
    </message>
    <message>
        <source>Sector (WZ 2008)</source>
        <translation>Wirtschaftszweig (WZ 2008)</translation>
    </message>
    <message>
        <source>Service charges</source>
        <translation>Nebenkosten</translation>
    </message>
    <message>
        <source>Service charges of {value} € a month for {area} m² are not plausible. Check for a typo: enter the monthly amount.</source>
        <translation>Nebenkosten von {value} € im Monat für {area} m² sind nicht plausibel. Bitte prüfen Sie auf einen Tippfehler: Einzugeben ist der Monatsbetrag.</translation>
    </message>
    <message>
        <source>Several loan programmes are in force on {date} ({names}). Ask an administrator to correct their validity dates so that only one applies.</source>
        <translation>Am {date} gelten mehrere Kreditprogramme ({names}). Bitten Sie die Administration, die Gültigkeitszeiträume so zu korrigieren, dass nur eines gilt.</translation>
    </message>
    <message>
        <source>Several loan programmes are in force on {date}. Choose the programme for this case.</source>
        <translation>Am {date} gelten mehrere Kreditprogramme. Wählen Sie das Programm für diesen Fall.</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Shorten the description to at most 300 characters.</source>
        <translation>Kürzen Sie die Beschreibung auf höchstens 300 Zeichen.</translation>
    </message>
    <message>
        <source>Shorten the source to at most 500 characters.</source>
        <translation>Kürzen Sie die Quellenangabe auf höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>Someone changed office records while the package was being imported ({table}). Nothing was written; import the package again.</source>
        <translation>Während des Imports hat jemand Datensätze im Büro geändert ({table}). Es wurden keine Daten übernommen; importieren Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>Someone else changed the quarter {name} in the meantime. Reload it, then make your change again.</source>
        <translation>Jemand anderes hat das Quartier {name} inzwischen geändert. Laden Sie es neu und nehmen Sie Ihre Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Someone else changed this appointment in the meantime. Reload the day and try again.</source>
        <translation>Jemand anderes hat diesen Termin inzwischen geändert. Laden Sie den Tag neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed this consent in the meantime. Look at the current state.</source>
        <translation>Jemand anderes hat diese Einwilligung inzwischen geändert. Bitte sehen Sie sich den aktuellen Stand an.</translation>
    </message>
    <message>
        <source>Someone else changed this consultation day in the meantime. Reload it and enter your change again.</source>
        <translation>Jemand anderes hat diesen Sprechtag inzwischen geändert. Laden Sie ihn neu und geben Sie Ihre Änderung erneut ein.</translation>
    </message>
    <message>
        <source>Someone else changed this cost item in the meantime. Reload it and enter your change again.</source>
        <translation>Jemand anderes hat diesen Kostenposten inzwischen geändert. Laden Sie ihn neu und geben Sie Ihre Änderung erneut ein.</translation>
    </message>
    <message>
        <source>Someone else changed this person in the meantime. Look at the current state and try again.</source>
        <translation>Jemand anderes hat diese Person inzwischen geändert. Bitte sehen Sie sich den aktuellen Stand an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it, check their changes and enter yours again.</source>
        <translation>Jemand anderes hat diesen Eintrag inzwischen geändert. Bitte laden Sie ihn neu, prüfen Sie die Änderungen und geben Sie Ihre erneut ein.</translation>
    </message>
    <message>
        <source>Someone else changed {what} in the meantime. Reload it, then make your change again.</source>
        <translation>Jemand anderes hat den Eintrag ({what}) inzwischen geändert. Laden Sie ihn neu und nehmen Sie Ihre Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Someone else has decided this conflict in the meantime. Reload the list.</source>
        <translation>Jemand anderes hat diesen Konflikt inzwischen entschieden. Laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Barrierefrei (stufenlos)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>The LWSI goal must be a percentage above 0 and at most 100 with at most two decimals, e.g. 10 for +10 %.</source>
        <translation>Das LWSI-Ziel muss ein Prozentwert über 0 und höchstens 100 mit höchstens zwei Nachkommastellen sein, z. B. 10 für +10 %.</translation>
    </message>
    <message>
        <source>The action '{action}' is due on {due}, before the meeting on {held}. Correct the date.</source>
        <translation>Die Maßnahme „{action}“ ist am {due} fällig, also vor der Sitzung am {held}. Korrigieren Sie das Datum.</translation>
    </message>
    <message>
        <source>The action '{action}' needs an owner: choose an advisor or type a name.</source>
        <translation>Die Maßnahme „{action}“ braucht eine verantwortliche Person: Wählen Sie eine Beraterin oder einen Berater oder geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The address names no database. Add the name of the database at the end, e.g. postgresql://dbserver/dlzw.</source>
        <translation>Die Adresse nennt keine Datenbank. Ergänzen Sie den Namen der Datenbank am Ende, z. B. postgresql://dbserver/dlzw.</translation>
    </message>
    <message>
        <source>The address names no server. Write it like postgresql://dbserver/dlzw.</source>
        <translation>Die Adresse nennt keinen Server. Schreiben Sie sie so: postgresql://dbserver/dlzw.</translation>
    </message>
    <message>
        <source>The advisor for the laptop kit no longer exists.</source>
        <translation>Die Beraterin oder der Berater für das Laptop-Set existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The amount must not be negative (you entered {text}).</source>
        <translation>Der Betrag darf nicht negativ sein (eingegeben: {text}).</translation>
    </message>
    <message>
        <source>The area of {value} m² is not plausible. Enter the usable floor area in square metres, above 0 and at most 100.000 m².</source>
        <translation>Die Fläche von {value} m² ist nicht plausibel. Bitte geben Sie die Nutzfläche in Quadratmetern ein, über 0 und höchstens 100.000 m².</translation>
    </message>
    <message>
        <source>The areas in {name} do not lie in Dortmund (their centre is at {lon}, {lat}). Choose the boundary file of Dortmund's boroughs.</source>
        <translation>Die Gebiete in {name} liegen nicht in Dortmund (ihr Mittelpunkt liegt bei {lon}, {lat}). Bitte wählen Sie die Grenzdatei der Dortmunder Stadtbezirke.</translation>
    </message>
    <message>
        <source>The attached file {name} is missing from the attachment folder. Restore it from a backup.</source>
        <translation>Die angehängte Datei {name} fehlt im Anhangsordner. Bitte stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The attached file {name} is missing.</source>
        <translation>Die angehängte Datei {name} fehlt.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Die Sicherung konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The backup is the database itself. Choose a backup file.</source>
        <translation>Die Sicherung ist die Datenbank selbst. Wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>Die Sicherung {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>The backup {path} failed its integrity check.</source>
        <translation>Die Sicherung {path} hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The base value must cover a whole calendar year, not {start} to {end}.</source>
        <translation>Der Basiswert muss ein ganzes Kalenderjahr umfassen, nicht den Zeitraum {start} bis {end}.</translation>
    </message>
    <message>
        <source>The base year and the quarters were computed with different areas, value-added tables or multipliers. Recompute all of them with the current settings before comparing.</source>
        <translation>Basisjahr und Quartale wurden mit unterschiedlichen Gebieten, Wertschöpfungstabellen oder Multiplikatoren berechnet. Berechnen Sie vor einem Vergleich alle Werte mit den aktuellen Einstellungen neu.</translation>
    </message>
    <message>
        <source>The base year {year} has not been completed yet; quarters can be computed from then on.</source>
        <translation>Das Basisjahr {year} ist noch nicht abgeschlossen; Quartale lassen sich erst danach berechnen.</translation>
    </message>
    <message>
        <source>The base year {year} is not plausible. Enter a year from 2000 to 2100.</source>
        <translation>Das Basisjahr {year} ist nicht plausibel. Geben Sie ein Jahr von 2000 bis 2100 an.</translation>
    </message>
    <message>
        <source>The birth date {birth} lies after the reference date {reference}. Correct the birth date.</source>
        <translation>Das Geburtsdatum {birth} liegt nach dem Stichtag {reference}. Bitte korrigieren Sie das Geburtsdatum.</translation>
    </message>
    <message>
        <source>The birth date {date} is more than 120 years ago. Please check the year.</source>
        <translation>Das Geburtsdatum {date} liegt mehr als 120 Jahre zurück. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The birth date {date} lies in the future. Please check the year.</source>
        <translation>Das Geburtsdatum {date} liegt in der Zukunft. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The boundaries could not be stored ({reason}). Check free disk space and try again.</source>
        <translation>Die Grenzen konnten nicht gespeichert werden ({reason}). Bitte prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The business cannot open ({date}) before the lease was signed ({lease}).</source>
        <translation>Das Geschäft kann nicht eröffnen ({date}), bevor der Mietvertrag unterschrieben wurde ({lease}).</translation>
    </message>
    <message>
        <source>The case is already in stage {to_stage}.</source>
        <translation>Der Fall ist bereits im Bearbeitungsstand „{to_stage}“.</translation>
    </message>
    <message>
        <source>The cell holds the formula {value}. Formulas are never calculated on import: in Excel replace it by its value (Copy, Paste Special &gt; Values) and import again.</source>
        <translation>Die Zelle enthält die Formel {value}. Formeln werden beim Import nie berechnet: Ersetzen Sie die Formel in Excel durch ihren Wert (Kopieren, Inhalte einfügen &gt; Werte) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The cell shows the Excel error {value}. Correct the formula in Excel or clear the cell.</source>
        <translation>Die Zelle zeigt den Excel-Fehler {value}. Korrigieren Sie die Formel in Excel oder leeren Sie die Zelle.</translation>
    </message>
    <message>
        <source>The changes are too large for one package ({size} MiB, at most {limit} MiB). Write a package now, import it in the office, and carry the rest in a second one.</source>
        <translation>Die Änderungen sind zu umfangreich für ein Paket ({size} MiB, höchstens {limit} MiB). Erstellen Sie jetzt ein Paket, importieren Sie es im Büro und übertragen Sie den Rest mit einem zweiten Paket.</translation>
    </message>
    <message>
        <source>The chosen WZ sector does not exist.</source>
        <translation>Die gewählte WZ-Branche existiert nicht.</translation>
    </message>
    <message>
        <source>The chosen district does not exist.</source>
        <translation>Der gewählte Bezirk existiert nicht.</translation>
    </message>
    <message>
        <source>The chosen quarter no longer exists.</source>
        <translation>Das gewählte Quartier existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The chosen quarter no longer exists. Choose another one.</source>
        <translation>Das gewählte Quartier existiert nicht mehr. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The chosen {kind} no longer exists. Choose another.</source>
        <translation>Der gewählte Eintrag ({kind}) existiert nicht mehr. Bitte wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The cold rent of {value} € is negative. Enter the monthly cold rent in euros (0 if the owner asks none).</source>
        <translation>Die Kaltmiete von {value} € ist negativ. Bitte geben Sie die monatliche Kaltmiete in Euro ein (0, wenn keine verlangt wird).</translation>
    </message>
    <message>
        <source>The connection to {host} failed: {detail}</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>The consent date {day} lies in the future. Enter the day the person consented.</source>
        <translation>Das Datum der Einwilligung {day} liegt in der Zukunft. Geben Sie den Tag ein, an dem die Person eingewilligt hat.</translation>
    </message>
    <message>
        <source>The consultation day must end after it starts.</source>
        <translation>Der Sprechtag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The coordinates in {name} are not WGS84 longitude/latitude (found {example}; these look like projected metres, e.g. ETRS89/UTM 32N). Download or export the file in WGS84 (EPSG:4326) and import it again.</source>
        <translation>Die Koordinaten in {name} sind keine WGS84-Längen und -Breiten (gefunden: {example}; das sieht nach projizierten Metern aus, z. B. ETRS89/UTM 32N). Bitte laden oder exportieren Sie die Datei in WGS84 (EPSG:4326) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The count date {date} lies before the payout; the follow-up is due on {due}.</source>
        <translation>Das Zähldatum {date} liegt vor der Auszahlung; die Nachfrage ist am {due} fällig.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The database cannot be stored at {path}: {parent} is a file, not a folder. Choose another place.</source>
        <translation>Die Datenbank kann nicht unter {path} gespeichert werden: {parent} ist eine Datei, kein Ordner. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only location).</source>
        <translation>Die Datenbank kann nicht geschrieben werden (schreibgeschützter Speicherort).</translation>
    </message>
    <message>
        <source>The database file cannot be reached (disk or network drive). Check that the drive is available; your last change was not saved.</source>
        <translation>Die Datenbankdatei ist nicht erreichbar (Festplatte oder Netzlaufwerk). Prüfen Sie, ob das Laufwerk verfügbar ist; Ihre letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt. Bitte stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database file {path} was moved or deleted while DLZW Desktop was running. Your last change was not saved. Put the file back, or open it where it is now (File &gt; Open).</source>
        <translation>Die Datenbankdatei {path} wurde verschoben oder gelöscht, während DLZW Desktop lief. Ihre letzte Änderung wurde nicht gespeichert. Legen Sie die Datei zurück oder öffnen Sie sie an ihrem neuen Ort (Datei &gt; Öffnen).</translation>
    </message>
    <message>
        <source>The database file {path} was replaced by another file while DLZW Desktop was running. Your last change was not saved. Open the database again (File &gt; Open).</source>
        <translation>Die Datenbankdatei {path} wurde durch eine andere Datei ersetzt, während DLZW Desktop lief. Ihre letzte Änderung wurde nicht gespeichert. Öffnen Sie die Datenbank erneut (Datei &gt; Öffnen).</translation>
    </message>
    <message>
        <source>The database has no districts or sectors. Open it once with DLZW Desktop so that the reference data is loaded, then load the demo data again.</source>
        <translation>Die Datenbank enthält keine Bezirke oder Wirtschaftszweige. Bitte öffnen Sie sie einmal mit DLZW Desktop, damit die Referenzdaten geladen werden, und laden Sie die Demo-Daten dann erneut.</translation>
    </message>
    <message>
        <source>The database is busy with another user's change. Try again in a moment.</source>
        <translation>Die Datenbank ist gerade mit der Änderung einer anderen Person beschäftigt. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database reported an error: {detail}</source>
        <translation>Die Datenbank meldet einen Fehler: {detail}</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Der Datenbankserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The database server refused the login. Ask the administrator to check your database login.</source>
        <translation>Der Datenbankserver hat die Anmeldung abgelehnt. Bitten Sie die Administration, Ihren Datenbank-Login zu prüfen.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({detail}). It was left untouched; restore a backup.</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden ({detail}). Sie wurde nicht verändert; bitte stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read: {reason}</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It was left untouched; restore a backup.</source>
        <translation>Die Datenbank {path} ist beschädigt ({detail}). Sie wurde nicht verändert; bitte stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database {path} is read-only for you. Choose another file, or ask the IT department for write access.</source>
        <translation>Die Datenbank {path} ist für Sie schreibgeschützt. Wählen Sie eine andere Datei, oder bitten Sie die IT-Abteilung um Schreibrechte.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Choose another location or fix its permissions.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. Bitte wählen Sie einen anderen Speicherort oder korrigieren Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database {path} was created by a newer version of DLZW Desktop (schema {revision}). Install the current version; the database was left untouched.</source>
        <translation>Die Datenbank {path} wurde mit einer neueren Version von DLZW Desktop angelegt (Schema {revision}). Bitte installieren Sie die aktuelle Version; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The date {date} is before 2000. Please check the year.</source>
        <translation>Das Datum {date} liegt vor 2000. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The date {date} lies in the future. Enter the day it happened.</source>
        <translation>Das Datum {date} liegt in der Zukunft. Geben Sie den Tag ein, an dem es geschah.</translation>
    </message>
    <message>
        <source>The date {date} lies in the future. Enter the day the document was requested, received or checked.</source>
        <translation>Das Datum {date} liegt in der Zukunft. Geben Sie den Tag ein, an dem die Unterlage angefordert, erhalten oder geprüft wurde.</translation>
    </message>
    <message>
        <source>The date {date} lies in the future. Record what has happened, with the day it happened.</source>
        <translation>Das Datum {date} liegt in der Zukunft. Bitte erfassen Sie, was geschehen ist, mit dem Tag, an dem es geschah.</translation>
    </message>
    <message>
        <source>The date {date} lies outside 1900-2100. Please check the year.</source>
        <translation>Das Datum {date} liegt nicht zwischen 1900 und 2100. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The decision date {date} lies before the recommendation was sent ({sent}).</source>
        <translation>Das Entscheidungsdatum {date} liegt vor dem Versand der Empfehlung ({sent}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and save again.</source>
        <translation>Der Datenträger ist voll. Bitte schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The district of a missing offer does not exist (any more). Choose another one.</source>
        <translation>Der Bezirk eines fehlenden Angebots existiert nicht (mehr). Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The district {district} cannot be in both quarters {quarter} and {other} at once. Remove it from one of them, or allow overlapping in both quarters.</source>
        <translation>Der Bezirk {district} kann nicht zugleich in den Quartieren {quarter} und {other} liegen. Entfernen Sie ihn aus einem der beiden oder erlauben Sie Überschneidungen in beiden Quartieren.</translation>
    </message>
    <message>
        <source>The district {district} does not belong to the chosen borough. Choose a matching pair.</source>
        <translation>Der Bezirk {district} gehört nicht zum gewählten Stadtbezirk. Wählen Sie zueinander passende Angaben.</translation>
    </message>
    <message>
        <source>The district {district} does not belong to the chosen borough. Choose them again.</source>
        <translation>Der Bezirk {district} gehört nicht zum gewählten Stadtbezirk. Bitte wählen Sie beide erneut.</translation>
    </message>
    <message>
        <source>The district {district} does not lie in the borough {borough}. Choose a district of that borough, or change the borough.</source>
        <translation>Der Bezirk {district} liegt nicht im Stadtbezirk {borough}. Wählen Sie einen Bezirk dieses Stadtbezirks oder ändern Sie den Stadtbezirk.</translation>
    </message>
    <message>
        <source>The earlier case {number} belongs to another business. Choose an earlier case of {business}.</source>
        <translation>Der frühere Fall {number} gehört zu einem anderen Unternehmen. Wählen Sie einen früheren Fall von {business}.</translation>
    </message>
    <message>
        <source>The earlier loans of {previous} already reach the total of {cap} allowed under {programme}: no further loan is possible under this programme.</source>
        <translation>Die früheren Kredite über {previous} erreichen bereits den im Programm {programme} zulässigen Gesamtbetrag von {cap}. In diesem Programm ist kein weiterer Kredit möglich.</translation>
    </message>
    <message>
        <source>The earliest move-in {date} is more than five years ahead. Check the year.</source>
        <translation>Der früheste Einzug am {date} liegt mehr als fünf Jahre in der Zukunft. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The end date {end} lies before the start date {start}. Correct the dates of the case.</source>
        <translation>Das Enddatum {end} liegt vor dem Anfangsdatum {start}. Bitte korrigieren Sie die Datumsangaben des Falls.</translation>
    </message>
    <message>
        <source>The end date {end} lies before the start date {start}. Swap the dates.</source>
        <translation>Das Enddatum {end} liegt vor dem Anfangsdatum {start}. Vertauschen Sie die Daten.</translation>
    </message>
    <message>
        <source>The estimated renovation cost of {value} € is not plausible. Enter an amount from 0 to 10.000.000 € or leave it empty if unknown.</source>
        <translation>Die geschätzten Renovierungskosten von {value} € sind nicht plausibel. Bitte geben Sie einen Betrag von 0 bis 10.000.000 € ein oder lassen Sie das Feld leer, wenn er unbekannt ist.</translation>
    </message>
    <message>
        <source>The fee must not be negative (you entered {fee}).</source>
        <translation>Die Gebühr darf nicht negativ sein (eingegeben: {fee}).</translation>
    </message>
    <message>
        <source>The fee {fee_text} has more than two decimal places. Enter it in euros and cents.</source>
        <translation>Die Gebühr {fee_text} hat mehr als zwei Nachkommastellen. Bitte geben Sie sie in Euro und Cent ein.</translation>
    </message>
    <message>
        <source>The figure for {start} to {end} is not a calendar quarter. Compute it per quarter.</source>
        <translation>Der Wert für {start} bis {end} betrifft kein Kalenderquartal. Berechnen Sie ihn quartalsweise.</translation>
    </message>
    <message>
        <source>The file '{name}' cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>Die Datei „{name}“ kann nicht geöffnet werden. Prüfen Sie, ob sie noch vorhanden ist und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file '{name}' is empty. Choose the file with the list.</source>
        <translation>Die Datei „{name}“ ist leer. Wählen Sie die Datei, die die Liste enthält.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes, so it is not a text (CSV) file. Save the list in Excel as 'CSV UTF-8 (comma delimited)' and import that file.</source>
        <translation>Die Datei enthält NUL-Bytes und ist daher keine Textdatei (CSV). Speichern Sie die Liste in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file contains no rows with data. Check that you chose the right file (and worksheet).</source>
        <translation>Die Datei enthält keine Zeilen mit Daten. Prüfen Sie, ob Sie die richtige Datei (und das richtige Arbeitsblatt) gewählt haben.</translation>
    </message>
    <message>
        <source>The file contains no table.</source>
        <translation>Die Datei enthält keine Tabelle.</translation>
    </message>
    <message>
        <source>The file could not be read (the reading process stopped unexpectedly). Open it in Excel, save it again as .xlsx or CSV, and import the new copy.</source>
        <translation>Die Datei konnte nicht gelesen werden (der Lesevorgang wurde unerwartet beendet). Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx oder CSV und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <source>The file could not be stored ({reason}). Check free disk space and try again.</source>
        <translation>Die Datei konnte nicht gespeichert werden ({reason}). Bitte prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (for example, a download was interrupted). Open it in Excel; if that works, save it again and import the new copy.</source>
        <translation>Die Datei ist beschädigt oder unvollständig (z. B. weil ein Download abgebrochen wurde). Öffnen Sie sie in Excel; wenn das gelingt, speichern Sie sie erneut und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) but {detected}. Open it in its program, save the list as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>Die Datei ist keine Excel-Arbeitsmappe (.xlsx) (erkanntes Format: {detected}). Öffnen Sie sie in dem Programm, mit dem sie erstellt wurde, speichern Sie die Liste als Excel-Arbeitsmappe (.xlsx) oder als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is saved as {encoding}, which the import does not read. Save the list in Excel as 'CSV UTF-8 (comma delimited)' and import that file.</source>
        <translation>Die Datei ist als {encoding} gespeichert; das kann der Import nicht lesen. Speichern Sie die Liste in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; at most {limit_mb} MB can be imported. Split the list into smaller files.</source>
        <translation>Die Datei ist {size_mb} MB groß; importiert werden können höchstens {limit_mb} MB. Teilen Sie die Liste auf kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file mixes two text encodings (UTF-8 and Windows-1252, first at line {line}), so umlauts would be garbled. Save the list in Excel as 'CSV UTF-8 (comma delimited)' and import that file.</source>
        <translation>Die Datei mischt zwei Zeichenkodierungen (UTF-8 und Windows-1252, zuerst in Zeile {line}); Umlaute würden verfälscht. Speichern Sie die Liste in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened ({reason}).</source>
        <translation>Die Datei {name} lässt sich nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} cannot be read as XLSX.</source>
        <translation>Die Datei {name} kann nicht als XLSX gelesen werden.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Die Datei {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file {name} contains no rows with a key in the first column and a number in the second. Arrange the table in two columns and try again.</source>
        <translation>Die Datei {name} enthält keine Zeilen mit einem Schlüssel in der ersten und einer Zahl in der zweiten Spalte. Ordnen Sie die Tabelle in zwei Spalten an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file {name} does not name these boroughs: {missing}. Choose the file with all 12 Dortmund boroughs (or all 62 statistical districts), with their names as a property.</source>
        <translation>Die Datei {name} nennt diese Stadtbezirke nicht: {missing}. Bitte wählen Sie die Datei mit allen 12 Dortmunder Stadtbezirken (oder allen 62 statistischen Bezirken) mit ihren Namen als Eigenschaft.</translation>
    </message>
    <message>
        <source>The file {name} has more than 10.000 rows. Export only the reference table.</source>
        <translation>Die Datei {name} hat mehr als 10.000 Zeilen. Exportieren Sie nur die Referenztabelle.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} boundary points. Choose a simplified (generalised) version of the borough boundaries.</source>
        <translation>Die Datei {name} hat mehr als {limit} Grenzpunkte. Bitte wählen Sie eine vereinfachte (generalisierte) Fassung der Stadtbezirksgrenzen.</translation>
    </message>
    <message>
        <source>The file {name} holds no areas (Polygon or MultiPolygon features). Choose the file with the borough boundaries.</source>
        <translation>Die Datei {name} enthält keine Flächen (Polygon- oder MultiPolygon-Objekte). Bitte wählen Sie die Datei mit den Stadtbezirksgrenzen.</translation>
    </message>
    <message>
        <source>The file {name} is empty. Choose the exported table.</source>
        <translation>Die Datei {name} ist leer. Wählen Sie die exportierte Tabelle.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 5 MB, far too large for a district table. Check the file.</source>
        <translation>Die Datei {name} ist größer als 5 MB und damit viel zu groß für eine Bezirkstabelle. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 5 MB. A reference table has a few dozen rows: export only the table itself.</source>
        <translation>Die Datei {name} ist größer als 5 MB. Eine Referenztabelle hat einige Dutzend Zeilen: Exportieren Sie nur die Tabelle selbst.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 50 MB. Please reduce it (e.g. scan at a lower resolution).</source>
        <translation>Die Datei {name} ist größer als 50 MB. Bitte verkleinern Sie sie (z. B. mit geringerer Auflösung scannen).</translation>
    </message>
    <message>
        <source>The file {name} is neither UTF-8 nor Windows text.</source>
        <translation>Die Datei {name} ist weder UTF-8- noch Windows-Text.</translation>
    </message>
    <message>
        <source>The file {name} is not a GeoJSON file ({detail}). Choose the borough boundaries as GeoJSON (.geojson or .json), as published on the city's open data portal.</source>
        <translation>Die Datei {name} ist keine GeoJSON-Datei ({detail}). Bitte wählen Sie die Stadtbezirksgrenzen als GeoJSON (.geojson oder .json), wie sie das Open-Data-Portal der Stadt veröffentlicht.</translation>
    </message>
    <message>
        <source>The file {name} is not a readable CSV table ({reason}). Save it again as CSV (semicolon separated).</source>
        <translation>Die Datei {name} ist keine lesbare CSV-Tabelle ({reason}). Speichern Sie sie erneut als CSV (durch Semikolon getrennt).</translation>
    </message>
    <message>
        <source>The file {name} is not a text (CSV) file. Save the table as CSV or XLSX and try again.</source>
        <translation>Die Datei {name} ist keine Textdatei (CSV). Speichern Sie die Tabelle als CSV oder XLSX und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx). Save it as .xlsx or .csv and try again.</source>
        <translation>Die Datei {name} ist keine Excel-Arbeitsmappe (.xlsx). Speichern Sie sie als .xlsx oder .csv und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB large; at most 20 MB are accepted. Choose the (simplified) boundaries of the 12 boroughs, not a detailed map.</source>
        <translation>Die Datei {name} ist {size} MB groß; angenommen werden höchstens 20 MB. Bitte wählen Sie die (vereinfachten) Grenzen der 12 Stadtbezirke, keine detaillierte Karte.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}. Choose another file.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {reason}. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Choose another folder or free some disk space.</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The file {path} exists already. Choose another name; to bring an existing kit up to date use Refresh kit, which keeps the work on the laptop.</source>
        <translation>Die Datei {path} gibt es bereits. Wählen Sie einen anderen Namen; um ein vorhandenes Set auf den neuesten Stand zu bringen, verwenden Sie „Set aktualisieren“, das die Arbeit auf dem Laptop erhält.</translation>
    </message>
    <message>
        <source>The file's text encoding is not supported.</source>
        <translation>Die Zeichenkodierung der Datei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The first loan may be at most {cap} under {programme} (you entered {amount}).</source>
        <translation>Im Programm {programme} darf der Erstkredit höchstens {cap} betragen (eingegeben: {amount}).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another location.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden ({reason}). Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder for the report.</source>
        <translation>Der Ordner {folder} existiert nicht. Wählen Sie einen vorhandenen Ordner für den Bericht.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>Der Ordner {folder} existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another location for the database.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt. Bitte wählen Sie einen anderen Speicherort für die Datenbank.</translation>
    </message>
    <message>
        <source>The folder {path} could not be created. Choose another folder.</source>
        <translation>Der Ordner {path} konnte nicht angelegt werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The founding date {date} lies in the future. Tick 'planned' for a founding that has not happened yet, or correct the date.</source>
        <translation>Das Gründungsdatum {date} liegt in der Zukunft. Kreuzen Sie „geplant“ an, wenn die Gründung noch bevorsteht, oder korrigieren Sie das Datum.</translation>
    </message>
    <message>
        <source>The full-time equivalents of business {business} are negative ({fte}). Enter 0 or more.</source>
        <translation>Die Vollzeitäquivalente des Unternehmens {business} sind negativ ({fte}). Bitte geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>The fund's largest area is {value} m²; enter a positive number of square metres.</source>
        <translation>Die größte Fläche für den Anmietungs-Fonds ist {value} m²; bitte geben Sie eine positive Zahl von Quadratmetern ein.</translation>
    </message>
    <message>
        <source>The fund's longest sublease is {value} months; enter a positive number of months.</source>
        <translation>Die längste Untervermietung im Anmietungs-Fonds ist {value} Monate; bitte geben Sie eine positive Zahl von Monaten ein.</translation>
    </message>
    <message>
        <source>The gross value added per worker for {section} must be more than 0 EUR (it is {value}). Check the imported table.</source>
        <translation>Die Bruttowertschöpfung je Erwerbstätigen für {section} muss größer als 0 EUR sein (Wert: {value}). Bitte prüfen Sie die importierte Tabelle.</translation>
    </message>
    <message>
        <source>The household income and expenses must not be negative. Enter 0 if there is none.</source>
        <translation>Haushaltseinkommen und -ausgaben dürfen nicht negativ sein. Geben Sie 0 ein, wenn es keine gibt.</translation>
    </message>
    <message>
        <source>The index needs the four quarters up to {as_of}; {quarters} have no value. Compute them first.</source>
        <translation>Für den Index werden die vier Quartale bis {as_of} benötigt; für {quarters} fehlt der Wert. Berechnen Sie diese Quartale zuerst.</translation>
    </message>
    <message>
        <source>The installation lacks the protected XML parser (defusedxml), so workbooks cannot be read safely. Ask your administrator to repair the installation.</source>
        <translation>In der Installation fehlt der geschützte XML-Parser (defusedxml), daher können Arbeitsmappen nicht sicher gelesen werden. Bitten Sie Ihre Administration, die Installation zu reparieren.</translation>
    </message>
    <message>
        <source>The interest rate must not be negative (you entered {rate} %).</source>
        <translation>Der Zinssatz darf nicht negativ sein (eingegeben: {rate} %).</translation>
    </message>
    <message>
        <source>The laptop kit could not be written to {folder} ({detail}). Check that the drive is plugged in and writable, then check out again. Nothing was registered.</source>
        <translation>Das Laptop-Set konnte nicht in {folder} gespeichert werden ({detail}). Prüfen Sie, ob das Laufwerk angeschlossen und beschreibbar ist, und geben Sie das Set dann erneut aus. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <source>The laptop kit {path} does not exist. Choose the kit file that was checked out for this laptop.</source>
        <translation>Das Laptop-Set {path} gibt es nicht. Wählen Sie die Set-Datei, die für diesen Laptop ausgegeben wurde.</translation>
    </message>
    <message>
        <source>The largest area of {value} m² is not plausible. Enter square metres above 0 and at most 100.000 m², or leave it empty.</source>
        <translation>Die größte Fläche von {value} m² ist nicht plausibel. Bitte geben Sie Quadratmeter über 0 und höchstens 100.000 m² ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The lender's decision is recorded for a recommended case (this one is in {stage}).</source>
        <translation>Die Entscheidung des Kreditgebers wird für einen empfohlenen Fall erfasst (dieser ist im Stand {stage}).</translation>
    </message>
    <message>
        <source>The letterhead address has {count} lines; at most {limit} fit into the letterhead.</source>
        <translation>Die Anschrift im Briefkopf hat {count} Zeilen; in den Briefkopf passen höchstens {limit}.</translation>
    </message>
    <message>
        <source>The list did not load its remaining rows in time; nothing was exported. Please try again.</source>
        <translation>Die Liste hat ihre restlichen Zeilen nicht rechtzeitig geladen; es wurde nichts exportiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The list has more than {limit} rows. Split it into files of at most {limit} rows each and import them one after the other.</source>
        <translation>Die Liste hat mehr als {limit} Zeilen. Teilen Sie sie auf Dateien mit jeweils höchstens {limit} Zeilen auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>The loan amount must be more than zero (you entered {amount}).</source>
        <translation>Der Kreditbetrag muss größer als null sein (eingegeben: {amount}).</translation>
    </message>
    <message>
        <source>The loan amount {amount_text} has more than two decimal places. Enter it in euros and cents.</source>
        <translation>Der Kreditbetrag {amount_text} hat mehr als zwei Nachkommastellen. Bitte geben Sie ihn in Euro und Cent ein.</translation>
    </message>
    <message>
        <source>The matching setting '{name}' is {value}; enter a value from 0 to 1.</source>
        <translation>Die Vorschlags-Einstellung „{name}“ ist {value}; bitte geben Sie einen Wert von 0 bis 1 ein.</translation>
    </message>
    <message>
        <source>The matching setting '{name}' is {value}; enter a value from 0 up to below 1.</source>
        <translation>Die Vorschlags-Einstellung „{name}“ ist {value}; bitte geben Sie einen Wert von 0 bis unter 1 ein.</translation>
    </message>
    <message>
        <source>The meeting date {date} lies in the future. Record a meeting after it took place.</source>
        <translation>Das Sitzungsdatum {date} liegt in der Zukunft. Erfassen Sie eine Sitzung, nachdem sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>The month {month} has not begun yet.</source>
        <translation>Der Monat {month} hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>The month {month} lies before the payout on {disbursed}.</source>
        <translation>Der Monat {month} liegt vor der Auszahlung am {disbursed}.</translation>
    </message>
    <message>
        <source>The move-in grace period is {value} days; enter 0 or more days.</source>
        <translation>Der Spielraum beim Einzugstermin ist {value} Tage; bitte geben Sie 0 oder mehr Tage ein.</translation>
    </message>
    <message>
        <source>The name is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>Der Name ist zu lang ({length} Zeichen). Kürzen Sie ihn auf höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The name may have at most {limit} characters.</source>
        <translation>Der Name darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>The number of demo cases must lie between 0 and {maximum}; you asked for {cases}.</source>
        <translation>Die Zahl der Demo-Fälle muss zwischen 0 und {maximum} liegen; angefragt wurden {cases}.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative. Enter 0 for a business without employees.</source>
        <translation>Die Zahl der Beschäftigten kann nicht negativ sein. Geben Sie 0 für ein Unternehmen ohne Beschäftigte ein.</translation>
    </message>
    <message>
        <source>The number of repayment-free months must not be negative (you entered {grace}).</source>
        <translation>Die Zahl der tilgungsfreien Monate darf nicht negativ sein (eingegeben: {grace}).</translation>
    </message>
    <message>
        <source>The offer {sector} is listed twice. Note each missing offer once per meeting.</source>
        <translation>Das Angebot {sector} ist doppelt aufgeführt. Notieren Sie jedes fehlende Angebot einmal je Sitzung.</translation>
    </message>
    <message>
        <source>The office database is restored by its administrator with pg_restore (see the deployment guide), not from DLZW Desktop.</source>
        <translation>Die Bürodatenbank stellt die Administration mit pg_restore wieder her (siehe Betriebshandbuch), nicht aus DLZW Desktop.</translation>
    </message>
    <message>
        <source>The office record of this conflict no longer exists, so only keeping the office state is possible.</source>
        <translation>Der Datensatz dieses Konflikts existiert im Büro nicht mehr; deshalb kann nur der Stand des Büros behalten werden.</translation>
    </message>
    <message>
        <source>The opening date {date} is before 2000. Please check the year.</source>
        <translation>Das Eröffnungsdatum {date} liegt vor 2000. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The owner of the action '{action}' is not a user any more. Choose another owner.</source>
        <translation>Die verantwortliche Person der Maßnahme „{action}“ ist keine Benutzerin / kein Benutzer mehr. Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <source>The owner of {property} has not consented to the listing, so no exposé can be given to applicants. Record the consent first.</source>
        <translation>Die Eigentümerseite von {property} hat der Vermarktung nicht zugestimmt; daher darf kein Exposé an Bewerberinnen und Bewerber gehen. Bitte erfassen Sie zuerst die Zustimmung.</translation>
    </message>
    <message>
        <source>The owner of {property} has not consented to the listing. Record the consent (with its date) before proposing the property to an applicant.</source>
        <translation>Die Eigentümerseite von {property} hat der Vermarktung nicht zugestimmt. Bitte erfassen Sie die Zustimmung (mit Datum), bevor Sie die Immobilie jemandem vorschlagen.</translation>
    </message>
    <message>
        <source>The package asks for key-derivation settings this version does not accept ({detail}). It may come from a newer DLZW Desktop or be damaged: update DLZW Desktop in the office, or write the package again on the laptop. Nothing was written.</source>
        <translation>Das Paket verlangt Einstellungen zur Schlüsselableitung, die diese Version nicht akzeptiert ({detail}). Es stammt möglicherweise aus einer neueren Version von DLZW Desktop oder ist beschädigt: Aktualisieren Sie DLZW Desktop im Büro oder erstellen Sie das Paket auf dem Laptop neu. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>The package cannot be imported: its content does not fit this database ({detail}). Write a new package on the laptop with the same version of DLZW Desktop as the office. Nothing was written.</source>
        <translation>Das Paket kann nicht importiert werden: Sein Inhalt passt nicht zu dieser Datenbank ({detail}). Erstellen Sie auf dem Laptop ein neues Paket mit derselben Version von DLZW Desktop wie im Büro. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>The package comes from a laptop kit this office database does not know (any more). Nothing was written.</source>
        <translation>Das Paket stammt von einem Laptop-Set, das diese Datenbank des Büros nicht (mehr) kennt. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>The package could not be written to {folder} ({detail}). Check that the drive is plugged in and writable, then write it again. No partial package was left behind.</source>
        <translation>Das Paket konnte nicht in {folder} gespeichert werden ({detail}). Prüfen Sie, ob das Laufwerk angeschlossen und beschreibbar ist, und erstellen Sie das Paket dann erneut. Es ist kein unvollständiges Paket zurückgeblieben.</translation>
    </message>
    <message>
        <source>The package was written with a newer database schema ({revision}) than this installation knows. It was refused and nothing was written: update DLZW Desktop in the office, then import it again.</source>
        <translation>Das Paket wurde mit einem neueren Datenbankschema ({revision}) erstellt, als diese Installation kennt. Es wurde abgelehnt, und es wurden keine Daten übernommen. Aktualisieren Sie DLZW Desktop im Büro und importieren Sie das Paket dann erneut.</translation>
    </message>
    <message>
        <source>The package {path} cannot be read ({detail}). Check that the drive is plugged in, then try again.</source>
        <translation>Das Paket {path} kann nicht gelesen werden ({detail}). Prüfen Sie, ob das Laufwerk angeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The package {path} does not exist (any more). Choose the file again.</source>
        <translation>Das Paket {path} ist nicht (mehr) vorhanden. Bitte wählen Sie die Datei erneut aus.</translation>
    </message>
    <message>
        <source>The package {path} is incomplete ({detail}), probably because copying was interrupted. Copy it from the laptop again and wait until copying has finished. Nothing was written.</source>
        <translation>Das Paket {path} ist unvollständig ({detail}), vermutlich wurde das Kopieren unterbrochen. Kopieren Sie es erneut vom Laptop und warten Sie, bis der Kopiervorgang abgeschlossen ist. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>The package {path} was changed or damaged after it was written ({detail}). Do not use this copy: write a new package on the laptop and import that. Nothing was written.</source>
        <translation>Das Paket {path} wurde nach dem Erstellen verändert oder beschädigt ({detail}). Verwenden Sie diese Kopie nicht: Erstellen Sie auf dem Laptop ein neues Paket und importieren Sie dieses. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>The package {path} was written by a newer DLZW Desktop (package format {version}). Update DLZW Desktop in the office, then import it again. Nothing was written.</source>
        <translation>Das Paket {path} wurde mit einer neueren Version von DLZW Desktop erstellt (Paketformat {version}). Aktualisieren Sie DLZW Desktop im Büro und importieren Sie das Paket dann erneut. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters: it protects personal data on a laptop that may get lost. A few unrelated words are easy to remember.</source>
        <translation>Die Passphrase muss mindestens {minimum} Zeichen haben: Sie schützt personenbezogene Daten auf einem Laptop, der verloren gehen kann. Einige Wörter ohne Zusammenhang lassen sich gut merken.</translation>
    </message>
    <message>
        <source>The password is a simple run of characters (like 111111111111 or qwertzuiopü). Please choose one that is harder to guess.</source>
        <translation>Das Passwort ist eine einfache Zeichenfolge (wie 111111111111 oder qwertzuiopü). Bitte wählen Sie eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>The password is longer than {maximum} characters. Please choose a shorter one.</source>
        <translation>Das Passwort ist länger als {maximum} Zeichen. Bitte wählen Sie ein kürzeres.</translation>
    </message>
    <message>
        <source>The password must not contain the user name. Please choose another one.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password must not contain your name. Please choose another one.</source>
        <translation>Das Passwort darf Ihren Namen nicht enthalten. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password needs at least {minimum} characters, or use a passphrase of four words (for example: Kaffee Fahrrad Hafen Wolke).</source>
        <translation>Das Passwort braucht mindestens {minimum} Zeichen, oder verwenden Sie eine Passphrase aus vier Wörtern (zum Beispiel: Kaffee Fahrrad Hafen Wolke).</translation>
    </message>
    <message>
        <source>The password starts or ends with a space. Remove the space, or it would be easy to mistype.</source>
        <translation>Das Passwort beginnt oder endet mit einem Leerzeichen. Entfernen Sie es, sonst vertippt man sich leicht.</translation>
    </message>
    <message>
        <source>The payout date {date} lies before the lender's decision ({decided}).</source>
        <translation>Das Auszahlungsdatum {date} liegt vor der Entscheidung des Kreditgebers ({decided}).</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Swap the dates.</source>
        <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}). Bitte tauschen Sie die Daten.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Swap the two dates.</source>
        <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}). Bitte tauschen Sie die beiden Datumsangaben.</translation>
    </message>
    <message>
        <source>The person still has open cases ({cases}). Close them before erasing the person.</source>
        <translation>Die Person hat noch offene Fälle ({cases}). Schließen Sie diese ab, bevor Sie die Person löschen.</translation>
    </message>
    <message>
        <source>The population of district {district} must be a whole number of 0 or more, not {value}. Check the imported table.</source>
        <translation>Die Einwohnerzahl des statistischen Bezirks {district} muss eine ganze Zahl ab 0 sein, nicht {value}. Bitte prüfen Sie die importierte Tabelle.</translation>
    </message>
    <message>
        <source>The port in the address must be a number from 1 to 65535. Leave it out for the usual port 5432.</source>
        <translation>Der Port in der Adresse muss eine Zahl von 1 bis 65535 sein. Lassen Sie ihn weg, um den üblichen Port 5432 zu verwenden.</translation>
    </message>
    <message>
        <source>The problem list could not be saved to {path}. Choose another folder or free some disk space.</source>
        <translation>Die Problemliste konnte nicht unter {path} gespeichert werden. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz.</translation>
    </message>
    <message>
        <source>The programme {programme} cannot be saved: check {what}. A cap must be more than zero (the total cap at least the first-loan cap), the repayment-free months fewer than the maximum term, nothing negative, and each document listed once.</source>
        <translation>Das Programm {programme} kann nicht gespeichert werden. Bitte prüfen Sie: {what}. Höchstbeträge müssen größer als null sein (der Gesamthöchstbetrag mindestens so hoch wie der Höchstbetrag für den Erstkredit), die tilgungsfreien Monate müssen weniger sein als die Höchstlaufzeit, kein Wert darf negativ sein, und jede Unterlage darf nur einmal aufgeführt sein.</translation>
    </message>
    <message>
        <source>The reactivated area of property {property} must be more than 0 m² (it is {area}).</source>
        <translation>Die reaktivierte Fläche der Immobilie {property} muss größer als 0 m² sein (Wert: {area}).</translation>
    </message>
    <message>
        <source>The recommendation date {date} lies in the future.</source>
        <translation>Das Datum der Empfehlung {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The renovation cost ceiling is {value}; enter a positive amount in euros.</source>
        <translation>Die Obergrenze der Renovierungskosten ist {value}; bitte geben Sie einen positiven Betrag in Euro ein.</translation>
    </message>
    <message>
        <source>The rent limit of {value} € is negative. Enter the highest monthly rent including service charges the founder can pay, or leave it empty for no limit.</source>
        <translation>Die Höchstmiete von {value} € ist negativ. Bitte geben Sie die höchste Monatsmiete einschließlich Nebenkosten ein, die die Gründung tragen kann, oder lassen Sie das Feld für keine Grenze leer.</translation>
    </message>
    <message>
        <source>The report could not be written to {folder} ({reason}). Check free space and write permission, or choose another folder.</source>
        <translation>Der Bericht konnte nicht in {folder} geschrieben werden ({reason}). Prüfen Sie den freien Speicherplatz und die Schreibrechte oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The report period ends ({end}) before it starts ({start}). Swap the two dates.</source>
        <translation>Der Berichtszeitraum endet ({end}), bevor er beginnt ({start}). Tauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <source>The request is already '{status}'.</source>
        <translation>Das Gesuch ist bereits „{status}“.</translation>
    </message>
    <message>
        <source>The requested amount must not be negative (you entered {amount}).</source>
        <translation>Der beantragte Betrag darf nicht negativ sein (Sie haben {amount} eingegeben).</translation>
    </message>
    <message>
        <source>The responsible advisor is not an active user. Choose another advisor.</source>
        <translation>Die zuständige Beratung ist keine aktive Benutzerin / kein aktiver Benutzer. Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <source>The role is too long ({length} characters). Shorten it to at most {limit} characters.</source>
        <translation>Die Rolle ist zu lang ({length} Zeichen). Kürzen Sie sie auf höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The saved column assignment '{name}' belongs to another kind of list.</source>
        <translation>Die gespeicherte Spaltenzuordnung „{name}“ gehört zu einer anderen Art von Liste.</translation>
    </message>
    <message>
        <source>The saved column assignment cannot be read. Assign the columns again and save them.</source>
        <translation>Die gespeicherte Spaltenzuordnung kann nicht gelesen werden. Ordnen Sie die Spalten neu zu und speichern Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>The server asks for the password of the login {user}. Enter it in the Password field.</source>
        <translation>Der Server verlangt das Passwort der Anmeldung {user}. Geben Sie es im Feld „Passwort“ ein.</translation>
    </message>
    <message>
        <source>The server does not let the login {user} connect to the database {database} from this computer. Ask the administration to allow it.</source>
        <translation>Der Server lässt die Anmeldung {user} von diesem Computer aus nicht mit der Datenbank {database} verbinden. Bitten Sie die Administration, das zu erlauben.</translation>
    </message>
    <message>
        <source>The server has no login named {user}. Write the login in front of the server, e.g. postgresql://{user}@{host}/{database}, or ask the administration to create the login.</source>
        <translation>Der Server kennt keine Anmeldung {user}. Schreiben Sie die richtige Anmeldung vor den Server, z. B. postgresql://{user}@{host}/{database}, oder bitten Sie die Administration, die Anmeldung anzulegen.</translation>
    </message>
    <message>
        <source>The server name {host} is unknown. Check its spelling and that this computer is connected to the office network (VPN).</source>
        <translation>Der Servername {host} ist unbekannt. Prüfen Sie die Schreibweise und ob dieser Computer mit dem Büronetz (VPN) verbunden ist.</translation>
    </message>
    <message>
        <source>The server refused the login {user}: the password is wrong. Check the password (upper and lower case), or ask the administration.</source>
        <translation>Der Server hat die Anmeldung {user} abgelehnt: Das Passwort ist falsch. Prüfen Sie das Passwort (Groß- und Kleinschreibung), oder wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached from this computer. Check the network or VPN connection.</source>
        <translation>Der Server {host} ist von diesem Computer aus nicht erreichbar. Prüfen Sie die Netzwerk- oder VPN-Verbindung.</translation>
    </message>
    <message>
        <source>The server {host} has no database named {database}. Check the name at the end of the address, or ask the administration to create the database.</source>
        <translation>Auf dem Server {host} gibt es keine Datenbank {database}. Prüfen Sie den Namen am Ende der Adresse, oder bitten Sie die Administration, die Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>The service charges of {value} € are negative. Enter the monthly service charges in euros (0 if there are none).</source>
        <translation>Die Nebenkosten von {value} € sind negativ. Bitte geben Sie die monatlichen Nebenkosten in Euro ein (0, wenn keine anfallen).</translation>
    </message>
    <message>
        <source>The session timeout must be between 1 and 480 minutes.</source>
        <translation>Die Sitzungsdauer muss zwischen 1 und 480 Minuten liegen.</translation>
    </message>
    <message>
        <source>The slot at {time} is taken. Choose another time.</source>
        <translation>Der Termin um {time} ist belegt. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>The smallest area ({min} m²) is larger than the largest ({max} m²). Swap them or correct one.</source>
        <translation>Die kleinste Fläche ({min} m²) ist größer als die größte ({max} m²). Bitte tauschen Sie die Werte oder korrigieren Sie einen.</translation>
    </message>
    <message>
        <source>The smallest area of {value} m² is not plausible. Enter square metres above 0 and at most 100.000 m², or leave it empty.</source>
        <translation>Die kleinste Fläche von {value} m² ist nicht plausibel. Bitte geben Sie Quadratmeter über 0 und höchstens 100.000 m² ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The smallest publishable count must be at least 2 (it is {k}); 3 is the usual value.</source>
        <translation>Die Mindestfallzahl für Veröffentlichungen muss mindestens 2 betragen (eingestellt: {k}); üblich ist 3.</translation>
    </message>
    <message>
        <source>The stage this case was closed from is not recorded, so it cannot be reopened automatically. Ask an administrator.</source>
        <translation>Der Stand, aus dem dieser Fall abgeschlossen wurde, ist nicht verzeichnet; er kann daher nicht automatisch wieder geöffnet werden. Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>The stored file {name} no longer matches its checksum. Restore it from a backup.</source>
        <translation>Die gespeicherte Datei {name} passt nicht mehr zu ihrer Prüfsumme. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The table contains no figures for Dortmund's districts.</source>
        <translation>Die Tabelle enthält keine Werte für Dortmunds Bezirke.</translation>
    </message>
    <message>
        <source>The table has no 'Jahr' column. Enter the year the figures refer to.</source>
        <translation>Die Tabelle hat keine Spalte „Jahr“. Geben Sie das Bezugsjahr der Werte an.</translation>
    </message>
    <message>
        <source>The table has no value for all sections together. Add a row 'Insgesamt' with the NRW value per worker; it stands in for sections without a value.</source>
        <translation>Die Tabelle hat keinen Wert für alle Abschnitte zusammen. Fügen Sie eine Zeile „Insgesamt“ mit dem NRW-Wert je Erwerbstätigen hinzu; er gilt für Abschnitte ohne eigenen Wert.</translation>
    </message>
    <message>
        <source>The table needs a column 'Bezirk' (district name) or 'Bezirksnummer'. Rename the column heading and import again.</source>
        <translation>Die Tabelle braucht eine Spalte „Bezirk“ (Bezirksname) oder „Bezirksnummer“. Benennen Sie die Spaltenüberschrift um und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The term may be at most {max_term} months under {programme} (you entered {term}).</source>
        <translation>Im Programm {programme} darf die Laufzeit höchstens {max_term} Monate betragen (eingegeben: {term}).</translation>
    </message>
    <message>
        <source>The term must be at least one month (you entered {term}).</source>
        <translation>Die Laufzeit muss mindestens einen Monat betragen (eingegeben: {term}).</translation>
    </message>
    <message>
        <source>The text contains invisible direction marks that can make it display differently from what it says. Check the value.</source>
        <translation>Der Text enthält unsichtbare Richtungszeichen, durch die er anders angezeigt werden kann, als er tatsächlich lautet. Prüfen Sie den Wert.</translation>
    </message>
    <message>
        <source>The text has {length} characters; this field holds at most {limit}. Shorten it.</source>
        <translation>Der Text hat {length} Zeichen; dieses Feld fasst höchstens {limit}. Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The tolerance '{name}' is {value}; enter a fraction from 0 up to below 1, e.g. 0.1 for 10 %.</source>
        <translation>Die Toleranz „{name}“ ist {value}; bitte geben Sie einen Anteil von 0 bis unter 1 ein, z. B. 0,1 für 10 %.</translation>
    </message>
    <message>
        <source>The total of earlier loans cannot be negative (you entered {previous}).</source>
        <translation>Die Summe der früheren Kredite darf nicht negativ sein (eingegeben: {previous}).</translation>
    </message>
    <message>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich. Bitte geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken. Choose another one.</source>
        <translation>Der Benutzername {username} ist bereits vergeben. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The weight of '{name}' is {value}; enter 0 (ignore) or a positive number.</source>
        <translation>Das Gewicht von „{name}“ ist {value}; bitte geben Sie 0 (nicht berücksichtigen) oder eine positive Zahl ein.</translation>
    </message>
    <message>
        <source>The weight of the missing offer {sector} must lie above 0 and at most 10 (1 = missed, 10 = missed badly).</source>
        <translation>Das Gewicht des fehlenden Angebots {sector} muss über 0 und höchstens bei 10 liegen (1 = wird vermisst, 10 = wird dringend vermisst).</translation>
    </message>
    <message>
        <source>The weight {weight} is not valid. Enter a number above 0 and at most 10, e.g. 1 for missed and 10 for missed badly.</source>
        <translation>Das Gewicht {weight} ist ungültig. Bitte geben Sie eine Zahl über 0 und höchstens 10 ein, z. B. 1 für „fehlt“ und 10 für „fehlt sehr“.</translation>
    </message>
    <message>
        <source>The weight {weight} of the missed offer {sector} is not valid. Enter a number above 0, e.g. 1 for missed and 10 for missed badly.</source>
        <translation>Das Gewicht {weight} für das fehlende Angebot {sector} ist ungültig. Bitte geben Sie eine Zahl über 0 ein, z. B. 1 für „fehlt“ und 10 für „fehlt sehr“.</translation>
    </message>
    <message>
        <source>The withdrawal ({date}) cannot lie before the consent was given ({given}).</source>
        <translation>Der Widerruf ({date}) kann nicht vor der Erteilung der Einwilligung ({given}) liegen.</translation>
    </message>
    <message>
        <source>The withdrawal date must lie between the consent date {given} and today.</source>
        <translation>Das Datum des Widerrufs muss zwischen dem Datum der Einwilligung ({given}) und heute liegen.</translation>
    </message>
    <message>
        <source>The workbook consists of {count} parts, at most {limit} are accepted. Copy the list into a new workbook, save it, and import that file.</source>
        <translation>Die Arbeitsmappe besteht aus {count} Bestandteilen; höchstens {limit} sind zulässig. Kopieren Sie die Liste in eine neue Arbeitsmappe, speichern Sie diese und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>The workbook contains macros (.xlsm). Macros are never imported: save it in Excel as 'Excel workbook (*.xlsx)' without macros and import that file.</source>
        <translation>Die Arbeitsmappe enthält Makros (.xlsm). Makros werden nie importiert: Speichern Sie die Arbeitsmappe in Excel als „Excel-Arbeitsmappe (*.xlsx)“ ohne Makros und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The workbook contains no worksheet. Choose another file.</source>
        <translation>Die Arbeitsmappe enthält kein Arbeitsblatt. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The workbook could not be written ({reason}). Check free space and write permission, or choose another folder.</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden ({reason}). Prüfen Sie den freien Speicherplatz und die Schreibrechte oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it, and import it again.</source>
        <translation>Die Arbeitsmappe ist mit einem Kennwort geschützt. Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei &gt; Informationen &gt; Arbeitsmappe schützen), speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The workbook unpacks to {size_mb} MB, more than the {limit_mb} MB that can be imported. Split the list into smaller workbooks.</source>
        <translation>Die Arbeitsmappe ist entpackt {size_mb} MB groß, mehr als die {limit_mb} MB, die importiert werden können. Teilen Sie die Liste auf kleinere Arbeitsmappen auf.</translation>
    </message>
    <message>
        <source>The workbook {name} cannot be read ({reason}). Open it in Excel, save it again as .xlsx and try once more.</source>
        <translation>Die Arbeitsmappe {name} lässt sich nicht lesen ({reason}). Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The workbook {name} unpacks to more than 50 MB. Copy the reference table into a new, small workbook and import that.</source>
        <translation>Die Arbeitsmappe {name} ist entpackt größer als 50 MB. Kopieren Sie die Referenztabelle in eine neue, kleine Arbeitsmappe und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The {grace} repayment-free months must be fewer than the term of {term} months, which includes them. Shorten the repayment-free period or lengthen the term.</source>
        <translation>Die tilgungsfreie Zeit ({grace} Monate) muss kürzer sein als die Laufzeit von {term} Monaten, in der sie enthalten ist. Verkürzen Sie die tilgungsfreie Zeit oder verlängern Sie die Laufzeit.</translation>
    </message>
    <message>
        <source>The {label} must not be negative (you entered {amount}). Enter 0 if there is none.</source>
        <translation>Der Wert für {label} darf nicht negativ sein (eingegeben: {amount}). Geben Sie 0 ein, wenn kein Betrag anfällt.</translation>
    </message>
    <message>
        <source>The {what} no longer exists. It may have been deleted by someone else; refresh the list.</source>
        <translation>Der Datensatz ({what}) existiert nicht mehr. Vielleicht hat ihn jemand anderes gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The {what} of {value} m² is not plausible. Enter the usable floor area in square metres, above 0 and at most 100.000 m².</source>
        <translation>Die Angabe {what} von {value} m² ist nicht plausibel. Bitte geben Sie die Nutzfläche in Quadratmetern ein, über 0 und höchstens 100.000 m².</translation>
    </message>
    <message>
        <source>There is already a quarter called {name} (possibly deleted). Choose another name.</source>
        <translation>Es gibt bereits ein Quartier namens {name} (ggf. gelöscht). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no case {number}.</source>
        <translation>Es gibt keinen Fall {number}.</translation>
    </message>
    <message>
        <source>There is no laptop kit at {path}. Choose the kit file that was checked out for this laptop.</source>
        <translation>Unter {path} liegt kein Laptop-Set. Wählen Sie die Set-Datei, die für diesen Laptop ausgegeben wurde.</translation>
    </message>
    <message>
        <source>There is no saved column assignment called '{name}'.</source>
        <translation>Es gibt keine gespeicherte Spaltenzuordnung namens „{name}“.</translation>
    </message>
    <message>
        <source>There is no worksheet named '{sheet}'.</source>
        <translation>Es gibt kein Arbeitsblatt mit dem Namen „{sheet}“.</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the laptop kit. Free space or choose another drive, then check out again. Nothing was registered.</source>
        <translation>In {folder} ist nicht genug Platz für das Laptop-Set. Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk und geben Sie das Set dann erneut aus. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} to write the package. Free space or choose another drive, then write it again. No partial package was left behind.</source>
        <translation>In {folder} ist nicht genug Speicherplatz für das Paket. Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk und erstellen Sie das Paket dann erneut. Es ist kein unvollständiges Paket zurückgeblieben.</translation>
    </message>
    <message>
        <source>These districts are not Dortmund statistical districts: {names}. Use the district code (e.g. 061) or the exact name.</source>
        <translation>Diese Bezirke sind keine statistischen Bezirke Dortmunds: {names}. Verwenden Sie die Kennziffer (z. B. 061) oder den genauen Namen.</translation>
    </message>
    <message>
        <source>This LWSI computation no longer exists.</source>
        <translation>Diese LWSI-Berechnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This LWSI computation was stored by a newer version of DLZW Desktop (definition {version}). Update the application to open it.</source>
        <translation>Diese LWSI-Berechnung wurde mit einer neueren Version von DLZW Desktop gespeichert (Definition {version}). Aktualisieren Sie das Programm, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you need access again.</source>
        <translation>Dieses Konto wurde deaktiviert. Wenden Sie sich an die Administration, wenn Sie wieder Zugang brauchen.</translation>
    </message>
    <message>
        <source>This account has no password yet. Ask an administrator to set one.</source>
        <translation>Dieses Konto hat noch kein Passwort. Bitten Sie die Administration, eines zu vergeben.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Diesen Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This business already had loans of {previous}. Record the new loan as a follow-up loan.</source>
        <translation>Dieses Unternehmen hatte bereits Kredite über {previous}. Bitte erfassen Sie den neuen Kredit als Folgekredit.</translation>
    </message>
    <message>
        <source>This business no longer exists. Search again.</source>
        <translation>Dieses Unternehmen existiert nicht mehr. Suchen Sie erneut.</translation>
    </message>
    <message>
        <source>This case has no recommendation to sign off yet.</source>
        <translation>Dieser Fall hat noch keine Empfehlung, die freigegeben werden könnte.</translation>
    </message>
    <message>
        <source>This case has no recommendation yet. Write it on the recommendation tab first.</source>
        <translation>Dieser Fall hat noch keine Empfehlung. Schreiben Sie sie zuerst im Bereich „Empfehlung und Kredit“.</translation>
    </message>
    <message>
        <source>This case is closed. Reopen it first (move it back, giving a reason).</source>
        <translation>Dieser Fall ist abgeschlossen. Öffnen Sie ihn zuerst wieder (setzen Sie ihn mit Angabe eines Grundes zurück).</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Diesen Fall gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Diesen Konflikt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Diese Einwilligung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {day}.</source>
        <translation>Diese Einwilligung wurde bereits am {day} widerrufen.</translation>
    </message>
    <message>
        <source>This consultation day no longer exists.</source>
        <translation>Diesen Sprechtag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This cost item no longer exists. Reload the list.</source>
        <translation>Diesen Kostenposten gibt es nicht mehr. Laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Please sign in instead.</source>
        <translation>Diese Datenbank hat bereits ein Administrationskonto. Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>This database has never checked out a laptop kit, so it cannot import packages. Import the package into the office database the kit came from. Nothing was written.</source>
        <translation>Diese Datenbank hat noch nie ein Laptop-Set ausgegeben und kann deshalb keine Pakete importieren. Importieren Sie das Paket in die Datenbank des Büros, aus der das Set stammt. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>This database has user accounts. Please sign in with your user name and password.</source>
        <translation>Diese Datenbank hat Benutzerkonten. Bitte melden Sie sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>This database is not a laptop kit. Packages are written on the laptop the kit was checked out to.</source>
        <translation>Diese Datenbank ist kein Laptop-Set. Pakete werden auf dem Laptop erstellt, für den das Set ausgegeben wurde.</translation>
    </message>
    <message>
        <source>This initiative no longer exists. Refresh the list.</source>
        <translation>Diese Initiative existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls). Open it in Excel, save it as an Excel workbook (.xlsx), and import the new file.</source>
        <translation>Dies ist eine alte Excel 97-2003-Arbeitsmappe (.xls). Öffnen Sie sie in Excel, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address. It begins with postgresql://, e.g. postgresql://dbserver/dlzw.</source>
        <translation>Das ist keine PostgreSQL-Adresse. Sie beginnt mit postgresql://, z. B. postgresql://dbserver/dlzw.</translation>
    </message>
    <message>
        <source>This is not the passphrase of this laptop kit. Enter the passphrase the kit was opened with: the office needs it to import the package.</source>
        <translation>Das ist nicht die Passphrase dieses Laptop-Sets. Geben Sie die Passphrase ein, mit der das Set geöffnet wurde: Das Büro benötigt sie zum Importieren des Pakets.</translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another user administrator first.</source>
        <translation>Dies ist das letzte aktive Administrationskonto. Geben Sie zuerst einem anderen Konto die Rolle Administration.</translation>
    </message>
    <message>
        <source>This laptop kit was checked out from another office database. Refresh it there.</source>
        <translation>Dieses Laptop-Set wurde aus einer anderen Datenbank ausgegeben. Aktualisieren Sie es dort.</translation>
    </message>
    <message>
        <source>This match no longer exists.</source>
        <translation>Dieser Vorschlag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This meeting no longer exists. Refresh the list.</source>
        <translation>Diese Sitzung existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This member no longer exists. Refresh the list.</source>
        <translation>Dieses Mitglied existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This missed offer no longer exists.</source>
        <translation>Dieses fehlende Angebot existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This package (number {sequence} of laptop kit {kit_id}) is not newer than the last package imported from that kit (number {last_sequence}). It was refused and nothing was written; import the newest package the laptop wrote.</source>
        <translation>Dieses Paket (Nummer {sequence} des Laptop-Sets {kit_id}) ist nicht neuer als das zuletzt importierte Paket dieses Sets (Nummer {last_sequence}). Es wurde abgelehnt, und es wurden keine Daten übernommen. Importieren Sie das neueste Paket, das der Laptop erstellt hat.</translation>
    </message>
    <message>
        <source>This package belongs to another DLZW Desktop installation ({package_installation}), not to this office ({expected_installation}). Import it where the laptop kit was checked out. Nothing was written.</source>
        <translation>Dieses Paket gehört zu einer anderen Installation von DLZW Desktop ({package_installation}), nicht zu diesem Büro ({expected_installation}). Importieren Sie es dort, wo das Laptop-Set ausgegeben wurde. Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>This passphrase does not open the laptop kit {path}. Check upper and lower case and the keyboard layout, then try again. If you are sure it is right, the file may be damaged: copy the kit again.</source>
        <translation>Mit dieser Passphrase lässt sich das Laptop-Set {path} nicht öffnen. Prüfen Sie Groß- und Kleinschreibung und die Tastaturbelegung und versuchen Sie es erneut. Wenn Sie sicher sind, dass sie stimmt, ist die Datei vielleicht beschädigt: Kopieren Sie das Set erneut.</translation>
    </message>
    <message>
        <source>This passphrase does not open the package. Enter the passphrase that was set when the laptop kit was checked out (mind upper and lower case). Nothing was written.</source>
        <translation>Mit dieser Passphrase lässt sich das Paket nicht öffnen. Geben Sie die Passphrase ein, die bei der Ausgabe des Laptop-Sets festgelegt wurde (achten Sie auf Groß- und Kleinschreibung). Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>This password appears in lists of common passwords. Please choose another one.</source>
        <translation>Dieses Passwort steht in Listen häufig verwendeter Passwörter. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This person no longer exists. Search again.</source>
        <translation>Diese Person existiert nicht mehr. Suchen Sie erneut.</translation>
    </message>
    <message>
        <source>This person was already anonymised.</source>
        <translation>Diese Person wurde bereits anonymisiert.</translation>
    </message>
    <message>
        <source>This person's data is anonymised or restricted; no consent can be recorded.</source>
        <translation>Die Daten dieser Person sind anonymisiert oder eingeschränkt; es kann keine Einwilligung erfasst werden.</translation>
    </message>
    <message>
        <source>This person's data is under a legal hold and must be kept. Restrict the processing instead, or lift the hold first.</source>
        <translation>Für die Daten dieser Person besteht eine Aufbewahrungspflicht. Schränken Sie stattdessen die Verarbeitung ein oder heben Sie die Pflicht zuerst auf.</translation>
    </message>
    <message>
        <source>This photo no longer exists.</source>
        <translation>Dieses Foto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This property has a signed lease in its history, which counts in the reports. Withdraw it instead of deleting it.</source>
        <translation>Zu dieser Immobilie gibt es einen unterschriebenen Mietvertrag, der in den Berichten zählt. Bitte ziehen Sie sie zurück, statt sie zu löschen.</translation>
    </message>
    <message>
        <source>This property no longer exists (it was deleted).</source>
        <translation>Diese Immobilie existiert nicht mehr (sie wurde gelöscht).</translation>
    </message>
    <message>
        <source>This property was already proposed for this request (stage: {stage}).</source>
        <translation>Diese Immobilie wurde für dieses Gesuch bereits vorgeschlagen (Stand: {stage}).</translation>
    </message>
    <message>
        <source>This quarter no longer exists. Refresh the list.</source>
        <translation>Dieses Quartier existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This quarter no longer exists. Reload the list of areas.</source>
        <translation>Dieses Quartier gibt es nicht mehr. Laden Sie die Liste der Gebiete neu.</translation>
    </message>
    <message>
        <source>This record was deleted by someone else.</source>
        <translation>Dieser Datensatz wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <source>This record was removed from the office database (purged for data protection) after the laptop was checked out, so the laptop's changes cannot be applied. Keep the office state; if the record is still needed, enter it again.</source>
        <translation>Dieser Datensatz wurde nach der Ausgabe des Laptops aus der Bürodatenbank entfernt (aus Datenschutzgründen endgültig gelöscht). Die Änderungen vom Laptop können daher nicht übernommen werden. Behalten Sie den Stand im Büro bei; wenn der Datensatz noch benötigt wird, erfassen Sie ihn neu.</translation>
    </message>
    <message>
        <source>This reminder no longer exists. Refresh the list.</source>
        <translation>Diese Wiedervorlage existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This request is '{status}'. Reopen it before proposing properties.</source>
        <translation>Dieses Gesuch ist „{status}“. Bitte öffnen Sie es wieder, bevor Sie Immobilien vorschlagen.</translation>
    </message>
    <message>
        <source>This space request no longer exists.</source>
        <translation>Dieses Gesuch existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieses Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This value does not fit the field ({detail}). Correct it and decide again.</source>
        <translation>Dieser Wert passt nicht zum Feld ({detail}). Korrigieren Sie ihn und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <source>To move this case back from {from_stage} to {to_stage}, reverse the step and give a reason.</source>
        <translation>Um diesen Fall von „{from_stage}“ auf „{to_stage}“ zurückzusetzen, machen Sie den Schritt rückgängig und geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} minutes, until {until}. Wait until then or ask an administrator to unlock it.</source>
        <translation>Zu viele falsche Passwörter: Das Konto ist für {minutes} Minuten gesperrt, bis {until} Uhr. Warten Sie bis dahin oder bitten Sie die Administration, es zu entsperren.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Leer seit</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren. Bitten Sie eine andere Person mit Administrationsrechten.</translation>
    </message>
    <message>
        <source>You cannot delete the quarter {name} because the initiatives {initiatives} are assigned to it. Assign them to another quarter or to districts first.</source>
        <translation>Sie können das Quartier {name} nicht löschen, weil ihm die Initiativen {initiatives} zugeordnet sind. Ordnen Sie diese zuerst einem anderen Quartier oder Bezirken zu.</translation>
    </message>
    <message>
        <source>You may not save files in the folder {folder}. Choose a folder of your own (e.g. in Documents), or ask the IT department for write access.</source>
        <translation>Sie dürfen im Ordner {folder} keine Dateien speichern. Wählen Sie einen eigenen Ordner (z. B. unter Dokumente), oder bitten Sie die IT-Abteilung um Schreibrechte.</translation>
    </message>
    <message>
        <source>You were signed out after {minutes} minutes without activity. Please sign in again; nothing you entered is lost.</source>
        <translation>Sie wurden nach {minutes} Minuten ohne Aktivität abgemeldet. Bitte melden Sie sich erneut an; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>You wrote this recommendation, so you cannot sign it off. Ask a second person (a team lead) to sign it off.</source>
        <translation>Sie haben diese Empfehlung verfasst und können sie daher nicht freigeben. Bitten Sie eine zweite Person (Teamleitung) um die Freigabe.</translation>
    </message>
    <message>
        <source>Your database login belongs to {group}, but your role in DLZW Desktop is {role}. Ask the administrator to make them match.</source>
        <translation>Ihr Datenbank-Login gehört zu {group}, Ihre Rolle in DLZW Desktop ist aber {role}. Bitten Sie die Administration, beides anzugleichen.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this ({permission}). Ask a team lead or an administrator.</source>
        <translation>Ihre Rolle ({role}) erlaubt diese Aktion nicht ({permission}). Bitte wenden Sie sich an eine Teamleitung oder die Administration.</translation>
    </message>
    <message>
        <source>min_demand</source>
        <translation>min_demand</translation>
    </message>
    <message>
        <source>pg_dump failed: {detail}</source>
        <translation>pg_dump ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <source>pg_dump was not found. Install the PostgreSQL client tools to back up the office database.</source>
        <translation>pg_dump wurde nicht gefunden. Bitte installieren Sie die PostgreSQL-Client-Programme, um die Bürodatenbank zu sichern.</translation>
    </message>
    <message>
        <source>{amount} EUR is not a plausible yearly cost item. Check the amount.</source>
        <translation>{amount} Euro sind kein plausibler jährlicher Kostenposten. Prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>{by} saved this record at {at} while you were editing it. Compare both versions and choose, field by field, what to keep; nothing has been overwritten.</source>
        <translation>{by} hat diesen Datensatz um {at} gespeichert, während Sie ihn bearbeitet haben. Vergleichen Sie beide Fassungen und wählen Sie Feld für Feld, was gelten soll; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>{count} appointments are still booked on this day. Cancel them (and let the people know) before you delete the day.</source>
        <translation>An diesem Tag sind noch {count} Termine gebucht. Sagen Sie sie ab (und benachrichtigen Sie die Personen), bevor Sie den Tag löschen.</translation>
    </message>
    <message>
        <source>{fte} full-time equivalents cannot come from {heads} people: one person works at most one full-time equivalent. Check both numbers.</source>
        <translation>{fte} Vollzeitäquivalente können nicht aus {heads} Personen entstehen: Eine Person arbeitet höchstens ein Vollzeitäquivalent. Prüfen Sie beide Zahlen.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds. Check the server name, the network or VPN connection, and whether a firewall blocks port {port}.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet. Prüfen Sie den Servernamen, die Netzwerk- oder VPN-Verbindung und ob eine Firewall den Port {port} sperrt.</translation>
    </message>
    <message>
        <source>{kind} is already on the checklist of this case.</source>
        <translation>{kind} steht bereits auf der Checkliste dieses Falls.</translation>
    </message>
    <message>
        <source>{label}: at most {max_length} characters are possible (you entered {length}). Please shorten it.</source>
        <translation>{label}: höchstens {max_length} Zeichen sind möglich (Sie haben {length} eingegeben). Bitte kürzen Sie.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is already a member of this initiative. Change the existing entry instead.</source>
        <translation>{name} ist bereits Mitglied dieser Initiative. Ändern Sie stattdessen den vorhandenen Eintrag.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG photo. Save the photo as .jpg or .png and add it again.</source>
        <translation>{name} ist kein PNG- oder JPEG-Foto. Bitte speichern Sie das Foto als .jpg oder .png und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({detail}). It stays untouched; choose another file.</source>
        <translation>{path} lässt sich nicht als Datenbank lesen ({detail}). Die Datei bleibt unverändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>{path} is a folder. Add a file name for the database, e.g. {suggestion}.</source>
        <translation>{path} ist ein Ordner. Ergänzen Sie einen Dateinamen für die Datenbank, z. B. {suggestion}.</translation>
    </message>
    <message>
        <source>{path} is an encrypted laptop kit. Enter its passphrase to open it.</source>
        <translation>{path} ist ein verschlüsseltes Laptop-Set. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is named like a laptop kit but is not encrypted. It was not opened; check out a new kit in the office.</source>
        <translation>{path} trägt die Endung eines Laptop-Sets, ist aber nicht verschlüsselt. Die Datei wurde nicht geöffnet; geben Sie im Büro ein neues Set aus.</translation>
    </message>
    <message>
        <source>{path} is not a DLZW backup (not an SQLite database).</source>
        <translation>{path} ist keine DLZW-Sicherung (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>{path} is not a DLZW backup (the DLZW tables are missing).</source>
        <translation>{path} ist keine DLZW-Sicherung (die DLZW-Tabellen fehlen).</translation>
    </message>
    <message>
        <source>{path} is not a DLZW database (not an SQLite file). It was left untouched.</source>
        <translation>{path} ist keine DLZW-Datenbank (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not a DLZW sync package. Choose the {suffix} file the laptop wrote.</source>
        <translation>{path} ist kein DLZW-Synchronisationspaket. Bitte wählen Sie die {suffix}-Datei, die der Laptop erstellt hat.</translation>
    </message>
    <message>
        <source>{path} is not a laptop kit.</source>
        <translation>{path} ist kein Laptop-Set.</translation>
    </message>
    <message>
        <source>{person} is already recorded as {role} of {business}.</source>
        <translation>{person} ist bereits als {role} von {business} erfasst.</translation>
    </message>
    <message>
        <source>{programme} already has rules {validity}. Let this period start after that one ends, or end that period first.</source>
        <translation>Für {programme} gelten bereits Regeln {validity}. Lassen Sie diesen Zeitraum danach beginnen oder beenden Sie zuerst den anderen.</translation>
    </message>
    <message>
        <source>{programme} applies {validity}, not on {date}. Choose the programme in force on that date.</source>
        <translation>Das Programm {programme} gilt {validity}, nicht am {date}. Bitte wählen Sie das Programm, das an diesem Tag gilt.</translation>
    </message>
    <message>
        <source>{property} cannot be proposed for this request; it fails: {filters}.</source>
        <translation>{property} kann für dieses Gesuch nicht vorgeschlagen werden; nicht erfüllt: {filters}.</translation>
    </message>
    <message>
        <source>{property} is '{status}' and no longer offered; an exposé is only made for vacant or reserved properties.</source>
        <translation>{property} ist „{status}“ und wird nicht mehr angeboten; ein Exposé gibt es nur für leerstehende oder reservierte Immobilien.</translation>
    </message>
    <message>
        <source>{property} is no longer offered (status '{status}', owner consent: {consent}). Reject this match or make the property available again first.</source>
        <translation>{property} wird nicht mehr angeboten (Status „{status}“, Zustimmung der Eigentümerseite: {consent}). Bitte lehnen Sie diesen Vorschlag ab oder bieten Sie die Immobilie zuerst wieder an.</translation>
    </message>
    <message>
        <source>{sector} is already in this profile. Change its weight instead of adding it again.</source>
        <translation>{sector} steht bereits in diesem Profil. Bitte ändern Sie das Gewicht, statt den Eintrag erneut hinzuzufügen.</translation>
    </message>
    <message>
        <source>{signer} already signed off this recommendation.</source>
        <translation>{signer} hat diese Empfehlung bereits freigegeben.</translation>
    </message>
    <message>
        <source>{time} is not a slot of this day. Choose one of the listed times.</source>
        <translation>{time} ist kein Termin dieses Tages. Wählen Sie eine der aufgeführten Uhrzeiten.</translation>
    </message>
    <message>
        <source>{value} is less than the smallest allowed value, {minimum}.</source>
        <translation>{value} ist kleiner als der kleinste zulässige Wert ({minimum}).</translation>
    </message>
    <message>
        <source>{value} is more than the largest allowed value, {maximum}.</source>
        <translation>{value} ist größer als der größte zulässige Wert ({maximum}).</translation>
    </message>
    <message>
        <source>{value} rooms is not plausible. Enter a number from 0 to 500 or leave it empty.</source>
        <translation>{value} Räume sind nicht plausibel. Bitte geben Sie eine Zahl von 0 bis 500 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>To move this case to {to_stage}, first mark all required documents as received or checked: missing are {missing}.</source>
        <translation>Um diesen Fall auf „{to_stage}“ zu setzen, markieren Sie zuerst alle erforderlichen Unterlagen als erhalten oder geprüft: Es fehlen {missing}.</translation>
    </message>
    <message>
        <source>To move this case to {to_stage}, first write the recommendation (amount, term and repayment-free months).</source>
        <translation>Um diesen Fall auf „{to_stage}“ zu setzen, schreiben Sie zuerst die Empfehlung (Betrag, Laufzeit und tilgungsfreie Monate).</translation>
    </message>
    <message>
        <source>To move this case to {to_stage}, first record the date the lender paid out the loan.</source>
        <translation>Um diesen Fall auf „{to_stage}“ zu setzen, erfassen Sie zuerst das Datum, an dem der Kreditgeber den Kredit ausgezahlt hat.</translation>
    </message>
    <message>
        <source>The recommendation was signed off by its author {author}. Ask a second person to sign it off before the lender's decision is recorded.</source>
        <translation>Die Empfehlung wurde von ihrer Verfasserin / ihrem Verfasser {author} freigegeben. Bitten Sie eine zweite Person um die Freigabe, bevor die Entscheidung des Kreditgebers erfasst wird.</translation>
    </message>
    <message>
        <source>To move this case to {to_stage}, first record the lender's decision with its date.</source>
        <translation>Um diesen Fall auf „{to_stage}“ zu setzen, erfassen Sie zuerst die Entscheidung des Kreditgebers mit Datum.</translation>
    </message>
    <message>
        <source>The lender's recorded decision is {decision}: move the case to {decision} instead, or correct the recorded decision.</source>
        <translation>Die erfasste Entscheidung des Kreditgebers lautet „{decision}“: Setzen Sie den Fall stattdessen auf „{decision}“ oder korrigieren Sie die erfasste Entscheidung.</translation>
    </message>
    <message>
        <source>To close this case, first choose its outcome: {allowed}.</source>
        <translation>Um diesen Fall abzuschließen, wählen Sie zuerst sein Ergebnis: {allowed}.</translation>
    </message>
    <message>
        <source>A case in stage {from_stage} cannot be closed as {outcome}. Choose one of: {allowed}.</source>
        <translation>Ein Fall im Stand „{from_stage}“ kann nicht mit „{outcome}“ abgeschlossen werden. Wählen Sie eines von: {allowed}.</translation>
    </message>
    <message>
        <source>To move this case to {to_stage}, first correct the recommendation: {problem}</source>
        <translation>Um diesen Fall auf „{to_stage}“ zu setzen, korrigieren Sie zuerst die Empfehlung: {problem}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migrationshintergrund</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Permit valid until</source>
        <translation>Titel gültig bis</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Gegründet am</translation>
    </message>
    <message>
        <source>Founding planned</source>
        <translation>Gründung geplant</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Earlier case</source>
        <translation>Früherer Fall</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>Haushaltseinkommen</translation>
    </message>
    <message>
        <source>Household expenses</source>
        <translation>Haushaltsausgaben</translation>
    </message>
    <message>
        <source>Business surplus</source>
        <translation>Überschuss des Unternehmens</translation>
    </message>
    <message>
        <source>Planned term</source>
        <translation>Geplante Laufzeit</translation>
    </message>
    <message>
        <source>Planned repayment-free months</source>
        <translation>Geplante tilgungsfreie Monate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Datum des Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Repayment-free months</source>
        <translation>Tilgungsfreie Monate</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Recommended on</source>
        <translation>Empfohlen am</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Signed off at</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Follow-up loan</source>
        <translation>Folgekredit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Paid out on</source>
        <translation>Ausgezahlt am</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Gezählt am</translation>
    </message>
    <message>
        <source>Jobs created (people)</source>
        <translation>Geschaffene Arbeitsplätze (Personen)</translation>
    </message>
    <message>
        <source>Jobs created (FTE)</source>
        <translation>Geschaffene Arbeitsplätze (VZÄ)</translation>
    </message>
    <message>
        <source>Jobs secured (people)</source>
        <translation>Gesicherte Arbeitsplätze (Personen)</translation>
    </message>
    <message>
        <source>Jobs secured (FTE)</source>
        <translation>Gesicherte Arbeitsplätze (VZÄ)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>migration background</source>
        <translation>Migrationshintergrund</translation>
    </message>
    <message>
        <source>residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>district</source>
        <translation>Statistischer Bezirk</translation>
    </message>
    <message>
        <source>borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>advisor</source>
        <translation>Beraterin/Berater</translation>
    </message>
    <message>
        <source>business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>loan programme</source>
        <translation>Kreditprogramm</translation>
    </message>
    <message>
        <source>deleted at</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>password changed at</source>
        <translation>Passwort geändert am</translation>
    </message>
    <message>
        <source>must choose a password</source>
        <translation>Muss ein Passwort wählen</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>Aufbewahrungspflicht</translation>
    </message>
    <message>
        <source>restricted at</source>
        <translation>Eingeschränkt am</translation>
    </message>
    <message>
        <source>anonymised at</source>
        <translation>Anonymisiert am</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migrationshintergrund</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Residence permit valid until</source>
        <translation>Aufenthaltstitel gültig bis</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Stadtteil (statistischer Bezirk)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Sector (WZ 2008)</source>
        <translation>Branche (WZ 2008)</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>Gründungsdatum</translation>
    </message>
    <message>
        <source>Founding planned</source>
        <translation>Gründung geplant</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Business street</source>
        <translation>Straße des Unternehmens</translation>
    </message>
    <message>
        <source>Business postcode</source>
        <translation>PLZ des Unternehmens</translation>
    </message>
    <message>
        <source>Business city</source>
        <translation>Ort des Unternehmens</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>Business borough</source>
        <translation>Stadtbezirk des Unternehmens</translation>
    </message>
    <message>
        <source>Business district</source>
        <translation>Stadtteil des Unternehmens</translation>
    </message>
    <message>
        <source>Business notes</source>
        <translation>Bemerkungen zum Unternehmen</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Applicant's family name</source>
        <translation>Nachname Antragsteller/in</translation>
    </message>
    <message>
        <source>Applicant's given names</source>
        <translation>Vornamen Antragsteller/in</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>Haushaltseinkommen</translation>
    </message>
    <message>
        <source>Household expenses</source>
        <translation>Haushaltsausgaben</translation>
    </message>
    <message>
        <source>Business surplus</source>
        <translation>Betriebsüberschuss</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Grace period (months)</source>
        <translation>Tilgungsfreie Zeit (Monate)</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort der Beratung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Client's family name</source>
        <translation>Nachname der beratenen Person</translation>
    </message>
    <message>
        <source>Client's given names</source>
        <translation>Vornamen der beratenen Person</translation>
    </message>
    <message>
        <source>Borough</source>
        <translation>Stadtbezirk</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Cold rent</source>
        <translation>Kaltmiete</translation>
    </message>
    <message>
        <source>Service charges</source>
        <translation>Nebenkosten</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Stufenlos</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Renovation needs</source>
        <translation>Renovierungsbedarf</translation>
    </message>
    <message>
        <source>Renovation cost</source>
        <translation>Renovierungskosten</translation>
    </message>
    <message>
        <source>Vacant since</source>
        <translation>Leer seit</translation>
    </message>
    <message>
        <source>Reason for vacancy</source>
        <translation>Grund des Leerstands</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer/in</translation>
    </message>
    <message>
        <source>Owner's consent</source>
        <translation>Einverständnis der Eigentümerseite</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einverständnis vom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Let on</source>
        <translation>Vermietet am</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Advisor</source>
        <translation>Beraterin/Berater</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichtswesen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Unterlagen vollständig</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Zurückgezahlt</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht förderfähig</translation>
    </message>
    <message>
        <source>Declined by the lender</source>
        <translation>Vom Kreditgeber abgelehnt</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>Chamber of commerce (IHK)</source>
        <translation>Industrie- und Handelskammer (IHK)</translation>
    </message>
    <message>
        <source>Chamber of crafts (HWK)</source>
        <translation>Handwerkskammer (HWK)</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation>Agentur für Arbeit</translation>
    </message>
    <message>
        <source>Local initiative</source>
        <translation>Lokale Initiative</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mundpropaganda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation>Deutsche Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>EU/EEA citizen</source>
        <translation>EU-/EWR-Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation>Niederlassungserlaubnis</translation>
    </message>
    <message>
        <source>Residence permit allowing self-employment</source>
        <translation>Aufenthaltstitel mit Erlaubnis zur Selbstständigkeit</translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation>Sonstiger Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation>Einzelunternehmen</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freiberuflich</translation>
    </message>
    <message>
        <source>Registered merchant (e.K.)</source>
        <translation>Eingetragene/r Kaufmann/Kauffrau (e.K.)</translation>
    </message>
    <message>
        <source>Civil-law partnership (GbR)</source>
        <translation>Gesellschaft bürgerlichen Rechts (GbR)</translation>
    </message>
    <message>
        <source>UG (haftungsbeschränkt)</source>
        <translation>UG (haftungsbeschränkt)</translation>
    </message>
    <message>
        <source>GmbH</source>
        <translation>GmbH</translation>
    </message>
    <message>
        <source>Other legal form</source>
        <translation>Sonstige Rechtsform</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Gründer/in</translation>
    </message>
    <message>
        <source>Co-founder</source>
        <translation>Mitgründer/in</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Bürge/Bürgin</translation>
    </message>
    <message>
        <source>At the DLZW office</source>
        <translation>Im DLZW-Büro</translation>
    </message>
    <message>
        <source>On a consultation day</source>
        <translation>An einem Sprechtag</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>By video call</source>
        <translation>Per Videoanruf</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Businessplan</translation>
    </message>
    <message>
        <source>Liquidity plan</source>
        <translation>Liquiditätsplan</translation>
    </message>
    <message>
        <source>Profitability plan</source>
        <translation>Rentabilitätsvorschau</translation>
    </message>
    <message>
        <source>Household budget</source>
        <translation>Haushaltsrechnung</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Trade registration</source>
        <translation>Gewerbeanmeldung</translation>
    </message>
    <message>
        <source>References or guarantees</source>
        <translation>Referenzen oder Bürgschaften</translation>
    </message>
    <message>
        <source>Credit self-disclosure</source>
        <translation>SCHUFA-Selbstauskunft</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Sonstige Unterlage</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Tilgungsplan angepasst</translation>
    </message>
    <message>
        <source>At intake</source>
        <translation>Bei Aufnahme</translation>
    </message>
    <message>
        <source>6 months after payout</source>
        <translation>6 Monate nach Auszahlung</translation>
    </message>
    <message>
        <source>12 months after payout</source>
        <translation>12 Monate nach Auszahlung</translation>
    </message>
    <message>
        <source>24 months after payout</source>
        <translation>24 Monate nach Auszahlung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Jobs follow-up</source>
        <translation>Abfrage Arbeitsplätze</translation>
    </message>
    <message>
        <source>Action from a meeting</source>
        <translation>Aufgabe aus einer Besprechung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Gastronomy</source>
        <translation>Gastronomie</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Workshop or crafts</source>
        <translation>Werkstatt oder Handwerk</translation>
    </message>
    <message>
        <source>Creative industries</source>
        <translation>Kreativwirtschaft</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Other use</source>
        <translation>Sonstige Nutzung</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Leerstehend</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Vermietet</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert (wieder genutzt)</translation>
    </message>
    <message>
        <source>Ready to use</source>
        <translation>Bezugsfertig</translation>
    </message>
    <message>
        <source>Minor work needed</source>
        <translation>Kleinere Arbeiten nötig</translation>
    </message>
    <message>
        <source>Needs renovation</source>
        <translation>Renovierungsbedürftig</translation>
    </message>
    <message>
        <source>Needs major renovation</source>
        <translation>Umfassend sanierungsbedürftig</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Owner contacted</source>
        <translation>Eigentümer/in kontaktiert</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Lease signed</source>
        <translation>Mietvertrag unterschrieben</translation>
    </message>
    <message>
        <source>Business opened</source>
        <translation>Betrieb eröffnet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Traders</source>
        <translation>Gewerbetreibende</translation>
    </message>
    <message>
        <source>Property owners</source>
        <translation>Immobilieneigentümer/innen</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wahrgenommen</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Passing data to the lender</source>
        <translation>Datenweitergabe an den Kreditgeber</translation>
    </message>
    <message>
        <source>Contact by property owners</source>
        <translation>Kontaktaufnahme durch Eigentümer/innen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Invitations from local initiatives</source>
        <translation>Einladungen von lokalen Initiativen</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <source>Orally (noted)</source>
        <translation>Mündlich (vermerkt)</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Personalaufwand</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Sachkosten</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Gemeinkosten</translation>
    </message>
    <message>
        <source>Share of loan losses</source>
        <translation>Anteil an Kreditausfällen</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Sonstige Kosten</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>Fälle ansehen</translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation>Fälle bearbeiten</translation>
    </message>
    <message>
        <source>delete cases</source>
        <translation>Fälle löschen</translation>
    </message>
    <message>
        <source>sign off recommendations</source>
        <translation>Empfehlungen freigeben</translation>
    </message>
    <message>
        <source>view properties</source>
        <translation>Immobilien ansehen</translation>
    </message>
    <message>
        <source>edit properties</source>
        <translation>Immobilien bearbeiten</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>Berichte ansehen</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>edit loan programmes</source>
        <translation>Kreditprogramme bearbeiten</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzerkonten verwalten</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>Änderungsprotokoll ansehen</translation>
    </message>
    <message>
        <source>data protection tasks</source>
        <translation>Datenschutzaufgaben</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>Sicherungen anlegen</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>check laptops out and in</source>
        <translation>Laptops ausgeben und zurücknehmen</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>edit local initiatives and their meetings</source>
        <translation>lokale Initiativen und ihre Sitzungen bearbeiten</translation>
    </message>
    <message>
        <source>define target quarters</source>
        <translation>Zielquartiere festlegen</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Einwohner/innen</translation>
    </message>
    <message>
        <source>Residents with a migration background</source>
        <translation>Einwohner/innen mit Migrationshintergrund</translation>
    </message>
    <message>
        <source>Registered businesses</source>
        <translation>Gewerbebetriebe (Bestand)</translation>
    </message>
    <message>
        <source>Trade registrations</source>
        <translation>Gewerbeanmeldungen</translation>
    </message>
    <message>
        <source>Vacant commercial units (statistics)</source>
        <translation>Gewerbeleerstände (Statistik)</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Erdgeschoss</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Storage room</source>
        <translation>Lagerraum</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Stellplätze</translation>
    </message>
    <message>
        <source>Outdoor area</source>
        <translation>Außenfläche</translation>
    </message>
    <message>
        <source>Customer toilet</source>
        <translation>Kundentoilette</translation>
    </message>
    <message>
        <source>owner's consent to the listing</source>
        <translation>Zustimmung der Eigentümerseite zur Vermarktung</translation>
    </message>
    <message>
        <source>property is vacant</source>
        <translation>Immobilie steht leer</translation>
    </message>
    <message>
        <source>intended use allowed</source>
        <translation>gewünschte Nutzung möglich</translation>
    </message>
    <message>
        <source>size within the range</source>
        <translation>Größe im Rahmen</translation>
    </message>
    <message>
        <source>rent within the limit</source>
        <translation>Miete im Rahmen</translation>
    </message>
    <message>
        <source>available in time</source>
        <translation>rechtzeitig verfügbar</translation>
    </message>
    <message>
        <source>every must-have</source>
        <translation>alle Muss-Kriterien</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Unterlage der Checkliste</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>monitoring month</source>
        <translation>Begleitmonat</translation>
    </message>
    <message>
        <source>jobs count</source>
        <translation>Zählung der Arbeitsplätze</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>loan programme</source>
        <translation>Kreditprogramm</translation>
    </message>
    <message>
        <source>lender</source>
        <translation>Kreditgeber</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer/in</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name of the business</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Name of the programme</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <source>Name of the lender</source>
        <translation>Name des Kreditgebers</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Affordable</source>
        <translation>Tragbar</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Not affordable</source>
        <translation>Nicht tragbar</translation>
    </message>
    <message>
        <source>Incomplete: enter the household budget</source>
        <translation>Unvollständig: Haushaltsrechnung eingeben</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Deleted on one side, changed on the other</source>
        <translation>Auf einer Seite gelöscht, auf der anderen geändert</translation>
    </message>
    <message>
        <source>Removed in the office</source>
        <translation>Im Büro entfernt</translation>
    </message>
    <message>
        <source>Office value kept</source>
        <translation>Wert des Büros behalten</translation>
    </message>
    <message>
        <source>Laptop value taken</source>
        <translation>Wert vom Laptop übernommen</translation>
    </message>
    <message>
        <source>Value entered</source>
        <translation>Wert eingegeben</translation>
    </message>
    <message>
        <source>Persons and businesses</source>
        <translation>Personen und Unternehmen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Vacant properties</source>
        <translation>Leerstände</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Link to existing</source>
        <translation>Mit vorhandenem verknüpfen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublette</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>similar name, same birth date</source>
        <translation>ähnlicher Name, gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>similar name, same address</source>
        <translation>ähnlicher Name, gleiche Anschrift</translation>
    </message>
    <message>
        <source>same case number</source>
        <translation>gleiche Fallnummer</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>gleicher Tag</translation>
    </message>
    <message>
        <source>the business has an open case</source>
        <translation>das Unternehmen hat einen offenen Fall</translation>
    </message>
    <message>
        <source>same address and floor</source>
        <translation>gleiche Anschrift und Lage</translation>
    </message>
    <message>
        <source>same name (no address to compare)</source>
        <translation>gleicher Name (ohne Anschrift zum Vergleich)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>DLZW Desktop</source>
        <translation>DLZW Desktop</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>recommendation signed off</source>
        <translation>Empfehlung freigegeben</translation>
    </message>
    <message>
        <source>recommendation letter generated</source>
        <translation>Empfehlungsschreiben erstellt</translation>
    </message>
    <message>
        <source>file exported</source>
        <translation>Datei exportiert</translation>
    </message>
</context>
</TS>