<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActivitiesView</name>
    <message>
        <source>Register of processing (Art. 30)</source>
        <extracomment>the list fields whose entries are codes of the contract (the form shows them in words)</extracomment>
        <translation>Fortegnelse over behandlinger (art. 30)</translation>
    </message>
    <message>
        <source>One entry per kind of recording. Generate it from a scenario, then complete what only you know: security measures, processor agreement, DPIA and reviews.</source>
        <translation>Én post pr. slags optagelse. Dan den ud fra et scenarie, og udfyld så det, kun I ved: sikkerhedsforanstaltninger, databehandleraftale, konsekvensanalyse og gennemgange.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>From s&amp;cenario:</source>
        <translation>Fra s&amp;cenarie:</translation>
    </message>
    <message>
        <source>&amp;Generate entry</source>
        <translation>&amp;Dan post</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Purpose (b):</source>
        <translation>Formål (b):</translation>
    </message>
    <message>
        <source>People recorded (c):</source>
        <translation>Personer, der optages (c):</translation>
    </message>
    <message>
        <source>Kinds of data (c):</source>
        <translation>Typer af oplysninger (c):</translation>
    </message>
    <message>
        <source>Recipients (d):</source>
        <translation>Modtagere (d):</translation>
    </message>
    <message>
        <source>Transfers outside the EU (e):</source>
        <translation>Overførsel uden for EU (e):</translation>
    </message>
    <message>
        <source>Time limits for deletion (f):</source>
        <translation>Frister for sletning (f):</translation>
    </message>
    <message>
        <source>Security measures (g):</source>
        <translation>Sikkerhedsforanstaltninger (g):</translation>
    </message>
    <message>
        <source>Note on the time limits (f):</source>
        <translation>Bemærkning til slettefristerne (f):</translation>
    </message>
    <message>
        <source>Processor (supplier):</source>
        <translation>Databehandler (leverandør):</translation>
    </message>
    <message>
        <source>Processor agreement signed:</source>
        <translation>Databehandleraftale underskrevet:</translation>
    </message>
    <message>
        <source>DPIA reference:</source>
        <translation>Konsekvensanalyse, henvisning:</translation>
    </message>
    <message>
        <source>DPIA date:</source>
        <translation>Konsekvensanalyse, dato:</translation>
    </message>
    <message>
        <source>Where recordings are stored:</source>
        <translation>Hvor optagelserne opbevares:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Last review:</source>
        <translation>Seneste gennemgang:</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Næste &amp;gennemgang:</translation>
    </message>
    <message>
        <source>Lists (people, kinds of data, recipients) are separated by semicolons.</source>
        <translation>Lister (personer, typer af oplysninger, modtagere) adskilles med semikolon.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Gem ændringer</translation>
    </message>
    <message>
        <source>⚠ %1 – review due</source>
        <translation>⚠ %1 – skal gennemgås</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <source>The Art. 30 entry “%1” has changes that are not saved. Save them?</source>
        <translation>Posten »%1« i fortegnelsen har ændringer, der ikke er gemt. Skal de gemmes?</translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation>Gem behandlingen</translation>
    </message>
    <message>
        <source>The activity is saved.</source>
        <translation>Behandlingen er gemt.</translation>
    </message>
    <message>
        <source>Generate entry</source>
        <translation>Dan post</translation>
    </message>
    <message>
        <source>The entry is generated from the scenario.</source>
        <translation>Posten er dannet ud fra scenariet.</translation>
    </message>
