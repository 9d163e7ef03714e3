<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ChoiceFact</name>
    <message>
        <source>Choose …</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
</context>
<context>
    <name>FactWidget</name>
    <message>
        <source>Why we ask: </source>
        <translation>Hvorfor vi spørger: </translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ved ikke</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Jeres organisation</translation>
    </message>
    <message>
        <source>Welcome to RecordCheck. Tell us who you are: the details appear on the notices, consent forms and records RecordCheck makes. Only the name is required; you can change everything later under File → Organisation.</source>
        <translation>Velkommen til Optagelsestjek. Fortæl, hvem I er: Oplysningerne kommer med på de oplysningstekster, samtykkeerklæringer og fortegnelser, som programmet laver. Kun navnet skal udfyldes; I kan ændre det hele senere under Filer → Organisation.</translation>
    </message>
    <message>
        <source>These details appear on the notices, consent forms and records RecordCheck makes.</source>
        <translation>Oplysningerne kommer med på de oplysningstekster, samtykkeerklæringer og fortegnelser, som programmet laver.</translation>
    </message>
    <message>
        <source>&amp;Name (required)</source>
        <translation>&amp;Navn (skal udfyldes)</translation>
    </message>
    <message>
        <source>e.g. Lægehuset Vestergade ApS</source>
        <translation>fx Lægehuset Vestergade ApS</translation>
    </message>
    <message>
        <source>&amp;CVR number</source>
        <translation>&amp;CVR-nummer</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cifre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Hjemmeside</translation>
    </message>
    <message>
        <source>&amp;Data protection officer (DPO)</source>
        <translation>&amp;Databeskyttelsesrådgiver (DPO)</translation>
    </message>
    <message>
        <source>Leave empty if you have none</source>
        <translation>Lad feltet stå tomt, hvis I ikke har en</translation>
    </message>
    <message>
        <source>DPO&apos;s co&amp;ntact details</source>
        <translation>Databeskyttelsesrådgiverens k&amp;ontaktoplysninger</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-mail eller telefon</translation>
    </message>
    <message>
        <source>Please give the organisation&apos;s name.</source>
        <translation>Skriv organisationens navn.</translation>
    </message>
    <message>
        <source>A CVR number has 8 digits.</source>
        <translation>Et CVR-nummer har 8 cifre.</translation>
    </message>
    <message>
        <source>Fill in the organisation later?</source>
        <translation>Vil I udfylde organisationens oplysninger senere?</translation>
    </message>
    <message>
        <source>You can fill in the details at any time under File&#xa0;→&#xa0;Organisation…

Until then, the notices, consent forms and records RecordCheck makes show “[fill in: the organisation&apos;s name]” where the name belongs.</source>
        <translation>I kan udfylde dem når som helst under Filer&#xa0;→&#xa0;Organisation&#xa0;…

Indtil da står der »[udfyld: organisationens navn]« i stedet for navnet på de oplysningstekster, samtykkeerklæringer og fortegnelser, som programmet laver.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>Fill in &amp;now</source>
        <translation>Udfyld &amp;nu</translation>
    </message>
</context>
<context>
    <name>RetentionFact</name>
    <message>
        <source>days</source>
        <extracomment>What the retention spin boxes let one type: well beyond the 100 years a scenario may state, so a slip such as 99999 is kept as typed and refused with a reason (``contract``), never cut to 9999 by the spin box&apos;s own limit.</extracomment>
        <translation>dage</translation>
    </message>
    <message>
        <source>Reason for keeping longer: %1</source>
        <translation>Begrundelse for længere opbevaring: %1</translation>
    </message>
    <message>
        <source>Required: why you keep the recordings longer (e.g. a pending dispute)</source>
        <translation>Påkrævet: hvorfor I gemmer optagelserne længere (fx en verserende tvist)</translation>
    </message>
    <message>
        <source>0 days cannot be used: a recording kept 0 days cannot serve its purpose. If nothing should be kept, do not record for this purpose.</source>
        <translation>0 dage kan ikke bruges: en optagelse, der gemmes i 0 dage, kan ikke tjene sit formål. Skal intet gemmes, så optag ikke til dette formål.</translation>
    </message>
    <message>
        <source>More than 100 years (%1 days) cannot be a real period.</source>
        <translation>Mere end 100 år (%1 dage) kan ikke være en rigtig opbevaringsperiode.</translation>
    </message>
    <message>
        <source>The sources support at most %1 days. Keeping longer needs a reason:</source>
        <translation>Kilderne støtter højst %1 dage. Længere opbevaring kræver en begrundelse:</translation>
    </message>
    <message>
        <source>The sources support at most %1 days.</source>
        <translation>Kilderne støtter højst %1 dage.</translation>
    </message>
