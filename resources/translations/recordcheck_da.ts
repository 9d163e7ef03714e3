<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <source>RecordCheck is already open on this register.</source>
        <translation>Optagelsestjek er allerede åbent på dette register.</translation>
    </message>
    <message>
        <source>The register in {folder} is in use by another RecordCheck window{process}. Use that window, or close it and start RecordCheck again. Two windows on one register could overwrite each other&apos;s changes.</source>
        <translation>Registret i {folder} bruges allerede af et andet vindue med Optagelsestjek{process}. Brug det vindue, eller luk det og start Optagelsestjek igen. To vinduer på samme register kan overskrive hinandens ændringer.</translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (proces {pid})</translation>
    </message>
    <message>
        <source>You can also open it read-only here: view, search and export, but not change it.</source>
        <translation>I kan også åbne det her kun til læsning: se, søge og eksportere, men ikke ændre.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Åbn kun til &amp;læsning</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>RecordCheck cannot use the data folder {folder}. Check that it is a folder you may write to, or start the program with --data-dir to choose another.</source>
        <translation>Optagelsestjek kan ikke bruge datamappen {folder}. Tjek, at det er en mappe, I må skrive i, eller start programmet med --data-dir for at vælge en anden.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>What you must do</source>
        <translation>Det skal I gøre</translation>
    </message>
    <message>
        <source>Choose a scenario in the list, or create one with File → New scenario (Ctrl+N).</source>
        <translation>Vælg et scenarie på listen, eller opret et med Filer → Nyt scenarie (Ctrl+N).</translation>
    </message>
    <message>
        <source>Assessment &amp;profile:</source>
        <translation>Vurderings&amp;profil:</translation>
    </message>
    <message>
        <source>Assessment profile</source>
        <translation>Vurderingsprofil</translation>
    </message>
    <message>
        <source>&amp;Edit answers…</source>
        <translation>&amp;Ret svarene …</translation>
    </message>
    <message>
        <source>&amp;Assess again</source>
        <translation>&amp;Vurdér igen</translation>
    </message>
    <message>
        <source>Assess &amp;now</source>
        <translation>Vurdér &amp;nu</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Tidligere vurderinger</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurderet</translation>
    </message>
    <message>
        <source>Rule base</source>
        <translation>Regelgrundlag</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Assess again</source>
        <translation>Vurdér igen</translation>
    </message>
    <message>
        <source>About this profile:</source>
        <translation>Om profilen:</translation>
    </message>
    <message>
        <source>This profile is not verified against Datatilsynet&apos;s own text. Choose it only deliberately.</source>
        <translation>Denne profil er ikke bekræftet i Datatilsynets egen tekst. Vælg den kun, hvis I bevidst vil følge den.</translation>
    </message>
    <message>
        <source>Nothing may be recorded:</source>
        <translation>Der må slet ikke optages:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>This scenario has not been assessed and stored yet.</source>
        <translation>Scenariet er endnu ikke vurderet og gemt.</translation>
    </message>
    <message>
        <source>The rule base has changed since the last stored assessment (version %1, now %2). Assess again to store an assessment under the rules in force.</source>
        <translation>Regelgrundlaget er ændret siden den senest gemte vurdering (version %1, nu %2). Vurdér igen for at gemme en vurdering efter de gældende regler.</translation>
    </message>
    <message>
        <source>The answers have changed since the last stored assessment.</source>
        <translation>Svarene er ændret siden den senest gemte vurdering.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (ikke bekræftet)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details have been written to this file:</source>
        <translation>Detaljerne er skrevet i denne fil:</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Detaljerne kunne ikke skrives i en logfil.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your register has not been changed by this.</source>
        <translation>Der skete en uventet fejl. Jeres register er ikke blevet ændret af den.</translation>
    </message>
    <message>
        <source>If it happens again, send the file to whoever supports RecordCheck for you.</source>
        <translation>Sker det igen, så send filen til den, der hjælper jer med Optagelsestjek.</translation>
    </message>
    <message>
        <source>RecordCheck – unexpected error</source>
        <translation>Optagelsestjek – uventet fejl</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RecordCheck – can we record this call?</source>
        <extracomment>The size of a first start, made smaller where the screen is (a 1366×768 laptop).</extracomment>
        <translation>Optagelsestjek – må vi optage samtalen?</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Opening the register …</source>
        <translation>Åbner registret …</translation>
    </message>
    <message>
        <source>The organisation is not filled in yet – fill it in …</source>
        <translation>Organisationens oplysninger mangler – udfyld dem …</translation>
    </message>
    <message>
        <source>Read-only: this register can be viewed and exported, not changed</source>
        <translation>Kun læsning: registret kan ses og eksporteres, ikke ændres</translation>
    </message>
    <message>
        <source>Checking the register … changes can be made when it is done</source>
        <translation>Kontrollerer registret … I kan ændre i det, når kontrollen er færdig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;Nyt scenarie …</translation>
    </message>
    <message>
        <source>&amp;Edit scenario…</source>
        <translation>&amp;Ret scenarie …</translation>
    </message>
    <message>
        <source>&amp;Assess again</source>
        <translation>&amp;Vurdér igen</translation>
    </message>
    <message>
        <source>E&amp;xport scenario as file…</source>
        <translation>&amp;Eksportér scenariet som fil …</translation>
    </message>
    <message>
        <source>&amp;Back up the register…</source>
        <translation>&amp;Sikkerhedskopiér registret …</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;cenarie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About RecordCheck</source>
        <translation>&amp;Om Optagelsestjek</translation>
    </message>
    <message>
        <source>Register: %1  ·  Rule base: %2 %3</source>
        <translation>Register: %1  ·  Regelgrundlag: %2 %3</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Ret scenarie</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Gem scenariet</translation>
    </message>
    <message>
        <source>Save the changed scenario</source>
        <translation>Gem det ændrede scenarie</translation>
    </message>
    <message>
        <source>The new answers change records that were edited by hand. This is what will change:</source>
        <translation>De nye svar ændrer poster, der er rettet i hånden. Dette bliver ændret:</translation>
    </message>
    <message>
        <source>&amp;Overwrite the hand edits</source>
        <translation>&amp;Overskriv rettelserne</translation>
    </message>
    <message>
        <source>&amp;Keep the hand edits</source>
        <translation>&amp;Behold rettelserne</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Choose a scenario in the list first.</source>
        <translation>Vælg først et scenarie på listen.</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>Eksportér scenarie</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Scenariefiler (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Sikkerhedskopiér registret</translation>
    </message>
    <message>
        <source>RecordCheck backups (*.sqlite3)</source>
        <translation>Sikkerhedskopier af registret (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>The register was backed up to:</source>
        <translation>Registret er kopieret til:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>About RecordCheck</source>
        <translation>Om Optagelsestjek</translation>
    </message>
    <message>
        <source>RecordCheck helps small Danish organisations decide whether and how they may record calls and meetings, and keeps the records that follow.

It is not legal advice: every verdict names the rules and sources it rests on.</source>
        <translation>Optagelsestjek hjælper små danske organisationer med at afgøre, om og hvordan de må optage telefonsamtaler og møder, og fører de registre, der følger med.

Det er ikke juridisk rådgivning: Hver vurdering nævner de regler og kilder, den bygger på.</translation>
    </message>
</context>
<context>
    <name>ObligationsList</name>
    <message>
        <source>Done: %1</source>
        <translation>Udført: %1</translation>
    </message>
    <message>
        <source>Assessed as:</source>
        <translation>Vurderet som:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
</context>
<context>
    <name>PurposeCard</name>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Vurdering af %1: %2</translation>
    </message>
    <message>
        <source>Leans towards:</source>
        <translation>Peger mod:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Retsgrundlag:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Opbevaring:</translation>
    </message>
    <message>
        <source>Show the reasons and their sources</source>
        <translation>Vis begrundelsen og kilderne</translation>
    </message>
    <message>
        <source>Hide the reasons</source>
        <translation>Skjul begrundelsen</translation>
    </message>
    <message>
        <source>you plan %1 days</source>
        <translation>I planlægger %1 dage</translation>
    </message>
    <message>
        <source>at most %1 days recommended</source>
        <translation>højst %1 dage anbefales</translation>
    </message>
    <message>
        <source>at least %1 days required</source>
        <translation>mindst %1 dage kræves</translation>
    </message>
    <message>
        <source>Your set-up as described complies with this.</source>
        <translation>Jeres opsætning, som I har beskrevet den, lever op til dette.</translation>
    </message>
    <message>
        <source>Your set-up as described does not comply.</source>
        <translation>Jeres opsætning, som I har beskrevet den, lever ikke op til dette.</translation>
    </message>
    <message>
        <source>Your set-up as described does not comply, because:</source>
        <translation>Jeres opsætning, som I har beskrevet den, lever ikke op til dette, fordi:</translation>
    </message>
    <message>
        <source>Whether your set-up complies cannot be decided yet.</source>
        <translation>Det kan endnu ikke afgøres, om jeres opsætning lever op til dette.</translation>
    </message>
    <message>
        <source>Answer these questions to decide it:</source>
        <translation>Besvar disse spørgsmål for at afgøre det:</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>Make &amp;active</source>
        <translation>Tag i &amp;brug</translation>
    </message>
    <message>
        <source>Mark as d&amp;raft</source>
        <translation>Gør til &amp;kladde</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Udfas</translation>
    </message>
    <message>
        <source>&amp;Delete scenario…</source>
        <translation>&amp;Slet scenarie …</translation>
    </message>
    <message>
        <source>Scenario status</source>
        <translation>Scenariets status</translation>
    </message>
    <message>
        <source>“%1” is now in use.</source>
        <translation>»%1« er nu i brug.</translation>
    </message>
    <message>
        <source>“%1” is now a draft.</source>
        <translation>»%1« er nu en kladde.</translation>
    </message>
    <message>
        <source>“%1” is retired.</source>
        <translation>»%1« er udfaset.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Slet scenarie</translation>
    </message>
    <message>
        <source>The scenario “%1” is deleted.</source>
        <translation>Scenariet »%1« er slettet.</translation>
    </message>
    <message>
        <source>Stored assessments: %1</source>
        <translation>Gemte vurderinger: %1</translation>
    </message>
    <message>
        <source>Retention rules: %1</source>
        <translation>Opbevaringsregler: %1</translation>
    </message>
    <message>
        <source>Open deletion tasks: %1</source>
        <translation>Åbne sletteopgaver: %1</translation>
    </message>
    <message>
        <source>Art. 30 entries: %1</source>
        <translation>Poster i fortegnelsen (art. 30): %1</translation>
    </message>
    <message>
        <source>Ticked obligations: %1</source>
        <translation>Afkrydsede pligter: %1</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”?</source>
        <translation>Skal scenariet »%1« slettes?</translation>
    </message>
    <message>
        <source>These records belong to it and are deleted with it:</source>
        <translation>Disse poster hører til scenariet og slettes sammen med det:</translation>
    </message>
    <message>
        <source>The audit log keeps a trace of everything deleted. This cannot be undone.</source>
        <translation>Ændringsloggen bevarer et spor af alt, der slettes. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>&amp;Delete scenario and its records</source>
        <translation>&amp;Slet scenariet og dets poster</translation>
    </message>
    <message>
        <source>&amp;Retire instead</source>
        <translation>&amp;Udfas i stedet</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtaleform</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udfaset</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <source>&amp;Find scenario:</source>
        <translation>&amp;Find scenarie:</translation>
    </message>
    <message>
        <source>Find scenario</source>
        <translation>Find scenarie</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Skriv en del af navnet</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;Nyt scenarie …</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources:</source>
        <translation>Kilder:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
</context>
<context>
    <name>VerdictPreview</name>
    <message>
        <source>Verdict so far</source>
        <translation>Vurderingen lige nu</translation>
    </message>
    <message>
        <source>The verdict changes as you answer. It is saved with the scenario when you finish.</source>
        <translation>Vurderingen ændrer sig, mens I svarer. Den gemmes sammen med scenariet, når I er færdige.</translation>
    </message>
    <message>
        <source>Choose the type of organisation, the type of conversation and at least one purpose, and the verdict appears here.</source>
        <translation>Vælg organisationstype, samtaleform og mindst ét formål, så vises vurderingen her.</translation>
    </message>
    <message>
        <source>Still needs an answer:</source>
        <translation>Mangler svar på:</translation>
    </message>
</context>
</TS>