</context>
<context>
    <name>AddConsentDialog</name>
    <message>
        <source>Register a consent</source>
        <translation>Registrér et samtykke</translation>
    </message>
    <message>
        <source>&amp;Person&apos;s name:</source>
        <translation>&amp;Personens navn:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-mail&amp;adresse:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Jeres &amp;reference:</translation>
    </message>
    <message>
        <source>e.g. patient or case number (optional)</source>
        <translation>fx patient- eller sagsnummer (kan udelades)</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenarie:</translation>
    </message>
    <message>
        <source>Purposes agreed to (tick each one separately)</source>
        <translation>Formål, der er sagt ja til (sæt kryds ved hvert enkelt)</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <source>Yes – consent given</source>
        <translation>Ja – samtykke givet</translation>
    </message>
    <message>
        <source>No – consent refused</source>
        <translation>Nej – samtykke afslået</translation>
    </message>
    <message>
        <source>&amp;How it was given:</source>
        <translation>&amp;Hvordan det blev givet:</translation>
    </message>
    <message>
        <source>&amp;Notice version shown:</source>
        <translation>&amp;Version af oplysningsteksten:</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>fx 2026-01</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <source>&amp;Evidence note:</source>
        <translation>&amp;Dokumentation:</translation>
    </message>
    <message>
        <source>Where the proof is kept, e.g. call log entry or signed form</source>
        <translation>Hvor beviset findes, fx opkaldslog eller underskrevet blanket</translation>
    </message>
    <message>
        <source>Please give the person&apos;s name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
    <message>
        <source>Tick at least one purpose.</source>
        <translation>Sæt kryds ved mindst ét formål.</translation>
    </message>
    <message>
        <source>Please give the version of the notice the person saw.</source>
        <translation>Skriv versionen af den oplysningstekst, personen fik.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Organisation</source>
        <translation>Organisationsoplysninger</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Obligation ticked</source>
        <translation>Pligt afkrydset</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Opbevaringsregel</translation>
    </message>
    <message>
        <source>Art. 30 entry</source>
        <translation>Post i fortegnelsen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Consent event</source>
        <translation>Samtykkehændelse</translation>
    </message>
    <message>
        <source>Deletion task</source>
        <translation>Sletteopgave</translation>
    </message>
    <message>
        <source>Deletion logged</source>
        <translation>Sletning logget</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registret</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>samtykke givet</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>samtykke afslået</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>samtykke trukket tilbage</translation>
    </message>
    <message>
        <source>consent expired</source>
        <translation>samtykke udløbet</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Ændringslog</translation>
    </message>
    <message>
        <source>Every change to the register: who made it and when. Nothing here can be edited.</source>
        <translation>Alle ændringer i registret: hvem der lavede dem og hvornår. Intet her kan rettes.</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Slags oplysning:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle slags</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Hvad er ændret:</translation>
    </message>
    <message>
        <source>Changes shown: %1</source>
        <translation>Viste ændringer: %1</translation>
    </message>
</context>
<context>
    <name>ConsentsView</name>
    <message>
        <source>✔ Given</source>
        <translation>✔ Givet</translation>
    </message>
    <message>
        <source>✘ Refused</source>
        <translation>✘ Afslået</translation>
    </message>
    <message>
        <source>↩ Withdrawn</source>
        <translation>↩ Trukket tilbage</translation>
    </message>
    <message>
        <source>⌛ Expired</source>
        <translation>⌛ Udløbet</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>&amp;Find person:</source>
        <translation>&amp;Søg efter person:</translation>
    </message>
    <message>
        <source>Part of the name</source>
        <translation>Del af navnet</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cenarie:</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Alle scenarier</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;ormål:</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>Alle formål</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Samtykkets s&amp;tatus:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Given &amp;from:</source>
        <translation>Givet &amp;fra:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <source>Given &amp;until:</source>
        <translation>Givet t&amp;il:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Tekstversion</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Register consent…</source>
        <translation>&amp;Registrér samtykke …</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Træk &amp;tilbage …</translation>
    </message>
    <message>
        <source>Save recei&amp;pt…</source>
        <translation>Gem &amp;kvittering …</translation>
    </message>
    <message>
        <source>&amp;Open receipt to print</source>
        <translation>&amp;Åbn kvittering til udskrift</translation>
    </message>
    <message>
        <source>Counting …</source>
        <translation>Tæller …</translation>
    </message>
    <message>
        <source>Consents found: %1</source>
        <translation>Fundne samtykker: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <source>Register a consent</source>
        <translation>Registrér et samtykke</translation>
    </message>
    <message>
        <source>Create a scenario first: a consent is always given to the recordings of one scenario.</source>
        <translation>Opret først et scenarie: et samtykke gives altid til optagelserne i ét bestemt scenarie.</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Træk et samtykke tilbage</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykket er trukket tilbage</translation>
    </message>
    <message>
        <source>The withdrawal is recorded. The recordings must be deleted by %1; the task is listed under Deletions.</source>
        <translation>Tilbagetrækningen er registreret. Optagelserne skal slettes senest %1; opgaven står under Sletninger.</translation>
    </message>
    <message>
        <source>consent-receipt-%1</source>
        <translation>samtykkekvittering-%1</translation>
    </message>
    <message>
        <source>Save the consent receipt</source>
        <translation>Gem samtykkekvitteringen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Open the consent receipt</source>
        <translation>Åbn samtykkekvitteringen</translation>
    </message>
