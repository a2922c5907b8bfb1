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
        <source>No&amp;tes</source>
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
        <source>Quarters &amp; initiatives</source>
        <translation>Quartiere &amp; Initiativen</translation>
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
        <source>O&amp;wner</source>
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
        <translation>Angebot hin&amp;zufügen</translation>
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
        <source>Record &amp;consent given on</source>
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
        <source>Recommended l&amp;oans (goal)</source>
        <translation>Empfohlene &amp;Kredite (Ziel)</translation>
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
        <source>No&amp;tes</source>
        <translation>Notizen</translation>
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
        <source>New &amp;initiative…</source>
        <translation>Neue &amp;Initiative …</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>Edit initiati&amp;ve…</source>
        <translation>Initiative &amp;bearbeiten …</translation>
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
        <translation>Mitglied &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translation>Mitglied ä&amp;ndern …</translation>
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
        <source>Member &amp;list (XLSX)…</source>
        <translation>Mitglieder&amp;liste (XLSX) …</translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Mitgliederliste exportieren</translation>
    </message>
    <message>
        <source>In&amp;vitation list (XLSX)…</source>
        <translation>Ein&amp;ladungsliste (XLSX) …</translation>
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
        <translation>Qu&amp;artier</translation>
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
        <source>A CSV or XLSX table with one row per statistical district (and optionally one for Dortmund as a whole): a column &apos;Bezirk&apos;, optionally &apos;Jahr&apos;, and columns such as &apos;Einwohner&apos;, &apos;Migrationshintergrund&apos;, &apos;Betriebe&apos;, &apos;Gewerbeanmeldungen&apos; or &apos;Leerstände&apos;. Figures of the same district, figure and year are replaced.</source>
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
        <source>from the table&apos;s &apos;Jahr&apos; column</source>
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
    <name>errors</name>
    <message>
        <source>&apos;{field}&apos; is not a field of this import.</source>
        <translation>„{field}“ ist kein Feld dieses Imports.</translation>
    </message>
    <message>
        <source>&apos;{section}&apos; is not a WZ 2008 section. Use one capital letter from A to U.</source>
        <translation>„{section}“ ist kein Abschnitt der WZ 2008. Verwenden Sie einen Großbuchstaben von A bis U.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is far too large for an amount. Please check the number of digits.</source>
        <translation>„{text}“ ist als Betrag viel zu groß. Bitte prüfen Sie die Zahl der Stellen.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a WZ 2008 sector code. Enter it like 47.24 (class), 47.2 (group), 47 (division) or G (section).</source>
        <translation>„{text}“ ist kein Wirtschaftszweig-Schlüssel der WZ 2008. Bitte so eingeben: 47.24 (Klasse), 47.2 (Gruppe), 47 (Abteilung) oder G (Abschnitt).</translation>
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
        <source>&apos;{value}&apos; is neither yes nor no. Write ja or nein (or x for yes).</source>
        <translation>„{value}“ ist weder ja noch nein. Schreiben Sie ja oder nein (oder x für ja).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a German postcode (five digits).</source>
        <translation>„{value}“ ist keine deutsche Postleitzahl (fünf Ziffern).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date.</source>
        <translation>„{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as DD.MM.YYYY.</source>
        <translation>„{value}“ ist kein Datum. Bitte im Format TT.MM.JJJJ eingeben.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a duration in minutes.</source>
        <translation>„{value}“ ist keine Dauer in Minuten.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language the import knows. Write the language in German (e.g. Türkisch) or as a two-letter code (tr).</source>
        <translation>„{value}“ ist keine Sprache, die der Import kennt. Schreiben Sie die Sprache auf Deutsch (z. B. Türkisch) oder als Kürzel aus zwei Buchstaben (tr).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a postcode.</source>
        <translation>„{value}“ ist keine Postleitzahl.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a value for &apos;{field_label}&apos;. Use one of: {allowed}.</source>
        <translation>„{value}“ ist kein zulässiger Wert für „{field_label}“. Verwenden Sie einen dieser Werte: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed in {what}. Choose one of: {allowed}.</source>
        <translation>„{value}“ ist bei {what} nicht zulässig. Bitte wählen Sie eines von: {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address. Enter one address per cell, like name@example.de.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse. Geben Sie eine Adresse pro Zelle ein, z. B. name@example.de.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; looks like a year, not a date. Enter the full date, e.g. 31.12.{value}.</source>
        <translation>„{value}“ sieht wie eine Jahreszahl aus, nicht wie ein Datum. Geben Sie das vollständige Datum ein, z. B. 31.12.{value}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; was read as {date}. Write four-digit years to be sure.</source>
        <translation>„{value}“ wurde als {date} gelesen. Schreiben Sie die Jahreszahl vierstellig, damit das Datum eindeutig ist.</translation>
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
        <source>A consent cannot be given on {date}, which lies in the future. Enter the day it was given.</source>
        <translation>Eine Einwilligung kann nicht am {date} erteilt worden sein, das liegt in der Zukunft. Geben Sie den Tag an, an dem sie erteilt wurde.</translation>
    </message>
    <message>
        <source>A district is listed twice. Tick each district once.</source>
        <translation>Ein Bezirk ist doppelt aufgeführt. Wählen Sie jeden Bezirk nur einmal.</translation>
    </message>
    <message>
        <source>A field in line {line} is longer than {limit} characters; often a closing quote (&quot;) is missing. Correct the file and import it again.</source>
        <translation>Ein Feld in Zeile {line} ist länger als {limit} Zeichen; häufig fehlt dann ein schließendes Anführungszeichen (&quot;). Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
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
        <source>A local multiplier (LM3) lies between 1 and 3; {value} is not possible. Check the survey result.</source>
        <translation>Ein lokaler Multiplikator (LM3) liegt zwischen 1 und 3; {value} ist nicht möglich. Bitte prüfen Sie das Ergebnis der Erhebung.</translation>
    </message>
    <message>
        <source>A quarter needs at least one statistical district. Tick the districts it covers.</source>
        <translation>Ein Quartier braucht mindestens einen statistischen Bezirk. Wählen Sie die Bezirke, die es umfasst.</translation>
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
        <source>Advisor</source>
        <translation>Beraterin/Berater</translation>
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
        <source>An interest rate of {rate} % a year is implausible (at most {max_rate} %). Check the entry: enter the nominal annual rate, e.g. 7,9.</source>
        <translation>Ein Zinssatz von {rate} % pro Jahr ist nicht plausibel (höchstens {max_rate} %). Bitte prüfen Sie die Eingabe: Geben Sie den nominalen Jahreszins ein, z. B. 7,9.</translation>
    </message>
    <message>
        <source>Applicant&apos;s family name</source>
        <translation>Nachname (Antragsteller/in)</translation>
    </message>
    <message>
        <source>Applicant&apos;s given names</source>
        <translation>Vornamen (Antragsteller/in)</translation>
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
        <source>Björn Kröger</source>
        <translation>Björn Kröger</translation>
    </message>
    <message>
        <source>Business city</source>
        <translation>Ort des Unternehmens</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
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
        <source>Choose a CSV or XLSX file (the file {name} is neither).</source>
        <translation>Wählen Sie eine CSV- oder XLSX-Datei (die Datei {name} ist keine von beiden).</translation>
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
        <source>Choose the missing offer&apos;s sector from the WZ 2008 list.</source>
        <translation>Wählen Sie die Branche des fehlenden Angebots aus der WZ-2008-Liste.</translation>
    </message>
    <message>
        <source>Choose the quarter the initiative works in, or tick at least one district.</source>
        <translation>Wählen Sie das Quartier, in dem die Initiative tätig ist, oder mindestens einen Bezirk.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Client&apos;s family name</source>
        <translation>Nachname (Ratsuchende/r)</translation>
    </message>
    <message>
        <source>Client&apos;s given names</source>
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
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Decide whether the record stays or is deleted: keep the office state or take the laptop&apos;s.</source>
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
        <source>Enter one language per cell (found &apos;{value}&apos;).</source>
        <translation>Geben Sie nur eine Sprache pro Zelle ein (gefunden: „{value}“).</translation>
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
        <source>Enter the source of the figures (publisher, table, date retrieved), e.g. &apos;Dortmunder Statistik, Bevölkerung nach Bezirken, abgerufen 03.2026&apos;.</source>
        <translation>Geben Sie die Quelle der Werte an (Herausgeber, Tabelle, Abrufdatum), z. B. „Dortmunder Statistik, Bevölkerung nach Bezirken, abgerufen 03.2026“.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Files of type &apos;{extension}&apos; cannot be imported. Save the list as an Excel workbook (.xlsx) or as CSV and import that file.</source>
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
        <source>Invisible control characters were removed from the text.</source>
        <translation>Unsichtbare Steuerzeichen wurden aus dem Text entfernt.</translation>
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
        <source>Małgorzata Nowak</source>
        <translation>Małgorzata Nowak</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migrationshintergrund</translation>
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
        <source>No column with known figures was found. Name the columns e.g. &apos;Einwohner&apos;, &apos;Migrationshintergrund&apos;, &apos;Betriebe&apos;, &apos;Gewerbeanmeldungen&apos; or &apos;Leerstände&apos;.</source>
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
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>One of the chosen districts does not exist (any more). Reload the district list.</source>
        <translation>Einer der gewählten Bezirke existiert nicht (mehr). Laden Sie die Bezirksliste neu.</translation>
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
        <source>Owner&apos;s consent</source>
        <translation>Zustimmung Eigentümer/in</translation>
    </message>
    <message>
        <source>Part &apos;{member}&apos; of the workbook contains an XML document type declaration. Excel never writes one, and it can be used to attack the computer. Save the file again from Excel and import the new copy.</source>
        <translation>Der Bestandteil „{member}“ der Arbeitsmappe enthält eine XML-Dokumenttypdeklaration. Excel schreibt so etwas nie, und sie kann für Angriffe auf den Computer genutzt werden. Speichern Sie die Datei in Excel erneut und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <source>Part &apos;{member}&apos; of the workbook is compressed {ratio}:1, far more than Excel ever does; such files are made to exhaust memory. Save the list again from Excel and import the new file.</source>
        <translation>Der Bestandteil „{member}“ der Arbeitsmappe ist im Verhältnis {ratio}:1 komprimiert, weit stärker, als Excel es je tut; solche Dateien sollen den Arbeitsspeicher erschöpfen. Speichern Sie die Liste in Excel erneut und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>Part &apos;{member}&apos; of the workbook uses a compression method Excel does not use. Save the file again from Excel and import the new copy.</source>
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
        <source>Please give a file name, not a folder.</source>
        <translation>Bitte geben Sie einen Dateinamen an, keinen Ordner.</translation>
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
        <source>Row {row} has data in column {column}; at most {limit} columns can be imported. Delete the columns you do not need and import again.</source>
        <translation>Zeile {row} enthält Daten in Spalte {column}; es können höchstens {limit} Spalten importiert werden. Löschen Sie die Spalten, die Sie nicht benötigen, und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; appears twice for the same year ({count} problem(s) in the file). Label borough subtotals &apos;Stadtbezirk …&apos; and import again.</source>
        <translation>Zeile {row}: „{text}“ kommt für dasselbe Jahr doppelt vor ({count} Problem(e) in der Datei). Bezeichnen Sie Zwischensummen der Stadtbezirke mit „Stadtbezirk …“ und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; is not a number ({count} problem(s) in the file). Correct the cell and import again.</source>
        <translation>Zeile {row}: „{text}“ ist keine Zahl ({count} Problem(e) in der Datei). Korrigieren Sie die Zelle und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{text}&apos; is not one of Dortmund&apos;s statistical districts ({count} problem(s) in the file). Correct the names and import again.</source>
        <translation>Zeile {row}: „{text}“ ist kein statistischer Bezirk Dortmunds ({count} Problem(e) in der Datei). Korrigieren Sie die Namen und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: the figure {text} is negative ({count} problem(s) in the file). Correct the cell and import again.</source>
        <translation>Zeile {row}: Der Wert {text} ist negativ ({count} Problem(e) in der Datei). Korrigieren Sie die Zelle und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Row {row}: the year &apos;{text}&apos; is not plausible ({count} problem(s) in the file). Enter years like 2025 and import again.</source>
        <translation>Zeile {row}: Das Jahr „{text}“ ist nicht plausibel ({count} Problem(e) in der Datei). Geben Sie Jahre wie 2025 an und importieren Sie erneut.</translation>
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
        <source>Several loan programmes are in force on {date} ({names}). Ask an administrator to correct their validity dates so that only one applies.</source>
        <translation>Am {date} gelten mehrere Kreditprogramme ({names}). Bitten Sie die Administration, die Gültigkeitszeiträume so zu korrigieren, dass nur eines gilt.</translation>
    </message>
    <message>
        <source>Shop window</source>
        <translation>Schaufenster</translation>
    </message>
    <message>
        <source>Someone else changed the quarter {name} in the meantime. Reload it, then make your change again.</source>
        <translation>Jemand anderes hat das Quartier {name} inzwischen geändert. Laden Sie es neu und nehmen Sie Ihre Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Someone else changed {what} in the meantime. Reload it, then make your change again.</source>
        <translation>Jemand anderes hat den Eintrag ({what}) inzwischen geändert. Laden Sie ihn neu und nehmen Sie Ihre Änderung dann erneut vor.</translation>
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
        <source>The action &apos;{action}&apos; is due on {due}, before the meeting on {held}. Correct the date.</source>
        <translation>Die Maßnahme „{action}“ ist am {due} fällig, also vor der Sitzung am {held}. Korrigieren Sie das Datum.</translation>
    </message>
    <message>
        <source>The action &apos;{action}&apos; needs an owner: choose an advisor or type a name.</source>
        <translation>Die Maßnahme „{action}“ braucht eine verantwortliche Person: Wählen Sie eine Beraterin oder einen Berater oder geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The amount must not be negative (you entered {text}).</source>
        <translation>Der Betrag darf nicht negativ sein (eingegeben: {text}).</translation>
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
        <source>The chosen quarter no longer exists. Choose another one.</source>
        <translation>Das gewählte Quartier existiert nicht mehr. Wählen Sie ein anderes.</translation>
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
        <source>The database has no districts or sectors. Open it once with DLZW Desktop so that the reference data is loaded, then load the demo data again.</source>
        <translation>Die Datenbank enthält keine Bezirke oder Wirtschaftszweige. Bitte öffnen Sie sie einmal mit DLZW Desktop, damit die Referenzdaten geladen werden, und laden Sie die Demo-Daten dann erneut.</translation>
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
        <source>The date {date} lies outside 1900-2100. Please check the year.</source>
        <translation>Das Datum {date} liegt nicht zwischen 1900 und 2100. Bitte prüfen Sie das Jahr.</translation>
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
        <source>The earlier loans of {previous} already reach the total of {cap} allowed under {programme}: no further loan is possible under this programme.</source>
        <translation>Die früheren Kredite über {previous} erreichen bereits den im Programm {programme} zulässigen Gesamtbetrag von {cap}. In diesem Programm ist kein weiterer Kredit möglich.</translation>
    </message>
    <message>
        <source>The end date {end} lies before the start date {start}. Correct the dates of the case.</source>
        <translation>Das Enddatum {end} liegt vor dem Anfangsdatum {start}. Bitte korrigieren Sie die Datumsangaben des Falls.</translation>
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
        <source>The file &apos;{name}&apos; cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>Die Datei „{name}“ kann nicht geöffnet werden. Prüfen Sie, ob sie noch vorhanden ist und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is empty. Choose the file with the list.</source>
        <translation>Die Datei „{name}“ ist leer. Wählen Sie die Datei, die die Liste enthält.</translation>
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
        <source>The file is {size_mb} MB; at most {limit_mb} MB can be imported. Split the list into smaller files.</source>
        <translation>Die Datei ist {size_mb} MB groß; importiert werden können höchstens {limit_mb} MB. Teilen Sie die Liste auf kleinere Dateien auf.</translation>
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
        <source>The file {name} is larger than 5 MB, far too large for a district table. Check the file.</source>
        <translation>Die Datei {name} ist größer als 5 MB und damit viel zu groß für eine Bezirkstabelle. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 50 MB. Please reduce it (e.g. scan at a lower resolution).</source>
        <translation>Die Datei {name} ist größer als 50 MB. Bitte verkleinern Sie sie (z. B. mit geringerer Auflösung scannen).</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not supported.</source>
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
        <source>The folder {folder} is read-only. Choose another location for the database.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt. Bitte wählen Sie einen anderen Speicherort für die Datenbank.</translation>
    </message>
    <message>
        <source>The full-time equivalents of business {business} are negative ({fte}). Enter 0 or more.</source>
        <translation>Die Vollzeitäquivalente des Unternehmens {business} sind negativ ({fte}). Bitte geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>The fund&apos;s largest area is {value} m²; enter a positive number of square metres.</source>
        <translation>Die größte Fläche für den Anmietungs-Fonds ist {value} m²; bitte geben Sie eine positive Zahl von Quadratmetern ein.</translation>
    </message>
    <message>
        <source>The fund&apos;s longest sublease is {value} months; enter a positive number of months.</source>
        <translation>Die längste Untervermietung im Anmietungs-Fonds ist {value} Monate; bitte geben Sie eine positive Zahl von Monaten ein.</translation>
    </message>
    <message>
        <source>The gross value added per worker for {section} must be more than 0 EUR (it is {value}). Check the imported table.</source>
        <translation>Die Bruttowertschöpfung je Erwerbstätigen für {section} muss größer als 0 EUR sein (Wert: {value}). Bitte prüfen Sie die importierte Tabelle.</translation>
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
        <source>The matching setting &apos;{name}&apos; is {value}; enter a value from 0 to 1.</source>
        <translation>Die Vorschlags-Einstellung „{name}“ ist {value}; bitte geben Sie einen Wert von 0 bis 1 ein.</translation>
    </message>
    <message>
        <source>The matching setting &apos;{name}&apos; is {value}; enter a value from 0 up to below 1.</source>
        <translation>Die Vorschlags-Einstellung „{name}“ ist {value}; bitte geben Sie einen Wert von 0 bis unter 1 ein.</translation>
    </message>
    <message>
        <source>The meeting date {date} lies in the future. Record a meeting after it took place.</source>
        <translation>Das Sitzungsdatum {date} liegt in der Zukunft. Erfassen Sie eine Sitzung, nachdem sie stattgefunden hat.</translation>
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
        <source>The number of demo cases must lie between 0 and {maximum}; you asked for {cases}.</source>
        <translation>Die Zahl der Demo-Fälle muss zwischen 0 und {maximum} liegen; angefragt wurden {cases}.</translation>
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
        <source>The owner of the action &apos;{action}&apos; is not a user any more. Choose another owner.</source>
        <translation>Die verantwortliche Person der Maßnahme „{action}“ ist keine Benutzerin / kein Benutzer mehr. Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <source>The package asks for key-derivation settings this version does not accept ({detail}). It may come from a newer DLZW Desktop or be damaged: update DLZW Desktop in the office, or write the package again on the laptop. Nothing was written.</source>
        <translation>Das Paket verlangt Einstellungen zur Schlüsselableitung, die diese Version nicht akzeptiert ({detail}). Es stammt möglicherweise aus einer neueren Version von DLZW Desktop oder ist beschädigt: Aktualisieren Sie DLZW Desktop im Büro oder erstellen Sie das Paket auf dem Laptop neu. Es wurden keine Daten übernommen.</translation>
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
        <source>The period ends ({end}) before it starts ({start}). Swap the two dates.</source>
        <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}). Bitte tauschen Sie die beiden Datumsangaben.</translation>
    </message>
    <message>
        <source>The population of district {district} must be a whole number of 0 or more, not {value}. Check the imported table.</source>
        <translation>Die Einwohnerzahl des statistischen Bezirks {district} muss eine ganze Zahl ab 0 sein, nicht {value}. Bitte prüfen Sie die importierte Tabelle.</translation>
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
        <source>The renovation cost ceiling is {value}; enter a positive amount in euros.</source>
        <translation>Die Obergrenze der Renovierungskosten ist {value}; bitte geben Sie einen positiven Betrag in Euro ein.</translation>
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
        <source>The saved column assignment cannot be read. Assign the columns again and save them.</source>
        <translation>Die gespeicherte Spaltenzuordnung kann nicht gelesen werden. Ordnen Sie die Spalten neu zu und speichern Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>The smallest area ({min} m²) is larger than the largest ({max} m²). Swap them or correct one.</source>
        <translation>Die kleinste Fläche ({min} m²) ist größer als die größte ({max} m²). Bitte tauschen Sie die Werte oder korrigieren Sie einen.</translation>
    </message>
    <message>
        <source>The smallest publishable count must be at least 2 (it is {k}); 3 is the usual value.</source>
        <translation>Die Mindestfallzahl für Veröffentlichungen muss mindestens 2 betragen (eingestellt: {k}); üblich ist 3.</translation>
    </message>
    <message>
        <source>The table contains no figures for Dortmund&apos;s districts.</source>
        <translation>Die Tabelle enthält keine Werte für Dortmunds Bezirke.</translation>
    </message>
    <message>
        <source>The table has no &apos;Jahr&apos; column. Enter the year the figures refer to.</source>
        <translation>Die Tabelle hat keine Spalte „Jahr“. Geben Sie das Bezugsjahr der Werte an.</translation>
    </message>
    <message>
        <source>The table needs a column &apos;Bezirk&apos; (district name) or &apos;Bezirksnummer&apos;. Rename the column heading and import again.</source>
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
        <source>The tolerance &apos;{name}&apos; is {value}; enter a fraction from 0 up to below 1, e.g. 0.1 for 10 %.</source>
        <translation>Die Toleranz „{name}“ ist {value}; bitte geben Sie einen Anteil von 0 bis unter 1 ein, z. B. 0,1 für 10 %.</translation>
    </message>
    <message>
        <source>The total of earlier loans cannot be negative (you entered {previous}).</source>
        <translation>Die Summe der früheren Kredite darf nicht negativ sein (eingegeben: {previous}).</translation>
    </message>
    <message>
        <source>The value must not be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The weight of &apos;{name}&apos; is {value}; enter 0 (ignore) or a positive number.</source>
        <translation>Das Gewicht von „{name}“ ist {value}; bitte geben Sie 0 (nicht berücksichtigen) oder eine positive Zahl ein.</translation>
    </message>
    <message>
        <source>The weight of the missing offer {sector} must lie above 0 and at most 10 (1 = missed, 10 = missed badly).</source>
        <translation>Das Gewicht des fehlenden Angebots {sector} muss über 0 und höchstens bei 10 liegen (1 = wird vermisst, 10 = wird dringend vermisst).</translation>
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
        <source>The workbook consists of {count} parts, at most {limit} are accepted. Copy the list into a new workbook, save it, and import that file.</source>
        <translation>Die Arbeitsmappe besteht aus {count} Bestandteilen; höchstens {limit} sind zulässig. Kopieren Sie die Liste in eine neue Arbeitsmappe, speichern Sie diese und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <source>The workbook contains macros (.xlsm). Macros are never imported: save it in Excel as &apos;Excel workbook (*.xlsx)&apos; without macros and import that file.</source>
        <translation>Die Arbeitsmappe enthält Makros (.xlsm). Makros werden nie importiert: Speichern Sie die Arbeitsmappe in Excel als „Excel-Arbeitsmappe (*.xlsx)“ ohne Makros und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The workbook contains no worksheet. Choose another file.</source>
        <translation>Die Arbeitsmappe enthält kein Arbeitsblatt. Wählen Sie eine andere Datei.</translation>
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
        <source>The {grace} repayment-free months must be fewer than the term of {term} months, which includes them. Shorten the repayment-free period or lengthen the term.</source>
        <translation>Die tilgungsfreie Zeit ({grace} Monate) muss kürzer sein als die Laufzeit von {term} Monaten, in der sie enthalten ist. Verkürzen Sie die tilgungsfreie Zeit oder verlängern Sie die Laufzeit.</translation>
    </message>
    <message>
        <source>The {label} must not be negative (you entered {amount}). Enter 0 if there is none.</source>
        <translation>Der Wert für {label} darf nicht negativ sein (eingegeben: {amount}). Geben Sie 0 ein, wenn kein Betrag anfällt.</translation>
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
        <source>There is no worksheet named &apos;{sheet}&apos;.</source>
        <translation>Es gibt kein Arbeitsblatt mit dem Namen „{sheet}“.</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} to write the package. Free space or choose another drive, then write it again. No partial package was left behind.</source>
        <translation>In {folder} ist nicht genug Speicherplatz für das Paket. Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk und erstellen Sie das Paket dann erneut. Es ist kein unvollständiges Paket zurückgeblieben.</translation>
    </message>
    <message>
        <source>This LWSI computation was stored by a newer version of DLZW Desktop (definition {version}). Update the application to open it.</source>
        <translation>Diese LWSI-Berechnung wurde mit einer neueren Version von DLZW Desktop gespeichert (Definition {version}). Aktualisieren Sie das Programm, um sie zu öffnen.</translation>
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
        <source>This case is closed. Reopen it first (move it back, giving a reason).</source>
        <translation>Dieser Fall ist abgeschlossen. Öffnen Sie ihn zuerst wieder (setzen Sie ihn mit Angabe eines Grundes zurück).</translation>
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
        <source>This meeting no longer exists. Refresh the list.</source>
        <translation>Diese Sitzung existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This member no longer exists. Refresh the list.</source>
        <translation>Dieses Mitglied existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
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
        <source>This passphrase does not open the package. Enter the passphrase that was set when the laptop kit was checked out (mind upper and lower case). Nothing was written.</source>
        <translation>Mit dieser Passphrase lässt sich das Paket nicht öffnen. Geben Sie die Passphrase ein, die bei der Ausgabe des Laptop-Sets festgelegt wurde (achten Sie auf Groß- und Kleinschreibung). Es wurden keine Daten übernommen.</translation>
    </message>
    <message>
        <source>This person no longer exists. Search again.</source>
        <translation>Diese Person existiert nicht mehr. Suchen Sie erneut.</translation>
    </message>
    <message>
        <source>This quarter no longer exists. Refresh the list.</source>
        <translation>Dieses Quartier existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This record was removed from the office database (purged for data protection) after the laptop was checked out, so the laptop&apos;s changes cannot be applied. Keep the office state; if the record is still needed, enter it again.</source>
        <translation>Dieser Datensatz wurde nach der Ausgabe des Laptops aus der Bürodatenbank entfernt (aus Datenschutzgründen endgültig gelöscht). Die Änderungen vom Laptop können daher nicht übernommen werden. Behalten Sie den Stand im Büro bei; wenn der Datensatz noch benötigt wird, erfassen Sie ihn neu.</translation>
    </message>
    <message>
        <source>This reminder no longer exists. Refresh the list.</source>
        <translation>Diese Wiedervorlage existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>To move this case back from {from_stage} to {to_stage}, reverse the step and give a reason.</source>
        <translation>Um diesen Fall von „{from_stage}“ auf „{to_stage}“ zurückzusetzen, machen Sie den Schritt rückgängig und geben Sie einen Grund an.</translation>
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
        <source>You cannot delete the quarter {name} because the initiatives {initiatives} are assigned to it. Assign them to another quarter or to districts first.</source>
        <translation>Sie können das Quartier {name} nicht löschen, weil ihm die Initiativen {initiatives} zugeordnet sind. Ordnen Sie diese zuerst einem anderen Quartier oder Bezirken zu.</translation>
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
        <source>{name} is already a member of this initiative. Change the existing entry instead.</source>
        <translation>{name} ist bereits Mitglied dieser Initiative. Ändern Sie stattdessen den vorhandenen Eintrag.</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} ist keine lesbare Datei.</translation>
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
        <translation>{path} ist kein DLZW-Synchronisationspaket. Bitte wählen Sie die {suffix}-Datei, die der Laptop erstellt hat.</translation>
    </message>
    <message>
        <source>{programme} applies {validity}, not on {date}. Choose the programme in force on that date.</source>
        <translation>Das Programm {programme} gilt {validity}, nicht am {date}. Bitte wählen Sie das Programm, das an diesem Tag gilt.</translation>
    </message>
    <message>
        <source>{value} is less than the smallest allowed value, {minimum}.</source>
        <translation>{value} ist kleiner als der kleinste zulässige Wert ({minimum}).</translation>
    </message>
    <message>
        <source>{value} is more than the largest allowed value, {maximum}.</source>
        <translation>{value} ist größer als der größte zulässige Wert ({maximum}).</translation>
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
        <source>back up and restore</source>
        <translation>Daten sichern und wiederherstellen</translation>
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
</context>
<context>
    <name>messages</name>
    <message>
        <source>DLZW Desktop</source>
        <translation>DLZW Desktop</translation>
    </message>
</context>
</TS>
