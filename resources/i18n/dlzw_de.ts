<?xml version="1.0" encoding="utf-8"?>
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
        <source>DLZW database (*.sqlite3);;All files (*)</source>
        <translation>DLZW-Datenbank (*.sqlite3);;Alle Dateien (*)</translation>
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
        <source>Here advisors will follow each microloan case from the first consultation through documents, assessment and recommendation to the lender&apos;s decision, payout and monitoring. This section is being built.</source>
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
        <source>Consultation days</source>
        <translation>Sprechtage</translation>
    </message>
    <message>
        <source>Here you will plan neighbourhood consultation days with appointment slots and take the work to a laptop without network. This section is being built.</source>
        <translation>Hier planen Sie Sprechtage in den Quartieren mit Terminfenstern und nehmen die Arbeit auf einen Laptop ohne Netzwerk mit. Dieser Bereich befindet sich im Aufbau.</translation>
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
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Benutzer/in: {name}</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern …</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demo-Daten laden …</translation>
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
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About DLZW Desktop</source>
        <translation>Ü&amp;ber DLZW Desktop</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
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
        <translation>&amp;Datenbank</translation>
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
        <translation>&amp;Organisationseinheit</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Letterhead &amp;address</source>
        <translation>Briefkopf-&amp;Anschrift</translation>
    </message>
    <message>
        <source>Letterhead address</source>
        <translation>Anschrift im Briefkopf</translation>
    </message>
    <message>
        <source>Letterhead &amp;contact</source>
        <translation>Briefkopf-&amp;Kontakt</translation>
    </message>
    <message>
        <source>Letterhead contact line</source>
        <translation>Kontaktzeile im Briefkopf</translation>
    </message>
    <message>
        <source>Staff &amp;hourly rate (EUR)</source>
        <translation>&amp;Stundensatz Personal (EUR)</translation>
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
        <source>Flag cases unchanged for (&amp;days)</source>
        <translation>Fälle markieren nach (&amp;Tagen) ohne Änderung</translation>
    </message>
    <message>
        <source>Days after which a case counts as stuck in its stage</source>
        <translation>Tage, nach denen ein Fall als in seinem Bearbeitungsstand festhängend gilt</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Datenbank jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
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
    <name>errors</name>
    <message>
        <source>&apos;{text}&apos; is not a date. Write it as DD.MM.YYYY, e.g. 31.12.2026.</source>
        <translation>„{text}“ ist kein Datum. Bitte im Format TT.MM.JJJJ eingeben, z. B. 31.12.2026.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount. Write it like 1.234,56 (dot for thousands, comma for cents).</source>
        <translation>„{text}“ ist kein Betrag. Bitte so eingeben: 1.234,56 (Punkt für Tausender, Komma für Cent).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like an English number. Write amounts the German way, e.g. 1.234,56.</source>
        <translation>„{text}“ sieht wie eine englische Zahl aus. Bitte Beträge im deutschen Format eingeben, z. B. 1.234,56.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: there is no month {month}.</source>
        <translation>„{text}“: Einen Monat {month} gibt es nicht.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: this month has only {last} days.</source>
        <translation>„{text}“: Dieser Monat hat nur {last} Tage.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {year} is not a leap year, February has 28 days.</source>
        <translation>„{text}“: {year} ist kein Schaltjahr, der Februar hat 28 Tage.</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>Kein Betrag.</translation>
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
        <source>Please give a file name, not a folder.</source>
        <translation>Bitte geben Sie einen Dateinamen an, keinen Ordner.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Bitte melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The amount must not be negative (you entered {text}).</source>
        <translation>Der Betrag darf nicht negativ sein (eingegeben: {text}).</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>Die Sicherung konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} failed its integrity check.</source>
        <translation>Die Sicherung {path} hat die Integritätsprüfung nicht bestanden.</translation>
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
        <source>The database cannot be written (read-only location).</source>
        <translation>Die Datenbank kann nicht geschrieben werden (schreibgeschützter Speicherort).</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt. Bitte stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Try again in a moment.</source>
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
        <source>The database {path} is read-only. Choose another location or fix its permissions.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. Bitte wählen Sie einen anderen Speicherort oder korrigieren Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The database {path} was created by a newer version of DLZW Desktop (schema {revision}). Install the current version; the database was left untouched.</source>
        <translation>Die Datenbank {path} wurde mit einer neueren Version von DLZW Desktop angelegt (Schema {revision}). Bitte installieren Sie die aktuelle Version; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and save again.</source>
        <translation>Der Datenträger ist voll. Bitte schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}). Choose another location.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden ({reason}). Bitte wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Choose another location for the database.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt. Bitte wählen Sie einen anderen Speicherort für die Datenbank.</translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this ({permission}). Ask a team lead or an administrator.</source>
        <translation>Ihre Rolle ({role}) erlaubt diese Aktion nicht ({permission}). Bitte wenden Sie sich an eine Teamleitung oder die Administration.</translation>
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
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>{path} is not a DLZW database (not an SQLite file). It was left untouched.</source>
        <translation>{path} ist keine DLZW-Datenbank (keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>labels</name>
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
</context>
<context>
    <name>messages</name>
    <message>
        <source>DLZW Desktop</source>
        <translation>DLZW Desktop</translation>
    </message>
</context>
</TS>