</context>
<context>
    <name>ScenarioWizard</name>
    <message>
        <source>Edit scenario</source>
        <translation>Ret scenarie</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nyt scenarie</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Gem scenariet</translation>
    </message>
    <message>
        <source>The recording</source>
        <translation>Optagelsen</translation>
    </message>
    <message>
        <source>Give the recording a name you will recognise. You can start from an example that resembles yours and adjust the answers.</source>
        <translation>Giv optagelsen et navn, I kan kende den på. I kan tage udgangspunkt i et eksempel, der ligner jeres, og rette svarene til.</translation>
    </message>
    <message>
        <source>Who records, and what</source>
        <translation>Hvem optager, og hvad</translation>
    </message>
    <message>
        <source>Your organisation, the conversations and how they are recorded.</source>
        <translation>Jeres organisation, samtalerne, og hvordan de optages.</translation>
    </message>
    <message>
        <source>Why you record</source>
        <translation>Hvorfor I optager</translation>
    </message>
    <message>
        <source>Each purpose is assessed on its own and needs its own legal basis.</source>
        <translation>Hvert formål vurderes for sig og skal have sit eget retsgrundlag.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Recording to document what was said is allowed without consent only when it is necessary.</source>
        <translation>Optagelse for at dokumentere, hvad der blev sagt, må kun ske uden samtykke, når den er nødvendig.</translation>
    </message>
    <message>
        <source>Threats against staff</source>
        <translation>Trusler mod medarbejdere</translation>
    </message>
    <message>
        <source>Recording to protect staff against threats.</source>
        <translation>Optagelse for at beskytte medarbejderne mod trusler.</translation>
    </message>
    <message>
        <source>Recording required by law</source>
        <translation>Optagelse, som loven kræver</translation>
    </message>
    <message>
        <source>Which law requires you to record.</source>
        <translation>Hvilken lov der kræver, at I optager.</translation>
    </message>
    <message>
        <source>Who is recorded, and what is said</source>
        <translation>Hvem optages, og hvad siges der</translation>
    </message>
    <message>
        <source>The people in the conversations and the information that can come up.</source>
        <translation>Dem, der deltager i samtalerne, og de oplysninger, der kan komme frem.</translation>
    </message>
    <message>
        <source>Consent and information</source>
        <translation>Samtykke og information</translation>
    </message>
    <message>
        <source>How people are told about the recording, and how they can say yes or no.</source>
        <translation>Hvordan folk får besked om optagelsen, og hvordan de kan sige ja eller nej.</translation>
    </message>
    <message>
        <source>How long you keep the recordings</source>
        <translation>Hvor længe I gemmer optagelserne</translation>
    </message>
    <message>
        <source>A deletion deadline for each purpose.</source>
        <translation>En slettefrist for hvert formål.</translation>
    </message>
    <message>
        <source>System and supplier</source>
        <translation>System og leverandør</translation>
    </message>
    <message>
        <source>The phone system or meeting platform that makes and keeps the recordings.</source>
        <translation>Det telefonsystem eller den mødeplatform, der laver og gemmer optagelserne.</translation>
    </message>
    <message>
        <source>Your employees</source>
        <translation>Jeres medarbejdere</translation>
    </message>
    <message>
        <source>Staff are recorded too. Answer “Don&apos;t know” where you are unsure.</source>
        <translation>Medarbejderne bliver også optaget. Svar »Ved ikke«, hvor I er i tvivl.</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Tag udgangspunkt i:</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Tag udgangspunkt i</translation>
    </message>
    <message>
        <source>An empty scenario</source>
        <translation>Et tomt scenarie</translation>
    </message>
    <message>
        <source>Please give the recording a name, choose the type of organisation and of conversation, and at least one purpose before saving.</source>
        <translation>Giv optagelsen et navn, og vælg organisationstype, samtaleform og mindst ét formål, før I gemmer.</translation>
    </message>
    <message>
        <source>The scenario keeps the answers it was last saved with.</source>
        <translation>Scenariet beholder de svar, det sidst blev gemt med.</translation>
    </message>
    <message>
        <source>The new scenario has not been saved.</source>
        <translation>Det nye scenarie er ikke gemt.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsæt med at redigere</translation>
    </message>
    <message>
        <source>Discard the changes to “{name}”?</source>
        <translation>Vil I kassere ændringerne af »{name}«?</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Vil I kassere ændringerne?</translation>
    </message>
    <message>
        <source>Discard the answers for “{name}”?</source>
        <translation>Vil I kassere svarene til »{name}«?</translation>
    </message>
    <message>
        <source>Discard the answers?</source>
        <translation>Vil I kassere svarene?</translation>
    </message>
</context>
</TS>