</context>
<context>
    <name>DeletionsView</name>
    <message>
        <source>Deletions</source>
        <translation>Sletninger</translation>
    </message>
    <message>
        <source>Recordings must be deleted when their retention period runs out, and within 30 days when a person withdraws consent.</source>
        <translation>Optagelser skal slettes, når opbevaringsperioden er udløbet, og senest 30 dage efter, at en person har trukket sit samtykke tilbage.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Kun overskredne</translation>
    </message>
    <message>
        <source>Open (not done yet)</source>
        <translation>Åbne (ikke udført endnu)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Deletion tasks</source>
        <translation>Sletteopgaver</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>all purposes</source>
        <translation>alle formål</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Deleted (what, how)</source>
        <translation>Slettet (hvad, hvordan)</translation>
    </message>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Markér som udført …</translation>
    </message>
    <message>
        <source>Save the schedule:</source>
        <translation>Gem sletteplanen:</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Som &amp;PDF …</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Som &amp;CSV …</translation>
    </message>
    <message>
        <source>As calendar &amp;reminders (.ics)…</source>
        <translation>Som kalender&amp;påmindelser (.ics) …</translation>
    </message>
    <message>
        <source>✔ Done %1</source>
        <translation>✔ Udført %1</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Overskredet</translation>
    </message>
    <message>
        <source>! Due today</source>
        <translation>! Frist i dag</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Frist i morgen</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>Frist om %1 dage</translation>
    </message>
    <message>
        <source>Consent withdrawn by %1</source>
        <translation>Samtykke trukket tilbage af %1</translation>
    </message>
    <message>
        <source>Retention period ends</source>
        <translation>Opbevaringsperioden udløber</translation>
    </message>
    <message>
        <source>(recordings made before %1)</source>
        <translation>(optagelser fra før %1)</translation>
    </message>
    <message>
        <source>%1 to do, %2 overdue</source>
        <translation>%1 skal gøres, %2 overskredet</translation>
    </message>
    <message>
        <source>Mark the deletion as done</source>
        <translation>Markér sletningen som udført</translation>
    </message>
    <message>
        <source>The deletion is logged.</source>
        <translation>Sletningen er logget.</translation>
    </message>
    <message>
        <source>Save the deletion schedule</source>
        <translation>Gem sletteplanen</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Reception sign</source>
        <translation>Skilt til receptionen</translation>
    </message>
    <message>
        <source>Full notice (information to the people recorded)</source>
        <translation>Fuld oplysningstekst (til dem, der optages)</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtykkeerklæring</translation>
    </message>
    <message>
        <source>Announcement texts (phone menu, meeting invite)</source>
        <translation>Meddelelsestekster (telefonmenu, mødeindkaldelse)</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Vurderingsrapport</translation>
    </message>
    <message>
        <source>Deletion schedule</source>
        <translation>Sletteplan</translation>
    </message>
    <message>
        <source>Record of processing activities (Art. 30)</source>
        <translation>Fortegnelse over behandlingsaktiviteter (art. 30)</translation>
    </message>
    <message>
        <source>Inspection bundle (everything, as a ZIP file)</source>
        <translation>Tilsynspakke (det hele, som ZIP-fil)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF-dokument (.pdf)</translation>
    </message>
    <message>
        <source>Plain text (.txt)</source>
        <translation>Ren tekst (.txt)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-dokument (.docx)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>JSON-data (.json)</translation>
    </message>
    <message>
        <source>Spreadsheet table (.csv)</source>
        <translation>Regnearkstabel (.csv)</translation>
    </message>
    <message>
        <source>Calendar reminders (.ics)</source>
        <translation>Kalenderpåmindelser (.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archive (.zip)</source>
        <translation>ZIP-arkiv (.zip)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenarie:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Filformat:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets &amp;sprog:</translation>
    </message>
    <message>
        <source>Sign si&amp;ze:</source>
        <translation>Skiltets s&amp;tørrelse:</translation>
    </message>
    <message>
        <source>A4 (wall)</source>
        <translation>A4 (på væggen)</translation>
    </message>
    <message>
        <source>A5 (counter)</source>
        <translation>A5 (på skranken)</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Forhåndsvisning:</translation>
    </message>
    <message>
        <source>Preview of the document&apos;s text</source>
        <translation>Forhåndsvisning af dokumentets tekst</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Open in another program</source>
        <translation>Åbn i et &amp;andet program</translation>
    </message>
    <message>
        <source>Opens the file in the program your computer uses for its type, for example to edit a Word or Excel copy.</source>
        <translation>Åbner filen i det program, computeren bruger til den slags filer, fx for at rette i en kopi i Word eller Excel.</translation>
    </message>
    <message>
        <source>Preview: the pages as they will print.</source>
        <translation>Forhåndsvisning: siderne, som de bliver udskrevet.</translation>
    </message>
    <message>
        <source>No page preview for %1: these are the pages of the same document as PDF.</source>
        <translation>Ingen sidevisning af %1: her er siderne af det samme dokument som PDF.</translation>
    </message>
    <message>
        <source>Preview of the text:</source>
        <translation>Forhåndsvisning af teksten:</translation>
    </message>
    <message>
        <source>No page preview for %1: its first lines.</source>
        <translation>Ingen sidevisning af %1: de første linjer.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Udskriv %1</translation>
    </message>
    <message>
        <source>Printing …</source>
        <translation>Udskriver …</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <source>Pages sent to the printer: %1</source>
        <translation>Sider sendt til printeren: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Gem …</translation>
    </message>
    <message>
        <source>No preview of this document.</source>
        <translation>Ingen forhåndsvisning af dette dokument.</translation>
    </message>
    <message>
        <source>Create a scenario first.</source>
        <translation>Opret først et scenarie.</translation>
    </message>
    <message>
        <source>Making the preview …</source>
        <translation>Laver forhåndsvisningen …</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Gem dokumentet</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Making the document …</source>
        <translation>Laver dokumentet …</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark the deletion as done</source>
        <translation>Markér sletningen som udført</translation>
    </message>
    <message>
        <source>Say what was deleted and how: the register keeps it as proof.</source>
        <translation>Skriv, hvad der blev slettet, og hvordan: registret gemmer det som dokumentation.</translation>
    </message>
    <message>
        <source>&amp;What was deleted:</source>
        <translation>&amp;Hvad blev slettet:</translation>
    </message>
    <message>
        <source>e.g. 14 call recordings and their transcripts</source>
        <translation>fx 14 samtaleoptagelser og deres udskrifter</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>H&amp;vordan:</translation>
    </message>
    <message>
        <source>deleted in the recording system</source>
        <translation>slettet i optagesystemet</translation>
    </message>
    <message>
        <source>deleted by the supplier on request</source>
        <translation>slettet af leverandøren efter anmodning</translation>
    </message>
    <message>
        <source>overwritten automatically</source>
        <translation>overskrevet automatisk</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>&amp;Deleted on:</source>
        <translation>Slettet &amp;den:</translation>
    </message>
    <message>
        <source>Say both what was deleted and how.</source>
        <translation>Skriv både, hvad der blev slettet, og hvordan.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Export the register as &amp;JSON…</source>
        <translation>Eksportér registret som &amp;JSON …</translation>
    </message>
    <message>
        <source>&amp;Import a register from JSON…</source>
        <translation>&amp;Importér et register fra JSON …</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>RecordCheck backups (*.sqlite3);;All files (*)</source>
        <translation>Sikkerhedskopier fra Optagelsestjek (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace everything in the register with the backup %1?

The register as it is now is copied to the backups folder first.</source>
        <translation>Skal alt i registret erstattes af sikkerhedskopien %1?

Registret, som det er nu, kopieres først til mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The register was restored from %1.</source>
        <translation>Registret er gendannet fra %1.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Eksportér registret</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>The whole register was exported to:</source>
        <translation>Hele registret er eksporteret til:</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Importér et register</translation>
    </message>
    <message>
        <source>Replace everything in the register with the contents of %1?

The register as it is now is copied to the backups folder first.</source>
        <translation>Skal alt i registret erstattes af indholdet af %1?

Registret, som det er nu, kopieres først til mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The register was replaced by the contents of %1.</source>
        <translation>Registret er erstattet af indholdet af %1.</translation>
    </message>
    <message>
        <source>The register as it was before is kept in:</source>
        <translation>Registret, som det var før, er gemt i:</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>‹ Pre&amp;vious page</source>
        <translation>‹ Fo&amp;rrige side</translation>
    </message>
    <message>
        <source>Ne&amp;xt page ›</source>
        <translation>&amp;Næste side ›</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>&amp;Hele siden</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Tilpas til &amp;bredden</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Faktisk størrelse (100 %)</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Siden kan ikke vises.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Register (Art. 30)</source>
        <translation>Fortegnelse (art. 30)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Sletninger</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Ændringslog</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Træk et samtykke tilbage</translation>
    </message>
    <message>
        <source>The withdrawal is recorded, and a task to delete the person&apos;s recordings within 30 days is created under Deletions.</source>
        <translation>Tilbagetrækningen registreres, og der oprettes en opgave under Sletninger om at slette personens optagelser inden for 30 dage.</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligt fremmøde</translation>
    </message>
    <message>
        <source>&amp;How it was withdrawn:</source>
        <translation>&amp;Hvordan det blev trukket tilbage:</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>pr. telefon</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>pr. e-mail</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>pr. brev</translation>
    </message>
    <message>
        <source>through a web form</source>
        <translation>via en webformular</translation>
    </message>
    <message>
        <source>How it was withdrawn</source>
        <translation>Hvordan det blev trukket tilbage</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on:</source>
        <translation>Trukket tilbage &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Træk samtykket tilbage</translation>
    </message>
    <message>
        <source>Say how the person withdrew.</source>
        <translation>Skriv, hvordan personen trak samtykket tilbage.</translation>
    </message>
</context>
</TS>
