<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Absences</name>
    <message>
        <source>Gemist</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Voordeurbezoek</source>
        <translation>Doorstep visit</translation>
    </message>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Maatregel overwogen</source>
        <translation>Sanction considered</translation>
    </message>
    <message>
        <source>Horen aangeboden</source>
        <translation>Hearing offered</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Verklaard door omstandigheden</source>
        <translation>Explained by circumstances</translation>
    </message>
    <message>
        <source>Vul in welke activiteit is gemist.</source>
        <translation>Fill in which activity was missed.</translation>
    </message>
    <message>
        <source>Een activiteit in de toekomst kan nog niet gemist zijn.</source>
        <translation>An activity in the future cannot have been missed yet.</translation>
    </message>
    <message>
        <source>Schrijf op wat team verzuim aantrof.</source>
        <translation>Write down what the absence team found.</translation>
    </message>
    <message>
        <source>De werkzoekende had zich afgemeld: een voordeurbezoek is niet nodig.</source>
        <translation>The client had called off: a doorstep visit is not needed.</translation>
    </message>
    <message>
        <source>Het vervolggesprek is al vastgelegd.</source>
        <translation>The follow-up conversation has already been recorded.</translation>
    </message>
    <message>
        <source>Kies een gehouden gesprek met deze werkzoekende.</source>
        <translation>Choose a conversation that was held with this client.</translation>
    </message>
    <message>
        <source>Het vervolggesprek ligt voor het verzuim; klopt de datum?</source>
        <translation>The follow-up conversation is before the absence; is the date right?</translation>
    </message>
    <message>
        <source>Schrijf op welke omstandigheden het verzuim verklaren.</source>
        <translation>Write down which circumstances explain the absence.</translation>
    </message>
    <message>
        <source>Kies ja, nee of onbekend.</source>
        <translation>Choose yes, no or unknown.</translation>
    </message>
    <message>
        <source>Schrijf in een notitie wat er speelt of wat nog onbekend is.</source>
        <translation>Write in a note what is going on or what is still unknown.</translation>
    </message>
    <message>
        <source>De maatregel is al overwogen; de omstandigheden zijn toen getoetst.</source>
        <translation>The sanction has already been considered; the circumstances were checked then.</translation>
    </message>
    <message>
        <source>Kies: gehoord, schriftelijke zienswijze of geen reactie.</source>
        <translation>Choose: heard, written view or no response.</translation>
    </message>
    <message>
        <source>Kies: wel of geen maatregel.</source>
        <translation>Choose: sanction or no sanction.</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit het besluit is.</source>
        <translation>Write down why this is the decision.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Deze datum ligt voor de vorige stap; klopt hij?</source>
        <translation>This date is before the previous step; is it right?</translation>
    </message>
    <message>
        <source>Dit verzuim is al afgesloten.</source>
        <translation>This absence has already been closed.</translation>
    </message>
    <message>
        <source>Dit verzuim bestaat niet (meer).</source>
        <translation>This absence does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>AbsencesTab</name>
    <message>
        <source>Gemiste activiteit vastleggen</source>
        <translation>Record a missed activity</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: sollicitatietraining</source>
        <translation>For example: job application training</translation>
    </message>
    <message>
        <source>Had zich afgemeld</source>
        <translation>Had called off</translation>
    </message>
    <message>
        <source>Verzuim vastleggen</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Verzuim</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>1. Voordeurbezoek door team verzuim</source>
        <translation>1. Doorstep visit by the absence team</translation>
    </message>
    <message>
        <source>Wat trof team verzuim aan?</source>
        <translation>What did the absence team find?</translation>
    </message>
    <message>
        <source>Voordeurbezoek vastleggen</source>
        <translation>Record doorstep visit</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>2. Vervolggesprek met de werkzoekende</source>
        <translation>2. Follow-up conversation with the client</translation>
    </message>
    <message>
        <source>Samenvatting voor de werkzoekende: waren er omstandigheden?</source>
        <translation>Summary for the client: were there circumstances?</translation>
    </message>
    <message>
        <source>Interne aantekeningen (worden niet geprint)</source>
        <translation>Internal notes (not printed)</translation>
    </message>
    <message>
        <source>Gesprek vastleggen</source>
        <translation>Record the conversation</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>3. Omstandigheden toetsen</source>
        <translation>3. Check the circumstances</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Notitie (verplicht bij ja of onbekend)</source>
        <translation>Note (required for yes or unknown)</translation>
    </message>
    <message>
        <source>Omstandigheden vastleggen</source>
        <translation>Record circumstances</translation>
    </message>
    <message>
        <source>4. Maatregel overwegen, horen, besluiten</source>
        <translation>4. Consider a sanction, hear, decide</translation>
    </message>
    <message>
        <source>Zienswijze van de werkzoekende</source>
        <translation>The client&apos;s view</translation>
    </message>
    <message>
        <source>Uitkomst horen vastleggen</source>
        <translation>Record the hearing&apos;s outcome</translation>
    </message>
    <message>
        <source>Maatregel overwegen (vandaag)</source>
        <translation>Consider a sanction (today)</translation>
    </message>
    <message>
        <source>Horen aangeboden (vandaag)</source>
        <translation>Hearing offered (today)</translation>
    </message>
    <message>
        <source>Brief afdrukken…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>De uitnodiging om gehoord te worden, of de brief met het besluit.</source>
        <translation>The invitation to be heard, or the letter with the decision.</translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Geen maatregel</source>
        <translation>No sanction</translation>
    </message>
    <message>
        <source> maand(en)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <source>Waarom dit besluit? (verplicht)</source>
        <translation>Why this decision? (required)</translation>
    </message>
    <message>
        <source>Besluit vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Horen</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Verklaard door omstandigheden: afsluiten zonder maatregel</source>
        <translation>Explained by circumstances: close without a sanction</translation>
    </message>
    <message>
        <source>Welke omstandigheden verklaren het verzuim?</source>
        <translation>Which circumstances explain the absence?</translation>
    </message>
    <message>
        <source>Afsluiten zonder maatregel</source>
        <translation>Close without a sanction</translation>
    </message>
    <message>
        <source>Kies een verzuim, of leg een gemiste activiteit vast.</source>
        <translation>Choose an absence, or record a missed activity.</translation>
    </message>
    <message>
        <source>Kinderen in het huishouden</source>
        <translation>Children in the household</translation>
    </message>
    <message>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Wonen in gevaar</source>
        <translation>Housing at risk</translation>
    </message>
    <message>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Gehoord</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Schriftelijke zienswijze ontvangen</source>
        <translation>Written view received</translation>
    </message>
    <message>
        <source>Geen reactie</source>
        <translation>No response</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>maatregel {p}% gedurende {m} {unit}</source>
        <translation>sanction of {p}% for {m} {unit}</translation>
    </message>
    <message>
        <source>geen maatregel</source>
        <translation>no sanction</translation>
    </message>
    <message>
        <source>Afgesloten op {date}: {state}.</source>
        <translation>Closed on {date}: {state}.</translation>
    </message>
    <message>
        <source>Nu: voordeurbezoek door team verzuim (niet afgemeld), daarna het vervolggesprek.</source>
        <translation>Now: doorstep visit by the absence team (did not call off), then the follow-up conversation.</translation>
    </message>
    <message>
        <source>Nu: vervolggesprek met de werkzoekende — waren er omstandigheden?</source>
        <translation>Now: follow-up conversation with the client — were there circumstances?</translation>
    </message>
    <message>
        <source>Nu: de omstandigheden toetsen (kinderen, schulden, wonen, gezondheid), daarna de maatregel overwegen.</source>
        <translation>Now: check the circumstances (children, debts, housing, health), then consider a sanction.</translation>
    </message>
    <message>
        <source>Nu: maatregel overwegen, of afsluiten omdat omstandigheden het verzuim verklaren.</source>
        <translation>Now: consider a sanction, or close because circumstances explain the absence.</translation>
    </message>
    <message>
        <source>Nu: de werkzoekende aanbieden gehoord te worden, of besluiten geen maatregel op te leggen.</source>
        <translation>Now: offer the client a hearing, or decide not to impose a sanction.</translation>
    </message>
    <message>
        <source>Nu: de uitkomst van het horen; een maatregel kan na de uitkomst of na {date}.</source>
        <translation>Now: the outcome of the hearing; a sanction is possible after the outcome or after {date}.</translation>
    </message>
    <message>
        <source>Nu: het besluit.</source>
        <translation>Now: the decision.</translation>
    </message>
    <message>
        <source>afgemeld</source>
        <translation>called off</translation>
    </message>
    <message>
        <source>niet afgemeld</source>
        <translation>did not call off</translation>
    </message>
    <message>
        <source>Voordeurbezoek {date}: {findings}</source>
        <translation>Doorstep visit {date}: {findings}</translation>
    </message>
    <message>
        <source>Vervolggesprek gehouden.</source>
        <translation>Follow-up conversation held.</translation>
    </message>
    <message>
        <source>Maatregel overwogen op {date}.</source>
        <translation>Sanction considered on {date}.</translation>
    </message>
    <message>
        <source>Omstandigheden getoetst.</source>
        <translation>Circumstances checked.</translation>
    </message>
    <message>
        <source>Horen aangeboden op {date}.</source>
        <translation>Hearing offered on {date}.</translation>
    </message>
    <message>
        <source>Reactietermijn tot en met {date}.</source>
        <translation>Response deadline up to and including {date}.</translation>
    </message>
    <message>
        <source>Uitkomst horen: {outcome}. {view}</source>
        <translation>Outcome of the hearing: {outcome}. {view}</translation>
    </message>
    <message>
        <source>Reden: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Een maatregel kan pas na een maatregeloverweging en nadat de werkzoekende is aangeboden gehoord te worden.</source>
        <translation>A sanction is only possible after it has been considered and after the client has been offered a hearing.</translation>
    </message>
    <message>
        <source>Verzuim vastgelegd.</source>
        <translation>Absence recorded.</translation>
    </message>
    <message>
        <source>Voordeurbezoek vastgelegd.</source>
        <translation>Doorstep visit recorded.</translation>
    </message>
    <message>
        <source>Vervolggesprek vastgelegd.</source>
        <translation>Follow-up conversation recorded.</translation>
    </message>
    <message>
        <source>Omstandigheden vastgelegd.</source>
        <translation>Circumstances recorded.</translation>
    </message>
    <message>
        <source>Uitkomst van het horen vastgelegd.</source>
        <translation>Outcome of the hearing recorded.</translation>
    </message>
    <message>
        <source>Maatregeloverweging vastgelegd.</source>
        <translation>Sanction consideration recorded.</translation>
    </message>
    <message>
        <source>Aanbod om te horen vastgelegd.</source>
        <translation>Offer of a hearing recorded.</translation>
    </message>
    <message>
        <source>Besluit vastgelegd.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <source>Afgesloten zonder maatregel: verklaard door omstandigheden.</source>
        <translation>Closed without a sanction: explained by circumstances.</translation>
    </message>
</context>
<context>
    <name>AftercareOutcome</name>
    <message>
        <source>Werk standgehouden?</source>
        <translation>Did the work last?</translation>
    </message>
    <message>
        <source>De nazorg van {name} is afgelopen. Hield het werk stand?</source>
        <translation>{name}&apos;s aftercare has ended. Did the work last?</translation>
    </message>
    <message>
        <source>Ja, het werk hield stand</source>
        <translation>Yes, the work lasted</translation>
    </message>
    <message>
        <source>Nee, het werk hield geen stand</source>
        <translation>No, the work did not last</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>(niet gevraagd)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <source>Waardering</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Welk cijfer geeft {name} de begeleiding (1 tot en met 5)?</source>
        <translation>Which mark does {name} give the support (1 to 5)?</translation>
    </message>
    <message>
        <source>Opmerking (mag leeg):</source>
        <translation>Remark (may be empty):</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Afspraak bewerken</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Nieuwe afspraak</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>W&amp;ie</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Op</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>Delen met de specialisten die voor deze werkzoekende zijn ingezet</source>
        <translation>Share with the specialists engaged for this client</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter wat in rood staat.</source>
        <translation>Not saved: please correct what is shown in red.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Te laat: dit had uiterlijk {date} gedaan moeten zijn.</source>
        <translation>Overdue: this should have been done by {date}.</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Specialist: {name}</source>
        <translation>Specialist: {name}</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Zichtbaar voor de specialisten die voor deze werkzoekende zijn ingezet</source>
        <translation>Visible to the specialists engaged for this client</translation>
    </message>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>Remove this agreement</translation>
    </message>
    <message>
        <source>Afspraak weghalen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Specialist (onbekend)</source>
        <translation>Specialist (unknown)</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Nog geen afspraken. Voeg er een toe met de knop hieronder (Alt+A).</source>
        <translation>No agreements yet. Add one with the button below (Alt+A).</translation>
    </message>
    <message>
        <source>&amp;Afspraak toevoegen</source>
        <translation>&amp;Add agreement</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Er ging iets mis in Wijkdesk. Wat u had opgeslagen is bewaard; wat nog niet was opgeslagen, kan verloren zijn.

De technische gegevens staan in het logbestand:
{path}

Meld dit bij de servicedesk.</source>
        <translation>Something went wrong in Wijkdesk. What you had saved is safe; what was not saved yet may be lost.

The technical details are in the log file:
{path}

Please report this to the service desk.</translation>
    </message>
    <message>
        <source>Wachtwoord om de gegevens te openen:</source>
        <translation>Passphrase to open the data:</translation>
    </message>
    <message>
        <source>Dit systeem heeft geen beveiligde sleutelbos.
Kies een wachtwoord (minstens 12 tekens) om de gegevens te versleutelen:</source>
        <translation>This system has no secure keyring.
Choose a passphrase (at least 12 characters) to encrypt the data:</translation>
    </message>
    <message>
        <source>Typ het wachtwoord nog een keer:</source>
        <translation>Type the passphrase once more:</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.</source>
        <translation>The two passphrases differ. Please try again.</translation>
    </message>
</context>
<context>
    <name>Approach</name>
    <message>
        <source>Herhaaldelijk afspraken gemist</source>
        <translation>Repeatedly missed appointments</translation>
    </message>
    <message>
        <source>Verplichtingen niet nagekomen</source>
        <translation>Obligations not met</translation>
    </message>
    <message>
        <source>Vaak ziek gemeld</source>
        <translation>Frequently reported sick</translation>
    </message>
    <message>
        <source>Niet voorgesteld voor de verzuimaanpak.</source>
        <translation>Not proposed for the absence approach.</translation>
    </message>
    <message>
        <source>Toegelaten tot de verzuimaanpak (voorgesteld {day}): {why}</source>
        <translation>Admitted to the absence approach (proposed {day}): {why}</translation>
    </message>
    <message>
        <source>Niet toegelaten tot de verzuimaanpak (voorgesteld {day}): {why}</source>
        <translation>Not admitted to the absence approach (proposed {day}): {why}</translation>
    </message>
    <message>
        <source>Voorgesteld voor de verzuimaanpak op {day}; de coördinator beslist.</source>
        <translation>Proposed for the absence approach on {day}; the coordinator decides.</translation>
    </message>
    <message>
        <source>Kies uit de redenen in de lijst.</source>
        <translation>Choose from the reasons in the list.</translation>
    </message>
    <message>
        <source>Alleen de coördinator (teamleider) laat toe of sluit uit.</source>
        <translation>Only the coordinator (team lead) admits or excludes.</translation>
    </message>
    <message>
        <source>Kies: toelaten of uitsluiten.</source>
        <translation>Choose: admit or exclude.</translation>
    </message>
    <message>
        <source>Cv-training</source>
        <translation>CV training</translation>
    </message>
    <message>
        <source>Sollicitatietraining</source>
        <translation>Application training</translation>
    </message>
    <message>
        <source>Motivatie en werknemersvaardigheden</source>
        <translation>Motivation and employee skills</translation>
    </message>
    <message>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <source>afgemeld</source>
        <translation>called off</translation>
    </message>
    <message>
        <source>niet verschenen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>Geef de groep een naam.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <source>Deze groep bestaat niet (meer).</source>
        <translation>This group does not exist (any more).</translation>
    </message>
    <message>
        <source>Vul de dag en het tijdstip in.</source>
        <translation>Fill in the day and the time.</translation>
    </message>
    <message>
        <source>Kies: aanwezig, afgemeld of niet verschenen.</source>
        <translation>Choose: present, called off or no-show.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst bestaat niet (meer).</source>
        <translation>This meeting does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze bijeenkomst moet nog komen: niet verschenen kan nog niet.</source>
        <translation>This meeting is still to come: a no-show is not possible yet.</translation>
    </message>
    <message>
        <source>Verzuimaanpak: {topic}</source>
        <translation>Absence approach: {topic}</translation>
    </message>
    <message>
        <source>Bij dit verzuim is al een vervolgstap vastgelegd; het blijft staan.</source>
        <translation>A follow-up step has already been recorded for this absence; it stays.</translation>
    </message>
    <message>
        <source>Groepen, bijeenkomsten en aanwezigheid houdt de coördinator (teamleider) bij.</source>
        <translation>Groups, meetings and attendance are kept by the coordinator (team lead).</translation>
    </message>
    <message>
        <source>Voordeurbezoeken legt team verzuim vast.</source>
        <translation>Door visits are recorded by the absence team.</translation>
    </message>
</context>
<context>
    <name>ApproachBox</name>
    <message>
        <source>Verzuimaanpak…</source>
        <translation>Absence approach…</translation>
    </message>
    <message>
        <source>Voorstellen voor de verzuimaanpak, met de reden en een toelichting</source>
        <translation>Propose for the absence approach, with the reason and a note</translation>
    </message>
</context>
<context>
    <name>ApproachProposalDialog</name>
    <message>
        <source>Voorstellen voor de verzuimaanpak</source>
        <translation>Propose for the absence approach</translation>
    </message>
    <message>
        <source>Wat u zag, in woorden: welke afspraken of verplichtingen, wanneer. Geen score.</source>
        <translation>What you saw, in words: which appointments or obligations, when. No score.</translation>
    </message>
    <message>
        <source>De coördinator kijkt of ernstige belemmeringen het verzuim al verklaren en laat toe of sluit uit, met de reden.</source>
        <translation>The coordinator checks whether serious impediments already explain the absence and admits or excludes, with the reason.</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ApproachView</name>
    <message>
        <source>Verzuimaanpak: voorstellen en groepen</source>
        <translation>Absence approach: proposals and groups</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Toelichting van de begeleider</source>
        <translation>The coach&apos;s note</translation>
    </message>
    <message>
        <source>Toelaten…</source>
        <translation>Admit…</translation>
    </message>
    <message>
        <source>Uitsluiten…</source>
        <translation>Exclude…</translation>
    </message>
    <message>
        <source>Kijk of ernstige fysieke of psychische belemmeringen het verzuim al verklaren.</source>
        <translation>Check whether serious physical or mental impediments already explain the absence.</translation>
    </message>
    <message>
        <source>Voorstellen van de begeleiders</source>
        <translation>The coaches&apos; proposals</translation>
    </message>
    <message>
        <source>Nieuwe groep…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>In deze groep plaatsen</source>
        <translation>Place in this group</translation>
    </message>
    <message>
        <source>Bijeenkomst plannen…</source>
        <translation>Plan a meeting…</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Toegelaten, nog zonder groep</source>
        <translation>Admitted, no group yet</translation>
    </message>
    <message>
        <source>Aanwezigheid van de gekozen deelnemer en bijeenkomst:</source>
        <translation>Attendance of the chosen participant and meeting:</translation>
    </message>
    <message>
        <source>Groepen en bijeenkomsten</source>
        <translation>Groups and meetings</translation>
    </message>
    <message>
        <source>Nog geen groep. Maak een groep en plaats de toegelaten werkzoekenden erin (ongeveer 20 tot 25 per groep).</source>
        <translation>No group yet. Make a group and place the admitted jobseekers in it (about 20 to 25 per group).</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>{participants} deelnemers, {sessions} bijeenkomsten, {no_shows} keer niet verschenen, {visits} voordeurbezoeken, {considerations} maatregeloverwegingen, {hearings} keer horen, {sanctions} maatregelen, {outflow} uitgestroomd.</source>
        <translation>{participants} participants, {sessions} meetings, {no_shows} no-shows, {visits} door visits, {considerations} sanctions considered, {hearings} hearings, {sanctions} sanctions, {outflow} left the benefit.</translation>
    </message>
    <message>
        <source>Kies eerst een voorstel.</source>
        <translation>Choose a proposal first.</translation>
    </message>
    <message>
        <source>Toelaten</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Uitsluiten</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Reden voor {name}:</source>
        <translation>Reason for {name}:</translation>
    </message>
    <message>
        <source>Besluit vastgelegd.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <source>Kies een groep en een toegelaten werkzoekende.</source>
        <translation>Choose a group and an admitted jobseeker.</translation>
    </message>
    <message>
        <source>In de groep geplaatst.</source>
        <translation>Placed in the group.</translation>
    </message>
    <message>
        <source>Maak eerst een groep.</source>
        <translation>Make a group first.</translation>
    </message>
    <message>
        <source>Kies eerst de cel van een deelnemer bij een bijeenkomst.</source>
        <translation>First choose the cell of a participant at a meeting.</translation>
    </message>
    <message>
        <source>Niet verschenen: het verzuim staat klaar voor het voordeurbezoek door team verzuim, en de begeleider ziet het.</source>
        <translation>No-show: the absence is ready for the absence team&apos;s door visit, and the coach sees it.</translation>
    </message>
    <message>
        <source>Aanwezigheid vastgelegd.</source>
        <translation>Attendance recorded.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Deze werkzoekende bestaat niet (meer).</source>
        <translation>This client does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgend
