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
        <source>&apos;{section}&apos; is not a WZ 2008 section. Use one capital letter from A to U.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>A case in stage {from_stage} can only be moved back one step, to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in stage {from_stage} cannot move to {to_stage}. Possible next stages: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in stage {from_stage} is at the start of the workflow and cannot be moved back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up loan is not possible under {programme}: the earlier loan paid out on {disbursed} was written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up loan needs an earlier loan. Enter the earlier loans or record this one as a first loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up loan needs {months} months of trouble-free repayment after the payout on {disbursed} under {programme}: it is possible from {possible_from}, not on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up loan needs {months} months of trouble-free repayment under {programme}; after the repayment problem in {trouble_month} it is possible from {possible_from}, not on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local multiplier (LM3) lies between 1 and 3; {value} is not possible. Check the survey result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored LWSI computation cannot be read ({reason}). Restore the database from a backup or compute the figure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term of {term} months is longer than {max_term} months. Check the entry: the term is given in months, e.g. 48 for four years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All loans together may be at most {cap} under {programme}. After earlier loans of {previous} this loan may be at most {remaining} (you entered {amount}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interest rate of {rate} % a year is implausible (at most {max_rate} %). Check the entry: enter the nominal annual rate, e.g. 7,9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max_grace} repayment-free months are allowed under {programme} (you entered {grace}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business {business} is recorded as active until {to}, before it started on {start}. Correct the start or end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether the record stays or is deleted: keep the office state or take the laptop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the laptop kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payout date of the earlier loan, so that the waiting time for a follow-up loan can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for moving this case back from {from_stage} to {to_stage}; it is kept in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source of the value-added table (publisher and table), so figures can be traced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name where the multiplier comes from (survey and year, or the literature for an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loan programme is in force on {date}. Ask an administrator to record the programme valid on that date, or check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quarterly LWSI values are available yet. Compute the last four quarters first.</source>
        <translation type="unfinished"></translation>
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
        <source>Please give the programme a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Bitte melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Several loan programmes are in force on {date} ({names}). Ask an administrator to correct their validity dates so that only one applies.</source>
        <translation type="unfinished"></translation>
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
        <source>The base value must cover a whole calendar year, not {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base year and the quarters were computed with different areas, value-added tables or multipliers. Recompute all of them with the current settings before comparing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {birth} lies after the reference date {reference}. Correct the birth date.</source>
        <translation type="unfinished"></translation>
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
        <source>The case is already in stage {to_stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are too large for one package ({size} MiB, at most {limit} MiB). Write a package now, import it in the office, and carry the rest in a second one.</source>
        <translation type="unfinished"></translation>
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
        <source>The earlier loans of {previous} already reach the total of {cap} allowed under {programme}: no further loan is possible under this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} lies before the start date {start}. Correct the dates of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee must not be negative (you entered {fee}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee {fee_text} has more than two decimal places. Enter it in euros and cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure for {start} to {end} is not a calendar quarter. Compute it per quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first loan may be at most {cap} under {programme} (you entered {amount}).</source>
        <translation type="unfinished"></translation>
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
        <source>The full-time equivalents of business {business} are negative ({fte}). Enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gross value added per worker for {section} must be more than 0 EUR (it is {value}). Check the imported table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index needs the four quarters up to {as_of}; {quarters} have no value. Compute them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate must not be negative (you entered {rate} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan amount must be more than zero (you entered {amount}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan amount {amount_text} has more than two decimal places. Enter it in euros and cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of repayment-free months must not be negative (you entered {grace}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package asks for key-derivation settings this version does not accept ({detail}). It may come from a newer DLZW Desktop or be damaged: update DLZW Desktop in the office, or write the package again on the laptop. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written to {folder} ({detail}). Check that the drive is plugged in and writable, then write it again. No partial package was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written with a newer database schema ({revision}) than this installation knows. It was refused and nothing was written: update DLZW Desktop in the office, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package {path} cannot be read ({detail}). Check that the drive is plugged in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package {path} does not exist (any more). Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package {path} is incomplete ({detail}), probably because copying was interrupted. Copy it from the laptop again and wait until copying has finished. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package {path} was changed or damaged after it was written ({detail}). Do not use this copy: write a new package on the laptop and import that. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package {path} was written by a newer DLZW Desktop (package format {version}). Update DLZW Desktop in the office, then import it again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population of district {district} must be a whole number of 0 or more, not {value}. Check the imported table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme {programme} cannot be saved: check {what}. A cap must be more than zero (the total cap at least the first-loan cap), the repayment-free months fewer than the maximum term, nothing negative, and each document listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reactivated area of property {property} must be more than 0 m² (it is {area}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest publishable count must be at least 2 (it is {k}); 3 is the usual value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term may be at most {max_term} months under {programme} (you entered {term}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must be at least one month (you entered {term}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of earlier loans cannot be negative (you entered {previous}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The {grace} repayment-free months must be fewer than the term of {term} months, which includes them. Shorten the repayment-free period or lengthen the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} must not be negative (you entered {amount}). Enter 0 if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space in {folder} to write the package. Free space or choose another drive, then write it again. No partial package was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LWSI computation was stored by a newer version of DLZW Desktop (definition {version}). Update the application to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business already had loans of {previous}. Record the new loan as a follow-up loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed. Reopen it first (move it back, giving a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package (number {sequence} of laptop kit {kit_id}) is not newer than the last package imported from that kit (number {last_sequence}). It was refused and nothing was written; import the newest package the laptop wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package belongs to another DLZW Desktop installation ({package_installation}), not to this office ({expected_installation}). Import it where the laptop kit was checked out. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open the package. Enter the passphrase that was set when the laptop kit was checked out (mind upper and lower case). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was removed from the office database (purged for data protection) after the laptop was checked out, so the laptop&apos;s changes cannot be applied. Keep the office state; if the record is still needed, enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move this case back from {from_stage} to {to_stage}, reverse the step and give a reason.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{path} is not a DLZW sync package. Choose the {suffix} file the laptop wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} applies {validity}, not on {date}. Choose the programme in force on that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber of commerce (IHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber of crafts (HWK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU/EEA citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit allowing self-employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered merchant (e.K.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-law partnership (GbR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UG (haftungsbeschränkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GmbH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-founder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the DLZW office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a consultation day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidity plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitability plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References or guarantees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit self-disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months after payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months after payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 months after payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastronomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop or crafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor work needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs major renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing data to the lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact by property owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations from local initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally (noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of loan losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit loan programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data protection tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check laptops out and in</source>
        <translation type="unfinished"></translation>
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