gesprek</source>
        <translation>Next
meeting</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open
afspraken</source>
        <translation>Open
agreements</translation>
    </message>
    <message>
        <source>Open
signalen</source>
        <translation>Open
signals</translation>
    </message>
    <message>
        <source>Open
verzuim</source>
        <translation>Open
absences</translation>
    </message>
    <message>
        <source>Laatste
contact</source>
        <translation>Last
contact</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>%n open afspraken voorbij de afgesproken datum</source>
        <translation>%n open agreements past their due date</translation>
    </message>
    <message>
        <source>Langer geen contact dan het contactritme (elke {n} weken)</source>
        <translation>No contact for longer than the contact rhythm (every {n} weeks)</translation>
    </message>
    <message>
        <source>%n open signalen (telefoon eerst)</source>
        <translation>%n open signals (telephone first)</translation>
    </message>
    <message>
        <source>%n keer verzuim nog niet afgehandeld</source>
        <translation>%n absences not yet dealt with</translation>
    </message>
    <message>
        <source>Nog geen contact gehad</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Zoek op naam, BSN of postcode</source>
        <translation>Search by name, BSN or postcode</translation>
    </message>
    <message>
        <source>Zoeken in de caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>Alle lopende</source>
        <translation>All current</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Lopend: met uitkering of in nazorg</source>
        <translation>Current: on benefit or in aftercare</translation>
    </message>
    <message>
        <source>Alleen te late afspraken</source>
        <translation>Only overdue agreements</translation>
    </message>
    <message>
        <source>Geen werkzoekenden in deze lijst.</source>
        <translation>No clients in this list.</translation>
    </message>
    <message>
        <source>Laden mislukt</source>
        <translation>Loading failed</translation>
    </message>
    <message numerus="yes">
        <source>%n verborgen door het filter — alles tonen</source>
        <translation>
            <numerusform>%n hidden by the filter — show all</numerusform>
            <numerusform>%n hidden by the filter — show all</numerusform>
        </translation>
    </message>
    <message>
        <source>Niemand gevonden voor “{query}”.</source>
        <translation>Nobody found for “{query}”.</translation>
    </message>
    <message>
        <source>De caseload wordt opgehaald bij de centrale opslag…</source>
        <translation>The caseload is being fetched from the central store…</translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Op kantoor</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Bij de werkzoekende thuis</source>
        <translation>At the client&apos;s home</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet.</source>
        <translation>Nothing was imported: {n} of the {rows} lines are not correct.</translation>
    </message>
    <message>
        <source>{n} instrumenten ingelezen.</source>
        <translation>{n} instruments imported.</translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen heel getal.</source>
        <translation>&apos;{v}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>{n} ligt niet tussen {low} en {high}.</source>
        <translation>{n} is not between {low} and {high}.</translation>
    </message>
    <message>
        <source>{file} is leeg.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>De kopregel van {file} is geen geldige CSV ({reason}).</source>
        <translation>The header of {file} is not valid CSV ({reason}).</translation>
    </message>
    <message>
        <source>deze regel is geen geldige CSV ({reason}).</source>
        <translation>this line is not valid CSV ({reason}).</translation>
    </message>
    <message>
        <source>deze regel heeft {n} velden, de kopregel {m}. Staat er een &apos;{d}&apos; in een waarde zonder aanhalingstekens?</source>
        <translation>this line has {n} fields, the header line {m}. Is there a &apos;{d}&apos; in a value without quotation marks?</translation>
    </message>
    <message>
        <source>de code {code} staat ook op regel {other}.</source>
        <translation>the code {code} is also on line {other}.</translation>
    </message>
    <message>
        <source>{file} bevat alleen een kopregel, geen instrumenten.</source>
        <translation>{file} contains only a header line, no instruments.</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>onbekende kolommen: {cols}</source>
        <translation>unknown columns: {cols}</translation>
    </message>
    <message>
        <source>dubbele kolommen: {cols}</source>
        <translation>duplicate columns: {cols}</translation>
    </message>
    <message>
        <source>ontbrekende kolommen: {cols}</source>
        <translation>missing columns: {cols}</translation>
    </message>
    <message>
        <source>De kopregel van {file} klopt niet ({problems}). Verwacht: {expected}.</source>
        <translation>The header line of {file} is not correct ({problems}). Expected: {expected}.</translation>
    </message>
    <message>
        <source>de code is verplicht.</source>
        <translation>the code is required.</translation>
    </message>
    <message>
        <source>een code bestaat uit kleine letters, cijfers, punt, streepje of liggend streepje (hoogstens 40 tekens).</source>
        <translation>a code consists of lower-case letters, digits, full stops, hyphens or underscores (at most 40 characters).</translation>
    </message>
    <message>
        <source>de naam is verplicht.</source>
        <translation>the name is required.</translation>
    </message>
    <message>
        <source>de naam is te lang (hoogstens 200 tekens).</source>
        <translation>the name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>de aanbieder is verplicht.</source>
        <translation>the provider is required.</translation>
    </message>
    <message>
        <source>de aanbieder is te lang (hoogstens 100 tekens).</source>
        <translation>the provider is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>de omschrijving is te lang (hoogstens 4000 tekens).</source>
        <translation>the description is too long (at most 4000 characters).</translation>
    </message>
    <message>
        <source>noem minstens één doel uit de taxonomie.</source>
        <translation>name at least one goal from the taxonomy.</translation>
    </message>
    <message>
        <source>geen taxonomiecode: {codes}.</source>
        <translation>not a taxonomy code: {codes}.</translation>
    </message>
    <message>
        <source>onbekend in de taxonomie: {codes}.</source>
        <translation>not in the taxonomy: {codes}.</translation>
    </message>
    <message>
        <source>de maximumleeftijd ({hi}) is lager dan de minimumleeftijd ({lo}).</source>
        <translation>the maximum age ({hi}) is lower than the minimum age ({lo}).</translation>
    </message>
    <message>
        <source>schrijf ja of nee, niet &apos;{v}&apos;.</source>
        <translation>write ja or nee (yes or no), not &apos;{v}&apos;.</translation>
    </message>
    <message>
        <source>Dit instrument staat niet (meer) in de catalogus.</source>
        <translation>This instrument is not (or no longer) in the catalogue.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Instrumentenhuis</source>
        <translation>Instrumentenhuis (instrument catalogue)</translation>
    </message>
    <message>
        <source>Zoeken in naam en omschrijving</source>
        <translation>Search name and description</translation>
    </message>
    <message>
        <source>elke leeftijd</source>
        <translation>any age</translation>
    </message>
    <message>
        <source>elke duur</source>
        <translation>any duration</translation>
    </message>
    <message>
        <source> wk of korter</source>
        <translation> wks or shorter</translation>
    </message>
    <message>
        <source>met plaatsen</source>
        <translation>with places</translation>
    </message>
    <message>
        <source>alleen actief</source>
        <translation>active only</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Weken</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>vrij</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Importeren uit CSV…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <source>alle aanbieders</source>
        <translation>all providers</translation>
    </message>
    <message>
        <source>elk doel</source>
        <translation>any goal</translation>
    </message>
    <message>
        <source>{n} van {m} instrumenten</source>
        <translation>{n} of {m} instruments</translation>
    </message>
    <message>
        <source>Catalogus importeren</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>&lt;br&gt;… en nog {n}</source>
        <translation>&lt;br&gt;… and {n} more</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{c}&quot;&gt;Niets geïmporteerd; verbeter deze regels:&lt;/span&gt;&lt;br&gt;{lines}{extra}</source>
        <translation>&lt;span style=&quot;color:{c}&quot;&gt;Nothing imported; please correct these lines:&lt;/span&gt;&lt;br&gt;{lines}{extra}</translation>
    </message>
    <message numerus="yes">
        <source>%n instrumenten ingelezen.</source>
        <translation>
            <numerusform>%n instrument imported.</numerusform>
            <numerusform>%n instruments imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralFigures</name>
    <message>
        <source>Telefoon eerst (signalen)</source>
        <translation>Telephone first (signals)</translation>
    </message>
    <message>
        <source>Verzuimaanpak per groep</source>
        <translation>Absence approach per group</translation>
    </message>
    <message>
        <source>Inschrijving werk.nl per maand</source>
        <translation>werk.nl registration per month</translation>
    </message>
    <message>
        <source>Instrumenten: plaatsingen en ervaringen</source>
        <translation>Instruments: placements and experiences</translation>
    </message>
    <message>
        <source>Caseload per coach</source>
        <translation>Caseload per coach</translation>
    </message>
    <message>
        <source>zojuist</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{n} minuten geleden</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <source>{n} uur geleden</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <source>{n} dagen geleden</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>Onbekend rapport.</source>
        <translation>Unknown report.</translation>
    </message>
    <message>
        <source>Het einde van de periode ligt voor het begin.</source>
        <translation>The end of the period is before the start.</translation>
    </message>
    <message>
        <source>Dit apparaat is niet aangemeld bij de centrale opslag.</source>
        <translation>This device is not signed in to the central store.</translation>
    </message>
    <message>
        <source>De centrale opslag is niet bereikbaar.</source>
        <translation>The central store cannot be reached.</translation>
    </message>
    <message>
        <source>U mag deze cijfers niet zien.</source>
        <translation>You may not see these figures.</translation>
    </message>
    <message>
        <source>De centrale opslag weigerde: {reason}</source>
        <translation>The central store refused: {reason}</translation>
    </message>
</context>
<context>
    <name>CentralFiguresView</name>
    <message>
        <source>Cijfers uit de centrale opslag</source>
        <translation>Figures from the central store</translation>
    </message>
    <message>
        <source>Mijn team of caseload</source>
        <translation>My team or caseload</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>CSV exporteren…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Grafiek van</source>
        <translation>Chart of</translation>
    </message>
    <message>
        <source>Bezig met ophalen uit de centrale opslag…</source>
        <translation>Fetching from the central store…</translation>
    </message>
    <message>
        <source>Ophalen is mislukt.</source>
        <translation>Fetching failed.</translation>
    </message>
    <message>
        <source>U ziet de laatst opgehaalde cijfers ({age}).</source>
        <translation>You see the figures last fetched ({age}).</translation>
    </message>
    <message>
        <source>{start} t/m {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>alles binnen uw bevoegdheid</source>
        <translation>everything you may see</translation>
    </message>
    <message>
        <source>De laatst opgehaalde cijfers ({age}), {period}, {team}; de centrale opslag wordt gevraagd…</source>
        <translation>The figures last fetched ({age}), {period}, {team}; asking the central store…</translation>
    </message>
    <message>
        <source>Offline: de laatst opgehaalde cijfers ({age}), {period}, {team}.</source>
        <translation>Offline: the figures last fetched ({age}), {period}, {team}.</translation>
    </message>
    <message>
        <source>Opgehaald uit de centrale opslag ({age}), {period}, {team}.</source>
        <translation>Fetched from the central store ({age}), {period}, {team}.</translation>
    </message>
    <message>
        <source>Aantallen onder de {n} staan als &lt;{n}.</source>
        <translation>Counts below {n} are shown as &lt;{n}.</translation>
    </message>
    <message>
        <source>{report}: {figure}</source>
        <translation>{report}: {figure}</translation>
    </message>
    <message>
        <source>Cijfers opslaan</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{n} rijen opgeslagen in {file}.</source>
        <translation>{n} rows saved to {file}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Wijkdesk: de caseload van de vaste begeleider, ook zonder verbinding.</source>
        <translation>Wijkdesk: the job coach&apos;s caseload, also without a connection.</translation>
    </message>
    <message>
        <source>map met de (versleutelde) gegevens</source>
        <translation>directory with the (encrypted) data</translation>
    </message>
    <message>
        <source>start met een wegwerpmap en demogegevens</source>
        <translation>start with a throwaway directory and demo data</translation>
    </message>
    <message>
        <source>met --demo: open de demo als de begeleider (standaard) of als de specialist</source>
        <translation>with --demo: open the demo as the coach (default) or as the specialist</translation>
    </message>
    <message>
        <source>taal van de meldingen (nl of en)</source>
        <translation>language of the messages (nl or en)</translation>
    </message>
    <message>
        <source>start de app (standaard)</source>
        <translation>start the app (default)</translation>
    </message>
    <message>
        <source>maak een oefencaseload zonder verbinding</source>
        <translation>create a practice caseload without a connection</translation>
    </message>
    <message>
        <source>lees gegevens in</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>werkzoekenden uit een CSV-bestand</source>
        <translation>clients from a CSV file</translation>
    </message>
    <message>
        <source>de instrumentencatalogus uit een CSV-bestand</source>
        <translation>the instrument catalogue from a CSV file</translation>
    </message>
    <message>
        <source>schrijf gegevens weg</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>de caseload als CSV</source>
        <translation>the caseload as CSV</translation>
    </message>
    <message>
        <source>alles over een persoon (AVG art. 15) als JSON</source>
        <translation>everything about one person (GDPR art. 15) as JSON</translation>
    </message>
    <message>
        <source>geweigerde wijzigingen (met hun waarden) als JSON</source>
        <translation>refused changes (with their values) as JSON</translation>
    </message>
    <message>
        <source>maandlijst voor UWV: wie kan worden uitgeschreven (CSV)</source>
        <translation>monthly list for UWV: who can be deregistered (CSV)</translation>
    </message>
    <message>
        <source>maak een PDF voor de werkzoekende</source>
        <translation>make a PDF for the client</translation>
    </message>
    <message>
        <source>verslag van een gesprek</source>
        <translation>summary of a conversation</translation>
    </message>
    <message>
        <source>een brief voor de werkzoekende</source>
        <translation>a letter for the client</translation>
    </message>
    <message>
        <source>de stap waar de brief bij hoort (signaal, verzuim of inzet)</source>
        <translation>the step the letter belongs to (signal, absence or placement)</translation>
    </message>
    <message>
        <source>heronderzoek: mee te nemen documenten, komma&apos;s ertussen</source>
        <translation>re-examination: documents to bring, comma-separated</translation>
    </message>
    <message>
        <source>meld dit apparaat aan bij de centrale opslag</source>
        <translation>sign this device in to the central store</translation>
    </message>
    <message>
        <source>CA-certificaten (PEM) van de gemeente om de verbinding te controleren</source>
        <translation>the municipality&apos;s CA certificates (PEM) to verify the connection</translation>
    </message>
    <message>
        <source>synchroniseer met de centrale opslag</source>
        <translation>synchronise with the central store</translation>
    </message>
    <message>
        <source>--demo hoort bij het starten van de app, niet bij &apos;{cmd}&apos;.</source>
        <translation>--demo belongs to starting the app, not to &apos;{cmd}&apos;.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <source>bijv. van der</source>
        <translation>e.g. van der</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Contact en adres</source>
        <translation>Contact and address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>bijv. A of bis</source>
        <translation>e.g. A or bis</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Uitkeringsstatus</source>
        <translation>Benefit status</translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Begin uitkering</source>
        <translation>Benefit start</translation>
    </message>
    <message>
        <source>Einde uitkering</source>
        <translation>Benefit end</translation>
    </message>
    <message>
        <source>Nazorg tot</source>
        <translation>Aftercare until</translation>
    </message>
    <message>
        <source>Contact elke … weken</source>
        <translation>Contact every … weeks</translation>
    </message>
    <message>
        <source>Ontheffing arbeidsplicht</source>
        <translation>Work-duty exemption</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Ontheffing vanaf</source>
        <translation>Exempt from</translation>
    </message>
    <message>
        <source>Ontheffing tot en met</source>
        <translation>Exempt up to and including</translation>
    </message>
</context>
<context>
    <name>ClientNotes</name>
    <message>
        <source>informatieplicht nog nooit besproken</source>
        <translation>duty to inform never discussed</translation>
    </message>
    <message>
        <source>informatieplicht besproken op {day}</source>
        <translation>duty to inform discussed on {day}</translation>
    </message>
    <message>
        <source>herstart binnen zes maanden na {day}: geen nieuwe zoektermijn (27+)</source>
        <translation>restarted within six months of {day}: no new search period (27+)</translation>
    </message>
    <message>
        <source>ontheven van de arbeidsplicht tot en met {day}</source>
        <translation>exempt from the work duty up to and including {day}</translation>
    </message>
    <message>
        <source>werk hield stand na de nazorg</source>
        <translation>the work lasted after aftercare</translation>
    </message>
    <message>
        <source>werk hield geen stand na de nazorg</source>
        <translation>the work did not last after aftercare</translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <source>Kies links een werkzoekende om het dossier te openen.
Nieuwe werkzoekende: Ctrl+N. Zoeken: Ctrl+F.</source>
        <translation>Choose a client on the left to open their file.
New client: Ctrl+N. Search: Ctrl+F.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Volgend gesprek: {when}</source>
        <translation>Next meeting: {when}</translation>
    </message>
    <message>
        <source>Geen gesprek gepland</source>
        <translation>No meeting planned</translation>
    </message>
    <message numerus="yes">
        <source>%n open afspraken</source>
        <translation>
            <numerusform>%n open agreement</numerusform>
            <numerusform>%n open agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n te laat</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open signalen</source>
        <translation>
            <numerusform>%n open signal</numerusform>
            <numerusform>%n open signals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open verzuimmeldingen</source>
        <translation>
            <numerusform>%n open absence</numerusform>
            <numerusform>%n open absences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>laatste contact %n dagen geleden</source>
        <translation>
            <numerusform>last contact %n day ago</numerusform>
            <numerusform>last contact %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>nog geen gesprek gehad</source>
        <translation>no conversation yet</translation>
    </message>
    <message>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <source>geboren {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>nazorg tot {date}</source>
        <translation>aftercare until {date}</translation>
    </message>
    <message>
        <source>Dit dossier is bij het synchroniseren gewijzigd. Uw wijzigingen zijn nog niet opgeslagen; sla ze op of maak ze ongedaan om de nieuwe gegevens te zien.</source>
        <translation>This file was changed by a sync. Your changes are not saved yet; save them, or undo them to see the new data.</translation>
    </message>
    <message>
        <source>Bijgewerkt na synchroniseren: dit zijn de nieuwste gegevens.</source>
        <translation>Updated after a sync: this is the latest data.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter wat in rood staat.</source>
        <translation>Not saved: please correct what is shown in red.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Werkzoekende verwijderen</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>{name} (BSN {bsn}) uit de caseload verwijderen?

Het dossier verdwijnt uit de lijst; de verwijdering wordt met de centrale opslag gesynchroniseerd en in het logboek vastgelegd.</source>
        <translation>Delete {name} (BSN {bsn}) from the caseload?

The file disappears from the list; the deletion is synchronised with the central store and recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>De gegevens van {name} zijn gewijzigd maar niet opgeslagen.</source>
        <translation>The details of {name} were changed but not saved.</translation>
    </message>
</context>
<context>
    <name>CompletePlacementDialog</name>
    <message>
        <source>Inzet afronden: {name}</source>
        <translation>Complete placement: {name}</translation>
    </message>
    <message>
        <source>(kies)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ervaring werkzoekende</source>
        <translation>Experience of the client</translation>
    </message>
    <message>
        <source>Ervaring werkbegeleider</source>
        <translation>Experience of the job supervisor</translation>
    </message>
    <message>
        <source>Ervaring werkgever</source>
        <translation>Experience of the employer</translation>
    </message>
    <message>
        <source>(niet gevraagd)</source>
        <translation>(not asked)</translation>
    </message>
    <message>
        <source>Opmerking van de werkzoekende (mag leeg)</source>
        <translation>The client&apos;s remark (may be empty)</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opnieuw beoordelen: is ontwikkeling zichtbaar?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Assess again: is there visible development?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>niet beoordeeld</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>(was {n})</source>
        <translation>(was {n})</translation>
    </message>
    <message>
        <source>(nog niet beoordeeld)</source>
        <translation>(not assessed yet)</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicten bij synchroniseren</source>
        <translation>Conflicts while synchronising</translation>
    </message>
    <message>
        <source>Iemand anders heeft hetzelfde veld ook gewijzigd. Nu staat de waarde van de centrale opslag erin. Kies per regel welke waarde moet blijven, of pas hem aan.</source>
        <translation>Someone else changed the same field too. It now holds the value from the central store. For each line, choose which value should stay, or adjust it.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mijn waarde</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Waarde centrale opslag</source>
        <translation>Central store value</translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Mijn waarde houden</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <source>Waarde centrale opslag houden</source>
        <translation>Keep central store value</translation>
    </message>
    <message>
        <source>Aanpassen…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt; van {what}&lt;br&gt;Mijn waarde: {mine}&lt;br&gt;Waarde centrale opslag (gewijzigd door {who}, gemeld op {when}): {theirs}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; of {what}&lt;br&gt;My value: {mine}&lt;br&gt;Central store&apos;s value (changed by {who}, reported on {when}): {theirs}</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Waarde aanpassen</source>
        <translation>Adjust value</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Gesprek vastleggen</source>
        <translation>Record the conversation</translation>
    </message>
    <message>
        <source>Gesprek bewerken</source>
        <translation>Edit conversation</translation>
    </message>
    <message>
        <source>bijv. wijkkantoor Afrikaanderwijk</source>
        <translation>e.g. wijk office Afrikaanderwijk</translation>
    </message>
    <message>
        <source>In gewone taal, voor de werkzoekende: wat is besproken. Dit wordt afgedrukt.</source>
        <translation>In plain language, for the client: what was discussed. This is printed.</translation>
    </message>
    <message>
        <source>Alleen voor u en collega&apos;s van het wijkteam: nooit afgedrukt, nooit gedeeld met specialisten.</source>
        <translation>Only for you and colleagues in the neighbourhood team: never printed, never shared with specialists.</translation>
    </message>
    <message>
        <source>Gesprek plannen</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>Gepland gesprek bewerken</source>
        <translation>Edit planned meeting</translation>
    </message>
    <message>
        <source>Volgend gesprek</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>&amp;Gepland op</source>
        <translation>&amp;Planned for</translation>
    </message>
    <message>
        <source>&amp;Datum en tijd</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <source>&amp;Soort gesprek</source>
        <translation>&amp;Kind of conversation</translation>
    </message>
    <message>
        <source>&amp;Hoe</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Samenvatting voor de &amp;werkzoekende</source>
        <translation>Summary for the &amp;client</translation>
    </message>
    <message>
        <source>&amp;Interne notities</source>
        <translation>&amp;Internal notes</translation>
    </message>
    <message>
        <source>Informatieplicht</source>
        <translation>Duty to inform</translation>
    </message>
    <message>
        <source>Interne notities worden nooit afgedrukt en nooit gedeeld.</source>
        <translation>Internal notes are never printed and never shared.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opslaan (Enter of Ctrl+Enter)</source>
        <translation>Save (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet (meer).</source>
        <translation>This conversation does not exist (any more).</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter wat in rood staat.</source>
        <translation>Not saved: please correct what is shown in red.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Wat u hier schreef is nog niet opgeslagen. Weggooien?</source>
        <translation>What you wrote here has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>Dit gesprek is al vastgelegd.</source>
        <translation>This conversation has already been recorded.</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet (meer).</source>
        <translation>This conversation does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation>This agreement does not exist (any more).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Heronderzoek</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Werkzoekende</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <source>Een gehouden gesprek vastleggen (Ctrl+Shift+N)</source>
        <translation>Record a conversation that was held (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Gesprek &amp;plannen…</source>
        <translation>&amp;Plan a meeting…</translation>
    </message>
    <message>
        <source>&amp;Gehouden…</source>
        <translation>&amp;Held…</translation>
    </message>
    <message>
        <source>Het geplande gesprek heeft plaatsgevonden: leg het vast</source>
        <translation>The planned meeting took place: record it</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;afspraak…</source>
        <translation>New &amp;agreement…</translation>
    </message>
    <message>
        <source>Afspraak be&amp;werken…</source>
        <translation>Edit agree&amp;ment…</translation>
    </message>
    <message>
        <source>&amp;Gedaan</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Markeer als gedaan, vandaag</source>
        <translation>Mark as done, today</translation>
    </message>
    <message>
        <source>N&amp;iet gelukt</source>
        <translation>&amp;Missed</translation>
    </message>
    <message>
        <source>Markeer als niet gelukt, vandaag</source>
        <translation>Mark as missed, today</translation>
    </message>
    <message>
        <source>&amp;Vervallen</source>
        <translation>&amp;Cancelled</translation>
    </message>
    <message>
        <source>Markeer als vervallen, vandaag</source>
        <translation>Mark as cancelled, today</translation>
    </message>
    <message>
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Leg er een vast met ‘Nieuw gesprek…’ (Ctrl+Shift+N) of plan er een.</source>
        <translation>No conversations yet. Record one with ‘New conversation…’ (Ctrl+Shift+N) or plan one.</translation>
    </message>
    <message>
        <source>Nog geen afspraken met deze werkzoekende.</source>
        <translation>No agreements with this client yet.</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>{n} te laat</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>Dit gesprek staat pas op {date}: vastleggen kan op of na die dag.</source>
        <translation>This meeting is not until {date}: it can be recorded on or after that day.</translation>
    </message>
    <message>
        <source>Gesprek vastgelegd.</source>
        <translation>Conversation recorded.</translation>
    </message>
    <message>
        <source>Afspraak gepland.</source>
        <translation>Meeting planned.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>de geplande afspraak</source>
        <translation>the planned meeting</translation>
    </message>
    <message>
        <source>het gesprek</source>
        <translation>the conversation</translation>
    </message>
    <message>
        <source>Gesprek verwijderen</source>
        <translation>Remove conversation</translation>
    </message>
    <message>
        <source>{what} van {date} verwijderen?

Open afspraken uit dit gesprek komen te vervallen.</source>
        <translation>Remove {what} of {date}?

Open agreements made in it will be cancelled.</translation>
    </message>
    <message>
        <source>Verwijderd.</source>
        <translation>Removed.</translation>
    </message>
    <message>
        <source>Afspraak: {status}.</source>
        <translation>Agreement: {status}.</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>De afspraak “{what}” verwijderen?</source>
        <translation>Remove the agreement “{what}”?</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>--clients moet 1 of meer zijn.</source>
        <translation>--clients must be 1 or more.</translation>
    </message>
    <message>
        <source>{clients} werkzoekenden gemaakt met {conversations} gesprekken en {agreements} afspraken in {seconds:.1f} s; {pending} wijzigingen wachten op synchronisatie.</source>
        <translation>{clients} clients created with {conversations} conversations and {agreements} agreements in {seconds:.1f} s; {pending} changes waiting for synchronisation.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Deze map bevat al echte werkzoekenden. Maak demogegevens in een lege map (--data-dir), zodat ze nooit met echte gegevens worden gemengd.</source>
        <translation>This directory already holds real clients. Create demo data in an empty directory (--data-dir), so that it is never mixed with real data.</translation>
    </message>
    <message>
        <source>Zoveel demowerkzoekenden kunnen er niet worden gemaakt.</source>
        <translation>That many demo clients cannot be created.</translation>
    </message>
</context>
<context>
    <name>DoorVisitsView</name>
    <message>
        <source>Voordeurbezoeken (team verzuim)</source>
        <translation>Door visits (absence team)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gemist</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Wat u aantrof: thuis of niet, wat de werkzoekende vertelde.</source>
        <translation>What you found: at home or not, what the jobseeker said.</translation>
    </message>
    <message>
        <source>Voordeurbezoek vastleggen</source>
        <translation>Record doorstep visit</translation>
    </message>
    <message>
        <source>Bezoek bij de gekozen werkzoekende</source>
        <translation>Visit to the chosen jobseeker</translation>
    </message>
    <message>
        <source>Bezocht op</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Niet verschenen en niet afgemeld: een voordeurbezoek. De begeleider krijgt uw bevindingen terug en voert het gesprek.</source>
        <translation>Did not come and did not call off: a door visit. The coach gets your findings and holds the conversation.</translation>
    </message>
    <message>
        <source>Kies eerst een werkzoekende in de lijst.</source>
        <translation>Choose a client in the list first.</translation>
    </message>
    <message>
        <source>Voordeurbezoek bij {name} vastgelegd; de begeleider ziet het.</source>
        <translation>Door visit to {name} recorded; the coach sees it.</translation>
    </message>
</context>
<context>
    <name>Effectiveness</name>
    <message>
        <source>De effectiviteit is voor begeleiders en teamleiders.</source>
        <translation>Effectiveness is for coaches and team leaders.</translation>
    </message>
</context>
<context>
    <name>EffectivenessView</name>
    <message>
        <source>Effectiviteit van de instrumenten</source>
        <translation>Effectiveness of the instruments</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Instrument
(aanbieder)</source>
        <translation>Instrument
(provider)</translation>
    </message>
    <message>
        <source>Werk /
opleiding</source>
        <translation>Work /
education</translation>
    </message>
    <message>
        <source>Vervolg /
geen</source>
        <translation>Next /
none</translation>
    </message>
    <message>
        <source>Ervaring
werkzoekende</source>
        <translation>Rating
client</translation>
    </message>
    <message>
        <source>Ervaring
begeleider</source>
        <translation>Rating
supervisor</translation>
    </message>
    <message>
        <source>Ervaring
werkgever</source>
        <translation>Rating
employer</translation>
    </message>
    <message>
        <source>Ontwik-
keling</source>
        <translation>Develop-
ment</translation>
    </message>
    <message>
        <source>Gemiddelde ontwikkeling op de doelen (niveaus)</source>
        <translation>Average development on the goals (levels)</translation>
    </message>
    <message>
        <source>Afgerond (%)</source>
        <translation>Completed (%)</translation>
    </message>
    <message>
        <source>Ervaring werkzoekende (1–5)</source>
        <translation>Experience of the client (1–5)</translation>
    </message>
    <message>
        <source>Ervaring werkbegeleider (1–5)</source>
        <translation>Experience of the job supervisor (1–5)</translation>
    </message>
    <message>
        <source>Ervaring werkgever (1–5)</source>
        <translation>Experience of the employer (1–5)</translation>
    </message>
    <message>
        <source>Cijfers over de inzet die op dit apparaat bekend is; geen namen. Telt niet alleen het resultaat, maar ook hoe werkzoekende, werkbegeleider en werkgever het ervoeren.</source>
        <translation>Figures on the placements known on this device; no names. Counts not only the result, but also how the client, job supervisor and employer experienced it.</translation>
    </message>
    <message>
        <source>Grafiek:</source>
        <translation>Chart:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{n} werkzoekenden geschreven naar {file}.</source>
        <translation>{n} clients written to {file}.</translation>
    </message>
    <message>
        <source>{n} geweigerde wijziging(en) geschreven naar {file}.</source>
        <translation>{n} refused change(s) written to {file}.</translation>
    </message>
    <message>
        <source>Dossier geschreven naar {file}: {conversations} gesprekken, {agreements} afspraken, {events} logregels.</source>
        <translation>Client file written to {file}: {conversations} conversations, {agreements} agreements, {events} log entries.</translation>
    </message>
    <message>
        <source>UWV-lijst {month}: {n} werkzoekenden die kunnen worden uitgeschreven, geschreven naar {file}.</source>
        <translation>UWV list {month}: {n} clients who can be deregistered, written to {file}.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet.</source>
        <translation>The directory {folder} does not exist.</translation>
    </message>
    <message>
        <source>{file} is een map, geen bestand.</source>
        <translation>{file} is a directory, not a file.</translation>
    </message>
    <message>
        <source>In {folder} kan niet worden geschreven: {reason}</source>
        <translation>Cannot write in {folder}: {reason}</translation>
    </message>
    <message>
        <source>{file} kan niet worden geschreven: {reason}</source>
        <translation>{file} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Geen werkzoekende met dit BSN in dit bestand.</source>
        <translation>No client with this BSN in this data file.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Uitkeringsstatus</source>
        <translation>Benefit status</translation>
    </message>
    <message>
        <source>Begin uitkering</source>
        <translation>Benefit start</translation>
    </message>
    <message>
        <source>Einde uitkering</source>
        <translation>Benefit end</translation>
    </message>
    <message>
        <source>Nazorg tot</source>
        <translation>Aftercare until</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Samenvatting voor de werkzoekende</source>
        <translation>Summary for the client</translation>
    </message>
    <message>
        <source>Interne notities</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Volgend gesprek</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>Gedeeld met specialisten</source>
        <translation>Shared with specialists</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Het einde van de periode ligt voor het begin.</source>
        <translation>The end of the period is before the start.</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Cijfers van dit apparaat (eigen caseload)</source>
        <translation>Figures of this device (own caseload)</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Alleen de eigen caseload van dit apparaat: de werkzoekenden die op dit apparaat staan. Cijfers van een team of de hele gemeente staan in de centrale opslag.</source>
        <translation>Only this device&apos;s own caseload: the clients on this device. Figures of a team or the whole municipality are in the central store.</translation>
    </message>
    <message>
        <source>Cijfers uit de centrale opslag…</source>
        <translation>Figures from the central store…</translation>
    </message>
    <message>
        <source>Signalen per resultaat</source>
        <translation>Signals by result</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Verzuimaanpak</source>
        <translation>Absence approach</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Uitgestroomd naar werk of anderszins</source>
        <translation>Left benefit for work or otherwise</translation>
    </message>
    <message>
        <source>Maatregeloverwegingen</source>
        <translation>Sanctions considered</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>Verklaard door omstandigheden</source>
        <translation>Explained by circumstances</translation>
    </message>
    <message>
        <source>Besloten: geen maatregel</source>
        <translation>Decided: no sanction</translation>
    </message>
    <message>
        <source>Inschrijving werk.nl (lopende uitkeringen, vandaag)</source>
        <translation>werk.nl registration (running benefits, today)</translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Niet ingeschreven</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Ontheffing</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>{total} signalen, {closed} afgesloten, waarvan {without} zonder boete-onderzoek. {participants} deelnemers in de verzuimaanpak: {considerations} maatregeloverwegingen, {sanctions} maatregelen. {open} inschrijvingen op werk.nl staan open.</source>
        <translation>{total} signals, {closed} closed, {without} of them without a fine investigation. {participants} participants in the absence approach: {considerations} sanctions considered, {sanctions} sanctions. {open} werk.nl registrations are outstanding.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Verzuimaanpak Feijenoord voorjaar</source>
        <translation>For example: Absence approach Feijenoord spring</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Zoeken in de caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>Vanuit het zoekvak: naar de eerste gevonden werkzoekende / die openen</source>
        <translation>From the search box: to the first client found / open them</translation>
    </message>
    <message>
        <source>Zoekvak leegmaken</source>
        <translation>Clear the search box</translation>
    </message>
    <message>
        <source>Nieuwe werkzoekende</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Gegevens opslaan</source>
        <translation>Save the details</translation>
    </message>
    <message>
        <source>Nieuw gesprek vastleggen</source>
        <translation>Record a new conversation</translation>
    </message>
    <message>
        <source>Verslag van het gekozen gesprek afdrukken</source>
        <translation>Print the summary of the selected conversation</translation>
    </message>
    <message>
        <source>Brief afdrukken</source>
        <translation>Print a letter</translation>
    </message>
    <message>
        <source>Volgend / vorig tabblad van de werkzoekende</source>
        <translation>Next / previous tab of the client</translation>
    </message>
    <message>
        <source>Tabblad 1 tot 7 van de werkzoekende</source>
        <translation>Tab 1 to 7 of the client</translation>
    </message>
    <message>
        <source>Mijn week tonen of verbergen</source>
        <translation>Show or hide My week</translation>
    </message>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Deze lijst</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Over Wijkdesk</source>
        <translation>About Wijkdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wijkdesk&lt;/b&gt; {version}&lt;br&gt;Voor vaste begeleiders in de wijkteams van Rotterdam: caseload, gesprekken en afspraken, profiel, signalen en verzuim — ook offline.&lt;br&gt;De gegevens staan versleuteld op deze computer en worden met de centrale opslag gesynchroniseerd.</source>
        <translation>&lt;b&gt;Wijkdesk&lt;/b&gt; {version}&lt;br&gt;For the job coaches in Rotterdam&apos;s neighbourhood teams: caseload, conversations and agreements, profile, signals and absence — offline too.&lt;br&gt;The data is encrypted on this computer and synced with the central store.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Er is niets geïmporteerd: {n} van de {rows} regels kloppen niet. Verbeter ze, of gebruik --skip-invalid om alleen de goede regels te importeren.</source>
        <translation>Nothing was imported: {n} of the {rows} lines are not correct. Correct them, or use --skip-invalid to import only the correct lines.</translation>
    </message>
    <message>
        <source>regel {line}, {column}: {message}</source>
        <translation>line {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>regel {line}: {message}</source>
        <translation>line {line}: {message}</translation>
    </message>
    <message>
        <source>{n} geïmporteerd, {m} overgeslagen</source>
        <translation>{n} imported, {m} skipped</translation>
    </message>
    <message>
        <source>{file} is te groot voor een caseload (meer dan 50 MB).</source>
        <translation>{file} is too large for a caseload (more than 50 MB).</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat niet.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>{file} is een map, geen bestand.</source>
        <translation>{file} is a directory, not a file.</translation>
    </message>
    <message>
        <source>{file} kan niet worden gelezen: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{file} is leeg.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file} is opgeslagen als UTF-16 (&apos;Unicode-tekst&apos;), niet als UTF-8. Kies in Excel &apos;Opslaan als&apos; &gt; &apos;CSV UTF-8 (door komma&apos;s gescheiden)&apos; en probeer het opnieuw.</source>
        <translation>{file} was saved as UTF-16 (&apos;Unicode Text&apos;), not as UTF-8. In Excel, choose &apos;Save As&apos; &gt; &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</translation>
    </message>
    <message>
        <source>{file} is geen CSV-bestand. Sla de spreadsheet op als &apos;CSV UTF-8&apos; en probeer het opnieuw.</source>
        <translation>{file} is not a CSV file. Save the spreadsheet as &apos;CSV UTF-8&apos; and try again.</translation>
    </message>
    <message>
        <source>{file} is niet in UTF-8 opgeslagen (fout bij byte {pos}). Kies in Excel &apos;Opslaan als&apos; &gt; &apos;CSV UTF-8 (door komma&apos;s gescheiden)&apos; en probeer het opnieuw.</source>
        <translation>{file} was not saved in UTF-8 (error at byte {pos}). In Excel, choose &apos;Save As&apos; &gt; &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar CSV-bestand.</source>
        <translation>{file} is not a readable CSV file.</translation>
    </message>
    <message>
        <source>deze regel is geen geldige CSV ({reason}).</source>
        <translation>this line is not valid CSV ({reason}).</translation>
    </message>
    <message>
        <source>deze regel heeft {n} velden, de kopregel {m}. Staat er een &apos;{d}&apos; in een waarde?</source>
        <translation>this line has {n} fields, the header line {m}. Is there a &apos;{d}&apos; in a value?</translation>
    </message>
    <message>
        <source>dit BSN staat ook op regel {other}.</source>
        <translation>this BSN is also on line {other}.</translation>
    </message>
    <message>
        <source>er staat al iemand met dit BSN in de caseload.</source>
        <translation>someone with this BSN is already in the caseload.</translation>
    </message>
    <message>
        <source>{file} bevat alleen een kopregel, geen werkzoekenden.</source>
        <translation>{file} contains only a header line, no clients.</translation>
    </message>
    <message>
        <source>{file} lijkt geen CSV-bestand met werkzoekenden: de eerste regel moet de kolomnamen bevatten, gescheiden door komma&apos;s of puntkomma&apos;s: {expected}.</source>
        <translation>{file} does not look like a CSV file with clients: the first line must contain the column names, separated by commas or semicolons: {expected}.</translation>
    </message>
    <message>
        <source>dubbele kolommen: {cols}</source>
        <translation>duplicate columns: {cols}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>onbekende kolommen: {cols}</source>
        <translation>unknown columns: {cols}</translation>
    </message>
    <message>
        <source>ontbrekende kolommen: {cols}</source>
        <translation>missing columns: {cols}</translation>
    </message>
    <message>
        <source>De kopregel van {file} klopt niet ({problems}). Verwacht: {expected}.</source>
        <translation>The header line of {file} is not correct ({problems}). Expected: {expected}.</translation>
    </message>
</context>
<context>
    <name>InformFields</name>
    <message>
        <source>Informatieplicht besproken</source>
        <translation>Duty to inform discussed</translation>
    </message>
    <message>
        <source>Map rechten en plichten: niet</source>
        <translation>Rights and duties folder: no</translation>
    </message>
    <message>
        <source>Map rechten en plichten overhandigd</source>
        <translation>Rights and duties folder handed over</translation>
    </message>
    <message>
        <source>Map rechten en plichten besproken</source>
        <translation>Rights and duties folder discussed</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>{title} — brief van {date}</source>
        <translation>{title} — letter of {date}</translation>
    </message>
    <message>
        <source>Brief van Werk en Inkomen</source>
        <translation>Letter from Work and Income</translation>
    </message>
    <message>
        <source>Beste {name},</source>
        <translation>Dear {name},</translation>
    </message>
    <message>
        <source>Met vriendelijke groet,</source>
        <translation>Kind regards,</translation>
    </message>
    <message>
        <source>Uw vaste begeleider</source>
        <translation>Your coach</translation>
    </message>
    <message>
        <source>Werk en Inkomen, gemeente Rotterdam</source>
        <translation>Work and Income, City of Rotterdam</translation>
    </message>
    <message>
        <source>Vragen? Neem contact op</source>
        <translation>Questions? Get in touch</translation>
    </message>
    <message>
        <source>Bel uw begeleider op {phone}.</source>
        <translation>Call your coach on {phone}.</translation>
    </message>
    <message>
        <source>Bel de gemeente op 14 010 en vraag naar uw begeleider.</source>
        <translation>Call the city on 14 010 and ask for your coach.</translation>
    </message>
    <message>
        <source>Bent u het niet eens met dit besluit?</source>
        <translation>Do you disagree with this decision?</translation>
    </message>
    <message>
        <source>Dan kunt u bezwaar maken. Doe dat binnen 6 weken na de datum van deze brief.</source>
        <translation>Then you can object. Do so within 6 weeks of the date of this letter.</translation>
    </message>
    <message>
        <source>Uw bezwaar moet binnen zijn vóór {date}.</source>
        <translation>We must receive your objection before {date}.</translation>
    </message>
    <message>
        <source>Schrijf in een brief waarom u het niet eens bent. Zet uw naam, uw BSN en het kenmerk van deze brief erbij. Stuur de brief naar de gemeente Rotterdam. Uw begeleider helpt u als u dat wilt.</source>
        <translation>Write in a letter why you disagree. Add your name, your BSN and the reference of this letter. Send the letter to the City of Rotterdam. Your coach will help you if you like.</translation>
    </message>
</context>
<context>
    <name>LetterAftercare</name>
    <message>
        <source>Uw uitkering is gestopt op {date}.</source>
        <translation>Your benefit stopped on {date}.</translation>
    </message>
    <message>
        <source>Ook nu kunt u bij ons terecht. Dat heet nazorg.</source>
        <translation>You can still come to us. This is called aftercare.</translation>
    </message>
    <message>
        <source>Uw begeleider blijft uw vaste contactpersoon tot en met {date}.</source>
        <translation>Your coach stays your contact until and including {date}.</translation>
    </message>
    <message>
        <source>Waarmee kunnen wij helpen?</source>
        <translation>What can we help with?</translation>
    </message>
    <message>
        <source>Vragen over uw werk of uw contract.</source>
        <translation>Questions about your work or your contract.</translation>
    </message>
    <message>
        <source>Vragen over geld, toeslagen of schulden.</source>
        <translation>Questions about money, allowances or debts.</translation>
    </message>
    <message>
        <source>Het gaat niet goed op uw werk.</source>
        <translation>Things are not going well at work.</translation>
    </message>
    <message>
        <source>U heeft toch weer een uitkering nodig.</source>
        <translation>You need a benefit again after all.</translation>
    </message>
    <message>
        <source>Of stuur een e-mail. Ook als u twijfelt.</source>
        <translation>Or send an e-mail. Also when you are not sure.</translation>
    </message>
    <message>
        <source>Uw begeleider blijft er voor u</source>
        <translation>Your coach is still there for you</translation>
    </message>
</context>
<context>
    <name>LetterContactAttempt</name>
    <message>
        <source>Wij willen met u praten over uw uitkering. Misschien is er iets veranderd dat u moet doorgeven.</source>
        <translation>We would like to talk to you about your benefit. Maybe something changed that you need to tell us.</translation>
    </message>
    <message>
        <source>Wij willen met u praten over een besluit over uw uitkering. Dat besluit kan gevolgen hebben voor uw inkomen.</source>
        <translation>We would like to talk to you about a decision on your benefit. That decision may change your income.</translation>
    </message>
    <message>
        <source>Wij willen met u praten over uw uitkering.</source>
        <translation>We would like to talk to you about your benefit.</translation>
    </message>
    <message>
        <source>Wij hebben geprobeerd u te bellen. Dat is niet gelukt.</source>
        <translation>We tried to call you. We could not reach you.</translation>
    </message>
    <message>
        <source>Wij belden u op</source>
        <translation>We called you on</translation>
    </message>
    <message>
        <source>Wij horen graag eerst uw kant van het verhaal. Daarom bellen wij u voordat wij iets besluiten.</source>
        <translation>We want to hear your side of the story first. That is why we call you before we decide anything.</translation>
    </message>
    <message>
        <source>Wat vragen wij van u?</source>
        <translation>What do we ask of you?</translation>
    </message>
    <message>
        <source>Bel ons terug vóór {date}.</source>
        <translation>Call us back before {date}.</translation>
    </message>
    <message>
        <source>Lukt bellen niet? Stuur dan een e-mail. Of kom langs op het wijkkantoor.</source>
        <translation>Can you not call? Then send an e-mail. Or come to the neighbourhood office.</translation>
    </message>
    <message>
        <source>Wat gebeurt er als u niet belt?</source>
        <translation>What happens if you do not call?</translation>
    </message>
    <message>
        <source>Dan kunnen wij uw kant van het verhaal niet horen. Wij besluiten dan met de gegevens die wij hebben. Dat willen wij liever niet.</source>
        <translation>Then we cannot hear your side of the story. We then decide with the information we have. We would rather not do that.</translation>
    </message>
    <message>
        <source>Wilt u ons terugbellen?</source>
        <translation>Please call us back</translation>
    </message>
</context>
<context>
    <name>LetterDecision</name>
    <message>
        <source>Op {date} was u niet bij: {activity}. Wij hebben daar met u over gepraat. Nu hebben wij een besluit genomen.</source>
        <translation>On {date} you did not come to: {activity}. We talked with you about this. Now we have made a decision.</translation>
    </message>
    <message>
        <source>Wat hebben wij besloten?</source>
        <translation>What have we decided?</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>{n} maanden</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>Wij verlagen uw uitkering {months} lang met {percent} procent.</source>
        <translation>We lower your benefit by {percent} percent for {months}.</translation>
    </message>
    <message>
        <source>Wij verlagen uw uitkering niet.</source>
        <translation>We do not lower your benefit.</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Wat betekent dit voor uw inkomen?</source>
        <translation>What does this mean for your income?</translation>
    </message>
    <message>
        <source>U krijgt {months} lang {percent} procent minder uitkering. Op uw betaalspecificatie ziet u het bedrag.</source>
        <translation>For {months} you get {percent} percent less benefit. Your payment statement shows the amount.</translation>
    </message>
    <message>
        <source>Komt u hierdoor in geldproblemen? Neem dan contact op. Wij zoeken samen naar een oplossing.</source>
        <translation>Does this cause you money problems? Then get in touch. We will look for a solution together.</translation>
    </message>
    <message>
        <source>Uw uitkering blijft hetzelfde.</source>
        <translation>Your benefit stays the same.</translation>
    </message>
    <message>
        <source>Ons besluit over uw uitkering</source>
        <translation>Our decision about your benefit</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Identiteitsbewijs</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <source>Bankafschriften van de laatste maand</source>
        <translation>Bank statements of the last month</translation>
    </message>
    <message>
        <source>Huurcontract of brief over de huur</source>
        <translation>Tenancy agreement or letter about the rent</translation>
    </message>
    <message>
        <source>Loonstroken van de laatste 3 maanden</source>
        <translation>Payslips of the last 3 months</translation>
    </message>
    <message>
        <source>Brieven over toeslagen</source>
        <translation>Letters about allowances</translation>
    </message>
    <message>
        <source>Brieven over schulden</source>
        <translation>Letters about debts</translation>
    </message>
    <message>
        <source>Brief voor de werkzoekende</source>
        <translation>Letter for the client</translation>
    </message>
    <message>
        <source>Hoort bij</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Meenemen</source>
        <translation>To bring</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <source>Selectie voor heronderzoek vastleggen…</source>
        <translation>Record the selection for re-examination…</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Als verstuurd &amp;markeren</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <source>De brief is op een andere manier verstuurd; leg alleen de datum vast.</source>
        <translation>The letter was sent another way; only record the date.</translation>
    </message>
    <message>
        <source>Selectie vastgelegd; de uitnodiging kan nu worden verstuurd.</source>
        <translation>Selection recorded; the invitation can now be sent.</translation>
    </message>
    <message>
        <source>Brief vastgelegd als verstuurd.</source>
        <translation>Letter recorded as sent.</translation>
    </message>
</context>
<context>
    <name>LetterHearing</name>
    <message>
        <source>Op {date} was u niet bij: {activity}.</source>
        <translation>On {date} you did not come to: {activity}.</translation>
    </message>
    <message>
        <source>U had dit niet van tevoren gemeld.</source>
        <translation>You had not told us in advance.</translation>
    </message>
    <message>
        <source>Wat overwegen wij?</source>
        <translation>What are we considering?</translation>
    </message>
    <message>
        <source>Wij denken erover om uw uitkering een tijd te verlagen. Dat heet een maatregel. Wij hebben nog niets besloten.</source>
        <translation>We are thinking about lowering your benefit for a while. This is called a sanction. We have not decided anything yet.</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Met een uitkering doet u mee aan afspraken over werk. Dat staat in de Participatiewet. Deze afspraak bent u niet nagekomen.</source>
        <translation>With a benefit you take part in appointments about work. The Participation Act says so. You did not keep this appointment.</translation>
    </message>
    <message>
        <source>Vertel ons uw kant</source>
        <translation>Tell us your side</translation>
    </message>
    <message>
        <source>Misschien had u een goede reden. Dan houden wij daar rekening mee.</source>
        <translation>Maybe you had a good reason. Then we will take it into account.</translation>
    </message>
    <message>
        <source>Reageer vóór {date}.</source>
        <translation>Respond before {date}.</translation>
    </message>
    <message>
        <source>Of stuur uw begeleider een e-mail.</source>
        <translation>Or send your coach an e-mail.</translation>
    </message>
    <message>
        <source>Of kom langs op het wijkkantoor.</source>
        <translation>Or come to the neighbourhood office.</translation>
    </message>
    <message>
        <source>Of schrijf ons een brief.</source>
        <translation>Or write us a letter.</translation>
    </message>
    <message>
        <source>U mag iemand meenemen naar het gesprek. Bijvoorbeeld iemand uit uw familie of een vriend.</source>
        <translation>You may bring someone to the meeting. For example a family member or a friend.</translation>
    </message>
    <message>
        <source>Reageert u niet vóór {date}? Dan besluiten wij zonder uw kant te horen.</source>
        <translation>If you do not respond before {date}, we will decide without hearing your side.</translation>
    </message>
    <message>
        <source>Wij willen uw kant horen</source>
        <translation>We want to hear your side</translation>
    </message>
</context>
<context>
    <name>LetterPlacement</name>
    <message>
        <source>U doet mee aan {instrument} van {provider}. In deze brief leest u waarom. En wat u samen wilt bereiken.</source>
        <translation>You take part in {instrument} by {provider}. This letter tells you why. And what you want to achieve together.</translation>
    </message>
    <message>
        <source>Begint op</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Duurt tot</source>
        <translation>Lasts until</translation>
    </message>
    <message>
        <source>Waarom dit traject?</source>
        <translation>Why this programme?</translation>
    </message>
    <message>
        <source>Dat bespreekt u met uw begeleider.</source>
        <translation>You discuss this with your coach.</translation>
    </message>
    <message>
        <source>Wat zijn de doelen?</source>
        <translation>What are the goals?</translation>
    </message>
    <message>
        <source>De doelen spreekt u af met uw jobcoach.</source>
        <translation>You agree on the goals with your job coach.</translation>
    </message>
    <message>
        <source>Uw jobcoach</source>
        <translation>Your job coach</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Uw jobcoach weet waarom u meedoet. Uw vaste begeleider blijft ook uw contactpersoon.</source>
        <translation>Your job coach knows why you take part. Your coach also stays your contact.</translation>
    </message>
    <message>
        <source>U hoort nog wie uw jobcoach wordt. Uw vaste begeleider blijft uw contactpersoon.</source>
        <translation>We will tell you who your job coach will be. Your coach stays your contact.</translation>
    </message>
    <message>
        <source>Uw traject: {instrument}</source>
        <translation>Your programme: {instrument}</translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <source>Mailing: {kind} — {n} brief/brieven</source>
        <translation>Mailing: {kind} — {n} letter(s)</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld — {what}</source>
        <translation>Print preview — {what}</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>LetterProfile</name>
    <message>
        <source>Samen hebben wij gekeken naar wat u kunt en wat u wilt. Dat heet uw profiel. Hieronder leest u wat wij samen zagen.</source>
        <translation>Together we looked at what you can do and what you want. This is called your profile. Below you can read what we saw together.</translation>
    </message>
    <message>
        <source>Hier bent u goed in</source>
        <translation>What you are good at</translation>
    </message>
    <message>
        <source>Hier wilt u aan werken</source>
        <translation>What you want to work on</translation>
    </message>
    <message>
        <source>Wij geven een cijfer van 1 tot 5. Het doel is het cijfer dat u samen met uw begeleider koos.</source>
        <translation>We give a score from 1 to 5. The goal is the score you chose together with your coach.</translation>
    </message>
    <message>
        <source>{item}: nu {level}, doel {target}</source>
        <translation>{item}: now {level}, goal {target}</translation>
    </message>
    <message>
        <source>Dit werk past bij u</source>
        <translation>Work that suits you</translation>
    </message>
    <message>
        <source>Wat kan u helpen?</source>
        <translation>What can help you?</translation>
    </message>
    <message>
        <source>Deze trajecten passen bij uw profiel. U kiest samen met uw begeleider.</source>
        <translation>These programmes fit your profile. You choose together with your coach.</translation>
    </message>
    <message>
        <source>Van: {provider}.</source>
        <translation>By: {provider}.</translation>
    </message>
    <message>
        <source>Dit past bij u, want u werkt hieraan: {items}.</source>
        <translation>This suits you, because you work on: {items}.</translation>
    </message>
    <message>
        <source>Het duurt ongeveer {n} weken.</source>
        <translation>It takes about {n} weeks.</translation>
    </message>
    <message>
        <source>Op dit moment past er geen traject. Uw begeleider zoekt samen met u verder.</source>
        <translation>No programme fits right now. Your coach will keep looking with you.</translation>
    </message>
    <message>
        <source>Klopt er iets niet? Of wilt u meer weten? Neem dan contact op met uw begeleider.</source>
        <translation>Is something not right? Or do you want to know more? Then get in touch with your coach.</translation>
    </message>
    <message>
        <source>Uw profiel en wat bij u past</source>
        <translation>Your profile and what suits you</translation>
    </message>
</context>
<context>
    <name>LetterReexamination</name>
    <message>
        <source>Uw identiteitsbewijs (paspoort, ID-kaart of verblijfsdocument)</source>
        <translation>Your proof of identity (passport, ID card or residence document)</translation>
    </message>
    <message>
        <source>Uw bankafschriften van de laatste maand</source>
        <translation>Your bank statements of the last month</translation>
    </message>
    <message>
        <source>Uw huurcontract of een brief over uw huur</source>
        <translation>Your tenancy agreement or a letter about your rent</translation>
    </message>
    <message>
        <source>Uw loonstroken van de laatste 3 maanden, als u werkt</source>
        <translation>Your payslips of the last 3 months, if you work</translation>
    </message>
    <message>
        <source>Brieven over uw toeslagen van de Belastingdienst</source>
        <translation>Letters from the Tax Administration about your allowances</translation>
    </message>
    <message>
        <source>Brieven over schulden of een betalingsregeling</source>
        <translation>Letters about debts or a payment plan</translation>
    </message>
    <message>
        <source>Wij bellen u om samen een dag en tijd te kiezen.</source>
        <translation>We will call you to choose a day and time together.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wij willen graag met u praten over hoe het met u gaat. En of uw uitkering nog goed past bij uw situatie.</source>
        <translation>We would like to talk with you about how you are doing. And whether your benefit still fits your situation.</translation>
    </message>
    <message>
        <source>Dit gesprek heet een heronderzoek. Wij doen het met veel mensen met een uitkering. Het is een gewoon gesprek.</source>
        <translation>This meeting is called a re-examination. We have it with many people on a benefit. It is an ordinary conversation.</translation>
    </message>
    <message>
        <source>Wat neemt u mee?</source>
        <translation>What do you bring?</translation>
    </message>
    <message>
        <source>Meer hoeft u niet mee te nemen.</source>
        <translation>You do not need to bring anything else.</translation>
    </message>
    <message>
        <source>U hoeft geen papieren mee te nemen.</source>
        <translation>You do not need to bring any papers.</translation>
    </message>
    <message>
        <source>Past de dag of tijd niet? Of heeft u een vraag? Neem dan contact op.</source>
        <translation>Does the day or time not suit you? Or do you have a question? Then get in touch.</translation>
    </message>
    <message>
        <source>Uitnodiging voor een gesprek</source>
        <translation>Invitation to a meeting</translation>
    </message>
</context>
<context>
    <name>LetterRightsDuties</name>
    <message>
        <source>U heeft een bijstandsuitkering. Daar horen rechten en plichten bij. In deze brief leest u wat u moet doorgeven. En hoe u dat doet.</source>
        <translation>You receive social assistance. It comes with rights and duties. This letter tells you what you must tell us. And how you do that.</translation>
    </message>
    <message>
        <source>Wat moet u doorgeven?</source>
        <translation>What must you tell us?</translation>
    </message>
    <message>
        <source>Geef alles door wat uw uitkering kan veranderen. Bijvoorbeeld:</source>
        <translation>Tell us everything that may change your benefit. For example:</translation>
    </message>
    <message>
        <source>U krijgt werk of ander inkomen.</source>
        <translation>You get work or other income.</translation>
    </message>
    <message>
        <source>Er komt iemand bij u wonen. Of er gaat iemand weg.</source>
        <translation>Someone comes to live with you. Or someone leaves.</translation>
    </message>
    <message>
        <source>U gaat verhuizen.</source>
        <translation>You move house.</translation>
    </message>
    <message>
        <source>U gaat naar het buitenland.</source>
        <translation>You go abroad.</translation>
    </message>
    <message>
        <source>U krijgt geld of iets van waarde. Bijvoorbeeld een erfenis of een auto.</source>
        <translation>You get money or something of value. For example an inheritance or a car.</translation>
    </message>
    <message>
        <source>U gaat studeren.</source>
        <translation>You start studying.</translation>
    </message>
    <message>
        <source>Wanneer geeft u het door?</source>
        <translation>When do you tell us?</translation>
    </message>
    <message>
        <source>Geef het zo snel mogelijk door. Twijfelt u? Geef het dan toch door. Dan kijken wij samen wat het betekent.</source>
        <translation>Tell us as soon as you can. Not sure? Tell us anyway. Then we will look together at what it means.</translation>
    </message>
    <message>
        <source>Hoe geeft u het door?</source>
        <translation>How do you tell us?</translation>
    </message>
    <message>
        <source>Of stuur een e-mail. U kunt het ook doorgeven op rotterdam.nl.</source>
        <translation>Or send an e-mail. You can also tell us on rotterdam.nl.</translation>
    </message>
    <message>
        <source>Schrijf op wanneer u het doorgaf. Bewaar een kopie als u die heeft.</source>
        <translation>Write down when you told us. Keep a copy if you have one.</translation>
    </message>
    <message>
        <source>Wat als u iets vergeet?</source>
        <translation>What if you forget something?</translation>
    </message>
    <message>
        <source>Dan krijgt u misschien te veel uitkering. Dat geld moet u dan terugbetalen. Wij bellen u eerst als wij vragen hebben. Kon u er niets aan doen? Dan krijgt u geen boete.</source>
        <translation>Then you may get too much benefit. You must then pay that money back. We call you first if we have questions. Was it not your fault? Then you do not get a fine.</translation>
    </message>
    <message>
        <source>Uw rechten</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>U heeft een vaste begeleider.</source>
        <translation>You have your own coach.</translation>
    </message>
    <message>
        <source>U mag zien welke gegevens wij over u hebben.</source>
        <translation>You may see what information we hold about you.</translation>
    </message>
    <message>
        <source>U mag bezwaar maken tegen een besluit.</source>
        <translation>You may object to a decision.</translation>
    </message>
    <message>
        <source>U mag iemand meenemen naar een gesprek.</source>
        <translation>You may bring someone to a meeting.</translation>
    </message>
    <message>
        <source>Uw rechten en plichten</source>
        <translation>Your rights and duties</translation>
    </message>
</context>
<context>
    <name>LetterWerknl</name>
    <message>
        <source>Ga naar www.werk.nl.</source>
        <translation>Go to www.werk.nl.</translation>
    </message>
    <message>
        <source>Kies &apos;Inschrijven als werkzoekende&apos;.</source>
        <translation>Choose &apos;Inschrijven als werkzoekende&apos; (register as a job seeker).</translation>
    </message>
    <message>
        <source>Log in met uw DigiD.</source>
        <translation>Log in with your DigiD.</translation>
    </message>
    <message>
        <source>Vul uw gegevens in. Dat duurt ongeveer 20 minuten.</source>
        <translation>Fill in your details. This takes about 20 minutes.</translation>
    </message>
    <message>
        <source>Klaar? Dan krijgt u een bevestiging. Bewaar die goed.</source>
        <translation>Done? Then you get a confirmation. Keep it safe.</translation>
    </message>
    <message>
        <source>U heeft een bijstandsuitkering. Dan moet u ingeschreven staan als werkzoekende op werk.nl. Wij zien dat u nog niet bent ingeschreven.</source>
        <translation>You receive social assistance. Then you must be registered as a job seeker on werk.nl. We see that you are not registered yet.</translation>
    </message>
    <message>
        <source>Schrijf u in vóór {date}.</source>
        <translation>Register before {date}.</translation>
    </message>
    <message>
        <source>Zo schrijft u zich in</source>
        <translation>How to register</translation>
    </message>
    <message>
        <source>Lukt het niet?</source>
        <translation>Is it not working?</translation>
    </message>
    <message>
        <source>Wij helpen u graag.</source>
        <translation>We are happy to help.</translation>
    </message>
    <message>
        <source>Kunt u zich niet inschrijven, bijvoorbeeld door uw gezondheid? Bel ons dan ook. Misschien hoeft het dan niet.</source>
        <translation>Can you not register, for example because of your health? Then call us too. Maybe you do not have to.</translation>
    </message>
    <message>
        <source>Schrijf u in op werk.nl</source>
        <translation>Register on werk.nl</translation>
    </message>
</context>
<context>
    <name>LetterWerknlDecision</name>
    <message>
        <source>U staat nog niet ingeschreven op werk.nl.</source>
        <translation>You are not registered on werk.nl yet.</translation>
    </message>
    <message>
        <source>Op {date} stuurden wij u een brief over werk.nl.</source>
        <translation>On {date} we sent you a letter about werk.nl.</translation>
    </message>
    <message>
        <source>Wat hebben wij besloten?</source>
        <translation>What have we decided?</translation>
    </message>
    <message>
        <source>U moet zich binnen 2 weken inschrijven op werk.nl.</source>
        <translation>You must register on werk.nl within 2 weeks.</translation>
    </message>
    <message>
        <source>Schrijf u in vóór {date}.</source>
        <translation>Register before {date}.</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Met een bijstandsuitkering zoekt u werk. Daarom moet u ingeschreven staan op werk.nl. Dat staat in de Participatiewet.</source>
        <translation>With social assistance you look for work. That is why you must be registered on werk.nl. The Participation Act says so.</translation>
    </message>
    <message>
        <source>Zo schrijft u zich in</source>
        <translation>How to register</translation>
    </message>
    <message>
        <source>Wat gebeurt er als u zich niet inschrijft?</source>
        <translation>What happens if you do not register?</translation>
    </message>
    <message>
        <source>Dan verlagen wij uw uitkering met {percent} procent. Dat heet een maatregel.</source>
        <translation>Then we lower your benefit by {percent} percent. This is called a sanction.</translation>
    </message>
    <message>
        <source>U mag eerst uw kant vertellen</source>
        <translation>You may tell your side first</translation>
    </message>
    <message>
        <source>Voordat wij een maatregel nemen, mag u ons uw kant vertellen. Dat heet horen. Bel of mail uw begeleider. Dan maken wij een afspraak.</source>
        <translation>Before we take a sanction, you may tell us your side. This is called a hearing. Call or e-mail your coach. Then we make an appointment.</translation>
    </message>
    <message>
        <source>Besluit: schrijf u in op werk.nl</source>
        <translation>Decision: register on werk.nl</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Terugbelbrief (telefoon eerst)</source>
        <translation>Call-back letter (telephone first)</translation>
    </message>
    <message>
        <source>Inschrijven op werk.nl</source>
        <translation>Registering on werk.nl</translation>
    </message>
    <message>
        <source>Besluit: inschrijven op werk.nl binnen 2 weken</source>
        <translation>Decision: register on werk.nl within 2 weeks</translation>
    </message>
    <message>
        <source>Uitnodiging om gehoord te worden</source>
        <translation>Invitation to be heard</translation>
    </message>
    <message>
        <source>Besluit over een verzuim</source>
        <translation>Decision about an absence</translation>
    </message>
    <message>
        <source>Uitnodiging heronderzoek</source>
        <translation>Re-examination invitation</translation>
    </message>
    <message>
        <source>Rechten en plichten</source>
        <translation>Rights and duties</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Profiel en passende instrumenten</source>
        <translation>Profile and matching instruments</translation>
    </message>
    <message>
        <source>Inzet: reden, doelen en jobcoach</source>
        <translation>Placement: reason, goals and job coach</translation>
    </message>
    <message>
        <source>Deze brief hoort bij één stap van één werkzoekende; die kunt u niet in een mailing sturen.</source>
        <translation>This letter belongs to one step of one client; it cannot be sent in a mailing.</translation>
    </message>
    <message>
        <source>Kies tussen 1 en {n} brieven tegelijk.</source>
        <translation>Choose between 1 and {n} letters at a time.</translation>
    </message>
    <message>
        <source>Voor geen van de gekozen werkzoekenden past deze brief.</source>
        <translation>This letter fits none of the chosen clients.</translation>
    </message>
    <message>
        <source>signaal van {date}</source>
        <translation>signal of {date}</translation>
    </message>
    <message>
        <source>Er is geen werkzoekende met BSN {bsn}.</source>
        <translation>There is no client with BSN {bsn}.</translation>
    </message>
    <message>
        <source>brief-{kind}-{date}.pdf</source>
        <translation>letter-{kind}-{date}.pdf</translation>
    </message>
    <message>
        <source>Een specialist kan geen brieven afdrukken.</source>
        <translation>A specialist cannot print letters.</translation>
    </message>
    <message>
        <source>Onbekende soort brief &apos;{kind}&apos;. Kies uit: {kinds}.</source>
        <translation>Unknown kind of letter &apos;{kind}&apos;. Choose from: {kinds}.</translation>
    </message>
    <message>
        <source>Alleen wie een uitkering heeft of aanvraagt, moet ingeschreven staan op werk.nl.</source>
        <translation>Only people who receive or apply for a benefit must be registered on werk.nl.</translation>
    </message>
    <message>
        <source>Leg eerst vast wie dit heronderzoek selecteerde en waarom.</source>
        <translation>First record who selected this re-examination and why.</translation>
    </message>
    <message>
        <source>Dit signaal bestaat niet (meer).</source>
        <translation>This signal does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit signaal hoort niet bij deze werkzoekende.</source>
        <translation>This signal does not belong to this client.</translation>
    </message>
    <message>
        <source>Er is geen open signaal waar deze brief bij past.</source>
        <translation>There is no open signal this letter fits.</translation>
    </message>
    <message>
        <source>Er zijn meer open signalen; kies met --for welk signaal.</source>
        <translation>There are several open signals; choose one with --for.</translation>
    </message>
    <message>
        <source>Dit verzuim bestaat niet (meer).</source>
        <translation>This absence does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit verzuim hoort niet bij deze werkzoekende.</source>
        <translation>This absence does not belong to this client.</translation>
    </message>
    <message>
        <source>Er is geen verzuim waar deze brief bij past.</source>
        <translation>There is no absence this letter fits.</translation>
    </message>
    <message>
        <source>Er is meer dan één verzuim waar deze brief bij past; kies met --for welk.</source>
        <translation>This letter fits more than one absence; choose one with --for.</translation>
    </message>
    <message>
        <source>Deze inzet bestaat niet (meer).</source>
        <translation>This placement does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze inzet hoort niet bij deze werkzoekende.</source>
        <translation>This placement does not belong to this client.</translation>
    </message>
    <message>
        <source>Er is geen inzet waar deze brief bij past.</source>
        <translation>There is no placement this letter fits.</translation>
    </message>
    <message>
        <source>Er is meer dan één inzet; kies met --for welke.</source>
        <translation>There is more than one placement; choose one with --for.</translation>
    </message>
    <message>
        <source>Dit signaal is al afgesloten.</source>
        <translation>This signal has already been closed.</translation>
    </message>
    <message>
        <source>Telefoon eerst: deze brief kan pas na een belpoging die niet lukte.</source>
        <translation>Telephone first: this letter can only follow a call attempt that failed.</translation>
    </message>
    <message>
        <source>Deze werkzoekende hoeft zich niet in te schrijven.</source>
        <translation>This client does not have to register.</translation>
    </message>
    <message>
        <source>Deze werkzoekende staat al ingeschreven op werk.nl.</source>
        <translation>This client is already registered on werk.nl.</translation>
    </message>
    <message>
        <source>Stuur eerst de brief over inschrijven op werk.nl; dit besluit volgt daarna.</source>
        <translation>First send the letter about registering on werk.nl; this decision comes after it.</translation>
    </message>
    <message>
        <source>Horen hoort bij een maatregeloverweging. Nog nodig: eerst de maatregel overwegen.</source>
        <translation>A hearing belongs to a sanction being considered. Still needed: consider the sanction first.</translation>
    </message>
    <message>
        <source>Dit verzuim is al afgesloten.</source>
        <translation>This absence has already been closed.</translation>
    </message>
    <message>
        <source>Over dit verzuim is nog geen besluit genomen.</source>
        <translation>No decision has been made about this absence yet.</translation>
    </message>
    <message>
        <source>Onbekend document &apos;{doc}&apos;. Kies uit: {docs}.</source>
        <translation>Unknown document &apos;{doc}&apos;. Choose from: {docs}.</translation>
    </message>
    <message>
        <source>Vul eerst in tot wanneer de nazorg loopt.</source>
        <translation>First fill in until when the aftercare lasts.</translation>
    </message>
    <message>
        <source>Het profiel is nog leeg; er is niets om te laten zien.</source>
        <translation>The profile is still empty; there is nothing to show.</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Begin met een kleine groep; dan blijft de ondersteuning te doen.</source>
        <translation>Start with a small group; then the support stays manageable.</translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <source>Hoogstens</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>{n} van {total} werkzoekenden voor wie deze brief past, krijgen een brief.</source>
        <translation>{n} of {total} clients this letter fits will get a letter.</translation>
    </message>
    <message>
        <source>{n} brieven vastgelegd als verstuurd.</source>
        <translation>{n} letters recorded as sent.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mijn week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuwe werkzoekende…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Werkzoekende</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Nieuw &amp;gesprek…</source>
        <translation>New &amp;conversation…</translation>
    </message>
    <message>
        <source>Gesprek &amp;plannen…</source>
        <translation>&amp;Plan a meeting…</translation>
    </message>
    <message>
        <source>Verslag &amp;afdrukken…</source>
        <translation>Pr&amp;int summary…</translation>
    </message>
    <message>
        <source>&amp;Brief afdrukken…</source>
        <translation>Print &amp;letter…</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Mijn &amp;week</source>
        <translation>My &amp;week</translation>
    </message>
    <message>
        <source>&amp;Catalogus (instrumentenhuis)…</source>
        <translation>&amp;Catalogue of instruments (instrumentenhuis)…</translation>
    </message>
    <message>
        <source>&amp;Effectiviteit van instrumenten…</source>
        <translation>&amp;Effectiveness of instruments…</translation>
    </message>
    <message>
        <source>Inschrijving &amp;werk.nl…</source>
        <translation>werk.nl re&amp;gistration…</translation>
    </message>
    <message>
        <source>C&amp;ijfers (centrale opslag)…</source>
        <translation>F&amp;igures (central store)…</translation>
    </message>
    <message>
        <source>&amp;Verzuimaanpak: voorstellen en groepen…</source>
        <translation>&amp;Absence approach: proposals and groups…</translation>
    </message>
    <message>
        <source>V&amp;oordeurbezoeken…</source>
        <translation>D&amp;oor visits…</translation>
    </message>
    <message>
        <source>Cijfers van &amp;dit apparaat…</source>
        <translation>Figures of &amp;this device…</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Over Wijkdesk</source>
        <translation>&amp;About Wijkdesk</translation>
    </message>
    <message>
        <source>{name} is toegevoegd.</source>
        <translation>{name} has been added.</translation>
    </message>
    <message>
        <source>Open eerst een werkzoekende.</source>
        <translation>Open a client first.</translation>
    </message>
    <message>
        <source>Kies eerst een gesprek in de lijst.</source>
        <translation>Choose a conversation in the list first.</translation>
    </message>
    <message>
        <source>Verslag wordt gemaakt…</source>
        <translation>Making the summary…</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal wordt gewijzigd bij de volgende start van Wijkdesk.</source>
        <translation>The language will change the next time Wijkdesk starts.</translation>
    </message>
</context>
<context>
    <name>MatchTab</name>
    <message>
        <source>{n} wk</source>
        <translation>{n} wks</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>vrij</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Inzet starten…</source>
        <translation>Start placement…</translation>
    </message>
    <message>
        <source>Kan nu niet, want</source>
        <translation>Not possible now, because</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Ontwikkeling</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Laten beginnen</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>Afronden…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>Stoppen…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <source>Passende instrumenten</source>
        <translation>Suitable instruments</translation>
    </message>
    <message>
        <source>Nu niet mogelijk</source>
        <translation>Not possible now</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Brief afdrukken…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>Een brief voor de werkzoekende met de reden, de doelen en de jobcoach.</source>
        <translation>A letter for the client with the reason, the goals and the job coach.</translation>
    </message>
    <message>
        <source>Instrumenten</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>&lt;b&gt;Werkpunten uit het profiel:&lt;/b&gt; {items}. De instrumenten staan op volgorde van hoeveel ze daarvan afdekken; kies samen.</source>
        <translation>&lt;b&gt;Points to work on from the profile:&lt;/b&gt; {items}. The instruments are ordered by how many of these they cover; choose together.</translation>
    </message>
    <message>
        <source>Er zijn nog geen werkpunten: leg in het tabblad Profiel vaardigheden en aandachtsgebieden vast met een doel dat hoger ligt dan het niveau nu.</source>
        <translation>There are no points to work on yet: in the Profile tab, record skills and areas of attention with a goal higher than the current level.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nog niet herkend door de werkzoekende:&lt;/b&gt; {items}. Bespreek dit profiel eerst samen; de werkzoekende beslist.</source>
        <translation>&lt;b&gt;Not (yet) recognised by the client:&lt;/b&gt; {items}. Discuss this profile together first; the client decides.</translation>
    </message>
    <message>
        <source>Inzet vastgelegd: {name}.</source>
        <translation>Placement recorded: {name}.</translation>
    </message>
    <message>
        <source>Inzet afgerond.</source>
        <translation>Placement completed.</translation>
    </message>
    <message>
        <source>Inzet stoppen</source>
        <translation>Stop placement</translation>
    </message>
    <message>
        <source>Waarom stopt {name}?</source>
        <translation>Why is {name} stopping?</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>niet meer in te zetten</source>
        <translation>no longer available</translation>
    </message>
    <message>
        <source>geboortedatum onbekend (leeftijdsgrens {low}–{high})</source>
        <translation>date of birth unknown (age limit {low}–{high})</translation>
    </message>
    <message>
        <source>te jong: vanaf {low} jaar (nu {age})</source>
        <translation>too young: from age {low} (now {age})</translation>
    </message>
    <message>
        <source>te oud: tot en met {high} jaar (nu {age})</source>
        <translation>too old: up to and including age {high} (now {age})</translation>
    </message>
    <message>
        <source>geen plaatsen vrij</source>
        <translation>no places available</translation>
    </message>
    <message>
        <source>loopt al of is voorgesteld</source>
        <translation>already running or proposed</translation>
    </message>
    <message>
        <source>werkt aan: {items}</source>
        <translation>works on: {items}</translation>
    </message>
    <message>
        <source>werkt aan geen van de werkpunten</source>
        <translation>works on none of the points to work on</translation>
    </message>
    <message>
        <source>past bij werkrichting: {items}</source>
        <translation>fits the career direction: {items}</translation>
    </message>
    <message>
        <source>houdt rekening met: {items}</source>
        <translation>takes into account: {items}</translation>
    </message>
    <message>
        <source>niet: {items}</source>
        <translation>not: {items}</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>Dit bestand bevat tabellen maar is geen Wijkdesk-database. Er is niets gewijzigd.</source>
        <translation>This file contains tables but is not a Wijkdesk database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt door een nieuwere versie van Wijkdesk (schema {rev}). Werk Wijkdesk bij; er is niets gewijzigd.</source>
        <translation>This data was made by a newer version of Wijkdesk (schema {rev}). Please update Wijkdesk; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Nieuwe werkzoekende</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter wat in rood staat.</source>
        <translation>Not saved: please correct what is shown in red.</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>voorgesteld</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>loopt</source>
        <translation>running</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>werk</source>
        <translation>work</translation>
    </message>
    <message>
        <source>opleiding</source>
        <translation>education</translation>
    </message>
    <message>
        <source>vervolginstrument</source>
        <translation>follow-on instrument</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Alleen de begeleider zet instrumenten in.</source>
        <translation>Only the coach places clients on instruments.</translation>
    </message>
    <message>
        <source>Dit instrument kan nu niet: {why}.</source>
        <translation>This instrument is not possible now: {why}.</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit instrument wordt ingezet; de specialist leest dit ook.</source>
        <translation>Write down why this instrument is being used; the specialist reads this too.</translation>
    </message>
    <message>
        <source>Een nieuwe inzet is voorgesteld of loopt.</source>
        <translation>A new placement is proposed or running.</translation>
    </message>
    <message>
        <source>Een inzet die nog moet beginnen blijft voorgesteld tot de startdatum.</source>
        <translation>A placement that has yet to begin stays proposed until the start date.</translation>
    </message>
    <message>
        <source>Kies het resultaat: werk, opleiding, vervolginstrument of geen.</source>
        <translation>Choose the result: work, education, follow-on instrument or none.</translation>
    </message>
    <message>
        <source>Een waardering is een cijfer van 1 tot en met 5.</source>
        <translation>A rating is a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Dit is geen doel van deze inzet.</source>
        <translation>This is not a goal of this placement.</translation>
    </message>
    <message>
        <source>Schrijf op waarom de inzet stopt.</source>
        <translation>Write down why the placement is stopping.</translation>
    </message>
    <message>
        <source>Gestopt: {reason}</source>
        <translation>Stopped: {reason}</translation>
    </message>
    <message>
        <source>Schrijf op wat er is gebeurd.</source>
        <translation>Write down what happened.</translation>
    </message>
    <message>
        <source>Kies minstens één doel.</source>
        <translation>Choose at least one goal.</translation>
    </message>
    <message>
        <source>Een inzet die {old} is kan niet {new} worden.</source>
        <translation>A placement that is {old} cannot become {new}.</translation>
    </message>
    <message>
        <source>Deze inzet is al {status}.</source>
        <translation>This placement is already {status}.</translation>
    </message>
    <message>
        <source>Deze inzet bestaat niet (meer).</source>
        <translation>This placement does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit overzicht is alleen voor specialisten.</source>
        <translation>This overview is for specialists only.</translation>
    </message>
    <message>
        <source>Schrijf uw evaluatie op.</source>
        <translation>Write down your evaluation.</translation>
    </message>
    <message>
        <source>U bent niet betrokken bij deze inzet.</source>
        <translation>You are not involved in this placement.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>{n} mislukte belpogingen die ten minste {gap} minuten uit elkaar liggen (nu {count})</source>
        <translation>{n} failed call attempts at least {gap} minutes apart (now {count})</translation>
    </message>
    <message>
        <source>belpogingen op ten minste {days} verschillende dagen (nu {count})</source>
        <translation>call attempts on at least {days} different days (now {count})</translation>
    </message>
    <message>
        <source>een verstuurde brief</source>
        <translation>a letter that was sent</translation>
    </message>
    <message>
        <source>een brief verstuurd op of na de dag van de laatste belpoging ({day})</source>
        <translation>a letter sent on or after the day of the last call attempt ({day})</translation>
    </message>
    <message>
        <source>de wachttijd na de brief: dit kan vanaf {day}</source>
        <translation>the waiting period after the letter: possible from {day}</translation>
    </message>
    <message>
        <source>ten minste één belpoging</source>
        <translation>at least one call attempt</translation>
    </message>
    <message>
        <source>Geen boete, tenzij…: bel eerst. Nog nodig: {what}.</source>
        <translation>No fine, unless…: call first. Still needed: {what}.</translation>
    </message>
    <message>
        <source>Een besluit dat het inkomen verandert legt u telefonisch uit. Nog nodig: {what}, of een geschreven reden waarom bellen niet kon.</source>
        <translation>A decision that changes income is explained by phone. Still needed: {what}, or a written reason why calling was impossible.</translation>
    </message>
    <message>
        <source>Een besluit dat het inkomen verandert legt u telefonisch uit. Nog nodig: ten minste één belpoging.</source>
        <translation>A decision that changes income is explained by phone. Still needed: at least one call attempt.</translation>
    </message>
    <message>
        <source>Bij een besluit dat het inkomen verandert hoort geen waarschuwing of boete-onderzoek: leg het besluit uit.</source>
        <translation>A decision that changes income gets no warning or fine investigation: explain the decision.</translation>
    </message>
    <message>
        <source>Een besluit dat het inkomen verandert sluit u af met &apos;uitgelegd&apos;.</source>
        <translation>A decision that changes income is closed as &apos;explained&apos;.</translation>
    </message>
    <message>
        <source>&apos;Uitgelegd&apos; hoort bij een besluit dat het inkomen verandert.</source>
        <translation>&apos;Explained&apos; belongs to a decision that changes income.</translation>
    </message>
    <message>
        <source>Geen boete, tenzij…: de werkzoekende is bereikt en het is niet verwijtbaar. Een waarschuwing of boete-onderzoek kan niet meer.</source>
        <translation>No fine, unless…: the client was reached and it is not culpable. A warning or fine investigation is no longer possible.</translation>
    </message>
    <message>
        <source>Nog nodig: uw oordeel of de schending verwijtbaar is (de werkzoekende is bereikt).</source>
        <translation>Still needed: your judgement whether the breach is culpable (the client was reached).</translation>
    </message>
    <message>
        <source>Of iets verwijtbaar is beoordeelt u pas na een gesprek met de werkzoekende. Nog nodig: een belpoging waarbij de werkzoekende is bereikt.</source>
        <translation>You judge whether something is culpable only after talking with the client. Still needed: a call attempt in which the client was reached.</translation>
    </message>
    <message>
        <source>Een afgesloten signaal heeft een resultaat met een reden.</source>
        <translation>A closed signal has a result with a reason.</translation>
    </message>
    <message>
        <source>Onbekend resultaat: {result}.</source>
        <translation>Unknown result: {result}.</translation>
    </message>
    <message>
        <source>Een belpoging kan alleen binnen {minutes} minuten worden ingetrokken, door wie haar vastlegde.</source>
        <translation>A call attempt can only be withdrawn within {minutes} minutes, by whoever logged it.</translation>
    </message>
    <message>
        <source>De werkzoekende had zich afgemeld: een voordeurbezoek is niet nodig.</source>
        <translation>The client had called off: a doorstep visit is not needed.</translation>
    </message>
    <message>
        <source>Het voordeurbezoek ligt voor het verzuim.</source>
        <translation>The door visit lies before the absence.</translation>
    </message>
    <message>
        <source>Het vervolggesprek is geen gehouden gesprek met deze werkzoekende.</source>
        <translation>The follow-up conversation is not a held conversation with this client.</translation>
    </message>
    <message>
        <source>Het vervolggesprek wordt gehouden na het voordeurbezoek. Nog nodig: eerst het voordeurbezoek.</source>
        <translation>The follow-up conversation is held after the door visit. Still needed: the door visit first.</translation>
    </message>
    <message>
        <source>Een maatregel overwegen kan pas na het voordeurbezoek, het vervolggesprek en de toets van de omstandigheden. Nog nodig: {what}.</source>
        <translation>A sanction can only be considered after the door visit, the follow-up conversation and the check of circumstances. Still needed: {what}.</translation>
    </message>
    <message>
        <source>De maatregeloverweging ligt voor het vervolggesprek.</source>
        <translation>The sanction consideration lies before the follow-up conversation.</translation>
    </message>
    <message>
        <source>Horen hoort bij een maatregeloverweging. Nog nodig: eerst de maatregel overwegen.</source>
        <translation>A hearing belongs to a sanction being considered. Still needed: consider the sanction first.</translation>
    </message>
    <message>
        <source>Bij de uitnodiging om gehoord te worden hoort een reactietermijn na de uitnodiging.</source>
        <translation>An invitation to be heard comes with a response deadline after the invitation.</translation>
    </message>
    <message>
        <source>De uitkomst van het horen volgt op de uitnodiging.</source>
        <translation>The outcome of the hearing follows the invitation.</translation>
    </message>
    <message>
        <source>Schrijf de zienswijze van de werkzoekende op.</source>
        <translation>Write down the client&apos;s view.</translation>
    </message>
    <message>
        <source>Een maatregel kan pas na {what}.</source>
        <translation>A sanction is only possible after {what}.</translation>
    </message>
    <message>
        <source>Een besluit kan pas na de uitkomst van het horen of na de reactietermijn (tot en met {day}).</source>
        <translation>A decision is only possible after the outcome of the hearing or after the response deadline (up to and including {day}).</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit het besluit is.</source>
        <translation>Write down why this is the decision.</translation>
    </message>
    <message>
        <source>Het percentage van de maatregel ligt tussen {low} en {high}.</source>
        <translation>The sanction&apos;s percentage lies between {low} and {high}.</translation>
    </message>
    <message>
        <source>Een maatregel geldt 1 tot en met {high} maanden.</source>
        <translation>A sanction lasts 1 to {high} months.</translation>
    </message>
    <message>
        <source>Een afgesloten verzuim heeft een besluit.</source>
        <translation>A closed absence has a decision.</translation>
    </message>
    <message>
        <source>Een bindende afspraak om in te schrijven op werk.nl kan pas na {what}.</source>
        <translation>A binding decision to register at werk.nl is only possible after {what}.</translation>
    </message>
    <message>
        <source>Een bindende afspraak heeft een termijn van ten minste {days} dagen.</source>
        <translation>A binding decision has a deadline of at least {days} days.</translation>
    </message>
    <message>
        <source>Een maatregel voor werk.nl kan pas na {what}.</source>
        <translation>A werk.nl sanction is only possible after {what}.</translation>
    </message>
    <message>
        <source>Een maatregel voor werk.nl kan pas na de termijn van de bindende afspraak (tot en met {day}).</source>
        <translation>A werk.nl sanction is only possible after the binding decision&apos;s deadline (up to and including {day}).</translation>
    </message>
    <message>
        <source>De werkzoekende schreef zich binnen de termijn in: geen maatregel.</source>
        <translation>The client registered within the deadline: no sanction.</translation>
    </message>
    <message>
        <source>De maatregel voor werk.nl is 1 tot en met {high} procent.</source>
        <translation>The werk.nl sanction is 1 to {high} percent.</translation>
    </message>
    <message>
        <source>Bij een verzoek om ontheffing horen wie belde, de reden en het besluit (toegekend of afgewezen).</source>
        <translation>An exemption request records who called, the reason and the decision (granted or refused).</translation>
    </message>
    <message>
        <source>De nazorg loopt niet af voor het einde van de uitkering ({day}).</source>
        <translation>Aftercare does not end before the benefit ends ({day}).</translation>
    </message>
    <message>
        <source>Leg vast of het werk standhield (ja of nee) en op welke dag.</source>
        <translation>Record whether the work lasted (yes or no) and on which day.</translation>
    </message>
    <message>
        <source>Of het werk standhield legt u vast als de uitkering is beëindigd.</source>
        <translation>Whether the work lasted is recorded once the benefit has ended.</translation>
    </message>
    <message>
        <source>Of het werk standhield legt u vast aan het einde van de nazorg (vanaf {day}).</source>
        <translation>Whether the work lasted is recorded at the end of aftercare (from {day}).</translation>
    </message>
    <message>
        <source>Een herstart van de uitkering telt alleen binnen zes maanden na het vorige einde.</source>
        <translation>A restart of the benefit only counts within six months of the previous end.</translation>
    </message>
    <message>
        <source>De uitkering start opnieuw binnen zes maanden na het einde ({day}): leg de herstart vast (geen nieuwe zoektermijn van vier weken voor wie ouder is dan 27).</source>
        <translation>The benefit restarts within six months of its end ({day}): record the restart (no new four-week search period for people over 27).</translation>
    </message>
    <message>
        <source>Bij een herstart binnen zes maanden houdt de werkzoekende dezelfde klantmanager.</source>
        <translation>A client whose benefit restarts within six months keeps the same coach.</translation>
    </message>
    <message>
        <source>Bij een heronderzoek horen wie het selecteerde en waarom, in woorden (ten minste {n} woorden; geen score of model).</source>
        <translation>A re-examination records who selected it and why, in words (at least {n} words; no score or model).</translation>
    </message>
    <message>
        <source>Een uitnodiging voor een heronderzoek volgt op de selectie: leg eerst vast wie het selecteerde en waarom.</source>
        <translation>An invitation to a re-examination follows the selection: first record who selected it and why.</translation>
    </message>
    <message>
        <source>Verwijs naar het wijkteam of naar VraagWijzer.</source>
        <translation>Refer to the neighbourhood team or to VraagWijzer.</translation>
    </message>
    <message>
        <source>Bij een verwijzing horen de reden en een datum om na te gaan hoe het ging, op of na de dag van verwijzen.</source>
        <translation>A referral has the reason and a date to check how it went, on or after the day of the referral.</translation>
    </message>
    <message>
        <source>Schrijf op hoe het ging met de verwijzing (na de dag van verwijzen).</source>
        <translation>Write down how the referral went (after the day of the referral).</translation>
    </message>
    <message>
        <source>Een voorstel voor de verzuimaanpak noemt de reden (afspraken gemist, verplichtingen niet nagekomen, vaak ziek gemeld) en een toelichting in woorden.</source>
        <translation>A proposal for the absence approach names the reason (missed appointments, obligations not met, frequently reported sick) and an explanation in words.</translation>
    </message>
    <message>
        <source>Bij toelaten of uitsluiten horen een voorstel, wie besliste, de datum en de reden (bijvoorbeeld ernstige belemmeringen).</source>
        <translation>Admitting or excluding needs a proposal, who decided, the date and the reason (for example serious impediments).</translation>
    </message>
    <message>
        <source>De werkzoekende is ontheven van de arbeidsverplichting (tot en met {day}): geen verzuimaanpak.</source>
        <translation>The client is exempt from the work duty (up to and including {day}): no absence approach.</translation>
    </message>
    <message>
        <source>Alleen een toegelaten werkzoekende komt in een groep van de verzuimaanpak.</source>
        <translation>Only an admitted jobseeker joins a group of the absence approach.</translation>
    </message>
    <message>
        <source>Een groep van de verzuimaanpak heeft een naam, een team en een startdatum.</source>
        <translation>A group of the absence approach has a name, a team and a start date.</translation>
    </message>
    <message>
        <source>Deze groep is vol ({n} deelnemers).</source>
        <translation>This group is full ({n} participants).</translation>
    </message>
    <message>
        <source>Een bijeenkomst heeft een groep, een onderwerp (cv-training, sollicitatietraining, motivatie) en een tijdstip.</source>
        <translation>A meeting has a group, a topic (CV training, application training, motivation) and a time.</translation>
    </message>
    <message>
        <source>Aanwezigheid is: aanwezig, afgemeld of niet verschenen, bij een bijeenkomst.</source>
        <translation>Attendance is: present, called off or no-show, at a meeting.</translation>
    </message>
    <message>
        <source>Aanwezigheid houdt u bij voor toegelaten deelnemers.</source>
        <translation>Attendance is recorded for admitted participants.</translation>
    </message>
    <message>
        <source>Niet verschenen zonder afmelding opent een verzuim voor het voordeurbezoek; bij aanwezig of afgemeld hoort geen verzuim.</source>
        <translation>A no-show without calling off opens an absence for the door visit; present or called off has no absence.</translation>
    </message>
    <message>
        <source>Of de werkzoekende zich in het profiel herkent, zegt de werkzoekende zelf: leg dat vast met de dag waarop het werd gezegd, op of na de beoordeling (niet overgenomen).</source>
        <translation>Whether the jobseeker recognises the profile is for the jobseeker to say: record it with the day it was said, on or after the assessment (not carried over).</translation>
    </message>
    <message>
        <source>Een waardering is een cijfer van 1 tot en met 5.</source>
        <translation>A rating is a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Een opmerking van de werkzoekende hoort bij een waardering.</source>
        <translation>A remark from the client goes with a rating.</translation>
    </message>
    <message>
        <source>De waardering aan het einde van de nazorg hoort bij de vraag of het werk standhield.</source>
        <translation>The rating at the end of aftercare goes with recording whether the work lasted.</translation>
    </message>
    <message>
        <source>De map rechten en plichten is overhandigd of besproken.</source>
        <translation>The rights and duties folder is either handed over or discussed.</translation>
    </message>
    <message>
        <source>De informatieplicht bespreekt u in een gehouden gesprek, niet in een afspraak die nog moet komen.</source>
        <translation>The duty to inform is discussed in a conversation that took place, not in a meeting still to come.</translation>
    </message>
    <message>
        <source>Een ontheffing van de arbeidsverplichting heeft een reden en een einddatum.</source>
        <translation>An exemption from the work duty has a reason and an end date.</translation>
    </message>
    <message>
        <source>De einddatum van de ontheffing ligt voor de begindatum.</source>
        <translation>The exemption&apos;s end date is before its first day.</translation>
    </message>
    <message>
        <source>De werkzoekende is ontheven van de arbeidsverplichting (tot en met {day}): geen bindende afspraak voor werk.nl.</source>
        <translation>The client is exempt from the work duty (up to and including {day}): no werk.nl binding decision.</translation>
    </message>
    <message>
        <source>De werkzoekende is ontheven van de arbeidsverplichting (tot en met {day}): geen maatregel voor werk.nl.</source>
        <translation>The client is exempt from the work duty (up to and including {day}): no werk.nl sanction.</translation>
    </message>
    <message>
        <source>het voordeurbezoek</source>
        <translation>the doorstep visit</translation>
    </message>
    <message>
        <source>het vervolggesprek met de werkzoekende</source>
        <translation>the follow-up conversation with the client</translation>
    </message>
    <message>
        <source>de toets van de omstandigheden (kinderen, schulden, wonen, gezondheid)</source>
        <translation>the check of circumstances (children, debts, housing, health)</translation>
    </message>
    <message>
        <source>een maatregeloverweging</source>
        <translation>a sanction being considered</translation>
    </message>
    <message>
        <source>een uitnodiging om gehoord te worden</source>
        <translation>an invitation to be heard</translation>
    </message>
    <message>
        <source>een brief met uitleg en telefoonnummer</source>
        <translation>a letter with instructions and a phone number</translation>
    </message>
    <message>
        <source>telefonisch contact na de brief</source>
        <translation>phone contact after the letter</translation>
    </message>
    <message>
        <source>een bindende afspraak met termijn</source>
        <translation>a binding decision with a deadline</translation>
    </message>
    <message>
        <source>{a} en {b}</source>
        <translation>{a} and {b}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Afdrukvoorbeeld — verslag van het gesprek</source>
        <translation>Print preview — summary of the conversation</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n pagina&apos;s</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Het lettertype voor het verslag ontbreekt of is beschadigd ({path}).</source>
        <translation>The font for the summary is missing or damaged ({path}).</translation>
    </message>
    <message>
        <source>Een specialist kan geen gespreksverslag afdrukken.</source>
        <translation>A specialist cannot print a conversation summary.</translation>
    </message>
    <message>
        <source>{path} is een map; geef een bestandsnaam op.</source>
        <translation>{path} is a directory; please give a file name.</translation>
    </message>
    <message>
        <source>De map {path} bestaat niet.</source>
        <translation>The directory {path} does not exist.</translation>
    </message>
    <message>
        <source>Het verslag kon niet worden opgeslagen in {path}: {error}</source>
        <translation>The summary could not be saved in {path}: {error}</translation>
    </message>
    <message>
        <source>Dit gesprek bestaat niet (meer).</source>
        <translation>This conversation does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit gesprek heeft nog niet plaatsgevonden; er is nog geen verslag.</source>
        <translation>This conversation has not taken place yet; there is no summary yet.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Kies een niveau van 1 tot en met 5.</source>
        <translation>Choose a level from 1 to 5.</translation>
    </message>
    <message>
        <source>zelfbeoordeling</source>
        <translation>self-assessment</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>game</source>
        <translation>game</translation>
    </message>
    <message>
        <source>begeleider</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>Alleen de begeleider ziet en wijzigt het profiel.</source>
        <translation>Only the coach sees and changes the profile.</translation>
    </message>
    <message>
        <source>Kies een onderdeel uit de lijst.</source>
        <translation>Choose an item from the list.</translation>
    </message>
    <message>
        <source>Kies hoe dit is vastgesteld.</source>
        <translation>Choose how this was established.</translation>
    </message>
    <message>
        <source>Deze inzet hoort bij iemand anders.</source>
        <translation>This placement belongs to someone else.</translation>
    </message>
    <message>
        <source>Deze beoordeling bestaat niet (meer).</source>
        <translation>This assessment does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Herkent zich</source>
        <translation>Client agrees</translation>
    </message>
    <message>
        <source>Onder het doel: hier wordt aan gewerkt.</source>
        <translation>Below the goal: this is being worked on.</translation>
    </message>
    <message>
        <source>Kies links een onderdeel om de ontwikkeling te zien.</source>
        <translation>Choose an item on the left to see the development.</translation>
    </message>
    <message>
        <source>Beoordelen</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>geen doel</source>
        <translation>no goal</translation>
    </message>
    <message>
        <source>De werkzoekende herkent zich hierin</source>
        <translation>The client recognises themselves in this</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Niveau (1–5)</source>
        <translation>Level (1–5)</translation>
    </message>
    <message>
        <source>Doel samen afgesproken</source>
        <translation>Goal agreed together</translation>
    </message>
    <message>
        <source>Brief afdrukken…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>Het profiel in woorden voor de werkzoekende, met de instrumenten die passen en waarom.</source>
        <translation>The profile in words for the client, with the instruments that fit and why.</translation>
    </message>
    <message>
        <source>Herkent zich nu</source>
        <translation>Recognises it now</translation>
    </message>
    <message>
        <source>De werkzoekende zegt vandaag zich te herkennen in de laatste beoordeling van het gekozen onderdeel.</source>
        <translation>The jobseeker says today that they recognise the latest assessment of the chosen item.</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Nog geen profiel. Leg hieronder samen met de werkzoekende vast wat iemands kwaliteiten, vaardigheden en aandachtsgebieden zijn.</source>
        <translation>No profile yet. Below, record together with the client what their qualities, skills and areas of attention are.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Werkpunten:&lt;/b&gt; geen — alles staat op of boven het afgesproken doel.</source>
        <translation>&lt;b&gt;Points to work on:&lt;/b&gt; none — everything is at or above the agreed goal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Werkpunten:&lt;/b&gt; {items}</source>
        <translation>&lt;b&gt;Points to work on:&lt;/b&gt; {items}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ontwikkeling&lt;/b&gt;</source>
        <translation>&lt;b&gt;Development&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ontwikkeling: {item}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Development: {item}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · na inzet</source>
        <translation> · after placement</translation>
    </message>
    <message>
        <source>Vastgelegd.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Kies eerst een onderdeel in de lijst.</source>
        <translation>First choose an item in the list.</translation>
    </message>
    <message>
        <source>Herkenning door de werkzoekende vastgelegd.</source>
        <translation>The jobseeker&apos;s recognition recorded.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReexaminationDialog</name>
    <message>
        <source>Heronderzoek: wie selecteerde het en waarom</source>
        <translation>Re-examination: who selected it and why</translation>
    </message>
    <message>
        <source>In woorden: wat in de situatie van de werkzoekende aanleiding geeft. Geen score, geen model.</source>
        <translation>In words: what in the client&apos;s situation gives cause. No score, no model.</translation>
    </message>
    <message>
        <source>Geselecteerd door</source>
        <translation>Selected by</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Verwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Waarom: waar kan het wijkteam of VraagWijzer bij helpen?</source>
        <translation>Why: what can the neighbourhood team or VraagWijzer help with?</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nagaan op</source>
        <translation>Check on</translation>
    </message>
    <message>
        <source>Verwijzing nagaan</source>
        <translation>Check referrals</translation>
    </message>
    <message>
        <source>Hoe ging de verwijzing van {name}?</source>
        <translation>How did {name}&apos;s referral go?</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>VraagWijzer</source>
        <translation>VraagWijzer</translation>
    </message>
    <message>
        <source>Deze verwijzing bestaat niet (meer).</source>
        <translation>This referral does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>RejectedDialog</name>
    <message>
        <source>Geweigerde wijzigingen</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>De centrale opslag heeft deze wijzigingen niet overgenomen. De reden staat erbij. Ze blijven hier staan tot u ze weghaalt.</source>
        <translation>The central store did not accept these changes. The reason is shown with each. They stay here until you remove them.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gelezen, weghalen</source>
        <translation>Read, remove</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>(&lt;5 of leeg: niet getekend)</source>
        <translation>(&lt;5 or empty: not drawn)</translation>
    </message>
    <message>
        <source>(&lt;5 of leeg: getekend als 0)</source>
        <translation>(&lt;5 or empty: drawn as 0)</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Soort signaal</source>
        <translation>Kind of signal</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Telefonisch bereikt</source>
        <translation>Reached by phone</translation>
    </message>
    <message>
        <source>Aandeel telefonisch bereikt</source>
        <translation>Share reached by phone</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Uitstroom</source>
        <translation>Outflow</translation>
    </message>
    <message>
        <source>Uitstroom naar werk</source>
        <translation>Outflow to work</translation>
    </message>
    <message>
        <source>Uitstroom anderszins</source>
        <translation>Outflow otherwise</translation>
    </message>
    <message>
        <source>Maatregeloverwegingen</source>
        <translation>Sanctions considered</translation>
    </message>
    <message>
        <source>Aangeboden gehoord te worden</source>
        <translation>Offered to be heard</translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Niet gekomen, niet afgemeld</source>
        <translation>No-shows (not called off)</translation>
    </message>
    <message>
        <source>Voordeurbezoeken</source>
        <translation>Door visits</translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Niet ingeschreven</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Ontheffing</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Brieven verstuurd</source>
        <translation>Letters sent</translation>
    </message>
    <message>
        <source>Teruggebeld</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Nagebeld</source>
        <translation>Phoned</translation>
    </message>
    <message>
        <source>Bindende besluiten</source>
        <translation>Binding decisions</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Afgerond met werk</source>
        <translation>Completed with work</translation>
    </message>
    <message>
        <source>Afgerond met profielmeting</source>
        <translation>Completed with profile assessment</translation>
    </message>
    <message>
        <source>Profiel vooraf (gem.)</source>
        <translation>Profile before (avg.)</translation>
    </message>
    <message>
        <source>Profiel achteraf (gem.)</source>
        <translation>Profile after (avg.)</translation>
    </message>
    <message>
        <source>Ervaring werkzoekende (gem.)</source>
        <translation>Experience of the client (avg.)</translation>
    </message>
    <message>
        <source>Oordelen werkzoekende</source>
        <translation>Ratings by the client</translation>
    </message>
    <message>
        <source>Ervaring werkbegeleider (gem.)</source>
        <translation>Experience of the supervisor (avg.)</translation>
    </message>
    <message>
        <source>Oordelen werkbegeleider</source>
        <translation>Ratings by the supervisor</translation>
    </message>
    <message>
        <source>Ervaring werkgever (gem.)</source>
        <translation>Experience of the employer (avg.)</translation>
    </message>
    <message>
        <source>Oordelen werkgever</source>
        <translation>Ratings by the employer</translation>
    </message>
    <message>
        <source>Begeleider</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Werkzoekenden</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Met lopende uitkering</source>
        <translation>With a running benefit</translation>
    </message>
    <message>
        <source>Verlopen afspraken</source>
        <translation>Overdue agreements</translation>
    </message>
    <message>
        <source>Met verlopen afspraken</source>
        <translation>With overdue agreements</translation>
    </message>
    <message>
        <source>Contactritme gehouden</source>
        <translation>Contact rhythm kept</translation>
    </message>
    <message>
        <source>Zonder team</source>
        <translation>Without a team</translation>
    </message>
    <message>
        <source>Zonder begeleider</source>
        <translation>Without a coach</translation>
    </message>
    <message>
        <source>Onbekend instrument</source>
        <translation>Unknown instrument</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Bijeenkomst plannen</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Wijkkantoor Feijenoord</source>
        <translation>For example: Wijkkantoor Feijenoord</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Dag en tijd</source>
        <translation>Day and time</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Toets</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Aanmelden bij de centrale opslag</source>
        <translation>Sign in to the central store</translation>
    </message>
    <message>
        <source>het token dat u van de teamleider kreeg</source>
        <translation>the token you received from the team leader</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Vul het adres (met https://), uw gebruikersnaam en het token in.</source>
        <translation>Fill in the address (with https://), your user name and the token.</translation>
    </message>
    <message>
        <source>De centrale opslag is niet bereikbaar. Controleer het adres en de verbinding.</source>
        <translation>The central store cannot be reached. Check the address and the connection.</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>Vermoeden schending inlichtingenplicht</source>
        <translation>Suspected breach of the duty to inform</translation>
    </message>
    <message>
        <source>Besluit dat het inkomen verandert</source>
        <translation>Decision that changes the income</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Geen actie</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>Gecorrigeerd met de werkzoekende</source>
        <translation>Corrected with the client</translation>
    </message>
    <message>
        <source>Uitgelegd</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Boete-onderzoek</source>
        <translation>Fine investigation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Kies wat voor signaal het is.</source>
        <translation>Choose what kind of signal it is.</translation>
    </message>
    <message>
        <source>Beschrijf het signaal: wat is er gezien of gemeld?</source>
        <translation>Describe the signal: what was seen or reported?</translation>
    </message>
    <message>
        <source>De datum van het signaal ligt in de toekomst.</source>
        <translation>The date of the signal is in the future.</translation>
    </message>
    <message>
        <source>Een belpoging kan niet in de toekomst liggen.</source>
        <translation>A call attempt cannot be in the future.</translation>
    </message>
    <message>
        <source>De volgende belpoging ligt na deze.</source>
        <translation>The next call attempt must be after this one.</translation>
    </message>
    <message>
        <source>Deze belpoging ligt voor de datum van het signaal.</source>
        <translation>This call attempt is before the date of the signal.</translation>
    </message>
    <message>
        <source>De herinnering ligt voor de datum van het signaal.</source>
        <translation>The reminder is before the date of the signal.</translation>
    </message>
    <message>
        <source>Een brief die nog niet is verstuurd kunt u niet vastleggen.</source>
        <translation>You cannot record a letter that has not been sent yet.</translation>
    </message>
    <message>
        <source>De brief is verstuurd voor de datum van het signaal; klopt de datum?</source>
        <translation>The letter was sent before the date of the signal; is the date right?</translation>
    </message>
    <message>
        <source>Kies een resultaat.</source>
        <translation>Choose a result.</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit het resultaat is.</source>
        <translation>Write down why this is the result.</translation>
    </message>
    <message>
        <source>Schrijf in een paar woorden op waarom dit het resultaat is.</source>
        <translation>Write down in a few words why this is the result.</translation>
    </message>
    <message>
        <source>Deze belpoging bestaat niet (meer).</source>
        <translation>This call attempt does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit signaal is al afgesloten.</source>
        <translation>This signal has already been closed.</translation>
    </message>
    <message>
        <source>Dit signaal bestaat niet (meer).</source>
        <translation>This signal does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>SignalsTab</name>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Wat is er gezien of gemeld?</source>
        <translation>What was seen or reported?</translation>
    </message>
    <message>
        <source>Signaal toevoegen</source>
        <translation>Add signal</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Wanneer is er gebeld? Standaard nu.</source>
        <translation>When was the call made? Default: now.</translation>
    </message>
    <message>
        <source>Korte notitie (optioneel)</source>
        <translation>Short note (optional)</translation>
    </message>
    <message>
        <source>Gebeld — bereikt</source>
        <translation>Called — reached</translation>
    </message>
    <message>
        <source>Gebeld — niet bereikt</source>
        <translation>Called — not reached</translation>
    </message>
    <message>
        <source>Belpoging intrekken</source>
        <translation>Withdraw call attempt</translation>
    </message>
    <message>
        <source>Een per ongeluk vastgelegde belpoging: alleen door wie haar vastlegde, binnen enkele minuten. Het intrekken wordt gelogd.</source>
        <translation>A call attempt logged by mistake: only by whoever logged it, within a few minutes. The withdrawal is logged.</translation>
    </message>
    <message>
        <source>Herinnering volgende poging</source>
        <translation>Reminder for the next attempt</translation>
    </message>
    <message>
        <source>Herinnering zetten</source>
        <translation>Set reminder</translation>
    </message>
    <message>
        <source>Brief verstuurd (vandaag)</source>
        <translation>Letter sent (today)</translation>
    </message>
    <message>
        <source>Terugbelbrief afdrukken…</source>
        <translation>Print call-back letter…</translation>
    </message>
    <message>
        <source>Voorbeeld, afdrukken of opslaan; daarna staat de brief als verstuurd vastgelegd.</source>
        <translation>Preview, print or save; then the letter is recorded as sent.</translation>
    </message>
    <message>
        <source>Nog niet beoordeeld</source>
        <translation>Not assessed yet</translation>
    </message>
    <message>
        <source>Verwijtbaar</source>
        <translation>Culpable</translation>
    </message>
    <message>
        <source>Niet verwijtbaar</source>
        <translation>Not culpable</translation>
    </message>
    <message>
        <source>Alleen als bellen niet kon: waarom niet?</source>
        <translation>Only if calling was impossible: why not?</translation>
    </message>
    <message>
        <source>Waarom is dit het resultaat? (verplicht)</source>
        <translation>Why is this the result? (required)</translation>
    </message>
    <message>
        <source>Afsluiten met dit resultaat</source>
        <translation>Close with this result</translation>
    </message>
    <message>
        <source>Bellen</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oordeel en resultaat</source>
        <translation>Judgement and result</translation>
    </message>
    <message>
        <source>Verwijtbaar?</source>
        <translation>Culpable?</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bellen kon niet</source>
        <translation>Calling was impossible</translation>
    </message>
    <message>
        <source>Kies een signaal, of voeg er een toe.
Bij een signaal: eerst bellen. Geen boete, tenzij…</source>
        <translation>Choose a signal, or add one.
With a signal: call first. No fine, unless…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Afgesloten op {date}: {result}. Reden: {reason}</source>
        <translation>Closed on {date}: {result}. Reason: {reason}</translation>
    </message>
    <message>
        <source>bereikt</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>niet bereikt</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>Nog niet gebeld.</source>
        <translation>Not called yet.</translation>
    </message>
    <message>
        <source>Volgende poging: {at}</source>
        <translation>Next attempt: {at}</translation>
    </message>
    <message>
        <source>Geen herinnering gezet.</source>
        <translation>No reminder set.</translation>
    </message>
    <message>
        <source>Brief verstuurd op {date}</source>
        <translation>Letter sent on {date}</translation>
    </message>
    <message>
        <source>Nog geen brief verstuurd.</source>
        <translation>No letter sent yet.</translation>
    </message>
    <message>
        <source>Of iets verwijtbaar is beoordeelt u na een gesprek: bel eerst.</source>
        <translation>You judge whether something is culpable after a conversation: call first.</translation>
    </message>
    <message>
        <source>Kies een resultaat…</source>
        <translation>Choose a result…</translation>
    </message>
    <message>
        <source>Boete-onderzoek is mogelijk: aan de voorwaarden is voldaan.</source>
        <translation>A fine investigation is possible: the conditions have been met.</translation>
    </message>
    <message>
        <source>Signaal toegevoegd. Bel de werkzoekende eerst.</source>
        <translation>Signal added. Call the client first.</translation>
    </message>
    <message>
        <source>Belpoging vastgelegd: bereikt.</source>
        <translation>Call attempt recorded: reached.</translation>
    </message>
    <message>
        <source>Belpoging vastgelegd: niet bereikt.</source>
        <translation>Call attempt recorded: not reached.</translation>
    </message>
    <message>
        <source>Herinnering gezet.</source>
        <translation>Reminder set.</translation>
    </message>
    <message>
        <source>Brief vastgelegd.</source>
        <translation>Letter recorded.</translation>
    </message>
    <message>
        <source>Oordeel vastgelegd.</source>
        <translation>Judgement recorded.</translation>
    </message>
    <message>
        <source>Belpoging ingetrokken.</source>
        <translation>Call attempt withdrawn.</translation>
    </message>
    <message>
        <source>Kies een resultaat.</source>
        <translation>Choose a result.</translation>
    </message>
    <message>
        <source>Signaal afgesloten.</source>
        <translation>Signal closed.</translation>
    </message>
</context>
<context>
    <name>SpecialistWindow</name>
    <message>
        <source>Wijkdesk — inzet als specialist</source>
        <translation>Wijkdesk — placements as a specialist</translation>
    </message>
    <message>
        <source>Werkzoekende</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Zoek op naam of instrument</source>
        <translation>Search by name or instrument</translation>
    </message>
    <message>
        <source>Zoeken in uw inzetten</source>
        <translation>Search your placements</translation>
    </message>
    <message>
        <source>Lopend en voorgesteld</source>
        <translation>Running and proposed</translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Status van de inzet</source>
        <translation>Status of the placement</translation>
    </message>
    <message>
        <source>Geen inzetten in deze lijst.</source>
        <translation>No placements in this list.</translation>
    </message>
    <message>
        <source>Hoe gaat het? Wat is er deze week gebeurd?</source>
        <translation>How is it going? What happened this week?</translation>
    </message>
    <message>
        <source>Voortgang vastleggen</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Uw evaluatie: wat ging goed, wat is ontwikkeld, wat is een goed vervolg?</source>
        <translation>Your evaluation: what went well, what has developed, what would be a good next step?</translation>
    </message>
    <message>
        <source>Evaluatie opslaan</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voortgang&lt;/b&gt;</source>
        <translation>&lt;b&gt;Progress&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluatie&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluation&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n inzetten waarbij u betrokken bent</source>
        <translation>
            <numerusform>%n placement you are engaged in</numerusform>
            <numerusform>%n placements you are engaged in</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} van {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>U bent nog niet betrokken bij een inzet.</source>
        <translation>You are not involved in any placement yet.</translation>
    </message>
    <message>
        <source>Geen inzetten die passen bij de zoekopdracht of de status.</source>
        <translation>No placements match the search or the status.</translation>
    </message>
    <message>
        <source>geen contactgegevens</source>
        <translation>no contact details</translation>
    </message>
    <message>
        <source>Nog geen voortgang vastgelegd.</source>
        <translation>No progress recorded yet.</translation>
    </message>
    <message>
        <source>Voortgang vastgelegd.</source>
        <translation>Progress recorded.</translation>
    </message>
    <message>
        <source>Evaluatie opgeslagen.</source>
        <translation>Evaluation saved.</translation>
    </message>
</context>
<context>
    <name>StartPlacementDialog</name>
    <message>
        <source>Inzet starten: {name}</source>
        <translation>Start placement: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {provider}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {provider}</translation>
    </message>
    <message>
        <source>Waarom dit instrument, samen gekozen? De specialist leest dit ook.</source>
        <translation>Why this instrument, chosen together? The specialist reads this too.</translation>
    </message>
    <message>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Begint vandaag (anders: voorgesteld)</source>
        <translation>Starts today (otherwise: proposed)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Inzet starten</source>
        <translation>Start placement</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Aanvraag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>Er is geen token gegeven.</source>
        <translation>No token was given.</translation>
    </message>
    <message>
        <source>De centrale opslag op {url} is niet bereikbaar.</source>
        <translation>The central store at {url} cannot be reached.</translation>
    </message>
    <message>
        <source>Aangemeld als {user} bij {url}.</source>
        <translation>Signed in as {user} at {url}.</translation>
    </message>
    <message>
        <source>Aanmelden is geweigerd: de naam of het token klopt niet.</source>
        <translation>Sign-in was refused: the name or the token is wrong.</translation>
    </message>
    <message>
        <source>Aanmelden is mislukt ({code}).</source>
        <translation>Sign-in failed ({code}).</translation>
    </message>
    <message>
        <source>Uw account is geblokkeerd. Neem contact op met de beheerder.</source>
        <translation>Your account is disabled. Contact the administrator.</translation>
    </message>
    <message>
        <source>Te veel mislukte aanmeldpogingen. Probeer het over {n} minuten opnieuw.</source>
        <translation>Too many failed sign-in attempts. Try again in {n} minutes.</translation>
    </message>
    <message>
        <source>Dit apparaat is nog niet aangemeld. Gebruik eerst: wijkdesk login --server URL --user NAAM --token-stdin</source>
        <translation>This device has not been signed in yet. First use: wijkdesk login --server URL --user NAME --token-stdin</translation>
    </message>
    <message>
        <source>Verstuurd: {pushed} (verwerkt {applied}, conflicten {conflicts}, geweigerd {rejected}); ontvangen: {pulled}, verwijderd: {removed}; {seconds:.2f} s.</source>
        <translation>Sent: {pushed} (applied {applied}, conflicts {conflicts}, refused {rejected}); received: {pulled}, removed: {removed}; {seconds:.2f} s.</translation>
    </message>
    <message>
        <source>{n} wijziging(en) zijn geweigerd; bekijk ze in Wijkdesk.</source>
        <translation>{n} change(s) were refused; review them in Wijkdesk.</translation>
    </message>
    <message>
        <source>Werkzoekende</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Belpoging</source>
        <translation>Call attempt</translation>
    </message>
    <message>
        <source>Verzuim</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Logregel</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>U heeft geen toegang meer tot deze werkzoekende; de wijziging is niet overgenomen maar bewaard voor de nieuwe begeleider. Exporteer haar eventueel met: wijkdesk export refused.</source>
        <translation>You no longer have access to this client; the change was not applied but kept for the new coach. You can export it with: wijkdesk export refused.</translation>
    </message>
    <message>
        <source>Dit hoort niet bij uw rol; de wijziging is niet overgenomen.</source>
        <translation>This is not part of your role; the change was not applied.</translation>
    </message>
    <message>
        <source>Een werkzoekende hoort bij uw eigen team; een ander of onbekend team kan niet.</source>
        <translation>A client belongs to your own team; another or unknown team is not possible.</translation>
    </message>
    <message>
        <source>Deze werkzoekende hoort (niet meer) bij uw caseload; de wijziging is niet overgenomen.</source>
        <translation>This client is not (or no longer) in your caseload; the change was not taken over.</translation>
    </message>
    <message>
        <source>De centrale opslag kent dit gegeven niet. Werk Wijkdesk bij.</source>
        <translation>The central store does not know this item. Please update Wijkdesk.</translation>
    </message>
    <message>
        <source>Een waarde past niet bij wat de centrale opslag verwacht.</source>
        <translation>A value does not fit what the central store expects.</translation>
    </message>
    <message>
        <source>Dit wordt centraal bijgehouden en kan hier niet worden gewijzigd.</source>
        <translation>This is maintained centrally and cannot be changed here.</translation>
    </message>
    <message>
        <source>Deze wijziging is al eerder met een andere inhoud verstuurd.</source>
        <translation>This change was sent before with different content.</translation>
    </message>
    <message>
        <source>Een werkzoekende verhuist naar een andere begeleider via de teamleider (overdracht).</source>
        <translation>A client moves to another coach through the team lead (a transfer).</translation>
    </message>
    <message>
        <source>Dit bestaat niet (meer) in de centrale opslag.</source>
        <translation>This does not exist (any more) in the central store.</translation>
    </message>
    <message>
        <source>Als specialist kunt u alleen de voortgang en uw evaluatie van uw eigen inzet vastleggen.</source>
        <translation>As a specialist you can only record the progress and your evaluation of your own placements.</translation>
    </message>
    <message>
        <source>Dit mag u niet wijzigen.</source>
        <translation>You may not change this.</translation>
    </message>
    <message>
        <source>De centrale opslag is niet bereikbaar. Uw werk blijft bewaard en gaat mee bij de volgende synchronisatie.</source>
        <translation>The central store cannot be reached. Your work is kept and will be sent with the next synchronisation.</translation>
    </message>
    <message>
        <source>Meld u opnieuw aan bij de centrale opslag. Uw wijzigingen blijven bewaard.</source>
        <translation>Please sign in to the central store again. Your changes are kept.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken door de beheerder. De gegevens op dit apparaat zijn gewist.</source>
        <translation>This device was revoked by the administrator. The data on this device has been erased.</translation>
    </message>
    <message>
        <source>Deze versie van Wijkdesk is te oud om te synchroniseren. Werk Wijkdesk bij; uw wijzigingen blijven bewaard.</source>
        <translation>This version of Wijkdesk is too old to synchronise. Please update Wijkdesk; your changes are kept.</translation>
    </message>
    <message>
        <source>De centrale opslag weigerde het verzoek ({code}).</source>
        <translation>The central store refused the request ({code}).</translation>
    </message>
    <message>
        <source>Geef het adres van de centrale opslag met https://, bijvoorbeeld https://wijkdesk.rotterdam.nl.</source>
        <translation>Give the address of the central store with https://, for example https://wijkdesk.rotterdam.nl.</translation>
    </message>
    <message>
        <source>Een onbeveiligde verbinding (http://) wordt alleen naar deze computer gebruikt. Gebruik https:// voor de centrale opslag.</source>
        <translation>An unencrypted connection (http://) is only used to this computer. Use https:// for the central store.</translation>
    </message>
    <message>
        <source>Het CA-bestand {path} bestaat niet.</source>
        <translation>The CA file {path} does not exist.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Synchroniseren (F5)</source>
        <translation>Synchronise (F5)</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message numerus="yes">
        <source>%n wijzigingen wachten</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>alles verstuurd</source>
        <translation>everything sent</translation>
    </message>
    <message>
        <source>Niet aangemeld bij de centrale opslag — {pending}</source>
        <translation>Not signed in to the central store — {pending}</translation>
    </message>
    <message>
        <source>Online · laatst gesynchroniseerd {when} · {pending}</source>
        <translation>Online · last synchronised {when} · {pending}</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Offline · laatst gesynchroniseerd {when} · {pending} · wordt opnieuw geprobeerd</source>
        <translation>Offline · last synchronised {when} · {pending} · will try again</translation>
    </message>
    <message>
        <source>Opnieuw aanmelden nodig · {pending}</source>
        <translation>Sign-in needed again · {pending}</translation>
    </message>
    <message>
        <source>Wijkdesk bijwerken nodig om te synchroniseren · {pending}</source>
        <translation>Wijkdesk needs an update to synchronise · {pending}</translation>
    </message>
    <message>
        <source>Apparaat ingetrokken</source>
        <translation>Device revoked</translation>
    </message>
    <message>
        <source>Synchroniseren mislukt · {pending} · wordt opnieuw geprobeerd</source>
        <translation>Synchronisation failed · {pending} · will try again</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicten</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n geweigerd</source>
        <translation>
            <numerusform>✖ %n refused</numerusform>
            <numerusform>✖ %n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Versturen… {done}/{total}</source>
        <translation>Sending… {done}/{total}</translation>
    </message>
    <message>
        <source>Ontvangen… {done}</source>
        <translation>Receiving… {done}</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Kwaliteit</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Vaardigheid</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Aandachtsgebied</source>
        <translation>Area of attention</translation>
    </message>
    <message>
        <source>Omstandigheid</source>
        <translation>Circumstance</translation>
    </message>
    <message>
        <source>Werkrichting</source>
        <translation>Career direction</translation>
    </message>
    <message>
        <source>De standaardlijst van de taxonomie klopt niet op regel {line}.</source>
        <translation>The standard taxonomy list is not correct on line {line}.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Gepland gesprek</source>
        <translation>Planned meeting</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Verzuim</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>{who}, uiterlijk {due} — {status}</source>
        <translation>{who}, by {due} — {status}</translation>
    </message>
    <message>
        <source>niveau {n}</source>
        <translation>level {n}</translation>
    </message>
    <message>
        <source>nagaan op {day}</source>
        <translation>check on {day}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Te laat: {what}</source>
        <translation>Overdue: {what}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&amp;Verwijzen…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <source>Niets te tonen: er is nog niets vastgelegd, of de vinkjes hierboven verbergen alles.</source>
        <translation>Nothing to show: nothing has been recorded yet, or the boxes above hide everything.</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <source>%n regels</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>{path} is een onversleuteld databasebestand, geen Wijkdesk-gegevens. Er is niets gewijzigd.</source>
        <translation>{path} is an unencrypted database file, not Wijkdesk data. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is beschadigd of geen Wijkdesk-bestand. Er is niets gewijzigd.</source>
        <translation>{path} is damaged or not a Wijkdesk file. Nothing was changed.</translation>
    </message>
    <message>
        <source>De gegevens kunnen niet worden geopend: de sleutel past niet of het bestand is beschadigd. Er is niets gewijzigd.</source>
        <translation>The data cannot be opened: the key does not fit or the file is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het sleutelbestand is beschadigd. Er is niets gewijzigd.</source>
        <translation>The key file is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het wachtwoord is onjuist. Er is niets gewijzigd.</source>
        <translation>The passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>Een wachtwoord is nodig om de gegevens te openen (WIJKDESK_PASSPHRASE).</source>
        <translation>A passphrase is needed to open the data (WIJKDESK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>De sleutel in de sleutelbos is beschadigd. Er is niets gewijzigd.</source>
        <translation>The key in the keyring is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>De sleutel van deze gegevens ontbreekt in de sleutelbos van dit systeem. Er is niets gewijzigd; neem contact op met de servicedesk.</source>
        <translation>The key of this data is missing from this system&apos;s keyring. Nothing was changed; please contact the service desk.</translation>
    </message>
    <message>
        <source>De sleutel van deze gegevens ontbreekt. Er is niets gewijzigd; neem contact op met de servicedesk.</source>
        <translation>The key of this data is missing. Nothing was changed; please contact the service desk.</translation>
    </message>
    <message>
        <source>Dit systeem heeft geen beveiligde sleutelbos. Kies een wachtwoord (of zet WIJKDESK_PASSPHRASE) om de gegevens te versleutelen.</source>
        <translation>This system has no secure keyring. Choose a passphrase (or set WIJKDESK_PASSPHRASE) to encrypt the data.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens 12 tekens.</source>
        <translation>Choose a passphrase of at least 12 characters.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Onbekend veld.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Dit is te lang (hoogstens {n} tekens).</source>
        <translation>This is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Een huisnummer is een getal; een toevoeging heeft een eigen veld.</source>
        <translation>A house number is a number; a suffix has its own field.</translation>
    </message>
    <message>
        <source>Kies Nederlands (nl) of Engels (en).</source>
        <translation>Choose Dutch (nl) or English (en).</translation>
    </message>
    <message>
        <source>Onbekende uitkeringsstatus: {v}.</source>
        <translation>Unknown benefit status: {v}.</translation>
    </message>
    <message>
        <source>Het contactritme is 1 tot en met 26 weken.</source>
        <translation>The contact rhythm is 1 to 26 weeks.</translation>
    </message>
    <message>
        <source>Er staat al iemand met dit BSN in het bestand.</source>
        <translation>Someone with this BSN is already on file.</translation>
    </message>
    <message>
        <source>Datum en tijd zijn verplicht.</source>
        <translation>Date and time are required.</translation>
    </message>
    <message>
        <source>Schrijf datum en tijd als 31-03-2024 14:30.</source>
        <translation>Write date and time as 31-03-2024 14:30.</translation>
    </message>
    <message>
        <source>Dit is te lang: {n} tekens, hoogstens {max}.</source>
        <translation>This is too long: {n} characters, at most {max}.</translation>
    </message>
    <message>
        <source>Die tijd bestaat niet: op {day} gaat de klok om 02:00 een uur vooruit (zomertijd). Kies een andere tijd.</source>
        <translation>That time does not exist: on {day} the clocks go forward one hour at 02:00 (summer time). Choose another time.</translation>
    </message>
    <message>
        <source>Kies een soort gesprek.</source>
        <translation>Choose a kind of conversation.</translation>
    </message>
    <message>
        <source>Kies hoe het gesprek ging.</source>
        <translation>Choose how the conversation took place.</translation>
    </message>
    <message>
        <source>Kies: overhandigd of besproken.</source>
        <translation>Choose: handed over or discussed.</translation>
    </message>
    <message>
        <source>Een gesprek dat nog moet komen is een geplande afspraak, geen verslag.</source>
        <translation>A conversation still to come is a planned meeting, not a summary.</translation>
    </message>
    <message>
        <source>De volgende afspraak ligt na dit gesprek.</source>
        <translation>The next meeting must be after this conversation.</translation>
    </message>
    <message>
        <source>Schrijf op wat er is afgesproken.</source>
        <translation>Write down what was agreed.</translation>
    </message>
    <message>
        <source>Kies wie het doet.</source>
        <translation>Choose who does it.</translation>
    </message>
    <message>
        <source>Onbekende status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>Kies de specialist die dit doet.</source>
        <translation>Choose the specialist who does this.</translation>
    </message>
    <message>
        <source>Kies de datum waarop dit klaar moet zijn.</source>
        <translation>Choose the date by which this must be done.</translation>
    </message>
    <message>
        <source>De datum ligt voor het gesprek waarin dit is afgesproken.</source>
        <translation>The date is before the conversation in which this was agreed.</translation>
    </message>
    <message>
        <source>Vul in wanneer dit is afgerond, gemist of vervallen.</source>
        <translation>Fill in when this was done, missed or cancelled.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Dit gesprek hoort bij iemand anders.</source>
        <translation>This conversation belongs to someone else.</translation>
    </message>
    <message>
        <source>Een afgeronde afspraak kan alleen weer open worden gezet.</source>
        <translation>A finished agreement can only be reopened.</translation>
    </message>
    <message>
        <source>Het BSN is verplicht.</source>
        <translation>The BSN is required.</translation>
    </message>
    <message>
        <source>Een BSN bestaat alleen uit cijfers.</source>
        <translation>A BSN consists of digits only.</translation>
    </message>
    <message>
        <source>Een BSN heeft 9 cijfers (of 8, dan komt er een 0 voor).</source>
        <translation>A BSN has 9 digits (or 8, then a 0 is put in front).</translation>
    </message>
    <message>
        <source>Dit is geen geldig BSN. Controleer de cijfers.</source>
        <translation>This is not a valid BSN. Please check the digits.</translation>
    </message>
    <message>
        <source>Een postcode ziet eruit als 1234 AB.</source>
        <translation>A postcode looks like 1234 AB.</translation>
    </message>
    <message>
        <source>Deze datum is verplicht.</source>
        <translation>This date is required.</translation>
    </message>
    <message>
        <source>Schrijf een datum als 2024-03-31 of 31-03-2024.</source>
        <translation>Write a date as 2024-03-31 or 31-03-2024.</translation>
    </message>
    <message>
        <source>De datum {text} bestaat niet: een jaar heeft 12 maanden.</source>
        <translation>The date {text} does not exist: a year has 12 months.</translation>
    </message>
    <message>
        <source>De datum {text} bestaat niet: die maand heeft {days} dagen.</source>
        <translation>The date {text} does not exist: that month has {days} days.</translation>
    </message>
    <message>
        <source>Een geboortedatum kan niet in de toekomst liggen.</source>
        <translation>A date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Deze geboortedatum is te lang geleden.</source>
        <translation>This date of birth is too long ago.</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Een naam bevat geen cijfers of stuurtekens.</source>
        <translation>A name contains no digits or control characters.</translation>
    </message>
    <message>
        <source>Dit is geen geldig e-mailadres.</source>
        <translation>This is not a valid email address.</translation>
    </message>
    <message>
        <source>Dit is geen geldig telefoonnummer.</source>
        <translation>This is not a valid phone number.</translation>
    </message>
    <message>
        <source>Schrijf op wat er besproken is, of leg een afspraak vast.</source>
        <translation>Write down what was discussed, or record an agreement.</translation>
    </message>
    <message>
        <source>Dit gesprek staat gepland op {date}. U kunt het vastleggen op of na die dag.</source>
        <translation>This meeting is planned for {date}. You can record it on or after that day.</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Nog geen contact (ritme: elke {n} weken)</source>
        <translation>No contact yet (rhythm: every {n} weeks)</translation>
    </message>
    <message>
        <source>Langer dan {n} weken geen contact</source>
        <translation>No contact for more than {n} weeks</translation>
    </message>
    <message>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <source>Nazorg loopt af</source>
        <translation>Aftercare ends</translation>
    </message>
    <message>
        <source>Opnieuw bellen: {what}</source>
        <translation>Call again: {what}</translation>
    </message>
    <message>
        <source>Leg vast of het werk standhield</source>
        <translation>Record whether the work lasted</translation>
    </message>
    <message>
        <source>Informatieplicht nog nooit besproken</source>
        <translation>Duty to inform never discussed</translation>
    </message>
    <message>
        <source>Informatieplicht langer dan 12 maanden geleden</source>
        <translation>Duty to inform more than 12 months ago</translation>
    </message>
    <message>
        <source>Verwijzing {to} nagaan</source>
        <translation>Check the referral to {to}</translation>
    </message>
    <message>
        <source>Nog geen volgende belpoging: {what}</source>
        <translation>No next call attempt yet: {what}</translation>
    </message>
    <message>
        <source>Hoortermijn verstreken: leg de uitkomst vast of besluit ({what})</source>
        <translation>Hearing deadline passed: record the outcome or decide ({what})</translation>
    </message>
    <message>
        <source>Hoortermijn loopt af ({what})</source>
        <translation>Hearing deadline ends ({what})</translation>
    </message>
    <message>
        <source>Voordeurbezoek laten doen ({what})</source>
        <translation>Arrange a door visit ({what})</translation>
    </message>
    <message>
        <source>Vervolggesprek over verzuim ({what})</source>
        <translation>Follow-up conversation about the absence ({what})</translation>
    </message>
    <message>
        <source>Maatregel overwegen ({what})</source>
        <translation>Consider a sanction ({what})</translation>
    </message>
    <message>
        <source>Omstandigheden nagaan ({what})</source>
        <translation>Check the circumstances ({what})</translation>
    </message>
    <message>
        <source>Horen aanbieden of besluiten ({what})</source>
        <translation>Offer a hearing or decide ({what})</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Later deze week</source>
        <translation>Later this week</translation>
    </message>
    <message>
        <source>Afspraken te laat</source>
        <translation>Agreements overdue</translation>
    </message>
    <message>
        <source>Afspraken deze week klaar</source>
        <translation>Agreements due this week</translation>
    </message>
    <message>
        <source>Nazorg loopt af</source>
        <translation>Aftercare ends</translation>
    </message>
    <message>
        <source>Terugbellen</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Signalen zonder volgende belpoging</source>
        <translation>Signals without a next call attempt</translation>
    </message>
    <message>
        <source>Verzuim: volgende stap of hoortermijn</source>
        <translation>Absence: next step or hearing deadline</translation>
    </message>
    <message>
        <source>Contact te lang geleden</source>
        <translation>Contact too long ago</translation>
    </message>
    <message>
        <source>Werk standgehouden?</source>
        <translation>Did the work last?</translation>
    </message>
    <message>
        <source>Informatieplicht bespreken</source>
        <translation>Discuss the duty to inform</translation>
    </message>
    <message>
        <source>Verwijzing nagaan</source>
        <translation>Check referrals</translation>
    </message>
    <message>
        <source>Gesprekken met werkzoekenden vandaag</source>
        <translation>Meetings with clients today</translation>
    </message>
    <message>
        <source>Gesprekken later deze week</source>
        <translation>Meetings later this week</translation>
    </message>
    <message>
        <source>Open afspraken voorbij de afgesproken datum</source>
        <translation>Open agreements past their due date</translation>
    </message>
    <message>
        <source>Open afspraken die deze week klaar moeten zijn</source>
        <translation>Open agreements due this week</translation>
    </message>
    <message>
        <source>Nazorg die binnen 30 dagen afloopt</source>
        <translation>Aftercare ending within 30 days</translation>
    </message>
    <message>
        <source>Signalen waarvoor een nieuwe belpoging gepland staat (telefoon eerst)</source>
        <translation>Signals with a new call attempt planned (telephone first)</translation>
    </message>
    <message>
        <source>Open signalen zonder geplande belpoging: plan er een</source>
        <translation>Open signals without a planned call attempt: plan one</translation>
    </message>
    <message>
        <source>Open verzuim met een stap voor u, of een hoortermijn die deze week afloopt of al verstreken is</source>
        <translation>Open absences with a step for you, or a hearing deadline that ends this week or has passed</translation>
    </message>
    <message>
        <source>Werkzoekenden zonder gesprek binnen hun contactritme (standaard elke vier weken)</source>
        <translation>Clients without a conversation within their contact rhythm (by default every four weeks)</translation>
    </message>
    <message>
        <source>Afgelopen nazorg: leg vast of het werk standhield</source>
        <translation>Aftercare ended: record whether the work lasted</translation>
    </message>
    <message>
        <source>Werkzoekenden met wie de informatieplicht nooit of langer dan 12 maanden geleden is besproken</source>
        <translation>Clients with whom the duty to inform was never discussed or more than 12 months ago</translation>
    </message>
    <message>
        <source>Verwijzingen naar het wijkteam of VraagWijzer om na te gaan</source>
        <translation>Referrals to the neighbourhood team or VraagWijzer to check on</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Werkzoekende</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Mijn week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Laden mislukt</source>
        <translation>Loading failed</translation>
    </message>
    <message>
        <source>Niets bij: {groups}</source>
        <translation>Nothing in: {groups}</translation>
    </message>
    <message numerus="yes">
        <source>%n open signalen</source>
        <translation>
            <numerusform>%n open signal</numerusform>
            <numerusform>%n open signals</numerusform>
        </translation>
    </message>
    <message>
        <source>Open signalen: terugbellen gepland of nog geen belpoging gepland; dezelfde telling als in de cijfers</source>
        <translation>Open signals: a call-back planned or no call attempt planned yet; the same count as in the figures</translation>
    </message>
    <message numerus="yes">
        <source>%n langer dan 30 dagen te laat</source>
        <translation>
            <numerusform>%n overdue for more than 30 days</numerusform>
            <numerusform>%n overdue for more than 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ouder dan 30 dagen</source>
        <translation>
            <numerusform>%n older than 30 days</numerusform>
            <numerusform>%n older than 30 days</numerusform>
        </translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Te laat: uiterlijk {date}</source>
        <translation>Overdue: due by {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n gesprekken deze week</source>
        <translation>
            <numerusform>%n meeting this week</numerusform>
            <numerusform>%n meetings this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraken te laat</source>
        <translation>
            <numerusform>%n agreement overdue</numerusform>
            <numerusform>%n agreements overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Werknl</name>
    <message>
        <source>Ingeschreven</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Niet ingeschreven</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Ontheffing</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Schrijf de maand als 2026-11 (jaar-maand).</source>
        <translation>Write the month as 2026-11 (year-month).</translation>
    </message>
    <message>
        <source>De inschrijfdatum ligt in de toekomst.</source>
        <translation>The registration date is in the future.</translation>
    </message>
    <message>
        <source>Vul in wie belde.</source>
        <translation>Fill in who called.</translation>
    </message>
    <message>
        <source>Schrijf de reden van het verzoek op.</source>
        <translation>Write down the reason for the request.</translation>
    </message>
    <message>
        <source>Kies: toegekend of afgewezen.</source>
        <translation>Choose: granted or refused.</translation>
    </message>
    <message>
        <source>Deze maand is nog niet begonnen.</source>
        <translation>This month has not started yet.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
</context>
<context>
    <name>WerknlView</name>
    <message>
        <source>Inschrijving werk.nl</source>
        <translation>werk.nl registration</translation>
    </message>
    <message>
        <source>Ook ingeschreven werkzoekenden en ontheffingen tonen</source>
        <translation>Also show registered clients and exemptions</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Brief verstuurd</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>Teruggebeld</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Bindende afspraak tot</source>
        <translation>Binding decision until</translation>
    </message>
    <message>
        <source>Inschrijving vastleggen</source>
        <translation>Record registration</translation>
    </message>
    <message>
        <source>Ontheffing aan/uit</source>
        <translation>Exemption on/off</translation>
    </message>
    <message>
        <source>Brief verstuurd (vandaag)</source>
        <translation>Letter sent (today)</translation>
    </message>
    <message>
        <source>Brief afdrukken…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>De brief voor de gekozen werkzoekende: eerst hoe u zich inschrijft, daarna het besluit met de termijn van 2 weken.</source>
        <translation>The letter for the chosen client: first how to register, then the decision with its 2-week term.</translation>
    </message>
    <message>
        <source>Brieven maken…</source>
        <translation>Make letters…</translation>
    </message>
    <message>
        <source>Eén PDF met brieven voor wie nog niet is ingeschreven; hoogstens het aantal dat u kiest.</source>
        <translation>One PDF with letters for those not registered yet; at most the number you choose.</translation>
    </message>
    <message>
        <source>Teruggebeld (vandaag)</source>
        <translation>Called back (today)</translation>
    </message>
    <message>
        <source>Nagebeld (vandaag)</source>
        <translation>Phoned (today)</translation>
    </message>
    <message>
        <source>Nabellen vastgelegd.</source>
        <translation>Phone follow-up recorded.</translation>
    </message>
    <message>
        <source>Bindende afspraak (vandaag)</source>
        <translation>Binding decision (today)</translation>
    </message>
    <message>
        <source>Bindende afspraak vastgelegd.</source>
        <translation>Binding decision recorded.</translation>
    </message>
    <message>
        <source>Horen aangeboden (vandaag)</source>
        <translation>Hearing offered (today)</translation>
    </message>
    <message>
        <source>Aanbod om te horen vastgelegd.</source>
        <translation>Offer of a hearing recorded.</translation>
    </message>
    <message>
        <source>Maatregel na de termijn</source>
        <translation>Sanction after the deadline</translation>
    </message>
    <message>
        <source>Maatregel vastgelegd.</source>
        <translation>Sanction recorded.</translation>
    </message>
    <message>
        <source>UWV-lijst exporteren…</source>
        <translation>Export UWV list…</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Werkzoekenden met een lopende uitkering die niet (meer) als werkzoekende op werk.nl staan ingeschreven en geen ontheffing hebben.</source>
        <translation>Clients with a running benefit who are not (or no longer) registered as jobseekers on werk.nl and have no exemption.</translation>
    </message>
    <message>
        <source>Kies eerst een werkzoekende in de lijst.</source>
        <translation>Choose a client in the list first.</translation>
    </message>
    <message>
        <source>Inschrijving vastgelegd.</source>
        <translation>Registration recorded.</translation>
    </message>
    <message>
        <source>Ontheffing bijgewerkt.</source>
        <translation>Exemption updated.</translation>
    </message>
    <message>
        <source>Brief vastgelegd.</source>
        <translation>Letter recorded.</translation>
    </message>
    <message>
        <source>Terugbelactie vastgelegd.</source>
        <translation>Call-back recorded.</translation>
    </message>
    <message>
        <source>UWV-lijst opslaan</source>
        <translation>Save UWV list</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{n} werkzoekenden op de UWV-lijst gezet: {file}</source>
        <translation>{n} clients put on the UWV list: {file}</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <source>Nu &amp;synchroniseren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>&amp;Conflicten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Geweigerde wijzigingen…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <source>&amp;Aanmelden bij de centrale opslag…</source>
        <translation>Sign &amp;in to the central store…</translation>
    </message>
    <message numerus="yes">
        <source>Niet gesynchroniseerd — %n wijzigingen wachten</source>
        <translation>
            <numerusform>Not synced — %n change waiting</numerusform>
            <numerusform>Not synced — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Niet gesynchroniseerd — geen wijzigingen wachten</source>
        <translation>Not synchronised — no changes waiting</translation>
    </message>
</context>
</TS>
